//! Many declarations at once (`sengen build A B C`, or a folder of them) and
//! `sengen watch`, run as a user would: the real binary, its output read
//! line by line, the PDFs read with poppler.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use crate::util::*;

/// A copy of `lyon-2030` under `parent/name`, with its own id.
fn declaration(parent: &Path, name: &str) {
    let dir = parent.join(name);
    std::fs::create_dir_all(&dir).unwrap();
    let source = fixture("lyon-2030");
    for file in file_names(&source) {
        std::fs::copy(source.join(&file), dir.join(&file)).unwrap();
    }
    edit(
        &dir,
        "declaration.toml",
        "id = \"lyon-2030\"",
        &format!("id = \"{name}\""),
    );
    edit(
        &dir,
        "fr.ftl",
        "Depuis 2008",
        &format!("Pour {name}, depuis 2008"),
    );
}

#[test]
fn a_folder_of_declarations_builds_each_and_reports_the_invalid_one() {
    let batch = tempfile::tempdir().unwrap();
    for name in ["alpha", "bravo", "charlie"] {
        declaration(batch.path(), name);
    }
    declaration(batch.path(), "delta");
    edit(
        &batch.path().join("delta"),
        "declaration.toml",
        "count = 30",
        "count = \"thirty\"",
    );
    let out = tempfile::tempdir().unwrap();

    let output = sengen(
        &root(),
        &[
            "build",
            batch.path().to_str().unwrap(),
            "-o",
            out.path().to_str().unwrap(),
        ],
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stdout}\n{stderr}");
    for name in ["alpha", "bravo", "charlie"] {
        let line = format!(
            "built {}: 1 PDF, 7 pages",
            batch.path().join(name).display()
        );
        assert!(
            stdout.lines().any(|l| l == line),
            "no {line:?} in\n{stdout}"
        );
        let text = body_text(&out.path().join(format!("{name}.fr.pdf")));
        assert!(
            squash(&text).contains(&squash(&format!("Pour {name}, depuis 2008"))),
            "{name}: {text}"
        );
    }
    assert!(
        stderr.contains("error[S003]: invalid declaration.toml: invalid type: string \"thirty\""),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "note: nothing was written for {}",
            batch.path().join("delta").display()
        )),
        "{stderr}"
    );
    let summary = stdout.lines().last().unwrap_or_default();
    assert!(summary.starts_with("4 declarations in "), "{summary}");
    assert!(
        summary.ends_with(&format!(
            "3 built (3 PDFs, 21 pages), 1 failed: {}",
            batch.path().join("delta").display()
        )),
        "{summary}"
    );
    assert_eq!(
        file_names(out.path()),
        ["alpha.fr.pdf", "bravo.fr.pdf", "charlie.fr.pdf"]
    );
}

#[test]
fn two_declarations_with_one_id_are_refused_in_a_batch() {
    let batch = tempfile::tempdir().unwrap();
    declaration(batch.path(), "alpha");
    declaration(batch.path(), "beta");
    edit(
        &batch.path().join("beta"),
        "declaration.toml",
        "id = \"beta\"",
        "id = \"alpha\"",
    );
    let out = tempfile::tempdir().unwrap();
    let (a, b) = (batch.path().join("alpha"), batch.path().join("beta"));
    let output = sengen(
        &root(),
        &[
            "build",
            a.to_str().unwrap(),
            b.to_str().unwrap(),
            "-o",
            out.path().to_str().unwrap(),
        ],
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "error[C005]: {} has the id `alpha` of {}: their PDFs would overwrite each other",
            b.display(),
            a.display()
        )),
        "{stderr}"
    );
    // The first one is built, and it is alpha's text.
    assert!(squash(&body_text(&out.path().join("alpha.fr.pdf"))).contains(&squash("Pour alpha")));
}

#[test]
fn one_thread_or_two_write_the_same_bytes() {
    let batch = tempfile::tempdir().unwrap();
    for name in ["alpha", "bravo", "charlie"] {
        declaration(batch.path(), name);
    }
    let mut builds = Vec::new();
    for jobs in ["1", "2"] {
        let out = tempfile::tempdir().unwrap();
        let output = sengen(
            &root(),
            &[
                "build",
                batch.path().to_str().unwrap(),
                fixture("shizuoka-2024").to_str().unwrap(),
                "-o",
                out.path().to_str().unwrap(),
                "--jobs",
                jobs,
            ],
        );
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let summary = String::from_utf8_lossy(&output.stdout)
            .lines()
            .last()
            .unwrap_or_default()
            .to_owned();
        assert!(summary.contains(&format!("({jobs} thread")), "{summary}");
        let files: Vec<(String, Vec<u8>)> = file_names(out.path())
            .into_iter()
            .map(|name| {
                let bytes = std::fs::read(out.path().join(&name)).unwrap();
                (name, bytes)
            })
            .collect();
        assert_eq!(files.len(), 6);
        builds.push(files);
    }
    assert!(builds[0] == builds[1], "--jobs changed the PDFs");
}

/// A running `sengen watch`, its standard output read line by line.
struct Watch {
    child: std::process::Child,
    lines: mpsc::Receiver<String>,
}

impl Watch {
    fn start(dir: &Path, out: &Path) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_sengen"))
            .env("SENGEN_LANG", "en")
            .args(["watch", dir.to_str().unwrap(), "-o", out.to_str().unwrap()])
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("sengen watch starts");
        let stdout = child.stdout.take().unwrap();
        let (send, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if send.send(line).is_err() {
                    break;
                }
            }
        });
        Watch { child, lines }
    }

    /// The next line sengen prints (generous: CI machines are slow).
    fn next_line(&self) -> String {
        self.lines
            .recv_timeout(Duration::from_secs(120))
            .expect("sengen watch printed a line")
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Edits a file as editors save: a new file renamed over the old one, so a
/// slow machine never shows the watch a half-written file.
fn save(dir: &Path, file: &str, from: &str, to: &str) {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} has no {from:?}");
    let temporary = dir.join(format!(".{file}.saving"));
    std::fs::write(&temporary, text.replacen(from, to, 1)).unwrap();
    std::fs::rename(&temporary, &path).unwrap();
}

#[test]
fn watch_rebuilds_on_save_and_keeps_the_last_good_pdf_when_a_save_breaks_the_text() {
    let dir = copy_fixture("lyon-2030");
    let out = tempfile::tempdir().unwrap();
    let pdf = out.path().join("lyon-2030.fr.pdf");
    let watch = Watch::start(dir.path(), out.path());
    let first = watch.next_line();
    assert!(
        first.starts_with("first build: wrote 1 PDF (7 pages) in "),
        "{first}"
    );

    edit(
        dir.path(),
        "fr.ftl",
        "Depuis 2008",
        "Texte révisé en séance, depuis 2008",
    );
    let line = watch.next_line();
    assert!(
        line.starts_with("changed fr.ftl: wrote 1 PDF (7 pages) in "),
        "{line}"
    );
    assert!(squash(&body_text(&pdf)).contains(&squash("Texte révisé en séance, depuis 2008")));

    let good = std::fs::read(&pdf).unwrap();
    save(dir.path(), "fr.ftl", "context =", "context = {");
    let line = watch.next_line();
    assert!(line.starts_with("changed fr.ftl: not built ("), "{line}");
    assert!(line.ends_with("the previous PDFs are kept"), "{line}");
    assert_eq!(
        std::fs::read(&pdf).unwrap(),
        good,
        "a failed rebuild touched the PDF"
    );

    // Fixed again: rebuilt, and nothing but the PDF in the output folder.
    save(dir.path(), "fr.ftl", "context = {", "context =");
    let line = watch.next_line();
    assert!(
        line.starts_with("changed fr.ftl: wrote 1 PDF (7 pages) in "),
        "{line}"
    );
    assert_eq!(
        file_names(out.path()),
        ["lyon-2030.fr.pdf"],
        "no temporary file is left"
    );
}
