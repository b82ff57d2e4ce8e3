//! A user's template folder (`--templates DIR`), read into memory: its
//! `<name>.typ.hbs` files override sengen's compiled-in templates one file at
//! a time, and its other files (a logo, a Typst module) become the only files
//! the typeset document can read, at their path inside the folder.
//!
//! The folder is read here, once; Typst never touches the disk. A link that
//! leads out of the folder is refused, so a template can read nothing but
//! what its author put beside it.

use std::path::{Path, PathBuf};

use crate::diagnostic::{Code, Diagnostic, Diagnostics, FileId, Sources};
use crate::words;

/// The file name ending that makes a file a template.
pub const TEMPLATE_SUFFIX: &str = ".typ.hbs";

/// The most a template folder may hold in all: templates and a logo or two
/// weigh kilobytes; past this, the folder is refused before it fills memory.
const LARGEST_FOLDER: u64 = 32 * 1024 * 1024;

/// Files beyond this size are not templates or assets anyone means to use.
const LARGEST_FILE: u64 = 16 * 1024 * 1024;

/// A template folder, read.
#[derive(Debug, Clone)]
pub struct TemplateFolder {
    pub dir: PathBuf,
    /// `<name>.typ.hbs` files: `name` overrides the compiled-in template of that name.
    pub templates: Vec<TemplateFile>,
    /// Every other file, by its path inside the folder (`img/logo.png`).
    pub assets: Vec<(String, Vec<u8>)>,
}

#[derive(Debug, Clone)]
pub struct TemplateFile {
    /// The template's name: its path inside the folder without `.typ.hbs`.
    pub name: String,
    pub file: FileId,
}

/// Reads every file of a template folder, reporting each that cannot be used.
pub fn load_templates(dir: &Path, sources: &mut Sources) -> Result<TemplateFolder, Diagnostics> {
    let mut diagnostics = Diagnostics::default();
    let root = dir.canonicalize().map_err(|e| {
        Diagnostics::from(
            Diagnostic::new(
                Code::R030,
                words!(
                    "R030-cannot-read-template-folder",
                    dir = dir.display().to_string(),
                    reason = crate::diagnostic::io_reason(&e)
                ),
            )
            .hint(words!("R030-templates-takes-folder-name-hint")),
        )
    })?;
    let mut files = Vec::new();
    collect(dir, &root, &root, &mut files, &mut diagnostics);
    files.sort();

    let mut folder = TemplateFolder {
        dir: dir.to_path_buf(),
        templates: Vec::new(),
        assets: Vec::new(),
    };
    let mut total: u64 = 0;
    for relative in files {
        let path = root.join(&relative);
        let shown = super::display_name(&dir.join(&relative));
        let bytes = match super::file::read(&path, LARGEST_FILE) {
            Ok(bytes) => bytes,
            Err(super::file::ReadError::NotFound(e) | super::file::ReadError::Io(e)) => {
                diagnostics.push(Diagnostic::new(
                    Code::R030,
                    words!(
                        "R030-cannot-read",
                        shown = shown.to_string(),
                        reason = crate::diagnostic::io_reason(&e)
                    ),
                ));
                continue;
            }
            Err(super::file::ReadError::NotRegular(kind)) => {
                diagnostics.push(
                    Diagnostic::new(
                        Code::R030,
                        words!("R030-not-a-file", shown = &shown, kind = kind.key()),
                    )
                    .hint(words!("R030-templates-takes-folder-name-hint")),
                );
                continue;
            }
            Err(super::file::ReadError::TooLarge(_)) => {
                diagnostics.push(Diagnostic::new(
                    Code::R030,
                    words!("R030-larger-than-16-mb", name = &shown),
                ));
                continue;
            }
        };
        // What the whole folder may hold: templates and a few images.
        total += bytes.len() as u64;
        if total > LARGEST_FOLDER {
            diagnostics.push(
                Diagnostic::new(
                    Code::R030,
                    words!(
                        "R030-folder-too-large",
                        dir = super::display_name(dir),
                        limit = LARGEST_FOLDER / (1024 * 1024)
                    ),
                )
                .hint(words!("R030-folder-too-large-hint")),
            );
            break;
        }
        let inside = relative.to_string_lossy().replace('\\', "/");
        match inside.strip_suffix(TEMPLATE_SUFFIX) {
            Some(name) => match String::from_utf8(bytes) {
                Ok(text) => {
                    let file = sources.add(shown, text);
                    folder.templates.push(TemplateFile {
                        name: name.to_owned(),
                        file,
                    });
                }
                Err(_) => diagnostics.push(
                    Diagnostic::new(
                        Code::S002,
                        words!("S002-not-valid-utf-8-3", shown = shown.to_string()),
                    )
                    .hint(words!("S002-save-template-utf-8-hint")),
                ),
            },
            None => folder.assets.push((inside, bytes)),
        }
    }
    if diagnostics.has_errors() {
        Err(diagnostics)
    } else {
        Ok(folder)
    }
}

/// The files under `dir`, as paths relative to `root` (the folder `shown`
/// names as the user did). A link is followed only when it leads inside `root`.
fn collect(
    shown: &Path,
    root: &Path,
    dir: &Path,
    files: &mut Vec<PathBuf>,
    diagnostics: &mut Diagnostics,
) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        diagnostics.push(Diagnostic::new(
            Code::R030,
            words!("R030-cannot-read-folder", dir = dir.display().to_string()),
        ));
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(relative) = path.strip_prefix(root).map(Path::to_path_buf) else {
            continue;
        };
        let name = super::display_name(&shown.join(&relative));
        // Where the entry really is, links resolved.
        let target = match path.canonicalize() {
            Ok(target) => target,
            Err(e) => {
                diagnostics.push(
                    Diagnostic::new(
                        Code::R030,
                        words!(
                            "R030-cannot-read-2",
                            name = name.to_string(),
                            reason = crate::diagnostic::io_reason(&e)
                        ),
                    )
                    .hint(words!("R030-link-template-folder-must-hint")),
                );
                continue;
            }
        };
        if !target.starts_with(root) {
            diagnostics.push(
                Diagnostic::new(
                    Code::R031,
                    words!(
                        "R031-leads-outside-template-folder",
                        name = name.to_string(),
                        target = target.display().to_string()
                    ),
                )
                .hint(words!("R031-templates-may-read-only-hint")),
            );
            continue;
        }
        if target.is_dir() {
            // A link back up the folder would loop: only real sub-folders are entered.
            if !entry.file_type().is_ok_and(|t| t.is_symlink()) {
                collect(shown, root, &path, files, diagnostics);
            }
        } else if std::fs::metadata(&target).is_ok_and(|m| m.len() > LARGEST_FILE) {
            diagnostics.push(Diagnostic::new(
                Code::R030,
                words!("R030-larger-than-16-mb", name = name.to_string()),
            ));
        } else {
            files.push(relative);
        }
    }
}
