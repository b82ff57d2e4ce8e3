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
//! Everything is tried on a copy of the folder first: prepared there, every
//! message must read as the draft does; only then are the files replaced.

use std::collections::BTreeSet;
use std::path::Path;

use toml_edit::DocumentMut;

use super::facts::{self, Facts, Replacement};
use super::structure::Piece;
use super::{Imported, Request, files, ids, outline};
use crate::check::{Document, MessageId};
use crate::diagnostic::{Code, Diagnostic, Failure, Internal, Sources};
use crate::diff::{SlotKind, slots, words};
use crate::fluent;
use crate::language::Profile;
use crate::load::SCHEMA_FILE;
use crate::localize::Text;
use crate::pipeline;

/// The source `.ftl` as it would be, the new messages alone (for the other
/// languages of the trial copy), and per changed or new block its
/// replacements.
type Plan = (String, String, Vec<(usize, Vec<Replacement>)>);

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
    let prepared = pipeline::prepare(dir, sources)?;
    let declaration = &prepared.declaration;
    let source_language = declaration
        .languages
        .first()
        .map(|l| l.tag.to_string())
        .unwrap_or_default();
    if source_language != request.lang {
        return Err(Diagnostic::new(
            Code::I009,
            format!("{} is written in {source_language}: a draft in {} cannot be its text", dir.display(), request.lang),
        )
        .hint(format!("import the draft in {source_language} (--lang {source_language}); translations come back through `sengen xliff`"))
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
                let id = (1..)
                    .map(|n| format!("{container}-{n}"))
                    .find(|id| !used_ids.contains(id))
                    .unwrap_or_default();
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
    let source_text = sources.text(language.file).to_owned();
    let ftl_path = dir.join(format!("{}.ftl", request.lang));
    let mut imported = Imported {
        dir: dir.to_path_buf(),
        outline: outline(&new_ids),
        blocks: new_slots
            .iter()
            .zip(&chosen)
            .map(|(s, id)| format!("{} → {id}", s.leaf.place))
            .collect(),
        ..Imported::default()
    };
    // The changed and the new messages, with their facts as variables; then
    // without, for any that would not read as the draft does.
    let plan = |with_variables: &dyn Fn(usize) -> bool| -> Result<Plan, Failure> {
        let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
        let mut added = String::new();
        let mut used = Vec::new();
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
            let entry = fluent::format_message(&chosen[j], &files::pattern(text, &replacements));
            match matched[j] {
                Some(i) if old_texts[i] == Text::new(text).as_str() => {}
                Some(i) => {
                    let id = &old_ids[i].leaf.id;
                    let (Some(span), Some(value)) = (
                        fluent::message_span(&language.resource, language.file, id),
                        fluent::pattern_range(&language.resource, id),
                    ) else {
                        continue;
                    };
                    edits.push((span.range.start..value.end, entry.trim_end().to_owned()));
                    used.push((j, replacements));
                }
                None => {
                    added.push('\n');
                    added.push_str(&entry);
                    used.push((j, replacements));
                }
            }
        }
        edits.sort_by_key(|(r, _)| r.start);
        let mut out = String::with_capacity(source_text.len() + added.len() + 256);
        let mut at = 0;
        for (range, replacement) in edits {
            out.push_str(&source_text[at..range.start]);
            out.push_str(&replacement);
            at = range.end;
        }
        out.push_str(&source_text[at..]);
        if !added.is_empty() {
            if !out.ends_with('\n') {
                out.push('\n');
            }
            out.push_str(&format!(
                "\n## Added by `sengen import` from {}\n",
                super::file_name(&request.file)
            ));
            out.push_str(&added);
        }
        Ok((out, added, used))
    };
    let toml_path = dir.join(SCHEMA_FILE);
    let old_toml =
        std::fs::read_to_string(&toml_path).map_err(|e| Internal::io("read", &toml_path, e))?;
    let old_structure: Vec<&str> = old_ids.iter().map(|s| s.leaf.id.as_str()).collect();
    let same_structure = old_structure == chosen.iter().map(String::as_str).collect::<Vec<_>>()
        && same_shape(&declaration.document, &new_ids);
    let new_toml = if same_structure {
        old_toml.clone()
    } else {
        structure_toml(&old_toml, &new_ids)?
    };

    // Tried on a copy first.
    let trial = tempfile::Builder::new()
        .prefix(".sengen-import-")
        .tempdir()
        .map_err(|e| Internal::io("create a temporary folder in", std::env::temp_dir(), e))?;
    for entry in std::fs::read_dir(dir)
        .map_err(|e| Internal::io("read", dir, e))?
        .flatten()
    {
        let path = entry.path();
        if path.is_file() {
            let to = trial.path().join(entry.file_name());
            std::fs::copy(&path, &to).map_err(|e| Internal::io("copy", &path, e))?;
        }
    }
    // The other languages lack the new messages until translated: in the
    // copy only, they get the source text, so that it prepares.
    let others: Vec<String> = declaration
        .languages
        .iter()
        .skip(1)
        .map(|l| format!("{}.ftl", l.tag))
        .collect();
    let try_in_copy = |ftl: &str, added: &str| -> Result<Option<Vec<String>>, Failure> {
        let put = |file: &str, text: &str| {
            std::fs::write(trial.path().join(file), text)
                .map_err(|e| Internal::io("write", trial.path().join(file), e))
        };
        put(SCHEMA_FILE, &new_toml)?;
        put(&format!("{}.ftl", request.lang), ftl)?;
        for other in &others {
            let text = std::fs::read_to_string(dir.join(other))
                .map_err(|e| Internal::io("read", dir.join(other), e))?;
            put(other, &format!("{text}\n{added}"))?;
        }
        let mut scratch = Sources::default();
        Ok(pipeline::prepare(trial.path(), &mut scratch)
            .ok()
            .and_then(|p| {
                p.localized.editions.first().map(|e| {
                    slots(&e.document)
                        .iter()
                        .map(|s| s.leaf.as_str().to_owned())
                        .collect()
                })
            }))
    };
    let (mut ftl, mut added, mut used) = plan(&|_| true)?;
    let reads_as_draft = |resolved: &Option<Vec<String>>, j: usize| {
        resolved.as_ref().and_then(|r| r.get(j)).map(String::as_str)
            == Some(Text::new(&new_slots[j].leaf.text).as_str())
    };
    let resolved = try_in_copy(&ftl, &added)?;
    let wrong: BTreeSet<usize> = (0..new_slots.len())
        .filter(|&j| !reads_as_draft(&resolved, j))
        .collect();
    if !wrong.is_empty() {
        (ftl, added, used) = plan(&|j| !wrong.contains(&j))?;
        let resolved = try_in_copy(&ftl, &added)?;
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
        for other in &others {
            imported.changes.push(format!(
                "{other} lacks the {new_count} new message{}: translate {} (sengen xliff export {} --lang {} --only stale)",
                if new_count == 1 { "" } else { "s" },
                if new_count == 1 { "it" } else { "them" },
                dir.display(),
                other.trim_end_matches(".ftl")
            ));
        }
    }
    let _ = &added;
    drop(trial);

    for (j, replacements) in &used {
        let verb = if matched[*j].is_some() {
            "updated"
        } else {
            "added"
        };
        imported.changes.push(format!(
            "{verb} {} ({})",
            chosen[*j], new_slots[*j].leaf.place
        ));
        for r in replacements {
            imported.replaced.push(format!(
                "{}, {}: {} → {}",
                new_slots[*j].leaf.place,
                chosen[*j],
                &new_slots[*j].leaf.text[r.range.clone()],
                r.placeable()
            ));
        }
    }
    for (i, slot) in old_ids.iter().enumerate() {
        if !taken.contains(&i) {
            imported.changes.push(format!(
                "left out {}: the draft no longer has it; its message stays in {}.ftl",
                slot.leaf.id, request.lang
            ));
        }
    }
    // The files, each replaced whole.
    let mut written = Vec::new();
    if ftl != source_text {
        crate::write::replace(&ftl_path, ftl.as_bytes())?;
        written.push(ftl_path);
    }
    if new_toml != old_toml {
        crate::write::replace(&toml_path, new_toml.as_bytes())?;
        written.push(toml_path);
    }
    imported.written = written;
    let mut after = Sources::default();
    imported.findings = match pipeline::prepare(dir, &mut after) {
        Ok(prepared) => prepared.warnings,
        Err(Failure::Invalid(diagnostics)) => diagnostics,
        Err(internal) => return Err(internal),
    };
    *sources = after;
    Ok(imported)
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

/// `declaration.toml` with its `[document]` keys the new structure's, every
/// other line as it was.
fn structure_toml(old: &str, ids: &Document<String>) -> Result<String, Failure> {
    let mut document: DocumentMut = old.parse().map_err(|e| {
        Internal::Broken(format!(
            "declaration.toml, read once, no longer parses: {e}"
        ))
    })?;
    let written = files::document_toml(ids);
    let new: DocumentMut = written.parse().map_err(|e| {
        Internal::Broken(format!(
            "the structure sengen wrote does not parse: {e}\n{written}"
        ))
    })?;
    let (Some(table), Some(new_table)) = (
        document.get_mut("document").and_then(|d| d.as_table_mut()),
        new.get("document").and_then(|d| d.as_table()),
    ) else {
        return Err(Internal::Broken("declaration.toml without [document]".to_owned()).into());
    };
    for key in [
        "preamble",
        "meeting",
        "title",
        "place-and-date",
        "closing",
        "body",
    ] {
        match (new_table.get(key), table.get_mut(key)) {
            // In place, so that the key keeps its comments.
            (Some(item), Some(existing)) => *existing = item.clone(),
            (Some(item), None) => {
                table.insert(key, item.clone());
            }
            (None, _) => {
                table.remove(key);
            }
        }
    }
    Ok(document.to_string())
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
