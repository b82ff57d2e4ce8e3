//! The tool's own wording (`locales/<lang>/*.ftl`, compiled in and found by
//! `crate::language`): ordinals, date ranges, the dateline, the labels of the
//! signature pages. A message that is missing or does not resolve is a bug
//! of sengen's, an internal failure.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use unic_langid::LanguageIdentifier;

use crate::diagnostic::Internal;
use crate::language;

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
