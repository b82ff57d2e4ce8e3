//! The one place that knows the order of the stages:
//! load → check → localize → render → typeset → write.
//!
//! `prepare` runs the first three, and every command starts from it: `check`,
//! `translations` and `fingerprint` stop there, a build goes on to render,
//! typeset and write. A `Builder` keeps what outlives one build (sengen's
//! templates, registered once, and the typesetter with Typst's worlds), so
//! that a watch or a batch reuses them.

use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::check;
use crate::diagnostic::{Code, Diagnostic, Diagnostics, Failure, Internal, Sources};
use crate::diff::{self, Comparison};
use crate::fingerprint::Fingerprint;
use crate::language;
use crate::load::{self, Draft, TemplateFolder};
use crate::localize::{self, Localized};
use crate::options::{Bilingual, BuildOptions, DiffOptions, Selection};
use crate::render::{Layout, Rendered, Renderer};
use crate::typeset::{Preview, Typeset, Typesetter};
use crate::words;
use crate::write::{self, Output, Written};

pub use crate::localize::Prepared;

/// Loads, checks and localizes the declaration in `dir`.
pub fn prepare(dir: &Path, sources: &mut Sources) -> Result<Prepared, Failure> {
    let draft = load::load(dir, sources)?;
    prepare_draft(draft, sources)
}

/// Loads, checks and localizes the declaration in `dir` as it would be
/// with `overlay`'s unsaved texts (`sengen serve` checks what is typed).
pub fn prepare_with(
    dir: &Path,
    overlay: &load::Overlay,
    sources: &mut Sources,
) -> Result<Prepared, Failure> {
    let draft = load::load_with(dir, overlay, sources)?;
    prepare_draft(draft, sources)
}

/// Loads and checks the declaration in `dir` for translation work: a
/// message a translation does not have yet is what `translations` lists and
/// `xliff export` sends out, not an error. Not localized: a translation
/// with messages missing cannot be, and these commands need only the text.
pub fn prepare_translation_work(
    dir: &Path,
    sources: &mut Sources,
) -> Result<check::Checked, Failure> {
    prepare_translation_work_with(dir, &load::Overlay::default(), sources)
}

/// As `prepare_translation_work`, with `overlay`'s texts standing in for
/// the files (a translation being brought in is checked before it is written).
pub fn prepare_translation_work_with(
    dir: &Path,
    overlay: &load::Overlay,
    sources: &mut Sources,
) -> Result<check::Checked, Failure> {
    let draft = load::load_with(dir, overlay, sources)?;
    Ok(check::check_as(draft, check::Translations::MayLack)?)
}

/// Checks and localizes a loaded declaration.
fn prepare_draft(draft: Draft, sources: &Sources) -> Result<Prepared, Failure> {
    let files = declaration_files(&draft, sources);
    let checked = check::check(draft)?;
    let localized = localize::localize(&checked.declaration)?;
    Ok(Prepared {
        declaration: checked.declaration,
        localized,
        warnings: checked.warnings,
        files,
    })
}

/// The fingerprint of a declaration built with `templates`: what `sengen
/// fingerprint` prints and every page shows.
pub fn fingerprint(
    dir: &Path,
    templates: Option<&Path>,
    sources: &mut Sources,
) -> Result<Fingerprint, Failure> {
    let draft = load::load(dir, sources);
    let (draft, folder) = with_templates(draft, templates, sources)?;
    let renderer = renderer_for(folder.as_ref(), sources)?;
    let prepared = prepare_draft(draft, sources)?;
    Ok(fingerprint_of(&prepared, &renderer))
}

/// What a build wrote, and what it found on the way.
pub struct BuildReport {
    pub written: Vec<Written>,
    /// Findings of the checks that did not stop the build.
    pub warnings: Diagnostics,
    /// Typst's warnings about the generated sources (R003), which `sources`
    /// then holds.
    pub typst_warnings: Diagnostics,
}

/// Builds declarations, keeping sengen's templates and Typst's worlds from
/// one build to the next. A builder can build from several threads at once.
pub struct Builder {
    renderer: Renderer,
    typesetter: Typesetter,
}

impl Builder {
    pub fn new() -> Result<Self, Failure> {
        Ok(Builder {
            renderer: Renderer::new()?,
            typesetter: Typesetter::new(),
        })
    }

    /// Builds the PDFs of the declaration in `dir`.
    pub fn build(
        &self,
        dir: &Path,
        options: &BuildOptions,
        sources: &mut Sources,
    ) -> Result<BuildReport, Failure> {
        let draft = load::load(dir, sources);
        self.build_loaded(draft, options, sources)
    }

    /// Builds the PDFs of the declaration in `dir` with `overlay`'s texts
    /// standing in for its files (the page's build while a translation is
    /// under way: the source's text standing in for its missing messages,
    /// the complete languages built).
    pub fn build_with(
        &self,
        dir: &Path,
        overlay: &load::Overlay,
        options: &BuildOptions,
        sources: &mut Sources,
    ) -> Result<BuildReport, Failure> {
        let draft = load::load_with(dir, overlay, sources);
        self.build_loaded(draft, options, sources)
    }

    /// The pages of one output of a prepared declaration, as a browser
    /// shows them (`sengen serve`): rendered and laid out as a build would,
    /// in the world a build keeps for that output, so that an edit relays
    /// out only what it changed.
    /// The pages the browser has (`have`, by their hashes) are not made
    /// again; the preview's footer shows dots for the fingerprint, so that
    /// an edit changes only the pages its text is on.
    pub fn preview(
        &self,
        prepared: &Prepared,
        layout: Layout,
        have: &std::collections::HashSet<String>,
    ) -> Result<Preview, Failure> {
        let rendered = self.renderer.render(
            &prepared.localized,
            layout,
            &Fingerprint::placeholder(),
            &[],
        )?;
        self.typesetter.preview(&rendered, have)
    }

    /// Forgets what Typst's caches have not used for `generations` builds.
    pub fn forget_unused(&self, generations: usize) {
        self.typesetter.forget_unused(generations);
    }

    /// Builds a loaded declaration: every output at once, on rayon's pool
    /// (the one Typst uses too), sharing the fonts and Typst's caches.
    fn build_loaded(
        &self,
        draft: Result<Draft, Diagnostics>,
        options: &BuildOptions,
        sources: &mut Sources,
    ) -> Result<BuildReport, Failure> {
        let (draft, folder) = with_templates(draft, options.templates.as_deref(), sources)?;
        let user_renderer = folder
            .as_ref()
            .map(|folder| Renderer::with_templates(folder, sources))
            .transpose()?;
        let renderer = user_renderer.as_ref().unwrap_or(&self.renderer);
        let prepared = prepare_draft(draft, sources)?;
        let fingerprint = fingerprint_of(&prepared, renderer);
        let attachments: &[(String, Vec<u8>)] = if options.attach_source {
            &prepared.files
        } else {
            &[]
        };
        let (written, typst_warnings) = self.publish(
            renderer,
            &prepared.localized,
            &fingerprint,
            attachments,
            options,
            sources,
        )?;
        Ok(BuildReport {
            written,
            warnings: prepared.warnings,
            typst_warnings,
        })
    }

    /// The PDFs a build of `dir` would write, in memory, with the
    /// declaration's fingerprint: what `sengen verify` compares a signed
    /// file's first revision with. Nothing is written.
    pub fn in_memory(
        &self,
        dir: &Path,
        options: &BuildOptions,
        sources: &mut Sources,
    ) -> Result<(Vec<NamedPdf>, Fingerprint), Failure> {
        let (draft, _) = with_templates(load::load(dir, sources), None, sources)?;
        let prepared = prepare_draft(draft, sources)?;
        let fingerprint = fingerprint_of(&prepared, &self.renderer);
        let attachments: &[(String, Vec<u8>)] = if options.attach_source {
            &prepared.files
        } else {
            &[]
        };
        let made = self.make(
            &self.renderer,
            &prepared.localized,
            &fingerprint,
            attachments,
            options,
        )?;
        let pdfs = made
            .into_iter()
            .map(|(_, typeset)| (format!("{}.pdf", typeset.name), typeset.pdf))
            .collect();
        Ok((pdfs, fingerprint))
    }

    /// Renders and typesets the outputs of localized text (with their
    /// signature fields, when asked): every output at once, on rayon's
    /// pool (the one Typst uses too), sharing the fonts and Typst's caches.
    fn make(
        &self,
        renderer: &Renderer,
        localized: &Localized,
        fingerprint: &Fingerprint,
        attachments: &[(String, Vec<u8>)],
        options: &BuildOptions,
    ) -> Result<Vec<Finished>, Failure> {
        let layouts = outputs(localized, &options.selection)?;
        let signature_fields = options.signature_fields || localized.signature_fields;

        // The bilingual output takes about as long as both others together:
        // started first, it runs beside them rather than after one of them.
        let mut by_cost: Vec<usize> = (0..layouts.len()).collect();
        by_cost.sort_by_key(|&i| std::cmp::Reverse(layouts[i].languages()));
        let mut finished: Vec<(usize, Result<Finished, Failure>)> = by_cost
            .par_iter()
            .with_max_len(1)
            .map(|&i| {
                let result = guard_panics(|| -> Result<Finished, Failure> {
                    let rendered =
                        renderer.render(localized, layouts[i], fingerprint, attachments)?;
                    let mut typeset = self.typesetter.typeset(&rendered, options.timestamp)?;
                    if signature_fields {
                        typeset = crate::typeset::with_signature_fields(typeset, &rendered)?;
                    }
                    Ok((rendered, typeset))
                });
                (i, result)
            })
            .collect();
        finished.sort_by_key(|(i, _)| *i);
        finished.into_iter().map(|(_, result)| result).collect()
    }

    /// Renders, typesets and writes the outputs of localized text. Typst's
    /// warnings are R003 diagnostics on the generated sources, which
    /// `sources` then holds.
    fn publish(
        &self,
        renderer: &Renderer,
        localized: &Localized,
        fingerprint: &Fingerprint,
        attachments: &[(String, Vec<u8>)],
        options: &BuildOptions,
        sources: &mut Sources,
    ) -> Result<(Vec<Written>, Diagnostics), Failure> {
        let finished = self.make(renderer, localized, fingerprint, attachments, options)?;
        let mut outputs = Vec::new();
        let mut typst_warnings = Diagnostics::default();
        for (rendered, typeset) in finished {
            if !typeset.warnings.is_empty() {
                let file = sources.add(
                    format!("<generated>/{}.typ", rendered.name),
                    rendered.source.clone(),
                );
                typst_warnings.extend(typeset.warnings_in(file));
            }
            if options.emit_typst {
                outputs.push(Output::typst_source(
                    &rendered.name,
                    rendered.source.clone(),
                ));
                outputs.push(Output::typst_inputs(&rendered.name, &rendered.inputs));
            }
            outputs.push(Output::pdf(&typeset.name, typeset.pdf, typeset.pages));
        }
        // A build killed while it replaced its outputs left word of it: say
        // which files may be a mix of two builds, and which this one does
        // not write again.
        let rewritten: Vec<&str> = outputs.iter().map(|o| o.file_name.as_str()).collect();
        if let Some(names) = write::interrupted(&options.out_dir, &rewritten) {
            let left: Vec<&str> = names
                .iter()
                .map(String::as_str)
                .filter(|n| !rewritten.contains(n))
                .collect();
            typst_warnings.push(
                Diagnostic::new(
                    Code::C015,
                    words!(
                        "C015-interrupted",
                        dir = load::display_name(&options.out_dir),
                        files = names.join(", ")
                    ),
                )
                .hint(words!(
                    "C015-interrupted-hint",
                    left = left.len(),
                    files = left.join(", ")
                )),
            );
        }
        Ok((write::write(outputs, &options.out_dir)?, typst_warnings))
    }
}

/// A draft `diff` compares: a folder, or its files as they were at a
/// revision, named to the user as `HEAD~1:fixtures/shizuoka-2024`.
pub struct DraftAt {
    pub dir: PathBuf,
    pub shown_as: Option<String>,
    /// Its files in memory, standing for the whole folder (a revision).
    pub files: Option<load::Overlay>,
}

impl DraftAt {
    pub fn folder(dir: impl Into<PathBuf>) -> Self {
        DraftAt {
            dir: dir.into(),
            shown_as: None,
            files: None,
        }
    }

    /// A folder as it was at a git revision, read into memory.
    pub fn revision(revision: load::git::Revision) -> Self {
        DraftAt {
            dir: revision.path(),
            shown_as: Some(revision.shown_as),
            files: Some(revision.files),
        }
    }

    fn load(&self, sources: &mut Sources) -> Result<Draft, Diagnostics> {
        match &self.files {
            Some(files) => load::load_with(&self.dir, files, sources),
            None => load::load(&self.dir, sources),
        }
    }

    /// The name the user knows the draft by.
    pub fn name(&self) -> String {
        self.shown_as
            .clone()
            .unwrap_or_else(|| load::display_name(&self.dir))
    }
}

/// What `diff` found, and the redlines it wrote.
pub struct DiffReport {
    pub comparison: Comparison,
    pub old_name: String,
    pub new_name: String,
    pub fingerprints: (Fingerprint, Fingerprint),
    pub written: Vec<Written>,
    /// Typst's warnings about the redlines' generated sources (R003).
    pub typst_warnings: Diagnostics,
}

impl Builder {
    /// Compares two drafts: both prepared as a build would (the problems of
    /// both reported at once), compared, and, when asked, the redline of
    /// the new one against the old written through the same stages as any
    /// build.
    pub fn diff(
        &self,
        old: &DraftAt,
        new: &DraftAt,
        options: &DiffOptions,
        sources: &mut Sources,
    ) -> Result<DiffReport, Failure> {
        let old_draft = old.load(sources);
        let new_draft = new.load(sources);
        // Each draft as far as it goes, so that the problems of both show at once.
        let (old_prepared, new_prepared) = both(
            old_draft
                .map_err(Failure::Invalid)
                .and_then(|draft| prepare_draft(draft, sources)),
            new_draft
                .map_err(Failure::Invalid)
                .and_then(|draft| prepare_draft(draft, sources)),
        )?;
        // `--lang` and `--layout` are judged as a build judges them, PDFs or not.
        outputs(&new_prepared.localized, &options.build.selection)?;
        let fingerprints = (
            fingerprint_of(&old_prepared, &self.renderer),
            fingerprint_of(&new_prepared, &self.renderer),
        );
        let (old_name, new_name) = (old.name(), new.name());
        let old_side = diff::Draft {
            prepared: &old_prepared,
            sources,
            name: old_name.clone(),
        };
        let new_side = diff::Draft {
            prepared: &new_prepared,
            sources,
            name: new_name.clone(),
        };
        let comparison = diff::compare(
            &old_side,
            &new_side,
            &options.build.selection.languages,
            options.wording,
        );
        let redline = options
            .write_redlines
            .then(|| {
                diff::redline::redline(
                    &old_side,
                    &new_side,
                    &comparison,
                    (&fingerprints.0, &fingerprints.1),
                )
            })
            .transpose()?;
        let (written, typst_warnings) = match redline {
            Some(localized) => {
                // The redline's footer names what it was made of: both drafts.
                let made_of = Fingerprint::of(&[
                    ("old".to_owned(), fingerprints.0.full().as_bytes()),
                    ("new".to_owned(), fingerprints.1.full().as_bytes()),
                ]);
                self.publish(
                    &self.renderer,
                    &localized,
                    &made_of,
                    &[],
                    &options.build,
                    sources,
                )?
            }
            None => (Vec::new(), Diagnostics::default()),
        };
        Ok(DiffReport {
            comparison,
            old_name,
            new_name,
            fingerprints,
            written,
            typst_warnings,
        })
    }
}

/// Both results, or every problem of both.
fn both<A, B>(a: Result<A, Failure>, b: Result<B, Failure>) -> Result<(A, B), Failure> {
    match (a, b) {
        (Ok(a), Ok(b)) => Ok((a, b)),
        (Err(Failure::Invalid(mut first)), Err(Failure::Invalid(second))) => {
            first.extend(second);
            Err(Failure::Invalid(first))
        }
        (Err(internal @ Failure::Internal(_)), _) | (_, Err(internal @ Failure::Internal(_))) => {
            Err(internal)
        }
        (Err(failure), _) | (_, Err(failure)) => Err(failure),
    }
}

/// A PDF's file name and its bytes.
pub type NamedPdf = (String, Vec<u8>);

/// One output, rendered and typeset.
type Finished = (Rendered, Typeset);

/// Runs one output's work, turning a panic (a bug, in sengen or in Typst)
/// into an internal failure: the other outputs and the previous PDFs survive it.
fn guard_panics<T>(work: impl FnOnce() -> Result<T, Failure>) -> Result<T, Failure> {
    std::panic::catch_unwind(AssertUnwindSafe(work)).unwrap_or_else(|payload| {
        let why = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Err(Failure::Internal(Internal::Panic(why)))
    })
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
/// Every declaration is loaded first; two that would write the same files
/// are refused (C005, the later one); then every other is built, whatever
/// happens to the others. `done` is called as each one finishes, in
/// whatever order they finish; the result keeps `dirs`' order.
pub fn build_batch(
    dirs: &[PathBuf],
    options: &BuildOptions,
    done: &(dyn Fn(&BatchItem) + Sync),
) -> Result<Vec<BatchItem>, Failure> {
    let builder = Builder::new()?;
    let loaded: Vec<(Sources, Result<Draft, Diagnostics>)> = dirs
        .par_iter()
        .map(|dir| {
            let mut sources = Sources::default();
            let draft = load::load(dir, &mut sources);
            (sources, draft)
        })
        .collect();
    let refused = duplicate_ids(dirs, &loaded);
    let items = dirs
        .par_iter()
        .zip(loaded)
        .zip(refused)
        .map(|((dir, (mut sources, draft)), refusal)| {
            let result = match refusal {
                Some(diagnostic) => Err(Failure::Invalid(Diagnostics::from(diagnostic))),
                None => guard_panics(|| builder.build_loaded(draft, options, &mut sources)),
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

/// Per declaration of a batch, the refusal of one whose id an earlier one
/// has (C005): the PDFs are named after the id, so they would overwrite
/// each other. A declaration that did not load has no id to clash.
fn duplicate_ids(
    dirs: &[PathBuf],
    loaded: &[(Sources, Result<Draft, Diagnostics>)],
) -> Vec<Option<Diagnostic>> {
    let mut first: Vec<(&str, &PathBuf)> = Vec::new();
    dirs.iter()
        .zip(loaded)
        .map(|(dir, (_, draft))| {
            let id = draft.as_ref().ok()?.schema.id.get_ref().as_str();
            match first.iter().find(|(seen, _)| *seen == id) {
                Some((_, earlier)) => Some(
                    Diagnostic::new(
                        Code::C005,
                        words!(
                            "C005-has-id-their-pdfs",
                            dir = dir.display().to_string(),
                            id = id.to_string(),
                            earlier = earlier.display().to_string()
                        ),
                    )
                    .hint(words!("C005-give-each-declaration-own-hint")),
                ),
                None => {
                    first.push((id, dir));
                    None
                }
            }
        })
        .collect()
}

/// A loaded declaration and, when one is given, its template folder,
/// reporting the problems of both at once.
fn with_templates(
    draft: Result<Draft, Diagnostics>,
    templates: Option<&Path>,
    sources: &mut Sources,
) -> Result<(Draft, Option<TemplateFolder>), Failure> {
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

/// sengen's templates, overridden by a folder's when one is given.
fn renderer_for(folder: Option<&TemplateFolder>, sources: &Sources) -> Result<Renderer, Failure> {
    match folder {
        Some(folder) => Renderer::with_templates(folder, sources),
        None => Renderer::new(),
    }
}

/// The declaration's own files, as read: the schema file and every text file.
fn declaration_files(draft: &Draft, sources: &Sources) -> Vec<(String, Vec<u8>)> {
    let mut files = vec![(
        load::SCHEMA_FILE.to_owned(),
        sources.text(draft.schema_file).as_bytes().to_vec(),
    )];
    for text in &draft.texts {
        files.push((
            format!("{}.ftl", text.lang),
            sources.text(text.file).as_bytes().to_vec(),
        ));
    }
    files
}

/// The fingerprint of what typesets a declaration: its files, the templates
/// (and their folder's files), and the locale folders of its languages.
fn fingerprint_of(prepared: &Prepared, renderer: &Renderer) -> Fingerprint {
    let mut inputs: Vec<(String, Vec<u8>)> = prepared.files.clone();
    inputs.extend(renderer.files());
    for edition in &prepared.localized.editions {
        for (path, bytes) in language::locale_files(&edition.lang) {
            inputs.push((path, bytes.to_vec()));
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
pub fn outputs(localized: &Localized, selection: &Selection) -> Result<Vec<Layout>, Failure> {
    let have: Vec<String> = localized
        .editions
        .iter()
        .map(|e| e.lang.to_string())
        .collect();
    let mut diagnostics = Diagnostics::default();
    for lang in selection.languages.iter().filter(|w| !have.contains(w)) {
        diagnostics.push(
            Diagnostic::new(
                Code::C001,
                words!("C001-lang-declaration-has-no", lang = lang.to_string()),
            )
            .hint(words!(
                "C001-languages-are-hint",
                have = have.join(", ").to_string()
            )),
        );
    }
    if localized.bilingual.is_none() && selection.bilingual.is_some() && !selection.defaulted {
        diagnostics.push(
            Diagnostic::new(
                Code::C003,
                words!("C003-bilingual-layout-needs-declaration"),
            )
            .hint(words!(
                "C003-declaration-only-hint",
                have = have.join(", ").to_string()
            )),
        );
    }
    if diagnostics.has_errors() {
        return Err(Failure::Invalid(diagnostics));
    }

    let wanted = &selection.languages;
    let selected = |i: usize| wanted.is_empty() || wanted.contains(&have[i]);
    let mut layouts = Vec::new();
    if selection.single {
        layouts.extend((0..have.len()).filter(|i| selected(*i)).map(Layout::Single));
    }
    if let (Some(bilingual), Some((left, right))) = (selection.bilingual, localized.bilingual)
        && selected(left)
        && selected(right)
    {
        layouts.push(match bilingual {
            Bilingual::Columns => Layout::Columns(left, right),
            Bilingual::Sequential => Layout::Sequential(left, right),
        });
    }
    Ok(layouts)
}
