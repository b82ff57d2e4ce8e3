//! A file dropped on the page, hostile until checked: its bytes bounded
//! (the same limit as the commands' for a draft), its name only a name (no
//! folder, no path, nothing hidden: a name of the client's never reaches
//! the file system but as the last part of a path sengen makes), kept in
//! the session's private folder while the page decides on it. What it holds
//! is then read by the same library functions as the commands read files,
//! with their own limits (a .docx's zip, its XML, a translator's XLIFF).

use std::path::PathBuf;

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::Session;
use crate::diagnostic::{Code, Diagnostic, Sources};
use crate::ui::Ui;
use crate::words;

/// The largest file the page takes: a draft's limit (`import`'s).
pub const LARGEST_UPLOAD: usize = crate::import::docx::LARGEST_FILE as usize;

/// The longest name kept of an uploaded file's.
const LONGEST_NAME: usize = 120;

/// What a request sending a file says of it: its name, as the person's
/// machine names it, and the page's language.
#[derive(serde::Deserialize)]
pub struct UploadQuery {
    pub name: Option<String>,
    pub ui: Option<String>,
}

/// An uploaded file, kept while the page decides on it.
#[derive(Debug, Clone)]
pub struct Upload {
    /// Its name as the page gave it, made safe: shown, and the name the
    /// file is kept under.
    pub name: String,
    pub path: PathBuf,
}

/// The name a client gave a file, as a file name sengen can keep it under:
/// its last part (after any `/` or `\`), without control characters, not
/// hidden, not empty, at most `LONGEST_NAME` characters.
pub fn safe_name(given: &str, fallback: &str) -> String {
    let last = given.rsplit(['/', '\\']).next().unwrap_or_default();
    let kept: String = last
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, ':' | '*' | '?' | '"' | '<' | '>' | '|'))
        .take(LONGEST_NAME)
        .collect();
    let kept = kept.trim().trim_start_matches('.').to_owned();
    if kept.is_empty() {
        fallback.to_owned()
    } else {
        kept
    }
}

/// The bytes of an upload, or its refusal: too large (C016), or cut short.
pub fn bytes(body: Result<Bytes, BytesRejection>, name: &str, ui: &Ui) -> Result<Bytes, Response> {
    let refusal = |diagnostic: Diagnostic, status: StatusCode| {
        let findings = vec![super::page::finding(&diagnostic, &Sources::default(), ui)];
        (status, axum::Json(json!({ "findings": findings }))).into_response()
    };
    match body {
        Ok(bytes) if bytes.len() <= LARGEST_UPLOAD => Ok(bytes),
        Ok(bytes) => Err(refusal(
            too_large(name, bytes.len()),
            StatusCode::PAYLOAD_TOO_LARGE,
        )),
        Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => Err(refusal(
            too_large(name, LARGEST_UPLOAD + 1),
            StatusCode::PAYLOAD_TOO_LARGE,
        )),
        Err(_) => Err(refusal(
            Diagnostic::new(Code::C016, words!("C016-upload-cut", name = name))
                .hint(words!("C016-upload-cut-hint")),
            StatusCode::BAD_REQUEST,
        )),
    }
}

fn too_large(name: &str, size: usize) -> Diagnostic {
    Diagnostic::new(
        Code::C016,
        words!(
            "C016-upload-too-large",
            name = name,
            size = format!("{:.1}", size as f64 / (1024.0 * 1024.0))
        ),
    )
    .hint(words!(
        "C016-upload-too-large-hint",
        limit = (LARGEST_UPLOAD / (1024 * 1024)).to_string()
    ))
}

impl Session {
    /// A new folder of its own in the session's private folder.
    pub fn private_folder(&self, prefix: &str) -> Result<PathBuf, crate::diagnostic::Internal> {
        Ok(tempfile::Builder::new()
            .prefix(prefix)
            .tempdir_in(self.uploads.path())
            .map_err(|e| crate::diagnostic::Internal::io("create", self.uploads.path(), e))?
            .keep())
    }

    /// Keeps an upload's bytes in a folder of its own in the session's
    /// private folder, under its safe name.
    pub fn keep_upload(
        &self,
        name: &str,
        bytes: &[u8],
    ) -> Result<Upload, crate::diagnostic::Internal> {
        let path = self.private_folder("upload-")?.join(name);
        crate::write::replace(&path, bytes)?;
        Ok(Upload {
            name: name.to_owned(),
            path,
        })
    }
}
