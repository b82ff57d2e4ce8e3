//! Stage 6, write: put the outputs on disk atomically.
//!
//! Each file is written to a temporary file in the destination folder, flushed
//! to disk, then renamed over the old one: a reader sees the previous PDF or
//! the new one, never half of one, and a failed build leaves the previous
//! outputs as they were. Nothing is written until every output is ready.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::diagnostic::Failure;

/// A finished output: its file name and its bytes.
pub struct Output {
    pub file_name: String,
    pub bytes: Vec<u8>,
}

/// Writes every output into `dir` (created if needed); returns their paths.
pub fn write(outputs: &[Output], dir: &Path) -> Result<Vec<PathBuf>, Failure> {
    std::fs::create_dir_all(dir).map_err(|e| {
        Failure::Internal(format!(
            "cannot create the output folder {}: {e}",
            dir.display()
        ))
    })?;
    outputs
        .iter()
        .map(|output| write_one(output, dir))
        .collect()
}

fn write_one(output: &Output, dir: &Path) -> Result<PathBuf, Failure> {
    let path = dir.join(&output.file_name);
    replace(&path, &output.bytes)?;
    Ok(path)
}

/// Replaces (or creates) one file atomically.
pub fn replace(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let path = path.to_path_buf();
    let fail =
        |e: std::io::Error| Failure::Internal(format!("cannot write {}: {e}", path.display()));
    let mut temp = tempfile::Builder::new()
        .prefix(&format!(".{file_name}."))
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(fail)?;
    temp.write_all(bytes).map_err(fail)?;
    // A temporary file is private (0600); the output is an ordinary file, and a
    // replaced one keeps the permissions it had.
    if let Some(permissions) = permissions_for(&path) {
        temp.as_file().set_permissions(permissions).map_err(fail)?;
    }
    temp.as_file().sync_all().map_err(fail)?;
    // The temporary file is removed if anything above failed (it is dropped).
    temp.persist(&path).map_err(|e| fail(e.error))?;
    Ok(())
}

/// The permissions the output should have: those of the file it replaces, or
/// an ordinary file's.
fn permissions_for(path: &Path) -> Option<std::fs::Permissions> {
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
