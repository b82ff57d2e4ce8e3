//! `sengen watch`: rebuild a declaration's PDFs each time one of its files is
//! saved. One `Session` lives for the whole watch, so Typst is handed an
//! edited version of the same sources and reuses the layout of everything
//! that did not change; a failed rebuild writes nothing, so the last good
//! PDFs stay in place.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use notify::{RecursiveMode, Watcher};

use crate::diagnostic::{Failure, Sources};
use crate::load::{LOCK_FILE, SCHEMA_FILE};
use crate::pipeline::{BuildReport, BuildRequest, Session};

/// How long the folder must stay quiet before a rebuild: editors save in
/// several steps (write a temporary file, rename it, touch the folder).
const QUIET: Duration = Duration::from_millis(15);

/// How many rebuilds an unused piece of Typst's cache survives.
const CACHE_GENERATIONS: usize = 10;

/// One build of a watch: what set it off, and how it went.
pub struct Rebuild<'a> {
    /// The input files whose content changed (none for the first build).
    pub changed: Vec<String>,
    /// From the first change seen (the first build: from the start) to the PDFs written.
    pub elapsed: Duration,
    /// The files the diagnostics quote.
    pub sources: &'a Sources,
    pub result: &'a Result<BuildReport, Failure>,
}

/// Builds, then rebuilds on every change of the declaration's files until
/// the folder can no longer be watched; calls `report` after each build.
pub fn watch(request: &BuildRequest, mut report: impl FnMut(&Rebuild)) -> Result<(), Failure> {
    let started = Instant::now();
    let session = Session::new()?;
    let (events, receiver) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(move |event| {
        // The receiver is gone only when the watch ends.
        let _ = events.send(event);
    })
    .map_err(|e| Failure::Internal(format!("cannot watch files: {e}")))?;
    watcher
        .watch(request.dir, RecursiveMode::NonRecursive)
        .map_err(|e| Failure::Internal(format!("cannot watch {}: {e}", request.dir.display())))?;

    let mut inputs = snapshot(request.dir);
    let mut changed = Vec::new();
    let mut since = started;
    loop {
        let mut sources = Sources::default();
        let result = session.build(request, &mut sources);
        // Forget what the last few rebuilds did not use, so memory stays flat.
        comemo::evict(CACHE_GENERATIONS);
        report(&Rebuild {
            changed: std::mem::take(&mut changed),
            elapsed: since.elapsed(),
            sources: &sources,
            result: &result,
        });
        // Wait for a change to an input's content (not our own PDFs, not a
        // save that changed nothing).
        while changed.is_empty() {
            match receiver.recv() {
                Ok(Ok(_)) => {}
                Ok(Err(e)) => return Err(Failure::Internal(format!("watching files: {e}"))),
                Err(_) => return Ok(()),
            }
            since = Instant::now();
            while let Ok(event) = receiver.recv_timeout(QUIET) {
                if let Err(e) = event {
                    return Err(Failure::Internal(format!("watching files: {e}")));
                }
            }
            let now = snapshot(request.dir);
            changed = differences(&inputs, &now);
            inputs = now;
        }
    }
}

/// The declaration's input files and their contents.
type Snapshot = BTreeMap<String, Vec<u8>>;

fn snapshot(dir: &Path) -> Snapshot {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Snapshot::new();
    };
    entries
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().into_string().ok()?;
            let input = name == SCHEMA_FILE || name == LOCK_FILE || name.ends_with(".ftl");
            // A file being replaced may be briefly absent: it counts as changed.
            let bytes = if input {
                std::fs::read(dir.join(&name)).ok()?
            } else {
                return None;
            };
            Some((name, bytes))
        })
        .collect()
}

/// The names of the files added, removed or edited between two snapshots.
fn differences(before: &Snapshot, after: &Snapshot) -> Vec<String> {
    let mut names: Vec<String> = before
        .iter()
        .filter(|(name, bytes)| after.get(*name) != Some(bytes))
        .map(|(name, _)| name.clone())
        .collect();
    names.extend(
        after
            .keys()
            .filter(|name| !before.contains_key(*name))
            .cloned(),
    );
    names.sort();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn differences_name_edited_added_and_removed_files() {
        let before: Snapshot = [("fr.ftl", "a"), ("ja.ftl", "b"), ("en.ftl", "c")]
            .into_iter()
            .map(|(n, t)| (n.to_owned(), t.as_bytes().to_vec()))
            .collect();
        let after: Snapshot = [("fr.ftl", "a"), ("ja.ftl", "B"), ("de.ftl", "d")]
            .into_iter()
            .map(|(n, t)| (n.to_owned(), t.as_bytes().to_vec()))
            .collect();
        assert_eq!(differences(&before, &after), ["de.ftl", "en.ftl", "ja.ftl"]);
        assert!(differences(&after, &after).is_empty());
    }
}
