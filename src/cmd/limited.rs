//! A build with a user's templates (`--templates DIR`), and the reading of
//! a PDF draft (`sengen import FILE.pdf`), run in a child process of sengen
//! with limits on its memory and its time. A PDF's streams are compressed,
//! and the PDF reader inflates each whole: a few megabytes may ask for
//! gigabytes. sengen's own
//! templates are known to typeset a declaration in seconds; a user's are
//! code, and Typst, which runs it, has no limits of its own: a template
//! that loops for ever or asks for gigabytes (`range(2000000000)`) would
//! hang the machine or abort sengen. In the child, the system enforces the
//! limits; the parent waits, and says in the user's words what stopped it.
//! Nothing is written: a build writes its PDFs only once every one is made.
//! The child itself, and what stopped it, are the library's (`limits`).

use std::process::ExitCode;

use sengen::diagnostic::{Code, Diagnostic, Diagnostics};
use sengen::words;

use super::refused;
use crate::cli::Format;

/// The memory a build with a user's templates may use, in bytes: a
/// declaration takes a few hundred megabytes.
pub const MEMORY: u64 = 4 * 1024 * 1024 * 1024;

/// The processor time it may use, in seconds (a build takes a few).
pub const SECONDS: u64 = 300;

/// Whether this process is the limited child (or limits are not wanted).
pub fn inside() -> bool {
    sengen::limits::inside()
}

/// No limit on time (`watch` runs until it is stopped).
// rlim_t is u64 here, but not on every platform libc serves.
#[allow(clippy::unnecessary_cast)]
pub const UNLIMITED: u64 = libc::RLIM_INFINITY as u64;

/// What runs limited, for what is said when it is stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Work {
    /// A build with a user's templates.
    Templates,
    /// The reading of the PDF draft named (as the user gave it).
    Pdf(String),
}

pub use sengen::limits::{PDF_MEMORY, PDF_SECONDS};

/// Runs this same command again as a limited child, and reports why it
/// stopped if it did not finish; its standard output and error are this
/// process's.
pub fn run(format: Format, seconds: u64) -> ExitCode {
    run_limited(format, Work::Templates, MEMORY, seconds)
}

/// As `run`, for `work`, within `memory` bytes and `seconds`.
pub fn run_limited(format: Format, work: Work, memory: u64, seconds: u64) -> ExitCode {
    let Ok(mut command) = sengen::limits::child(memory, seconds) else {
        return cannot_start();
    };
    command.args(std::env::args_os().skip(1));
    let status = match command.status() {
        Ok(status) => status,
        Err(_) => return cannot_start(),
    };
    // It finished (or was refused, or aborted for want of memory: Rust
    // aborts with a signal, not a code).
    let Some(limit) = sengen::limits::stopped_by(&status) else {
        return ExitCode::from(status.code().unwrap_or(2).clamp(0, 255) as u8);
    };
    let gigabytes = memory / (1024 * 1024 * 1024);
    let stopped = match work {
        Work::Templates => Diagnostic::new(
            Code::R034,
            words!(
                "R034-templates-stopped",
                limit = limit,
                gigabytes = gigabytes,
                seconds = seconds
            ),
        )
        .hint(words!("R034-templates-stopped-hint", limit = limit)),
        Work::Pdf(name) => sengen::limits::pdf_stopped(&name, limit),
    };
    let code = refused(&Diagnostics::from(stopped), format);
    if format == Format::Human {
        super::warn(words!("report-nothing-written"));
    }
    code
}

fn cannot_start() -> ExitCode {
    super::warn(words!("report-limited-cannot-start"));
    super::INTERNAL.into()
}
