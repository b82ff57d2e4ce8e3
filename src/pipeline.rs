//! The one place that knows the order of the stages:
//! load → check → localize → render → typeset → write.
//! Each stage takes the previous one's value and hands its own forward.

use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Diagnostics, Failure, Sources};
use crate::render::Renderer;
use crate::write::Output;
use crate::{check, load, localize, typeset, write};

/// What `sengen build` was asked to do.
pub struct BuildRequest<'a> {
    pub dir: &'a Path,
    pub out_dir: &'a Path,
    /// Only these languages (all of the declaration's when empty).
    pub languages: &'a [String],
    /// Also write the generated Typst source beside each PDF.
    pub emit_typst: bool,
}

/// What a build wrote.
pub struct BuildReport {
    pub written: Vec<Written>,
    /// Findings that did not stop the build.
    pub warnings: Diagnostics,
}

pub struct Written {
    pub path: PathBuf,
    pub pages: usize,
    pub bytes: usize,
}

/// Builds the PDFs of a declaration.
pub fn build(request: &BuildRequest, sources: &mut Sources) -> Result<BuildReport, Failure> {
    let draft = load::load(request.dir, sources)?;
    let declaration = check::check(draft)?;
    let mut localized = localize::localize(&declaration)?;
    select_languages(&mut localized, request.languages)?;
    let rendered = Renderer::new()?.render(&localized)?;

    let mut outputs = Vec::new();
    let mut pages = Vec::new();
    let mut warnings = Diagnostics::default();
    for edition in &rendered {
        let typeset = typeset::typeset(edition, sources)?;
        warnings.extend(typeset.warnings);
        if request.emit_typst {
            outputs.push(Output {
                file_name: format!("{}.typ", edition.name),
                bytes: edition.source.clone().into_bytes(),
            });
            pages.push(0);
        }
        outputs.push(Output {
            file_name: format!("{}.pdf", typeset.name),
            bytes: typeset.pdf,
        });
        pages.push(typeset.pages);
    }
    let paths = write::write(&outputs, request.out_dir)?;
    let written = paths
        .into_iter()
        .zip(outputs.iter().zip(pages))
        .map(|(path, (output, pages))| Written {
            path,
            pages,
            bytes: output.bytes.len(),
        })
        .collect();
    Ok(BuildReport { written, warnings })
}

/// Checks a declaration as far as a build would before typesetting: loads,
/// checks and resolves every message in every language.
pub fn check(dir: &Path, sources: &mut Sources) -> Result<localize::Localized, Failure> {
    let draft = load::load(dir, sources)?;
    let declaration = check::check(draft)?;
    Ok(localize::localize(&declaration)?)
}

/// Keeps only the requested languages; asking for one the declaration lacks is an error.
fn select_languages(localized: &mut localize::Localized, wanted: &[String]) -> Result<(), Failure> {
    if wanted.is_empty() {
        return Ok(());
    }
    let have: Vec<String> = localized
        .editions
        .iter()
        .map(|e| e.lang.to_string())
        .collect();
    let missing: Vec<&String> = wanted.iter().filter(|w| !have.contains(w)).collect();
    if !missing.is_empty() {
        let mut diagnostics = Diagnostics::default();
        for lang in missing {
            diagnostics.push(
                Diagnostic::error(
                    "C001",
                    format!("--lang {lang}: the declaration has no such language"),
                )
                .hint(format!("its languages are: {}", have.join(", "))),
            );
        }
        return Err(Failure::Invalid(diagnostics));
    }
    localized
        .editions
        .retain(|e| wanted.contains(&e.lang.to_string()));
    Ok(())
}
