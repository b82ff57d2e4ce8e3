//! Glyph coverage: every character of the text is drawable by the fonts that
//! will typeset it, or it is an error at that character, naming it and the
//! font. A PDF never shows tofu. Invisible characters that change what a
//! reader sees are warned of: bidirectional controls (they can reorder or hide
//! text) and zero-width spaces in Japanese (pasted from word processors, they
//! break searches and line breaking).

use super::{StringLiteral, TextRun};
use crate::check::Language;
use crate::diagnostic::{Code, Diagnostic, Diagnostics, Span};
use crate::fonts;
use crate::language::Script;

pub fn check(
    language: &Language,
    runs: &[TextRun],
    literals: &[StringLiteral],
    findings: &mut Diagnostics,
) {
    for run in runs {
        for (at, c) in run.text.char_indices() {
            // Line breaks and indentation are Fluent's, not text.
            if matches!(c, '\n' | '\r' | ' ' | '\t') {
                continue;
            }
            let span = run.span_of(at..at + c.len_utf8());
            if let Some(finding) = judge(language, c, span.clone(), "") {
                // An invisible character typed in the text is deleted by `--fix`.
                findings.push(if matches!(finding.code, Code::B001 | Code::B002) {
                    finding.fix(span, "")
                } else {
                    finding
                });
            }
        }
    }
    // `{"\u202E"}`: an escape hides the character from the eye, not from the PDF.
    for literal in literals {
        for c in literal.text.chars() {
            let label = " (written as an escape)";
            if let Some(finding) = judge(language, c, literal.span.clone(), label) {
                findings.push(finding);
            }
        }
    }
}

/// What is wrong with a character of the text, if anything.
fn judge(language: &Language, c: char, span: Span, label: &str) -> Option<Diagnostic> {
    let script = language.profile.script;
    if is_bidi_control(c) {
        return Some(
            Diagnostic::new(Code::B001, format!("bidirectional control character U+{:04X}", c as u32))
                .at(span, format!("invisible: it can reorder or hide the text around it{label}"))
                .hint("neither French nor Japanese needs it; delete it unless the text quotes a right-to-left script"),
        );
    }
    if matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}') && script == Script::Cjk {
        return Some(
            Diagnostic::new(
                Code::B002,
                format!("zero-width character U+{:04X} in Japanese text", c as u32),
            )
            .at(span, format!("invisible{label}"))
            .hint("usually pasted from a word processor; delete it"),
        );
    }
    if c == '\u{FFFD}' {
        return Some(
            Diagnostic::new(Code::B003, "U+FFFD �, the mark of a character lost in a conversion")
                .at(span, format!("a character was lost here{label}"))
                .hint("the text went through a wrong encoding (or a \\u escape named half of a UTF-16 pair); type what the original says"),
        );
    }
    if fonts::draws(c) {
        return None;
    }
    let name = char_name(c);
    let families = fonts::families(script).join(", ");
    Some(
        Diagnostic::new(Code::G001, format!("{name} cannot be drawn by {families}"))
            .at(span, format!("no glyph for {name}{label}"))
            .hint(format!(
                "the {} text is set in {families}; replace the character (a variant form, or a \
                 description) or ask for a font that has it",
                language.tag
            )),
    )
}

/// `U+20BB7 𠮷`, or just the code point for an invisible character.
fn char_name(c: char) -> String {
    if c.is_control()
        || c.is_whitespace()
        || matches!(c as u32, 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0xFEFF)
    {
        format!("U+{:04X}", c as u32)
    } else {
        format!("U+{:04X} {c}", c as u32)
    }
}

/// Characters that change the direction of the text around them.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}
