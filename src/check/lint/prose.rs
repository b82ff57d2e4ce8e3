//! Facts typed into the prose instead of taken from the data: a number of
//! local governments that contradicts the delegations (an error), or one that
//! matches but is typed by hand (a warning, fixed by a variable).

use super::TextRun;
use crate::check::{Declaration, Language};
use crate::diagnostic::{Diagnostic, Diagnostics};

/// The words that count local governments, per language.
fn counted_words(lang: &str) -> &'static [&'static str] {
    match lang {
        "fr" => &["collectivités", "collectivité", "villes", "communes"],
        "ja" => &["自治体", "都市"],
        "en" => &[
            "local governments",
            "local government",
            "municipalities",
            "cities",
        ],
        _ => &[],
    }
}

pub fn counts(
    declaration: &Declaration,
    language: &Language,
    runs: &[TextRun],
    findings: &mut Diagnostics,
) {
    let words = counted_words(language.tag.language.as_str());
    let total: u32 = declaration.delegations.iter().map(|d| d.count).sum();
    for run in runs {
        let text = run.text;
        let mut i = 0;
        while let Some(offset) = text[i..].find(|c: char| c.is_ascii_digit()) {
            let start = i + offset;
            let end = start
                + text[start..]
                    .find(|c: char| !c.is_ascii_digit())
                    .unwrap_or(text.len() - start);
            i = end;
            if start > 0 && text[..start].ends_with(|c: char| c.is_alphanumeric()) {
                continue;
            }
            let after = text[end..].trim_start_matches([' ', '\u{A0}', '\u{202F}']);
            if !words.iter().any(|w| after.starts_with(w)) {
                continue;
            }
            let Ok(number) = text[start..end].parse::<u32>() else {
                continue;
            };
            let span = run.span_of(start..end);
            let matching: Vec<&str> = declaration
                .delegations
                .iter()
                .filter(|d| d.count == number)
                .map(|d| d.id.as_str())
                .collect();
            let counts: Vec<String> = declaration
                .delegations
                .iter()
                .map(|d| format!("{} {}", d.id, d.count))
                .collect();
            if matching.is_empty() && number != total {
                findings.push(
                    Diagnostic::error("X001", format!("the text says {number}, but the delegations count {}", counts.join(", ")))
                        .at(span, format!("{number} typed by hand"))
                        .hint("write the count as a variable ({ $<delegation>-count }) so it follows the data"),
                );
            } else {
                let variable = match matching.as_slice() {
                    [one] => format!("{{ ${one}-count }}"),
                    _ => "{ $participant-count }".to_owned(),
                };
                let d = Diagnostic::warning("X002", format!("the count {number} is typed by hand"))
                    .at(span.clone(), "typed by hand")
                    .hint(format!("use {variable}, so the text follows the data"));
                findings.push(if matching.len() <= 1 {
                    d.fix(span, variable)
                } else {
                    d
                });
            }
        }
    }
}
