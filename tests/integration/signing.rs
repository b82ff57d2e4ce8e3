//! What makes a PDF safe to sign and to archive: the fingerprint of its
//! sources on every page, PDF/A-2a with PDF/UA-1, metadata, and a creation
//! date that comes from the data (or SOURCE_DATE_EPOCH), never the clock.

use crate::util::*;

const OUTPUTS: [&str; 3] = [
    "shizuoka-2024.fr.pdf",
    "shizuoka-2024.ja.pdf",
    "shizuoka-2024.fr-ja.pdf",
];

#[test]
fn every_page_shows_the_fingerprint_and_the_last_one_in_full() {
    let full = fingerprint(&fixture("shizuoka-2024"));
    assert_eq!(full.len(), 64);
    let (out, _) = build(&fixture("shizuoka-2024"), &[]);
    for name in OUTPUTS {
        let pdf = out.path().join(name);
        let pages = page_count(&pdf);
        for page in 1..=pages {
            assert!(
                footer_text(&pdf, page).ends_with(&format!("SHA-256 {}", &full[..12])),
                "{name} page {page}"
            );
        }
        assert!(
            squash(&region_text(&pdf, pages, (0, 0, 595, 842))).contains(&full),
            "{name}: full fingerprint on the last page"
        );
    }
}

#[test]
fn one_changed_character_changes_the_fingerprint_on_every_page() {
    let before = fingerprint(&fixture("shizuoka-2024"));
    let dir = copy_fixture("shizuoka-2024");
    let path = dir.path().join("ja.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replacen("我々", "われわれ", 1)).unwrap();
    let after = fingerprint(dir.path());
    assert_ne!(before, after);
    let (out, _) = build(dir.path(), &[]);
    let pdf = out.path().join("shizuoka-2024.fr.pdf");
    for page in 1..=page_count(&pdf) {
        assert!(
            footer_text(&pdf, page).ends_with(&after[..12]),
            "the French PDF follows a Japanese change, page {page}"
        );
    }
}

#[test]
fn archival_and_accessible_pdfs() {
    let (out, _) = build(&fixture("shizuoka-2024"), &[]);
    for name in OUTPUTS {
        let pdf = out.path().join(name);
        let xmp = pdfinfo_meta(&pdf);
        assert!(
            xmp.contains("<pdfaid:part>2</pdfaid:part>")
                && xmp.contains("<pdfaid:conformance>A</pdfaid:conformance>"),
            "{name}: PDF/A-2a"
        );
        assert!(
            xmp.contains("<pdfuaid:part>1</pdfuaid:part>"),
            "{name}: PDF/UA-1"
        );
        let objects = uncompressed(&pdf);
        assert!(
            objects.contains("/StructTreeRoot"),
            "{name}: tagged, with a structure tree"
        );
        assert!(objects.contains("/MarkInfo"), "{name}: marked");
        for (font, embedded) in fonts(&pdf) {
            assert!(embedded, "{name}: {font} not embedded");
        }
        qpdf_check(&pdf);
    }
    let fr = out.path().join(OUTPUTS[0]);
    assert_eq!(info_field(&fr, "Title"), "Déclaration de Shizuoka");
    assert_eq!(
        info_field(&fr, "Subject"),
        "8e Rencontres franco-japonaises de la coopération décentralisée"
    );
    assert!(info_field(&fr, "Author").starts_with("Ville de Shizuoka, CLAIR"));
    assert!(info_field(&fr, "Keywords").contains("coopération décentralisée"));
    assert!(uncompressed(&fr).contains("/Lang (fr)"));
    assert!(uncompressed(&out.path().join(OUTPUTS[1])).contains("/Lang (ja)"));
    assert_eq!(
        info_field(&fr, "CreationDate"),
        "Thu Nov 21 00:00:00 2024 UTC",
        "the adoption date"
    );
}

#[test]
fn source_date_epoch_sets_the_creation_date() {
    let out = tempfile::tempdir().unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_sengen"))
        .env("SENGEN_LANG", "en")
        .args([
            "build",
            "fixtures/shizuoka-2024",
            "--lang",
            "fr",
            "-o",
            out.path().to_str().unwrap(),
        ])
        .current_dir(root())
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(
        info_field(&out.path().join(OUTPUTS[0]), "CreationDate"),
        "Tue Nov 14 22:13:20 2023 UTC"
    );
}

/// A page rendered as a greyscale image (the watermark is drawn as an
/// artifact on the diagonal, which text extraction leaves out).
fn page_pixels(pdf: &std::path::Path, page: usize) -> Vec<u8> {
    let out = tempfile::tempdir().unwrap();
    let p = page.to_string();
    let prefix = out.path().join("page");
    let status = std::process::Command::new("pdftoppm")
        .args([
            "-gray",
            "-r",
            "30",
            "-f",
            &p,
            "-l",
            &p,
            pdf.to_str().unwrap(),
            prefix.to_str().unwrap(),
        ])
        .status()
        .expect("pdftoppm is installed");
    assert!(status.success());
    let file = std::fs::read_dir(out.path())
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    std::fs::read(file).unwrap()
}

#[test]
fn a_draft_is_marked_on_every_page_and_a_final_text_is_not() {
    // The same declaration as a draft and as adopted.
    let draft = copy_fixture("forum-2027");
    let adopted = adopted_copy("forum-2027");
    let (draft_out, _) = build(draft.path(), &["--emit", "typst"]);
    let (final_out, _) = build(adopted.path(), &["--emit", "typst"]);
    for (name, mark) in [
        ("forum-2027.en", "[DRAFT]"),
        ("forum-2027.ja", "[草案]"),
        ("forum-2027.ja-en", "[草案 · DRAFT]"),
    ] {
        let source = std::fs::read_to_string(draft_out.path().join(format!("{name}.typ"))).unwrap();
        assert!(
            source.contains(&format!("watermark: draft-mark({mark}")),
            "{name}: {mark}"
        );
        let final_source =
            std::fs::read_to_string(final_out.path().join(format!("{name}.typ"))).unwrap();
        assert!(
            final_source.contains("watermark: none"),
            "{name}: a final text has no watermark"
        );
        let (d, f) = (
            draft_out.path().join(format!("{name}.pdf")),
            final_out.path().join(format!("{name}.pdf")),
        );
        for page in 1..=page_count(&d) {
            assert_ne!(
                page_pixels(&d, page),
                page_pixels(&f, page),
                "{name} page {page}: the watermark shows"
            );
        }
    }
    let source = std::fs::read_to_string(draft_out.path().join("forum-2027.en.typ")).unwrap();
    assert!(
        source.contains("[version of April 30, 2027]"),
        "the draft's date"
    );
}

#[test]
fn attach_source_embeds_the_declaration_files_in_a_pdf_a_3a() {
    let (out, _) = build(
        &fixture("shizuoka-2024"),
        &["--lang", "fr", "--attach-source"],
    );
    let pdf = out.path().join("shizuoka-2024.fr.pdf");
    let xmp = pdfinfo_meta(&pdf);
    assert!(
        xmp.contains("<pdfaid:part>3</pdfaid:part>")
            && xmp.contains("<pdfuaid:part>1</pdfuaid:part>")
    );
    for (index, name) in ["declaration.toml", "fr.ftl", "ja.ftl"].iter().enumerate() {
        let saved = out.path().join(format!("attached-{name}"));
        let status = std::process::Command::new("pdfdetach")
            .args([
                "-save",
                &(index + 1).to_string(),
                "-o",
                saved.to_str().unwrap(),
                pdf.to_str().unwrap(),
            ])
            .status()
            .expect("pdfdetach is installed");
        assert!(status.success());
        assert_eq!(
            std::fs::read(&saved).unwrap(),
            std::fs::read(fixture("shizuoka-2024").join(name)).unwrap(),
            "{name}"
        );
    }
    qpdf_check(&pdf);
}

#[test]
fn every_output_of_every_fixture_passes_qpdf_check() {
    for name in ["shizuoka-2024", "lyon-2030", "forum-2027", "aix-2022"] {
        let (out, _) = build(&fixture(name), &[]);
        for entry in std::fs::read_dir(out.path()).unwrap() {
            let pdf = entry.unwrap().path();
            qpdf_check(&pdf);
            assert!(
                pdfinfo_meta(&pdf).contains("<pdfuaid:part>1</pdfuaid:part>"),
                "{}",
                pdf.display()
            );
        }
    }
}
