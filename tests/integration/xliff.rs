//! XLIFF out to a translator's tool and back, with real third-party readers:
//! translate-toolkit (Python) for XLIFF 1.2, the `xliff` package of the npm
//! registry and lxml for XLIFF 2.0. `.ci/run` installs them and points the
//! tests at them (`SENGEN_PYTHON`, `SENGEN_NODE_PATH`); without them, these
//! tests fail and say how to get them.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::util::*;

fn tool_script(name: &str) -> PathBuf {
    root().join("tests/integration/tools").join(name)
}

/// Runs a helper script with the tools `.ci/run` installed.
fn script(program: &str, env: &str, name: &str, args: &[&str]) {
    let mut command = Command::new(match (program, std::env::var(env)) {
        ("python3", Ok(python)) => python,
        (program, _) => program.to_owned(),
    });
    if program == "node" {
        let modules = std::env::var(env).unwrap_or_else(|_| {
            panic!("{env} must name the node_modules folder holding the `xliff` package (bash .ci/run sets it)")
        });
        command.env("NODE_PATH", modules);
    }
    let output = command
        .arg(tool_script(name))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program} {name}: {e} (bash .ci/run installs the tools)"));
    assert!(
        output.status.success(),
        "{program} {name} failed (bash .ci/run installs translate-toolkit, lxml and the xliff npm package, and sets {env}):\n{}",
        stderr(&output)
    );
}

fn export(dir: &Path, lang: &str, version: &str, out: &Path) {
    let output = sengen(
        dir,
        &[
            "xliff",
            "export",
            ".",
            "--lang",
            lang,
            "--version",
            version,
            "-o",
            out.to_str().unwrap(),
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
}

fn import(dir: &Path, file: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["xliff", "import", ".", file.to_str().unwrap()];
    args.extend_from_slice(extra);
    sengen(dir, &args)
}

/// Every file of a folder and its bytes.
fn contents(dir: &Path) -> Vec<(String, Vec<u8>)> {
    file_names(dir)
        .into_iter()
        .filter(|n| !n.ends_with(".xlf"))
        .map(|n| {
            let bytes = std::fs::read(dir.join(&n)).unwrap();
            (n, bytes)
        })
        .collect()
}

/// The messages of a Fluent text whose source differs between two versions.
fn changed_messages(before: &str, after: &str) -> Vec<String> {
    let parse = |text: &str| fluent_bundle::FluentResource::try_new(text.to_owned()).unwrap();
    let (old, new) = (parse(before), parse(after));
    let mut changed = Vec::new();
    for message in sengen::fluent::messages(&new) {
        let id = message.id.name;
        let text = |r: &fluent_bundle::FluentResource, s: &str| {
            sengen::fluent::pattern_range(r, id).map(|range| s[range].to_owned())
        };
        if text(&old, before) != text(&new, after) {
            changed.push(id.to_owned());
        }
    }
    changed
}

#[test]
fn export_then_import_of_the_untouched_file_changes_no_byte() {
    for version in ["1.2", "2.0"] {
        let dir = copy_fixture("shizuoka-2024");
        let before = contents(dir.path());
        let file = dir.path().join("ja.xlf");
        export(dir.path(), "ja", version, &file);
        let output = import(dir.path(), &file, &[]);
        assert!(output.status.success(), "{version}: {}", stderr(&output));
        assert!(
            String::from_utf8_lossy(&output.stdout)
                .starts_with("ja: 0 units changed, 0 recorded as reviewed"),
            "{version}: {}",
            String::from_utf8_lossy(&output.stdout)
        );
        assert!(contents(dir.path()) == before, "{version}: a byte changed");
    }
}

#[test]
fn the_exported_file_protects_the_codes_and_carries_the_review_state() {
    let dir = copy_fixture("shizuoka-2024");
    let file = dir.path().join("ja.xlf");
    export(dir.path(), "ja", "1.2", &file);
    let xml = std::fs::read_to_string(&file).unwrap();
    assert!(xml.contains(r#"<file original="ja.ftl" source-language="fr" target-language="ja" datatype="plaintext" sengen:declaration="shizuoka-2024" sengen:source-file="fr.ftl">"#));
    assert!(
        xml.contains(r#"<x id="1" equiv-text="{ $japan-count }"/>"#),
        "variables are codes"
    );
    assert!(
        xml.contains(r#" equiv-text="&lt;sup&gt;"/>ères<x id="#),
        "superscripts are codes"
    );
    assert!(
        !xml.contains("{ $japan-count } collectivités"),
        "never editable text"
    );
    assert!(xml.contains(r#"<trans-unit id="title" approved="yes" sengen:source-hash=""#));
    // A unit whose source changed since its review is exported as needing review.
    edit(
        dir.path(),
        "fr.ftl",
        "title = Déclaration de",
        "title = Déclaration commune de",
    );
    export(dir.path(), "ja", "2.0", &file);
    let xml = std::fs::read_to_string(&file).unwrap();
    let title = &xml[xml.find(r#"<unit id="title""#).unwrap()..];
    assert!(
        title[..title.find("</unit>").unwrap()]
            .contains(r#"<segment state="translated" subState="sengen:stale">"#)
    );
    // --only stale leaves the current units out.
    let output = sengen(
        dir.path(),
        &[
            "xliff",
            "export",
            ".",
            "--lang",
            "ja",
            "--only",
            "stale",
            "-o",
            "stale.xlf",
        ],
    );
    assert!(output.status.success());
    let stale = std::fs::read_to_string(dir.path().join("stale.xlf")).unwrap();
    assert_eq!(stale.matches("<trans-unit ").count(), 1, "{stale}");
}

#[test]
fn translate_toolkit_edits_two_units_and_sengen_brings_back_exactly_those() {
    let dir = copy_fixture("shizuoka-2024");
    let before = std::fs::read_to_string(dir.path().join("ja.ftl")).unwrap();
    let exported = dir.path().join("ja.xlf");
    let translated = dir.path().join("ja-translated.xlf");
    export(dir.path(), "ja", "1.2", &exported);
    script(
        "python3",
        "SENGEN_PYTHON",
        "translate_toolkit_translator.py",
        &[
            exported.to_str().unwrap(),
            translated.to_str().unwrap(),
            "w1-agriculture",
            "持続可能な農業と食の推進",
            "w2-resilience",
            "災害に強い社会の構築",
        ],
    );
    let output = import(dir.path(), &translated, &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    let after = std::fs::read_to_string(dir.path().join("ja.ftl")).unwrap();
    assert_eq!(
        changed_messages(&before, &after),
        ["w1-agriculture", "w2-resilience"]
    );
    assert!(after.contains("w1-agriculture = 持続可能な農業と食の推進\n"));
    assert_eq!(
        after.len() as i64 - before.len() as i64,
        ("持続可能な農業と食の推進".len() as i64 - "持続可能な農業の推進".len() as i64)
            + ("災害に強い社会の構築".len() as i64 - "強靱な社会の構築".len() as i64),
        "no other byte"
    );
    let status =
        String::from_utf8_lossy(&sengen(dir.path(), &["translations", "."]).stdout).into_owned();
    assert!(status.contains("unreviewed: w2-resilience"), "{status}");
    assert!(
        !status.contains("w1-agriculture"),
        "the final one is current: {status}"
    );
}

#[test]
fn an_xliff_2_written_by_another_implementation_comes_back_and_a_final_segment_is_reviewed() {
    let dir = copy_fixture("shizuoka-2024");
    let exported = dir.path().join("ja.xlf");
    let rewritten = dir.path().join("ja-npm.xlf");
    export(dir.path(), "ja", "2.0", &exported);
    // The npm package rewrites the whole file (its own layout, sengen's
    // namespace undeclared, states dropped): two targets changed.
    script(
        "node",
        "SENGEN_NODE_PATH",
        "xliff_npm_translator.js",
        &[
            exported.to_str().unwrap(),
            rewritten.to_str().unwrap(),
            "w1-innovation",
            "技術革新の推進",
            "conclusion",
            "むすび",
        ],
    );
    let before = std::fs::read_to_string(dir.path().join("ja.ftl")).unwrap();
    let output = import(dir.path(), &rewritten, &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    let after = std::fs::read_to_string(dir.path().join("ja.ftl")).unwrap();
    assert_eq!(
        changed_messages(&before, &after),
        ["w1-innovation", "conclusion"]
    );
    let status =
        String::from_utf8_lossy(&sengen(dir.path(), &["translations", "."]).stdout).into_owned();
    assert!(
        status.contains("unreviewed: w1-innovation, conclusion"),
        "without states, not reviewed: {status}"
    );
    // A reviewer's tool (lxml here) marks one segment final.
    let reviewed = dir.path().join("ja-reviewed.xlf");
    export(dir.path(), "ja", "2.0", &exported);
    script(
        "python3",
        "SENGEN_PYTHON",
        "lxml_reviewer.py",
        &[
            exported.to_str().unwrap(),
            reviewed.to_str().unwrap(),
            "conclusion",
            "結語",
        ],
    );
    let output = import(dir.path(), &reviewed, &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    let status =
        String::from_utf8_lossy(&sengen(dir.path(), &["translations", "."]).stdout).into_owned();
    assert!(status.contains("unreviewed: w1-innovation\n"), "{status}");
    assert!(
        std::fs::read_to_string(dir.path().join("ja.ftl"))
            .unwrap()
            .contains("conclusion = 結語\n")
    );
}

#[test]
fn a_unit_translated_from_an_older_source_is_refused_unless_accepted_and_stays_stale() {
    let dir = copy_fixture("shizuoka-2024");
    let file = dir.path().join("ja.xlf");
    export(dir.path(), "ja", "1.2", &file);
    let xml = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        xml.replace(
            "<target state=\"signed-off\">結び</target>",
            "<target state=\"final\">結語</target>",
        ),
    )
    .unwrap();
    // The source changes after the export.
    edit(
        dir.path(),
        "fr.ftl",
        "conclusion = Conclusion",
        "conclusion = Conclusions",
    );
    let before = contents(dir.path());
    let output = import(dir.path(), &file, &[]);
    assert_eq!(output.status.code(), Some(1));
    let text = stderr(&output);
    assert!(
        text.contains("error[L032]: `conclusion` was translated from an older fr text"),
        "{text}"
    );
    assert!(
        text.contains("= hint: then: Conclusion\n") && text.contains("= hint: now: Conclusions\n"),
        "{text}"
    );
    assert!(text.ends_with("note: nothing was written\n"), "{text}");
    assert!(contents(dir.path()) == before, "nothing written");
    let output = import(dir.path(), &file, &["--accept-stale"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        std::fs::read_to_string(dir.path().join("ja.ftl"))
            .unwrap()
            .contains("conclusion = 結語\n")
    );
    let status =
        String::from_utf8_lossy(&sengen(dir.path(), &["translations", "."]).stdout).into_owned();
    assert!(status.contains("stale: conclusion"), "{status}");
}

/// Bad XLIFF files, each made from a real export, and the exact diagnostics
/// each must give (`fixtures/xliff-invalid/<case>.txt`; `SENGEN_BLESS=1`
/// rewrites them). Nothing is ever written.
#[test]
fn every_bad_xliff_file_gives_its_exact_diagnostics_and_writes_nothing() {
    let dir = copy_fixture("shizuoka-2024");
    let file = dir.path().join("ja.xlf");
    export(dir.path(), "ja", "1.2", &file);
    let good = std::fs::read_to_string(&file).unwrap();
    let body = good.find("<xliff").unwrap();
    let laughs = "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>\n";
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("billion-laughs", format!("{}{laughs}{}", &good[..body], &good[body..]).into_bytes()),
        (
            "external-entity",
            format!("{}<!DOCTYPE x [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n{}", &good[..body], &good[body..].replacen("<source>Shizuoka</source>", "<source>&secret;</source>", 1)).into_bytes(),
        ),
        ("undefined-entity", good.replacen("<source>Shizuoka</source>", "<source>&nbsp;</source>", 1).into_bytes()),
        ("invalid-utf-8", {
            let mut bytes = good.clone().into_bytes();
            bytes[good.find("静岡市").unwrap()] = 0xFF;
            bytes
        }),
        ("not-xml", b"{\"this\": \"is json\"}".to_vec()),
        ("not-xliff", b"<?xml version=\"1.0\"?>\n<html><body>hello</body></html>\n".to_vec()),
        ("unknown-unit", good.replacen("id=\"organisers\"", "id=\"organizers\"", 1).into_bytes()),
        ("code-missing", good.replacen("自治体及びフランスの<x id=\"2\" equiv-text=\"{ $france-count }\"/>自治体", "自治体及びフランスの自治体", 1).into_bytes()),
        ("code-added", good.replacen("<target state=\"signed-off\">結び</target>", "<target state=\"signed-off\">結び<x id=\"9\" equiv-text=\"{ $japan-count }\"/></target>", 1).into_bytes()),
        ("code-altered", good.replacen("日本の<x id=\"1\" equiv-text=\"{ $japan-count }\"/>", "日本の<x id=\"1\" equiv-text=\"{ $france-count }\"/>", 1).into_bytes()),
        ("source-language", good.replacen("target-language=\"ja\"", "target-language=\"fr\"", 1).into_bytes()),
    ];
    let expected_dir = fixture("xliff-invalid");
    let bless = std::env::var_os("SENGEN_BLESS").is_some();
    let before = contents(dir.path());
    let mut failures = Vec::new();
    for (name, bytes) in &cases {
        let bad = dir.path().join(format!("{name}.xlf"));
        std::fs::write(&bad, bytes).unwrap();
        let output = import(dir.path(), Path::new(&format!("{name}.xlf")), &[]);
        let text = stderr(&output);
        if bless {
            std::fs::create_dir_all(&expected_dir).unwrap();
            std::fs::write(expected_dir.join(format!("{name}.txt")), &text).unwrap();
        }
        let expected =
            std::fs::read_to_string(expected_dir.join(format!("{name}.txt"))).unwrap_or_default();
        if output.status.code() != Some(1) || text != expected || text.contains("panicked") {
            failures.push(format!(
                "{name}: exit {:?}\n{text}\ninstead of\n{expected}",
                output.status
            ));
        }
        assert!(
            contents(dir.path()) == before,
            "{name}: something was written"
        );
    }
    // And a file too large to be a declaration's.
    let huge = dir.path().join("huge.xlf");
    std::fs::write(&huge, format!("{}{}", good, " ".repeat(17 * 1024 * 1024))).unwrap();
    let output = import(dir.path(), Path::new("huge.xlf"), &[]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output)
            .contains("error[L030]: huge.xlf is 17.9 MB; sengen reads XLIFF files of up to 16 MB"),
        "{}",
        stderr(&output)
    );
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn the_excerpt_in_the_documentation_is_what_export_writes() {
    let dir = copy_fixture("shizuoka-2024");
    let file = dir.path().join("ja.xlf");
    export(dir.path(), "ja", "1.2", &file);
    let full = std::fs::read_to_string(&file).unwrap();
    let excerpt = std::fs::read_to_string(root().join("docs/xliff-shizuoka.ja.xlf")).unwrap();
    let head = &excerpt[..excerpt.find("      <trans-unit").unwrap()];
    assert!(full.starts_with(head));
    let mut units = 0;
    for unit in excerpt.split("      <trans-unit").skip(1) {
        let unit = &unit[..unit.find("</trans-unit>").unwrap()];
        assert!(full.contains(unit), "not in today's export: {unit}");
        units += 1;
    }
    assert_eq!(units, 5);
}

#[test]
fn attributes_comments_and_variants_each_have_their_form() {
    let dir = copy_fixture("forum-2027");
    let edit_both = |ja: (&str, &str), en: (&str, &str)| {
        edit(dir.path(), "ja.ftl", ja.0, ja.1);
        edit(dir.path(), "en.ftl", en.0, en.1);
    };
    edit_both(
        (
            "title = { -host-city }共同声明\n",
            "# 表題。\ntitle = { -host-city }共同声明\n    .short = 共同声明\n",
        ),
        (
            "title = { -host-city } Joint Statement\n",
            "title = { -host-city } Joint Statement\n    .short = Joint Statement\n",
        ),
    );
    edit_both(
        (
            "exchanges = 交流の推進",
            "exchanges = { $participant-count ->\n   *[other] 交流の推進\n}",
        ),
        (
            "exchanges = ",
            "exchanges = { $participant-count ->\n   [one] Exchange\n  *[other] Exchanges\n}\nold-exchanges = ",
        ),
    );
    let file = dir.path().join("en.xlf");
    export(dir.path(), "en", "1.2", &file);
    let xml = std::fs::read_to_string(&file).unwrap();
    assert!(
        xml.contains("<trans-unit id=\"title.short\""),
        "an attribute is id.attr"
    );
    assert!(
        xml.contains("<note>表題。</note>"),
        "the Fluent comment is a note"
    );
    let variants = &xml[xml.find("<trans-unit id=\"exchanges\"").unwrap()..];
    let variants = &variants[..variants.find("</trans-unit>").unwrap()];
    assert!(
        variants.contains("translate=\"no\"") && variants.contains("chooses among variants"),
        "{variants}"
    );
    // The attribute's translation changes; only its bytes do.
    let before = std::fs::read_to_string(dir.path().join("en.ftl")).unwrap();
    std::fs::write(
        &file,
        xml.replacen(">Joint Statement</target>", ">Statement</target>", 1),
    )
    .unwrap();
    let output = import(dir.path(), &file, &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    let after = std::fs::read_to_string(dir.path().join("en.ftl")).unwrap();
    assert_eq!(
        after,
        before.replace("    .short = Joint Statement\n", "    .short = Statement\n")
    );
}
