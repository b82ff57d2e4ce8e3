//! `sengen watch`: build, then rebuild at every save, printing what changed,
//! how long the rebuild took, and its problems; a failed rebuild keeps the
//! last good PDFs.

use std::io::Write;
use std::process::ExitCode;

use sengen::diagnostic::{Failure, Sources};

use sengen::words;

use super::build::pdfs_and_pages;
use super::{failed, refused, report, tell, ui, warn};
use crate::cli::{Format, WatchArgs};

pub fn run(args: &WatchArgs) -> ExitCode {
    let options = match args.output.resolve() {
        Ok(options) => options,
        Err(diagnostics) => return refused(&diagnostics, Format::Human),
    };
    // A user's templates are code: they run in a child with a memory limit.
    if options.templates.is_some() && !super::limited::inside() {
        return super::limited::run(Format::Human, super::limited::UNLIMITED);
    }
    let dir = args.dir.display().to_string();
    let watched = sengen::watch::watch(&args.dir, &options, |rebuild| {
        let changed = rebuild.changed.join(", ");
        let ms = format!("{:.0}", rebuild.elapsed.as_secs_f64() * 1000.0);
        match rebuild.result {
            Ok(built) => {
                built.typst_warnings.print(rebuild.sources, ui());
                let (n, pages) = pdfs_and_pages(&built.written);
                let (warnings, _) = built.warnings.without_notes();
                tell(words!(
                    "report-rebuilt",
                    changed = &changed,
                    files = rebuild.changed.len(),
                    pdfs = n,
                    pages = pages,
                    ms = &ms,
                    warnings = warnings.0.len(),
                    dir = &dir
                ));
            }
            Err(Failure::Invalid(diagnostics)) => {
                report(diagnostics, rebuild.sources, Format::Human);
                tell(words!(
                    "report-not-rebuilt",
                    changed = &changed,
                    files = rebuild.changed.len(),
                    ms = &ms
                ));
            }
            Err(Failure::Internal(internal)) => {
                warn(words!("report-internal", error = internal.words()));
                tell(words!(
                    "report-not-rebuilt",
                    changed = &changed,
                    files = rebuild.changed.len(),
                    ms = &ms
                ));
            }
        }
        let _ = std::io::stdout().flush();
    });
    match watched {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => failed(&failure, &Sources::default(), Format::Human),
    }
}
