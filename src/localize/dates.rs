//! Dates in each language, by ICU: full dates (« 21 novembre 2024 »,
//! 2024年11月21日) and the reduced forms a date range needs, where the parts
//! both ends share are written once (« du 18 au 21 novembre 2024 »,
//! 2024年11月18日〜21日). Which end is reduced is the locale's choice, made in
//! its `date-range` message. The day of the month is written by the locale's
//! `day-of-month` message, so French can say « 1er octobre ».

use std::fmt;

use icu_calendar::Date as IcuDate;
use icu_datetime::fieldsets::{D, MD, YMD};
use icu_datetime::{DateTimeFormatter, DateTimeFormatterPreferences};
use icu_locale_core::Locale;
use writeable::{Part, PartsWrite, Writeable};

use crate::check::Date;

/// A date written in full and with the parts it shares with the other end of a range left out.
pub struct RangeEnd {
    pub full: String,
    pub reduced: String,
}

/// Formats dates for one locale; `day` writes a day of the month in its words.
pub struct DateFormat<'a> {
    prefs: DateTimeFormatterPreferences,
    day: &'a dyn Fn(u8) -> Result<String, String>,
}

/// Which fields a formatted date shows.
#[derive(Clone, Copy)]
enum Fields {
    YearMonthDay,
    MonthDay,
    Day,
}

impl<'a> DateFormat<'a> {
    pub fn new(locale: &Locale, day: &'a dyn Fn(u8) -> Result<String, String>) -> Self {
        DateFormat { prefs: locale.into(), day }
    }

    /// A date in full.
    pub fn long(&self, date: Date) -> Result<String, String> {
        self.format(date, Fields::YearMonthDay)
    }

    /// Both ends of a range, each also without what it shares with the other.
    pub fn range(&self, first: Date, last: Date) -> Result<(RangeEnd, RangeEnd), String> {
        let fields = if first.year != last.year {
            Fields::YearMonthDay
        } else if first.month != last.month {
            Fields::MonthDay
        } else {
            Fields::Day
        };
        Ok((
            RangeEnd { full: self.long(first)?, reduced: self.format(first, fields)? },
            RangeEnd { full: self.long(last)?, reduced: self.format(last, fields)? },
        ))
    }

    fn format(&self, date: Date, fields: Fields) -> Result<String, String> {
        let value = IcuDate::try_new_iso(date.year, date.month, date.day).map_err(|e| format!("{date}: {e}"))?;
        let error = |e: icu_datetime::DateTimeFormatterLoadError| e.to_string();
        let mut sink = DaySink { out: String::new(), day: (self.day)(date.day)?, skipping: false };
        let written = match fields {
            Fields::YearMonthDay => DateTimeFormatter::try_new(self.prefs, YMD::long()).map_err(error)?.format(&value).write_to_parts(&mut sink),
            Fields::MonthDay => DateTimeFormatter::try_new(self.prefs, MD::long()).map_err(error)?.format(&value).write_to_parts(&mut sink),
            Fields::Day => DateTimeFormatter::try_new(self.prefs, D::long()).map_err(error)?.format(&value).write_to_parts(&mut sink),
        };
        written.map_err(|e| format!("{date}: {e}"))?;
        Ok(sink.out)
    }
}

/// Receives ICU's formatted date and puts the locale's day wording where ICU
/// writes the day of the month.
struct DaySink {
    out: String,
    day: String,
    skipping: bool,
}

impl fmt::Write for DaySink {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        if !self.skipping {
            self.out.push_str(s);
        }
        Ok(())
    }
}

impl PartsWrite for DaySink {
    type SubPartsWrite = Self;

    fn with_part(&mut self, part: Part, mut f: impl FnMut(&mut Self) -> fmt::Result) -> fmt::Result {
        if part == icu_datetime::parts::DAY && !self.skipping {
            self.out.push_str(&self.day.clone());
            self.skipping = true;
            let result = f(self);
            self.skipping = false;
            result
        } else {
            f(self)
        }
    }
}
