//! Facts are data: counts, edition and dates in the PDF come from
//! declaration.toml, not from the prose. Change them in a copy of the fixture
//! and the PDF follows.

use crate::util::*;

#[test]
fn counts_edition_and_dates_follow_the_data() {
    let dir = copy_fixture("shizuoka-2024");
    let toml_path = dir.path().join("declaration.toml");
    let toml = std::fs::read_to_string(&toml_path).unwrap();
    let edited = toml
        .replace("edition = 8", "edition = 12")
        .replace("count = 35", "count = 41")
        .replace("count = 19", "count = 23")
        .replace("opens = 2024-11-18", "opens = 2030-09-29")
        .replace("closes = 2024-11-21", "closes = 2030-10-02")
        .replace("date = 2024-11-21", "date = 2030-10-02");
    assert_ne!(toml, edited);
    std::fs::write(&toml_path, edited).unwrap();

    let (out, _) = build(dir.path(), &[]);
    let text = body_text(&out.path().join("shizuoka-2024.fr.pdf"));
    assert_in_order(
        &text,
        &[
            "Nous, représentants et représentantes de 41 collectivités locales japonaises et de 23 collectivités locales françaises, réunis à Shizuoka au Japon du 29 septembre au 2 octobre 2030 pour les 12e Rencontres".into(),
            "12e Rencontres franco-japonaises de la coopération décentralisée".into(),
            "Ville de Shizuoka – Japon, Le 2 octobre 2030".into(),
            "Cette année, les 12e Rencontres se sont déroulées".into(),
            "Durant les 11e Rencontres d'Aix-en-Provence".into(),
            "nous nous engageons à organiser les 13e Rencontres".into(),
            "Fait à Shizuoka, le 2 octobre 2030".into(),
        ],
    );
    let squashed = squash(&text);
    for stale in [
        "35collectivités",
        "19collectivités",
        "8eRencontres",
        "21novembre2024",
    ] {
        assert!(!squashed.contains(stale), "{stale} is still in the PDF");
    }
}

#[test]
fn a_first_edition_is_written_1res() {
    let dir = copy_fixture("lyon-2030");
    let toml_path = dir.path().join("declaration.toml");
    let toml = std::fs::read_to_string(&toml_path)
        .unwrap()
        .replace("edition = 12", "edition = 1");
    std::fs::write(&toml_path, toml).unwrap();
    let (out, _) = build(dir.path(), &["--emit", "typst"]);
    let source = std::fs::read_to_string(out.path().join("lyon-2030.fr.typ")).unwrap();
    assert!(
        source.contains("1#super[res]; Rencontres"),
        "feminine plural: les 1res Rencontres"
    );
}
