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
                    Diagnostic::error("X001", format!("the text says {number}, but the delegations count {} ({total} in all)", counts.join(", ")))
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

/// Ordinals of the series typed by hand: the current edition, the previous or
/// the next one should be variables (a warning, fixed); a later edition than
/// the next cannot be meant (an error).
pub fn ordinals(
    declaration: &Declaration,
    language: &Language,
    runs: &[TextRun],
    findings: &mut Diagnostics,
) {
    let edition = declaration.meeting.edition;
    for run in runs {
        for (range, number) in series_ordinals(language.tag.language.as_str(), run.text) {
            let span = run.span_of(range);
            let variable = match i64::from(number) - i64::from(edition) {
                0 => "{ $edition-ordinal }",
                1 => "{ $next-edition-ordinal }",
                -1 if edition > 1 => "{ $previous-edition-ordinal }",
                n if n > 1 => {
                    findings.push(
                        Diagnostic::error("X003", format!("the text names edition {number}, but this is edition {edition}"))
                            .at(span, "typed by hand")
                            .hint("the edition comes from `meeting.edition` in declaration.toml: use { $edition-ordinal } or { $next-edition-ordinal }"),
                    );
                    continue;
                }
                _ => continue,
            };
            findings.push(
                Diagnostic::warning("X002", format!("edition {number} is typed by hand"))
                    .at(span.clone(), "typed by hand")
                    .hint(format!("use {variable}, so the text follows the data"))
                    .fix(span, variable),
            );
        }
    }
}

/// Ordinals that name an edition of the series: « 8<sup>e</sup> Rencontres »,
/// 第8回 (…会議), "8th meeting". Returns each ordinal's byte range and number.
fn series_ordinals(lang: &str, text: &str) -> Vec<(std::ops::Range<usize>, u32)> {
    let mut found = Vec::new();
    let digits = |from: usize| {
        text[from..]
            .find(|c: char| !c.is_ascii_digit())
            .map_or(text.len(), |n| from + n)
    };
    let mut i = 0;
    while let Some(offset) = text[i..].find(|c: char| c.is_ascii_digit()) {
        let start = i + offset;
        let end = digits(start);
        i = end;
        let Ok(number) = text[start..end].parse::<u32>() else {
            continue;
        };
        let rest = &text[end..];
        match lang {
            "fr" => {
                let (suffix_len, after) = [
                    "<sup>e</sup>",
                    "<sup>er</sup>",
                    "<sup>re</sup>",
                    "<sup>res</sup>",
                    "<sup>ème</sup>",
                    "<sup>ères</sup>",
                    "ème",
                    "ères",
                    "res",
                    "e",
                ]
                .iter()
                .find(|s| rest.starts_with(**s))
                .map_or((0, rest), |s| (s.len(), &rest[s.len()..]));
                if suffix_len > 0 && after.trim_start().starts_with("Rencontres") {
                    found.push((start..end + suffix_len, number));
                }
            }
            "ja" if text[..start].ends_with('第') && rest.starts_with('回') => {
                let after = &rest['回'.len_utf8()..];
                if after.starts_with("日仏") || after.starts_with("会議") {
                    found.push((start - '第'.len_utf8()..end + '回'.len_utf8(), number));
                }
            }
            "en" => {
                let suffix = ["st", "nd", "rd", "th"]
                    .iter()
                    .find(|s| rest.starts_with(**s));
                if let Some(s) = suffix {
                    let after = rest[s.len()..].trim_start();
                    if ["meeting", "Meeting", "Forum", "Rencontres", "edition"]
                        .iter()
                        .any(|w| after.starts_with(w))
                    {
                        found.push((start..end + s.len(), number));
                    }
                }
            }
            _ => {}
        }
    }
    found
}

/// Dates typed in the prose: one that is a day of the meeting but for its
/// year (« 21 novembre 2023 » for a meeting in 2024) is an error.
pub fn dates(
    declaration: &Declaration,
    language: &Language,
    runs: &[TextRun],
    findings: &mut Diagnostics,
) {
    let meeting = &declaration.meeting;
    let days: Vec<(u8, u8)> = meeting_days(meeting.opens, meeting.closes);
    for run in runs {
        for (range, year, month, day) in typed_dates(language.tag.language.as_str(), run.text) {
            if !days.contains(&(month, day)) {
                continue;
            }
            if year != meeting.opens.year && year != meeting.closes.year {
                findings.push(
                    Diagnostic::error("X004", format!("the text dates a day of the meeting in {year}, but the meeting is in {}", meeting.opens.year))
                        .at(run.span_of(range), "wrong year?")
                        .hint("the meeting's days come from declaration.toml: use { $meeting-dates }, { $adoption-date }…"),
                );
            }
        }
    }
}

/// (month, day) of every day of the meeting (a meeting lasts days, not months).
fn meeting_days(opens: crate::check::Date, closes: crate::check::Date) -> Vec<(u8, u8)> {
    let mut days = vec![(opens.month, opens.day)];
    let (mut month, mut day) = (opens.month, opens.day);
    for _ in 0..31 {
        if (month, day) == (closes.month, closes.day) {
            break;
        }
        day += 1;
        if day > 31 {
            day = 1;
            month = month % 12 + 1;
        }
        days.push((month, day));
    }
    days
}

/// Full dates written out: « 21 novembre 2024 », 2024年11月21日, "November 21, 2024".
fn typed_dates(lang: &str, text: &str) -> Vec<(std::ops::Range<usize>, i32, u8, u8)> {
    const FR: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let mut found = Vec::new();
    let number_at = |s: &str| -> Option<(u32, usize)> {
        let len = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
        s[..len].parse().ok().map(|n| (n, len))
    };
    for (start, _) in text.char_indices().filter(|(i, c)| {
        c.is_ascii_digit() && (*i == 0 || !text[..*i].ends_with(|p: char| p.is_ascii_digit()))
    }) {
        let rest = &text[start..];
        match lang {
            "fr" => {
                let Some((day, len)) = number_at(rest) else {
                    continue;
                };
                let after = rest[len..]
                    .trim_start_matches("er")
                    .trim_start_matches("<sup>er</sup>")
                    .trim_start();
                let Some(month) = FR.iter().position(|m| after.starts_with(m)) else {
                    continue;
                };
                let after_month = after[FR[month].len()..].trim_start();
                let Some((year, year_len)) = number_at(after_month) else {
                    continue;
                };
                let end = text.len() - after_month.len() + year_len;
                found.push((start..end, year as i32, month as u8 + 1, day as u8));
            }
            "ja" => {
                let Some((year, len)) = number_at(rest) else {
                    continue;
                };
                let Some(after) = rest[len..].strip_prefix('年') else {
                    continue;
                };
                let Some((month, len)) = number_at(after) else {
                    continue;
                };
                let Some(after) = after[len..].strip_prefix('月') else {
                    continue;
                };
                let Some((day, len)) = number_at(after) else {
                    continue;
                };
                if !after[len..].starts_with('日') {
                    continue;
                }
                let end = text.len() - after.len() + len + '日'.len_utf8();
                found.push((start..end, year as i32, month as u8, day as u8));
            }
            _ => {}
        }
    }
    // English writes the month first: "November 21, 2024".
    if lang == "en" {
        for (month, name) in EN.iter().enumerate() {
            for (start, _) in text.match_indices(name) {
                let after = text[start + name.len()..].trim_start();
                let Some((day, len)) = number_at(after) else {
                    continue;
                };
                let after_day = after[len..].trim_start_matches(',').trim_start();
                let Some((year, year_len)) = number_at(after_day) else {
                    continue;
                };
                let end = text.len() - after_day.len() + year_len;
                found.push((start..end, year as i32, month as u8 + 1, day as u8));
            }
        }
    }
    found
}
