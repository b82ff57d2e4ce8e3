//! Checks of the Fluent text files against the declaration: every message the
//! structure names exists in every language, no message is defined twice, and
//! every variable, message, term and function a message refers to exists.
//!
//! fluent-syntax keeps no positions in its tree, but its identifiers are
//! slices of the source text, so a slice's address gives its exact offset.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use crate::diagnostic::{Diagnostic, Diagnostics, Span};
use crate::load::TextFile;

/// Functions a message may call (fluent-bundle's built-ins).
const FUNCTIONS: &[&str] = &["NUMBER"];

/// What one text file defines: message and term ids with the span of each id.
pub struct Definitions {
    pub messages: BTreeMap<String, Span>,
    pub terms: BTreeMap<String, Span>,
}

/// Collects the definitions of a text file, reporting ids defined twice.
pub fn definitions(text: &TextFile, diagnostics: &mut Diagnostics) -> Definitions {
    let source = text.resource.source();
    let mut defs = Definitions {
        messages: BTreeMap::new(),
        terms: BTreeMap::new(),
    };
    for entry in text.resource.entries() {
        let (id, table, what) = match entry {
            ast::Entry::Message(m) => (&m.id, &mut defs.messages, "message"),
            ast::Entry::Term(t) => (&t.id, &mut defs.terms, "term"),
            _ => continue,
        };
        let span = Span::of_slice(text.file, source, id.name);
        if let Some(first) = table.get(id.name) {
            diagnostics.push(
                Diagnostic::error("F002", format!("the {what} `{}` is defined twice", id.name))
                    .at(span, "defined again here")
                    .related(first.clone(), "first defined here")
                    .hint("give each message its own id, or delete one of them"),
            );
        } else {
            table.insert(id.name.to_owned(), span);
        }
    }
    defs
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
    let source = text.resource.source();
    let mut walker = Walker {
        text,
        source,
        defs,
        variables,
        diagnostics,
        in_term: false,
    };
    for entry in text.resource.entries() {
        match entry {
            ast::Entry::Message(m) => {
                walker.in_term = false;
                if let Some(value) = &m.value {
                    walker.pattern(value);
                }
                m.attributes.iter().for_each(|a| walker.pattern(&a.value));
            }
            ast::Entry::Term(t) => {
                // A term's variables are its own arguments, not the pipeline's.
                walker.in_term = true;
                walker.pattern(&t.value);
                t.attributes.iter().for_each(|a| walker.pattern(&a.value));
            }
            _ => {}
        }
    }
}

struct Walker<'a> {
    text: &'a TextFile,
    source: &'a str,
    defs: &'a Definitions,
    variables: &'a BTreeSet<String>,
    diagnostics: &'a mut Diagnostics,
    in_term: bool,
}

impl Walker<'_> {
    fn pattern(&mut self, pattern: &ast::Pattern<&str>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                self.expression(expression);
            }
        }
    }

    fn expression(&mut self, expression: &ast::Expression<&str>) {
        match expression {
            ast::Expression::Inline(inline) => self.inline(inline),
            ast::Expression::Select { selector, variants } => {
                self.inline(selector);
                variants.iter().for_each(|v| self.pattern(&v.value));
            }
        }
    }

    fn inline(&mut self, inline: &ast::InlineExpression<&str>) {
        use ast::InlineExpression as I;
        match inline {
            I::StringLiteral { .. } | I::NumberLiteral { .. } => {}
            I::Placeable { expression } => self.expression(expression),
            I::VariableReference { id } => {
                if !self.in_term && !self.variables.contains(id.name) {
                    let known: Vec<String> =
                        self.variables.iter().map(|v| format!("${v}")).collect();
                    let d = Diagnostic::error("F003", format!("unknown variable `${}`", id.name))
                        .at(self.span(id.name), "no such fact in declaration.toml");
                    let d = suggest(d, id.name, self.variables.iter(), "$");
                    self.diagnostics.push(d.hint(format!(
                        "the variables sengen supplies are {}",
                        known.join(", ")
                    )));
                }
            }
            I::MessageReference { id, .. } => {
                if !self.defs.messages.contains_key(id.name) {
                    let message = format!("reference to an undefined message `{}`", id.name);
                    let d = Diagnostic::error("F004", message)
                        .at(self.span(id.name), "not defined in this file");
                    let d = suggest(d, id.name, self.defs.messages.keys(), "");
                    let hint = format!("or define `{} = …` in {}.ftl", id.name, self.text.lang);
                    self.diagnostics.push(d.hint(hint));
                }
            }
            I::TermReference { id, arguments, .. } => {
                if !self.defs.terms.contains_key(id.name) {
                    let message = format!("reference to an undefined term `-{}`", id.name);
                    let d = Diagnostic::error("F005", message)
                        .at(self.span(id.name), "not defined in this file");
                    let d = suggest(d, id.name, self.defs.terms.keys(), "-");
                    let hint = format!("or define `-{} = …` in {}.ftl", id.name, self.text.lang);
                    self.diagnostics.push(d.hint(hint));
                }
                if let Some(args) = arguments {
                    self.arguments(args);
                }
            }
            I::FunctionReference { id, arguments } => {
                if !FUNCTIONS.contains(&id.name) {
                    let d = Diagnostic::error("F006", format!("unknown function `{}`", id.name))
                        .at(self.span(id.name), "not a function sengen provides")
                        .hint(format!("available functions: {}", FUNCTIONS.join(", ")));
                    self.diagnostics.push(d);
                }
                self.arguments(arguments);
            }
        }
    }

    fn arguments(&mut self, arguments: &ast::CallArguments<&str>) {
        arguments.positional.iter().for_each(|a| self.inline(a));
        arguments.named.iter().for_each(|a| self.inline(&a.value));
    }

    fn span(&self, slice: &str) -> Span {
        Span::of_slice(self.text.file, self.source, slice)
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
