//! A draft as it arrives, before sengen knows its structure: paragraphs in
//! order, each with its text (`<sup>…</sup>` for superscripts, as sengen's
//! text holds them), how it looks (wholly bold or italic, a heading style and
//! its outline level) and whether it is a list entry. Every reader (`.docx`,
//! PDF, marked-up text) produces it; `structure` reads the declaration out of it.

use crate::ui::Words;
use crate::words;

/// A paragraph of the draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// Where it stands in the file: a paragraph's number in a .docx, a line
    /// in a text file.
    pub place: Place,
    /// Its text, whitespace as the file has it; superscripts as `<sup>…</sup>`.
    pub text: String,
    /// Every character of it is bold, or italic (a heading made by hand).
    pub bold: bool,
    pub italic: bool,
    pub kind: Kind,
}

/// What a paragraph is, as the file says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Body,
    /// A paragraph in a heading style (`level`: its outline level, 0 for
    /// « Titre 1 », 見出し 1, Heading 1), or marked as a heading (`# …`).
    Heading {
        level: Option<u8>,
    },
    /// The document's title style.
    Title,
    /// An entry of a bulleted list.
    Item,
    /// An entry of a numbered list.
    Numbered,
}

/// A place in the source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The n-th paragraph of a .docx's body (from 1).
    Paragraph(usize),
    /// A line of a text file (from 1).
    Line(usize),
    /// The n-th paragraph read from a PDF (from 1), and the page it starts on.
    Page { paragraph: usize, page: usize },
}

impl Place {
    /// The page it is on, in a PDF.
    pub fn page(&self) -> Option<usize> {
        match self {
            Place::Page { page, .. } => Some(*page),
            _ => None,
        }
    }

    /// « paragraph 3 », « line 12 », in the reader's words.
    pub fn words(&self) -> Words {
        match self {
            Place::Paragraph(n) => words!("place-paragraph", number = *n),
            Place::Line(n) => words!("place-line", number = *n),
            Place::Page { paragraph, page } => {
                words!("place-page", number = *paragraph, page = *page)
            }
        }
    }
}

impl std::fmt::Display for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Place::Paragraph(n) => write!(f, "paragraph {n}"),
            Place::Line(n) => write!(f, "line {n}"),
            Place::Page { paragraph, page } => write!(f, "paragraph {paragraph} (page {page})"),
        }
    }
}

/// What the draft has that a declaration has no place for, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unmapped {
    /// What it is, a key of the wording: `table`, `image`, `text-box`,
    /// `footnote`, `endnote`, `comment`.
    pub what: &'static str,
    pub place: Place,
}

/// A draft, read.
#[derive(Debug, Default)]
pub struct Source {
    pub paragraphs: Vec<Paragraph>,
    pub unmapped: Vec<Unmapped>,
    /// What reading the file decided (a number of Word's kept in a heading),
    /// for the report.
    pub notes: Vec<Words>,
}

/// Reads text marked up as the drafts circulated by e-mail are (the seed):
/// paragraphs separated by blank lines; `#` headings; a line wholly wrapped
/// in `**…**` (bold), `*…*` (italic) or `***…***` (both); `- ` bulleted and
/// `1. ` numbered entries, one per line; `<sup>…</sup>` superscripts.
pub fn read_marked(text: &str) -> Source {
    let mut source = Source::default();
    let mut pending: Option<(usize, String)> = None;
    let flush = |pending: &mut Option<(usize, String)>, source: &mut Source| {
        if let Some((line, text)) = pending.take() {
            source
                .paragraphs
                .push(paragraph(Place::Line(line), &text, Kind::Body));
        }
    };
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        let trimmed = line.trim();
        if trimmed.is_empty() {
            flush(&mut pending, &mut source);
            continue;
        }
        let hashes = trimmed.chars().take_while(|c| *c == '#').count();
        let after_hashes = &trimmed[hashes..];
        let entry = list_entry(trimmed);
        if (hashes > 0 && after_hashes.starts_with(' ')) || entry.is_some() {
            flush(&mut pending, &mut source);
            let (kind, text) = match entry {
                Some((kind, text)) if hashes == 0 => (kind, text),
                _ => (Kind::Heading { level: None }, after_hashes.trim()),
            };
            source
                .paragraphs
                .push(paragraph(Place::Line(number), text, kind));
            continue;
        }
        match &mut pending {
            Some((_, text)) => {
                text.push(' ');
                text.push_str(trimmed);
            }
            None => pending = Some((number, trimmed.to_owned())),
        }
    }
    flush(&mut pending, &mut source);
    source
}

/// `- entry` or `1. entry`.
fn list_entry(line: &str) -> Option<(Kind, &str)> {
    if let Some(rest) = line.strip_prefix("- ").or_else(|| line.strip_prefix("– ")) {
        return Some((Kind::Item, rest.trim()));
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && digits <= 3 {
        let rest = &line[digits..];
        if let Some(rest) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            return Some((Kind::Numbered, rest.trim()));
        }
    }
    None
}

/// A paragraph of marked text: the emphasis wrapping it whole taken off
/// and remembered.
fn paragraph(place: Place, text: &str, kind: Kind) -> Paragraph {
    let stars = text.chars().take_while(|c| *c == '*').count();
    let closing = text.chars().rev().take_while(|c| *c == '*').count();
    let wrapped = stars > 0 && stars == closing && text.len() > 2 * stars && stars <= 3;
    // `**x** et **y**` is two bold words, not one bold line.
    let inner = &text[stars.min(text.len())
        ..text
            .len()
            .saturating_sub(closing)
            .max(stars.min(text.len()))];
    let (inner, bold, italic) = if wrapped && !inner.contains('*') {
        (inner, stars >= 2, stars != 2)
    } else {
        (text, false, false)
    };
    Paragraph {
        place,
        text: inner.trim().to_owned(),
        bold,
        italic,
        kind,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marked_text_becomes_paragraphs_with_their_looks() {
        let source = read_marked(
            "Nous, 35 collectivités,\nréunies.\n\n### **8<sup>e</sup> Rencontres**\n\n**Atelier 1 : Économie**\n\n- un\n- deux\n\n- trois\n1. Chaque\n2. Chacune\n### ***Atelier 2***\n",
        );
        let got: Vec<(Place, &str, bool, bool, Kind)> = source
            .paragraphs
            .iter()
            .map(|p| (p.place, p.text.as_str(), p.bold, p.italic, p.kind))
            .collect();
        let heading = Kind::Heading { level: None };
        assert_eq!(
            got,
            [
                (
                    Place::Line(1),
                    "Nous, 35 collectivités, réunies.",
                    false,
                    false,
                    Kind::Body
                ),
                (
                    Place::Line(4),
                    "8<sup>e</sup> Rencontres",
                    true,
                    false,
                    heading
                ),
                (
                    Place::Line(6),
                    "Atelier 1 : Économie",
                    true,
                    false,
                    Kind::Body
                ),
                (Place::Line(8), "un", false, false, Kind::Item),
                (Place::Line(9), "deux", false, false, Kind::Item),
                (Place::Line(11), "trois", false, false, Kind::Item),
                (Place::Line(12), "Chaque", false, false, Kind::Numbered),
                (Place::Line(13), "Chacune", false, false, Kind::Numbered),
                (Place::Line(14), "Atelier 2", true, true, heading),
            ]
        );
    }

    #[test]
    fn stars_inside_a_line_are_text() {
        let source = read_marked("a *b* c\n\n**x** et **y**\n");
        assert_eq!(source.paragraphs[0].text, "a *b* c");
        assert!(!source.paragraphs[0].bold);
        // Two bold words, not a bold line.
        assert_eq!(source.paragraphs[1].text, "**x** et **y**");
        assert!(!source.paragraphs[1].bold);
    }
}
