//! The one function that turns user text into Typst markup.
//!
//! Everything a declaration says reaches Typst through `markup`: the result is
//! markup whose only constructs are `#super[…];` for `<sup>` runs and, in a
//! redline, `#inserted[…];`, `#deleted[…];` and `#noted[…];` around its
//! runs (functions of sengen's style); every other character is literal text. Characters with a meaning in Typst markup are
//! backslash-escaped; whitespace and line separators become plain spaces, so no
//! text can open a heading, a list or a new paragraph. The one change of
//! characters is typographic: an apostrophe between two letters is typeset as
//! one (d'où → d’où); every other straight quote prints as typed.

use serde::Serialize;

use crate::localize::text::Change;
use crate::localize::{Inline, Text};

/// Typst markup made from user text by `markup`, and only there: templates
/// receive text in no other form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Markup(String);

impl Markup {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The markup preceded by an invisible anchor, `<sengen-block-fr-12>`
    /// (the language's tag and the block's place in reading order), by which
    /// the preview of `sengen serve` finds where a block landed. The tag is
    /// a language tag and the place a number: nothing of a user's text.
    pub fn anchored(self, lang: &str, place: usize) -> Markup {
        let lang: String = lang
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        Markup(format!(
            "#metadata(none)<sengen-block-{lang}-{place}>{}",
            self.0
        ))
    }
}

/// Converts localized text to Typst markup.
pub fn markup(text: &Text) -> Markup {
    let Some(runs) = text.runs() else {
        return Markup(plain_markup(text));
    };
    let mut out = String::new();
    for run in runs {
        let inner = plain_markup(&Text::of_run(run));
        match run.change {
            Change::Same => out.push_str(&inner),
            Change::Inserted => out.push_str(&format!("#inserted[{inner}];")),
            Change::Deleted => out.push_str(&format!("#deleted[{inner}];")),
            Change::Note => out.push_str(&format!("#noted[{inner}];")),
        }
    }
    Markup(out)
}

/// The markup of a text without redline runs.
fn plain_markup(text: &Text) -> String {
    let mut out = String::with_capacity(text.as_str().len() + 16);
    let runs = text.inlines();
    for (i, run) in runs.iter().enumerate() {
        // What the reader sees on either side, across the superscript's edges.
        // An empty run (`<sup></sup>`) shows nothing: look past it.
        let around = Around {
            before: runs[..i]
                .iter()
                .rev()
                .find_map(|p| content(p).chars().last()),
            after: runs
                .get(i + 1..)
                .and_then(|rest| rest.iter().find_map(|n| content(n).chars().next())),
        };
        match *run {
            Inline::Plain(s) => escape_into(s, out.is_empty(), around, &mut out),
            Inline::Superscript(s) => {
                out.push_str("#super[");
                escape_into(s, true, around, &mut out);
                // `;` ends the embedded call, so what follows can never extend it.
                out.push_str("];");
            }
        }
    }
    out
}

/// The text of a run.
fn content<'a>(run: &Inline<'a>) -> &'a str {
    match *run {
        Inline::Plain(s) | Inline::Superscript(s) => s,
    }
}

/// The characters just outside a run of text.
#[derive(Clone, Copy)]
struct Around {
    before: Option<char>,
    after: Option<char>,
}

/// Appends `text` as literal markup. `at_start`: the text begins a block,
/// where `1.` would start a numbered list.
fn escape_into(text: &str, at_start: bool, around: Around, out: &mut String) {
    let chars: Vec<char> = text.chars().collect();
    // Only spaces so far on this line / a run of digits right after them.
    let mut line_start = at_start;
    let mut leading_digits = false;
    for (i, &c) in chars.iter().enumerate() {
        let prev = if i == 0 {
            around.before
        } else {
            Some(chars[i - 1])
        };
        let next = chars.get(i + 1).copied().or(if i + 1 == chars.len() {
            around.after
        } else {
            None
        });
        let escape = match c {
            // Markup syntax: code, math, strong, emphasis, raw, labels,
            // references, content blocks, escapes, no-break space, comments
            // and term lists, headings, numbered lists.
            '\\' | '#' | '$' | '*' | '_' | '`' | '<' | '>' | '@' | '[' | ']' | '~' | '/' | '='
            | '+' => true,
            // Typst's smart quotes: only an apostrophe inside a word is left to them.
            '"' => true,
            '\'' => {
                !(prev.is_some_and(char::is_alphabetic) && next.is_some_and(char::is_alphabetic))
            }
            // `-` starts lists and makes --, ---, -? and a minus before digits;
            // a hyphen inside a word (Aix-en-Provence) is safe as it is.
            '-' => {
                !(prev.is_some_and(char::is_alphabetic) && next.is_some_and(char::is_alphabetic))
            }
            // `...` is an ellipsis shorthand; `1.` opening a line a numbered list.
            '.' => next == Some('.') || prev == Some('.') || leading_digits,
            _ => false,
        };
        let space = is_line_break(c) || c.is_whitespace() && c.is_ascii();
        if space {
            leading_digits = false;
        } else if c.is_ascii_digit() && (line_start || leading_digits) {
            leading_digits = true;
            line_start = false;
        } else {
            line_start = false;
            leading_digits = false;
        }
        if space {
            out.push(' ');
            continue;
        }
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
}

/// Characters Typst reads as a line break (a blank line would end the paragraph).
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Checks that `markup` is what `markup()` promises: Typst parses it without
/// error into literal text and `#super[…];` calls only. The property tests and
/// the fuzz target hold every output to it; `Err` names the first offending node.
pub fn verify_literal(markup: &str) -> Result<(), String> {
    let root = typst::syntax::parse(markup);
    let (errors, _) = root.errors_and_warnings();
    if let Some(error) = errors.first() {
        return Err(format!("Typst reports: {}", error.message));
    }
    only_text(&root)
}

/// Every node of parsed markup is literal text, or a `#super[...]` call.
fn only_text(node: &typst::syntax::SyntaxNode) -> Result<(), String> {
    use typst::syntax::SyntaxKind;
    match node.kind() {
        SyntaxKind::Markup => node.children().try_for_each(only_text),
        SyntaxKind::Text
        | SyntaxKind::Escape
        | SyntaxKind::Space
        | SyntaxKind::SmartQuote
        | SyntaxKind::Hash
        | SyntaxKind::Semicolon => Ok(()),
        SyntaxKind::FuncCall => {
            let mut children = node.children();
            let callee = children.next().map(|c| c.full_text().to_string());
            // `super` for superscripts; sengen's style's functions of a redline.
            let allowed = ["super", "inserted", "deleted", "noted"];
            if !callee.as_deref().is_some_and(|c| allowed.contains(&c)) {
                return Err(format!("call of {callee:?}"));
            }
            let args = children.next().ok_or("a call without arguments")?;
            let content: Vec<_> = args
                .children()
                .filter(|c| c.kind() == SyntaxKind::ContentBlock)
                .collect();
            if content.len() != 1 || args.children().count() != 1 {
                return Err(format!("unexpected arguments {:?}", args.full_text()));
            }
            content[0]
                .children()
                .filter(|c| c.kind() == SyntaxKind::Markup)
                .try_for_each(only_text)
        }
        other => Err(format!("{other:?} in {:?}", node.full_text())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> String {
        markup(&Text::new(s)).0
    }

    // That every output is literal text is checked by parsing it, in
    // tests/markup_property.rs; here, that the escaping stays readable.
    #[test]
    fn words_and_hyphens_stay_readable() {
        assert_eq!(m("Aix-en-Provence, 2024."), "Aix-en-Provence, 2024.");
        assert_eq!(m("8<sup>e</sup> Rencontres"), "8#super[e]; Rencontres");
        assert_eq!(m("1. un"), "1\\. un");
        assert_eq!(m("2023-2024"), "2023\\-2024");
        // Found by the typeset property test: an apostrophe between two
        // superscript letters is between letters too.
        assert_eq!(m("<sup>e</sup>'<sup>e</sup>"), "#super[e];'#super[e];");
        assert_eq!(
            m("d'où « l'économie » 'x' \"y\""),
            "d'où « l'économie » \\'x\\' \\\"y\\\""
        );
    }
}
