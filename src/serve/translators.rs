//! The translators' round trip on the page: a language to translate into
//! added (`translations --add`), the XLIFF downloaded (`xliff export`), the
//! file they return judged first (`xliff import` without writing: its
//! report, its refusals L030–L035) and accepted after; written through
//! `Session::commit`.

use std::sync::Arc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::{Value, json};

use super::page::{all_findings, failure_response, make_change, page_ui, read_now, respond, work};
use super::uploads::UploadQuery;
use super::{Session, lock, refuse, uploads};
use crate::diagnostic::Sources;
use crate::edit::Folder;
use crate::xliff::{self, Only, Version};

type Shared = Arc<Session>;

#[derive(Deserialize)]
pub struct XliffQuery {
    lang: String,
    #[serde(default)]
    version: Option<String>,
    #[serde(default)]
    only: Option<String>,
    #[serde(default)]
    ui: Option<String>,
}

/// A translation as an XLIFF file to download: `xliff export`.
pub async fn xliff_export(
    State(session): State<Shared>,
    Query(query): Query<XliffQuery>,
) -> Response {
    let answer = work(move || -> Result<Response, Response> {
        let ui = page_ui(query.ui.as_deref());
        let version = match query.version.as_deref() {
            Some("2.0") => Version::V2_0,
            _ => Version::V1_2,
        };
        let only = match query.only.as_deref() {
            Some("stale") => Only::Stale,
            _ => Only::All,
        };
        let mut sources = Sources::default();
        let checked = Folder::read(&session.dir())
            .and_then(|folder| folder.prepare_translation_work(&mut sources))
            .map_err(|f| failure_response(f, &sources, &ui))?;
        let declaration = &checked.declaration;
        let text = xliff::export(declaration, &query.lang, version, only)
            .map_err(|f| failure_response(f, &sources, &ui))?;
        // The name is sengen's: the declaration's id and a language it has.
        let name = format!("{}.{}.xlf", declaration.id, query.lang);
        Ok((
            [
                (
                    header::CONTENT_TYPE,
                    "application/x-xliff+xml; charset=utf-8".to_owned(),
                ),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"{name}\""),
                ),
            ],
            text,
        )
            .into_response())
    })
    .await;
    match answer {
        Ok(Ok(response)) | Ok(Err(response)) | Err(response) => response,
    }
}

/// What the XLIFF `upload` brings, judged against the folder now: `xliff
/// import` without writing; and its changes.
fn plan_xliff(
    folder: &Folder,
    upload: &uploads::Upload,
    ui: &crate::ui::Ui,
) -> Result<(Value, crate::edit::Changeset), Response> {
    let mut sources = Sources::default();
    let imported = xliff::import::import(folder, &mut sources, &upload.path, false, false)
        .map_err(|f| failure_response(f, &sources, ui))?;
    let answer = json!({
        "name": upload.name,
        "lang": imported.lang,
        "changed": imported.changed,
        "reviewed": imported.reviewed,
        "stale": imported.stale,
        "warnings": all_findings(&imported.warnings, &sources, ui),
    });
    Ok((answer, imported.changes))
}

/// A translator's XLIFF dropped on the page: its report (what it changes,
/// what it marks reviewed, what it refuses), nothing written.
pub async fn xliff_upload(
    State(session): State<Shared>,
    Query(query): Query<UploadQuery>,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let answer = work(move || -> Result<Value, Response> {
        let ui = page_ui(query.ui.as_deref());
        let name = uploads::safe_name(query.name.as_deref().unwrap_or_default(), "translation.xlf");
        let bytes = uploads::bytes(body, &name, &ui)?;
        let upload = session
            .keep_upload(&name, &bytes)
            .map_err(|e| failure_response(e.into(), &Sources::default(), &ui))?;
        let folder = Folder::read(&session.dir())
            .map_err(|f| failure_response(f, &Sources::default(), &ui))?;
        let (answer, _) = plan_xliff(&folder, &upload, &ui)?;
        *lock(&session.pending_xliff) = Some(upload);
        Ok(answer)
    })
    .await;
    respond(answer)
}

#[derive(Deserialize)]
pub struct AcceptXliff {
    #[serde(default)]
    ui: Option<String>,
    #[serde(default)]
    tab: Option<String>,
}

/// The translator's work accepted: `xliff import`.
pub async fn xliff_accept(
    State(session): State<Shared>,
    Json(asked): Json<AcceptXliff>,
) -> Response {
    let answer = work(move || -> Result<Value, Response> {
        let ui = page_ui(asked.ui.as_deref());
        let Some(upload) = lock(&session.pending_xliff).take() else {
            return Err(refuse(
                StatusCode::CONFLICT,
                "no translation waits: drop it on the page again",
            ));
        };
        let _writing = lock(&session.writing);
        let (folder, before) = read_now(&session, &ui)?;
        let (report, changes) = plan_xliff(&folder, &upload, &ui)?;
        let update = make_change(
            &session,
            (&folder, &before),
            &changes,
            &ui,
            (asked.ui.as_deref(), asked.tab.as_deref()),
        )?;
        Ok(json!({ "update": update, "report": report }))
    })
    .await;
    respond(answer)
}

#[derive(Deserialize)]
pub struct AddLanguage {
    lang: String,
    #[serde(default)]
    ui: Option<String>,
    #[serde(default)]
    tab: Option<String>,
}

/// A language to translate into, added: `translations --add`.
pub async fn add_language(
    State(session): State<Shared>,
    Json(asked): Json<AddLanguage>,
) -> Response {
    let answer = work(move || -> Result<Value, Response> {
        let ui = page_ui(asked.ui.as_deref());
        let _writing = lock(&session.writing);
        let (folder, before) = read_now(&session, &ui)?;
        let changes = crate::translations::add_language(&before.prepared.declaration, &asked.lang)
            .map_err(|f| failure_response(f, &Sources::default(), &ui))?;
        let update = make_change(
            &session,
            (&folder, &before),
            &changes,
            &ui,
            (asked.ui.as_deref(), asked.tab.as_deref()),
        )?;
        Ok(json!({ "update": update }))
    })
    .await;
    respond(answer)
}
