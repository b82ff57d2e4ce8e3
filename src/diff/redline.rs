//! The redline: the new draft's localized text, in which every changed
//! message carries its inserted and deleted runs, every added block is
//! inserted, every removed block stands deleted where it stood, and a moved
//! block is noted at both places; with a header naming both versions, a box
//! of the changed facts, and a watermark. It goes to the same renderer,
//! templates and markup function as any edition: a redline is text, not a
//! second renderer.

use fluent_bundle::FluentArgs;

use std::collections::BTreeMap;

use super::{Comparison, Draft, Slot, SlotKind, parent, slots};
use crate::check::{Block, Document, MessageId, Section, Subsection};
use crate::diagnostic::{Failure, Internal};
use crate::fingerprint::Fingerprint;
use crate::localize::text::{Change, Run};
use crate::localize::wording::Wording;
use crate::localize::{ComparisonMark, DraftMark, Edition, Localized, Text};

/// The redline of `new` against `old`, named `<id>-redline`.
pub fn redline(
    old: &Draft,
    new: &Draft,
    comparison: &Comparison,
    fingerprints: (&Fingerprint, &Fingerprint),
) -> Result<Localized, Failure> {
    let mut localized = new.prepared.localized.clone();
    localized.id = format!("{}-redline", localized.id);
    // A redline is never signed: no signature fields, whatever the declaration asks.
    localized.signature_fields = false;
    for edition in &mut localized.editions {
        let old_edition = old
            .prepared
            .localized
            .editions
            .iter()
            .find(|e| e.lang == edition.lang);
        let wording = Wording::load(&edition.lang)?.ok_or_else(|| Internal::Wording {
            lang: edition.lang.to_string(),
            detail: "no locale folder".to_owned(),
        })?;
        let text = |id: &str, args: &[(&str, String)]| -> Result<Text, Failure> {
            let mut fluent = FluentArgs::new();
            for (name, value) in args {
                fluent.set(*name, value.clone());
            }
            Ok(Text::new(&wording.format(id, &fluent)?))
        };
        if let Some(old_edition) = old_edition {
            edition.document = document(old, new, comparison, old_edition, edition, &text)?;
            if comparison
                .blocks
                .iter()
                .any(|b| b.id == "dateline" && b.lang.as_deref() == Some(&edition.lang.to_string()))
            {
                edition.dateline = Text::redline(super::words::diff(
                    old_edition.dateline.as_str(),
                    edition.dateline.as_str(),
                ));
            }
        } else {
            // A language the old draft did not have: all of its text is new.
            let author = edition.document.author.as_ref().map(|a| a as *const Text);
            edition.document = edition.document.map(&mut |t: &Text| {
                if Some(t as *const Text) == author {
                    t.clone()
                } else {
                    Text::redline(vec![run(Change::Inserted, t.as_str())])
                }
            });
        }
        let version = |e: Option<&Edition>, fingerprint: &Fingerprint| -> Result<Text, Failure> {
            let said = match e
                .and_then(|e| e.draft.as_ref())
                .and_then(|d| d.version.as_ref())
            {
                Some(version) => version.as_str().to_owned(),
                None => text("comparison-status", &[("status", "final".to_owned())])?
                    .as_str()
                    .to_owned(),
            };
            text(
                "comparison-version",
                &[
                    ("version", said),
                    ("fingerprint", fingerprint.short().to_owned()),
                ],
            )
        };
        let header = text(
            "comparison-header",
            &[
                (
                    "old",
                    version(old_edition, fingerprints.0)?.as_str().to_owned(),
                ),
                (
                    "new",
                    version(Some(edition), fingerprints.1)?.as_str().to_owned(),
                ),
            ],
        )?;
        let mut facts = Vec::new();
        for fact in &comparison.facts {
            let subject = &fact.subject;
            let delegation = subject
                .delegation
                .as_deref()
                .map(|id| delegation_name(old, new, old_edition, edition, id));
            let mut label_args = vec![("fact", subject.what.to_owned())];
            label_args.extend(delegation.map(|d| ("delegation", d)));
            label_args.extend(subject.number.map(|n| ("number", n.to_string())));
            let value = |v: &Option<String>| -> Result<String, Failure> {
                match (v, subject.what) {
                    (None, _) => Ok("—".to_owned()),
                    (Some(v), "status") => Ok(text("comparison-status", &[("status", v.clone())])?
                        .as_str()
                        .to_owned()),
                    (Some(v), _) => Ok(v.clone()),
                }
            };
            facts.push(text(
                "comparison-fact",
                &[
                    (
                        "fact",
                        text("comparison-fact-label", &label_args)?
                            .as_str()
                            .to_owned(),
                    ),
                    ("old", value(&fact.old)?),
                    ("new", value(&fact.new)?),
                ],
            )?);
        }
        if facts.is_empty() {
            facts.push(text("comparison-no-fact", &[])?);
        }
        edition.comparison = Some(ComparisonMark {
            header,
            facts_heading: text("comparison-facts-heading", &[])?,
            facts,
            inserted: text("comparison-inserted", &[])?,
            deleted: text("comparison-deleted", &[])?,
        });
        // A redline is never a text to sign: its watermark says so.
        edition.draft = Some(DraftMark {
            watermark: text("comparison-watermark", &[])?,
            version: None,
        });
    }
    Ok(localized)
}

/// A delegation as this language names it above its signatures (its id
/// when it has no name, or only the old draft has it).
fn delegation_name(
    old: &Draft,
    new: &Draft,
    old_edition: Option<&Edition>,
    edition: &Edition,
    id: &str,
) -> String {
    let named = |draft: &Draft, edition: Option<&Edition>| {
        let index = draft
            .prepared
            .declaration
            .delegations
            .iter()
            .position(|d| d.id == id)?;
        let group = edition?.signatures.iter().find(|g| g.delegation == index)?;
        group.heading.as_ref().map(Text::plain)
    };
    named(new, Some(edition))
        .or_else(|| named(old, old_edition))
        .unwrap_or_else(|| id.to_owned())
}

/// sengen's wording of one language, with its arguments.
type Say<'a> = dyn Fn(&str, &[(&str, String)]) -> Result<Text, Failure> + 'a;

fn run(change: Change, text: &str) -> Run {
    Run {
        change,
        text: text.to_owned(),
    }
}

/// The new document in one language, the changes in its text.
fn document(
    old: &Draft,
    new: &Draft,
    comparison: &Comparison,
    old_edition: &Edition,
    new_edition: &Edition,
    text: &Say,
) -> Result<Document<Text>, Failure> {
    let (od, nd) = (
        &old.prepared.declaration.document,
        &new.prepared.declaration.document,
    );
    let (old_ids, new_ids) = (slots(od), slots(nd));
    let old_texts: Vec<&Text> = slots(&old_edition.document)
        .iter()
        .map(|s| s.leaf)
        .collect();
    let new_texts: Vec<&Text> = slots(&new_edition.document)
        .iter()
        .map(|s| s.leaf)
        .collect();
    let plan = &comparison.plan;
    // The heading a block stood or stands under, as this language says it.
    let heading = |doc: &Document<MessageId>,
                   texts: &[&Text],
                   ids: &[Slot<MessageId>],
                   slot: &Slot<MessageId>|
     -> Result<String, Failure> {
        match parent(doc, slot) {
            Some(id) => Ok(ids
                .iter()
                .position(|s| s.leaf.id == id)
                .map_or_else(|| id.to_owned(), |i| texts[i].plain())),
            None => Ok(text("comparison-opening", &[])?.plain()),
        }
    };

    // Each block of the new draft, as the redline shows it.
    let mut shown: Vec<Text> = Vec::new();
    for (j, after) in new_texts.iter().enumerate() {
        let mut runs = match plan.old_of_new[j] {
            None => vec![run(Change::Inserted, after.as_str())],
            Some(i) if old_texts[i].as_str() == after.as_str() => {
                vec![run(Change::Same, after.as_str())]
            }
            Some(i) => super::words::diff(old_texts[i].as_str(), after.as_str()),
        };
        if let (true, Some(i)) = (plan.moved.contains(&j), plan.old_of_new[j]) {
            let from = heading(od, &old_texts, &old_ids, &old_ids[i])?;
            let note = text("comparison-moved-from", &[("place", from)])?;
            runs.insert(0, run(Change::Note, &format!("{} ", note.as_str())));
        }
        shown.push(Text::redline(runs));
    }
    let mut document = replace_leaves(&new_edition.document, shown);

    // What the new draft no longer has where it stood: removed blocks, and
    // the old places of moved ones; in reverse order, each after the block
    // that came before it, so that the order comes out right.
    let mut old_places: Vec<(usize, Text)> = Vec::new();
    for &i in &plan.removed {
        old_places.push((
            i,
            Text::redline(vec![run(Change::Deleted, old_texts[i].as_str())]),
        ));
    }
    for &j in &plan.moved {
        let Some(i) = plan.old_of_new[j] else {
            continue;
        };
        let to = heading(nd, &new_texts, &new_ids, &new_ids[j])?;
        let note = text("comparison-moved-to", &[("place", to)])?;
        let snippet: String = old_texts[i].plain().chars().take(40).collect();
        old_places.push((
            i,
            Text::redline(vec![
                run(Change::Note, &format!("{} ", note.as_str())),
                run(Change::Deleted, &format!("{snippet}…")),
            ]),
        ));
    }
    let placeholders = placeholders(&old_ids, old_places.into_iter().collect());
    let new_of_old = |i: usize| plan.old_of_new.iter().position(|o| *o == Some(i));
    for (i, shown) in placeholders.into_iter().rev() {
        place_old(&mut document, &old_ids, &new_ids, i, shown, &new_of_old);
    }
    Ok(document)
}

/// What stood at an old place: a block, or a removed section or
/// sub-section with what it held.
enum Placeholder {
    Leaf(Text),
    Section(Section<Text>),
    Subsection(Subsection<Text>),
}

/// The old places grouped as they stood: a removed section takes what stood
/// in it (its sub-sections and blocks), a removed sub-section its blocks;
/// in old reading order.
fn placeholders(
    old_ids: &[Slot<MessageId>],
    mut places: BTreeMap<usize, Text>,
) -> Vec<(usize, Placeholder)> {
    let inside = |places: &mut BTreeMap<usize, Text>,
                  heading: usize,
                  kind: SlotKind|
     -> Vec<(usize, Text)> {
        let of = &old_ids[heading];
        let keys: Vec<usize> = places
            .keys()
            .copied()
            .filter(|&k| {
                k > heading
                    && old_ids[k].section == of.section
                    && (kind == SlotKind::Section || old_ids[k].subsection == of.subsection)
            })
            .collect();
        keys.into_iter()
            .filter_map(|k| places.remove(&k).map(|t| (k, t)))
            .collect()
    };
    let mut out = Vec::new();
    let headings: Vec<usize> = places
        .keys()
        .copied()
        .filter(|&k| old_ids[k].kind == SlotKind::Section)
        .collect();
    for heading in headings {
        let Some(title) = places.remove(&heading) else {
            continue;
        };
        let held = inside(&mut places, heading, SlotKind::Section);
        let mut section = Section {
            heading: title,
            blocks: Vec::new(),
            subsections: Vec::new(),
        };
        let mut loose = Vec::new();
        let mut subsections: BTreeMap<Option<usize>, HeldSubsection> = BTreeMap::new();
        for (k, text) in &held {
            if old_ids[*k].kind == SlotKind::Subsection {
                subsections.insert(old_ids[*k].subsection, (text.clone(), Vec::new()));
            }
        }
        for (k, text) in held {
            match (old_ids[k].kind, subsections.get_mut(&old_ids[k].subsection)) {
                (SlotKind::Subsection, _) => {}
                (_, Some((_, blocks))) if old_ids[k].subsection.is_some() => blocks.push((k, text)),
                _ => loose.push((k, text)),
            }
        }
        section.blocks = blocks_of(old_ids, loose);
        section.subsections = subsections
            .into_values()
            .map(|(heading, blocks)| Subsection {
                heading,
                blocks: blocks_of(old_ids, blocks),
            })
            .collect();
        out.push((heading, Placeholder::Section(section)));
    }
    let headings: Vec<usize> = places
        .keys()
        .copied()
        .filter(|&k| old_ids[k].kind == SlotKind::Subsection)
        .collect();
    for heading in headings {
        let Some(title) = places.remove(&heading) else {
            continue;
        };
        let held = inside(&mut places, heading, SlotKind::Subsection);
        out.push((
            heading,
            Placeholder::Subsection(Subsection {
                heading: title,
                blocks: blocks_of(old_ids, held),
            }),
        ));
    }
    out.extend(
        places
            .into_iter()
            .map(|(k, text)| (k, Placeholder::Leaf(text))),
    );
    out.sort_by_key(|(k, _)| *k);
    out
}

/// A removed sub-section of a removed section: its heading, and the old
/// places (index, text) that stood in it.
type HeldSubsection = (Text, Vec<(usize, Text)>);

/// Old blocks as blocks again: entries of one old list stay one list.
fn blocks_of(old_ids: &[Slot<MessageId>], entries: Vec<(usize, Text)>) -> Vec<Block<Text>> {
    let mut blocks: Vec<Block<Text>> = Vec::new();
    let mut last: Option<(SlotKind, usize)> = None;
    for (k, text) in entries {
        let slot = &old_ids[k];
        let same_list = last == Some((slot.kind, slot.block));
        match (slot.kind, blocks.last_mut()) {
            (SlotKind::Item, Some(Block::Items(list)))
            | (SlotKind::Commitment, Some(Block::Commitments(list)))
                if same_list =>
            {
                list.push(text)
            }
            (SlotKind::Item, _) => blocks.push(Block::Items(vec![text])),
            (SlotKind::Commitment, _) => blocks.push(Block::Commitments(vec![text])),
            _ => blocks.push(Block::Paragraph(text)),
        }
        last = Some((slot.kind, slot.block));
    }
    blocks
}

/// The document with its leaves (in the order of `slots`) replaced.
fn replace_leaves(doc: &Document<Text>, shown: Vec<Text>) -> Document<Text> {
    let mut shown = shown.into_iter();
    let author = doc.author.as_ref().map(|a| a as *const Text);
    doc.map(&mut |t: &Text| {
        // The author is metadata, no block: it keeps its text.
        if Some(t as *const Text) == author {
            t.clone()
        } else {
            shown.next().unwrap_or_else(|| t.clone())
        }
    })
}

/// Puts what stood at old block `i` into the new document, after the new
/// place of the block that preceded it in the same container.
fn place_old(
    doc: &mut Document<Text>,
    old_ids: &[Slot<MessageId>],
    new_ids: &[Slot<MessageId>],
    i: usize,
    shown: Placeholder,
    new_of_old: &dyn Fn(usize) -> Option<usize>,
) {
    let slot = &old_ids[i];
    let shown = match shown {
        Placeholder::Section(section) => {
            let at = (0..i)
                .rev()
                .filter(|&k| old_ids[k].kind == SlotKind::Section)
                .find_map(|k| new_of_old(k).and_then(|j| new_ids[j].section))
                .map_or(0, |s| s + 1);
            doc.sections.insert(at.min(doc.sections.len()), section);
            return;
        }
        Placeholder::Subsection(subsection) => {
            // Into the section that continues the old one (a removed
            // section's sub-sections came with it).
            let Some(s) = section_of(old_ids, new_ids, slot.section, new_of_old) else {
                return;
            };
            let Some(section) = doc.sections.get_mut(s) else {
                return;
            };
            let at = (0..i)
                .rev()
                .filter(|&k| {
                    old_ids[k].kind == SlotKind::Subsection && old_ids[k].section == slot.section
                })
                .find_map(|k| new_of_old(k).and_then(|j| new_ids[j].subsection))
                .map_or(0, |ss| ss + 1);
            section
                .subsections
                .insert(at.min(section.subsections.len()), subsection);
            return;
        }
        Placeholder::Leaf(text) => text,
    };
    let same_container =
        |a: &Slot<MessageId>| a.section == slot.section && a.subsection == slot.subsection;
    // The nearest earlier block of the same kind of place that the new draft has.
    let predecessor = (0..i).rev().find_map(|k| {
        let candidate = &old_ids[k];
        let fits = match slot.kind {
            SlotKind::Section => candidate.kind == SlotKind::Section,
            SlotKind::Subsection => {
                candidate.kind == SlotKind::Subsection && candidate.section == slot.section
            }
            SlotKind::Preamble | SlotKind::Closing => candidate.kind == slot.kind,
            _ => {
                same_container(candidate)
                    && !matches!(candidate.kind, SlotKind::Section | SlotKind::Subsection)
            }
        };
        if fits {
            new_of_old(k).map(|j| (k, j))
        } else {
            None
        }
    });
    match slot.kind {
        SlotKind::Preamble => {
            let at = predecessor.map_or(0, |(_, j)| index_in(new_ids, j, SlotKind::Preamble) + 1);
            doc.preamble.insert(at.min(doc.preamble.len()), shown);
        }
        SlotKind::Closing => {
            let at = predecessor.map_or(0, |(_, j)| index_in(new_ids, j, SlotKind::Closing) + 1);
            doc.closing.insert(at.min(doc.closing.len()), shown);
        }
        // Headings come as placeholders; the title and the like are never removed.
        SlotKind::Section
        | SlotKind::Subsection
        | SlotKind::Meeting
        | SlotKind::Title
        | SlotKind::PlaceAndDate => {}
        SlotKind::Paragraph | SlotKind::Item | SlotKind::Commitment => {
            let blocks = match container(doc, old_ids, new_ids, slot, new_of_old) {
                Some(blocks) => blocks,
                None => return,
            };
            let single = |t: Text| match slot.kind {
                SlotKind::Item => Block::Items(vec![t]),
                SlotKind::Commitment => Block::Commitments(vec![t]),
                _ => Block::Paragraph(t),
            };
            let Some((_, j)) = predecessor else {
                blocks.insert(0, single(shown));
                return;
            };
            // Where the predecessor stands: its block, and its place in a list.
            let (block, item) = (new_ids[j].block, new_ids[j].entry);
            let into_list = match (blocks.get_mut(block), slot.kind) {
                (Some(Block::Items(list)), SlotKind::Item)
                | (Some(Block::Commitments(list)), SlotKind::Commitment)
                    if new_ids[j].kind == slot.kind =>
                {
                    list.insert((item + 1).min(list.len()), shown.clone());
                    true
                }
                _ => false,
            };
            if !into_list {
                blocks.insert((block + 1).min(blocks.len()), single(shown));
            }
        }
    }
}

/// The position of new slot `j` among the slots of its kind at the top (preamble, closing).
fn index_in(new_ids: &[Slot<MessageId>], j: usize, kind: SlotKind) -> usize {
    new_ids[..j].iter().filter(|s| s.kind == kind).count()
}

/// The new section that continues old section `section`.
fn section_of(
    old_ids: &[Slot<MessageId>],
    new_ids: &[Slot<MessageId>],
    section: Option<usize>,
    new_of_old: &dyn Fn(usize) -> Option<usize>,
) -> Option<usize> {
    let heading = old_ids
        .iter()
        .position(|s| s.kind == SlotKind::Section && s.section == section)?;
    new_ids[new_of_old(heading)?].section
}

/// The blocks of the new container (opening, section, sub-section) that
/// continues the old block's.
fn container<'d>(
    doc: &'d mut Document<Text>,
    old_ids: &[Slot<MessageId>],
    new_ids: &[Slot<MessageId>],
    slot: &Slot<MessageId>,
    new_of_old: &dyn Fn(usize) -> Option<usize>,
) -> Option<&'d mut Vec<Block<Text>>> {
    let Some(_) = slot.section else {
        return Some(&mut doc.opening);
    };
    let s = section_of(old_ids, new_ids, slot.section, new_of_old)?;
    let section = doc.sections.get_mut(s)?;
    match slot.subsection {
        None => Some(&mut section.blocks),
        Some(_) => {
            let heading = old_ids.iter().position(|o| {
                o.kind == SlotKind::Subsection
                    && o.section == slot.section
                    && o.subsection == slot.subsection
            })?;
            let ss = new_ids[new_of_old(heading)?].subsection?;
            section.subsections.get_mut(ss).map(|sub| &mut sub.blocks)
        }
    }
}
