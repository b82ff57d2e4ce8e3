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

/// The file name ending that makes a file a template.
pub const TEMPLATE_SUFFIX: &str = ".typ.hbs";

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
                format!("cannot read the template folder {}: {e}", dir.display()),
            )
            .hint("--templates takes a folder of <name>.typ.hbs files"),
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
    for relative in files {
        let path = root.join(&relative);
        let shown = super::display_name(&dir.join(&relative));
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) => {
                diagnostics.push(Diagnostic::new(
                    Code::R030,
                    format!("cannot read {shown}: {e}"),
                ));
                continue;
            }
        };
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
                    Diagnostic::new(Code::S002, format!("{shown} is not valid UTF-8"))
                        .hint("save the template as UTF-8"),
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
            format!("cannot read the folder {}", dir.display()),
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
                    Diagnostic::new(Code::R030, format!("{name} cannot be read: {e}"))
                        .hint("a link in the template folder must lead to a file in it"),
                );
                continue;
            }
        };
        if !target.starts_with(root) {
            diagnostics.push(
                Diagnostic::new(
                    Code::R031,
                    format!(
                        "{name} leads outside the template folder (to {})",
                        target.display()
                    ),
                )
                .hint(
                    "templates may read only the files of their own folder: copy the file into it",
                ),
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
                format!("{name} is larger than 16 MB"),
            ));
        } else {
            files.push(relative);
        }
    }
}
