//! `sengen watch`: build, then rebuild at every save, printing what changed,
//! how long the rebuild took, and its problems; a failed rebuild keeps the
//! last good PDFs.

use std::io::Write;
use std::process::ExitCode;

use sengen::diagnostic::{Failure, Sources};

use super::build::{pdfs_and_pages, warnings_pointer};
use super::{failed, plural, refused, report};
use crate::cli::{Format, WatchArgs};

pub fn run(args: &WatchArgs) -> ExitCode {
    let options = match args.output.resolve() {
        Ok(options) => options,
        Err(diagnostics) => return refused(&diagnostics, Format::Human),
    };
    let watched = sengen::watch::watch(&args.dir, &options, |rebuild| {
        let what = if rebuild.changed.is_empty() {
            "first build".to_owned()
        } else {
            format!("changed {}", rebuild.changed.join(", "))
        };
        let ms = rebuild.elapsed.as_secs_f64() * 1000.0;
        match rebuild.result {
            Ok(built) => {
                built.typst_warnings.print(rebuild.sources);
                let (n, pages) = pdfs_and_pages(&built.written);
                let warnings = warnings_pointer(&built.warnings, &args.dir);
                outln!(
                    "{what}: wrote {n} PDF{} ({pages} pages) in {ms:.0} ms{warnings}",
                    plural(n)
                );
            }
            Err(Failure::Invalid(diagnostics)) => {
                report(diagnostics, rebuild.sources, Format::Human);
                outln!("{what}: not built ({ms:.0} ms); the previous PDFs are kept");
            }
            Err(Failure::Internal(internal)) => {
                eprintln!("error: {internal}");
                outln!("{what}: not built ({ms:.0} ms); the previous PDFs are kept");
            }
        }
        let _ = std::io::stdout().flush();
    });
    match watched {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => failed(&failure, &Sources::default(), Format::Human),
    }
}
