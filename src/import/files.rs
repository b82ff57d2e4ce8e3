//! The files of an imported declaration, as text: `declaration.toml` (the
//! facts and the structure, commented as a person would write it) and the
//! source language's `.ftl` (one message per block, in document order,
//! wrapped as the fixtures are), the facts typed by hand written as their
//! variables.

use std::fmt::Write as _;

use super::facts::{Facts, Replacement};
use crate::check::Document;
use crate::fluent;

/// One message of the `.ftl`: its id, its text, where the text types facts.
pub struct Message<'a> {
    pub id: &'a str,
    pub text: &'a str,
    pub replacements: &'a [Replacement],
    /// A comment line above it (a section's name, say).
    pub comment: Option<String>,
}

/// The text of a Fluent message's value: the text escaped (`{` and `}` as
/// string literals), each replacement as its variable.
pub fn pattern(text: &str, replacements: &[Replacement]) -> String {
    let mut out = String::new();
    let mut at = 0;
    for r in replacements {
        if r.range.start < at || r.range.end > text.len() {
            continue;
        }
        out.push_str(&escape(&text[at..r.range.start]));
        out.push_str(&r.placeable());
        at = r.range.end;
    }
    out.push_str(&escape(&text[at..]));
    out
}

/// Text as Fluent text: braces as string literals.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '{' => out.push_str("{\"{\"}"),
            '}' => out.push_str("{\"}\"}"),
            // Whitespace a line could not keep (a tab, a line separator).
            // U+3000, a Japanese text's own space, is kept as typed.
            c if c.is_whitespace() && ![' ', '\u{A0}', '\u{202F}', '\u{3000}'].contains(&c) => {
                out.push(' ')
            }
            c => out.push(c),
        }
    }
    out
}

/// The `.ftl` of the source language.
pub fn ftl(source_name: &str, messages: &[Message]) -> String {
    let mut out = format!(
        "# Imported by `sengen import` from {source_name}: one message per block of the\n\
         # draft, in its order. Facts typed in the draft are written as the variables\n\
         # that write them (`sengen import` prints each one it replaced).\n"
    );
    for m in messages {
        out.push('\n');
        if let Some(comment) = &m.comment {
            let _ = writeln!(out, "## {comment}\n");
        }
        out.push_str(&fluent::format_message(
            m.id,
            &pattern(m.text, m.replacements),
        ));
    }
    out
}

/// What `declaration.toml` says beside the structure.
pub struct Head<'a> {
    pub id: &'a str,
    pub lang: &'a str,
    pub final_text: bool,
    pub source_name: &'a str,
}

/// The message that names a delegation (`delegation-japan`).
pub fn delegation_name_id(delegation: &str) -> String {
    format!("delegation-{delegation}")
}

/// The `declaration.toml` of an imported draft; `named`, the delegations
/// whose name the `.ftl` gives.
pub fn declaration_toml(
    head: &Head,
    facts: &Facts,
    ids: &Document<String>,
    named: &[&str],
) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Imported by `sengen import` from {}. The facts below were given or\n\
         # found in the draft; check them (docs/format.md describes every key).",
        head.source_name
    );
    let _ = writeln!(out, "id = \"{}\"", head.id);
    let _ = writeln!(
        out,
        "status = \"{}\"",
        if head.final_text { "final" } else { "draft" }
    );
    let _ = writeln!(out, "languages = [\"{}\"]", head.lang);
    if let (Some(edition), Some((opens, closes))) = (facts.edition, facts.meeting) {
        let _ = writeln!(
            out,
            "\n[meeting]\nedition = {edition}\nopens = {opens}\ncloses = {closes}"
        );
    }
    if let Some(date) = facts.adoption {
        let _ = writeln!(
            out,
            "\n[adoption]\ndate = {date}\nplace = \"adoption-place\""
        );
    }
    for (id, count) in &facts.counts {
        let _ = writeln!(out, "\n[[delegations]]\nid = \"{id}\"");
        if named.contains(&id.as_str()) {
            let _ = writeln!(out, "name = \"{}\"", delegation_name_id(id));
        }
        let _ = writeln!(out, "count = {count}");
    }
    out.push('\n');
    out.push_str(&crate::edit::toml::structure_toml(ids));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_wraps_at_spaces_and_between_cjk_characters_only() {
        let french = "mot ".repeat(40);
        let m = fluent::format_message("p", &pattern(french.trim(), &[]));
        assert!(m.starts_with("p =\n    mot mot"));
        assert!(m.lines().all(|l| l.chars().count() <= 92), "{m}");
        let japanese = "自治体と市民の日常的な協力を促し、".repeat(8);
        let m = fluent::format_message("j", &japanese);
        assert!(
            m.lines().skip(1).all(|l| l
                .chars()
                .map(|c| if crate::language::is_cjk(c) { 2 } else { 1 })
                .sum::<usize>()
                <= 94),
            "{m}"
        );
        let joined: String = m.lines().skip(1).map(str::trim).collect();
        assert_eq!(joined, japanese);
    }

    #[test]
    fn braces_are_text_and_no_line_starts_as_syntax() {
        assert_eq!(pattern("a {b} c", &[]), "a {\"{\"}b{\"}\"} c");
        let text = format!("{} [note] *x* .y", "mot ".repeat(30));
        let m = fluent::format_message("p", &text);
        for line in m.lines().skip(1) {
            assert!(!line.trim_start().starts_with(['[', '*', '.']), "{line}");
        }
    }
}
