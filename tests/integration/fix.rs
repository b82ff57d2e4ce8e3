//! `sengen check --fix`: rewrites exactly the fixable spans of the .ftl files,
//! byte for byte as expected, and a second run changes nothing.

use crate::util::*;

fn fix_case(case: &str, file: &str) {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(fixture(&format!("invalid/{case}"))).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    let path = dir.path().join(file);
    let before = std::fs::read_to_string(&path).unwrap();
    let output = sengen(dir.path(), &["check", ".", "--fix"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let fixed = std::fs::read_to_string(&path).unwrap();
    let expected =
        std::fs::read_to_string(fixture(&format!("invalid/{case}/{file}.fixed"))).unwrap();
    assert_ne!(before, fixed, "--fix changed nothing");
    assert_eq!(
        fixed, expected,
        "--fix wrote something else than {file}.fixed"
    );
    // The lines without findings are untouched, comments included.
    let changed = before
        .lines()
        .zip(fixed.lines())
        .filter(|(a, b)| a != b)
        .count();
    assert!(changed <= 3, "{changed} lines changed");
    assert_eq!(before.lines().count(), fixed.lines().count());

    let again = sengen(dir.path(), &["check", ".", "--fix"]);
    assert!(again.status.success());
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        fixed,
        "a second --fix changes nothing"
    );
}

#[test]
fn fix_rewrites_french_typography() {
    fix_case("french-typography", "fr.ftl");
}

#[test]
fn fix_rewrites_japanese_typography() {
    fix_case("japanese-typography", "ja.ftl");
}
