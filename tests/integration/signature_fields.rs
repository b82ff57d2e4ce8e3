//! Signed electronically: `build --signature-fields` gives each signatory
//! an empty signature field over their signature box (read back by qpdf,
//! placed against the words poppler finds on the page), archival and
//! accessible; pyHanko (PyPI) signs the fields one after the other as a
//! signatory's tool would, and both its validation and `sengen verify`
//! find every signature intact after each; tampered copies are caught.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::util::*;

/// The fields of a PDF as qpdf reads them: name, tooltip, page, flags.
struct Field {
    name: String,
    tooltip: String,
    page: usize,
    widget: Value,
}

/// Every indirect object of a PDF, by its reference (`"12 0 R"`), as qpdf's
/// JSON gives them.
fn objects(pdf: &Path) -> BTreeMap<String, Value> {
    let json: Value = serde_json::from_str(&tool(
        "qpdf",
        &["--json=2", "--json-key=qpdf", pdf.to_str().unwrap()],
    ))
    .expect("qpdf's JSON");
    json["qpdf"][1]
        .as_object()
        .expect("the objects")
        .iter()
        .map(|(key, value)| {
            let reference = key.trim_start_matches("obj:").to_owned();
            (reference, value["value"].clone())
        })
        .collect()
}

fn fields(pdf: &Path) -> (Vec<Field>, BTreeMap<String, Value>, Value) {
    let json: Value = serde_json::from_str(&tool(
        "qpdf",
        &["--json=2", "--json-key=acroform", pdf.to_str().unwrap()],
    ))
    .expect("qpdf's JSON");
    let objects = objects(pdf);
    let fields = json["acroform"]["fields"]
        .as_array()
        .expect("fields")
        .iter()
        .map(|f| Field {
            name: f["fullname"].as_str().unwrap().to_owned(),
            tooltip: f["alternativename"].as_str().unwrap().to_owned(),
            page: f["pageposfrom1"].as_u64().unwrap() as usize,
            widget: objects[f["annotation"]["object"].as_str().unwrap()].clone(),
        })
        .collect();
    (fields, objects, json["acroform"].clone())
}

fn number(value: &Value) -> f64 {
    value
        .as_f64()
        .unwrap_or_else(|| panic!("a number: {value}"))
}

fn rect(widget: &Value) -> [f64; 4] {
    let r: Vec<f64> = widget["/Rect"]
        .as_array()
        .unwrap()
        .iter()
        .map(number)
        .collect();
    [r[0], r[1], r[2], r[3]]
}

/// Checks every field of a PDF against the page it lies on: one per
/// signatory, in their order, each exactly under its block's « Signature »
/// label, as wide as its column, 16 mm high, over a blank; PDF/A-2 and
/// PDF/UA-1's rules for a field; the structure wired to it.
fn check_fields(pdf: &Path, names: &[&str], label: &str, tooltips: &[(&str, &str)]) {
    check_fields_under(pdf, names, &[label], tooltips)
}

/// `check_fields`, the label being the first word of any of `labels`.
fn check_fields_under(pdf: &Path, names: &[&str], labels: &[&str], tooltips: &[(&str, &str)]) {
    qpdf_check(pdf);
    let (fields, objects, acroform) = fields(pdf);
    let found: Vec<&str> = fields.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(
        found,
        names,
        "{}: one field per signatory, in order",
        pdf.display()
    );
    assert_eq!(acroform["needappearances"], false);
    let words = words(pdf);
    let page_height = 841.89;
    let mut placed: Vec<(usize, [f64; 4])> = Vec::new();
    for field in &fields {
        let widget = &field.widget;
        let [x0, y0, x1, y1] = rect(widget);
        // PDF/A-2 6.3.2, 6.3.3, 6.4.1: printed, an appearance (N only), no action.
        assert_eq!(widget["/F"], 4, "{}", field.name);
        assert_eq!(widget["/FT"], "/Sig");
        let appearance = widget["/AP"].as_object().expect("/AP");
        assert_eq!(
            appearance.keys().collect::<Vec<_>>(),
            ["/N"],
            "{}",
            field.name
        );
        assert!(widget.get("/A").is_none() && widget.get("/AA").is_none());
        // 16 mm high, a column wide.
        assert!((y1 - y0 - 45.35).abs() < 0.05, "{}: {y0}..{y1}", field.name);
        assert!(x1 - x0 > 150.0, "{}: {x0}..{x1}", field.name);
        // Right under its block's label, at its left edge.
        let top = page_height - y1;
        let under = words.iter().filter(|w| {
            w.page == field.page
                && labels.contains(&w.text.as_str())
                && (w.x - x0).abs() < 0.5
                && w.y < top
                && top - w.y < 14.0
        });
        assert_eq!(
            under.count(),
            1,
            "{}: the label {labels:?} right above ({x0}, {top})",
            field.name
        );
        // Over a blank: no word lies inside the box.
        let inside = words.iter().find(|w| {
            w.page == field.page && w.x > x0 && w.x < x1 && w.y > top && w.y < page_height - y0
        });
        assert!(
            inside.is_none(),
            "{}: {inside:?} inside the box",
            field.name
        );
        for (page, other) in &placed {
            let apart = *page != field.page
                || other[2] <= x0
                || x1 <= other[0]
                || other[3] <= y0
                || y1 <= other[1];
            assert!(apart, "{} overlaps another field", field.name);
        }
        placed.push((field.page, [x0, y0, x1, y1]));

        // PDF/UA-1 7.18: the page read in structure order; the widget in a
        // Form element whose one kid is its object reference.
        let page = &objects[widget["/P"].as_str().unwrap()];
        assert_eq!(page["/Tabs"], "/S", "{}", field.name);
        let key = widget["/StructParent"].as_i64().expect("a /StructParent");
        let form = parent_tree_entry(&objects, key);
        assert_eq!(form["/S"], "/Form", "{}", field.name);
        assert_eq!(
            form["/K"]["/Type"], "/OBJR",
            "{}: K is the reference itself",
            field.name
        );
        let widget_ref = widget_reference(&objects, widget);
        assert_eq!(form["/K"]["/Obj"], widget_ref.as_str(), "{}", field.name);
    }
    for (name, tooltip) in tooltips {
        let field = fields.iter().find(|f| f.name == *name).expect("the field");
        assert_eq!(field.tooltip, *tooltip, "{} of {}", name, pdf.display());
    }
}

/// The reference of a widget, found among the objects.
fn widget_reference(objects: &BTreeMap<String, Value>, widget: &Value) -> String {
    objects
        .iter()
        .find(|(_, v)| *v == widget)
        .map(|(k, _)| k.clone())
        .expect("the widget's object")
}

/// The structure element a ParentTree key maps to (a flat /Nums here).
fn parent_tree_entry(objects: &BTreeMap<String, Value>, key: i64) -> Value {
    let root = objects
        .values()
        .find(|v| v["/Type"] == "/StructTreeRoot")
        .expect("a structure tree");
    let tree = match &root["/ParentTree"] {
        Value::String(reference) => objects[reference].clone(),
        tree => tree.clone(),
    };
    let nums = tree["/Nums"].as_array().expect("/Nums");
    let at = nums
        .chunks(2)
        .find(|pair| pair[0].as_i64() == Some(key))
        .unwrap_or_else(|| panic!("no ParentTree entry {key}"));
    objects[at[1].as_str().unwrap()].clone()
}

fn shizuoka_names() -> Vec<String> {
    let mut names = vec!["sig-shizuoka".to_owned()];
    names.extend((2..=35).map(|n| format!("sig-japan-{n}")));
    names.extend((1..=19).map(|n| format!("sig-france-{n}")));
    names
}

#[test]
fn shizuoka_has_a_field_over_each_of_its_54_signature_boxes_in_every_edition() {
    let (plain, _) = build(&fixture("shizuoka-2024"), &[]);
    let (out, _) = build(&fixture("shizuoka-2024"), &["--signature-fields"]);
    let names = shizuoka_names();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let mayor_fr = "Signature\u{a0}: Ville de Shizuoka, Maire, 難波 喬司";
    let mayor_ja = "署名：静岡市 市長 難波 喬司";
    let blank_fr = "Signature\u{a0}: Collectivités françaises, Bloc de signature 3 sur 19";
    let blank_ja = "署名：フランス側自治体 署名欄 3／19";
    let both = |a: &str, b: &str| format!("{a} / {b}");
    type Case<'a> = (&'a str, &'a str, Vec<(&'a str, String)>);
    let cases: [Case; 3] = [
        (
            "shizuoka-2024.fr.pdf",
            "Signature",
            vec![
                ("sig-shizuoka", mayor_fr.into()),
                ("sig-france-3", blank_fr.into()),
            ],
        ),
        (
            "shizuoka-2024.ja.pdf",
            "署名",
            vec![
                ("sig-shizuoka", mayor_ja.into()),
                ("sig-france-3", blank_ja.into()),
            ],
        ),
        (
            "shizuoka-2024.fr-ja.pdf",
            "Signature",
            vec![
                ("sig-shizuoka", both(mayor_fr, mayor_ja)),
                ("sig-france-3", both(blank_fr, blank_ja)),
            ],
        ),
    ];
    for (file, label, tooltips) in &cases {
        let pdf = out.path().join(file);
        let tooltips: Vec<(&str, &str)> = tooltips.iter().map(|(n, t)| (*n, t.as_str())).collect();
        check_fields(&pdf, &names, label, &tooltips);
        // Typst's PDF is the file's first revision, byte for byte: its
        // fingerprint, metadata and PDF/A and PDF/UA identification kept.
        let before = std::fs::read(plain.path().join(file)).unwrap();
        let after = std::fs::read(&pdf).unwrap();
        assert!(after.starts_with(&before), "{file}: an incremental update");
        let meta = pdfinfo_meta(&pdf);
        for claim in ["pdfaid:part>2<", "pdfaid:conformance>A<", "pdfuaid:part>1<"] {
            assert!(meta.contains(claim), "{file}: {claim} kept");
        }
    }
    // The same input, the same bytes.
    let (again, _) = build(&fixture("shizuoka-2024"), &["--signature-fields"]);
    for (file, _, _) in &cases {
        assert!(
            std::fs::read(out.path().join(file)).unwrap()
                == std::fs::read(again.path().join(file)).unwrap(),
            "{file}: deterministic"
        );
    }
}

#[test]
fn an_agreement_signed_inline_has_a_field_under_each_party_and_the_declaration_may_ask_for_them() {
    let dir = copy_fixture("midorikawa-ashford-bay");
    edit(
        dir.path(),
        "declaration.toml",
        "[signatures]",
        "[signatures]\nfields = true",
    );
    let (out, _) = build(dir.path(), &[]);
    let files = file_names(out.path());
    assert!(!files.is_empty());
    for file in &files {
        let pdf = out.path().join(file);
        let (fields, _, _) = fields(&pdf);
        let names: Vec<&str> = fields.iter().map(|f| f.name.as_str()).collect();

        // The order of the parties is each language's own.
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(sorted, ["sig-ashford-bay", "sig-midorikawa"], "{file}");
        check_fields_under(&pdf, &names, &["Signature", "署名"], &[]);
        // Inline: on the page of the dateline, the last one.
        assert!(fields.iter().all(|f| f.page == page_count(&pdf)), "{file}");
    }
}

/// The venv's Python with pyHanko (bash .ci/run makes it, SENGEN_PYTHON).
fn pades(args: &[&str]) -> String {
    let python = std::env::var("SENGEN_PYTHON").unwrap_or_else(|_| "python3".into());
    let output = Command::new(&python)
        .arg(root().join("tests/integration/tools/pades.py"))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{python}: {e} (bash .ci/run installs pyHanko)"));
    assert!(
        output.status.success(),
        "pades.py {args:?} failed (bash .ci/run installs pyHanko and sets SENGEN_PYTHON):\n{}",
        stderr(&output)
    );
    stdout(&output)
}

fn verify(pdf: &Path, extra: &[&str]) -> (Value, std::process::Output) {
    let mut args = vec!["verify", pdf.to_str().unwrap(), "--format", "json"];
    args.extend_from_slice(extra);
    let output = sengen(&root(), &args);
    let report = serde_json::from_str(&stdout(&output))
        .unwrap_or_else(|e| panic!("verify's JSON: {e}\n{}", stdout(&output)));
    (report, output)
}

/// A PDF signed in `fields` one after the other (RSA, then ECDSA, in
/// turn), checked after each signature by pyHanko and by `sengen verify`.
fn sign_in_turn(pdf: &Path, dir: &Path, fields: &[&str], work: &Path) -> std::path::PathBuf {
    let pki = work.join("pki");
    pades(&["pki", pki.to_str().unwrap()]);
    let ca = pki.join("ca.pem");
    let mut current = pdf.to_path_buf();
    for (n, field) in fields.iter().enumerate() {
        let signer = if n % 2 == 0 {
            "signer-rsa"
        } else {
            "signer-ec"
        };
        let next = work.join(format!("signed-{}.pdf", n + 1));
        pades(&[
            "sign",
            current.to_str().unwrap(),
            next.to_str().unwrap(),
            field,
            pki.join(format!("{signer}.key")).to_str().unwrap(),
            pki.join(format!("{signer}.pem")).to_str().unwrap(),
            ca.to_str().unwrap(),
        ]);
        current = next;

        // pyHanko: every signature so far intact, valid, trusted; what came
        // after each is form filling, nothing suspicious.
        let judged: Vec<Value> =
            pades(&["validate", current.to_str().unwrap(), ca.to_str().unwrap()])
                .lines()
                .map(|l| serde_json::from_str(l).unwrap())
                .collect();
        assert_eq!(judged.len(), n + 1, "pyHanko sees every signature");
        for j in &judged {
            assert_eq!(j["intact"], true, "{j}");
            assert_eq!(j["valid"], true, "{j}");
            assert_eq!(j["trusted"], true, "{j}");
            assert_eq!(j["suspicious"], false, "{j}");
            assert_eq!(j["docmdp_ok"], true, "{j}");
            assert!(j["level"] == "FORM_FILLING" || j["level"] == "NONE", "{j}");
        }

        // sengen verify, trusting the test's CA, with the declaration.
        let (report, output) = verify(
            &current,
            &[dir.to_str().unwrap(), "--trust", ca.to_str().unwrap()],
        );
        assert!(output.status.success(), "{report}");
        assert_eq!(report["holds"], true);
        assert_eq!(report["origin"]["build"], true, "{report}");
        assert_eq!(report["origin"]["with_fields"], true);
        let signed: Vec<&Value> = report["fields"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["signed"] == true)
            .collect();
        assert_eq!(signed.len(), n + 1);
        for f in &signed {
            for check in [
                "covers",
                "intact",
                "in_place",
                "later_only_signatures",
                "trusted",
            ] {
                assert_eq!(f[check], true, "{check}: {f}");
            }
        }
    }
    current
}

#[test]
fn signatories_sign_one_after_another_and_every_signature_stays_valid() {
    let work = tempfile::tempdir().unwrap();
    let (out, _) = build(
        &fixture("shizuoka-2024"),
        &["--signature-fields", "--lang", "fr", "--lang", "ja"],
    );
    let pdf = out.path().join("shizuoka-2024.fr-ja.pdf");
    let signed = sign_in_turn(
        &pdf,
        &fixture("shizuoka-2024"),
        &["sig-shizuoka", "sig-japan-2", "sig-france-19"],
        work.path(),
    );
    let (report, _) = verify(&signed, &[]);
    let first = &report["fields"][0];
    assert_eq!(first["field"], "sig-shizuoka");
    assert_eq!(first["signer"], "難波 喬司");
    assert_eq!(first["organization"], "静岡市");
    assert_eq!(first["algorithm"], "RSA 2048, SHA-256");
    assert_eq!(first["revision"], 3);
    assert!(first["claimed_time"].as_str().unwrap().ends_with(" UTC"));
    assert_eq!(first["trusted"], Value::Null, "not judged without --trust");
    assert_eq!(report["fields"][1]["algorithm"], "ECDSA P-256, SHA-256");
    assert_eq!(report["revisions"], 5);

    // The report in Japanese, for the archivist.
    let output = sengen(
        &root(),
        &["verify", signed.to_str().unwrap(), "--ui-lang", "ja"],
    );
    let text = stdout(&output);
    assert!(text.contains("署名欄 54 件のうち 3 件に署名済み"), "{text}");
    assert!(text.contains("1. sig-shizuoka（Signature\u{a0}: Ville de Shizuoka, Maire, 難波 喬司 / 署名：静岡市 市長 難波 喬司）：署名者 難波 喬司（静岡市）"), "{text}");
    assert!(
        text.contains("すべての確認項目を満たしています。"),
        "{text}"
    );
}

#[test]
fn tampering_is_caught_each_way_with_its_place() {
    let work = tempfile::tempdir().unwrap();
    let dir = copy_fixture("midorikawa-ashford-bay");
    let (out, _) = build(dir.path(), &["--signature-fields", "--lang", "en"]);
    let pdf = out.path().join("midorikawa-ashford-bay.en.pdf");
    let signed = sign_in_turn(
        &pdf,
        dir.path(),
        &["sig-ashford-bay", "sig-midorikawa"],
        work.path(),
    );
    let data = std::fs::read(&signed).unwrap();
    let messages = |output: &std::process::Output| -> String {
        let report: Value = serde_json::from_str(&stdout(output)).unwrap();
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                format!(
                    "{}: {}",
                    f["code"].as_str().unwrap(),
                    f["message"].as_str().unwrap()
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    };

    // One byte changed inside what the first signatures signed.
    let flipped = work.path().join("flipped.pdf");
    let at = data.windows(6).position(|w| w == b"/Title").unwrap() + 2;
    let mut bytes = data.clone();
    bytes[at] ^= 0x20;
    std::fs::write(&flipped, &bytes).unwrap();
    let (_, output) = verify(&flipped, &[]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        messages(&output),
        "V004: the signature in sig-ashford-bay does not match the bytes it signed (revision 3): the file was changed after it was signed\n\
         V004: the signature in sig-midorikawa does not match the bytes it signed (revision 4): the file was changed after it was signed"
    );

    // A page's text changed in an update after the signatures.
    let altered = work.path().join("altered.pdf");
    pades(&[
        "add-text",
        signed.to_str().unwrap(),
        altered.to_str().unwrap(),
    ]);
    assert!(tool("pdftotext", &[altered.to_str().unwrap(), "-"]).contains("and 1 million euros"));
    let (report, output) = verify(&altered, &[]);
    assert_eq!(output.status.code(), Some(1));
    let page_object = report["findings"][0]["variables"]["object"]
        .as_i64()
        .unwrap();
    let others = report["findings"][0]["variables"]["others"]
        .as_i64()
        .unwrap();
    assert!(others > 0, "the new text's stream and font too");
    assert_eq!(
        messages(&output),
        format!(
            "V006: revision 5 changes a page (object {page_object}) after a signature, and {others} other objects: more than signing"
        )
    );
    assert_eq!(
        report["fields"][0]["intact"], true,
        "what was signed is intact"
    );
    assert_eq!(report["fields"][0]["later_only_signatures"], false);

    // A signature moved to another field.
    let moved = work.path().join("moved.pdf");
    pades(&[
        "move-signature",
        signed.to_str().unwrap(),
        moved.to_str().unwrap(),
        "sig-ashford-bay",
        "sig-midorikawa",
    ]);
    let (_, output) = verify(&moved, &[]);
    assert_eq!(output.status.code(), Some(1));
    let found = messages(&output);
    assert!(
        found.contains("V007: the signature now in sig-midorikawa was made in the field sig-ashford-bay: it was moved"),
        "{found}"
    );

    // The PDF of another declaration given with DIR.
    let (_, output) = verify(
        &signed,
        &[fixture("belmont-kitahama-pact").to_str().unwrap()],
    );
    assert_eq!(output.status.code(), Some(1));
    let found = messages(&output);
    assert!(found.starts_with("V009: "), "{found}");
    assert!(found.contains("is not the build of"), "{found}");
    assert!(found.contains("its pages state the fingerprint"), "{found}");

    // The same declaration with one word changed: its fingerprint differs.
    edit(dir.path(), "en.ftl", "Ashford Bay", "Ashford Harbour");
    let (report, output) = verify(&signed, &[dir.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(report["findings"][0]["code"], "V009");
    assert_eq!(report["findings"][0]["variables"]["fingerprint"], "other");

    // Certificates to trust that the signers' do not chain to.
    let other = work.path().join("pki/other-ca.pem");
    let (_, output) = verify(&signed, &["--trust", other.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(messages(&output).starts_with("V008: the certificate of Marie DUPONT (field sig-midorikawa) does not chain to a certificate you trust")
        || messages(&output).contains("V008: the certificate of 難波 喬司 (field sig-ashford-bay) does not chain to a certificate you trust"));
}

#[test]
fn verify_names_what_it_cannot_check() {
    let work = tempfile::tempdir().unwrap();
    let not_pdf = work.path().join("note.pdf");
    std::fs::write(&not_pdf, "a note, not a PDF").unwrap();
    let output = sengen(&root(), &["verify", not_pdf.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("error[V001]"),
        "{}",
        stderr(&output)
    );

    let (out, _) = build(&fixture("midorikawa-ashford-bay"), &["--lang", "en"]);
    let unsigned = out.path().join("midorikawa-ashford-bay.en.pdf");
    let (report, output) = verify(&unsigned, &[]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(report["findings"][0]["code"], "V002");
    assert_eq!(
        report["findings"][0]["message"],
        format!(
            "{} has no signature field and no signature",
            unsigned.display()
        )
    );
}
