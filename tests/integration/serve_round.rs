//! One negotiation round played from the page alone, in Japanese, in a real
//! browser (Debian's chromium through chromedriver): a declaration started
//! from the .docx the host city sent, a commitment added and a paragraph
//! removed, the PDFs built and downloaded, the Japanese XLIFF exported, a
//! translation made with translate-toolkit brought back after its report,
//! the next .docx draft dropped and its changes accepted block by block,
//! this draft compared with the first one and the redline downloaded. Then
//! the same steps through the commands give the same folder, byte for
//! byte. A draft accepted in part; a declaration started from the example
//! or an earlier edition. (Uploads refused, comparisons: `serve_uploads`.)
//!
//! `SENGEN_SCREENSHOTS=docs cargo test --test integration serve_round::`
//! also writes the round's screenshots there (docs/serve-round-*.png).

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command};

use fantoccini::{Client, Locator};
use serde_json::json;

use crate::serve::{
    axe_violations, browser, chromedriver, click, js_click, screenshot, spawn, spawn_in, wait_for,
    wait_until,
};
use crate::serve_uploads::first_finding;
use crate::util::*;

/// The round's drafts: the first, and the one the host city sends next.
pub(crate) fn draft(n: u8) -> PathBuf {
    root().join(format!("fixtures/serve/round/draft-{n}.docx"))
}

/// A `sengen serve` on a folder that may not exist yet, stopped on drop.
pub(crate) struct Page {
    child: Child,
    port: u16,
    token: String,
    url: String,
}

impl Page {
    pub(crate) fn start(dir: &Path, out: &Path) -> Page {
        Page::of(spawn(dir, out, "ja"))
    }

    /// `sengen serve` without a folder, run in `cwd`.
    fn start_in(cwd: &Path, out: &Path) -> Page {
        Page::of(spawn_in(Some(cwd), None, out, "ja"))
    }

    fn of((child, port, token, url): (Child, u16, String, String)) -> Page {
        Page {
            child,
            port,
            token,
            url,
        }
    }

    /// One request with the page's token: the status and the body's bytes.
    pub(crate) fn fetch(
        &self,
        method: &str,
        path: &str,
        content_type: &str,
        body: &[u8],
    ) -> (u16, Vec<u8>) {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        let head = format!(
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nConnection: close\r\nX-Sengen-Token: {}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
            self.port,
            self.token,
            body.len()
        );
        stream.write_all(head.as_bytes()).unwrap();
        let _ = stream.write_all(body);
        let mut response = Vec::new();
        let _ = stream.read_to_end(&mut response);
        let split = response
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("an HTTP answer");
        let head = String::from_utf8_lossy(&response[..split]).into_owned();
        let status = head
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let mut body = response[split + 4..].to_vec();
        if head.to_lowercase().contains("transfer-encoding: chunked") {
            body = unchunk(&body);
        }
        (status, body)
    }

    pub(crate) fn get(&self, path: &str) -> (u16, Vec<u8>) {
        self.fetch("GET", path, "text/plain", &[])
    }
}

impl Drop for Page {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A chunked body, joined.
pub(crate) fn unchunk(mut body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let Some(end) = body.windows(2).position(|w| w == b"\r\n") else {
            return out;
        };
        let size =
            usize::from_str_radix(String::from_utf8_lossy(&body[..end]).trim(), 16).unwrap_or(0);
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&body[end + 2..end + 2 + size]);
        body = &body[end + 2 + size + 2..];
    }
}

/// A file chosen in one of the page's file fields.
async fn choose(client: &Client, css: &str, file: &Path) {
    client
        .find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"))
        .send_keys(file.to_str().unwrap())
        .await
        .unwrap();
}

/// A file dragged from the desktop and dropped on an element of the page.
async fn drop_file(client: &Client, css: &str, file: &Path) {
    use base64::Engine as _;
    let bytes = base64::engine::general_purpose::STANDARD.encode(std::fs::read(file).unwrap());
    let name = file.file_name().unwrap().to_str().unwrap();
    client
        .execute(
            "const bytes = Uint8Array.from(atob(arguments[1]), (c) => c.charCodeAt(0));
             const data = new DataTransfer();
             data.items.add(new File([bytes], arguments[2]));
             const target = document.querySelector(arguments[0]);
             target.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
             target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));",
            vec![json!(css), json!(bytes), json!(name)],
        )
        .await
        .unwrap();
}

async fn set_value(client: &Client, css: &str, value: &str) {
    client
        .execute(
            "const e = document.querySelector(arguments[0]); e.value = arguments[1]; e.dispatchEvent(new Event('change'));",
            vec![json!(css), json!(value)],
        )
        .await
        .unwrap();
}

async fn text_of(client: &Client, css: &str) -> String {
    client
        .execute(
            "const e = document.querySelector(arguments[0]); return e ? e.textContent : '';",
            vec![json!(css)],
        )
        .await
        .unwrap()
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// The page as it stands: its screenshot (when asked), and no axe-core
/// violation in it.
async fn shown(client: &Client, name: &str, what: &str) {
    screenshot(client, name).await;
    assert_eq!(axe_violations(client).await, Vec::<String>::new(), "{what}");
}

/// The declaration's files and their bytes.
pub(crate) fn folder(dir: &Path) -> Vec<(String, Vec<u8>)> {
    file_names(dir)
        .into_iter()
        .filter(|f| dir.join(f).is_file())
        .map(|f| (f.clone(), std::fs::read(dir.join(&f)).unwrap()))
        .collect()
}

pub(crate) fn sengen_ok(dir: &Path, args: &[&str]) {
    let output = sengen(dir, args);
    assert!(
        output.status.success(),
        "sengen {args:?}: {}{}",
        String::from_utf8_lossy(&output.stdout),
        stderr(&output)
    );
}

/// translate-toolkit's own reader and writer translate two units of an
/// XLIFF 1.2 file, the first marked final (`.ci/run` installs it, SENGEN_PYTHON).
fn translate(exported: &Path, translated: &Path, units: [(&str, &str); 2]) {
    let python = std::env::var("SENGEN_PYTHON").unwrap_or_else(|_| "python3".into());
    let output = Command::new(python)
        .arg(root().join("tests/integration/tools/translate_toolkit_translator.py"))
        .arg(exported)
        .arg(translated)
        .args([units[0].0, units[0].1, units[1].0, units[1].1])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "translate-toolkit (bash .ci/run installs it and sets SENGEN_PYTHON): {}",
        stderr(&output)
    );
}

const COMMITMENT_FR: &str = "Organiser un forum annuel des jeunes élus.";
const COMMITMENT_JA: &str = "若手議員による年次フォーラムを開催する。";
const TRANSLATED: [(&str, &str); 2] = [
    ("atelier-1-economie", "第1分科会：経済"),
    ("atelier-2-societe", "第2分科会：社会"),
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_negotiation_round_from_the_page_alone_leaves_the_folder_the_commands_leave() {
    let work = tempfile::tempdir().unwrap();
    let on_page = work.path().join("page/lyon-2028");
    let out = work.path().join("out");
    std::fs::create_dir_all(on_page.parent().unwrap()).unwrap();
    let page = Page::start(&on_page, &out);
    let driver = chromedriver();
    let client = browser(&driver).await;
    client.goto(&page.url).await.unwrap();

    // 1. Start: the draft the host city sent, in French, to translate into Japanese.
    wait_for(&client, "#start-draft").await;
    set_value(&client, "#ui", "ja").await;
    wait_until(
        &client,
        "the page in Japanese",
        "return document.querySelector('#start h2')?.textContent === '宣言を始める'",
    )
    .await;
    set_value(&client, "#start-draft-lang", "fr").await;
    choose(&client, "#start-draft", &draft(1)).await;
    wait_for(&client, "#open-declaration").await;
    let report = text_of(&client, "#start-report").await;
    assert!(
        report.contains("見出し 3、段落 4、箇条書きの項目 4、約束事項 2"),
        "{report}"
    );
    shown(
        &client,
        "serve-round-1-start",
        "the start, its report shown",
    )
    .await;
    click(&client, "#open-declaration").await;
    wait_for(
        &client,
        ".cell[data-lang=\"ja\"][data-id=\"opening-1\"] .status[data-status=\"missing\"]",
    )
    .await;

    // 2. The structure: a commitment added (in both languages at once), a paragraph removed.
    js_click(&client, ".block[data-id=\"commitment-2\"] .add-after").await;
    set_value(&client, "#add-kind", "commitment").await;
    wait_for(&client, "#add-text-fr")
        .await
        .send_keys(COMMITMENT_FR)
        .await
        .unwrap();
    wait_for(&client, "#add-text-ja")
        .await
        .send_keys(COMMITMENT_JA)
        .await
        .unwrap();
    client
        .execute(
            "document.querySelector('.block-form').scrollIntoView({ block: 'center' })",
            vec![],
        )
        .await
        .unwrap();
    shown(&client, "serve-round-2-add", "a block being added").await;
    js_click(&client, "#add-block").await;
    wait_for(&client, ".block[data-id=\"commitment-3\"]").await;
    js_click(&client, ".block[data-id=\"opening-3\"] .remove").await;
    let confirm = text_of(&client, ".block-form.confirm").await;
    assert!(
        confirm.contains("段落 3"),
        "the confirmation names the block: {confirm}"
    );
    js_click(&client, "#confirm-remove").await;
    wait_until(
        &client,
        "the paragraph gone",
        "return !document.querySelector('.block[data-id=\"opening-3\"]')",
    )
    .await;

    // 3. The PDFs: the French one (the Japanese translation is not done yet), downloaded.
    click(&client, "#build").await;
    wait_for(&client, "#built a.download").await;
    let not_built = text_of(&client, "#built .not-built").await;
    assert!(not_built.contains("日本語"), "{not_built}");
    let (status, pdf) = page.get("/pdf/lyon-2028.fr.pdf?download=1");
    assert_eq!(status, 200);
    assert!(pdf.starts_with(b"%PDF"));

    // 4. The translators: the Japanese XLIFF out, their translation back, its report first.
    js_click(&client, "#translators summary").await;
    set_value(&client, "#xliff-lang", "ja").await;
    let href: String = client
        .execute(
            "return document.getElementById('xliff-download').getAttribute('href')",
            vec![],
        )
        .await
        .unwrap()
        .as_str()
        .unwrap()
        .to_owned();
    let (status, xliff) = page.get(&href);
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&xliff));
    let exported = work.path().join("lyon-2028.ja.xlf");
    std::fs::write(&exported, &xliff).unwrap();
    let translated = work.path().join("lyon-2028.ja.translated.xlf");
    translate(&exported, &translated, TRANSLATED);
    choose(&client, "#xliff-file", &translated).await;
    wait_for(&client, "#xliff-accept").await;
    let said = text_of(&client, "#xliff-result").await;
    assert!(
        said.contains("変更される本文 2 件、確認済みにする本文 1 件"),
        "{said}"
    );
    client
        .execute(
            "document.getElementById('translators').scrollIntoView({ block: 'start' })",
            vec![],
        )
        .await
        .unwrap();
    screenshot(&client, "serve-round-3-xliff").await;
    js_click(&client, "#xliff-accept").await;
    wait_for(&client, "#xliff-result .done").await;

    // 5. The next draft: its changes shown, then accepted block by block.
    js_click(&client, "#draft-panel summary").await;
    drop_file(&client, "#draft-panel .file-field", &draft(2)).await;
    wait_for(&client, "#draft-result .accept-one").await;
    shown(&client, "serve-round-4-draft", "a draft's changes shown").await;
    let mut accepted = 0;
    loop {
        let left: u64 = client
            .execute(
                "return document.querySelectorAll('#draft-result .accept-one').length",
                vec![],
            )
            .await
            .unwrap()
            .as_u64()
            .unwrap();
        if left == 0 {
            break;
        }
        js_click(&client, "#draft-result .accept-one").await;
        wait_until(
            &client,
            "one block accepted",
            &format!(
                "return document.querySelectorAll('#draft-result .accept-one').length < {left}"
            ),
        )
        .await;
        accepted += 1;
    }
    assert_eq!(accepted, 5, "reworded, added twice, left out twice");
    // The preview shows the draft as accepted.
    let version = client
        .execute("const v = document.getElementById('preview').dataset.version; loadPreview(); return Number(v);", vec![])
        .await
        .unwrap()
        .as_u64()
        .unwrap();
    wait_until(
        &client,
        "the preview of the accepted draft",
        &format!("return Number(document.getElementById('preview').dataset.version) > {version}"),
    )
    .await;
    wait_for(&client, "#draft-result .done").await;

    // 6. Compared with the first draft: the redline in the page, and as a PDF.
    js_click(&client, "#compare summary").await;
    choose(&client, "#compare-file", &draft(1)).await;
    wait_for(&client, "#compare-result a.download").await;
    let compared = text_of(&client, "#compare-result").await;
    assert!(
        compared.contains("et confiants"),
        "the rewording is shown: {compared}"
    );
    shown(&client, "serve-round-5-compare", "a comparison shown").await;
    let redline: String = client
        .execute(
            "return document.querySelector('#compare-result a.download').getAttribute('href')",
            vec![],
        )
        .await
        .unwrap()
        .as_str()
        .unwrap()
        .to_owned();
    let (status, pdf) = page.get(&redline);
    assert_eq!(status, 200);
    assert!(pdf.starts_with(b"%PDF"));
    client.close().await.unwrap();

    // The same steps through the commands.
    let by_commands = work.path().join("commands/lyon-2028");
    std::fs::create_dir_all(by_commands.parent().unwrap()).unwrap();
    let here = work.path();
    let dir = by_commands.to_str().unwrap();
    sengen_ok(
        here,
        &[
            "import",
            draft(1).to_str().unwrap(),
            "-o",
            dir,
            "--lang",
            "fr",
        ],
    );
    sengen_ok(here, &["translations", dir, "--add", "ja"]);
    sengen_ok(
        here,
        &[
            "block",
            "add",
            dir,
            "commitment",
            "--after",
            "commitment-2",
            "--text",
            &format!("fr={COMMITMENT_FR}"),
            "--text",
            &format!("ja={COMMITMENT_JA}"),
        ],
    );
    sengen_ok(here, &["block", "remove", dir, "opening-3"]);
    let exported_by_command = work.path().join("exported.xlf");
    sengen_ok(
        here,
        &[
            "xliff",
            "export",
            dir,
            "--lang",
            "ja",
            "-o",
            exported_by_command.to_str().unwrap(),
        ],
    );
    assert_eq!(
        std::fs::read(&exported_by_command).unwrap(),
        xliff,
        "the page's XLIFF is the command's"
    );
    // Written, then checked: the translation still lacks messages (exit 1).
    for args in [
        vec!["xliff", "import", dir, translated.to_str().unwrap()],
        vec![
            "import",
            draft(2).to_str().unwrap(),
            "--into",
            dir,
            "--lang",
            "fr",
        ],
    ] {
        let output = sengen(here, &args);
        assert_eq!(
            output.status.code(),
            Some(1),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(
            stderr(&output).contains("error[F010]"),
            "{}",
            stderr(&output)
        );
    }
    let page_folder = folder(&on_page);
    let command_folder = folder(&by_commands);
    for ((name, bytes), (other, expected)) in page_folder.iter().zip(&command_folder) {
        assert_eq!(name, other);
        assert_eq!(
            String::from_utf8_lossy(bytes),
            String::from_utf8_lossy(expected),
            "{name} differs"
        );
    }
    assert_eq!(page_folder, command_folder);
}

#[test]
fn a_draft_accepted_in_part_keeps_what_was_declined_and_the_rest_later_gives_import_into() {
    let work = tempfile::tempdir().unwrap();
    let here = work.path();
    let on_page = here.join("page/lyon-2028");
    let by_command = here.join("command/lyon-2028");
    for dir in [&on_page, &by_command] {
        std::fs::create_dir_all(dir.parent().unwrap()).unwrap();
        sengen_ok(
            here,
            &[
                "import",
                draft(1).to_str().unwrap(),
                "-o",
                dir.to_str().unwrap(),
                "--lang",
                "fr",
            ],
        );
    }
    let page = Page::start(&on_page, &here.join("out"));
    let (status, body) = page.fetch(
        "POST",
        "/api/draft?name=draft-2.docx&ui=en",
        "application/octet-stream",
        &std::fs::read(draft(2)).unwrap(),
    );
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    let plan: serde_json::Value = serde_json::from_slice(&body).unwrap();
    let decisions: Vec<(String, String)> = plan["decisions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["id"].as_str().unwrap().to_owned(),
                d["verb"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        decisions,
        [
            ("opening-1".to_owned(), "updated".to_owned()),
            ("atelier-1-economie-4".to_owned(), "added".to_owned()),
            ("opening-2".to_owned(), "left-out".to_owned()),
        ]
    );
    // Only the new list item: the rewording and the removal wait.
    let fr_before = std::fs::read_to_string(on_page.join("fr.ftl")).unwrap();
    let (status, body) = page.fetch(
        "POST",
        "/api/draft/accept",
        "application/json",
        br#"{"ids":["atelier-1-economie-4"],"ui":"en"}"#,
    );
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    let fr = std::fs::read_to_string(on_page.join("fr.ftl")).unwrap();
    assert!(fr.ends_with("\n## Added by `sengen import` from draft-2.docx\natelier-1-economie-4 = Valoriser les savoir-faire artisanaux.\n"), "{fr}");
    assert_eq!(
        fr.replace(&fr_before, ""),
        "\n## Added by `sengen import` from draft-2.docx\natelier-1-economie-4 = Valoriser les savoir-faire artisanaux.\n",
        "the rest of fr.ftl as it was"
    );
    let toml = std::fs::read_to_string(on_page.join("declaration.toml")).unwrap();
    assert!(
        toml.contains("{ paragraph = \"opening-2\" }"),
        "the removal declined: {toml}"
    );
    assert!(
        toml.contains(
            "\"atelier-1-economie-1\", \"atelier-1-economie-2\", \"atelier-1-economie-4\""
        ),
        "{toml}"
    );
    let left: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(
        left["left"]["decisions"].as_array().unwrap().len(),
        2,
        "two left to decide"
    );
    // Put aside, then dropped again: the rest is still there to decide.
    let (status, _) = page.fetch("POST", "/api/draft/close", "application/json", b"{}");
    assert_eq!(status, 200);
    let (status, _) = page.fetch(
        "POST",
        "/api/draft/accept",
        "application/json",
        br#"{"ui":"en"}"#,
    );
    assert_eq!(status, 409, "nothing waits once the draft is put aside");
    let (status, body) = page.fetch(
        "POST",
        "/api/draft?name=draft-2.docx&ui=en",
        "application/octet-stream",
        &std::fs::read(draft(2)).unwrap(),
    );
    assert_eq!(status, 200);
    let again: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(again["decisions"].as_array().unwrap().len(), 2);
    // The rest all at once: the folder is then what `import --into` makes.
    let (status, _) = page.fetch(
        "POST",
        "/api/draft/accept",
        "application/json",
        br#"{"ui":"en"}"#,
    );
    assert_eq!(status, 200);
    let output = sengen(
        here,
        &[
            "import",
            draft(2).to_str().unwrap(),
            "--into",
            by_command.to_str().unwrap(),
            "--lang",
            "fr",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(folder(&on_page), folder(&by_command));
}

#[test]
fn the_page_starts_the_example_or_the_next_edition_of_a_declaration_beside_it() {
    let work = tempfile::tempdir().unwrap();
    let here = work.path();
    std::fs::create_dir_all(here.join("editions")).unwrap();
    let earlier = here.join("editions/shizuoka-2024");
    std::fs::create_dir_all(&earlier).unwrap();
    for (name, bytes) in folder(&fixture("shizuoka-2024")) {
        std::fs::write(earlier.join(name), bytes).unwrap();
    }
    // The next edition, from the declaration beside the folder, by its name.
    let next = here.join("editions/nantes-2026");
    let page = Page::start(&next, &here.join("out"));
    let (status, body) = page.get("/api/state?ui=en");
    assert_eq!(status, 200);
    let state: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(state["start"]["earlier"], json!(["shizuoka-2024"]));
    // A path is not a name.
    let (status, _) = page.fetch(
        "POST",
        "/api/start",
        "application/json",
        br#"{"how":"next","from":"../../etc"}"#,
    );
    assert_eq!(status, 400);
    assert!(!next.exists());
    let (status, body) = page.fetch(
        "POST",
        "/api/start",
        "application/json",
        br#"{"how":"next","from":"shizuoka-2024","ui":"en"}"#,
    );
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    let started: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert!(
        !started["to_fill"].as_array().unwrap().is_empty(),
        "{started}"
    );
    let by_command = here.join("by-command/nantes-2026");
    std::fs::create_dir_all(by_command.parent().unwrap()).unwrap();
    let output = sengen(
        here,
        &[
            "new",
            by_command.to_str().unwrap(),
            "--from",
            earlier.to_str().unwrap(),
            "--ui-lang",
            "en",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        folder(&next),
        folder(&by_command),
        "the page's next edition is `new --from`'s"
    );
    drop(page);
    // The example, in French and Japanese.
    let example = here.join("editions/exemple-2026");
    let page = Page::start(&example, &here.join("out"));
    let (status, body) = page.fetch(
        "POST",
        "/api/start",
        "application/json",
        br#"{"how":"example","languages":["fr","ja"],"ui":"en"}"#,
    );
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    let check = sengen(here, &["check", example.to_str().unwrap()]);
    assert!(check.status.success(), "{}", stderr(&check));
}

#[test]
fn without_a_folder_in_one_that_holds_other_things_the_page_names_the_new_declarations() {
    let work = tempfile::tempdir().unwrap();
    let here = work.path();
    std::fs::write(here.join("notes.txt"), "ordre du jour\n").unwrap();
    let page = Page::start_in(here, &here.join("out"));
    let (status, body) = page.get("/api/state?ui=en");
    assert_eq!(status, 200);
    let state: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(state["start"]["name_folder"], json!(true));
    let docx = std::fs::read(draft(1)).unwrap();
    // A path, a hidden name, a name that is no id: refused, nothing made.
    for bad in ["..%2Fescape", ".cache", "Lyon%202028", ""] {
        let (status, body) = page.fetch(
            "POST",
            &format!("/api/start/import?lang=fr&name=draft-1.docx&folder={bad}&ui=en"),
            "application/octet-stream",
            &docx,
        );
        assert_eq!(status, 422, "{bad}");
        assert_eq!(first_finding(&body).0, "C007", "{bad}");
    }
    assert_eq!(file_names(here), ["notes.txt"], "nothing made");
    let (status, body) = page.fetch(
        "POST",
        "/api/start/import?lang=fr&name=draft-1.docx&folder=lyon-2028&ui=en",
        "application/octet-stream",
        &docx,
    );
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    // The page is now the new declaration's.
    let (_, body) = page.get("/api/state?ui=en");
    let state: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(state["id"], "lyon-2028");
    let by_command = here.join("command/lyon-2028");
    std::fs::create_dir_all(by_command.parent().unwrap()).unwrap();
    sengen_ok(
        here,
        &[
            "import",
            draft(1).to_str().unwrap(),
            "-o",
            by_command.to_str().unwrap(),
            "--lang",
            "fr",
        ],
    );
    assert_eq!(folder(&here.join("lyon-2028")), folder(&by_command));
}
