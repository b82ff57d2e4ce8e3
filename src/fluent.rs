//! The one Fluent module: how sengen walks a text file's syntax tree, finds
//! where an entry stands in its file, and which ids it accepts. The check,
//! lint, localize and translations code all read Fluent through it.
//!
//! fluent-syntax keeps no positions in its tree, but its identifiers and text
//! elements are slices of the source text, so a slice's address gives its
//! exact offset (`Span::of_slice`).

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use std::collections::HashMap;
use std::fmt::Write as _;

use crate::diagnostic::{FileId, Span};
use crate::language::is_cjk;

/// One piece of a pattern, as the walk meets it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Element<'a> {
    /// Literal text, as written (its lines as the file wraps them).
    Text(&'a str),
    /// A string literal (`{"\u00A0"}`), between its quotes, escapes unresolved.
    StringLiteral(&'a str),
    /// `$name`.
    Variable(&'a str),
    /// `other-message`.
    Message(&'a str),
    /// `-term`, without its dash.
    Term(&'a str),
    /// `NUMBER(…)`.
    Function(&'a str),
}

/// A pattern of a file, and the entry it belongs to.
pub struct Pattern<'a> {
    /// The entry's name: `title`, or `-host-city` for a term.
    pub entry: String,
    pub in_term: bool,
    pub pattern: &'a ast::Pattern<&'a str>,
}

/// Every pattern of a file (values and attributes of messages and terms), in file order.
pub fn patterns(resource: &FluentResource) -> Vec<Pattern<'_>> {
    let mut patterns = Vec::new();
    for entry in resource.entries() {
        let (entry, in_term, value, attributes) = match entry {
            ast::Entry::Message(m) => {
                (m.id.name.to_owned(), false, m.value.as_ref(), &m.attributes)
            }
            ast::Entry::Term(t) => (
                format!("-{}", t.id.name),
                true,
                Some(&t.value),
                &t.attributes,
            ),
            _ => continue,
        };
        for pattern in value.into_iter().chain(attributes.iter().map(|a| &a.value)) {
            patterns.push(Pattern {
                entry: entry.clone(),
                in_term,
                pattern,
            });
        }
    }
    patterns
}

/// Visits every element of a pattern in reading order: text, and inside each
/// placeable its selector, the elements of every variant, the arguments of
/// every call, nested placeables.
pub fn walk<'a>(pattern: &'a ast::Pattern<&'a str>, visit: &mut impl FnMut(Element<'a>)) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => visit(Element::Text(value)),
            ast::PatternElement::Placeable { expression } => walk_expression(expression, visit),
        }
    }
}

fn walk_expression<'a>(
    expression: &'a ast::Expression<&'a str>,
    visit: &mut impl FnMut(Element<'a>),
) {
    match expression {
        ast::Expression::Inline(inline) => walk_inline(inline, visit),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, visit);
            for variant in variants {
                walk(&variant.value, visit);
            }
        }
    }
}

fn walk_inline<'a>(
    inline: &'a ast::InlineExpression<&'a str>,
    visit: &mut impl FnMut(Element<'a>),
) {
    use ast::InlineExpression as I;
    match inline {
        I::StringLiteral { value } => visit(Element::StringLiteral(value)),
        I::NumberLiteral { .. } => {}
        I::VariableReference { id } => visit(Element::Variable(id.name)),
        I::MessageReference { id, .. } => visit(Element::Message(id.name)),
        I::TermReference { id, arguments, .. } => {
            visit(Element::Term(id.name));
            if let Some(arguments) = arguments {
                walk_arguments(arguments, visit);
            }
        }
        I::FunctionReference { id, arguments } => {
            visit(Element::Function(id.name));
            walk_arguments(arguments, visit);
        }
        I::Placeable { expression } => walk_expression(expression, visit),
    }
}

fn walk_arguments<'a>(
    arguments: &'a ast::CallArguments<&'a str>,
    visit: &mut impl FnMut(Element<'a>),
) {
    for argument in &arguments.positional {
        walk_inline(argument, visit);
    }
    for argument in &arguments.named {
        walk_inline(&argument.value, visit);
    }
}

/// The ids of a resource's terms, without their `-`.
pub fn terms(resource: &FluentResource) -> impl Iterator<Item = &str> {
    resource.entries().filter_map(|entry| match entry {
        ast::Entry::Term(term) => Some(term.id.name),
        _ => None,
    })
}

/// The messages of a file, in file order.
pub fn messages(resource: &FluentResource) -> impl Iterator<Item = &ast::Message<&str>> {
    resource.entries().filter_map(|entry| match entry {
        ast::Entry::Message(m) => Some(m),
        _ => None,
    })
}

/// The messages and terms of a file by name, found in one pass: a lookup
/// in constant time, so that what is done for every message of a file (its
/// status, its span) grows with the file, never with its square.
pub struct Index<'r> {
    messages: HashMap<&'r str, &'r ast::Message<&'r str>>,
    terms: HashMap<&'r str, &'r ast::Term<&'r str>>,
}

impl<'r> Index<'r> {
    pub fn new(resource: &'r FluentResource) -> Self {
        let mut messages = HashMap::new();
        let mut terms = HashMap::new();
        for entry in resource.entries() {
            match entry {
                // The first definition wins, as `message` finds it.
                ast::Entry::Message(m) => {
                    messages.entry(m.id.name).or_insert(m);
                }
                ast::Entry::Term(t) => {
                    terms.entry(t.id.name).or_insert(t);
                }
                _ => {}
            }
        }
        Index { messages, terms }
    }

    pub fn message(&self, id: &str) -> Option<&'r ast::Message<&'r str>> {
        self.messages.get(id).copied()
    }

    /// The pattern a unit names (`id`, `id.attr`, `-term`, `-term.attr`).
    pub fn pattern(&self, unit: &str) -> Option<&'r ast::Pattern<&'r str>> {
        let (entry, attribute) = match unit.split_once('.') {
            Some((entry, attribute)) => (entry, Some(attribute)),
            None => (unit, None),
        };
        let (value, attributes) = match entry.strip_prefix('-') {
            Some(term) => {
                let t = self.terms.get(term)?;
                (Some(&t.value), &t.attributes)
            }
            None => {
                let m = self.messages.get(entry)?;
                (m.value.as_ref(), &m.attributes)
            }
        };
        match attribute {
            None => value,
            Some(name) => attributes
                .iter()
                .find(|a| a.id.name == name)
                .map(|a| &a.value),
        }
    }
}

/// A message of a file, by id.
pub fn message<'r>(resource: &'r FluentResource, id: &str) -> Option<&'r ast::Message<&'r str>> {
    messages(resource).find(|m| m.id.name == id)
}

/// Where a message is defined: the span of its id in `file`, the resource's text.
pub fn message_span(resource: &FluentResource, file: FileId, id: &str) -> Option<Span> {
    message(resource, id).map(|m| Span::of_slice(file, resource.source(), m.id.name))
}

/// The span of a slice of a resource's text (an id, a text element).
pub fn span_of(resource: &FluentResource, file: FileId, slice: &str) -> Span {
    Span::of_slice(file, resource.source(), slice)
}

/// Where the text of a pattern stands in its file: the bytes from just after
/// the `=` of a message, term or attribute to the last character of its
/// value (wrapped lines included, the blank lines and attributes after it
/// not). `unit` names it as XLIFF does: `id`, `id.attr`, `-term`, `-term.attr`.
/// Replacing these bytes replaces that text and touches nothing else.
pub fn pattern_range(resource: &FluentResource, unit: &str) -> Option<std::ops::Range<usize>> {
    let source = resource.source();
    let (entry, attribute) = match unit.split_once('.') {
        Some((entry, attribute)) => (entry, Some(attribute)),
        None => (unit, None),
    };
    let (id, attributes) = resource.entries().find_map(|e| match e {
        ast::Entry::Message(m) if m.id.name == entry => Some((m.id.name, &m.attributes)),
        ast::Entry::Term(t) if entry.strip_prefix('-') == Some(t.id.name) => {
            Some((t.id.name, &t.attributes))
        }
        _ => None,
    })?;
    let offset = |slice: &str| Span::of_slice(FileId::NONE, source, slice).range.start;
    let entry_end = entry_end(source, offset(id));
    let named = match attribute {
        None => id,
        Some(name) => attributes.iter().find(|a| a.id.name == name)?.id.name,
    };
    let after_name = offset(named) + named.len();
    let equals = after_name + source[after_name..].find('=')?;
    let start = equals + 1;
    // The value ends where the first attribute after it begins, or with the entry.
    let next_attribute = attributes
        .iter()
        .map(|a| offset(a.id.name))
        .filter(|at| *at > start)
        .min()
        .map(|at| source[..at].rfind('.').unwrap_or(at));
    let end = next_attribute.unwrap_or(entry_end).min(entry_end);
    let end = start
        + source[start..end]
            .trim_end_matches(|c: char| c.is_ascii_whitespace())
            .len();
    Some(start..end.max(start))
}

/// The deepest nesting of placeables sengen reads (`{ { … } }`). Fluent's
/// parser is recursive: a text of thousands of nested braces, hostile or a
/// slip, would exhaust its stack. A real text nests two or three deep.
pub const DEEPEST: usize = 32;

/// Where the first placeable nested deeper than `DEEPEST` opens, if one is:
/// braces counted outside string literals, as Fluent reads them.
pub fn too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (at, c) in text.char_indices() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                '\n' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '{' => {
                depth += 1;
                if depth > DEEPEST {
                    return Some(at);
                }
            }
            '}' => depth = depth.saturating_sub(1),
            '"' if depth > 0 => in_string = true,
            _ => {}
        }
    }
    None
}

/// A `.ftl` text parsed, whatever it holds; one nested too deep to parse
/// safely (`too_deep`) is read as empty, and its errors as the one error.
pub fn parse(text: &str) -> (FluentResource, usize) {
    if too_deep(text).is_some() {
        return (
            FluentResource::try_new(String::new()).unwrap_or_else(|(r, _)| r),
            1,
        );
    }
    match FluentResource::try_new(text.to_owned()) {
        Ok(resource) => (resource, 0),
        Err((resource, errors)) => (resource, errors.len()),
    }
}

/// How wide a written `.ftl`'s lines are, in characters (CJK ones count double).
const WIDTH: usize = 92;

/// A message as the `.ftl` writes it: on one line when it fits, else
/// wrapped on indented lines; a line never starts with a character Fluent
/// reads as syntax there (`[`, `*`, `.`).
pub fn format_message(id: &str, value: &str) -> String {
    format!("{id} ={}\n", format_pattern(id, value))
}

/// The bytes after the `=` of a pattern written afresh, `head` being what
/// stands before the `=` on its line (`title`, `    .alt`): ` value` when
/// the line fits, else the value wrapped on lines indented by four spaces;
/// no line break at the end.
pub fn format_pattern(head: &str, value: &str) -> String {
    // Only what Fluent itself drops around a value: a trailing ideographic
    // space or a control character typed stays, for the check to judge.
    let value = value.trim_matches(|c: char| c.is_ascii_whitespace());
    if width(head) + 3 + width(value) <= WIDTH {
        return format!(" {value}");
    }
    let lines = wrap(value, WIDTH - 4);
    let starts_with_syntax = |line: &str| line.starts_with(['[', '*', '.']);
    let mut out = String::new();
    let mut rest = &lines[..];
    if lines.first().is_some_and(|l| starts_with_syntax(l)) {
        // Only the first line may start so, after `=` on the id's own line.
        let _ = write!(out, " {}", lines[0]);
        rest = &lines[1..];
    }
    for line in rest {
        let _ = write!(out, "\n    {line}");
    }
    out
}

fn width(text: &str) -> usize {
    text.chars().map(|c| if is_cjk(c) { 2 } else { 1 }).sum()
}

/// Wraps a pattern at spaces and between two CJK characters (a line break
/// there joins without a space), never inside a placeable, never before a
/// character Fluent reads as syntax at the start of a line.
fn wrap(value: &str, limit: usize) -> Vec<String> {
    let chars: Vec<char> = value.chars().collect();
    // Where a line may end: (index of the break, whether a space is dropped there).
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut line_width = 0;
    let mut last_break: Option<(usize, bool)> = None; // byte index in `line`, space dropped
    let mut depth = 0usize;
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        let next = chars.get(i + 1).copied();
        // Nor before Japanese closing punctuation, which never opens a line.
        let safe_start = |n: Option<char>| {
            n.is_some_and(|n| {
                !matches!(
                    n,
                    '[' | '*'
                        | '.'
                        | ' '
                        | '、'
                        | '。'
                        | '」'
                        | '』'
                        | '）'
                        | '・'
                        | '：'
                        | '！'
                        | '？'
                )
            })
        };
        if depth == 0 && c == ' ' && safe_start(next) {
            last_break = Some((line.len(), true));
        }
        line.push(c);
        line_width += if is_cjk(c) { 2 } else { 1 };
        if depth == 0 && is_cjk(c) && next.is_some_and(is_cjk) && safe_start(next) {
            last_break = Some((line.len(), false));
        }
        if line_width > limit
            && let Some((at, space)) = last_break.take()
        {
            let rest = line.split_off(at);
            lines.push(line.trim_end().to_owned());
            line = if space {
                rest.trim_start_matches(' ').to_owned()
            } else {
                rest
            };
            line_width = width(&line);
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_owned());
    }
    lines
}

/// Where the entry whose id stands at `at` ends: before the first line
/// after it that starts in column 0 (a new entry, a comment), its trailing
/// blank lines left out.
pub fn entry_end(source: &str, at: usize) -> usize {
    let line_end = source[at..].find('\n').map_or(source.len(), |n| at + n + 1);
    let mut end = line_end.min(source.len());
    let mut cursor = end;
    for line in source[cursor..].split_inclusive('\n') {
        let starts_entry = line.starts_with(|c: char| !c.is_whitespace());
        if starts_entry {
            break;
        }
        cursor += line.len();
        if !line.trim().is_empty() {
            end = cursor;
        }
    }
    let end = end.min(source.len());
    // Without its final line break.
    at + source[at..end].trim_end_matches(['\n', '\r']).len()
}

/// The rule for the ids sengen makes names of (the declaration's, which names
/// its files): lowercase ASCII letters and digits, in runs joined by single
/// hyphens (`shizuoka-2024`).
pub fn is_kebab_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

/// The rule for ids that also name Fluent variables (a delegation's `japan`
/// is read as `$japan-count`): a kebab id that starts with a letter, as a
/// Fluent identifier must.
pub fn is_variable_id(id: &str) -> bool {
    is_kebab_id(id) && id.starts_with(|c: char| c.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resource(text: &str) -> FluentResource {
        FluentResource::try_new(text.to_owned()).expect("valid Fluent")
    }

    #[test]
    fn the_walk_meets_every_element_in_reading_order() {
        let text = "-t = T\nm = a { $x } { -t(n: \"s\") } { NUMBER($y) } { { \"\\u202E\" } } { $n ->\n   [one] b { other }\n  *[many] c\n}\n    .attr = d\n";
        let resource = resource(text);
        let mut seen = Vec::new();
        for pattern in patterns(&resource) {
            walk(pattern.pattern, &mut |element| {
                seen.push((pattern.entry.clone(), element))
            });
        }
        let of = |e: &str| -> Vec<Element> {
            seen.iter()
                .filter(|(n, _)| n == e)
                .map(|(_, el)| *el)
                .collect()
        };
        assert_eq!(of("-t"), [Element::Text("T")]);
        assert_eq!(
            of("m"),
            [
                Element::Text("a "),
                Element::Variable("x"),
                Element::Text(" "),
                Element::Term("t"),
                Element::StringLiteral("s"),
                Element::Text(" "),
                Element::Function("NUMBER"),
                Element::Variable("y"),
                Element::Text(" "),
                Element::StringLiteral("\\u202E"),
                Element::Text(" "),
                Element::Variable("n"),
                Element::Text("b "),
                Element::Message("other"),
                Element::Text("c"),
                Element::Text("d"),
            ]
        );
    }

    #[test]
    fn a_message_is_found_at_its_id() {
        let text = "# comment\nfirst = one\nsecond = two\n";
        let resource = resource(text);
        let mut sources = crate::diagnostic::Sources::default();
        let file = sources.add("fr.ftl", text);
        let span = message_span(&resource, file, "second").expect("defined");
        assert_eq!(&text[span.range], "second");
        assert!(message_span(&resource, file, "third").is_none());
        let ids: Vec<&str> = messages(&resource).map(|m| m.id.name).collect();
        assert_eq!(ids, ["first", "second"]);
    }

    #[test]
    fn a_patterns_text_is_found_in_its_file() {
        let text = "# c\nshort = One\nlong =\n    Two\n    lines\n\n    .attr = Three\n    .other =\n        Four\n-term = Five\n\nlast = Six";
        let resource = resource(text);
        let at = |unit: &str| pattern_range(&resource, unit).map(|r| &text[r]);
        assert_eq!(at("short"), Some(" One"));
        assert_eq!(at("long"), Some("\n    Two\n    lines"));
        assert_eq!(at("long.attr"), Some(" Three"));
        assert_eq!(at("long.other"), Some("\n        Four"));
        assert_eq!(at("-term"), Some(" Five"));
        assert_eq!(at("last"), Some(" Six"));
        assert_eq!(at("missing"), None);
        assert_eq!(at("long.missing"), None);
    }

    #[test]
    fn nesting_is_measured_outside_string_literals() {
        assert_eq!(too_deep("a = { $x } { { \"{\" } }"), None);
        let deep = format!(
            "a = {}x{}",
            "{".repeat(DEEPEST + 1),
            "}".repeat(DEEPEST + 1)
        );
        assert_eq!(too_deep(&deep), Some(4 + DEEPEST));
        let quoted = format!("a = {{ \"{}\" }}", "{".repeat(100));
        assert_eq!(too_deep(&quoted), None);
        // Unclosed braces nest too.
        assert!(too_deep(&format!("a = {}", "{".repeat(5000))).is_some());
        let (resource, errors) = parse(&deep);
        assert_eq!((resource.entries().count(), errors), (0, 1));
    }

    #[test]
    fn ids_that_name_files_and_variables() {
        for good in ["shizuoka-2024", "a", "2024"] {
            assert!(is_kebab_id(good), "{good}");
        }
        for bad in ["", "Shizuoka", "a--b", "-a", "a-", "a_b", "é"] {
            assert!(!is_kebab_id(bad), "{bad}");
        }
        assert!(is_variable_id("japan") && is_variable_id("city-2"));
        assert!(!is_variable_id("2024") && !is_variable_id("Japan"));
    }
}
