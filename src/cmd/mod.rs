//! The commands, one file each: each resolves its arguments, calls the
//! library, prints what it found and returns the exit status. What they
//! share is here: printing diagnostics and failures, counting in words.

/// `println!` through `say`.
macro_rules! outln {
    () => { $crate::cmd::say(format_args!("\n")) };
    ($($arg:tt)*) => { $crate::cmd::say(format_args!("{}\n", format_args!($($arg)*))) };
}

/// `print!` through `say`.
macro_rules! out {
    ($($arg:tt)*) => { $crate::cmd::say(format_args!($($arg)*)) };
}

pub mod build;
pub mod check;
pub mod completions;
pub mod diff;
pub mod explain;
pub mod fingerprint;
pub mod import;
pub mod new;
pub mod schema;
pub mod serve;
pub mod translations;
pub mod watch;
pub mod xliff;

use std::io::Write;
use std::process::ExitCode;

use sengen::diagnostic::{Diagnostics, Failure, Severity, Sources};

use crate::cli::Format;

/// The input is wrong: diagnostics were printed.
pub const INVALID: u8 = 1;
/// sengen or its environment failed.
pub const INTERNAL: u8 = 2;

/// Writes to standard output. A reader that went away (`sengen explain |
/// head`) ends the command quietly, as it would a Unix tool, not with a panic.
pub fn say(text: std::fmt::Arguments) {
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = stdout.write_fmt(text).and_then(|()| stdout.flush())
        && e.kind() == std::io::ErrorKind::BrokenPipe
    {
        std::process::exit(0);
    }
}

/// "s" for any count but one.
pub fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// « wrote out/shizuoka-2024.fr.pdf (4 pages, 91234 bytes) ».
pub fn wrote(file: &sengen::write::Written) -> String {
    let pages = file
        .pages
        .map(|p| format!("{p} page{}, ", plural(p)))
        .unwrap_or_default();
    format!(
        "wrote {} ({pages}{} bytes)",
        file.path.display(),
        file.bytes
    )
}

/// Prints diagnostics (to standard error for people, standard output for
/// JSON) and, for people, a count of them. Notes (what the PDF already gets
/// right) are counted, not shown: `show_notes` shows them too.
pub fn report(diagnostics: &Diagnostics, sources: &Sources, format: Format) {
    report_notes(diagnostics, sources, format, false);
}

pub fn report_notes(
    diagnostics: &Diagnostics,
    sources: &Sources,
    format: Format,
    show_notes: bool,
) {
    match format {
        Format::Json => out!("{}", diagnostics.to_json_lines(sources)),
        Format::Human => {
            let (shown, notes) = diagnostics.without_notes();
            if show_notes {
                diagnostics.print(sources);
            } else {
                shown.print(sources);
            }
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
            if !notes.is_empty() {
                let fixable = notes.0.iter().filter(|d| !d.fixes.is_empty()).count();
                eprintln!(
                    "note: {} note{} on what the PDF already prints right ({}){}",
                    notes.0.len(),
                    plural(notes.0.len()),
                    note_codes(&notes),
                    if show_notes {
                        String::new()
                    } else if fixable > 0 {
                        "; `--notes` shows them, `--fix` writes them into the files".to_owned()
                    } else {
                        "; `--notes` shows them".to_owned()
                    }
                );
            }
        }
    }
}

/// « 85 × T104 » for each code of some notes.
fn note_codes(notes: &Diagnostics) -> String {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for d in &notes.0 {
        match counts.iter_mut().find(|(c, _)| *c == d.code.name()) {
            Some((_, n)) => *n += 1,
            None => counts.push((d.code.name(), 1)),
        }
    }
    counts
        .iter()
        .map(|(c, n)| format!("{n} × {c}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Prints why a command stopped, and gives its exit status.
pub fn failed(failure: &Failure, sources: &Sources, format: Format) -> ExitCode {
    match failure {
        Failure::Invalid(diagnostics) => {
            report(diagnostics, sources, format);
            INVALID.into()
        }
        Failure::Internal(internal) => {
            eprintln!("error: {internal}");
            INTERNAL.into()
        }
    }
}

/// Arguments that cannot work together, refused before any work.
pub fn refused(diagnostics: &Diagnostics, format: Format) -> ExitCode {
    report(diagnostics, &Sources::default(), format);
    INVALID.into()
}
