//! Checks of the Fluent text files against the declaration: every message the
//! structure names exists in every language and has a text, no message is
//! defined twice, and every variable, message, term and function a message
//! refers to exists.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::MessageId;
use crate::diagnostic::{Code, Diagnostic, Diagnostics, Span};
use crate::fluent::{self, Element};
use crate::load::TextFile;

/// Functions a message may call (fluent-bundle's built-ins).
const FUNCTIONS: &[&str] = &["NUMBER"];

/// What one text file defines: message and term ids with the span of each id.
pub struct Definitions {
    pub messages: BTreeMap<String, Defined>,
    pub terms: BTreeMap<String, Defined>,
}

pub struct Defined {
    pub span: Span,
    /// Whether it has a value (a message may have attributes only).
    pub has_value: bool,
}

/// Collects the definitions of a text file, reporting ids defined twice.
pub fn definitions(text: &TextFile, diagnostics: &mut Diagnostics) -> Definitions {
    let mut defs = Definitions {
        messages: BTreeMap::new(),
        terms: BTreeMap::new(),
    };
    for entry in text.resource.entries() {
        let (id, has_value, table, what) = match entry {
            ast::Entry::Message(m) => (&m.id, m.value.is_some(), &mut defs.messages, "message"),
            ast::Entry::Term(t) => (&t.id, true, &mut defs.terms, "term"),
            _ => continue,
        };
        let span = fluent::span_of(&text.resource, text.file, id.name);
        if let Some(first) = table.get(id.name) {
            diagnostics.push(
                Diagnostic::new(
                    Code::F002,
                    format!("the {what} `{}` is defined twice", id.name),
                )
                .at(span, "defined again here")
                .related(first.span.clone(), "first defined here")
                .hint("give each message its own id, or delete one of them"),
            );
        } else {
            table.insert(id.name.to_owned(), Defined { span, has_value });
        }
    }
    defs
}

/// Reports each message the declaration needs that a language lacks, or
/// defines with attributes only (F010).
pub fn check_needed(
    needed: &[MessageId],
    lang: &str,
    defs: &Definitions,
    diagnostics: &mut Diagnostics,
) {
    for message in needed {
        match defs.messages.get(&message.id) {
            Some(defined) if defined.has_value => {}
            Some(defined) => diagnostics.push(
                Diagnostic::new(
                    Code::F010,
                    format!(
                        "`{}` has no text in {lang}.ftl, only attributes",
                        message.id
                    ),
                )
                .at(defined.span.clone(), "no value")
                .related(message.span.clone(), "used here")
                .hint(format!("give it a text: `{} = …`", message.id)),
            ),
            None => {
                let mut d = Diagnostic::new(
                    Code::F010,
                    format!("`{}` has no text in {lang}.ftl", message.id),
                )
                .at(message.span.clone(), format!("missing in {lang}.ftl"));
                if let Some(close) = closest(&message.id, defs.messages.keys()) {
                    d = d.hint(format!("did you mean `{close}`?"));
                }
                diagnostics.push(d.hint(format!("or add `{} = …` to {lang}.ftl", message.id)));
            }
        }
    }
}

/// Reports every reference, in every message and term, to something that does
/// not exist: a variable the pipeline does not supply, a message or term the
/// file does not define, a function sengen does not provide.
pub fn check_references(
    text: &TextFile,
    defs: &Definitions,
    variables: &BTreeSet<String>,
    diagnostics: &mut Diagnostics,
) {
    let span = |slice: &str| fluent::span_of(&text.resource, text.file, slice);
    for pattern in fluent::patterns(&text.resource) {
        fluent::walk(pattern.pattern, &mut |element| match element {
            // A term's variables are its own arguments, not the pipeline's.
            Element::Variable(name) if !pattern.in_term && !variables.contains(name) => {
                let known: Vec<String> = variables.iter().map(|v| format!("${v}")).collect();
                let d = Diagnostic::new(Code::F003, format!("unknown variable `${name}`"))
                    .at(span(name), "no such fact in declaration.toml");
                let d = suggest(d, name, variables.iter(), "$");
                diagnostics.push(d.hint(format!(
                    "the variables sengen supplies are {}",
                    known.join(", ")
                )));
            }
            Element::Message(name) if !defs.messages.contains_key(name) => {
                let message = format!("reference to an undefined message `{name}`");
                let d =
                    Diagnostic::new(Code::F004, message).at(span(name), "not defined in this file");
                let d = suggest(d, name, defs.messages.keys(), "");
                let hint = format!("or define `{name} = …` in {}.ftl", text.lang);
                diagnostics.push(d.hint(hint));
            }
            Element::Term(name) if !defs.terms.contains_key(name) => {
                let message = format!("reference to an undefined term `-{name}`");
                let d =
                    Diagnostic::new(Code::F005, message).at(span(name), "not defined in this file");
                let d = suggest(d, name, defs.terms.keys(), "-");
                let hint = format!("or define `-{name} = …` in {}.ftl", text.lang);
                diagnostics.push(d.hint(hint));
            }
            Element::Function(name) if !FUNCTIONS.contains(&name) => {
                let d = Diagnostic::new(Code::F006, format!("unknown function `{name}`"))
                    .at(span(name), "not a function sengen provides")
                    .hint(format!("available functions: {}", FUNCTIONS.join(", ")));
                diagnostics.push(d);
            }
            _ => {}
        });
    }
}

/// Adds « did you mean » when a candidate is close to the misspelt name.
fn suggest<'a>(
    d: Diagnostic,
    name: &str,
    candidates: impl Iterator<Item = &'a String>,
    sigil: &str,
) -> Diagnostic {
    match closest(name, candidates) {
        Some(close) => d.hint(format!("did you mean `{sigil}{close}`?")),
        None => d,
    }
}

/// The candidate closest to a misspelt name, if one is close enough to be a typo.
pub fn closest<'a>(name: &str, candidates: impl Iterator<Item = &'a String>) -> Option<&'a String> {
    candidates
        .map(|c| (strsim::jaro_winkler(name, c), c))
        .filter(|(score, _)| *score > 0.85)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}
