//! What a build leaves on disk: ordinary files, replaced atomically, the same
//! bytes for the same input, and nothing touched when a build fails.

use crate::util::*;

fn build_into(dir: &std::path::Path, out: &std::path::Path) -> std::process::Output {
    sengen(
        &root(),
        &["build", dir.to_str().unwrap(), "-o", out.to_str().unwrap()],
    )
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    let (first, _) = build(&fixture("shizuoka-2024"), &[]);
    let (second, _) = build(&fixture("shizuoka-2024"), &[]);
    for name in [
        "shizuoka-2024.fr.pdf",
        "shizuoka-2024.ja.pdf",
        "shizuoka-2024.fr-ja.pdf",
    ] {
        let a = std::fs::read(first.path().join(name)).unwrap();
        let b = std::fs::read(second.path().join(name)).unwrap();
        assert!(a == b, "{name} differs between two builds");
    }
}

#[test]
fn a_failed_build_leaves_the_previous_pdf_as_it_was() {
    let dir = copy_fixture("lyon-2030");
    let out = tempfile::tempdir().unwrap();
    assert!(build_into(dir.path(), out.path()).status.success());
    let pdf = out.path().join("lyon-2030.fr.pdf");
    let before = std::fs::read(&pdf).unwrap();

    let ftl = dir.path().join("fr.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    std::fs::write(
        &ftl,
        text.replace(
            "title = Déclaration de { -host-city }",
            "title = Déclaration de { $ville }",
        ),
    )
    .unwrap();
    let failed = build_into(dir.path(), out.path());
    assert_eq!(failed.status.code(), Some(1));
    assert_eq!(
        std::fs::read(&pdf).unwrap(),
        before,
        "the previous PDF is untouched"
    );
    assert_eq!(
        file_names(out.path()),
        ["lyon-2030.fr.pdf"],
        "no temporary file left behind"
    );
}

#[test]
fn when_one_output_fails_to_typeset_none_is_written() {
    let out = tempfile::tempdir().unwrap();
    let shizuoka = fixture("shizuoka-2024");
    assert!(build_into(&shizuoka, out.path()).status.success());
    let before: Vec<(String, Vec<u8>)> = file_names(out.path())
        .into_iter()
        .map(|name| {
            let bytes = std::fs::read(out.path().join(&name)).unwrap();
            (name, bytes)
        })
        .collect();
    assert_eq!(before.len(), 3);

    // The French and Japanese PDFs typeset; the bilingual one cannot.
    let templates = tempfile::tempdir().unwrap();
    std::fs::write(
        templates.path().join("columns.typ.hbs"),
        "{{> style}}\n#read(\"/missing.txt\")\n",
    )
    .unwrap();
    let failed = sengen(
        &root(),
        &[
            "build",
            shizuoka.to_str().unwrap(),
            "-o",
            out.path().to_str().unwrap(),
            "--templates",
            templates.path().to_str().unwrap(),
        ],
    );
    let stderr = String::from_utf8_lossy(&failed.stderr);
    assert_eq!(failed.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("error[R002]"), "{stderr}");
    for (name, bytes) in &before {
        assert!(
            std::fs::read(out.path().join(name)).unwrap() == *bytes,
            "{name} changed although the build failed"
        );
    }
    assert_eq!(
        file_names(out.path()).len(),
        3,
        "no temporary file left behind"
    );
}

#[cfg(unix)]
#[test]
fn outputs_are_ordinary_files_and_keep_their_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let out = tempfile::tempdir().unwrap();
    assert!(
        build_into(&fixture("lyon-2030"), out.path())
            .status
            .success()
    );
    let pdf = out.path().join("lyon-2030.fr.pdf");
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&pdf), 0o644, "readable by others, like any document");
    std::fs::set_permissions(&pdf, std::fs::Permissions::from_mode(0o600)).unwrap();
    assert!(
        build_into(&fixture("lyon-2030"), out.path())
            .status
            .success()
    );
    assert_eq!(
        mode(&pdf),
        0o600,
        "a replaced PDF keeps the permissions it had"
    );
}

#[cfg(unix)]
#[test]
fn a_build_killed_while_typesetting_leaves_the_previous_pdf_and_no_temporary_file() {
    let dir = copy_fixture("lyon-2030");
    let out = tempfile::tempdir().unwrap();
    assert!(build_into(dir.path(), out.path()).status.success());
    let pdf = out.path().join("lyon-2030.fr.pdf");
    let before = std::fs::read(&pdf).unwrap();

    // A declaration long enough to take a while to typeset: 10,000 paragraphs
    // (about 2.6 s here; the build is killed after 0.3 s).
    set_paragraphs(
        dir.path(),
        (0..10_000).map(|i| {
            format!("Paragraphe {i} d’une déclaration très longue, écrit pour éprouver sengen.")
        }),
    );

    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_sengen"))
        .env("SENGEN_LANG", "en")
        .args([
            "build",
            dir.path().to_str().unwrap(),
            "-o",
            out.path().to_str().unwrap(),
        ])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    let still_running = child.try_wait().unwrap().is_none();
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(
        still_running,
        "the build finished before it could be killed: make the input longer"
    );
    assert_eq!(
        std::fs::read(&pdf).unwrap(),
        before,
        "the previous PDF is untouched"
    );
    assert_eq!(
        file_names(out.path()),
        ["lyon-2030.fr.pdf"],
        "nothing else in the output folder"
    );
}
