//! `sengen diff`: what changed between two drafts of a declaration, in the
//! order a negotiator asks: the facts (edition, days, adoption, status,
//! delegations, counts, signatories), the structure (blocks matched by their
//! message id; a block whose id changed but whose text is nearly the same is
//! the same block, renamed; blocks added, removed, moved), then the text of
//! each matched message, word by word, in each language (`words`).
//!
//! A client of `pipeline::prepare`, like every command: both drafts are
//! prepared as a build would; `redline` then makes the new draft's
//! localized text carry the changes, for the one renderer to set.

pub mod redline;
pub mod words;

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::check::{Declaration, Delegation, Document, MessageId};
use crate::diagnostic::{Sources, Span};
use crate::fluent;
use crate::localize::Prepared;
use crate::localize::Text;
use crate::localize::text::Run;
use fluent_bundle::FluentResource;

/// A draft as `diff` sees it: prepared, with the files its places name.
pub struct Draft<'a> {
    pub prepared: &'a Prepared,
    pub sources: &'a Sources,
    /// How the draft is named to the user: its folder, or `REV:folder`.
    pub name: String,
}

/// Where something stands in a draft's files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Place {
    pub file: String,
    pub line: usize,
}

/// A fact that changed.
#[derive(Debug, Clone, Serialize)]
pub struct FactChange {
    /// `meeting.opens`, `delegations.japan.count`…
    pub fact: String,
    #[serde(skip)]
    pub subject: Subject,
    /// The value before and after; none where the draft does not have it.
    pub old: Option<String>,
    pub new: Option<String>,
    pub old_at: Option<Place>,
    pub new_at: Option<Place>,
}

/// What a fact is about, for each language to name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subject {
    /// `status`, `draft-date`, `edition`, `opens`, `closes`,
    /// `adoption-date`, `adoption-place`, `count`, `member`, `delegation`.
    pub what: &'static str,
    /// The delegation's id, for the last three.
    pub delegation: Option<String>,
    /// The signatory's number in its delegation, for `member`.
    pub number: Option<usize>,
}

impl Subject {
    fn of(what: &'static str) -> Self {
        Subject {
            what,
            delegation: None,
            number: None,
        }
    }

    /// The fact's name in the terminal and in JSON: the keys of declaration.toml.
    pub fn key(&self) -> String {
        let delegation = self.delegation.as_deref().unwrap_or_default();
        match self.what {
            "edition" | "opens" | "closes" => format!("meeting.{}", self.what),
            "adoption-date" => "adoption.date".to_owned(),
            "adoption-place" => "adoption.place".to_owned(),
            "count" => format!("delegations.{delegation}.count"),
            "member" => format!(
                "delegations.{delegation}.members[{}]",
                self.number.unwrap_or_default()
            ),
            "delegation" => format!("delegations.{delegation}"),
            other => other.to_owned(),
        }
    }
}

/// What happened to a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Reworded,
    Added,
    Removed,
    Moved,
    Renamed,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Reworded => "reworded",
            Kind::Added => "added",
            Kind::Removed => "removed",
            Kind::Moved => "moved",
            Kind::Renamed => "renamed",
        }
    }
}

/// A change of a block.
#[derive(Debug, Clone, Serialize)]
pub struct BlockChange {
    pub kind: Kind,
    /// The block's message id (the new one, for a renamed block).
    pub id: String,
    /// The id it had, for a renamed block.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_id: Option<String>,
    /// The language, for a reworded block.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    pub old_at: Option<Place>,
    pub new_at: Option<Place>,
    /// A moved block's sections before and after (heading ids).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// A reworded block's text, word by word.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub runs: Vec<Run>,
}

/// Everything that changed.
pub struct Comparison {
    pub facts: Vec<FactChange>,
    pub blocks: Vec<BlockChange>,
    /// How the blocks of the two drafts pair, for the redline.
    pub plan: Plan,
}

impl Comparison {
    pub fn is_empty(&self) -> bool {
        self.facts.is_empty() && self.blocks.is_empty()
    }

    /// How many blocks changed in this way (a reworded block counted once,
    /// whatever its languages).
    pub fn count(&self, kind: Kind) -> usize {
        let ids: BTreeSet<&str> = self
            .blocks
            .iter()
            .filter(|b| b.kind == kind)
            .map(|b| b.id.as_str())
            .collect();
        ids.len()
    }
}

/// The kind of a block of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlotKind {
    Preamble,
    Meeting,
    Title,
    PlaceAndDate,
    Section,
    Subsection,
    Paragraph,
    Item,
    Commitment,
    Closing,
}

impl SlotKind {
    /// Its name, as the page and the reports name kinds (`place-and-date`).
    pub fn name(self) -> &'static str {
        match self {
            SlotKind::Preamble => "preamble",
            SlotKind::Meeting => "meeting",
            SlotKind::Title => "title",
            SlotKind::PlaceAndDate => "place-and-date",
            SlotKind::Section => "section",
            SlotKind::Subsection => "subsection",
            SlotKind::Paragraph => "paragraph",
            SlotKind::Item => "item",
            SlotKind::Commitment => "commitment",
            SlotKind::Closing => "closing",
        }
    }
}

/// A block of a document, in reading order, with the section and
/// sub-section (their indices) it stands in.
#[derive(Debug, Clone, Copy)]
pub struct Slot<'d, T> {
    pub kind: SlotKind,
    pub leaf: &'d T,
    pub section: Option<usize>,
    pub subsection: Option<usize>,
    /// For a paragraph or list entry: its block within its container, and
    /// its place in that block's list.
    pub block: usize,
    pub entry: usize,
}

/// Every block of a document, in reading order (the author, metadata only,
/// left out).
pub fn slots<T>(doc: &Document<T>) -> Vec<Slot<'_, T>> {
    let mut out = Vec::new();
    let top = |kind, leaf| Slot {
        kind,
        leaf,
        section: None,
        subsection: None,
        block: 0,
        entry: 0,
    };
    out.extend(doc.preamble.iter().map(|p| top(SlotKind::Preamble, p)));
    out.extend(doc.meeting.iter().map(|m| top(SlotKind::Meeting, m)));
    out.push(top(SlotKind::Title, &doc.title));
    out.extend(
        doc.place_and_date
            .iter()
            .map(|p| top(SlotKind::PlaceAndDate, p)),
    );
    blocks(&doc.opening, None, None, &mut out);
    for (s, section) in doc.sections.iter().enumerate() {
        out.push(Slot {
            kind: SlotKind::Section,
            leaf: &section.heading,
            section: Some(s),
            subsection: None,
            block: 0,
            entry: 0,
        });
        blocks(&section.blocks, Some(s), None, &mut out);
        for (ss, sub) in section.subsections.iter().enumerate() {
            out.push(Slot {
                kind: SlotKind::Subsection,
                leaf: &sub.heading,
                section: Some(s),
                subsection: Some(ss),
                block: 0,
                entry: 0,
            });
            blocks(&sub.blocks, Some(s), Some(ss), &mut out);
        }
    }
    out.extend(doc.closing.iter().map(|c| top(SlotKind::Closing, c)));
    out
}

fn blocks<'d, T>(
    blocks: &'d [crate::check::Block<T>],
    section: Option<usize>,
    subsection: Option<usize>,
    out: &mut Vec<Slot<'d, T>>,
) {
    use crate::check::Block;
    for (b, block) in blocks.iter().enumerate() {
        let (kind, leaves): (SlotKind, &[T]) = match block {
            Block::Paragraph(t) => (SlotKind::Paragraph, std::slice::from_ref(t)),
            Block::Items(items) => (SlotKind::Item, items),
            Block::Commitments(items) => (SlotKind::Commitment, items),
        };
        out.extend(leaves.iter().enumerate().map(|(entry, leaf)| Slot {
            kind,
            leaf,
            section,
            subsection,
            block: b,
            entry,
        }));
    }
}

/// How the blocks of the two drafts pair, for the redline.
pub struct Plan {
    /// For each block of the new draft (in reading order), the block of the
    /// old one it continues, if any.
    pub old_of_new: Vec<Option<usize>>,
    /// Blocks of the new draft that moved (their old place is marked too).
    pub moved: BTreeSet<usize>,
    /// Blocks of the old draft that the new one no longer has.
    pub removed: Vec<usize>,
}

/// Compares two drafts; `languages` (all when empty) limits the text
/// compared; `wording` adds sengen's own wording (the dateline).
pub fn compare<'a>(
    old: &Draft<'a>,
    new: &Draft<'a>,
    languages: &[String],
    wording: bool,
) -> Comparison {
    let (od, nd) = (&old.prepared.declaration, &new.prepared.declaration);
    let (os, ns) = (slots(&od.document), slots(&nd.document));
    let source_texts = |draft: &Draft| -> Vec<Text> {
        draft
            .prepared
            .localized
            .editions
            .first()
            .map(|e| slots(&e.document).iter().map(|s| s.leaf.clone()).collect())
            .unwrap_or_default()
    };
    let (ot, nt) = (source_texts(old), source_texts(new));

    // Blocks matched by message id, then renamed blocks by their text.
    let old_index: BTreeMap<&str, usize> = os
        .iter()
        .enumerate()
        .map(|(i, s)| (s.leaf.id.as_str(), i))
        .collect();
    let mut old_of_new: Vec<Option<usize>> = ns
        .iter()
        .map(|s| old_index.get(s.leaf.id.as_str()).copied())
        .collect();
    let mut taken: BTreeSet<usize> = old_of_new.iter().flatten().copied().collect();
    let mut renamed = BTreeSet::new();
    for j in 0..ns.len() {
        if old_of_new[j].is_some() {
            continue;
        }
        let best = (0..os.len())
            .filter(|i| !taken.contains(i) && os[*i].kind == ns[j].kind)
            .map(|i| (i, words::similarity(text_at(&ot, i), text_at(&nt, j))))
            .filter(|(_, score)| *score >= 0.75)
            .max_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((i, _)) = best {
            old_of_new[j] = Some(i);
            taken.insert(i);
            renamed.insert(j);
        }
    }
    let new_id_of: BTreeMap<&str, &str> = old_of_new
        .iter()
        .enumerate()
        .filter_map(|(j, i)| i.map(|i| (os[i].leaf.id.as_str(), ns[j].leaf.id.as_str())))
        .collect();

    // Moved: into another section or sub-section, or out of order.
    let in_order = longest_increasing(&old_of_new);
    let mut moved = BTreeSet::new();
    for (j, i) in old_of_new.iter().enumerate() {
        let Some(i) = *i else { continue };
        let old_parent =
            parent(&od.document, &os[i]).map(|p| new_id_of.get(p).copied().unwrap_or(p));
        let new_parent = parent(&nd.document, &ns[j]);
        if old_parent != new_parent || !in_order.contains(&j) {
            moved.insert(j);
        }
    }
    let removed: Vec<usize> = (0..os.len()).filter(|i| !taken.contains(i)).collect();

    let at_old = |span: &Span| place(old.sources, span);
    let at_new = |span: &Span| place(new.sources, span);
    let mut blocks = Vec::new();
    for (j, slot) in ns.iter().enumerate() {
        let id = slot.leaf.id.clone();
        match old_of_new[j] {
            None => blocks.push(BlockChange {
                kind: Kind::Added,
                id,
                old_id: None,
                lang: None,
                old_at: None,
                new_at: at_new(&slot.leaf.span),
                from: None,
                to: None,
                runs: Vec::new(),
            }),
            Some(i) => {
                let old_slot = &os[i];
                if renamed.contains(&j) {
                    blocks.push(BlockChange {
                        kind: Kind::Renamed,
                        id: id.clone(),
                        old_id: Some(old_slot.leaf.id.clone()),
                        lang: None,
                        old_at: at_old(&old_slot.leaf.span),
                        new_at: at_new(&slot.leaf.span),
                        from: None,
                        to: None,
                        runs: Vec::new(),
                    });
                }
                if moved.contains(&j) {
                    blocks.push(BlockChange {
                        kind: Kind::Moved,
                        id: id.clone(),
                        old_id: None,
                        lang: None,
                        old_at: at_old(&old_slot.leaf.span),
                        new_at: at_new(&slot.leaf.span),
                        from: parent(&od.document, old_slot).map(str::to_owned),
                        to: parent(&nd.document, slot).map(str::to_owned),
                        runs: Vec::new(),
                    });
                }
            }
        }
    }
    for &i in &removed {
        let slot = &os[i];
        blocks.push(BlockChange {
            kind: Kind::Removed,
            id: slot.leaf.id.clone(),
            old_id: None,
            lang: None,
            old_at: at_old(&slot.leaf.span),
            new_at: None,
            from: None,
            to: None,
            runs: Vec::new(),
        });
    }
    // The text of each matched block, language by language.
    for edition in &new.prepared.localized.editions {
        let lang = edition.lang.to_string();
        if !languages.is_empty() && !languages.contains(&lang) {
            continue;
        }
        let Some(old_edition) = old
            .prepared
            .localized
            .editions
            .iter()
            .find(|e| e.lang == edition.lang)
        else {
            continue;
        };
        let (old_texts, new_texts) = (slots(&old_edition.document), slots(&edition.document));
        for (j, i) in old_of_new.iter().enumerate() {
            let Some(i) = *i else { continue };
            let (before, after) = (old_texts[i].leaf, new_texts[j].leaf);
            if before.as_str() == after.as_str() {
                continue;
            }
            // A text that changed only with the facts (« 35 collectivités »
            // with the count) was not reworded: the facts say it, and the
            // redline marks it all the same.
            let resource = |d: &'a Declaration| {
                d.languages
                    .iter()
                    .find(|l| l.tag == edition.lang)
                    .map(|l| &l.resource)
            };
            if let (Some(old_resource), Some(new_resource)) = (resource(od), resource(nd))
                && same_source(
                    old_resource,
                    &os[i].leaf.id,
                    new_resource,
                    &ns[j].leaf.id,
                    0,
                )
            {
                continue;
            }
            let message_at = |draft: &Draft, d: &Declaration, id: &str| {
                let language = d.languages.iter().find(|l| l.tag == edition.lang)?;
                let span = crate::fluent::message_span(&language.resource, language.file, id)?;
                place(draft.sources, &span)
            };
            blocks.push(BlockChange {
                kind: Kind::Reworded,
                id: ns[j].leaf.id.clone(),
                old_id: None,
                lang: Some(lang.clone()),
                old_at: message_at(old, od, &os[i].leaf.id),
                new_at: message_at(new, nd, &ns[j].leaf.id),
                from: None,
                to: None,
                runs: words::diff(before.as_str(), after.as_str()),
            });
        }
        if wording && old_edition.dateline.as_str() != edition.dateline.as_str() {
            blocks.push(BlockChange {
                kind: Kind::Reworded,
                id: "dateline".to_owned(),
                old_id: None,
                lang: Some(lang.clone()),
                old_at: None,
                new_at: None,
                from: None,
                to: None,
                runs: words::diff(old_edition.dateline.as_str(), edition.dateline.as_str()),
            });
        }
    }
    Comparison {
        facts: facts(old, new),
        blocks,
        plan: Plan {
            old_of_new,
            moved,
            removed,
        },
    }
}

/// Whether two messages say the same in their files: their text, line
/// wrapping aside, and that of every term and message they refer to (a few
/// references deep: Fluent forbids cycles, the depth bounds a hostile file).
fn same_source(
    old: &FluentResource,
    old_id: &str,
    new: &FluentResource,
    new_id: &str,
    depth: usize,
) -> bool {
    let source = |resource: &FluentResource, id: &str| {
        fluent::pattern_range(resource, id).map(|r| {
            resource.source()[r]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
    };
    if source(old, old_id) != source(new, new_id) {
        return false;
    }
    if depth >= 4 {
        return true;
    }
    let Some(pattern) = fluent::patterns(new)
        .into_iter()
        .find(|p| p.entry == new_id)
    else {
        return true;
    };
    let mut referred = Vec::new();
    fluent::walk(pattern.pattern, &mut |element| match element {
        fluent::Element::Term(term) => referred.push(format!("-{term}")),
        fluent::Element::Message(message) => referred.push(message.to_owned()),
        _ => {}
    });
    referred
        .iter()
        .all(|id| same_source(old, id, new, id, depth + 1))
}

fn text_at(texts: &[Text], i: usize) -> &str {
    texts.get(i).map_or("", Text::as_str)
}

/// The heading a block stands under: its sub-section's, else its section's.
pub fn parent<'d>(doc: &'d Document<MessageId>, slot: &Slot<MessageId>) -> Option<&'d str> {
    // A heading's parent is the section it opens or stands in.
    let section = doc.sections.get(slot.section?)?;
    match (slot.kind, slot.subsection) {
        (SlotKind::Section, _) => None,
        (SlotKind::Subsection, _) => Some(section.heading.id.as_str()),
        (_, Some(ss)) => section.subsections.get(ss).map(|s| s.heading.id.as_str()),
        (_, None) => Some(section.heading.id.as_str()),
    }
}

/// The positions of the new blocks whose old blocks keep their order
/// (a longest increasing run of old positions): the others moved.
fn longest_increasing(old_of_new: &[Option<usize>]) -> BTreeSet<usize> {
    let matched: Vec<(usize, usize)> = old_of_new
        .iter()
        .enumerate()
        .filter_map(|(j, i)| i.map(|i| (j, i)))
        .collect();
    let n = matched.len();
    let mut length = vec![1usize; n];
    let mut previous = vec![None; n];
    for b in 0..n {
        for a in 0..b {
            if matched[a].1 < matched[b].1 && length[a] + 1 > length[b] {
                length[b] = length[a] + 1;
                previous[b] = Some(a);
            }
        }
    }
    let mut kept = BTreeSet::new();
    let mut at = (0..n).max_by_key(|&k| (length[k], std::cmp::Reverse(k)));
    while let Some(k) = at {
        kept.insert(matched[k].0);
        at = previous[k];
    }
    kept
}

fn place(sources: &Sources, span: &Span) -> Option<Place> {
    let name = sources.name(span.file);
    if name.is_empty() {
        return None;
    }
    let (line, _) = sources.line_column(span.file, span.range.start);
    Some(Place {
        file: name.to_owned(),
        line,
    })
}

/// The facts that changed: status, dates, meeting, adoption, delegations
/// and their signatories.
fn facts<'a>(old: &Draft<'a>, new: &Draft<'a>) -> Vec<FactChange> {
    let (od, nd) = (&old.prepared.declaration, &new.prepared.declaration);
    let mut out = Vec::new();
    let mut fact = |subject: Subject,
                    before: Option<String>,
                    after: Option<String>,
                    old_span: Option<&Span>,
                    new_span: Option<&Span>| {
        if before != after {
            out.push(FactChange {
                fact: subject.key(),
                subject,
                old: before,
                new: after,
                old_at: old_span.and_then(|s| place(old.sources, s)),
                new_at: new_span.and_then(|s| place(new.sources, s)),
            });
        }
    };
    let status = |d: &Declaration| Some(format!("{:?}", d.status).to_lowercase());
    fact(Subject::of("status"), status(od), status(nd), None, None);
    let draft_date = |d: &Declaration| d.draft_date.map(|d| d.to_string());
    fact(
        Subject::of("draft-date"),
        draft_date(od),
        draft_date(nd),
        None,
        None,
    );
    let (om, nm) = (od.meeting.as_ref(), nd.meeting.as_ref());
    fact(
        Subject::of("edition"),
        om.map(|m| m.edition.to_string()),
        nm.map(|m| m.edition.to_string()),
        om.map(|m| &m.edition_span),
        nm.map(|m| &m.edition_span),
    );
    fact(
        Subject::of("opens"),
        om.map(|m| m.opens.to_string()),
        nm.map(|m| m.opens.to_string()),
        om.map(|m| &m.opens_span),
        nm.map(|m| &m.opens_span),
    );
    fact(
        Subject::of("closes"),
        om.map(|m| m.closes.to_string()),
        nm.map(|m| m.closes.to_string()),
        om.map(|m| &m.closes_span),
        nm.map(|m| &m.closes_span),
    );
    let (oa, na) = (&od.adoption, &nd.adoption);
    fact(
        Subject::of("adoption-date"),
        Some(oa.date.to_string()),
        Some(na.date.to_string()),
        Some(&oa.date_span),
        Some(&na.date_span),
    );
    fact(
        Subject::of("adoption-place"),
        Some(oa.place.id.clone()),
        Some(na.place.id.clone()),
        Some(&oa.place.span),
        Some(&na.place.span),
    );
    // Delegations in the new draft's order, then those it no longer has.
    let mut ids: Vec<&str> = nd.delegations.iter().map(|d| d.id.as_str()).collect();
    ids.extend(
        od.delegations
            .iter()
            .map(|d| d.id.as_str())
            .filter(|id| !nd.delegations.iter().any(|d| d.id == *id)),
    );
    for id in ids {
        let (o, n) = (
            od.delegations.iter().find(|d| d.id == id),
            nd.delegations.iter().find(|d| d.id == id),
        );
        let of = |what, number| Subject {
            what,
            delegation: Some(id.to_owned()),
            number,
        };
        match (o, n) {
            (Some(o), Some(n)) => {
                fact(
                    of("count", None),
                    Some(o.count.to_string()),
                    Some(n.count.to_string()),
                    Some(&o.count_span),
                    Some(&n.count_span),
                );
                let at = |d: &'a Delegation, k: usize| {
                    Some(d.members.get(k).map_or(&d.span, |m| &m.government.span))
                };
                for k in 0..o.members.len().max(n.members.len()) {
                    fact(
                        of("member", Some(k + 1)),
                        member(o, k),
                        member(n, k),
                        at(o, k),
                        at(n, k),
                    );
                }
            }
            (Some(o), None) => fact(
                of("delegation", None),
                Some(o.count.to_string()),
                None,
                Some(&o.span),
                None,
            ),
            (None, Some(n)) => fact(
                of("delegation", None),
                None,
                Some(n.count.to_string()),
                None,
                Some(&n.span),
            ),
            (None, None) => {}
        }
    }
    out
}

/// A signatory as the facts give it: government, and name when known.
fn member(delegation: &Delegation, k: usize) -> Option<String> {
    let member = delegation.members.get(k)?;
    let mut said = member.government.id.clone();
    if let Some(name) = &member.name {
        said.push(' ');
        said.push_str(&name.family);
        if let Some(given) = &name.given {
            said.push(' ');
            said.push_str(given);
        }
    }
    Some(said)
}
