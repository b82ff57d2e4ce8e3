//! Facts typed into the prose instead of taken from the data: a number of
//! local governments that contradicts the delegations (an error), or one that
//! matches but is typed by hand (a warning, fixed by a variable); an edition
//! of the series, a day of the meeting in the wrong year. How each language
//! writes those facts is its profile's `[prose]`; the scanners below find
//! them in a run of text, and the checks compare them with the data.

use std::ops::Range;

use super::TextRun;
use crate::check::{Date, Declaration};
use crate::diagnostic::{Code, Diagnostic, Diagnostics};
use crate::language::{DateWriting, Ordinals, Prose, is_cjk};
use crate::words;

/// Counts of local governments typed by hand.
pub fn counts(
    declaration: &Declaration,
    prose: &Prose,
    runs: &[TextRun],
    findings: &mut Diagnostics,
) {
    let total: u32 = declaration.delegations.iter().map(|d| d.count).sum();
    for run in runs {
        for (range, number) in counted_numbers(&prose.counted, run.text) {
            let span = run.span_of(range);
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
                    Diagnostic::new(
                        Code::X001,
                        words!(
                            "X001-text-says-but-delegations",
                            number = number,
                            counts = counts.join(", ").to_string(),
                            total = total
                        ),
                    )
                    .at(span, words!("label-typed-hand", number = number))
                    .hint(words!("X001-write-count-variable-delegation-hint")),
                );
            } else {
                let variable = match matching.as_slice() {
                    [one] => format!("{{ ${one}-count }}"),
                    _ => "{ $participant-count }".to_owned(),
                };
                let d =
                    Diagnostic::new(Code::X002, words!("X002-count-typed-hand", number = number))
                        .at(span.clone(), words!("label-typed-hand-2"))
                        .hint(words!(
                            "X002-use-so-text-follows-hint",
                            variable = variable.to_string()
                        ));
                findings.push(if matching.len() <= 1 {
                    d.fix(span, variable)
                } else {
                    d
                });
            }
        }
    }
}

/// Numbers followed by a word that counts local governments (« 35
/// collectivités », 35自治体): each one's byte range and value. A number
/// inside a word or a longer number (A35, 1235) is not one.
pub fn counted_numbers(words: &[String], text: &str) -> Vec<(Range<usize>, u32)> {
    let mut found = Vec::new();
    for (range, number) in numbers(text) {
        // Digits glued to letters (A35) are no count; after a kanji (日本側35自治体) they are.
        if text[..range.start].ends_with(|c: char| c.is_alphanumeric() && !is_cjk(c)) {
            continue;
        }
        let after = text[range.end..].trim_start_matches([' ', '\u{A0}', '\u{202F}']);
        if words.iter().any(|w| after.starts_with(w.as_str())) {
            found.push((range, number));
        }
    }
    found
}

/// Every run of ASCII digits of a text that fits a `u32`, with its range.
fn numbers(text: &str) -> Vec<(Range<usize>, u32)> {
    let mut found = Vec::new();
    let mut i = 0;
    while let Some(offset) = text[i..].find(|c: char| c.is_ascii_digit()) {
        let start = i + offset;
        let end = text[start..]
            .find(|c: char| !c.is_ascii_digit())
            .map_or(text.len(), |n| start + n);
        i = end;
        if let Ok(number) = text[start..end].parse::<u32>() {
            found.push((start..end, number));
        }
    }
    found
}

/// Ordinals of the series typed by hand: the current edition, the previous or
/// the next one should be variables (a warning, fixed); a later edition than
/// the next cannot be meant (an error).
pub fn ordinals(
    declaration: &Declaration,
    prose: &Prose,
    runs: &[TextRun],
    findings: &mut Diagnostics,
) {
    // Without a meeting there is no series to count editions of.
    let (Some(writing), Some(meeting)) = (&prose.ordinals, &declaration.meeting) else {
        return;
    };
    let edition = meeting.edition;
    for run in runs {
        for (range, number) in series_ordinals(writing, run.text) {
            let span = run.span_of(range);
            let variable = match i64::from(number) - i64::from(edition) {
                0 => "{ $edition-ordinal }",
                1 => "{ $next-edition-ordinal }",
                -1 if edition > 1 => "{ $previous-edition-ordinal }",
                n if n > 1 => {
                    findings.push(
                        Diagnostic::new(
                            Code::X003,
                            words!(
                                "X003-text-names-edition-but",
                                number = number,
                                edition = edition
                            ),
                        )
                        .at(span, words!("label-typed-hand-2"))
                        .hint(words!("X003-edition-comes-from-meeting-hint")),
                    );
                    continue;
                }
                _ => continue,
            };
            findings.push(
                Diagnostic::new(
                    Code::X002,
                    words!("X002-edition-typed-hand", number = number),
                )
                .at(span.clone(), words!("label-typed-hand-2"))
                .hint(words!(
                    "X002-use-so-text-follows-hint",
                    variable = variable.to_string()
                ))
                .fix(span, variable),
            );
        }
    }
}

/// Ordinals that name an edition of the series: « 8<sup>e</sup> Rencontres »,
/// 第8回日仏…, "8th meeting". Returns each ordinal's byte range (from what
/// stands before the digits to the end of its suffix) and its number.
pub fn series_ordinals(writing: &Ordinals, text: &str) -> Vec<(Range<usize>, u32)> {
    let mut found = Vec::new();
    for (digits, number) in numbers(text) {
        if !text[..digits.start].ends_with(writing.before.as_str()) {
            continue;
        }
        let rest = &text[digits.end..];
        let Some(suffix) = writing
            .suffixes
            .iter()
            .find(|s| rest.starts_with(s.as_str()))
        else {
            continue;
        };
        let after = &rest[suffix.len()..];
        let after = if writing.space {
            after.trim_start()
        } else {
            after
        };
        if writing.series.iter().any(|s| after.starts_with(s.as_str())) {
            found.push((
                digits.start - writing.before.len()..digits.end + suffix.len(),
                number,
            ));
        }
    }
    found
}

/// Dates typed in the prose: one that is a day of the meeting (or, for a
/// text adopted at none, the day of adoption) but for its year (« 21
/// novembre 2023 » for a meeting in 2024) is an error.
pub fn dates(
    declaration: &Declaration,
    prose: &Prose,
    runs: &[TextRun],
    findings: &mut Diagnostics,
) {
    let Some(writing) = &prose.dates else { return };
    // What the day is: a day of the meeting, or the day of adoption.
    let (days, day) = match &declaration.meeting {
        Some(meeting) => (meeting_days(meeting.opens, meeting.closes), "meeting"),
        None => (vec![declaration.adoption.date], "adoption"),
    };
    let years: Vec<i32> = days.iter().map(|d| d.year).collect();
    for run in runs {
        for (range, date) in typed_dates(writing, run.text) {
            if !days
                .iter()
                .any(|d| (d.month, d.day) == (date.month, date.day))
            {
                continue;
            }
            if !years.contains(&date.year) {
                findings.push(
                    Diagnostic::new(
                        Code::X004,
                        words!(
                            "X004-text-dates-but",
                            day = day,
                            year = date.year.to_string(),
                            years = years[0].to_string()
                        ),
                    )
                    .at(run.span_of(range), words!("label-wrong-year"))
                    .hint(words!("X004-days-come-from-data-hint", day = day)),
                );
            }
        }
    }
}

/// Every day of the meeting, by the calendar (months of 28 to 31 days, leap
/// years): `time` does the arithmetic.
fn meeting_days(opens: Date, closes: Date) -> Vec<Date> {
    let as_time = |d: Date| {
        time::Month::try_from(d.month)
            .ok()
            .and_then(|m| time::Date::from_calendar_date(d.year, m, d.day).ok())
    };
    let (Some(mut day), Some(last)) = (as_time(opens), as_time(closes)) else {
        return vec![opens];
    };
    let mut days = Vec::new();
    while day <= last {
        days.push(Date {
            year: day.year(),
            month: u8::from(day.month()),
            day: day.day(),
        });
        match day.next_day() {
            Some(next) => day = next,
            None => break,
        }
    }
    days
}

/// Full dates written out, as the language writes them: « 21 novembre
/// 2024 », 2024年11月21日, "November 21, 2024". Each one's byte range and date.
pub fn typed_dates(writing: &DateWriting, text: &str) -> Vec<(Range<usize>, Date)> {
    let number_at = |s: &str| -> Option<(u32, usize)> {
        let len = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
        s[..len].parse().ok().map(|n| (n, len))
    };
    let date = |year: u32, month: usize, day: u32| Date {
        year: year as i32,
        month: month as u8,
        day: day.min(255) as u8,
    };
    let mut found = Vec::new();
    match writing {
        DateWriting::DayMonthYear {
            months,
            day_suffixes,
        } => {
            for (digits, day) in numbers(text) {
                let mut after = &text[digits.end..];
                for suffix in day_suffixes {
                    after = after.strip_prefix(suffix.as_str()).unwrap_or(after);
                }
                let after = after.trim_start();
                let Some(month) = months.iter().position(|m| after.starts_with(m.as_str())) else {
                    continue;
                };
                let after_month = after[months[month].len()..].trim_start();
                let Some((year, year_len)) = number_at(after_month) else {
                    continue;
                };
                let end = text.len() - after_month.len() + year_len;
                found.push((digits.start..end, date(year, month + 1, day)));
            }
        }
        DateWriting::YearMonthDay { markers } => {
            for (digits, year) in numbers(text) {
                let Some(after) = text[digits.end..].strip_prefix(markers[0].as_str()) else {
                    continue;
                };
                let Some((month, len)) = number_at(after) else {
                    continue;
                };
                let Some(after) = after[len..].strip_prefix(markers[1].as_str()) else {
                    continue;
                };
                let Some((day, len)) = number_at(after) else {
                    continue;
                };
                if !after[len..].starts_with(markers[2].as_str()) {
                    continue;
                }
                let end = text.len() - after.len() + len + markers[2].len();
                found.push((digits.start..end, date(year, month as usize, day)));
            }
        }
        DateWriting::MonthDayYear { months } => {
            for (month, name) in months.iter().enumerate() {
                for (start, _) in text.match_indices(name.as_str()) {
                    let after = text[start + name.len()..].trim_start();
                    let Some((day, len)) = number_at(after) else {
                        continue;
                    };
                    let after_day = after[len..].trim_start_matches(',').trim_start();
                    let Some((year, year_len)) = number_at(after_day) else {
                        continue;
                    };
                    let end = text.len() - after_day.len() + year_len;
                    found.push((start..end, date(year, month + 1, day)));
                }
            }
        }
    }
    found.sort_by_key(|(range, _)| range.start);
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::known;

    fn prose(tag: &str) -> &'static Prose {
        &known(tag).prose
    }

    /// The texts a scanner finds, and their values.
    fn found<T: Clone>(text: &str, hits: Vec<(Range<usize>, T)>) -> Vec<(&str, T)> {
        hits.into_iter().map(|(r, v)| (&text[r], v)).collect()
    }

    #[test]
    fn counts_are_numbers_before_a_counting_word() {
        let fr = &prose("fr").counted;
        let text = "35 collectivités japonaises et 19\u{202F}collectivités françaises, 54 villes";
        assert_eq!(
            found(text, counted_numbers(fr, text)),
            [("35", 35), ("19", 19), ("54", 54)]
        );
        // Near misses: a number inside a word, another noun, a number then a comma.
        for miss in [
            "A35 collectivités",
            "35 délégués",
            "en 2024, collectivités",
            "35 000 collectivités",
        ] {
            let hits = found(miss, counted_numbers(fr, miss));
            assert!(hits.iter().all(|(t, _)| *t == "000"), "{miss}: {hits:?}");
        }
        assert_eq!(
            counted_numbers(fr, "35collectivités").len(),
            1,
            "no space needed"
        );
        let ja = &prose("ja").counted;
        let text = "日本側35自治体、フランス側19都市";
        assert_eq!(
            found(text, counted_numbers(ja, text)),
            [("35", 35), ("19", 19)]
        );
        assert!(counted_numbers(ja, "2024年").is_empty());
        let en = &prose("en").counted;
        let text = "36 local governments and 1 local government";
        assert_eq!(
            found(text, counted_numbers(en, text)),
            [("36", 36), ("1", 1)]
        );
    }

    #[test]
    fn ordinals_name_an_edition_only_before_the_series() {
        let fr = prose("fr").ordinals.as_ref().unwrap();
        let text =
            "les 8<sup>e</sup> Rencontres et les 9e  Rencontres, les 1<sup>ères</sup> Rencontres";
        assert_eq!(
            found(text, series_ordinals(fr, text)),
            [("8<sup>e</sup>", 8), ("9e", 9), ("1<sup>ères</sup>", 1)]
        );
        for miss in [
            "le 8e arrondissement",
            "8 Rencontres",
            "les 8<sup>e</sup> rencontres sportives",
        ] {
            assert!(series_ordinals(fr, miss).is_empty(), "{miss}");
        }
        let ja = prose("ja").ordinals.as_ref().unwrap();
        let text = "第8回日仏自治体交流会議、第9回会議";
        assert_eq!(
            found(text, series_ordinals(ja, text)),
            [("第8回", 8), ("第9回", 9)]
        );
        for miss in ["第8回目の訪問", "8回日仏", "第8章"] {
            assert!(series_ordinals(ja, miss).is_empty(), "{miss}");
        }
        let en = prose("en").ordinals.as_ref().unwrap();
        let text = "the 8th meeting and the 9th Forum";
        assert_eq!(
            found(text, series_ordinals(en, text)),
            [("8th", 8), ("9th", 9)]
        );
        assert!(series_ordinals(en, "the 8th floor").is_empty());
    }

    #[test]
    fn dates_as_each_language_writes_them() {
        let d = |year, month, day| Date { year, month, day };
        let fr = prose("fr").dates.as_ref().unwrap();
        let text = "le 21 novembre 2024, le 1er octobre 2023 et le 1<sup>er</sup> mai 2025";
        assert_eq!(
            found(text, typed_dates(fr, text)),
            [
                ("21 novembre 2024", d(2024, 11, 21)),
                ("1er octobre 2023", d(2023, 10, 1)),
                ("1<sup>er</sup> mai 2025", d(2025, 5, 1)),
            ]
        );
        for miss in ["21 novembre", "novembre 2024", "21 Novembre 2024"] {
            assert!(typed_dates(fr, miss).is_empty(), "{miss}");
        }
        let ja = prose("ja").dates.as_ref().unwrap();
        let text = "2024年11月21日、令和6年11月21日";
        assert_eq!(
            found(text, typed_dates(ja, text)),
            [
                ("2024年11月21日", d(2024, 11, 21)),
                ("6年11月21日", d(6, 11, 21))
            ]
        );
        for miss in ["2024年11月", "11月21日", "2024年11月21"] {
            assert!(typed_dates(ja, miss).is_empty(), "{miss}");
        }
        let en = prose("en").dates.as_ref().unwrap();
        let text = "on November 21, 2024 and March 3 2025";
        assert_eq!(
            found(text, typed_dates(en, text)),
            [
                ("November 21, 2024", d(2024, 11, 21)),
                ("March 3 2025", d(2025, 3, 3))
            ]
        );
        assert!(typed_dates(en, "November 2024").is_empty());
    }

    #[test]
    fn a_meeting_spans_the_days_of_the_calendar() {
        let d = |year, month, day| Date { year, month, day };
        let days = meeting_days(d(2024, 2, 27), d(2024, 3, 2));
        assert_eq!(
            days,
            [
                d(2024, 2, 27),
                d(2024, 2, 28),
                d(2024, 2, 29),
                d(2024, 3, 1),
                d(2024, 3, 2)
            ],
            "2024 is a leap year"
        );
        let days = meeting_days(d(2023, 2, 28), d(2023, 3, 1));
        assert_eq!(
            days,
            [d(2023, 2, 28), d(2023, 3, 1)],
            "February has no 31st"
        );
        let days = meeting_days(d(2024, 12, 30), d(2025, 1, 2));
        assert_eq!(days.len(), 4, "across the new year");
        assert_eq!(
            meeting_days(d(2024, 11, 21), d(2024, 11, 21)),
            [d(2024, 11, 21)]
        );
    }
}
