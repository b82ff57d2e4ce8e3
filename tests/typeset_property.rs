//! The markup conversion, end to end through Typst: for arbitrary text,
//! weighted toward Typst and Fluent syntax, what Typst lays out is the text
//! itself, up to the documented normalisation (whitespace runs become one
//! space, line separators too; `<sup>…</sup>` marks a superscript; an
//! apostrophe between two letters is typeset ’; invisible format characters
//! may vanish). Right-to-left text is out of scope: the layout reorders it.
//!
//! `cargo test` runs 300 cases; `TYPESET_CASES=10000 cargo test --test
//! typeset_property` runs the large one (about 10 s).

use proptest::prelude::*;
use sengen::check::Date;
use sengen::localize::Text;
use sengen::render::markup;
use sengen::typeset::DocumentWorld;
use typst::layout::{Frame, FrameItem};
use typst_layout::PagedDocument;

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

/// Whitespace runs as one space, ends trimmed; invisible format characters
/// (zero-width spaces and joiners, direction marks, the soft hyphen) left out:
/// they have no glyph, so the layout may keep or drop them.
fn squash(text: &str) -> String {
    let visible: String = text.chars().filter(|c| !is_invisible(*c)).collect();
    visible
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}' | '\u{180E}')
}

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
    ];
    let piece = prop_oneof![
        4 => proptest::sample::select(PIECES).prop_map(str::to_owned),
        1 => any::<char>().prop_filter("visible, left to right", |c| visible_ltr(*c)).prop_map(String::from),
    ];
    proptest::collection::vec(piece, 1..16).prop_map(|pieces| pieces.concat())
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

fn cases() -> u32 {
    std::env::var("TYPESET_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(300)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]
    #[test]
    fn typeset_text_is_the_input(input in hostile_text()) {
        let laid_out = squash(&typeset_text(markup(&Text::new(&input)).as_str()));
        prop_assert_eq!(laid_out, squash(&expected(&input)), "input {:?}", input);
    }
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
