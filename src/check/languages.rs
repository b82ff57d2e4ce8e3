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
            Diagnostic::new(Code::S017, "the declaration has no language")
                .at(Span::new(file, listed.span()), "empty list")
                .hint("list at least one language, e.g. `languages = [\"fr\"]`"),
        );
    }
    let mut found = Vec::new();
    for (index, lang) in listed.get_ref().iter().enumerate() {
        let tag = lang.get_ref();
        let span = Span::new(file, lang.span());
        let Ok(identifier) = tag.parse::<LanguageIdentifier>() else {
            diagnostics.push(
                Diagnostic::new(Code::S018, format!("`{tag}` is not a language tag"))
                    .at(span, "not BCP 47")
                    .hint("use a BCP 47 tag such as `fr`, `ja` or `en`"),
            );
            continue;
        };
        if listed.get_ref()[..index].iter().any(|l| l.get_ref() == tag) {
            diagnostics.push(
                Diagnostic::new(Code::S019, format!("`{tag}` is listed twice"))
                    .at(span, "again")
                    .hint("list each language once"),
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
                    format!("sengen has no fixed wording for `{tag}`"),
                )
                .at(span, "unsupported language")
                .hint(format!(
                    "languages with wording: {}; add locales/{tag}/ to sengen to support it",
                    language::available().join(", ")
                )),
            ),
            (None, _) => diagnostics.push(
                Diagnostic::new(Code::S020, format!("no text file for `{tag}`"))
                    .at(span, format!("needs {tag}.ftl"))
                    .hint(format!(
                        "create {tag}.ftl beside declaration.toml, with the text in that language"
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
                    format!("{what} names `{tag}`, which is not one of the languages"),
                )
                .at(Span::new(file, span), "not in `languages`")
                .hint(format!(
                    "the declaration's languages are {}",
                    listed
                        .iter()
                        .map(|l| format!("`{l}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
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
                    Diagnostic::new(Code::S026, "a bilingual edition pairs two different languages")
                        .at(Span::new(file, bilingual.pair.span()), "not a pair")
                        .hint("write `pair = [\"fr\", \"ja\"]`: the left column's language, then the right one's"),
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
