//! Checks of the Fluent text files against the declaration: every message the
//! structure names exists in every language and has a text, no message is
//! defined twice, and every variable, message, term and function a message
//! refers to exists.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::MessageId;
use super::facts::MEETING_VARIABLES;
use crate::diagnostic::{Code, Diagnostic, Diagnostics, Span};
use crate::fluent::{self, Element};
use crate::language::{FACT_WORDING, OVERRIDE_PREFIX, WORDING, overridable, wording_variables};
use crate::load::TextFile;
use crate::words;

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
                    words!("F002-defined-twice", what = what, name = id.name),
                )
                .at(span, words!("label-defined-again-here"))
                .related(first.span.clone(), words!("label-first-defined-here"))
                .hint(words!("F002-give-each-message-own-hint")),
            );
        } else {
            table.insert(id.name.to_owned(), Defined { span, has_value });
        }
    }
    defs
}

/// Reports each message the declaration needs that a language lacks, or
/// defines with attributes only (F010). With `absent_allowed` (a
/// translation being worked on), a message the language does not have at all
/// is not reported: it is listed as missing by those who list the work.
pub fn check_needed(
    needed: &[MessageId],
    lang: &str,
    defs: &Definitions,
    absent_allowed: bool,
    diagnostics: &mut Diagnostics,
) {
    for message in needed {
        match defs.messages.get(&message.id) {
            Some(defined) if defined.has_value => {}
            None if absent_allowed => {}
            Some(defined) => diagnostics.push(
                Diagnostic::new(
                    Code::F010,
                    words!(
                        "F010-has-no-text-ftl",
                        id = message.id.to_string(),
                        lang = lang.to_string()
                    ),
                )
                .at(defined.span.clone(), words!("label-no-value"))
                .related(message.span.clone(), words!("label-used-here"))
                .hint(words!("F010-give-text-hint", id = message.id.to_string())),
            ),
            None => {
                let mut d = Diagnostic::new(
                    Code::F010,
                    words!(
                        "F010-has-no-text-ftl-2",
                        id = message.id.to_string(),
                        lang = lang.to_string()
                    ),
                )
                .at(
                    message.span.clone(),
                    words!("label-missing-ftl", lang = lang.to_string()),
                );
                if let Some(close) = closest(&message.id, defs.messages.keys()) {
                    d = d.hint(words!("F010-did-you-mean-hint", close = close.to_string()));
                }
                diagnostics.push(d.hint(words!(
                    "F010-add-ftl-hint",
                    id = message.id.to_string(),
                    lang = lang.to_string()
                )));
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
        // An override of sengen's wording also receives that message's own
        // variables; one of the messages that write the facts, those only.
        let overridden = pattern.entry.strip_prefix(OVERRIDE_PREFIX);
        // An override of no message of sengen's is F007; its variables are not judged.
        let unknown_override = overridden.is_some_and(|id| !overridable(id));
        let own: &[&str] = overridden
            .filter(|id| overridable(id))
            .and_then(wording_variables)
            .unwrap_or_default();
        let no_facts = BTreeSet::new();
        let facts = match overridden {
            Some(id) if FACT_WORDING.contains(&id) => &no_facts,
            _ => variables,
        };
        fluent::walk(pattern.pattern, &mut |element| match element {
            // A term's variables are its own arguments, not the pipeline's.
            Element::Variable(name)
                if !pattern.in_term
                    && !unknown_override
                    && !facts.contains(name)
                    && !own.contains(&name) =>
            {
                diagnostics.push(unknown_variable(name, span(name), facts, own));
            }
            Element::Message(name) if !defs.messages.contains_key(name) => {
                let d = Diagnostic::new(Code::F004, words!("F004-undefined-message", name = name))
                    .at(span(name), words!("label-not-defined-file"));
                let d = suggest(d, name, defs.messages.keys(), "");
                let hint = words!("F004-or-define-hint", name = name, lang = &text.lang);
                diagnostics.push(d.hint(hint));
            }
            Element::Term(name) if !defs.terms.contains_key(name) => {
                let d = Diagnostic::new(Code::F005, words!("F005-undefined-term", name = name))
                    .at(span(name), words!("label-not-defined-file"));
                let d = suggest(d, name, defs.terms.keys(), "-");
                let hint = words!("F005-or-define-hint", name = name, lang = &text.lang);
                diagnostics.push(d.hint(hint));
            }
            Element::Function(name) if !FUNCTIONS.contains(&name) => {
                let d = Diagnostic::new(
                    Code::F006,
                    words!("F006-unknown-function", name = name.to_string()),
                )
                .at(span(name), words!("label-not-function-sengen-provides"))
                .hint(words!(
                    "F006-available-functions-hint",
                    functions = FUNCTIONS.join(", ").to_string()
                ));
                diagnostics.push(d);
            }
            _ => {}
        });
    }
}

/// F003, with what the declaration does supply; a fact of a meeting in a
/// declaration adopted at none says why it is missing.
fn unknown_variable(
    name: &str,
    at: Span,
    variables: &BTreeSet<String>,
    own: &[&str],
) -> Diagnostic {
    let mut known: Vec<String> = variables.iter().cloned().collect();
    known.extend(own.iter().map(|v| (*v).to_owned()));
    known.sort();
    let listed: Vec<String> = known.iter().map(|v| format!("${v}")).collect();
    let has_meeting = variables.contains("edition");
    let d = Diagnostic::new(
        Code::F003,
        words!("F003-unknown-variable", name = name.to_string()),
    );
    let is_meeting_fact = MEETING_VARIABLES.iter().any(|(v, _)| *v == name);
    if is_meeting_fact && !has_meeting {
        return d
            .at(at, words!("label-fact-meeting-declaration-adopted-at"))
            .hint(words!(
                "F003-exists-declaration-adopted-at-hint",
                name = name.to_string()
            ))
            .hint(words!(
                "F003-variables-sengen-supplies-are-hint",
                listed = listed.join(", ").to_string()
            ));
    }
    if name == "previous-edition-ordinal" && has_meeting {
        return d
            .at(at, words!("label-first-edition-has-no-previous"))
            .hint(words!("F003-first-edition-can-refer-hint"));
    }
    let d = d.at(at, words!("label-no-such-fact-declaration-toml"));
    let d = suggest(d, name, known.iter(), "$");
    d.hint(words!(
        "F003-variables-sengen-supplies-are-hint",
        listed = listed.join(", ").to_string()
    ))
}

/// Reports each override of sengen's wording (`sengen-<id> = …`) whose id
/// sengen's wording does not have (F007).
pub fn check_overrides(defs: &Definitions, diagnostics: &mut Diagnostics) {
    let ids: Vec<String> = WORDING.iter().map(|(id, _)| (*id).to_owned()).collect();
    for (id, defined) in &defs.messages {
        let Some(wording) = id.strip_prefix(OVERRIDE_PREFIX) else {
            continue;
        };
        if overridable(wording) {
            continue;
        }
        let mut d = Diagnostic::new(
            Code::F007,
            words!("F007-sengen-s-wording-has", wording = wording.to_string()),
        )
        .at(
            defined.span.clone(),
            words!("label-not-message-sengen-s-wording"),
        );
        if let Some(close) = closest(wording, ids.iter()) {
            d = d.hint(words!(
                "F007-did-you-mean-hint",
                override_prefix = OVERRIDE_PREFIX.to_string(),
                close = close.to_string()
            ));
        }
        diagnostics.push(d.hint(words!(
            "F007-names-override-messages-sengen-hint",
            override_prefix = OVERRIDE_PREFIX.to_string(),
            ids = ids.join(", ").to_string()
        )));
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
        Some(close) => d.hint(words!(
            "F007-did-you-mean-hint-2",
            sigil = sigil.to_string(),
            close = close.to_string()
        )),
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
