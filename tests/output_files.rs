//! What a build leaves on disk: ordinary files, replaced atomically, the same
//! bytes for the same input, and nothing touched when a build fails.

mod common;

use common::*;

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
    let names: Vec<_> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "no temporary file left behind: {names:?}");
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
