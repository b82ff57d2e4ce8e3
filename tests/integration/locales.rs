//! sengen's fixed wording: every locale under `locales/` defines the same
//! message ids, and every message resolves without error.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentArgs;
use sengen::language;
use sengen::localize::wording::Wording;

fn ids(lang: &str) -> BTreeSet<String> {
    let tag = lang.parse().unwrap();
    let files = language::wording_files(&tag).expect("the locale exists");
    let mut ids = BTreeSet::new();
    for (path, text) in files {
        let resource =
            fluent_syntax::parser::parse(text).unwrap_or_else(|(_, e)| panic!("{path}: {e:?}"));
        for entry in resource.body {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                assert!(
                    ids.insert(m.id.name.to_owned()),
                    "{path}: `{}` defined twice",
                    m.id.name
                );
            }
        }
    }
    ids
}

#[test]
fn every_locale_defines_the_same_ids() {
    let locales = language::available();
    assert!(locales.len() >= 3, "{locales:?}");
    let all: BTreeMap<String, BTreeSet<String>> =
        locales.iter().map(|l| (l.clone(), ids(l))).collect();
    let union: BTreeSet<&String> = all.values().flatten().collect();
    let mut missing = Vec::new();
    for (lang, ids) in &all {
        for id in &union {
            if !ids.contains(*id) {
                missing.push(format!("locales/{lang} lacks `{id}`"));
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

/// Every variable any fixed message uses, but the numbers.
fn sample_args() -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for (name, value) in [
        ("first", "A"),
        ("last", "B"),
        ("first-reduced", "a"),
        ("last-reduced", "b"),
    ] {
        args.set(name, value);
    }
    args.set("place", "Shizuoka");
    // A signature field's tooltip.
    for (name, value) in [
        ("kind", "known"),
        ("signatory", "Ville de Shizuoka, Maire"),
        ("group", "Collectivités japonaises"),
        ("block", "Bloc 2"),
    ] {
        args.set(name, value);
    }
    // A redline's (sengen diff).
    for (name, value) in [
        ("old", "A"),
        ("new", "B"),
        ("version", "v"),
        ("fingerprint", "0123456789ab"),
        ("fact", "count"),
        ("delegation", "Japon"),
        ("number", "2"),
        ("status", "final"),
    ] {
        args.set(name, value);
    }
    args.set("date", "21");
    args.set("tag", "fr");
    args.set("authentic", "X");
    args.set("count", 35);
    args
}

#[test]
fn every_fixed_message_resolves() {
    for lang in language::available() {
        let wording = Wording::load(&lang.parse().unwrap())
            .unwrap()
            .expect("the locale loads");
        for id in ids(&lang) {
            for n in [1, 2, 3, 4, 11, 21, 22, 23] {
                let mut args = sample_args();
                args.set("n", n);
                args.set("day", n);
                args.set("year", n);
                wording
                    .format(&id, &args)
                    .unwrap_or_else(|e| panic!("{lang}: {e}"));
            }
        }
    }
}

#[test]
fn ordinals_and_days_in_each_language() {
    let format = |lang: &str, id: &str, name: &str, n: u32| {
        let wording = Wording::load(&lang.parse().unwrap()).unwrap().unwrap();
        let mut args = FluentArgs::new();
        args.set(name, n);
        wording.format(id, &args).unwrap()
    };
    assert_eq!(format("fr", "edition-ordinal", "n", 1), "1<sup>res</sup>");
    assert_eq!(format("fr", "edition-ordinal", "n", 8), "8<sup>e</sup>");
    assert_eq!(format("ja", "edition-ordinal", "n", 8), "第8回");
    assert_eq!(format("en", "edition-ordinal", "n", 1), "1st");
    assert_eq!(format("en", "edition-ordinal", "n", 22), "22nd");
    assert_eq!(format("en", "edition-ordinal", "n", 13), "13th");
    assert_eq!(format("fr", "day-of-month", "day", 1), "1<sup>er</sup>");
    assert_eq!(format("ja", "year-of-era", "year", 1), "元");
}

/// The variables a locale's message uses.
fn variables(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
    let tag = lang.parse().unwrap();
    let mut used = BTreeMap::new();
    for (_, text) in language::wording_files(&tag).unwrap() {
        let resource = fluent_bundle::FluentResource::try_new(text.to_owned()).unwrap();
        for pattern in sengen::fluent::patterns(&resource) {
            let entry: &mut BTreeSet<String> = used.entry(pattern.entry.clone()).or_default();
            sengen::fluent::walk(pattern.pattern, &mut |element| {
                if let sengen::fluent::Element::Variable(v) = element {
                    entry.insert(v.to_owned());
                }
            });
        }
    }
    used
}

#[test]
fn every_locale_defines_the_wording_sengen_formats_with_its_variables() {
    let contract: BTreeSet<String> = language::WORDING
        .iter()
        .chain(language::COMPARISON_WORDING)
        .map(|(id, _)| (*id).to_owned())
        .collect();
    for lang in language::available() {
        assert_eq!(
            ids(&lang),
            contract,
            "locales/{lang}: the ids of language::WORDING"
        );
        for (id, used) in variables(&lang) {
            let given = language::wording_variables(&id).unwrap();
            for variable in used {
                assert!(
                    given.contains(&variable.as_str()),
                    "locales/{lang}: `{id}` uses ${variable}, which sengen does not give it"
                );
            }
        }
    }
}
