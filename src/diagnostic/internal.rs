//! Internal failures: what stops a run that is not the user's to fix (exit 2).
//! Either the environment refused (a disk full, a folder that cannot be
//! created, no threads) or sengen has a bug (its own wording or templates
//! broken, a panic). Each kind is a variant, so a caller can tell them apart
//! and tests can match them; the message says what failed and where.

use std::path::PathBuf;

use crate::ui::Words;
use crate::words;

#[derive(Debug, thiserror::Error)]
pub enum Internal {
    /// A file or folder could not be read, written or created.
    #[error("cannot {action} {}: {source}", path.display())]
    Io {
        /// "write", "create the output folder"…
        action: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The machine refused something sengen needs (threads, file watching).
    #[error("{what}: {detail}")]
    Environment { what: String, detail: String },
    /// sengen's fixed wording (`locales/`) is incomplete or does not resolve.
    #[error("locales/{lang}: {detail}")]
    Wording { lang: String, detail: String },
    /// A language's profile (`locales/<tag>/profile.toml`) does not read.
    #[error("locales/{lang}/profile.toml: {detail}")]
    Profile { lang: String, detail: String },
    /// One of sengen's own templates does not register or render.
    #[error("templates/{template}: {detail}")]
    Template { template: String, detail: String },
    /// ICU could not format a date or a number.
    #[error("formatting {what}: {detail}")]
    Format { what: String, detail: String },
    /// Typst rejected the source sengen's own templates made; `report` holds
    /// Typst's diagnostics (R001) against the generated source.
    #[error(
        "Typst could not typeset the generated document; this is a bug in sengen's templates.\n{report}"
    )]
    Typst { report: String },
    /// Typst could not write the PDF.
    #[error("Typst could not write the PDF: {detail}")]
    Pdf { detail: String },
    /// The signature fields could not be added to the PDF Typst wrote.
    #[error("cannot add the signature fields to the PDF: {detail}")]
    Fields { detail: String },
    /// The work of one output panicked (a bug, in sengen or in Typst); the
    /// other outputs and the previous PDFs survive it.
    #[error("typesetting panicked: {0}")]
    Panic(String),
    /// A stage received what an earlier stage guarantees it never hands on.
    #[error("{0} (a bug in sengen)")]
    Broken(String),
}

impl Internal {
    /// A failed read, write or creation of `path`.
    pub fn io(action: &'static str, path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Internal::Io {
            action,
            path: path.into(),
            source,
        }
    }
}

impl Internal {
    /// What failed, in the reader's words: the frame of each kind is the
    /// tool's wording; what only a developer reads (a bug's detail, the
    /// system's own message) is given as it is.
    pub fn words(&self) -> Words {
        match self {
            Internal::Io {
                action,
                path,
                source,
            } => words!(
                "internal-io",
                action = action.replace(' ', "-"),
                path = path.display().to_string(),
                reason = io_reason(source)
            ),
            Internal::Environment { what, detail } => {
                words!("internal-environment", what = what, detail = detail)
            }
            Internal::Wording { lang, detail } => {
                words!("internal-wording", lang = lang, detail = detail)
            }
            Internal::Profile { lang, detail } => {
                words!("internal-profile", lang = lang, detail = detail)
            }
            Internal::Template { template, detail } => {
                words!("internal-template", template = template, detail = detail)
            }
            Internal::Format { what, detail } => {
                words!("internal-format", what = what, detail = detail)
            }
            Internal::Typst { report } => words!("internal-typst", report = report),
            Internal::Pdf { detail } => words!("internal-pdf", detail = detail),
            Internal::Fields { detail } => words!("internal-fields", detail = detail),
            Internal::Panic(why) => words!("internal-panic", detail = why),
            Internal::Broken(detail) => words!("internal-broken", detail = detail),
        }
    }
}

/// Why the system refused a file: its common reasons in the reader's
/// words, any other as the system says it.
pub fn io_reason(error: &std::io::Error) -> Words {
    use std::io::ErrorKind;
    let kind = match error.kind() {
        ErrorKind::NotFound => "not-found",
        ErrorKind::PermissionDenied => "permission-denied",
        ErrorKind::AlreadyExists => "already-exists",
        ErrorKind::StorageFull => "storage-full",
        ErrorKind::ReadOnlyFilesystem => "read-only",
        ErrorKind::IsADirectory => "is-a-folder",
        ErrorKind::NotADirectory => "not-a-folder",
        _ => "other",
    };
    words!("io-reason", kind = kind, detail = error.to_string())
}
