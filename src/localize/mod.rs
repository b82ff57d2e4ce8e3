//! Stage 3, localize: resolve every message of a `Declaration` in each of its
//! languages, with the facts supplied as Fluent variables, into `Localized`.
//!
//! Each language gets two Fluent bundles: the declaration's text
//! (`<lang>.ftl`) and sengen's fixed wording (`locales/<lang>/`). Unicode
//! isolation marks are off (they would end up in the PDF); a message that
//! fails to resolve is an error, never a `{$x}` on paper.

mod dates;
mod numbers;
pub mod signatures;
pub mod text;
pub mod wording;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use icu_locale_core::Locale;
use unic_langid::LanguageIdentifier;

use crate::check::facts::Fact;
use crate::check::{
    Block, Calendar, Date, Declaration, Document, Language, MessageId, SignatureLayout, Status,
};
use crate::diagnostic::{Code, Diagnostic, Diagnostics, Failure, Internal};
use crate::fluent;
use crate::language::Script;
use crate::words;
pub use text::{Inline, Text};
use wording::{Wording, Words};

/// The prefix of the messages that resolve one fact each.
const FACT_PROBE: &str = "sengen-fact-";

/// A declaration loaded, checked and localized in every language: what
/// the first three stages hand on (`pipeline::prepare` chains them).
pub struct Prepared {
    pub declaration: Declaration,
    pub localized: Localized,
    /// What the checks found short of errors.
    pub warnings: Diagnostics,
    /// The declaration's own files as read (the schema file, each text):
    /// what its fingerprint covers of it, and what `--attach-source` embeds.
    pub files: Vec<(String, Vec<u8>)>,
}

/// A declaration resolved in each of its languages.
#[derive(Clone)]
pub struct Localized {
    pub id: String,
    pub status: Status,
    pub adoption_date: Date,
    /// One per language, in the declaration's order.
    pub editions: Vec<Edition>,
    /// Indices in `editions` of the bilingual edition's left and right languages.
    pub bilingual: Option<(usize, usize)>,
    /// Where the signatures stand.
    pub signature_layout: SignatureLayout,
    /// The declaration asks for signature fields in every PDF.
    pub signature_fields: bool,
}

/// The whole text in one language.
#[derive(Clone)]
pub struct Edition {
    pub lang: LanguageIdentifier,
    pub document: Document<Text>,
    /// « Fait à Shizuoka, le 21 novembre 2024 ».
    pub dateline: Text,
    /// Set when the text is a provisional translation.
    pub provisional: Option<Provisional>,
    /// Each fact variable and its text in this language (`japan-count` →
    /// « 35 », `meeting-dates` → « du 18 au 21 novembre 2024 »): how
    /// `sengen import` knows a fact typed into a draft.
    pub facts: Vec<(String, String)>,
    pub script: Script,
    /// The bullet of a list item.
    pub list_marker: Text,
    /// The numbers of commitments: « 1. », « 2. »… as many as the longest list needs.
    pub commitment_numbers: Vec<Text>,
    /// Keywords for the PDF's metadata.
    pub keywords: Vec<String>,
    /// Names the fingerprint printed in full at the end.
    pub fingerprint_label: Text,
    /// Set for a draft: its watermark (PROJET, 草案) and the draft's date.
    pub draft: Option<DraftMark>,
    /// The signature pages: per delegation, a block per signatory.
    pub signatures: Vec<signatures::SignatureGroup>,
    /// Set on a redline (`sengen diff`): what it compares, and what changed.
    pub comparison: Option<ComparisonMark>,
    pub signature_labels: signatures::SignatureLabels,
}

/// What a redline says of itself, in its language.
#[derive(Clone)]
pub struct ComparisonMark {
    /// « Comparaison : version du … → version du … », at the top of every page.
    pub header: Text,
    pub facts_heading: Text,
    /// One line per fact that changed (or one saying none did).
    pub facts: Vec<Text>,
    /// The words a screen reader hears before a change.
    pub inserted: Text,
    pub deleted: Text,
}

/// What marks every page of a draft.
#[derive(Clone)]
pub struct DraftMark {
    pub watermark: Text,
    pub version: Option<Text>,
}

/// How a provisional translation says what it is.
#[derive(Clone)]
pub struct Provisional {
    /// « Traduction provisoire », 仮訳: at the top of every page.
    pub label: Text,
    /// Under the title: which text is authentic.
    pub note: Option<Text>,
}

/// Resolves every language of the declaration.
pub fn localize(declaration: &Declaration) -> Result<Localized, Failure> {
    let mut diagnostics = Diagnostics::default();
    let mut editions = Vec::new();
    for language in &declaration.languages {
        match localize_one(declaration, language) {
            Ok(edition) => {
                diagnostics.extend(title_length(declaration, language, &edition));
                editions.push(edition);
            }
            Err(Failure::Invalid(d)) => diagnostics.extend(d),
            Err(internal) => return Err(internal),
        }
    }
    if diagnostics.has_errors() {
        return Err(Failure::Invalid(diagnostics));
    }
    Ok(Localized {
        id: declaration.id.clone(),
        status: declaration.status,
        adoption_date: declaration.adoption.date,
        signature_layout: declaration.signatures.layout,
        signature_fields: declaration.signatures.fields,
        editions,
        bilingual: declaration.bilingual,
    })
}

/// The longest title a PDF can name itself by (its metadata): PDF/A bounds
/// a string at 32,767 characters; a title is a line or two.
pub const LONGEST_TITLE: usize = 1000;

/// A title too long to be the PDF's title (F013), at its message.
fn title_length(declaration: &Declaration, language: &Language, edition: &Edition) -> Diagnostics {
    let length = edition.document.title.as_str().chars().count();
    if length <= LONGEST_TITLE {
        return Diagnostics::default();
    }
    let id = &declaration.document.title.id;
    let mut d = Diagnostic::new(
        Code::F013,
        words!(
            "F013-title-too-long",
            id = id,
            lang = language.tag.to_string(),
            length = length,
            longest = LONGEST_TITLE
        ),
    )
    .hint(words!("F013-title-too-long-hint"));
    if let Some(at) = fluent::message_span(&language.resource, language.file, id) {
        d = d.at(at, words!("label-title"));
    }
    Diagnostics::from(d)
}

fn localize_one(declaration: &Declaration, language: &Language) -> Result<Edition, Failure> {
    let lang = &language.tag;
    // The check stage refused every language sengen has no profile (and so
    // no locale folder) for.
    let wording = Wording::load(lang)?.ok_or_else(|| Internal::Wording {
        lang: lang.to_string(),
        detail: "no locale folder".to_owned(),
    })?;

    // Each fact as a message of its own, to say how this language writes
    // it (`Edition::facts`). Ids under `sengen-` are sengen's: the check
    // stage refused any the declaration defines but its overrides.
    let probe: String = declaration
        .facts()
        .iter()
        .map(|(name, _)| format!("{FACT_PROBE}{name} = {{ ${name} }}\n"))
        .collect();
    let probe = FluentResource::try_new(probe)
        .map_err(|(_, e)| Internal::Broken(format!("the facts' messages: {e:?}")))?;
    let mut bundle: FluentBundle<&FluentResource> = FluentBundle::new(vec![lang.clone()]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(numbers::format_number));
    bundle
        .add_builtins()
        .map_err(|e| Internal::Broken(format!("Fluent's built-in functions: {e}")))?;
    // Ids defined twice were rejected by the check stage; nothing can clash here.
    bundle
        .add_resource(&language.resource)
        .map_err(|e| Internal::Broken(format!("{lang}.ftl defines an id twice: {e:?}")))?;
    bundle.add_resource_overriding(&probe);

    // The messages that write the facts see no facts (they make them).
    let fact_words = Words::new(&wording, &bundle, language);
    let number_words = |id: &'static str, name: &'static str| {
        let words = &fact_words;
        move |n: u32| -> Result<String, Failure> {
            let mut args = FluentArgs::new();
            args.set(name, n);
            words.format(id, &args)
        }
    };
    let day = number_words("day-of-month", "day");
    let era_year = number_words("year-of-era", "year");
    let gregorian = dates::DateFormat::new(&icu_locale(lang), &day, None);
    let japanese = dates::DateFormat::new(&icu_locale_in(lang, "japanese"), &day, Some(&era_year));
    let date_format = match language.calendar {
        Calendar::Gregorian => &gregorian,
        Calendar::Japanese => &japanese,
    };
    let args = fact_arguments(declaration, &fact_words, date_format)?;
    let words = fact_words.with_facts(&args);
    let facts = declaration
        .facts()
        .into_iter()
        .filter_map(|(name, _)| {
            let pattern = bundle
                .get_message(&format!("{FACT_PROBE}{name}"))?
                .value()?;
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
            errors
                .is_empty()
                .then(|| (name, Text::new(&text).as_str().to_owned()))
        })
        .collect();

    let mut problems = Problems::default();
    let mut resolve = |message: &MessageId| -> Text {
        problems
            .keep(resolve_message(&bundle, language, message, &args))
            .unwrap_or_else(|| Text::new(""))
    };
    let document = declaration.document.map(&mut resolve);
    let place = resolve(&declaration.adoption.place);
    let signatures =
        signatures::groups(declaration, language, &bundle, &args, &words, &mut problems)?;
    problems.finish()?;

    let dateline_args = dateline_arguments(
        declaration.adoption.date,
        &place,
        language,
        &words,
        date_format,
        &japanese,
    )?;
    let dateline = Text::new(&words.format("dateline", &dateline_args)?);

    let format = |id: &str, args: &FluentArgs| words.format(id, args).map(|t| Text::new(&t));
    let none = FluentArgs::new();
    let longest = (declaration.document.blocks())
        .filter_map(|block| match block {
            Block::Commitments(list) => Some(list.len()),
            _ => None,
        })
        .max()
        .unwrap_or(0);
    let commitment_numbers = (1..=longest)
        .map(|n| {
            let mut args = FluentArgs::new();
            args.set("n", n);
            format("commitment-number", &args)
        })
        .collect::<Result<_, _>>()?;
    let draft = if declaration.status == Status::Draft {
        let version = match declaration.draft_date {
            Some(date) => {
                let mut args = FluentArgs::new();
                args.set("date", date_format.long(date)?);
                Some(format("draft-version", &args)?)
            }
            None => None,
        };
        Some(DraftMark {
            watermark: format("draft-watermark", &none)?,
            version,
        })
    } else {
        None
    };
    let provisional = if language.provisional {
        Some(provisional(declaration, &words)?)
    } else {
        None
    };
    Ok(Edition {
        lang: lang.clone(),
        document,
        dateline,
        provisional,
        script: language.profile.script,
        list_marker: Text::new(&language.profile.list_marker),
        fingerprint_label: format("fingerprint-label", &none)?,
        draft,
        signatures,
        comparison: None,
        facts,
        signature_labels: signatures::SignatureLabels::new(&words)?,
        keywords: words
            .plain("document-keywords")?
            .split([',', '、'])
            .map(|k| k.trim().to_owned())
            .filter(|k| !k.is_empty())
            .collect(),
        commitment_numbers,
    })
}

/// What the dateline receives: the place, the date in full, and its pieces
/// (docs/format.md lists them); the day and year in words where the
/// language's profile has a speller.
fn dateline_arguments(
    date: Date,
    place: &Text,
    language: &Language,
    words: &Words,
    dates: &dates::DateFormat,
    japanese: &dates::DateFormat,
) -> Result<FluentArgs<'static>, Failure> {
    let mut args = FluentArgs::new();
    args.set("place", place.as_str().to_owned());
    args.set("date", dates.long(date)?);
    args.set("day", date.day);
    let mut day = FluentArgs::new();
    day.set("day", date.day);
    args.set("day-ordinal", words.format("day-ordinal", &day)?);
    args.set("month", dates.month(date)?);
    // A year is a name, not a quantity: no digit grouping (2024, not 2 024).
    args.set("year", date.year.to_string());
    args.set("era-year", japanese.year(date)?);
    if let Some(speller) = language.profile.number_words {
        args.set(
            "day-words",
            numbers::in_words(u32::from(date.day), speller)?,
        );
        let year = u32::try_from(date.year).unwrap_or_default();
        args.set("year-words", numbers::in_words(year, speller)?);
    }
    Ok(args)
}

/// What resolving a language's messages found wrong, kept until every
/// message was tried, so that all are reported at once.
#[derive(Default)]
pub(crate) struct Problems {
    diagnostics: Diagnostics,
    internal: Option<Internal>,
}

impl Problems {
    /// The text, or nothing after keeping what went wrong.
    pub(crate) fn keep(&mut self, result: Result<Text, Failure>) -> Option<Text> {
        match result {
            Ok(text) => Some(text),
            Err(Failure::Invalid(diagnostics)) => {
                self.diagnostics.extend(diagnostics);
                None
            }
            Err(Failure::Internal(internal)) => {
                self.internal.get_or_insert(internal);
                None
            }
        }
    }

    fn finish(self) -> Result<(), Failure> {
        match self.internal {
            Some(internal) => Err(Failure::Internal(internal)),
            None if self.diagnostics.has_errors() => Err(Failure::Invalid(self.diagnostics)),
            None => Ok(()),
        }
    }
}

/// The label and note of a provisional translation, in its own language.
fn provisional(declaration: &Declaration, wording: &Words) -> Result<Provisional, Failure> {
    let authentic: Vec<String> = declaration
        .languages
        .iter()
        .filter(|l| !l.provisional)
        .map(|l| {
            let mut args = FluentArgs::new();
            args.set("tag", l.tag.to_string());
            wording.format("language-name", &args)
        })
        .collect::<Result<_, _>>()?;
    let note = if authentic.is_empty() {
        None
    } else {
        let separator = wording.format("list-separator", &FluentArgs::new())?;
        let mut args = FluentArgs::new();
        args.set("authentic", authentic.join(&separator));
        Some(Text::new(&wording.format("provisional-note", &args)?))
    };
    Ok(Provisional {
        label: Text::new(&wording.plain("provisional-label")?),
        note,
    })
}

/// Resolves one message; a resolver error points at the message in its file.
fn resolve_message(
    bundle: &FluentBundle<&FluentResource>,
    language: &Language,
    message: &MessageId,
    args: &FluentArgs,
) -> Result<Text, Failure> {
    let lang = &language.tag;
    // The check stage refused every message the structure needs that has no text (F010).
    let Some(pattern) = bundle.get_message(&message.id).and_then(|m| m.value()) else {
        return Err(Failure::Internal(Internal::Broken(format!(
            "`{}` has no text in {lang}.ftl after the check stage",
            message.id
        ))));
    };
    let mut errors = Vec::new();
    let resolved = bundle.format_pattern(pattern, Some(args), &mut errors);
    if let Some(error) = errors.first() {
        let at = fluent::message_span(&language.resource, language.file, &message.id)
            .unwrap_or_else(|| message.span.clone());
        return Err(Failure::Invalid(Diagnostics::from(
            Diagnostic::new(
                Code::F011,
                words!(
                    "F011-cannot-resolved",
                    id = message.id.to_string(),
                    lang = lang.to_string(),
                    error = error.to_string()
                ),
            )
            .at(at, words!("label-message"))
            .related(message.span.clone(), words!("label-used-here"))
            .hint(words!("F011-check-message-s-variables-hint")),
        )));
    }
    Ok(Text::new(&resolved))
}

/// The value of every fact, as Fluent variables.
fn fact_arguments(
    declaration: &Declaration,
    wording: &Words,
    dates: &dates::DateFormat,
) -> Result<FluentArgs<'static>, Failure> {
    let ordinal = |n: u32| -> Result<FluentValue<'static>, Failure> {
        let mut args = FluentArgs::new();
        args.set("n", n);
        Ok(wording.format("edition-ordinal", &args)?.into())
    };
    let meeting = declaration.meeting.as_ref();
    let days = meeting
        .map(|m| dates.range(m.opens, m.closes))
        .transpose()?;
    let mut args = FluentArgs::new();
    for (name, fact) in declaration.facts() {
        let value: FluentValue<'static> = match (fact, meeting, &days) {
            (Fact::Edition, Some(m), _) => m.edition.into(),
            (Fact::EditionOrdinal, Some(m), _) => ordinal(m.edition)?,
            (Fact::PreviousEditionOrdinal, Some(m), _) => ordinal(m.edition - 1)?,
            (Fact::NextEditionOrdinal, Some(m), _) => ordinal(m.edition + 1)?,
            (Fact::MeetingDates, Some(m), Some((first, last))) => {
                let mut range = FluentArgs::new();
                range.set("first", first.full.clone());
                range.set("first-reduced", first.reduced.clone());
                range.set("last", last.full.clone());
                range.set("last-reduced", last.reduced.clone());
                let key = if m.opens == m.closes {
                    "date-single"
                } else {
                    "date-range"
                };
                wording.format(key, &range)?.into()
            }
            (Fact::OpeningDate, _, Some((first, _))) => first.full.clone().into(),
            (Fact::ClosingDate, _, Some((_, last))) => last.full.clone().into(),
            (Fact::AdoptionDate, ..) => dates.long(declaration.adoption.date)?.into(),
            (Fact::AdoptionYear, ..) => declaration.adoption.date.year.to_string().into(),
            (Fact::DelegationCount(index), ..) => declaration.delegations[index].count.into(),
            (Fact::ParticipantCount, ..) => declaration
                .delegations
                .iter()
                .map(|d| d.count)
                .sum::<u32>()
                .into(),
            // `facts()` names a meeting's facts only for a declaration that has one.
            _ => continue,
        };
        args.set(name, value);
    }
    Ok(args)
}

/// The ICU locale for a Fluent language identifier (they are the same BCP 47 tag).
fn icu_locale(lang: &LanguageIdentifier) -> Locale {
    lang.to_string().parse().unwrap_or(Locale::UNKNOWN)
}

/// The ICU locale of a language, with dates in the given calendar.
fn icu_locale_in(lang: &LanguageIdentifier, calendar: &str) -> Locale {
    format!("{lang}-u-ca-{calendar}")
        .parse()
        .unwrap_or_else(|_| icu_locale(lang))
}
