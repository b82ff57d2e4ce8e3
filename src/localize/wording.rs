//! The tool's own wording (`locales/<lang>/*.ftl`, compiled in and found by
//! `crate::language`): ordinals, date ranges, the dateline, the labels of the
//! signature pages. A message that is missing or does not resolve is a bug
//! of sengen's, an internal failure. A declaration may override any of them
//! in its own text (`Words`).

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use unic_langid::LanguageIdentifier;

use crate::check::Language;
use crate::diagnostic::{Code, Diagnostic, Diagnostics, Failure, Internal};
use crate::fluent;
use crate::language::{self, OVERRIDE_PREFIX};
use crate::words;

/// A Fluent bundle over one language's fixed wording.
pub struct Wording {
    bundle: FluentBundle<FluentResource>,
}

impl Wording {
    /// Loads the wording for `lang`; `Ok(None)` when sengen has none for it.
    pub fn load(lang: &LanguageIdentifier) -> Result<Option<Self>, Internal> {
        let Some(files) = language::wording_files(lang) else {
            return Ok(None);
        };
        let broken = |detail: String| Internal::Wording {
            lang: lang.to_string(),
            detail,
        };
        let mut bundle = FluentBundle::new(vec![lang.clone()]);
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(super::numbers::format_number));
        bundle.add_builtins().map_err(|e| broken(e.to_string()))?;
        for (path, text) in files {
            let resource = FluentResource::try_new(text.to_owned())
                .map_err(|(_, errors)| broken(format!("{path}: {errors:?}")))?;
            bundle
                .add_resource(resource)
                .map_err(|errors| broken(format!("{path}: {errors:?}")))?;
        }
        Ok(Some(Wording { bundle }))
    }

    /// Formats one message of the wording.
    pub fn format(&self, id: &str, args: &FluentArgs) -> Result<String, Internal> {
        let lang = &self.bundle.locales[0];
        let broken = |detail: String| Internal::Wording {
            lang: lang.to_string(),
            detail,
        };
        let pattern = self
            .bundle
            .get_message(id)
            .and_then(|m| m.value())
            .ok_or_else(|| broken(format!("no message `{id}`")))?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(args), &mut errors);
        if errors.is_empty() {
            Ok(text.into_owned())
        } else {
            Err(broken(format!("`{id}`: {errors:?}")))
        }
    }

    /// A message that takes no variables.
    pub fn plain(&self, id: &str) -> Result<String, Internal> {
        self.format(id, &FluentArgs::new())
    }
}

/// sengen's wording in one language of a declaration, where a message the
/// declaration overrides (`sengen-<id> = …` in its `<lang>.ftl`) is the
/// declaration's: resolved in its own file (its terms and messages at hand),
/// with the message's variables and, but for the messages that write the
/// facts themselves, the declaration's facts.
pub struct Words<'a> {
    pub sengen: &'a Wording,
    declaration: &'a FluentBundle<&'a FluentResource>,
    language: &'a Language,
    facts: Option<&'a FluentArgs<'static>>,
}

impl<'a> Words<'a> {
    /// The wording before the facts are known (to write the facts).
    pub fn new(
        sengen: &'a Wording,
        declaration: &'a FluentBundle<&'a FluentResource>,
        language: &'a Language,
    ) -> Self {
        Words {
            sengen,
            declaration,
            language,
            facts: None,
        }
    }

    /// The same wording, the facts known.
    pub fn with_facts(&self, facts: &'a FluentArgs<'static>) -> Self {
        Words {
            facts: Some(facts),
            ..*self
        }
    }

    /// Formats one message: the declaration's override, else sengen's.
    pub fn format(&self, id: &str, args: &FluentArgs) -> Result<String, Failure> {
        let override_id = format!("{OVERRIDE_PREFIX}{id}");
        let Some(pattern) = self
            .declaration
            .get_message(&override_id)
            .and_then(|m| m.value())
        else {
            return Ok(self.sengen.format(id, args)?);
        };
        let mut all = FluentArgs::new();
        for (name, value) in self.facts.into_iter().flat_map(|f| f.iter()) {
            all.set(name.to_owned(), value.clone());
        }
        for (name, value) in args.iter() {
            all.set(name.to_owned(), value.clone());
        }
        let mut errors = Vec::new();
        let text = self
            .declaration
            .format_pattern(pattern, Some(&all), &mut errors);
        match errors.first() {
            None => Ok(text.into_owned()),
            Some(error) => {
                let language = self.language;
                let at = fluent::message_span(&language.resource, language.file, &override_id);
                let d = Diagnostic::new(
                    Code::F011,
                    words!(
                        "F011-cannot-resolved-2",
                        override_id = override_id.to_string(),
                        tag = language.tag.to_string(),
                        error = error.to_string()
                    ),
                )
                .hint(words!(
                    "F011-override-receives-hint",
                    id = id.to_string(),
                    variables = variables_of(id).join(", "),
                    count = variables_of(id).len()
                ));
                Err(Failure::Invalid(Diagnostics::from(match at {
                    Some(at) => d.at(at, words!("label-override")),
                    None => d,
                })))
            }
        }
    }

    /// A message that takes no variables.
    pub fn plain(&self, id: &str) -> Result<String, Failure> {
        self.format(id, &FluentArgs::new())
    }
}

/// `$place`, `$date`…: the variables a message of sengen's wording receives.
fn variables_of(id: &str) -> Vec<String> {
    language::wording_variables(id)
        .unwrap_or_default()
        .iter()
        .map(|v| format!("${v}"))
        .collect()
}
