//! `sengen watch`: rebuild a declaration's PDFs each time one of its files is
//! saved. One `Builder` lives for the whole watch, so Typst is handed an
//! edited version of the same sources and reuses the layout of everything
//! that did not change; a failed rebuild writes nothing, so the last good
//! PDFs stay in place.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use notify::{RecursiveMode, Watcher};

use crate::diagnostic::{Failure, Internal, Sources};
use crate::load;
use crate::options::BuildOptions;
use crate::pipeline::{BuildReport, Builder};

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
pub fn watch(
    dir: &Path,
    options: &BuildOptions,
    mut report: impl FnMut(&Rebuild),
) -> Result<(), Failure> {
    let started = Instant::now();
    let builder = Builder::new()?;
    let (events, receiver) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(move |event| {
        // The receiver is gone only when the watch ends.
        let _ = events.send(event);
    })
    .map_err(|e| watching("cannot watch files", e))?;
    let folders = [
        (Some(dir), RecursiveMode::NonRecursive),
        (options.templates.as_deref(), RecursiveMode::Recursive),
    ];
    for (folder, mode) in folders {
        if let Some(folder) = folder {
            watcher
                .watch(folder, mode)
                .map_err(|e| watching(&format!("cannot watch {}", folder.display()), e))?;
        }
    }

    let mut inputs = snapshot(dir, options.templates.as_deref());
    let mut changed = Vec::new();
    let mut since = started;
    loop {
        let mut sources = Sources::default();
        let result = builder.build(dir, options, &mut sources);
        // Forget what the last few rebuilds did not use, so memory stays flat.
        builder.forget_unused(CACHE_GENERATIONS);
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
                Ok(Ok(event)) if is_edit(&event) => {}
                Ok(Ok(_)) => continue,
                Ok(Err(e)) => return Err(watching("watching files", e).into()),
                Err(_) => return Ok(()),
            }
            since = Instant::now();
            while let Ok(event) = receiver.recv_timeout(QUIET) {
                if let Err(e) = event {
                    return Err(watching("watching files", e).into());
                }
            }
            let now = snapshot(dir, options.templates.as_deref());
            changed = differences(&inputs, &now);
            inputs = now;
        }
    }
}

/// The system refused to tell of changes to files.
fn watching(what: &str, error: notify::Error) -> Internal {
    Internal::Environment {
        what: what.to_owned(),
        detail: error.to_string(),
    }
}

/// Whether an event may have changed a file: reading one (as every build
/// and every snapshot does) must not set off another look.
fn is_edit(event: &notify::Event) -> bool {
    !matches!(event.kind, notify::EventKind::Access(_))
}

/// The declaration's input files and their contents.
type Snapshot = BTreeMap<String, Vec<u8>>;

/// The declaration's files, and every file of the template folder (as
/// `templates/<path>`). A file being replaced may be briefly absent: it then
/// counts as changed, and the build that follows says what is missing.
fn snapshot(dir: &Path, templates: Option<&Path>) -> Snapshot {
    let mut files = Snapshot::new();
    // Read as loading reads them: regular files within its limit. One that
    // is not (a FIFO, a link to a device) is left out, and the build that
    // follows names it.
    for name in load::input_files(dir).unwrap_or_default() {
        if let Ok(bytes) = load::file::read(&dir.join(&name), load::LARGEST_TEXT_FILE) {
            files.insert(name, bytes);
        }
    }
    if let Some(templates) = templates {
        add_tree(templates, "templates", &mut files);
    }
    files
}

fn add_tree(dir: &Path, prefix: &str, files: &mut Snapshot) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = format!("{prefix}/{}", entry.file_name().to_string_lossy());
        match entry.file_type() {
            Ok(kind) if kind.is_dir() => add_tree(&entry.path(), &name, files),
            _ => {
                if let Ok(bytes) = load::file::read(&entry.path(), load::LARGEST_TEXT_FILE) {
                    files.insert(name, bytes);
                }
            }
        }
    }
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
