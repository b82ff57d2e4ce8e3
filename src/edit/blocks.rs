//! The structure as a person changes it (`sengen block`, and the page's
//! « Add after », « Remove », « Move »): a block added after any block, in
//! every language at once; a block removed with its messages; a block moved
//! up, down or into another section. Each is a `Changeset` for `edit` to
//! make, check and write, like every other change to a declaration's files.
//!
//! A new block's id is made as `import` makes ids (`ids`): a paragraph or a
//! list entry after its section's heading id (`w1-innovation-3`,
//! `opening-2` before the first section), a commitment `commitment-4`, a
//! heading from its first words. Added and removed blocks are minimal edits
//! of `declaration.toml`; a move rewrites the body in sengen's layout (a
//! list, a section with what it holds, changes place).

use std::collections::BTreeSet;

use super::{Change, Changeset, NewBlock};
use crate::check::{Block, Declaration, Document, Section, Subsection};
use crate::diagnostic::{Code, Diagnostic, Failure};
use crate::diff::{SlotKind, slots};
use crate::fluent;
use crate::import::ids;
use crate::words;

/// What kind of block to add.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Section,
    Subsection,
    Paragraph,
    Item,
    Commitment,
}

impl Kind {
    /// By its name, as the command line and the page give it.
    pub fn named(name: &str) -> Option<Kind> {
        Some(match name {
            "section" => Kind::Section,
            "subsection" => Kind::Subsection,
            "paragraph" => Kind::Paragraph,
            "item" => Kind::Item,
            "commitment" => Kind::Commitment,
            _ => return None,
        })
    }
}

/// Where a block moves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Move {
    Up,
    Down,
    /// To the end of the section (or sub-section) whose heading has this id.
    Into(String),
}

/// A block added after the block of message `after`, saying `texts` (by
/// language; the source language's is required, a translation left empty
/// is one to do). Its id, and the changes.
pub fn add(
    declaration: &Declaration,
    missing: &[(String, String)],
    kind: Kind,
    after: &str,
    texts: &[(String, String)],
) -> Result<(String, Changeset), Failure> {
    let ids = structure(declaration);
    let all = slots(&ids);
    let Some(at) = all.iter().position(|s| s.leaf == after) else {
        return Err(no_block(after));
    };
    let source = declaration
        .languages
        .first()
        .map(|l| l.tag.to_string())
        .unwrap_or_default();
    let text_in = |tag: &str| {
        texts
            .iter()
            .find(|(lang, _)| lang == tag)
            .map(|(_, text)| text.trim())
            .filter(|text| !text.is_empty())
    };
    if text_in(&source).is_none() {
        return Err(
            Diagnostic::new(Code::C013, words!("C013-block-needs-text", lang = &source))
                .hint(words!("C013-block-needs-text-hint", lang = &source))
                .into(),
        );
    }
    for (lang, _) in texts {
        if !declaration.languages.iter().any(|l| l.tag == lang.as_str()) {
            return Err(
                Diagnostic::new(Code::C013, words!("C013-block-no-language", lang = lang))
                    .hint(words!("C013-block-no-language-hint"))
                    .into(),
            );
        }
    }
    let used: BTreeSet<String> = declaration
        .languages
        .iter()
        .flat_map(|l| fluent::messages(&l.resource).map(|m| m.id.name.to_owned()))
        .chain(all.iter().map(|s| s.leaf.clone()))
        .collect();
    // The heading the new block stands under, where it stands.
    let slot = &all[at];
    let container = (0..=at).rev().find_map(|k| {
        let s = &all[k];
        match s.kind {
            SlotKind::Section | SlotKind::Subsection => Some(s.leaf.clone()),
            _ => None,
        }
    });
    let in_body = !matches!(
        slot.kind,
        SlotKind::Preamble | SlotKind::Meeting | SlotKind::Title | SlotKind::PlaceAndDate
    );
    if slot.kind == SlotKind::Closing {
        return Err(no_place(after));
    }
    let source_text = text_in(&source).unwrap_or_default();
    let profile = declaration
        .languages
        .first()
        .and_then(|l| crate::language::profile(&l.tag).ok().flatten());
    let stopwords: &[String] = profile.map_or(&[], |p| p.import.stopwords.as_slice());
    let id = match kind {
        Kind::Paragraph | Kind::Item => {
            let container = if in_body { container } else { None };
            ids::numbered(container.as_deref().unwrap_or("opening"), &used)
        }
        Kind::Commitment => ids::numbered("commitment", &used),
        Kind::Section => {
            let n = ids.sections.len() + 1;
            ids::for_heading(source_text, stopwords, &format!("section-{n}"), &used)
        }
        Kind::Subsection => {
            let Some(section) = slot.section.map(|s| ids.sections[s].heading.clone()) else {
                return Err(no_place(after));
            };
            ids::for_heading(source_text, stopwords, &format!("{section}-1"), &used)
        }
    };
    let block = match kind {
        Kind::Section => NewBlock::Section(id.clone()),
        Kind::Subsection => NewBlock::Subsection(id.clone()),
        Kind::Paragraph => NewBlock::Paragraph(id.clone()),
        Kind::Item => NewBlock::Item(id.clone()),
        Kind::Commitment => NewBlock::Commitment(id.clone()),
    };
    let mut changes = Changeset::default();
    for language in &declaration.languages {
        let tag = language.tag.to_string();
        let Some(text) = text_in(&tag) else { continue };
        // Beside the message it follows, where the file has it (not where
        // the source's text stands in for a missing translation).
        let stood_in = missing.iter().any(|(l, m)| *l == tag && m == after);
        let beside = fluent::message(&language.resource, after)
            .filter(|_| !stood_in)
            .map(|_| after.to_owned());
        changes.push(Change::AddMessage {
            lang: tag,
            id: id.clone(),
            text: text.to_owned(),
            after: beside,
            comment: None,
        });
    }
    // Before the body (after the title): the body's first block.
    let after_in_body = if in_body {
        after.to_owned()
    } else {
        String::new()
    };
    changes.push(Change::AddBlock {
        block,
        after: after_in_body,
    });
    Ok((id, changes))
}

/// What removing the block of message `id` removes: the block, and with a
/// heading everything under it; their ids in reading order.
pub fn removed_with(declaration: &Declaration, id: &str) -> Result<Vec<String>, Failure> {
    let flat = Flat::of(&structure(declaration));
    let Some(at) = flat.position(id) else {
        return Err(no_block(id));
    };
    Ok(flat.unit(at).map(|k| flat.0[k].id.clone()).collect())
}

/// The block of message `id` removed, with everything under it when it is
/// a heading, and their messages from every language (their reviews forgotten).
pub fn remove(
    declaration: &Declaration,
    missing: &[(String, String)],
    id: &str,
) -> Result<Changeset, Failure> {
    let gone = removed_with(declaration, id)?;
    let mut changes = Changeset::default();
    for id in &gone {
        changes.push(Change::RemoveBlock { id: id.clone() });
    }
    for language in &declaration.languages {
        let tag = language.tag.to_string();
        for id in &gone {
            let stood_in = missing.iter().any(|(l, m)| *l == tag && m == id);
            if !stood_in && fluent::message(&language.resource, id).is_some() {
                changes.push(Change::RemoveMessage {
                    lang: tag.clone(),
                    id: id.clone(),
                });
            }
            if declaration
                .lock
                .as_ref()
                .is_some_and(|lock| lock.get(&tag, id).is_some())
            {
                changes.review(&tag, id, None);
            }
        }
    }
    Ok(changes)
}

/// The block of message `id` moved (a heading with what it holds).
pub fn move_block(declaration: &Declaration, id: &str, to: &Move) -> Result<Changeset, Failure> {
    let mut flat = Flat::of(&structure(declaration));
    let Some(at) = flat.position(id) else {
        return Err(no_block(id));
    };
    let unit: Vec<usize> = flat.unit(at).collect();
    let (start, end) = (unit[0], unit[unit.len() - 1] + 1);
    let moved: Vec<Entry> = flat.0.drain(start..end).collect();
    let kind = moved[0].kind;
    let insert_at = match to {
        Move::Up => {
            // Before the unit of the same rank that comes before it; a
            // paragraph, before the block or heading just above it.
            let before = flat.0[..start]
                .iter()
                .rposition(|e| kind.rank() <= e.kind.rank() || !kind.is_heading());
            match before {
                Some(k) if !kind.is_heading() || flat.0[k].kind == kind => k,
                _ => return Err(cannot_move(id, "up")),
            }
        }
        Move::Down => {
            if start >= flat.0.len() {
                return Err(cannot_move(id, "down"));
            }
            if kind.is_heading() {
                // After the next unit of the same rank.
                if flat.0[start].kind != kind {
                    return Err(cannot_move(id, "down"));
                }
                flat.unit(start).last().map_or(start, |k| k + 1)
            } else {
                start + 1
            }
        }
        Move::Into(heading) => {
            let Some(h) = flat.position(heading) else {
                return Err(no_block(heading));
            };
            if !flat.0[h].kind.is_heading() || kind == EntryKind::Section {
                return Err(cannot_move(id, "into"));
            }
            if kind == EntryKind::Subsection && flat.0[h].kind != EntryKind::Section {
                return Err(cannot_move(id, "into"));
            }
            // After the heading's own blocks (before its first sub-section
            // or the next heading of its rank), or after the whole section
            // for a sub-section.
            let rank = flat.0[h].kind.rank();
            let stop = |e: &Entry| {
                if kind == EntryKind::Subsection {
                    e.kind == EntryKind::Section
                } else {
                    e.kind.is_heading() && e.kind.rank() >= rank.min(EntryKind::Subsection.rank())
                }
            };
            flat.0[h + 1..]
                .iter()
                .position(stop)
                .map_or(flat.0.len(), |k| h + 1 + k)
        }
    };
    // A list entry joins the list it lands in, when it lands beside one of its kind.
    let mut moved = moved;
    if moved.len() == 1 && matches!(kind, EntryKind::Item | EntryKind::Commitment) {
        let own = moved[0].list;
        let before = flat.0[..insert_at].last().filter(|e| e.kind == kind);
        let after = flat.0.get(insert_at).filter(|e| e.kind == kind);
        let lists = [before, after].map(|e| e.map(|e| e.list));
        // Its own list where it stays beside it; else the one it lands in;
        // else a list of its own.
        moved[0].list = if lists.contains(&Some(own)) {
            own
        } else {
            lists.into_iter().flatten().next().unwrap_or(usize::MAX)
        };
    }
    for (k, entry) in moved.into_iter().enumerate() {
        flat.0.insert(insert_at + k, entry);
    }
    let ids = structure(declaration);
    let rebuilt = flat.rebuild(&ids).ok_or_else(|| cannot_move(id, "into"))?;
    let mut changes = Changeset::default();
    changes.push(Change::Structure(rebuilt));
    Ok(changes)
}

/// The structure as message ids.
fn structure(declaration: &Declaration) -> Document<String> {
    declaration.document.map(&mut |m| m.id.clone())
}

fn no_block(id: &str) -> Failure {
    Diagnostic::new(Code::C013, words!("C013-no-block", id = id))
        .hint(words!("C013-no-block-hint"))
        .into()
}

fn no_place(after: &str) -> Failure {
    Diagnostic::new(Code::C013, words!("C013-block-no-place", id = after))
        .hint(words!("C013-block-no-place-hint"))
        .into()
}

fn cannot_move(id: &str, way: &str) -> Failure {
    Diagnostic::new(Code::C013, words!("C013-cannot-move", id = id, way = way))
        .hint(words!("C013-cannot-move-hint", way = way))
        .into()
}

/// The body as one sequence: headings and blocks in reading order, each
/// list entry with the list it is in.
struct Flat(Vec<Entry>);

#[derive(Debug, Clone)]
struct Entry {
    kind: EntryKind,
    id: String,
    /// Which list it is in (entries of one list share it).
    list: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum EntryKind {
    Section,
    Subsection,
    Paragraph,
    Item,
    Commitment,
}

impl EntryKind {
    fn is_heading(self) -> bool {
        matches!(self, EntryKind::Section | EntryKind::Subsection)
    }

    /// A section outranks a sub-section, which outranks a block.
    fn rank(self) -> u8 {
        match self {
            EntryKind::Section => 2,
            EntryKind::Subsection => 1,
            _ => 0,
        }
    }
}

impl Flat {
    fn of(ids: &Document<String>) -> Flat {
        let mut out = Vec::new();
        let mut lists = 0usize;
        let mut blocks = |out: &mut Vec<Entry>, blocks: &[Block<String>]| {
            for block in blocks {
                lists += 1;
                match block {
                    Block::Paragraph(id) => out.push(Entry {
                        kind: EntryKind::Paragraph,
                        id: id.clone(),
                        list: lists,
                    }),
                    Block::Items(list) | Block::Commitments(list) => {
                        let kind = if matches!(block, Block::Items(_)) {
                            EntryKind::Item
                        } else {
                            EntryKind::Commitment
                        };
                        out.extend(list.iter().map(|id| Entry {
                            kind,
                            id: id.clone(),
                            list: lists,
                        }));
                    }
                }
            }
        };
        blocks(&mut out, &ids.opening);
        for section in &ids.sections {
            out.push(Entry {
                kind: EntryKind::Section,
                id: section.heading.clone(),
                list: 0,
            });
            blocks(&mut out, &section.blocks);
            for sub in &section.subsections {
                out.push(Entry {
                    kind: EntryKind::Subsection,
                    id: sub.heading.clone(),
                    list: 0,
                });
                blocks(&mut out, &sub.blocks);
            }
        }
        Flat(out)
    }

    fn position(&self, id: &str) -> Option<usize> {
        self.0.iter().position(|e| e.id == id)
    }

    /// The entries that go with the one at `at`: a heading with everything
    /// under it, a block alone.
    fn unit(&self, at: usize) -> impl Iterator<Item = usize> + '_ {
        let kind = self.0[at].kind;
        let end = if kind.is_heading() {
            self.0[at + 1..]
                .iter()
                .position(|e| e.kind.is_heading() && e.kind.rank() >= kind.rank())
                .map_or(self.0.len(), |k| at + 1 + k)
        } else {
            at + 1
        };
        at..end
    }

    /// The structure again, its parts outside the body those of `ids`;
    /// `None` when a sub-section would stand outside any section.
    fn rebuild(&self, ids: &Document<String>) -> Option<Document<String>> {
        let mut opening: Vec<Block<String>> = Vec::new();
        let mut sections: Vec<Section<String>> = Vec::new();
        let mut last_list: Option<(EntryKind, usize)> = None;
        for entry in &self.0 {
            let target: &mut Vec<Block<String>> = match entry.kind {
                EntryKind::Section => {
                    sections.push(Section {
                        heading: entry.id.clone(),
                        blocks: Vec::new(),
                        subsections: Vec::new(),
                    });
                    last_list = None;
                    continue;
                }
                EntryKind::Subsection => {
                    sections.last_mut()?.subsections.push(Subsection {
                        heading: entry.id.clone(),
                        blocks: Vec::new(),
                    });
                    last_list = None;
                    continue;
                }
                _ => match sections.last_mut() {
                    None => &mut opening,
                    Some(section) => match section.subsections.last_mut() {
                        Some(sub) => &mut sub.blocks,
                        None => &mut section.blocks,
                    },
                },
            };
            let same_list = last_list == Some((entry.kind, entry.list));
            match (entry.kind, target.last_mut()) {
                (EntryKind::Item, Some(Block::Items(list)))
                | (EntryKind::Commitment, Some(Block::Commitments(list)))
                    if same_list =>
                {
                    list.push(entry.id.clone())
                }
                (EntryKind::Item, _) => target.push(Block::Items(vec![entry.id.clone()])),
                (EntryKind::Commitment, _) => {
                    target.push(Block::Commitments(vec![entry.id.clone()]))
                }
                _ => target.push(Block::Paragraph(entry.id.clone())),
            }
            last_list = Some((entry.kind, entry.list));
        }
        Some(Document {
            preamble: ids.preamble.clone(),
            meeting: ids.meeting.clone(),
            title: ids.title.clone(),
            place_and_date: ids.place_and_date.clone(),
            author: ids.author.clone(),
            opening,
            sections,
            closing: ids.closing.clone(),
        })
    }
}

/// A change of the structure asked for: by `sengen block` and by the page.
#[derive(Debug, Clone)]
pub enum Asked {
    Add {
        kind: Kind,
        after: String,
        texts: Vec<(String, String)>,
    },
    Remove {
        id: String,
    },
    Move {
        id: String,
        to: Move,
    },
}

/// What a change of the structure did.
pub struct Done {
    /// The new block's id (added), or the ids removed, or the id moved.
    pub ids: Vec<String>,
    /// The declaration as it now is.
    pub prepared: crate::localize::Prepared,
    /// The messages the translations now lack (a block added in the source only).
    pub missing: Vec<(String, String)>,
    pub written: Vec<super::Written>,
}

/// The changes `asked` makes to `declaration`, and the ids it concerns:
/// the new block's, the removed blocks', the moved block's. `missing`: the
/// messages a translation lacks (the source's text stands in for them in
/// `declaration`).
pub fn propose(
    declaration: &Declaration,
    missing: &[(String, String)],
    asked: &Asked,
) -> Result<(Vec<String>, Changeset), Failure> {
    Ok(match asked {
        Asked::Add { kind, after, texts } => {
            let (id, changes) = add(declaration, missing, *kind, after, texts)?;
            (vec![id], changes)
        }
        Asked::Remove { id } => (
            removed_with(declaration, id)?,
            remove(declaration, missing, id)?,
        ),
        Asked::Move { id, to } => (vec![id.clone()], move_block(declaration, id, to)?),
    })
}

/// Makes `asked` in the declaration `folder` holds: the changes made in
/// memory, the declaration checked as it would be (a translation's missing
/// messages allowed: they are work to do), then written, all or nothing.
/// `sources` then holds the files its findings quote.
pub fn apply(
    folder: &super::Folder,
    asked: &Asked,
    sources: &mut crate::diagnostic::Sources,
) -> Result<Done, Failure> {
    let (before, missing) = folder.prepare_with_stand_ins(sources)?;
    let (ids, changes) = propose(&before.declaration, &missing, asked)?;
    let proposal = changes.apply(folder)?;
    let mut after = crate::diagnostic::Sources::default();
    let (prepared, missing) = proposal.to_folder().prepare_with_stand_ins(&mut after)?;
    *sources = after;
    let written = proposal.commit()?;
    Ok(Done {
        ids,
        prepared,
        missing,
        written,
    })
}

/// The structure `old` with only some of the differences `new` has: the
/// blocks added in `new` whose ids `added` accepts, each after the block it
/// follows there (the nearest one `old` has), in the list it is in there;
/// the blocks `new` no longer has whose ids `removed` accepts, removed.
/// The rest stays as `old` has it. What a later draft's changes accepted
/// one by one make of the structure (`import --into`, on the page).
pub fn partly(
    old: &Document<String>,
    new: &Document<String>,
    added: &dyn Fn(&str) -> bool,
    removed: &dyn Fn(&str) -> bool,
) -> Option<Document<String>> {
    let target = Flat::of(new);
    let mut flat = Flat::of(old);
    flat.0
        .retain(|e| target.position(&e.id).is_some() || !removed(&e.id));
    for (k, entry) in target.0.iter().enumerate() {
        if flat.position(&entry.id).is_some() || !added(&entry.id) {
            continue;
        }
        // After the nearest block before it in `new` that is here.
        let before = target.0[..k]
            .iter()
            .rev()
            .find_map(|e| flat.position(&e.id).map(|at| (e, at)));
        let at = before.map_or(0, |(_, at)| at + 1);
        let mut placed = entry.clone();
        // In its predecessor's list, when they share one in `new`.
        placed.list = match before {
            Some((e, at)) if e.kind == entry.kind && e.list == entry.list => flat.0[at].list,
            _ => usize::MAX - k,
        };
        flat.0.insert(at, placed);
    }
    flat.rebuild(old)
}
