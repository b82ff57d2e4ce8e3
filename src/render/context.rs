//! What the templates see: a typed, serialisable context per output, in which
//! every piece of user text is `Markup`. Templates lay it out; they decide
//! nothing else.

use serde::Serialize;

use super::markup::{Markup, markup};
use crate::check::SignatureLayout;
use crate::check::{Block, Document, Status};
use crate::fingerprint::Fingerprint;
use crate::fonts::{self, Face};
use crate::language::Script;
use crate::localize::signatures::{SignatureBlock, SignatureGroup};
use crate::localize::{Edition, Localized, Text};

/// One edition (one language), for the single-language and sequential layouts.
#[derive(Serialize)]
pub struct EditionContext {
    /// BCP 47 tag: letters, digits and hyphens only.
    pub lang: String,
    /// `latin` or `cjk`: which typesetting rules apply.
    pub script: &'static str,
    pub provisional_label: Option<Markup>,
    pub provisional_note: Option<Markup>,
    pub preamble: Vec<Markup>,
    pub meeting: Option<Markup>,
    pub title: Markup,
    pub place_and_date: Option<Markup>,
    /// The body as a flat sequence of blocks, headings included.
    pub body: Vec<BlockContext>,
    pub closing: Vec<Markup>,
    pub dateline: Markup,
    pub fingerprint_label: Markup,
    /// A redline's header and box of changed facts.
    pub comparison: Option<ComparisonContext>,
    /// A draft's watermark and date.
    pub draft_watermark: Option<Markup>,
    pub draft_version: Option<Markup>,
}

/// What a redline says of itself.
#[derive(Serialize)]
pub struct ComparisonContext {
    pub header: Markup,
    pub facts_heading: Markup,
    pub facts: Vec<Markup>,
}

/// The words a screen reader hears before a redline's change, in one language.
#[derive(Serialize)]
pub struct RedlineLabels {
    pub lang: String,
    pub inserted: Markup,
    pub deleted: Markup,
}

/// One block of the body.
#[derive(Serialize, Clone)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum BlockContext {
    Section {
        text: Markup,
    },
    Subsection {
        text: Markup,
    },
    Paragraph {
        text: Markup,
    },
    /// A bulleted list.
    Items {
        marker: Markup,
        items: Vec<Markup>,
    },
    /// A numbered list: each entry with its number.
    Commitments {
        items: Vec<Numbered>,
    },
}

#[derive(Serialize, Clone)]
pub struct Numbered {
    pub number: Markup,
    pub text: Markup,
}

/// Facts every output states.
#[derive(Serialize)]
pub struct DocumentContext {
    pub id: String,
    pub draft: bool,
    pub date: DateContext,
    /// SHA-256 of the inputs, in full and its first 12 digits (hexadecimal only).
    pub fingerprint: String,
    pub fingerprint_short: String,
    /// Names of the files to embed (`declaration.toml`, `fr.ftl`…), read from `/attachments/`.
    pub attachments: Vec<String>,
    /// The faces of every script (`fonts.latin.body`…), as Typst values.
    pub fonts: Vec<ScriptFonts>,
    /// The signatures stand under the dateline, which sticks to them.
    pub inline_signatures: bool,
    /// In a redline, per language: what a screen reader hears before a change.
    pub redline_labels: Vec<RedlineLabels>,
}

/// The faces of one script, each a Typst value (`"BIZ UDMincho"`, or a
/// dictionary with `covers`) made from sengen's own list in `fonts`.
#[derive(Serialize)]
pub struct ScriptFonts {
    pub script: &'static str,
    pub body: Vec<String>,
    pub heading: Vec<String>,
}

impl ScriptFonts {
    fn of(script: Script) -> Self {
        let faces = fonts::faces(script);
        let values = |faces: &[Face]| faces.iter().map(typst_face).collect();
        ScriptFonts {
            script: script.name(),
            body: values(faces.body),
            heading: values(faces.heading),
        }
    }
}

/// A face as a Typst value. The names are sengen's constants, not user
/// text; they are written as string literals all the same.
fn typst_face(face: &Face) -> String {
    let quoted = |s: &str| format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""));
    match face.covers {
        None => quoted(face.family),
        Some(covers) => format!(
            "(name: {}, covers: {})",
            quoted(face.family),
            quoted(covers)
        ),
    }
}

#[derive(Serialize)]
pub struct DateContext {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// A document in one language.
#[derive(Serialize)]
pub struct SingleContext {
    pub document: DocumentContext,
    pub edition: EditionContext,
    pub signatures: Option<SignaturesContext>,
}

/// Two languages one after the other, in full.
#[derive(Serialize)]
pub struct SequentialContext {
    pub document: DocumentContext,
    pub editions: [EditionContext; 2],
    pub signatures: Option<SignaturesContext>,
}

/// Two languages side by side: each row holds a block and its counterpart,
/// so both start at the same height.
#[derive(Serialize)]
pub struct ColumnsContext {
    pub document: DocumentContext,
    pub left: EditionContext,
    pub right: EditionContext,
    pub rows: Vec<Row>,
    pub signatures: Option<SignaturesContext>,
}

/// One row of the side-by-side layout.
#[derive(Serialize)]
pub struct Row {
    /// Names the row's anchors (`sengen-row-12-left`), by which tests measure alignment.
    pub index: usize,
    pub left: Cell,
    pub right: Cell,
}

/// A block in one column.
#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Cell {
    TitleBlock {
        meeting: Option<Markup>,
        title: Markup,
        place_and_date: Option<Markup>,
        provisional_note: Option<Markup>,
    },
    Section {
        text: Markup,
    },
    Subsection {
        text: Markup,
    },
    Paragraph {
        text: Markup,
    },
    Item {
        marker: Markup,
        text: Markup,
    },
    Commitment {
        number: Markup,
        text: Markup,
    },
    Dateline {
        text: Markup,
    },
}

impl DocumentContext {
    pub fn new(localized: &Localized, fingerprint: &Fingerprint) -> Self {
        let date = localized.adoption_date;
        DocumentContext {
            id: localized.id.clone(),
            draft: localized.status == Status::Draft,
            fingerprint: fingerprint.full().to_owned(),
            fingerprint_short: fingerprint.short().to_owned(),
            attachments: Vec::new(),
            inline_signatures: false,
            redline_labels: localized
                .editions
                .iter()
                .filter_map(|e| {
                    let c = e.comparison.as_ref()?;
                    Some(RedlineLabels {
                        lang: e.lang.to_string(),
                        inserted: markup(&c.inserted),
                        deleted: markup(&c.deleted),
                    })
                })
                .collect(),
            fonts: [Script::Latin, Script::Cjk]
                .into_iter()
                .map(ScriptFonts::of)
                .collect(),
            date: DateContext {
                year: date.year,
                month: date.month,
                day: date.day,
            },
        }
    }
}

impl EditionContext {
    pub fn new(edition: &Edition) -> Self {
        // Each block anchored by its place in reading order (the author,
        // metadata only, is no block).
        let author = edition.document.author.as_ref().map(|a| a as *const Text);
        let lang = edition.lang.to_string();
        let mut place = 0usize;
        let doc: Document<Markup> = edition.document.map(&mut |t: &Text| {
            if Some(t as *const Text) == author {
                return markup(t);
            }
            place += 1;
            markup(t).anchored(&lang, place - 1)
        });
        let numbers: Vec<Markup> = edition.commitment_numbers.iter().map(markup).collect();
        let marker = markup(&edition.list_marker);
        let block = |block: &Block<Markup>| match block {
            Block::Paragraph(text) => BlockContext::Paragraph { text: text.clone() },
            Block::Items(items) => BlockContext::Items {
                marker: marker.clone(),
                items: items.clone(),
            },
            Block::Commitments(items) => BlockContext::Commitments {
                items: items
                    .iter()
                    .zip(&numbers)
                    .map(|(text, number)| Numbered {
                        number: number.clone(),
                        text: text.clone(),
                    })
                    .collect(),
            },
        };
        let mut body: Vec<BlockContext> = doc.opening.iter().map(block).collect();
        for section in &doc.sections {
            body.push(BlockContext::Section {
                text: section.heading.clone(),
            });
            body.extend(section.blocks.iter().map(block));
            for sub in &section.subsections {
                body.push(BlockContext::Subsection {
                    text: sub.heading.clone(),
                });
                body.extend(sub.blocks.iter().map(block));
            }
        }
        EditionContext {
            lang: edition.lang.to_string(),
            script: edition.script.name(),
            provisional_label: edition.provisional.as_ref().map(|p| markup(&p.label)),
            provisional_note: edition
                .provisional
                .as_ref()
                .and_then(|p| p.note.as_ref())
                .map(markup),
            preamble: doc.preamble,
            meeting: doc.meeting,
            title: doc.title,
            place_and_date: doc.place_and_date,
            body,
            closing: doc.closing,
            dateline: markup(&edition.dateline),
            fingerprint_label: markup(&edition.fingerprint_label),
            comparison: edition.comparison.as_ref().map(|c| ComparisonContext {
                header: markup(&c.header),
                facts_heading: markup(&c.facts_heading),
                facts: c.facts.iter().map(markup).collect(),
            }),
            draft_watermark: edition.draft.as_ref().map(|d| markup(&d.watermark)),
            draft_version: edition
                .draft
                .as_ref()
                .and_then(|d| d.version.as_ref())
                .map(markup),
        }
    }

    /// The edition as a sequence of cells, one per block that pairs with its
    /// counterpart in another language (list entries each on their own).
    fn cells(&self) -> Vec<Cell> {
        let mut cells: Vec<Cell> = self
            .preamble
            .iter()
            .map(|t| Cell::Paragraph { text: t.clone() })
            .collect();
        cells.push(Cell::TitleBlock {
            meeting: self.meeting.clone(),
            title: self.title.clone(),
            place_and_date: self.place_and_date.clone(),
            provisional_note: self.provisional_note.clone(),
        });
        for block in &self.body {
            match block {
                BlockContext::Section { text } => cells.push(Cell::Section { text: text.clone() }),
                BlockContext::Subsection { text } => {
                    cells.push(Cell::Subsection { text: text.clone() })
                }
                BlockContext::Paragraph { text } => {
                    cells.push(Cell::Paragraph { text: text.clone() })
                }
                BlockContext::Items { marker, items } => {
                    cells.extend(items.iter().map(|text| Cell::Item {
                        marker: marker.clone(),
                        text: text.clone(),
                    }))
                }
                BlockContext::Commitments { items } => {
                    cells.extend(items.iter().map(|n| Cell::Commitment {
                        number: n.number.clone(),
                        text: n.text.clone(),
                    }))
                }
            }
        }
        cells.extend(
            self.closing
                .iter()
                .map(|t| Cell::Paragraph { text: t.clone() }),
        );
        cells.push(Cell::Dateline {
            text: self.dateline.clone(),
        });
        cells
    }
}

impl ColumnsContext {
    /// Pairs two editions block by block. Both come from the same structure,
    /// so their cells correspond one to one.
    pub fn new(
        document: DocumentContext,
        left: EditionContext,
        right: EditionContext,
        signatures: Option<SignaturesContext>,
    ) -> Self {
        let rows = left
            .cells()
            .into_iter()
            .zip(right.cells())
            .enumerate()
            .map(|(index, (left, right))| Row { index, left, right })
            .collect();
        ColumnsContext {
            document,
            left,
            right,
            rows,
            signatures,
        }
    }
}

/// The signatures: per delegation, a block per signatory, in one or two
/// languages; on pages of their own, or under the dateline (`inline`).
#[derive(Serialize)]
pub struct SignaturesContext {
    /// Under the dateline, on its page, `abreast` blocks to a row.
    pub inline: bool,
    pub abreast: usize,
    pub heading: Markup,
    pub signature_label: Markup,
    pub seal_label: Markup,
    pub groups: Vec<SignatureGroupContext>,
}

#[derive(Serialize)]
pub struct SignatureGroupContext {
    pub heading: Vec<LangValue>,
    pub seal: bool,
    pub blocks: Vec<SignatureBlockContext>,
}

#[derive(Serialize)]
pub struct SignatureBlockContext {
    /// None where the delegation has one signatory.
    pub number: Option<Markup>,
    /// Key of the block's description in `sys.inputs` (alternative text is data, not markup).
    pub alt_key: String,
    /// The name of its signature field, which labels its signature box
    /// (`<sengen-sig-NAME>`); letters, digits and hyphens only.
    pub field: String,
    pub lines: Vec<SignatureLine>,
}

/// One line of a block: its label, and its value in each language (none: a blank line).
#[derive(Serialize)]
pub struct SignatureLine {
    pub label: Markup,
    pub values: Vec<LangValue>,
}

/// A value in one language, with how to typeset it.
#[derive(Serialize)]
pub struct LangValue {
    pub lang: String,
    pub script: &'static str,
    pub text: Markup,
}

impl SignaturesContext {
    /// The signatures of one edition, or of two together (in the first
    /// one's order of the parties); `inputs` receives each block's
    /// description for screen readers, `fields` its signature field.
    pub fn new(
        editions: &[&Edition],
        layout: SignatureLayout,
        inputs: &mut Vec<(String, String)>,
        fields: &mut Vec<super::SignatureField>,
    ) -> Option<Self> {
        let first = editions.first()?;
        let joined = |part: &dyn Fn(&Edition) -> &Text| -> Markup {
            let texts: Vec<String> = editions
                .iter()
                .map(|e| part(e).as_str().to_owned())
                .collect();
            let mut unique = texts.clone();
            unique.dedup();
            markup(&Text::new(&unique.join(" / ")))
        };
        let value = |e: &Edition, text: &Text| LangValue {
            lang: e.lang.to_string(),
            script: script(e),
            text: markup(text),
        };
        let mut groups = Vec::new();
        for (g, group) in first.signatures.iter().enumerate() {
            let party = group.delegation;
            let mut blocks = Vec::new();
            for (b, block) in group.blocks.iter().enumerate() {
                let line =
                    |label: &dyn Fn(&Edition) -> &Text,
                     get: &dyn Fn(&SignatureBlock) -> Option<Text>| {
                        SignatureLine {
                            label: joined(label),
                            values: dedup(
                                editions
                                    .iter()
                                    .filter_map(|e| {
                                        block_at(e, party, b).and_then(get).map(|t| value(e, &t))
                                    })
                                    .collect(),
                            ),
                        }
                    };
                let alt_key = format!("signature-{g}-{b}");
                let description: Vec<String> = editions
                    .iter()
                    .filter_map(|e| block_at(e, party, b).map(|blk| blk.description.clone()))
                    .collect();
                let description = description.join(" / ");
                let mut tooltips: Vec<String> = editions
                    .iter()
                    .filter_map(|e| block_at(e, party, b).map(|blk| blk.field_tooltip.clone()))
                    .collect();
                tooltips.dedup();
                fields.push(super::SignatureField {
                    name: block.field.clone(),
                    tooltip: tooltips.join(" / "),
                    alt: description.clone(),
                });
                inputs.push((alt_key.clone(), description));
                blocks.push(SignatureBlockContext {
                    number: block.number.as_ref().map(markup),
                    alt_key,
                    field: block.field.clone(),
                    lines: vec![
                        line(&|e| &e.signature_labels.government, &|blk| {
                            blk.government.clone()
                        }),
                        line(&|e| &e.signature_labels.title, &|blk| blk.title.clone()),
                        line(&|e| &e.signature_labels.name, &|blk| {
                            blk.name.as_deref().map(Text::new)
                        }),
                    ],
                });
            }
            let heading = editions
                .iter()
                .filter_map(|e| {
                    group_of(e, party)
                        .and_then(|grp| grp.heading.as_ref())
                        .map(|h| value(e, h))
                })
                .collect();
            groups.push(SignatureGroupContext {
                heading,
                seal: group.seal,
                blocks,
            });
        }
        let blocks: usize = groups.iter().map(|g| g.blocks.len()).sum();
        if blocks == 0 {
            return None;
        }
        Some(SignaturesContext {
            inline: layout == SignatureLayout::Inline,
            // Two abreast, or three where that fills the rows better (3, 5, 6).
            abreast: if blocks.is_multiple_of(3) || blocks == 5 {
                3
            } else {
                2
            },
            heading: joined(&|e| &e.signature_labels.heading),
            signature_label: joined(&|e| &e.signature_labels.signature),
            seal_label: joined(&|e| &e.signature_labels.seal),
            groups,
        })
    }
}

/// The values of a line, the same text once (a name written alike in both
/// languages, but for the capitals French gives family names: the first
/// language's form stays).
fn dedup(mut values: Vec<LangValue>) -> Vec<LangValue> {
    values.dedup_by(|b, a| a.text.as_str().to_lowercase() == b.text.as_str().to_lowercase());
    values
}

/// The signatures of a party (by its delegation's index) in an edition.
fn group_of(edition: &Edition, party: usize) -> Option<&SignatureGroup> {
    edition.signatures.iter().find(|g| g.delegation == party)
}

/// Block `b` of a party's signatures in an edition.
fn block_at(edition: &Edition, party: usize, b: usize) -> Option<&SignatureBlock> {
    group_of(edition, party).and_then(|group| group.blocks.get(b))
}

fn script(edition: &Edition) -> &'static str {
    edition.script.name()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faces_are_typst_strings() {
        let latin = ScriptFonts::of(Script::Latin);
        assert_eq!(latin.body, ["\"Libertinus Serif\"", "\"BIZ UDMincho\""]);
        let cjk = ScriptFonts::of(Script::Cjk);
        assert_eq!(
            cjk.body[0],
            "(name: \"Libertinus Serif\", covers: \"latin-in-cjk\")"
        );
        let odd = Face {
            family: "A \"B\" \\C",
            covers: None,
        };
        assert_eq!(typst_face(&odd), "\"A \\\"B\\\" \\\\C\"");
    }
}
