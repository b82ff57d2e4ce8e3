//! What the page of `sengen serve` is sent, hostile until checked: every
//! upload it refuses (a Word 97 file, a zip bomb, a file too large, a PDF
//! that inflates without end, an XLIFF of another declaration, a revision
//! that does not exist, a path for a name, an archive with its declaration
//! out of place) is said with its exact diagnostic and leaves the folder
//! byte-identical; a PDF dropped to start a declaration gives what `sengen
//! import` makes of it; a comparison with a revision or a folder's .zip
//! lists the changes and serves the redline.

use std::io::Write;
use std::process::Command;

use serde_json::json;

use crate::serve_round::{Page, draft, folder, sengen_ok};
use crate::util::*;

/// A .docx made of these parts, in memory.
fn docx_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut bytes = std::io::Cursor::new(Vec::new());
    let mut writer = zip::ZipWriter::new(&mut bytes);
    for (name, content) in parts {
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        writer.start_file(*name, options).unwrap();
        writer.write_all(content).unwrap();
    }
    writer.finish().unwrap();
    bytes.into_inner()
}

/// The folder kept in git, as a secretariat may keep it: one commit.
fn kept_in_git(dir: &std::path::Path, message: &str) {
    for args in [
        vec!["init", "-q"],
        vec!["add", "."],
        vec![
            "-c",
            "user.name=Secrétariat",
            "-c",
            "user.email=s@example.org",
            "commit",
            "-q",
            "-m",
            message,
        ],
    ] {
        assert!(
            Command::new("git")
                .current_dir(dir)
                .args(&args)
                .status()
                .unwrap()
                .success()
        );
    }
}

/// An upload the page refuses: its status, and its first finding's code
/// and message.
fn refusal(page: &Page, path: &str, kind: &str, body: &[u8]) -> (u16, (String, String)) {
    let (status, answer) = page.fetch("POST", path, kind, body);
    (status, first_finding(&answer))
}

/// The first finding of a refusal: its code and its message.
pub(crate) fn first_finding(body: &[u8]) -> (String, String) {
    let answer: serde_json::Value = serde_json::from_slice(body)
        .unwrap_or_else(|_| panic!("{}", String::from_utf8_lossy(body)));
    let finding = &answer["findings"][0];
    (
        finding["code"].as_str().unwrap_or_default().to_owned(),
        finding["message"].as_str().unwrap_or_default().to_owned(),
    )
}

#[test]
fn every_upload_the_page_refuses_is_said_and_leaves_the_folder_byte_identical() {
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("lyon-2028");
    let here = work.path();
    let d = dir.to_str().unwrap();
    sengen_ok(
        here,
        &[
            "import",
            draft(1).to_str().unwrap(),
            "-o",
            d,
            "--lang",
            "fr",
        ],
    );
    sengen_ok(here, &["translations", d, "--add", "ja"]);
    // The folder kept in git, as a secretariat may keep it.
    kept_in_git(&dir, "Premier projet reçu de Lyon");
    let before = folder(&dir);
    let out = work.path().join("out");
    let page = Page::start(&dir, &out);
    let json = "application/json";
    let octets = "application/octet-stream";
    let en = |path: &str| format!("{path}{}ui=en", if path.contains('?') { "&" } else { "?" });

    let said = |code: &str, message: &str| (code.to_owned(), message.to_owned());
    // A Word 97–2003 file.
    let (status, (code, _)) = refusal(
        &page,
        &en("/api/draft?name=projet.doc"),
        octets,
        b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest of an old Word file",
    );
    assert_eq!((status, code.as_str()), (422, "I001"));
    // A zip bomb: 100 MB of zeros in a few hundred kB.
    let bomb = docx_of(&[("word/document.xml", &vec![0u8; 100 * 1024 * 1024])]);
    assert_eq!(
        refusal(&page, &en("/api/draft?name=bomb.docx"), octets, &bomb),
        (
            422,
            said(
                "I002",
                "bomb.docx: word/document.xml expands to 104857600 bytes, far beyond what a document holds (a zip bomb?)"
            )
        )
    );
    // Too large for the page.
    let large = vec![b'a'; 33 * 1024 * 1024];
    assert_eq!(
        refusal(&page, &en("/api/draft?name=huge.docx"), octets, &large),
        (
            413,
            said("C016", "huge.docx is 32.0 MB: too large for the page")
        )
    );
    // A PDF whose page inflates without end: first read in a process
    // limited to 1 GB, as `sengen import` reads one, stopped there.
    assert_eq!(
        refusal(
            &page,
            &en("/api/draft?name=bomb.pdf"),
            octets,
            &crate::import::inflating_pdf()
        ),
        (
            422,
            said(
                "I002",
                "reading bomb.pdf was stopped: it needed more memory than reading a draft may use (1 GB): a compressed part of it expands without end"
            )
        )
    );
    // A name with a path in it is only a name.
    let (status, (_, message)) = refusal(
        &page,
        &en("/api/draft?name=..%2F..%2Fetc%2Fpasswd"),
        octets,
        b"\xD0\xCF\x11\xE0",
    );
    assert_eq!(status, 422);
    assert!(message.starts_with("passwd "), "{message}");
    // An XLIFF exported from another declaration.
    let other = work.path().join("shizuoka.ja.xlf");
    let shizuoka = fixture("shizuoka-2024");
    let args = [
        "xliff",
        "export",
        shizuoka.to_str().unwrap(),
        "--lang",
        "ja",
        "-o",
        other.to_str().unwrap(),
    ];
    sengen_ok(here, &args);
    assert_eq!(
        refusal(
            &page,
            &en("/api/xliff?name=shizuoka.ja.xlf"),
            octets,
            &std::fs::read(&other).unwrap()
        ),
        (
            422,
            said(
                "L031",
                "this XLIFF was exported from the declaration shizuoka-2024, not from lyon-2028"
            )
        )
    );
    // Nothing waits to be accepted after a refusal.
    let (status, _) = page.fetch("POST", "/api/xliff/accept", json, b"{}");
    assert_eq!(status, 409);
    let (status, _) = page.fetch("POST", "/api/draft/accept", json, b"{}");
    assert_eq!(status, 409);
    // The history lists the commit; a revision that does not exist is refused.
    let (status, body) = page.get("/api/history");
    assert_eq!(status, 200);
    let history: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(
        history["revisions"][0]["subject"],
        "Premier projet reçu de Lyon"
    );
    let (status, (code, _)) = refusal(&page, &en("/api/compare?rev=0123456789abcdef"), json, b"{}");
    assert_eq!((status, code.as_str()), (422, "C009"));
    // A declaration is started once.
    let (status, _) = page.fetch(
        "POST",
        &en("/api/start/import?lang=fr&name=draft-1.docx"),
        octets,
        &std::fs::read(draft(1)).unwrap(),
    );
    assert_eq!(status, 409);
    assert_eq!(
        folder(&dir),
        before,
        "every refusal leaves the folder as it was"
    );
}

#[test]
fn the_page_compares_with_a_revision_of_the_folders_history_and_serves_its_redline() {
    let work = tempfile::tempdir().unwrap();
    let here = work.path();
    let dir = here.join("lyon-2028");
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
    kept_in_git(&dir, "Premier projet");
    sengen_ok(
        here,
        &[
            "block",
            "add",
            dir.to_str().unwrap(),
            "item",
            "--after",
            "atelier-2-societe-2",
            "--text",
            "fr=Jumeler les écoles.",
        ],
    );
    let page = Page::start(&dir, &here.join("out"));
    let (_, body) = page.get("/api/history");
    let history: serde_json::Value = serde_json::from_slice(&body).unwrap();
    let commit = history["revisions"][0]["commit"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(commit.len(), 40);
    let (status, body) = page.fetch(
        "POST",
        &format!("/api/compare?rev={commit}&ui=en"),
        "application/json",
        b"{}",
    );
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    let compared: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(compared["blocks"][0]["kind"], "added");
    assert_eq!(compared["blocks"][0]["id"], "atelier-2-societe-3");
    assert_eq!(
        compared["new_texts"]["atelier-2-societe-3"],
        "Jumeler les écoles."
    );
    assert_eq!(compared["redlines"], json!(["lyon-2028-redline.fr.pdf"]));
    let (status, pdf) = page.get("/pdf/lyon-2028-redline.fr.pdf?download=1");
    assert_eq!(status, 200);
    assert!(pdf.starts_with(b"%PDF"));
    let redline = here.join("redline.pdf");
    std::fs::write(&redline, &pdf).unwrap();
    let text = pdftotext(&["-layout"], &redline);
    assert!(text.contains("Jumeler les écoles."), "{text}");
    // The same earlier version sent as the .zip of its folder.
    let first: Vec<(String, Vec<u8>)> = ["declaration.toml", "fr.ftl"]
        .iter()
        .map(|name| {
            let shown = Command::new("git")
                .current_dir(&dir)
                .args(["show", &format!("HEAD:{name}")])
                .output()
                .unwrap();
            (format!("lyon-2028/{name}"), shown.stdout)
        })
        .collect();
    let parts: Vec<(&str, &[u8])> = first
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    let archive = docx_of(&parts);
    let (status, body) = page.fetch(
        "POST",
        "/api/compare?name=lyon-2028.zip&ui=en",
        "application/octet-stream",
        &archive,
    );
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    let from_archive: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(from_archive["blocks"], compared["blocks"]);
    assert_eq!(from_archive["old"], "lyon-2028.zip");
    // An archive whose declaration is not where a folder's is, refused.
    let sneaky = docx_of(&[("a/b/declaration.toml", b"id = \"x\"\n")]);
    assert_eq!(
        refusal(&page, "/api/compare?name=sneaky.zip&ui=en", "application/octet-stream", &sneaky),
        (422, ("C016".to_owned(), "sneaky.zip holds no declaration folder (no declaration.toml at its root or in a folder at its root)".to_owned()))
    );
}

#[test]
fn a_pdf_dropped_on_the_page_starts_the_declaration_import_makes_of_it() {
    let work = tempfile::tempdir().unwrap();
    let here = work.path();
    let pdf = root().join("fixtures/import/pdf/shizuoka-2024.libreoffice.pdf");
    let on_page = here.join("page/shizuoka-2024");
    let by_command = here.join("command/shizuoka-2024");
    std::fs::create_dir_all(on_page.parent().unwrap()).unwrap();
    std::fs::create_dir_all(by_command.parent().unwrap()).unwrap();
    let page = Page::start(&on_page, &here.join("out"));
    let (status, body) = page.fetch(
        "POST",
        "/api/start/import?lang=fr&name=shizuoka-2024.libreoffice.pdf&ui=en",
        "application/octet-stream",
        &std::fs::read(&pdf).unwrap(),
    );
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    let output = sengen(
        here,
        &[
            "import",
            pdf.to_str().unwrap(),
            "-o",
            by_command.to_str().unwrap(),
            "--lang",
            "fr",
        ],
    );
    assert!(output.status.code() != Some(2), "{}", stderr(&output));
    assert_eq!(folder(&on_page), folder(&by_command));
}
