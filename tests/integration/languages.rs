//! What sengen knows of a language is data: its `locales/<tag>/` folder
//! (wording and profile). German came that way, with no code: a declaration
//! in German builds, its dates and ordinals as German writes them, its prose
//! checked by German's own words. And no code names a language.

use std::path::Path;

use crate::util::*;

#[test]
fn a_declaration_in_german_builds_from_its_locale_folder_alone() {
    let dir = fixture("freiburg-2031");
    let check = sengen(&dir, &["check", ".", "--deny", "warnings"]);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    let (out, _) = build(&dir, &[]);
    let german = out.path().join("freiburg-2031.de.pdf");
    let text = body_text(&german);
    find_in_order(
        &text,
        &[
            "Wir, die Vertreterinnen und Vertreter von 12 deutschen und 9 japanischen Kommunen, versammelt in Freiburg im Breisgau vom 10. Juni 2031 bis 12. Juni 2031".into(),
            "3. Deutsch-Japanisches Kommunalforum".into(),
            "Freiburger Erklärung".into(),
            "Freiburg im Breisgau, 12. Juni 2031".into(),
            "– Kommunale Wärmeplanung gemeinsam entwickeln.".into(),
            "1. Jede Kommune".into(),
            "Das 4. Forum findet in Japan statt.".into(),
            "Geschehen zu Freiburg im Breisgau am 12. Juni 2031".into(),
            "Unterschriften".into(),
            "Deutsche Kommunen".into(),
            "Nr. 1".into(),
            "SHA-256-Fingerabdruck der Quellen:".into(),
        ],
    )
    .unwrap_or_else(|e| panic!("{e}\n{text}"));
    assert!(
        uncompressed(&german).contains("/Lang (de)"),
        "the catalog states German"
    );
    let japanese = body_text(&out.path().join("freiburg-2031.ja.pdf"));
    for expected in [
        "第3回日独自治体フォーラム",
        "2031年6月10日〜12日",
        "仮訳",
        "ドイツ語",
    ] {
        assert!(
            squash(&japanese).contains(&squash(expected)),
            "{expected}\n{japanese}"
        );
    }
    qpdf_check(&out.path().join("freiburg-2031.de-ja.pdf"));
}

#[test]
fn german_prose_is_checked_with_german_words() {
    let dir = copy_fixture("freiburg-2031");
    edit(
        dir.path(),
        "de.ftl",
        "von { $germany-count } deutschen",
        "von 13 Kommunen aus Deutschland, von { $germany-count } deutschen",
    );
    edit(
        dir.path(),
        "de.ftl",
        "Seit 2027 bringt",
        "Am 11. Juni 2030 brachte",
    );
    let output = sengen(dir.path(), &["check", "."]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("error[X001]: the text says 13, but the delegations count germany 12, japan 9 (21 in all)"),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "error[X004]: the text dates a day of the meeting in 2030, but the meeting is in 2031"
        ),
        "{stderr}"
    );
}

/// String literals of the library and the binary outside unit tests: any
/// that is a language tag would be code that names a language.
fn language_literals(dir: &Path, found: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            language_literals(&path, found);
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for (n, line) in code.lines().enumerate() {
            for tag in ["fr", "ja", "en", "de", "zh", "ko"] {
                let quoted = format!("\"{tag}\"");
                if let Some(at) = line.find(&quoted)
                    && !line[..at].ends_with('\\')
                {
                    found.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
                }
            }
        }
    }
}

#[test]
fn no_code_names_a_language() {
    let mut found = Vec::new();
    language_literals(&root().join("src"), &mut found);
    assert!(
        found.is_empty(),
        "code that names a language:\n{}",
        found.join("\n")
    );
    // And every language sengen has is a folder with both files (beside
    // them, serve.toml says which the page falls back to).
    for entry in std::fs::read_dir(root().join("locales")).unwrap() {
        let dir = entry.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        for file in ["sengen.ftl", "profile.toml"] {
            assert!(dir.join(file).is_file(), "{} lacks {file}", dir.display());
        }
    }
}
