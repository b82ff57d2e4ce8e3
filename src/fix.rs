//! `sengen check --fix`: applies the edits diagnostics carry to the files
//! they point into. Only the spans of the edits change; comments, order and
//! every other byte stay as they were. Each file is replaced atomically.

use std::collections::BTreeMap;
use std::path::Path;

use crate::diagnostic::{Diagnostics, Edit, Failure, FileId, Sources};
use crate::write;

/// What `--fix` changed: per file, how many edits.
pub struct Fixed {
    pub files: Vec<(String, usize)>,
}

/// A text with edits applied (those that overlap an earlier one left out),
/// and how many were.
pub fn apply_to_text(text: &str, mut edits: Vec<&Edit>) -> (String, usize) {
    edits.sort_by_key(|e| (e.span.range.start, e.span.range.end));
    let mut out = String::with_capacity(text.len() + 64);
    let mut at = 0;
    let mut applied = 0;
    for edit in edits {
        if edit.span.range.start < at || edit.span.range.end > text.len() {
            continue;
        }
        out.push_str(&text[at..edit.span.range.start]);
        out.push_str(&edit.replacement);
        at = edit.span.range.end;
        applied += 1;
    }
    out.push_str(&text[at..]);
    (out, applied)
}

/// Applies every fix of `diagnostics`; overlapping edits after the first are
/// left for the next run.
pub fn apply(diagnostics: &Diagnostics, sources: &Sources) -> Result<Fixed, Failure> {
    let mut by_file: BTreeMap<FileId, Vec<&Edit>> = BTreeMap::new();
    for edit in diagnostics.0.iter().flat_map(|d| d.fixes.iter()) {
        by_file.entry(edit.span.file).or_default().push(edit);
    }
    let mut fixed = Fixed { files: Vec::new() };
    for (file, edits) in by_file {
        let (out, applied) = apply_to_text(sources.text(file), edits);
        let name = sources.name(file).to_owned();
        write::replace(Path::new(&name), out.as_bytes())?;
        fixed.files.push((name, applied));
    }
    Ok(fixed)
}
