//! The languages of a declaration: each listed language has a valid tag, a
//! text file and a profile in sengen (its wording and rules); the
//! provisional translations, calendars and the bilingual pair name listed
//! languages.

use toml::Spanned;
use unic_langid::LanguageIdentifier;

use super::{Calendar, Language};
use crate::diagnostic::{Code, Diagnostic, Diagnostics, FileId, Span};
use crate::language::{self, Profile};
use crate::load::schema::DeclarationFile;
use crate::load::{Draft, TextFile};
use crate::words;

/// A listed language that has what it needs.
pub struct Listed {
    pub tag: String,
    /// Its text file, an index into the draft's.
    pub text: usize,
    pub profile: &'static Profile,
}

/// Matches the languages the schema lists with the text files and sengen's
/// profiles; returns the listed languages that have both.
pub fn check_languages(draft: &Draft, diagnostics: &mut Diagnostics) -> Vec<Listed> {
    let file = draft.schema_file;
    let listed = &draft.schema.languages;
    if listed.get_ref().is_empty() {
        diagnostics.push(
            Diagnostic::new(Code::S017, words!("S017-declaration-has-no-language"))
                .at(Span::new(file, listed.span()), words!("label-empty-list"))
                .hint(words!("S017-list-at-least-one-hint")),
        );
    }
    let mut found = Vec::new();
    for (index, lang) in listed.get_ref().iter().enumerate() {
        let tag = lang.get_ref();
        let span = Span::new(file, lang.span());
        let Ok(identifier) = tag.parse::<LanguageIdentifier>() else {
            diagnostics.push(
                Diagnostic::new(
                    Code::S018,
                    words!("S018-not-language-tag", tag = tag.to_string()),
                )
                .at(span, words!("label-not-bcp-47"))
                .hint(words!("S018-use-bcp-47-tag-hint")),
            );
            continue;
        };
        if listed.get_ref()[..index].iter().any(|l| l.get_ref() == tag) {
            diagnostics.push(
                Diagnostic::new(
                    Code::S019,
                    words!("S019-listed-twice", tag = tag.to_string()),
                )
                .at(span, words!("label-again"))
                .hint(words!("S019-list-each-language-once-hint")),
            );
            continue;
        }
        // A broken profile of sengen's own is a bug every build would meet:
        // its test catches it; here the language counts as unsupported.
        let profile = language::profile(&identifier).ok().flatten();
        match (draft.texts.iter().position(|t| &t.lang == tag), profile) {
            (Some(text), Some(profile)) => found.push(Listed {
                tag: tag.clone(),
                text,
                profile,
            }),
            (Some(_), None) => diagnostics.push(
                Diagnostic::new(
                    Code::L001,
                    words!("L001-sengen-has-no-fixed", tag = tag.to_string()),
                )
                .at(span, words!("label-unsupported-language"))
                .hint(words!(
                    "L001-languages-with-wording-add-hint",
                    available = language::available().join(", ").to_string(),
                    tag = tag.to_string()
                )),
            ),
            (None, _) => diagnostics.push(
                Diagnostic::new(
                    Code::S020,
                    words!("S020-no-text-file", tag = tag.to_string()),
                )
                .at(span, words!("label-needs-ftl", tag = tag.to_string()))
                .hint(words!(
                    "S020-create-ftl-beside-declaration-hint",
                    tag = tag.to_string()
                )),
            ),
        }
    }
    found
}

/// Checks that the translation, calendar and bilingual settings name listed
/// languages; returns the bilingual pair as indices into the listed languages.
pub fn check_options(
    schema: &DeclarationFile,
    file: FileId,
    languages: &[Listed],
    diagnostics: &mut Diagnostics,
) -> Option<(usize, usize)> {
    let listed: Vec<&String> = schema
        .languages
        .get_ref()
        .iter()
        .map(Spanned::get_ref)
        .collect();
    let mut unlisted = |tag: &str, span: std::ops::Range<usize>, what: &str| {
        if !listed.iter().any(|l| *l == tag) {
            diagnostics.push(
                Diagnostic::new(
                    Code::S025,
                    words!(
                        "S025-names-which-not-one",
                        what = what.to_string(),
                        tag = tag.to_string()
                    ),
                )
                .at(Span::new(file, span), words!("label-not-languages"))
                .hint(words!(
                    "S025-declaration-s-languages-are-hint",
                    languages = (listed
                        .iter()
                        .map(|l| format!("`{l}`"))
                        .collect::<Vec<_>>()
                        .join(", "))
                    .to_string()
                )),
            );
        }
    };
    for tag in &schema.translation.provisional {
        unlisted(tag.get_ref(), tag.span(), "`translation.provisional`");
    }
    for (tag, calendar) in &schema.calendar {
        unlisted(tag, calendar.span(), "`calendar`");
    }
    for (tag, order) in &schema.signatures.order {
        unlisted(tag, order.span(), "`signatures.order`");
    }
    let position = |tag: &str| languages.iter().position(|l| l.tag == tag);
    match &schema.bilingual {
        Some(bilingual) => {
            let pair = bilingual.pair.get_ref();
            for tag in pair {
                unlisted(tag.get_ref(), tag.span(), "`bilingual.pair`");
            }
            if pair.len() != 2 || pair[0].get_ref() == pair[1].get_ref() {
                diagnostics.push(
                    Diagnostic::new(Code::S026, words!("S026-bilingual-edition-pairs-two"))
                        .at(
                            Span::new(file, bilingual.pair.span()),
                            words!("label-not-pair"),
                        )
                        .hint(words!("S026-write-pair-fr-ja-hint")),
                );
                return None;
            }
            Some((position(pair[0].get_ref())?, position(pair[1].get_ref())?))
        }
        None if languages.len() >= 2 => Some((0, 1)),
        None => None,
    }
}

/// Moves the text files of the listed languages into `Language` values, in the listed order.
pub fn into_languages(
    texts: Vec<TextFile>,
    listed: &[Listed],
    schema: &DeclarationFile,
    file: FileId,
) -> Vec<Language> {
    let mut texts: Vec<Option<TextFile>> = texts.into_iter().map(Some).collect();
    listed
        .iter()
        .filter_map(|Listed { tag, text, profile }| {
            let text = texts.get_mut(*text)?.take()?;
            let entry = schema
                .languages
                .get_ref()
                .iter()
                .find(|l| l.get_ref() == tag)?;
            Some(Language {
                tag: tag.parse().ok()?,
                span: Span::new(file, entry.span()),
                file: text.file,
                resource: text.resource,
                provisional: schema
                    .translation
                    .provisional
                    .iter()
                    .any(|p| p.get_ref() == tag),
                calendar: schema
                    .calendar
                    .get(tag)
                    .map_or(Calendar::Gregorian, |c| *c.get_ref()),
                profile,
            })
        })
        .collect()
}
