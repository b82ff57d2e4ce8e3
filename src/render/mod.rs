//! Stage 4, render: lay out each `Edition` as Typst source with the
//! handlebars templates of `templates/`.
//!
//! Templates see a typed context in which every piece of user text is
//! `Markup`, made by the one conversion function in `markup`; strict mode
//! turns a misspelt variable into an error instead of silence, and HTML
//! escaping is off because the text is already safe Typst.

pub mod markup;

use handlebars::Handlebars;
use include_dir::{Dir, include_dir};
use serde::Serialize;

use crate::check::{Block, Date, Document, Section, Status, Subsection};
use crate::diagnostic::Failure;
use crate::localize::{Edition, Localized, Text};
pub use markup::{Markup, markup};

static TEMPLATES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/templates");

/// The template every edition starts from.
const MAIN_TEMPLATE: &str = "declaration";

/// One edition, as Typst source ready to typeset.
pub struct Rendered {
    /// The output's base name: `shizuoka-2024.fr`.
    pub name: String,
    /// Typst source (markup and code) of the whole document.
    pub source: String,
    /// The date the PDF states as its creation date.
    pub date: Date,
}

/// Handlebars with sengen's templates registered.
pub struct Renderer {
    registry: Handlebars<'static>,
}

impl Renderer {
    /// Registers the compiled-in templates: `<name>.typ.hbs` becomes `<name>`,
    /// usable as a partial by the others.
    pub fn new() -> Result<Self, Failure> {
        let mut registry = Handlebars::new();
        registry.set_strict_mode(true);
        registry.register_escape_fn(handlebars::no_escape);
        for file in TEMPLATES.files() {
            let path = file.path().to_string_lossy();
            let Some(name) = path.strip_suffix(".typ.hbs") else {
                continue;
            };
            let text = file
                .contents_utf8()
                .ok_or_else(|| Failure::Internal(format!("templates/{path}: not UTF-8")))?;
            registry
                .register_template_string(name, text)
                .map_err(|e| Failure::Internal(format!("templates/{path}: {e}")))?;
        }
        Ok(Renderer { registry })
    }

    /// Renders every edition of a localized declaration.
    pub fn render(&self, localized: &Localized) -> Result<Vec<Rendered>, Failure> {
        localized
            .editions
            .iter()
            .map(|edition| {
                let context = EditionContext::new(localized, edition);
                let source = self
                    .registry
                    .render(MAIN_TEMPLATE, &context)
                    .map_err(|e| Failure::Internal(format!("template {MAIN_TEMPLATE}: {e}")))?;
                Ok(Rendered {
                    name: format!("{}.{}", localized.id, edition.lang),
                    source,
                    date: localized.adoption_date,
                })
            })
            .collect()
    }
}

/// What the templates see of one edition.
#[derive(Serialize)]
struct EditionContext {
    id: String,
    /// BCP 47 tag: letters, digits and hyphens only.
    lang: String,
    draft: bool,
    date: DateContext,
    preamble: Vec<Markup>,
    meeting: Option<Markup>,
    title: Markup,
    place_and_date: Option<Markup>,
    opening: Vec<BlockContext>,
    sections: Vec<SectionContext>,
    closing: Vec<Markup>,
    dateline: Markup,
}

#[derive(Serialize)]
struct DateContext {
    year: i32,
    month: u8,
    day: u8,
}

#[derive(Serialize)]
struct SectionContext {
    heading: Markup,
    blocks: Vec<BlockContext>,
    subsections: Vec<SubsectionContext>,
}

#[derive(Serialize)]
struct SubsectionContext {
    heading: Markup,
    blocks: Vec<BlockContext>,
}

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
enum BlockContext {
    Paragraph { text: Markup },
    Items { items: Vec<Markup> },
    Commitments { items: Vec<Markup> },
}

impl EditionContext {
    fn new(localized: &Localized, edition: &Edition) -> Self {
        let doc: Document<Markup> = edition.document.map(&mut |t: &Text| markup(t));
        let date = localized.adoption_date;
        EditionContext {
            id: localized.id.clone(),
            lang: edition.lang.to_string(),
            draft: localized.status == Status::Draft,
            date: DateContext {
                year: date.year,
                month: date.month,
                day: date.day,
            },
            preamble: doc.preamble,
            meeting: doc.meeting,
            title: doc.title,
            place_and_date: doc.place_and_date,
            opening: doc.opening.into_iter().map(BlockContext::from).collect(),
            sections: doc.sections.into_iter().map(SectionContext::from).collect(),
            closing: doc.closing,
            dateline: markup(&edition.dateline),
        }
    }
}

impl From<Section<Markup>> for SectionContext {
    fn from(section: Section<Markup>) -> Self {
        SectionContext {
            heading: section.heading,
            blocks: section.blocks.into_iter().map(BlockContext::from).collect(),
            subsections: section
                .subsections
                .into_iter()
                .map(SubsectionContext::from)
                .collect(),
        }
    }
}

impl From<Subsection<Markup>> for SubsectionContext {
    fn from(sub: Subsection<Markup>) -> Self {
        SubsectionContext {
            heading: sub.heading,
            blocks: sub.blocks.into_iter().map(BlockContext::from).collect(),
        }
    }
}

impl From<Block<Markup>> for BlockContext {
    fn from(block: Block<Markup>) -> Self {
        match block {
            Block::Paragraph(text) => BlockContext::Paragraph { text },
            Block::Items(items) => BlockContext::Items { items },
            Block::Commitments(items) => BlockContext::Commitments { items },
        }
    }
}
