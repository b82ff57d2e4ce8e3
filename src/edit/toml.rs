//! Edits of `declaration.toml` and `translations.lock` through toml_edit:
//! a fact set, a block of the structure added, removed or moved, a
//! translation's review recorded; every other byte (comments, spacing, the
//! order of keys, a value's own comment) as the author left it.

use std::fmt::Write as _;

use toml_edit::{Array, DocumentMut, InlineTable, Item, Value};

use crate::check::{Block, Date, Document};
use crate::load::lock;

/// A fact of `declaration.toml` that a change can set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fact {
    /// `[meeting] edition`.
    Edition,
    /// `[meeting] opens`.
    Opens,
    /// `[meeting] closes`.
    Closes,
    /// `[adoption] date`.
    AdoptionDate,
    /// The `count` of the delegation with this id.
    Count(String),
}

impl Fact {
    /// Where it stands, as the file names it (`meeting.edition`).
    pub fn path(&self) -> String {
        match self {
            Fact::Edition => "meeting.edition".to_owned(),
            Fact::Opens => "meeting.opens".to_owned(),
            Fact::Closes => "meeting.closes".to_owned(),
            Fact::AdoptionDate => "adoption.date".to_owned(),
            Fact::Count(id) => format!("delegations.{id}.count"),
        }
    }
}

/// A fact's new value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FactValue {
    Number(i64),
    Date(Date),
}

impl FactValue {
    fn to_value(&self) -> Value {
        match self {
            FactValue::Number(n) => Value::from(*n),
            FactValue::Date(date) => date
                .to_string()
                .parse::<toml_edit::Datetime>()
                .map(Value::from)
                .unwrap_or_else(|_| Value::from(date.to_string())),
        }
    }
}

/// Why a change cannot be made to this file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The file does not parse as TOML (the check says where).
    Unreadable,
    /// The fact's table is not in the file (a declaration without `[meeting]`).
    NoSuchFact(String),
    /// The block the change names is not in the structure.
    NoSuchBlock(String),
    /// The block to add is there already.
    AlreadyThere(String),
}

fn parse(text: &str) -> Result<DocumentMut, Refusal> {
    text.parse().map_err(|_| Refusal::Unreadable)
}

/// `set_fact`, on a text whose lines end in `\n`.
fn set_fact_lf(text: &str, fact: &Fact, value: &FactValue) -> Result<String, Refusal> {
    let mut document = parse(text)?;
    let missing = || Refusal::NoSuchFact(fact.path());
    let (table, key): (&mut dyn toml_edit::TableLike, &str) = match fact {
        Fact::Edition | Fact::Opens | Fact::Closes => {
            let table = document
                .get_mut("meeting")
                .and_then(Item::as_table_like_mut)
                .ok_or_else(missing)?;
            let key = match fact {
                Fact::Edition => "edition",
                Fact::Opens => "opens",
                _ => "closes",
            };
            (table, key)
        }
        Fact::AdoptionDate => (
            document
                .get_mut("adoption")
                .and_then(Item::as_table_like_mut)
                .ok_or_else(missing)?,
            "date",
        ),
        Fact::Count(id) => {
            let delegations = document
                .get_mut("delegations")
                .and_then(Item::as_array_of_tables_mut)
                .ok_or_else(missing)?;
            let table = delegations
                .iter_mut()
                .find(|t| t.get("id").and_then(Item::as_str) == Some(id.as_str()))
                .ok_or_else(missing)?;
            (table as &mut dyn toml_edit::TableLike, "count")
        }
    };
    let mut new = value.to_value();
    match table.get_mut(key).and_then(Item::as_value_mut) {
        Some(old) => {
            *new.decor_mut() = old.decor().clone();
            *old = new;
        }
        None => {
            table.insert(key, Item::Value(new));
        }
    }
    Ok(document.to_string())
}

/// The fact whose line of `declaration.toml` holds byte `offset`, if one
/// does: where a finding about a fact (a date outside the meeting's days)
/// is shown on a form of the facts.
pub fn fact_at(text: &str, offset: usize) -> Option<Fact> {
    let document = toml_edit::ImDocument::parse(text).ok()?;
    let line_of = |span: Option<std::ops::Range<usize>>| {
        span.map(|span| {
            let start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
            let end = text[span.end..]
                .find('\n')
                .map_or(text.len(), |i| span.end + i);
            start..end
        })
    };
    let holds = |item: Option<&Item>| {
        line_of(item.and_then(Item::span)).is_some_and(|line| line.contains(&offset))
    };
    let root = document.as_table();
    let meeting = root.get("meeting").and_then(Item::as_table);
    let facts = [
        (meeting.and_then(|m| m.get("edition")), Fact::Edition),
        (meeting.and_then(|m| m.get("opens")), Fact::Opens),
        (meeting.and_then(|m| m.get("closes")), Fact::Closes),
        (
            root.get("adoption")
                .and_then(Item::as_table)
                .and_then(|a| a.get("date")),
            Fact::AdoptionDate,
        ),
    ];
    if let Some((_, fact)) = facts.into_iter().find(|(item, _)| holds(*item)) {
        return Some(fact);
    }
    let delegations = root.get("delegations")?.as_array_of_tables()?;
    delegations.iter().find_map(|table| {
        let id = table.get("id")?.as_str()?;
        holds(table.get("count")).then(|| Fact::Count(id.to_owned()))
    })
}

/// The text with `fact` set to `value`, the value's own comment and spacing
/// kept.
pub fn set_fact(text: &str, fact: &Fact, value: &FactValue) -> Result<String, Refusal> {
    keeping_line_ends(text, |lf| set_fact_lf(lf, fact, value))
}

/// The text with `block` added to the body after the block whose message
/// (or one of whose list entries) is `after`; first in the body when
/// `after` is empty.
pub fn add_block(text: &str, block: &NewBlock, after: &str) -> Result<String, Refusal> {
    keeping_line_ends(text, |lf| add_block_lf(lf, block, after))
}

/// The text without the block whose message is `id` (a list loses that
/// entry, and goes when it was its last).
pub fn remove_block(text: &str, id: &str) -> Result<String, Refusal> {
    keeping_line_ends(text, |lf| remove_block_lf(lf, id))
}

/// The text with the `[document]` keys of `ids`' structure, every other line
/// as it was (a key rewritten in place keeps the comments above it).
pub fn set_structure(text: &str, ids: &Document<String>) -> Result<String, Refusal> {
    keeping_line_ends(text, |lf| set_structure_lf(lf, ids))
}

/// The text with the declaration's `languages` set to `tags`, the key's
/// comments kept.
pub fn set_languages(text: &str, tags: &[String]) -> Result<String, Refusal> {
    keeping_line_ends(text, |lf| {
        let mut document = parse(lf)?;
        let mut list = Array::new();
        for tag in tags {
            list.push(tag.as_str());
        }
        let mut value = Value::Array(list);
        match document.get_mut("languages").and_then(Item::as_value_mut) {
            Some(old) => {
                *value.decor_mut() = old.decor().clone();
                *old = value;
            }
            None => return Err(Refusal::NoSuchFact("languages".to_owned())),
        }
        Ok(document.to_string())
    })
}

/// The lock's text with the review of `lang`'s message `id` recorded
/// against `hash` (or forgotten, with `None`): that line alone changes.
/// An empty text is a lock not yet written: it gets its header.
pub fn set_review(text: &str, lang: &str, id: &str, hash: Option<&str>) -> Result<String, Refusal> {
    keeping_line_ends(text, |lf| set_review_lf(lf, lang, id, hash))
}

/// An edit made by toml_edit (which writes every line end as `\n`) to a
/// text whose lines may end otherwise: the lines it did not change are
/// copied from the text as they were, their ends with them; the lines it
/// wrote end as the file's first line does.
fn keeping_line_ends(
    text: &str,
    edit: impl FnOnce(&str) -> Result<String, Refusal>,
) -> Result<String, Refusal> {
    if !text.contains('\r') {
        return edit(text);
    }
    let lf = text.replace("\r\n", "\n");
    let edited = edit(&lf)?;
    let newline = match text.find('\n') {
        Some(n) if n > 0 && text.as_bytes()[n - 1] == b'\r' => "\r\n",
        _ => "\n",
    };
    let original: Vec<&str> = text.split_inclusive('\n').collect();
    let old: Vec<&str> = lf.split_inclusive('\n').collect();
    let new: Vec<&str> = edited.split_inclusive('\n').collect();
    let mut out = String::with_capacity(edited.len() + new.len());
    for op in similar::capture_diff_slices(similar::Algorithm::Myers, &old, &new) {
        match op {
            similar::DiffOp::Equal { old_index, len, .. } => {
                for line in &original[old_index..old_index + len] {
                    out.push_str(line);
                }
            }
            similar::DiffOp::Insert {
                new_index, new_len, ..
            }
            | similar::DiffOp::Replace {
                new_index, new_len, ..
            } => {
                for line in &new[new_index..new_index + new_len] {
                    match line.strip_suffix('\n') {
                        Some(body) => {
                            out.push_str(body);
                            out.push_str(newline);
                        }
                        None => out.push_str(line),
                    }
                }
            }
            similar::DiffOp::Delete { .. } => {}
        }
    }
    Ok(out)
}

/// A block of the body to add.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NewBlock {
    Section(String),
    Subsection(String),
    Paragraph(String),
    /// An entry of a bulleted list: into the list of the block it follows,
    /// or a list of its own.
    Item(String),
    /// An entry of a numbered list of commitments, likewise.
    Commitment(String),
}

impl NewBlock {
    pub fn id(&self) -> &str {
        match self {
            NewBlock::Section(id)
            | NewBlock::Subsection(id)
            | NewBlock::Paragraph(id)
            | NewBlock::Item(id)
            | NewBlock::Commitment(id) => id,
        }
    }

    fn key(&self) -> &'static str {
        match self {
            NewBlock::Section(_) => "section",
            NewBlock::Subsection(_) => "subsection",
            NewBlock::Paragraph(_) => "paragraph",
            NewBlock::Item(_) => "items",
            NewBlock::Commitment(_) => "commitments",
        }
    }
}

/// Where a message id stands in the body: the entry, and its place in the
/// entry's list when the entry is a list.
fn find(body: &Array, id: &str) -> Option<(usize, Option<usize>)> {
    body.iter().enumerate().find_map(|(i, entry)| {
        let table = entry.as_inline_table()?;
        let (_, value) = table.iter().next()?;
        match value {
            Value::String(s) if s.value() == id => Some((i, None)),
            Value::Array(list) => list
                .iter()
                .position(|v| v.as_str() == Some(id))
                .map(|j| (i, Some(j))),
            _ => None,
        }
    })
}

fn body_mut(document: &mut DocumentMut) -> Option<&mut Array> {
    document
        .get_mut("document")?
        .as_table_like_mut()?
        .get_mut("body")?
        .as_array_mut()
}

/// The decor of the entry at `i`, for one inserted beside it.
fn decor_of(array: &Array, i: usize) -> (String, String) {
    let decor = array.get(i).map(Value::decor);
    let prefix = decor
        .and_then(|d| d.prefix())
        .and_then(|p| p.as_str())
        .unwrap_or(" ");
    let suffix = decor
        .and_then(|d| d.suffix())
        .and_then(|s| s.as_str())
        .unwrap_or("");
    // A blank line above a neighbour is its own, not the new entry's.
    let prefix = match prefix.rfind('\n') {
        Some(n) if prefix[..n].contains('\n') => prefix[n..].to_owned(),
        _ => prefix.to_owned(),
    };
    (prefix, suffix.to_owned())
}

/// `add_block`, on a text whose lines end in `\n`.
fn add_block_lf(text: &str, block: &NewBlock, after: &str) -> Result<String, Refusal> {
    let mut document = parse(text)?;
    let body = body_mut(&mut document).ok_or_else(|| Refusal::NoSuchBlock(after.to_owned()))?;
    if find(body, block.id()).is_some() {
        return Err(Refusal::AlreadyThere(block.id().to_owned()));
    }
    // No block to follow: the body's first.
    if after.is_empty() {
        let (prefix, suffix) = decor_of(body, 0);
        body.insert_formatted(0, body_entry(block, prefix, suffix));
        return Ok(document.to_string());
    }
    let (entry, place) = find(body, after).ok_or_else(|| Refusal::NoSuchBlock(after.to_owned()))?;
    let same_list = body
        .get(entry)
        .and_then(Value::as_inline_table)
        .is_some_and(|t| t.contains_key(block.key()));
    match (block, place) {
        (NewBlock::Item(id) | NewBlock::Commitment(id), Some(j)) if same_list => {
            let list = body
                .get_mut(entry)
                .and_then(Value::as_inline_table_mut)
                .and_then(|t| t.get_mut(block.key()))
                .and_then(Value::as_array_mut)
                .ok_or_else(|| Refusal::NoSuchBlock(after.to_owned()))?;
            let mut value = Value::from(id.as_str());
            value.decor_mut().set_prefix(" ");
            list.insert_formatted(j + 1, value);
        }
        _ => {
            let (prefix, suffix) = decor_of(body, entry);
            body.insert_formatted(entry + 1, body_entry(block, prefix, suffix));
        }
    }
    Ok(document.to_string())
}

/// A new entry of the body (`{ paragraph = "id" }`, `{ items = ["id"] }`)
/// with the decor of the entry it stands beside.
fn body_entry(block: &NewBlock, prefix: String, suffix: String) -> Value {
    let mut table = InlineTable::new();
    let value = match block {
        NewBlock::Item(id) | NewBlock::Commitment(id) => {
            let mut list = Array::new();
            list.push(id.as_str());
            Value::Array(list)
        }
        other => Value::from(other.id()),
    };
    table.insert(block.key(), value);
    table.fmt();
    let mut value = Value::InlineTable(table);
    value.decor_mut().set_prefix(prefix);
    value.decor_mut().set_suffix(suffix);
    value
}

/// `remove_block`, on a text whose lines end in `\n`.
fn remove_block_lf(text: &str, id: &str) -> Result<String, Refusal> {
    let mut document = parse(text)?;
    let body = body_mut(&mut document).ok_or_else(|| Refusal::NoSuchBlock(id.to_owned()))?;
    let (entry, place) = find(body, id).ok_or_else(|| Refusal::NoSuchBlock(id.to_owned()))?;
    let list = body
        .get_mut(entry)
        .and_then(Value::as_inline_table_mut)
        .and_then(|t| t.iter_mut().next().map(|(_, v)| v))
        .and_then(Value::as_array_mut);
    match (place, list) {
        (Some(j), Some(list)) if list.len() > 1 => {
            let first = j == 0;
            list.remove(j);
            if first && let Some(next) = list.get_mut(0) {
                // The new first entry stands where the old one did.
                next.decor_mut().set_prefix("");
            }
        }
        _ => {
            let last = entry + 1 == body.len();
            let removed_prefix = body.get(entry).map(|v| v.decor().clone());
            body.remove(entry);
            // The entry after it takes its place, and the blank line above it.
            if !last
                && let (Some(next), Some(decor)) = (body.get_mut(entry), removed_prefix)
                && let Some(prefix) = decor.prefix().and_then(|p| p.as_str())
            {
                let own = next
                    .decor()
                    .prefix()
                    .and_then(|p| p.as_str())
                    .unwrap_or("")
                    .to_owned();
                if prefix.matches('\n').count() > own.matches('\n').count() {
                    next.decor_mut().set_prefix(prefix.to_owned());
                }
            }
        }
    }
    Ok(document.to_string())
}

/// `set_structure`, on a text whose lines end in `\n`.
fn set_structure_lf(text: &str, ids: &Document<String>) -> Result<String, Refusal> {
    let mut document = parse(text)?;
    let written = structure_toml(ids);
    let new: DocumentMut = written.parse().map_err(|_| Refusal::Unreadable)?;
    let (Some(table), Some(new_table)) = (
        document.get_mut("document").and_then(Item::as_table_mut),
        new.get("document").and_then(Item::as_table),
    ) else {
        return Err(Refusal::NoSuchBlock("document".to_owned()));
    };
    for key in [
        "preamble",
        "meeting",
        "title",
        "place-and-date",
        "closing",
        "body",
    ] {
        match (new_table.get(key), table.get_mut(key)) {
            (Some(item), Some(existing)) => *existing = item.clone(),
            (Some(item), None) => {
                table.insert(key, item.clone());
            }
            (None, _) => {
                table.remove(key);
            }
        }
    }
    Ok(document.to_string())
}

/// The `[document]` table of a structure of message ids: its parts and
/// its body, indented as the body reads.
pub fn structure_toml(ids: &Document<String>) -> String {
    let mut out = String::new();
    out.push_str("[document]\n");
    let list = |ids: &[String]| {
        ids.iter()
            .map(|i| format!("\"{i}\""))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !ids.preamble.is_empty() {
        let _ = writeln!(out, "preamble = [{}]", list(&ids.preamble));
    }
    if let Some(meeting) = &ids.meeting {
        let _ = writeln!(out, "meeting = \"{meeting}\"");
    }
    let _ = writeln!(out, "title = \"{}\"", ids.title);
    if let Some(place) = &ids.place_and_date {
        let _ = writeln!(out, "place-and-date = \"{place}\"");
    }
    if !ids.closing.is_empty() {
        let _ = writeln!(out, "closing = [{}]", list(&ids.closing));
    }
    out.push_str("\n# The body in reading order.\nbody = [\n");
    let blocks = |out: &mut String, indent: &str, blocks: &[Block<String>]| {
        for block in blocks {
            let _ = match block {
                Block::Paragraph(id) => writeln!(out, "{indent}{{ paragraph = \"{id}\" }},"),
                Block::Items(list_ids) => {
                    writeln!(out, "{indent}{{ items = [{}] }},", list(list_ids))
                }
                Block::Commitments(list_ids) => {
                    writeln!(out, "{indent}{{ commitments = [{}] }},", list(list_ids))
                }
            };
        }
    };
    blocks(&mut out, "  ", &ids.opening);
    for section in &ids.sections {
        let _ = writeln!(out, "\n  {{ section = \"{}\" }},", section.heading);
        blocks(&mut out, "    ", &section.blocks);
        for sub in &section.subsections {
            let _ = writeln!(out, "    {{ subsection = \"{}\" }},", sub.heading);
            blocks(&mut out, "      ", &sub.blocks);
        }
    }
    out.push_str("]\n");
    out
}

/// `set_review`, on a text whose lines end in `\n`.
fn set_review_lf(text: &str, lang: &str, id: &str, hash: Option<&str>) -> Result<String, Refusal> {
    let mut document = parse(text)?;
    let Some(hash) = hash else {
        if let Some(table) = document.get_mut(lang).and_then(Item::as_table_mut) {
            table.remove(id);
        }
        return Ok(document.to_string());
    };
    let line = format!("{id} = {}\n", Value::from(hash));
    if text.trim().is_empty() {
        // A lock not yet written: its header, then the language's table.
        return Ok(format!("{}\n[{lang}]\n{line}", lock::HEADER));
    }
    let Some(table) = document.get_mut(lang).and_then(Item::as_table_mut) else {
        // A language's first review: its table at the end, as the lock writes it.
        let mut out = text.to_owned();
        if !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str(&format!("\n[{lang}]\n{line}"));
        return Ok(out);
    };
    match table.get_mut(id).and_then(Item::as_value_mut) {
        Some(old) => {
            let mut new = Value::from(hash);
            *new.decor_mut() = old.decor().clone();
            *old = new;
        }
        None => {
            table.insert(id, Item::Value(Value::from(hash)));
        }
    }
    Ok(document.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOML: &str = "# Facts.\nid = \"x\"\n\n[meeting]\nedition = 8   # the 8th\nopens = 2024-11-18\ncloses = 2024-11-21\n\n[[delegations]]\nid = \"japan\"\ncount = 35 # by hand\n\n[document]\ntitle = \"title\"\n# The body.\nbody = [\n  { paragraph = \"a\" },\n\n  { section = \"s\" },\n    { items = [\"i1\", \"i2\"] },\n  { paragraph = \"b\" },\n]\n";

    #[test]
    fn a_fact_keeps_its_comment_and_every_other_byte() {
        let after = set_fact(TOML, &Fact::Edition, &FactValue::Number(9)).unwrap();
        assert_eq!(after, TOML.replace("edition = 8", "edition = 9"));
        let after = set_fact(TOML, &Fact::Count("japan".into()), &FactValue::Number(31)).unwrap();
        assert_eq!(after, TOML.replace("count = 35", "count = 31"));
        let date = Date::parse("2024-11-19").unwrap();
        let after = set_fact(TOML, &Fact::Opens, &FactValue::Date(date)).unwrap();
        assert_eq!(after, TOML.replace("2024-11-18", "2024-11-19"));
        assert_eq!(
            set_fact(TOML, &Fact::AdoptionDate, &FactValue::Date(date)),
            Err(Refusal::NoSuchFact("adoption.date".into()))
        );
    }

    #[test]
    fn blocks_are_added_removed_and_their_neighbours_untouched() {
        let after = add_block(TOML, &NewBlock::Paragraph("new".into()), "a").unwrap();
        assert!(
            after.contains("  { paragraph = \"a\" },\n  { paragraph = \"new\" },\n\n  { section"),
            "{after}"
        );
        assert_eq!(remove_block(&after, "new").unwrap(), TOML);
        let after = add_block(TOML, &NewBlock::Item("i3".into()), "i2").unwrap();
        assert!(
            after.contains("{ items = [\"i1\", \"i2\", \"i3\"] }"),
            "{after}"
        );
        assert_eq!(remove_block(&after, "i3").unwrap(), TOML);
        let after = remove_block(TOML, "a").unwrap();
        assert!(
            after.contains("body = [\n\n  { section = \"s\" },"),
            "{after}"
        );
        let after = remove_block(TOML, "i1").unwrap();
        assert!(after.contains("{ items = [\"i2\"] }"), "{after}");
        assert_eq!(
            add_block(TOML, &NewBlock::Paragraph("b".into()), "a"),
            Err(Refusal::AlreadyThere("b".into()))
        );
        assert_eq!(
            remove_block(TOML, "zz"),
            Err(Refusal::NoSuchBlock("zz".into()))
        );
    }

    #[test]
    fn a_review_changes_its_line_alone() {
        let first = set_review("", "ja", "title", Some("00000000000000aa")).unwrap();
        assert_eq!(
            first,
            format!("{}\n[ja]\ntitle = \"00000000000000aa\"\n", lock::HEADER)
        );
        let second = set_review(&first, "ja", "closing", Some("00000000000000bb")).unwrap();
        assert_eq!(second, format!("{first}closing = \"00000000000000bb\"\n"));
        let again = set_review(&second, "ja", "title", Some("00000000000000cc")).unwrap();
        assert_eq!(again, second.replace("aa", "cc"));
        let forgotten = set_review(&again, "ja", "closing", None).unwrap();
        assert_eq!(
            forgotten,
            again.replace("closing = \"00000000000000bb\"\n", "")
        );
    }

    #[test]
    fn crlf_lines_keep_their_ends() {
        let crlf = TOML.replace('\n', "\r\n");
        let after = set_fact(&crlf, &Fact::Edition, &FactValue::Number(9)).unwrap();
        assert_eq!(after, crlf.replace("edition = 8", "edition = 9"));
        let same = set_fact(&crlf, &Fact::Edition, &FactValue::Number(8)).unwrap();
        assert_eq!(same, crlf);
        let added = add_block(&crlf, &NewBlock::Paragraph("new".into()), "a").unwrap();
        assert_eq!(remove_block(&added, "new").unwrap(), crlf);
        assert!(!added.replace("\r\n", "").contains('\n'));
    }

    #[test]
    fn a_finding_on_a_fact_names_the_fact() {
        let text = "[meeting]\nedition = 8 # the eighth\nopens = 2024-11-18\n\n[adoption]\ndate = 2024-11-21\n\n[[delegations]]\nid = \"japan\"\ncount = 35\n";
        let at = |needle: &str| fact_at(text, text.find(needle).unwrap());
        assert_eq!(at("8 #"), Some(Fact::Edition));
        assert_eq!(at("the eighth"), Some(Fact::Edition));
        assert_eq!(at("2024-11-18"), Some(Fact::Opens));
        assert_eq!(at("2024-11-21"), Some(Fact::AdoptionDate));
        assert_eq!(at("35"), Some(Fact::Count("japan".into())));
        assert_eq!(at("[adoption]"), None);
        assert_eq!(fact_at("not = [toml", 3), None);
    }
}
