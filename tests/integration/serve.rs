//! `sengen serve`: its page driven in a real browser (Debian's chromium,
//! headless, through chromedriver and WebDriver, with no network), its
//! refusals (no token, another site, another host, an oversized body, a path
//! where a name is expected) each checked with nothing written, an edit made
//! meanwhile in another editor never overwritten, a busy port, Ctrl-C.
//!
//! `SENGEN_SCREENSHOTS=docs cargo test --test integration serve::` also
//! writes the page's screenshots there (docs/serve-*.png).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

use crate::util::*;

/// A `sengen serve` running on a copy of a fixture, stopped on drop.
struct Server {
    child: Child,
    port: u16,
    token: String,
    url: String,
    dir: tempfile::TempDir,
    out: tempfile::TempDir,
}

/// `sengen serve DIR -o OUT` in `lang`, on any free port: the process,
/// its port, its token and the address it printed.
pub(crate) fn spawn(dir: &Path, out: &Path, lang: &str) -> (Child, u16, String, String) {
    spawn_in(None, Some(dir), out, lang)
}

/// `sengen serve [DIR] -o OUT`, run in `cwd` when given.
pub(crate) fn spawn_in(
    cwd: Option<&Path>,
    dir: Option<&Path>,
    out: &Path,
    lang: &str,
) -> (Child, u16, String, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_sengen"));
    if let Some(cwd) = cwd {
        command.current_dir(cwd);
    }
    command.env("SENGEN_LANG", lang).arg("serve");
    if let Some(dir) = dir {
        command.arg(dir);
    }
    let mut child = command
        .args(["--port", "0", "-o", out.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("sengen serve starts");
    let mut first = String::new();
    BufReader::new(child.stdout.as_mut().unwrap())
        .read_line(&mut first)
        .unwrap();
    let url = first
        .trim()
        .strip_prefix("sengen serve: ")
        .unwrap_or_else(|| panic!("{first:?}"))
        .to_owned();
    let port = url
        .split(':')
        .nth(2)
        .unwrap()
        .split('/')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let token = url.split("token=").nth(1).unwrap().to_owned();
    (child, port, token, url)
}

impl Server {
    fn start(fixture_name: &str) -> Server {
        let dir = copy_fixture(fixture_name);
        let out = tempfile::tempdir().unwrap();
        let (child, port, token, url) = spawn(dir.path(), out.path(), "en");
        Server {
            child,
            port,
            token,
            url,
            dir,
            out,
        }
    }

    fn file(&self, name: &str) -> String {
        std::fs::read_to_string(self.dir.path().join(name)).unwrap()
    }

    /// Stops it as Ctrl-C does; its exit status and what it printed.
    fn interrupt(mut self) -> (Option<i32>, String) {
        let pid = self.child.id().to_string();
        Command::new("kill").args(["-INT", &pid]).status().unwrap();
        let started = Instant::now();
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status;
            }
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "sengen serve did not stop"
            );
            std::thread::sleep(Duration::from_millis(50));
        };
        let mut rest = String::new();
        self.child
            .stdout
            .take()
            .unwrap()
            .read_to_string(&mut rest)
            .unwrap();
        (status.code(), rest)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One HTTP/1.1 request, as written; the status and the body.
fn http(port: u16, request: &str, body: &[u8]) -> (u16, String) {
    let (status, response) = exchange(port, request, body);
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    (status, body)
}

/// One HTTP/1.1 request, as written; the status and the whole response.
pub(crate) fn exchange(port: u16, request: &str, body: &[u8]) -> (u16, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    stream.write_all(body).unwrap();
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response);
    let response = String::from_utf8_lossy(&response).into_owned();
    let status = response
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, response)
}

fn request(
    server: &Server,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> (u16, String) {
    let mut text = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nConnection: close\r\nContent-Length: {}\r\n",
        server.port,
        body.len()
    );
    for (name, value) in headers {
        text.push_str(&format!("{name}: {value}\r\n"));
    }
    text.push_str("\r\n");
    http(server.port, &text, body.as_bytes())
}

/// A GET with the page's token: the status and the whole response, its
/// headers (lower-cased names, as the server writes them) and its body.
fn raw_get(server: &Server, path: &str) -> (u16, String) {
    let request = format!(
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nConnection: close\r\nX-Sengen-Token: {}\r\n\r\n",
        server.port, server.token
    );
    exchange(server.port, &request, &[])
}

fn with_token(server: &Server) -> Vec<(&'static str, String)> {
    vec![
        ("X-Sengen-Token", server.token.clone()),
        ("Content-Type", "application/json".to_owned()),
    ]
}

fn call(
    server: &Server,
    method: &str,
    path: &str,
    body: serde_json::Value,
) -> (u16, serde_json::Value) {
    let headers = with_token(server);
    let headers: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let body = if body.is_null() {
        String::new()
    } else {
        body.to_string()
    };
    let (status, text) = request(server, method, path, &headers, &body);
    (
        status,
        serde_json::from_str(&text).unwrap_or(serde_json::Value::String(text)),
    )
}

/// The bytes of a `.ftl` outside one message.
fn outside(ftl: &str, id: &str) -> String {
    let start = ftl.find(&format!("\n{id} =")).unwrap() + 1;
    let end = ftl[start..].find("\n\n").map_or(ftl.len(), |n| start + n);
    format!("{}{}", &ftl[..start], &ftl[end..])
}

fn files_of(dir: &Path) -> Vec<(String, Vec<u8>)> {
    file_names(dir)
        .into_iter()
        .map(|f| (f.clone(), std::fs::read(dir.join(&f)).unwrap()))
        .collect()
}

// ---- Refusals

#[test]
fn what_does_not_come_from_the_page_on_this_machine_is_refused_and_nothing_is_written() {
    let server = Server::start("shizuoka-2024");
    let before = files_of(server.dir.path());
    let token = server.token.clone();
    let save =
        json!({ "lang": "fr", "id": "partnership", "text": "Pirate.", "base": "x" }).to_string();
    let json_type = ("Content-Type", "application/json");
    // What, the status it must get, the path, the headers, the body.
    type Case<'a> = (&'a str, u16, String, Vec<(&'a str, String)>, String);
    let cases: Vec<Case> = vec![
        ("no token", 401, "/api/state".into(), vec![], String::new()),
        (
            "a wrong token",
            401,
            "/api/state".into(),
            vec![("X-Sengen-Token", "0".repeat(64))],
            String::new(),
        ),
        ("no token, a page", 401, "/".into(), vec![], String::new()),
        (
            "another site's origin",
            403,
            "/api/save".into(),
            vec![
                ("X-Sengen-Token", token.clone()),
                ("Origin", "http://evil.example".into()),
            ],
            save.clone(),
        ),
        (
            "a cross-site fetch",
            403,
            "/api/save".into(),
            vec![
                ("X-Sengen-Token", token.clone()),
                ("Sec-Fetch-Site", "cross-site".into()),
            ],
            save.clone(),
        ),
        (
            "a path for a font",
            404,
            "/fonts/..%2F..%2FCargo.toml".into(),
            vec![("X-Sengen-Token", token.clone())],
            String::new(),
        ),
        (
            "a path for a PDF",
            404,
            "/pdf/..%2Fdeclaration.toml".into(),
            vec![("X-Sengen-Token", token.clone())],
            String::new(),
        ),
        (
            "a path for an asset",
            404,
            "/assets/..%2F..%2Fsrc%2Fmain.rs".into(),
            vec![("X-Sengen-Token", token.clone())],
            String::new(),
        ),
        (
            "a path for a language",
            400,
            "/api/save".into(),
            vec![("X-Sengen-Token", token.clone())],
            json!({ "lang": "../fr", "id": "partnership", "text": "x", "base": "x" }).to_string(),
        ),
        (
            "a path for a message",
            400,
            "/api/save".into(),
            vec![("X-Sengen-Token", token.clone())],
            json!({ "lang": "fr", "id": "../../etc/passwd", "text": "x", "base": "x" }).to_string(),
        ),
        (
            "an oversized body",
            413,
            "/api/check".into(),
            vec![("X-Sengen-Token", token.clone())],
            json!({ "lang": "fr", "id": "partnership", "text": "a".repeat(300_000) }).to_string(),
        ),
    ];
    for (what, expected, path, headers, body) in cases {
        let method = if body.is_empty() { "GET" } else { "POST" };
        let mut all: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
        if !body.is_empty() {
            all.push(json_type);
        }
        let (status, text) = request(&server, method, &path, &all, &body);
        assert_eq!(status, expected, "{what}: {text}");
    }
    // A host that is not this machine: what a DNS rebinding attack sends.
    let rebinding = format!(
        "GET /api/state HTTP/1.1\r\nHost: evil.example:{}\r\nX-Sengen-Token: {token}\r\nConnection: close\r\n\r\n",
        server.port
    );
    let (status, text) = http(server.port, &rebinding, b"");
    assert_eq!(status, 403, "{text}");
    assert_eq!(
        files_of(server.dir.path()),
        before,
        "a refused request wrote something"
    );
    // The token is in the printed address, once; a page then carries it as a cookie.
    let (status, _) = request(&server, "GET", &format!("/?token={token}"), &[], "");
    assert_eq!(status, 200);
    let (status, _) = request(
        &server,
        "GET",
        "/api/state",
        &[("Cookie", &format!("sengen-token={token}"))],
        "",
    );
    assert_eq!(status, 200);
}

#[test]
fn an_edit_made_in_another_editor_is_never_overwritten() {
    let server = Server::start("shizuoka-2024");
    let (_, state) = call(&server, "GET", "/api/state", serde_json::Value::Null);
    let block = state["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["id"] == "partnership")
        .unwrap()
        .clone();
    let shown = block["texts"]["fr"]["base"].as_str().unwrap().to_owned();
    // Meanwhile, someone saves the same message from a text editor.
    edit(
        server.dir.path(),
        "fr.ftl",
        "a été publiée",
        "a été rendue publique",
    );
    let theirs = server.file("fr.ftl");
    let (status, answer) = call(
        &server,
        "POST",
        "/api/save",
        json!({ "lang": "fr", "id": "partnership", "text": "Depuis 2013, autre chose.", "base": shown }),
    );
    assert_eq!(status, 409, "{answer}");
    assert!(
        answer["current"]["text"]
            .as_str()
            .unwrap()
            .contains("a été rendue publique"),
        "{answer}"
    );
    assert_eq!(
        server.file("fr.ftl"),
        theirs,
        "the other editor's text was overwritten"
    );
    // Saved over what the file says now, it is taken.
    let now = answer["current"]["base"].as_str().unwrap();
    let (status, answer) = call(
        &server,
        "POST",
        "/api/save",
        json!({ "lang": "fr", "id": "partnership", "text": "Depuis 2013, autre chose.", "base": now }),
    );
    assert_eq!(status, 200, "{answer}");
    assert_eq!(
        sengen::edit::ftl::unit_text(&server.file("fr.ftl"), "partnership").as_deref(),
        Some("Depuis 2013, autre chose.")
    );
}

#[test]
fn a_busy_port_is_named_and_ctrl_c_stops_the_server() {
    let first = Server::start("shizuoka-2024");
    let second = Command::new(env!("CARGO_BIN_EXE_sengen"))
        .env("SENGEN_LANG", "en")
        .args([
            "serve",
            first.dir.path().to_str().unwrap(),
            "--port",
            &first.port.to_string(),
        ])
        .output()
        .unwrap();
    assert_eq!(second.status.code(), Some(1));
    let err = String::from_utf8_lossy(&second.stderr);
    assert!(
        err.contains(&format!(
            "error[C011]: port {} of 127.0.0.1 is in use: is another `sengen serve` running?",
            first.port
        )),
        "{err}"
    );
    let (code, printed) = first.interrupt();
    assert_eq!(code, Some(0));
    assert!(printed.contains("sengen serve: stopped"), "{printed}");
}

#[test]
fn a_folder_that_does_not_read_is_not_served() {
    let dir = copy_fixture("shizuoka-2024");
    edit(dir.path(), "declaration.toml", "edition = 8", "edition = 0");
    let output = sengen(
        &root(),
        &["serve", dir.path().to_str().unwrap(), "--port", "0"],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .contains("error[S010]: the edition must be 1 or more")
    );
}

// ---- The page, in a browser

/// chromedriver on a free port, stopped on drop.
pub(crate) struct Driver {
    child: Child,
    port: u16,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

pub(crate) fn chromedriver() -> Driver {
    let port = free_port();
    let child = Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver must be installed (chromium-driver; .ci/run installs it)");
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "chromedriver did not start"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    Driver { child, port }
}

pub(crate) async fn browser(driver: &Driver) -> Client {
    let mut capabilities = serde_json::Map::new();
    capabilities.insert(
        "goog:chromeOptions".to_owned(),
        json!({
            "binary": "/usr/bin/chromium",
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1600,1000", "--no-first-run", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                // No network: everything but this machine goes to a proxy that is not there.
                "--proxy-server=127.0.0.1:9",
            ],
        }),
    );
    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(capabilities)
        .connect(&format!("http://127.0.0.1:{}", driver.port))
        .await
        .expect("a chromium session")
}

const WAIT: Duration = Duration::from_secs(30);

pub(crate) async fn wait_for(client: &Client, css: &str) -> fantoccini::elements::Element {
    client
        .wait()
        .at_most(WAIT)
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"))
}

/// Waits until a script returns true.
pub(crate) async fn wait_until(client: &Client, what: &str, script: &str) {
    let started = Instant::now();
    loop {
        let value = client.execute(script, vec![]).await.unwrap();
        if value == json!(true) {
            return;
        }
        assert!(started.elapsed() < WAIT, "waited in vain for {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Waits for the page's first preview (an image per page).
async fn first_preview(client: &Client) {
    wait_until(
        client,
        "the first preview",
        "return document.querySelectorAll('#preview .page img').length > 0",
    )
    .await;
}

/// Waits for a preview newer than `version`, shown after `what`.
async fn preview_after(client: &Client, what: &str, version: u64) {
    wait_until(
        client,
        what,
        &format!("return Number(document.getElementById('preview').dataset.version) > {version}"),
    )
    .await;
}

/// Switches the page's language to `ui`, and waits for its wording
/// (`save_facts`: the facts' button as that language says it).
async fn switch_ui(client: &Client, ui: &str, save_facts: &str) {
    client
        .execute(&format!("const s = document.getElementById('ui'); s.value = '{ui}'; s.dispatchEvent(new Event('change'));"), vec![])
        .await
        .unwrap();
    wait_until(
        client,
        "the page's wording",
        &format!("return document.getElementById('save-facts').textContent === '{save_facts}'"),
    )
    .await;
}

/// The preview's version: it grows with each preview shown.
async fn preview_version(client: &Client) -> u64 {
    let script = "return Number(document.getElementById('preview').dataset.version)";
    client
        .execute(script, vec![])
        .await
        .unwrap()
        .as_u64()
        .unwrap()
}

pub(crate) async fn click(client: &Client, css: &str) {
    client
        .find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"))
        .click()
        .await
        .unwrap();
}

pub(crate) async fn screenshot(client: &Client, name: &str) {
    if let Ok(dir) = std::env::var("SENGEN_SCREENSHOTS") {
        let png = client.screenshot().await.unwrap();
        std::fs::write(PathBuf::from(dir).join(format!("{name}.png")), png).unwrap();
    }
}

const FR: &str = ".cell[data-lang=\"fr\"][data-id=\"partnership\"]";
const JA: &str = ".cell[data-lang=\"ja\"][data-id=\"partnership\"]";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_secretariat_edits_checks_fixes_previews_and_builds_in_a_browser() {
    let server = Server::start("shizuoka-2024");
    let original = server.file("fr.ftl");
    let driver = chromedriver();
    let client = browser(&driver).await;
    client.goto(&server.url).await.unwrap();
    let area = wait_for(&client, &format!("{FR} .text")).await;
    wait_for(&client, &format!("{JA} .status[data-status=\"current\"]")).await;
    first_preview(&client).await;
    screenshot(&client, "serve-page").await;

    // A French paragraph edited and saved: its Japanese counterpart is stale.
    area.send_keys(" Les deux pays l’ont saluée.")
        .await
        .unwrap();
    wait_for(&client, &format!("{FR}.dirty")).await;
    let version = preview_version(&client).await;
    click(&client, &format!("{FR} .save")).await;
    wait_for(&client, &format!("{JA} .status[data-status=\"stale\"]")).await;
    preview_after(&client, "the preview after the save", version).await;
    // Scrolled to the edited block, whose page is marked.
    wait_for(&client, "#preview .page.edited").await;

    // A typography mistake, flagged as it is typed, fixed with a click.
    let area = wait_for(&client, &format!("{FR} .text")).await;
    area.send_keys(" Voici la suite : un nouveau chapitre.")
        .await
        .unwrap();
    wait_for(&client, &format!("{FR} .finding[data-code=\"T102\"]")).await;
    screenshot(&client, "serve-finding").await;
    click(&client, &format!("{FR} .fix")).await;
    wait_until(
        &client,
        "the fix",
        "return window.sengenSource('fr', 'partnership').includes('suite\\u00a0:')",
    )
    .await;
    let version = preview_version(&client).await;
    click(&client, &format!("{FR} .save")).await;
    preview_after(&client, "the preview after the fix", version).await;
    wait_until(
        &client,
        "no T102 left",
        &format!(
            "return !document.querySelector('{FR} .finding[data-code=\"T102\"]')",
            FR = FR.replace('"', "\\\"")
        ),
    )
    .await;

    // The PDFs, built from the page: each to open or to save, where sengen
    // also wrote them, and what the build found to review, said.
    click(&client, "#build").await;
    wait_until(
        &client,
        "the PDFs' links",
        "return document.querySelectorAll('#built a.open').length === 3 \
            && document.querySelectorAll('#built a.download').length === 3",
    )
    .await;
    let written_in = client
        .execute(
            "return document.querySelector('#built .written-in').textContent",
            vec![],
        )
        .await
        .unwrap();
    let out_dir = std::path::absolute(server.out.path()).unwrap();
    assert_eq!(
        written_in.as_str(),
        Some(format!("Also written in {}", out_dir.display()).as_str())
    );
    let warnings = client
        .execute(
            "return document.querySelectorAll('#built .finding').length",
            vec![],
        )
        .await
        .unwrap();
    assert!(warnings.as_u64().unwrap() > 0, "the build's warnings shown");
    // Each at its block and language, under a summary that counts them.
    let summary = client
        .execute(
            "return document.querySelector('#built details.build-warnings summary').textContent",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        summary.as_str(),
        Some(format!("What the build found to review ({warnings})").as_str())
    );
    let first_where = client
        .execute(
            "return document.querySelector('#built .finding .where').textContent",
            vec![],
        )
        .await
        .unwrap();
    assert!(
        first_where.as_str().unwrap().ends_with("(fr)"),
        "{first_where}"
    );
    js_click(&client, "#built details.build-warnings summary").await;
    let download = client
        .execute(
            "return document.querySelector('#built a.download').getAttribute('href')",
            vec![],
        )
        .await
        .unwrap();
    let (status, response) = raw_get(&server, download.as_str().unwrap());
    assert_eq!(status, 200);
    assert!(
        response.contains("content-disposition: attachment; filename=\"shizuoka-2024."),
        "{}",
        &response[..response.len().min(400)]
    );
    assert!(response.contains("\r\n\r\n%PDF-"), "a PDF");
    screenshot(&client, "serve-built").await;
    // The page in French, then in Japanese: its own wording changes.
    for (ui, save) in [("fr", "Enregistrer les faits"), ("ja", "事実を保存")] {
        switch_ui(&client, ui, save).await;
        screenshot(&client, &format!("serve-{ui}")).await;
    }
    client.close().await.unwrap();

    // On disk: only that message changed, and the PDF says it.
    let saved = server.file("fr.ftl");
    assert_ne!(saved, original);
    assert_eq!(
        outside(&saved, "partnership"),
        outside(&original, "partnership"),
        "bytes outside the message changed"
    );
    // The message's lines joined as Fluent joins them.
    let joined = saved.replace("\n    ", " ");
    assert!(
        joined.contains("Les deux pays l’ont saluée. Voici la suite\u{a0}: un nouveau chapitre."),
        "{saved}"
    );
    let pdf = pdftotext(&["-raw"], &server.out.path().join("shizuoka-2024.fr.pdf"));
    assert!(
        squash(&pdf).contains(&squash(
            "Les deux pays l’ont saluée. Voici la suite\u{a0}: un nouveau chapitre."
        )),
        "{pdf}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_block_open_in_the_page_shows_a_change_on_disk_and_keeps_both() {
    let server = Server::start("shizuoka-2024");
    let driver = chromedriver();
    let client = browser(&driver).await;
    client.goto(&server.url).await.unwrap();
    let area = wait_for(&client, &format!("{FR} .text")).await;
    area.send_keys(" Mon ajout.").await.unwrap();
    wait_for(&client, &format!("{FR}.dirty")).await;
    // Another editor saves the same message meanwhile.
    edit(
        server.dir.path(),
        "fr.ftl",
        "a été publiée",
        "a été rendue publique",
    );
    let theirs = server.file("fr.ftl");
    wait_for(&client, &format!("{FR} .conflict")).await;
    wait_until(
        &client,
        "the preview beside it",
        "return document.querySelectorAll('#preview .page img').length > 0",
    )
    .await;
    screenshot(&client, "serve-conflict").await;
    // What is typed is still there; the file is still theirs.
    let typed = source_of(&client, "fr", "partnership").await;
    assert!(
        typed.ends_with(" Mon ajout.") && typed.contains("a été publiée"),
        "{typed}"
    );
    assert_eq!(server.file("fr.ftl"), theirs);
    // Taking theirs shows the file's text.
    click(&client, &format!("{FR} .take-theirs")).await;
    let shown = source_of(&client, "fr", "partnership").await;
    assert!(
        shown.contains("a été rendue publique") && !shown.contains("Mon ajout"),
        "{shown}"
    );
    client.close().await.unwrap();
    assert_eq!(server.file("fr.ftl"), theirs);
}

#[test]
fn the_page_speaks_french_japanese_and_english() {
    let ids = |lang: &str| -> Vec<String> {
        let text =
            std::fs::read_to_string(root().join(format!("locales/{lang}/serve/page.ftl"))).unwrap();
        let mut ids: Vec<String> = text
            .lines()
            .filter(|l| !l.starts_with('#') && l.contains(" = "))
            .map(|l| l.split(" = ").next().unwrap().to_owned())
            .collect();
        ids.sort();
        ids
    };
    let languages = sengen::language::page_languages();
    assert_eq!(languages, ["en", "fr", "ja"]);
    for lang in &languages {
        assert_eq!(ids(lang), ids("en"), "locales/{lang}/serve/page.ftl");
    }
    // Every word the script and the page ask for exists: by name
    // (`word("save")`, `wordWith("named-button", …)`, `data-word="preview"`),
    // and by family (`word("kind-" + block.kind)`) for each member the
    // server sends.
    let script = std::fs::read_to_string(root().join("assets/serve/app.js")).unwrap();
    let html = std::fs::read_to_string(root().join("assets/serve/index.html")).unwrap();
    let english = ids("en");
    let mut asked: Vec<String> = Vec::new();
    for (source, opening) in [
        (&script, "word(\""),
        (&script, "wordWith(\""),
        (&script, "refresh(\""),
        (&html, "data-word=\""),
    ] {
        for piece in source.split(opening).skip(1) {
            let id = piece.split('"').next().unwrap();
            if !id.ends_with('-') {
                asked.push(id.to_owned());
            }
        }
    }
    let families = [
        (
            "kind-",
            &[
                "preamble",
                "meeting",
                "title",
                "place-and-date",
                "section",
                "subsection",
                "paragraph",
                "item",
                "commitment",
                "closing",
            ][..],
        ),
        (
            "status-",
            &["current", "stale", "unreviewed", "missing"][..],
        ),
    ];
    for (prefix, members) in families {
        assert!(
            script.contains(&format!("word(\"{prefix}\" + ")),
            "the script asks for {prefix}…"
        );
        asked.extend(members.iter().map(|m| format!("{prefix}{m}")));
    }
    assert!(asked.len() > 40, "{asked:?}");
    let missing: Vec<&String> = asked.iter().filter(|id| !english.contains(id)).collect();
    assert!(
        missing.is_empty(),
        "words the page asks for but does not have: {missing:?}"
    );
    let server = Server::start("shizuoka-2024");
    for (ui, save) in [("fr", "Enregistrer"), ("ja", "保存"), ("en", "Save")] {
        let (_, state) = call(
            &server,
            "GET",
            &format!("/api/state?ui={ui}"),
            serde_json::Value::Null,
        );
        assert_eq!(state["words"]["save"], save);
    }
}

/// How many lines of `after` are not lines of `before`.
fn lines_changed(before: &str, after: &str) -> usize {
    similar::TextDiff::from_lines(before, after)
        .iter_all_changes()
        .filter(|c| c.tag() == similar::ChangeTag::Insert)
        .count()
}

/// Sets a cell's text in Fluent's syntax, as one types it in the block's
/// « Fluent » view (an `input` event).
async fn type_into(client: &Client, cell: &str, text: &str) {
    client
        .execute(
            "const cell = document.querySelector(arguments[0]); if (cell.dataset.mode !== 'source') cell.querySelector('.toggle-source').click(); const area = cell.querySelector('.source'); area.value = arguments[1]; area.dispatchEvent(new Event('input'));",
            vec![json!(cell), json!(text)],
        )
        .await
        .unwrap();
}

/// What a block holds now, in Fluent's syntax.
async fn source_of(client: &Client, lang: &str, id: &str) -> String {
    client
        .execute(
            "return window.sengenSource(arguments[0], arguments[1])",
            vec![json!(lang), json!(id)],
        )
        .await
        .unwrap()
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// Clicks a cell's Save and waits until the page says it is saved.
async fn save_and_wait(client: &Client, cell: &str) {
    // The first preview of a page just opened is not the save's: it is
    // awaited first, and the save is done when its preview is shown and the
    // block is no longer unsaved.
    first_preview(client).await;
    let version = preview_version(client).await;
    click(client, &format!("{cell} .save")).await;
    wait_until(
        client,
        "the save",
        &format!(
            "return Number(document.getElementById('preview').dataset.version) > {version} \
             && !document.querySelector('{cell}').classList.contains('dirty')"
        ),
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_page_writes_the_lines_that_changed_and_nothing_for_a_text_unchanged() {
    let server = Server::start("shizuoka-2024");
    let driver = chromedriver();
    let client = browser(&driver).await;
    client.goto(&server.url).await.unwrap();
    let area = wait_for(&client, &format!("{FR} .text")).await;
    first_preview(&client).await;

    // « x », Backspace: the same text, nothing to save; saved all the same
    // (Ctrl+Enter), nothing is written and nothing made stale.
    let original = server.file("fr.ftl");
    area.send_keys("x").await.unwrap();
    wait_for(&client, &format!("{FR}.dirty")).await;
    area.send_keys("\u{E003}").await.unwrap();
    wait_until(
        &client,
        "the block back to its saved text",
        &format!(
            "return !document.querySelector('{}.dirty')",
            FR.replace('"', "\\\"")
        ),
    )
    .await;
    let version = preview_version(&client).await;
    area.send_keys("\u{E009}\u{E007}").await.unwrap();
    preview_after(&client, "the save", version).await;
    assert_eq!(
        server.file("fr.ftl"),
        original,
        "a text unchanged was written"
    );
    wait_for(&client, &format!("{JA} .status[data-status=\"current\"]")).await;

    // One word of a paragraph written on several lines: one line changes.
    let shown = source_of(&client, "fr", "partnership").await;
    type_into(
        &client,
        FR,
        &shown.replace("a été publiée", "a été rendue publique"),
    )
    .await;
    save_and_wait(&client, FR).await;
    let saved = server.file("fr.ftl");
    assert_eq!(lines_changed(&original, &saved), 1, "{saved}");
    assert!(saved.contains("\n    coopération entre les deux pays a été rendue publique, intégrant notamment la promotion et le\n"), "{saved}");
    wait_for(&client, &format!("{JA} .status[data-status=\"stale\"]")).await;

    // Marked reviewed: the page's own write is not news from the disk.
    client
        .execute(
            "document.getElementById('notice').textContent = '';",
            vec![],
        )
        .await
        .unwrap();
    click(&client, &format!("{JA} .review")).await;
    wait_for(&client, &format!("{JA} .status[data-status=\"current\"]")).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let notice = client
        .execute(
            "return document.getElementById('notice').textContent",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        notice,
        json!(""),
        "the page announced its own write as a change on disk"
    );
    client.close().await.unwrap();
}

#[test]
fn a_save_the_check_refuses_or_that_is_interrupted_writes_nothing() {
    let server = Server::start("shizuoka-2024");
    let (_, state) = call(&server, "GET", "/api/state", serde_json::Value::Null);
    let block = state["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["id"] == "partnership")
        .unwrap()
        .clone();
    let base = block["texts"]["fr"]["base"].as_str().unwrap().to_owned();
    let before = files_of(server.dir.path());
    // An unknown variable: the check refuses it.
    let (status, answer) = call(
        &server,
        "POST",
        "/api/save",
        json!({ "lang": "fr", "id": "partnership", "text": "Depuis { $nowhere }.", "base": base }),
    );
    assert_eq!(status, 422, "{answer}");
    assert_eq!(files_of(server.dir.path()), before);
    // A fact the check refuses: an edition of 0.
    let (status, answer) = call(&server, "POST", "/api/facts", json!({ "edition": 0 }));
    assert_eq!(status, 422, "{answer}");
    assert_eq!(files_of(server.dir.path()), before);
    drop(server);

    // A server whose commits fail before their first rename.
    let dir = copy_fixture("shizuoka-2024");
    let mut child = Command::new(env!("CARGO_BIN_EXE_sengen"))
        .env("SENGEN_LANG", "en")
        .args(["serve", dir.path().to_str().unwrap(), "--port", "0"])
        .env("SENGEN_FAULT", "commit-rename-1")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.as_mut().unwrap())
        .read_line(&mut first)
        .unwrap();
    let url = first
        .trim()
        .strip_prefix("sengen serve: ")
        .unwrap()
        .to_owned();
    let port: u16 = url
        .split(':')
        .nth(2)
        .unwrap()
        .split('/')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let token = url.split("token=").nth(1).unwrap().to_owned();
    let before = files_of(dir.path());
    let body = json!({ "lang": "fr", "id": "partnership", "text": "Depuis 2013, autre chose.", "base": base }).to_string();
    let text = format!(
        "POST /api/save HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\nX-Sengen-Token: {token}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    let (status, answer) = http(port, &text, body.as_bytes());
    assert_eq!(status, 500, "{answer}");
    assert_eq!(files_of(dir.path()), before);
    let _ = child.kill();
    let _ = child.wait();
}

/// The text of the findings shown in a cell.
async fn findings_text(client: &Client, cell: &str) -> String {
    client
        .execute(
            "return [...document.querySelectorAll(arguments[0] + ' .finding')].map(f => f.textContent).join('\\n')",
            vec![json!(cell)],
        )
        .await
        .unwrap()
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_page_in_japanese_tells_its_findings_in_japanese_and_names_its_buttons() {
    let server = Server::start("shizuoka-2024");
    // The French changed: the Japanese is now stale.
    edit(
        server.dir.path(),
        "fr.ftl",
        "a été publiée",
        "a été rendue publique",
    );
    let driver = chromedriver();
    let client = browser(&driver).await;
    client.goto(&server.url).await.unwrap();
    wait_for(&client, &format!("{FR} .text")).await;
    client
        .execute("const s = document.getElementById('ui'); s.value = 'ja'; s.dispatchEvent(new Event('change'));", vec![])
        .await
        .unwrap();
    wait_until(
        &client,
        "the page in Japanese",
        "return document.getElementById('save-facts').textContent === '事実を保存'",
    )
    .await;
    // The stale translation: in Japanese, naming the page's button, not a command.
    wait_for(&client, &format!("{JA} .finding[data-code=\"L010\"]")).await;
    let stale = findings_text(&client, JA).await;
    assert!(stale.contains("確認済みにする"), "{stale}");
    assert!(
        !stale.contains("sengen translations") && !stale.contains("is stale"),
        "{stale}"
    );

    // A typography finding, as it is typed: in Japanese.
    let area = wait_for(&client, &format!("{FR} .text")).await;
    area.send_keys(" Voici la suite : un nouveau chapitre.")
        .await
        .unwrap();
    wait_for(&client, &format!("{FR} .finding[data-code=\"T102\"]")).await;
    let typography = findings_text(&client, FR).await;
    assert!(
        typography
            .chars()
            .any(|c| ('\u{3040}'..='\u{30ff}').contains(&c)),
        "{typography}"
    );
    screenshot(&client, "serve-ja-finding").await;

    // A syntax error, found as it is typed and refused at Save: in Japanese.
    let shown = source_of(&client, "fr", "partnership").await;
    type_into(&client, FR, &format!("{shown} Voir {{ $foo")).await;
    // Said as it is typed, before any Save.
    wait_for(&client, &format!("{FR} .finding[data-code=\"F001\"]")).await;
    click(&client, &format!("{FR} .save")).await;
    wait_for(&client, &format!("{FR} .finding[data-code=\"F001\"]")).await;
    let syntax = findings_text(&client, FR).await;
    assert!(
        syntax
            .chars()
            .any(|c| ('\u{3040}'..='\u{30ff}').contains(&c)),
        "{syntax}"
    );
    assert!(!syntax.contains("Fluent syntax error"), "{syntax}");
    client.close().await.unwrap();
}

// ---- Nothing typed is lost, one check live, every window in step, by
// keyboard and screen reader (issue: « The page never loses a keystroke »).

const HOPE: &str = ".cell[data-lang=\"fr\"][data-id=\"hope\"]";
const HOPE_JA: &str = ".cell[data-lang=\"ja\"][data-id=\"hope\"]";

/// Clicks as a script would: for a button a sticky header may cover
/// where WebDriver scrolls it (a keyboard user's focus is scrolled clear of
/// it: `scroll-padding-top`).
pub(crate) async fn js_click(client: &Client, css: &str) {
    client
        .execute(
            "document.querySelector(arguments[0]).click()",
            vec![json!(css)],
        )
        .await
        .unwrap();
}

/// Waits until nothing matches `css`.
async fn wait_gone(client: &Client, what: &str, css: &str) {
    wait_until(
        client,
        what,
        &format!(
            "return !document.querySelector({})",
            serde_json::to_string(css).unwrap()
        ),
    )
    .await;
}

/// Waits until the page's notice says something.
async fn changes_the_page(client: &Client, what: &str) {
    wait_until(
        client,
        what,
        "return document.getElementById('notice').textContent.length > 0",
    )
    .await;
    client
        .execute(
            "document.getElementById('notice').textContent = '';",
            vec![],
        )
        .await
        .unwrap();
}

/// Checks that the partnership block still holds what was typed in it,
/// unsaved.
async fn still_typed(client: &Client, after: &str) {
    let text = source_of(client, "fr", "partnership").await;
    assert!(text.ends_with(" Mon ajout."), "after {after}: {text}");
    let dirty = client
        .execute(
            "return !!document.querySelector(arguments[0] + '.dirty')",
            vec![json!(FR)],
        )
        .await
        .unwrap();
    assert_eq!(dirty, json!(true), "after {after}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn what_is_typed_survives_every_redraw_and_a_closed_window() {
    let server = Server::start("shizuoka-2024");
    let driver = chromedriver();
    let client = browser(&driver).await;
    client.goto(&server.url).await.unwrap();
    let area = wait_for(&client, &format!("{FR} .text")).await;
    first_preview(&client).await;
    area.send_keys(" Mon ajout.").await.unwrap();
    wait_for(&client, &format!("{FR}.dirty")).await;

    // Another block saved.
    let hope = wait_for(&client, &format!("{HOPE} .text")).await;
    hope.send_keys(" Ensemble.").await.unwrap();
    save_and_wait(&client, HOPE).await;
    wait_for(
        &client,
        &format!("{HOPE_JA} .status[data-status=\"stale\"]"),
    )
    .await;
    still_typed(&client, "another block's save").await;

    // A translation marked reviewed.
    click(&client, &format!("{HOPE_JA} .review")).await;
    wait_for(
        &client,
        &format!("{HOPE_JA} .status[data-status=\"current\"]"),
    )
    .await;
    still_typed(&client, "a review").await;

    // The facts saved.
    let version = preview_version(&client).await;
    js_click(&client, "#save-facts").await;
    preview_after(&client, "the preview after the facts", version).await;
    still_typed(&client, "the facts").await;

    // The page's language switched, and back.
    for (ui, save) in [("ja", "事実を保存"), ("fr", "Enregistrer les faits")] {
        switch_ui(&client, ui, save).await;
        still_typed(&client, &format!("the page in {ui}")).await;
    }

    // Another message changed on disk.
    edit(server.dir.path(), "fr.ftl", "Ensemble.", "Ensemble, enfin.");
    changes_the_page(&client, "the change on disk").await;
    wait_until(
        &client,
        "the other block's new text",
        "return window.sengenSource('fr', 'hope').endsWith('Ensemble, enfin.')",
    )
    .await;
    still_typed(&client, "a change on disk").await;

    // The window closed (a crash, a slip): a new one gives the text back.
    let first = client.window().await.unwrap();
    let second = client.new_window(false).await.unwrap();
    client.switch_to_window(second.handle).await.unwrap();
    client.goto(&server.url).await.unwrap();
    wait_for(&client, &format!("{FR}.dirty")).await;
    still_typed(&client, "a new window").await;
    // The words may come a moment after the text (the page's wording is
    // loaded beside the declaration); what the page says is what is awaited.
    let restored = "Pas encore enregistré : repris d’une visite précédente.";
    let said_script = format!("return document.querySelector('{FR} .saved-state').textContent");
    let started = Instant::now();
    loop {
        let said = client.execute(&said_script, vec![]).await.unwrap();
        if said == json!(restored) {
            break;
        }
        assert!(
            started.elapsed() < WAIT,
            "the restored draft is said as {said}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // Saved, it is no longer kept aside.
    save_and_wait(&client, FR).await;
    assert!(
        server.file("fr.ftl").contains("Mon ajout."),
        "{}",
        server.file("fr.ftl")
    );
    let kept = client
        .execute(
            "return Object.keys(JSON.parse(localStorage.getItem('sengen-drafts:shizuoka-2024') || '{}')).length",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(kept, json!(0));
    let _ = client.switch_to_window(first).await;
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_check_as_one_types_is_the_check_of_save_and_enter_is_a_line_break() {
    let server = Server::start("shizuoka-2024");
    let driver = chromedriver();
    let client = browser(&driver).await;
    client.goto(&server.url).await.unwrap();
    wait_for(&client, &format!("{FR} .text")).await;
    let original = source_of(&client, "fr", "partnership").await;

    // A placeable left open, typed in the block's Fluent view: said at once.
    type_into(&client, FR, &format!("{original} Voir {{ $foo")).await;
    wait_for(&client, &format!("{FR} .finding[data-code=\"F001\"]")).await;
    // A variable the declaration does not have.
    type_into(&client, FR, &format!("{original} Voir {{ $foo }}.")).await;
    wait_for(&client, &format!("{FR} .finding[data-code=\"F003\"]")).await;
    wait_gone(
        &client,
        "the F001 gone",
        &format!("{FR} .finding[data-code=\"F001\"]"),
    )
    .await;
    // The block emptied: said at once, in words (a message needs a text).
    type_into(&client, FR, "").await;
    wait_for(&client, &format!("{FR} .finding[data-code=\"F001\"]")).await;
    wait_gone(
        &client,
        "the F003 gone",
        &format!("{FR} .finding[data-code=\"F003\"]"),
    )
    .await;
    let emptied = findings_text(&client, FR).await;
    assert!(emptied.contains("a message needs a value"), "{emptied}");
    type_into(&client, FR, &original).await;
    wait_gone(
        &client,
        "the block clean again",
        &format!("{FR} .finding[data-severity=\"error\"]"),
    )
    .await;
    client
        .execute(
            "document.querySelector(arguments[0] + ' .toggle-source').click()",
            vec![json!(FR)],
        )
        .await
        .unwrap();

    // Enter twice, as for a new paragraph: a line break, read as a space,
    // said under the block; the save writes no blank line.
    let area = wait_for(&client, &format!("{FR} .text:not([hidden])")).await;
    area.send_keys("\u{E007}\u{E007}Une suite.").await.unwrap();
    wait_for(&client, &format!("{FR} .help:not([hidden])")).await;
    let typed = source_of(&client, "fr", "partnership").await;
    assert_eq!(typed, format!("{original}\nUne suite."));
    save_and_wait(&client, FR).await;
    let saved = server.file("fr.ftl");
    assert!(
        !saved.contains("\n\n    ") && !saved.contains("\n    \n"),
        "{saved}"
    );
    let (_, state) = call(&server, "GET", "/api/state", serde_json::Value::Null);
    let block = state["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["id"] == "partnership")
        .unwrap()
        .clone();
    assert!(
        block["texts"]["fr"]["text"]
            .as_str()
            .unwrap()
            .ends_with("bilatérale. Une suite."),
        "{block}"
    );
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_save_in_one_window_appears_in_the_other_and_the_focus_stays_on_the_block() {
    let server = Server::start("shizuoka-2024");
    let driver = chromedriver();
    let client = browser(&driver).await;
    client.goto(&server.url).await.unwrap();
    wait_for(&client, &format!("{FR} .text")).await;
    let first = client.window().await.unwrap();
    let second = client.new_window(false).await.unwrap();
    client
        .switch_to_window(second.handle.clone())
        .await
        .unwrap();
    client.goto(&server.url).await.unwrap();
    let area = wait_for(&client, &format!("{FR} .text")).await;
    first_preview(&client).await;
    area.send_keys(" Depuis l’autre fenêtre.").await.unwrap();
    wait_for(&client, &format!("{FR}.dirty")).await;
    // Ctrl+Enter saves; the focus stays in the block.
    let version = preview_version(&client).await;
    area.send_keys("\u{E009}\u{E007}").await.unwrap();
    preview_after(&client, "the save", version).await;
    let focused = client
        .execute(
            "return document.activeElement === document.querySelector(arguments[0] + ' .text')",
            vec![json!(FR)],
        )
        .await
        .unwrap();
    assert_eq!(focused, json!(true), "the focus left the block");
    // The first window hears of it.
    client.switch_to_window(first).await.unwrap();
    wait_until(
        &client,
        "the save in the other window",
        "return window.sengenSource('fr', 'partnership').endsWith('Depuis l’autre fenêtre.')",
    )
    .await;
    wait_for(&client, &format!("{JA} .status[data-status=\"stale\"]")).await;
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn facts_read_as_facts_and_the_form_says_its_refusals_at_their_field_once() {
    let server = Server::start("shizuoka-2024");
    let driver = chromedriver();
    let client = browser(&driver).await;
    client.goto(&server.url).await.unwrap();
    let preamble = ".cell[data-lang=\"fr\"][data-id=\"preamble\"]";
    wait_for(&client, &format!("{preamble} .text")).await;
    client
        .execute("const s = document.getElementById('ui'); s.value = 'fr'; s.dispatchEvent(new Event('change'));", vec![])
        .await
        .unwrap();
    wait_until(
        &client,
        "the page in French",
        "return document.getElementById('save-facts').textContent === 'Enregistrer les faits'",
    )
    .await;
    // `{ $japan-count }` reads as 35, said to be a count; <sup>ères</sup> is raised.
    let chip = wait_for(
        &client,
        &format!("{preamble} .chip[data-source=\"{{ $japan-count }}\"]"),
    )
    .await;
    assert_eq!(
        chip.attr("aria-label").await.unwrap().unwrap(),
        "35 (nombre de signataires (Collectivités japonaises))"
    );
    let history = ".cell[data-lang=\"fr\"][data-id=\"history\"]";
    let sup = wait_for(&client, &format!("{history} .text sup")).await;
    assert_eq!(sup.text().await.unwrap(), "ères");
    let text = client
        .execute(
            "return document.querySelector(arguments[0] + ' .text').textContent",
            vec![json!(preamble)],
        )
        .await
        .unwrap();
    assert!(!text.as_str().unwrap().contains("{ $"), "{text}");
    // The delegations by their names.
    let labels = client
        .execute("return [...document.querySelectorAll('#facts-form label')].map(l => l.textContent).join(' | ')", vec![])
        .await
        .unwrap();
    assert!(
        labels
            .as_str()
            .unwrap()
            .contains("Signataires · Collectivités japonaises"),
        "{labels}"
    );
    assert!(!labels.as_str().unwrap().contains("· japan"), "{labels}");

    // An emptied date, saved twice: said at its field, once; nothing written.
    let before = files_of(server.dir.path());
    client
        .execute("const d = document.getElementById('fact-adoption'); d.value = ''; d.dispatchEvent(new Event('input'));", vec![])
        .await
        .unwrap();
    for _ in 0..2 {
        js_click(&client, "#save-facts").await;
        wait_for(&client, "#fact-adoption-findings .finding").await;
    }
    let said = client
        .execute(
            "return [...document.querySelectorAll('#facts-form .finding')].map(f => f.textContent)",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(said, json!(["Indiquez une date (jour, mois, année)."]));
    assert_eq!(files_of(server.dir.path()), before);
    // A day of adoption outside the meeting's days: refused by the check, at its field.
    client
        .execute("const d = document.getElementById('fact-adoption'); d.value = '2024-12-25'; d.dispatchEvent(new Event('input'));", vec![])
        .await
        .unwrap();
    for _ in 0..2 {
        js_click(&client, "#save-facts").await;
        wait_for(
            &client,
            "#fact-adoption-findings .finding[data-code=\"S012\"]",
        )
        .await;
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    let count = client
        .execute(
            "return document.querySelectorAll('#facts-form .finding').length",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(count, json!(1));
    assert_eq!(files_of(server.dir.path()), before);
    client.close().await.unwrap();
}

/// The violations of impact serious or critical that axe-core (npm, WCAG
/// 2.1 A and AA rules) finds in the page as it stands.
pub(crate) async fn axe_violations(client: &Client) -> Vec<String> {
    let modules = std::env::var("SENGEN_NODE_PATH").expect(
        "SENGEN_NODE_PATH must name the node_modules folder holding axe-core (bash .ci/run sets it)",
    );
    let axe = std::fs::read_to_string(PathBuf::from(modules).join("axe-core/axe.min.js"))
        .expect("axe-core is installed (bash .ci/run installs it)");
    client.execute(&axe, vec![]).await.unwrap();
    let result = client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
               .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                 .map(v => v.id + ': ' + v.help + ' — ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
               .catch(e => done(['axe failed: ' + e]));",
            vec![],
        )
        .await
        .unwrap();
    serde_json::from_value(result).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_page_passes_axe_core_in_french_japanese_and_english() {
    let server = Server::start("shizuoka-2024");
    // A stale translation and a finding shown, as a page usually is.
    edit(
        server.dir.path(),
        "fr.ftl",
        "a été publiée",
        "a été rendue publique",
    );
    let driver = chromedriver();
    let client = browser(&driver).await;
    client.goto(&server.url).await.unwrap();
    let area = wait_for(&client, &format!("{FR} .text")).await;
    first_preview(&client).await;
    area.send_keys(" Voici la suite : un nouveau chapitre.")
        .await
        .unwrap();
    wait_for(&client, &format!("{FR} .finding[data-code=\"T102\"]")).await;
    // The PDFs built: their links and the build's findings are on the page too.
    click(&client, "#build").await;
    wait_until(
        &client,
        "the PDFs' links",
        "return document.querySelectorAll('#built a.download').length === 3",
    )
    .await;
    let mut found = Vec::new();
    for (ui, save) in [
        ("fr", "Enregistrer les faits"),
        ("ja", "事実を保存"),
        ("en", "Save the facts"),
    ] {
        switch_ui(&client, ui, save).await;
        // The build's links in the page's language.
        let open = client
            .execute(
                "return document.querySelector('#built a.open').textContent",
                vec![],
            )
            .await
            .unwrap();
        let expected = match ui {
            "fr" => "Ouvrir",
            "ja" => "開く",
            _ => "Open",
        };
        assert_eq!(open.as_str(), Some(expected), "{ui}");
        for violation in axe_violations(&client).await {
            found.push(format!("{ui}: {violation}"));
        }
        screenshot(&client, &format!("serve-{ui}-finding")).await;
    }
    assert!(found.is_empty(), "{found:#?}");
    // The buttons name their block; the preview is named.
    let named = client
        .execute("return [...document.querySelectorAll(arguments[0] + ' button')].map(b => b.getAttribute('aria-label'))", vec![json!(FR)])
        .await
        .unwrap();
    assert!(
        named
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n == "Save: Paragraph 2"),
        "{named}"
    );
    client.close().await.unwrap();
}
