//! The signature pages: a numbered block per signatory, grouped by
//! delegation in the data's order, never split across pages, a seal box for
//! those who seal, and as many blocks as the delegations count.

use crate::util::*;

/// Per page of the signature pages: the block numbers it shows (« n° 3 »),
/// and how many signature lines and seal boxes.
fn blocks_per_page(pdf: &std::path::Path) -> Vec<(Vec<u32>, usize, usize)> {
    (1..=page_count(pdf))
        .map(|page| {
            let text = region_text(pdf, page, (0, 0, 595, 772));
            let numbers: Vec<u32> = text
                .lines()
                .filter_map(|l| l.trim().strip_prefix("n° ")?.parse().ok())
                .collect();
            let signatures = text.lines().filter(|l| l.trim() == "Signature").count();
            let seals = text.lines().filter(|l| l.trim() == "Sceau").count();
            (numbers, signatures, seals)
        })
        .filter(|(numbers, _, _)| !numbers.is_empty())
        .collect()
}

#[test]
fn shizuoka_carries_35_then_19_numbered_blocks_never_split() {
    let (out, _) = build(&fixture("shizuoka-2024"), &["--lang", "fr"]);
    let pdf = out.path().join("shizuoka-2024.fr.pdf");
    let pages = blocks_per_page(&pdf);
    let numbers: Vec<u32> = pages.iter().flat_map(|(n, _, _)| n.clone()).collect();
    let expected: Vec<u32> = (1..=35).chain(1..=19).collect();
    assert_eq!(
        numbers, expected,
        "the Japanese delegation's 35 blocks, then the French delegation's 19"
    );
    for (numbers, signatures, _) in &pages {
        assert_eq!(
            numbers.len(),
            *signatures,
            "a block split across pages: {numbers:?}"
        );
    }
    let seals: usize = pages.iter().map(|(_, _, s)| s).sum();
    assert_eq!(
        seals, 35,
        "a seal box for each Japanese signatory, none for the French"
    );
    assert_eq!(
        uncompressed(&pdf).matches("/Alt").count(),
        54,
        "every block describes itself to screen readers"
    );
}

#[test]
fn the_host_block_is_filled_in_each_language() {
    let (out, _) = build(&fixture("shizuoka-2024"), &[]);
    let fr = body_text(&out.path().join("shizuoka-2024.fr.pdf"));
    assert_in_order(
        &fr,
        &[
            "Signatures".into(),
            "Collectivités japonaises".into(),
            "n° 1".into(),
            "Ville de Shizuoka".into(),
            "Maire".into(),
            "難波 喬司".into(),
            "n° 2".into(),
        ],
    );
    let ja = body_text(&out.path().join("shizuoka-2024.ja.pdf"));
    assert_in_order(
        &ja,
        &[
            "日本側自治体".into(),
            "静岡市".into(),
            "市長".into(),
            "難波 喬司".into(),
            "フランス側自治体".into(),
        ],
    );
    let both = body_text(&out.path().join("shizuoka-2024.fr-ja.pdf"));
    assert_in_order(
        &both,
        &[
            "Signatures / 署名".into(),
            "Ville de Shizuoka".into(),
            "静岡市".into(),
            "Maire".into(),
            "市長".into(),
        ],
    );
}

#[test]
fn the_seventh_meeting_lists_its_36_local_governments_by_delegation() {
    let dir = adopted_copy("aix-2022");
    let (out, _) = build(dir.path(), &[]);
    let fr = out.path().join("aix-2022.fr.pdf");
    let pages = blocks_per_page(&fr);
    let numbers: Vec<u32> = pages.iter().flat_map(|(n, _, _)| n.clone()).collect();
    assert_eq!(numbers, (1..=14).chain(1..=22).collect::<Vec<u32>>());
    let japanese = [
        "岩手町",
        "富岡市",
        "東京都",
        "横浜市",
        "新潟市",
        "金沢市",
        "静岡市",
        "豊田市",
        "兵庫県",
        "朝来市",
        "桜井市",
        "奈良県",
        "三朝町",
        "熊本市",
    ];
    let french = [
        "トゥール市",
        "シャルトル市",
        "エクサンプロバンス市",
        "ヴァルドワーズ県議会",
        "ナント市",
        "ナンシー市",
        "グルノーブル市",
        "マムズ市",
        "マルセイユ市",
        "ラマルー・レ・バン市",
        "リヨン市",
        "ナントメトロポール",
        "ニース市",
        "オータン市",
        "パリ市",
        "ニースメトロポール",
        "オクシタニー州議会",
        "オーヴェルニュ・ローヌ・アルプ州",
        "カンヌ市",
        "ブレスト市",
        "ディジョン市",
        "ポー市",
    ];
    let ja = body_text(&out.path().join("aix-2022.ja.pdf"));
    let mut expected: Vec<String> = vec!["日本側自治体".into()];
    expected.extend(japanese.iter().map(|s| s.to_string()));
    expected.push("フランス側自治体".into());
    expected.extend(french.iter().map(|s| s.to_string()));
    assert_in_order(&ja, &expected);
    let text = body_text(&fr);
    assert_in_order(
        &text,
        &[
            "Bourg d’Iwate".into(),
            "Ville de Kumamoto".into(),
            "Ville de Tours".into(),
            "Conseil départemental du Val-d’Oise".into(),
            "Ville de Pau".into(),
        ],
    );
    // The counts in the text come from the lists.
    assert!(squash(&text).contains(&squash(
        "Les 36 collectivités locales ci-dessous, 14 japonaises et 22 françaises"
    )));
}
