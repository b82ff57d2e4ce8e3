//! Work run in a child process of sengen with limits on its memory and its
//! time, set by the system (`setrlimit` between fork and exec): a build with
//! a user's templates (code, which Typst runs without limits of its own),
//! and the reading of a PDF (whose compressed streams the reader inflates
//! whole: a few megabytes may ask for gigabytes). The command line runs
//! itself again as such a child (`cmd::limited`); the page of `sengen
//! serve` first reads a PDF dropped on it in one, and reads it itself only
//! when the child read it within the limits.

use std::process::{Command, ExitStatus};

use crate::diagnostic::{Code, Diagnostic, Internal};
use crate::words;

/// Set in the child, so that it does the work instead of starting another.
pub const CHILD: &str = "SENGEN_LIMITED_CHILD";

/// The memory the reading of a PDF may use: a declaration's PDF takes a
/// few tens of megabytes.
pub const PDF_MEMORY: u64 = 1024 * 1024 * 1024;

/// The processor time the reading of a PDF may use (it takes a tenth of a
/// second).
pub const PDF_SECONDS: u64 = 60;

/// Whether this process is a limited child.
pub fn inside() -> bool {
    std::env::var_os(CHILD).is_some()
}

/// This same program, to run as a limited child within `memory` bytes and
/// `seconds` of processor time; its arguments are the caller's to give.
pub fn child(memory: u64, seconds: u64) -> Result<Command, Internal> {
    let me = std::env::current_exe().map_err(|e| Internal::Environment {
        what: "finding sengen's own program, to run it with limits".to_owned(),
        detail: e.to_string(),
    })?;
    let mut command = Command::new(me);
    command.env(CHILD, "1");
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
    Ok(command)
}

/// What stopped a child that did not finish: `time` or `memory` (a key of
/// the wording); `None` when it finished (whatever its exit code).
pub fn stopped_by(status: &ExitStatus) -> Option<&'static str> {
    if status.code().is_some() {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        return Some(match status.signal() {
            Some(libc::SIGXCPU) | Some(libc::SIGKILL) => "time",
            _ => "memory",
        });
    }
    #[allow(unreachable_code)]
    Some("memory")
}

/// The reading of the PDF draft `name` stopped by `limit` (`time` or `memory`).
pub fn pdf_stopped(name: &str, limit: &str) -> Diagnostic {
    Diagnostic::new(
        Code::I002,
        words!(
            "I002-pdf-stopped",
            name = name,
            limit = limit,
            gigabytes = PDF_MEMORY / (1024 * 1024 * 1024),
            seconds = PDF_SECONDS
        ),
    )
    .hint(words!("I002-pdf-stopped-hint"))
}
