//! sengen's own words (`locales/<tag>/tool/`) are complete in every
//! language it speaks: every file parses, every language has every message
//! of the English with the same variables, every message the code names
//! exists, every diagnostic code has its summary and explanation, and every
//! message says something in every language for every value of its
//! selectors. A language is never half spoken.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use sengen::diagnostic::codes::{FAMILIES, REGISTRY};
use sengen::language;
use sengen::ui::{self, Surface, Ui, Words};

use crate::util::*;

/// Every message of a language's tool wording, with the variables it
/// reads (`$where` aside: every message receives it).
fn messages(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
    messages_and_passed(lang)
        .into_iter()
        .map(|(id, (reads, _))| (id, reads))
        .collect()
}

/// Every message, with the variables it reads and those its comment says
/// the code passes besides (`$kind`: a key a language may choose by).
fn messages_and_passed(lang: &str) -> BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> {
    let mut out = BTreeMap::new();
    for (path, text) in language::tool_files(lang) {
        let resource = fluent_syntax::parser::parse(text)
            .unwrap_or_else(|(_, errors)| panic!("locales/{lang}/tool/{path}: {errors:#?}"));
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut variables = BTreeSet::new();
                if let Some(value) = &m.value {
                    pattern_variables(value, &mut variables);
                }
                variables.remove("where");
                let passed: BTreeSet<String> = m
                    .comment
                    .iter()
                    .flat_map(|c| c.content.iter())
                    .flat_map(|line| {
                        line.split(|c: char| {
                            !(c.is_alphanumeric() || c == '$' || c == '_' || c == '-')
                        })
                    })
                    .filter_map(|word| word.strip_prefix('$'))
                    .map(|name| name.trim_end_matches('-').to_owned())
                    .filter(|name| !name.is_empty())
                    .collect();
                assert!(
                    out.insert(m.id.name.to_owned(), (variables, passed))
                        .is_none(),
                    "locales/{lang}/tool/{path}: `{}` defined twice",
                    m.id.name
                );
            }
        }
    }
    out
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => inline_variables(inline, out),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
        }
        _ => {}
    }
}

#[test]
fn sengen_speaks_english_french_and_japanese() {
    assert_eq!(ui::languages(), ["en", "fr", "ja"]);
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    // A translation reads every variable the English reads, and no other
    // than those and the ones the English's comment says the code passes.
    let english = messages_and_passed(&ui::fallback());
    assert!(english.len() > 300, "{}", english.len());
    let mut problems = Vec::new();
    for lang in ui::languages() {
        let theirs = messages(&lang);
        for (id, (variables, passed)) in &english {
            match theirs.get(id) {
                None => problems.push(format!("{lang}: `{id}` is missing")),
                Some(own) => {
                    let missing: Vec<&String> = variables.difference(own).collect();
                    let extra: Vec<&String> = own
                        .iter()
                        .filter(|v| !variables.contains(*v) && !passed.contains(*v))
                        .collect();
                    if !missing.is_empty() || !extra.is_empty() {
                        problems.push(format!(
                            "{lang}: `{id}` lacks {missing:?}, reads {extra:?} it is not given"
                        ));
                    }
                }
            }
        }
        for id in theirs.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{lang}: `{id}` is not an English message"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every `words!("…")` and `Words::new("…")` of the code.
fn named_in_code() -> BTreeSet<String> {
    let mut named = BTreeSet::new();
    let mut stack = vec![root().join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            for marker in ["words!(\"", "words!(\n", "Words::new(\""] {
                for (at, _) in code.match_indices(marker) {
                    let rest = code[at + marker.len()..].trim_start_matches([' ', '\n', '"']);
                    let id: String = rest
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                        .collect();
                    if !id.is_empty() {
                        named.insert(id);
                    }
                }
            }
        }
    }
    named
}

#[test]
fn every_message_the_code_names_exists() {
    let english = messages(&ui::fallback());
    let missing: Vec<String> = named_in_code()
        .into_iter()
        .filter(|id| !english.contains_key(id))
        .collect();
    assert!(missing.is_empty(), "not in locales/en/tool/: {missing:?}");
}

#[test]
fn every_code_is_explained_in_every_language() {
    for lang in ui::languages() {
        let said = messages(&lang);
        for family in FAMILIES {
            let id = format!("family-{}", family.letter);
            assert!(said.contains_key(&id), "{lang}: {id}");
        }
        for entry in REGISTRY {
            for id in [entry.name.to_owned(), format!("{}-summary", entry.name)] {
                assert!(said.contains_key(&id), "{lang}: {id}");
            }
            let ui = Ui::new(&lang, Surface::Terminal);
            assert!(
                entry.explanation(&ui).lines().count() >= 2,
                "{lang}: {} needs an explanation",
                entry.name
            );
        }
    }
}

/// The values a selector of a message chooses among, from its English
/// variants' keys.
fn selector_values(lang: &str) -> BTreeMap<String, Vec<(String, Vec<String>)>> {
    let mut out: BTreeMap<String, Vec<(String, Vec<String>)>> = BTreeMap::new();
    for (_, text) in language::tool_files(lang) {
        let resource = fluent_syntax::parser::parse(text).unwrap();
        for entry in resource.body {
            let ast::Entry::Message(m) = entry else {
                continue;
            };
            let Some(value) = &m.value else { continue };
            for element in &value.elements {
                if let ast::PatternElement::Placeable {
                    expression: ast::Expression::Select { selector, variants },
                } = element
                    && let ast::InlineExpression::VariableReference { id } = selector
                {
                    let keys = variants
                        .iter()
                        .map(|v| match &v.key {
                            ast::VariantKey::Identifier { name } => name.to_string(),
                            ast::VariantKey::NumberLiteral { value } => value.to_string(),
                        })
                        .collect();
                    out.entry(m.id.name.to_owned())
                        .or_default()
                        .push((id.name.to_owned(), keys));
                }
            }
        }
    }
    out
}

#[test]
fn every_message_says_something_for_every_value_it_may_receive() {
    let english = messages(&ui::fallback());
    let selectors = selector_values(&ui::fallback());
    let mut problems = Vec::new();
    for lang in ui::languages() {
        for surface in [Surface::Terminal, Surface::Page] {
            let ui = Ui::new(&lang, surface);
            for (id, variables) in &english {
                let id: &'static str = Box::leak(id.clone().into_boxed_str());
                // Each selector's English keys, the others given a sample.
                let choices = selectors.get(id).cloned().unwrap_or_default();
                let mut cases: Vec<Words> = vec![Words::new(id)];
                for (variable, keys) in &choices {
                    if variable == "where" {
                        continue;
                    }
                    let mut more = Vec::new();
                    for case in &cases {
                        for key in keys {
                            let value = match key.parse::<i64>() {
                                Ok(n) => sengen::ui::Arg::Number(n),
                                Err(_) if key == "one" => sengen::ui::Arg::Number(1),
                                Err(_) if key == "other" => sengen::ui::Arg::Number(7),
                                Err(_) => sengen::ui::Arg::Text(key.clone()),
                            };
                            let name: &'static str = Box::leak(variable.clone().into_boxed_str());
                            let mut case = case.clone();
                            case.args.push((name, value));
                            more.push(case);
                        }
                    }
                    cases = more;
                }
                for mut case in cases {
                    for variable in variables {
                        if case.arg(variable).is_none() {
                            let name: &'static str = Box::leak(variable.clone().into_boxed_str());
                            case = case.with(name, "X");
                        }
                    }
                    let said = ui.say(&case);
                    // An explanation may show `{$x}` as an example of what
                    // never reaches paper.
                    let explanation = id.len() == 4 && id[1..].chars().all(|c| c.is_ascii_digit());
                    if said.trim().is_empty() || said == id || !explanation && said.contains("{$") {
                        problems.push(format!("{lang} ({surface:?}): `{id}` says {said:?}"));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The page's words and the tool's are looked up together (a diagnostic
/// on the page says the tool's words): one id names one message.
#[test]
fn the_page_and_the_tool_never_name_two_messages_alike() {
    for lang in ["en", "fr", "ja"] {
        let tool = messages(lang);
        let page = language::locale_text(lang, "serve/page.ftl").expect("the page's words");
        let resource = fluent_syntax::parser::parse(page).expect("the page's words parse");
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                assert!(
                    !tool.contains_key(m.id.name),
                    "locales/{lang}/serve/page.ftl: `{}` is also a message of the tool's",
                    m.id.name
                );
            }
        }
    }
}
