//! The schema file (`declaration.toml`) exactly as a user writes it.
//!
//! These types mirror the file: every field a user can write, nothing more
//! (`deny_unknown_fields`, kebab-case keys), with the position of each value
//! kept (`Spanned`) so that later stages can point back into the file. They
//! are also the source of the JSON Schema committed as
//! `docs/declaration.schema.json` (see `sengen schema`). Validation beyond
//! the shape of the data (ids that exist, dates in order…) belongs to the
//! check stage, which turns these into a `Declaration`.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use toml::Spanned;

/// A text identifier, as written: the id of a message in every `<lang>.ftl`.
pub type MessageRef = Spanned<String>;

/// One declaration: its identity, the facts of the meeting that adopts it, and
/// the ordered structure of its text. The text itself lives in one Fluent file
/// per language (`fr.ftl`, `ja.ftl`…), keyed by the message ids named here.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
#[schemars(title = "sengen declaration")]
pub struct DeclarationFile {
    /// Stable identifier, used to name the output files
    /// (`shizuoka-2024` → `shizuoka-2024.fr.pdf`). Lowercase letters, digits
    /// and hyphens.
    #[schemars(with = "String", regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"))]
    pub id: Spanned<String>,
    /// Whether the text is still negotiated (`draft`) or adopted (`final`).
    #[schemars(with = "Status")]
    pub status: Spanned<Status>,
    /// The date of this version of a draft, shown under its watermark.
    #[schemars(with = "Option<String>", extend("format" = "date"))]
    pub draft_date: Option<Spanned<toml::value::Datetime>>,
    /// The languages of the declaration, as BCP 47 tags (`fr`, `ja`, `en`).
    /// Each needs a `<tag>.ftl` file beside this one.
    #[schemars(with = "Vec<String>")]
    pub languages: Spanned<Vec<Spanned<String>>>,
    /// Which languages are provisional translations rather than authentic text.
    #[serde(default)]
    pub translation: Translation,
    /// The calendar each language writes dates in, where not the Gregorian one.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, Calendar>")]
    pub calendar: BTreeMap<String, Spanned<Calendar>>,
    /// The two languages of the bilingual edition, left then right.
    pub bilingual: Option<Bilingual>,
    /// House rules the typography checks follow.
    #[serde(default)]
    pub typography: Typography,
    /// The meeting that adopts the declaration, for a declaration adopted at
    /// one; an agreement simply signed has none.
    #[schemars(with = "Option<Meeting>")]
    pub meeting: Option<Spanned<Meeting>>,
    /// Where and when the declaration is adopted (or signed).
    #[schemars(with = "Adoption")]
    pub adoption: Spanned<Adoption>,
    /// The delegations taking part (the parties), in the order the document lists them.
    #[serde(default)]
    pub delegations: Vec<Delegation>,
    /// How the signatures are set, and in which order per language.
    #[serde(default)]
    pub signatures: Signatures,
    /// The structure of the text.
    pub document: Document,
}

/// Lifecycle of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Still negotiated.
    Draft,
    /// As adopted.
    Final,
}

/// The status of each language's text.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Translation {
    /// Languages whose text is the project's provisional translation, not an
    /// authentic text; their PDFs say so (仮訳, « traduction provisoire »).
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub provisional: Vec<Spanned<String>>,
}

/// House rules of typography.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Typography {
    /// How Japanese text writes Latin letters and digits (default: half-width, 2024年).
    #[serde(default)]
    pub japanese_alphanumerics: Width,
}

/// Half-width (2024, ABC) or full-width (２０２４, ＡＢＣ) letters and digits.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Width {
    #[default]
    HalfWidth,
    FullWidth,
}

/// How a language writes years.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Calendar {
    /// 2024年11月21日.
    Gregorian,
    /// Japanese eras: 令和6年11月21日 (元年 for an era's first year).
    Japanese,
}

/// The bilingual edition.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Bilingual {
    /// The two languages, in column order (left, right); by default the first
    /// two of `languages`.
    #[schemars(with = "[String; 2]")]
    pub pair: Spanned<Vec<Spanned<String>>>,
}

/// Facts of the meeting, supplied to the text as variables
/// (`{ $edition-ordinal }`, `{ $meeting-dates }`).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Meeting {
    /// The edition of the series (8 for the 8th meeting).
    #[schemars(with = "u32", range(min = 1))]
    pub edition: Spanned<WholeNumber>,
    /// First day of the meeting (a TOML date: `2024-11-18`). Required: the
    /// check stage names each missing fact (S029) instead of the first only.
    #[schemars(with = "String", extend("format" = "date"), required)]
    pub opens: Option<Spanned<toml::value::Datetime>>,
    /// Last day of the meeting. Required.
    #[schemars(with = "String", extend("format" = "date"), required)]
    pub closes: Option<Spanned<toml::value::Datetime>>,
}

/// Adoption of the declaration.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Adoption {
    /// Day of adoption (or signature); one of the meeting's days, if any.
    /// Required.
    #[schemars(with = "String", extend("format" = "date"), required)]
    pub date: Option<Spanned<toml::value::Datetime>>,
    /// Message id of the place of adoption as the dateline names it
    /// (« Fait à Shizuoka »). Required.
    #[schemars(with = "String", required)]
    pub place: Option<MessageRef>,
}

/// How the signatures are set.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Signatures {
    /// `inline` under the dateline, or `pages` after the text; by default
    /// inline for up to six signatories, pages for more.
    #[schemars(with = "Option<SignatureLayout>")]
    pub layout: Option<Spanned<SignatureLayout>>,
    /// Per language, the order of the parties in that language's copy, as
    /// delegation ids (`ja = ["midorikawa", "ashford-bay"]`); by default the
    /// order of `[[delegations]]`.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, Vec<String>>")]
    pub order: BTreeMap<String, Spanned<Vec<Spanned<String>>>>,
    /// `true`: every PDF gets an empty electronic signature field over each
    /// signatory's signature box, as `sengen build --signature-fields` does.
    #[serde(default)]
    pub fields: bool,
}

/// Where the signature blocks stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SignatureLayout {
    /// On pages of their own after the text, by delegation, two abreast.
    Pages,
    /// Under the dateline, side by side, on its page.
    Inline,
}

/// One delegation (the Japanese local governments, the French ones…).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Delegation {
    /// Identifier; the text reads the delegation's size as `{ $<id>-count }`.
    #[schemars(with = "String", regex(pattern = r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"))]
    pub id: Spanned<String>,
    /// Number of local governments in the delegation. Computed from `members`
    /// when they are listed; given alone, the signature pages carry that many
    /// numbered blank blocks.
    #[schemars(with = "Option<u32>")]
    pub count: Option<Spanned<WholeNumber>>,
    /// Message id naming the delegation above its signatures (« Collectivités japonaises »).
    #[schemars(with = "Option<String>")]
    pub name: Option<MessageRef>,
    /// Whether its signatories affix a seal: a seal box (印) beside each signature.
    #[serde(default)]
    #[schemars(with = "bool")]
    pub seal: YesNo,
    /// `false` when `members` lists only some of the `count` signatories: the
    /// others get blank blocks.
    #[serde(default = "yes")]
    #[schemars(with = "bool")]
    pub complete: YesNo,
    /// The signatories, in the order of the signature pages.
    #[serde(default)]
    pub members: Vec<Member>,
}

fn yes() -> YesNo {
    YesNo(true)
}

/// One signatory: a local government and its representative.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Member {
    /// Message id of the local government's name (静岡市, Ville de Shizuoka).
    #[schemars(with = "String")]
    pub government: MessageRef,
    /// Message id of the representative's title (市長, Maire).
    #[schemars(with = "Option<String>")]
    pub title: Option<MessageRef>,
    /// The representative's family name, as written in their own language (難波).
    pub family_name: Option<String>,
    /// The representative's given name (喬司).
    pub given_name: Option<String>,
    /// The family name in Latin letters, for languages in Latin script (NANBA).
    pub latin_family_name: Option<String>,
    /// The given name in Latin letters (Takashi).
    pub latin_given_name: Option<String>,
}

/// The ordered structure of the text. Every string here is a message id.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Document {
    /// Paragraphs that open the document, before the title (« Nous,
    /// représentants… adoptons la déclaration suivante : »).
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub preamble: Vec<MessageRef>,
    /// The line above the title, naming the meeting.
    #[schemars(with = "Option<String>")]
    pub meeting: Option<MessageRef>,
    /// The title (« Déclaration de Shizuoka »); also the PDF's title.
    #[schemars(with = "String")]
    pub title: MessageRef,
    /// The place and date under the title.
    #[schemars(with = "Option<String>")]
    pub place_and_date: Option<MessageRef>,
    /// Who issues the document (the organisers), for the PDF's metadata.
    #[schemars(with = "Option<String>")]
    pub author: Option<MessageRef>,
    /// The body, in reading order. A `section` starts a section, a
    /// `subsection` a sub-section of the current section.
    #[serde(default)]
    pub body: Vec<Block>,
    /// Closing paragraphs, just before the dateline.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub closing: Vec<MessageRef>,
}

/// One block of the body: a table with exactly one of these keys.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub enum Block {
    /// A section heading (level 1).
    Section(#[schemars(with = "String")] MessageRef),
    /// A sub-section heading (level 2), inside a section.
    Subsection(#[schemars(with = "String")] MessageRef),
    /// A paragraph.
    Paragraph(#[schemars(with = "String")] MessageRef),
    /// A bulleted list, one message per item.
    Items(#[schemars(with = "Vec<String>")] Spanned<Vec<MessageRef>>),
    /// A numbered list of commitments, one message per commitment.
    Commitments(#[schemars(with = "Vec<String>")] Spanned<Vec<MessageRef>>),
}

/// A whole number of 0 or more. Its own type, so that a wrong value is
/// reported in the user's words ("expected a whole number"), not Rust's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WholeNumber(pub u32);

impl<'de> Deserialize<'de> for WholeNumber {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = WholeNumber;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a whole number")
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<WholeNumber, E> {
                u32::try_from(v)
                    .map(WholeNumber)
                    .map_err(|_| E::invalid_value(serde::de::Unexpected::Signed(v), &self))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<WholeNumber, E> {
                u32::try_from(v)
                    .map(WholeNumber)
                    .map_err(|_| E::invalid_value(serde::de::Unexpected::Unsigned(v), &self))
            }
        }
        deserializer.deserialize_u32(Visitor)
    }
}

/// `true` or `false`, reported in those words when the value is neither.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct YesNo(pub bool);

impl<'de> Deserialize<'de> for YesNo {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = YesNo;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("true or false")
            }
            fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<YesNo, E> {
                Ok(YesNo(v))
            }
        }
        deserializer.deserialize_bool(Visitor)
    }
}
