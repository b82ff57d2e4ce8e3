//! The commands around a build, and the shape of the command line: options
//! judged before any file is read, the registry of diagnostic codes (its
//! table in docs/format.md, `sengen explain`), completions and man pages,
//! Typst's warnings as diagnostics, `--format json` for a build.

use std::path::Path;

use sengen::diagnostic::codes::{self, REGISTRY};

use crate::util::*;

#[test]
fn combinations_that_cannot_work_are_refused_before_any_file_is_read() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_sengen"))
        .env("SENGEN_LANG", "en")
        .args([
            "build",
            "fixtures/no-such-declaration",
            "--layout",
            "columns",
            "--layout",
            "sequential",
        ])
        .current_dir(root())
        .env("SOURCE_DATE_EPOCH", "yesterday")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let stderr = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("error[C002]"), "{stderr}");
    assert!(
        stderr.contains("error[C004]: SOURCE_DATE_EPOCH=yesterday is not a number of seconds"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("S001"),
        "the missing folder is never looked at: {stderr}"
    );
    assert!(stderr.contains("error: 2 problems found"), "{stderr}");
}

#[test]
fn source_date_epoch_is_also_an_option() {
    let output = sengen(
        &root(),
        &["build", "fixtures/lyon-2030", "--source-date-epoch", "soon"],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("error[C004]: SOURCE_DATE_EPOCH=soon"));
}

#[test]
fn every_code_is_explained() {
    for entry in REGISTRY {
        let output = sengen(&root(), &["explain", &entry.name.to_lowercase()]);
        let text = stdout(&output);
        assert!(
            output.status.success(),
            "{}: {}",
            entry.name,
            stderr(&output)
        );
        assert!(
            text.starts_with(&format!("{} (", entry.name)),
            "{}: {text}",
            entry.name
        );
        let english = sengen::ui::Ui::english();
        assert!(
            text.contains(&entry.summary(&english)) && text.contains(&entry.explanation(&english))
        );
    }
    let list = stdout(&sengen(&root(), &["explain"]));
    for entry in REGISTRY {
        assert!(
            list.contains(entry.name),
            "{} missing from the list",
            entry.name
        );
    }
}

#[test]
fn a_former_name_is_explained_as_the_code_it_became() {
    let output = sengen(&root(), &["explain", "T002"]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(
        text.starts_with("T002 is the former name of R002.\n\nR002 (error):"),
        "{text}"
    );
    let output = sengen(&root(), &["explain", "Z999"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("sengen has no diagnostic code `Z999`"));
}

/// The part of docs/format.md between the two markers.
const TABLE_START: &str = "<!-- codes:start -->\n";
const TABLE_END: &str = "<!-- codes:end -->";

#[test]
fn the_codes_table_in_the_documentation_is_generated_from_the_registry() {
    let path = root().join("docs/format.md");
    let doc = std::fs::read_to_string(&path).unwrap();
    let start = doc
        .find(TABLE_START)
        .expect("docs/format.md marks its table of codes")
        + TABLE_START.len();
    let end = doc.find(TABLE_END).expect("and its end");
    let generated = codes::markdown_table();
    if std::env::var_os("SENGEN_BLESS").is_some() {
        std::fs::write(
            &path,
            format!("{}{generated}{}", &doc[..start], &doc[end..]),
        )
        .unwrap();
        return;
    }
    assert!(
        doc[start..end] == generated,
        "docs/format.md's table of codes is stale: `SENGEN_BLESS=1 cargo test --test integration codes_table` rewrites it"
    );
}

/// The source files of the library and the binary, without their unit tests.
fn sources_without_tests(dir: &Path, out: &mut String) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources_without_tests(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("codes.rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            out.push_str(text.split("#[cfg(test)]").next().unwrap_or_default());
        }
    }
}

#[test]
fn every_code_of_the_registry_is_raised_somewhere() {
    let mut code = String::new();
    sources_without_tests(&root().join("src"), &mut code);
    let unused: Vec<&str> = REGISTRY
        .iter()
        .map(|e| e.name)
        .filter(|name| !code.contains(&format!("Code::{name}")))
        .collect();
    assert!(unused.is_empty(), "codes nothing raises: {unused:?}");
}

#[test]
fn completions_and_man_pages_come_from_the_command_line_itself() {
    for shell in ["bash", "zsh", "fish"] {
        let output = sengen(&root(), &["completions", shell]);
        assert!(output.status.success(), "{shell}");
        let script = stdout(&output);
        for word in [
            "build",
            "check",
            "translations",
            "explain",
            "layout",
            "sequential",
        ] {
            assert!(script.contains(word), "{shell} completions lack {word}");
        }
    }
    let page = stdout(&sengen(&root(), &["man"]));
    assert!(
        page.starts_with(".ie") || page.contains(".TH sengen"),
        "{page}"
    );
    assert!(page.contains("declaration"));
    let dir = tempfile::tempdir().unwrap();
    let output = sengen(&root(), &["man", dir.path().to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let pages = file_names(dir.path());
    for page in [
        "sengen.1",
        "sengen-build.1",
        "sengen-check.1",
        "sengen-explain.1",
    ] {
        assert!(pages.contains(&page.to_owned()), "{pages:?}");
    }
}

#[test]
fn a_json_build_prints_its_files_and_typst_warnings_as_diagnostics() {
    // A template that asks for a font sengen does not have: Typst warns.
    let templates = tempfile::tempdir().unwrap();
    let single = std::fs::read_to_string(root().join("templates/single.typ.hbs")).unwrap();
    std::fs::write(
        templates.path().join("single.typ.hbs"),
        format!("{single}\n#text(font: \"Nonexistent Sans\")[.]\n"),
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let output = sengen(
        &root(),
        &[
            "build",
            "fixtures/lyon-2030",
            "-o",
            out.path().to_str().unwrap(),
            "--templates",
            templates.path().to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let lines: Vec<serde_json::Value> = stdout(&output)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON lines"))
        .collect();
    let warning = lines
        .iter()
        .find(|l| l["code"] == "R003")
        .unwrap_or_else(|| panic!("no Typst warning in {lines:?}"));
    assert_eq!(warning["severity"], "warning");
    assert!(
        warning["message"]
            .as_str()
            .unwrap()
            .contains("nonexistent sans"),
        "{warning}"
    );
    assert_eq!(warning["span"]["file"], "<generated>/lyon-2030.fr.typ");
    let written: Vec<&serde_json::Value> = lines
        .iter()
        .filter(|l| l.get("written").is_some())
        .collect();
    assert_eq!(written.len(), 1);
    assert!(
        written[0]["written"]
            .as_str()
            .unwrap()
            .ends_with("lyon-2030.fr.pdf")
    );
    assert_eq!(
        written[0]["pages"],
        page_count(&out.path().join("lyon-2030.fr.pdf"))
    );
}

#[test]
fn marking_current_translations_reviewed_rewrites_the_same_lock() {
    let dir = copy_fixture("shizuoka-2024");
    let before = std::fs::read(dir.path().join("translations.lock")).unwrap();
    let status = stdout(&sengen(dir.path(), &["translations", "."]));
    assert!(status.starts_with("ja (from fr): "), "{status}");
    let output = sengen(dir.path(), &["translations", ".", "--mark-reviewed", "ja"]);
    assert!(output.status.success(), "{}", stderr(&output));
    if status.contains(" 0 stale, 0 unreviewed") {
        assert_eq!(
            std::fs::read(dir.path().join("translations.lock")).unwrap(),
            before,
            "the toml crate writes the lock as it was written by hand"
        );
    }
    let after = stdout(&sengen(dir.path(), &["translations", "."]));
    assert!(after.contains(" 0 stale, 0 unreviewed"), "{after}");
    let output = sengen(dir.path(), &["translations", ".", "--mark-reviewed", "fr"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("error[L021]: `fr` is not a translation of this declaration"));
    let output = sengen(
        dir.path(),
        &[
            "translations",
            ".",
            "--mark-reviewed",
            "ja",
            "titel",
            "nope",
        ],
    );
    assert_eq!(output.status.code(), Some(1));
    let text = stderr(&output);
    assert!(
        text.contains("`titel` is not a message of the fr source"),
        "{text}"
    );
    assert!(
        text.contains("`nope` is not a message of the fr source"),
        "both at once: {text}"
    );
}

#[test]
fn a_reader_that_stops_reading_ends_the_command_quietly() {
    for args in [&["explain"][..], &["completions", "bash"], &["man"]] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_sengen"))
            .env("SENGEN_LANG", "en")
            .args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // The reader goes away before sengen writes, as `| head` does once
        // it has read enough.
        drop(child.stdout.take());
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(output.status.success(), "{args:?}: {:?}", output.status);
    }
}
