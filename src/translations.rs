//! `sengen translations`: where each translated message stands (current,
//! stale, unreviewed, missing), and recording translations as reviewed in
//! `translations.lock`. A client of `pipeline::prepare`, like every command.

use std::path::PathBuf;

use crate::check::lint::translations::{Status, message_hash, statuses};
use crate::diagnostic::{Code, Diagnostic, Diagnostics, Failure, Internal};
use crate::fluent;
use crate::load::{LOCK_FILE, Lock};
use crate::pipeline::Prepared;
use crate::write;

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
pub fn report(prepared: &Prepared) -> Vec<LanguageReport> {
    let declaration = &prepared.declaration;
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

/// Records `ids` (every message of the source when empty) of `lang` as
/// reviewed against the current source, and rewrites the lock file; returns
/// its path. Nothing is written unless every message can be recorded (L021).
pub fn mark_reviewed(prepared: &Prepared, lang: &str, ids: &[String]) -> Result<PathBuf, Failure> {
    let declaration = &prepared.declaration;
    let refuse = |message: String, hint: String| {
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
            format!(
                "`{lang}` is not a translation of this declaration (its source language is {})",
                source.tag
            ),
            if translated.is_empty() {
                "a declaration in one language has no translation to review".to_owned()
            } else {
                format!("its translated languages are {}", translated.join(", "))
            },
        ));
    };
    let all: Vec<String> = fluent::messages(&source.resource)
        .map(|m| m.id.name.to_owned())
        .collect();
    let chosen: &[String] = if ids.is_empty() { &all } else { ids };
    let mut lock = declaration.lock.clone().unwrap_or_default();
    let mut diagnostics = Diagnostics::default();
    for id in chosen {
        match message_hash(source, id) {
            None => diagnostics.push(
                Diagnostic::new(
                    Code::L021,
                    format!("`{id}` is not a message of the {} source", source.tag),
                )
                .hint(format!(
                    "name messages of {}.ftl; `sengen translations DIR` lists them by status",
                    source.tag
                )),
            ),
            Some(_) if fluent::message(&language.resource, id).is_none() => diagnostics.push(
                Diagnostic::new(
                    Code::L021,
                    format!("`{id}` has no {lang} text to mark as reviewed"),
                )
                .hint(format!("translate it in {lang}.ftl first")),
            ),
            Some(hash) => lock.record(lang, id, hash),
        }
    }
    if diagnostics.has_errors() {
        return Err(Failure::Invalid(diagnostics));
    }
    let path = declaration.dir.join(LOCK_FILE);
    let text = lock_text(&lock)?;
    write::replace(&path, text.as_bytes())?;
    Ok(path)
}

fn lock_text(lock: &Lock) -> Result<String, Internal> {
    lock.to_text()
        .map_err(|e| Internal::Broken(format!("{LOCK_FILE}: {e}")))
}
