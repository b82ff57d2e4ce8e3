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

pub mod block;
pub mod build;
pub mod check;
pub mod completions;
pub mod diff;
pub mod explain;
pub mod fingerprint;
pub mod import;
pub mod limited;
pub mod new;
pub mod schema;
pub mod serve;
pub mod translations;
pub mod verify;
pub mod watch;
pub mod xliff;

use std::io::Write;
use std::process::ExitCode;
use std::sync::OnceLock;

use sengen::diagnostic::{Diagnostics, Failure, Severity, Sources};
use sengen::ui::{Ui, Words};
use sengen::words;

use crate::cli::Format;

/// The input is wrong: diagnostics were printed.
pub const INVALID: u8 = 1;
/// sengen or its environment failed.
pub const INTERNAL: u8 = 2;

/// The person at the terminal: their language, chosen once (`--ui-lang`,
/// `SENGEN_LANG`, the system's).
static UI: OnceLock<Ui> = OnceLock::new();

pub fn set_ui(ui: Ui) {
    let _ = UI.set(ui);
}

/// The language this run speaks.
pub fn ui() -> &'static Ui {
    UI.get_or_init(|| Ui::from_env(None))
}

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

/// Says words on standard output, on a line of their own.
pub fn tell(words: Words) {
    say(format_args!("{}\n", ui().say(&words)));
}

/// Says words on standard error, on a line of their own.
pub fn warn(words: Words) {
    eprintln!("{}", ui().say(&words));
}

/// « wrote out/shizuoka-2024.fr.pdf (4 pages, 91234 bytes) ».
pub fn wrote(file: &sengen::write::Written) -> Words {
    words!(
        "report-wrote",
        file = file.path.display().to_string(),
        pages = file.pages.map_or(-1, |p| p as i64),
        bytes = file.bytes
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
        Format::Json => out!("{}", diagnostics.to_json_lines(sources, ui())),
        Format::Human => {
            let (shown, notes) = diagnostics.without_notes();
            if show_notes {
                diagnostics.print(sources, ui());
            } else {
                shown.print(sources, ui());
            }
            let errors = diagnostics.count(Severity::Error);
            let warnings = diagnostics.count(Severity::Warning);
            if errors + warnings > 0 {
                warn(words!(
                    "report-problems",
                    errors = errors,
                    warnings = warnings
                ));
            }
            if !notes.is_empty() {
                let fixable = notes.0.iter().filter(|d| !d.fixes.is_empty()).count();
                let then = match (show_notes, fixable > 0) {
                    (true, _) => "shown",
                    (false, true) => "fixable",
                    (false, false) => "hidden",
                };
                warn(words!(
                    "report-notes",
                    count = notes.0.len(),
                    codes = note_codes(&notes),
                    then = then
                ));
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
            warn(words!("report-internal", error = internal.words()));
            INTERNAL.into()
        }
    }
}

/// Arguments that cannot work together, refused before any work.
pub fn refused(diagnostics: &Diagnostics, format: Format) -> ExitCode {
    report(diagnostics, &Sources::default(), format);
    INVALID.into()
}
