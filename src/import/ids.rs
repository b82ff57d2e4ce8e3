//! Message ids for an imported draft: readable, and the same at every import
//! of the same document. A heading's id is made of its first words
//! (« Atelier 1 : Économie – … » is `atelier-1-economie`), a block's of its
//! place: its section's id and its number there (`atelier-1-economie-2`),
//! `opening-3` before the first section, `commitment-4`. Words are folded to
//! Latin letters and digits (é → e, œ → oe); a language whose words fold to
//! nothing (Japanese) gets ids of places only (`section-2`).

use std::collections::BTreeSet;

use super::structure::Piece;
use crate::check::{Block, Document, Section, Subsection};
use crate::language::Profile;

/// How many words of a heading make its id.
const WORDS: usize = 3;

/// The ids of a document's blocks; `taken` are ids already in use (a
/// folder's, for `--into`), which none of the new ones may be.
pub fn assign(
    document: &Document<Piece>,
    profile: &Profile,
    taken: &BTreeSet<String>,
) -> Document<String> {
    let mut ids = Ids {
        used: taken.clone(),
        stopwords: &profile.import.stopwords,
    };
    let fixed = |ids: &mut Ids, name: &str, count: usize| -> Vec<String> {
        (1..=count)
            .map(|n| {
                ids.unique(if count == 1 {
                    name.to_owned()
                } else {
                    format!("{name}-{n}")
                })
            })
            .collect()
    };
    let preamble = fixed(&mut ids, "preamble", document.preamble.len());
    let meeting = document
        .meeting
        .as_ref()
        .map(|_| ids.unique("meeting".to_owned()));
    let title = ids.unique("title".to_owned());
    let place_and_date = document
        .place_and_date
        .as_ref()
        .map(|_| ids.unique("place-and-date".to_owned()));
    let closing = fixed(&mut ids, "closing", document.closing.len());
    let commitment_lists = document
        .blocks()
        .filter(|b| matches!(b, Block::Commitments(_)))
        .count();
    let mut commitment = 0usize;
    let mut blocks =
        |ids: &mut Ids, container: &str, blocks: &[Block<Piece>]| -> Vec<Block<String>> {
            let mut n = 0usize;
            let mut next = |ids: &mut Ids| {
                n += 1;
                ids.unique(format!("{container}-{n}"))
            };
            blocks
                .iter()
                .map(|block| match block {
                    Block::Paragraph(_) => Block::Paragraph(next(ids)),
                    Block::Items(list) => Block::Items(list.iter().map(|_| next(ids)).collect()),
                    Block::Commitments(list) => Block::Commitments(
                        list.iter()
                            .map(|_| {
                                commitment += 1;
                                if commitment_lists == 1 {
                                    ids.unique(format!("commitment-{commitment}"))
                                } else {
                                    next(ids)
                                }
                            })
                            .collect(),
                    ),
                })
                .collect()
        };
    let opening = blocks(&mut ids, "opening", &document.opening);
    let mut sections = Vec::new();
    for (s, section) in document.sections.iter().enumerate() {
        let heading = ids.heading(&section.heading.text, &format!("section-{}", s + 1));
        let section_blocks = blocks(&mut ids, &heading, &section.blocks);
        let mut subsections = Vec::new();
        for (ss, sub) in section.subsections.iter().enumerate() {
            let sub_heading = ids.heading(&sub.heading.text, &format!("{heading}-{}", ss + 1));
            let sub_blocks = blocks(&mut ids, &sub_heading, &sub.blocks);
            subsections.push(Subsection {
                heading: sub_heading,
                blocks: sub_blocks,
            });
        }
        sections.push(Section {
            heading,
            blocks: section_blocks,
            subsections,
        });
    }
    Document {
        preamble,
        meeting,
        title,
        place_and_date,
        author: None,
        opening,
        sections,
        closing,
    }
}

/// The first of `{container}-1`, `{container}-2`… no message has: a new
/// paragraph or list entry under the heading `container` (`opening` before
/// the first section), as `import --into` and `sengen block add` name it.
pub fn numbered(container: &str, used: &BTreeSet<String>) -> String {
    (1..)
        .map(|n| format!("{container}-{n}"))
        .find(|id| !used.contains(id))
        .unwrap_or_default()
}

/// A new heading's id, from its first words as `import` makes it, or
/// `fallback` when they make none; unique among `used`.
pub fn for_heading(
    text: &str,
    stopwords: &[String],
    fallback: &str,
    used: &BTreeSet<String>,
) -> String {
    let mut ids = Ids {
        used: used.clone(),
        stopwords,
    };
    ids.heading(text, fallback)
}

struct Ids<'p> {
    used: BTreeSet<String>,
    stopwords: &'p [String],
}

impl Ids<'_> {
    /// `id`, or `id-2`, `id-3`… when taken.
    fn unique(&mut self, id: String) -> String {
        let mut candidate = id.clone();
        let mut n = 1;
        while self.used.contains(&candidate) {
            n += 1;
            candidate = format!("{id}-{n}");
        }
        self.used.insert(candidate.clone());
        candidate
    }

    /// A heading's id, from its words, or `fallback` when they make none.
    fn heading(&mut self, text: &str, fallback: &str) -> String {
        let words = slug_words(text, self.stopwords);
        let id = if words.is_empty() || !words[0].starts_with(|c: char| c.is_ascii_lowercase()) {
            fallback.to_owned()
        } else {
            words.into_iter().take(WORDS).collect::<Vec<_>>().join("-")
        };
        self.unique(id)
    }
}

/// The words of a text folded to lower-case Latin letters and digits, the
/// stop words left out.
pub fn slug_words(text: &str, stopwords: &[String]) -> Vec<String> {
    let plain = text.replace("<sup>", "").replace("</sup>", "");
    plain
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .filter(|w| {
            !stopwords
                .iter()
                .any(|s| s.eq_ignore_ascii_case(w) || s.to_lowercase() == w.to_lowercase())
        })
        .map(fold)
        .filter(|w| !w.is_empty())
        .collect()
}

/// A word in lower-case ASCII: Latin letters without their accents and
/// ligatures spelt out; what has no Latin spelling is left out.
fn fold(word: &str) -> String {
    let mut out = String::new();
    for c in word.chars().flat_map(char::to_lowercase) {
        let folded: &str = match c {
            'a'..='z' | '0'..='9' => {
                out.push(c);
                continue;
            }
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => "a",
            'æ' => "ae",
            'ç' | 'ć' | 'č' => "c",
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' => "e",
            'ì' | 'í' | 'î' | 'ï' | 'ī' => "i",
            'ñ' | 'ń' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => "o",
            'œ' => "oe",
            'ù' | 'ú' | 'û' | 'ü' | 'ū' => "u",
            'ý' | 'ÿ' => "y",
            'ß' => "ss",
            'ś' | 'š' => "s",
            'ź' | 'ż' | 'ž' => "z",
            'ł' => "l",
            _ => "",
        };
        out.push_str(folded);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_words_make_readable_ids() {
        let stop: Vec<String> = ["de", "l", "et", "la"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            slug_words("Atelier 1 : Économie – Attractivité territoriale", &stop)[..3],
            ["atelier", "1", "economie"]
        );
        assert_eq!(
            slug_words("Promotion de l'agriculture durable", &stop),
            ["promotion", "agriculture", "durable"]
        );
        assert_eq!(slug_words("Œuvrer", &stop), ["oeuvrer"]);
        assert!(slug_words("自然と調和した都市環境の整備", &stop).is_empty());
    }
}
