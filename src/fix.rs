//! `sengen check --fix`: the edits diagnostics carry, made to the files they
//! point into as one change (`edit`): only the spans of the edits change;
//! comments, order and every other byte stay as they were. The folder as
//! fixed is checked before anything is written, and the files are written
//! all or none.

use std::collections::BTreeMap;
use std::path::Path;

use crate::diagnostic::{Diagnostics, Edit, Failure, Sources};
use crate::edit::{self, Change, Changeset, Folder};
use crate::localize::Prepared;

/// What `--fix` changed: per file, how many edits.
pub struct Fixed {
    pub files: Vec<(String, usize)>,
    /// The declaration as fixed, and the files its findings quote.
    pub prepared: Prepared,
    pub sources: Sources,
}

/// The edits of `diagnostics` as a change to the files of `folder` (those
/// that overlap an earlier one are left for the next run); per file, how
/// many there are.
pub fn changes(
    diagnostics: &Diagnostics,
    sources: &Sources,
    folder: &Folder,
) -> (Changeset, Vec<(String, usize)>) {
    let mut by_file: BTreeMap<String, Vec<&Edit>> = BTreeMap::new();
    for edit in diagnostics.0.iter().flat_map(|d| d.fixes.iter()) {
        let shown = sources.name(edit.span.file);
        let Some(name) = Path::new(shown).file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        // Only into the folder's own files, as they were read.
        if folder.text(name) == Some(sources.text(edit.span.file)) {
            by_file.entry(name.to_owned()).or_default().push(edit);
        }
    }
    let mut changeset = Changeset::default();
    let mut counts = Vec::new();
    for (name, edits) in by_file {
        let text = folder.text(&name).unwrap_or_default();
        let spans = edits
            .iter()
            .map(|e| (e.span.range.clone(), e.replacement.as_str()))
            .collect();
        let (_, made) = edit::ftl::splice(text, spans);
        for e in edits {
            changeset.push(Change::Splice {
                file: name.clone(),
                range: e.span.range.clone(),
                replacement: e.replacement.clone(),
            });
        }
        counts.push((name, made));
    }
    (changeset, counts)
}

/// Applies every fix of the findings of the declaration `folder` holds,
/// once the folder as fixed checks without error.
pub fn apply(
    folder: &Folder,
    diagnostics: &Diagnostics,
    sources: &Sources,
) -> Result<Fixed, Failure> {
    let (changeset, counts) = changes(diagnostics, sources, folder);
    let proposal = changeset.apply(folder)?;
    let changed = proposal
        .changed()
        .iter()
        .map(|n| n.to_string())
        .collect::<Vec<_>>();
    let mut after = Sources::default();
    let (prepared, _) = proposal.check_and_commit(&mut after)?;
    Ok(Fixed {
        files: counts
            .into_iter()
            .filter(|(name, _)| changed.contains(name))
            .map(|(name, made)| (crate::load::display_name(&folder.dir().join(name)), made))
            .collect(),
        prepared,
        sources: after,
    })
}
