//! A later draft brought into an existing declaration (`sengen import FILE
//! --into DIR`): each block of the draft is matched with the folder's
//! message that says the same (or nearly: the words in common, as `diff`
//! counts them), whose id it keeps. A message whose text changed is
//! rewritten in the source language's `.ftl`, touching no other byte (its
//! translations then read stale in `translations.lock`, whose hash of the
//! source no longer matches); a new block gets a new id and is added at the
//! end of the file; a message the draft no longer has is left in the file
//! and reported, not deleted. The structure in `declaration.toml` is
//! rewritten only where it changed, its comments and facts kept.
//!
//! Everything is one `edit::Changeset`, tried first over the folder as it
//! is (the new messages standing in for their translations): the folder
//! must check, and every message read as the draft does; only then are the
//! files written, all or none.

use std::collections::BTreeSet;
use std::path::Path;

use super::facts::{self, Facts, Replacement};
use super::structure::Piece;
use super::{Accept, Decision, Imported, Request, files, ids, outline};
use crate::check::{Document, MessageId};
use crate::diagnostic::{Code, Diagnostic, Failure, Internal, Sources};
use crate::diff::{SlotKind, slots, words};
use crate::edit::{Change, Changeset, Folder};
use crate::fluent;
use crate::language::Profile;
use crate::localize::Text;
use crate::words;

/// The changes, the stand-ins for the translations (for the trial only),
/// and per changed or new block its replacements.
type Plan = (Changeset, Changeset, Vec<(usize, Vec<Replacement>)>);

/// How alike a block and a message must be to be the same block reworded.
const SAME_BLOCK: f32 = 0.5;

/// Brings the draft into the declaration in `dir`.
pub fn into_folder(
    request: &Request,
    profile: &Profile,
    document: Document<Piece>,
    dir: &Path,
    sources: &mut Sources,
) -> Result<Imported, Failure> {
    let folder = &Folder::read(dir)?;
    // A translation still lacking messages (the translators at work) does
    // not stop a later draft coming in.
    let (prepared, _) = folder.prepare_with_stand_ins(sources)?;
    let declaration = &prepared.declaration;
    let source_language = declaration
        .languages
        .first()
        .map(|l| l.tag.to_string())
        .unwrap_or_default();
    if source_language != request.lang {
        return Err(Diagnostic::new(
            Code::I009,
            words!(
                "I009-written-draft-cannot-text",
                dir = dir.display().to_string(),
                source_language = source_language.to_string(),
                lang = request.lang.to_string()
            ),
        )
        .hint(words!(
            "I009-import-draft-lang-translations-hint",
            source_language = source_language.to_string()
        ))
        .into());
    }
    let (Some(edition), Some(language)) = (
        prepared.localized.editions.first(),
        declaration.languages.first(),
    ) else {
        return Err(Internal::Broken(
            "a prepared declaration without its source language".to_owned(),
        )
        .into());
    };
    let old_ids = slots(&declaration.document);
    let old_texts: Vec<&str> = slots(&edition.document)
        .iter()
        .map(|s| s.leaf.as_str())
        .collect();
    let new_slots = slots(&document);

    // Each block of the draft, matched with a message of the folder.
    let mut matched: Vec<Option<usize>> = vec![None; new_slots.len()];
    let mut taken = BTreeSet::new();
    let compatible = |a: SlotKind, b: SlotKind| {
        a == b
            || matches!(
                (a, b),
                (
                    SlotKind::Section | SlotKind::Subsection,
                    SlotKind::Section | SlotKind::Subsection
                )
            )
    };
    for (j, slot) in new_slots.iter().enumerate() {
        let text = Text::new(&slot.leaf.text);
        if let Some(i) = (0..old_ids.len()).find(|&i| {
            !taken.contains(&i)
                && compatible(old_ids[i].kind, slot.kind)
                && old_texts[i] == text.as_str()
        }) {
            matched[j] = Some(i);
            taken.insert(i);
        }
    }
    for (j, slot) in new_slots.iter().enumerate() {
        if matched[j].is_some() {
            continue;
        }
        let text = Text::new(&slot.leaf.text);
        let best = (0..old_ids.len())
            .filter(|&i| !taken.contains(&i) && compatible(old_ids[i].kind, slot.kind))
            .map(|i| (i, words::similarity(old_texts[i], text.as_str())))
            .filter(|(_, score)| *score >= SAME_BLOCK)
            .max_by(|a, b| {
                a.1.total_cmp(&b.1)
                    .then_with(|| b.0.abs_diff(j).cmp(&a.0.abs_diff(j)))
            });
        if let Some((i, _)) = best {
            matched[j] = Some(i);
            taken.insert(i);
        }
    }

    // Ids: the matched keep theirs, the new ones get new ones no message has.
    let existing: BTreeSet<String> = fluent::messages(&language.resource)
        .map(|m| m.id.name.to_owned())
        .collect();
    let fresh = ids::assign(&document, profile, &existing);
    let fresh_ids: Vec<String> = slots(&fresh).iter().map(|s| s.leaf.clone()).collect();
    let mut used_ids: BTreeSet<String> = existing.clone();
    used_ids.extend(fresh_ids.iter().cloned());
    let mut chosen: Vec<String> = Vec::with_capacity(new_slots.len());
    for j in 0..new_slots.len() {
        let id = match matched[j] {
            Some(i) => old_ids[i].leaf.id.clone(),
            // A new block is named after the heading it stands under, as
            // the folder names it (`w1-innovation-3`).
            None if matches!(new_slots[j].kind, SlotKind::Paragraph | SlotKind::Item) => {
                let heading = (0..j).rev().find(|&k| {
                    let (a, b) = (&new_slots[k], &new_slots[j]);
                    match a.kind {
                        SlotKind::Subsection => {
                            a.section == b.section && a.subsection == b.subsection
                        }
                        SlotKind::Section => a.section == b.section && b.subsection.is_none(),
                        _ => false,
                    }
                });
                let container = heading.map_or_else(|| "opening".to_owned(), |k| chosen[k].clone());
                let id = ids::numbered(&container, &used_ids);
                used_ids.insert(id.clone());
                id
            }
            None => fresh_ids[j].clone(),
        };
        chosen.push(id);
    }
    let mut next = chosen.iter().cloned();
    let new_ids: Document<String> = document.map(&mut |_| next.next().unwrap_or_default());

    // The facts the folder has, to write as variables in changed text.
    let facts = Facts {
        edition: declaration.meeting.as_ref().map(|m| m.edition),
        counts: declaration
            .delegations
            .iter()
            .map(|d| (d.id.clone(), d.count))
            .collect(),
        ..Facts::default()
    };
    let source_lang = request.lang.as_str();
    let mut imported = Imported {
        dir: dir.to_path_buf(),
        outline: outline(&new_ids),
        blocks: new_slots
            .iter()
            .zip(&chosen)
            .map(|(s, id)| words!("import-block", place = s.leaf.place.words(), id = id))
            .collect(),
        ..Imported::default()
    };
    let old_structure: Vec<&str> = old_ids.iter().map(|s| s.leaf.id.as_str()).collect();
    let same_structure = old_structure == chosen.iter().map(String::as_str).collect::<Vec<_>>()
        && same_shape(&declaration.document, &new_ids);
    // The changed and the new messages, with their facts as variables
    // (`with_variables` says for which); the new ones also as stand-ins in
    // the other languages, for the trial only: they lack them until
    // translated. Per changed or new block, its replacements.
    let other_languages: Vec<String> = declaration
        .languages
        .iter()
        .skip(1)
        .map(|l| l.tag.to_string())
        .collect();
    let plan = |with_variables: &dyn Fn(usize) -> bool| -> Plan {
        let mut changes = Changeset::default();
        let mut stand_ins = Changeset::default();
        let mut used = Vec::new();
        let mut first_added = true;
        for (j, slot) in new_slots.iter().enumerate() {
            let text = &slot.leaf.text;
            let replacements = if with_variables(j) {
                let mut found = facts::replacements(text, profile, &facts, &edition.facts);
                if let Some(i) = matched[j] {
                    found = with_terms(found, text, &language.resource, &old_ids[i].leaf.id);
                }
                found
            } else {
                Vec::new()
            };
            let pattern = files::pattern(text, &replacements);
            match matched[j] {
                Some(i) if old_texts[i] == Text::new(text).as_str() => {}
                Some(i) => {
                    changes.set_text(source_lang, &old_ids[i].leaf.id, &pattern);
                    used.push((j, replacements));
                }
                None => {
                    // Once: not again when the draft's additions are
                    // accepted one at a time.
                    let comment = first_added
                        .then(|| {
                            format!(
                                "## Added by `sengen import` from {}\n",
                                super::file_name(&request.file)
                            )
                        })
                        .filter(|c| !language.resource.source().contains(c.as_str()));
                    first_added = false;
                    changes.push(Change::AddMessage {
                        lang: source_lang.to_owned(),
                        id: chosen[j].clone(),
                        text: pattern.clone(),
                        after: None,
                        comment,
                    });
                    for other in &other_languages {
                        stand_ins.push(Change::AddMessage {
                            lang: other.clone(),
                            id: chosen[j].clone(),
                            text: pattern.clone(),
                            after: None,
                            comment: None,
                        });
                    }
                    used.push((j, replacements));
                }
            }
        }
        if !same_structure {
            changes.push(Change::Structure(new_ids.clone()));
        }
        (changes, stand_ins, used)
    };
    // Tried first, with the stand-ins: the folder must check without error,
    // and each message must read as the draft does.
    let mut trial = |changes: &Changeset, stand_ins: &Changeset| -> Result<Vec<String>, Failure> {
        let mut both = changes.clone();
        both.changes.extend(stand_ins.changes.iter().cloned());
        let proposal = both.apply(folder)?;
        let mut scratch = Sources::default();
        match proposal.to_folder().prepare_with_stand_ins(&mut scratch) {
            Ok((prepared, _)) => Ok(prepared
                .localized
                .editions
                .first()
                .map(|e| {
                    slots(&e.document)
                        .iter()
                        .map(|s| s.leaf.as_str().to_owned())
                        .collect()
                })
                .unwrap_or_default()),
            Err(Failure::Invalid(diagnostics)) => {
                *sources = scratch;
                Err(Failure::Invalid(diagnostics))
            }
            Err(internal) => Err(internal),
        }
    };
    let reads_as_draft = |resolved: &[String], j: usize| {
        resolved.get(j).map(String::as_str) == Some(Text::new(&new_slots[j].leaf.text).as_str())
    };
    let (mut changes, mut stand_ins, mut used) = plan(&|_| true);
    let resolved = trial(&changes, &stand_ins)?;
    let wrong: BTreeSet<usize> = (0..new_slots.len())
        .filter(|&j| !reads_as_draft(&resolved, j))
        .collect();
    if !wrong.is_empty() {
        (changes, stand_ins, used) = plan(&|j| !wrong.contains(&j));
        let resolved = trial(&changes, &stand_ins)?;
        if let Some(j) = (0..new_slots.len()).find(|&j| !reads_as_draft(&resolved, j)) {
            return Err(Internal::Broken(format!(
                "the imported `{}` does not read as the draft does",
                chosen[j]
            ))
            .into());
        }
    }
    let new_count = used.iter().filter(|(j, _)| matched[*j].is_none()).count();
    if new_count > 0 {
        for other in &other_languages {
            imported.changes.push(words!(
                "import-change-to-translate",
                lang = other,
                count = new_count,
                dir = dir.display().to_string()
            ));
        }
    }

    for (j, replacements) in &used {
        let verb = if matched[*j].is_some() {
            "updated"
        } else {
            "added"
        };
        imported.changes.push(words!(
            "import-change",
            verb = verb,
            id = &chosen[*j],
            place = new_slots[*j].leaf.place.words()
        ));
        for r in replacements {
            imported.replaced.push(words!(
                "import-replaced",
                place = new_slots[*j].leaf.place.words(),
                id = &chosen[*j],
                typed = &new_slots[*j].leaf.text[r.range.clone()],
                variable = r.placeable()
            ));
        }
    }
    for (i, slot) in old_ids.iter().enumerate() {
        if !taken.contains(&i) {
            imported.changes.push(words!(
                "import-change-left-out",
                id = &slot.leaf.id,
                lang = &request.lang
            ));
        }
    }
    // Each block the draft changes, for a person to accept or not.
    imported.decisions = used
        .iter()
        .map(|(j, _)| {
            let new_text = Text::new(&new_slots[*j].leaf.text).as_str().to_owned();
            let old_text = matched[*j].map(|i| old_texts[i].to_owned());
            Decision {
                id: chosen[*j].clone(),
                verb: if old_text.is_some() {
                    "updated"
                } else {
                    "added"
                },
                kind: new_slots[*j].kind.name(),
                runs: old_text
                    .as_deref()
                    .map(|old| words::diff(old, &new_text))
                    .unwrap_or_default(),
                old: old_text,
                new: Some(new_text),
            }
        })
        .chain(
            old_ids
                .iter()
                .enumerate()
                .filter(|(i, _)| !taken.contains(i))
                .map(|(i, slot)| Decision {
                    id: slot.leaf.id.clone(),
                    verb: "left-out",
                    kind: slot.kind.name(),
                    old: Some(old_texts[i].to_owned()),
                    new: None,
                    runs: Vec::new(),
                }),
        )
        .collect();
    // Only the changes accepted, where not all are.
    let old_structure_ids = declaration.document.map(&mut |m| m.id.clone());
    let changes = match &request.accept {
        Accept::Only(accepted) if !imported.decisions.iter().all(|d| accepted.contains(&d.id)) => {
            only(&changes, accepted, &old_structure_ids, &new_ids)?
        }
        _ => changes,
    };
    // What the folder will say, as `check` would (the new messages missing
    // from the translations), then the files, all or none.
    let proposal = changes.apply(folder)?;
    let mut after = Sources::default();
    imported.findings = match proposal.prepare(&mut after) {
        Ok(prepared) => prepared.warnings,
        Err(Failure::Invalid(diagnostics)) => diagnostics,
        Err(internal) => return Err(internal),
    };
    if request.write {
        imported.written = proposal.commit()?.into_iter().map(|w| w.path).collect();
    }
    imported.changes_made = changes;
    *sources = after;
    Ok(imported)
}

/// The changes of the blocks `accepted` names: their texts, their new
/// messages, and the structure with only their additions and removals.
fn only(
    changes: &Changeset,
    accepted: &BTreeSet<String>,
    old: &Document<String>,
    new: &Document<String>,
) -> Result<Changeset, Failure> {
    let mut kept = Changeset::default();
    for change in &changes.changes {
        let keep = match change {
            Change::Text { unit, .. } => accepted.contains(unit),
            Change::AddMessage { id, .. } => accepted.contains(id),
            Change::Structure(_) => {
                let yes = |id: &str| accepted.contains(id);
                let structure =
                    crate::edit::blocks::partly(old, new, &yes, &yes).ok_or_else(|| {
                        Internal::Broken("a later draft's structure, partly accepted".to_owned())
                    })?;
                kept.push(Change::Structure(structure));
                false
            }
            _ => true,
        };
        if keep {
            kept.push(change.clone());
        }
    }
    Ok(kept)
}

/// Whether two documents have the same sections, sub-sections and lists.
fn same_shape(old: &Document<MessageId>, new: &Document<String>) -> bool {
    let shape_old: Vec<(SlotKind, Option<usize>, Option<usize>, usize)> = slots(old)
        .iter()
        .map(|s| (s.kind, s.section, s.subsection, s.block))
        .collect();
    let shape_new: Vec<(SlotKind, Option<usize>, Option<usize>, usize)> = slots(new)
        .iter()
        .map(|s| (s.kind, s.section, s.subsection, s.block))
        .collect();
    shape_old == shape_new
}

/// The replacements with, where the changed text still says what a term
/// of the old message says (`{ -host-city }`: Shizuoka), that term again:
/// the draft's author chose it.
fn with_terms(
    mut found: Vec<Replacement>,
    text: &str,
    resource: &fluent_bundle::FluentResource,
    id: &str,
) -> Vec<Replacement> {
    let Some(pattern) = fluent::patterns(resource)
        .into_iter()
        .find(|p| p.entry == id)
    else {
        return found;
    };
    let mut terms = Vec::new();
    fluent::walk(pattern.pattern, &mut |element| {
        if let fluent::Element::Term(term) = element {
            terms.push(term.to_owned());
        }
    });
    for term in terms {
        // A term of plain text only: what it says is its source.
        let Some(range) = fluent::pattern_range(resource, &format!("-{term}")) else {
            continue;
        };
        let said = resource.source()[range].trim();
        if said.is_empty() || said.contains(['{', '}']) {
            continue;
        }
        for (at, _) in text.match_indices(said) {
            let range = at..at + said.len();
            let whole_word = !text[..at].ends_with(char::is_alphanumeric)
                && !text[range.end..].starts_with(char::is_alphanumeric);
            if whole_word
                && !found
                    .iter()
                    .any(|r| r.range.start < range.end && range.start < r.range.end)
            {
                found.push(Replacement {
                    range,
                    variable: format!("-{term}"),
                });
            }
        }
    }
    found.sort_by_key(|r| r.range.start);
    found
}
