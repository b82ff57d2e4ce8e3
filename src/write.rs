//! Stage 6, write: put the outputs on disk atomically.
//!
//! Each file is written to a temporary file in the destination folder, flushed
//! to disk, then renamed over the old one: a reader sees the previous PDF or
//! the new one, never half of one, and a failed build leaves the previous
//! outputs as they were. Nothing is written until every output is ready.

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

/// Writes every output into `dir` (created if needed).
pub fn write(outputs: Vec<Output>, dir: &Path) -> Result<Vec<Written>, Internal> {
    std::fs::create_dir_all(dir).map_err(|e| Internal::io("create the output folder", dir, e))?;
    outputs
        .into_iter()
        .map(|output| {
            let path = dir.join(&output.file_name);
            replace(&path, &output.bytes)?;
            Ok(Written {
                path,
                bytes: output.bytes.len(),
                pages: output.pages,
            })
        })
        .collect()
}

/// Replaces (or creates) one file atomically.
pub fn replace(path: &Path, bytes: &[u8]) -> Result<(), Internal> {
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
    // The temporary file is removed if anything above failed (it is dropped).
    temp.persist(path).map_err(|e| fail(e.error))?;
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
