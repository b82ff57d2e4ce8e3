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
//!   lower case is one paragraph, broken by accident: they are joined;
//! - where the look misleads, the user names the paragraphs by their first
//!   words (`--preamble`, `--title`, `--dateline`, `--closing`: `Landmarks`).

use regex::Regex;

use super::source::{Kind, Paragraph, Place};
use crate::check::{Block, Document, Section, Subsection};
use crate::diagnostic::{Code, Diagnostic, Diagnostics};
use crate::language::Profile;
use crate::ui::Words;
use crate::words;

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
    pub notes: Vec<Words>,
}

/// The paragraphs a user names on the command line by the words they start
/// with, where the draft's look would mislead: a cover line before the
/// preamble, a title not set as a heading, « Fait à Lyon, le 2 mai 2025 »
/// at the end, a closing after something other than commitments.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Landmarks {
    /// Where the preamble starts; the paragraphs before it are left out.
    pub preamble: Option<String>,
    /// The title block.
    pub title: Option<String>,
    /// The place and date, anywhere after the title.
    pub dateline: Option<String>,
    /// Where the closing starts: that paragraph and every one after it.
    pub closing: Option<String>,
}

/// The indexes of the paragraphs the landmarks name.
#[derive(Debug, Default)]
struct Named {
    preamble: Option<usize>,
    title: Option<usize>,
    dateline: Option<usize>,
    closing: Option<usize>,
}

impl Landmarks {
    /// Finds each named paragraph in `paragraphs`, or says why it cannot:
    /// every problem at once.
    fn find(&self, paragraphs: &[Paragraph], name: &str) -> Result<Named, Diagnostics> {
        let mut problems = Diagnostics::default();
        let mut find = |option: &str, words: &Option<String>| {
            let words = words.as_deref()?;
            match find_paragraph(paragraphs, option, words, name) {
                Ok(at) => Some(at),
                Err(problem) => {
                    problems.push(problem);
                    None
                }
            }
        };
        let named = Named {
            preamble: find("--preamble", &self.preamble),
            title: find("--title", &self.title),
            dateline: find("--dateline", &self.dateline),
            closing: find("--closing", &self.closing),
        };
        if problems.is_empty() {
            Ok(named)
        } else {
            Err(problems)
        }
    }
}

/// A paragraph's text as the user would type its first words: markup out,
/// spaces of any width as one, case and apostrophes alike.
fn typed_form(text: &str) -> String {
    text.replace("<sup>", "")
        .replace("</sup>", "")
        .replace('’', "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The one paragraph that starts with `words`.
fn find_paragraph(
    paragraphs: &[Paragraph],
    option: &str,
    words: &str,
    name: &str,
) -> Result<usize, Diagnostic> {
    let wanted = typed_form(words);
    let found: Vec<usize> = (0..paragraphs.len())
        .filter(|&i| typed_form(&paragraphs[i].text).starts_with(&wanted))
        .collect();
    match found[..] {
        [at] => Ok(at),
        [] => Err(Diagnostic::new(
            Code::I010,
            words!(
                "I010-no-paragraph-starts-with",
                option = option.to_string(),
                words = format!("{:?}", words),
                name = name.to_string()
            ),
        )
        .hint(words!("I010-give-first-words-paragraph-hint"))),
        _ => Err(Diagnostic::new(
            Code::I010,
            words!(
                "I010-vec-start-with-these",
                option = option,
                words = format!("{words:?}"),
                places = places(
                    &found
                        .iter()
                        .map(|&i| paragraphs[i].place)
                        .collect::<Vec<_>>()
                ),
                name = name
            ),
        )
        .hint(words!("I010-give-more-paragraph-s-hint"))),
    }
}

/// « paragraph 3 », « paragraphs 3, 12 and 20 », « lines 1 and 2 ».
fn places(places: &[Place]) -> Words {
    let kind = match places.first() {
        Some(Place::Line(_)) => "line",
        _ => "paragraph",
    };
    let numbers: Vec<String> = places
        .iter()
        .map(|p| match p {
            Place::Paragraph(n) | Place::Line(n) => n.to_string(),
            Place::Page { paragraph, .. } => paragraph.to_string(),
        })
        .collect();
    let (last, rest) = numbers
        .split_last()
        .map_or((String::new(), &[][..]), |(l, r)| (l.clone(), r));
    words!(
        "place-list",
        kind = kind,
        count = numbers.len(),
        first = rest.join(", "),
        last = last
    )
}

/// A landmark on the wrong side of the title: the preamble stands before
/// it, the place and date and the closing after it.
fn out_of_order(option: &str, p: &Paragraph, title: &Paragraph) -> Diagnostic {
    // What the option names (preamble, dateline, closing), and on which
    // side of the title it stands (before, after): keys of the wording.
    let (what, side) = match option {
        "--preamble" => ("preamble", "before"),
        "--dateline" => ("dateline", "after"),
        _ => ("closing", "after"),
    };
    Diagnostic::new(
        Code::I010,
        words!(
            "I010-not-title",
            option = option,
            place = p.place.words(),
            side = side,
            title = title.place.words()
        ),
    )
    .hint(words!(
        "I010-stands-title-name-another-hint",
        what = what,
        side = side
    ))
}

/// Reads the structure of a draft's paragraphs, the landmarks the user
/// named taking precedence over their look.
pub fn read(
    paragraphs: &[Paragraph],
    profile: &Profile,
    sections: Option<&Regex>,
    landmarks: &Landmarks,
    name: &str,
) -> Result<Read, Diagnostics> {
    let mut notes = Vec::new();
    let paragraphs = join_broken(paragraphs, &mut notes);
    let named = landmarks.find(&paragraphs, name)?;
    let start = named.preamble.unwrap_or(0);
    let heading = |p: &Paragraph| is_heading(p);
    let title_at = match named.title {
        Some(at) => at,
        None => paragraphs[start..]
            .iter()
            .position(|p| p.kind == Kind::Title)
            .or_else(|| paragraphs[start..].iter().position(heading))
            .map(|at| start + at)
            .ok_or_else(|| {
                Diagnostic::new(
                    Code::I006,
                    words!("I006-has-no-title-no", name = name.to_string()),
                )
                .hint(words!("I006-make-title-heading-heading-hint"))
            })?,
    };
    let title_paragraph = &paragraphs[title_at];
    let mut problems = Diagnostics::default();
    if named.preamble.is_some_and(|at| at >= title_at) {
        problems.push(out_of_order(
            "--preamble",
            &paragraphs[start],
            title_paragraph,
        ));
    }
    for (option, at) in [("--dateline", named.dateline), ("--closing", named.closing)] {
        if let Some(at) = at.filter(|&at| at <= title_at) {
            problems.push(out_of_order(option, &paragraphs[at], title_paragraph));
        }
    }
    if let Some(closing) = named.closing {
        if named.dateline == Some(closing) {
            problems.push(
                Diagnostic::new(
                    Code::I010,
                    words!(
                        "I010-dateline-closing-name-same",
                        place = paragraphs[closing].place.words()
                    ),
                )
                .hint(words!("I010-place-date-line-own-hint")),
            );
        }
        let not_prose = paragraphs[closing..].iter().enumerate().find(|&(i, p)| {
            Some(closing + i) != named.dateline
                && (is_heading(p) || matches!(p.kind, Kind::Item | Kind::Numbered))
        });
        if let Some((_, p)) = not_prose {
            problems.push(
                Diagnostic::new(
                    Code::I010,
                    words!("I010-closing-what-would-closing", place = p.place.words()),
                )
                .hint(words!("I010-closing-paragraphs-end-text-hint")),
            );
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    if start > 0 {
        notes.push(words!(
            "import-note-before-preamble",
            places = places(
                &paragraphs[..start]
                    .iter()
                    .map(|p| p.place)
                    .collect::<Vec<_>>()
            )
        ));
    }
    let preamble: Vec<Piece> = paragraphs[start..title_at].iter().map(piece).collect();
    let (meeting, title) = split_title(title_paragraph);
    let after_title = title_at + 1;
    let dateline = named.dateline.or_else(|| {
        paragraphs
            .get(after_title)
            .filter(|p| {
                p.kind == Kind::Body
                    && !is_heading(p)
                    && p.text.chars().count() <= LONGEST_PLACE_AND_DATE
                    && has_date(profile, &p.text)
            })
            .map(|_| after_title)
    });
    let place_and_date = dateline.map(|at| piece(&paragraphs[at]));
    let end = named.closing.unwrap_or(paragraphs.len());
    let body: Vec<Paragraph> = (after_title..end)
        .filter(|&i| Some(i) != dateline)
        .map(|i| paragraphs[i].clone())
        .collect();
    let given_closing: Option<Vec<Piece>> = named.closing.map(|closing| {
        (closing..paragraphs.len())
            .filter(|&i| Some(i) != dateline)
            .map(|i| piece(&paragraphs[i]))
            .collect()
    });
    let body = &body[..];

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
    if let Some(closing) = given_closing {
        document.closing = closing;
    } else if let Some(commitments) = last
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

/// The title block: « meeting - title » split at its dash, 「会議名　宣言名」 at
/// its ideographic space (the Japanese way of setting the two on one line),
/// or the title alone.
fn split_title(p: &Paragraph) -> (Option<Piece>, Piece) {
    let japanese = p
        .text
        .trim()
        .rsplit_once('\u{3000}')
        .filter(|(meeting, _)| !meeting.contains('\u{3000}'));
    // A title block in two lines (a PDF's) is split where its line ends.
    let lines = p.text.split_once('\n');
    for (meeting, title) in lines
        .into_iter()
        .chain(
            [" - ", " – ", " — "]
                .iter()
                .filter_map(|dash| p.text.split_once(dash)),
        )
        .chain(japanese)
    {
        if !meeting.trim().is_empty() && !title.trim().is_empty() {
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
fn join_broken(paragraphs: &[Paragraph], notes: &mut Vec<Words>) -> Vec<Paragraph> {
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
                notes.push(words!(
                    "import-note-joined",
                    first = last.place.words(),
                    second = p.place.words()
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
    notes: &mut Vec<Words>,
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
        notes.push(words!(
            "import-note-sections",
            word = word.as_str(),
            count = members.len()
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
    use crate::language::known;

    #[test]
    fn a_series_of_headings_makes_the_sections_whatever_their_markup() {
        let text = "Préambule.\n\n### **8<sup>e</sup> Rencontres - Déclaration de Lyon**\n\nLyon, le 21 novembre 2024\n\nOuverture.\n\n**Atelier 1 : Un**\n\n**Sous A**\n\n- a\n\n### **Sous B**\n\n- b\n\n### ***Atelier 2 : Deux***\n\n## **Sous C**\n\n- c\n\n## **Conclusion**\n\nNous décidons :\n\n1. un\n2. deux\n\nFin.\n";
        let read = read_with(text, &Landmarks::default()).unwrap();
        let d = read.document;
        assert_eq!(d.preamble[0].text, "Préambule.");
        assert_eq!(d.meeting.unwrap().text, "8<sup>e</sup> Rencontres");
        assert_eq!(d.title.text, "Déclaration de Lyon");
        // 「会議名　宣言名」: split at the ideographic space.
        let line = |text: &str| Paragraph {
            place: Place::Line(1),
            text: text.to_owned(),
            bold: true,
            italic: false,
            kind: Kind::Heading { level: None },
        };
        let (meeting, title) = split_title(&line("第9回日仏自治体交流会議\u{3000}ナント宣言"));
        assert_eq!(
            (meeting.unwrap().text.as_str(), title.text.as_str()),
            ("第9回日仏自治体交流会議", "ナント宣言")
        );
        // Two ideographic spaces: which one splits is not known; one title.
        let (meeting, title) = split_title(&line("日仏\u{3000}自治体\u{3000}宣言"));
        assert!(meeting.is_none() && title.text == "日仏\u{3000}自治体\u{3000}宣言");
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
        let read = read_with(text, &Landmarks::default()).unwrap();
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
        let d = read(
            &read_marked(text).paragraphs,
            known("fr"),
            Some(&pattern),
            &Landmarks::default(),
            "t",
        )
        .unwrap()
        .document;
        assert_eq!(d.sections.len(), 2);
        assert_eq!(d.sections[0].subsections[0].heading.text, "Point 1");
    }

    /// A draft whose look misleads: a bold cover line first, the title in
    /// plain text, the place and date at the end, a closing after a list.
    const MISLEADING: &str = "**PROJET – version du 3 mai**\n\nNous, représentants de 2 collectivités, réunis à Lyon, adoptons :\n\nDéclaration de Lyon\n\nOuverture.\n\n**Atelier 1 : Un**\n\n- a\n\n**Atelier 2 : Deux**\n\n- b\n\nNous remercions la Ville de Lyon.\n\nFait à Lyon, le 2 mai 2025\n";

    fn landmarks(preamble: &str, title: &str, dateline: &str, closing: &str) -> Landmarks {
        let given = |w: &str| (!w.is_empty()).then(|| w.to_owned());
        Landmarks {
            preamble: given(preamble),
            title: given(title),
            dateline: given(dateline),
            closing: given(closing),
        }
    }

    fn read_with(text: &str, landmarks: &Landmarks) -> Result<Read, Diagnostics> {
        read(
            &read_marked(text).paragraphs,
            known("fr"),
            None,
            landmarks,
            "t",
        )
    }

    #[test]
    fn named_paragraphs_override_the_look() {
        // By its look alone, the cover line is the title.
        let by_look = read_with(MISLEADING, &Landmarks::default())
            .unwrap()
            .document;
        assert_eq!(
            (by_look.meeting.map(|m| m.text), by_look.title.text.as_str()),
            (Some("PROJET".to_owned()), "version du 3 mai")
        );
        let named = landmarks(
            "nous, REPRÉSENTANTS",
            "Déclaration  de Lyon",
            "Fait à Lyon",
            "Nous remercions",
        );
        let read = read_with(MISLEADING, &named).unwrap();
        let d = read.document;
        let texts = |pieces: &[Piece]| pieces.iter().map(|p| p.text.clone()).collect::<Vec<_>>();
        assert_eq!(
            texts(&d.preamble),
            ["Nous, représentants de 2 collectivités, réunis à Lyon, adoptons :"]
        );
        assert_eq!(
            (d.meeting, d.title.text.as_str()),
            (None, "Déclaration de Lyon")
        );
        assert_eq!(
            d.place_and_date.map(|p| (p.text, p.place)),
            Some(("Fait à Lyon, le 2 mai 2025".to_owned(), Place::Line(19)))
        );
        assert_eq!(texts(&d.closing), ["Nous remercions la Ville de Lyon."]);
        let sections: Vec<&str> = d.sections.iter().map(|s| s.heading.text.as_str()).collect();
        assert_eq!(sections, ["Atelier 1 : Un", "Atelier 2 : Deux"]);
        assert!(matches!(&d.sections[1].blocks[..], [Block::Items(items)] if items.len() == 1));
        let ui = crate::ui::Ui::english();
        let notes: Vec<String> = read.notes.iter().map(|n| ui.say(n)).collect();
        assert!(
            notes.contains(&"line 1 before the preamble left out (--preamble)".to_owned()),
            "{notes:?}"
        );
    }

    fn problems(text: &str, landmarks: &Landmarks) -> Vec<String> {
        match read_with(text, landmarks) {
            Ok(_) => panic!("read"),
            Err(found) => found
                .0
                .iter()
                .map(|d| {
                    let ui = crate::ui::Ui::english();
                    let hints: Vec<String> = d.hints.iter().map(|h| ui.say(h)).collect();
                    format!(
                        "{}: {} ({})",
                        d.code.name(),
                        ui.say(&d.message),
                        hints.join("; ")
                    )
                })
                .collect(),
        }
    }

    #[test]
    fn paragraphs_not_found_or_found_twice_are_named_at_once() {
        let found = problems(
            MISLEADING,
            &landmarks("", "Déclaration de Paris", "", "Atelier"),
        );
        assert_eq!(
            found,
            [
                "I010: --title \"Déclaration de Paris\": no paragraph of t starts with these words (give the first words of the paragraph as the draft writes them (case, spacing and the kind of apostrophe do not matter))",
                "I010: --closing \"Atelier\": lines 9 and 13 of t start with these words (give more of the paragraph's words, enough to name only one)",
            ]
        );
    }

    #[test]
    fn paragraphs_on_the_wrong_side_of_the_title_are_refused() {
        let found = problems(
            MISLEADING,
            &landmarks(
                "Ouverture",
                "Déclaration de Lyon",
                "Nous, représentants",
                "Atelier 2",
            ),
        );
        assert_eq!(
            found,
            [
                "I010: --preamble: line 7 is not before the title (line 5) (the preamble stands before the title; name another paragraph, or the title with --title)",
                "I010: --dateline: line 3 is not after the title (line 5) (the place and date stands after the title; name another paragraph, or the title with --title)",
                "I010: --closing: line 13, in what would be the closing, is a heading or a list entry (the closing is the paragraphs that end the text; name a later paragraph)",
            ]
        );
        let same = problems(MISLEADING, &landmarks("", "", "Fait à", "Fait à"));
        assert_eq!(
            same,
            [
                "I010: --dateline and --closing name the same paragraph, line 19 (the place and date is a line of its own: --closing names the closing's first paragraph)"
            ]
        );
    }
}
