//! The tool's own wording (`locales/<lang>/*.ftl`), compiled into the binary:
//! ordinals, date ranges, the dateline. Adding a language is adding a folder.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use include_dir::{Dir, include_dir};
use unic_langid::LanguageIdentifier;

static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// A Fluent bundle over one language's fixed wording.
pub struct Wording {
    bundle: FluentBundle<FluentResource>,
}

/// The languages sengen has wording for (folder names under `locales/`).
pub fn available() -> Vec<String> {
    let mut tags: Vec<String> = LOCALES
        .dirs()
        .filter_map(|d| d.path().file_name()?.to_str().map(str::to_owned))
        .collect();
    tags.sort();
    tags
}

/// The files of the wording for `lang`: its own folder, else its language's (`fr-CA` → `fr`).
pub fn files(lang: &LanguageIdentifier) -> Option<Vec<(&'static str, &'static str)>> {
    let dir = LOCALES
        .get_dir(lang.to_string())
        .or_else(|| LOCALES.get_dir(lang.language.as_str()))?;
    let mut files: Vec<(&str, &str)> = dir
        .files()
        .filter(|f| f.path().extension().is_some_and(|e| e == "ftl"))
        .filter_map(|f| Some((f.path().to_str()?, f.contents_utf8()?)))
        .collect();
    files.sort();
    Some(files)
}

impl Wording {
    /// Loads the wording for `lang`; `Ok(None)` when sengen has none for it.
    pub fn load(lang: &LanguageIdentifier) -> Result<Option<Self>, String> {
        let Some(files) = files(lang) else {
            return Ok(None);
        };
        let mut bundle = FluentBundle::new(vec![lang.clone()]);
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(super::numbers::format_number));
        bundle
            .add_builtins()
            .map_err(|e| format!("locales/{lang}: {e}"))?;
        for (path, text) in files {
            let resource = FluentResource::try_new(text.to_owned())
                .map_err(|(_, errors)| format!("locales/{path}: {errors:?}"))?;
            bundle
                .add_resource(resource)
                .map_err(|errors| format!("locales/{path}: {errors:?}"))?;
        }
        Ok(Some(Wording { bundle }))
    }

    /// Formats one message of the wording; a failure is sengen's own bug.
    pub fn format(&self, id: &str, args: &FluentArgs) -> Result<String, String> {
        let lang = &self.bundle.locales[0];
        let pattern = self
            .bundle
            .get_message(id)
            .and_then(|m| m.value())
            .ok_or_else(|| format!("locales/{lang}: no message `{id}`"))?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(args), &mut errors);
        if errors.is_empty() {
            Ok(text.into_owned())
        } else {
            Err(format!("locales/{lang}: `{id}`: {errors:?}"))
        }
    }
}
