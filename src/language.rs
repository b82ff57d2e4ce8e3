//! What sengen knows about each language, resolved once: its profile
//! (`locales/<tag>/profile.toml`: script, list marker, quotes, how names are
//! written, which typography and prose rules apply) and its fixed wording
//! (`locales/<tag>/*.ftl`), both compiled into the binary.
//!
//! Adding a language is adding a `locales/<tag>/` folder with both files: no
//! code names a language. The stages ask a language's `Profile` instead of
//! matching tags; the check stage refuses a language without one (L001).

use std::collections::BTreeMap;
use std::sync::LazyLock;

use include_dir::{Dir, include_dir};
use serde::Deserialize;
use unic_langid::LanguageIdentifier;

use crate::diagnostic::Internal;

static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// The file of a locale folder that holds its profile.
const PROFILE_FILE: &str = "profile.toml";

/// How a language is set on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Script {
    /// Words separated by spaces, justified and hyphenated.
    Latin,
    /// Chinese, Japanese, Korean: no spaces, line breaks between characters.
    Cjk,
}

impl Script {
    /// The name the templates know the script by.
    pub fn name(self) -> &'static str {
        match self {
            Script::Latin => "latin",
            Script::Cjk => "cjk",
        }
    }
}

/// One language's profile.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Profile {
    /// The locale folder's name (`fr`).
    #[serde(skip)]
    pub tag: String,
    pub script: Script,
    /// The bullet of a list item.
    pub list_marker: String,
    pub quotes: Quotes,
    pub names: Names,
    /// Which typography rules `sengen check` applies (none when absent).
    pub typography: Option<Typography>,
    /// The language's speller of numbers in words (`$year-words` in a
    /// dateline), where sengen has one.
    pub number_words: Option<NumberWords>,
    #[serde(default)]
    pub prose: Prose,
    #[serde(default)]
    pub import: ImportRules,
}

/// On which side of a number its words stand.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WordSide {
    #[default]
    After,
    Before,
}

/// What `sengen import` needs to know of a language to read a draft: the
/// words an id leaves out, the words that name each delegation after its
/// count, and how a title names the place (« Déclaration de Shizuoka »).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ImportRules {
    /// Words too common to make an id of (articles, prepositions).
    #[serde(default)]
    pub stopwords: Vec<String>,
    /// Per delegation id, the words that, after a count of local
    /// governments, say whose they are (« 35 collectivités locales
    /// japonaises »: japan).
    #[serde(default)]
    pub delegations: std::collections::BTreeMap<String, Vec<String>>,
    /// Whether those words come after the count (« 35 collectivités
    /// japonaises ») or before it (日本の35自治体, "35 Japanese").
    #[serde(default)]
    pub delegation_words: WordSide,
    /// Titles that name the place of adoption, `{place}` standing for it.
    #[serde(default)]
    pub title_place: Vec<String>,
    /// Per delegation id, its name as its signature pages head it
    /// (« Collectivités japonaises », 日本側自治体): an imported declaration
    /// names its delegations as the examples do.
    #[serde(default)]
    pub delegation_names: std::collections::BTreeMap<String, String>,
}

/// Quotation marks: opening and closing, outer and inner.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Quotes {
    pub outer: [String; 2],
    pub inner: [String; 2],
}

/// How a person's name is written. The order follows the name's own script:
/// a name in kanji or kana family name first (難波 喬司, romanised NANBA
/// Takashi), a name in Latin letters given name first (Marie Dupont).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Names {
    /// Family names in capitals (Marie DUPONT), as French writes them.
    pub family_in_capitals: bool,
}

/// The typography rules sengen implements, by the language they serve.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Typography {
    /// T101–T109: the Imprimerie nationale's rules.
    French,
    /// T201–T204.
    Japanese,
}

/// The languages whose numbers sengen writes in words (num2words).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NumberWords {
    French,
    English,
}

/// How facts are written in the prose, for the checks that find them typed
/// by hand (X001–X004). A language without them is not scanned.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Prose {
    /// Words that, right after a number, count local governments.
    #[serde(default)]
    pub counted: Vec<String>,
    /// Words that, right before a number, count them (地方自治体31).
    #[serde(default)]
    pub counted_before: Vec<String>,
    pub ordinals: Option<Ordinals>,
    pub dates: Option<DateWriting>,
}

/// How an edition of the series is written: « 8<sup>e</sup> Rencontres »,
/// 第8回日仏…, "8th meeting".
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Ordinals {
    /// Right before the digits (第).
    #[serde(default)]
    pub before: String,
    /// Right after the digits, the first that matches (so longer first where one is the start of another).
    pub suffixes: Vec<String>,
    /// Whether spaces may stand between the ordinal and the series' name.
    pub space: bool,
    /// What the ordinal must precede to name an edition of the series.
    pub series: Vec<String>,
}

/// How a full date is written.
#[derive(Debug, Deserialize)]
#[serde(tag = "order", rename_all = "kebab-case", deny_unknown_fields)]
pub enum DateWriting {
    /// « 21 novembre 2024 », « 1<sup>er</sup> octobre 2024 ».
    #[serde(rename_all = "kebab-case")]
    DayMonthYear {
        months: [String; 12],
        /// What may follow the day's digits (er).
        #[serde(default)]
        day_suffixes: Vec<String>,
    },
    /// "November 21, 2024".
    MonthDayYear { months: [String; 12] },
    /// 2024年11月21日: digits, each followed by its marker; or a year of an
    /// era (令和8年6月4日, 令和元年).
    #[serde(rename_all = "kebab-case")]
    YearMonthDay {
        markers: [String; 3],
        /// Each era's name and the Gregorian year of its first year.
        #[serde(default)]
        eras: Vec<(String, i32)>,
        /// How an era's first year may be written instead of 1 (元).
        #[serde(default)]
        first_year: Option<String>,
        /// What joins a first day to a last (2026年6月2日～4日,
        /// 2026年6月2日から4日まで).
        #[serde(default)]
        span_joiners: Vec<String>,
    },
}

/// Every profile, by locale folder, read once; or the folder whose profile
/// does not read, and why.
static PROFILES: LazyLock<Result<BTreeMap<String, Profile>, (String, String)>> =
    LazyLock::new(|| {
        let mut profiles = BTreeMap::new();
        for dir in LOCALES.dirs() {
            let Some(tag) = dir.path().file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            let broken = |detail: String| (tag.to_owned(), detail);
            let file = dir
                .get_file(dir.path().join(PROFILE_FILE))
                .ok_or_else(|| broken("missing".to_owned()))?;
            let text = file
                .contents_utf8()
                .ok_or_else(|| broken("not UTF-8".to_owned()))?;
            let mut profile: Profile = toml::from_str(text).map_err(|e| broken(e.to_string()))?;
            profile.tag = tag.to_owned();
            profiles.insert(tag.to_owned(), profile);
        }
        Ok(profiles)
    });

fn profiles() -> Result<&'static BTreeMap<String, Profile>, Internal> {
    PROFILES
        .as_ref()
        .map_err(|(lang, detail)| Internal::Profile {
            lang: lang.clone(),
            detail: detail.clone(),
        })
}

/// The profile of a language: its own folder's, else its language's (`fr-CA`
/// → `fr`); `Ok(None)` when sengen has none.
pub fn profile(lang: &LanguageIdentifier) -> Result<Option<&'static Profile>, Internal> {
    let profiles = profiles()?;
    Ok(profiles
        .get(&lang.to_string())
        .or_else(|| profiles.get(lang.language.as_str())))
}

/// The languages sengen has (folder names under `locales/`), sorted.
pub fn available() -> Vec<String> {
    let mut tags: Vec<String> = LOCALES
        .dirs()
        .filter_map(|d| d.path().file_name()?.to_str().map(str::to_owned))
        .collect();
    tags.sort();
    tags
}

/// The fixed wording of a language (`locales/<tag>/*.ftl`), by path, in a
/// fixed order: its own folder's, else its language's.
/// The languages `sengen serve`'s page is written in: the locale folders
/// with a `serve/page.ftl`.
pub fn page_languages() -> Vec<String> {
    available()
        .into_iter()
        .filter(|tag| locale_text(tag, "serve/page.ftl").is_some())
        .collect()
}

/// The language sengen's own words fall back to (`locales/tool.toml`).
pub fn tool_fallback() -> String {
    #[derive(Deserialize)]
    struct Tool {
        fallback: String,
    }
    LOCALES
        .get_file("tool.toml")
        .and_then(|f| f.contents_utf8())
        .and_then(|text| toml::from_str::<Tool>(text).ok())
        .map(|t| t.fallback)
        .unwrap_or_default()
}

/// The language the page falls back to (`locales/serve.toml`).
pub fn page_fallback() -> String {
    #[derive(Deserialize)]
    struct Serve {
        fallback: String,
    }
    LOCALES
        .get_file("serve.toml")
        .and_then(|f| f.contents_utf8())
        .and_then(|text| toml::from_str::<Serve>(text).ok())
        .map(|s| s.fallback)
        .unwrap_or_default()
}

/// A file of a locale folder by its path there (`serve/page.ftl`), if any.
/// The tool's own wording in a language (`locales/<tag>/tool/*.ftl`), by
/// path, sorted: what sengen says to its users, apart from the documents.
pub fn tool_files(tag: &str) -> Vec<(&'static str, &'static str)> {
    let Some(dir) = LOCALES.get_dir(format!("{tag}/tool")) else {
        return Vec::new();
    };
    let mut files: Vec<(&str, &str)> = dir
        .files()
        .filter(|f| f.path().extension().is_some_and(|e| e == "ftl"))
        .filter_map(|f| Some((f.path().to_str()?, f.contents_utf8()?)))
        .collect();
    files.sort();
    files
}

pub fn locale_text(tag: &str, path: &str) -> Option<&'static str> {
    LOCALES.get_file(format!("{tag}/{path}"))?.contents_utf8()
}

pub fn wording_files(lang: &LanguageIdentifier) -> Option<Vec<(&'static str, &'static str)>> {
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

/// The text of the small example (`sengen new`) in a language, where its
/// locale folder has one (`new/example.ftl`).
pub fn example_text(lang: &LanguageIdentifier) -> Option<&'static str> {
    [lang.to_string(), lang.language.as_str().to_owned()]
        .iter()
        .find_map(|tag| LOCALES.get_file(format!("{tag}/new/example.ftl")))
        .and_then(|f| f.contents_utf8())
}

/// Every file of a language's locale folder (wording and profile), by path:
/// what the fingerprint covers of it.
pub fn locale_files(lang: &LanguageIdentifier) -> Vec<(String, &'static [u8])> {
    let Some(dir) = LOCALES
        .get_dir(lang.to_string())
        .or_else(|| LOCALES.get_dir(lang.language.as_str()))
    else {
        return Vec::new();
    };
    let mut files: Vec<(String, &[u8])> = dir
        .files()
        .filter_map(|f| Some((format!("locales/{}", f.path().to_str()?), f.contents())))
        .collect();
    files.sort();
    files
}

/// The prefix by which a declaration's own `<lang>.ftl` overrides a message
/// of sengen's wording: `sengen-dateline = …` replaces `dateline`.
pub const OVERRIDE_PREFIX: &str = "sengen-";

/// The variables the dateline receives: the place, the date in full, and its
/// pieces, so that a formal dateline is a matter of wording. Those a
/// language cannot write (the year in words, without a speller) are absent.
pub const DATELINE_VARIABLES: &[&str] = &[
    "place",
    "date",
    "day",
    "day-ordinal",
    "day-words",
    "month",
    "year",
    "year-words",
    "era-year",
];

/// Every message of sengen's fixed wording, with the variables it receives:
/// the contract between `locales/<tag>/sengen.ftl` (a test holds every
/// locale to it) and the code that formats them, and the list of what a
/// declaration may override.
pub const WORDING: &[(&str, &[&str])] = &[
    ("edition-ordinal", &["n"]),
    (
        "date-range",
        &["first", "first-reduced", "last", "last-reduced"],
    ),
    ("date-single", &["first"]),
    ("dateline", DATELINE_VARIABLES),
    ("day-of-month", &["day"]),
    ("day-ordinal", &["day"]),
    ("year-of-era", &["year"]),
    ("provisional-label", &[]),
    ("provisional-note", &["authentic"]),
    ("language-name", &["tag"]),
    ("list-separator", &[]),
    ("commitment-number", &["n"]),
    ("document-keywords", &[]),
    ("fingerprint-label", &[]),
    ("draft-watermark", &[]),
    ("draft-version", &["date"]),
    ("signatures-heading", &[]),
    ("signature-number", &["n", "count"]),
    ("signature-government", &[]),
    ("signature-title", &[]),
    ("signature-name", &[]),
    ("signature-signature", &[]),
    ("signature-seal", &[]),
    ("signature-block", &["n", "count"]),
    ("signature-blank", &[]),
    ("signature-field", &["kind", "signatory", "group", "block"]),
    ("signature-field-separator", &[]),
];

/// The wording of a redline (`sengen diff`), which no declaration may
/// override: a redline must never pass for a text to sign, whatever a
/// draft says. Held to the same contract by the locales' test.
pub const COMPARISON_WORDING: &[(&str, &[&str])] = &[
    ("comparison-watermark", &[]),
    ("comparison-header", &["old", "new"]),
    ("comparison-version", &["version", "fingerprint"]),
    ("comparison-facts-heading", &[]),
    ("comparison-no-fact", &[]),
    ("comparison-fact", &["fact", "old", "new"]),
    ("comparison-fact-label", &["fact", "delegation", "number"]),
    ("comparison-status", &["status"]),
    ("comparison-inserted", &[]),
    ("comparison-deleted", &[]),
    ("comparison-moved-from", &["place"]),
    ("comparison-moved-to", &["place"]),
    ("comparison-opening", &[]),
];

/// The messages of sengen's wording that write the facts themselves (an
/// ordinal, a date): they receive their own variables only, not the facts.
pub const FACT_WORDING: &[&str] = &[
    "edition-ordinal",
    "date-range",
    "date-single",
    "day-of-month",
    "year-of-era",
];

/// The variables a wording message receives; `None` for an id sengen's
/// wording does not have.
pub fn wording_variables(id: &str) -> Option<&'static [&'static str]> {
    WORDING
        .iter()
        .chain(COMPARISON_WORDING)
        .find(|(i, _)| *i == id)
        .map(|(_, v)| *v)
}

/// Whether a declaration may override this message of sengen's wording
/// (`sengen-<id> = …`).
pub fn overridable(id: &str) -> bool {
    WORDING.iter().any(|(i, _)| *i == id)
}

/// Characters of scripts written without spaces between words, and their
/// punctuation: a line break between two of them joins without a space.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3000..=0x303F   // CJK symbols and punctuation
        | 0x3040..=0x30FF // hiragana, katakana
        | 0x31F0..=0x31FF // katakana extensions
        | 0x3400..=0x4DBF // CJK extension A
        | 0x4E00..=0x9FFF // CJK unified ideographs
        | 0xF900..=0xFAFF // compatibility ideographs
        | 0xFF00..=0xFFEF // half- and full-width forms
        | 0x20000..=0x3FFFF // supplementary ideographs
    )
}

/// Kana and kanji (and the iteration mark 々): the letters of Japanese, which
/// Japanese punctuation sits beside and Japanese names are written in.
pub fn is_kana_or_kanji(c: char) -> bool {
    matches!(c as u32, 0x3005 | 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

/// The profile of a language sengen has, for unit tests, by its tag. It
/// stands with the tests: the test that no code names a language reads each
/// file only up to its test code.
#[cfg(test)]
pub fn known(tag: &str) -> &'static Profile {
    let lang: LanguageIdentifier = tag.parse().expect("a language tag");
    profile(&lang)
        .expect("the profiles read")
        .expect("a language sengen has")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_folder_has_a_profile_that_reads() {
        let profiles = profiles().expect("every profile reads");
        assert_eq!(
            profiles.keys().cloned().collect::<Vec<_>>(),
            available(),
            "one profile per locale folder"
        );
        for (tag, profile) in profiles {
            assert_eq!(&profile.tag, tag);
            assert!(!profile.list_marker.is_empty(), "{tag}");
            assert!(wording_files(&tag.parse().unwrap()).is_some(), "{tag}");
        }
    }

    #[test]
    fn a_regional_tag_falls_back_to_its_language() {
        let canadian: LanguageIdentifier = "fr-CA".parse().unwrap();
        assert_eq!(
            profile(&canadian).unwrap().map(|p| p.tag.as_str()),
            Some("fr")
        );
        let korean: LanguageIdentifier = "ko".parse().unwrap();
        assert!(profile(&korean).unwrap().is_none());
    }

    #[test]
    fn japanese_letters_and_cjk_punctuation() {
        assert!(is_kana_or_kanji('静') && is_kana_or_kanji('か') && is_kana_or_kanji('々'));
        assert!(!is_kana_or_kanji('、') && is_cjk('、'));
        assert!(!is_cjk('a') && !is_kana_or_kanji('é'));
    }
}
