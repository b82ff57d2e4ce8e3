//! The document's structure: from the flat list of blocks a user writes
//! (`section`, `subsection`, `paragraph`, `items`, `commitments`, in reading
//! order) to a tree of sections and sub-sections. Sub-sections outside a
//! section, empty sections and ids used twice are reported here.

use std::collections::BTreeMap;

use super::MessageId;
use crate::diagnostic::{Code, Diagnostic, Diagnostics, FileId, Span};
use crate::load::schema;
use crate::words;

/// The text's structure. The check stage builds it with message ids as
/// leaves (`Document<MessageId>`); the localize stage maps it to text.
#[derive(Debug, Clone)]
pub struct Document<T> {
    pub preamble: Vec<T>,
    pub meeting: Option<T>,
    pub title: T,
    pub place_and_date: Option<T>,
    /// The organisers, for the PDF's metadata.
    pub author: Option<T>,
    /// Blocks before the first section.
    pub opening: Vec<Block<T>>,
    pub sections: Vec<Section<T>>,
    pub closing: Vec<T>,
}

#[derive(Debug, Clone)]
pub struct Section<T> {
    pub heading: T,
    /// Blocks before the first sub-section.
    pub blocks: Vec<Block<T>>,
    pub subsections: Vec<Subsection<T>>,
}

#[derive(Debug, Clone)]
pub struct Subsection<T> {
    pub heading: T,
    pub blocks: Vec<Block<T>>,
}

#[derive(Debug, Clone)]
pub enum Block<T> {
    Paragraph(T),
    Items(Vec<T>),
    Commitments(Vec<T>),
}

impl<T> Document<T> {
    /// The same structure with every leaf mapped, in reading order.
    pub fn map<U>(&self, f: &mut impl FnMut(&T) -> U) -> Document<U> {
        let preamble = self.preamble.iter().map(&mut *f).collect();
        let meeting = self.meeting.as_ref().map(&mut *f);
        let title = f(&self.title);
        let place_and_date = self.place_and_date.as_ref().map(&mut *f);
        let author = self.author.as_ref().map(&mut *f);
        let opening = self.opening.iter().map(|b| b.map(f)).collect();
        let sections = self
            .sections
            .iter()
            .map(|s| Section {
                heading: f(&s.heading),
                blocks: s.blocks.iter().map(|b| b.map(f)).collect(),
                subsections: s
                    .subsections
                    .iter()
                    .map(|sub| Subsection {
                        heading: f(&sub.heading),
                        blocks: sub.blocks.iter().map(|b| b.map(f)).collect(),
                    })
                    .collect(),
            })
            .collect();
        let closing = self.closing.iter().map(&mut *f).collect();
        Document {
            preamble,
            meeting,
            title,
            place_and_date,
            author,
            opening,
            sections,
            closing,
        }
    }
}

impl<T> Document<T> {
    /// Every block of the body, in reading order.
    pub fn blocks(&self) -> impl Iterator<Item = &Block<T>> {
        self.opening
            .iter()
            .chain(self.sections.iter().flat_map(|s| {
                s.blocks
                    .iter()
                    .chain(s.subsections.iter().flat_map(|sub| sub.blocks.iter()))
            }))
    }
}

impl<T> Block<T> {
    fn map<U>(&self, f: &mut impl FnMut(&T) -> U) -> Block<U> {
        match self {
            Block::Paragraph(t) => Block::Paragraph(f(t)),
            Block::Items(list) => Block::Items(list.iter().map(&mut *f).collect()),
            Block::Commitments(list) => Block::Commitments(list.iter().map(&mut *f).collect()),
        }
    }
}

impl Document<MessageId> {
    /// Every message id the structure names, in reading order.
    pub fn message_ids(&self) -> Vec<MessageId> {
        let mut ids = Vec::new();
        self.map(&mut |id: &MessageId| ids.push(id.clone()));
        ids
    }
}

/// Builds the tree, reporting what does not fit.
pub fn build(
    doc: &schema::Document,
    file: FileId,
    diagnostics: &mut Diagnostics,
) -> Document<MessageId> {
    let id = |m: &schema::MessageRef| MessageId {
        id: m.get_ref().clone(),
        span: Span::new(file, m.span()),
    };
    let mut out = Document {
        preamble: doc.preamble.iter().map(id).collect(),
        meeting: doc.meeting.as_ref().map(id),
        title: id(&doc.title),
        place_and_date: doc.place_and_date.as_ref().map(id),
        author: doc.author.as_ref().map(id),
        opening: Vec::new(),
        sections: Vec::new(),
        closing: doc.closing.iter().map(id).collect(),
    };

    for block in &doc.body {
        match block {
            schema::Block::Section(m) => {
                out.sections.push(Section {
                    heading: id(m),
                    blocks: Vec::new(),
                    subsections: Vec::new(),
                });
            }
            schema::Block::Subsection(m) => match out.sections.last_mut() {
                Some(section) => section.subsections.push(Subsection {
                    heading: id(m),
                    blocks: Vec::new(),
                }),
                None => diagnostics.push(
                    Diagnostic::new(Code::S021, words!("S021-sub-section-outside-any"))
                        .at(
                            Span::new(file, m.span()),
                            words!("label-sub-section-comes-before-first"),
                        )
                        .hint(words!("S021-start-section-first-make-hint")),
                ),
            },
            schema::Block::Paragraph(m) => current_blocks(&mut out).push(Block::Paragraph(id(m))),
            schema::Block::Items(list) | schema::Block::Commitments(list) => {
                if list.get_ref().is_empty() {
                    diagnostics.push(
                        Diagnostic::new(Code::S022, words!("S022-empty-list"))
                            .at(Span::new(file, list.span()), words!("label-no-message-ids"))
                            .hint(words!("S022-name-at-least-one-hint")),
                    );
                }
                let ids = list.get_ref().iter().map(id).collect();
                let block = match block {
                    schema::Block::Items(_) => Block::Items(ids),
                    _ => Block::Commitments(ids),
                };
                current_blocks(&mut out).push(block);
            }
        }
    }

    for section in &out.sections {
        if section.blocks.is_empty() && section.subsections.is_empty() {
            diagnostics.push(
                Diagnostic::new(
                    Code::S023,
                    words!("S023-section-empty", id = section.heading.id.to_string()),
                )
                .at(
                    section.heading.span.clone(),
                    words!("label-nothing-follows-heading"),
                )
                .hint(words!("S023-add-paragraphs-lists-remove-hint")),
            );
        }
        for sub in section.subsections.iter().filter(|s| s.blocks.is_empty()) {
            diagnostics.push(
                Diagnostic::new(
                    Code::S023,
                    words!("S023-sub-section-empty", id = sub.heading.id.to_string()),
                )
                .at(
                    sub.heading.span.clone(),
                    words!("label-nothing-follows-heading"),
                )
                .hint(words!("S023-add-paragraphs-lists-remove-hint")),
            );
        }
    }

    // One message, one place: the same id twice is almost always a copy-paste slip.
    let mut first_use: BTreeMap<&str, &MessageId> = BTreeMap::new();
    let all = out.message_ids();
    for message in &all {
        match first_use.get(message.id.as_str()) {
            Some(first) => diagnostics.push(
                Diagnostic::new(
                    Code::S024,
                    words!("S024-used-twice-structure", id = message.id.to_string()),
                )
                .at(message.span.clone(), words!("label-used-again-here"))
                .related(first.span.clone(), words!("label-first-used-here"))
                .hint(words!("S024-each-block-needs-own-hint")),
            ),
            None => {
                first_use.insert(&message.id, message);
            }
        }
    }
    out
}

/// Where the next block goes: the current sub-section, section, or the opening.
fn current_blocks(doc: &mut Document<MessageId>) -> &mut Vec<Block<MessageId>> {
    match doc.sections.last_mut() {
        Some(section) => match section.subsections.last_mut() {
            Some(sub) => &mut sub.blocks,
            None => &mut section.blocks,
        },
        None => &mut doc.opening,
    }
}
