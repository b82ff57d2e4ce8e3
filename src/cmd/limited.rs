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

use std::process::ExitCode;

use sengen::diagnostic::{Code, Diagnostic, Diagnostics};
use sengen::words;

use super::{INVALID, refused};
use crate::cli::Format;

/// Set in the child, so that it does the work instead of starting another.
const CHILD: &str = "SENGEN_LIMITED_CHILD";

/// The memory a build with a user's templates may use, in bytes: a
/// declaration takes a few hundred megabytes.
pub const MEMORY: u64 = 4 * 1024 * 1024 * 1024;

/// The processor time it may use, in seconds (a build takes a few).
pub const SECONDS: u64 = 300;

/// Whether this process is the limited child (or limits are not wanted).
pub fn inside() -> bool {
    std::env::var_os(CHILD).is_some()
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

/// The memory the reading of a PDF may use: a declaration's PDF takes a
/// few tens of megabytes.
pub const PDF_MEMORY: u64 = 1024 * 1024 * 1024;

/// The processor time the reading of a PDF may use (it takes a tenth of a
/// second).
pub const PDF_SECONDS: u64 = 60;

/// Runs this same command again as a limited child, and reports why it
/// stopped if it did not finish; its standard output and error are this
/// process's.
pub fn run(format: Format, seconds: u64) -> ExitCode {
    run_limited(format, Work::Templates, MEMORY, seconds)
}

/// As `run`, for `work`, within `memory` bytes and `seconds`.
pub fn run_limited(format: Format, work: Work, memory: u64, seconds: u64) -> ExitCode {
    let Ok(me) = std::env::current_exe() else {
        return cannot_start();
    };
    let mut command = std::process::Command::new(me);
    command.args(std::env::args_os().skip(1)).env(CHILD, "1");
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        // SAFETY: between fork and exec, only setrlimit (async-signal-safe)
        // runs; it allocates nothing.
        unsafe {
            command.pre_exec(move || {
                let limit = |resource, value: u64| {
                    let rlimit = libc::rlimit {
                        rlim_cur: value as libc::rlim_t,
                        rlim_max: value as libc::rlim_t,
                    };
                    if libc::setrlimit(resource, &rlimit) == 0 {
                        Ok(())
                    } else {
                        Err(std::io::Error::last_os_error())
                    }
                };
                limit(libc::RLIMIT_AS, memory)?;
                limit(libc::RLIMIT_CPU, seconds)?;
                Ok(())
            });
        }
    }
    let status = match command.status() {
        Ok(status) => status,
        Err(_) => return cannot_start(),
    };
    if let Some(code) = status.code() {
        // It finished (or was refused, or aborted for want of memory: Rust
        // aborts with a signal, not a code).
        return ExitCode::from(code.clamp(0, 255) as u8);
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        let limit = match status.signal() {
            Some(libc::SIGXCPU) | Some(libc::SIGKILL) => "time",
            _ => "memory",
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
            Work::Pdf(name) => Diagnostic::new(
                Code::I002,
                words!(
                    "I002-pdf-stopped",
                    name = name,
                    limit = limit,
                    gigabytes = gigabytes,
                    seconds = seconds
                ),
            )
            .hint(words!("I002-pdf-stopped-hint")),
        };
        let code = refused(&Diagnostics::from(stopped), format);
        if format == Format::Human {
            super::warn(words!("report-nothing-written"));
        }
        return code;
    }
    #[allow(unreachable_code)]
    INVALID.into()
}

fn cannot_start() -> ExitCode {
    super::warn(words!("report-limited-cannot-start"));
    super::INTERNAL.into()
}
