//! Stale translations. `translations.lock`, beside the declaration, records
//! for each translated message a hash of the source-language message it was
//! translated from. When the source changes, the translation is stale: a
//! warning names both. `sengen translations` lists what is missing, stale or
//! current, and `--mark-reviewed` records the current source as translated.
//!
//! The source language is the declaration's first; every other is a
//! translation of it. The hash covers the message as Fluent normalises it,
//! so rewrapping lines or reindenting changes nothing.

use std::collections::BTreeMap;

use fluent_syntax::ast;
use sha2::{Digest, Sha256};

use crate::check::{Declaration, Language};
use crate::diagnostic::{Diagnostic, Diagnostics, FileId, Span};

/// The name of the lock file in a declaration folder.
pub const LOCK_FILE: &str = "translations.lock";

/// The parsed lock file: per translated language, per message, the source hash.
pub struct Lock {
    pub file: FileId,
    pub entries: BTreeMap<String, BTreeMap<String, (String, Span)>>,
}

/// Where a translated message stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// The translation lacks the message.
    Missing,
    /// Translated, but never recorded as reviewed against the source.
    Unreviewed,
    /// The source changed since the translation was reviewed.
    Stale,
    Current,
}

/// Parses `translations.lock` (TOML: `[<lang>] <message-id> = "<hash>"`).
pub fn parse(file: FileId, text: &str) -> Result<Lock, Diagnostic> {
    let table: toml::Spanned<BTreeMap<String, BTreeMap<String, toml::Spanned<String>>>> =
        toml::from_str(text).map_err(|e| {
            let d = Diagnostic::error("L020", format!("invalid {LOCK_FILE}: {}", e.message().trim_end().replace('\n', "; ")))
                .hint(format!("{LOCK_FILE} is written by `sengen translations --mark-reviewed`; delete it to start over"));
            match e.span() {
                Some(range) => d.at(Span::new(file, range), "here"),
                None => d,
            }
        })?;
    let entries = table
        .into_inner()
        .into_iter()
        .map(|(lang, ids)| {
            let ids = ids.into_iter().map(|(id, hash)| {
                let span = Span::new(file, hash.span());
                (id, (hash.into_inner(), span))
            });
            (lang, ids.collect())
        })
        .collect();
    Ok(Lock { file, entries })
}

/// The hash of a message as Fluent normalises it.
pub fn message_hash(language: &Language, id: &str) -> Option<String> {
    let entry = language
        .resource
        .entries()
        .find(|e| matches!(e, ast::Entry::Message(m) if m.id.name == id))?;
    let normalised = fluent_syntax::serializer::serialize(&ast::Resource {
        body: vec![entry.clone()],
    });
    let digest = Sha256::digest(normalised.as_bytes());
    Some(digest.iter().take(8).map(|b| format!("{b:02x}")).collect())
}

/// Every message of the source, with its status in each translation.
pub fn statuses<'d>(
    declaration: &'d Declaration,
    lock: Option<&Lock>,
) -> Vec<(&'d Language, String, Status)> {
    let Some((source, translations)) = declaration.languages.split_first() else {
        return Vec::new();
    };
    let ids = message_ids(source);
    let mut out = Vec::new();
    for language in translations {
        let recorded = lock.and_then(|l| l.entries.get(&language.tag.to_string()));
        for id in &ids {
            let status = if message_hash(language, id).is_none() {
                Status::Missing
            } else {
                match recorded.and_then(|r| r.get(id)) {
                    None => Status::Unreviewed,
                    Some((hash, _)) if Some(hash) == message_hash(source, id).as_ref() => {
                        Status::Current
                    }
                    Some(_) => Status::Stale,
                }
            };
            out.push((language, id.clone(), status));
        }
    }
    out
}

/// Warns of stale translations, when the declaration keeps a lock file.
pub fn stale(declaration: &Declaration, lock: Option<&Lock>, findings: &mut Diagnostics) {
    let Some(lock) = lock else { return };
    let Some(source) = declaration.languages.first() else {
        return;
    };
    for (language, id, status) in statuses(declaration, Some(lock)) {
        let (code, message, hint) = match status {
            Status::Stale => (
                "L010",
                format!(
                    "the {} text of `{id}` is stale: the {} source changed since it was translated",
                    language.tag, source.tag
                ),
                format!(
                    "update the translation, then `sengen translations DIR --mark-reviewed {} {id}`",
                    language.tag
                ),
            ),
            Status::Unreviewed => (
                "L011",
                format!(
                    "the {} text of `{id}` was never recorded as reviewed",
                    language.tag
                ),
                format!(
                    "check it against the {} text, then `sengen translations DIR --mark-reviewed {} {id}`",
                    source.tag, language.tag
                ),
            ),
            _ => continue,
        };
        let (Some(at), Some(from)) = (message_span(language, &id), message_span(source, &id))
        else {
            continue;
        };
        let mut d = Diagnostic::warning(code, message)
            .at(at, "translation")
            .related(from, "source")
            .hint(hint);
        if let Some((_, recorded)) = lock
            .entries
            .get(&language.tag.to_string())
            .and_then(|r| r.get(&id))
        {
            d = d.related(recorded.clone(), "reviewed against this version");
        }
        findings.push(d);
    }
}

/// The lock file's new text, with `ids` (all messages when empty) of `lang`
/// recorded as translated from the current source.
pub fn mark_reviewed(
    declaration: &Declaration,
    lock: Option<&Lock>,
    lang: &str,
    ids: &[String],
) -> Result<String, String> {
    let source = declaration
        .languages
        .first()
        .ok_or("the declaration has no language")?;
    let language = declaration
        .languages
        .iter()
        .skip(1)
        .find(|l| l.tag == lang)
        .ok_or_else(|| {
            format!(
                "`{lang}` is not a translation of this declaration (its source language is {})",
                source.tag
            )
        })?;
    let mut entries: BTreeMap<String, BTreeMap<String, String>> = lock
        .map(|l| {
            l.entries
                .iter()
                .map(|(lang, ids)| {
                    (
                        lang.clone(),
                        ids.iter()
                            .map(|(id, (hash, _))| (id.clone(), hash.clone()))
                            .collect(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let all = message_ids(source);
    let chosen: Vec<&String> = if ids.is_empty() {
        all.iter().collect()
    } else {
        ids.iter().collect()
    };
    let recorded = entries.entry(lang.to_owned()).or_default();
    for id in chosen {
        let hash = message_hash(source, id)
            .ok_or_else(|| format!("`{id}` is not a message of the {} source", source.tag))?;
        if message_hash(language, id).is_none() {
            return Err(format!("`{id}` has no {lang} text to mark as reviewed"));
        }
        recorded.insert(id.clone(), hash);
    }
    let mut text = String::from(
        "# sengen translations.lock: for each translated message, a hash of the source-language\n\
         # message it was last reviewed against. Written by `sengen translations --mark-reviewed`.\n",
    );
    for (lang, ids) in entries {
        text.push_str(&format!("\n[{lang}]\n"));
        for (id, hash) in ids {
            text.push_str(&format!("{id} = \"{hash}\"\n"));
        }
    }
    Ok(text)
}

/// The message ids of a language's file, in file order.
fn message_ids(language: &Language) -> Vec<String> {
    language
        .resource
        .entries()
        .filter_map(|e| match e {
            ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// Where a message is defined: its id.
pub fn message_span(language: &Language, id: &str) -> Option<Span> {
    let source = language.resource.source();
    language.resource.entries().find_map(|e| match e {
        ast::Entry::Message(m) if m.id.name == id => {
            Some(Span::of_slice(language.file, source, m.id.name))
        }
        _ => None,
    })
}
