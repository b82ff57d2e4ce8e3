//! Stage 6, write: put the outputs on disk atomically.
//!
//! Each file is written to a temporary file in the destination folder, flushed
//! to disk, then renamed over the old one: a reader sees the previous PDF or
//! the new one, never half of one, and a failed build leaves the previous
//! outputs as they were. Nothing is written until every output is ready, and
//! the renames of a set are bracketed by a journal, so that a build killed
//! among them is known to the next (`interrupted`).

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::diagnostic::Internal;

/// A finished output: its file name, its bytes and, for a PDF, its pages.
pub struct Output {
    pub file_name: String,
    pub bytes: Vec<u8>,
    pub pages: Option<usize>,
}

impl Output {
    /// `<name>.pdf`.
    pub fn pdf(name: &str, bytes: Vec<u8>, pages: usize) -> Self {
        Output {
            file_name: format!("{name}.pdf"),
            bytes,
            pages: Some(pages),
        }
    }

    /// `<name>.typ`: the generated Typst source (`--emit typst`).
    pub fn typst_source(name: &str, source: String) -> Self {
        Output {
            file_name: format!("{name}.typ"),
            bytes: source.into_bytes(),
            pages: None,
        }
    }

    /// `<name>.inputs.json`: the `sys.inputs` the generated source reads, as
    /// a JSON object, what to hand typst-cli (`--input key=value`) to compile
    /// it alone.
    pub fn typst_inputs(name: &str, inputs: &[(String, String)]) -> Self {
        let object: serde_json::Map<String, serde_json::Value> = inputs
            .iter()
            .map(|(key, value)| (key.clone(), serde_json::Value::from(value.as_str())))
            .collect();
        let mut bytes = serde_json::to_vec_pretty(&object).unwrap_or_default();
        bytes.push(b'\n');
        Output {
            file_name: format!("{name}.inputs.json"),
            bytes,
            pages: None,
        }
    }
}

/// What was written: where, how large, how many pages.
pub struct Written {
    pub path: PathBuf,
    pub bytes: usize,
    /// For a PDF.
    pub pages: Option<usize>,
}

/// The file that names the outputs being replaced while a build writes
/// them (`.<id>.sengen-writing`, one per declaration, as a batch writes
/// several into one folder at once): present only between the first rename
/// and the last, so that a build killed in between leaves word of it.
fn journal(dir: &Path, file_names: &[&str]) -> PathBuf {
    let id = file_names
        .first()
        .and_then(|name| name.split('.').next())
        .unwrap_or_default();
    dir.join(format!(".{id}.sengen-writing"))
}

/// Writes every output into `dir` (created if needed): each first to a
/// temporary file beside it, flushed to disk; then, with the journal naming
/// them, all renamed into place, one after the other; then the journal goes.
/// A build killed before the renames leaves the previous set; killed during
/// them, a journal the next build reads (`interrupted`); the temporary files
/// a killed build leaves are removed by the next one.
pub fn write(outputs: Vec<Output>, dir: &Path) -> Result<Vec<Written>, Internal> {
    std::fs::create_dir_all(dir).map_err(|e| Internal::io("create the output folder", dir, e))?;
    let names: Vec<&str> = outputs.iter().map(|o| o.file_name.as_str()).collect();
    let journal = journal(dir, &names);
    for output in &outputs {
        remove_strays(dir, &output.file_name);
    }
    // A build killed while it wrote the journal itself left that file's
    // temporary copy.
    if let Some(name) = journal.file_name().and_then(|n| n.to_str()) {
        remove_strays(dir, name);
    }
    let mut staged = Vec::with_capacity(outputs.len());
    for output in &outputs {
        let path = dir.join(&output.file_name);
        staged.push((stage(&path, &output.bytes)?, path));
    }
    replace(&journal, format!("{}\n", names.join("\n")).as_bytes())?;
    for (k, (temp, path)) in staged.into_iter().enumerate() {
        fault(&format!("write-rename-{}", k + 1))?;
        temp.persist(&path)
            .map_err(|e| Internal::io("write", &path, e.error))?;
    }
    sync_folder(dir);
    std::fs::remove_file(&journal).map_err(|e| Internal::io("write", &journal, e))?;
    sync_folder(dir);
    Ok(outputs
        .into_iter()
        .map(|output| Written {
            path: dir.join(&output.file_name),
            bytes: output.bytes.len(),
            pages: output.pages,
        })
        .collect())
}

/// The outputs an earlier build was replacing in `dir` when it stopped
/// (killed, or the machine down): they may be some of that build and some
/// of the one before. `None` when the last build finished.
/// `file_names` are the outputs of the build about to write.
pub fn interrupted(dir: &Path, file_names: &[&str]) -> Option<Vec<String>> {
    let text = std::fs::read_to_string(journal(dir, file_names)).ok()?;
    Some(
        text.lines()
            .map(str::to_owned)
            .filter(|l| !l.is_empty())
            .collect(),
    )
}

/// Removes the temporary files a killed build left for `file_name`
/// (`.<name>.<random>.tmp`, as `stage` names them).
fn remove_strays(dir: &Path, file_name: &str) {
    let prefix = format!(".{file_name}.");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if name.starts_with(&prefix) && name.ends_with(".tmp") && entry.path().is_file() {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// An output's bytes in a temporary file beside its place, flushed to disk,
/// with the permissions of the file it replaces.
fn stage(path: &Path, bytes: &[u8]) -> Result<tempfile::NamedTempFile, Internal> {
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let fail = |e: std::io::Error| Internal::io("write", path, e);
    let mut temp = tempfile::Builder::new()
        .prefix(&format!(".{file_name}."))
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(fail)?;
    temp.write_all(bytes).map_err(fail)?;
    // A temporary file is private (0600); the output is an ordinary file, and a
    // replaced one keeps the permissions it had.
    if let Some(permissions) = permissions_for(path) {
        temp.as_file().set_permissions(permissions).map_err(fail)?;
    }
    temp.as_file().sync_all().map_err(fail)?;
    Ok(temp)
}

/// Flushes a folder's entries (its renames) to disk, where the system can.
fn sync_folder(dir: &Path) {
    if let Ok(folder) = std::fs::File::open(dir) {
        let _ = folder.sync_all();
    }
}

/// Replaces (or creates) one file atomically.
pub fn replace(path: &Path, bytes: &[u8]) -> Result<(), Internal> {
    // The temporary file is removed if anything fails before the rename (it is dropped).
    stage(path, bytes)?
        .persist(path)
        .map_err(|e| Internal::io("write", path, e.error))?;
    Ok(())
}

/// The permissions the output should have: those of the file it replaces, or
/// an ordinary file's.
pub fn permissions_for(path: &Path) -> Option<std::fs::Permissions> {
    if let Ok(existing) = std::fs::metadata(path) {
        return Some(existing.permissions());
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        Some(std::fs::Permissions::from_mode(0o644))
    }
    #[cfg(not(unix))]
    {
        None
    }
}

/// A failure the tests inject at a named step (`SENGEN_FAULT=
/// commit-rename-2`: before an edit's second file is renamed into place;
/// `write-rename-2`: before a build's second output is), to show what an
/// interruption there leaves. Only in builds
/// with debug assertions (the tests'); a release build has no such hook.
pub(crate) fn fault(step: &str) -> Result<(), Internal> {
    #[cfg(debug_assertions)]
    if std::env::var("SENGEN_FAULT").is_ok_and(|asked| asked == step) {
        return Err(Internal::Environment {
            what: format!("a fault injected at {step}"),
            detail: "SENGEN_FAULT".to_owned(),
        });
    }
    let _ = step;
    Ok(())
}
