//! Checks of a valid declaration's text: what is drawable, typographically
//! right, consistent across languages and with the data. Each finding is a
//! diagnostic with an exact span into the `.ftl` file; typographic ones carry
//! the edit that fixes them (`sengen check --fix`). Which rules apply to a
//! language is its profile's say, never a match on its tag.

mod glyphs;
mod parity;
pub mod prose;
pub mod translations;
mod typography;
mod unused;

pub use unused::used_messages;

use super::{Declaration, Language};
use crate::diagnostic::{Diagnostics, Span};
use crate::fluent::{self, Element};
use crate::language::Typography;

/// Runs every check of the text.
pub fn lint(declaration: &Declaration) -> Diagnostics {
    let mut findings = Diagnostics::default();
    for language in &declaration.languages {
        let (runs, literals) = text_of(language);
        glyphs::check(language, &runs, &literals, &mut findings);
        match language.profile.typography {
            Some(Typography::French) => typography::french(&runs, language.profile, &mut findings),
            Some(Typography::Japanese) => typography::japanese(
                &runs,
                declaration.japanese_alphanumerics,
                language.profile,
                &mut findings,
            ),
            None => {}
        }
        let prose = &language.profile.prose;
        prose::counts(declaration, prose, &runs, &mut findings);
        prose::ordinals(declaration, prose, &runs, &mut findings);
        prose::dates(declaration, prose, &runs, &mut findings);
        unused::check(declaration, language, &mut findings);
    }
    parity::lists(declaration, &mut findings);
    translations::stale(declaration, &mut findings);
    findings
}

/// A piece of literal text of a message (a Fluent text element), with its place.
pub struct TextRun<'a> {
    /// The message (or `-term`) it belongs to.
    pub entry: String,
    pub text: &'a str,
    pub span: Span,
}

impl TextRun<'_> {
    /// The span of a byte range of this run.
    pub fn span_of(&self, range: std::ops::Range<usize>) -> Span {
        Span::new(
            self.span.file,
            self.span.range.start + range.start..self.span.range.start + range.end,
        )
    }
}

/// A string literal of a message (`{"\u00A0"}`), its escapes resolved: the
/// glyph checks see what it prints, which its source hides.
pub struct StringLiteral {
    pub text: String,
    /// The literal as written, between its quotes.
    pub span: Span,
}

/// Every literal text and every string literal of every message and term of
/// a language, in file order: one walk serves both.
pub fn text_of(language: &Language) -> (Vec<TextRun<'_>>, Vec<StringLiteral>) {
    let (mut runs, mut literals) = (Vec::new(), Vec::new());
    let span = |slice: &str| fluent::span_of(&language.resource, language.file, slice);
    for pattern in fluent::patterns(&language.resource) {
        fluent::walk(pattern.pattern, &mut |element| match element {
            Element::Text(text) => runs.push(TextRun {
                entry: pattern.entry.clone(),
                text,
                span: span(text),
            }),
            Element::StringLiteral(value) => literals.push(StringLiteral {
                text: fluent_syntax::unicode::unescape_unicode_to_string(value).into_owned(),
                span: span(value),
            }),
            _ => {}
        });
    }
    (runs, literals)
}

/// Every literal text of every message and term of a language, in file order.
pub fn text_runs(language: &Language) -> Vec<TextRun<'_>> {
    text_of(language).0
}
