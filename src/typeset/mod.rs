//! Stage 5, typeset: compile each rendered edition with Typst, as a library,
//! and export it to PDF bytes.
//!
//! A `Typesetter` owns Typst's worlds, one per output it has typeset, so
//! that typesetting a new version of the same output (`sengen watch`) hands
//! Typst an edited source and its caches reuse the layout of what did not
//! change. The generated source is sengen's own: if Typst rejects it, that
//! is a bug in a template (exit 2), reported against the generated file.

mod world;

use std::collections::HashMap;
use std::ops::Range;
use std::sync::{Mutex, MutexGuard};

use typst::WorldExt;
use typst::diag::{Severity as TypstSeverity, SourceDiagnostic};
use typst::foundations::{Datetime, Smart};
use typst::introspection::Introspector;
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

use crate::diagnostic::{Code, Diagnostic, Diagnostics, Failure, FileId, Internal, Sources, Span};
use crate::render::Rendered;
use crate::words;
pub use world::DocumentWorld;

pub mod fields;

/// One edition as a PDF.
pub struct Typeset {
    /// The output's base name: `shizuoka-2024.fr`.
    pub name: String,
    pub pdf: Vec<u8>,
    pub pages: usize,
    /// Typst's warnings about the generated source (none is expected from
    /// sengen's templates); `warnings_in` makes them diagnostics.
    pub warnings: Vec<TypstWarning>,
    /// Where the source's anchors (`<sengen-…>` labels) were laid out.
    pub anchors: Vec<Anchor>,
    /// Each page's height, in points.
    pub page_heights: Vec<f64>,
}

/// A warning of Typst's, with its place in the generated source.
#[derive(Debug, Clone)]
pub struct TypstWarning {
    pub message: String,
    pub range: Option<Range<usize>>,
    pub hints: Vec<String>,
}

impl Typeset {
    /// Typst's warnings as diagnostics (R003), pointing into `file`, where
    /// the caller registered the generated source.
    pub fn warnings_in(&self, file: FileId) -> Diagnostics {
        Diagnostics(
            self.warnings
                .iter()
                .map(|warning| {
                    let mut d = Diagnostic::new(
                        Code::R003,
                        words!("R003-typst", message = warning.message.to_string()),
                    );
                    if let Some(range) = &warning.range {
                        d = d.at(
                            Span::new(file, range.clone()),
                            words!("label-generated-source"),
                        );
                    }
                    warning
                        .hints
                        .iter()
                        .fold(d, |d, hint| d.hint(words!("raw-text", text = hint)))
                })
                .collect(),
        )
    }
}

/// Typesets rendered outputs, keeping a Typst world for each (by the
/// output's name). It can typeset several outputs at once, from several
/// threads; the fonts and Typst's caches are shared by all.
#[derive(Default)]
pub struct Typesetter {
    worlds: Mutex<HashMap<String, DocumentWorld>>,
}

/// Where a labelled anchor of the generated source landed: the side-by-side
/// layout marks the start of each block, so alignment can be measured.
#[derive(Debug, Clone)]
pub struct Anchor {
    pub label: String,
    pub page: usize,
    /// From the page's top-left corner, in points.
    pub x: f64,
    pub y: f64,
}

/// An output's pages for a browser, and its anchors.
pub struct Preview {
    /// Each page, in order.
    pub pages: Vec<PreviewPage>,
    /// Each page's width and height, in points.
    pub sizes: Vec<(f64, f64)>,
    pub anchors: Vec<Anchor>,
}

/// A page of a preview: the hash of what it shows, and its image (PNG)
/// unless the browser said it has a page of that hash.
pub struct PreviewPage {
    pub hash: String,
    pub png: Option<Vec<u8>>,
}

/// How finely a preview's page is drawn: 1.5 pixels a point, a page of
/// A4 893 pixels wide, the pane's width on a laptop's screen (the PDF is
/// there for the last detail).
const PREVIEW_PIXELS_PER_PT: f64 = 1.5;

/// A page drawn as the preview shows it, as a PNG. A page all in greys
/// (every declaration's text) is written in sixteen greys, two pixels a
/// byte: what anti-aliased text needs to look the same, in far fewer bytes
/// than colour, so a save's answer stays small.
pub fn page_png(page: &typst_layout::Page) -> Result<Vec<u8>, Failure> {
    fn broken(e: impl std::fmt::Display) -> Failure {
        Internal::Broken(format!("a preview page as PNG: {e}")).into()
    }
    let options = typst_render::RenderOptions {
        pixel_per_pt: typst_utils::Scalar::new(PREVIEW_PIXELS_PER_PT),
        ..Default::default()
    };
    let pixmap = typst_render::render(page, &options);
    let rgba = pixmap.data();
    let grey = rgba
        .chunks_exact(4)
        .all(|p| p[3] == 255 && p[0] == p[1] && p[1] == p[2]);
    if !grey {
        // tiny-skia's own encoder undoes the premultiplied alpha.
        return pixmap.encode_png().map_err(broken);
    }
    let (width, height) = (pixmap.width() as usize, pixmap.height() as usize);
    // Each row starts on a byte: a 4-bit PNG's rows are padded.
    let row_bytes = width.div_ceil(2);
    let mut packed = vec![0u8; row_bytes * height];
    for (y, row) in rgba.chunks_exact(width * 4).enumerate() {
        for (x, pixel) in row.chunks_exact(4).enumerate() {
            // 0..=255 to 0..=15, rounded (255 = 15 × 17).
            let level = (u16::from(pixel[0]) + 8) / 17;
            let shift = if x % 2 == 0 { 4 } else { 0 };
            packed[y * row_bytes + x / 2] |= (level as u8) << shift;
        }
    }
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    encoder.set_color(png::ColorType::Grayscale);
    encoder.set_depth(png::BitDepth::Four);
    encoder.set_compression(png::Compression::Balanced);
    let mut writer = encoder.write_header().map_err(broken)?;
    writer.write_image_data(&packed).map_err(broken)?;
    writer.finish().map_err(broken)?;
    Ok(out)
}

/// The creator string every PDF carries: fixed, so builds are reproducible.
const CREATOR: &str = concat!("sengen ", env!("CARGO_PKG_VERSION"));

impl Typesetter {
    pub fn new() -> Self {
        Self::default()
    }

    /// Typesets one rendered output into a PDF. `timestamp` (seconds since
    /// 1970, from `SOURCE_DATE_EPOCH`) overrides the adoption date as the
    /// PDF's creation date.
    pub fn typeset(&self, rendered: &Rendered, timestamp: Option<i64>) -> Result<Typeset, Failure> {
        self.in_world(rendered, |world| {
            let laid_out = lay_out(world, rendered)?;
            export(world, laid_out, rendered, timestamp)
        })
    }

    /// The first half of `typeset`: Typst's layout, in pages (the stage
    /// benchmarks time it apart from the export).
    pub fn lay_out(&self, rendered: &Rendered) -> Result<LaidOut, Failure> {
        self.in_world(rendered, |world| lay_out(world, rendered))
    }

    /// The second half of `typeset`: a laid-out output written as a PDF.
    pub fn export(
        &self,
        laid_out: LaidOut,
        rendered: &Rendered,
        timestamp: Option<i64>,
    ) -> Result<Typeset, Failure> {
        self.in_world(rendered, |world| {
            export(world, laid_out, rendered, timestamp)
        })
    }

    /// A rendered output as a browser shows it (`sengen serve`): laid out
    /// in the world kept for it, each page by the hash of what it shows and,
    /// unless the browser has it already (`have`), as an image (the pages
    /// drawn at once, on rayon's pool); and where its anchors landed.
    pub fn preview(
        &self,
        rendered: &Rendered,
        have: &std::collections::HashSet<String>,
    ) -> Result<Preview, Failure> {
        use rayon::prelude::*;
        self.in_world(rendered, |world| {
            let laid_out = lay_out(world, rendered)?;
            let pages = laid_out
                .document
                .pages()
                .par_iter()
                .map(|page| {
                    let hash = format!("{:032x}", typst_utils::hash128(page));
                    let png = match have.contains(&hash) {
                        true => None,
                        false => Some(page_png(page)?),
                    };
                    Ok(PreviewPage { hash, png })
                })
                .collect::<Result<Vec<_>, Failure>>()?;
            let sizes = laid_out
                .document
                .pages()
                .iter()
                .map(|page| (page.frame.width().to_pt(), page.frame.height().to_pt()))
                .collect();
            Ok(Preview {
                pages,
                sizes,
                anchors: anchors(&laid_out.document),
            })
        })
    }

    /// Forgets the parts of Typst's caches that the last `generations`
    /// typesettings did not use, so that memory stays flat over a long watch.
    pub fn forget_unused(&self, generations: usize) {
        comemo::evict(generations);
    }

    /// Runs `work` in the world kept for this output, made on first use and
    /// brought up to date with this version of it.
    fn in_world<T>(&self, rendered: &Rendered, work: impl FnOnce(&DocumentWorld) -> T) -> T {
        // Taken out of the map while in use: another output's work is not held up.
        let kept = self.lock().remove(&rendered.name);
        let world = match kept {
            Some(mut world) => {
                reuse_world(&mut world, rendered);
                world
            }
            None => world_for(rendered),
        };
        let result = work(&world);
        self.lock().insert(rendered.name.clone(), world);
        result
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<String, DocumentWorld>> {
        // A thread that panicked holding the lock left the map whole: keep using it.
        self.worlds
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// A world holding a rendered edition, and nothing else.
fn world_for(rendered: &Rendered) -> DocumentWorld {
    DocumentWorld::new(
        &source_name(rendered),
        rendered.source.clone(),
        rendered.date,
        &rendered.inputs,
    )
    .with_attachments(&rendered.attachments)
    .with_assets(&rendered.assets)
}

/// Makes a world built for an earlier version of the same output hold this
/// one (`sengen watch`): Typst then reuses the layout of what did not change.
fn reuse_world(world: &mut DocumentWorld, rendered: &Rendered) {
    world.update(&rendered.source, rendered.date, &rendered.inputs);
    world.set_attachments(&rendered.attachments);
    world.set_assets(&rendered.assets);
}

/// The generated source's file name, as Typst's diagnostics show it.
fn source_name(rendered: &Rendered) -> String {
    format!("{}.typ", rendered.name)
}

/// An edition laid out in pages, not yet a PDF.
pub struct LaidOut {
    document: PagedDocument,
    warnings: Vec<TypstWarning>,
}

/// Lays out the world's document with Typst. Typst's diagnostics quote the
/// generated source; an error there is a bug in a template (exit 2).
fn lay_out(world: &DocumentWorld, rendered: &Rendered) -> Result<LaidOut, Failure> {
    let result = typst::compile::<PagedDocument>(world);
    let warnings = result
        .warnings
        .iter()
        .map(|warning| TypstWarning {
            message: warning.message.to_string(),
            range: world.range(warning.span),
            hints: warning.hints.iter().map(|h| h.v.to_string()).collect(),
        })
        .collect();
    let document = result
        .output
        .map_err(|errors| match &rendered.user_templates {
            Some(dir) => theirs(&errors, world, rendered, dir),
            None => {
                let (diagnostics, sources) = report(&errors, world, rendered);
                internal(diagnostics, &sources)
            }
        })?;
    Ok(LaidOut { document, warnings })
}

/// Writes a laid-out edition as an archival, accessible PDF with its metadata.
fn export(
    world: &DocumentWorld,
    laid_out: LaidOut,
    rendered: &Rendered,
    timestamp: Option<i64>,
) -> Result<Typeset, Failure> {
    let LaidOut {
        mut document,
        warnings,
    } = laid_out;
    describe(&mut document, rendered, timestamp)?;

    // Archival (PDF/A-2a, or PDF/A-3a when it carries its sources) and
    // accessible (PDF/UA-1): Typst checks both as it writes.
    let archival = if rendered.attachments.is_empty() {
        PdfStandard::A_2a
    } else {
        PdfStandard::A_3a
    };
    let standards =
        PdfStandards::new(&[archival, PdfStandard::Ua_1]).map_err(|e| Internal::Pdf {
            detail: format!("the PDF standards: {}", e.message()),
        })?;
    let options = PdfOptions {
        ident: Smart::Custom(rendered.name.clone()),
        creator: Smart::Custom(Some(CREATOR.to_owned())),
        standards,
        ..PdfOptions::default()
    };
    let pdf = typst_pdf::pdf(&document, &options).map_err(|errors| {
        let (diagnostics, sources) = report(&errors, world, rendered);
        internal(diagnostics, &sources)
    })?;
    Ok(Typeset {
        name: rendered.name.clone(),
        pdf,
        pages: document.pages().len(),
        warnings,
        anchors: anchors(&document),
        page_heights: document
            .pages()
            .iter()
            .map(|page| page.frame.size().y.to_pt())
            .collect(),
    })
}

/// The PDF of `typeset` with a signature field over each signatory's box
/// (`--signature-fields`), as an incremental update of Typst's PDF. A
/// template of the user's own that labels no box for a signatory is theirs
/// to fix (R035); sengen's own always label them.
pub fn with_signature_fields(typeset: Typeset, rendered: &Rendered) -> Result<Typeset, Failure> {
    let placements = fields::placements(
        &rendered.signature_fields,
        &typeset.anchors,
        &typeset.page_heights,
    )
    .and_then(|placements| {
        fields::add(typeset.pdf.clone(), &rendered.signature_fields, &placements)
    });
    match placements {
        Ok(pdf) => Ok(Typeset { pdf, ..typeset }),
        Err(fields::FieldsError::NoBox { field } | fields::FieldsError::NoFigure { field }) => {
            match &rendered.user_templates {
                Some(dir) => Err(Failure::Invalid(Diagnostics(vec![
                    Diagnostic::new(
                        Code::R035,
                        words!(
                            "R035-no-signature-box",
                            dir = dir.display().to_string(),
                            field = field
                        ),
                    )
                    .hint(words!("R035-no-signature-box-hint")),
                ]))),
                None => Err(Failure::Internal(Internal::Broken(format!(
                    "no signature box or figure for the field {field} in {}",
                    rendered.name
                )))),
            }
        }
        Err(fields::FieldsError::Pdf(detail)) => {
            Err(Failure::Internal(Internal::Fields { detail }))
        }
    }
}

/// Typst's diagnostics as ours, with the generated source to quote.
fn report(
    diagnostics: &[SourceDiagnostic],
    world: &DocumentWorld,
    rendered: &Rendered,
) -> (Diagnostics, Sources) {
    let mut sources = Sources::default();
    let file = sources.add(
        format!("<generated>/{}", source_name(rendered)),
        rendered.source.clone(),
    );
    let converted = diagnostics
        .iter()
        .map(|d| convert(d, world, file))
        .collect();
    (Diagnostics(converted), sources)
}

/// Sets the PDF's metadata from data: title, authors, subject, keywords, date.
fn describe(
    document: &mut PagedDocument,
    rendered: &Rendered,
    timestamp: Option<i64>,
) -> Result<(), Failure> {
    let metadata = &rendered.metadata;
    let info = document.info_mut();
    info.title = Some(metadata.title.as_str().into());
    info.author = metadata.author.iter().map(|a| a.as_str().into()).collect();
    info.description = metadata.subject.as_deref().map(Into::into);
    info.keywords = metadata
        .keywords
        .iter()
        .map(|k| k.as_str().into())
        .collect();
    let date = match timestamp {
        Some(seconds) => {
            let t = time::OffsetDateTime::from_unix_timestamp(seconds).map_err(|e| {
                Internal::Format {
                    what: format!("SOURCE_DATE_EPOCH={seconds}"),
                    detail: e.to_string(),
                }
            })?;
            Datetime::from_ymd_hms(
                t.year(),
                t.month().into(),
                t.day(),
                t.hour(),
                t.minute(),
                t.second(),
            )
        }
        None => Datetime::from_ymd(rendered.date.year, rendered.date.month, rendered.date.day),
    };
    info.date = Smart::Custom(date);
    Ok(())
}

/// The positions of the `<sengen-…>` labels of a laid-out document.
fn anchors(document: &PagedDocument) -> Vec<Anchor> {
    let introspector = document.introspector();
    introspector
        .query_labelled()
        .iter()
        .filter_map(|content| {
            let label = content.label()?.resolve().to_string();
            if !label.starts_with("sengen-") {
                return None;
            }
            let position = introspector.position(content.location()?)?;
            Some(Anchor {
                label,
                page: position.page.get(),
                x: position.point.x.to_pt(),
                y: position.point.y.to_pt(),
            })
        })
        .collect()
}

/// Typst's diagnostic as ours, pointing into the generated source.
fn convert(diagnostic: &SourceDiagnostic, world: &DocumentWorld, file: FileId) -> Diagnostic {
    let code = match diagnostic.severity {
        TypstSeverity::Error => Code::R001,
        TypstSeverity::Warning => Code::R003,
    };
    let mut ours = Diagnostic::new(
        code,
        words!("R003-typst", message = diagnostic.message.to_string()),
    );
    if let Some(range) = world.range(diagnostic.span) {
        ours = ours.at(Span::new(file, range), words!("label-generated-source"));
    }
    for hint in &diagnostic.hints {
        ours = ours.hint(words!("raw-text", text = hint.v.to_string()));
    }
    ours
}

/// Typst's errors in a source made by the user's templates: the user's to fix
/// (T002, exit 1). They point into the generated source, which the user's
/// files do not hold, so each says where in it, and what the line reads.
fn theirs(
    errors: &[SourceDiagnostic],
    world: &DocumentWorld,
    rendered: &Rendered,
    dir: &std::path::Path,
) -> Failure {
    let source = world.source();
    let diagnostics = errors
        .iter()
        .map(|error| {
            let mut d = Diagnostic::new(
                Code::R002,
                words!(
                    "R002-typst-cannot-typeset-what",
                    dir = dir.display().to_string(),
                    message = error.message.to_string()
                ),
            );
            if let Some(range) = world.range(error.span) {
                let line = source.lines().byte_to_line(range.start).unwrap_or(0);
                let column = source.lines().byte_to_column(range.start).unwrap_or(0);
                let text = source.text().lines().nth(line).unwrap_or_default().trim();
                d = d.hint(words!(
                    "R002-at-generated-source-hint",
                    rendered = source_name(rendered).to_string(),
                    line = line + 1,
                    column = column + 1,
                    text = text.to_string()
                ));
            }
            for hint in &error.hints {
                d = d.hint(words!("raw-text", text = hint.v.to_string()));
            }
            d
        })
        .collect();
    Failure::Invalid(Diagnostics(diagnostics))
}

fn internal(diagnostics: Diagnostics, sources: &Sources) -> Failure {
    Failure::Internal(Internal::Typst {
        report: diagnostics.render(sources),
    })
}
