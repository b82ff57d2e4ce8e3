//! `sengen build`: one declaration, or a batch of them (several folders, or a
//! folder of folders) with a progress bar and a summary.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use sengen::diagnostic::{Diagnostics, Failure, Sources};
use sengen::options::BuildOptions;
use sengen::pipeline::{self, BatchItem, BuildReport, Builder};
use sengen::write::Written;

use super::{INTERNAL, INVALID, failed, plural, refused, report, wrote};
use crate::cli::{BuildArgs, Format};

pub fn run(args: &BuildArgs) -> ExitCode {
    let options = match args.output.resolve() {
        Ok(options) => options,
        Err(diagnostics) => return refused(&diagnostics, args.format),
    };
    if let Some(jobs) = args.jobs {
        // Typst's own parallel work runs on this pool too: `--jobs` bounds it all.
        if let Err(e) = rayon::ThreadPoolBuilder::new()
            .num_threads(usize::from(jobs))
            .build_global()
        {
            eprintln!("error: cannot start {jobs} threads: {e}");
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
                eprintln!("note: nothing was written");
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
            built.typst_warnings.print(sources);
            for file in &built.written {
                outln!("{}", wrote(file));
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
        indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} declarations {msg}")
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
        let threads = rayon::current_num_threads();
        let failures = if failed.is_empty() {
            String::new()
        } else {
            let names: Vec<String> = failed.iter().map(|i| i.dir.display().to_string()).collect();
            format!(", {} failed: {}", failed.len(), names.join(", "))
        };
        outln!(
            "{} declarations in {:.2} s ({threads} thread{}): {} built ({files} PDFs, {pages} pages){failures}",
            items.len(),
            started.elapsed().as_secs_f64(),
            plural(threads),
            built.len(),
        );
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
    let dir = item.dir.display();
    match (&item.result, format) {
        (Ok(built), Format::Json) => print_build(built, &item.dir, &item.sources, format),
        (Ok(built), Format::Human) => {
            let (n, pages) = pdfs_and_pages(&built.written);
            let warnings = warnings_pointer(&built.warnings, &item.dir);
            built.typst_warnings.print(&item.sources);
            outln!("built {dir}: {n} PDF{}, {pages} pages{warnings}", plural(n));
        }
        (Err(Failure::Invalid(diagnostics)), _) => {
            report(diagnostics, &item.sources, format);
            if format == Format::Human {
                eprintln!("note: nothing was written for {dir}");
            }
        }
        (Err(Failure::Internal(internal)), _) => eprintln!("error: {dir}: {internal}"),
    }
}

/// How many PDFs a build wrote, and their pages (`--emit typst` files have none).
pub fn pdfs_and_pages(written: &[Written]) -> (usize, usize) {
    written
        .iter()
        .filter_map(|w| w.pages)
        .fold((0, 0), |(n, pages), p| (n + 1, pages + p))
}

/// "; 3 warnings (`sengen check DIR`)", or nothing.
pub fn warnings_pointer(all: &Diagnostics, dir: &Path) -> String {
    let (warnings, _) = all.without_notes();
    match warnings.0.len() {
        0 => String::new(),
        n => format!(
            "; {n} warning{} (`sengen check {}`)",
            plural(n),
            dir.display()
        ),
    }
}

/// A build names its warnings by kind; `sengen check` shows each one.
fn summarize(all: &Diagnostics, dir: &Path) {
    let (warnings, notes) = all.without_notes();
    if !notes.is_empty() {
        eprintln!(
            "note: {} note{} on what the PDF already prints right (`sengen check {} --notes`)",
            notes.0.len(),
            plural(notes.0.len()),
            dir.display()
        );
    }
    if warnings.is_empty() {
        return;
    }
    let mut kinds: Vec<(&str, &str, usize)> = Vec::new();
    for d in &warnings.0 {
        let code = d.code.name();
        match kinds
            .iter_mut()
            .find(|(c, message, _)| *c == code && *message == d.message)
        {
            Some(kind) => kind.2 += 1,
            None => kinds.push((code, &d.message, 1)),
        }
    }
    let fixable = warnings.0.iter().filter(|d| !d.fixes.is_empty()).count();
    eprintln!(
        "warning: {} warning{} in the text:",
        warnings.0.len(),
        plural(warnings.0.len())
    );
    for (code, message, count) in kinds {
        eprintln!("  {count:>4} × {code} {message}");
    }
    eprintln!(
        "  `sengen check {}` shows each one{}",
        dir.display(),
        if fixable > 0 {
            format!("; `--fix` fixes {fixable}")
        } else {
            String::new()
        }
    );
}
