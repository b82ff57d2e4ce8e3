//! The `sengen` binary: parse the arguments, run the library, print what it
//! found, set the exit status (0 ok, 1 invalid input, 2 internal failure).

mod cli;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;
use sengen::check::lint::translations::{self, Status};
use sengen::diagnostic::{Diagnostics, Failure, Severity, Sources};
use sengen::pipeline::{self, BuildRequest};

use cli::{
    BuildArgs, CheckArgs, Cli, Command, Emit, Format, OutputArgs, TranslationsArgs, WatchArgs,
};

/// Typst allocates a great deal, from several threads at once when the
/// outputs are typeset together: mimalloc serves that better than the system's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const INVALID: u8 = 1;
const INTERNAL: u8 = 2;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            // Help and version are successes; a bad command line is invalid input.
            return if error.use_stderr() {
                ExitCode::from(INVALID)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let mut sources = Sources::default();
    let format = match &cli.command {
        Command::Check(args) => args.format,
        _ => Format::Human,
    };
    let result = match &cli.command {
        Command::Build(args) => build(args, &mut sources),
        Command::Watch(args) => watch(args),
        Command::Check(args) => check(args, &mut sources),
        Command::Translations(args) => translations(args, &mut sources),
        Command::Fingerprint { dir, templates } => {
            pipeline::fingerprint(dir, templates.as_deref(), &mut sources).map(|fingerprint| {
                println!("{}", fingerprint.full());
                ExitCode::SUCCESS
            })
        }
        Command::Schema => {
            print!("{}", sengen::schema_json::declaration_schema());
            Ok(ExitCode::SUCCESS)
        }
    };
    match result {
        Ok(code) => code,
        Err(Failure::Invalid(diagnostics)) => {
            report(&diagnostics, &sources, format);
            if matches!(cli.command, Command::Build(_)) {
                eprintln!("note: nothing was written");
            }
            ExitCode::from(INVALID)
        }
        Err(Failure::Internal(message)) => {
            eprintln!("error: {message}");
            ExitCode::from(INTERNAL)
        }
    }
}

/// "s" for any count but one.
fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// How many PDFs a build wrote, and their pages (`--emit typst` files have none).
fn pdfs_and_pages(written: &[pipeline::Written]) -> (usize, usize) {
    written
        .iter()
        .filter(|w| w.pages > 0)
        .fold((0, 0), |(n, pages), w| (n + 1, pages + w.pages))
}

/// "; 3 warnings (`sengen check DIR`)", or nothing.
fn warnings_pointer(warnings: &Diagnostics, dir: &Path) -> String {
    match warnings.0.len() {
        0 => String::new(),
        n => format!(
            "; {n} warning{} (`sengen check {}`)",
            plural(n),
            dir.display()
        ),
    }
}

/// Prints diagnostics (to standard error for people, standard output for JSON) and a summary.
fn report(diagnostics: &Diagnostics, sources: &Sources, format: Format) {
    match format {
        Format::Json => print!("{}", diagnostics.to_json_lines(sources)),
        Format::Human => {
            diagnostics.print(sources);
            let errors = diagnostics.count(Severity::Error);
            let warnings = diagnostics.count(Severity::Warning);
            match (errors, warnings) {
                (0, 0) => {}
                (0, w) => eprintln!("warning: {w} warning{}", plural(w)),
                (e, 0) => eprintln!("error: {e} problem{} found", plural(e)),
                (e, w) => eprintln!(
                    "error: {e} problem{} found, and {w} warning{}",
                    plural(e),
                    plural(w)
                ),
            }
        }
    }
}

fn build(args: &BuildArgs, sources: &mut Sources) -> Result<ExitCode, Failure> {
    if let Some(jobs) = args.jobs {
        // Typst's own parallel work runs on this pool too: `--jobs` bounds it all.
        rayon::ThreadPoolBuilder::new()
            .num_threads(usize::from(jobs))
            .build_global()
            .map_err(|e| Failure::Internal(format!("cannot start {jobs} threads: {e}")))?;
    }
    let dirs = sengen::load::find_declarations(&args.dirs);
    let layouts: Vec<_> = args.output.layouts.iter().map(|l| (*l).into()).collect();
    let timestamp = source_date_epoch()?;
    let request = request(&dirs[0], &args.output, &layouts, timestamp);
    if args.dirs.len() == 1 && dirs == args.dirs {
        let report = pipeline::build(&request, sources)?;
        print_build(&report, &args.dirs[0]);
        return Ok(ExitCode::SUCCESS);
    }
    batch(&dirs, &request)
}

/// What a build of `dir` with these options asks for.
fn request<'a>(
    dir: &'a Path,
    output: &'a OutputArgs,
    layouts: &'a [pipeline::LayoutChoice],
    timestamp: Option<i64>,
) -> BuildRequest<'a> {
    BuildRequest {
        dir,
        out_dir: &output.out,
        languages: &output.languages,
        layouts,
        emit_typst: output.emit.contains(&Emit::Typst),
        timestamp,
        attach_source: output.attach_source,
        templates: output.templates.as_deref(),
    }
}

/// Prints what one build wrote, and a summary of its warnings.
fn print_build(report: &pipeline::BuildReport, dir: &Path) {
    summarize(&report.warnings, dir);
    for warning in &report.typst_warnings {
        eprint!("{warning}");
    }
    for file in &report.written {
        let pages = if file.pages > 0 {
            format!("{} pages, ", file.pages)
        } else {
            String::new()
        };
        println!(
            "wrote {} ({pages}{} bytes)",
            file.path.display(),
            file.bytes
        );
    }
}

/// Builds several declarations, with a progress bar on a terminal, then a summary.
fn batch(dirs: &[PathBuf], request: &BuildRequest) -> Result<ExitCode, Failure> {
    let started = std::time::Instant::now();
    let progress = indicatif::ProgressBar::new(dirs.len() as u64);
    progress.set_style(
        indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} declarations {msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let done = |item: &pipeline::BatchItem| {
        progress.inc(1);
        progress.set_message(item.dir.display().to_string());
        progress.suspend(|| print_item(item));
    };
    let items = pipeline::build_batch(dirs, request, &done)?;
    progress.finish_and_clear();

    let built: Vec<_> = items
        .iter()
        .filter_map(|i| i.result.as_ref().ok())
        .collect();
    let (files, pages) = built
        .iter()
        .map(|r| pdfs_and_pages(&r.written))
        .fold((0, 0), |(n, p), (f, q)| (n + f, p + q));
    let failed: Vec<_> = items.iter().filter(|i| i.result.is_err()).collect();
    println!(
        "{} declarations in {:.2} s ({} thread{}): {} built ({files} PDFs, {pages} pages){}",
        items.len(),
        started.elapsed().as_secs_f64(),
        rayon::current_num_threads(),
        plural(rayon::current_num_threads()),
        built.len(),
        if failed.is_empty() {
            String::new()
        } else {
            format!(
                ", {} failed: {}",
                failed.len(),
                failed
                    .iter()
                    .map(|i| i.dir.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        }
    );
    let internal = failed
        .iter()
        .any(|i| matches!(i.result, Err(Failure::Internal(_))));
    Ok(if internal {
        ExitCode::from(INTERNAL)
    } else if failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(INVALID)
    })
}

/// One line per declaration of a batch; the diagnostics of one that failed.
fn print_item(item: &pipeline::BatchItem) {
    let dir = item.dir.display();
    match &item.result {
        Ok(report) => {
            let (n, pages) = pdfs_and_pages(&report.written);
            let warnings = warnings_pointer(&report.warnings, &item.dir);
            println!("built {dir}: {n} PDF{}, {pages} pages{warnings}", plural(n));
        }
        Err(Failure::Invalid(diagnostics)) => {
            report(diagnostics, &item.sources, Format::Human);
            eprintln!("note: nothing was written for {dir}");
        }
        Err(Failure::Internal(message)) => eprintln!("error: {dir}: {message}"),
    }
}

/// Builds, then rebuilds on every save, printing what changed and how long it took.
fn watch(args: &WatchArgs) -> Result<ExitCode, Failure> {
    let layouts: Vec<_> = args.output.layouts.iter().map(|l| (*l).into()).collect();
    let timestamp = source_date_epoch()?;
    let request = request(&args.dir, &args.output, &layouts, timestamp);
    sengen::watch::watch(&request, |rebuild| {
        let what = if rebuild.changed.is_empty() {
            "first build".to_owned()
        } else {
            format!("changed {}", rebuild.changed.join(", "))
        };
        let ms = rebuild.elapsed.as_secs_f64() * 1000.0;
        match rebuild.result {
            Ok(built) => {
                for warning in &built.typst_warnings {
                    eprint!("{warning}");
                }
                let (n, pages) = pdfs_and_pages(&built.written);
                let warnings = warnings_pointer(&built.warnings, &args.dir);
                println!(
                    "{what}: wrote {n} PDF{} ({pages} pages) in {ms:.0} ms{warnings}",
                    plural(n)
                );
            }
            Err(Failure::Invalid(diagnostics)) => {
                report(diagnostics, rebuild.sources, Format::Human);
                println!("{what}: not built ({ms:.0} ms); the previous PDFs are kept");
            }
            Err(Failure::Internal(message)) => {
                eprintln!("error: {message}");
                println!("{what}: not built ({ms:.0} ms); the previous PDFs are kept");
            }
        }
        use std::io::Write;
        let _ = std::io::stdout().flush();
    })?;
    Ok(ExitCode::SUCCESS)
}

/// A build names its warnings by kind; `sengen check` shows each one.
fn summarize(warnings: &Diagnostics, dir: &Path) {
    if warnings.is_empty() {
        return;
    }
    let mut kinds: Vec<(&str, &str, usize)> = Vec::new();
    for d in &warnings.0 {
        match kinds
            .iter_mut()
            .find(|(code, message, _)| *code == d.code && *message == d.message)
        {
            Some(kind) => kind.2 += 1,
            None => kinds.push((d.code, &d.message, 1)),
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

/// `SOURCE_DATE_EPOCH`, the reproducible-builds convention for a fixed date.
fn source_date_epoch() -> Result<Option<i64>, Failure> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(value) => value.trim().parse().map(Some).map_err(|_| {
            Failure::Invalid(Diagnostics::from(
                sengen::diagnostic::Diagnostic::error("C004", format!("SOURCE_DATE_EPOCH={value} is not a number of seconds"))
                    .hint("set it to seconds since 1970-01-01, e.g. `SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)`"),
            ))
        }),
        Err(_) => Ok(None),
    }
}

fn check(args: &CheckArgs, sources: &mut Sources) -> Result<ExitCode, Failure> {
    let mut checked = pipeline::check(&args.dir, sources)?;
    if args.fix {
        let fixed = sengen::fix::apply(&checked.warnings, sources)?;
        for (file, edits) in &fixed.files {
            eprintln!("fixed {edits} finding{} in {file}", plural(*edits));
        }
        // Report what is left, from the files as they now are.
        *sources = Sources::default();
        checked = pipeline::check(&args.dir, sources)?;
    }
    report(&checked.warnings, sources, args.format);
    let denied = args.deny.is_some() && !checked.warnings.is_empty();
    if args.format == Format::Human && checked.warnings.is_empty() {
        println!("{}: no problems found", checked.declaration.id);
    }
    Ok(if denied {
        ExitCode::from(INVALID)
    } else {
        ExitCode::SUCCESS
    })
}

fn translations(args: &TranslationsArgs, sources: &mut Sources) -> Result<ExitCode, Failure> {
    let checked = pipeline::check(&args.dir, sources)?;
    let declaration = &checked.declaration;
    if let Some(lang) = &args.mark_reviewed {
        let text =
            translations::mark_reviewed(declaration, declaration.lock.as_ref(), lang, &args.ids)
                .map_err(|e| {
                    Failure::Invalid(Diagnostics::from(sengen::diagnostic::Diagnostic::error(
                        "L021", e,
                    )))
                })?;
        sengen::write::replace(&args.dir.join(translations::LOCK_FILE), text.as_bytes())?;
        let what = if args.ids.is_empty() {
            "every message".to_owned()
        } else {
            args.ids.join(", ")
        };
        println!(
            "recorded {what} of {lang} as reviewed in {}",
            args.dir.join(translations::LOCK_FILE).display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    let statuses = translations::statuses(declaration, declaration.lock.as_ref());
    let source = declaration
        .languages
        .first()
        .map(|l| l.tag.to_string())
        .unwrap_or_default();
    for language in declaration.languages.iter().skip(1) {
        let of = |status: Status| -> Vec<&str> {
            statuses
                .iter()
                .filter(|(l, _, s)| l.tag == language.tag && *s == status)
                .map(|(_, id, _)| id.as_str())
                .collect()
        };
        let (missing, stale, unreviewed, current) = (
            of(Status::Missing),
            of(Status::Stale),
            of(Status::Unreviewed),
            of(Status::Current),
        );
        println!(
            "{} (from {source}): {} current, {} stale, {} unreviewed, {} missing",
            language.tag,
            current.len(),
            stale.len(),
            unreviewed.len(),
            missing.len()
        );
        for (label, ids) in [
            ("stale", &stale),
            ("unreviewed", &unreviewed),
            ("missing", &missing),
        ] {
            if !ids.is_empty() {
                println!("  {label}: {}", ids.join(", "));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
