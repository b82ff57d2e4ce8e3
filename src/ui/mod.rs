//! The tool's own words: what sengen says to the person using it (its
//! diagnostics, hints, explanations, reports and the page), in their
//! language. Code never writes a sentence: it names one (`Words`: a message
//! of `locales/<lang>/tool/*.ftl` and its variables, the `words!` macro), and
//! a `Ui` says it in the language chosen: `--ui-lang`, else `SENGEN_LANG`,
//! else the system's (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English. A
//! language sengen does not speak (German, so far) falls back to English,
//! message by message, as Firefox does.

use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::language;

/// The language every other falls back to, and the one tests compare
/// (`locales/tool.toml`).
pub fn fallback() -> String {
    static FALLBACK: OnceLock<String> = OnceLock::new();
    FALLBACK.get_or_init(language::tool_fallback).clone()
}

/// A sentence of sengen's, named: a message id of the tool's wording and the
/// values of its variables. Said by a `Ui` in its language.
#[derive(Debug, Clone, PartialEq)]
pub struct Words {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// The value of a variable: text (a file name, a quoted word, a selector's
/// key), a number (a count, which chooses a plural), or words said first.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(i64),
    Words(Box<Words>),
}

impl Words {
    pub fn new(id: &'static str) -> Self {
        Words {
            id,
            args: Vec::new(),
        }
    }

    /// The words with one more variable.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// A variable's value, as given.
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }
}

/// `words!("S001-cannot-read", file = name, reason = why)`: the words of a
/// message of the tool's wording, its variables named as in the `.ftl`.
#[macro_export]
macro_rules! words {
    ($id:literal) => {
        $crate::ui::Words::new($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::ui::Words::new($id)$(.with(stringify!($name), $value))+
    };
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<Words> for Arg {
    fn from(words: Words) -> Self {
        Arg::Words(Box::new(words))
    }
}

macro_rules! numbers {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
        impl From<&$t> for Arg {
            fn from(n: &$t) -> Self {
                Arg::from(*n)
            }
        }
    )*};
}
numbers!(usize, u32, u64, i64, i32, u16, u8);

/// Where the words are read: a terminal (a hint may name a command to
/// type) or the page of `sengen serve` (it names the page's button). Every
/// message receives it as `$where` (`terminal`, `page`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Surface {
    Terminal,
    Page,
}

/// The person's language, and where they read: says `Words`.
#[derive(Debug, Clone)]
pub struct Ui {
    lang: String,
    surface: Surface,
}

type Bundle = FluentBundle<FluentResource>;

/// Every language's tool wording, made once: a bundle per language with
/// tool files (`locales/<lang>/tool/`).
fn bundles() -> &'static BTreeMap<String, Arc<Bundle>> {
    static BUNDLES: OnceLock<BTreeMap<String, Arc<Bundle>>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        languages()
            .into_iter()
            .filter_map(|lang| {
                let tag = lang.parse().ok()?;
                let mut bundle = Bundle::new_concurrent(vec![tag]);
                // No isolation marks: a terminal would show them.
                bundle.set_use_isolating(false);
                // The page's own words too: a hint shown on the page names
                // its buttons by them (`{ mark-reviewed }`).
                let page = language::locale_text(&lang, "serve/page.ftl").unwrap_or_default();
                for text in language::tool_files(&lang)
                    .into_iter()
                    .map(|(_, text)| text)
                    .chain([page])
                {
                    // A resource with errors keeps what parses; the parity
                    // test names the rest.
                    let resource = match FluentResource::try_new(text.to_owned()) {
                        Ok(resource) => resource,
                        Err((resource, _)) => resource,
                    };
                    bundle.add_resource_overriding(resource);
                }
                Some((lang, Arc::new(bundle)))
            })
            .collect()
    })
}

/// The languages sengen speaks: those with a `tool/` folder of wording.
pub fn languages() -> Vec<String> {
    language::available()
        .into_iter()
        .filter(|lang| !language::tool_files(lang).is_empty())
        .collect()
}

/// The language a locale string names (`fr_FR.UTF-8` → `fr`, `ja-JP` →
/// `ja`, `C` → none), if sengen speaks it.
fn spoken(locale: &str) -> Option<String> {
    let tag = locale
        .split(['.', '@'])
        .next()
        .unwrap_or_default()
        .replace('_', "-");
    if tag.is_empty() || tag == "C" || tag == "POSIX" {
        return None;
    }
    let spoken = languages();
    if spoken.contains(&tag) {
        return Some(tag);
    }
    let language = tag
        .split('-')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    spoken.contains(&language).then_some(language)
}

/// The language asked on the command line (`--ui-lang`), else by
/// `SENGEN_LANG`, else by the system (`LC_ALL`, `LC_MESSAGES`, `LANG`, the
/// first that is set), else English. A language sengen does not speak,
/// asked by the environment, is English: the system's locale is a wish;
/// `--ui-lang` is checked by the command line.
pub fn choose(asked: Option<&str>) -> String {
    if let Some(asked) = asked.and_then(spoken) {
        return asked;
    }
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    if let Some(lang) = env("SENGEN_LANG").and_then(|l| spoken(&l)) {
        return lang;
    }
    let system = env("LC_ALL")
        .or_else(|| env("LC_MESSAGES"))
        .or_else(|| env("LANG"));
    system.and_then(|l| spoken(&l)).unwrap_or_else(fallback)
}

/// Whether sengen speaks `tag` (for `--ui-lang`).
pub fn speaks(tag: &str) -> bool {
    spoken(tag).is_some()
}

impl Ui {
    pub fn new(lang: &str, surface: Surface) -> Self {
        let lang = spoken(lang).unwrap_or_else(fallback);
        Ui { lang, surface }
    }

    /// English, on a terminal: what the tests compare.
    pub fn english() -> Self {
        Ui::new(&fallback(), Surface::Terminal)
    }

    /// The language chosen from the command line and the environment, on a terminal.
    pub fn from_env(asked: Option<&str>) -> Self {
        Ui::new(&choose(asked), Surface::Terminal)
    }

    pub fn lang(&self) -> &str {
        &self.lang
    }

    pub fn surface(&self) -> Surface {
        self.surface
    }

    /// The same person on another surface.
    pub fn on(&self, surface: Surface) -> Self {
        Ui {
            lang: self.lang.clone(),
            surface,
        }
    }

    /// The words, said: in this language, else in English; the id itself
    /// when neither has the message (a test makes sure none lacks it).
    pub fn say(&self, words: &Words) -> String {
        let all = bundles();
        let fallback = fallback();
        for lang in [self.lang.as_str(), fallback.as_str()] {
            let Some(bundle) = all.get(lang) else {
                continue;
            };
            if let Some(said) = self.say_in(bundle, words) {
                return said;
            }
        }
        words.id.to_owned()
    }

    /// A message's attribute (`.label`), said; `None` when it has none.
    pub fn attribute(&self, id: &str, attribute: &str) -> Option<String> {
        let all = bundles();
        let fallback = fallback();
        for lang in [self.lang.as_str(), fallback.as_str()] {
            let Some(bundle) = all.get(lang) else {
                continue;
            };
            if let Some(pattern) = bundle
                .get_message(id)
                .and_then(|m| m.get_attribute(attribute))
                .map(|a| a.value())
            {
                let mut errors = Vec::new();
                let args = self.args(&[]);
                return Some(
                    bundle
                        .format_pattern(pattern, Some(&args), &mut errors)
                        .into_owned(),
                );
            }
        }
        None
    }

    fn args(&self, given: &[(&'static str, Arg)]) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        args.set(
            "where",
            match self.surface {
                Surface::Terminal => "terminal",
                Surface::Page => "page",
            },
        );
        for (name, value) in given {
            let value: FluentValue<'static> = match value {
                Arg::Text(text) => FluentValue::from(text.clone()),
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Words(inner) => FluentValue::from(self.say(inner)),
            };
            args.set(*name, value);
        }
        args
    }

    fn say_in(&self, bundle: &Bundle, words: &Words) -> Option<String> {
        let pattern = bundle.get_message(words.id)?.value()?;
        let args = self.args(&words.args);
        let mut errors = Vec::new();
        let said = bundle.format_pattern(pattern, Some(&args), &mut errors);
        Some(said.into_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_locale_names_the_language_sengen_speaks() {
        assert_eq!(spoken("fr_FR.UTF-8").as_deref(), Some("fr"));
        assert_eq!(spoken("ja_JP.utf8").as_deref(), Some("ja"));
        assert_eq!(spoken("ja").as_deref(), Some("ja"));
        assert_eq!(spoken("en_GB"), Some("en".to_owned()));
        assert_eq!(spoken("C"), None);
        assert_eq!(spoken("POSIX"), None);
        assert_eq!(spoken("ko_KR.UTF-8"), None);
        assert_eq!(spoken(""), None);
    }

    #[test]
    fn words_are_said_in_the_language_else_in_english() {
        let french = Ui::new("fr", Surface::Terminal);
        let words = crate::words!("S001-summary");
        assert_ne!(french.say(&words), Ui::english().say(&words));
        assert_eq!(
            french.say(&Words::new("no-such-message")),
            "no-such-message"
        );
        // A language without tool wording is English.
        assert_eq!(Ui::new("de", Surface::Terminal).lang(), "en");
    }
}
