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
use crate::words;

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
            if let Some(finding) = judge(language, c, span.clone(), false) {
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
            if let Some(finding) = judge(language, c, literal.span.clone(), true) {
                findings.push(finding);
            }
        }
    }
}

/// What is wrong with a character of the text, if anything; `escaped`
/// when the text writes it as an escape (`{"\u202E"}`), as labels say.
fn judge(language: &Language, c: char, span: Span, escaped: bool) -> Option<Diagnostic> {
    let escaped = if escaped { "yes" } else { "no" };
    let script = language.profile.script;
    if is_bidi_control(c) {
        return Some(
            Diagnostic::new(
                Code::B001,
                words!(
                    "B001-bidirectional-control-character-u",
                    character = format!("{:04X}", c as u32)
                ),
            )
            .at(
                span,
                words!("label-invisible-can-reorder-hide-text", escaped = escaped),
            )
            .hint(words!("B001-neither-french-nor-japanese-hint")),
        );
    }
    if matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}') && script == Script::Cjk {
        return Some(
            Diagnostic::new(
                Code::B002,
                words!(
                    "B002-zero-width-character-u",
                    character = format!("{:04X}", c as u32)
                ),
            )
            .at(span, words!("label-invisible", escaped = escaped))
            .hint(words!("B002-usually-pasted-from-word-hint")),
        );
    }
    if c == '\u{FFFD}' {
        return Some(
            Diagnostic::new(Code::B003, words!("B003-u-fffd-mark-character"))
                .at(
                    span,
                    words!("label-character-was-lost-here", escaped = escaped),
                )
                .hint(words!("B003-text-went-through-wrong-hint")),
        );
    }
    if fonts::draws(c) {
        return None;
    }
    let name = char_name(c);
    let families = fonts::families(script).join(", ");
    Some(
        Diagnostic::new(
            Code::G001,
            words!(
                "G001-cannot-drawn",
                name = name.to_string(),
                families = families.to_string()
            ),
        )
        .at(
            span,
            words!("label-no-glyph", name = name.to_string(), escaped = escaped),
        )
        .hint(words!(
            "G001-text-set-replace-character-hint",
            tag = language.tag.to_string(),
            families = families.to_string()
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
