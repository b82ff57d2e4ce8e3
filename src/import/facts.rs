//! The facts of an imported draft, given on the command line or found where
//! a declaration states them: the edition in the meeting's name (« 8<sup>e</sup>
//! Rencontres »), the counts of local governments and the meeting's days in
//! the preamble, the day of adoption under the title, the place in the title
//! (« Déclaration de Shizuoka »). Then, in the text, each fact typed by hand
//! becomes the variable that writes it: found by the same scanners as the
//! checks of typed facts (X001–X004), replaced only where the variable
//! writes exactly the same characters.

use std::ops::Range;

use super::structure::Piece;
use crate::check::lint::prose::{
    counted_numbers, number_at, numbers, series_ordinals, typed_dates,
};
use crate::check::{Date, Document};
use crate::language::{DateWriting, Profile, WordSide};
use crate::ui::Words;
use crate::words;

/// Facts the command line gives; the others are looked for.
#[derive(Debug, Clone, Default)]
pub struct Given {
    pub edition: Option<u32>,
    pub meeting: Option<(Date, Date)>,
    pub adoption: Option<Date>,
    pub place: Option<String>,
    /// Delegation id and count.
    pub counts: Vec<(String, u32)>,
}

/// The facts of the draft, and where each was found.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    pub edition: Option<u32>,
    pub meeting: Option<(Date, Date)>,
    pub adoption: Option<Date>,
    pub place: Option<String>,
    pub counts: Vec<(String, u32)>,
    /// « edition 8: in the meeting's name (line 3) ».
    pub found: Vec<Words>,
    /// Facts the draft gives twice with two values: not settled by a guess.
    pub conflicts: Vec<Conflict>,
    /// The meeting's days, found, but not recorded: no edition was found
    /// (a declaration records a meeting only with its edition).
    pub meeting_unrecorded: Option<(Date, Date)>,
}

/// A fact the draft gives in two places with two values.
#[derive(Debug, Clone)]
pub struct Conflict {
    pub fact: Disputed,
    pub first: (u32, Words),
    pub second: (u32, Words),
}

/// Which fact two places of a draft disagree on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Disputed {
    Edition,
    /// A delegation's count, by its id.
    Count(String),
}

/// The facts: the given ones, the others found in the draft.
pub fn find(document: &Document<Piece>, profile: &Profile, given: Given) -> Facts {
    let prose = &profile.prose;
    let mut found = Vec::new();
    let mut said = |what: Words| found.push(what);

    let mut conflicts = Vec::new();
    let edition = given.edition.or_else(|| {
        let writing = prose.ordinals.as_ref()?;
        let places = document
            .meeting
            .iter()
            .chain([&document.title])
            .chain(&document.preamble);
        // The edition each place names first: the meeting's name, the title
        // and the preamble must agree (a later mention may be another edition).
        let named: Vec<(u32, &Piece)> = places
            .filter_map(|piece| {
                let (_, n) = series_ordinals(writing, &piece.text).into_iter().next()?;
                Some((n, piece))
            })
            .collect();
        let &(n, piece) = named.first()?;
        if let Some(&(other, second)) = named.iter().find(|(m, _)| *m != n) {
            conflicts.push(Conflict {
                fact: Disputed::Edition,
                first: (n, piece.place.words()),
                second: (other, second.place.words()),
            });
            return None;
        }
        said(words!(
            "import-found-edition",
            edition = n,
            text = &piece.text,
            place = piece.place.words()
        ));
        Some(n)
    });

    let counts = if given.counts.is_empty() {
        let mut counts: Vec<(String, u32, Words)> = Vec::new();
        for piece in &document.preamble {
            for (range, n) in counted_numbers(prose, &piece.text) {
                let id = whose(profile, &piece.text, range.clone())
                    .unwrap_or_else(|| format!("party-{}", counts.len() + 1));
                match counts.iter().find(|(known, _, _)| *known == id) {
                    None => counts.push((id, n, piece.place.words())),
                    // The same delegation counted twice, two ways: said, not chosen.
                    Some((_, first, place)) if *first != n => {
                        let fact = Disputed::Count(id.clone());
                        if conflicts.iter().all(|c: &Conflict| c.fact != fact) {
                            conflicts.push(Conflict {
                                fact,
                                first: (*first, place.clone()),
                                second: (n, piece.place.words()),
                            });
                        }
                    }
                    Some(_) => {}
                }
            }
        }
        let disputed = |id: &str| {
            conflicts
                .iter()
                .any(|c| matches!(&c.fact, Disputed::Count(d) if d == id))
        };
        let counts: Vec<(String, u32)> = counts
            .into_iter()
            .filter(|(id, _, _)| !disputed(id))
            .map(|(id, n, place)| {
                said(words!(
                    "import-found-count",
                    count = n,
                    id = &id,
                    place = place
                ));
                (id, n)
            })
            .collect();
        counts
    } else {
        given.counts
    };

    let adoption = given.adoption.or_else(|| {
        let writing = prose.dates.as_ref()?;
        let under_title = document.place_and_date.iter();
        let (piece, date) = under_title
            .chain(document.preamble.iter().rev())
            .find_map(|p| typed_dates(writing, &p.text).last().map(|(_, d)| (p, *d)))?;
        said(words!(
            "import-found-adoption",
            date = date.to_string(),
            text = &piece.text,
            place = piece.place.words()
        ));
        Some(date)
    });

    let meeting = given.meeting.or_else(|| {
        let writing = prose.dates.as_ref()?;
        document.preamble.iter().find_map(|piece| {
            let (range, date) = typed_dates(writing, &piece.text).into_iter().next()?;
            let days = meeting_days(writing, &piece.text, range, date);
            said(words!(
                "import-found-meeting",
                opens = days.0.to_string(),
                closes = days.1.to_string(),
                place = piece.place.words()
            ));
            Some(days)
        })
    });

    let place = given.place.or_else(|| {
        let place = place_in_title(profile, &document.title.text)?;
        said(words!(
            "import-found-place",
            place = &place,
            title = &document.title.text
        ));
        Some(place)
    });

    Facts {
        edition,
        meeting: meeting.filter(|_| edition.is_some()),
        meeting_unrecorded: meeting.filter(|_| edition.is_none()),
        adoption,
        place,
        counts,
        found,
        conflicts,
    }
}

/// What the draft at hand suggests for the facts it did not give, as the
/// command line takes them (never another declaration's numbers): the
/// numbers its preamble types beside each delegation's words
/// (`--count japan=31 --count france=21`), the last date it types
/// (`--adoption 2026-06-04`). `None` where the draft suggests nothing.
pub struct Suggestions {
    pub counts: Option<String>,
    pub adoption: Option<String>,
}

pub fn suggestions(document: &Document<Piece>, profile: &Profile) -> Suggestions {
    let mut counts: Vec<(String, u32)> = Vec::new();
    for piece in &document.preamble {
        // A year or a day is no count.
        let dates: Vec<Range<usize>> = profile.prose.dates.as_ref().map_or(Vec::new(), |w| {
            typed_dates(w, &piece.text)
                .into_iter()
                .map(|(r, _)| r)
                .collect()
        });
        for (range, n) in numbers(&piece.text) {
            if dates
                .iter()
                .any(|date| date.start <= range.start && range.end <= date.end)
            {
                continue;
            }
            if let Some(id) = whose(profile, &piece.text, range)
                && counts.iter().all(|(known, _)| *known != id)
            {
                counts.push((id, n));
            }
        }
    }
    let adoption = profile.prose.dates.as_ref().and_then(|writing| {
        let pieces = document
            .place_and_date
            .iter()
            .chain(&document.preamble)
            .chain(std::iter::once(&document.title));
        pieces
            .filter_map(|p| typed_dates(writing, &p.text).last().map(|(_, d)| *d))
            .next_back()
    });
    Suggestions {
        counts: (!counts.is_empty()).then(|| {
            counts
                .iter()
                .map(|(id, n)| format!("--count {id}={n}"))
                .collect::<Vec<_>>()
                .join(" ")
        }),
        adoption: adoption.map(|d| format!("--adoption {d}")),
    }
}

/// The delegation a count belongs to: the one named between it and the
/// next number (« 35 collectivités locales japonaises et de 19 … »), or the
/// previous one (日本の35自治体及びフランスの19自治体), as the language
/// places those words.
fn whose(profile: &Profile, text: &str, number: Range<usize>) -> Option<String> {
    // Up to the next number, or from the previous one, however written (31, ３１, 三十一).
    let others = numbers(text);
    let window = match profile.import.delegation_words {
        WordSide::After => {
            let end = others
                .iter()
                .map(|(r, _)| r.start)
                .find(|&start| start >= number.end)
                .unwrap_or(text.len());
            number.end..end
        }
        WordSide::Before => {
            let start = others
                .iter()
                .map(|(r, _)| r.end)
                .rfind(|&end| end <= number.start)
                .unwrap_or(0);
            start..number.start
        }
    };
    let words = &text[window.clone()];
    profile
        .import
        .delegations
        .iter()
        .filter_map(|(id, names)| {
            let at = names.iter().filter_map(|n| words.find(n.as_str())).min()?;
            // The nearest to the number wins.
            let distance = match profile.import.delegation_words {
                WordSide::After => at,
                WordSide::Before => words.len() - at,
            };
            Some((distance, id))
        })
        .min()
        .map(|(_, id)| id.clone())
}

/// The meeting's first and last day from the first full date of the
/// preamble: « du 18 au 21 novembre 2024 », « du 30 avril au 2 mai 2025 »
/// (the day, and maybe its month, before the date), 2024年11月18日〜21日,
/// 2025年4月30日〜5月2日 (the day, and maybe its month, after it), or that
/// day alone. A range must run forward within the year.
fn meeting_days(
    writing: &DateWriting,
    text: &str,
    range: Range<usize>,
    date: Date,
) -> (Date, Date) {
    let day_number =
        |s: &str| -> Option<u8> { s.parse::<u8>().ok().filter(|d| (1..=31).contains(d)) };
    match writing {
        DateWriting::YearMonthDay {
            markers,
            span_joiners,
            ..
        } => {
            // 〜21日 or から4日まで right after the date.
            let after = text[range.end..].trim_start_matches([' ', '\u{3000}']);
            let after = span_joiners
                .iter()
                .find_map(|j| after.strip_prefix(j.as_str()))
                .unwrap_or(after)
                .trim_start_matches([' ', '\u{3000}']);
            let number = |s: &str| -> Option<(u8, usize)> {
                let (n, len) = number_at(s)?;
                Some((u8::try_from(n).ok()?, len))
            };
            // 〜5月2日 (another month) or 〜21日 (the same).
            let last = number(after).and_then(|(n, len)| {
                let rest = &after[len..];
                if let Some(rest) = rest.strip_prefix(markers[1].as_str()) {
                    let (day, len) = number(rest)?;
                    rest[len..]
                        .starts_with(markers[2].as_str())
                        .then_some((n, day))
                } else {
                    rest.starts_with(markers[2].as_str())
                        .then_some((date.month, n))
                }
            });
            match last {
                Some((month, day))
                    if (1..=12).contains(&month)
                        && day_number(&day.to_string()).is_some()
                        && (month, day) > (date.month, date.day) =>
                {
                    (date, Date { month, day, ..date })
                }
                _ => (date, date),
            }
        }
        _ => {
            // « du 18 au 21 novembre 2024 »: the last number shortly before.
            let start = text[..range.start]
                .char_indices()
                .rev()
                .nth(24)
                .map_or(0, |(i, _)| i);
            let before = &text[start..range.start];
            let Some(at) = before.rfind(|c: char| c.is_ascii_digit()) else {
                return (date, date);
            };
            let digits_start = before[..=at]
                .rfind(|c: char| !c.is_ascii_digit())
                .map_or(0, |i| i + 1);
            let first = day_number(&before[digits_start..=at]);
            // « 30 avril au »: the first day's own month, when it has one.
            let month = match writing {
                DateWriting::DayMonthYear {
                    months,
                    day_suffixes,
                } => {
                    let mut after = &before[at + 1..];
                    for suffix in day_suffixes {
                        after = after.strip_prefix(suffix.as_str()).unwrap_or(after);
                    }
                    let after = after.replace("</sup>", "");
                    let after = after.trim_start();
                    months
                        .iter()
                        .position(|m| after.starts_with(m.as_str()))
                        .map(|m| m as u8 + 1)
                }
                _ => None,
            };
            let month = month.unwrap_or(date.month);
            match first {
                Some(day) if (month, day) < (date.month, date.day) => {
                    (Date { month, day, ..date }, date)
                }
                _ => (date, date),
            }
        }
    }
}

/// The place a title names: « Déclaration de Shizuoka » is Shizuoka (the
/// meeting's name on the same line is split off before, at its dash or
/// ideographic space).
fn place_in_title(profile: &Profile, title: &str) -> Option<String> {
    profile.import.title_place.iter().find_map(|pattern| {
        let (before, after) = pattern.split_once("{place}")?;
        let place = title.trim().strip_prefix(before)?.strip_suffix(after)?;
        (!place.trim().is_empty() && place.chars().count() <= 60).then(|| place.trim().to_owned())
    })
}

/// A fact's variable where the text types it, as ranges of the text.
pub struct Replacement {
    pub range: Range<usize>,
    /// `japan-count`, `edition-ordinal`…; a term as `-host-city`.
    pub variable: String,
}

impl Replacement {
    /// The placeable that says it: `{ $japan-count }`, `{ -host-city }`.
    pub fn placeable(&self) -> String {
        if self.variable.starts_with('-') {
            format!("{{ {} }}", self.variable)
        } else {
            format!("{{ ${} }}", self.variable)
        }
    }
}

/// Where a text types the facts by hand: each range whose characters are
/// exactly what its variable writes (`values`, from the localized draft).
pub fn replacements(
    text: &str,
    profile: &Profile,
    facts: &Facts,
    values: &[(String, String)],
) -> Vec<Replacement> {
    let value = |name: &str| {
        values
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    };
    let overlap = |a: &Range<usize>, b: &Range<usize>| a.start < b.end && b.start < a.end;
    // A meeting's days the declaration does not record (it has no meeting
    // without an edition) stay as typed: « du 30 avril au 2 mai 2025 » ends
    // on the day of adoption, but is not it.
    let unrecorded_meeting: Vec<Range<usize>> = match &profile.prose.dates {
        Some(writing) if value("meeting-dates").is_none() => typed_dates(writing, text)
            .into_iter()
            .filter(|(range, date)| {
                let (first, last) = meeting_days(writing, text, range.clone(), *date);
                first != last
            })
            .map(|(range, _)| range)
            .collect(),
        _ => Vec::new(),
    };
    let mut found: Vec<Replacement> = Vec::new();
    let mut add = |range: Range<usize>, variable: &str| {
        if !found.iter().any(|r| overlap(&r.range, &range))
            && !unrecorded_meeting.iter().any(|m| overlap(m, &range))
        {
            found.push(Replacement {
                range,
                variable: variable.to_owned(),
            });
        }
    };
    // The longest first: the meeting's days hold a date of adoption.
    for name in ["meeting-dates", "adoption-date"] {
        if let Some(v) = value(name).filter(|v| !v.is_empty()) {
            for (at, _) in text.match_indices(v) {
                add(at..at + v.len(), name);
            }
        }
    }
    if let (Some(writing), Some(edition)) = (profile.prose.ordinals.as_ref(), facts.edition) {
        for (range, n) in series_ordinals(writing, text) {
            let name = match n {
                n if n == edition => "edition-ordinal",
                n if n + 1 == edition => "previous-edition-ordinal",
                n if n == edition + 1 => "next-edition-ordinal",
                _ => continue,
            };
            // The ordinal as the text writes it, from the digits (and 第) to its suffix.
            if value(name)
                .is_some_and(|v| text[range.clone()].ends_with(v) || v == &text[range.clone()])
            {
                let v = value(name).unwrap_or_default();
                let start = range.end - v.len();
                add(start..range.end, name);
            }
        }
    }
    for (range, n) in counted_numbers(&profile.prose, text) {
        let matching: Vec<&str> = facts
            .counts
            .iter()
            .filter(|(_, c)| *c == n)
            .map(|(id, _)| id.as_str())
            .collect();
        let id = match matching.as_slice() {
            [one] => Some((*one).to_owned()),
            [] => None,
            _ => whose(profile, text, range.clone()).filter(|id| matching.contains(&id.as_str())),
        };
        if let Some(id) = id {
            let name = format!("{id}-count");
            if value(&name) == Some(&text[range.clone()]) {
                add(range, &name);
            }
        }
    }
    found.sort_by_key(|r| r.range.start);
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::source::Place;
    use crate::language::known;

    fn piece(text: &str) -> Piece {
        Piece {
            text: text.to_owned(),
            place: Place::Line(1),
        }
    }

    #[test]
    fn the_preamble_and_the_title_give_the_facts() {
        let document = Document {
            preamble: vec![piece(
                "Nous, représentants de 35 collectivités locales japonaises et de 19 collectivités locales françaises, réunis à Shizuoka du 18 au 21 novembre 2024 pour les 8<sup>e</sup> Rencontres, adoptons :",
            )],
            meeting: Some(piece("8<sup>e</sup> Rencontres franco-japonaises")),
            title: piece("Déclaration de Shizuoka"),
            place_and_date: Some(piece("Ville de Shizuoka – Japon, Le 21 novembre 2024")),
            author: None,
            opening: vec![],
            sections: vec![],
            closing: vec![],
        };
        let facts = find(&document, known("fr"), Given::default());
        assert_eq!(facts.edition, Some(8));
        assert_eq!(
            facts.counts,
            [("japan".to_owned(), 35), ("france".to_owned(), 19)]
        );
        let day = |d| Date {
            year: 2024,
            month: 11,
            day: d,
        };
        assert_eq!(facts.meeting, Some((day(18), day(21))));
        assert_eq!(facts.adoption, Some(day(21)));
        assert_eq!(facts.place.as_deref(), Some("Shizuoka"));
    }

    #[test]
    fn a_fact_is_replaced_only_where_its_variable_writes_the_same() {
        let facts = Facts {
            edition: Some(8),
            counts: vec![("japan".into(), 35), ("france".into(), 19)],
            ..Facts::default()
        };
        let values = vec![
            ("edition-ordinal".to_owned(), "8<sup>e</sup>".to_owned()),
            (
                "previous-edition-ordinal".to_owned(),
                "7<sup>e</sup>".to_owned(),
            ),
            ("japan-count".to_owned(), "35".to_owned()),
            ("france-count".to_owned(), "19".to_owned()),
            (
                "meeting-dates".to_owned(),
                "du 18 au 21 novembre 2024".to_owned(),
            ),
        ];
        let text = "de 35 collectivités japonaises et de 19 collectivités, du 18 au 21 novembre 2024, les 8<sup>e</sup> Rencontres après les 7<sup>e</sup> Rencontres et 35 ans";
        let got: Vec<(&str, String)> = replacements(text, known("fr"), &facts, &values)
            .into_iter()
            .map(|r| (&text[r.range], r.variable))
            .collect();
        assert_eq!(
            got,
            [
                ("35", "japan-count".to_owned()),
                ("19", "france-count".to_owned()),
                ("du 18 au 21 novembre 2024", "meeting-dates".to_owned()),
                ("8<sup>e</sup>", "edition-ordinal".to_owned()),
                ("7<sup>e</sup>", "previous-edition-ordinal".to_owned()),
            ]
        );
    }

    #[test]
    fn a_meeting_across_two_months_is_found_whole() {
        let day = |month, day| Date {
            year: 2025,
            month,
            day,
        };
        let days = |lang: &str, text: &str| {
            let profile = known(lang);
            let writing = profile.prose.dates.as_ref().unwrap();
            let (range, date) = typed_dates(writing, text).into_iter().next().unwrap();
            meeting_days(writing, text, range, date)
        };
        for (lang, text, expected) in [
            (
                "fr",
                "réunis à Lyon du 30 avril au 2 mai 2025, adoptons",
                (day(4, 30), day(5, 2)),
            ),
            (
                "fr",
                "réunis du 1<sup>er</sup> au 3 octobre 2025",
                (day(10, 1), day(10, 3)),
            ),
            (
                "fr",
                "du 18 au 21 novembre 2025",
                (day(11, 18), day(11, 21)),
            ),
            ("fr", "le 21 novembre 2025", (day(11, 21), day(11, 21))),
            // Backwards is no range: the day alone.
            ("fr", "du 3 décembre au 2 mai 2025", (day(5, 2), day(5, 2))),
            (
                "ja",
                "2025年4月30日〜5月2日にリヨンで",
                (day(4, 30), day(5, 2)),
            ),
            ("ja", "2025年11月18日〜21日に", (day(11, 18), day(11, 21))),
            ("ja", "2025年11月18日〜3月2日に", (day(11, 18), day(11, 18))),
        ] {
            assert_eq!(days(lang, text), expected, "{text}");
        }
    }
}
