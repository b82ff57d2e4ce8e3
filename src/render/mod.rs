//! Stage 4, render: lay out each `Edition` as Typst source with the
//! handlebars templates of `templates/`.
//!
//! Templates see a typed context in which every piece of user text is
//! `Markup`, made by the one conversion function in `markup`; strict mode
//! turns a misspelt variable into an error instead of silence, and HTML
//! escaping is off because the text is already safe Typst.

mod context;
pub mod markup;

use handlebars::Handlebars;
use include_dir::{Dir, include_dir};
use serde::Serialize;

use crate::check::Date;
use crate::diagnostic::{
    Code, Diagnostic, Diagnostics, Failure, FileId, Internal, Sources, Span, offset_in,
};
use crate::fingerprint::Fingerprint;
use crate::load::TemplateFolder;
use crate::localize::Localized;
use crate::words;
use context::{
    ColumnsContext, DocumentContext, EditionContext, SequentialContext, SignaturesContext,
    SingleContext,
};
pub use markup::{Markup, markup};

static TEMPLATES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/templates");

/// The compiled-in templates, by path: part of what a fingerprint covers.
pub fn templates() -> Vec<(String, &'static [u8])> {
    TEMPLATES
        .files()
        .map(|f| (format!("templates/{}", f.path().display()), f.contents()))
        .collect()
}

/// One output to render: a language alone, or two languages together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// One language (an index into the localized editions).
    Single(usize),
    /// Two languages side by side, block level with block (left, right).
    Columns(usize, usize),
    /// Two languages one after the other, in full.
    Sequential(usize, usize),
}

impl Layout {
    /// How many languages the output sets in full: a rough measure of its cost.
    pub fn languages(self) -> usize {
        match self {
            Layout::Single(_) => 1,
            Layout::Columns(..) | Layout::Sequential(..) => 2,
        }
    }
}

/// One edition, as Typst source ready to typeset.
pub struct Rendered {
    /// The output's base name: `shizuoka-2024.fr`.
    pub name: String,
    /// Typst source (markup and code) of the whole document.
    pub source: String,
    /// The date the PDF states as its creation date.
    pub date: Date,
    /// What the PDF says of itself, as plain text.
    pub metadata: Metadata,
    /// Text the document reads as data (`sys.inputs`): descriptions for
    /// screen readers, which Typst takes as strings, not markup.
    pub inputs: Vec<(String, String)>,
    /// Each signatory's signature field, in the order of the signatures.
    pub signature_fields: Vec<SignatureField>,
    /// Files embedded in the PDF (the declaration's sources, on request).
    pub attachments: Vec<(String, Vec<u8>)>,
    /// The files of the user's template folder the document may read, by
    /// their path in it; and that folder, when its templates made the source.
    pub assets: Vec<(String, Vec<u8>)>,
    pub user_templates: Option<std::path::PathBuf>,
}

/// A signatory's signature field, as `--signature-fields` adds it over the
/// signature box its name labels (`<sengen-sig-NAME>` … `<sengen-sig-end-NAME>`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureField {
    /// `sig-shizuoka`: letters, digits and hyphens.
    pub name: String,
    /// What the field says it is (`/TU`), in the edition's languages.
    pub tooltip: String,
    /// The alternative text of the signature block's figure, by which the
    /// field finds its place in the PDF's structure.
    pub alt: String,
}

/// The PDF's metadata: data, handed to the PDF writer, never markup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Metadata {
    pub title: String,
    pub author: Vec<String>,
    pub subject: Option<String>,
    pub keywords: Vec<String>,
}

impl Metadata {
    /// The metadata of editions shown together (one, or a bilingual pair).
    fn of(editions: &[&crate::localize::Edition]) -> Self {
        let join = |texts: Vec<String>| texts.join(" – ");
        let doc = |e: &&crate::localize::Edition| e.document.clone();
        let title = join(editions.iter().map(|e| doc(e).title.plain()).collect());
        let subject: Vec<String> = editions
            .iter()
            .filter_map(|e| doc(e).meeting.map(|m| m.plain()))
            .collect();
        let mut keywords: Vec<String> = editions
            .iter()
            .flat_map(|e| e.keywords.iter().cloned())
            .collect();
        keywords.dedup();
        Metadata {
            title,
            author: editions
                .iter()
                .filter_map(|e| doc(e).author.map(|a| a.plain()))
                .collect(),
            subject: if subject.is_empty() {
                None
            } else {
                Some(join(subject))
            },
            keywords,
        }
    }
}

/// Handlebars with sengen's templates registered, and a user's overrides.
pub struct Renderer {
    registry: Handlebars<'static>,
    /// The user's template folder, when one overrides templates.
    folder: Option<UserTemplates>,
}

/// What the renderer keeps of a user's template folder: enough to point an
/// error at a line of a template, and the files the document may read.
struct UserTemplates {
    dir: std::path::PathBuf,
    /// Overriding templates: name, file (in `Sources`) and text.
    templates: Vec<(String, FileId, String)>,
    assets: Vec<(String, Vec<u8>)>,
}

impl Renderer {
    /// Registers the compiled-in templates: `<name>.typ.hbs` becomes `<name>`,
    /// usable as a partial by the others.
    pub fn new() -> Result<Self, Failure> {
        let mut registry = Handlebars::new();
        registry.set_strict_mode(true);
        registry.register_escape_fn(handlebars::no_escape);
        for file in TEMPLATES.files() {
            let path = file.path().to_string_lossy();
            let Some(name) = path.strip_suffix(".typ.hbs") else {
                continue;
            };
            let broken = |detail: String| Internal::Template {
                template: path.to_string(),
                detail,
            };
            let text = file
                .contents_utf8()
                .ok_or_else(|| broken("not UTF-8".to_owned()))?;
            registry
                .register_template_string(name, text)
                .map_err(|e| broken(e.to_string()))?;
        }
        Ok(Renderer {
            registry,
            folder: None,
        })
    }

    /// The compiled-in templates, overridden one file at a time by the
    /// folder's; a template that does not parse is the user's error (S032).
    pub fn with_templates(folder: &TemplateFolder, sources: &Sources) -> Result<Self, Failure> {
        let mut renderer = Renderer::new()?;
        let mut diagnostics = Diagnostics::default();
        let mut templates = Vec::new();
        for template in &folder.templates {
            let text = sources.text(template.file).to_owned();
            if let Err(error) = renderer
                .registry
                .register_template_string(&template.name, &text)
            {
                let mut d = Diagnostic::new(
                    Code::R032,
                    words!(
                        "R032-template-not-valid-handlebars",
                        name = template.name.to_string()
                    ),
                )
                .hint(words!("raw-text", text = error.reason().to_string()));
                if let Some((line, column)) = error.pos() {
                    let at = offset_in(&text, line, column);
                    d = d.at(Span::new(template.file, at..at), words!("label-here"));
                }
                diagnostics.push(d);
            }
            templates.push((template.name.clone(), template.file, text));
        }
        if diagnostics.has_errors() {
            return Err(Failure::Invalid(diagnostics));
        }
        renderer.folder = Some(UserTemplates {
            dir: folder.dir.clone(),
            templates,
            assets: folder.assets.clone(),
        });
        Ok(renderer)
    }

    /// The templates this renderer uses, by path, and the template folder's
    /// other files: part of what a fingerprint covers.
    pub fn files(&self) -> Vec<(String, Vec<u8>)> {
        let mut files: Vec<(String, Vec<u8>)> = templates()
            .into_iter()
            .map(|(path, bytes)| (path, bytes.to_vec()))
            .collect();
        if let Some(folder) = &self.folder {
            for (name, _, text) in &folder.templates {
                let path = format!("templates/{name}.typ.hbs");
                files.retain(|(p, _)| *p != path);
                files.push((path, text.as_bytes().to_vec()));
            }
            for (path, bytes) in &folder.assets {
                files.push((format!("templates/{path}"), bytes.clone()));
            }
        }
        files
    }

    /// Renders one output of a localized declaration; every page shows `fingerprint`.
    /// `attachments` are embedded in the PDF, named as given.
    pub fn render(
        &self,
        localized: &Localized,
        layout: Layout,
        fingerprint: &Fingerprint,
        attachments: &[(String, Vec<u8>)],
    ) -> Result<Rendered, Failure> {
        let mut document = DocumentContext::new(localized, fingerprint);
        document.attachments = attachments.iter().map(|(name, _)| name.clone()).collect();
        let edition = |i: usize| {
            localized
                .editions
                .get(i)
                .map(EditionContext::new)
                .ok_or_else(|| Internal::Broken(format!("no edition {i} to render")))
        };
        let tag = |i: usize| {
            localized
                .editions
                .get(i)
                .map(|e| e.lang.to_string())
                .unwrap_or_default()
        };
        let indices = match layout {
            Layout::Single(i) => vec![i],
            Layout::Columns(l, r) | Layout::Sequential(l, r) => vec![l, r],
        };
        let editions: Vec<&crate::localize::Edition> = indices
            .iter()
            .filter_map(|i| localized.editions.get(*i))
            .collect();
        let metadata = Metadata::of(&editions);
        let mut inputs = Vec::new();
        let mut signature_fields = Vec::new();
        let signatures = SignaturesContext::new(
            &editions,
            localized.signature_layout,
            &mut inputs,
            &mut signature_fields,
        );
        document.inline_signatures = signatures.as_ref().is_some_and(|s| s.inline);
        let (suffix, source) = match layout {
            Layout::Single(i) => {
                let context = SingleContext {
                    document,
                    edition: edition(i)?,
                    signatures,
                };
                (tag(i), self.fill("single", &context)?)
            }
            Layout::Columns(l, r) => {
                let context = ColumnsContext::new(document, edition(l)?, edition(r)?, signatures);
                (
                    format!("{}-{}", tag(l), tag(r)),
                    self.fill("columns", &context)?,
                )
            }
            Layout::Sequential(l, r) => {
                let context = SequentialContext {
                    document,
                    editions: [edition(l)?, edition(r)?],
                    signatures,
                };
                (
                    format!("{}-{}", tag(l), tag(r)),
                    self.fill("sequential", &context)?,
                )
            }
        };
        Ok(Rendered {
            name: format!("{}.{suffix}", localized.id),
            source,
            date: localized.adoption_date,
            metadata,
            inputs,
            signature_fields,
            attachments: attachments.to_vec(),
            assets: self
                .folder
                .as_ref()
                .map(|f| f.assets.clone())
                .unwrap_or_default(),
            user_templates: self.folder.as_ref().map(|f| f.dir.clone()),
        })
    }

    fn fill(&self, template: &str, context: &impl Serialize) -> Result<String, Failure> {
        self.registry.render(template, context).map_err(|error| {
            // In a template of the user's, the user's error (S033); in one of sengen's, a bug.
            let theirs = self.folder.as_ref().and_then(|folder| {
                let name = error.template_name.as_deref().unwrap_or(template);
                folder.templates.iter().find(|(n, _, _)| n == name)
            });
            match theirs {
                Some((name, file, text)) => {
                    let mut d = Diagnostic::new(
                        Code::R033,
                        words!(
                            "R033-template-cannot-filled",
                            name = name.to_string(),
                            reason = error.reason().to_string()
                        ),
                    )
                    .hint(words!("R033-docs-format-md-lists-hint"));
                    if let (Some(line), Some(column)) = (error.line_no, error.column_no) {
                        let at = offset_in(text, line, column);
                        d = d.at(Span::new(*file, at..at), words!("label-here"));
                    }
                    Failure::Invalid(Diagnostics::from(d))
                }
                None => Failure::Internal(Internal::Template {
                    template: format!("{template}.typ.hbs"),
                    detail: error.to_string(),
                }),
            }
        })
    }
}
