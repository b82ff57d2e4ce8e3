//! `sengen serve`: the secretariat's page, in a browser, on this machine.
//!
//! An HTTP server (axum on tokio) bound to 127.0.0.1 only, its page, style,
//! script and fonts compiled into the binary: it works offline. Every
//! request must carry the session's token (in the address printed at start,
//! then as a same-site cookie), name this server as its `Host` (no DNS
//! rebinding) and, when a browser says where it comes from, come from this
//! page (`Origin`, `Sec-Fetch-Site`); bodies are bounded. No path from a
//! request reaches the file system: languages, message ids, fonts and PDFs
//! are looked up among what the declaration, the binary and the last build
//! have, never joined to a path. The files stay the truth: every change on
//! disk is pushed to the page (server-sent events), and a save made over a
//! text that changed meanwhile is refused (409) rather than overwrite it.
//!
//! The work itself is done by clients of the pipeline's stages and of the
//! commands' library functions: `page` (the editor, the facts, the preview,
//! a build), `start` (a declaration started on an empty folder), `structure`
//! (blocks added, removed, moved), `drafts` (a later draft's changes),
//! `translators` (XLIFF out and back), `compare` (with an earlier version);
//! `uploads` keeps what the page sends, hostile until checked.

mod compare;
mod drafts;
mod page;
mod start;
mod structure;
mod translators;
mod uploads;

use std::net::{Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::sse::{Event, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use tokio::sync::broadcast;
use tokio_stream::StreamExt;
use tokio_stream::wrappers::{BroadcastStream, WatchStream};

use crate::diagnostic::{Code, Diagnostic, Failure, Internal};
use crate::pipeline::Builder;
use crate::words;

/// The largest request body: a message, or the facts (a few kB).
pub const LARGEST_BODY: usize = 256 * 1024;

/// What `sengen serve` was asked.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The port on 127.0.0.1; 0 for any free one.
    pub port: u16,
    /// Where "Build the PDFs" writes them.
    pub out_dir: PathBuf,
    /// No folder was given: in a folder that holds other things and no
    /// declaration, the page names the new declaration's folder (made in it).
    pub folder_to_name: bool,
}

/// A running server, as the command prints it.
pub struct Address {
    pub url: String,
    pub port: u16,
}

/// The session: the declaration, the builder that keeps Typst's work from
/// one preview to the next, the token, and who listens for changes.
pub(crate) struct Session {
    /// The declaration's folder; chosen on the page when the server was
    /// started without one in a folder that holds other things.
    folder: std::sync::RwLock<PathBuf>,
    /// Where a declaration is started whose folder the page names (`sengen
    /// serve` without a folder, in one that is not empty): its parent.
    pub starting_in: Option<PathBuf>,
    pub out_dir: PathBuf,
    pub token: String,
    pub port: u16,
    pub builder: Builder,
    /// One change of the files at a time (saves, reviews, facts, builds).
    pub writing: Mutex<()>,
    /// The PDFs the last build wrote: the only files `/pdf/` serves.
    pub built: Mutex<Vec<String>>,
    /// What this server wrote last, per file: a change on disk that is our
    /// own is no news to the page.
    pub own_writes: Mutex<Vec<(String, Vec<u8>)>>,
    /// What the pages hear: a change of the files on disk (`change`, the
    /// files' names), or one made from a page (`saved`, that page's id).
    pub changes: broadcast::Sender<(&'static str, String)>,
    /// The page's state when the folder last read, shown beside what no
    /// longer reads after an edit made elsewhere.
    pub last_good: Mutex<Option<serde_json::Value>>,
    /// Where uploads are kept while the page decides on them (a private
    /// temporary folder, removed when the server stops): the only place a
    /// request's bytes are written to, under names sengen makes.
    pub uploads: tempfile::TempDir,
    /// A later draft dropped on the page, until its changes are decided.
    pub pending_draft: Mutex<Option<uploads::Upload>>,
    /// A translator's XLIFF, until its report is accepted.
    pub pending_xliff: Mutex<Option<uploads::Upload>>,
    /// The redline PDFs of the last comparison, by name: with the built
    /// PDFs, the only files `/pdf/` serves.
    pub redlines: Mutex<Vec<(String, PathBuf)>>,
    /// Watches the folder, once it exists.
    pub watcher: Mutex<Option<notify::RecommendedWatcher>>,
}

type Shared = Arc<Session>;

/// Serves the declaration in `dir` until Ctrl-C. `ready` is called once the
/// server listens, with its address.
/// `sources` then holds the files of the folder's problems, when it does
/// not read at start.
pub fn serve(
    dir: &Path,
    options: &ServeOptions,
    sources: &mut crate::diagnostic::Sources,
    ready: impl FnOnce(&Address),
) -> Result<(), Failure> {
    // A folder with a declaration must read before it is served: its
    // problems are named first. Without one, the page offers to start one.
    // (A translation still lacking messages is work to do on the page.)
    if has_declaration(dir) {
        crate::edit::Folder::read(dir)?.prepare_with_stand_ins(sources)?;
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Internal::Environment {
            what: "starting the server's threads".to_owned(),
            detail: e.to_string(),
        })?;
    runtime.block_on(run(dir, options, ready))
}

async fn run(
    dir: &Path,
    options: &ServeOptions,
    ready: impl FnOnce(&Address),
) -> Result<(), Failure> {
    let address = SocketAddr::from((Ipv4Addr::LOCALHOST, options.port));
    let listener = tokio::net::TcpListener::bind(address).await.map_err(|e| {
        if e.kind() == std::io::ErrorKind::AddrInUse {
            Failure::from(
                Diagnostic::new(Code::C011, words!("C011-port-127-0-0", port = options.port))
                    .hint(words!("C011-open-address-one-printed-hint")),
            )
        } else {
            Failure::from(Internal::Environment {
                what: format!("listening on 127.0.0.1:{}", options.port),
                detail: e.to_string(),
            })
        }
    })?;
    let port = listener
        .local_addr()
        .map_err(|e| Internal::Environment {
            what: "the server's address".to_owned(),
            detail: e.to_string(),
        })?
        .port();
    let (changes, _) = broadcast::channel(64);
    let session = Arc::new(Session {
        folder: std::sync::RwLock::new(dir.to_path_buf()),
        starting_in: (options.folder_to_name && !has_declaration(dir) && holds_things(dir))
            .then(|| dir.to_path_buf()),
        out_dir: options.out_dir.clone(),
        token: token()?,
        port,
        builder: Builder::new()?,
        writing: Mutex::new(()),
        built: Mutex::new(Vec::new()),
        own_writes: Mutex::new(Vec::new()),
        changes,
        last_good: Mutex::new(None),
        uploads: tempfile::Builder::new()
            .prefix("sengen-serve-")
            .tempdir()
            .map_err(|e| Internal::Environment {
                what: "making a folder for the page's uploads".to_owned(),
                detail: e.to_string(),
            })?,
        pending_draft: Mutex::new(None),
        pending_xliff: Mutex::new(None),
        redlines: Mutex::new(Vec::new()),
        watcher: Mutex::new(None),
    });
    if has_declaration(dir) {
        session.watch()?;
    }
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let app = router(Arc::clone(&session), stopped.clone());
    ready(&Address {
        url: format!("http://127.0.0.1:{port}/?token={}", session.token),
        port,
    });
    let shutdown = async move {
        let _ = tokio::signal::ctrl_c().await;
        // Event streams end first, so that no connection holds the shutdown.
        let _ = stop.send(true);
    };
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
        .map_err(|e| Internal::Environment {
            what: "serving".to_owned(),
            detail: e.to_string(),
        })?;
    Ok(())
}

/// 32 random bytes, in hexadecimal.
fn token() -> Result<String, Failure> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| Internal::Environment {
        what: "drawing the session's token".to_owned(),
        detail: e.to_string(),
    })?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Watches the declaration's folder; each change of one of its files (not
/// one of this server's own writes) is sent to the pages.
fn watch_files(session: &Shared) -> Result<notify::RecommendedWatcher, Failure> {
    use notify::Watcher;
    let dir = session.dir();
    let weak = Arc::downgrade(session);
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        let (Ok(event), Some(session)) = (event, weak.upgrade()) else {
            return;
        };
        if !(event.kind.is_modify() || event.kind.is_create() || event.kind.is_remove()) {
            return;
        }
        let mut names: Vec<String> = event
            .paths
            .iter()
            .filter(|p| p.parent() == Some(dir.as_path()))
            .filter_map(|p| p.file_name()?.to_str().map(str::to_owned))
            .filter(|n| crate::load::is_input_file(n))
            .collect();
        names.retain(|name| !session.is_own_write(name));
        names.sort();
        names.dedup();
        if !names.is_empty() {
            let _ = session.changes.send(("change", names.join(",")));
        }
    })
    .map_err(|e| Internal::Environment {
        what: "watching the folder".to_owned(),
        detail: e.to_string(),
    })?;
    watcher
        .watch(&session.dir(), notify::RecursiveMode::NonRecursive)
        .map_err(|e| Internal::Environment {
            what: format!("watching {}", session.dir().display()),
            detail: e.to_string(),
        })?;
    Ok(watcher)
}

/// Whether `dir` holds a declaration (its `declaration.toml`), rather than
/// being a folder to start one in.
pub(crate) fn has_declaration(dir: &Path) -> bool {
    dir.join(crate::load::SCHEMA_FILE).exists()
}

/// Whether `dir` exists and holds something (a folder a declaration cannot
/// be started in).
fn holds_things(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_some())
}

impl Session {
    /// The declaration's folder.
    pub fn dir(&self) -> PathBuf {
        self.folder
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    /// The declaration's folder, named on the page: `name` in the folder
    /// the server was started in, once its declaration is made there.
    pub fn settle_in(&self, dir: PathBuf) {
        *self
            .folder
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = dir;
    }

    /// Watches the folder (once it exists), for changes made elsewhere.
    pub fn watch(self: &Arc<Self>) -> Result<(), Failure> {
        let mut watcher = lock(&self.watcher);
        if watcher.is_none() {
            *watcher = Some(watch_files(self)?);
        }
        Ok(())
    }

    /// Whether `name` holds what this server last wrote into it.
    fn is_own_write(&self, name: &str) -> bool {
        let Ok(on_disk) = std::fs::read(self.dir().join(name)) else {
            return false;
        };
        lock(&self.own_writes)
            .iter()
            .any(|(n, bytes)| n == name && *bytes == on_disk)
    }

    /// Writes a change of the declaration's files (`edit`: their names
    /// from the declaration, never from a request), and remembers what it
    /// wrote, so that the watcher does not announce this server's own write.
    pub fn commit(&self, proposal: crate::edit::Proposal) -> Result<(), Failure> {
        {
            let mut own = lock(&self.own_writes);
            for (name, bytes) in proposal.files() {
                own.retain(|(n, _)| n != name);
                own.push((name.to_owned(), bytes.to_vec()));
            }
        }
        proposal.commit()?;
        Ok(())
    }

    /// Tells every page that one of them (`tab`) changed the files: the
    /// others bring themselves up to date, keeping what is typed in them.
    pub fn announce_saved(&self, tab: Option<&str>) {
        let tab: String = tab
            .unwrap_or_default()
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .take(64)
            .collect();
        let _ = self.changes.send(("saved", tab));
    }
}

/// A lock, even one a panicking thread left: what it guards stays whole.
pub(crate) fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn router(session: Shared, stopped: tokio::sync::watch::Receiver<bool>) -> Router {
    Router::new()
        .route("/", get(index))
        .route("/assets/{name}", get(asset))
        .route("/fonts/{name}", get(font))
        .route("/pdf/{name}", get(pdf))
        .route("/api/state", get(page::state))
        .route("/api/check", post(page::check))
        .route("/api/fix", post(page::fix))
        .route("/api/save", post(page::save))
        .route("/api/review", post(page::review))
        .route("/api/facts", post(page::facts))
        .route("/api/preview", get(page::preview))
        .route("/api/build", post(page::build))
        .route("/api/start", post(start::start))
        .route(
            "/api/start/import",
            post(start::import).layer(DefaultBodyLimit::max(uploads::LARGEST_UPLOAD + 1)),
        )
        .route("/api/block", post(structure::block))
        .route(
            "/api/draft",
            post(drafts::draft).layer(DefaultBodyLimit::max(uploads::LARGEST_UPLOAD + 1)),
        )
        .route("/api/draft/accept", post(drafts::accept_draft))
        .route("/api/draft/close", post(drafts::close_draft))
        .route(
            "/api/xliff",
            get(translators::xliff_export)
                .post(translators::xliff_upload)
                .layer(DefaultBodyLimit::max(uploads::LARGEST_UPLOAD + 1)),
        )
        .route("/api/xliff/accept", post(translators::xliff_accept))
        .route("/api/history", get(compare::history))
        .route("/api/language", post(translators::add_language))
        .route(
            "/api/compare",
            post(compare::compare).layer(DefaultBodyLimit::max(uploads::LARGEST_UPLOAD + 1)),
        )
        .route(
            "/api/events",
            get(move |State(session): State<Shared>| events(session, stopped.clone())),
        )
        .layer(middleware::from_fn_with_state(Arc::clone(&session), guard))
        .layer(DefaultBodyLimit::max(LARGEST_BODY))
        // Answers compressed (the JSON of state and findings, the base64
        // of the preview's pages); the events' stream is not, so that each
        // event arrives at once.
        .layer(tower_http::compression::CompressionLayer::new())
        .with_state(session)
}

#[derive(Deserialize)]
struct TokenQuery {
    token: Option<String>,
}

/// Refuses what does not come from this page on this machine: a `Host`
/// other than this server (DNS rebinding), an `Origin` or fetch site of
/// another site (a cross-site request), a missing or wrong token.
async fn guard(
    State(session): State<Shared>,
    Query(query): Query<TokenQuery>,
    request: Request,
    next: Next,
) -> Response {
    let headers = request.headers();
    let port = session.port;
    let ours = |value: &str| {
        [format!("127.0.0.1:{port}"), format!("localhost:{port}")]
            .iter()
            .any(|h| h == value)
    };
    // One Host, ours: a second one could be what a proxy reads instead.
    let hosts: Vec<&str> = headers
        .get_all(header::HOST)
        .iter()
        .map(|h| h.to_str().unwrap_or_default())
        .collect();
    if hosts.len() != 1 || !ours(hosts[0]) {
        return refuse(
            StatusCode::FORBIDDEN,
            "this server answers only for 127.0.0.1 and localhost",
        );
    }
    if let Some(origin) = headers.get(header::ORIGIN).and_then(|h| h.to_str().ok())
        && !origin.strip_prefix("http://").is_some_and(ours)
    {
        return refuse(StatusCode::FORBIDDEN, "a request from another site");
    }
    if headers.get("sec-fetch-site").and_then(|h| h.to_str().ok()) == Some("cross-site") {
        return refuse(StatusCode::FORBIDDEN, "a request from another site");
    }
    let given = query
        .token
        .or_else(|| {
            headers
                .get("x-sengen-token")
                .and_then(|h| h.to_str().ok())
                .map(str::to_owned)
        })
        .or_else(|| cookie_token(headers));
    let Some(given) = given.filter(|t| same(t, &session.token)) else {
        return refuse(
            StatusCode::UNAUTHORIZED,
            "open the address `sengen serve` printed, with its token",
        );
    };
    let from_query = request.uri().query().is_some_and(|q| q.contains("token="));
    let mut response = next.run(request).await;
    // The address's token becomes a cookie of this site only, so that the
    // page's own requests (styles, fonts, events) carry it.
    if from_query
        && let Ok(value) = HeaderValue::from_str(&format!(
            "sengen-token={given}; Path=/; HttpOnly; SameSite=Strict"
        ))
    {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    let headers = response.headers_mut();
    headers.insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    headers.insert("referrer-policy", HeaderValue::from_static("no-referrer"));
    headers.insert(
        "content-security-policy",
        HeaderValue::from_static("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'"),
    );
    response
}

fn cookie_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| pair.trim().strip_prefix("sengen-token=").map(str::to_owned))
}

/// Compares tokens in time that does not depend on where they differ.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

pub(crate) fn refuse(status: StatusCode, why: &str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        format!("{why}\n"),
    )
        .into_response()
}

const INDEX: &str = include_str!("../../assets/serve/index.html");
const SCRIPT: &str = include_str!("../../assets/serve/app.js");
const WORK_SCRIPT: &str = include_str!("../../assets/serve/work.js");
const STYLE: &str = include_str!("../../assets/serve/app.css");

async fn index(State(session): State<Shared>) -> Response {
    let dir = session.dir();
    let id = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    let id: String = id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    let html = INDEX
        .replace("{{id}}", &id)
        .replace("{{ui}}", &crate::language::page_fallback());
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        html,
    )
        .into_response()
}

async fn asset(axum::extract::Path(name): axum::extract::Path<String>) -> Response {
    match name.as_str() {
        "app.js" => (
            [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
            SCRIPT,
        )
            .into_response(),
        "work.js" => (
            [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
            WORK_SCRIPT,
        )
            .into_response(),
        "app.css" => ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], STYLE).into_response(),
        _ => refuse(StatusCode::NOT_FOUND, "no such file"),
    }
}

async fn font(axum::extract::Path(name): axum::extract::Path<String>) -> Response {
    match crate::fonts::file(&name) {
        Some(bytes) => {
            let kind = if name.ends_with(".otf") {
                "font/otf"
            } else {
                "font/ttf"
            };
            (
                [
                    (header::CONTENT_TYPE, kind),
                    (header::CACHE_CONTROL, "max-age=86400"),
                ],
                bytes,
            )
                .into_response()
        }
        None => refuse(StatusCode::NOT_FOUND, "no such font"),
    }
}

/// A PDF the last build wrote, by its name among those written.
#[derive(Deserialize)]
struct PdfQuery {
    /// Saved as a file rather than shown.
    download: Option<u8>,
}

/// A PDF the last build wrote, named only by the names it wrote (never a
/// path from the client): shown in the browser, or saved (`?download=1`).
async fn pdf(
    State(session): State<Shared>,
    axum::extract::Path(name): axum::extract::Path<String>,
    Query(query): Query<PdfQuery>,
) -> Response {
    let redline = lock(&session.redlines)
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, path)| path.clone());
    let path = match redline {
        Some(path) => path,
        None if lock(&session.built).contains(&name) => session.out_dir.join(&name),
        None => return refuse(StatusCode::NOT_FOUND, "no such PDF: build the PDFs first"),
    };
    match tokio::task::spawn_blocking(move || std::fs::read(path)).await {
        Ok(Ok(bytes)) => {
            let how = if query.download == Some(1) {
                "attachment"
            } else {
                "inline"
            };
            // The name is one sengen wrote: a declaration's id (ASCII
            // letters, digits, hyphens), a language tag and `.pdf`.
            let disposition = format!("{how}; filename=\"{}\"", name.replace(['"', '\\'], "_"));
            (
                [
                    (header::CONTENT_TYPE, "application/pdf".to_owned()),
                    (header::CONTENT_DISPOSITION, disposition),
                ],
                Body::from(bytes),
            )
                .into_response()
        }
        _ => refuse(
            StatusCode::NOT_FOUND,
            "the PDF is no longer there: build the PDFs again",
        ),
    }
}

/// The files' changes, as server-sent events, until the server stops.
async fn events(session: Shared, stopped: tokio::sync::watch::Receiver<bool>) -> impl IntoResponse {
    let changes = BroadcastStream::new(session.changes.subscribe())
        .filter_map(|change| change.ok())
        .map(Some);
    // The server stopping ends the stream: no connection holds the shutdown.
    let stop = WatchStream::new(stopped)
        .filter(|stopped| *stopped)
        .map(|_| None);
    let events = changes
        .merge(stop)
        .take_while(Option::is_some)
        .filter_map(|names| names)
        .map(|(kind, data)| {
            Ok::<Event, std::convert::Infallible>(Event::default().event(kind).data(data))
        });
    Sse::new(events)
}
