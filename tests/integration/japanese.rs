//! The Japanese edition of the Shizuoka declaration: every message, in order,
//! the organisers' official titles verbatim, fonts embedded, line breaks that
//! respect kinsoku, dates from the data, and the label of a provisional
//! translation.

use std::path::PathBuf;

use crate::util::*;
use sengen::diagnostic::Sources;
use sengen::localize::Text;

fn build_all() -> (tempfile::TempDir, PathBuf) {
    let (out, _) = build(&fixture("shizuoka-2024"), &[]);
    let ja = out.path().join("shizuoka-2024.ja.pdf");
    (out, ja)
}

/// Every printed message of an edition, in reading order, then the dateline.
fn resolved_messages(dir: &std::path::Path, lang: &str) -> Vec<String> {
    let mut sources = Sources::default();
    let localized = sengen::pipeline::prepare(dir, &mut sources)
        .unwrap_or_else(|_| panic!("{} checks", dir.display()))
        .localized;
    let edition = localized
        .editions
        .iter()
        .find(|e| e.lang == lang)
        .expect("the language");
    let mut texts = Vec::new();
    edition.document.map(&mut |t: &Text| texts.push(t.plain()));
    // The author is the PDF's metadata, not printed text.
    if let Some(author) = &edition.document.author {
        texts.retain(|t| *t != author.plain());
    }
    texts.push(edition.dateline.plain());
    texts
}

#[test]
fn japanese_pdf_holds_every_message_of_ja_ftl_in_order() {
    let messages = resolved_messages(&fixture("shizuoka-2024"), "ja");
    assert!(messages.len() > 50, "{} messages", messages.len());
    let (_out, ja) = build_all();
    assert_in_order(&body_text(&ja), &messages);
}

#[test]
fn official_japanese_wording_is_verbatim() {
    let (_out, ja) = build_all();
    let text = squash(&body_text(&ja));
    // From the organisers' published pages (shared/reference/shizuoka-2024-facts.md).
    for official in [
        "第8回日仏自治体交流会議",
        "「日仏自治体のパートナーシップが世界にもたらす新しい価値」",
        "「社会の大きな力をつなぎ、新たな価値の共創へ」",
        "①経済「成熟社会における都市の価値と持続可能な経営」",
        "②社会「全ての人の参画と連帯」",
        "③環境「脱炭素社会の実現と魅力ある地域づくり」",
        "ナンシー市",
        "金沢市、シャルトル市、高松市、トゥール市、熊本市、エクサンプロヴァンス市",
        "静岡市",
        "カンヌ市",
    ] {
        assert!(
            text.contains(&squash(official)),
            "missing official wording {official}"
        );
    }
}

#[test]
fn japanese_dates_and_ordinals_come_from_the_data() {
    let (_out, ja) = build_all();
    let text = squash(&body_text(&ja));
    for expected in [
        "2024年11月18日〜21日",
        "日本国静岡市、2024年11月21日",
        "2024年11月21日静岡市にて",
        "第9回日仏自治体交流会議",
    ] {
        assert!(text.contains(&squash(expected)), "missing {expected}");
    }
}

#[test]
fn era_dates_on_request_with_gannen_for_a_first_year() {
    let dir = copy_fixture("shizuoka-2024");
    let path = dir.path().join("declaration.toml");
    let toml = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("{toml}\n[calendar]\nja = \"japanese\"\n")).unwrap();
    let (out, _) = build(dir.path(), &["--lang", "ja"]);
    let text = squash(&body_text(&out.path().join("shizuoka-2024.ja.pdf")));
    assert!(text.contains("令和6年11月18日〜21日"), "{text}");
    assert!(text.contains("令和6年11月21日静岡市にて"));

    let reiwa_one = toml
        .replace("opens = 2024-11-18", "opens = 2019-05-01")
        .replace("closes = 2024-11-21", "closes = 2019-05-03")
        .replace("date = 2024-11-21", "date = 2019-05-03");
    std::fs::write(
        &path,
        format!("{reiwa_one}\n[calendar]\nja = \"japanese\"\n"),
    )
    .unwrap();
    let (out, _) = build(dir.path(), &["--lang", "ja"]);
    let text = squash(&body_text(&out.path().join("shizuoka-2024.ja.pdf")));
    assert!(text.contains("令和元年5月1日〜3日"), "{text}");
}

#[test]
fn wrapped_japanese_lines_join_without_a_space() {
    let (out, _) = build(
        &fixture("shizuoka-2024"),
        &["--lang", "ja", "--emit", "typst"],
    );
    let source = std::fs::read_to_string(out.path().join("shizuoka-2024.ja.typ")).unwrap();
    // ja.ftl wraps « …一層強固にしたので / ある。» over two lines.
    assert!(
        source.contains("一層強固にしたのである。"),
        "a space was left where the lines were joined"
    );
}

#[test]
fn every_font_of_the_japanese_pdfs_is_embedded() {
    let (out, ja) = build_all();
    for pdf in [ja, out.path().join("shizuoka-2024.fr-ja.pdf")] {
        let fonts = fonts(&pdf);
        for (name, embedded) in &fonts {
            assert!(embedded, "{name} is not embedded in {}", pdf.display());
        }
        for family in [
            "BIZUDMincho-Regular",
            "BIZUDGothic-Bold",
            "LibertinusSerif-Regular",
        ] {
            assert!(
                fonts.iter().any(|(n, _)| n.contains(family)),
                "{family} not used in {}",
                pdf.display()
            );
        }
    }
}

/// Characters that may not start a line, and that may not end one (JIS X 4051 kinsoku).
const NO_LINE_START: &str = "、。，．）」』】〕・ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ";
const NO_LINE_END: &str = "（「『【〔";

fn kinsoku_violations(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|line| {
            line.chars()
                .next()
                .is_some_and(|c| NO_LINE_START.contains(c))
                || line.chars().last().is_some_and(|c| NO_LINE_END.contains(c))
        })
        .map(str::to_owned)
        .collect()
}

#[test]
fn no_japanese_line_breaks_against_kinsoku() {
    let (out, ja) = build_all();
    let text = body_text(&ja);
    assert!(text.lines().count() > 80, "the text was extracted");
    let bad = kinsoku_violations(&text);
    assert!(
        bad.is_empty(),
        "lines breaking kinsoku rules:\n{}",
        bad.join("\n")
    );
    // The Japanese column of the bilingual PDF is narrower: more line breaks to get right.
    let columns = right_half_text(&out.path().join("shizuoka-2024.fr-ja.pdf"));
    let bad = kinsoku_violations(&columns);
    assert!(
        bad.is_empty(),
        "bilingual column lines breaking kinsoku rules:\n{}",
        bad.join("\n")
    );
    // And the check itself catches a violation.
    assert_eq!(kinsoku_violations("ある\n。次\n「\n"), ["。次", "「"]);
}

#[test]
fn the_japanese_pdf_says_it_is_a_provisional_translation() {
    let (out, ja) = build_all();
    let pages = page_count(&ja);
    for page in 1..=pages {
        let head = header_text(&ja, page);
        assert!(
            head.contains("仮訳"),
            "page {page} has no 仮訳 label: {head:?}"
        );
    }
    assert!(
        squash(&body_text(&ja))
            .contains("本書は仮訳であり、フランス語による本文のみを正文とする。")
    );
    let fr = body_text(&out.path().join("shizuoka-2024.fr.pdf"));
    assert!(
        !fr.contains("provisoire") && !fr.contains("仮訳"),
        "the French text is authentic"
    );
}

#[test]
fn a_declaration_in_japanese_and_english_needs_no_code_change() {
    let dir = adopted_copy("forum-2027");
    let (out, _) = build(dir.path(), &[]);
    let en = body_text(&out.path().join("forum-2027.en.pdf"));
    let ja = body_text(&out.path().join("forum-2027.ja.pdf"));
    assert_in_order(&en, &resolved_messages(&fixture("forum-2027"), "en"));
    assert_in_order(&ja, &resolved_messages(&fixture("forum-2027"), "ja"));
    assert!(squash(&en).contains(&squash("3rd Japan–UK Local Government Forum")));
    assert!(squash(&en).contains(&squash("Done at Kanazawa on May 13, 2027")));
    assert!(
        squash(&ja).contains("令和9年5月12日〜13日"),
        "the data asks for era dates in Japanese"
    );
    assert!(out.path().join("forum-2027.ja-en.pdf").is_file());
}
