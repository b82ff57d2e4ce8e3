//! Parity between languages: a message that holds a list written inline must
//! hold as many entries in every language.

use std::collections::BTreeMap;

use super::text_runs;
use crate::check::Declaration;
use crate::diagnostic::{Code, Diagnostic, Diagnostics, Span};
use crate::words;

pub fn lists(declaration: &Declaration, findings: &mut Diagnostics) {
    let Some((source, translations)) = declaration.languages.split_first() else {
        return;
    };
    let source_counts = counts(source);
    for language in translations {
        for (id, (count, span)) in counts(language) {
            let Some((source_count, source_span)) = source_counts.get(&id) else {
                continue;
            };
            if count != *source_count {
                findings.push(
                    Diagnostic::new(
                        Code::P001,
                        words!(
                            "P001-lists-entries",
                            id = id.to_string(),
                            count = count,
                            lang = language.tag.to_string(),
                            source_count = source_count,
                            source = source.tag.to_string()
                        ),
                    )
                    .at(span, words!("label-entries", count = count))
                    .related(
                        source_span.clone(),
                        words!("label-entries-2", count = source_count),
                    )
                    .hint(words!("P001-list-written-inside-message-hint")),
                );
            }
        }
    }
}

/// Per message, how many of its lines start like a list entry, and where the message is.
fn counts(language: &crate::check::Language) -> BTreeMap<String, (usize, Span)> {
    // The literal text of each message, its lines as written.
    let mut texts: BTreeMap<String, (String, Span)> = BTreeMap::new();
    for run in text_runs(language) {
        texts
            .entry(run.entry.clone())
            .or_insert((String::new(), run.span.clone()))
            .0
            .push_str(run.text);
    }
    let index = crate::fluent::Index::new(&language.resource);
    texts
        .into_iter()
        .map(|(id, (text, span))| {
            // The first line opens the message (a heading may start with ①); a
            // list written inside a message runs on the lines after it.
            let entries = text
                .lines()
                .skip(1)
                .map(str::trim_start)
                .filter(|line| is_list_entry(line))
                .count();
            let span = index
                .message(&id)
                .map(|m| crate::fluent::span_of(&language.resource, language.file, m.id.name))
                .unwrap_or(span);
            (id, (entries, span))
        })
        .collect()
}

fn is_list_entry(line: &str) -> bool {
    let mut chars = line.chars();
    match chars.next() {
        Some('-' | '–' | '•' | '・' | '○' | '●' | '◆' | '①'..='⑳') => true,
        Some(c) if c.is_ascii_digit() => {
            let rest = line.trim_start_matches(|c: char| c.is_ascii_digit());
            rest.starts_with(". ") || rest.starts_with(") ")
        }
        _ => false,
    }
}
