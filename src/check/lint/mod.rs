//! Checks of a valid declaration's text: what is drawable, typographically
//! right, consistent across languages and with the data. Each finding is a
//! diagnostic with an exact span into the `.ftl` file; typographic ones carry
//! the edit that fixes them (`sengen check --fix`).

mod glyphs;
mod parity;
mod prose;
pub mod translations;
mod typography;
mod unused;

use fluent_syntax::ast;

use super::{Declaration, Language};
use crate::diagnostic::{Diagnostics, Span};
use crate::fonts::FontSet;

/// Runs every check of the text.
pub fn lint(declaration: &Declaration, lock: Option<&translations::Lock>) -> Diagnostics {
    let mut findings = Diagnostics::default();
    for language in &declaration.languages {
        let runs = text_runs(language);
        glyphs::check(language, &runs, &string_literals(language), &mut findings);
        match language.tag.language.as_str() {
            "fr" => typography::french(&runs, &mut findings),
            "ja" => typography::japanese(&runs, declaration.japanese_alphanumerics, &mut findings),
            _ => {}
        }
        prose::counts(declaration, language, &runs, &mut findings);
        prose::ordinals(declaration, language, &runs, &mut findings);
        prose::dates(declaration, language, &runs, &mut findings);
        unused::check(declaration, language, &mut findings);
    }
    parity::lists(declaration, &mut findings);
    translations::stale(declaration, lock, &mut findings);
    findings
}

/// The fonts a language is typeset with.
pub fn font_set(language: &Language) -> FontSet {
    match language.tag.language.as_str() {
        "ja" | "zh" | "ko" => FontSet::Cjk,
        _ => FontSet::Latin,
    }
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

/// Every literal text of every message and term of a language, in file order.
pub fn text_runs(language: &Language) -> Vec<TextRun<'_>> {
    let source = language.resource.source();
    let mut runs = Vec::new();
    for entry in language.resource.entries() {
        let (name, patterns): (String, Vec<&ast::Pattern<&str>>) = match entry {
            ast::Entry::Message(m) => (
                m.id.name.to_owned(),
                m.value
                    .iter()
                    .chain(m.attributes.iter().map(|a| &a.value))
                    .collect(),
            ),
            ast::Entry::Term(t) => (
                format!("-{}", t.id.name),
                std::iter::once(&t.value)
                    .chain(t.attributes.iter().map(|a| &a.value))
                    .collect(),
            ),
            _ => continue,
        };
        for pattern in patterns {
            collect(pattern, &name, source, language, &mut runs);
        }
    }
    runs
}

/// A string literal of a message (`{"\u00A0"}`), its escapes resolved: the
/// glyph checks see what it prints, which its source hides.
pub struct StringLiteral {
    pub text: String,
    /// The literal as written, between its quotes.
    pub span: Span,
}

/// Every string literal of every message and term of a language.
pub fn string_literals(language: &Language) -> Vec<StringLiteral> {
    let source = language.resource.source();
    let mut literals = Vec::new();
    for entry in language.resource.entries() {
        let patterns: Vec<&ast::Pattern<&str>> = match entry {
            ast::Entry::Message(m) => m
                .value
                .iter()
                .chain(m.attributes.iter().map(|a| &a.value))
                .collect(),
            ast::Entry::Term(t) => std::iter::once(&t.value)
                .chain(t.attributes.iter().map(|a| &a.value))
                .collect(),
            _ => continue,
        };
        for pattern in patterns {
            literals_of(pattern, source, language, &mut literals);
        }
    }
    literals
}

fn literals_of(
    pattern: &ast::Pattern<&str>,
    source: &str,
    language: &Language,
    literals: &mut Vec<StringLiteral>,
) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
            } => literals.push(StringLiteral {
                text: fluent_syntax::unicode::unescape_unicode_to_string(value).into_owned(),
                span: Span::of_slice(language.file, source, value),
            }),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Select { variants, .. },
            } => {
                for variant in variants {
                    literals_of(&variant.value, source, language, literals);
                }
            }
            _ => {}
        }
    }
}

fn collect<'a>(
    pattern: &ast::Pattern<&'a str>,
    entry: &str,
    source: &str,
    language: &Language,
    runs: &mut Vec<TextRun<'a>>,
) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => runs.push(TextRun {
                entry: entry.to_owned(),
                text: value,
                span: Span::of_slice(language.file, source, value),
            }),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Select { variants, .. },
            } => {
                for variant in variants {
                    collect(&variant.value, entry, source, language, runs);
                }
            }
            ast::PatternElement::Placeable { .. } => {}
        }
    }
}
