//! Text compared word by word. Words are ICU's (`icu_segmenter`): spaces
//! and punctuation between Latin words, and the dictionary's words in
//! Japanese, which writes none, so that one word changed in a long Japanese
//! sentence marks that word, not the sentence nor scattered characters. A
//! superscript (`<sup>e</sup>`) is one word. The runs of words are compared
//! by `similar` (Myers), then tidied as a reader expects: a space alone
//! between two changes belongs to them.

use icu_segmenter::WordSegmenter;
use icu_segmenter::options::WordBreakInvariantOptions;
use similar::{Algorithm, DiffOp, capture_diff_slices};

use crate::localize::text::{Change, Run};

/// The words of a text, in order; together they are the text.
pub fn tokens(text: &str) -> Vec<&str> {
    let segmenter = WordSegmenter::new_dictionary(WordBreakInvariantOptions::default());
    let mut tokens = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        // A superscript, whole, is one word.
        let (plain, sup) = match rest.find("<sup>") {
            Some(open) => match rest[open..].find("</sup>") {
                Some(close) => (
                    &rest[..open],
                    Some(&rest[open..open + close + "</sup>".len()]),
                ),
                None => (rest, None),
            },
            None => (rest, None),
        };
        let mut last = 0;
        for at in segmenter.segment_str(plain) {
            if at > last {
                tokens.push(&plain[last..at]);
                last = at;
            }
        }
        rest = &rest[plain.len()..];
        if let Some(sup) = sup {
            tokens.push(sup);
            rest = &rest[sup.len()..];
        }
    }
    tokens
}

/// How the new text differs from the old, as runs: the same words, the
/// words deleted, the words inserted (a replacement: deleted, then inserted).
pub fn diff(old: &str, new: &str) -> Vec<Run> {
    let (a, b) = (tokens(old), tokens(new));
    let ops = capture_diff_slices(Algorithm::Myers, &a, &b);
    // Each op as (same, deleted, inserted) token ranges.
    let mut groups: Vec<(bool, String, String)> = Vec::new();
    for op in ops {
        let (same, old_part, new_part) = match op {
            DiffOp::Equal { old_index, len, .. } => {
                (true, a[old_index..old_index + len].concat(), String::new())
            }
            DiffOp::Delete {
                old_index, old_len, ..
            } => (
                false,
                a[old_index..old_index + old_len].concat(),
                String::new(),
            ),
            DiffOp::Insert {
                new_index, new_len, ..
            } => (
                false,
                String::new(),
                b[new_index..new_index + new_len].concat(),
            ),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => (
                false,
                a[old_index..old_index + old_len].concat(),
                b[new_index..new_index + new_len].concat(),
            ),
        };
        groups.push((same, old_part, new_part));
    }
    // A space alone (or nothing but spaces) between two changes joins them.
    let mut merged: Vec<(bool, String, String)> = Vec::new();
    let mut i = 0;
    while i < groups.len() {
        let (same, old_part, new_part) = groups[i].clone();
        let between = same
            && old_part.trim().is_empty()
            && i > 0
            && i + 1 < groups.len()
            && !groups[i - 1].0
            && !groups[i + 1].0;
        match merged.last_mut() {
            Some(last) if !last.0 && (between || !same) => {
                let (o, n) = if between {
                    (old_part.clone(), old_part)
                } else {
                    (old_part, new_part)
                };
                last.1.push_str(&o);
                last.2.push_str(&n);
            }
            _ if between => merged.push((false, old_part.clone(), old_part)),
            _ => merged.push((same, old_part, new_part)),
        }
        i += 1;
    }
    let mut runs = Vec::new();
    for (same, old_part, new_part) in merged {
        if same {
            runs.push(Run {
                change: Change::Same,
                text: old_part,
            });
            continue;
        }
        if !old_part.is_empty() {
            runs.push(Run {
                change: Change::Deleted,
                text: old_part,
            });
        }
        if !new_part.is_empty() {
            runs.push(Run {
                change: Change::Inserted,
                text: new_part,
            });
        }
    }
    runs
}

/// How alike two texts are, from 0 to 1, by their words.
pub fn similarity(old: &str, new: &str) -> f32 {
    let (a, b) = (tokens(old), tokens(new));
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let same: usize = capture_diff_slices(Algorithm::Myers, &a, &b)
        .iter()
        .map(|op| match op {
            DiffOp::Equal { len, .. } => *len,
            _ => 0,
        })
        .sum();
    2.0 * same as f32 / (a.len() + b.len()) as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn changes(runs: &[Run]) -> Vec<(Change, &str)> {
        runs.iter()
            .filter(|r| r.change != Change::Same)
            .map(|r| (r.change, r.text.as_str()))
            .collect()
    }

    #[test]
    fn a_french_word_replaced_is_that_word() {
        let runs = diff(
            "Les collectivités renforcent leurs échanges culturels.",
            "Les collectivités renforcent leurs échanges économiques.",
        );
        assert_eq!(
            changes(&runs),
            [
                (Change::Deleted, "culturels"),
                (Change::Inserted, "économiques")
            ]
        );
        let joined: String = runs
            .iter()
            .filter(|r| r.change != Change::Deleted)
            .map(|r| r.text.as_str())
            .collect();
        assert_eq!(
            joined,
            "Les collectivités renforcent leurs échanges économiques."
        );
    }

    #[test]
    fn one_japanese_word_changed_in_a_long_sentence_marks_that_word() {
        let old = "両国の自治体は、地域に根ざした伝統の力と文化の豊かさを生かし、持続可能な地域社会の実現に向けて、市民とともに協力を一層深めていく。";
        let new = old.replace("協力", "連携");
        assert!(old.chars().count() >= 60);
        let runs = diff(old, &new);
        let marked = changes(&runs);
        assert_eq!(marked.len(), 2, "{marked:?}");
        for (_, text) in &marked {
            assert!(
                text.chars().count() <= 3,
                "the word, with its particle at most: {text}"
            );
        }
        assert!(
            marked
                .iter()
                .any(|(c, t)| *c == Change::Deleted && t.contains("協力"))
        );
        assert!(
            marked
                .iter()
                .any(|(c, t)| *c == Change::Inserted && t.contains("連携"))
        );
    }

    #[test]
    fn a_superscript_is_one_word_and_spaces_join_neighbouring_changes() {
        assert_eq!(
            tokens("les 8<sup>e</sup> Rencontres"),
            ["les", " ", "8", "<sup>e</sup>", " ", "Rencontres"]
        );
        let runs = diff("un deux trois", "un quatre cinq");
        assert_eq!(
            changes(&runs),
            [
                (Change::Deleted, "deux trois"),
                (Change::Inserted, "quatre cinq")
            ]
        );
        assert!(
            diff("même", "même")
                .iter()
                .all(|r| r.change == Change::Same)
        );
        assert!(similarity("Atelier 1 : Économie", "Atelier 1 : Économie") == 1.0);
        assert!(similarity("Atelier 1 : Économie", "Atelier 1 : Économie locale") > 0.8);
        assert!(similarity("Atelier 1", "Conclusion générale du texte") < 0.5);
    }
}
