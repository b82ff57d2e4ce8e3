//! Hostile and faulty input, second round: each of the twelve defects a
//! round of 257 hostile inputs found, reproduced as it was found and now
//! refused with its diagnostic, the page's server alive after it, and every
//! file byte-identical where the input was refused.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::json;

use crate::util::*;

/// Every file of a folder, by name.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    file_names(dir)
        .into_iter()
        .map(|name| {
            let bytes = std::fs::read(dir.join(&name)).unwrap();
            (name, bytes)
        })
        .collect()
}

/// `sengen serve` on a copy of Shizuoka, stopped on drop.
struct Page {
    child: Child,
    port: u16,
    token: String,
    dir: tempfile::TempDir,
}

impl Page {
    fn start() -> Page {
        let dir = copy_fixture("shizuoka-2024");
        let mut child = Command::new(env!("CARGO_BIN_EXE_sengen"))
            .env("SENGEN_LANG", "en")
            .args(["serve", dir.path().to_str().unwrap(), "--port", "0"])
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
        Page {
            child,
            port,
            token,
            dir,
        }
    }

    /// A request as the page makes it; the status and the body.
    fn call(&self, method: &str, path: &str, body: &str, extra: &str) -> (u16, String) {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        let request = format!(
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n{extra}Connection: close\r\nX-Sengen-Token: {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            self.port,
            self.token,
            body.len()
        );
        stream.write_all(request.as_bytes()).unwrap();
        let mut response = Vec::new();
        let _ = stream.read_to_end(&mut response);
        let response = String::from_utf8_lossy(&response).into_owned();
        let status = response
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let body = response
            .split_once("\r\n\r\n")
            .map(|(_, b)| b.to_owned())
            .unwrap_or_default();
        (status, body)
    }

    /// Whether the server still answers.
    fn alive(&mut self) -> bool {
        self.child.try_wait().unwrap().is_none() && self.call("GET", "/api/state", "", "").0 == 200
    }

    fn base_of(&self, id: &str) -> String {
        let (_, state) = self.call("GET", "/api/state", "", "");
        let state: serde_json::Value = serde_json::from_str(&state).unwrap();
        state["blocks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|b| b["id"] == id)
            .unwrap()["texts"]["fr"]["base"]
            .as_str()
            .unwrap()
            .to_owned()
    }
}

impl Drop for Page {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn nested(depth: usize) -> String {
    format!("{}\"x\"{}", "{".repeat(depth), "}".repeat(depth))
}

// 1. Nested placeables overflowed the stack of the page's server and of check.
#[test]
fn placeables_nested_thousands_deep_are_refused_and_nothing_aborts() {
    let dir = copy_fixture("shizuoka-2024");
    edit(
        dir.path(),
        "fr.ftl",
        "title = Déclaration de { -host-city }",
        &format!("title = {}", nested(20_000)),
    );
    let output = sengen(dir.path(), &["check", "."]);
    assert_eq!(
        output.status.code(),
        Some(1),
        "{}",
        stderr(&output).chars().take(600).collect::<String>()
    );
    assert!(stderr(&output).contains("error[F012]"));
    assert!(
        stderr(&output).len() < 4000,
        "a snippet of {} bytes",
        stderr(&output).len()
    );

    let mut page = Page::start();
    let before = snapshot(page.dir.path());
    let body = json!({ "lang": "fr", "id": "partnership", "text": nested(3000) }).to_string();
    let (status, answer) = page.call("POST", "/api/check", &body, "");
    assert_eq!(status, 200, "{answer}");
    assert!(
        answer.contains("F012"),
        "{}",
        answer.chars().take(400).collect::<String>()
    );
    let base = page.base_of("partnership");
    let body = json!({ "lang": "fr", "id": "partnership", "text": nested(3000), "base": base })
        .to_string();
    let (status, _) = page.call("POST", "/api/save", &body, "");
    assert_eq!(status, 422);
    assert!(page.alive(), "the server died");
    assert_eq!(snapshot(page.dir.path()), before);
}

// 2. A huge count made the server and the build allocate gigabytes.
#[test]
fn counts_past_a_thousand_signatories_are_refused() {
    let mut page = Page::start();
    let before = snapshot(page.dir.path());
    let (status, answer) = page.call(
        "POST",
        "/api/facts",
        &json!({ "counts": { "japan": 4294967295u32 } }).to_string(),
        "",
    );
    assert_eq!(status, 422, "{answer}");
    assert!(answer.contains("S041"), "{answer}");
    assert!(page.alive());
    assert_eq!(snapshot(page.dir.path()), before);

    let dir = copy_fixture("shizuoka-2024");
    edit(
        dir.path(),
        "declaration.toml",
        "count = 35",
        "count = 10000",
    );
    let started = Instant::now();
    let output = sengen(dir.path(), &["build", ".", "-o", "out"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("error[S041]"),
        "{}",
        stderr(&output)
    );
    assert!(started.elapsed() < Duration::from_secs(20));
    assert!(!dir.path().join("out").exists());
}

/// `depth` elements, one inside the other, around `inner`.
fn deep_xml(depth: usize, inner: &str) -> String {
    format!("{}{inner}{}", "<g>".repeat(depth), "</g>".repeat(depth))
}

// 3. XML nested 65,536 deep wrapped quick-xml's depth and the rest of the file was lost.
#[test]
fn xml_nested_past_its_depth_is_refused_not_cut_short() {
    let dir = copy_fixture("shizuoka-2024");
    let export = sengen(
        dir.path(),
        &["xliff", "export", ".", "--lang", "ja", "-o", "ja.xlf"],
    );
    assert!(export.status.success());
    let xlf = std::fs::read_to_string(dir.path().join("ja.xlf")).unwrap();
    let at = xlf.find("</body>").unwrap();
    std::fs::write(
        dir.path().join("ja.xlf"),
        format!("{}{}{}", &xlf[..at], deep_xml(65_536, ""), &xlf[at..]),
    )
    .unwrap();
    let before = snapshot(dir.path());
    let output = sengen(dir.path(), &["xliff", "import", ".", "ja.xlf"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("error[L030]") && stderr(&output).contains("nested"),
        "{}",
        stderr(&output).chars().take(500).collect::<String>()
    );
    assert_eq!(snapshot(dir.path()), before);

    // A .docx whose body nests as deep: refused, and a folder brought a later
    // draft keeps its structure.
    let docx = dir.path().join("deep.docx");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&docx).unwrap());
    zip.start_file(
        "word/document.xml",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    let body = format!(
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{}</w:body></w:document>",
        deep_xml(65_536, "<w:p><w:r><w:t>Texte</w:t></w:r></w:p>")
    );
    zip.write_all(body.as_bytes()).unwrap();
    zip.finish().unwrap();
    let before = snapshot(dir.path());
    let output = sengen(
        dir.path(),
        &["import", "deep.docx", "--lang", "fr", "--into", "."],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("error[I003]"),
        "{}",
        stderr(&output).chars().take(500).collect::<String>()
    );
    assert_eq!(snapshot(dir.path()), before);
}

// 4. and 6. A character of the Private Use Area became a placeable; a brace
// or a <sup> typed by a translator made the import fail (exit 2).
#[test]
fn a_translators_characters_stay_text_and_codes_cannot_be_forged() {
    let dir = copy_fixture("shizuoka-2024");
    let export = sengen(
        dir.path(),
        &["xliff", "export", ".", "--lang", "ja", "-o", "ja.xlf"],
    );
    assert!(export.status.success());
    let xlf = std::fs::read_to_string(dir.path().join("ja.xlf")).unwrap();
    let target_of = |xlf: &str, unit: &str| -> (usize, usize) {
        let at = xlf.find(&format!("<trans-unit id=\"{unit}\"")).unwrap();
        let start = at + xlf[at..].find("<target").unwrap();
        let open = start + xlf[start..].find('>').unwrap() + 1;
        let close = open + xlf[open..].find("</target>").unwrap();
        (open, close)
    };
    // The meeting's target: its code replaced by a character of its block.
    let (open, close) = target_of(&xlf, "meeting");
    let forged = format!("{}（&#xF0000;）{}", &xlf[..open], &xlf[close..]);
    std::fs::write(dir.path().join("ja.xlf"), &forged).unwrap();
    let before = snapshot(dir.path());
    let output = sengen(dir.path(), &["xliff", "import", ".", "ja.xlf"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("error[L033]"),
        "{}",
        stderr(&output)
    );
    assert_eq!(snapshot(dir.path()), before);

    // A brace in an ordinary translation: taken, as text.
    let (open, close) = target_of(&xlf, "organisers");
    let braces = format!("{}持続可能な農業 {{A}}{}", &xlf[..open], &xlf[close..]);
    std::fs::write(dir.path().join("ja.xlf"), &braces).unwrap();
    let output = sengen(dir.path(), &["xliff", "import", ".", "ja.xlf"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let ja = std::fs::read_to_string(dir.path().join("ja.ftl")).unwrap();
    assert!(ja.contains("持続可能な農業 {\"{\"}A{\"}\"}"), "{ja}");

    // A <sup> typed as text: a code it is not (L033), nothing written.
    let sup = format!("{}&lt;sup&gt;er&lt;/sup&gt;{}", &xlf[..open], &xlf[close..]);
    std::fs::write(dir.path().join("ja.xlf"), &sup).unwrap();
    let before = snapshot(dir.path());
    let output = sengen(dir.path(), &["xliff", "import", ".", "ja.xlf"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("<sup> as text"),
        "{}",
        stderr(&output)
    );
    assert_eq!(snapshot(dir.path()), before);
}

// 5. A control character in a target was written, then refused (G001).
#[test]
fn a_target_the_check_refuses_is_never_written() {
    let dir = copy_fixture("shizuoka-2024");
    sengen(
        dir.path(),
        &["xliff", "export", ".", "--lang", "ja", "-o", "ja.xlf"],
    );
    let xlf = std::fs::read_to_string(dir.path().join("ja.xlf")).unwrap();
    for control in ["&#x1;", "&#x8;", "&#x1B;"] {
        std::fs::write(
            dir.path().join("ja.xlf"),
            xlf.replacen("静岡市</target>", &format!("静岡{control}市</target>"), 1),
        )
        .unwrap();
        let before = snapshot(dir.path());
        let output = sengen(dir.path(), &["xliff", "import", ".", "ja.xlf"]);
        assert_eq!(
            output.status.code(),
            Some(1),
            "{control}: {}",
            stderr(&output)
        );
        assert_eq!(snapshot(dir.path()), before, "{control}");
        assert!(sengen(dir.path(), &["check", "."]).status.success());
    }
}

// 8. A save could add entries to the .ftl.
#[test]
fn a_save_changes_its_message_and_no_other_entry() {
    let page = Page::start();
    for injected in [
        "Texte.\ninjected-id = injected",
        "Texte.\n-host = Évilville",
        "Texte.\n    .attr = x",
    ] {
        let base = page.base_of("partnership");
        let body = json!({ "lang": "fr", "id": "partnership", "text": injected, "base": base })
            .to_string();
        let (status, answer) = page.call("POST", "/api/save", &body, "");
        assert_eq!(status, 200, "{answer}");
        let ftl = std::fs::read_to_string(page.dir.path().join("fr.ftl")).unwrap();
        assert!(
            !ftl.contains("\ninjected-id")
                && !ftl.contains("\n-host =")
                && !ftl.contains("\n    .attr"),
            "{ftl}"
        );
        assert!(sengen(page.dir.path(), &["check", "."]).status.success());
    }
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    assert!(Command::new("mkfifo").arg(path).status().unwrap().success());
}

// 9. watch read every *.ftl without limit: a FIFO blocked it, /dev/zero filled memory.
#[cfg(unix)]
#[test]
fn watch_names_a_fifo_and_a_device_and_stops_at_ctrl_c() {
    let dir = copy_fixture("shizuoka-2024");
    mkfifo(&dir.path().join("zz.ftl"));
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("notes.ftl")).unwrap();
    let out = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_sengen"))
        .env("SENGEN_LANG", "en")
        .args([
            "watch",
            dir.path().to_str().unwrap(),
            "-o",
            out.path().to_str().unwrap(),
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.as_mut().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.contains("not built"), "{first}");
    Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    let started = Instant::now();
    // Ctrl-C stops it (as the signal does, or as it ends itself).
    while child.try_wait().unwrap().is_none() {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "watch did not stop"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(
        err.contains("zz.ftl")
            && err.contains("fifo")
            && err.contains("notes.ftl")
            && err.contains("device"),
        "{err}"
    );
}

// 10. Inputs read before their size was checked; FIFOs hung; templates unbounded.
#[cfg(unix)]
#[test]
fn every_input_is_a_file_within_its_size() {
    let dir = copy_fixture("shizuoka-2024");
    let started = Instant::now();
    let output = sengen(dir.path(), &["xliff", "import", ".", "/dev/zero"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("not a file but a device"),
        "{}",
        stderr(&output)
    );
    mkfifo(&dir.path().join("pipe.xlf"));
    let output = sengen(dir.path(), &["xliff", "import", ".", "pipe.xlf"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("not a file but a fifo"),
        "{}",
        stderr(&output)
    );
    let output = sengen(
        dir.path(),
        &["import", "/dev/zero", "--lang", "fr", "-o", "new"],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(started.elapsed() < Duration::from_secs(10));

    // A FIFO in a template folder, then a folder too large: refused.
    let templates = tempfile::tempdir().unwrap();
    mkfifo(&templates.path().join("logo.svg"));
    let output = sengen(
        dir.path(),
        &[
            "build",
            ".",
            "-o",
            "out",
            "--templates",
            templates.path().to_str().unwrap(),
        ],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("error[R030]"),
        "{}",
        stderr(&output)
    );
    std::fs::remove_file(templates.path().join("logo.svg")).unwrap();
    for i in 0..3 {
        std::fs::write(
            templates.path().join(format!("big-{i}.bin")),
            vec![0u8; 15 * 1024 * 1024],
        )
        .unwrap();
    }
    let output = sengen(
        dir.path(),
        &[
            "build",
            ".",
            "-o",
            "out",
            "--templates",
            templates.path().to_str().unwrap(),
        ],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("more than 32 MB"),
        "{}",
        stderr(&output)
    );
    assert!(!dir.path().join("out").exists());
}

// 10. A template asking for an array of two billion numbers aborted sengen.
#[test]
fn a_template_that_asks_too_much_is_stopped_with_a_diagnostic() {
    let dir = copy_fixture("lyon-2030");
    let templates = tempfile::tempdir().unwrap();
    let single = std::fs::read_to_string(root().join("templates/single.typ.hbs")).unwrap();
    std::fs::write(
        templates.path().join("single.typ.hbs"),
        format!("#let many = range(2000000000)\n#many.len()\n{single}"),
    )
    .unwrap();
    let started = Instant::now();
    let output = sengen(
        dir.path(),
        &[
            "build",
            ".",
            "-o",
            "out",
            "--templates",
            templates.path().to_str().unwrap(),
        ],
    );
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("error[R034]"),
        "{}",
        stderr(&output)
    );
    assert!(!dir.path().join("out").exists());
    assert!(started.elapsed() < Duration::from_secs(120));
}

// 12. The lesser defects.
#[test]
fn the_lesser_defects_are_each_refused_with_their_diagnostic() {
    // import -o naming a file.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("draft.txt"),
        std::fs::read(fixture("seeds/shizuoka-2024.txt")).unwrap(),
    )
    .unwrap();
    std::fs::write(dir.path().join("taken"), "a file").unwrap();
    let output = sengen(
        dir.path(),
        &["import", "draft.txt", "--lang", "fr", "-o", "taken"],
    );
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("error[I009]") && stderr(&output).contains("is a file"),
        "{}",
        stderr(&output)
    );

    // A title of 40,000 characters: check refuses it, as build does.
    let lyon = copy_fixture("lyon-2030");
    let ftl = std::fs::read_to_string(lyon.path().join("fr.ftl")).unwrap();
    let title_line = ftl
        .lines()
        .find(|l| l.starts_with("title = "))
        .unwrap()
        .to_owned();
    std::fs::write(
        lyon.path().join("fr.ftl"),
        ftl.replace(
            &title_line,
            &format!("title = {}", "Déclaration ".repeat(3500)),
        ),
    )
    .unwrap();
    for args in [&["check", "."][..], &["build", ".", "-o", "out"][..]] {
        let output = sengen(lyon.path(), args);
        assert_eq!(
            output.status.code(),
            Some(1),
            "{args:?}: {}",
            stderr(&output).chars().take(400).collect::<String>()
        );
        assert!(stderr(&output).contains("error[F013]"));
    }

    // A draft of tens of thousands of paragraphs.
    let many: String = (0..20_000)
        .map(|i| format!("Paragraphe {i}.\n\n"))
        .collect();
    std::fs::write(dir.path().join("many.txt"), many).unwrap();
    let output = sengen(
        dir.path(),
        &["import", "many.txt", "--lang", "fr", "-o", "many"],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("error[I002]"),
        "{}",
        stderr(&output)
    );
    assert!(!dir.path().join("many").exists());

    // Two Host headers, ours first.
    let page = Page::start();
    let (status, _) = page.call("GET", "/api/state", "", "Host: evil.example\r\n");
    assert_eq!(status, 403);

    // Two hundred thousand units that are no messages: named fifty, counted the rest.
    let shizuoka = copy_fixture("shizuoka-2024");
    sengen(
        shizuoka.path(),
        &["xliff", "export", ".", "--lang", "ja", "-o", "ja.xlf"],
    );
    let xlf = std::fs::read_to_string(shizuoka.path().join("ja.xlf")).unwrap();
    let at = xlf.find("</body>").unwrap();
    let strangers: String = (0..200_000)
        .map(|i| {
            format!("<trans-unit id=\"x{i}\"><source>a</source><target>b</target></trans-unit>")
        })
        .collect();
    std::fs::write(
        shizuoka.path().join("ja.xlf"),
        format!("{}{strangers}{}", &xlf[..at], &xlf[at..]),
    )
    .unwrap();
    let output = sengen(shizuoka.path(), &["xliff", "import", ".", "ja.xlf"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).len() < 100_000,
        "{} bytes of errors",
        stderr(&output).len()
    );
    assert!(
        stderr(&output).contains("and 199950 more units"),
        "{}",
        stderr(&output).chars().rev().take(600).collect::<String>()
    );
}

/// The PDFs of a folder, by name.
fn pdfs(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    snapshot(dir)
        .into_iter()
        .filter(|(name, _)| name.ends_with(".pdf"))
        .collect()
}

/// What a build leaves behind that is not an output: temporary files, a journal.
fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".tmp") || name.ends_with(".sengen-writing"))
        .collect()
}

// 7. A build killed mid-way left a mixed set, and its temporary files.
#[test]
fn a_build_stopped_between_two_renames_is_named_by_the_next() {
    let dir = copy_fixture("shizuoka-2024");
    let out = dir.path().join("out");
    assert!(
        sengen(dir.path(), &["build", ".", "-o", "out"])
            .status
            .success()
    );
    let old = pdfs(&out);
    edit(
        dir.path(),
        "fr.ftl",
        "a été publiée",
        "a été rendue publique",
    );
    let output = Command::new(env!("CARGO_BIN_EXE_sengen"))
        .current_dir(dir.path())
        .env("SENGEN_LANG", "en")
        .env("SENGEN_FAULT", "write-rename-2")
        .args(["build", ".", "-o", "out"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let mixed = pdfs(&out);
    assert_eq!(
        mixed
            .iter()
            .filter(|(name, bytes)| old[*name] != **bytes)
            .count(),
        1,
        "one PDF renamed"
    );
    // Its temporary files went with it; the journal stays, for the next build.
    assert_eq!(leftovers(&out), [".shizuoka-2024.sengen-writing"]);
    let output = sengen(dir.path(), &["build", ".", "-o", "out"]);
    assert!(output.status.success());
    assert!(
        stderr(&output).contains("warning[C015]"),
        "{}",
        stderr(&output)
    );
    assert!(leftovers(&out).is_empty(), "{:?}", leftovers(&out));
    let again = sengen(dir.path(), &["build", ".", "-o", "out"]);
    assert!(!stderr(&again).contains("C015"));
}

// 7. Killed at a random moment, 25 times: never a mix of two builds unless
// the journal says so; the next build removes what the killed one left.
#[cfg(unix)]
#[test]
fn a_build_killed_at_any_moment_leaves_one_set_or_says_so() {
    let dir = copy_fixture("shizuoka-2024");
    let out = dir.path().join("out");
    let version = |v: usize| {
        let ftl = std::fs::read_to_string(fixture("shizuoka-2024/fr.ftl")).unwrap();
        let text = if v == 0 {
            ftl
        } else {
            ftl.replace("a été publiée", &format!("a été publiée ({v})"))
        };
        std::fs::write(dir.path().join("fr.ftl"), text).unwrap();
    };
    // Each version's PDFs, built whole (the same bytes for the same input).
    let mut whole = Vec::new();
    let started = Instant::now();
    for v in 0..2 {
        version(v);
        let reference = tempfile::tempdir().unwrap();
        assert!(
            sengen(
                dir.path(),
                &["build", ".", "-o", reference.path().to_str().unwrap()]
            )
            .status
            .success()
        );
        whole.push(pdfs(reference.path()));
    }
    let duration = started.elapsed() / 2;
    version(0);
    assert!(
        sengen(dir.path(), &["build", ".", "-o", "out"])
            .status
            .success()
    );
    let mut seed: u64 = 0x5e9e;
    let mut named = 0;
    for round in 0..25 {
        version(1 - round % 2);
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let delay = duration.mul_f64((seed >> 11) as f64 / (1u64 << 53) as f64 * 1.2);
        let mut child = Command::new(env!("CARGO_BIN_EXE_sengen"))
            .current_dir(dir.path())
            .env("SENGEN_LANG", "en")
            .args(["build", ".", "-o", "out"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(delay);
        let _ = child.kill();
        let _ = child.wait();
        let now = pdfs(&out);
        let from = |v: usize| {
            now.iter()
                .filter(|(name, bytes)| whole[v].get(*name) == Some(*bytes))
                .count()
        };
        assert_eq!(
            from(0) + from(1),
            now.len(),
            "round {round}: a PDF of neither build"
        );
        let journal = leftovers(&out)
            .iter()
            .any(|n| n.ends_with(".sengen-writing"));
        if from(0) != now.len() && from(1) != now.len() {
            assert!(
                journal,
                "round {round}: a mix of two builds, and no word of it"
            );
            named += 1;
        }
        // The next build removes what the killed one left, and says if it mixed.
        let output = sengen(dir.path(), &["build", ".", "-o", "out"]);
        assert!(output.status.success(), "{}", stderr(&output));
        assert_eq!(
            stderr(&output).contains("warning[C015]"),
            journal,
            "round {round}"
        );
        assert!(
            leftovers(&out).is_empty(),
            "round {round}: {:?}",
            leftovers(&out)
        );
    }
    eprintln!("{named} of 25 kills fell between two renames");
}
