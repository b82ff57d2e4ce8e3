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
        for (range, number) in counted_numbers(prose, run.text) {
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
/// collectivités », 35自治体, 31の地方自治体), or preceded by one where the
/// language writes so (地方自治体31): each one's byte range and value. A
/// number inside a word or a longer number (A35, 1235) is not one; nor is one
/// that a date's marker follows (地方自治体2026年).
pub fn counted_numbers(prose: &Prose, text: &str) -> Vec<(Range<usize>, u32)> {
    let spaces = [' ', '\u{A0}', '\u{202F}', '\u{3000}'];
    let date_markers: &[String] = match &prose.dates {
        Some(DateWriting::YearMonthDay { markers, .. }) => markers,
        _ => &[],
    };
    let mut found = Vec::new();
    for (range, number) in numbers(text) {
        // Digits glued to letters (A35) are no count; after a kanji (日本側35自治体) they are.
        if text[..range.start].ends_with(|c: char| c.is_alphanumeric() && !is_cjk(c)) {
            continue;
        }
        let after = text[range.end..].trim_start_matches(spaces);
        let before = text[..range.start].trim_end_matches(spaces);
        let counted_after = prose.counted.iter().any(|w| after.starts_with(w.as_str()));
        let counted_before = prose
            .counted_before
            .iter()
            .any(|w| before.ends_with(w.as_str()))
            && !date_markers.iter().any(|m| after.starts_with(m.as_str()));
        if counted_after || counted_before {
            found.push((range, number));
        }
    }
    found
}

/// Every number a text writes, with its range and value: ASCII digits
/// (31), full-width digits (３１), kanji numerals (三十一, 二〇二六). A run
/// of kanji numerals right after another ideograph is part of a word (統一,
/// 同一), not a number, unless after 第 (第九回).
pub fn numbers(text: &str) -> Vec<(Range<usize>, u32)> {
    let mut found = Vec::new();
    let mut i = 0;
    while let Some(c) = text[i..].chars().next() {
        let Some((kind, len)) = numeral_run(&text[i..]) else {
            i += c.len_utf8();
            continue;
        };
        let word_before = kind == Numeral::Kanji
            && text[..i]
                .chars()
                .next_back()
                .is_some_and(|c| is_ideograph(c) && c != '第');
        if !word_before && let Some(value) = kind.value(&text[i..i + len]) {
            found.push((i..i + len, value));
        }
        i += len;
    }
    found
}

/// The number a text starts with, as `numbers` reads it: its value and
/// length in bytes.
pub fn number_at(text: &str) -> Option<(u32, usize)> {
    let (kind, len) = numeral_run(text)?;
    Some((kind.value(&text[..len])?, len))
}

/// The run of numerals of one kind a text starts with: its kind and length.
fn numeral_run(text: &str) -> Option<(Numeral, usize)> {
    let kind = Numeral::of(text.chars().next()?)?;
    let len = text
        .find(|c: char| Numeral::of(c) != Some(kind))
        .unwrap_or(text.len());
    Some((kind, len))
}

/// How a number is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Numeral {
    Ascii,
    /// ０１２…９ (U+FF10–U+FF19).
    FullWidth,
    /// 〇一二三四五六七八九 and 十百千.
    Kanji,
}

impl Numeral {
    fn of(c: char) -> Option<Self> {
        match c {
            '0'..='9' => Some(Self::Ascii),
            '０'..='９' => Some(Self::FullWidth),
            '〇' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '百'
            | '千' => Some(Self::Kanji),
            _ => None,
        }
    }

    /// The value of a run of this kind's characters, if it fits a `u32`.
    fn value(self, run: &str) -> Option<u32> {
        match self {
            Self::Ascii => run.parse().ok(),
            Self::FullWidth => run.chars().try_fold(0u32, |n, c| {
                n.checked_mul(10)?.checked_add(c as u32 - '０' as u32)
            }),
            Self::Kanji => kanji_value(run),
        }
    }
}

/// 三十一 is 31, 百二十 120, 二千二十六 2026 (with 十百千); 二〇二六 is
/// 2026 (digit by digit, as years are often written).
fn kanji_value(run: &str) -> Option<u32> {
    let digit = |c: char| {
        "〇一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|d| d as u32)
    };
    if !run.contains(['十', '百', '千']) {
        return run
            .chars()
            .try_fold(0u32, |n, c| n.checked_mul(10)?.checked_add(digit(c)?));
    }
    let (mut total, mut pending, mut last_unit) = (0u32, None::<u32>, u32::MAX);
    for c in run.chars() {
        let unit = match c {
            '十' => 10,
            '百' => 100,
            '千' => 1000,
            _ => {
                // Two digits in a row (三三十) is no numeral.
                if pending.is_some() {
                    return None;
                }
                pending = Some(digit(c)?);
                continue;
            }
        };
        // Units fall: 千 then 百 then 十 (十百 is no numeral).
        if unit >= last_unit {
            return None;
        }
        last_unit = unit;
        total += pending.take().unwrap_or(1) * unit;
    }
    Some(total + pending.unwrap_or(0))
}

/// A character of the CJK ideographs (漢字), not kana.
fn is_ideograph(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '々' | '〇')
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
        DateWriting::YearMonthDay {
            markers,
            eras,
            first_year,
            ..
        } => {
            // 8年6月4日 after the year's start: the month and day, and the end.
            let month_day = |after_year: &str| -> Option<(u32, u32, usize)> {
                let after = after_year.strip_prefix(markers[0].as_str())?;
                let (month, len) = number_at(after)?;
                let after = after[len..].strip_prefix(markers[1].as_str())?;
                let (day, len) = number_at(after)?;
                after[len..].starts_with(markers[2].as_str()).then(|| {
                    let end = text.len() - after.len() + len + markers[2].len();
                    (month, day, end)
                })
            };
            let era_before = |at: usize| {
                eras.iter()
                    .find(|(name, _)| text[..at].ends_with(name.as_str()))
            };
            for (digits, year) in numbers(text) {
                let Some((month, day, end)) = month_day(&text[digits.end..]) else {
                    continue;
                };
                match era_before(digits.start) {
                    // 令和8年: the era's eighth year.
                    Some((name, first)) => found.push((
                        digits.start - name.len()..end,
                        date((first + year as i32 - 1).max(0) as u32, month as usize, day),
                    )),
                    None => found.push((digits.start..end, date(year, month as usize, day))),
                }
            }
            // 令和元年: the era's first year, written as a word.
            if let Some(word) = first_year {
                for (name, first) in eras {
                    let written = format!("{name}{word}");
                    for (start, _) in text.match_indices(written.as_str()) {
                        let year_end = start + written.len();
                        if let Some((month, day, end)) = month_day(&text[year_end..]) {
                            found.push((start..end, date(*first as u32, month as usize, day)));
                        }
                    }
                }
                found.sort_by_key(|(range, _)| range.start);
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
    fn numbers_as_each_script_writes_them() {
        let text = "31, ３１, 三十一, 百二十, 二千二十六, 二〇二六, 十, 統一";
        assert_eq!(
            found(text, numbers(text)),
            [
                ("31", 31),
                ("３１", 31),
                ("三十一", 31),
                ("百二十", 120),
                ("二千二十六", 2026),
                ("二〇二六", 2026),
                ("十", 10)
            ]
        );
        // Not numerals: units out of order, two digits before a unit.
        assert_eq!(kanji_value("十百"), None);
        assert_eq!(kanji_value("三三十"), None);
        assert_eq!(number_at("２０２６年"), Some((2026, 12)));
    }

    #[test]
    fn counts_are_numbers_before_a_counting_word() {
        let fr = prose("fr");
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
        let ja = prose("ja");
        let text = "日本側35自治体、フランス側19都市";
        assert_eq!(
            found(text, counted_numbers(ja, text)),
            [("35", 35), ("19", 19)]
        );
        assert!(counted_numbers(ja, "2024年").is_empty());
        // As Japanese drafts write them: の between, the word first, full-width
        // digits, kanji numerals.
        let text = "日本の31の地方自治体及びフランスの21の地方自治体、地方自治体52、３１自治体、三十一の自治体";
        assert_eq!(
            found(text, counted_numbers(ja, text)),
            [
                ("31", 31),
                ("21", 21),
                ("52", 52),
                ("３１", 31),
                ("三十一", 31)
            ]
        );
        // A kanji inside a word (同一), a year after the word: no count.
        for miss in ["同一自治体", "地方自治体2026年", "統一の自治体"] {
            assert!(counted_numbers(ja, miss).is_empty(), "{miss}");
        }
        let en = prose("en");
        let text = "36 local governments and 1 local government";
        assert_eq!(
            found(text, counted_numbers(en, text)),
            [("36", 36), ("1", 1)]
        );
    }

    #[test]
    fn ordinals_name_an_edition_only_before_the_series() {
        let fr = prose("fr").ordinals.as_ref().unwrap();
        let text = "les 8<sup>e</sup> Rencontres et les 9e  Rencontres, les 1<sup>ères</sup> Rencontres, les 9<sup>es</sup> Rencontres, les 10èmes Rencontres";
        assert_eq!(
            found(text, series_ordinals(fr, text)),
            [
                ("8<sup>e</sup>", 8),
                ("9e", 9),
                ("1<sup>ères</sup>", 1),
                ("9<sup>es</sup>", 9),
                ("10èmes", 10)
            ]
        );
        for miss in [
            "le 8e arrondissement",
            "8 Rencontres",
            "les 8<sup>e</sup> rencontres sportives",
        ] {
            assert!(series_ordinals(fr, miss).is_empty(), "{miss}");
        }
        let ja = prose("ja").ordinals.as_ref().unwrap();
        let text = "第8回日仏自治体交流会議、第9回会議、第九回日仏自治体交流会議、第１０回会議";
        assert_eq!(
            found(text, series_ordinals(ja, text)),
            [("第8回", 8), ("第9回", 9), ("第九回", 9), ("第１０回", 10)]
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
        let text = "2024年11月21日、令和6年11月21日、令和元年5月1日、平成31年4月30日、２０２６年６月４日、二〇二六年六月四日";
        assert_eq!(
            found(text, typed_dates(ja, text)),
            [
                ("2024年11月21日", d(2024, 11, 21)),
                ("令和6年11月21日", d(2024, 11, 21)),
                ("令和元年5月1日", d(2019, 5, 1)),
                ("平成31年4月30日", d(2019, 4, 30)),
                ("２０２６年６月４日", d(2026, 6, 4)),
                ("二〇二六年六月四日", d(2026, 6, 4)),
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
