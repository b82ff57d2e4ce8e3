//! The one conversion of user text into Typst markup, checked two ways on the
//! same arbitrary texts (weighted toward Typst and Fluent syntax), plain and
//! as a redline's runs (`sengen diff`: inserted, deleted, noted):
//! - parsed by Typst, the markup holds only literal text, `#super[…]` and
//!   the redline's `#inserted[…]`, `#deleted[…]`, `#noted[…]`;
//! - typeset by Typst, it reads back as the input, up to the documented
//!   normalisation (whitespace runs become one space, line separators too;
//!   `<sup>…</sup>` marks a superscript; an apostrophe between two letters is
//!   typeset ’; invisible format characters may vanish). Right-to-left text
//!   is out of scope: the layout reorders it.
//!
//! `cargo test` runs 2,000 parse cases and 300 typeset cases;
//! `PROPTEST_CASES=100000 TYPESET_CASES=10000 cargo test --release --test integration markup_property`
//! runs the large ones (about 10 s).

use proptest::prelude::*;
use sengen::check::Date;
use sengen::diff::words;
use sengen::localize::Text;
use sengen::localize::text::{Change, Run};
use sengen::render::markup::{self, markup};
use sengen::typeset::DocumentWorld;
use typst::layout::{Frame, FrameItem};
use typst_layout::PagedDocument;

fn cases(variable: &str, default: u32) -> u32 {
    std::env::var(variable)
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default)
}

/// Pieces of text weighted toward Typst and Fluent syntax, and any visible
/// left-to-right character.
fn hostile_text() -> impl Strategy<Value = String> {
    const PIECES: &[&str] = &[
        "#",
        "$",
        "*",
        "_",
        "`",
        "<",
        ">",
        "@",
        "[",
        "]",
        "\\",
        "/",
        "//",
        "/*",
        "*/",
        "=",
        "+",
        "-",
        "--",
        "-?",
        "...",
        ".",
        "~",
        "'",
        "\"",
        ":",
        "1.",
        " ",
        "\n",
        "\n\n",
        "\t",
        "<sup>",
        "</sup>",
        "<sup>e</sup>",
        "a",
        "é",
        "日本",
        "#let x = 1",
        "\\u{41}",
        "https://x.org",
        "{",
        "}",
        "(",
        ")",
        ";",
        "l'a",
        "\u{a0}",
        "\u{202f}",
        "\u{2028}",
    ];
    let piece = prop_oneof![
        4 => proptest::sample::select(PIECES).prop_map(str::to_owned),
        // Any character; those out of scope become `x` (mapping, not filtering, so no case is lost).
        1 => any::<char>().prop_map(|c| String::from(if visible_ltr(c) { c } else { 'x' })),
    ];
    proptest::collection::vec(piece, 1..20).prop_map(|pieces| pieces.concat())
}

/// A visible character that no bidirectional algorithm moves: right-to-left
/// scripts and direction controls reorder the line (check warns of the
/// controls, B001), so the laid-out order would differ from the input's.
fn visible_ltr(c: char) -> bool {
    let u = c as u32;
    let right_to_left = matches!(u, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF);
    let direction_control = matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    !c.is_control() && !c.is_whitespace() && u < 0xE000 && !right_to_left && !direction_control
}

// ---- Parsed: only literal text and superscripts.

fn assert_literal(input: &str) {
    let out = markup(&Text::new(input));
    if let Err(e) = markup::verify_literal(out.as_str()) {
        panic!("{input:?} → {out:?}: {e}");
    }
}

#[test]
fn typst_syntax_in_text_stays_literal() {
    for input in [
        "#read(\"/etc/passwd\")",
        "$x$ *a* _b_ @a <b> ] [ \\ // x /* y */ `raw`",
        "= titre",
        "- tiret",
        "+ plus",
        "1. un",
        "/ terme: définition",
        "a -- b --- c -? d -1 ... ~",
        "https://example.org",
        "\\u{41} \\",
        "x\n\ny\u{2028}z",
        "#super[e]; #{ 1 + 1 } #let x = 1",
        // Found by the parse property: a vertical tab is no ASCII whitespace
        // to trim, but becomes a space before `1.`.
        "\u{b}1. x",
        "les 1<sup>ères</sup>[x](y) <sup>#x</sup>",
    ] {
        assert_literal(input);
    }
}

#[test]
fn the_literal_check_catches_unescaped_syntax() {
    for code in ["#read(\"x\")", "*b*", "$x$", "= h", "@r", "#super[e](x)"] {
        assert!(
            markup::verify_literal(code).is_err(),
            "{code:?} passed as literal"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases("PROPTEST_CASES", 2000)))]
    #[test]
    fn any_text_becomes_literal_markup(text in hostile_text()) {
        assert_literal(&text);
    }
}

// ---- Typeset: reads back as the input.

/// Typesets one run of markup on a page as wide as it, and reads back the text of its frames.
fn typeset_text(markup: &str) -> String {
    let source = format!(
        "#set page(width: auto, height: auto, margin: 2pt)\n\
         #set text(font: (\"Libertinus Serif\", \"BIZ UDMincho\"), lang: \"fr\", hyphenate: false)\n\
         {markup}\n"
    );
    let world = DocumentWorld::new(
        "property.typ",
        source,
        Date {
            year: 2024,
            month: 11,
            day: 21,
        },
        &[],
    );
    let document = typst::compile::<PagedDocument>(&world)
        .output
        .unwrap_or_else(|e| panic!("{markup:?}: {e:?}"));
    let mut text = String::new();
    for page in document.pages() {
        collect(&page.frame, &mut text);
    }
    text
}

fn collect(frame: &Frame, out: &mut String) {
    for (_, item) in frame.items() {
        match item {
            FrameItem::Group(group) => collect(&group.frame, out),
            FrameItem::Text(text) => out.push_str(&text.text),
            _ => {}
        }
    }
}

/// What a reader should see: the documented normalisation of the input.
fn expected(input: &str) -> String {
    let plain = Text::new(input).plain();
    let chars: Vec<char> = plain.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let between_letters = i > 0
            && chars[i - 1].is_alphabetic()
            && chars.get(i + 1).is_some_and(|n| n.is_alphabetic());
        out.push(if c == '\'' && between_letters {
            '\u{2019}'
        } else {
            c
        });
    }
    out
}

/// Whitespace runs as one space, ends trimmed; Unicode's default-ignorable
/// characters (zero-width spaces and joiners, direction marks, the soft
/// hyphen, variation selectors, fillers…) left out: they have no glyph, so the
/// layout may keep or drop them.
fn squash(text: &str) -> String {
    let visible: String = text.chars().filter(|c| !is_invisible(*c)).collect();
    visible
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn is_invisible(c: char) -> bool {
    // Default_Ignorable_Code_Point, from Unicode's DerivedCoreProperties.txt.
    matches!(c as u32,
        0xAD | 0x34F | 0x61C | 0x115F..=0x1160 | 0x17B4..=0x17B5 | 0x180B..=0x180F | 0x200B..=0x200F
        | 0x202A..=0x202E | 0x2060..=0x206F | 0x3164 | 0xFE00..=0xFE0F | 0xFEFF | 0xFFA0 | 0xFFF0..=0xFFF8
        | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A | 0xE0000..=0xE0FFF)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases("TYPESET_CASES", 300)))]
    #[test]
    fn typeset_text_is_the_input(input in hostile_text()) {
        let laid_out = squash(&typeset_text(markup(&Text::new(&input)).as_str()));
        prop_assert_eq!(laid_out, squash(&expected(&input)), "input {:?}", input);
    }
}

#[test]
fn an_apostrophe_between_letters_across_an_empty_superscript_is_typographic() {
    // Found by the redline property: `<sup></sup>` shows nothing, so the
    // apostrophe stands between Σ and the superscript e.
    let input = "Σ<sup></sup>'<sup>e</sup>";
    assert_eq!(
        squash(&typeset_text(markup(&Text::new(input)).as_str())),
        squash(&expected(input))
    );
}

#[test]
fn the_typeset_check_sees_a_difference() {
    assert_eq!(
        squash(&typeset_text("*gras* et _it_")),
        "gras et it",
        "unescaped markup loses characters"
    );
    assert_ne!(squash(&typeset_text("*gras*")), squash(&expected("*gras*")));
}

// ---- A redline: runs of any text, each change marked, none read as code.

fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        Just(Change::Same),
        Just(Change::Inserted),
        Just(Change::Deleted),
        Just(Change::Note)
    ]
}

fn runs() -> impl Strategy<Value = Vec<Run>> {
    proptest::collection::vec(
        // A run's text as a redline holds it: its lines joined.
        (change(), hostile_text()).prop_map(|(change, text)| Run {
            change,
            text: Text::new(&text).as_str().to_owned(),
        }),
        1..6,
    )
}

/// The redline's functions as sengen's style defines them, without the
/// words a screen reader hears (the style's own test is the redline PDF's).
const REDLINE_STYLE: &str = "#let inserted(body) = underline(text(fill: blue, body))\n\
    #let deleted(body) = strike(text(fill: red, body))\n\
    #let noted(body) = text(size: 0.9em, body)\n";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases("PROPTEST_CASES", 2000)))]
    #[test]
    fn any_redline_becomes_literal_markup(runs in runs()) {
        let out = markup(&Text::redline(runs.clone()));
        if let Err(e) = markup::verify_literal(out.as_str()) {
            panic!("{runs:?} → {out:?}: {e}");
        }
    }

    #[test]
    fn a_word_diff_of_any_two_texts_gives_back_both(old in hostile_text(), new in hostile_text()) {
        let runs = words::diff(&old, &new);
        let side = |skip: Change| -> String {
            runs.iter().filter(|r| r.change != skip).map(|r| r.text.as_str()).collect()
        };
        prop_assert_eq!(side(Change::Inserted), old);
        prop_assert_eq!(side(Change::Deleted), new);
        let out = markup(&Text::redline(runs.clone()));
        prop_assert!(markup::verify_literal(out.as_str()).is_ok(), "{:?}", out);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases("TYPESET_CASES", 300)))]
    #[test]
    fn a_typeset_redline_reads_every_run_in_order(runs in runs()) {
        let source = format!("{REDLINE_STYLE}{}", markup(&Text::redline(runs.clone())).as_str());
        let laid_out = squash(&typeset_text(&source));
        let expected: String = runs.iter().map(|r| expected(&r.text)).collect();
        prop_assert_eq!(laid_out, squash(&expected), "runs {:?}", runs);
    }
}

#[test]
fn a_redline_of_code_stays_text() {
    let runs = vec![
        Run {
            change: Change::Same,
            text: "a ".into(),
        },
        Run {
            change: Change::Deleted,
            text: "#read(\"/etc/passwd\")".into(),
        },
        Run {
            change: Change::Inserted,
            text: "];#let x = 1 [".into(),
        },
        Run {
            change: Change::Note,
            text: "*gras* ".into(),
        },
    ];
    let out = markup(&Text::redline(runs));
    markup::verify_literal(out.as_str()).unwrap();
    assert_eq!(
        squash(&typeset_text(&format!("{REDLINE_STYLE}{}", out.as_str()))),
        "a #read(\"/etc/passwd\")];#let x = 1 [*gras*"
    );
}
