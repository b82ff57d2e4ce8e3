//! Dates in each language, by ICU: full dates (« 21 novembre 2024 »,
//! 2024年11月21日) and the reduced forms a date range needs, where the parts
//! both ends share are written once (« du 18 au 21 novembre 2024 »,
//! 2024年11月18日〜21日). Which end is reduced is the locale's choice, made in
//! its `date-range` message.

use icu_calendar::Date as IcuDate;
use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::{D, MD, YMD};
use icu_locale_core::Locale;

use crate::check::Date;

/// A date written in full and with the parts it shares with the other end of a range left out.
pub struct RangeEnd {
    pub full: String,
    pub reduced: String,
}

/// Formats a date in full.
pub fn long(date: Date, locale: &Locale) -> Result<String, String> {
    let formatter =
        DateTimeFormatter::try_new(locale.into(), YMD::long()).map_err(|e| e.to_string())?;
    Ok(formatter.format(&iso(date)?).to_string())
}

/// Formats both ends of a range, each also without what it shares with the other.
pub fn range(first: Date, last: Date, locale: &Locale) -> Result<(RangeEnd, RangeEnd), String> {
    let reduced = |date: Date| -> Result<String, String> {
        let value = iso(date)?;
        let text = if first.year != last.year {
            DateTimeFormatter::try_new(locale.into(), YMD::long())
                .map_err(|e| e.to_string())?
                .format(&value)
                .to_string()
        } else if first.month != last.month {
            DateTimeFormatter::try_new(locale.into(), MD::long())
                .map_err(|e| e.to_string())?
                .format(&value)
                .to_string()
        } else {
            DateTimeFormatter::try_new(locale.into(), D::long())
                .map_err(|e| e.to_string())?
                .format(&value)
                .to_string()
        };
        Ok(text)
    };
    Ok((
        RangeEnd {
            full: long(first, locale)?,
            reduced: reduced(first)?,
        },
        RangeEnd {
            full: long(last, locale)?,
            reduced: reduced(last)?,
        },
    ))
}

fn iso(date: Date) -> Result<IcuDate<icu_calendar::Iso>, String> {
    IcuDate::try_new_iso(date.year, date.month, date.day).map_err(|e| format!("{date}: {e}"))
}
