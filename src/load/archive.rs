//! A declaration folder sent as a .zip archive (an earlier version, to
//! compare with on the page): its input files read into memory, which
//! loading then reads as the whole folder (`Overlay::whole`); nothing is
//! written anywhere. Hostile until checked: at most `MOST_ENTRIES` entries;
//! only the input files (`declaration.toml`, `<lang>.ftl`,
//! `translations.lock`) at its root or in one folder at its root are read,
//! each no larger than loading reads a file and inflated no further than
//! that, whatever the archive declares; names with a path of their own
//! (`../`, `/etc/…`, a sub-folder) are never read.

use std::io::{Cursor, Read};

use super::{LARGEST_TEXT_FILE, Overlay};
use crate::diagnostic::{Code, Diagnostic, Failure};
use crate::words;

/// The most entries an archive of a declaration folder may have (a folder
/// holds a few files; its archive, with folders and a system's own files,
/// a few more).
pub const MOST_ENTRIES: usize = 200;

/// Whether `bytes` are a zip archive holding a declaration folder (not a
/// .docx, which is a zip archive too).
pub fn is_folder_archive(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
        && zip::ZipArchive::new(Cursor::new(bytes)).is_ok_and(|archive| {
            archive.len() <= MOST_ENTRIES
                && archive
                    .file_names()
                    .any(|n| n == super::SCHEMA_FILE || n.ends_with("/declaration.toml"))
        })
}

/// The input files of the declaration folder the archive `bytes` (named
/// `name` to the user) holds.
pub fn read(bytes: &[u8], name: &str) -> Result<Overlay, Failure> {
    let refused = |message| {
        Failure::from(Diagnostic::new(Code::C016, message).hint(words!("C016-archive-hint")))
    };
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        refused(words!(
            "C016-archive-unreadable",
            name = name,
            error = e.to_string()
        ))
    })?;
    if archive.len() > MOST_ENTRIES {
        return Err(refused(words!(
            "C016-archive-too-many",
            name = name,
            count = archive.len()
        )));
    }
    // The folder inside: the root, or the one folder `declaration.toml` is in.
    let names: Vec<String> = archive.file_names().map(str::to_owned).collect();
    let Some(schema) = names
        .iter()
        .filter(|n| n.rsplit('/').next() == Some(super::SCHEMA_FILE))
        .min_by_key(|n| n.matches('/').count())
    else {
        return Err(refused(words!("C016-archive-no-declaration", name = name)));
    };
    let folder = schema.strip_suffix(super::SCHEMA_FILE).unwrap_or_default();
    if folder.matches('/').count() > 1 || folder.starts_with('/') || folder.contains("..") {
        return Err(refused(words!("C016-archive-no-declaration", name = name)));
    }
    let mut files = Overlay::whole();
    for entry in &names {
        let Some(file) = entry.strip_prefix(folder) else {
            continue;
        };
        if file.contains(['/', '\\']) || !super::is_input_file(file) {
            continue;
        }
        let mut member = archive.by_name(entry).map_err(|e| {
            refused(words!(
                "C016-archive-unreadable",
                name = name,
                error = e.to_string()
            ))
        })?;
        // The size an archive declares may lie: read no more than allowed.
        let mut bytes = Vec::new();
        (&mut member)
            .take(LARGEST_TEXT_FILE + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| {
                refused(words!(
                    "C016-archive-unreadable",
                    name = name,
                    error = e.to_string()
                ))
            })?;
        if bytes.len() as u64 > LARGEST_TEXT_FILE {
            return Err(refused(words!(
                "C016-archive-file-too-large",
                name = name,
                file = file
            )));
        }
        let Ok(text) = String::from_utf8(bytes) else {
            return Err(refused(words!(
                "C016-archive-not-utf-8",
                name = name,
                file = file
            )));
        };
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text).to_owned();
        files = files.with(file, text);
    }
    Ok(files)
}
