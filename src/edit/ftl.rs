//! Edits of one `.ftl` text, a message at a time, touching no byte outside
//! what changes.
//!
//! A message's new text arrives as a person reads it: its lines joined, as
//! the page shows it (`localize::Text`). It is written back over the
//! author's own lines: the new text is compared with the old one character
//! by character, and every unchanged stretch is copied from the file as it
//! is, its line breaks and indentation with it, so that a one-word edit of
//! a paragraph written on three lines changes one line. Only inserted text
//! is new bytes; a line break typed in it becomes a continuation line,
//! indented as Fluent requires. The result is read back: if it does not
//! read as the text asked, or would change the file's entries (a line
//! starting with `.` is an attribute), the message is written afresh,
//! wrapped as sengen wraps it, with no line break of its own, so that no
//! text can make an entry of its own.

use std::ops::Range;

use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use similar::{Algorithm, DiffOp, capture_diff_slices_deadline};

use crate::fluent;
use crate::language::is_cjk;
use crate::localize::Text;

/// Why an edit cannot be made to this text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The message (or term) an edit names is not in the file.
    NoSuchEntry(String),
    /// A message to add already exists.
    AlreadyThere(String),
}

/// The shape of a file: each entry's name (`id`, `-term`) and its
/// attributes' names, in file order. An edit of a text must leave it as it
/// was; an addition or a removal changes it by that entry alone.
pub fn shape(text: &str) -> Vec<(String, Vec<String>)> {
    let resource = parse(text);
    resource
        .entries()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => Some((
                m.id.name.to_owned(),
                m.attributes.iter().map(|a| a.id.name.to_owned()).collect(),
            )),
            ast::Entry::Term(t) => Some((
                format!("-{}", t.id.name),
                t.attributes.iter().map(|a| a.id.name.to_owned()).collect(),
            )),
            _ => None,
        })
        .collect()
}

/// How many syntax errors the text has (a text nested too deep to parse
/// counts as one).
fn errors(text: &str) -> usize {
    fluent::parse(text).1
}

fn parse(text: &str) -> FluentResource {
    fluent::parse(text).0
}

/// What a pattern says, its lines joined as a person reads it.
pub fn reads(raw: &str) -> String {
    Text::new(raw).as_str().to_owned()
}

/// The text of `unit` (`id`, `id.attr`, `-term`, `-term.attr`), its lines
/// joined; `None` when the file lacks it.
pub fn unit_text(text: &str, unit: &str) -> Option<String> {
    let resource = parse(text);
    fluent::pattern_range(&resource, unit).map(|range| reads(&text[range]))
}

/// The text with `unit` saying `value`; `None` when it already says it.
/// A unit the file lacks is added: a message or a term at the end of the
/// file, an attribute after the last line of its message.
pub fn set_unit(
    text: &str,
    unit: &str,
    value: &str,
    newline: &str,
) -> Result<Option<String>, Refusal> {
    let resource = parse(text);
    let Some(range) = fluent::pattern_range(&resource, unit) else {
        return add_unit(text, &resource, unit, value, newline).map(Some);
    };
    let raw = &text[range.clone()];
    let wanted = reads(value);
    if reads(raw) == wanted {
        return Ok(None);
    }
    let attribute = unit.contains('.');
    let indent = indentation(raw).unwrap_or(if attribute { "        " } else { "    " });
    let before = shape(text);
    let broken_before = errors(text);
    let splice = |pattern: &str| {
        let mut out = String::with_capacity(text.len() + pattern.len());
        out.push_str(&text[..range.start]);
        out.push_str(pattern);
        out.push_str(&text[range.end..]);
        out
    };
    let sound = |candidate: &str| {
        errors(candidate) <= broken_before
            && shape(candidate) == before
            && unit_text(candidate, unit).as_deref() == Some(wanted.as_str())
    };
    let head = match unit.split_once('.') {
        Some((_, attribute)) => format!("    .{attribute}"),
        None => unit.to_owned(),
    };
    let kept = splice(&over_lines(&head, raw, value, newline, indent));
    if sound(&kept) {
        return Ok(Some(kept));
    }
    // Written afresh, on sengen's own lines; a text that is not Fluent is
    // then the check's to report, at its place.
    Ok(Some(splice(&fresh_pattern(&head, value, newline, indent))))
}

/// The new pattern (the bytes after `=`) saying `value` over the lines of
/// `raw`: unchanged stretches copied from the file, inserted text new.
fn over_lines(head: &str, raw: &str, value: &str, newline: &str, indent: &str) -> String {
    let (lead, atoms) = atoms(raw);
    let new: Vec<char> = typed(value).chars().collect();
    if new.is_empty() {
        return String::new();
    }
    if atoms.is_empty() {
        return fresh_pattern(head, value, newline, indent);
    }
    let old: Vec<char> = atoms.iter().map(|a| a.ch).collect();
    // A long text changed throughout is compared coarsely rather than slowly.
    let deadline = std::time::Instant::now() + std::time::Duration::from_millis(200);
    let ops = capture_diff_slices_deadline(Algorithm::Myers, &old, &new, Some(deadline));
    let mut out = String::with_capacity(raw.len() + value.len());
    out.push_str(lead);
    let insert = |out: &mut String, chars: &[char]| {
        let mut chars = chars.iter().peekable();
        while let Some(&c) = chars.next() {
            if c.is_ascii_whitespace() {
                let mut line_break = c == '\n';
                while let Some(&&next) = chars.peek().filter(|n| n.is_ascii_whitespace()) {
                    line_break |= next == '\n';
                    chars.next();
                }
                if line_break {
                    out.push_str(newline);
                    out.push_str(indent);
                } else {
                    out.push(c);
                }
            } else {
                out.push(c);
            }
        }
    };
    for op in ops {
        match op {
            DiffOp::Equal { old_index, len, .. } => {
                let first = &atoms[old_index];
                let last = &atoms[old_index + len - 1];
                out.push_str(&raw[first.raw.start..last.raw.end]);
            }
            DiffOp::Insert {
                new_index, new_len, ..
            }
            | DiffOp::Replace {
                new_index, new_len, ..
            } => insert(&mut out, &new[new_index..new_index + new_len]),
            DiffOp::Delete { .. } => {}
        }
    }
    // A line that now ends in spaces (a word deleted at its end) keeps none.
    trim_line_ends(&out, newline)
}

/// The value as typed: its line breaks `\n`, its ends trimmed.
fn typed(value: &str) -> String {
    let value = value.replace("\r\n", "\n").replace('\r', "\n");
    // A blank line would end the message in Fluent (what follows would be
    // read as an entry of its own): lines typed one after another with
    // blank lines between are written as consecutive lines, which read the
    // same (a line break reads as a space).
    let lines: Vec<&str> = value
        .split('\n')
        .filter(|line| {
            !line
                .trim_matches(|c: char| c.is_ascii_whitespace())
                .is_empty()
        })
        .collect();
    lines
        .join("\n")
        .trim_matches(|c: char| c.is_ascii_whitespace())
        .to_owned()
}

fn trim_line_ends(text: &str, newline: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut lines = text.split(newline).peekable();
    while let Some(line) = lines.next() {
        if lines.peek().is_some() {
            out.push_str(line.trim_end_matches([' ', '\t']));
            out.push_str(newline);
        } else {
            out.push_str(line);
        }
    }
    out
}

/// A pattern written afresh: one line after `= ` when it fits, else wrapped
/// on indented lines; its line breaks are spaces (a Fluent text's line
/// breaks join as spaces anyway), so that it can make no entry of its own.
fn fresh_pattern(head: &str, value: &str, newline: &str, indent: &str) -> String {
    let flat = typed(value).replace('\n', " ");
    if flat.is_empty() {
        return String::new();
    }
    let pattern = fluent::format_pattern(head, &flat);
    let pattern = pattern
        .trim_end_matches('\n')
        .replace("\n    ", &format!("\n{indent}"));
    pattern.replace('\n', newline)
}

/// The indentation of the pattern's continuation lines, if it has any.
fn indentation(raw: &str) -> Option<&str> {
    raw.split('\n').skip(1).find_map(|line| {
        let line = line.trim_end_matches('\r');
        let width = line.len() - line.trim_start_matches([' ']).len();
        (width > 0 && width < line.len()).then(|| &line[..width])
    })
}

/// One character of a pattern as a person reads it, and the bytes of the
/// file it stands for (a run of spaces and line breaks read as one space).
struct Atom {
    ch: char,
    raw: Range<usize>,
}

/// The characters of a pattern as `Text` joins its lines, each with its
/// bytes; and the bytes before the first (` ` or a line break and indent).
fn atoms(raw: &str) -> (&str, Vec<Atom>) {
    let start = raw.len()
        - raw
            .trim_start_matches(|c: char| c.is_ascii_whitespace())
            .len();
    let end = raw
        .trim_end_matches(|c: char| c.is_ascii_whitespace())
        .len();
    if start >= end {
        return (&raw[..start.min(raw.len())], Vec::new());
    }
    let body = &raw[start..end];
    let mut atoms: Vec<Atom> = Vec::new();
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !c.is_ascii_whitespace() {
            atoms.push(Atom {
                ch: c,
                raw: start + i..start + i + c.len_utf8(),
            });
            continue;
        }
        let mut run_end = i + 1;
        let mut line_break = c == '\n';
        while let Some(&(j, next)) = chars.peek() {
            if !next.is_ascii_whitespace() {
                break;
            }
            line_break |= next == '\n';
            run_end = j + 1;
            chars.next();
        }
        let before = atoms.last().map(|a| a.ch);
        let after = chars.peek().map(|&(_, n)| n);
        let joined = line_break && before.is_some_and(is_cjk) && after.is_some_and(is_cjk);
        if !joined {
            atoms.push(Atom {
                ch: ' ',
                raw: start + i..start + run_end,
            });
        }
    }
    (&raw[..start], atoms)
}

/// Adds a unit the file lacks.
fn add_unit(
    text: &str,
    resource: &FluentResource,
    unit: &str,
    value: &str,
    newline: &str,
) -> Result<String, Refusal> {
    match unit.split_once('.') {
        Some((entry, attribute)) => {
            let exists = entry_range(resource, text, entry).is_some();
            if exists {
                let end = entry_range(resource, text, entry)
                    .map(|r| r.end)
                    .unwrap_or(text.len());
                let head = format!("    .{attribute}");
                let line = format!(
                    "{newline}{head} ={}",
                    fresh_pattern(&head, value, newline, "        ")
                );
                Ok(format!("{}{line}{}", &text[..end], &text[end..]))
            } else {
                let head = format!("    .{attribute}");
                let entry_text = format!(
                    "{entry} ={newline}{head} ={}",
                    fresh_pattern(&head, value, newline, "        ")
                );
                Ok(append(text, &entry_text, None, newline))
            }
        }
        None => add_message(text, unit, value, None, None, newline),
    }
}

/// Where an entry (`id` or `-term`) stands: from its id to the end of its
/// last line (its comment above it not included).
fn entry_range(resource: &FluentResource, text: &str, entry: &str) -> Option<Range<usize>> {
    let name = resource.entries().find_map(|e| match e {
        ast::Entry::Message(m) if m.id.name == entry => Some(m.id.name),
        ast::Entry::Term(t) if entry.strip_prefix('-') == Some(t.id.name) => Some(t.id.name),
        _ => None,
    })?;
    let mut start = fluent::span_of(resource, crate::diagnostic::FileId::NONE, name)
        .range
        .start;
    if entry.starts_with('-') {
        start = start.saturating_sub(1);
    }
    Some(start..fluent::entry_end(text, start))
}

/// The text with a new message `id` saying `value`, after the entry
/// `after` (at the end of the file when `None`), with `comment` (lines of
/// Fluent comment, `#` included) above it.
pub fn add_message(
    text: &str,
    id: &str,
    value: &str,
    after: Option<&str>,
    comment: Option<&str>,
    newline: &str,
) -> Result<String, Refusal> {
    let resource = parse(text);
    if fluent::message(&resource, id).is_some() {
        return Err(Refusal::AlreadyThere(id.to_owned()));
    }
    let entry = format!("{id} ={}", fresh_pattern(id, value, newline, "    "));
    match after {
        None => Ok(append(text, &entry, comment, newline)),
        Some(anchor) => {
            let end = entry_range(&resource, text, anchor)
                .ok_or_else(|| Refusal::NoSuchEntry(anchor.to_owned()))?
                .end;
            // A blank line between the anchor and what follows it stands
            // between the new message and both.
            let blank = text[end..].starts_with(&format!("{newline}{newline}"));
            let mut inserted = String::from(newline);
            if blank {
                inserted.push_str(newline);
            }
            if let Some(comment) = comment {
                for line in comment.lines() {
                    inserted.push_str(line);
                    inserted.push_str(newline);
                }
            }
            inserted.push_str(&entry);
            Ok(format!("{}{inserted}{}", &text[..end], &text[end..]))
        }
    }
}

/// The text with `entry` (and `comment` above it) added at its end, after a
/// blank line.
fn append(text: &str, entry: &str, comment: Option<&str>, newline: &str) -> String {
    let mut out = text.to_owned();
    if !out.is_empty() {
        if !out.ends_with('\n') {
            out.push_str(newline);
        }
        if !out.ends_with(&format!("{newline}{newline}")) {
            out.push_str(newline);
        }
    }
    if let Some(comment) = comment {
        for line in comment.lines() {
            out.push_str(line);
            out.push_str(newline);
        }
    }
    out.push_str(entry);
    out.push_str(newline);
    out
}

/// The text without message `id`: its lines, the comment attached above it,
/// and one of the blank lines around it.
pub fn remove_message(text: &str, id: &str, newline: &str) -> Result<String, Refusal> {
    let resource = parse(text);
    let range =
        entry_range(&resource, text, id).ok_or_else(|| Refusal::NoSuchEntry(id.to_owned()))?;
    // The comment attached to it: `#` lines right above it.
    let mut start = range.start;
    while start > 0 {
        let line_start = text[..start - 1].rfind('\n').map_or(0, |n| n + 1);
        let line = &text[line_start..start];
        if line.starts_with("# ") || line.trim_end() == "#" {
            start = line_start;
        } else {
            break;
        }
    }
    let mut end = range.end;
    if text[end..].starts_with(newline) {
        end += newline.len();
    }
    let blank_before = start == 0 || text[..start].ends_with(&format!("{newline}{newline}"));
    if blank_before && text[end..].starts_with(newline) {
        end += newline.len();
    }
    Ok(format!("{}{}", &text[..start], &text[end..]))
}

/// The text with each edit's bytes replaced (edits that overlap an earlier
/// one left out); how many were made.
pub fn splice(text: &str, mut edits: Vec<(Range<usize>, &str)>) -> (String, usize) {
    edits.sort_by_key(|(range, _)| (range.start, range.end));
    let mut out = String::with_capacity(text.len() + 64);
    let mut at = 0;
    let mut made = 0;
    for (range, replacement) in edits {
        if range.start < at
            || range.end > text.len()
            || !text.is_char_boundary(range.start)
            || !text.is_char_boundary(range.end)
        {
            continue;
        }
        out.push_str(&text[at..range.start]);
        out.push_str(replacement);
        at = range.end;
        made += 1;
    }
    out.push_str(&text[at..]);
    (out, made)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARAGRAPH: &str = "# Above.\nfirst = Un\n\npartnership =\n    Depuis 2013, la coopération décentralisée\n    franco-japonaise a été publiée dans un rapport\n    commun des deux pays.\n\nlast = Fin\n";

    fn changed_lines(before: &str, after: &str) -> usize {
        let diff = similar::TextDiff::from_lines(before, after);
        diff.iter_all_changes()
            .filter(|c| c.tag() == similar::ChangeTag::Insert)
            .count()
    }

    #[test]
    fn atoms_read_as_the_text_reads() {
        for raw in [
            " Un  deux\n    trois",
            "\n    日仏自治体\n    交流会議、\n    France",
            " a\r\n    b",
            "",
        ] {
            let (_, atoms) = atoms(raw);
            let joined: String = atoms.iter().map(|a| a.ch).collect();
            assert_eq!(joined, reads(raw), "{raw:?}");
        }
    }

    #[test]
    fn a_one_word_edit_of_three_lines_changes_one_line() {
        let shown = unit_text(PARAGRAPH, "partnership").unwrap();
        let edited = shown.replace("publiée", "rendue publique");
        let after = set_unit(PARAGRAPH, "partnership", &edited, "\n")
            .unwrap()
            .unwrap();
        assert_eq!(changed_lines(PARAGRAPH, &after), 1, "{after}");
        assert_eq!(unit_text(&after, "partnership").unwrap(), edited);
        assert!(after.contains("\n    franco-japonaise a été rendue publique dans un rapport\n"));
    }

    #[test]
    fn the_same_text_writes_nothing() {
        let shown = unit_text(PARAGRAPH, "partnership").unwrap();
        assert_eq!(set_unit(PARAGRAPH, "partnership", &shown, "\n"), Ok(None));
        // Typed and erased, or wrapped otherwise: the same text.
        let rewrapped = shown.replace(", la", ",\n la");
        assert_eq!(
            set_unit(PARAGRAPH, "partnership", &rewrapped, "\n"),
            Ok(None)
        );
    }

    #[test]
    fn a_text_can_make_no_entry_of_its_own() {
        for injected in [
            "Texte.\ninjected-id = injected",
            "Texte.\n-host = Évilville",
            "Texte.\n.attr = x",
            "Texte.\n[one] x",
            "Texte.\n*[other] y",
        ] {
            let after = set_unit(PARAGRAPH, "partnership", injected, "\n")
                .unwrap()
                .unwrap();
            assert_eq!(shape(&after), shape(PARAGRAPH), "{injected:?}: {after}");
        }
    }

    #[test]
    fn a_line_typed_is_written_as_a_continuation_line() {
        let after = set_unit(PARAGRAPH, "first", "Un\ndeux", "\n")
            .unwrap()
            .unwrap();
        assert!(after.contains("first = Un\n    deux\n"), "{after}");
        assert_eq!(unit_text(&after, "first").unwrap(), "Un deux");
    }

    #[test]
    fn crlf_stays_crlf() {
        let crlf = PARAGRAPH.replace('\n', "\r\n");
        let shown = unit_text(&crlf, "partnership").unwrap();
        let after = set_unit(&crlf, "partnership", &format!("{shown}\nEncore."), "\r\n")
            .unwrap()
            .unwrap();
        assert!(!after.replace("\r\n", "").contains('\n'), "{after:?}");
        assert!(after.contains("pays.\r\n    Encore.\r\n"), "{after:?}");
    }

    #[test]
    fn messages_are_added_after_another_and_removed_with_their_comment() {
        let added = add_message(PARAGRAPH, "new", "Nouveau", Some("first"), None, "\n").unwrap();
        assert!(
            added.contains("first = Un\n\nnew = Nouveau\n\npartnership ="),
            "{added}"
        );
        let removed = remove_message(&added, "new", "\n").unwrap();
        assert_eq!(removed, PARAGRAPH);
        let without_first = remove_message(PARAGRAPH, "first", "\n").unwrap();
        assert!(
            without_first.starts_with("partnership =\n"),
            "{without_first}"
        );
        assert_eq!(
            add_message(PARAGRAPH, "first", "x", None, None, "\n"),
            Err(Refusal::AlreadyThere("first".into()))
        );
        assert_eq!(
            remove_message(PARAGRAPH, "none", "\n"),
            Err(Refusal::NoSuchEntry("none".into()))
        );
    }

    #[test]
    fn attributes_are_set_in_place_or_added() {
        let text = "m = Valeur\n    .title = Ancien\nn = Autre\n";
        let after = set_unit(text, "m.title", "Nouveau", "\n").unwrap().unwrap();
        assert_eq!(after, "m = Valeur\n    .title = Nouveau\nn = Autre\n");
        let added = set_unit(text, "m.alt", "Texte", "\n").unwrap().unwrap();
        assert_eq!(
            added,
            "m = Valeur\n    .title = Ancien\n    .alt = Texte\nn = Autre\n"
        );
    }

    /// Found by the page_edit fuzz target: a trailing vertical tab typed
    /// was dropped on writing, so the text saved was not the text typed.
    /// What Fluent keeps stays, for the check to judge (G001 refuses it);
    /// an ideographic space typed at the end stays too.
    #[test]
    fn what_is_typed_at_the_end_is_written_as_typed() {
        let text = "a = Bonjour\nb = Salut\n";
        for typed in ["#h\u{0b}", "交流\u{3000}"] {
            let out = set_unit(text, "a", typed, "\n").unwrap().unwrap();
            assert_eq!(unit_text(&out, "a").as_deref(), Some(typed), "{out:?}");
            assert_eq!(shape(&out), shape(text));
        }
    }
}
