//! `sengen build`: one declaration, or a batch of them (several folders, or a
//! folder of folders) with a progress bar and a summary.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use sengen::diagnostic::{Diagnostics, Failure, Sources};
use sengen::options::BuildOptions;
use sengen::pipeline::{self, BatchItem, BuildReport, Builder};
use sengen::write::Written;

use sengen::words;

use super::{INTERNAL, INVALID, failed, refused, report, tell, ui, warn, wrote};
use crate::cli::{BuildArgs, Format};

pub fn run(args: &BuildArgs) -> ExitCode {
    let options = match args.output.resolve() {
        Ok(options) => options,
        Err(diagnostics) => return refused(&diagnostics, args.format),
    };
    // A user's templates are code: they run in a child with limits.
    if options.templates.is_some() && !super::limited::inside() {
        return super::limited::run(args.format, super::limited::SECONDS);
    }
    if let Some(jobs) = args.jobs {
        // Typst's own parallel work runs on this pool too: `--jobs` bounds it all.
        if let Err(e) = rayon::ThreadPoolBuilder::new()
            .num_threads(usize::from(jobs))
            .build_global()
        {
            warn(words!(
                "report-no-threads",
                jobs = jobs,
                error = e.to_string()
            ));
            return INTERNAL.into();
        }
    }
    let dirs = sengen::load::find_declarations(&args.dirs);
    if args.dirs.len() == 1 && dirs == args.dirs {
        return one(&dirs[0], &options, args.format);
    }
    batch(&dirs, &options, args.format)
}

/// Builds one declaration.
fn one(dir: &Path, options: &BuildOptions, format: Format) -> ExitCode {
    let mut sources = Sources::default();
    let result = Builder::new().and_then(|builder| builder.build(dir, options, &mut sources));
    match result {
        Ok(built) => {
            print_build(&built, dir, &sources, format);
            ExitCode::SUCCESS
        }
        Err(failure) => {
            let code = failed(&failure, &sources, format);
            if matches!(failure, Failure::Invalid(_)) && format == Format::Human {
                warn(words!("report-nothing-written"));
            }
            code
        }
    }
}

/// Prints what one build wrote, and what it found.
fn print_build(built: &BuildReport, dir: &Path, sources: &Sources, format: Format) {
    match format {
        Format::Human => {
            summarize(&built.warnings, dir);
            built.typst_warnings.print(sources, ui());
            for file in &built.written {
                tell(wrote(file));
            }
        }
        Format::Json => {
            report(&built.warnings, sources, format);
            report(&built.typst_warnings, sources, format);
            for file in &built.written {
                let mut line = serde_json::json!({
                    "written": file.path.display().to_string(),
                    "bytes": file.bytes,
                });
                if let Some(pages) = file.pages {
                    line["pages"] = pages.into();
                }
                outln!("{line}");
            }
        }
    }
}

/// Builds several declarations, with a progress bar on a terminal, then a summary.
fn batch(dirs: &[PathBuf], options: &BuildOptions, format: Format) -> ExitCode {
    let started = std::time::Instant::now();
    let progress = if format == Format::Human {
        indicatif::ProgressBar::new(dirs.len() as u64)
    } else {
        indicatif::ProgressBar::hidden()
    };
    progress.set_style(
        indicatif::ProgressStyle::with_template(&format!(
            "{{bar:30}} {}",
            ui().say(&words!("report-batch-progress"))
        ))
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let done = |item: &BatchItem| {
        progress.inc(1);
        progress.set_message(item.dir.display().to_string());
        progress.suspend(|| print_item(item, format));
    };
    let items = match pipeline::build_batch(dirs, options, &done) {
        Ok(items) => items,
        Err(failure) => return failed(&failure, &Sources::default(), format),
    };
    progress.finish_and_clear();

    let built: Vec<&BuildReport> = items
        .iter()
        .filter_map(|i| i.result.as_ref().ok())
        .collect();
    let (files, pages) = built
        .iter()
        .map(|r| pdfs_and_pages(&r.written))
        .fold((0, 0), |(n, p), (f, q)| (n + f, p + q));
    let failed: Vec<&BatchItem> = items.iter().filter(|i| i.result.is_err()).collect();
    if format == Format::Human {
        let names: Vec<String> = failed.iter().map(|i| i.dir.display().to_string()).collect();
        tell(words!(
            "report-batch",
            declarations = items.len(),
            seconds = format!("{:.2}", started.elapsed().as_secs_f64()),
            threads = rayon::current_num_threads(),
            built = built.len(),
            files = files,
            pages = pages,
            failed = failed.len(),
            names = names.join(", ")
        ));
    }
    let internal = failed
        .iter()
        .any(|i| matches!(i.result, Err(Failure::Internal(_))));
    if internal {
        INTERNAL.into()
    } else if failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        INVALID.into()
    }
}

/// One line per declaration of a batch; the diagnostics of one that failed.
fn print_item(item: &BatchItem, format: Format) {
    let dir = item.dir.display().to_string();
    match (&item.result, format) {
        (Ok(built), Format::Json) => print_build(built, &item.dir, &item.sources, format),
        (Ok(built), Format::Human) => {
            let (n, pages) = pdfs_and_pages(&built.written);
            let (warnings, _) = built.warnings.without_notes();
            built.typst_warnings.print(&item.sources, ui());
            tell(words!(
                "report-built",
                dir = &dir,
                pdfs = n,
                pages = pages,
                warnings = warnings.0.len()
            ));
        }
        (Err(Failure::Invalid(diagnostics)), _) => {
            report(diagnostics, &item.sources, format);
            if format == Format::Human {
                warn(words!("report-nothing-written-for", dir = &dir));
            }
        }
        (Err(Failure::Internal(internal)), _) => warn(words!(
            "report-internal-in",
            dir = &dir,
            error = internal.words()
        )),
    }
}

/// How many PDFs a build wrote, and their pages (`--emit typst` files have none).
pub fn pdfs_and_pages(written: &[Written]) -> (usize, usize) {
    written
        .iter()
        .filter_map(|w| w.pages)
        .fold((0, 0), |(n, pages), p| (n + 1, pages + p))
}

/// A build names its warnings by kind; `sengen check` shows each one.
fn summarize(all: &Diagnostics, dir: &Path) {
    let (warnings, notes) = all.without_notes();
    let dir = dir.display().to_string();
    if !notes.is_empty() {
        warn(words!(
            "report-build-notes",
            count = notes.0.len(),
            dir = &dir
        ));
    }
    if warnings.is_empty() {
        return;
    }
    let ui = ui();
    let mut kinds: Vec<(&str, String, usize)> = Vec::new();
    for d in &warnings.0 {
        let code = d.code.name();
        let message = ui.say(&d.message);
        match kinds
            .iter_mut()
            .find(|(c, said, _)| *c == code && *said == message)
        {
            Some(kind) => kind.2 += 1,
            None => kinds.push((code, message, 1)),
        }
    }
    let fixable = warnings.0.iter().filter(|d| !d.fixes.is_empty()).count();
    warn(words!("report-build-warnings", count = warnings.0.len()));
    for (code, message, count) in kinds {
        eprintln!("  {count:>4} × {code} {message}");
    }
    warn(words!("report-build-check", dir = &dir, fixable = fixable));
}
