//! Stage 2, check: judge a `Draft` and turn it into a `Declaration`.
//!
//! A `Declaration` is valid by construction: dates are real calendar dates in
//! order, the flat list of blocks has become a tree of sections, every message
//! the structure names exists in every language and every reference inside the
//! text resolves. Everything wrong is reported at once, each with its span.

pub mod facts;
mod languages;
pub mod lint;
mod messages;
pub mod signatories;
mod structure;

use std::collections::BTreeSet;

use fluent_bundle::FluentResource;
use toml::Spanned;
use unic_langid::LanguageIdentifier;

use crate::diagnostic::{Code, Diagnostic, Diagnostics, FileId, Span};
use crate::language::Profile;
use crate::load::schema;
use crate::load::{Draft, Lock};
use crate::words;
pub use schema::SignatureLayout;
pub use schema::{Calendar, Status, Width};
pub use signatories::{Delegation, Member, PersonName, Signatures};
pub use structure::{Block, Document, Section, Subsection};

/// A valid declaration.
pub struct Declaration {
    pub id: String,
    pub status: Status,
    /// The date of this version of a draft.
    pub draft_date: Option<Date>,
    /// In the order of `languages` in the schema file.
    pub languages: Vec<Language>,
    /// The meeting that adopts it; none for a text simply signed.
    pub meeting: Option<Meeting>,
    pub adoption: Adoption,
    pub delegations: Vec<Delegation>,
    pub signatures: Signatures,
    pub document: Document<MessageId>,
    /// Indices in `languages` of the bilingual edition's left and right
    /// languages; `None` for a declaration in one language.
    pub bilingual: Option<(usize, usize)>,
    /// How Japanese text writes Latin letters and digits.
    pub japanese_alphanumerics: Width,
    /// The folder it was read from.
    pub dir: std::path::PathBuf,
    /// `translations.lock`, when the folder has one.
    pub lock: Option<Lock>,
}

/// A valid declaration and what the checks of its text found short of errors.
pub struct Checked {
    pub declaration: Declaration,
    pub warnings: Diagnostics,
}

/// Whether a translation may lack messages of the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Translations {
    /// Every language says every message: what a build needs.
    Complete,
    /// A message absent from a translated language is work to do, not an
    /// error: what `translations` and `xliff export` list and send out.
    MayLack,
}

/// Checks a draft: its structure and data, then its text. Errors stop here;
/// warnings travel with the declaration.
pub fn check(draft: Draft) -> Result<Checked, Diagnostics> {
    check_as(draft, Translations::Complete)
}

/// Checks a draft as `check` does, a translation's missing messages
/// allowed or not.
pub fn check_as(draft: Draft, translations: Translations) -> Result<Checked, Diagnostics> {
    let declaration = build(draft, translations)?;
    let findings = lint::lint(&declaration);
    if findings.has_errors() {
        Err(findings)
    } else {
        Ok(Checked {
            declaration,
            warnings: findings,
        })
    }
}

/// One language of the declaration and its text.
pub struct Language {
    pub tag: LanguageIdentifier,
    /// Where the schema file names it.
    pub span: Span,
    pub file: FileId,
    pub resource: FluentResource,
    /// The text is the project's provisional translation, not authentic.
    pub provisional: bool,
    pub calendar: Calendar,
    /// What sengen knows of the language: script, rules, names.
    pub profile: &'static Profile,
}

pub struct Meeting {
    pub edition: u32,
    pub opens: Date,
    pub closes: Date,
    /// Where declaration.toml gives each fact.
    pub edition_span: Span,
    pub opens_span: Span,
    pub closes_span: Span,
}

pub struct Adoption {
    pub date: Date,
    pub place: MessageId,
    /// Where declaration.toml gives the date.
    pub date_span: Span,
}

/// A calendar date (no time of day).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// A date as `2024-11-21`, if it is one of the calendar.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.trim().splitn(3, '-');
        let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
        let (year, month, day): (i32, u8, u8) =
            (year.parse().ok()?, month.parse().ok()?, day.parse().ok()?);
        let month_of_year = time::Month::try_from(month).ok()?;
        time::Date::from_calendar_date(year, month_of_year, day).ok()?;
        Some(Date { year, month, day })
    }
}

/// A message id as the structure names it, with where it names it.
#[derive(Debug, Clone)]
pub struct MessageId {
    pub id: String,
    pub span: Span,
}

/// Checks the structure and data of a draft and builds the declaration.
fn build(draft: Draft, translations: Translations) -> Result<Declaration, Diagnostics> {
    let mut diagnostics = Diagnostics::default();
    let file = draft.schema_file;
    let schema = &draft.schema;
    let span = |s: std::ops::Range<usize>| Span::new(file, s);

    check_id(&schema.id, file, &mut diagnostics);
    let meeting = schema.meeting.as_ref();
    let edition = meeting.map(|m| m.get_ref().edition.get_ref().0);
    if let (Some(0), Some(meeting)) = (edition, meeting) {
        diagnostics.push(
            Diagnostic::new(Code::S010, words!("S010-edition-must-1-more"))
                .at(
                    span(meeting.get_ref().edition.span()),
                    words!("label-edition-0"),
                )
                .hint(words!("S010-first-meeting-series-edition-hint")),
        );
    }
    let mut fact = |value: Option<&Spanned<toml::value::Datetime>>,
                    table: std::ops::Range<usize>,
                    missing: Missing| match value {
        Some(value) => date(value, file, &mut diagnostics),
        None => {
            diagnostics.push(missing.diagnostic(Span::new(file, table)));
            None
        }
    };
    let days = meeting.map(|m| {
        let table = m.span();
        let m = m.get_ref();
        (
            fact(m.opens.as_ref(), table.clone(), Missing::Opens),
            fact(m.closes.as_ref(), table, Missing::Closes),
        )
    });
    let adoption = schema.adoption.get_ref();
    let adopted = fact(
        adoption.date.as_ref(),
        schema.adoption.span(),
        Missing::AdoptionDate,
    );
    let place = adoption.place.as_ref().map(|place| MessageId {
        id: place.get_ref().clone(),
        span: span(place.span()),
    });
    if place.is_none() {
        diagnostics.push(Missing::Place.diagnostic(span(schema.adoption.span())));
    }
    let draft_date = schema
        .draft_date
        .as_ref()
        .and_then(|d| date(d, file, &mut diagnostics));
    if let (Some((Some(o), Some(c))), Some(meeting)) = (days, meeting) {
        let meeting = meeting.get_ref();
        let (opens, closes) = (meeting.opens.as_ref(), meeting.closes.as_ref());
        let days_span =
            |d: Option<&Spanned<toml::value::Datetime>>| span(d.map_or(0..0, |d| d.span()));
        if o > c {
            diagnostics.push(
                Diagnostic::new(Code::S011, words!("S011-meeting-closes-before-opens"))
                    .at(days_span(closes), words!("label-closing-day"))
                    .related(days_span(opens), words!("label-opening-day"))
                    .hint(words!("S011-swap-opens-closes-correct-hint")),
            );
        } else if let (Some(a), Some(date)) = (adopted.filter(|a| *a < o || *a > c), &adoption.date)
        {
            diagnostics.push(
                Diagnostic::new(
                    Code::S012,
                    words!("S012-adopted-outside-meeting-s", date = a.to_string()),
                )
                .at(span(date.span()), words!("label-adoption-day"))
                .related(days_span(opens), words!("label-meeting-opens"))
                .related(days_span(closes), words!("label-closes"))
                .hint(words!("S012-declaration-adopted-during-meeting-hint")),
            );
        }
    }
    let delegations = signatories::check(schema, file, &mut diagnostics);
    let document = structure::build(&schema.document, file, &mut diagnostics);
    let languages = languages::check_languages(&draft, &mut diagnostics);
    let bilingual = languages::check_options(schema, file, &languages, &mut diagnostics);

    // Every message the structure names, in every language; every reference resolves.
    let ids: Vec<String> = delegations.iter().map(|d| d.id.clone()).collect();
    let signatures = signatories::settings(schema, file, &delegations, &mut diagnostics);
    let variables: BTreeSet<String> = facts::facts(edition.map(|e| e.max(1)), &ids)
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    let mut needed = document.message_ids();
    needed.extend(delegations.iter().flat_map(|d| d.message_ids().cloned()));
    needed.extend(place.clone());
    for (n, language) in languages.iter().enumerate() {
        let text = &draft.texts[language.text];
        let defs = messages::definitions(text, &mut diagnostics);
        // The first language is the source: it never may lack a message.
        let absent_allowed = n > 0 && translations == Translations::MayLack;
        messages::check_needed(
            &needed,
            &language.tag,
            &defs,
            absent_allowed,
            &mut diagnostics,
        );
        messages::check_references(text, &defs, &variables, &mut diagnostics);
        messages::check_overrides(&defs, &mut diagnostics);
    }

    let meeting = match (edition, days, schema.meeting.as_ref()) {
        (Some(edition), Some((Some(opens), Some(closes))), Some(table)) => Some(Some(Meeting {
            edition,
            opens,
            closes,
            edition_span: span(table.get_ref().edition.span()),
            opens_span: table
                .get_ref()
                .opens
                .as_ref()
                .map_or_else(|| span(table.span()), |d| span(d.span())),
            closes_span: table
                .get_ref()
                .closes
                .as_ref()
                .map_or_else(|| span(table.span()), |d| span(d.span())),
        })),
        (None, ..) => Some(None),
        _ => None,
    };
    match (meeting, adopted, place) {
        (Some(meeting), Some(date), Some(place)) if !diagnostics.has_errors() => Ok(Declaration {
            id: schema.id.get_ref().clone(),
            status: *schema.status.get_ref(),
            draft_date,
            languages: languages::into_languages(draft.texts, &languages, schema, file),
            meeting,
            adoption: Adoption {
                date,
                place,
                date_span: schema
                    .adoption
                    .get_ref()
                    .date
                    .as_ref()
                    .map_or_else(|| span(schema.adoption.span()), |d| span(d.span())),
            },
            delegations,
            signatures,
            document,
            bilingual,
            japanese_alphanumerics: schema.typography.japanese_alphanumerics,
            dir: draft.dir.clone(),
            lock: draft.lock,
        }),
        _ => Err(diagnostics),
    }
}

/// A fact the declaration must give and does not (S029): all are named at
/// once, where serde would stop at the first (`sengen new --from` leaves them
/// out on purpose, for the secretariat to fill in).
#[derive(Clone, Copy)]
enum Missing {
    Opens,
    Closes,
    AdoptionDate,
    Place,
}

impl Missing {
    fn diagnostic(self, table: Span) -> Diagnostic {
        // What is missing, by its key in declaration.toml (the wording says
        // what it is, how to write it, and which table lacks it).
        let key = match self {
            Missing::Opens => "meeting.opens",
            Missing::Closes => "meeting.closes",
            Missing::AdoptionDate => "adoption.date",
            Missing::Place => "adoption.place",
        };
        // The key as a selector reads it: `meeting-opens`.
        let what = key.replace('.', "-");
        Diagnostic::new(
            Code::S029,
            words!("S029-not-given", key = key, what = &what),
        )
        .at(table, words!("label-lacks", what = &what))
        .hint(words!("S029-fill-hint", what = &what))
    }
}

fn check_id(id: &Spanned<String>, file: FileId, diagnostics: &mut Diagnostics) {
    let text = id.get_ref();
    if !crate::fluent::is_kebab_id(text) {
        diagnostics.push(
            Diagnostic::new(
                Code::S013,
                words!("S013-cannot-name-output-files", text = text.to_string()),
            )
            .at(Span::new(file, id.span()), words!("label-invalid-id"))
            .hint(words!("S013-use-lowercase-letters-digits-hint")),
        );
    }
}

/// A TOML local date, or a diagnostic if the value has a time or an offset.
fn date(
    value: &Spanned<toml::value::Datetime>,
    file: FileId,
    diagnostics: &mut Diagnostics,
) -> Option<Date> {
    let dt = value.get_ref();
    match (dt.date, dt.time, dt.offset) {
        (Some(d), None, None) => Some(Date {
            year: i32::from(d.year),
            month: d.month,
            day: d.day,
        }),
        _ => {
            diagnostics.push(
                Diagnostic::new(Code::S014, words!("S014-expected-date-without-time"))
                    .at(
                        Span::new(file, value.span()),
                        words!("label-has-time-no-date"),
                    )
                    .hint(words!("S014-write-toml-date-such-hint")),
            );
            None
        }
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}
