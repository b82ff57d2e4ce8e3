//! The `sengen` binary: parse the arguments, run the library, print what it
//! found, set the exit status (0 ok, 1 invalid input, 2 internal failure).

mod cli;

use std::process::ExitCode;

use clap::Parser;
use sengen::check::lint::translations::{self, Status};
use sengen::diagnostic::{Diagnostics, Failure, Severity, Sources};
use sengen::pipeline::{self, BuildRequest};

use cli::{BuildArgs, CheckArgs, Cli, Command, Emit, Format, TranslationsArgs};

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
        Command::Check(args) => check(args, &mut sources),
        Command::Translations(args) => translations(args, &mut sources),
        Command::Fingerprint { dir } => {
            pipeline::fingerprint(dir, &mut sources).map(|fingerprint| {
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

/// Prints diagnostics (to standard error for people, standard output for JSON) and a summary.
fn report(diagnostics: &Diagnostics, sources: &Sources, format: Format) {
    match format {
        Format::Json => print!("{}", diagnostics.to_json_lines(sources)),
        Format::Human => {
            diagnostics.print(sources);
            let errors = diagnostics.count(Severity::Error);
            let warnings = diagnostics.count(Severity::Warning);
            let plural = |n: usize| if n == 1 { "" } else { "s" };
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
    let layouts: Vec<_> = args.layouts.iter().map(|l| (*l).into()).collect();
    let request = BuildRequest {
        dir: &args.dir,
        out_dir: &args.out,
        languages: &args.languages,
        layouts: &layouts,
        emit_typst: args.emit.contains(&Emit::Typst),
        timestamp: source_date_epoch()?,
        attach_source: args.attach_source,
    };
    let report = pipeline::build(&request, sources)?;
    summarize(&report.warnings, &args.dir);
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
    Ok(ExitCode::SUCCESS)
}

/// A build names its warnings by kind; `sengen check` shows each one.
fn summarize(warnings: &Diagnostics, dir: &std::path::Path) {
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
        if warnings.0.len() == 1 { "" } else { "s" }
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
            eprintln!(
                "fixed {edits} finding{} in {file}",
                if *edits == 1 { "" } else { "s" }
            );
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
