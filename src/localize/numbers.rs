//! Numbers in Fluent messages, formatted by ICU for the message's language
//! (« 10 000 » in French, "10,000" in English), through fluent-bundle's
//! formatter hook and its per-language memoizer; and numbers in words, for
//! the languages whose profile names a speller (num2words).

use fluent_bundle::FluentValue;
use icu_decimal::input::Decimal;
use icu_decimal::{DecimalFormatter, DecimalFormatterPreferences};
use intl_memoizer::{IntlLangMemoizer, Memoizable};
use unic_langid::LanguageIdentifier;

use crate::diagnostic::Internal;
use crate::language::NumberWords;

/// ICU's decimal formatter, built once per language by the memoizer.
pub struct NumberFormat(DecimalFormatter);

impl Memoizable for NumberFormat {
    type Args = ();
    type Error = String;

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, String> {
        let locale = super::icu_locale(&lang);
        DecimalFormatter::try_new(
            DecimalFormatterPreferences::from(&locale),
            Default::default(),
        )
        .map(NumberFormat)
        .map_err(|e| e.to_string())
    }
}

/// fluent-bundle's formatter hook: integers go through ICU; anything else
/// (fractions, strings) keeps Fluent's own formatting.
pub fn format_number(value: &FluentValue, memoizer: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let whole = number.value.fract() == 0.0 && number.value.abs() < 9.0e15;
    if !whole
        || number
            .options
            .minimum_fraction_digits
            .is_some_and(|d| d > 0)
    {
        return None;
    }
    let decimal = Decimal::from(number.value as i64);
    memoizer
        .with_try_get::<NumberFormat, _, _>((), |format| format.0.format(&decimal).to_string())
        .ok()
}

/// A whole number in words: « vingt et un », "two thousand twenty-four".
pub fn in_words(n: u32, speller: NumberWords) -> Result<String, Internal> {
    let lang = match speller {
        NumberWords::French => num2words::Lang::French,
        NumberWords::English => num2words::Lang::English,
    };
    num2words::Num2Words::new(n)
        .lang(lang)
        .to_words()
        .map_err(|e| Internal::Format {
            what: format!("{n} in words"),
            detail: format!("{e:?}"),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_years_in_words() {
        assert_eq!(in_words(21, NumberWords::French).unwrap(), "vingt et un");
        assert_eq!(
            in_words(2024, NumberWords::French).unwrap(),
            "deux mille vingt-quatre"
        );
        assert_eq!(
            in_words(2024, NumberWords::English).unwrap(),
            "two thousand and twenty-four"
        );
    }
}
