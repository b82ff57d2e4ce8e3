//! Dates in each language, by ICU: full dates (« 21 novembre 2024 »,
//! 2024年11月21日) and the reduced forms a date range needs, where the parts
//! both ends share are written once (« du 18 au 21 novembre 2024 »,
//! 2024年11月18日〜21日). Which end is reduced is the locale's choice, made in
//! its `date-range` message. The day of the month is written by the locale's
//! `day-of-month` message, so French can say « 1er octobre », and in a calendar
//! with eras the year by `year-of-era`, so Japanese can say 令和元年.

use std::fmt;

use icu_calendar::Date as IcuDate;
use icu_datetime::fieldsets::{D, M, MD, Y, YMD};
use icu_datetime::{DateTimeFormatter, DateTimeFormatterPreferences};
use icu_locale_core::Locale;
use writeable::{Part, PartsWrite, Writeable};

use crate::check::Date;
use crate::diagnostic::{Failure, Internal};

/// A date written in full and with the parts it shares with the other end of a range left out.
pub struct RangeEnd {
    pub full: String,
    pub reduced: String,
}

/// Writes a number (a day of the month, a year of an era) in the locale's words.
/// (A declaration may override those messages: a failure may be the user's.)
pub type Words<'a> = &'a dyn Fn(u32) -> Result<String, Failure>;

/// Formats dates for one locale (and calendar, given as a `-u-ca-` extension).
pub struct DateFormat<'a> {
    prefs: DateTimeFormatterPreferences,
    day: Words<'a>,
    /// For calendars with eras: how the year of the era is written.
    era_year: Option<Words<'a>>,
}

/// Which fields a formatted date shows.
#[derive(Clone, Copy)]
enum Fields {
    YearMonthDay,
    MonthDay,
    Day,
    Month,
    Year,
}

impl<'a> DateFormat<'a> {
    pub fn new(locale: &Locale, day: Words<'a>, era_year: Option<Words<'a>>) -> Self {
        DateFormat {
            prefs: locale.into(),
            day,
            era_year,
        }
    }

    /// A date in full.
    pub fn long(&self, date: Date) -> Result<String, Failure> {
        self.format(date, Fields::YearMonthDay)
    }

    /// Both ends of a range, each also without what it shares with the other.
    /// The month of a date, as the locale names it alone (novembre, 11月).
    pub fn month(&self, date: Date) -> Result<String, Failure> {
        self.format(date, Fields::Month)
    }

    /// The year of a date, as the locale writes it alone (2024; in the
    /// Japanese calendar, 令和6年).
    pub fn year(&self, date: Date) -> Result<String, Failure> {
        self.format(date, Fields::Year)
    }

    pub fn range(&self, first: Date, last: Date) -> Result<(RangeEnd, RangeEnd), Failure> {
        let fields = if first.year != last.year {
            Fields::YearMonthDay
        } else if first.month != last.month {
            Fields::MonthDay
        } else {
            Fields::Day
        };
        Ok((
            RangeEnd {
                full: self.long(first)?,
                reduced: self.format(first, fields)?,
            },
            RangeEnd {
                full: self.long(last)?,
                reduced: self.format(last, fields)?,
            },
        ))
    }

    fn format(&self, date: Date, fields: Fields) -> Result<String, Failure> {
        let failed = |detail: String| Internal::Format {
            what: format!("the date {date}"),
            detail,
        };
        let value = IcuDate::try_new_iso(date.year, date.month, date.day)
            .map_err(|e| failed(e.to_string()))?;
        let load = |e: icu_datetime::DateTimeFormatterLoadError| failed(e.to_string());
        let mut sink = WordsSink {
            format: self,
            out: String::new(),
            capture: None,
            error: None,
        };
        let written = match fields {
            Fields::YearMonthDay => DateTimeFormatter::try_new(self.prefs, YMD::long())
                .map_err(load)?
                .format(&value)
                .write_to_parts(&mut sink),
            Fields::MonthDay => DateTimeFormatter::try_new(self.prefs, MD::long())
                .map_err(load)?
                .format(&value)
                .write_to_parts(&mut sink),
            Fields::Day => DateTimeFormatter::try_new(self.prefs, D::long())
                .map_err(load)?
                .format(&value)
                .write_to_parts(&mut sink),
            Fields::Month => DateTimeFormatter::try_new(self.prefs, M::long())
                .map_err(load)?
                .format(&value)
                .write_to_parts(&mut sink),
            Fields::Year => DateTimeFormatter::try_new(self.prefs, Y::long())
                .map_err(load)?
                .format(&value)
                .write_to_parts(&mut sink),
        };
        if let Some(error) = sink.error {
            return Err(error);
        }
        written.map_err(|e| failed(e.to_string()))?;
        Ok(sink.out)
    }
}

/// Receives ICU's formatted date and rewrites the parts the locale words
/// itself: the day of the month, and the year of an era.
struct WordsSink<'f, 'a> {
    format: &'f DateFormat<'a>,
    out: String,
    /// The text of the part being rewritten, while ICU writes it.
    capture: Option<String>,
    error: Option<Failure>,
}

impl fmt::Write for WordsSink<'_, '_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        match &mut self.capture {
            Some(captured) => captured.push_str(s),
            None => self.out.push_str(s),
        }
        Ok(())
    }
}

impl PartsWrite for WordsSink<'_, '_> {
    type SubPartsWrite = Self;

    fn with_part(
        &mut self,
        part: Part,
        mut f: impl FnMut(&mut Self) -> fmt::Result,
    ) -> fmt::Result {
        let words = match part {
            _ if self.capture.is_some() => None,
            p if p == icu_datetime::parts::DAY => Some(self.format.day),
            p if p == icu_datetime::parts::YEAR => self.format.era_year,
            _ => None,
        };
        let Some(words) = words else { return f(self) };
        self.capture = Some(String::new());
        let result = f(self);
        let captured = self.capture.take().unwrap_or_default();
        // ICU writes these parts as plain digits; anything else is kept as written.
        let rewritten = match captured.parse::<u32>() {
            Ok(number) => words(number).unwrap_or_else(|e| {
                self.error = Some(e);
                captured.clone()
            }),
            Err(_) => captured,
        };
        self.out.push_str(&rewritten);
        result
    }
}
