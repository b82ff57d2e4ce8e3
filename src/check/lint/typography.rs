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
use crate::diagnostic::{Diagnostic, Diagnostics};

const NNBSP: char = '\u{202F}';
const NBSP: char = '\u{A0}';

/// The French rules.
pub fn french(runs: &[TextRun], findings: &mut Diagnostics) {
    for run in runs {
        let chars: Vec<(usize, char)> = run.text.char_indices().collect();
        for (i, &(at, c)) in chars.iter().enumerate() {
            let prev = i.checked_sub(1).map(|p| chars[p]);
            let next = chars.get(i + 1).copied();
            match c {
                ';' | '!' | '?' => space_before(run, prev, at, c, NNBSP, "T101", findings),
                ':' => {
                    let digits = prev.is_some_and(|(_, p)| p.is_ascii_digit()) && next.is_some_and(|(_, n)| n.is_ascii_digit());
                    let url = next.is_some_and(|(_, n)| n == '/');
                    if !digits && !url {
                        space_before(run, prev, at, c, NBSP, "T102", findings);
                    }
                }
                '«' => match next {
                    Some((n_at, ' ' | NBSP)) => findings.push(
                        Diagnostic::warning("T103", "use a narrow no-break space after «")
                            .at(run.span_of(n_at..n_at + next.map_or(1, |(_, c)| c.len_utf8())), "a breakable or wide space")
                            .hint("French puts U+202F inside guillemets, so « never ends a line")
                            .fix(run.span_of(n_at..n_at + next.map_or(1, |(_, c)| c.len_utf8())), NNBSP.to_string()),
                    ),
                    Some((n_at, n)) if n != NNBSP && n != '\n' => findings.push(
                        Diagnostic::warning("T103", "missing narrow no-break space after «")
                            .at(run.span_of(at..n_at), "here")
                            .hint("French puts U+202F inside guillemets")
                            .fix(run.span_of(n_at..n_at), NNBSP.to_string()),
                    ),
                    _ => {}
                },
                '»' => space_before(run, prev, at, c, NNBSP, "T103", findings),
                '\'' => findings.push(
                    Diagnostic::warning("T104", "straight apostrophe")
                        .at(run.span_of(at..at + 1), "'")
                        .hint("French uses the apostrophe ’ (U+2019)")
                        .fix(run.span_of(at..at + 1), "\u{2019}"),
                ),
                '"' => findings.push(
                    Diagnostic::warning("T105", "straight double quote")
                        .at(run.span_of(at..at + 1), "\"")
                        .hint("French quotes with guillemets: « … », with narrow no-break spaces inside"),
                ),
                ' ' if next.is_some_and(|(_, n)| n == ' ') && prev.is_some_and(|(_, p)| p != ' ' && p != '\n') => {
                    let end = chars[i..].iter().take_while(|(_, c)| *c == ' ').last().map_or(at + 1, |(a, _)| a + 1);
                    if chars.iter().find(|(a, _)| *a == end).is_some_and(|(_, c)| *c != '\n') {
                        findings.push(
                            Diagnostic::warning("T108", "several spaces in a row")
                                .at(run.span_of(at..end), "here")
                                .hint("one space separates words")
                                .fix(run.span_of(at..end), " "),
                        );
                    }
                }
                '-' if prev.is_some_and(|(_, p)| p == ' ') && next.is_some_and(|(_, n)| n == ' ') => findings.push(
                    Diagnostic::warning("T109", "a hyphen between spaces")
                        .at(run.span_of(at..at + 1), "-")
                        .hint("between spaces, a dash is meant: the en dash – (U+2013)")
                        .fix(run.span_of(at..at + 1), "\u{2013}"),
                ),
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
    code: &'static str,
    findings: &mut Diagnostics,
) {
    let name = if wanted == NNBSP {
        "narrow no-break space (U+202F)"
    } else {
        "no-break space (U+00A0)"
    };
    match prev {
        // At the start of a text element the previous character is a placeable's: unknown.
        None => {}
        Some((_, p)) if p == wanted => {}
        // A second mark (?!, !!) takes no space of its own.
        Some((_, ';' | '!' | '?')) => {}
        Some((p_at, p @ (' ' | NBSP | NNBSP))) => findings.push(
            Diagnostic::warning(code, format!("use a {name} before {c}"))
                .at(run.span_of(p_at..p_at + p.len_utf8()), "this space")
                .hint(format!(
                    "French puts a {name} before {c}, so it never starts a line"
                ))
                .fix(run.span_of(p_at..p_at + p.len_utf8()), wanted.to_string()),
        ),
        Some((_, '\n' | '\r')) => {}
        Some(_) => findings.push(
            Diagnostic::warning(code, format!("missing {name} before {c}"))
                .at(run.span_of(at..at + c.len_utf8()), "here")
                .hint(format!("French puts a {name} before {c}"))
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
                Diagnostic::warning("T106", format!("« {number}{suffix} » is written « {number}{short} »"))
                    .at(span, "long ordinal suffix")
                    .hint(format!("French ordinals take the short suffix in superscript: {number}<sup>{short}</sup>")),
            );
        } else if !superscript {
            findings.push(
                Diagnostic::warning("T107", format!("the ordinal « {number}{suffix} » needs a superscript"))
                    .at(span.clone(), "no superscript")
                    .hint(format!("write {number}<sup>{suffix}</sup>, or use a variable such as {{ $edition-ordinal }}"))
                    .fix(span, format!("{number}<sup>{suffix}</sup>")),
            );
        }
        i = end;
    }
}

/// The Japanese rules; `width` is the house rule for letters and digits.
pub fn japanese(runs: &[TextRun], width: Width, findings: &mut Diagnostics) {
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
                .any(|(_, n)| is_japanese(*n));
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
                    Diagnostic::warning("T201", format!("half-width {c} in Japanese text"))
                        .at(span.clone(), "half-width")
                        .hint(format!("Japanese text uses the full-width {full}"))
                        .fix(span, full.to_string()),
                );
            } else if matches!(c, '"' | '\'') && near_japanese {
                findings.push(
                    Diagnostic::warning("T202", format!("ASCII quote {c} in Japanese text"))
                        .at(span, "ASCII quote")
                        .hint("Japanese quotes with 「」 (and 『』 inside them)"),
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
                    Diagnostic::warning(
                        "T203",
                        format!("{c} where the rest of the text uses {wanted}"),
                    )
                    .at(span.clone(), "the other form")
                    .hint("use one full stop and one comma throughout")
                    .fix(span, wanted.to_string()),
                );
            } else if let Some(other) = other_width(c, width) {
                let (found, wanted) = match width {
                    Width::HalfWidth => ("full-width", "half-width"),
                    Width::FullWidth => ("half-width", "full-width"),
                };
                let hint = format!(
                    "letters and digits are {wanted} ({other}) in this declaration \
                     (`typography.japanese-alphanumerics` in declaration.toml)"
                );
                findings.push(
                    Diagnostic::warning("T204", format!("{found} {c} in Japanese text"))
                        .at(span.clone(), found)
                        .hint(hint)
                        .fix(span, other.to_string()),
                );
            }
        }
    }
}

/// Kana and kanji (and the iteration mark), the characters Japanese punctuation sits beside.
fn is_japanese(c: char) -> bool {
    matches!(c as u32, 0x3005 | 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
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
