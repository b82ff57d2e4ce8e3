//! What a build was asked to do, as one owned value resolved before any
//! work (as ripgrep's `HiArgs` and typst-cli's compile config are): every
//! combination that cannot work (C002, C004, C006) is reported, all at once,
//! before a single file of the declaration is read. What needs the
//! declaration to judge (C001: a language it does not have; C003: a
//! bilingual PDF of a text in one language) is judged once it is localized.

use std::path::{Path, PathBuf};

use crate::diagnostic::{Code, Diagnostic, Diagnostics};
use crate::words;

/// A kind of PDF to build, as the command line names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LayoutChoice {
    /// One PDF per language.
    Single,
    /// The bilingual PDF, two columns, block level with block.
    Columns,
    /// The bilingual PDF, one language after the other.
    Sequential,
}

/// How the bilingual PDF sets its two languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bilingual {
    Columns,
    Sequential,
}

/// Which PDFs to build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    /// Only these languages (all of the declaration's when empty).
    pub languages: Vec<String>,
    /// One PDF per language.
    pub single: bool,
    pub bilingual: Option<Bilingual>,
    /// Nothing was asked: a declaration in one language then simply has no
    /// bilingual PDF, rather than an error.
    pub defaulted: bool,
}

impl Selection {
    /// The PDFs `--lang` and `--layout` ask for; by default, one per
    /// language and the side-by-side bilingual one.
    pub fn new(languages: Vec<String>, layouts: &[LayoutChoice]) -> Result<Self, Diagnostic> {
        let defaulted = layouts.is_empty();
        let layouts = if defaulted {
            &[LayoutChoice::Single, LayoutChoice::Columns][..]
        } else {
            layouts
        };
        let has = |choice| layouts.contains(&choice);
        let bilingual = match (has(LayoutChoice::Columns), has(LayoutChoice::Sequential)) {
            (true, true) => {
                return Err(Diagnostic::new(
                    Code::C002,
                    words!("C002-layout-columns-layout-sequential"),
                )
                .hint(words!("C002-choose-one-bilingual-layout-hint")));
            }
            (true, false) => Some(Bilingual::Columns),
            (false, true) => Some(Bilingual::Sequential),
            (false, false) => None,
        };
        Ok(Selection {
            languages,
            single: has(LayoutChoice::Single),
            bilingual,
            defaulted,
        })
    }
}

impl Default for Selection {
    fn default() -> Self {
        Selection {
            languages: Vec::new(),
            single: true,
            bilingual: Some(Bilingual::Columns),
            defaulted: true,
        }
    }
}

/// Everything a build (or a batch, or a watch) was asked to do.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// Where the PDFs go (created if needed).
    pub out_dir: PathBuf,
    pub selection: Selection,
    /// Also write the generated Typst source beside each PDF.
    pub emit_typst: bool,
    /// The PDFs' creation date as seconds since 1970 (`SOURCE_DATE_EPOCH`);
    /// the adoption date when `None`.
    pub timestamp: Option<i64>,
    /// Embed the declaration's source files in each PDF (PDF/A-3a).
    pub attach_source: bool,
    /// A folder of templates overriding sengen's, one file at a time.
    pub templates: Option<PathBuf>,
    /// An empty signature field over each signatory's signature box
    /// (`--signature-fields`; a declaration may ask for them too).
    pub signature_fields: bool,
}

impl BuildOptions {
    /// The options with sengen's defaults: every PDF, into `out_dir`.
    pub fn new(out_dir: impl Into<PathBuf>) -> Self {
        BuildOptions {
            out_dir: out_dir.into(),
            selection: Selection::default(),
            emit_typst: false,
            timestamp: None,
            attach_source: false,
            templates: None,
            signature_fields: false,
        }
    }

    /// Resolves what the command line gave, reporting every combination
    /// that cannot work at once.
    pub fn resolve(asked: Asked) -> Result<Self, Diagnostics> {
        let mut diagnostics = Diagnostics::default();
        let selection = Selection::new(asked.languages, &asked.layouts)
            .map_err(|d| diagnostics.push(d))
            .ok();
        let timestamp = parse_source_date_epoch(asked.source_date_epoch.as_deref())
            .map_err(|d| diagnostics.push(d))
            .ok()
            .flatten();
        if let Some(templates) = &asked.templates
            && let Err(d) = refuse_output_in(templates, &asked.out_dir)
        {
            diagnostics.push(d);
        }
        match selection {
            Some(selection) if !diagnostics.has_errors() => Ok(BuildOptions {
                out_dir: asked.out_dir,
                selection,
                emit_typst: asked.emit_typst,
                timestamp,
                attach_source: asked.attach_source,
                templates: asked.templates,
                signature_fields: asked.signature_fields,
            }),
            _ => Err(diagnostics),
        }
    }
}

/// A build's options as the command line gives them, before they are judged.
#[derive(Debug, Clone, Default)]
pub struct Asked {
    pub out_dir: PathBuf,
    /// `--lang`, repeated.
    pub languages: Vec<String>,
    /// `--layout`, repeated.
    pub layouts: Vec<LayoutChoice>,
    pub emit_typst: bool,
    pub attach_source: bool,
    /// The text of `SOURCE_DATE_EPOCH` (or `--source-date-epoch`).
    pub source_date_epoch: Option<String>,
    pub templates: Option<PathBuf>,
    pub signature_fields: bool,
}

/// `SOURCE_DATE_EPOCH`, the reproducible-builds convention for a fixed
/// date: seconds since 1970-01-01 UTC (C004 otherwise).
pub fn parse_source_date_epoch(value: Option<&str>) -> Result<Option<i64>, Diagnostic> {
    let Some(value) = value else { return Ok(None) };
    value.trim().parse().map(Some).map_err(|_| {
        Diagnostic::new(
            Code::C004,
            words!("C004-source-date-epoch-not", value = value.to_string()),
        )
        .hint(words!("C004-set-seconds-since-1970-hint"))
    })
}

/// An output folder inside the template folder would make each build's PDFs
/// files of the next one's templates (and of its fingerprint): never the
/// same bytes twice, and a `watch` that never rests (C006).
fn refuse_output_in(templates: &Path, out: &Path) -> Result<(), Diagnostic> {
    let Ok(templates_at) = templates.canonicalize() else {
        return Ok(()); // Loading the templates says what is wrong with the folder.
    };
    // The output folder may not exist yet: resolve its nearest existing ancestor.
    let mut existing = out.to_path_buf();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (existing.file_name(), existing.parent()) {
            (Some(name), Some(parent)) => {
                rest.push(name.to_owned());
                existing = parent.to_path_buf();
            }
            _ => break,
        }
    }
    let base = if existing.as_os_str().is_empty() {
        Path::new(".")
    } else {
        existing.as_path()
    };
    let Ok(mut out_at) = base.canonicalize() else {
        return Ok(());
    };
    out_at.extend(rest.iter().rev());
    if out_at.starts_with(&templates_at) {
        return Err(Diagnostic::new(
            Code::C006,
            words!(
                "C006-output-folder-inside-template",
                out = out.display().to_string(),
                templates = templates.display().to_string()
            ),
        )
        .hint(words!("C006-every-file-template-folder-hint")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_bilingual_layouts_are_refused_before_any_work() {
        let error =
            Selection::new(vec![], &[LayoutChoice::Columns, LayoutChoice::Sequential]).unwrap_err();
        assert_eq!(error.code, Code::C002);
        let selection = Selection::new(vec![], &[]).unwrap();
        assert_eq!(selection, Selection::default());
        let sequential = Selection::new(vec!["fr".into()], &[LayoutChoice::Sequential]).unwrap();
        assert!(!sequential.single && !sequential.defaulted);
        assert_eq!(sequential.bilingual, Some(Bilingual::Sequential));
    }

    #[test]
    fn every_combination_error_is_reported_at_once() {
        let templates = tempfile::tempdir().unwrap();
        let errors = BuildOptions::resolve(Asked {
            out_dir: templates.path().join("out"),
            layouts: vec![LayoutChoice::Columns, LayoutChoice::Sequential],
            source_date_epoch: Some("yesterday".into()),
            templates: Some(templates.path().to_path_buf()),
            ..Asked::default()
        })
        .unwrap_err();
        let codes: Vec<Code> = errors.0.iter().map(|d| d.code).collect();
        assert_eq!(codes, [Code::C002, Code::C004, Code::C006]);
    }

    #[test]
    fn source_date_epoch_is_seconds() {
        assert_eq!(parse_source_date_epoch(None).unwrap(), None);
        assert_eq!(
            parse_source_date_epoch(Some(" 1732147200\n")).unwrap(),
            Some(1732147200)
        );
        assert_eq!(
            parse_source_date_epoch(Some("1e9")).unwrap_err().code,
            Code::C004
        );
    }
}

/// Everything `sengen diff` was asked to do.
#[derive(Debug, Clone)]
pub struct DiffOptions {
    /// The languages compared, the PDFs and where they go; `--layout` as
    /// for a build.
    pub build: BuildOptions,
    /// Write the redline PDFs (`-o` was given); else only report.
    pub write_redlines: bool,
    /// Also compare sengen's own wording (the dateline).
    pub wording: bool,
}
