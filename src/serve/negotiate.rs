//! The page's part in a negotiation, each through the library function of
//! its command: the structure changed (`sengen block`), a later draft
//! brought in and its changes accepted all at once or block by block
//! (`import --into`), the translation sent out and taken back (`xliff
//! export`, `xliff import`, its report shown before it is accepted), this
//! draft compared with an earlier one, a revision of its history or a .docx
//! (`diff`), the redline PDFs to download.
//!
//! Every write goes through `Session::commit` (the files' own change, all
//! or none); a refusal writes nothing.

use std::collections::BTreeSet;
use std::sync::Arc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::{Value, json};

use super::page::{
    Seen, after_commit, all_findings, failure_response, page_ui, read_now, respond, work,
};
use super::start::{keep_draft, report, request};
use super::{Session, lock, refuse, uploads};
use crate::diagnostic::Sources;
use crate::edit::Folder;
use crate::edit::blocks::{self, Asked, Kind, Move};
use crate::import::{self, Accept, Target};
use crate::options::{BuildOptions, DiffOptions, Selection};
use crate::pipeline::DraftAt;
use crate::xliff::{self, Only, Version};

type Shared = Arc<Session>;

/// The most revisions the history lists.
const MOST_REVISIONS: usize = 100;

// ---- The structure

#[derive(Deserialize)]
pub struct BlockChange {
    /// `add`, `remove` or `move`.
    action: String,
    /// For `add`: what, after which block, its text per language.
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    after: Option<String>,
    #[serde(default)]
    texts: std::collections::BTreeMap<String, String>,
    /// For `remove` and `move`: which block; for `move`, `up`, `down` or
    /// `into` the heading `into`.
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    to: Option<String>,
    #[serde(default)]
    into: Option<String>,
    #[serde(default)]
    ui: Option<String>,
    #[serde(default)]
    tab: Option<String>,
}

fn asked(change: &BlockChange) -> Option<Asked> {
    let id = || change.id.clone();
    Some(match change.action.as_str() {
        "add" => Asked::Add {
            kind: Kind::named(change.kind.as_deref()?)?,
            after: change.after.clone()?,
            texts: change
                .texts
                .iter()
                .map(|(l, t)| (l.clone(), t.clone()))
                .collect(),
        },
        "remove" => Asked::Remove { id: id()? },
        "move" => Asked::Move {
            id: id()?,
            to: match change.to.as_deref()? {
                "up" => Move::Up,
                "down" => Move::Down,
                "into" => Move::Into(change.into.clone()?),
                _ => return None,
            },
        },
        _ => return None,
    })
}

/// A block added, removed or moved.
pub async fn block(State(session): State<Shared>, Json(change): Json<BlockChange>) -> Response {
    let answer = work(move || -> Result<Value, Response> {
        let ui = page_ui(change.ui.as_deref());
        let Some(asked) = asked(&change) else {
            return Err(refuse(
                StatusCode::BAD_REQUEST,
                "which change of the structure?",
            ));
        };
        let _writing = lock(&session.writing);
        let (folder, before) = read_now(&session, &ui)?;
        let (ids, changes) = blocks::propose(&before.prepared.declaration, &before.missing, &asked)
            .map_err(|f| failure_response(f, &Sources::default(), &ui))?;
        let proposal = changes
            .apply(&folder)
            .map_err(|f| failure_response(f, &Sources::default(), &ui))?;
        let after =
            Seen::of(&proposal).map_err(|(f, sources)| failure_response(f, &sources, &ui))?;
        session
            .commit(proposal)
            .map_err(|f| failure_response(f, &after.sources, &ui))?;
        let update = after_commit(
            &session,
            &before,
            &after,
            change.ui.as_deref(),
            change.tab.as_deref(),
        );
        Ok(json!({ "update": update, "ids": ids }))
    })
    .await;
    respond(answer)
}

// ---- A later draft

#[derive(Deserialize)]
pub struct UploadQuery {
    name: Option<String>,
    ui: Option<String>,
}

/// The source language of the declaration in the folder.
fn source_language(now: &Seen) -> String {
    now.prepared
        .declaration
        .languages
        .first()
        .map(|l| l.tag.to_string())
        .unwrap_or_default()
}

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
        let upload = keep_draft(&session, &name, &bytes, &source_language(&now), &ui)?;
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
    let lang = source_language(&now);
    let request = request(
        upload,
        &lang,
        Target::Into(session.dir.clone()),
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
        let lang = source_language(&before);
        let request = request(
            &upload,
            &lang,
            Target::Into(session.dir.clone()),
            accept,
            false,
        );
        let mut sources = Sources::default();
        let imported = import::import(&request, &mut sources)
            .map_err(|f| failure_response(f, &sources, &ui))?;
        let proposal = imported
            .changes_made
            .apply(&folder)
            .map_err(|f| failure_response(f, &Sources::default(), &ui))?;
        let after =
            Seen::of(&proposal).map_err(|(f, sources)| failure_response(f, &sources, &ui))?;
        session
            .commit(proposal)
            .map_err(|f| failure_response(f, &after.sources, &ui))?;
        let update = after_commit(
            &session,
            &before,
            &after,
            asked.ui.as_deref(),
            asked.tab.as_deref(),
        );
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

// ---- The translators

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
        let checked = Folder::read(&session.dir)
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
        let folder = Folder::read(&session.dir)
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
        let proposal = changes
            .apply(&folder)
            .map_err(|f| failure_response(f, &Sources::default(), &ui))?;
        let after =
            Seen::of(&proposal).map_err(|(f, sources)| failure_response(f, &sources, &ui))?;
        session
            .commit(proposal)
            .map_err(|f| failure_response(f, &after.sources, &ui))?;
        let update = after_commit(
            &session,
            &before,
            &after,
            asked.ui.as_deref(),
            asked.tab.as_deref(),
        );
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
        let proposal = changes
            .apply(&folder)
            .map_err(|f| failure_response(f, &Sources::default(), &ui))?;
        let after =
            Seen::of(&proposal).map_err(|(f, sources)| failure_response(f, &sources, &ui))?;
        session
            .commit(proposal)
            .map_err(|f| failure_response(f, &after.sources, &ui))?;
        let update = after_commit(
            &session,
            &before,
            &after,
            asked.ui.as_deref(),
            asked.tab.as_deref(),
        );
        Ok(json!({ "update": update }))
    })
    .await;
    respond(answer)
}

// ---- Comparing

/// The folder's history, as `diff --since` reads it.
pub async fn history(State(session): State<Shared>) -> Response {
    let answer = work(move || -> Result<Value, Response> {
        let commits = crate::load::git::history(&session.dir, MOST_REVISIONS);
        Ok(json!({ "revisions": commits }))
    })
    .await;
    respond(answer)
}

#[derive(Deserialize)]
pub struct CompareQuery {
    /// A revision of the folder's history.
    #[serde(default)]
    rev: Option<String>,
    /// Else an earlier draft uploaded, by its name.
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    ui: Option<String>,
}

/// An earlier draft to compare with, named `shown_as`: its files standing
/// for the whole folder, the source's text standing in for what its
/// translations lack; and those messages.
fn earlier_draft(
    dir: &std::path::Path,
    earlier: &Folder,
    shown_as: String,
) -> (DraftAt, Vec<(String, String)>) {
    let (stood_in, missing) = earlier
        .with_stand_ins()
        .unwrap_or_else(|| (earlier.clone(), Vec::new()));
    let mut draft = DraftAt::folder(dir);
    draft.files = Some(stood_in.whole_overlay());
    draft.shown_as = Some(shown_as);
    (draft, missing)
}

/// This draft compared with an earlier one (a revision, or an uploaded
/// .docx brought into a copy of this folder): the redline in the page, and
/// the redline PDFs to download.
pub async fn compare(
    State(session): State<Shared>,
    Query(query): Query<CompareQuery>,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let answer = work(move || -> Result<Value, Response> {
        let ui = page_ui(query.ui.as_deref());
        let (folder, now) = read_now(&session, &ui)?;
        let (old, missing_before) = match &query.rev {
            Some(rev) => {
                let revision = crate::load::git::checkout(&session.dir, rev)
                    .map_err(|f| failure_response(f, &Sources::default(), &ui))?;
                let shown_as = revision.shown_as.clone();
                let files = revision.files;
                earlier_draft(
                    &session.dir,
                    &Folder::from_overlay(&session.dir, &files),
                    shown_as,
                )
            }
            None => {
                let name =
                    uploads::safe_name(query.name.as_deref().unwrap_or_default(), "draft.docx");
                let bytes = uploads::bytes(body, &name, &ui)?;
                if crate::load::archive::is_folder_archive(&bytes) {
                    // A folder sent as a .zip archive: its files as they are.
                    let files = crate::load::archive::read(&bytes, &name)
                        .map_err(|f| failure_response(f, &Sources::default(), &ui))?;
                    earlier_draft(
                        &session.dir,
                        &Folder::from_overlay(&session.dir, &files),
                        name,
                    )
                } else {
                    let lang = source_language(&now);
                    let upload = keep_draft(&session, &name, &bytes, &lang, &ui)?;
                    // The earlier draft brought into this folder as it is, in
                    // memory: the same blocks keep the same ids.
                    let request = request(
                        &upload,
                        &lang,
                        Target::Into(session.dir.clone()),
                        Accept::All,
                        false,
                    );
                    let mut sources = Sources::default();
                    let imported = import::import(&request, &mut sources)
                        .map_err(|f| failure_response(f, &sources, &ui))?;
                    let proposal = imported
                        .changes_made
                        .apply(&folder)
                        .map_err(|f| failure_response(f, &Sources::default(), &ui))?;
                    earlier_draft(&session.dir, &proposal.to_folder(), upload.name.clone())
                }
            }
        };
        let (stood_in, missing_now) = folder
            .with_stand_ins()
            .unwrap_or_else(|| (folder.clone(), Vec::new()));
        let mut new = DraftAt::folder(&session.dir);
        new.files = Some(stood_in.whole_overlay());
        // A language is compared where neither draft lacks a message of it:
        // a stand-in would read as a translation.
        let lacking: BTreeSet<&str> = missing_before
            .iter()
            .chain(&missing_now)
            .map(|(lang, _)| lang.as_str())
            .collect();
        let languages: Vec<String> = now
            .prepared
            .declaration
            .languages
            .iter()
            .map(|l| l.tag.to_string())
            .filter(|tag| !lacking.contains(tag.as_str()))
            .collect();
        let out = session
            .private_folder("redline-")
            .map_err(|e| failure_response(e.into(), &Sources::default(), &ui))?;
        let options = DiffOptions {
            build: BuildOptions {
                selection: Selection {
                    languages: languages.clone(),
                    ..Selection::default()
                },
                ..BuildOptions::new(&out)
            },
            write_redlines: true,
            wording: false,
        };
        let mut sources = Sources::default();
        let found = session
            .builder
            .diff(&old, &new, &options, &mut sources)
            .map_err(|f| failure_response(f, &sources, &ui))?;
        let written: Vec<(String, std::path::PathBuf)> = found
            .written
            .iter()
            .filter_map(|w| Some((w.path.file_name()?.to_str()?.to_owned(), w.path.clone())))
            .collect();
        *lock(&session.redlines) = written.clone();
        let comparison = &found.comparison;
        // The source text of the blocks added or removed, for the page to show.
        let texts = |draft: &DraftAt| -> std::collections::BTreeMap<String, String> {
            let mut scratch = Sources::default();
            let overlay = draft.files.clone().unwrap_or_default();
            let Ok(checked) =
                crate::pipeline::prepare_translation_work_with(&draft.dir, &overlay, &mut scratch)
            else {
                return Default::default();
            };
            let Some(source) = checked.declaration.languages.first() else {
                return Default::default();
            };
            comparison
                .blocks
                .iter()
                .filter_map(|b| {
                    let range = crate::fluent::pattern_range(&source.resource, &b.id)?;
                    Some((
                        b.id.clone(),
                        crate::edit::ftl::reads(&source.resource.source()[range]),
                    ))
                })
                .collect()
        };
        Ok(json!({
            "old": found.old_name,
            "old_texts": texts(&old),
            "new_texts": texts(&new),
            "facts": comparison.facts,
            "blocks": comparison.blocks,
            "redlines": written.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>(),
            "left_out": lacking.into_iter().collect::<Vec<_>>(),
        }))
    })
    .await;
    respond(answer)
}
