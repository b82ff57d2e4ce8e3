//! The Shizuoka declaration, end to end: the real binary builds the fixture
//! and the French PDF holds the adopted text, every block in the seed's
//! order, with its facts taken from the data.

use std::path::PathBuf;

use crate::util::*;

/// The adopted text as the organisers published it: the project's seed
/// (`000_08bef9b35709208c.txt`), committed as a test input so that a clone
/// with nothing beside it passes every test.
fn seed_path() -> PathBuf {
    fixture("seeds/shizuoka-2024.txt")
}

/// The seed's blocks (paragraphs, headings, bullets, commitments) in order,
/// with its Markdown-ish markup removed: `#`, `*`, `- `, `1. `, `<sup>`.
fn seed_blocks() -> Vec<String> {
    let seed =
        std::fs::read_to_string(seed_path()).expect("fixtures/seeds holds the Shizuoka seed");
    seed.split("\n\n")
        .flat_map(|chunk| chunk.lines().map(str::to_owned).collect::<Vec<_>>())
        .map(|line| {
            let line = line.trim().trim_start_matches('#').trim();
            let line = line.strip_prefix("- ").unwrap_or(line);
            let line = match line.split_once(". ") {
                Some((n, rest)) if n.len() == 1 && n.chars().all(|c| c.is_ascii_digit()) => rest,
                _ => line,
            };
            line.trim_matches('*')
                .replace("<sup>", "")
                .replace("</sup>", "")
        })
        .filter(|line| !line.is_empty())
        .collect()
}

fn build_french() -> (tempfile::TempDir, PathBuf) {
    let (out, _) = build(&fixture("shizuoka-2024"), &["--lang", "fr"]);
    let pdf = out.path().join("shizuoka-2024.fr.pdf");
    assert!(
        pdf.is_file(),
        "the French PDF is named after the declaration id"
    );
    (out, pdf)
}

#[test]
fn french_pdf_holds_every_block_of_the_seed_in_order() {
    let blocks = seed_blocks();
    assert!(
        blocks.len() > 50,
        "the seed was read: {} blocks",
        blocks.len()
    );
    let (_out, pdf) = build_french();
    let text = body_text(&pdf);
    assert_in_order(&text, &blocks);
    // The check can fail: the same blocks out of order, or one word changed, are not found.
    let swapped: Vec<String> = blocks.iter().rev().take(2).cloned().collect();
    assert!(find_in_order(&text, &swapped).is_err());
    assert!(find_in_order(&text, &[blocks[5].replace("Rencontres", "Rencontre")]).is_err());
}

#[test]
fn french_pdf_keeps_the_adopted_typos() {
    let (_out, pdf) = build_french();
    let text = squash(&body_text(&pdf));
    assert!(
        text.contains(&squash("Incrire l'agriculture")),
        "« Incrire » is the adopted wording"
    );
    assert!(text.contains(&squash("ils ont partagés leurs initiatives")));
}

#[test]
fn the_dateline_stands_above_the_signatures_and_the_fingerprint_ends_the_pdf() {
    let (_out, pdf) = build_french();
    let text = body_text(&pdf);
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let full = fingerprint(&fixture("shizuoka-2024"));
    assert_in_order(
        &text,
        &[
            "nous y revoir.".into(),
            "Fait à Shizuoka, le 21 novembre 2024".into(),
            "Signatures".into(),
            "n° 1".into(),
        ],
    );
    assert_eq!(
        squash(lines[lines.len() - 1]),
        squash(&format!("Empreinte SHA-256 des sources : {full}"))
    );
}

#[test]
fn french_pdf_numbers_its_pages_n_of_total() {
    let (_out, pdf) = build_french();
    let pages = page_count(&pdf);
    assert!((3..=12).contains(&pages), "{pages} pages");
    for page in 1..=pages {
        let short = &fingerprint(&fixture("shizuoka-2024"))[..12];
        assert_eq!(
            footer_text(&pdf, page),
            format!("{page}/{pages} SHA-256 {short}")
        );
    }
}

#[test]
fn french_pdf_embeds_every_font() {
    let (_out, pdf) = build_french();
    let fonts = fonts(&pdf);
    assert!(!fonts.is_empty());
    for (name, embedded) in &fonts {
        assert!(embedded, "{name} is not embedded");
        // Libertinus sets the text; BIZ UD the Japanese host's name (難波 喬司) on the signature page.
        assert!(
            name.contains("Libertinus") || name.contains("BIZUD"),
            "unexpected font {name}"
        );
    }
}

#[test]
fn french_pdf_states_title_and_language() {
    let (_out, pdf) = build_french();
    assert_eq!(info_field(&pdf, "Title"), "Déclaration de Shizuoka");
    assert_eq!(info_field(&pdf, "Page size"), "595.276 x 841.89 pts (A4)");
    assert!(
        uncompressed(&pdf).contains("/Lang (fr)"),
        "the catalog states the language"
    );
}

#[test]
fn ordinals_are_typeset_as_superscripts() {
    let (out, _) = build(
        &fixture("shizuoka-2024"),
        &["--lang", "fr", "--emit", "typst"],
    );
    let source = std::fs::read_to_string(out.path().join("shizuoka-2024.fr.typ"))
        .expect("--emit typst writes the source");
    assert!(
        source.contains("8#super[e]; Rencontres franco-japonaises"),
        "the edition line"
    );
    assert!(
        source.contains("1#super[ères]; Rencontres"),
        "the adopted « 1ères »"
    );
}

#[test]
fn build_writes_nothing_but_the_outputs() {
    let (out, stdout) = build(&fixture("shizuoka-2024"), &[]);
    assert_eq!(
        file_names(out.path()),
        [
            "shizuoka-2024.fr-ja.pdf",
            "shizuoka-2024.fr.pdf",
            "shizuoka-2024.ja.pdf"
        ],
        "one PDF per language and the bilingual one, no temporary file left behind"
    );
    let stderr = String::from_utf8_lossy(&stdout.stderr);
    assert!(!stderr.contains("error"), "{stderr}");
}
