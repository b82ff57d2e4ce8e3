//! The bilingual PDF: French and Japanese side by side, each block starting
//! level with its counterpart (measured from Typst's layout, not by eye), both
//! titles heading every page after the first; or the two texts in full, one
//! after the other.

use std::collections::BTreeMap;

use crate::util::*;
use sengen::diagnostic::Sources;
use sengen::fingerprint::Fingerprint;
use sengen::render::{Layout, Renderer};

/// Typesets the side-by-side layout of a declaration and returns, per row,
/// where its left and right blocks start: (page, y in points).
fn row_starts(dir: &std::path::Path) -> BTreeMap<usize, [Option<(usize, f64)>; 2]> {
    let mut sources = Sources::default();
    let localized = sengen::pipeline::prepare(dir, &mut sources)
        .unwrap_or_else(|_| panic!("{} checks", dir.display()))
        .localized;
    let (left, right) = localized.bilingual.expect("a bilingual declaration");
    let rendered = Renderer::new()
        .unwrap()
        .render(
            &localized,
            Layout::Columns(left, right),
            &Fingerprint::of(&[]),
            &[],
        )
        .unwrap();
    let typeset = sengen::typeset::Typesetter::new()
        .typeset(&rendered, None)
        .unwrap_or_else(|_| panic!("typesets"));
    let mut rows: BTreeMap<usize, [Option<(usize, f64)>; 2]> = BTreeMap::new();
    for anchor in typeset.anchors {
        let Some(rest) = anchor.label.strip_prefix("sengen-row-") else {
            continue;
        };
        let (index, side) = rest.rsplit_once('-').expect("sengen-row-<n>-<side>");
        let slot = if side == "left" { 0 } else { 1 };
        rows.entry(index.parse().unwrap()).or_default()[slot] = Some((anchor.page, anchor.y));
    }
    rows
}

#[test]
fn every_block_starts_level_with_its_counterpart() {
    let rows = row_starts(&fixture("shizuoka-2024"));
    // Preamble, title block, 14 paragraphs, 13 headings, 19 items, 2 paragraphs,
    // 4 commitments, the closing paragraph and the dateline.
    assert_eq!(rows.len(), 56, "one row per block");
    let mut pages = std::collections::BTreeSet::new();
    for (index, [left, right]) in &rows {
        let (left, right) = (left.expect("left anchor"), right.expect("right anchor"));
        assert_eq!(
            left.0, right.0,
            "row {index} starts on pages {} and {}",
            left.0, right.0
        );
        assert!(
            (left.1 - right.1).abs() <= 1.0,
            "row {index}: left at {:.2} pt, right at {:.2} pt",
            left.1,
            right.1
        );
        pages.insert(left.0);
    }
    assert!(
        pages.len() > 3,
        "the rows run over several pages: {pages:?}"
    );
    let worst = rows
        .values()
        .map(|[l, r]| (l.unwrap().1 - r.unwrap().1).abs())
        .fold(0.0, f64::max);
    eprintln!(
        "{} rows over {} pages; largest difference in height: {worst:.3} pt",
        rows.len(),
        pages.len()
    );
    // Rows follow each other down the pages.
    let starts: Vec<(usize, f64)> = rows.values().map(|[l, _]| l.unwrap()).collect();
    assert!(
        starts
            .windows(2)
            .all(|w| w[0].0 < w[1].0 || (w[0].0 == w[1].0 && w[0].1 < w[1].1)),
        "{starts:?}"
    );
}

#[test]
fn the_japanese_and_english_forum_aligns_too() {
    let rows = row_starts(&fixture("forum-2027"));
    assert!(rows.len() >= 10);
    for (index, [left, right]) in &rows {
        let (left, right) = (left.unwrap(), right.unwrap());
        assert!(
            left.0 == right.0 && (left.1 - right.1).abs() <= 1.0,
            "row {index}: {left:?} vs {right:?}"
        );
    }
}

#[test]
fn french_left_japanese_right_with_both_titles_on_every_page() {
    let (out, _) = build(&fixture("shizuoka-2024"), &["--layout", "columns"]);
    let pdf = out.path().join("shizuoka-2024.fr-ja.pdf");
    assert_eq!(
        file_names(out.path()),
        ["shizuoka-2024.fr-ja.pdf"],
        "--layout columns builds only the bilingual PDF"
    );
    let right = squash(&right_half_text(&pdf));
    assert!(
        right.contains(&squash("静岡宣言")) && !right.contains("Déclaration"),
        "Japanese on the right"
    );
    let pages = page_count(&pdf);
    for page in 2..=pages {
        let head = squash(&header_text(&pdf, page));
        assert!(
            head.contains(&squash("Déclaration de Shizuoka")) && head.contains("静岡宣言"),
            "page {page}: {head}"
        );
        assert!(
            head.contains("仮訳"),
            "the provisional column says so on page {page}"
        );
        let short = &fingerprint(&fixture("shizuoka-2024"))[..12];
        assert_eq!(
            footer_text(&pdf, page),
            format!("{page}/{pages} SHA-256 {short}")
        );
    }
}

#[test]
fn the_pair_and_its_order_come_from_the_data() {
    let dir = copy_fixture("shizuoka-2024");
    let path = dir.path().join("declaration.toml");
    let toml = std::fs::read_to_string(&path)
        .unwrap()
        .replace(r#"pair = ["fr", "ja"]"#, r#"pair = ["ja", "fr"]"#);
    std::fs::write(&path, toml).unwrap();
    let (out, _) = build(dir.path(), &["--layout", "columns"]);
    let pdf = out.path().join("shizuoka-2024.ja-fr.pdf");
    let right = squash(&right_half_text(&pdf));
    assert!(
        right.contains(&squash("Déclaration de Shizuoka")) && !right.contains("静岡宣言"),
        "French on the right"
    );
}

#[test]
fn sequential_layout_gives_each_text_in_full() {
    let (out, _) = build(&fixture("shizuoka-2024"), &["--layout", "sequential"]);
    let pdf = out.path().join("shizuoka-2024.fr-ja.pdf");
    let text = body_text(&pdf);
    let squashed = squash(&text);
    let french_end = squashed
        .find(&squash("Fait à Shizuoka, le 21 novembre 2024"))
        .expect("the French dateline");
    let japanese_title = squashed.find("静岡宣言").expect("the Japanese title");
    assert!(
        french_end < japanese_title,
        "the whole French text comes first"
    );
    assert!(
        squashed.rfind(&squash("2024年11月21日静岡市にて")) > Some(japanese_title),
        "then the whole Japanese text"
    );
}

#[test]
fn both_bilingual_layouts_at_once_is_an_error() {
    let output = sengen(
        &root(),
        &[
            "build",
            "fixtures/shizuoka-2024",
            "--layout",
            "columns",
            "--layout",
            "sequential",
        ],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("C002"));
    let output = sengen(
        &root(),
        &["build", "fixtures/lyon-2030", "--layout", "columns"],
    );
    assert_eq!(
        output.status.code(),
        Some(1),
        "a French-only declaration has no bilingual edition"
    );
}
