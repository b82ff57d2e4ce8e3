//! `sengen import`: the seed (fixtures/seeds/shizuoka-2024.txt) and the
//! .docx LibreOffice saved of it (fixtures/import/shizuoka-2024.docx, made by
//! fixtures/import/make-docx.py) become a folder whose French PDF says what
//! fixtures/shizuoka-2024's says, with the same structure; a later draft goes
//! into an existing folder touching only its changed messages; every bad
//! file is refused with its exact diagnostic, and nothing is written.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Output;

use crate::util::*;

const SEED: &str = "fixtures/seeds/shizuoka-2024.txt";
const DOCX: &str = "fixtures/import/shizuoka-2024.docx";

/// Imports `file` as French into the new folder `dir`, with `extra` arguments.
fn import_to(file: &Path, dir: &Path, extra: &[&str]) -> Output {
    import_as("fr", file, dir, extra)
}

/// Imports `file` as a draft in `lang` into the new folder `dir`.
fn import_as(lang: &str, file: &Path, dir: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "import",
        file.to_str().unwrap(),
        "--lang",
        lang,
        "-o",
        dir.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    sengen(&root(), &args)
}

/// Fails unless `report` has each of `lines`, whole.
fn has_lines(report: &str, lines: &[&str]) {
    for line in lines {
        assert!(
            report.lines().any(|l| l == *line),
            "no line {line:?} in\n{report}"
        );
    }
}

/// Imports `file` as a later French draft into the existing folder `into`.
fn import_into(file: &Path, into: &Path) -> Output {
    let args = [
        "import",
        file.to_str().unwrap(),
        "--lang",
        "fr",
        "--into",
        into.to_str().unwrap(),
    ];
    sengen(&root(), &args)
}

/// Imports `file` into a new folder named shizuoka-2024 in a temporary folder.
fn import(file: &str, extra: &[&str]) -> (tempfile::TempDir, PathBuf, Output) {
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("shizuoka-2024");
    let output = import_to(Path::new(file), &dir, extra);
    (work, dir, output)
}

/// Fails with everything sengen printed unless it succeeded.
fn succeeded(output: &Output) {
    assert!(
        output.status.success(),
        "{}{}",
        stdout(output),
        stderr(output)
    );
}

/// A file of an imported folder without its two lines of header (which
/// name the draft it came from).
fn without_header(dir: &Path, file: &str) -> String {
    let text = std::fs::read_to_string(dir.join(file)).unwrap();
    text.lines().skip(2).collect::<Vec<_>>().join("\n")
}

/// The shape of a declaration's structure: each entry of its body as its
/// kind, and a list as its kind and length.
fn shape(dir: &Path) -> Vec<String> {
    let toml: toml::Value = std::fs::read_to_string(dir.join("declaration.toml"))
        .unwrap()
        .parse()
        .unwrap();
    let mut shape = Vec::new();
    for part in ["preamble", "meeting", "title", "place-and-date", "closing"] {
        if toml["document"].get(part).is_some() {
            shape.push(part.to_owned());
        }
    }
    for entry in toml["document"]["body"].as_array().unwrap() {
        let (kind, value) = entry.as_table().unwrap().iter().next().unwrap();
        shape.push(match value.as_array() {
            Some(list) => format!("{kind} × {}", list.len()),
            None => kind.clone(),
        });
    }
    shape
}

/// The French PDF's text, without the running title and the page footers.
fn french_text(dir: &Path) -> String {
    let (out, _) = build(dir, &["--lang", "fr", "--layout", "single"]);
    let text = pdftotext(&["-raw"], &out.path().join("shizuoka-2024.fr.pdf"));
    let mut lines: Vec<&str> = text.lines().collect();
    // From the second page on, each page opens with the title; each ends with its footer.
    let footers: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].contains("SHA-256"))
        .collect();
    for &i in footers.iter().rev() {
        if lines
            .get(i + 1)
            .is_some_and(|l| l.trim() == "Déclaration de Shizuoka")
        {
            lines.remove(i + 1);
        }
        lines.remove(i);
    }
    lines.join("\n")
}

/// The French PDF's body: from the first paragraph after the title block to
/// the end of the closing paragraph, whitespace left out.
fn french_body(dir: &Path) -> String {
    let text = french_text(dir);
    let start = text.find("Depuis les 1").expect("the first paragraph");
    let end = text
        .find("à nous y revoir.")
        .expect("the closing paragraph")
        + "à nous y revoir.".len();
    squash(&text[start..end])
}

#[test]
fn the_seed_becomes_shizuokas_declaration() {
    let (_work, dir, output) = import(SEED, &["--final"]);
    succeeded(&output);
    let report = stdout(&output);
    assert!(
        report.starts_with(&format!(
            "imported {SEED} into {}: 4 sections, 9 sub-sections, 16 paragraphs, 19 items, 4 commitments\n",
            dir.display()
        )),
        "{report}"
    );
    // Same structure as the fixture's: its sections, sub-sections, lists and commitments.
    assert_eq!(shape(&dir), shape(&fixture("shizuoka-2024")));
    // The same text, block by block.
    assert_eq!(french_body(&dir), french_body(&fixture("shizuoka-2024")));
    // Every block of the seed, in order, in the PDF.
    let pdf = french_text(&dir);
    let seed = std::fs::read_to_string(root().join(SEED)).unwrap();
    let blocks: Vec<String> = seed
        .split("\n\n")
        .flat_map(|b| b.lines().map(str::to_owned).collect::<Vec<_>>())
        .map(|l| {
            l.trim_start_matches(['#', '-', ' '])
                .trim_matches('*')
                .replace("<sup>", "")
                .replace("</sup>", "")
                .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
                .trim()
                .to_owned()
        })
        .filter(|l| !l.is_empty())
        // The title line is the meeting, then the title.
        .flat_map(|l| l.split(" - ").map(str::to_owned).collect::<Vec<_>>())
        // The typographic apostrophe of the PDF.
        .map(|l| l.replace('\'', "’"))
        .collect();
    assert_in_order(&pdf.replace('\'', "’"), &blocks);
    // The facts, found where the declaration states them, and written as variables.
    has_lines(
        &report,
        &[
            "  edition 8: « 8<sup>e</sup> Rencontres franco-japonaises de la coopération décentralisée » (line 5)",
            "  35 local governments of the delegation `japan`: the preamble (line 3)",
            "  19 local governments of the delegation `france`: the preamble (line 3)",
            "  adopted on 2024-11-21: « Ville de Shizuoka – Japon, Le 21 novembre 2024 » (line 7)",
            "  the meeting from 2024-11-18 to 2024-11-21: the preamble (line 3)",
            "  line 3, preamble: 35 → { $japan-count }",
            "  line 3, preamble: du 18 au 21 novembre 2024 → { $meeting-dates }",
            "  line 7, place-and-date: 21 novembre 2024 → { $adoption-date }",
            "  line 23, opening-8: 7<sup>e</sup> → { $previous-edition-ordinal }",
            "  line 103, closing: 9<sup>e</sup> → { $next-edition-ordinal }",
            "  line 29 and line 31 joined: the first stops mid-sentence, the second starts in lower case",
            "  line 39 → atelier-1-economie",
            "  line 98 → commitment-1",
        ],
    );
    let toml = std::fs::read_to_string(dir.join("declaration.toml")).unwrap();
    for fact in [
        "edition = 8",
        "opens = 2024-11-18",
        "closes = 2024-11-21",
        "date = 2024-11-21",
        "id = \"japan\"\nname = \"delegation-japan\"\ncount = 35",
        "id = \"france\"\nname = \"delegation-france\"\ncount = 19",
    ] {
        assert!(toml.contains(fact), "{fact} in\n{toml}");
    }
    let ftl = std::fs::read_to_string(dir.join("fr.ftl")).unwrap();
    // Each delegation named, as its signature pages head it.
    assert!(
        ftl.contains("\ndelegation-japan = Collectivités japonaises\n")
            && ftl.contains("\ndelegation-france = Collectivités françaises\n"),
        "{ftl}"
    );
    let words = ftl.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains(
            "de { $japan-count } collectivités locales japonaises et de { $france-count }"
        ),
        "{ftl}"
    );
    // No count, edition or date typed by hand is left (X002).
    let check = sengen(
        &root(),
        &["check", dir.to_str().unwrap(), "--format", "json"],
    );
    assert!(check.status.success(), "{}", stderr(&check));
    assert!(!stdout(&check).contains("\"X00"), "{}", stdout(&check));
}

#[test]
fn the_same_draft_imports_to_the_same_bytes() {
    let (_a, first, output) = import(SEED, &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    let (_b, second, _) = import(SEED, &[]);
    for file in ["declaration.toml", "fr.ftl"] {
        assert_eq!(
            std::fs::read(first.join(file)).unwrap(),
            std::fs::read(second.join(file)).unwrap(),
            "{file}"
        );
    }
    assert!(
        std::fs::read_to_string(first.join("declaration.toml"))
            .unwrap()
            .contains("status = \"draft\"")
    );
}

#[test]
fn the_word_processors_docx_imports_to_the_same_declaration() {
    // Heading styles (Heading 1 to 3), one heading made by hand in bold, Word
    // numbering for the lists, superscripts as LibreOffice saves them.
    let (_a, from_docx, output) = import(DOCX, &["--final"]);
    succeeded(&output);
    let (_b, from_text, _) = import(SEED, &["--final"]);
    assert_eq!(shape(&from_docx), shape(&fixture("shizuoka-2024")));
    assert_eq!(
        without_header(&from_docx, "fr.ftl"),
        without_header(&from_text, "fr.ftl")
    );
    assert_eq!(
        without_header(&from_docx, "declaration.toml"),
        without_header(&from_text, "declaration.toml")
    );
    assert_eq!(
        french_body(&from_docx),
        french_body(&fixture("shizuoka-2024"))
    );
    assert!(
        stdout(&output).contains("  paragraph 1 → preamble\n"),
        "{}",
        stdout(&output)
    );
}

/// The seed's .docx with `from` replaced by `to` in its text.
fn edited_docx(from: &str, to: &str) -> tempfile::NamedTempFile {
    let mut archive =
        zip::ZipArchive::new(std::fs::File::open(root().join(DOCX)).unwrap()).unwrap();
    let out = tempfile::Builder::new().suffix(".docx").tempfile().unwrap();
    let mut writer = zip::ZipWriter::new(std::fs::File::create(out.path()).unwrap());
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let name = entry.name().to_owned();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap();
        if name == "word/document.xml" {
            let text = String::from_utf8(bytes).unwrap();
            assert!(text.contains(from), "the .docx has {from:?}");
            bytes = text.replacen(from, to, 1).into_bytes();
        }
        writer
            .start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        writer.write_all(&bytes).unwrap();
    }
    writer.finish().unwrap();
    out
}

/// The bytes of a `.ftl` outside one message.
fn outside(ftl: &str, id: &str) -> String {
    let start = ftl.find(&format!("\n{id} =")).unwrap() + 1;
    let end = ftl[start..].find("\n\n").map_or(ftl.len(), |n| start + n);
    format!("{}{}", &ftl[..start], &ftl[end..])
}

#[test]
fn a_later_draft_changes_only_its_edited_messages_and_their_translations_go_stale() {
    let dir = copy_fixture("shizuoka-2024");
    let into = dir.path().to_str().unwrap();
    let before: Vec<(String, Vec<u8>)> = file_names(dir.path())
        .into_iter()
        .map(|f| (f.clone(), std::fs::read(dir.path().join(&f)).unwrap()))
        .collect();
    // The draft as adopted: the folder already says all of it.
    let output = import_into(Path::new(DOCX), dir.path());
    succeeded(&output);
    for (file, bytes) in &before {
        assert_eq!(
            &std::fs::read(dir.path().join(file)).unwrap(),
            bytes,
            "{file} changed"
        );
    }
    // A later draft with one word changed.
    let draft = edited_docx("a été publiée", "a été adoptée");
    let output = import_into(draft.path(), dir.path());
    succeeded(&output);
    assert!(
        stdout(&output).contains("  updated partnership (paragraph 5)\n"),
        "{}",
        stdout(&output)
    );
    let old_ftl = String::from_utf8(
        before
            .iter()
            .find(|(f, _)| f == "fr.ftl")
            .unwrap()
            .1
            .clone(),
    )
    .unwrap();
    let new_ftl = std::fs::read_to_string(dir.path().join("fr.ftl")).unwrap();
    assert_ne!(old_ftl, new_ftl);
    assert_eq!(
        outside(&old_ftl, "partnership"),
        outside(&new_ftl, "partnership"),
        "bytes outside the message changed"
    );
    // Its variables and the host city's term are kept.
    assert!(new_ftl.contains("a été adoptée"));
    assert!(
        outside(&new_ftl, "preamble") != new_ftl
            && new_ftl.contains("Rencontres de { -host-city }, réaffirmant"),
        "{new_ftl}"
    );
    for (file, bytes) in &before {
        if file != "fr.ftl" {
            assert_eq!(
                &std::fs::read(dir.path().join(file)).unwrap(),
                bytes,
                "{file} changed"
            );
        }
    }
    let translations = sengen(&root(), &["translations", into]);
    let report = stdout(&translations);
    assert!(report.contains("1 stale"), "{report}");
    assert!(report.contains("partnership"), "{report}");
}

#[test]
fn a_later_draft_adds_and_leaves_out_blocks_and_says_so() {
    let dir = copy_fixture("shizuoka-2024");
    let into = dir.path().to_str().unwrap();
    let seed = std::fs::read_to_string(root().join(SEED)).unwrap();
    let start = seed
        .find("Dans un monde où la société se complexifie")
        .unwrap();
    let end = start + seed[start..].find("\n\n").unwrap() + 2;
    let edited = format!("{}{}", &seed[..start], &seed[end..]).replace(
        "grâce à la recherche scientifique.",
        "grâce à la recherche scientifique.\n- Ouvrir les laboratoires des universités aux entreprises locales.",
    );
    let draft = dir.path().join("draft-2.txt");
    std::fs::write(&draft, edited).unwrap();
    let output = import_into(&draft, dir.path());
    // Written, but ja.ftl must translate the new item before the folder builds.
    assert_eq!(
        output.status.code(),
        Some(1),
        "{}{}",
        stdout(&output),
        stderr(&output)
    );
    let report = stdout(&output);
    has_lines(
        &report,
        &[
            "  added w1-innovation-3 (line 53)",
            "  left out hope: the draft no longer has it; its message stays in fr.ftl",
        ],
    );
    assert!(report.contains(&format!("  ja.ftl lacks the 1 new message: translate it (sengen xliff export {into} --lang ja --only stale)")), "{report}");
    assert!(
        stderr(&output).contains("error[F010]: `w1-innovation-3` has no text in ja.ftl"),
        "{}",
        stderr(&output)
    );
    let ftl = std::fs::read_to_string(dir.path().join("fr.ftl")).unwrap();
    assert!(
        ftl.ends_with(
            "\nw1-innovation-3 = Ouvrir les laboratoires des universités aux entreprises locales.\n"
        ),
        "{ftl}"
    );
    assert!(
        ftl.contains("\nhope =\n"),
        "a message left out stays in the file"
    );
    let toml = std::fs::read_to_string(dir.path().join("declaration.toml")).unwrap();
    assert!(
        toml.contains(
            "{ items = [\"w1-innovation-1\", \"w1-innovation-3\", \"w1-innovation-2\"] }"
        ),
        "{toml}"
    );
    assert!(!toml.contains("\"hope\""));
    // The comments of declaration.toml stay.
    assert!(toml.contains("# The body in reading order"), "{toml}");

    // The next step the report advises, then the list of the work: the
    // missing Japanese text is what they are for, not a reason to stop.
    let xlf = dir.path().join("out.ja.xlf");
    let export = sengen(
        &root(),
        &[
            "xliff",
            "export",
            into,
            "--lang",
            "ja",
            "--only",
            "stale",
            "-o",
            xlf.to_str().unwrap(),
        ],
    );
    succeeded(&export);
    let exported = std::fs::read_to_string(&xlf).unwrap();
    assert!(
        exported.contains("id=\"w1-innovation-3\""),
        "the missing message is sent out:\n{exported}"
    );
    assert!(
        exported.contains("Ouvrir les laboratoires des universités aux entreprises locales."),
        "{exported}"
    );
    let translations = sengen(&root(), &["translations", into]);
    succeeded(&translations);
    let listed = stdout(&translations);
    assert!(
        listed
            .lines()
            .any(|l| l.contains("missing") && l.contains("w1-innovation-3")),
        "{listed}"
    );
    // The folder still does not build until it is translated: only the
    // commands of translation work take a missing message.
    let check = sengen(&root(), &["check", into]);
    assert_eq!(check.status.code(), Some(1), "{}", stderr(&check));
    assert!(stderr(&check).contains("error[F010]"), "{}", stderr(&check));
    // The translator's work comes back: the message is added, the folder builds.
    let translated = exported.replace(
        "</source>",
        "</source>\n        <target state=\"translated\">大学の研究室を地元企業に開放する。</target>",
    );
    std::fs::write(&xlf, translated).unwrap();
    let import = sengen(&root(), &["xliff", "import", into, xlf.to_str().unwrap()]);
    succeeded(&import);
    let ja = std::fs::read_to_string(dir.path().join("ja.ftl")).unwrap();
    assert!(
        ja.ends_with("\nw1-innovation-3 = 大学の研究室を地元企業に開放する。\n"),
        "{ja}"
    );
    succeeded(&sengen(&root(), &["check", into]));
    let listed = stdout(&sengen(&root(), &["translations", into]));
    assert!(
        listed.contains("0 missing") && listed.contains("unreviewed: w1-innovation-3"),
        "{listed}"
    );
}

// ---- Bad files: each refused with its diagnostic, nothing written.

/// A .docx made of these parts.
fn docx_of(parts: &[(&str, &[u8])]) -> tempfile::NamedTempFile {
    let out = tempfile::Builder::new().suffix(".docx").tempfile().unwrap();
    let mut writer = zip::ZipWriter::new(std::fs::File::create(out.path()).unwrap());
    for (name, bytes) in parts {
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        writer.start_file(*name, options).unwrap();
        writer.write_all(bytes).unwrap();
    }
    writer.finish().unwrap();
    out
}

const W: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

fn document(body: &str) -> Vec<u8> {
    format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:document {W}><w:body>{body}</w:body></w:document>").into_bytes()
}

/// Imports a bad file: exit 1, this error and hint, nothing written.
fn refused(file: &Path, error: &str, hint: &str) {
    refused_with(file, &[], error, hint);
}

/// Imports a file with these arguments: exit 1, this error and hint,
/// nothing written.
fn refused_with(file: &Path, extra: &[&str], error: &str, hint: &str) {
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("out");
    let output = import_to(file, &dir, extra);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let err = stderr(&output).replace(&format!("{}", file.display()), "FILE");
    assert!(
        err.contains(&format!("{error}\n")),
        "expected {error:?} in\n{err}"
    );
    assert!(
        err.contains(&format!("= hint: {hint}\n")),
        "expected hint {hint:?} in\n{err}"
    );
    assert!(err.ends_with("note: nothing was written\n"), "{err}");
    assert!(!dir.exists(), "something was written");
    assert_eq!(
        std::fs::read_dir(work.path()).unwrap().count(),
        0,
        "a temporary folder was left"
    );
}

fn file_with(suffix: &str, bytes: &[u8]) -> tempfile::NamedTempFile {
    let mut file = tempfile::Builder::new().suffix(suffix).tempfile().unwrap();
    file.write_all(bytes).unwrap();
    file
}

#[test]
fn bad_files_are_refused_with_their_diagnostic() {
    let empty = file_with(".docx", b"");
    refused(
        empty.path(),
        "error[I001]: FILE is empty (0 bytes)",
        "save the draft again from the word processor, as .docx",
    );
    let doc = file_with(
        ".doc",
        &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0],
    );
    refused(
        doc.path(),
        "error[I001]: FILE is a Word 97–2003 document (.doc), which sengen does not read",
        "open it in the word processor and save it as .docx (Word document), then import that",
    );
    let not_zip = file_with(".docx", b"Nous, representants...");
    refused(
        not_zip.path(),
        "error[I001]: FILE is not a .docx: it is not a zip archive",
        "a .docx saved by Word or LibreOffice is a zip archive; save the draft as .docx, or give a text file (.txt, .md)",
    );
    let other_zip = docx_of(&[("content.xml", b"<x/>")]);
    refused(
        other_zip.path(),
        "error[I001]: FILE is a zip archive but no Word document (it has no word/document.xml)",
        "save the draft as a Word document (.docx)",
    );
    // A PDF cut short after its header: nothing to read.
    let pdf = file_with(".pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n");
    refused(
        pdf.path(),
        "error[I001]: FILE is not a PDF sengen can read: its structure is damaged or it has no pages",
        "save the draft again from the word processor, as .docx",
    );
    // A scan: pages with no text.
    let scan = file_with(".pdf", &blank_pdf(2));
    refused(
        scan.path(),
        "error[I001]: FILE has no text to read: its 2 pages are drawn without letters",
        "ask for the .docx or a PDF saved from a word processor; or run text recognition (OCR) on the scan and import what it gives, checking every number",
    );
    // A scan: a page that is an image.
    let image = "q 595 0 0 842 0 0 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \u{0}\u{7f}\u{7f}\u{0} EI Q";
    let scanned = file_with(
        ".pdf",
        &pdf_of(&[
            "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>".to_owned(),
            format!("<< /Length {} >>\nstream\n{image}\nendstream", image.len()),
        ]),
    );
    refused(
        scanned.path(),
        "error[I001]: FILE has no text to read: its page is images (a scan)",
        "ask for the .docx or a PDF saved from a word processor; or run text recognition (OCR) on the scan and import what it gives, checking every number",
    );
    let latin1 = file_with(".txt", b"# D\xe9claration\n");
    refused(
        latin1.path(),
        "error[I001]: FILE is neither a .docx nor UTF-8 text (line 1, column 4 is not UTF-8)",
        "save the draft as .docx, or as text in UTF-8",
    );
    // A zip bomb: 100 MB of zeros in a few hundred kB.
    let zeros = vec![0u8; 100 * 1024 * 1024];
    let bomb = docx_of(&[("word/document.xml", &zeros)]);
    refused(
        bomb.path(),
        "error[I002]: FILE: word/document.xml expands to 104857600 bytes, far beyond what a document holds (a zip bomb?)",
        "sengen imports drafts saved by a word processor; this file was not made by one",
    );
    // A file over the size limit (sparse: no 33 MB written).
    let large = tempfile::Builder::new().suffix(".docx").tempfile().unwrap();
    large.as_file().set_len(33 * 1024 * 1024).unwrap();
    refused(
        large.path(),
        "error[I002]: FILE is too large to import: it has 34603008 bytes",
        "sengen imports drafts of up to 32 MB; is this the right file?",
    );
    // A DTD (the way in for entities, external ones included).
    let dtd = docx_of(&[(
        "word/document.xml",
        format!("<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<w:document {W}><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>").as_bytes(),
    )]);
    refused(
        dtd.path(),
        "error[I003]: FILE: word/document.xml, line 2, column 1: a DTD, which sengen never reads (it could define entities)",
        "sengen reads the XML a word processor writes, without DTD or entities; save the draft again from the word processor",
    );
    let entity = docx_of(&[(
        "word/document.xml",
        &document("<w:p><w:r><w:t>a &lol; b</w:t></w:r></w:p>"),
    )]);
    refused(
        entity.path(),
        "error[I003]: FILE: word/document.xml, line 2, column 109: the entity &lol; is not XML's own: sengen expands no other",
        "sengen reads the XML a word processor writes, without DTD or entities; save the draft again from the word processor",
    );
    let malformed = docx_of(&[(
        "word/document.xml",
        &document("<w:p><w:r><w:t>a</w:r></w:p>"),
    )]);
    let work = tempfile::tempdir().unwrap();
    let output = import_to(malformed.path(), &work.path().join("o"), &[]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("error[I003]: ")
            && stderr(&output).contains("not well-formed XML"),
        "{}",
        stderr(&output)
    );
    let tracked = docx_of(&[(
        "word/document.xml",
        &document(
            "<w:p><w:r><w:t>Titre</w:t></w:r></w:p><w:p><w:ins w:id=\"1\" w:author=\"A\"><w:r><w:t>ajout</w:t></w:r></w:ins></w:p>",
        ),
    )]);
    refused(
        tracked.path(),
        "error[I004]: FILE has tracked changes (at paragraph 2)",
        "accept or reject every change in the word processor (Review → Accept all, or Reject all), save, then import it again",
    );
}

#[test]
fn what_has_no_place_in_a_declaration_is_named_with_its_paragraph() {
    let body = String::from(
        "<w:p><w:r><w:t>Nous, représentants de 3 collectivités locales japonaises, adoptons :</w:t></w:r></w:p>\
         <w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Déclaration de Lyon</w:t></w:r></w:p>\
         <w:p><w:r><w:t>Lyon, le 2 mai 2025</w:t></w:r></w:p>\
         <w:tbl><w:tr><w:tc><w:p><w:r><w:t>cellule</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
         <w:p><w:r><w:t>Texte.</w:t></w:r><w:r><w:drawing/></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>",
    );
    let draft = docx_of(&[("word/document.xml", &document(&body))]);
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("lyon-2025");
    let output = import_to(draft.path(), &dir, &[]);
    succeeded(&output);
    let err = stderr(&output).replace(&format!("{}", draft.path().display()), "FILE");
    for warning in [
        "warning[I005]: FILE, paragraph 4: a table has no place in a declaration and was left out",
        "warning[I005]: FILE, paragraph 5: an image has no place in a declaration and was left out",
        "warning[I005]: FILE, paragraph 5: a footnote has no place in a declaration and was left out",
    ] {
        assert!(err.contains(warning), "{warning} in\n{err}");
    }
    let ftl = std::fs::read_to_string(dir.join("fr.ftl")).unwrap();
    assert!(
        ftl.contains("opening-1 = Texte.\n") && !ftl.contains("cellule"),
        "{ftl}"
    );
    assert!(ftl.contains("de { $japan-count } collectivités"), "{ftl}");
}

#[test]
fn facts_neither_given_nor_found_are_named_at_once() {
    let draft = file_with(
        ".txt",
        "# Déclaration commune\n\nNous décidons.\n".as_bytes(),
    );
    refused(
        draft.path(),
        "error[I007]: FILE: the day of adoption is not found in the draft",
        "give it on the command line: --adoption YYYY-MM-DD, the day the declaration is adopted",
    );
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("pacte-2025");
    let output = import_to(draft.path(), &dir, &[]);
    let err = stderr(&output);
    assert!(
        err.contains("error[I007]")
            && err.contains("the place of adoption")
            && err.contains("the number of signatories"),
        "{err}"
    );
    // Given on the command line, they make a declaration that builds.
    let output = import_to(
        draft.path(),
        &dir,
        &[
            "--adoption",
            "2025-05-02",
            "--place",
            "Lyon",
            "--count",
            "lyon=1",
            "--count",
            "kyoto=1",
        ],
    );
    succeeded(&output);
    let (out, _) = build(&dir, &[]);
    assert_eq!(file_names(out.path()), ["pacte-2025.fr.pdf"]);
    // A value of the wrong form is refused before any work.
    let output = import_to(
        draft.path(),
        Path::new("x"),
        &["--adoption", "2/5/2025", "--count", "lyon"],
    );
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(
        err.contains("error[C010]: --adoption 2/5/2025: not a date, 2024-11-21"),
        "{err}"
    );
    assert!(
        err.contains("error[C010]: --count lyon: not a delegation's id and its count, japan=35"),
        "{err}"
    );
}

#[test]
fn a_folder_that_exists_is_not_overwritten() {
    let dir = copy_fixture("shizuoka-2024");
    let output = import_to(Path::new(SEED), dir.path(), &[]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains(&format!(
            "error[I009]: {} already exists and is not empty",
            dir.path().display()
        )),
        "{}",
        stderr(&output)
    );
    assert!(
        stderr(&output).contains("use --into DIR"),
        "{}",
        stderr(&output)
    );
}

/// A draft whose look misleads: a bold cover line first (it would be taken
/// for the title), the title in plain text, the place and date at the end.
const LYON: &str = "**PROJET – version du 3 mai**

Nous, représentants de 2 collectivités locales japonaises et de 3 collectivités locales françaises, réunis à Lyon du 30 avril au 2 mai 2025, adoptons :

Déclaration de Lyon

Les collectivités réunies à Lyon ont partagé leur expérience.

**Atelier 1 : Économie**

- Soutenir les entreprises locales.

**Atelier 2 : Culture**

- Échanger les artistes.

Nous remercions la Ville de Lyon de son accueil.

Fait à Lyon, le 2 mai 2025
";

const LYON_LANDMARKS: [&str; 8] = [
    "--preamble",
    "Nous, représentants",
    "--title",
    "déclaration DE lyon",
    "--dateline",
    "Fait à",
    "--closing",
    "Nous remercions",
];

#[test]
fn paragraphs_named_by_their_first_words_settle_what_the_look_gets_wrong() {
    let draft = file_with(".txt", LYON.as_bytes());
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("lyon-2025");
    // By its look, the cover line is the title and no date stands under it.
    let output = import_to(draft.path(), &dir, &[]);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    assert!(
        stderr(&output).contains("error[I007]: ")
            && stderr(&output).contains("the day of adoption is not found"),
        "{}",
        stderr(&output)
    );
    assert!(!dir.exists());
    let output = import_to(draft.path(), &dir, &LYON_LANDMARKS);
    succeeded(&output);
    let report = stdout(&output);
    has_lines(
        &report,
        &[
            "  line 3 → preamble",
            "  line 5 → title",
            "  line 19 → place-and-date",
            "  line 17 → closing",
            "  adopted on 2025-05-02: « Fait à Lyon, le 2 mai 2025 » (line 19)",
            "  the meeting from 2025-04-30 to 2025-05-02: the preamble (line 3)",
            "  line 1 before the preamble left out (--preamble)",
        ],
    );
    let ftl = std::fs::read_to_string(dir.join("fr.ftl")).unwrap();
    assert!(
        ftl.contains("\ntitle = Déclaration de Lyon\n")
            && ftl.contains("\nplace-and-date = Fait à Lyon, le { $adoption-date }\n")
            && ftl.contains("\nclosing = Nous remercions la Ville de Lyon de son accueil.\n")
            && !ftl.contains("PROJET"),
        "{ftl}"
    );
    // The meeting's days end on the day of adoption but are not it: a
    // declaration without a meeting keeps them as typed.
    assert!(
        squash(&ftl).contains(&squash("réunis à Lyon du 30 avril au 2 mai 2025, adoptons")),
        "{ftl}"
    );
    let (out, _) = build(&dir, &[]);
    let text = pdftotext(&[], &out.path().join("lyon-2025.fr.pdf"));
    let order = [
        "Nous, représentants",
        "Déclaration de Lyon",
        "Fait à Lyon, le 2 mai 2025",
        "Atelier 1 : Économie",
        "Atelier 2 : Culture",
        "Nous remercions",
    ];
    assert_in_order(&text, &order.map(String::from));
    assert!(!text.contains("PROJET"), "{text}");
}

#[test]
fn paragraphs_named_wrongly_are_refused_with_their_diagnostic() {
    let draft = file_with(".txt", LYON.as_bytes());
    refused_with(
        draft.path(),
        &["--title", "Déclaration de Paris"],
        "error[I010]: --title \"Déclaration de Paris\": no paragraph of FILE starts with these words",
        "give the first words of the paragraph as the draft writes them (case, spacing and the kind of apostrophe do not matter)",
    );
    refused_with(
        draft.path(),
        &["--title", "Déclaration de Lyon", "--closing", "Atelier"],
        "error[I010]: --closing \"Atelier\": lines 9 and 13 of FILE start with these words",
        "give more of the paragraph's words, enough to name only one",
    );
    refused_with(
        draft.path(),
        &[
            "--title",
            "Déclaration de Lyon",
            "--dateline",
            "Nous, représentants",
        ],
        "error[I010]: --dateline: line 3 is not after the title (line 5)",
        "the place and date stands after the title; name another paragraph, or the title with --title",
    );
    refused_with(
        draft.path(),
        &["--title", "Déclaration de Lyon", "--closing", "Atelier 2"],
        "error[I010]: --closing: line 13, in what would be the closing, is a heading or a list entry",
        "the closing is the paragraphs that end the text; name a later paragraph",
    );
    // Empty words name nothing: refused before the draft is read.
    let output = import_to(draft.path(), Path::new("x"), &["--title", " "]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains(
            "error[C010]: --title \"\": not the words its paragraph starts with, \"Déclaration de\""
        ),
        "{}",
        stderr(&output)
    );
}

/// A Japanese draft as a host city in Japan writes one: the counts as
/// 「31の地方自治体」, the meeting's days as 「2026年6月2日から4日まで」, the
/// meeting's name and the title on one line, split by an ideographic space.
const NANTES_JA: &str = "日本の31の地方自治体及びフランスの21の地方自治体の代表は、2026年6月2日から4日までナント市に集い、第9回日仏自治体交流会議において、ここに以下の宣言を採択する。

### **第9回日仏自治体交流会議\u{3000}ナント宣言**

2026年6月4日\u{3000}ナント市にて

2008年のナンシーでの第1回会議以来、日仏の自治体は交流を重ねてきた。本年、第9回会議はナント市において開催された。

### 第1分科会：経済

- 地域経済の活性化を図る。
- 観光の振興に取り組む。

### 第2分科会：社会

- 誰一人取り残さない社会をつくる。
";

#[test]
fn a_japanese_draft_gives_its_own_facts_and_keeps_its_characters() {
    let draft = file_with(".txt", NANTES_JA.as_bytes());
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("nantes-2026");
    let output = import_as("ja", draft.path(), &dir, &[]);
    succeeded(&output);
    let report = stdout(&output);
    has_lines(
        &report,
        &[
            "  line 3 → meeting",
            "  line 3 → title",
            "  edition 9: « 第9回日仏自治体交流会議 » (line 3)",
            "  31 local governments of the delegation `japan`: the preamble (line 1)",
            "  21 local governments of the delegation `france`: the preamble (line 1)",
            "  adopted on 2026-06-04: « 2026年6月4日\u{3000}ナント市にて » (line 5)",
            "  the meeting from 2026-06-02 to 2026-06-04: the preamble (line 1)",
            "  adopted at ナント: the title « ナント宣言 »",
            "  line 1, preamble: 31 → { $japan-count }",
            "  line 1, preamble: 21 → { $france-count }",
        ],
    );
    let toml = std::fs::read_to_string(dir.join("declaration.toml")).unwrap();
    for fact in [
        "edition = 9",
        "opens = 2026-06-02",
        "closes = 2026-06-04",
        "date = 2026-06-04",
        "id = \"japan\"\nname = \"delegation-japan\"\ncount = 31",
        "id = \"france\"\nname = \"delegation-france\"\ncount = 21",
    ] {
        assert!(toml.contains(fact), "{fact} in\n{toml}");
    }
    let ftl = std::fs::read_to_string(dir.join("ja.ftl")).unwrap();
    // The meeting's name and the title, split at the ideographic space that
    // sets them on one line; every other character as typed (U+3000 too).
    assert!(
        ftl.contains("\nmeeting = { $edition-ordinal }日仏自治体交流会議\n")
            && ftl.contains("\ntitle = ナント宣言\n")
            && ftl.contains("\nplace-and-date = { $adoption-date }\u{3000}ナント市にて\n"),
        "{ftl}"
    );
    assert!(ftl.contains("\nadoption-place = ナント\n"), "{ftl}");
    assert!(
        ftl.contains("\ndelegation-japan = 日本側自治体\n")
            && ftl.contains("\ndelegation-france = フランス側自治体\n"),
        "{ftl}"
    );
    let words = ftl.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains(
            "日本の{ $japan-count }の地方自治体及びフランスの{ $france-count }の地方自治体"
        ),
        "{ftl}"
    );
    // It checks without an error, and its PDF holds its blocks in order,
    // the delegations headed by their names.
    let check = sengen(&root(), &["check", dir.to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
    let (out, built) = build(&dir, &[]);
    succeeded(&built);
    let text = squash(&pdftotext(
        &["-raw"],
        &out.path().join("nantes-2026.ja.pdf"),
    ));
    assert_in_order(
        &text,
        &[
            "日本の31の地方自治体及びフランスの21の地方自治体の代表は、2026年6月2日から4日までナント市に集い",
            "ナント宣言",
            "2026年6月4日",
            "第1分科会：経済",
            "地域経済の活性化を図る。",
            "第2分科会：社会",
            "日本側自治体",
            "フランス側自治体",
        ]
        .map(String::from),
    );
}

#[test]
fn what_a_japanese_draft_does_not_say_is_asked_with_its_own_numbers() {
    // The counts beside words that are not a counter (代表団): not taken,
    // but the hint offers this draft's numbers, not another declaration's.
    let draft = file_with(
        ".txt",
        "日本の31団体及びフランスの21団体の代表は、ここに以下の宣言を採択する。\n\n### **ナント宣言**\n\n2026年6月4日\n\n私たちは協力を続ける。\n"
            .as_bytes(),
    );
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("nantes-2026");
    let output = import_as("ja", draft.path(), &dir, &[]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(
        err.contains("= hint: the draft suggests, to be checked, then given on the command line: --count japan=31 --count france=21\n"),
        "{err}"
    );
    assert!(!err.contains("japan=35"), "{err}");
    assert!(!dir.exists());
}

/// A draft of the corpus (fixtures/import/corpus, made by its make-docx.py
/// with LibreOffice) and what it must give.
struct CorpusDraft {
    name: &'static str,
    lang: &'static str,
    outline: &'static str,
    meeting: (&'static str, &'static str),
    adoption: &'static str,
    place: &'static str,
}

const CORPUS: [CorpusDraft; 9] = [
    CorpusDraft {
        name: "fr-1-nantes",
        lang: "fr",
        outline: "2 sections, 0 sub-sections, 1 paragraph, 3 items, 0 commitments",
        meeting: ("2026-06-02", "2026-06-04"),
        adoption: "2026-06-04",
        place: "Nantes",
    },
    CorpusDraft {
        name: "fr-2-villes",
        lang: "fr",
        outline: "2 sections, 0 sub-sections, 0 paragraphs, 3 items, 0 commitments",
        meeting: ("2026-05-30", "2026-06-02"),
        adoption: "2026-06-02",
        place: "Nantes",
    },
    CorpusDraft {
        name: "fr-3-communes",
        lang: "fr",
        outline: "2 sections, 0 sub-sections, 2 paragraphs, 0 items, 2 commitments",
        meeting: ("2026-06-02", "2026-06-04"),
        adoption: "2026-06-04",
        place: "Nantes",
    },
    CorpusDraft {
        name: "fr-4-bold",
        lang: "fr",
        outline: "2 sections, 0 sub-sections, 1 paragraph, 3 items, 0 commitments",
        meeting: ("2026-06-02", "2026-06-04"),
        adoption: "2026-06-04",
        place: "Nantes",
    },
    CorpusDraft {
        name: "fr-6-bold-numbered",
        lang: "fr",
        outline: "3 sections, 0 sub-sections, 1 paragraph, 4 items, 0 commitments",
        meeting: ("2026-06-02", "2026-06-04"),
        adoption: "2026-06-04",
        place: "Nantes",
    },
    CorpusDraft {
        name: "ja-1-nantes",
        lang: "ja",
        outline: "2 sections, 0 sub-sections, 1 paragraph, 3 items, 0 commitments",
        meeting: ("2026-06-02", "2026-06-04"),
        adoption: "2026-06-04",
        place: "ナント",
    },
    CorpusDraft {
        name: "ja-2-era",
        lang: "ja",
        outline: "2 sections, 0 sub-sections, 2 paragraphs, 3 items, 0 commitments",
        meeting: ("2026-06-02", "2026-06-04"),
        adoption: "2026-06-04",
        place: "ナント",
    },
    CorpusDraft {
        name: "ja-3-fullwidth",
        lang: "ja",
        outline: "2 sections, 0 sub-sections, 0 paragraphs, 3 items, 0 commitments",
        meeting: ("2026-06-02", "2026-06-04"),
        adoption: "2026-06-04",
        place: "ナント",
    },
    CorpusDraft {
        name: "ja-4-kanji",
        lang: "ja",
        outline: "2 sections, 0 sub-sections, 1 paragraph, 0 items, 3 commitments",
        meeting: ("2026-06-02", "2026-06-04"),
        adoption: "2026-06-04",
        place: "ナント",
    },
];

/// The texts of a corpus draft's HTML source, block by block, in order.
fn corpus_blocks(name: &str) -> Vec<String> {
    let html = std::fs::read_to_string(root().join(format!("fixtures/import/corpus/{name}.html")))
        .unwrap();
    let body = &html[html.find("<body>").unwrap()..];
    let mut blocks = Vec::new();
    for piece in body.split("</") {
        // The text after the last opening tag of a paragraph, heading or entry.
        let Some(open) = ["<p>", "<h1>", "<h2>", "<li>"]
            .iter()
            .filter_map(|tag| piece.rfind(tag).map(|at| at + tag.len()))
            .max()
        else {
            continue;
        };
        let text = piece[open..]
            .replace("<sup>", "")
            .replace("<b>", "")
            .replace("</sup>", "");
        if !text.trim().is_empty() {
            blocks.push(text);
        }
    }
    blocks
}

#[test]
fn each_draft_of_the_corpus_imports_to_its_structure_and_facts() {
    for draft in &CORPUS {
        let name = draft.name;
        let work = tempfile::tempdir().unwrap();
        let dir = work.path().join(name);
        let file = root().join(format!("fixtures/import/corpus/{name}.docx"));
        let output = import_as(draft.lang, &file, &dir, &[]);
        succeeded(&output);
        let report = stdout(&output);
        assert!(
            report.contains(&format!(": {}\n", draft.outline)),
            "{name}: {report}"
        );
        let toml = std::fs::read_to_string(dir.join("declaration.toml")).unwrap();
        for fact in [
            "edition = 9".to_owned(),
            format!("opens = {}", draft.meeting.0),
            format!("closes = {}", draft.meeting.1),
            format!("date = {}", draft.adoption),
            "id = \"japan\"\nname = \"delegation-japan\"\ncount = 31".to_owned(),
            "id = \"france\"\nname = \"delegation-france\"\ncount = 21".to_owned(),
        ] {
            assert!(toml.contains(&fact), "{name}: {fact} in\n{toml}");
        }
        let ftl = std::fs::read_to_string(dir.join(format!("{}.ftl", draft.lang))).unwrap();
        assert!(
            ftl.contains(&format!("\nadoption-place = {}\n", draft.place)),
            "{name}: {ftl}"
        );
        // No error; its PDF holds every block of the draft, in order, as typed.
        let check = sengen(&root(), &["check", dir.to_str().unwrap()]);
        assert_eq!(check.status.code(), Some(0), "{name}: {}", stderr(&check));
        let (out, built) = build(&dir, &[]);
        succeeded(&built);
        let pdf = out.path().join(format!("{name}.{}.pdf", draft.lang));
        let text = squash(&pdftotext(&["-raw"], &pdf));
        let blocks: Vec<String> = corpus_blocks(name).iter().map(|b| squash(b)).collect();
        assert!(blocks.len() >= 7, "{name}: {blocks:?}");
        if let Err(e) = find_in_order(&text, &blocks) {
            panic!("{name}: {e}");
        }
    }
}

#[test]
fn a_fact_the_draft_gives_twice_two_ways_is_not_settled_by_a_guess() {
    // The title says the 9th meeting, the preamble the 10th; the Japanese
    // delegation counted 31, then 25.
    let draft = file_with(
        ".txt",
        "Nous, représentants de 31 collectivités japonaises et de 21 collectivités françaises, dont 25 collectivités japonaises, réunis à Nantes du 2 au 4 juin 2026 pour les 10<sup>es</sup> Rencontres franco-japonaises de la coopération décentralisée, adoptons la déclaration suivante.\n\n### **9<sup>es</sup> Rencontres franco-japonaises de la coopération décentralisée - Déclaration de Nantes**\n\nNantes, le 4 juin 2026\n\nNous coopérons.\n"
            .as_bytes(),
    );
    refused(
        draft.path(),
        "error[I011]: FILE: the draft gives the edition twice, two ways: 9 (line 3) and 10 (line 1)",
        "say which is right on the command line: --edition 9 or --edition 10",
    );
    refused(
        draft.path(),
        "error[I011]: FILE: the draft gives the number of local governments of `japan` twice, two ways: 31 (line 1) and 25 (line 1)",
        "say which is right on the command line: --count japan=31 or --count japan=25",
    );
    // Said on the command line, the draft comes in.
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("nantes-2026");
    let output = import_to(
        draft.path(),
        &dir,
        &[
            "--edition",
            "9",
            "--count",
            "japan=31",
            "--count",
            "france=21",
        ],
    );
    // Written with the values said; the 25 typed in the text, which the
    // data now contradicts, is what `check` then points at.
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).contains(
            "error[X001]: the text says 25, but the delegations count japan 31, france 21 (52 in all)"
        ),
        "{}",
        stderr(&output)
    );
    let toml = std::fs::read_to_string(dir.join("declaration.toml")).unwrap();
    assert!(
        toml.contains("edition = 9")
            && toml.contains("id = \"japan\"\nname = \"delegation-japan\"\ncount = 31"),
        "{toml}"
    );
}

#[test]
fn a_heading_numbered_by_word_keeps_its_number() {
    // fr-5 is fr-1 with « Atelier 1 : » and « Atelier 2 : » written by a Word
    // list (« Atelier %1 : ») instead of typed: the same declaration.
    let work = tempfile::tempdir().unwrap();
    // Its report, and its files past the comment that names the file it
    // came from.
    let import = |name: &str| {
        // The same folder name: the declaration's id comes from it.
        std::fs::create_dir(work.path().join(name)).unwrap();
        let dir = work.path().join(name).join("nantes-2026");
        let file = root().join(format!("fixtures/import/corpus/{name}.docx"));
        let output = import_as("fr", &file, &dir, &[]);
        succeeded(&output);
        let after_head = |file: &str| {
            let text = std::fs::read_to_string(dir.join(file)).unwrap();
            text.lines()
                .skip_while(|l| l.starts_with('#'))
                .collect::<Vec<_>>()
                .join("\n")
        };
        (
            stdout(&output),
            (after_head("fr.ftl"), after_head("declaration.toml")),
        )
    };
    let (_, typed) = import("fr-1-nantes");
    let (said, numbered) = import("fr-5-numbered-headings");
    // Said in the report.
    has_lines(
        &said,
        &[
            "  paragraph 5: « Atelier 1 : », the number Word's list gives this heading, kept in its text",
        ],
    );
    assert!(
        numbered
            .0
            .contains("\natelier-1-economie = Atelier 1 : Économie\n")
            && numbered
                .0
                .contains("\natelier-2-societe = Atelier 2 : Société\n"),
        "{}",
        numbered.0
    );
    assert_eq!(numbered, typed);
    // Bold paragraphs each numbered alone by a list are the workshops'
    // headings, their numbers kept; not three one-entry lists.
    let (said, (ftl, _)) = import("fr-6-bold-numbered");
    has_lines(
        &said,
        &[
            "  paragraph 8: « 2. Société inclusive », a bold paragraph numbered alone by a list, taken as a heading, its number kept",
        ],
    );
    for heading in [
        "\nsection-1 = 1. Économie et emploi\n",
        "\nsection-2 = 2. Société inclusive\n",
        "\nsection-3 = 3. Environnement\n",
    ] {
        assert!(ftl.contains(heading), "{heading:?} in {ftl}");
    }
}

#[test]
fn an_english_draft_gives_its_facts_too() {
    let draft = file_with(
        ".txt",
        "We, the representatives of 31 Japanese local governments and 21 French local governments, gathered in Nantes from June 2 to June 4, 2026 for the 9th Japan-France Decentralized Cooperation Meeting, adopt the following declaration.\n\n### **Nantes Declaration**\n\nNantes, June 4, 2026\n\nWe will keep working together.\n"
            .as_bytes(),
    );
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("nantes-2026");
    let output = import_as("en", draft.path(), &dir, &[]);
    succeeded(&output);
    let report = stdout(&output);
    has_lines(
        &report,
        &[
            "  31 local governments of the delegation `japan`: the preamble (line 1)",
            "  21 local governments of the delegation `france`: the preamble (line 1)",
            "  adopted on 2026-06-04: « Nantes, June 4, 2026 » (line 5)",
            "  the meeting from 2026-06-02 to 2026-06-04: the preamble (line 1)",
            "  adopted at Nantes: the title « Nantes Declaration »",
            "  line 1, preamble: 31 → { $japan-count }",
        ],
    );
    let toml = std::fs::read_to_string(dir.join("declaration.toml")).unwrap();
    assert!(toml.contains("edition = 9"), "{toml}");
    let ftl = std::fs::read_to_string(dir.join("en.ftl")).unwrap();
    assert!(
        ftl.contains("\ndelegation-japan = Japanese local governments\n"),
        "{ftl}"
    );
    let check = sengen(&root(), &["check", dir.to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
}

#[test]
fn meeting_days_without_an_edition_are_not_dropped_unseen() {
    let draft = file_with(
        ".txt",
        "Nous, représentants de 31 collectivités japonaises et de 21 collectivités françaises, réunis à Nantes du 2 au 4 juin 2026, adoptons la déclaration suivante.\n\n### **Déclaration de Nantes**\n\nNantes, le 4 juin 2026\n\nNous coopérons.\n"
            .as_bytes(),
    );
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("nantes-2026");
    let output = import_to(draft.path(), &dir, &[]);
    succeeded(&output);
    let err = stderr(&output).replace(&draft.path().display().to_string(), "FILE");
    assert!(
        err.contains("warning[I012]: FILE: the meeting's days (2026-06-02 to 2026-06-04) are found, but not its edition: the meeting is not recorded\n = hint: give its edition on the command line (--edition 9), or write it in the meeting's name as the draft's language does (« 9e Rencontres », 第9回)\n"),
        "{err}"
    );
    let toml = std::fs::read_to_string(dir.join("declaration.toml")).unwrap();
    assert!(!toml.contains("[meeting]"), "{toml}");
    // With the edition given, the days are the meeting's.
    let dir = work.path().join("again").join("nantes-2026");
    std::fs::create_dir(work.path().join("again")).unwrap();
    let output = import_to(draft.path(), &dir, &["--edition", "9"]);
    succeeded(&output);
    assert!(!stderr(&output).contains("I012"), "{}", stderr(&output));
    let toml = std::fs::read_to_string(dir.join("declaration.toml")).unwrap();
    assert!(
        toml.contains("[meeting]\nedition = 9\nopens = 2026-06-02\ncloses = 2026-06-04"),
        "{toml}"
    );
}

/// A PDF of `pages` blank A4 pages (a scan without its images).
fn blank_pdf(pages: usize) -> Vec<u8> {
    let kids: Vec<String> = (0..pages).map(|i| format!("{} 0 R", i + 3)).collect();
    let mut objects = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        format!(
            "<< /Type /Pages /Kids [{}] /Count {pages} >>",
            kids.join(" ")
        ),
    ];
    for _ in 0..pages {
        objects.push("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>".to_owned());
    }
    pdf_of(&objects)
}

/// A PDF of `objects` (numbered from 1, the first its catalog), its
/// cross-reference table at the right offsets.
fn pdf_of(objects: &[String]) -> Vec<u8> {
    let objects: Vec<Vec<u8>> = objects.iter().map(|o| o.as_bytes().to_vec()).collect();
    pdf_of_bytes(&objects)
}

/// As `pdf_of`, its objects as bytes (a compressed stream).
fn pdf_of_bytes(objects: &[Vec<u8>]) -> Vec<u8> {
    let mut pdf = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend(format!("{} 0 obj\n", i + 1).bytes());
        pdf.extend(object);
        pdf.extend(b"\nendobj\n");
    }
    let xref = pdf.len();
    pdf.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).bytes());
    for offset in offsets {
        pdf.extend(format!("{offset:010} 00000 n \n").bytes());
    }
    pdf.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .bytes(),
    );
    pdf
}

#[test]
fn a_pdf_whose_structure_loops_is_read_once() {
    // A tagged page whose structure tree holds itself, twice, and a
    // paragraph that names its own parent and opens with an empty span:
    // read in finite time, each paragraph once, no crash.
    let content = "/P << /MCID 0 >> BDC BT /F1 12 Tf 72 700 Td (Nous, 35 collectivites) Tj ET EMC";
    let objects = vec![
        "<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 5 0 R /MarkInfo << /Marked true >> >>"
            .to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>".to_owned(),
        format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len()),
        "<< /Type /StructTreeRoot /K [6 0 R 6 0 R 5 0 R] >>".to_owned(),
        // Its first kid a span that draws nothing: the paragraph stays open.
        "<< /Type /StructElem /S /P /P 5 0 R /Pg 3 0 R /K [7 0 R 0 6 0 R 5 0 R] >>".to_owned(),
        "<< /Type /StructElem /S /Span /P 6 0 R /K [] >>".to_owned(),
    ];
    let file = file_with(".pdf", &pdf_of(&objects));
    let work = tempfile::tempdir().unwrap();
    let output = import_to(file.path(), &work.path().join("out"), &[]);
    // The draft is one paragraph: no title, said as such.
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("error[I006]"),
        "{}",
        stderr(&output)
    );
}

/// A declaration's own PDF, built from its fixture.
fn own_pdf(lang: &str) -> (tempfile::TempDir, PathBuf) {
    let (out, built) = build(&fixture("shizuoka-2024"), &["--lang", lang]);
    succeeded(&built);
    let pdf = out.path().join(format!("shizuoka-2024.{lang}.pdf"));
    (out, pdf)
}

#[test]
fn the_declarations_own_pdfs_import_back_to_its_structure_and_text() {
    // French: tagged by Typst; its structure tree gives the structure, the
    // signature pages are left out, the words Typst hyphenated are whole.
    let (_out, pdf) = own_pdf("fr");
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("shizuoka-2024");
    let output = import_to(&pdf, &dir, &["--final"]);
    succeeded(&output);
    let report = stdout(&output);
    has_lines(
        &report,
        &[
            "  the PDF is tagged: its paragraphs, headings and list entries are those its structure tree names; what it marks as page furniture is left out",
            "  the signature pages left out (page 5–10): the signatories are facts of declaration.toml, not text",
            "  « revitali- » at a line's end joined with the next line: « revitalisation »",
            "  paragraph 57 (page 4): the dateline sengen prints above the signatures, left out (sengen prints it again from the facts)",
        ],
    );
    assert_eq!(shape(&dir), shape(&fixture("shizuoka-2024")));
    assert_eq!(french_body(&dir), french_body(&fixture("shizuoka-2024")));
    // Printed once, from the facts.
    let text = french_text(&dir);
    assert_eq!(
        text.matches("Fait à Shizuoka, le 21 novembre 2024").count(),
        1,
        "{text}"
    );
    let toml = std::fs::read_to_string(dir.join("declaration.toml")).unwrap();
    for fact in [
        "edition = 8",
        "opens = 2024-11-18",
        "date = 2024-11-21",
        "count = 35",
        "count = 19",
    ] {
        assert!(toml.contains(fact), "{fact} in\n{toml}");
    }

    // Japanese: the same structure; the notice sengen prints on a
    // provisional translation (« 本書は仮訳であり… ») is its own, not text.
    let (_out, pdf) = own_pdf("ja");
    let dir = work.path().join("shizuoka-ja");
    let output = import_as("ja", &pdf, &dir, &["--final"]);
    succeeded(&output);
    has_lines(
        &stdout(&output),
        &[
            "  paragraph 4 (page 1): the notice sengen prints on a provisional translation, left out (sengen prints it again from the facts)",
        ],
    );
    assert_eq!(shape(&dir), shape(&fixture("shizuoka-2024")));
    let ja = std::fs::read_to_string(dir.join("ja.ftl")).unwrap();
    assert!(!ja.contains("本書は仮訳"), "{ja}");
    // Its text, built again, is the fixture's, character for character.
    let body = |dir: &Path| {
        let (out, built) = build(dir, &["--lang", "ja"]);
        succeeded(&built);
        let pdf = std::fs::read_dir(out.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.to_string_lossy().ends_with(".ja.pdf"))
            .unwrap();
        let text = squash(&pdftotext(&["-raw"], &pdf));
        let start = text
            .find("2008年にナンシー市")
            .expect("the first paragraph");
        let end = text.find("再会することを約束する。").expect("the closing");
        // Without each page's footer (its number, the sources' fingerprint)
        // and the fixture's running head (仮訳, a provisional translation).
        let furniture = regex::Regex::new(r"\d+/\d+SHA-?256[0-9a-f]+(仮訳)?").unwrap();
        furniture.replace_all(&text[start..end], "").into_owned()
    };
    assert_eq!(body(&dir), body(&fixture("shizuoka-2024")));
}

#[test]
fn a_libreoffice_pdf_imports_to_the_same_declaration_as_its_docx() {
    let (_a, from_docx, output) = import(DOCX, &["--final"]);
    succeeded(&output);
    // Untagged: read from its layout (lines joined by the measure, list
    // entries by their bullets, headings by their type); tagged: its tree.
    for (pdf, how) in [
        (
            "shizuoka-2024.libreoffice.pdf",
            "  the PDF is not tagged: its paragraphs are read from its layout (lines joined where the spacing, the indents and the line ends say so)",
        ),
        (
            "shizuoka-2024.libreoffice-tagged.pdf",
            "  the PDF is tagged: its paragraphs, headings and list entries are those its structure tree names; what it marks as page furniture is left out",
        ),
    ] {
        let (_b, from_pdf, output) = import(&format!("fixtures/import/pdf/{pdf}"), &["--final"]);
        succeeded(&output);
        has_lines(&stdout(&output), &[how]);
        for file in ["fr.ftl", "declaration.toml"] {
            assert_eq!(
                without_header(&from_pdf, file),
                without_header(&from_docx, file),
                "{pdf}: {file}"
            );
        }
    }
    // Each corpus draft's PDF, as LibreOffice exports it, imports as its
    // .docx does: the same messages (U+3000 as typed, Japanese titles split
    // at it, entries by Word's symbol-font bullets) and facts.
    for draft in &CORPUS {
        let name = draft.name;
        let (first, second) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let (docx, pdf) = (first.path().join(name), second.path().join(name));
        succeeded(&import_as(
            draft.lang,
            &root().join(format!("fixtures/import/corpus/{name}.docx")),
            &docx,
            &[],
        ));
        succeeded(&import_as(
            draft.lang,
            &root().join(format!("fixtures/import/pdf/corpus/{name}.pdf")),
            &pdf,
            &[],
        ));
        for file in [format!("{}.ftl", draft.lang), "declaration.toml".to_owned()] {
            assert_eq!(
                without_header(&pdf, &file),
                without_header(&docx, &file),
                "{name}: {file}"
            );
        }
        if name == "ja-1-nantes" {
            let ja = std::fs::read_to_string(pdf.join("ja.ftl")).unwrap();
            for line in [
                "\nmeeting = { $edition-ordinal }日仏自治体交流会議\n",
                "\ntitle = ナント宣言\n",
                "\nplace-and-date = { $adoption-date }\u{3000}ナント市にて\n",
            ] {
                assert!(ja.contains(line), "{line:?} in\n{ja}");
            }
        }
    }
}

#[test]
fn a_damaged_pdf_is_refused_or_read_never_a_crash() {
    let good =
        std::fs::read(root().join("fixtures/import/pdf/shizuoka-2024.libreoffice.pdf")).unwrap();
    let mut damaged = vec![
        good[..good.len() / 3].to_vec(),
        good[..good.len() - 200].to_vec(),
    ];
    // Bytes overwritten, the same ones every run.
    let mut seed = 0x2545_f491_u32;
    for _ in 0..6 {
        let mut bad = good.clone();
        for _ in 0..40 {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            let at = seed as usize % bad.len();
            bad[at] = (seed >> 8) as u8;
        }
        damaged.push(bad);
    }
    for (n, bytes) in damaged.iter().enumerate() {
        let file = file_with(".pdf", bytes);
        let work = tempfile::tempdir().unwrap();
        let dir = work.path().join("out");
        let output = import_to(file.path(), &dir, &["--final"]);
        // Read (what it could), or refused with a diagnostic: never an
        // internal failure, and nothing written when refused.
        match output.status.code() {
            Some(0) => {}
            Some(1) => {
                assert!(
                    stderr(&output).contains("error["),
                    "{n}: {}",
                    stderr(&output)
                );
                assert!(!dir.exists(), "{n}");
            }
            other => panic!("damaged PDF {n}: exit {other:?}\n{}", stderr(&output)),
        }
    }
}

#[test]
fn an_earlier_edition_as_its_website_gives_it_comes_in_without_its_page_furniture() {
    // LibreOffice's PDF of an imagined 2014 declaration: a running head and
    // a page number in small type, the title centred on two lines, numbered
    // bold headings, « - » entries, counts written « 28 collectivités
    // territoriales japonaises », an edition in the plural.
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("takamatsu-2014");
    let output = import_to(
        &root().join("fixtures/import/pdf/fr-2014-takamatsu.pdf"),
        &dir,
        &[],
    );
    succeeded(&output);
    let report = stdout(&output);
    assert!(
        report.contains(": 3 sections, 0 sub-sections, 7 paragraphs, 6 items, 0 commitments\n"),
        "{report}"
    );
    has_lines(
        &report,
        &[
            "  the PDF is not tagged: its paragraphs are read from its layout (lines joined where the spacing, the indents and the line ends say so)",
            "  « - 1 - » left out as page furniture (page 1)",
            "  « Rencontres franco-japonaises – Takamatsu 2014 » left out as page furniture (page 1)",
            "  edition 4: « 4<sup>es</sup> Rencontres franco-japonaises de la coopération décentralisée » (paragraph 2 (page 1))",
            "  28 local governments of the delegation `japan`: the preamble (paragraph 1 (page 1))",
            "  17 local governments of the delegation `france`: the preamble (paragraph 1 (page 1))",
            "  adopted on 2014-10-30: « Takamatsu, le 30 octobre 2014 » (paragraph 3 (page 1))",
            "  the meeting from 2014-10-28 to 2014-10-30: the preamble (paragraph 1 (page 1))",
        ],
    );
    let ftl = std::fs::read_to_string(dir.join("fr.ftl")).unwrap();
    for line in [
        "\ntitle = Déclaration de Takamatsu\n",
        "\nplace-and-date = Takamatsu, le { $adoption-date }\n",
        "\nsection-1 = 1. Industrie\n",
        "\nsection-3 = 3. Jeunesse\n",
    ] {
        assert!(ftl.contains(line), "{line:?} in\n{ftl}");
    }
    assert!(!ftl.contains("Takamatsu 2014"), "{ftl}");
    // No error; the plural edition typed by hand is a warning to settle.
    let check = sengen(&root(), &["check", dir.to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
}

#[test]
fn each_draft_of_the_corpus_comes_back_from_its_pdf_as_typed() {
    // .docx → folder → sengen's PDF → folder again: the same messages, byte
    // for byte (U+3000, full-width digits, era dates, superscripts, every
    // space as typed), and the same facts and structure; the dateline and
    // the signature pages sengen added are its own, left out.
    for draft in &CORPUS {
        let name = draft.name;
        let (first, second) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let (from_docx, from_pdf) = (first.path().join(name), second.path().join(name));
        let docx = root().join(format!("fixtures/import/corpus/{name}.docx"));
        succeeded(&import_as(draft.lang, &docx, &from_docx, &[]));
        let (out, built) = build(&from_docx, &[]);
        succeeded(&built);
        let pdf = out.path().join(format!("{name}.{}.pdf", draft.lang));
        let output = import_as(draft.lang, &pdf, &from_pdf, &[]);
        succeeded(&output);
        for file in [format!("{}.ftl", draft.lang), "declaration.toml".to_owned()] {
            assert_eq!(
                without_header(&from_pdf, &file),
                without_header(&from_docx, &file),
                "{name}: {file}\n{}",
                stdout(&output)
            );
        }
    }
}

/// A PDF whose page's content is 1.5 GB of zeros in 1.5 MB.
pub(crate) fn inflating_pdf() -> Vec<u8> {
    use std::io::Write;
    let mut zlib = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    let zeros = vec![0u8; 16 * 1024 * 1024];
    for _ in 0..96 {
        zlib.write_all(&zeros).unwrap();
    }
    let stream = zlib.finish().unwrap();
    let mut content = format!(
        "<< /Length {} /Filter /FlateDecode >>\nstream\n",
        stream.len()
    )
    .into_bytes();
    content.extend(&stream);
    content.extend(b"\nendstream");
    pdf_of_bytes(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>".to_vec(),
        content,
    ])
}

#[test]
fn a_pdf_that_inflates_without_end_is_stopped_and_nothing_is_written() {
    // Read in a child process limited to 1 GB, stopped, said so.
    let file = file_with(".pdf", &inflating_pdf());
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("out");
    let output = import_to(file.path(), &dir, &[]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let said = stderr(&output);
    assert!(
        said.contains(&format!(
            "error[I002]: reading {} was stopped: it needed more memory than reading a draft may use (1 GB): a compressed part of it expands without end",
            file.path().display()
        )),
        "{said}"
    );
    assert!(!dir.exists());
}

#[test]
fn a_bilingual_pdf_gives_the_paragraphs_of_the_language_asked() {
    // sengen's fr-ja PDF: its tags give each column's language; importing
    // it in Japanese reads the Japanese column only, as the Japanese PDF
    // alone gives it.
    let (out, built) = build(&fixture("shizuoka-2024"), &[]);
    succeeded(&built);
    let work = tempfile::tempdir().unwrap();
    let (from_bilingual, from_japanese) = (
        work.path().join("a").join("shizuoka-2024"),
        work.path().join("b").join("shizuoka-2024"),
    );
    let output = import_as(
        "ja",
        &out.path().join("shizuoka-2024.fr-ja.pdf"),
        &from_bilingual,
        &["--final"],
    );
    succeeded(&output);
    has_lines(
        &stdout(&output),
        &[
            "  the PDF's tags give its paragraphs in fr, ja: only those in ja are read (62 others left out)",
        ],
    );
    succeeded(&import_as(
        "ja",
        &out.path().join("shizuoka-2024.ja.pdf"),
        &from_japanese,
        &["--final"],
    ));
    for file in ["ja.ftl", "declaration.toml"] {
        assert_eq!(
            without_header(&from_bilingual, file),
            without_header(&from_japanese, file),
            "{file}"
        );
    }
    // In French, the French column: the fixture's structure.
    let french = work.path().join("c").join("shizuoka-2024");
    succeeded(&import_as(
        "fr",
        &out.path().join("shizuoka-2024.fr-ja.pdf"),
        &french,
        &["--final"],
    ));
    assert_eq!(shape(&french), shape(&fixture("shizuoka-2024")));
}
