//! Messages no structure uses: usually a leftover, or an id misspelt on one side.

use std::collections::BTreeSet;

use crate::check::{Declaration, Language};
use crate::diagnostic::{Code, Diagnostic, Diagnostics};
use crate::fluent::{self, Element};
use crate::language::OVERRIDE_PREFIX;
use crate::words;

pub fn check(declaration: &Declaration, language: &Language, findings: &mut Diagnostics) {
    let used = used_messages(declaration, language);
    for message in fluent::messages(&language.resource) {
        // An override of sengen's wording is used by sengen itself.
        let overrides = message.id.name.starts_with(OVERRIDE_PREFIX);
        if !used.contains(message.id.name) && !overrides {
            findings.push(
                Diagnostic::new(
                    Code::F020,
                    words!(
                        "F020-not-used-structure",
                        name = message.id.name.to_string()
                    ),
                )
                .at(
                    fluent::span_of(&language.resource, language.file, message.id.name),
                    words!("label-unused-message"),
                )
                .hint(words!("F020-name-declaration-toml-delete-hint")),
            );
        }
    }
}

/// The messages of a language's file the declaration uses: those its
/// structure and signatories name, and those any message or term refers to.
pub fn used_messages(declaration: &Declaration, language: &Language) -> BTreeSet<String> {
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
    for pattern in fluent::patterns(&language.resource) {
        fluent::walk(pattern.pattern, &mut |element| {
            if let Element::Message(id) = element {
                used.insert(id.to_owned());
            }
        });
    }
    used
}
