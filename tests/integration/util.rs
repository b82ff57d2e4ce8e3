//! Helpers shared by the integration tests: run the real `sengen` binary, and
//! read the PDFs it writes with poppler's tools (pdftotext, pdffonts, pdfinfo)
//! and qpdf, as a reader's software would.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// What a run printed on standard output.
pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// What a run printed on standard error.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The project's root folder.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fixture folder.
pub fn fixture(name: &str) -> PathBuf {
    root().join("fixtures").join(name)
}

/// Runs `sengen` with `args` in `cwd`.
pub fn sengen(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sengen"))
        .env("SENGEN_LANG", "en")
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .output()
        .expect("the sengen binary runs")
}

/// Builds `dir` into a new temporary folder; panics with sengen's output if it fails.
pub fn build(dir: &Path, extra: &[&str]) -> (tempfile::TempDir, Output) {
    let out = tempfile::tempdir().expect("a temporary folder");
    let mut args = vec![
        "build",
        dir.to_str().expect("UTF-8 path"),
        "-o",
        out.path().to_str().expect("UTF-8 path"),
    ];
    args.extend_from_slice(extra);
    let output = sengen(&root(), &args);
    assert!(
        output.status.success(),
        "sengen build failed ({:?}):\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    (out, output)
}

/// Copies a fixture folder into a new temporary folder, to edit it.
pub fn copy_fixture(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    for entry in std::fs::read_dir(fixture(name)).expect("the fixture exists") {
        let path = entry.expect("a readable entry").path();
        if path.is_file() {
            std::fs::copy(
                &path,
                dir.path().join(path.file_name().expect("a file name")),
            )
            .expect("copy");
        }
    }
    dir
}

/// `pdftotext` with `args`, on `pdf`, to standard output.
pub fn pdftotext(args: &[&str], pdf: &Path) -> String {
    let mut all = args.to_vec();
    all.push(pdf.to_str().unwrap());
    all.push("-");
    tool("pdftotext", &all)
}

/// Replaces the body of a copied `lyon-2030` (whose `body` ends its
/// declaration.toml) with one paragraph per text, in French.
pub fn set_paragraphs(dir: &Path, texts: impl IntoIterator<Item = String>) {
    let mut ftl = std::fs::read_to_string(dir.join("fr.ftl")).unwrap();
    let mut body = String::from("body = [\n");
    for (i, text) in texts.into_iter().enumerate() {
        ftl.push_str(&format!("para-{i} = {text}\n"));
        body.push_str(&format!("  {{ paragraph = \"para-{i}\" }},\n"));
    }
    body.push_str("]\n");
    std::fs::write(dir.join("fr.ftl"), ftl).unwrap();
    let toml = std::fs::read_to_string(dir.join("declaration.toml")).unwrap();
    let start = toml
        .find("body = [")
        .expect("the fixture's body ends its declaration.toml");
    std::fs::write(
        dir.join("declaration.toml"),
        format!("{}{body}", &toml[..start]),
    )
    .unwrap();
}

/// The names of the files in a folder, sorted.
pub fn file_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Replaces `from` by `to` in one file of a copied fixture; the text must be there.
pub fn edit(dir: &Path, file: &str, from: &str, to: &str) {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} has no {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

/// A copy of a draft fixture as adopted: a draft's diagonal watermark would
/// mix its glyphs into the extracted lines (text extraction ignores that it
/// is an artifact).
pub fn adopted_copy(name: &str) -> tempfile::TempDir {
    let dir = copy_fixture(name);
    edit(
        dir.path(),
        "declaration.toml",
        "status = \"draft\"",
        "status = \"final\"",
    );
    dir
}

pub fn tool(program: &str, args: &[&str]) -> String {
    let output = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| {
            panic!("{program} must be installed (poppler-utils, qpdf; .ci/run installs them): {e}")
        });
    assert!(
        output.status.success(),
        "{program} {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

/// A4 in PDF points, and the bands the header and the page number sit in.
const PAGE_WIDTH: u32 = 595;
const PAGE_HEIGHT: u32 = 842;
const HEADER_BAND: u32 = 70;
const FOOTER_BAND: u32 = 70;

/// The text of one region of one page: `x`, `y`, width and height in points
/// from the top-left corner.
pub fn region_text(pdf: &Path, page: usize, (x, y, w, h): (u32, u32, u32, u32)) -> String {
    let [page, x, y, w, h] = [page as u32, x, y, w, h].map(|n| n.to_string());
    pdftotext(
        &[
            "-f", &page, "-l", &page, "-x", &x, "-y", &y, "-W", &w, "-H", &h,
        ],
        pdf,
    )
}

/// The same region of every page, joined.
fn every_page(pdf: &Path, region: (u32, u32, u32, u32)) -> String {
    (1..=page_count(pdf))
        .map(|page| region_text(pdf, page, region))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The text of the page bodies, in reading order, without the footers.
pub fn body_text(pdf: &Path) -> String {
    every_page(pdf, (0, 0, PAGE_WIDTH, PAGE_HEIGHT - FOOTER_BAND))
}

/// The text of the right half of every page's body (the right column).
pub fn right_half_text(pdf: &Path) -> String {
    every_page(
        pdf,
        (PAGE_WIDTH / 2, 0, PAGE_WIDTH / 2, PAGE_HEIGHT - FOOTER_BAND),
    )
}

/// The footer of one page.
pub fn footer_text(pdf: &Path, page: usize) -> String {
    let region = (0, PAGE_HEIGHT - FOOTER_BAND, PAGE_WIDTH, FOOTER_BAND);
    let text = region_text(pdf, page, region);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What `sengen fingerprint` prints for a declaration.
pub fn fingerprint(dir: &Path) -> String {
    let output = sengen(&root(), &["fingerprint", dir.to_str().unwrap()]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap().trim().to_owned()
}

/// The header band of one page.
pub fn header_text(pdf: &Path, page: usize) -> String {
    region_text(pdf, page, (0, 0, PAGE_WIDTH, HEADER_BAND))
}

/// `pdfinfo`'s fields.
pub fn info(pdf: &Path) -> Vec<(String, String)> {
    tool("pdfinfo", &[pdf.to_str().unwrap()])
        .lines()
        .filter_map(|line| {
            line.split_once(':')
                .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
        })
        .collect()
}

pub fn info_field(pdf: &Path, key: &str) -> String {
    info(pdf)
        .into_iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v)
        .unwrap_or_default()
}

pub fn page_count(pdf: &Path) -> usize {
    info_field(pdf, "Pages")
        .parse()
        .expect("pdfinfo gives a page count")
}

/// The XMP metadata, as `pdfinfo -meta` prints it.
pub fn pdfinfo_meta(pdf: &Path) -> String {
    tool("pdfinfo", &["-meta", pdf.to_str().unwrap()])
}

/// `qpdf --check` passes.
pub fn qpdf_check(pdf: &Path) {
    let output = Command::new("qpdf")
        .args(["--check", pdf.to_str().unwrap()])
        .output()
        .expect("qpdf is installed");
    assert!(
        output.status.success(),
        "qpdf --check {}: {}",
        pdf.display(),
        String::from_utf8_lossy(&output.stdout)
    );
}

/// One row per font of `pdffonts`: (name, embedded?).
pub fn fonts(pdf: &Path) -> Vec<(String, bool)> {
    tool("pdffonts", &[pdf.to_str().unwrap()])
        .lines()
        .skip(2)
        .map(|line| {
            let cols: Vec<&str> = line.split_whitespace().collect();
            // name type [encoding…] emb sub uni object ID: `emb` is the fifth column from the end.
            (cols[0].to_owned(), cols[cols.len() - 5] == "yes")
        })
        .collect()
}

/// The PDF's objects uncompressed, as qpdf writes them, to look for catalog entries.
pub fn uncompressed(pdf: &Path) -> String {
    let out = tempfile::NamedTempFile::new().expect("a temporary file");
    tool(
        "qpdf",
        &[
            "--qdf",
            "--object-streams=disable",
            pdf.to_str().unwrap(),
            out.path().to_str().unwrap(),
        ],
    );
    String::from_utf8_lossy(&std::fs::read(out.path()).expect("qpdf output")).into_owned()
}

/// Text as compared: whitespace and hyphens removed (lines are justified and
/// hyphenated), typographic apostrophes as straight ones.
pub fn squash(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '\u{2010}' && *c != '\u{ad}')
        .map(|c| if c == '\u{2019}' { '\'' } else { c })
        .collect()
}

/// Checks that each needle occurs in `haystack` after the previous one.
pub fn find_in_order(haystack: &str, needles: &[String]) -> Result<(), String> {
    let hay = squash(haystack);
    let mut from = 0;
    for needle in needles {
        let n = squash(needle);
        match hay[from..].find(&n) {
            Some(at) => from += at + n.len(),
            None => {
                let place = if hay.contains(&n) {
                    "in order (it appears earlier)"
                } else {
                    "at all"
                };
                return Err(format!("not found {place}: {needle:?}\n(squashed: {n:?})"));
            }
        }
    }
    Ok(())
}

/// Asserts that each needle occurs in `haystack` after the previous one.
pub fn assert_in_order(haystack: &str, needles: &[String]) {
    if let Err(message) = find_in_order(haystack, needles) {
        panic!("{message}");
    }
}

/// A word of a PDF where pdftotext finds it: page, text, and its box's
/// top-left corner in points from the page's top-left.
#[derive(Debug, Clone)]
pub struct Word {
    pub page: usize,
    pub text: String,
    pub x: f64,
    pub y: f64,
}

/// Every word of a PDF with its place (`pdftotext -bbox`).
pub fn words(pdf: &Path) -> Vec<Word> {
    let html = tool("pdftotext", &["-bbox", pdf.to_str().unwrap(), "-"]);
    let mut words = Vec::new();
    let mut page = 0;
    for line in html.lines().map(str::trim) {
        if line.starts_with("<page ") {
            page += 1;
        }
        let Some(rest) = line.strip_prefix("<word ") else {
            continue;
        };
        let attribute = |name: &str| -> f64 {
            let start =
                rest.find(&format!("{name}=\"")).expect("a bbox attribute") + name.len() + 2;
            let end = start + rest[start..].find('"').expect("a closing quote");
            rest[start..end].parse().expect("a number")
        };
        let text = rest[rest.find('>').expect("a word") + 1..]
            .trim_end_matches("</word>")
            .replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">");
        words.push(Word {
            page,
            text,
            x: attribute("xMin"),
            y: attribute("yMin"),
        });
    }
    words
}

/// The first word of a PDF that starts with `start`.
pub fn word(words: &[Word], start: &str) -> Word {
    words
        .iter()
        .find(|w| w.text.starts_with(start))
        .unwrap_or_else(|| panic!("no word {start:?}"))
        .clone()
}
