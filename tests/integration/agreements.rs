//! Texts that are not a meeting's declaration: a sister-city agreement of
//! two parties and a friendship pact of three (invented fixtures), signed
//! under the dateline, each party first in its own language's copy, with a
//! formal dateline of the declaration's own wording; and `sengen new`.

use crate::util::*;

#[test]
fn both_agreements_check_clean_and_build_signing_ready_pdfs() {
    for name in ["midorikawa-ashford-bay", "belmont-kitahama-pact"] {
        let dir = fixture(name);
        let check = sengen(&dir, &["check", ".", "--deny", "warnings"]);
        assert!(check.status.success(), "{name}: {}", stderr(&check));
        let (out, _) = build(&dir, &[]);
        let pdfs = file_names(out.path());
        assert_eq!(pdfs.len(), 3, "{pdfs:?}");
        for pdf in pdfs {
            let pdf = out.path().join(pdf);
            qpdf_check(&pdf);
            assert_eq!(
                page_count(&pdf),
                1,
                "{}: text and signatures on one page",
                pdf.display()
            );
            assert!(fonts(&pdf).iter().all(|(_, embedded)| *embedded));
        }
    }
}

#[test]
fn the_agreements_signatures_stand_side_by_side_under_its_dateline_in_each_languages_order() {
    let (out, output) = build(&fixture("midorikawa-ashford-bay"), &[]);
    // One page, and the report says so in the singular.
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(
        report.contains("midorikawa-ashford-bay.en.pdf (1 page, "),
        "{report}"
    );
    // In English, Ashford Bay signs first (left); in Japanese, Midorikawa.
    for (lang, dateline, first, second) in [
        ("en", "Signed", "Ellis", "YAMADA"),
        ("ja", "日本語及び英語", "山田", "Jordan"),
    ] {
        let pdf = out
            .path()
            .join(format!("midorikawa-ashford-bay.{lang}.pdf"));
        let words = words(&pdf);
        let (dateline, first, second) = (
            word(&words, dateline),
            word(&words, first),
            word(&words, second),
        );
        assert_eq!(
            (first.page, second.page),
            (dateline.page, dateline.page),
            "{lang}: on the dateline's page"
        );
        assert!(first.y > dateline.y, "{lang}: under the dateline");
        assert!(
            (first.y - second.y).abs() < 3.0,
            "{lang}: side by side: {first:?} {second:?}"
        );
        assert!(
            first.x < second.x,
            "{lang}: {} before {}",
            first.text,
            second.text
        );
        // One signatory per party: no numbers.
        let text = body_text(&pdf);
        assert!(!text.contains("No. 1") && !text.contains("n° 1"), "{text}");
    }
    let text = body_text(&out.path().join("midorikawa-ashford-bay.ja.pdf"));
    assert!(
        squash(&text).contains("令和7年5月12日、緑川市において署名した。"),
        "the era year: {text}"
    );
    let text = body_text(&out.path().join("midorikawa-ashford-bay.en.pdf"));
    assert!(
        squash(&text).contains(&squash(
            "Signed at Midorikawa City on the 12th day of May, two thousand and twenty-five."
        )),
        "the declaration's own dateline, with the date in words: {text}"
    );
}

#[test]
fn three_parties_sign_three_abreast_the_host_of_each_copy_first() {
    let (out, _) = build(&fixture("belmont-kitahama-pact"), &[]);
    for (lang, order) in [
        ("fr", ["MARTIN", "LEROY", "SATO"]),
        ("ja", ["佐藤", "Claire", "Paul"]),
    ] {
        let words = words(&out.path().join(format!("belmont-kitahama-pact.{lang}.pdf")));
        let placed: Vec<Word> = order.iter().map(|w| word(&words, w)).collect();
        assert!(
            placed.windows(2).all(|p| p[0].x < p[1].x),
            "{lang}: {placed:?}"
        );
        assert!(
            placed.iter().all(|w| (w.y - placed[0].y).abs() < 20.0),
            "{lang}: one row"
        );
    }
    let text = body_text(&out.path().join("belmont-kitahama-pact.fr.pdf"));
    assert!(squash(&text).contains(&squash(
        "Fait à Belmont-sur-Loire, le 19 septembre 2026, en trois exemplaires originaux"
    )));
    // The bilingual copy has one shared order, its left language's.
    let words = words(&out.path().join("belmont-kitahama-pact.fr-ja.pdf"));
    assert!(word(&words, "MARTIN").x < word(&words, "佐藤").x);
}

#[test]
fn overriding_the_dateline_changes_the_pdf_and_the_fingerprint() {
    let dir = copy_fixture("lyon-2030");
    let before = fingerprint(dir.path());
    let (out, _) = build(dir.path(), &[]);
    let text = body_text(&out.path().join("lyon-2030.fr.pdf"));
    assert!(squash(&text).contains(&squash("Fait à Lyon, le 4 octobre 2030")));
    let mut ftl = std::fs::read_to_string(dir.path().join("fr.ftl")).unwrap();
    ftl.push_str("sengen-dateline = Fait à { $place }, le { $day-words } { $month } { $year-words } ({ $year }).\n");
    std::fs::write(dir.path().join("fr.ftl"), ftl).unwrap();
    assert_ne!(fingerprint(dir.path()), before);
    let (out, _) = build(dir.path(), &[]);
    let text = body_text(&out.path().join("lyon-2030.fr.pdf"));
    assert!(
        squash(&text).contains(&squash(
            "Fait à Lyon, le quatre octobre deux mille trente (2030)."
        )),
        "{text}"
    );
    assert!(!squash(&text).contains(&squash("Fait à Lyon, le 4 octobre 2030")));
}

#[test]
fn a_new_declaration_builds_at_once() {
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("lyon-2031");
    let output = sengen(
        parent.path(),
        &["new", "lyon-2031", "--lang", "fr", "--lang", "ja"],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(file_names(&dir), ["declaration.toml", "fr.ftl", "ja.ftl"]);
    let check = sengen(&dir, &["check", ".", "--deny", "warnings"]);
    assert!(check.status.success(), "{}", stderr(&check));
    let (out, _) = build(&dir, &[]);
    assert_eq!(
        file_names(out.path()),
        [
            "lyon-2031.fr-ja.pdf",
            "lyon-2031.fr.pdf",
            "lyon-2031.ja.pdf"
        ]
    );
    // Never over an existing declaration.
    let again = sengen(parent.path(), &["new", "lyon-2031", "--lang", "fr"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).contains("error[C007]"), "{}", stderr(&again));
    let unknown = sengen(parent.path(), &["new", "other", "--lang", "ko"]);
    assert_eq!(unknown.status.code(), Some(1));
    assert!(stderr(&unknown).contains("sengen has no example text in `ko`"));
    assert!(!parent.path().join("other").exists(), "nothing written");
}

#[test]
fn the_next_edition_starts_from_the_last_and_asks_for_exactly_the_new_facts() {
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("cannes-2026");
    let output = sengen(
        &root(),
        &[
            "new",
            dir.to_str().unwrap(),
            "--from",
            "fixtures/shizuoka-2024",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    for text in ["fr.ftl", "ja.ftl"] {
        assert_eq!(
            std::fs::read(dir.join(text)).unwrap(),
            std::fs::read(fixture("shizuoka-2024").join(text)).unwrap(),
            "{text} copied as it is"
        );
    }
    let check = sengen(&dir, &["check", "."]);
    assert_eq!(check.status.code(), Some(1));
    let errors: Vec<String> = stderr(&check)
        .lines()
        .filter(|l| l.starts_with("error["))
        .map(str::to_owned)
        .collect();
    assert_eq!(
        errors,
        [
            "error[S029]: the meeting's first day is not given (`meeting.opens`)",
            "error[S029]: the meeting's last day is not given (`meeting.closes`)",
            "error[S029]: the day of adoption (or signature) is not given (`adoption.date`)",
            "error[S029]: the place of adoption (or signature) is not given (`adoption.place`)",
            "error[S027]: the delegation `japan` has neither a count nor members",
            "error[S027]: the delegation `france` has neither a count nor members",
        ]
    );
    // The secretariat fills them in.
    edit(
        &dir,
        "declaration.toml",
        "edition = 9\n",
        "edition = 9\nopens = 2026-10-13\ncloses = 2026-10-16\n",
    );
    edit(
        &dir,
        "declaration.toml",
        "[adoption]\n",
        "[adoption]\ndate = 2026-10-16\nplace = \"adoption-place\"\n",
    );
    edit(
        &dir,
        "declaration.toml",
        "id = \"japan\"\n",
        "id = \"japan\"\ncount = 30\n",
    );
    edit(
        &dir,
        "declaration.toml",
        "id = \"france\"\n",
        "id = \"france\"\ncount = 24\n",
    );
    let (out, _) = build(&dir, &["--lang", "fr"]);
    let text = squash(&body_text(&out.path().join("cannes-2026.fr.pdf")));
    assert!(
        text.contains(&squash("pour les 9e Rencontres franco-japonaises")),
        "{text}"
    );
    assert!(
        text.contains(&squash("Durant les 8e Rencontres")),
        "the previous edition: {text}"
    );
    assert!(
        text.contains(&squash("de 30 collectivités locales japonaises")),
        "{text}"
    );
    // Every translation is to be reviewed again.
    let status = String::from_utf8_lossy(&sengen(&dir, &["translations", "."]).stdout).into_owned();
    assert!(
        status.starts_with("ja (from fr): 0 current, 0 stale, "),
        "{status}"
    );
}
