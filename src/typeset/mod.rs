//! Stage 5, typeset: compile each rendered edition with Typst, as a library,
//! and export it to PDF bytes.
//!
//! The generated source is sengen's own: if Typst rejects it, that is a bug
//! in a template (exit 2), reported against the generated file.

mod world;

use typst::WorldExt;
use typst::diag::{Severity as TypstSeverity, SourceDiagnostic};
use typst::foundations::{Datetime, Smart};
use typst::introspection::Introspector;
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

use crate::diagnostic::{Diagnostic, Diagnostics, Failure, Severity, Sources, Span};
use crate::render::Rendered;
pub use world::DocumentWorld;

/// One edition as a PDF.
pub struct Typeset {
    /// The output's base name: `shizuoka-2024.fr`.
    pub name: String,
    pub pdf: Vec<u8>,
    pub pages: usize,
    /// Typst's warnings, if any, printed against the generated source (none
    /// is expected from sengen's templates).
    pub warnings: Option<String>,
    /// Where the source's anchors (`<sengen-…>` labels) were laid out.
    pub anchors: Vec<Anchor>,
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

/// The creator string every PDF carries: fixed, so builds are reproducible.
const CREATOR: &str = concat!("sengen ", env!("CARGO_PKG_VERSION"));

/// Typesets one rendered edition in a world of its own. It needs nothing but
/// the rendered source, so several editions can be typeset at once.
/// `timestamp` (seconds since 1970, from `SOURCE_DATE_EPOCH`) overrides the
/// adoption date as the PDF's creation date.
pub fn typeset(rendered: &Rendered, timestamp: Option<i64>) -> Result<Typeset, Failure> {
    let world = world_for(rendered);
    let laid_out = lay_out(&world, rendered)?;
    export(&world, laid_out, rendered, timestamp)
}

/// A world holding a rendered edition, and nothing else.
pub fn world_for(rendered: &Rendered) -> DocumentWorld {
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
pub fn reuse_world(world: &mut DocumentWorld, rendered: &Rendered) {
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
    pub document: PagedDocument,
    /// Typst's warnings, printed against the generated source.
    pub warnings: Option<String>,
}

/// Lays out the world's document with Typst. Typst's diagnostics quote the
/// generated source; an error there is a bug in a template (exit 2).
pub fn lay_out(world: &DocumentWorld, rendered: &Rendered) -> Result<LaidOut, Failure> {
    let result = typst::compile::<PagedDocument>(world);
    let warnings = if result.warnings.is_empty() {
        None
    } else {
        let (diagnostics, sources) = report(&result.warnings, world, rendered);
        Some(diagnostics.render(&sources))
    };
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
pub fn export(
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
    let standards = PdfStandards::new(&[archival, PdfStandard::Ua_1])
        .map_err(|e| Failure::Internal(format!("PDF standards: {}", e.message())))?;
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
    })
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
            let t = time::OffsetDateTime::from_unix_timestamp(seconds)
                .map_err(|e| Failure::Internal(format!("SOURCE_DATE_EPOCH={seconds}: {e}")))?;
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
fn convert(
    diagnostic: &SourceDiagnostic,
    world: &DocumentWorld,
    file: crate::diagnostic::FileId,
) -> Diagnostic {
    let mut ours = Diagnostic::error("T001", format!("Typst: {}", diagnostic.message));
    if diagnostic.severity == TypstSeverity::Warning {
        ours.severity = Severity::Warning;
    }
    if let Some(range) = world.range(diagnostic.span) {
        ours = ours.at(Span::new(file, range), "in the generated source");
    }
    for hint in &diagnostic.hints {
        ours = ours.hint(hint.v.to_string());
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
            let mut d = Diagnostic::error(
                "T002",
                format!(
                    "Typst cannot typeset what the templates of {} made: {}",
                    dir.display(),
                    error.message
                ),
            );
            if let Some(range) = world.range(error.span) {
                let line = source.lines().byte_to_line(range.start).unwrap_or(0);
                let column = source.lines().byte_to_column(range.start).unwrap_or(0);
                let text = source.text().lines().nth(line).unwrap_or_default().trim();
                d = d.hint(format!(
                    "at {}:{}:{} of the generated source: {text}",
                    source_name(rendered),
                    line + 1,
                    column + 1
                ));
            }
            for hint in &error.hints {
                d = d.hint(hint.v.to_string());
            }
            d
        })
        .collect();
    Failure::Invalid(Diagnostics(diagnostics))
}

fn internal(diagnostics: Diagnostics, sources: &Sources) -> Failure {
    Failure::Internal(format!(
        "Typst could not typeset the generated document; this is a bug in sengen's templates.\n{}",
        diagnostics.render(sources)
    ))
}
