//! Typography of the text as written, by the rules of its language. Each
//! finding carries the edit that fixes it where the fix is certain; the others
//! are left to the author.
//!
//! French (the Imprimerie nationale's rules): a narrow no-break space (U+202F)
//! before ; ! ? and inside « », a no-break space (U+00A0) before :, the
//! apostrophe ’, ordinals with a superscript (8<sup>e</sup>), single spaces,
//! an en dash between spaces.
//! Japanese: full-width punctuation and brackets beside Japanese characters,
//! 「」 rather than ASCII quotes, one kind of full stop and comma throughout,
//! half-width letters and digits.

use super::TextRun;
use crate::check::Width;
use crate::diagnostic::{Code, Diagnostic, Diagnostics};
use crate::language::{Profile, is_kana_or_kanji};
use crate::words;

const NNBSP: char = '\u{202F}';
const NBSP: char = '\u{A0}';

/// The first character of a quotation mark.
fn mark(quote: &str) -> char {
    quote.chars().next().unwrap_or('"')
}

/// The French rules; the guillemets are the profile's outer quotes.
pub fn french(runs: &[TextRun], profile: &Profile, findings: &mut Diagnostics) {
    let [open, close] = [
        mark(&profile.quotes.outer[0]),
        mark(&profile.quotes.outer[1]),
    ];
    for run in runs {
        let chars: Vec<(usize, char)> = run.text.char_indices().collect();
        for (i, &(at, c)) in chars.iter().enumerate() {
            let prev = i.checked_sub(1).map(|p| chars[p]);
            let next = chars.get(i + 1).copied();
            match c {
                ';' | '!' | '?' => space_before(run, prev, at, c, NNBSP, Code::T101, findings),
                ':' => {
                    let digits = prev.is_some_and(|(_, p)| p.is_ascii_digit())
                        && next.is_some_and(|(_, n)| n.is_ascii_digit());
                    let url = next.is_some_and(|(_, n)| n == '/');
                    if !digits && !url {
                        space_before(run, prev, at, c, NBSP, Code::T102, findings);
                    }
                }
                c if c == open => match next {
                    Some((n_at, ' ' | NBSP)) => findings.push(
                        Diagnostic::new(
                            Code::T103,
                            words!("T103-use-narrow-no-break", open = open.to_string()),
                        )
                        .at(
                            run.span_of(n_at..n_at + next.map_or(1, |(_, c)| c.len_utf8())),
                            words!("label-breakable-wide-space"),
                        )
                        .hint(words!(
                            "T103-french-puts-u-202f-hint",
                            open = open.to_string()
                        ))
                        .fix(
                            run.span_of(n_at..n_at + next.map_or(1, |(_, c)| c.len_utf8())),
                            NNBSP.to_string(),
                        ),
                    ),
                    Some((n_at, n)) if n != NNBSP && n != '\n' => findings.push(
                        Diagnostic::new(
                            Code::T103,
                            words!("T103-missing-narrow-no-break", open = open.to_string()),
                        )
                        .at(run.span_of(at..n_at), words!("label-here"))
                        .hint(words!("T103-french-puts-u-202f-hint-2"))
                        .fix(run.span_of(n_at..n_at), NNBSP.to_string()),
                    ),
                    _ => {}
                },
                c if c == close => space_before(run, prev, at, c, NNBSP, Code::T103, findings),
                '\'' => findings.push(
                    Diagnostic::new(Code::T104, words!("T104-straight-apostrophe"))
                        .at(run.span_of(at..at + 1), words!("label-text"))
                        .hint(words!("T104-french-uses-apostrophe-u-hint"))
                        .fix(run.span_of(at..at + 1), "\u{2019}"),
                ),
                '"' => findings.push(
                    Diagnostic::new(Code::T105, words!("T105-straight-double-quote"))
                        .at(run.span_of(at..at + 1), words!("label-text-2"))
                        .hint(words!(
                            "T105-french-quotes-with-guillemets-hint",
                            open = open.to_string(),
                            close = close.to_string()
                        )),
                ),
                ' ' if next.is_some_and(|(_, n)| n == ' ')
                    && prev.is_some_and(|(_, p)| p != ' ' && p != '\n') =>
                {
                    let end = chars[i..]
                        .iter()
                        .take_while(|(_, c)| *c == ' ')
                        .last()
                        .map_or(at + 1, |(a, _)| a + 1);
                    if chars
                        .iter()
                        .find(|(a, _)| *a == end)
                        .is_some_and(|(_, c)| *c != '\n')
                    {
                        findings.push(
                            Diagnostic::new(Code::T108, words!("T108-several-spaces-row"))
                                .at(run.span_of(at..end), words!("label-here"))
                                .hint(words!("T108-one-space-separates-words-hint"))
                                .fix(run.span_of(at..end), " "),
                        );
                    }
                }
                '-' if prev.is_some_and(|(_, p)| p == ' ')
                    && next.is_some_and(|(_, n)| n == ' ') =>
                {
                    findings.push(
                        Diagnostic::new(Code::T109, words!("T109-hyphen-between-spaces"))
                            .at(run.span_of(at..at + 1), words!("label-text-3"))
                            .hint(words!("T109-between-spaces-dash-meant-hint"))
                            .fix(run.span_of(at..at + 1), "\u{2013}"),
                    )
                }
                _ => {}
            }
        }
        ordinals(run, findings);
    }
}

/// A narrow (or plain) no-break space must precede `c`.
fn space_before(
    run: &TextRun,
    prev: Option<(usize, char)>,
    at: usize,
    c: char,
    wanted: char,
    code: Code,
    findings: &mut Diagnostics,
) {
    // Which space French wants: a key of the wording, which names it.
    let name = if wanted == NNBSP {
        "narrow"
    } else {
        "no-break"
    };
    match prev {
        // At the start of a text element the previous character is a placeable's: unknown.
        None => {}
        Some((_, p)) if p == wanted => {}
        // A second mark (?!, !!) takes no space of its own.
        Some((_, ';' | '!' | '?')) => {}
        Some((p_at, p @ (' ' | NBSP | NNBSP))) => findings.push(
            Diagnostic::new(
                code,
                words!(
                    "T109-use-before",
                    name = name.to_string(),
                    character = c.to_string()
                ),
            )
            .at(
                run.span_of(p_at..p_at + p.len_utf8()),
                words!("label-space"),
            )
            .hint(words!(
                "T109-french-puts-before-so-hint",
                name = name.to_string(),
                character = c.to_string()
            ))
            .fix(run.span_of(p_at..p_at + p.len_utf8()), wanted.to_string()),
        ),
        Some((_, '\n' | '\r')) => {}
        Some(_) => findings.push(
            Diagnostic::new(
                code,
                words!(
                    "T109-missing-before",
                    name = name.to_string(),
                    character = c.to_string()
                ),
            )
            .at(run.span_of(at..at + c.len_utf8()), words!("label-here"))
            .hint(words!(
                "T109-french-puts-before-hint",
                name = name.to_string(),
                character = c.to_string()
            ))
            .fix(run.span_of(at..at), wanted.to_string()),
        ),
    }
}

/// Ordinals: « 8e » with a superscript, and the short forms (1re, not 1ère).
fn ordinals(run: &TextRun, findings: &mut Diagnostics) {
    const SUFFIXES: &[&str] = &[
        "ères", "ère", "ème", "eme", "res", "ers", "er", "re", "es", "e",
    ];
    let text = run.text;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() || (i > 0 && (bytes[i - 1].is_ascii_alphanumeric())) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        let rest = &text[i..];
        let (superscript, after) = match rest.strip_prefix("<sup>") {
            Some(inner) => (true, inner),
            None => (false, rest),
        };
        let Some(suffix) = SUFFIXES.iter().find(|s| after.starts_with(**s)) else {
            continue;
        };
        let tail = &after[suffix.len()..];
        let ends_word = if superscript {
            tail.starts_with("</sup>")
        } else {
            !tail.starts_with(|c: char| c.is_alphanumeric())
        };
        if !ends_word {
            continue;
        }
        let number = &text[start..i];
        let end = i + if superscript {
            "<sup>".len() + suffix.len() + "</sup>".len()
        } else {
            suffix.len()
        };
        let span = run.span_of(start..end);
        let short = match *suffix {
            "ères" => Some("res"),
            "ère" => Some("re"),
            "ème" | "eme" => Some("e"),
            _ => None,
        };
        if let Some(short) = short {
            findings.push(
                Diagnostic::new(
                    Code::T106,
                    words!(
                        "T106-written",
                        number = number,
                        suffix = suffix.to_string(),
                        short = short.to_string()
                    ),
                )
                .at(span, words!("label-long-ordinal-suffix"))
                .hint(words!(
                    "T106-french-ordinals-take-short-hint",
                    number = number,
                    short = short.to_string()
                )),
            );
        } else if !superscript {
            findings.push(
                Diagnostic::new(
                    Code::T107,
                    words!(
                        "T107-ordinal-needs-superscript",
                        number = number,
                        suffix = suffix.to_string()
                    ),
                )
                .at(span.clone(), words!("label-no-superscript"))
                .hint(words!(
                    "T107-write-sup-sup-use-hint",
                    number = number,
                    suffix = suffix.to_string()
                ))
                .fix(span, format!("{number}<sup>{suffix}</sup>")),
            );
        }
        i = end;
    }
}

/// The Japanese rules; `width` is the house rule for letters and digits; the
/// brackets are the profile's quotes.
pub fn japanese(runs: &[TextRun], width: Width, profile: &Profile, findings: &mut Diagnostics) {
    let (outer, inner) = (&profile.quotes.outer, &profile.quotes.inner);
    let quotes_hint = words!(
        "T202-japanese-quotes-hint",
        open = &outer[0],
        close = &outer[1],
        inner_open = &inner[0],
        inner_close = &inner[1]
    );
    // Which full stop and comma the text uses most, to flag the others.
    let count = |c: char| {
        runs.iter()
            .map(|r| r.text.matches(c).count())
            .sum::<usize>()
    };
    let stop = if count('．') > count('。') {
        '．'
    } else {
        '。'
    };
    let comma = if count('，') > count('、') {
        '，'
    } else {
        '、'
    };
    for run in runs {
        let chars: Vec<(usize, char)> = run.text.char_indices().collect();
        for (i, &(at, c)) in chars.iter().enumerate() {
            let near_japanese = [i.checked_sub(1), Some(i + 1)]
                .into_iter()
                .flatten()
                .filter_map(|j| chars.get(j))
                .any(|(_, n)| is_kana_or_kanji(*n));
            let span = run.span_of(at..at + c.len_utf8());
            let full = match c {
                ',' => Some(comma),
                '.' => Some(stop),
                '(' => Some('（'),
                ')' => Some('）'),
                '!' => Some('！'),
                '?' => Some('？'),
                _ => None,
            };
            if let Some(full) = full.filter(|_| near_japanese) {
                findings.push(
                    Diagnostic::new(
                        Code::T201,
                        words!("T201-half-width-japanese-text", character = c.to_string()),
                    )
                    .at(span.clone(), words!("label-half-width"))
                    .hint(words!(
                        "T201-japanese-text-uses-full-hint",
                        full = full.to_string()
                    ))
                    .fix(span, full.to_string()),
                );
            } else if matches!(c, '"' | '\'') && near_japanese {
                findings.push(
                    Diagnostic::new(
                        Code::T202,
                        words!("T202-ascii-quote-japanese-text", character = c.to_string()),
                    )
                    .at(span, words!("label-ascii-quote"))
                    .hint(quotes_hint.clone()),
                );
            } else if (c == '。' || c == '．') && c != stop
                || (c == '、' || c == '，') && c != comma
            {
                let wanted = if c == '。' || c == '．' {
                    stop
                } else {
                    comma
                };
                findings.push(
                    Diagnostic::new(
                        Code::T203,
                        words!(
                            "T203-where-rest-text-uses",
                            character = c.to_string(),
                            wanted = wanted.to_string()
                        ),
                    )
                    .at(span.clone(), words!("label-other-form"))
                    .hint(words!("T203-use-one-full-stop-hint"))
                    .fix(span, wanted.to_string()),
                );
            } else if let Some(other) = other_width(c, width) {
                let (found, wanted) = match width {
                    Width::HalfWidth => ("full-width", "half-width"),
                    Width::FullWidth => ("half-width", "full-width"),
                };
                let hint = words!(
                    "T204-width-hint",
                    wanted = wanted,
                    other = other.to_string()
                );
                findings.push(
                    Diagnostic::new(
                        Code::T204,
                        words!(
                            "T204-japanese-text",
                            found = found,
                            character = c.to_string()
                        ),
                    )
                    .at(span.clone(), words!("label-width", found = found))
                    .hint(hint)
                    .fix(span, other.to_string()),
                );
            }
        }
    }
}

/// The wanted form of a letter or digit written in the other width.
fn other_width(c: char, wanted: Width) -> Option<char> {
    match (wanted, c) {
        (Width::HalfWidth, '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ') => {
            char::from_u32(c as u32 - 0xFEE0)
        }
        (Width::FullWidth, '0'..='9' | 'A'..='Z' | 'a'..='z') => char::from_u32(c as u32 + 0xFEE0),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Code::*, Sources, Span};
    use crate::language::known;

    /// What a rule set finds in one run of text: each finding's code, the
    /// text it points at and, where it has one, its fix applied to the run.
    fn findings(
        rules: &dyn Fn(&[TextRun], &mut Diagnostics),
        text: &str,
    ) -> Vec<(Code, String, Option<String>)> {
        let mut sources = Sources::default();
        let file = sources.add("x.ftl", text);
        let run = TextRun {
            entry: "m".into(),
            text,
            span: Span::new(file, 0..text.len()),
        };
        let mut found = Diagnostics::default();
        rules(&[run], &mut found);
        found
            .0
            .into_iter()
            .map(|d| {
                let at = d
                    .primary
                    .map(|(s, _)| text[s.range].to_owned())
                    .unwrap_or_default();
                let fixed = d.fixes.first().map(|edit| {
                    let range = edit.span.range.clone();
                    format!(
                        "{}{}{}",
                        &text[..range.start],
                        edit.replacement,
                        &text[range.end..]
                    )
                });
                (d.code, at, fixed)
            })
            .collect()
    }

    fn french_findings(text: &str) -> Vec<(Code, String, Option<String>)> {
        let fr = known("fr");
        findings(&|runs, out| french(runs, fr, out), text)
    }

    fn japanese_findings(text: &str, width: Width) -> Vec<(Code, String, Option<String>)> {
        let ja = known("ja");
        findings(&|runs, out| japanese(runs, width, ja, out), text)
    }

    fn codes(found: &[(Code, String, Option<String>)]) -> Vec<Code> {
        found.iter().map(|f| f.0).collect()
    }

    const N: &str = "\u{202F}";
    const B: &str = "\u{A0}";

    #[test]
    fn french_spaces_before_high_punctuation() {
        let found = french_findings("Agissons ! Vraiment?");
        assert_eq!(codes(&found), [T101, T101]);
        assert_eq!(
            found[0].2.as_deref(),
            Some(format!("Agissons{N}! Vraiment?").as_str())
        );
        assert_eq!(
            found[1].2.as_deref(),
            Some(format!("Agissons ! Vraiment{N}?").as_str())
        );
        // Near misses: the right space already, a doubled mark, a line start.
        assert!(french_findings(&format!("Agissons{N}! Oui{N}?!")).is_empty());
        assert!(french_findings("?\n! x").is_empty());
    }

    #[test]
    fn french_space_before_a_colon_but_not_in_times_or_addresses() {
        let found = french_findings("ainsi : la suite: fin");
        assert_eq!(codes(&found), [T102, T102]);
        assert_eq!(
            found[0].2.as_deref(),
            Some(format!("ainsi{B}: la suite: fin").as_str())
        );
        assert_eq!(
            found[1].2.as_deref(),
            Some(format!("ainsi : la suite{B}: fin").as_str())
        );
        assert!(french_findings("à 10:30, sur https://exemple.fr").is_empty());
        assert!(french_findings(&format!("ainsi{B}: oui")).is_empty());
    }

    #[test]
    fn french_guillemets_take_narrow_spaces_inside() {
        let found = french_findings("« texte » et «mot»");
        assert_eq!(codes(&found), [T103, T103, T103, T103]);
        assert_eq!(
            found[0].2.as_deref(),
            Some(format!("«{N}texte » et «mot»").as_str())
        );
        assert_eq!(
            found[2].2.as_deref(),
            Some(format!("« texte » et «{N}mot»").as_str())
        );
        assert!(french_findings(&format!("«{N}texte{N}»")).is_empty());
    }

    #[test]
    fn french_apostrophes_quotes_spaces_and_dashes() {
        let found = french_findings("l'économie");
        assert_eq!(codes(&found), [T104]);
        assert_eq!(found[0].2.as_deref(), Some("l\u{2019}économie"));
        assert!(french_findings("l\u{2019}économie").is_empty());
        let found = french_findings("dit \"oui\"");
        assert_eq!(codes(&found), [T105, T105]);
        assert!(
            found.iter().all(|f| f.2.is_none()),
            "which quote opens is the author's call"
        );
        let found = french_findings("un  deux");
        assert_eq!(codes(&found), [T108]);
        assert_eq!(found[0].2.as_deref(), Some("un deux"));
        assert!(
            french_findings("un\n    deux").is_empty(),
            "indentation is Fluent's"
        );
        let found = french_findings("Paris - Lyon");
        assert_eq!(codes(&found), [T109]);
        assert_eq!(found[0].2.as_deref(), Some("Paris \u{2013} Lyon"));
        assert!(french_findings("Aix-en-Provence, 2023-2024").is_empty());
    }

    #[test]
    fn french_ordinals() {
        let found = french_findings("la 2ème fois, les 1ères Rencontres");
        assert_eq!(codes(&found), [T106, T106]);
        assert_eq!(found[0].1, "2ème");
        assert!(found[0].2.is_none());
        let found = french_findings("les 8e Rencontres");
        assert_eq!(codes(&found), [T107]);
        assert_eq!(found[0].2.as_deref(), Some("les 8<sup>e</sup> Rencontres"));
        // Near misses: already a superscript, a number inside a word, a unit.
        assert!(french_findings("les 8<sup>e</sup> Rencontres, A8e, 8 euros, 8em").is_empty());
    }

    #[test]
    fn japanese_punctuation_beside_japanese() {
        let found = japanese_findings("静岡市(日本),東京。", Width::HalfWidth);
        assert_eq!(codes(&found), [T201, T201, T201]);
        assert_eq!(found[0].2.as_deref(), Some("静岡市（日本),東京。"));
        assert_eq!(found[2].2.as_deref(), Some("静岡市(日本)、東京。"));
        // Near miss: half-width punctuation between Latin letters stays.
        assert!(japanese_findings("Aix-en-Provence (France), 2024.", Width::HalfWidth).is_empty());
    }

    #[test]
    fn japanese_quotes_stops_and_widths() {
        let found = japanese_findings("\"価値\"を", Width::HalfWidth);
        assert_eq!(codes(&found), [T202, T202]);
        assert!(found.iter().all(|f| f.2.is_none()));
        let found = japanese_findings("一。二。三．", Width::HalfWidth);
        assert_eq!(codes(&found), [T203]);
        assert_eq!(
            found[0].2.as_deref(),
            Some("一。二。三。"),
            "the form the text uses most"
        );
        let found = japanese_findings("２０２４年", Width::HalfWidth);
        assert_eq!(codes(&found), [T204; 4]);
        assert_eq!(found[0].2.as_deref(), Some("2０２４年"));
        let found = japanese_findings("2024年", Width::FullWidth);
        assert_eq!(codes(&found), [T204; 4]);
        assert!(japanese_findings("2024年「価値」", Width::HalfWidth).is_empty());
    }
}
