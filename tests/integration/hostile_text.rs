//! User text is data, never Typst code: text full of Typst syntax goes through
//! the whole pipeline and comes out printed literally.

use crate::util::*;

/// Each line is one paragraph of the hostile declaration.
const HOSTILE: &[&str] = &[
    r#"#read("/etc/passwd") and #include "/etc/hostname""#,
    r"$x$ and $ sum_(i=0)^n i $",
    r"*not bold* _not emphasis_ `not raw`",
    r"@a reference and a <b> label",
    r"brackets ] [ and a backslash \ and \u{41}",
    r"// not a comment /* nor this */",
    r"= not a heading",
    r"- not a list",
    r"+ not an enum",
    r"1. not numbered",
    r"/ Term: not a term list",
    r"~ tilde -- dashes --- and -? and -1 and ... dots",
    r"#let x = 1 #set text(red) #show: none",
];

#[test]
fn typst_syntax_in_the_text_is_printed_literally() {
    let dir = copy_fixture("lyon-2030");
    // One paragraph per hostile line. Fluent's own syntax: braces are written
    // as string literals, and a marker word keeps a leading `[`, `*` or `.`
    // from being read as syntax.
    set_paragraphs(
        dir.path(),
        HOSTILE.iter().enumerate().map(|(i, line)| {
            let fluent = line
                .replace('{', "\u{0}")
                .replace('}', "{\"}\"}")
                .replace('\u{0}', "{\"{\"}");
            format!("P{i} {fluent}")
        }),
    );

    let (out, _) = build(dir.path(), &[]);
    let text = body_text(&out.path().join("lyon-2030.fr.pdf"));
    let lines: Vec<String> = text
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    for (i, expected) in HOSTILE.iter().enumerate() {
        let expected = format!("P{i} {expected}");
        assert!(
            lines.contains(&expected),
            "not printed literally: {expected:?}\nPDF text:\n{text}"
        );
    }
    let passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    if let Some(first) = passwd.lines().next() {
        assert!(!text.contains(first), "the PDF shows /etc/passwd");
    }
}

#[test]
fn a_text_file_over_the_size_limit_is_refused_with_an_error() {
    let dir = copy_fixture("lyon-2030");
    let mut text = std::fs::read_to_string(dir.path().join("fr.ftl")).unwrap();
    // A 9 MB paste, as comments so that only its size is wrong.
    let line = format!("# {}\n", "x".repeat(998));
    text.push_str(&line.repeat(9_000));
    std::fs::write(dir.path().join("fr.ftl"), text).unwrap();
    let output = sengen(dir.path(), &["build", ".", "-o", "out"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr
            .starts_with("error[S004]: fr.ftl is 9.0 MB; sengen reads text files of up to 8 MB\n"),
        "{stderr}"
    );
    assert!(
        !dir.path().join("out").exists(),
        "a refused build wrote nothing"
    );
}
