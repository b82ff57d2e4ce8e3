//! Messages no structure uses: usually a leftover, or an id misspelt on one side.

use std::collections::BTreeSet;

use fluent_syntax::ast;

use crate::check::{Declaration, Language};
use crate::diagnostic::{Diagnostic, Diagnostics, Span};

pub fn check(declaration: &Declaration, language: &Language, findings: &mut Diagnostics) {
    let mut used: BTreeSet<String> = declaration
        .document
        .message_ids()
        .into_iter()
        .map(|m| m.id)
        .collect();
    used.insert(declaration.adoption.place.id.clone());
    used.extend(
        declaration
            .delegations
            .iter()
            .flat_map(|d| d.message_ids().map(|m| m.id.clone())),
    );
    // Messages other messages refer to ({ title }) are used through them.
    let source = language.resource.source();
    referenced(language, &mut used);
    for entry in language.resource.entries() {
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        if !used.contains(message.id.name) {
            findings.push(
                Diagnostic::warning("F020", format!("`{}` is not used by the structure", message.id.name))
                    .at(Span::of_slice(language.file, source, message.id.name), "unused message")
                    .hint("name it in declaration.toml, or delete it; a misspelt id on either side shows up here"),
            );
        }
    }
}

/// Adds the messages other messages and terms refer to.
fn referenced(language: &Language, used: &mut BTreeSet<String>) {
    fn pattern(p: &ast::Pattern<&str>, used: &mut BTreeSet<String>) {
        for element in &p.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expr(expression, used);
            }
        }
    }
    fn expr(e: &ast::Expression<&str>, used: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Inline(i) => inline(i, used),
            ast::Expression::Select { selector, variants } => {
                inline(selector, used);
                variants.iter().for_each(|v| pattern(&v.value, used));
            }
        }
    }
    fn inline(i: &ast::InlineExpression<&str>, used: &mut BTreeSet<String>) {
        match i {
            ast::InlineExpression::MessageReference { id, .. } => {
                used.insert(id.name.to_owned());
            }
            ast::InlineExpression::Placeable { expression } => expr(expression, used),
            _ => {}
        }
    }
    for entry in language.resource.entries() {
        match entry {
            ast::Entry::Message(m) => m.value.iter().for_each(|v| pattern(v, used)),
            ast::Entry::Term(t) => pattern(&t.value, used),
            _ => {}
        }
    }
}
