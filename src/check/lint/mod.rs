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
    for (entry, pattern) in patterns(language) {
        for_each_element(pattern, &mut |element| {
            if let ast::PatternElement::TextElement { value } = element {
                runs.push(TextRun {
                    entry: entry.clone(),
                    text: value,
                    span: Span::of_slice(language.file, source, value),
                });
            }
        });
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
    for (_, pattern) in patterns(language) {
        for_each_element(pattern, &mut |element| {
            if let ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
            } = element
            {
                literals.push(StringLiteral {
                    text: fluent_syntax::unicode::unescape_unicode_to_string(value).into_owned(),
                    span: Span::of_slice(language.file, source, value),
                });
            }
        });
    }
    literals
}

/// Every pattern of a language (values and attributes of messages and
/// terms), with the name of its entry (`-term` for a term).
fn patterns(language: &Language) -> Vec<(String, &ast::Pattern<&str>)> {
    let mut patterns = Vec::new();
    for entry in language.resource.entries() {
        let (name, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            _ => continue,
        };
        for pattern in value.into_iter().chain(attributes.iter().map(|a| &a.value)) {
            patterns.push((name.clone(), pattern));
        }
    }
    patterns
}

/// Visits the elements of a pattern, those of every variant of a selector included.
fn for_each_element<'a>(
    pattern: &'a ast::Pattern<&'a str>,
    visit: &mut impl FnMut(&'a ast::PatternElement<&'a str>),
) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable {
            expression: ast::Expression::Select { variants, .. },
        } = element
        {
            for variant in variants {
                for_each_element(&variant.value, visit);
            }
        } else {
            visit(element);
        }
    }
}
