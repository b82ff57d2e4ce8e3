//! What is written about sengen stays true: the committed JSON Schema is the
//! one the types generate, the example of docs/format.md is a fixture that
//! builds, and `--help` shows an example.

use crate::util::*;

#[test]
fn committed_json_schema_matches_the_types() {
    let committed = std::fs::read_to_string(root().join("docs/declaration.schema.json")).unwrap();
    let generated = sengen::schema_json::declaration_schema();
    assert!(
        committed == generated,
        "docs/declaration.schema.json is stale: run `cargo run -- schema > docs/declaration.schema.json`"
    );
    let parsed: serde_json::Value = serde_json::from_str(&committed).expect("valid JSON");
    assert_eq!(
        parsed["additionalProperties"],
        serde_json::Value::Bool(false),
        "unknown keys are rejected"
    );
}

#[test]
fn the_schema_command_prints_the_committed_schema() {
    let output = sengen(&root(), &["schema"]);
    assert!(output.status.success());
    let committed = std::fs::read_to_string(root().join("docs/declaration.schema.json")).unwrap();
    assert!(
        String::from_utf8(output.stdout).unwrap() == committed,
        "`sengen schema` differs from the committed schema"
    );
}

/// The fenced blocks of a given language in a Markdown file.
fn fenced(markdown: &str, lang: &str) -> Vec<String> {
    let open = format!("```{lang}\n");
    markdown
        .split(&open)
        .skip(1)
        .map(|rest| rest.split("```").next().unwrap_or_default().to_owned())
        .collect()
}

#[test]
fn the_format_documentation_example_is_the_lyon_fixture() {
    let doc = std::fs::read_to_string(root().join("docs/format.md")).unwrap();
    let toml = fenced(&doc, "toml");
    let ftl = fenced(&doc, "fluent");
    assert!(!toml.is_empty(), "the declaration.toml example comes first");
    assert!(!ftl.is_empty(), "the fr.ftl example comes first");
    assert_eq!(
        toml[0],
        std::fs::read_to_string(fixture("lyon-2030/declaration.toml")).unwrap()
    );
    assert_eq!(
        ftl[0],
        std::fs::read_to_string(fixture("lyon-2030/fr.ftl")).unwrap()
    );

    // And it builds to what the documentation says.
    let (out, _) = build(&fixture("lyon-2030"), &[]);
    let text = body_text(&out.path().join("lyon-2030.fr.pdf"));
    let text = squash(&text);
    assert!(
        text.contains(&squash("Fait à Lyon, le 4 octobre 2030")),
        "{text}"
    );
    assert!(
        text.contains(&squash("du 1er au 4 octobre 2030")),
        "French writes the first of the month 1er: {text}"
    );
}

#[test]
fn build_help_shows_an_example() {
    let output = sengen(&root(), &["build", "--help"]);
    assert!(output.status.success());
    let help = String::from_utf8(output.stdout).unwrap();
    assert!(
        help.contains("sengen build fixtures/shizuoka-2024 -o out"),
        "{help}"
    );
    assert!(help.contains("--emit"), "{help}");
}

#[test]
fn a_bad_command_line_is_invalid_input() {
    let output = sengen(&root(), &["build"]);
    assert_eq!(output.status.code(), Some(1));
    let output = sengen(&root(), &["--version"]);
    assert_eq!(output.status.code(), Some(0));
}
