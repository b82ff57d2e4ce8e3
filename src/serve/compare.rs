//! This draft compared with an earlier one, as `sengen diff` compares: a
//! revision of the folder's history (`diff --since`), an earlier .docx or
//! PDF brought into a copy of the folder in memory, or the .zip of an
//! earlier copy of the folder (`load::archive`); the changes for the page,
//! and the redline PDFs written into the session's private folder, served
//! by name.

use std::collections::BTreeSet;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Query, State};
use axum::response::Response;
use serde::Deserialize;
use serde_json::{Value, json};

use super::page::{failure_response, page_ui, read_now, respond, work};
use super::start::{keep_draft, request};
use super::{Session, lock, uploads};
use crate::diagnostic::Sources;
use crate::edit::Folder;
use crate::import::{self, Accept, Target};
use crate::options::{BuildOptions, DiffOptions, Selection};
use crate::pipeline::DraftAt;

type Shared = Arc<Session>;

/// The most revisions the history lists.
const MOST_REVISIONS: usize = 100;

/// The folder's history, as `diff --since` reads it.
pub async fn history(State(session): State<Shared>) -> Response {
    let answer = work(move || -> Result<Value, Response> {
        let commits = crate::load::git::history(&session.dir(), MOST_REVISIONS);
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
                let revision = crate::load::git::checkout(&session.dir(), rev)
                    .map_err(|f| failure_response(f, &Sources::default(), &ui))?;
                let shown_as = revision.shown_as.clone();
                let files = revision.files;
                earlier_draft(
                    &session.dir(),
                    &Folder::from_overlay(&session.dir(), &files),
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
                        &session.dir(),
                        &Folder::from_overlay(&session.dir(), &files),
                        name,
                    )
                } else {
                    let lang = now.source_language();
                    let upload = keep_draft(&session, &name, &bytes, &lang, &ui)?;
                    // The earlier draft brought into this folder as it is, in
                    // memory: the same blocks keep the same ids.
                    let request = request(
                        &upload,
                        &lang,
                        Target::Into(session.dir()),
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
                    earlier_draft(&session.dir(), &proposal.to_folder(), upload.name.clone())
                }
            }
        };
        let (stood_in, missing_now) = folder
            .with_stand_ins()
            .unwrap_or_else(|| (folder.clone(), Vec::new()));
        let mut new = DraftAt::folder(session.dir());
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
