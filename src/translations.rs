//! `sengen translations`: where each translated message stands (current,
//! stale, unreviewed, missing), and recording translations as reviewed in
//! `translations.lock` (through `edit`, the one way a declaration's files
//! change). A client of `pipeline::prepare`, like every command.

use crate::check::Declaration;
use crate::check::lint::translations::{Status, message_hash, statuses};
use crate::diagnostic::{Code, Diagnostic, Diagnostics, Failure, Internal, Sources};
use crate::edit::{Changeset, Folder, Written};
use crate::fluent;
use crate::ui::Words;
use crate::words;

/// Where one translated language stands against the source.
pub struct LanguageReport {
    pub lang: String,
    /// The source language, which every other translates.
    pub source: String,
    pub current: Vec<String>,
    pub stale: Vec<String>,
    pub unreviewed: Vec<String>,
    pub missing: Vec<String>,
}

/// Per translated language, its messages by status, in the source's order.
pub fn report(declaration: &Declaration) -> Vec<LanguageReport> {
    let source = declaration
        .languages
        .first()
        .map(|l| l.tag.to_string())
        .unwrap_or_default();
    let all = statuses(declaration);
    declaration
        .languages
        .iter()
        .skip(1)
        .map(|language| {
            let of = |status: Status| -> Vec<String> {
                all.iter()
                    .filter(|(l, _, s)| l.tag == language.tag && *s == status)
                    .map(|(_, id, _)| id.clone())
                    .collect()
            };
            LanguageReport {
                lang: language.tag.to_string(),
                source: source.clone(),
                current: of(Status::Current),
                stale: of(Status::Stale),
                unreviewed: of(Status::Unreviewed),
                missing: of(Status::Missing),
            }
        })
        .collect()
}

/// The reviews of `ids` (every message of the source when empty) of
/// `lang`, recorded against the current source: a change to
/// `translations.lock`. Refused (L021) unless every message can be recorded.
pub fn reviews(
    declaration: &Declaration,
    lang: &str,
    ids: &[String],
) -> Result<Changeset, Failure> {
    let refuse = |message: Words, hint: Words| {
        Failure::Invalid(Diagnostics::from(
            Diagnostic::new(Code::L021, message).hint(hint),
        ))
    };
    let Some((source, translations)) = declaration.languages.split_first() else {
        return Err(Failure::Internal(Internal::Broken(
            "a checked declaration without a language".to_owned(),
        )));
    };
    let translated: Vec<String> = translations.iter().map(|l| l.tag.to_string()).collect();
    let Some(language) = translations.iter().find(|l| l.tag == lang) else {
        return Err(refuse(
            words!(
                "L021-not-a-translation",
                lang = lang,
                source = source.tag.to_string()
            ),
            if translated.is_empty() {
                words!("L021-no-translation-hint")
            } else {
                words!(
                    "L021-translated-languages-hint",
                    languages = translated.join(", ")
                )
            },
        ));
    };
    let all: Vec<String> = fluent::messages(&source.resource)
        .map(|m| m.id.name.to_owned())
        .collect();
    let chosen: &[String] = if ids.is_empty() { &all } else { ids };
    let mut changes = Changeset::default();
    let mut diagnostics = Diagnostics::default();
    for id in chosen {
        match message_hash(source, id) {
            None => diagnostics.push(
                Diagnostic::new(
                    Code::L021,
                    words!(
                        "L021-not-message-source",
                        id = id.to_string(),
                        tag = source.tag.to_string()
                    ),
                )
                .hint(words!(
                    "L021-name-messages-ftl-sengen-hint",
                    tag = source.tag.to_string()
                )),
            ),
            Some(_) if fluent::message(&language.resource, id).is_none() => diagnostics.push(
                Diagnostic::new(
                    Code::L021,
                    words!(
                        "L021-has-no-text-mark",
                        id = id.to_string(),
                        lang = lang.to_string()
                    ),
                )
                .hint(words!(
                    "L021-translate-ftl-first-hint",
                    lang = lang.to_string()
                )),
            ),
            Some(hash) => {
                changes.review(lang, id, Some(hash));
            }
        }
    }
    if diagnostics.has_errors() {
        return Err(Failure::Invalid(diagnostics));
    }
    Ok(changes)
}

/// Records `ids` of `lang` as reviewed in the declaration `folder` holds
/// (every message when empty); what was written (nothing when every one
/// was recorded so already).
/// `sources` then holds the files the findings quote.
pub fn mark_reviewed(
    folder: &Folder,
    lang: &str,
    ids: &[String],
    sources: &mut Sources,
) -> Result<Vec<Written>, Failure> {
    // A translation still missing messages can have its others reviewed.
    let checked = folder.prepare_translation_work(sources)?;
    let changes = reviews(&checked.declaration, lang, ids)?;
    let proposal = changes.apply(folder)?;
    *sources = Sources::default();
    proposal.prepare_translation_work(sources)?;
    proposal.commit()
}

/// The changes that add `lang` to the declaration as a translation: the
/// tag at the end of its languages, and its `.ftl`, without messages yet
/// (each is then a translation to do, sent out by `xliff export`).
pub fn add_language(declaration: &Declaration, lang: &str) -> Result<Changeset, Failure> {
    let tag: unic_langid::LanguageIdentifier = lang.parse().map_err(|_| unknown(lang))?;
    if crate::language::profile(&tag)?.is_none() {
        return Err(unknown(lang));
    }
    if declaration.languages.iter().any(|l| l.tag == tag) {
        return Err(
            Diagnostic::new(Code::C013, words!("C013-language-exists", lang = lang))
                .hint(words!("C013-language-exists-hint"))
                .into(),
        );
    }
    let source = declaration
        .languages
        .first()
        .map(|l| l.tag.to_string())
        .unwrap_or_default();
    let mut tags: Vec<String> = declaration
        .languages
        .iter()
        .map(|l| l.tag.to_string())
        .collect();
    tags.push(tag.to_string());
    let mut changes = Changeset::default();
    changes.push(crate::edit::Change::Languages(tags));
    changes.create(
        &format!("{tag}.ftl"),
        format!(
            "# The {tag} text of the declaration `{id}`: each message translates\n# the one of the same id in {source}.ftl.\n",
            id = declaration.id
        )
        .into_bytes(),
    );
    Ok(changes)
}

fn unknown(lang: &str) -> Failure {
    Diagnostic::new(Code::L001, words!("L001-lang-sengen-has-no", lang = lang))
        .hint(words!(
            "L001-languages-sengen-knows-hint",
            available = crate::language::available().join(", ")
        ))
        .into()
}

/// Adds `lang` to the declaration `folder` holds, as a translation: checked
/// (its messages all to translate), then written.
pub fn add_to(folder: &Folder, lang: &str, sources: &mut Sources) -> Result<Vec<Written>, Failure> {
    let checked = folder.prepare_translation_work(sources)?;
    let changes = add_language(&checked.declaration, lang)?;
    let proposal = changes.apply(folder)?;
    let mut after = Sources::default();
    if let Err(failure) = proposal.prepare_translation_work(&mut after) {
        *sources = after;
        return Err(failure);
    }
    proposal.commit()
}
