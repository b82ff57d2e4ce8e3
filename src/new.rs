//! `sengen new`: a new declaration folder. Either the small example of
//! docs/format.md in the languages asked (it builds at once), or the next
//! version of an earlier declaration (`--from`): its structure and text, the
//! next edition, and without the facts that must be new (the meeting's days,
//! the day and place of adoption, the counts and signatories), so that
//! `sengen check` names each of them (S029, S027) until they are filled in.
//!
//! Everything is prepared in memory first, checked, and written as one
//! change (`edit`): the folder appears whole, or not at all.

use std::path::{Path, PathBuf};

use toml_edit::{DocumentMut, Item, Value};
use unic_langid::LanguageIdentifier;

use crate::check::Date;
use crate::diagnostic::{Code, Diagnostic, Diagnostics, Failure, Internal, Sources};
use crate::edit::{Changeset, Folder};
use crate::language;
use crate::load::{LOCK_FILE, Lock, SCHEMA_FILE};
use crate::ui::{Ui, Words};
use crate::words;

/// What `sengen new` wrote.
pub struct Created {
    pub dir: PathBuf,
    pub files: Vec<PathBuf>,
    /// What is left to fill in, for a next version.
    pub to_fill: Vec<Words>,
}

/// The small example, in `languages` (the first is the source), dated `today`.
pub fn example(
    dir: &Path,
    languages: &[String],
    today: Date,
    sources: &mut Sources,
) -> Result<Created, Failure> {
    let id = id_for(dir)?;
    let mut diagnostics = Diagnostics::default();
    let mut files = Vec::new();
    for (i, lang) in languages.iter().enumerate() {
        let text = lang
            .parse::<LanguageIdentifier>()
            .ok()
            .and_then(|tag| language::example_text(&tag));
        match text {
            Some(text) if !languages[..i].contains(lang) => {
                files.push((format!("{lang}.ftl"), text.as_bytes().to_vec()))
            }
            Some(_) => {}
            None => diagnostics.push(
                Diagnostic::new(
                    Code::C007,
                    words!("C007-sengen-has-no-example", lang = lang.to_string()),
                )
                .hint(words!(
                    "C007-languages-with-example-vec-hint",
                    languages = (language::available()
                        .into_iter()
                        .filter(|l| l
                            .parse()
                            .ok()
                            .and_then(|t| language::example_text(&t))
                            .is_some())
                        .collect::<Vec<_>>()
                        .join(", "))
                    .to_string()
                )),
            ),
        }
    }
    if diagnostics.has_errors() {
        return Err(Failure::Invalid(diagnostics));
    }
    let quoted: Vec<String> = languages.iter().map(|l| format!("\"{l}\"")).collect();
    let schema = EXAMPLE
        .replace("{id}", &id)
        .replace("{languages}", &quoted.join(", "))
        .replace("{today}", &today.to_string());
    files.insert(0, (SCHEMA_FILE.to_owned(), schema.into_bytes()));
    write_folder(dir, files, Vec::new(), sources)
}

/// The small example's declaration.toml: docs/format.md's, as a template.
const EXAMPLE: &str = r#"# A new declaration, written by `sengen new`: replace its facts and text
# by yours. docs/format.md describes every key; `sengen check .` says what
# is wrong and where.
id = "{id}"
status = "draft"
languages = [{languages}]

[meeting]
edition = 1
opens = {today}
closes = {today}

[adoption]
date = {today}
place = "adoption-place"

[[delegations]]
id = "japan"
count = 30

[[delegations]]
id = "france"
count = 25

[document]
preamble = ["preamble"]
meeting = "meeting"
title = "title"
place-and-date = "place-and-date"
closing = ["closing"]
body = [
  { paragraph = "context" },
  { section = "workshop-1" },
    { subsection = "w1-mobility" },
      { items = ["w1-mobility-1", "w1-mobility-2"] },
  { section = "commitments" },
    { commitments = ["commitment-1", "commitment-2"] },
]
"#;

/// The next version of the declaration in `previous`: its structure and
/// text, the next edition, a draft, every translation to review again, and
/// none of the facts that must be new.
/// The comments it writes into `declaration.toml` are in `ui`'s language.
pub fn next(
    dir: &Path,
    previous: &Path,
    ui: &Ui,
    sources: &mut Sources,
) -> Result<Created, Failure> {
    let id = id_for(dir)?;
    let schema_path = previous.join(SCHEMA_FILE);
    let earlier = Folder::read(previous)?;
    let Some(text) = earlier.text(SCHEMA_FILE) else {
        return Err(Failure::Invalid(Diagnostics::from(
            Diagnostic::new(
                Code::S001,
                words!(
                    "S001-cannot-read",
                    schema_path = crate::load::display_name(&schema_path).to_string()
                ),
            )
            .hint(words!("S001-from-takes-folder-earlier-hint")),
        )));
    };
    let mut document: DocumentMut = text.parse().map_err(|e: toml_edit::TomlError| {
        Failure::Invalid(Diagnostics::from(
            Diagnostic::new(
                Code::S003,
                words!(
                    "S003-invalid",
                    schema_path = schema_path.display().to_string(),
                    message = e.message().to_string()
                ),
            )
            .hint(words!("S003-sengen-check-earlier-declaration-hint")),
        ))
    })?;
    let to_fill = next_version(&mut document, &id, ui);

    let mut files = vec![(SCHEMA_FILE.to_owned(), document.to_string().into_bytes())];
    for name in earlier.names().filter(|n| n.ends_with(".ftl")) {
        files.push((
            name.to_owned(),
            earlier.bytes(name).unwrap_or_default().to_vec(),
        ));
    }
    // Every translation is to be reviewed again: a lock that records none.
    let lock = Lock::default()
        .to_text()
        .map_err(|e| Internal::Broken(format!("{LOCK_FILE}: {e}")))?;
    files.push((LOCK_FILE.to_owned(), lock.into_bytes()));
    write_folder(dir, files, to_fill, sources)
}

/// Turns an earlier declaration.toml into the next version's, in place:
/// comments and layout are kept (toml_edit). Returns what is left to fill in.
fn next_version(document: &mut DocumentMut, id: &str, ui: &Ui) -> Vec<Words> {
    let mut to_fill = Vec::new();
    set(document.as_table_mut(), "id", id.into());
    set(document.as_table_mut(), "status", "draft".into());
    document.remove("draft-date");
    if let Some(meeting) = document.get_mut("meeting").and_then(Item::as_table_mut) {
        let edition = meeting
            .get("edition")
            .and_then(Item::as_integer)
            .map(|e| e + 1);
        if let Some(edition) = edition {
            set(meeting, "edition", edition.into());
        }
        for key in ["meeting.opens", "meeting.closes"] {
            meeting.remove(key.trim_start_matches("meeting."));
            to_fill.push(words!("new-to-fill-key", key = key));
        }
        note(
            meeting.decor_mut(),
            &ui.say(&words!("new-note-meeting", edition = edition.unwrap_or(0))),
        );
    }
    if let Some(adoption) = document.get_mut("adoption").and_then(Item::as_table_mut) {
        for key in ["adoption.date", "adoption.place"] {
            adoption.remove(key.trim_start_matches("adoption."));
            to_fill.push(words!("new-to-fill-key", key = key));
        }
        note(adoption.decor_mut(), &ui.say(&words!("new-note-adoption")));
    }
    if let Some(delegations) = document
        .get_mut("delegations")
        .and_then(Item::as_array_of_tables_mut)
    {
        for delegation in delegations.iter_mut() {
            for key in ["count", "members", "complete"] {
                delegation.remove(key);
            }
            let id = delegation
                .get("id")
                .and_then(Item::as_value)
                .and_then(Value::as_str)
                .unwrap_or("?")
                .to_owned();
            note(
                delegation.decor_mut(),
                &ui.say(&words!("new-note-delegation", id = &id)),
            );
            to_fill.push(words!("new-to-fill-delegation", id = &id));
        }
    }
    to_fill
}

/// Adds a comment line before a table, after the comments it has.
fn note(decor: &mut toml_edit::Decor, text: &str) {
    let before = decor
        .prefix()
        .and_then(|p| p.as_str())
        .unwrap_or("\n")
        .to_owned();
    decor.set_prefix(format!("{before}# sengen new: {text}\n"));
}

/// Sets a key's value, keeping the comment and spacing around it.
fn set(table: &mut toml_edit::Table, key: &str, mut value: Value) {
    match table.get_mut(key).and_then(Item::as_value_mut) {
        Some(old) => {
            *value.decor_mut() = old.decor().clone();
            *old = value;
        }
        None => {
            table.insert(key, Item::Value(value));
        }
    }
}

/// The declaration's id, from its folder's name (`cannes-2026`).
pub fn id_for(dir: &Path) -> Result<String, Failure> {
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let id: String = name
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if crate::fluent::is_kebab_id(&id) {
        Ok(id)
    } else {
        Err(Failure::Invalid(Diagnostics::from(
            Diagnostic::new(
                Code::C007,
                words!(
                    "C007-folder-cannot-name-declaration",
                    dir = dir.display().to_string()
                ),
            )
            .hint(words!("C007-name-folder-after-declaration-hint")),
        )))
    }
}

/// Creates `dir` with `files` (one change, through `edit`: the folder is
/// written whole beside its place, then renamed into it); refuses a folder
/// that exists and is not empty. The new declaration is checked first: the
/// example must check without error, the next version may lack only the
/// facts left to fill in (S027, S029); `sources` then holds the files the
/// findings quote.
fn write_folder(
    dir: &Path,
    files: Vec<(String, Vec<u8>)>,
    to_fill: Vec<Words>,
    sources: &mut Sources,
) -> Result<Created, Failure> {
    let occupied = std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_some());
    if occupied {
        return Err(Failure::Invalid(Diagnostics::from(
            Diagnostic::new(
                Code::C007,
                words!(
                    "I009-already-exists-not-empty",
                    dir = dir.display().to_string()
                ),
            )
            .hint(words!("C007-sengen-new-writes-new-hint")),
        )));
    }
    let folder = Folder::new_folder(dir);
    let mut changes = Changeset::default();
    for (name, bytes) in files {
        changes.create(&name, bytes);
    }
    let proposal = changes.apply(&folder)?;
    match proposal.prepare(sources) {
        Ok(_) => {}
        Err(Failure::Invalid(diagnostics))
            if !to_fill.is_empty()
                && diagnostics
                    .0
                    .iter()
                    .filter(|d| d.severity == crate::diagnostic::Severity::Error)
                    .all(|d| matches!(d.code, Code::S027 | Code::S029)) => {}
        Err(failure) => return Err(failure),
    }
    let written = proposal.commit()?;
    Ok(Created {
        dir: dir.to_path_buf(),
        files: written.into_iter().map(|w| w.path).collect(),
        to_fill,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_version_keeps_the_text_and_drops_the_facts_to_renew() {
        let before = "# The 8th.\nid = \"shizuoka-2024\"\nstatus = \"final\"\ndraft-date = 2024-11-01\n\n[meeting]\nedition = 8   # the 8th\nopens = 2024-11-18\ncloses = 2024-11-21\n\n[adoption]\ndate = 2024-11-21\nplace = \"adoption-place\"\n\n[[delegations]]\nid = \"japan\"\ncount = 35\n";
        let mut document: DocumentMut = before.parse().unwrap();
        let to_fill = next_version(&mut document, "cannes-2026", &Ui::english());
        let after = document.to_string();
        assert!(
            after.starts_with("# The 8th.\nid = \"cannes-2026\"\nstatus = \"draft\"\n"),
            "{after}"
        );
        assert!(
            after.contains("edition = 9   # the 8th"),
            "comments kept: {after}"
        );
        assert!(!after.contains("opens") || after.contains("(opens, closes)"));
        assert!(
            !after.contains("2024-11") && !after.contains("count = 35"),
            "{after}"
        );
        let said: Vec<String> = to_fill.iter().map(|w| Ui::english().say(w)).collect();
        assert_eq!(
            said,
            [
                "meeting.opens",
                "meeting.closes",
                "adoption.date",
                "adoption.place",
                "delegations `japan`: count or members"
            ]
        );
    }

    #[test]
    fn a_folder_names_its_declaration() {
        assert_eq!(
            id_for(Path::new("/tmp/Cannes 2026")).unwrap(),
            "cannes-2026"
        );
        assert!(id_for(Path::new("/tmp/静岡")).is_err());
    }
}
