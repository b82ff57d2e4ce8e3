//! `sengen diff`: Shizuoka against a later draft with known edits
//! (fixtures/shizuoka-2024-amended), the exact JSON of its changes, the
//! redline PDFs read back (the inserted and deleted words at their places,
//! the moved bullet marked at both places, the box of facts, the header and
//! the watermark on every page), identical drafts, removed blocks, sengen's
//! own wording, and `--since` on a git repository made here.

use std::path::Path;
use std::process::Command;

use serde_json::{Value, json};

use crate::util::*;

const OLD: &str = "fixtures/shizuoka-2024";
const NEW: &str = "fixtures/shizuoka-2024-amended";

fn diff_json(args: &[&str]) -> Value {
    let mut all = vec!["diff"];
    all.extend_from_slice(args);
    all.extend(["--format", "json"]);
    let output = sengen(&root(), &all);
    assert!(output.status.success(), "{}", stderr(&output));
    serde_json::from_str(&stdout(&output)).expect("one JSON object")
}

/// The changes of a reworded block: (change, text) of each run that is not
/// the same, and the old and new texts the runs make.
fn marked(block: &Value) -> (Vec<(String, String)>, String, String) {
    let runs = block["runs"].as_array().expect("runs");
    let mut changes = Vec::new();
    let (mut old, mut new) = (String::new(), String::new());
    for run in runs {
        let (change, text) = (
            run["change"].as_str().unwrap(),
            run["text"].as_str().unwrap(),
        );
        if change != "inserted" {
            old.push_str(text);
        }
        if change != "deleted" {
            new.push_str(text);
        }
        if change != "same" {
            changes.push((change.to_owned(), text.to_owned()));
        }
    }
    (changes, old, new)
}

/// The redline of Shizuoka against `new` in one language alone, in a new folder.
fn single_redline(new: &str, lang: &str) -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    let output = sengen(
        &root(),
        &[
            "diff",
            OLD,
            new,
            "-o",
            out.path().to_str().unwrap(),
            "--lang",
            lang,
            "--layout",
            "single",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    out
}

fn at(file: &str, line: usize) -> Value {
    json!({ "file": file, "line": line })
}

#[test]
fn the_amended_draft_shows_exactly_its_edits() {
    let found = diff_json(&[OLD, NEW]);
    assert_eq!(
        found["summary"],
        json!({ "reworded": 2, "added": 1, "removed": 0, "moved": 1, "renamed": 1, "facts": 1 })
    );
    assert_eq!(
        found["facts"],
        json!([{
            "fact": "delegations.japan.count",
            "old": "35",
            "new": "36",
            "old_at": at("fixtures/shizuoka-2024/declaration.toml", 33),
            "new_at": at("fixtures/shizuoka-2024-amended/declaration.toml", 41),
        }])
    );
    let blocks = found["blocks"].as_array().unwrap();
    // Structure first, in the new draft's order; then the text, language by language.
    let structure: Vec<Value> = blocks
        .iter()
        .filter(|b| b["kind"] != "reworded")
        .cloned()
        .collect();
    assert_eq!(
        structure,
        [
            json!({
                "kind": "moved", "id": "w1-innovation-2",
                "from": "w1-innovation", "to": "w1-agriculture",
                "old_at": at("fixtures/shizuoka-2024/declaration.toml", 81),
                "new_at": at("fixtures/shizuoka-2024-amended/declaration.toml", 87),
            }),
            json!({
                "kind": "renamed", "id": "w2-crisis-resilience", "old_id": "w2-resilience",
                "old_at": at("fixtures/shizuoka-2024/declaration.toml", 88),
                "new_at": at("fixtures/shizuoka-2024-amended/declaration.toml", 96),
            }),
            json!({
                "kind": "added", "id": "commitment-5",
                "old_at": null,
                "new_at": at("fixtures/shizuoka-2024-amended/declaration.toml", 110),
            }),
        ]
    );
    let reworded: Vec<&Value> = blocks.iter().filter(|b| b["kind"] == "reworded").collect();
    assert_eq!(reworded.len(), 2, "{reworded:#?}");

    let french = reworded[0];
    assert_eq!(
        (&french["id"], &french["lang"]),
        (&json!("partnership"), &json!("fr"))
    );
    assert_eq!(french["old_at"], at("fixtures/shizuoka-2024/fr.ftl", 35));
    assert_eq!(
        french["new_at"],
        at("fixtures/shizuoka-2024-amended/fr.ftl", 35)
    );
    let (changes, old, new) = marked(french);
    assert_eq!(
        changes,
        [
            ("deleted".to_owned(), "publiée".to_owned()),
            ("inserted".to_owned(), "adoptée".to_owned())
        ]
    );
    assert!(old.contains("a été publiée, intégrant") && new.contains("a été adoptée, intégrant"));

    let japanese = reworded[1];
    assert_eq!(
        (&japanese["id"], &japanese["lang"]),
        (&json!("dialogue"), &json!("ja"))
    );
    assert_eq!(
        japanese["new_at"],
        at("fixtures/shizuoka-2024-amended/ja.ftl", 40)
    );
    let (changes, old, new) = marked(japanese);
    assert_eq!(changes, [("inserted".to_owned(), "や市民団体".to_owned())]);
    assert!(old.contains("多様な自治体が、") && new.contains("多様な自治体や市民団体が、"));

    // The preamble's count follows the fact: not a rewording (the redline marks it).
    assert!(!blocks.iter().any(|b| b["id"] == "preamble"));
    assert_eq!(
        found["old"]["fingerprint"].as_str().unwrap(),
        fingerprint(&root().join(OLD))
    );
    assert_eq!(
        found["new"]["fingerprint"].as_str().unwrap(),
        fingerprint(&root().join(NEW))
    );
}

#[test]
fn the_terminal_report_names_each_change_and_its_lines() {
    let output = sengen(&root(), &["diff", OLD, NEW]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    for line in [
        "2 blocks reworded, 1 added, 0 removed, 1 moved, 1 renamed; 1 fact changed",
        "  delegations.japan.count: 35 → 36",
        "      fixtures/shizuoka-2024/declaration.toml:33 → fixtures/shizuoka-2024-amended/declaration.toml:41",
        "  moved    w1-innovation-2 (from w1-innovation to w1-agriculture)",
        "  renamed  w2-resilience → w2-crisis-resilience",
        "  added    commitment-5",
        "      now fixtures/shizuoka-2024-amended/declaration.toml:110",
        "  reworded partnership [fr]",
        "      fixtures/shizuoka-2024/fr.ftl:35 → fixtures/shizuoka-2024-amended/fr.ftl:35",
        "  reworded dialogue [ja]",
    ] {
        assert!(
            text.lines().any(|l| l == line),
            "no line {line:?} in:\n{text}"
        );
    }
    assert!(
        text.contains("a été [-publiée-]{+adoptée+}, intégrant"),
        "{text}"
    );
    assert!(text.contains("多様な自治体{+や市民団体+}が"), "{text}");
    // Not a terminal: no colour codes.
    assert!(!text.contains('\u{1b}'));
}

#[test]
fn identical_drafts_print_no_change_and_succeed() {
    let output = sengen(&root(), &["diff", OLD, OLD]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert_eq!(text.lines().nth(1), Some("no change"), "{text}");
    assert_eq!(text.lines().count(), 2, "{text}");
    let found = diff_json(&[OLD, OLD]);
    assert_eq!(found["blocks"], json!([]));
    assert_eq!(found["facts"], json!([]));
    assert_eq!(found["summary"]["reworded"], 0);
}

/// A redline PDF's text in content order (`-raw`): the diagonal watermark's
/// glyphs come first on each page, not among the lines.
fn raw_text(pdf: &Path) -> String {
    pdftotext(&["-raw"], pdf)
}

#[test]
fn the_redlines_mark_the_changes_in_place_on_pages_that_cannot_pass_for_the_text() {
    let out = tempfile::tempdir().unwrap();
    let output = sengen(
        &root(),
        &["diff", OLD, NEW, "-o", out.path().to_str().unwrap()],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        file_names(out.path()),
        [
            "shizuoka-2024-redline.fr-ja.pdf",
            "shizuoka-2024-redline.fr.pdf",
            "shizuoka-2024-redline.ja.pdf"
        ]
    );
    let fr = out.path().join("shizuoka-2024-redline.fr.pdf");
    let ja = out.path().join("shizuoka-2024-redline.ja.pdf");
    let both = out.path().join("shizuoka-2024-redline.fr-ja.pdf");
    let s = |x: &str| x.to_owned();

    let french = raw_text(&fr);
    assert_in_order(
        &french,
        &[
            // The header, the box of facts, the text.
            s("Comparaison : texte adopté (SHA-256"),
            s("Faits modifiés"),
            s("Nombre de signataires (Collectivités japonaises) : 35 → 36"),
            s("représentantes de suppression 35 ajout 36 collectivités locales japonaises"),
            s("entre les deux pays a été suppression publiée ajout adoptée, intégrant notamment"),
            s("Promotion de l’agriculture durable"),
            s(
                "[déplacé depuis « Promotion de l’innovation »] Favoriser l’implantation des entreprises",
            ),
            s("Promotion de l’innovation"),
            s(
                "[déplacé vers « Promotion de l’agriculture durable »] suppression Favoriser l’implantation des entreprises…",
            ),
            s("s’engage à participer aux Rencontres"),
            s("5. ajout Chaque collectivité locale s’engage à faire connaître à ses habitants"),
        ],
    );
    let japanese = raw_text(&ja);
    assert_in_order(
        &japanese,
        &[
            s("比較：採択文（SHA-256"),
            s("変更された事実"),
            s("署名自治体数（日本側自治体）：35 → 36"),
            s("日本の削除 35 挿入 36 自治体"),
            s("多様な自治体挿入 や市民団体が、より良い市民社会"),
            s("［「イノベーションの推進」から移動］"),
            s("5．挿入 各自治体は、本会議の成果を住民に広く周知することを約束する。"),
        ],
    );
    // Side by side, each column in its language.
    let bilingual = raw_text(&both);
    assert!(squash(&bilingual).contains(&squash("a été suppression publiée ajout adoptée")));
    assert!(squash(&bilingual).contains(&squash("多様な自治体挿入 や市民団体が")));

    for pdf in [&fr, &ja, &both] {
        qpdf_check(pdf);
        assert!(
            fonts(pdf).iter().all(|(_, embedded)| *embedded),
            "{}",
            pdf.display()
        );
        let xmp = pdfinfo_meta(pdf);
        assert!(
            xmp.contains("<pdfuaid:part>1</pdfuaid:part>"),
            "{}: PDF/UA-1",
            pdf.display()
        );
        assert!(
            xmp.contains("<pdfaid:part>2</pdfaid:part>"),
            "{}: PDF/A-2",
            pdf.display()
        );
        // The watermark and the header on every page.
        for page in 1..=page_count(pdf) {
            let text = pdftotext(
                &["-raw", "-f", &page.to_string(), "-l", &page.to_string()],
                pdf,
            );
            let start: String = text.split_whitespace().collect::<Vec<_>>().concat();
            assert!(
                start.starts_with("COMPARAISON") || start.starts_with("比較"),
                "{} page {page}: the watermark comes first: {}",
                pdf.display(),
                &text[..text.len().min(80)]
            );
            let header = header_text(pdf, page);
            assert!(
                header.contains("Comparaison") || header.contains("比較："),
                "{} page {page}: header {header:?}",
                pdf.display()
            );
        }
    }
    // Named as what they compare, and their footer's fingerprint is neither draft's.
    let title = info_field(&fr, "Title");
    assert!(title.contains("Déclaration de Shizuoka"), "{title}");
    let footer = footer_text(&fr, 1);
    assert!(
        !footer.contains(&fingerprint(&root().join(NEW))[..12]),
        "{footer}"
    );
    assert!(
        !footer.contains(&fingerprint(&root().join(OLD))[..12]),
        "{footer}"
    );
}

#[test]
fn lang_and_layout_limit_the_comparison_and_the_redlines() {
    let found = diff_json(&[OLD, NEW, "--lang", "ja"]);
    let langs: Vec<&Value> = found["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|b| b.get("lang"))
        .collect();
    assert_eq!(langs, [&json!("ja")]);
    let out = tempfile::tempdir().unwrap();
    let output = sengen(
        &root(),
        &[
            "diff",
            OLD,
            NEW,
            "-o",
            out.path().to_str().unwrap(),
            "--lang",
            "ja",
            "--layout",
            "single",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(file_names(out.path()), ["shizuoka-2024-redline.ja.pdf"]);
    // As for a build, a language the declaration does not have is refused.
    let output = sengen(&root(), &["diff", OLD, NEW, "--lang", "de"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("error[C001]: --lang de: the declaration has no such language")
    );
}

#[test]
fn a_removed_block_stands_struck_through_where_it_was() {
    let new = copy_fixture("shizuoka-2024");
    // The third workshop's second nature bullet, and the paragraph `hope`, removed.
    edit(
        new.path(),
        "declaration.toml",
        "\"w3-nature-1\", \"w3-nature-2\", \"w3-nature-3\"",
        "\"w3-nature-1\", \"w3-nature-3\"",
    );
    edit(
        new.path(),
        "declaration.toml",
        "  { paragraph = \"hope\" },\n",
        "",
    );
    let new_dir = new.path().to_str().unwrap();
    let found = diff_json(&[OLD, new_dir]);
    let removed: Vec<(&str, &Value)> = found["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["kind"] == "removed")
        .map(|b| (b["id"].as_str().unwrap(), &b["old_at"]))
        .collect();
    assert_eq!(
        removed,
        [
            ("hope", &at("fixtures/shizuoka-2024/declaration.toml", 66)),
            (
                "w3-nature-2",
                &at("fixtures/shizuoka-2024/declaration.toml", 93)
            ),
        ]
    );
    assert_eq!(found["summary"]["removed"], 2);
    let out = single_redline(new_dir, "fr");
    let text = raw_text(&out.path().join("shizuoka-2024-redline.fr.pdf"));
    let s = |x: &str| x.to_owned();
    assert_in_order(
        &text,
        &[
            // Between the paragraphs that stood around it.
            s("ODD) définis par les Nations Unies"),
            s("suppression Dans un monde où la société se complexifie"),
            s("« l’avenir de notre ville est plein de promesses »."),
            // Between the bullets that stood around it, in the same list.
            s(
                "coexistent harmonieusement avec les besoins sociaux comme le développement urbain et le tourisme.",
            ),
            s("– suppression Promouvoir la végétalisation des villes"),
            s("réduire l’effet d’îlot de chaleur."),
            s("– Partager l’expérience acquise"),
        ],
    );
}

#[test]
fn sengens_own_wording_is_compared_only_when_asked() {
    let new = copy_fixture("shizuoka-2024");
    edit(
        new.path(),
        "declaration.toml",
        "date = 2024-11-21",
        "date = 2024-11-20",
    );
    let new_dir = new.path().to_str().unwrap();
    let found = diff_json(&[OLD, new_dir]);
    assert_eq!(found["facts"].as_array().unwrap().len(), 1);
    assert_eq!(found["facts"][0]["fact"], "adoption.date");
    assert_eq!(
        (&found["facts"][0]["old"], &found["facts"][0]["new"]),
        (&json!("2024-11-21"), &json!("2024-11-20"))
    );
    assert!(
        !found["blocks"]
            .as_array()
            .unwrap()
            .iter()
            .any(|b| b["id"] == "dateline")
    );
    let with_wording = diff_json(&[OLD, new_dir, "--wording"]);
    let datelines: Vec<(String, String)> = with_wording["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["id"] == "dateline")
        .map(|b| {
            let (changes, _, _) = marked(b);
            (
                b["lang"].as_str().unwrap().to_owned(),
                format!("{changes:?}"),
            )
        })
        .collect();
    assert_eq!(datelines.len(), 2, "{datelines:?}");
    assert!(
        datelines[0].1.contains("\"21\"") && datelines[0].1.contains("\"20\""),
        "{datelines:?}"
    );
}

#[test]
fn both_drafts_problems_are_reported_at_once() {
    let old = copy_fixture("shizuoka-2024");
    let new = copy_fixture("shizuoka-2024");
    edit(
        old.path(),
        "declaration.toml",
        "count = 35",
        "count = \"35\"",
    );
    edit(new.path(), "declaration.toml", "edition = 8", "edition = 0");
    let output = sengen(
        &root(),
        &[
            "diff",
            old.path().to_str().unwrap(),
            new.path().to_str().unwrap(),
        ],
    );
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(
        err.contains(&format!("{}/declaration.toml", old.path().display())),
        "{err}"
    );
    assert!(
        err.contains("error[S010]: the edition must be 1 or more"),
        "{err}"
    );
    assert!(err.contains("note: nothing was compared"), "{err}");
}

// ---- --since: a repository made here.

fn git(repo: &Path, args: &[&str]) {
    let output = Command::new("git")
        .args([
            "-c",
            "user.name=sengen tests",
            "-c",
            "user.email=tests@sengen.invalid",
        ])
        .args([
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .current_dir(repo)
        .output()
        .expect("git is installed");
    assert!(output.status.success(), "git {args:?}: {}", stderr(&output));
}

#[test]
fn since_compares_a_folder_with_its_past_in_git() {
    let repo = tempfile::tempdir().unwrap();
    let decl = repo.path().join("declarations").join("shizuoka");
    std::fs::create_dir_all(&decl).unwrap();
    for entry in std::fs::read_dir(fixture("shizuoka-2024")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, decl.join(path.file_name().unwrap())).unwrap();
    }
    git(repo.path(), &["init", "--quiet"]);
    git(repo.path(), &["add", "."]);
    git(repo.path(), &["commit", "--quiet", "-m", "as adopted"]);
    edit(&decl, "declaration.toml", "count = 35", "count = 34");
    edit(&decl, "fr.ftl", "a été publiée", "a été adoptée");
    git(repo.path(), &["commit", "--quiet", "-am", "second draft"]);

    // From inside the repository, with the folder's own path.
    let output = sengen(
        repo.path(),
        &[
            "diff",
            "declarations/shizuoka",
            "--since",
            "HEAD~1",
            "--format",
            "json",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let found: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(found["old"]["name"], "HEAD~1:declarations/shizuoka");
    assert_eq!(found["new"]["name"], "declarations/shizuoka");
    assert_eq!(
        found["facts"],
        json!([{
            "fact": "delegations.japan.count", "old": "35", "new": "34",
            "old_at": at("HEAD~1:declarations/shizuoka/declaration.toml", 33),
            "new_at": at("declarations/shizuoka/declaration.toml", 33),
        }])
    );
    let blocks = found["blocks"].as_array().unwrap();
    assert_eq!(blocks.len(), 1, "{blocks:#?}");
    assert_eq!(
        blocks[0]["old_at"],
        at("HEAD~1:declarations/shizuoka/fr.ftl", 35)
    );
    // Uncommitted edits count: the folder as it is now against HEAD.
    edit(&decl, "fr.ftl", "a été adoptée", "a été signée");
    let found = diff_json(&[decl.to_str().unwrap(), "--since", "HEAD"]);
    let (changes, _, _) = marked(&found["blocks"][0]);
    assert_eq!(
        changes,
        [
            ("deleted".to_owned(), "adoptée".to_owned()),
            ("inserted".to_owned(), "signée".to_owned())
        ]
    );
    // The copy of the past is gone once compared.
    let leftovers = std::fs::read_dir(std::env::temp_dir())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("sengen-revision-")
        })
        .count();
    // Other tests may run at the same time: this only catches a leak that piles up.
    assert!(leftovers < 4, "{leftovers} temporary copies left");

    // A revision git does not know, and one that is an option.
    for (rev, message) in [
        (
            "no-such-branch",
            "error[C009]: --since no-such-branch: `no-such-branch` is not a commit of this repository",
        ),
        (
            "--output=/tmp/x",
            "error[C009]: --since --output=/tmp/x: `--output=/tmp/x` is not a revision name",
        ),
    ] {
        let output = sengen(
            repo.path(),
            &["diff", "declarations/shizuoka", &format!("--since={rev}")],
        );
        assert_eq!(output.status.code(), Some(1), "{rev}: {}", stderr(&output));
        assert!(
            stderr(&output).contains(message),
            "{rev}: {}",
            stderr(&output)
        );
    }
    // A folder the revision did not have.
    std::fs::create_dir_all(repo.path().join("new-one")).unwrap();
    std::fs::copy(
        decl.join("declaration.toml"),
        repo.path().join("new-one/declaration.toml"),
    )
    .unwrap();
    let output = sengen(repo.path(), &["diff", "new-one", "--since", "HEAD"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("error[C009]: new-one did not exist at HEAD"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn since_outside_a_repository_is_a_clear_error() {
    let dir = copy_fixture("shizuoka-2024");
    let output = sengen(dir.path(), &["diff", ".", "--since", "HEAD~1"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(
        err.contains(
            "error[C008]: . is not inside a git repository: --since has no history to compare with"
        ),
        "{err}"
    );
    assert!(err.contains("sengen diff OLD-FOLDER NEW-FOLDER"), "{err}");
}

#[test]
fn a_removed_section_stands_whole_where_it_was() {
    let new = copy_fixture("shizuoka-2024");
    let toml = std::fs::read_to_string(new.path().join("declaration.toml")).unwrap();
    let (start, end) = (
        toml.find("  { section = \"workshop-3\" },").unwrap(),
        toml.find("  { section = \"conclusion\" },").unwrap(),
    );
    std::fs::write(
        new.path().join("declaration.toml"),
        format!("{}{}", &toml[..start], &toml[end..]),
    )
    .unwrap();
    let new_dir = new.path().to_str().unwrap();
    let found = diff_json(&[OLD, new_dir]);
    let removed: Vec<&str> = found["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["kind"] == "removed")
        .map(|b| b["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        removed,
        [
            "workshop-3",
            "w3-nature",
            "w3-nature-1",
            "w3-nature-2",
            "w3-nature-3",
            "w3-decarbonisation",
            "w3-decarbonisation-1",
            "w3-decarbonisation-2",
            "w3-circular",
            "w3-circular-1",
            "w3-circular-2"
        ]
    );
    let out = single_redline(new_dir, "ja");
    let s = |x: &str| x.to_owned();
    assert_in_order(
        &raw_text(&out.path().join("shizuoka-2024-redline.ja.pdf")),
        &[
            s("強靱な社会の構築"),
            s("削除 ③"),
            s("削除 自然と調和した都市環境の整備"),
            s("削除 自然と都市機能"),
            s("削除 循環型社会の確立"),
            s("削除 学校給食への有機農産物の提供"),
            s("結び"),
        ],
    );
}

#[test]
fn no_draft_can_override_a_redlines_wording() {
    // A draft that would blank the watermark of its redlines is refused.
    let dir = copy_fixture("shizuoka-2024");
    let ftl = std::fs::read_to_string(dir.path().join("fr.ftl")).unwrap();
    std::fs::write(
        dir.path().join("fr.ftl"),
        format!("{ftl}\nsengen-comparison-watermark = {{\"\"}}\n"),
    )
    .unwrap();
    let output = sengen(dir.path(), &["check", "."]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).contains(
            "error[F007]: sengen's wording has no message `comparison-watermark` to override"
        ),
        "{}",
        stderr(&output)
    );
}

#[test]
fn hostile_text_in_a_draft_is_printed_and_set_literally() {
    let new = copy_fixture("shizuoka-2024");
    edit(
        new.path(),
        "fr.ftl",
        "a été publiée",
        "a été #read(\"/etc/passwd\") *gras* ];",
    );
    let new_dir = new.path().to_str().unwrap();
    let output = sengen(&root(), &["diff", OLD, new_dir]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.contains("a été [-publiée-]{+#read(\"/etc/passwd\") *gras* ];+}"),
        "{text}"
    );
    let out = single_redline(new_dir, "fr");
    let pdf = raw_text(&out.path().join("shizuoka-2024-redline.fr.pdf"));
    assert!(
        squash(&pdf).contains(&squash(
            "a été suppression publiée ajout #read(\"/etc/passwd\") *gras* ];"
        )),
        "{pdf}"
    );
    // A terminal escape is no text of a declaration: the draft is refused, nothing printed.
    edit(new.path(), "fr.ftl", "*gras*", "\u{1b}[2J");
    let output = sengen(&root(), &["diff", OLD, new_dir]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("error[G001]: U+001B cannot be drawn"),
        "{}",
        stderr(&output)
    );
    assert!(!stdout(&output).contains('\u{1b}'));
    // Quoted in the diagnostic, the escape is shown as a picture, not sent.
    assert!(
        !stderr(&output).contains('\u{1b}') && stderr(&output).contains("␛[2J"),
        "{}",
        stderr(&output)
    );
}
