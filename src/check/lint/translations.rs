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
    fluent::message(&language.resource, id).map(hash_of)
}

/// The hash of a message as Fluent normalises it (what the lock records).
pub fn hash_of(message: &ast::Message<&str>) -> String {
    let normalised = fluent_syntax::serializer::serialize(&ast::Resource {
        body: vec![ast::Entry::Message(message.clone())],
    });
    let digest = Sha256::digest(normalised.as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// Every message of the source, with its status in each translation.
pub fn statuses(declaration: &Declaration) -> Vec<(&Language, String, Status)> {
    let Some((source, translations)) = declaration.languages.split_first() else {
        return Vec::new();
    };
    // Each source message's hash once, each translation's ids once.
    let hashes: Vec<(&str, String)> = fluent::messages(&source.resource)
        .map(|m| (m.id.name, hash_of(m)))
        .collect();
    let mut out = Vec::new();
    for language in translations {
        let tag = language.tag.to_string();
        let translated = fluent::Index::new(&language.resource);
        for (id, hash) in &hashes {
            let status = if translated.message(id).is_none() {
                Status::Missing
            } else {
                let recorded = declaration.lock.as_ref().and_then(|l| l.get(&tag, id));
                match recorded {
                    None => Status::Unreviewed,
                    Some(r) if r.hash == *hash => Status::Current,
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
    // Each language's messages by id, found once.
    let indexes: Vec<(&Language, fluent::Index)> = declaration
        .languages
        .iter()
        .map(|l| (l, fluent::Index::new(&l.resource)))
        .collect();
    let span_in = |language: &Language, id: &str| {
        let (_, index) = indexes.iter().find(|(l, _)| l.tag == language.tag)?;
        let message = index.message(id)?;
        Some(fluent::span_of(
            &language.resource,
            language.file,
            message.id.name,
        ))
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
        let (Some(at), Some(from)) = (span_in(language, &id), span_in(source, &id)) else {
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
