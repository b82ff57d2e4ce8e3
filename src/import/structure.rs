//! The declaration in a draft's paragraphs, found by how they look rather
//! than by their markup (the seed marks one level of heading `###`, `####`,
//! `##`, bold or bold italic at random):
//!
//! - a heading is a paragraph in a heading style, marked as one (`#`), or
//!   wholly bold or italic and short;
//! - the first heading is the title block (« 8<sup>e</sup> Rencontres … -
//!   Déclaration de Shizuoka »: the meeting, then the title, split at the
//!   dash); what stands before it is the preamble; a short line with a date
//!   right after it is the place and date;
//! - a heading's level is its style's outline level where it has one; else
//!   a numbered series of headings (« Atelier 1 : … », « Atelier 2 : … ») is
//!   the sections, the headings between two of its members are below it,
//!   and after the last member, a heading followed by a list is a
//!   sub-section like those before, one followed by a paragraph a section;
//!   `--sections PATTERN` settles it otherwise;
//! - bulleted entries are items, numbered ones commitments; paragraphs after
//!   the last commitments close the text;
//! - a paragraph that stops mid-sentence and is followed by one starting in
//!   lower case is one paragraph, broken by accident: they are joined.

use regex::Regex;

use super::source::{Kind, Paragraph, Place};
use crate::check::{Block, Document, Section, Subsection};
use crate::diagnostic::{Code, Diagnostic};
use crate::language::Profile;

/// A piece of the draft's text and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub place: Place,
}

/// The longest paragraph taken for a heading made by hand (bold or italic).
const LONGEST_HEADING: usize = 200;
/// The longest line taken for the place and date under the title.
const LONGEST_PLACE_AND_DATE: usize = 150;

/// How the structure was read: the document, and what was decided on the way.
pub struct Read {
    pub document: Document<Piece>,
    /// « paragraphs 27 and 28 joined: … »
    pub notes: Vec<String>,
}

/// Reads the structure of a draft's paragraphs.
pub fn read(
    paragraphs: &[Paragraph],
    profile: &Profile,
    sections: Option<&Regex>,
    name: &str,
) -> Result<Read, Diagnostic> {
    let mut notes = Vec::new();
    let paragraphs = join_broken(paragraphs, &mut notes);
    let heading = |p: &Paragraph| is_heading(p);
    let title_at = paragraphs
        .iter()
        .position(|p| p.kind == Kind::Title)
        .or_else(|| paragraphs.iter().position(heading))
        .ok_or_else(|| {
            Diagnostic::new(Code::I006, format!("{name} has no title: no paragraph is a heading"))
                .hint("make the title a heading (a heading style, or bold) in the draft, or mark it `# Title` in a text file")
        })?;
    let preamble: Vec<Piece> = paragraphs[..title_at].iter().map(piece).collect();
    let title_paragraph = &paragraphs[title_at];
    let (meeting, title) = split_title(title_paragraph);
    let mut rest = title_at + 1;
    let place_and_date = paragraphs.get(rest).filter(|p| {
        p.kind == Kind::Body
            && !is_heading(p)
            && p.text.chars().count() <= LONGEST_PLACE_AND_DATE
            && has_date(profile, &p.text)
    });
    if place_and_date.is_some() {
        rest += 1;
    }
    let place_and_date = place_and_date.map(piece);
    let body = &paragraphs[rest..];

    let levels = heading_levels(body, sections, &mut notes);
    let mut document = Document {
        preamble,
        meeting,
        title,
        place_and_date,
        author: None,
        opening: Vec::new(),
        sections: Vec::new(),
        closing: Vec::new(),
    };
    for (i, paragraph) in body.iter().enumerate() {
        if let Some(level) = levels[i] {
            let heading = piece(paragraph);
            if level == 0 || document.sections.is_empty() {
                document.sections.push(Section {
                    heading,
                    blocks: Vec::new(),
                    subsections: Vec::new(),
                });
            } else if let Some(section) = document.sections.last_mut() {
                section.subsections.push(Subsection {
                    heading,
                    blocks: Vec::new(),
                });
            }
            continue;
        }
        let blocks = match document.sections.last_mut() {
            None => &mut document.opening,
            Some(section) => match section.subsections.last_mut() {
                Some(sub) => &mut sub.blocks,
                None => &mut section.blocks,
            },
        };
        push_block(blocks, paragraph);
    }
    // Paragraphs after the last commitments, at the very end, close the text.
    let last = match document.sections.last_mut() {
        None => &mut document.opening,
        Some(section) => match section.subsections.last_mut() {
            Some(sub) => &mut sub.blocks,
            None => &mut section.blocks,
        },
    };
    if let Some(commitments) = last
        .iter()
        .rposition(|b| matches!(b, Block::Commitments(_)))
    {
        let trailing: Vec<Block<Piece>> = last.drain(commitments + 1..).collect();
        if trailing.iter().all(|b| matches!(b, Block::Paragraph(_))) {
            document.closing = trailing
                .into_iter()
                .filter_map(|b| match b {
                    Block::Paragraph(p) => Some(p),
                    _ => None,
                })
                .collect();
        } else {
            last.extend(trailing);
        }
    }
    Ok(Read { document, notes })
}

fn piece(p: &Paragraph) -> Piece {
    Piece {
        text: p.text.clone(),
        place: p.place,
    }
}

/// A paragraph in a heading style, marked as a heading, or wholly bold or
/// italic and short (a heading made by hand).
fn is_heading(p: &Paragraph) -> bool {
    match p.kind {
        Kind::Heading { .. } | Kind::Title => true,
        Kind::Item | Kind::Numbered => false,
        Kind::Body => {
            (p.bold || p.italic)
                && p.text.chars().count() <= LONGEST_HEADING
                && !p.text.trim_end().ends_with(['.', '。'])
        }
    }
}

/// The title block: « meeting - title » split at its dash, or the title alone.
fn split_title(p: &Paragraph) -> (Option<Piece>, Piece) {
    for dash in [" - ", " – ", " — "] {
        if let Some((meeting, title)) = p.text.split_once(dash)
            && !meeting.trim().is_empty()
            && !title.trim().is_empty()
        {
            let at = |text: &str| Piece {
                text: text.trim().to_owned(),
                place: p.place,
            };
            return (Some(at(meeting)), at(title));
        }
    }
    (None, piece(p))
}

/// Whether a line holds a date written out in the language.
fn has_date(profile: &Profile, text: &str) -> bool {
    profile
        .prose
        .dates
        .as_ref()
        .is_some_and(|writing| !crate::check::lint::prose::typed_dates(writing, text).is_empty())
}

/// Paragraphs with those broken by accident joined: one that does not end a
/// sentence, followed by a paragraph that starts in lower case.
fn join_broken(paragraphs: &[Paragraph], notes: &mut Vec<String>) -> Vec<Paragraph> {
    let mut out: Vec<Paragraph> = Vec::new();
    for p in paragraphs {
        let continues = p.kind == Kind::Body
            && !is_heading(p)
            && p.text.starts_with(|c: char| c.is_lowercase())
            && out.last().is_some_and(|last| {
                last.kind == Kind::Body
                    && !is_heading(last)
                    && !last.text.trim_end().ends_with([
                        '.', '!', '?', ':', ';', '»', '”', ')', '…', '。', '！', '？', '」',
                    ])
            });
        match out.last_mut() {
            Some(last) if continues => {
                notes.push(format!(
                    "{} and {} joined: the first stops mid-sentence, the second starts in lower case",
                    last.place, p.place
                ));
                last.text.push(' ');
                last.text.push_str(&p.text);
            }
            _ => out.push(p.clone()),
        }
    }
    out
}

/// A numbered series' word and number: « Atelier 1 : … » is (atelier, 1).
fn series_member(text: &str) -> Option<(String, u32)> {
    let plain: String = text.replace("<sup>", "").replace("</sup>", "");
    let mut words = plain.split_whitespace();
    let word = words.next()?;
    if !word.chars().all(char::is_alphabetic) {
        return None;
    }
    let number = words.next()?.trim_end_matches([':', '.', ',', ')']);
    Some((word.to_lowercase(), number.parse().ok()?))
}

/// Each body paragraph's heading level (0: a section, 1: a sub-section), or
/// `None` for a block.
fn heading_levels(
    body: &[Paragraph],
    sections: Option<&Regex>,
    notes: &mut Vec<String>,
) -> Vec<Option<u8>> {
    let headings: Vec<usize> = (0..body.len()).filter(|&i| is_heading(&body[i])).collect();
    let mut levels = vec![None; body.len()];
    if let Some(pattern) = sections {
        for &i in &headings {
            levels[i] = Some(u8::from(!pattern.is_match(&body[i].text)));
        }
        return levels;
    }
    let styled = |i: usize| match body[i].kind {
        Kind::Heading { level } => level,
        _ => None,
    };
    let top_style = headings.iter().filter_map(|&i| styled(i)).min();
    // The series: the word most headings begin with, followed by a number.
    let mut counts: Vec<(String, usize)> = Vec::new();
    for &i in &headings {
        if let Some((word, _)) = series_member(&body[i].text) {
            match counts.iter_mut().find(|(w, _)| *w == word) {
                Some((_, n)) => *n += 1,
                None => counts.push((word, 1)),
            }
        }
    }
    let series = counts
        .into_iter()
        .filter(|(_, n)| *n >= 2)
        .max_by_key(|(_, n)| *n)
        .map(|(w, _)| w);
    let members: Vec<usize> = match &series {
        Some(word) => headings
            .iter()
            .copied()
            .filter(|&i| series_member(&body[i].text).is_some_and(|(w, _)| &w == word))
            .collect(),
        None => Vec::new(),
    };
    if let (Some(word), Some(first), Some(last)) = (&series, members.first(), members.last()) {
        notes.push(format!(
            "sections: the headings « {word} N » ({} of them), and the headings after them that are not followed by a list; the others are sub-sections",
            members.len()
        ));
        let _ = (first, last);
    }
    let mut previous: Option<u8> = None;
    for &i in &headings {
        let level = if let (Some(level), Some(top)) = (styled(i), top_style) {
            u8::from(level > top)
        } else if let (Some(&first), Some(&last)) = (members.first(), members.last()) {
            if members.contains(&i) || i < first {
                0
            } else if i < last {
                1
            } else {
                // After the last member: a sub-section if a list follows, as under the others.
                let next = body[i + 1..].iter().find(|p| !is_heading(p));
                u8::from(next.is_some_and(|p| matches!(p.kind, Kind::Item | Kind::Numbered)))
            }
        } else {
            previous.unwrap_or(0)
        };
        levels[i] = Some(level);
        previous = Some(level);
    }
    levels
}

/// Adds a paragraph to the blocks of its container: list entries of one
/// kind in a row are one list.
fn push_block(blocks: &mut Vec<Block<Piece>>, p: &Paragraph) {
    let entry = piece(p);
    match (p.kind, blocks.last_mut()) {
        (Kind::Item, Some(Block::Items(list)))
        | (Kind::Numbered, Some(Block::Commitments(list))) => list.push(entry),
        (Kind::Item, _) => blocks.push(Block::Items(vec![entry])),
        (Kind::Numbered, _) => blocks.push(Block::Commitments(vec![entry])),
        _ => blocks.push(Block::Paragraph(entry)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::source::read_marked;

    fn french() -> &'static Profile {
        crate::language::profile(&"fr".parse().unwrap())
            .unwrap()
            .unwrap()
    }

    #[test]
    fn a_series_of_headings_makes_the_sections_whatever_their_markup() {
        let text = "Préambule.\n\n### **8<sup>e</sup> Rencontres - Déclaration de Lyon**\n\nLyon, le 21 novembre 2024\n\nOuverture.\n\n**Atelier 1 : Un**\n\n**Sous A**\n\n- a\n\n### **Sous B**\n\n- b\n\n### ***Atelier 2 : Deux***\n\n## **Sous C**\n\n- c\n\n## **Conclusion**\n\nNous décidons :\n\n1. un\n2. deux\n\nFin.\n";
        let read = read(&read_marked(text).paragraphs, french(), None, "t").unwrap();
        let d = read.document;
        assert_eq!(d.preamble[0].text, "Préambule.");
        assert_eq!(d.meeting.unwrap().text, "8<sup>e</sup> Rencontres");
        assert_eq!(d.title.text, "Déclaration de Lyon");
        assert_eq!(d.place_and_date.unwrap().text, "Lyon, le 21 novembre 2024");
        let outline: Vec<(String, Vec<String>)> = d
            .sections
            .iter()
            .map(|s| {
                (
                    s.heading.text.clone(),
                    s.subsections
                        .iter()
                        .map(|ss| ss.heading.text.clone())
                        .collect(),
                )
            })
            .collect();
        assert_eq!(
            outline,
            [
                (
                    "Atelier 1 : Un".to_owned(),
                    vec!["Sous A".to_owned(), "Sous B".to_owned()]
                ),
                ("Atelier 2 : Deux".to_owned(), vec!["Sous C".to_owned()]),
                ("Conclusion".to_owned(), vec![]),
            ]
        );
        assert!(matches!(&d.sections[2].blocks[1], Block::Commitments(list) if list.len() == 2));
        assert_eq!(d.closing[0].text, "Fin.");
        assert!(matches!(&d.opening[0], Block::Paragraph(p) if p.text == "Ouverture."));
    }

    #[test]
    fn a_paragraph_broken_mid_sentence_is_joined() {
        let text = "# Titre\n\nIls ont partagé leur vision d'une\n\nnouvelle gestion.\n\nAutre.\n";
        let read = read(&read_marked(text).paragraphs, french(), None, "t").unwrap();
        let texts: Vec<&str> = read
            .document
            .opening
            .iter()
            .filter_map(|b| match b {
                Block::Paragraph(p) => Some(p.text.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(
            texts,
            [
                "Ils ont partagé leur vision d'une nouvelle gestion.",
                "Autre."
            ]
        );
        assert_eq!(read.notes.len(), 1, "{:?}", read.notes);
    }

    #[test]
    fn a_pattern_settles_the_sections() {
        let text = "# Titre\n\n**Partie A**\n\n**Point 1**\n\ntexte.\n\n**Partie B**\n\nautre.\n";
        let pattern = Regex::new("^Partie").unwrap();
        let d = read(&read_marked(text).paragraphs, french(), Some(&pattern), "t")
            .unwrap()
            .document;
        assert_eq!(d.sections.len(), 2);
        assert_eq!(d.sections[0].subsections[0].heading.text, "Point 1");
    }
}
