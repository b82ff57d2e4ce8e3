//! The page on a folder without a declaration yet: it offers to start one,
//! as the commands do: the small example (`sengen new`), the next edition
//! of an earlier declaration beside it (`sengen new --from`), or the draft
//! the host city sent, dropped on the page (`sengen import`), with the
//! import's report of what became what and what was left out.
//!
//! The earlier declaration is chosen among the folders beside this one that
//! hold a declaration, by name: a request never names a path.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use serde_json::{Value, json};

use super::page::{PageWording, all_findings, failure_response, page_ui, respond, work};
use super::{Session, has_declaration, refuse, uploads};
use crate::check::Date;
use crate::diagnostic::{Code, Failure, Severity, Sources};
use crate::edit::Folder;
use crate::import::{self, Accept, Given, Landmarks, Request, Target};
use crate::ui::Ui;

type Shared = Arc<Session>;

/// The most earlier declarations listed.
const MOST_EARLIER: usize = 200;

/// What the page shows on a folder without a declaration: where it will
/// be made (or, when the page names its folder, where that folder will be).
pub fn state(session: &Session, ui: &str) -> Value {
    let (dir, name_it) = match &session.starting_in {
        Some(parent) => (parent.clone(), true),
        None => (session.dir(), false),
    };
    let dir = std::path::absolute(&dir).unwrap_or(dir);
    json!({
        "start": {
            "dir": dir.display().to_string(),
            "name_folder": name_it,
            "earlier": earlier(&beside(session)).into_iter().map(|(name, _)| name).collect::<Vec<_>>(),
            "languages": crate::language::available(),
        },
        "words": PageWording::new(ui).all(),
    })
}

/// A place among the folders a new declaration stands beside.
fn beside(session: &Session) -> PathBuf {
    match &session.starting_in {
        Some(parent) => parent.join(".new"),
        None => session.dir(),
    }
}

/// The folder a start makes: the served one, or the one the page names in
/// the folder the server was started in (a name, never a path: one part,
/// nothing hidden, a declaration's id).
fn target(session: &Session, named: Option<&str>, ui: &Ui) -> Result<PathBuf, Response> {
    let Some(parent) = &session.starting_in else {
        return Ok(session.dir());
    };
    let name = named.unwrap_or_default().trim();
    let dir = parent.join(name);
    // The folder's name is its id, as `new` and `import` derive it: lower-case
    // Latin letters, digits and hyphens only, so never a path nor hidden.
    let named_well = crate::new::id_for(&dir).is_ok_and(|id| id == name);
    if !named_well {
        return Err(failure_response(
            Failure::from(
                crate::diagnostic::Diagnostic::new(
                    Code::C007,
                    crate::words!("C007-folder-to-name", name = name),
                )
                .hint(crate::words!("C007-folder-to-name-hint")),
            ),
            &Sources::default(),
            ui,
        ));
    }
    Ok(dir)
}

/// The declaration is made: the page's folder from now on, watched.
fn settled(session: &Shared, dir: PathBuf, ui: &Ui) -> Result<(), Response> {
    session.settle_in(dir);
    session
        .watch()
        .map_err(|f| failure_response(f, &Sources::default(), ui))
}

/// The declarations in the folders beside `dir`, by name.
fn earlier(dir: &Path) -> Vec<(String, PathBuf)> {
    let dir = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
    let Some(parent) = dir.parent() else {
        return Vec::new();
    };
    let Ok(entries) = std::fs::read_dir(parent) else {
        return Vec::new();
    };
    let mut found: Vec<(String, PathBuf)> = entries
        .filter_map(|entry| {
            let entry = entry.ok()?;
            let path = entry.path();
            let name = entry.file_name().into_string().ok()?;
            (path != dir && !name.starts_with('.') && has_declaration(&path))
                .then_some((name, path))
        })
        .take(MOST_EARLIER)
        .collect();
    found.sort();
    found
}

#[derive(Deserialize)]
pub struct Start {
    /// `example` or `next`.
    how: String,
    /// For the example: its languages, the source first.
    #[serde(default)]
    languages: Vec<String>,
    /// For the next edition: the earlier declaration's folder, by name.
    #[serde(default)]
    from: Option<String>,
    /// The new declaration's folder, where the page names it.
    #[serde(default)]
    folder: Option<String>,
    #[serde(default)]
    ui: Option<String>,
}

/// Starts a declaration: the example, or the next edition of an earlier one.
pub async fn start(State(session): State<Shared>, Json(asked): Json<Start>) -> Response {
    let answer = work(move || -> Result<Value, Response> {
        let ui = page_ui(asked.ui.as_deref());
        let _writing = super::lock(&session.writing);
        if has_declaration(&session.dir()) {
            return Err(refuse(StatusCode::CONFLICT, "the folder holds a declaration already"));
        }
        let dir = target(&session, asked.folder.as_deref(), &ui)?;
        let mut sources = Sources::default();
        let created = match asked.how.as_str() {
            "example" => crate::new::example(&dir, &asked.languages, today(), &mut sources),
            "next" => {
                let from = asked.from.as_deref().unwrap_or_default();
                let Some((_, path)) = earlier(&beside(&session)).into_iter().find(|(n, _)| n == from)
                else {
                    return Err(refuse(StatusCode::BAD_REQUEST, "no such earlier declaration beside this folder"));
                };
                crate::new::next(&dir, &path, &ui, &mut sources)
            }
            _ => return Err(refuse(StatusCode::BAD_REQUEST, "start how?")),
        };
        let created = created.map_err(|f| failure_response(f, &sources, &ui))?;
        settled(&session, dir, &ui)?;
        Ok(json!({
            "files": created.files.iter().filter_map(|f| f.file_name()?.to_str().map(str::to_owned)).collect::<Vec<_>>(),
            "to_fill": created.to_fill.iter().map(|w| ui.say(w)).collect::<Vec<_>>(),
        }))
    })
    .await;
    respond(answer)
}

fn today() -> Date {
    let today = time::OffsetDateTime::now_utc().date();
    Date {
        year: today.year(),
        month: u8::from(today.month()),
        day: today.day(),
    }
}

#[derive(Deserialize)]
pub struct ImportQuery {
    /// The file's name, as the person's machine names it.
    name: Option<String>,
    /// The draft's language.
    lang: String,
    /// The languages to translate it into, separated by commas.
    #[serde(default)]
    translate: Option<String>,
    /// The new declaration's folder, where the page names it.
    #[serde(default)]
    folder: Option<String>,
    ui: Option<String>,
}

/// Starts a declaration from a draft dropped on the page: `sengen import
/// FILE -o DIR`, its report shown.
pub async fn import(
    State(session): State<Shared>,
    Query(query): Query<ImportQuery>,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let answer = work(move || -> Result<Value, Response> {
        let ui = page_ui(query.ui.as_deref());
        let name = uploads::safe_name(query.name.as_deref().unwrap_or_default(), "draft.docx");
        let bytes = uploads::bytes(body, &name, &ui)?;
        let _writing = super::lock(&session.writing);
        if has_declaration(&session.dir()) {
            return Err(refuse(
                StatusCode::CONFLICT,
                "the folder holds a declaration already",
            ));
        }
        let dir = target(&session, query.folder.as_deref(), &ui)?;
        let upload = keep_draft(&session, &name, &bytes, &query.lang, &ui)?;
        let request = request(
            &upload,
            &query.lang,
            Target::New(dir.clone()),
            Accept::All,
            true,
        );
        let mut sources = Sources::default();
        let imported = import::import(&request, &mut sources)
            .map_err(|f| failure_response(f, &sources, &ui))?;
        // Then each translation, as `sengen translations DIR --add` adds it.
        for lang in query.translate.as_deref().unwrap_or_default().split(',') {
            let lang = lang.trim();
            if lang.is_empty() || lang == query.lang {
                continue;
            }
            let mut sources = Sources::default();
            Folder::read(&dir)
                .and_then(|folder| crate::translations::add_to(&folder, lang, &mut sources))
                .map_err(|f| failure_response(f, &sources, &ui))?;
        }
        settled(&session, dir, &ui)?;
        Ok(report(&imported, &sources, &ui))
    })
    .await;
    respond(answer)
}

/// What `import` is asked for an upload: the draft, nothing named by hand.
pub fn request(
    upload: &uploads::Upload,
    lang: &str,
    target: Target,
    accept: Accept,
    write: bool,
) -> Request {
    Request {
        file: upload.path.clone(),
        lang: lang.to_owned(),
        target,
        sections: None,
        landmarks: Landmarks::default(),
        given: Given::default(),
        final_text: false,
        accept,
        shown_as: Some(upload.name.clone()),
        write,
    }
}

/// A draft dropped on the page, kept under its safe name. A PDF is first
/// read as `sengen import` reads one: in a child process limited in memory
/// and time (a throwaway import into the session's private folder); one it
/// could not read within them is refused (I002), and the server reads only
/// a PDF the child read.
pub fn keep_draft(
    session: &Session,
    name: &str,
    bytes: &[u8],
    lang: &str,
    ui: &Ui,
) -> Result<uploads::Upload, Response> {
    let internal =
        |e: crate::diagnostic::Internal| failure_response(e.into(), &Sources::default(), ui);
    let upload = session.keep_upload(name, bytes).map_err(internal)?;
    if !import::pdf::is_pdf(bytes) {
        return Ok(upload);
    }
    let probe = session
        .private_folder("probe-")
        .map_err(internal)?
        .join("probe");
    let mut child = crate::limits::child(crate::limits::PDF_MEMORY, crate::limits::PDF_SECONDS)
        .map_err(internal)?;
    child
        .arg("import")
        .arg(&upload.path)
        .arg("-o")
        .arg(&probe)
        .args(["--lang", lang])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    let status = child.status().map_err(|e| {
        internal(crate::diagnostic::Internal::Environment {
            what: "reading a PDF in a process of its own".to_owned(),
            detail: e.to_string(),
        })
    })?;
    match crate::limits::stopped_by(&status) {
        Some(limit) => Err(failure_response(
            Failure::from(crate::limits::pdf_stopped(name, limit)),
            &Sources::default(),
            ui,
        )),
        None => Ok(upload),
    }
}

/// An import's report, as the page shows it: what became what, the facts
/// found and replaced, the decisions on the way, what was left out (I005),
/// and the errors the folder has.
pub fn report(imported: &import::Imported, sources: &Sources, ui: &Ui) -> Value {
    let said = |lines: &[crate::ui::Words]| lines.iter().map(|w| ui.say(w)).collect::<Vec<_>>();
    let o = imported.outline;
    let shown = crate::diagnostic::Diagnostics(
        imported
            .findings
            .0
            .iter()
            // A translation's missing messages are shown at their blocks.
            .filter(|d| d.code != Code::F010)
            .filter(|d| d.severity == Severity::Error || d.code.name().starts_with('I'))
            .cloned()
            .collect(),
    );
    json!({
        "outline": { "sections": o.sections, "subsections": o.subsections, "paragraphs": o.paragraphs, "items": o.items, "commitments": o.commitments },
        "blocks": said(&imported.blocks),
        "facts_found": said(&imported.facts_found),
        "replaced": said(&imported.replaced),
        "notes": said(&imported.notes),
        "changes": said(&imported.changes),
        "findings": all_findings(&shown, sources, ui),
        "decisions": imported.decisions,
    })
}
