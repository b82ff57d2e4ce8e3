//! `sengen block`: the structure changed from the command line, as the
//! page changes it (the same library function): a block added after any
//! block in every language at once, its id made as `import` makes ids; a
//! block removed with its messages (a heading with what it holds); a block
//! moved up, down or into a section. Each refusal is said with its exact
//! diagnostic, and leaves every file as it was.

use std::path::Path;

use crate::util::*;

fn body(dir: &Path) -> String {
    let toml = std::fs::read_to_string(dir.join("declaration.toml")).unwrap();
    let start = toml.find("body = [").unwrap();
    toml[start..].to_owned()
}

fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    file_names(dir)
        .into_iter()
        .map(|f| (f.clone(), std::fs::read(dir.join(&f)).unwrap()))
        .collect()
}

#[test]
fn a_commitment_added_in_both_languages_is_numbered_as_import_numbers_and_builds() {
    let dir = copy_fixture("shizuoka-2024");
    let output = sengen(
        dir.path(),
        &[
            "block",
            "add",
            ".",
            "commitment",
            "--after",
            "commitment-4",
            "--text",
            "fr=Chaque collectivité s’engage à accueillir des jeunes du pays partenaire.",
            "--text",
            "ja=各自治体は、相手国の若者を受け入れることを約束する。",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).starts_with("added commitment-5\n"),
        "{}",
        stdout(&output)
    );
    assert!(body(dir.path()).contains(
        "{ commitments = [\"commitment-1\", \"commitment-2\", \"commitment-3\", \"commitment-4\", \"commitment-5\"] }"
    ));
    let fr = std::fs::read_to_string(dir.path().join("fr.ftl")).unwrap();
    // Beside the message it follows, not at the end of the file.
    let after_4 = fr.find("\ncommitment-4 =").unwrap();
    let new = fr.find("\ncommitment-5 = Chaque collectivité").unwrap();
    assert!(
        new > after_4 && fr[after_4 + 1..new].matches(" =").count() == 1,
        "{fr}"
    );
    let (_, built) = build(dir.path(), &["--lang", "ja"]);
    assert!(built.status.success(), "{}", stderr(&built));
}

#[test]
fn a_paragraph_added_in_the_source_only_leaves_its_translation_to_do() {
    let dir = copy_fixture("shizuoka-2024");
    let output = sengen(
        dir.path(),
        &[
            "block",
            "add",
            ".",
            "paragraph",
            "--after",
            "w1-innovation-2",
            "--text",
            "fr=Un paragraphe de plus.",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        stdout(&output)
            .lines()
            .filter(|l| !l.starts_with("wrote"))
            .collect::<Vec<_>>()[..2],
        ["added w1-innovation-3", "ja: one message to translate"]
    );
    let translations = stdout(&sengen(dir.path(), &["translations", "."]));
    assert!(
        translations.contains("missing: w1-innovation-3"),
        "{translations}"
    );
}

#[test]
fn a_section_removed_goes_with_everything_under_it_and_its_messages() {
    let dir = copy_fixture("shizuoka-2024");
    let output = sengen(dir.path(), &["block", "remove", ".", "workshop-3"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).starts_with("removed workshop-3, w3-nature, w3-nature-1, w3-nature-2, w3-nature-3, w3-decarbonisation, w3-decarbonisation-1, w3-decarbonisation-2, w3-circular, w3-circular-1, w3-circular-2 (11 blocks, with their messages)\n"),
        "{}",
        stdout(&output)
    );
    for file in ["fr.ftl", "ja.ftl"] {
        let text = std::fs::read_to_string(dir.path().join(file)).unwrap();
        assert!(
            !text.contains("\nw3-") && !text.contains("\nworkshop-3 ="),
            "{file}"
        );
    }
    assert!(!body(dir.path()).contains("w3-"));
    let check = sengen(dir.path(), &["check", "."]);
    assert!(check.status.success(), "{}", stderr(&check));
}

#[test]
fn blocks_move_up_down_and_into_a_section() {
    let dir = copy_fixture("shizuoka-2024");
    let ok = |args: &[&str]| {
        let output = sengen(dir.path(), args);
        assert!(output.status.success(), "{args:?}: {}", stderr(&output));
    };
    ok(&["block", "move", ".", "panel-2", "--up"]);
    assert!(
        body(dir.path()).contains("{ paragraph = \"panel-2\" },\n  { paragraph = \"panel-1\" },")
    );
    ok(&["block", "move", ".", "workshop-2", "--down"]);
    let moved = body(dir.path());
    assert!(
        moved.find("workshop-3").unwrap() < moved.find("workshop-2").unwrap(),
        "{moved}"
    );
    ok(&[
        "block",
        "move",
        ".",
        "w3-circular-2",
        "--into",
        "conclusion",
    ]);
    let moved = body(dir.path());
    assert!(
        moved.contains("{ subsection = \"w3-circular\" },\n      { items = [\"w3-circular-1\"] },"),
        "{moved}"
    );
    assert!(moved.ends_with("{ commitments = [\"commitment-1\", \"commitment-2\", \"commitment-3\", \"commitment-4\"] },\n    { items = [\"w3-circular-2\"] },\n]\n"), "{moved}");
    // A move that would leave a sub-section empty is refused by the check.
    let emptied = sengen(
        dir.path(),
        &[
            "block",
            "move",
            ".",
            "w1-agriculture-1",
            "--into",
            "conclusion",
        ],
    );
    assert_eq!(emptied.status.code(), Some(1));
    assert!(
        stderr(&emptied).contains("error[S023]: the sub-section `w1-agriculture` is empty"),
        "{}",
        stderr(&emptied)
    );
    let check = sengen(dir.path(), &["check", "."]);
    assert!(check.status.success(), "{}", stderr(&check));
}

#[test]
fn each_refused_change_of_the_structure_says_why_and_writes_nothing() {
    let dir = copy_fixture("shizuoka-2024");
    let before = files(dir.path());
    for (args, error, hint) in [
        (
            vec![
                "block",
                "add",
                ".",
                "paragraph",
                "--after",
                "hope",
                "--text",
                "ja=日本語だけ",
            ],
            "error[C013]: a new block needs its text in fr, the declaration's source language",
            "hint: type its fr text; the translations can be left empty and done later",
        ),
        (
            vec![
                "block",
                "add",
                ".",
                "paragraph",
                "--after",
                "nowhere",
                "--text",
                "fr=Texte",
            ],
            "error[C013]: the structure has no block `nowhere`",
            "hint: a change can name only blocks of the structure",
        ),
        (
            vec![
                "block",
                "add",
                ".",
                "paragraph",
                "--after",
                "hope",
                "--text",
                "de=Text",
                "--text",
                "fr=Texte",
            ],
            "error[C013]: the declaration is not written in de",
            "hint: give the texts of the declaration's own languages only",
        ),
        (
            vec![
                "block",
                "add",
                ".",
                "subsection",
                "--after",
                "hope",
                "--text",
                "fr=Sous-titre",
            ],
            "error[C013]: nothing of this kind can stand after `hope`",
            "hint: add a sub-section inside a section, and nothing after the closing",
        ),
        (
            vec!["block", "move", ".", "history", "--up"],
            "error[C013]: `history` cannot move up: it is the first of its kind there",
            "hint: move it into another section instead",
        ),
        (
            vec!["block", "move", ".", "workshop-1", "--into", "conclusion"],
            "error[C013]: `workshop-1` cannot move there",
            "hint: a block moves into a section or a sub-section, a sub-section into a section",
        ),
        (
            vec!["block", "remove", ".", "title"],
            "error[C013]: the structure has no block `title`",
            "hint: a change can name only blocks of the structure",
        ),
    ] {
        let output = sengen(dir.path(), &args);
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        let said = stderr(&output);
        assert!(said.contains(error), "{args:?}: {said}");
        assert!(said.contains(hint), "{args:?}: {said}");
        assert!(said.contains("nothing was written"), "{said}");
        assert_eq!(files(dir.path()), before, "{args:?} wrote nothing");
    }
}
