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

/// Prints diagnostics (to standard error for people, standard output for
/// JSON) and, for people, a count of them.
pub fn report(diagnostics: &Diagnostics, sources: &Sources, format: Format) {
    match format {
        Format::Json => out!("{}", diagnostics.to_json_lines(sources)),
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
