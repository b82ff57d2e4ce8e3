//! Stale translations. `translations.lock`, beside the declaration, records
//! for each translated message a hash of the source-language message it was
//! translated from. When the source changes, the translation is stale: a
//! warning names both. `sengen translations` lists what is missing, stale or
//! current (`crate::translations`).
//!
//! The source language is the declaration's first; every other is a
//! translation of it. The hash covers the message as Fluent normalises it,
//! so rewrapping lines or reindenting changes nothing.

use fluent_syntax::ast;
use sha2::{Digest, Sha256};

use crate::check::{Declaration, Language};
use crate::diagnostic::{Code, Diagnostic, Diagnostics};
use crate::fluent;
use crate::load::Lock;
use crate::words;

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

/// The hash of a message as Fluent normalises it.
pub fn message_hash(language: &Language, id: &str) -> Option<String> {
    let message = fluent::message(&language.resource, id)?;
    let normalised = fluent_syntax::serializer::serialize(&ast::Resource {
        body: vec![ast::Entry::Message(message.clone())],
    });
    let digest = Sha256::digest(normalised.as_bytes());
    Some(digest.iter().take(8).map(|b| format!("{b:02x}")).collect())
}

/// Every message of the source, with its status in each translation.
pub fn statuses(declaration: &Declaration) -> Vec<(&Language, String, Status)> {
    let Some((source, translations)) = declaration.languages.split_first() else {
        return Vec::new();
    };
    let ids: Vec<&str> = fluent::messages(&source.resource)
        .map(|m| m.id.name)
        .collect();
    let mut out = Vec::new();
    for language in translations {
        let tag = language.tag.to_string();
        for id in &ids {
            let status = if fluent::message(&language.resource, id).is_none() {
                Status::Missing
            } else {
                let recorded = declaration.lock.as_ref().and_then(|l| l.get(&tag, id));
                match recorded {
                    None => Status::Unreviewed,
                    Some(r) if Some(&r.hash) == message_hash(source, id).as_ref() => {
                        Status::Current
                    }
                    Some(_) => Status::Stale,
                }
            };
            out.push((language, (*id).to_owned(), status));
        }
    }
    out
}

/// Warns of stale translations, when the declaration keeps a lock file.
pub fn stale(declaration: &Declaration, findings: &mut Diagnostics) {
    let Some(lock) = &declaration.lock else {
        return;
    };
    let Some(source) = declaration.languages.first() else {
        return;
    };
    for (language, id, status) in statuses(declaration) {
        let (lang, source_lang) = (language.tag.to_string(), source.tag.to_string());
        let (code, message, hint) = match status {
            Status::Stale => (
                Code::L010,
                words!("L010-stale", lang = &lang, id = &id, source = &source_lang),
                words!(
                    "L010-stale-hint",
                    lang = &lang,
                    id = &id,
                    source = &source_lang
                ),
            ),
            Status::Unreviewed => (
                Code::L011,
                words!(
                    "L011-unreviewed",
                    lang = &lang,
                    id = &id,
                    source = &source_lang
                ),
                words!(
                    "L011-unreviewed-hint",
                    lang = &lang,
                    id = &id,
                    source = &source_lang
                ),
            ),
            _ => continue,
        };
        let (Some(at), Some(from)) = (
            fluent::message_span(&language.resource, language.file, &id),
            fluent::message_span(&source.resource, source.file, &id),
        ) else {
            continue;
        };
        let mut d = Diagnostic::new(code, message)
            .at(at, words!("label-translation"))
            .related(from, words!("label-source"))
            .hint(hint);
        if let Some(span) = recorded_span(lock, &language.tag.to_string(), &id) {
            d = d.related(span, words!("label-reviewed-against-version"));
        }
        findings.push(d);
    }
}

fn recorded_span(lock: &Lock, lang: &str, id: &str) -> Option<crate::diagnostic::Span> {
    lock.get(lang, id).and_then(|r| r.span.clone())
}
