//! A later draft dropped on the page: what `import --into` would change,
//! block by block, shown before anything is written; accepted all at once,
//! block by block (`Accept::Only`), or put aside; written through
//! `Session::commit`.

use std::collections::BTreeSet;
use std::sync::Arc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::{Value, json};

use super::page::{failure_response, make_change, page_ui, read_now, respond, work};
use super::start::{keep_draft, report, request};
use super::uploads::UploadQuery;
use super::{Session, lock, refuse, uploads};
use crate::diagnostic::Sources;
use crate::import::{self, Accept, Target};

type Shared = Arc<Session>;

/// A later draft dropped on the page: what it would change, block by
/// block, for the person to accept; nothing written.
pub async fn draft(
    State(session): State<Shared>,
    Query(query): Query<UploadQuery>,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let answer = work(move || -> Result<Value, Response> {
        let ui = page_ui(query.ui.as_deref());
        let name = uploads::safe_name(query.name.as_deref().unwrap_or_default(), "draft.docx");
        let bytes = uploads::bytes(body, &name, &ui)?;
        let (_, now) = read_now(&session, &ui)?;
        let upload = keep_draft(&session, &name, &bytes, &now.source_language(), &ui)?;
        let answer = plan_draft(&session, &upload, &ui)?;
        *lock(&session.pending_draft) = Some(upload);
        Ok(answer)
    })
    .await;
    respond(answer)
}

/// What the draft `upload` would change in the folder as it is now.
fn plan_draft(
    session: &Session,
    upload: &uploads::Upload,
    ui: &crate::ui::Ui,
) -> Result<Value, Response> {
    let (_, now) = read_now(session, ui)?;
    let lang = now.source_language();
    let request = request(
        upload,
        &lang,
        Target::Into(session.dir()),
        Accept::All,
        false,
    );
    let mut sources = Sources::default();
    let imported =
        import::import(&request, &mut sources).map_err(|f| failure_response(f, &sources, ui))?;
    let mut answer = report(&imported, &sources, ui);
    answer["name"] = Value::from(upload.name.clone());
    answer["lang"] = Value::from(lang);
    Ok(answer)
}

#[derive(Deserialize)]
pub struct AcceptDraft {
    /// The blocks accepted (by id); all of them when absent.
    #[serde(default)]
    ids: Option<Vec<String>>,
    #[serde(default)]
    ui: Option<String>,
    #[serde(default)]
    tab: Option<String>,
}

/// The changes of the draft accepted, all or those of some blocks: `import
/// --into` (with only those blocks); what is left to decide, after.
pub async fn accept_draft(
    State(session): State<Shared>,
    Json(asked): Json<AcceptDraft>,
) -> Response {
    let answer = work(move || -> Result<Value, Response> {
        let ui = page_ui(asked.ui.as_deref());
        let Some(upload) = lock(&session.pending_draft).clone() else {
            return Err(refuse(
                StatusCode::CONFLICT,
                "no draft waits: drop it on the page again",
            ));
        };
        let _writing = lock(&session.writing);
        let (folder, before) = read_now(&session, &ui)?;
        let accept = match &asked.ids {
            Some(ids) => Accept::Only(ids.iter().cloned().collect::<BTreeSet<String>>()),
            None => Accept::All,
        };
        let lang = before.source_language();
        let request = request(&upload, &lang, Target::Into(session.dir()), accept, false);
        let mut sources = Sources::default();
        let imported = import::import(&request, &mut sources)
            .map_err(|f| failure_response(f, &sources, &ui))?;
        let update = make_change(
            &session,
            (&folder, &before),
            &imported.changes_made,
            &ui,
            (asked.ui.as_deref(), asked.tab.as_deref()),
        )?;
        // What is left of the draft to decide.
        let left = plan_draft(&session, &upload, &ui)?;
        if left["decisions"].as_array().is_none_or(Vec::is_empty) {
            *lock(&session.pending_draft) = None;
        }
        Ok(json!({ "update": update, "left": left }))
    })
    .await;
    respond(answer)
}

/// The draft put aside: what was not accepted stays as it is.
pub async fn close_draft(State(session): State<Shared>) -> Response {
    *lock(&session.pending_draft) = None;
    Json(json!({ "closed": true })).into_response()
}
