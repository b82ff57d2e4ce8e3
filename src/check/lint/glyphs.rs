//! Glyph coverage: every character of the text is drawable by the fonts that
//! will typeset it, or it is an error at that character, naming it and the
//! font. A PDF never shows tofu. Invisible characters that change what a
//! reader sees are warned of: bidirectional controls (they can reorder or hide
//! text) and zero-width spaces in Japanese (pasted from word processors, they
//! break searches and line breaking).

use super::{TextRun, font_set};
use crate::check::Language;
use crate::diagnostic::{Diagnostic, Diagnostics};

pub fn check(language: &Language, runs: &[TextRun], findings: &mut Diagnostics) {
    let fonts = font_set(language);
    for run in runs {
        for (at, c) in run.text.char_indices() {
            let span = run.span_of(at..at + c.len_utf8());
            if is_bidi_control(c) {
                findings.push(
                    Diagnostic::warning("B001", format!("bidirectional control character U+{:04X}", c as u32))
                        .at(span.clone(), "invisible: it can reorder or hide the text around it")
                        .hint("neither French nor Japanese needs it; delete it unless the text quotes a right-to-left script")
                        .fix(span, ""),
                );
                continue;
            }
            if matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}')
                && fonts == crate::fonts::FontSet::Cjk
            {
                findings.push(
                    Diagnostic::warning(
                        "B002",
                        format!("zero-width character U+{:04X} in Japanese text", c as u32),
                    )
                    .at(span.clone(), "invisible")
                    .hint("usually pasted from a word processor; delete it")
                    .fix(span, ""),
                );
                continue;
            }
            // Line breaks and indentation are Fluent's, not text.
            if matches!(c, '\n' | '\r' | ' ' | '\t') || fonts.draws(c) {
                continue;
            }
            let name = char_name(c);
            let families = fonts.families().join(", ");
            findings.push(
                Diagnostic::error("G001", format!("{name} cannot be drawn by {families}"))
                    .at(run.span_of(at..at + c.len_utf8()), format!("no glyph for {name}"))
                    .hint(format!(
                        "the {} text is set in {families}; replace the character (a variant form, or a \
                         description) or ask for a font that has it",
                        language.tag
                    )),
            );
        }
    }
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
