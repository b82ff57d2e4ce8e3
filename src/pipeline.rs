//! The one place that knows the order of the stages:
//! load → check → localize → render → typeset → write.
//! Each stage takes the previous one's value and hands its own forward.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;

use crate::diagnostic::{Diagnostic, Diagnostics, Failure, Sources};
use crate::fingerprint::Fingerprint;
use crate::localize::Localized;
use crate::render::{Layout, Rendered, Renderer};
use crate::typeset::DocumentWorld;
use crate::write::Output;
use crate::{check, load, localize, typeset, write};

/// Which kinds of PDF to build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LayoutChoice {
    /// One PDF per language.
    Single,
    /// The bilingual PDF, two columns, block level with block.
    Columns,
    /// The bilingual PDF, one language after the other.
    Sequential,
}

/// What `sengen build` was asked to do.
pub struct BuildRequest<'a> {
    pub dir: &'a Path,
    pub out_dir: &'a Path,
    /// Only these languages (all of the declaration's when empty).
    pub languages: &'a [String],
    /// Which PDFs (single-language and columns when empty).
    pub layouts: &'a [LayoutChoice],
    /// Also write the generated Typst source beside each PDF.
    pub emit_typst: bool,
    /// The PDFs' creation date as seconds since 1970 (`SOURCE_DATE_EPOCH`);
    /// the adoption date when `None`.
    pub timestamp: Option<i64>,
    /// Embed the declaration's source files in each PDF (PDF/A-3a).
    pub attach_source: bool,
    /// A folder of templates overriding sengen's, one file at a time.
    pub templates: Option<&'a Path>,
}

/// What a build wrote.
pub struct BuildReport {
    pub written: Vec<Written>,
    /// Findings that did not stop the build.
    pub warnings: Diagnostics,
    /// Typst's own warnings about the generated sources, printed.
    pub typst_warnings: Vec<String>,
}

pub struct Written {
    pub path: PathBuf,
    pub pages: usize,
    pub bytes: usize,
}

/// Builds the PDFs of a declaration.
pub fn build(request: &BuildRequest, sources: &mut Sources) -> Result<BuildReport, Failure> {
    Session::new()?.build(request, sources)
}

/// What lives from one build to the next: the registered templates, and one
/// Typst world per output, so that a rebuild (`sengen watch`) hands Typst an
/// edited version of the same source and Typst's caches reuse the layout of
/// whatever did not change. A session can build from several threads at once.
pub struct Session {
    renderer: Renderer,
    worlds: Mutex<HashMap<String, DocumentWorld>>,
}

impl Session {
    pub fn new() -> Result<Self, Failure> {
        Ok(Session {
            renderer: Renderer::new()?,
            worlds: Mutex::new(HashMap::new()),
        })
    }

    /// Builds the PDFs of a declaration: every output at once, on rayon's
    /// pool (the one Typst uses too), sharing the fonts and Typst's caches.
    pub fn build(
        &self,
        request: &BuildRequest,
        sources: &mut Sources,
    ) -> Result<BuildReport, Failure> {
        if let Some(templates) = request.templates {
            refuse_output_in(templates, request.out_dir)?;
        }
        let (draft, folder) = load_with_templates(request.dir, request.templates, sources)?;
        let user_renderer = match &folder {
            Some(folder) => Some(Renderer::with_templates(folder, sources)?),
            None => None,
        };
        let renderer = user_renderer.as_ref().unwrap_or(&self.renderer);
        let inputs = fingerprint_inputs(&draft, sources);
        let checked = check::check(draft)?;
        let localized = localize::localize(&checked.declaration)?;
        let attachments: Vec<(String, Vec<u8>)> = if request.attach_source {
            inputs.clone()
        } else {
            Vec::new()
        };
        let fingerprint = fingerprint_of(inputs, renderer, &localized);
        let layouts = layouts(&localized, request.languages, request.layouts)?;

        // The bilingual output takes about as long as both others together:
        // started first, it runs beside them rather than after one of them.
        let mut by_cost: Vec<usize> = (0..layouts.len()).collect();
        by_cost.sort_by_key(|&i| std::cmp::Reverse(layouts[i].languages()));
        let mut finished: Vec<(usize, Result<Finished, Failure>)> = by_cost
            .par_iter()
            .with_max_len(1)
            .map(|&i| {
                let result = guard_panics(|| {
                    let rendered =
                        renderer.render(&localized, layouts[i], &fingerprint, &attachments)?;
                    let typeset = self.typeset(&rendered, request.timestamp)?;
                    Ok((rendered, typeset))
                });
                (i, result)
            })
            .collect();
        finished.sort_by_key(|(i, _)| *i);
        let finished = finished.into_iter().map(|(_, result)| result);

        let mut outputs = Vec::new();
        let mut pages = Vec::new();
        let mut typst_warnings = Vec::new();
        for result in finished {
            let (rendered, typeset) = result?;
            typst_warnings.extend(typeset.warnings);
            if request.emit_typst {
                outputs.push(Output {
                    file_name: format!("{}.typ", rendered.name),
                    bytes: rendered.source.into_bytes(),
                });
                pages.push(0);
                outputs.push(Output {
                    file_name: format!("{}.inputs.json", rendered.name),
                    bytes: inputs_json(&rendered.inputs),
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
        Ok(BuildReport {
            written,
            warnings: checked.warnings,
            typst_warnings,
        })
    }

    /// Typesets one output in the world kept for it (made on first use).
    fn typeset(
        &self,
        rendered: &Rendered,
        timestamp: Option<i64>,
    ) -> Result<typeset::Typeset, Failure> {
        let kept = self.lock_worlds().remove(&rendered.name);
        let world = match kept {
            Some(mut world) => {
                typeset::reuse_world(&mut world, rendered);
                world
            }
            None => typeset::world_for(rendered),
        };
        let result = typeset::lay_out(&world, rendered)
            .and_then(|laid_out| typeset::export(&world, laid_out, rendered, timestamp));
        self.lock_worlds().insert(rendered.name.clone(), world);
        result
    }

    fn lock_worlds(&self) -> std::sync::MutexGuard<'_, HashMap<String, DocumentWorld>> {
        // A thread that panicked holding the lock left the map whole: keep using it.
        self.worlds
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// One output, rendered and typeset.
type Finished = (Rendered, typeset::Typeset);

/// Runs one output's work, turning a panic (a bug, in sengen or in Typst)
/// into an internal failure: the other outputs and the previous PDFs survive it.
fn guard_panics<T>(work: impl FnOnce() -> Result<T, Failure>) -> Result<T, Failure> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)).unwrap_or_else(|payload| {
        let why = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Err(Failure::Internal(format!("typesetting panicked: {why}")))
    })
}

/// The `sys.inputs` a generated source reads, as a JSON object: with `--emit
/// typst`, what to hand typst-cli (`--input key=value`) to compile it alone.
fn inputs_json(inputs: &[(String, String)]) -> Vec<u8> {
    let object: serde_json::Map<String, serde_json::Value> = inputs
        .iter()
        .map(|(key, value)| (key.clone(), serde_json::Value::from(value.as_str())))
        .collect();
    let mut json = serde_json::to_vec_pretty(&object).unwrap_or_default();
    json.push(b'\n');
    json
}

/// One declaration of a batch, once built (or refused).
pub struct BatchItem {
    pub dir: PathBuf,
    /// The files its diagnostics quote.
    pub sources: Sources,
    pub result: Result<BuildReport, Failure>,
}

/// Builds several declarations into one output folder, as many at once as
/// rayon's pool has threads (each output of each declaration is a task).
/// Every declaration is built, whatever happens to the others; two that
/// would write the same file are refused (C005). `done` is called as each
/// one finishes, in whatever order they finish; the result keeps `dirs`' order.
pub fn build_batch(
    dirs: &[PathBuf],
    request: &BuildRequest,
    done: &(dyn Fn(&BatchItem) + Sync),
) -> Result<Vec<BatchItem>, Failure> {
    let session = Session::new()?;
    let refused = duplicate_ids(dirs);
    let items: Vec<BatchItem> = dirs
        .par_iter()
        .enumerate()
        .map(|(i, dir)| {
            let mut sources = Sources::default();
            let request = BuildRequest { dir, ..*request };
            let result = match refused.get(&i) {
                Some(diagnostic) => Err(Failure::Invalid(Diagnostics::from(diagnostic.clone()))),
                None => guard_panics(|| session.build(&request, &mut sources)),
            };
            let item = BatchItem {
                dir: dir.clone(),
                sources,
                result,
            };
            done(&item);
            item
        })
        .collect();
    Ok(items)
}

/// The declarations of a batch to refuse because an earlier one has the same
/// id (C005): the PDFs are named after the id, so they would overwrite each
/// other. Reads only the ids; whatever else is wrong, the build reports.
fn duplicate_ids(dirs: &[PathBuf]) -> HashMap<usize, Diagnostic> {
    #[derive(serde::Deserialize)]
    struct IdOnly {
        id: String,
    }
    let mut first: HashMap<String, &PathBuf> = HashMap::new();
    let mut refused = HashMap::new();
    for (i, dir) in dirs.iter().enumerate() {
        let Some(id) = std::fs::read_to_string(dir.join(load::SCHEMA_FILE))
            .ok()
            .and_then(|text| toml::from_str::<IdOnly>(&text).ok())
            .map(|file| file.id)
        else {
            continue;
        };
        match first.get(&id) {
            Some(earlier) => {
                refused.insert(
                    i,
                    Diagnostic::error(
                        "C005",
                        format!(
                            "{} has the id `{id}` of {}: their PDFs would overwrite each other",
                            dir.display(),
                            earlier.display()
                        ),
                    )
                    .hint("give each declaration its own id, or build them into different output folders"),
                );
            }
            None => {
                first.insert(id, dir);
            }
        }
    }
    refused
}

/// What `sengen check` found in a declaration that has no errors.
pub struct CheckReport {
    pub declaration: check::Declaration,
    pub localized: Localized,
    pub warnings: Diagnostics,
}

/// Checks a declaration as far as a build would before typesetting: loads,
/// checks and resolves every message in every language.
pub fn check(dir: &Path, sources: &mut Sources) -> Result<CheckReport, Failure> {
    let draft = load::load(dir, sources)?;
    let checked = check::check(draft)?;
    let localized = localize::localize(&checked.declaration)?;
    Ok(CheckReport {
        declaration: checked.declaration,
        localized,
        warnings: checked.warnings,
    })
}

/// The fingerprint of a declaration: what `sengen fingerprint` prints and every page shows.
pub fn fingerprint(
    dir: &Path,
    templates: Option<&Path>,
    sources: &mut Sources,
) -> Result<Fingerprint, Failure> {
    let (draft, folder) = load_with_templates(dir, templates, sources)?;
    let renderer = match &folder {
        Some(folder) => Renderer::with_templates(folder, sources)?,
        None => Renderer::new()?,
    };
    let inputs = fingerprint_inputs(&draft, sources);
    let checked = check::check(draft)?;
    let localized = localize::localize(&checked.declaration)?;
    Ok(fingerprint_of(inputs, &renderer, &localized))
}

/// An output folder inside the template folder would make each build's PDFs
/// files of the next one's templates (and of its fingerprint): never the
/// same bytes twice, and a `watch` that never rests (C006).
fn refuse_output_in(templates: &Path, out: &Path) -> Result<(), Failure> {
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
        return Err(Failure::Invalid(Diagnostics::from(
            Diagnostic::error(
                "C006",
                format!(
                    "the output folder {} is inside the template folder {}",
                    out.display(),
                    templates.display()
                ),
            )
            .hint("every file of the template folder becomes part of the document: write the PDFs elsewhere"),
        )));
    }
    Ok(())
}

/// Loads a declaration and, when one is given, a template folder, reporting
/// the problems of both at once.
fn load_with_templates(
    dir: &Path,
    templates: Option<&Path>,
    sources: &mut Sources,
) -> Result<(load::Draft, Option<load::TemplateFolder>), Failure> {
    let draft = load::load(dir, sources);
    let folder = templates
        .map(|t| load::load_templates(t, sources))
        .transpose();
    match (draft, folder) {
        (Ok(draft), Ok(folder)) => Ok((draft, folder)),
        (Err(mut diagnostics), Err(more)) => {
            diagnostics.extend(more);
            Err(Failure::Invalid(diagnostics))
        }
        (Err(diagnostics), _) | (_, Err(diagnostics)) => Err(Failure::Invalid(diagnostics)),
    }
}

/// The declaration's own files, as read: the schema file and every text file.
fn fingerprint_inputs(draft: &load::Draft, sources: &Sources) -> Vec<(String, Vec<u8>)> {
    let mut inputs = vec![(
        load::SCHEMA_FILE.to_owned(),
        sources.text(draft.schema_file).as_bytes().to_vec(),
    )];
    for text in &draft.texts {
        inputs.push((
            format!("{}.ftl", text.lang),
            sources.text(text.file).as_bytes().to_vec(),
        ));
    }
    inputs
}

/// Adds what typesets the declaration: the templates (and their folder's
/// files), and the fixed wording of its languages.
fn fingerprint_of(
    mut inputs: Vec<(String, Vec<u8>)>,
    renderer: &Renderer,
    localized: &Localized,
) -> Fingerprint {
    inputs.extend(renderer.files());
    for edition in &localized.editions {
        for (path, text) in localize::wording::files(&edition.lang).unwrap_or_default() {
            inputs.push((format!("locales/{path}"), text.as_bytes().to_vec()));
        }
    }
    let borrowed: Vec<(String, &[u8])> = inputs
        .iter()
        .map(|(n, b)| (n.clone(), b.as_slice()))
        .collect();
    Fingerprint::of(&borrowed)
}

/// The outputs to build: the requested languages alone, and the bilingual
/// edition when both its languages are requested.
pub fn layouts(
    localized: &Localized,
    wanted: &[String],
    choices: &[LayoutChoice],
) -> Result<Vec<Layout>, Failure> {
    let have: Vec<String> = localized
        .editions
        .iter()
        .map(|e| e.lang.to_string())
        .collect();
    let mut diagnostics = Diagnostics::default();
    for lang in wanted.iter().filter(|w| !have.contains(w)) {
        diagnostics.push(
            Diagnostic::error(
                "C001",
                format!("--lang {lang}: the declaration has no such language"),
            )
            .hint(format!("its languages are: {}", have.join(", "))),
        );
    }
    let defaulted = choices.is_empty();
    let choices = if defaulted {
        &[LayoutChoice::Single, LayoutChoice::Columns][..]
    } else {
        choices
    };
    let bilingual_choices: Vec<_> = choices
        .iter()
        .filter(|c| **c != LayoutChoice::Single)
        .collect();
    if bilingual_choices.len() > 1 {
        diagnostics.push(
            Diagnostic::error(
                "C002",
                "--layout columns and --layout sequential both write the bilingual PDF",
            )
            .hint("choose one bilingual layout per build"),
        );
    }
    if localized.bilingual.is_none() && !bilingual_choices.is_empty() && !defaulted {
        diagnostics.push(
            Diagnostic::error(
                "C003",
                "a bilingual layout needs a declaration in two languages",
            )
            .hint(format!("this declaration is only in {}", have.join(", "))),
        );
    }
    if diagnostics.has_errors() {
        return Err(Failure::Invalid(diagnostics));
    }

    let selected = |i: usize| wanted.is_empty() || wanted.contains(&have[i]);
    let mut layouts = Vec::new();
    if choices.contains(&LayoutChoice::Single) {
        layouts.extend((0..have.len()).filter(|i| selected(*i)).map(Layout::Single));
    }
    if let Some((left, right)) = localized
        .bilingual
        .filter(|(l, r)| selected(*l) && selected(*r))
    {
        for choice in bilingual_choices {
            layouts.push(match choice {
                LayoutChoice::Columns => Layout::Columns(left, right),
                _ => Layout::Sequential(left, right),
            });
        }
    }
    Ok(layouts)
}
