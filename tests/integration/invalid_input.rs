//! Bad input: every folder of `fixtures/invalid/` holds one defect and, in
//! `expected.txt`, the exact diagnostics it must produce. `sengen check` and
//! `sengen build` both exit 1 with those diagnostics, never panic, and a
//! failed build writes nothing.
//!
//! After a deliberate change of wording, regenerate the expectations with
//! `SENGEN_BLESS=1 cargo test --test integration invalid_input` and review the diff.

use std::path::Path;

use crate::util::*;

fn cases() -> Vec<std::path::PathBuf> {
    let mut cases: Vec<_> = std::fs::read_dir(fixture("invalid"))
        .expect("fixtures/invalid exists")
        .map(|e| e.expect("readable").path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    cases
}

fn check_case(case: &Path) -> Result<(), String> {
    let name = case.file_name().unwrap().to_string_lossy();
    let bless = std::env::var_os("SENGEN_BLESS").is_some();

    // People: rustc-style diagnostics on standard error.
    let human = sengen(case, &["check", ".", "--deny", "warnings"]);
    let stderr = String::from_utf8_lossy(&human.stderr).into_owned();
    if bless {
        std::fs::write(case.join("expected.txt"), &stderr).unwrap();
    }
    let expected = std::fs::read_to_string(case.join("expected.txt"))
        .map_err(|e| format!("{name}: expected.txt: {e}"))?;
    if human.status.code() != Some(1) {
        return Err(format!(
            "{name}: check exited with {:?}, not 1\n{stderr}",
            human.status
        ));
    }
    if stderr != expected {
        return Err(format!(
            "{name}: check printed\n{stderr}\ninstead of\n{expected}"
        ));
    }

    // Tools: one JSON object per finding on standard output.
    let json = sengen(
        case,
        &["check", ".", "--format", "json", "--deny", "warnings"],
    );
    let stdout = String::from_utf8_lossy(&json.stdout).into_owned();
    if bless {
        std::fs::write(case.join("expected.json"), &stdout).unwrap();
    }
    let expected_json = std::fs::read_to_string(case.join("expected.json"))
        .map_err(|e| format!("{name}: expected.json: {e}"))?;
    if json.status.code() != Some(1) || stdout != expected_json {
        return Err(format!(
            "{name}: check --format json printed\n{stdout}\ninstead of\n{expected_json}"
        ));
    }
    for line in stdout.lines() {
        let finding: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("{name}: not JSON: {e}: {line}"))?;
        if finding["code"].as_str().is_none() || finding["severity"].as_str().is_none() {
            return Err(format!(
                "{name}: a finding without code or severity: {line}"
            ));
        }
    }

    // A build stops on errors, writing nothing; warnings alone do not stop it.
    let out = tempfile::tempdir().unwrap();
    let build = sengen(case, &["build", ".", "-o", out.path().to_str().unwrap()]);
    let build_stderr = String::from_utf8_lossy(&build.stderr).into_owned();
    let written = std::fs::read_dir(out.path()).unwrap().count();
    if expected.contains("error[") {
        if build.status.code() != Some(1)
            || build_stderr != format!("{expected}note: nothing was written\n")
        {
            return Err(format!(
                "{name}: build exited {:?} and printed\n{build_stderr}",
                build.status
            ));
        }
        if written != 0 {
            return Err(format!("{name}: a failed build wrote {written} files"));
        }
    } else if !build.status.success() || written == 0 || !build_stderr.contains("warning") {
        return Err(format!(
            "{name}: warnings alone must not stop the build ({:?})\n{build_stderr}",
            build.status
        ));
    }
    if stderr.contains("panicked") || build_stderr.contains("panicked") {
        return Err(format!("{name}: panic"));
    }
    Ok(())
}

#[test]
fn every_invalid_fixture_gives_its_exact_diagnostics() {
    let cases = cases();
    assert!(cases.len() >= 20, "{} cases", cases.len());
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|case| check_case(case).err())
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

#[test]
fn every_diagnostic_points_at_a_line_and_column() {
    for case in cases() {
        let expected = std::fs::read_to_string(case.join("expected.txt")).unwrap();
        for block in expected.split("\n\n").filter(|b| b.starts_with("error[")) {
            let spanned = block
                .lines()
                .any(|l| l.trim_start().starts_with("┌─") && l.contains(':'));
            let global = block.contains("C001") || block.contains("S001");
            assert!(
                spanned || global,
                "{}: no file:line:column in\n{block}",
                case.display()
            );
        }
    }
}

#[test]
fn byte_order_mark_and_crlf_line_endings_are_accepted() {
    let dir = copy_fixture("lyon-2030");
    for file in ["declaration.toml", "fr.ftl"] {
        let path = dir.path().join(file);
        let text = std::fs::read_to_string(&path)
            .unwrap()
            .replace('\n', "\r\n");
        std::fs::write(&path, format!("\u{feff}{text}")).unwrap();
    }
    let (out, _) = build(dir.path(), &[]);
    let text = body_text(&out.path().join("lyon-2030.fr.pdf"));
    assert!(text.contains("Déclaration de Lyon"));
}

#[test]
fn a_missing_folder_is_invalid_input() {
    let output = sengen(&root(), &["build", "fixtures/no-such-declaration"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("cannot read the declaration folder fixtures/no-such-declaration"),
        "{stderr}"
    );
}

#[test]
fn an_unknown_language_on_the_command_line_is_invalid_input() {
    let out = tempfile::tempdir().unwrap();
    let output = sengen(
        &root(),
        &[
            "build",
            "fixtures/lyon-2030",
            "--lang",
            "ja",
            "-o",
            out.path().to_str().unwrap(),
        ],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .contains("--lang ja: the declaration has no such language")
    );
    assert_eq!(std::fs::read_dir(out.path()).unwrap().count(), 0);
}

#[test]
fn a_five_megabyte_message_is_checked_without_trouble() {
    let dir = copy_fixture("lyon-2030");
    let path = dir.path().join("fr.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    let long = "mot ".repeat(1_310_720);
    std::fs::write(
        &path,
        text.replace(
            "context = Depuis 2008, les Rencontres réunissent les collectivités des deux pays.",
            &format!("context = {long}"),
        ),
    )
    .unwrap();
    assert!(std::fs::metadata(&path).unwrap().len() > 5_000_000);
    let output = sengen(dir.path(), &["check", "."]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
