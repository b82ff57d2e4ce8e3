//! XLIFF, the format translation tools read (memoQ, Trados, OmegaT,
//! Weblate…): a declaration's translation out to a translator and back in.
//!
//! A unit per message of the source the declaration uses (an attribute as
//! `id.attr`, a term as `-term`), its source text and current translation
//! as segments in which Fluent's placeables (variables, terms, message
//! references) and the `<sup>` tags are protected inline codes, never
//! editable text. A message that chooses among variants (a Fluent selector)
//! is exported locked, with a note: CAT tools have no common way of editing
//! Fluent variants, and a locked unit round-trips without loss. The state of
//! each unit comes from `translations.lock`; the hash of its source, in
//! sengen's own namespace, tells the import what a translation was made from.
//!
//! `export` and `import` are clients of `pipeline::prepare`; `read` parses
//! an XLIFF file as hostile input (no DTD, no entities, a size limit).

pub mod import;
pub mod read;
mod write;

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use crate::check::lint::translations::{Status, message_hash, statuses};
use crate::check::{Declaration, Language};
use crate::diagnostic::{Code, Diagnostic, Diagnostics, Failure};
use crate::language::OVERRIDE_PREFIX;
use crate::ui::Words;
use crate::words;

/// sengen's XML namespace, for what XLIFF has no attribute for.
pub const NAMESPACE: &str = "urn:sengen:xliff:1";

/// The XLIFF versions sengen writes and reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    /// 1.2, the version every tool reads.
    V1_2,
    V2_0,
}

/// Which units to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Only {
    All,
    /// Those whose translation is not current: stale, unreviewed or missing.
    Stale,
}

/// A piece of a segment: text a translator edits, or a protected code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    /// `equiv` is the code's Fluent source (`{ $japan-count }`, `<sup>`).
    Code {
        id: String,
        equiv: String,
    },
}

/// One unit of a file: a message (or attribute, or term) to translate.
#[derive(Debug, Clone)]
pub struct Unit {
    /// `title`, `title.short`, `-host-city`.
    pub id: String,
    pub source: Vec<Piece>,
    pub target: Option<Vec<Piece>>,
    pub status: Status,
    /// The hash of the source message as exported (`translations.lock`'s).
    pub source_hash: String,
    /// The hash the translation was last reviewed against, if any.
    pub reviewed_hash: Option<String>,
    /// The Fluent comment above the message, for the translator.
    pub note: Option<String>,
    /// A message with variants: its Fluent source, exported as is, locked.
    pub locked: Option<String>,
}

/// What a file states of itself.
pub struct Header {
    pub declaration: String,
    pub source_lang: String,
    pub target_lang: String,
    /// The files, as named in the declaration's folder.
    pub source_file: String,
    pub target_file: String,
}

/// The XLIFF of a declaration's translation into `lang`.
pub fn export(
    declaration: &Declaration,
    lang: &str,
    version: Version,
    only: Only,
) -> Result<String, Failure> {
    let (source, target) = languages(declaration, lang)?;
    let all = units(declaration, source, target);
    let units: Vec<Unit> = match only {
        Only::All => all,
        Only::Stale => all
            .into_iter()
            .filter(|u| u.status != Status::Current)
            .collect(),
    };
    let header = Header {
        declaration: declaration.id.clone(),
        source_lang: source.tag.to_string(),
        target_lang: target.tag.to_string(),
        source_file: format!("{}.ftl", source.tag),
        target_file: format!("{}.ftl", target.tag),
    };
    Ok(write::file(&header, &units, version))
}

/// The source language and the translation named `lang` (L034 otherwise).
fn languages<'d>(
    declaration: &'d Declaration,
    lang: &str,
) -> Result<(&'d Language, &'d Language), Failure> {
    let languages = &declaration.languages;
    let refuse = |message: Words| {
        let translated: Vec<String> = languages
            .iter()
            .skip(1)
            .map(|l| l.tag.to_string())
            .collect();
        Failure::Invalid(Diagnostics::from(
            Diagnostic::new(Code::L034, message).hint(if translated.is_empty() {
                words!("L034-no-translation-hint")
            } else {
                words!(
                    "L034-translated-languages-hint",
                    languages = translated.join(", ")
                )
            }),
        ))
    };
    let Some((source, translations)) = languages.split_first() else {
        return Err(refuse(words!("L034-no-language")));
    };
    match translations.iter().find(|l| l.tag == lang) {
        Some(target) => Ok((source, target)),
        None => Err(refuse(words!(
            "L034-not-a-translation",
            lang = lang,
            id = &declaration.id,
            source = source.tag.to_string()
        ))),
    }
}

/// The units of a translation, in the source file's order: every message
/// the declaration uses (its value, then its attributes), the overrides of
/// sengen's wording, and every term.
pub fn units(declaration: &Declaration, source: &Language, target: &Language) -> Vec<Unit> {
    let used = crate::check::lint::used_messages(declaration, source);
    let status_of = |id: &str| {
        statuses(declaration)
            .into_iter()
            .find(|(l, i, _)| l.tag == target.tag && i == id)
            .map(|(_, _, s)| s)
    };
    let reviewed = |id: &str| {
        declaration
            .lock
            .as_ref()
            .and_then(|l| l.get(&target.tag.to_string(), id))
            .map(|r| r.hash.clone())
    };
    // The runtime parse keeps no comments: the full one gives the notes.
    let comments = comments(source.resource.source());
    let mut units = Vec::new();
    for entry in source.resource.entries() {
        let (name, value, attributes, message) = match entry {
            ast::Entry::Message(m) => {
                if !used.contains(m.id.name) && !m.id.name.starts_with(OVERRIDE_PREFIX) {
                    continue;
                }
                (m.id.name.to_owned(), m.value.as_ref(), &m.attributes, true)
            }
            ast::Entry::Term(t) => (
                format!("-{}", t.id.name),
                Some(&t.value),
                &t.attributes,
                false,
            ),
            _ => continue,
        };
        // A term's status is its file's: the lock records messages only.
        let status = if message {
            status_of(&name).unwrap_or(Status::Missing)
        } else if find_pattern(&target.resource, &name).is_some() {
            Status::Current
        } else {
            Status::Missing
        };
        let hash = if message {
            message_hash(source, &name).unwrap_or_default()
        } else {
            term_hash(source, &name)
        };
        let note = comments
            .iter()
            .find(|(id, _)| *id == name)
            .map(|(_, c)| c.clone());
        let mut ids = vec![name.clone()];
        ids.extend(attributes.iter().map(|a| format!("{name}.{}", a.id.name)));
        for (id, pattern) in ids
            .into_iter()
            .zip(value.into_iter().chain(attributes.iter().map(|a| &a.value)))
        {
            let target_pattern = find_pattern(&target.resource, &id);
            let (source_pieces, locked) = match pieces(pattern) {
                Some(pieces) => (pieces, None),
                None => (Vec::new(), Some(fluent_source(pattern))),
            };
            let target_pieces = target_pattern
                .and_then(pieces)
                .map(|t| number_target(&source_pieces, t));
            units.push(Unit {
                id,
                source: source_pieces,
                target: if locked.is_some() {
                    target_pattern.map(|p| vec![Piece::Text(fluent_source(p))])
                } else {
                    target_pieces
                },
                status,
                source_hash: hash.clone(),
                reviewed_hash: if message { reviewed(&name) } else { None },
                note: note.clone(),
                locked,
            });
        }
    }
    units
}

/// The comment of each entry that has one (`-term` for a term), by the
/// full parse of Fluent, which keeps comments.
fn comments(source: &str) -> Vec<(String, String)> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        // The check stage parsed this file; a partial parse still has its comments.
        Err((resource, _)) => resource,
    };
    resource
        .body
        .iter()
        .filter_map(|entry| {
            let (name, comment) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_owned(), m.comment.as_ref()?),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), t.comment.as_ref()?),
                _ => return None,
            };
            Some((name, comment.content.join("\n")))
        })
        .collect()
}

/// The hash of a term as Fluent normalises it (the lock keeps none for terms).
fn term_hash(language: &Language, name: &str) -> String {
    use sha2::{Digest, Sha256};
    let term = language.resource.entries().find_map(|e| match e {
        ast::Entry::Term(t) if format!("-{}", t.id.name) == name => Some(t.clone()),
        _ => None,
    });
    let Some(term) = term else {
        return String::new();
    };
    let normalised = fluent_syntax::serializer::serialize(&ast::Resource {
        body: vec![ast::Entry::Term(term)],
    });
    Sha256::digest(normalised.as_bytes())
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The pattern a unit id names in a language's file: `id`, `id.attr`,
/// `-term`, `-term.attr`.
pub fn find_pattern<'r>(
    resource: &'r FluentResource,
    unit: &str,
) -> Option<&'r ast::Pattern<&'r str>> {
    let (entry, attribute) = match unit.split_once('.') {
        Some((entry, attribute)) => (entry, Some(attribute)),
        None => (unit, None),
    };
    resource.entries().find_map(|e| {
        let (value, attributes) = match e {
            ast::Entry::Message(m) if m.id.name == entry => (m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) if entry.strip_prefix('-') == Some(t.id.name) => {
                (Some(&t.value), &t.attributes)
            }
            _ => return None,
        };
        match attribute {
            None => value,
            Some(name) => attributes
                .iter()
                .find(|a| a.id.name == name)
                .map(|a| &a.value),
        }
    })
}

/// A pattern as segment pieces, or `None` for one that chooses among
/// variants. Lines are joined as sengen typesets them; each placeable and
/// each `<sup>`/`</sup>` is a code, numbered in order from 1.
pub fn pieces(pattern: &ast::Pattern<&str>) -> Option<Vec<Piece>> {
    // Codes stand in the text as characters of the Private Use Area while
    // the lines are joined, so that the joining sees where they are; a
    // character of the text that is itself in that block gets a mark too,
    // and stays text (`Err`).
    const FIRST: u32 = CODE_MARK;
    let mut joined = String::new();
    let mut codes: Vec<Result<String, char>> = Vec::new();
    let mark = |codes: &Vec<Result<String, char>>| {
        char::from_u32(FIRST + codes.len() as u32).filter(|c| is_code_mark(*c))
    };
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                for c in value.chars() {
                    if is_code_mark(c) {
                        joined.push(mark(&codes)?);
                        codes.push(Err(c));
                    } else {
                        joined.push(c);
                    }
                }
            }
            ast::PatternElement::Placeable { expression } => {
                if matches!(expression, ast::Expression::Select { .. }) {
                    return None;
                }
                joined.push(mark(&codes)?);
                codes.push(Ok(expression_source(expression)));
            }
        }
    }
    let text = join_lines(&joined);
    let mut out = Vec::new();
    let mut number = 0;
    let mut code = |equiv: String, out: &mut Vec<Piece>| {
        number += 1;
        out.push(Piece::Code {
            id: number.to_string(),
            equiv,
        });
    };
    let mut plain = String::new();
    let mut rest = text.as_str();
    while !rest.is_empty() {
        let tag = ["<sup>", "</sup>"]
            .into_iter()
            .find(|t| rest.starts_with(t));
        let c = rest.chars().next()?;
        let placeholder = (c as u32)
            .checked_sub(FIRST)
            .filter(|i| (*i as usize) < codes.len());
        // A character of the text that was marked only to pass the joining.
        let literal = placeholder.and_then(|i| codes[i as usize].as_ref().err().copied());
        if tag.is_none() && (placeholder.is_none() || literal.is_some()) {
            plain.push(literal.unwrap_or(c));
            rest = &rest[c.len_utf8()..];
            continue;
        }
        if !plain.is_empty() {
            out.push(Piece::Text(std::mem::take(&mut plain)));
        }
        match (tag, placeholder) {
            (Some(tag), _) => {
                code(tag.to_owned(), &mut out);
                rest = &rest[tag.len()..];
            }
            (None, Some(index)) => {
                if let Ok(source) = &codes[index as usize] {
                    code(source.clone(), &mut out);
                }
                rest = &rest[c.len_utf8()..];
            }
            (None, None) => unreachable!("one of them, checked above"),
        }
    }
    if !plain.is_empty() {
        out.push(Piece::Text(plain));
    }
    Some(out)
}

/// The first of the Private Use Area characters that stand for codes while
/// a segment's lines are joined.
pub(crate) const CODE_MARK: u32 = 0xF0000;

fn is_code_mark(c: char) -> bool {
    (CODE_MARK..CODE_MARK + 0x10000).contains(&(c as u32))
}

/// Joins the lines of a segment (a Fluent text as wrapped in its file, or
/// a segment a tool pretty-printed): a run of white space that holds a line
/// break disappears between two CJK characters, or between a code and a
/// CJK character (a tool's indentation around a code in Japanese), and is
/// one space anywhere else; other runs of spaces are one space.
pub fn join_lines(text: &str) -> String {
    let tight = |c: Option<char>| c.is_none_or(|c| crate::language::is_cjk(c) || is_code_mark(c));
    let chars: Vec<char> = text.trim().chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if !c.is_ascii_whitespace() {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i].is_ascii_whitespace() {
            i += 1;
        }
        let line_break = chars[start..i].contains(&'\n');
        let (before, after) = (out.chars().last(), chars.get(i).copied());
        let both_codes = before.is_some_and(is_code_mark) && after.is_some_and(is_code_mark);
        if !(line_break && tight(before) && tight(after) && !both_codes) {
            out.push(' ');
        }
    }
    out
}

/// The codes of a translation take the ids of the source's codes they
/// repeat; others (a term of the translation's own) are `t1`, `t2`…
pub fn number_target(source: &[Piece], target: Vec<Piece>) -> Vec<Piece> {
    let mut taken: Vec<&str> = Vec::new();
    let mut extra = 0;
    target
        .into_iter()
        .map(|piece| match piece {
            Piece::Code { equiv, .. } => {
                let same = source.iter().find_map(|s| match s {
                    Piece::Code { id, equiv: e }
                        if *e == equiv && !taken.contains(&id.as_str()) =>
                    {
                        Some(id.as_str())
                    }
                    _ => None,
                });
                let id = match same {
                    Some(id) => {
                        taken.push(id);
                        id.to_owned()
                    }
                    None => {
                        extra += 1;
                        format!("t{extra}")
                    }
                };
                Piece::Code { id, equiv }
            }
            text => text,
        })
        .collect()
}

/// A placeable's Fluent source, as Fluent's serializer writes it (`{ $x }`).
fn expression_source(expression: &ast::Expression<&str>) -> String {
    fluent_source(&ast::Pattern {
        elements: vec![ast::PatternElement::Placeable {
            expression: expression.clone(),
        }],
    })
}

/// A pattern's Fluent source, as Fluent's serializer writes it.
fn fluent_source(pattern: &ast::Pattern<&str>) -> String {
    let resource = ast::Resource {
        body: vec![ast::Entry::Message(ast::Message {
            id: ast::Identifier { name: "x" },
            value: Some(pattern.clone()),
            attributes: Vec::new(),
            comment: None,
        })],
    };
    let serialized = fluent_syntax::serializer::serialize(&resource);
    serialized
        .strip_prefix("x =")
        .unwrap_or(&serialized)
        .trim()
        .to_owned()
}

/// A segment's text as a person reads it, codes shown as their source.
pub fn plain(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .map(|p| match p {
            Piece::Text(t) => t.as_str(),
            Piece::Code { equiv, .. } => equiv.as_str(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    fn of(text: &str) -> Option<Vec<Piece>> {
        let resource = FluentResource::try_new(format!("m = {text}\n")).unwrap();
        let pattern = crate::fluent::messages(&resource)
            .next()
            .unwrap()
            .value
            .clone()
            .unwrap();
        pieces(&pattern)
    }

    fn code(id: &str, equiv: &str) -> Piece {
        Piece::Code {
            id: id.into(),
            equiv: equiv.into(),
        }
    }

    #[test]
    fn placeables_and_superscripts_are_codes() {
        assert_eq!(
            of("Les { $edition-ordinal } Rencontres de { -host-city },\n    1<sup>res</sup> en { title }.").unwrap(),
            vec![
                Piece::Text("Les ".into()),
                code("1", "{ $edition-ordinal }"),
                Piece::Text(" Rencontres de ".into()),
                code("2", "{ -host-city }"),
                Piece::Text(", 1".into()),
                code("3", "<sup>"),
                Piece::Text("res".into()),
                code("4", "</sup>"),
                Piece::Text(" en ".into()),
                code("5", "{ title }"),
                Piece::Text(".".into()),
            ]
        );
        assert_eq!(
            of("{ $n ->\n   [one] un\n  *[other] plusieurs\n}"),
            None,
            "variants are locked"
        );
    }

    #[test]
    fn a_tools_indentation_around_codes_is_no_text() {
        let mark = char::from_u32(CODE_MARK).unwrap();
        assert_eq!(
            join_lines(&format!("日本の\n    {mark}自治体")),
            format!("日本の{mark}自治体")
        );
        assert_eq!(
            join_lines(&format!("de \n    {mark} collectivités")),
            format!("de {mark} collectivités")
        );
        assert_eq!(
            join_lines(&format!("{mark}\n  {mark}")),
            format!("{mark} {mark}")
        );
        assert_eq!(join_lines("un  deux\n   trois"), "un deux trois");
    }

    #[test]
    fn wrapped_japanese_joins_without_a_space() {
        assert_eq!(
            of("日仏\n    自治体").unwrap(),
            vec![Piece::Text("日仏自治体".into())]
        );
    }

    #[test]
    fn a_translations_codes_take_the_ids_of_the_same_codes_in_the_source() {
        let source = of("{ -host-city } et { $a }").unwrap();
        let target = of("{ $a }と{ -host }").unwrap();
        assert_eq!(
            number_target(&source, target),
            vec![
                code("2", "{ $a }"),
                Piece::Text("と".into()),
                code("t1", "{ -host }")
            ]
        );
    }
}
