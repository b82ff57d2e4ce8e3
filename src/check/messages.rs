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
    let d = Diagnostic::new(Code::F003, format!("unknown variable `${name}`"));
    let is_meeting_fact = MEETING_VARIABLES.iter().any(|(v, _)| *v == name);
    if is_meeting_fact && !has_meeting {
        return d
            .at(at, "a fact of a meeting, in a declaration adopted at none")
            .hint(format!(
                "`${name}` exists for a declaration adopted at a meeting: add a [meeting] table (edition, opens, closes) to declaration.toml, or write the text without it"
            ))
            .hint(format!("the variables sengen supplies are {}", listed.join(", ")));
    }
    if name == "previous-edition-ordinal" && has_meeting {
        return d
            .at(at, "the first edition has no previous one")
            .hint("a first edition can refer to its successor ($next-edition-ordinal), not to a predecessor");
    }
    let d = d.at(at, "no such fact in declaration.toml");
    let d = suggest(d, name, known.iter(), "$");
    d.hint(format!(
        "the variables sengen supplies are {}",
        listed.join(", ")
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
            format!("sengen's wording has no message `{wording}` to override"),
        )
        .at(defined.span.clone(), "not a message of sengen's wording");
        if let Some(close) = closest(wording, ids.iter()) {
            d = d.hint(format!("did you mean `{OVERRIDE_PREFIX}{close}`?"));
        }
        diagnostics.push(d.hint(format!(
            "`{OVERRIDE_PREFIX}` names an override; the messages sengen's wording has are {}",
            ids.join(", ")
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
