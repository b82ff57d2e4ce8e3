//! Fuzz target: what the page of `sengen serve` does with a text typed in a
//! block (check it as typed, save it): any text, for any message of either
//! language of Shizuoka, made a change through `edit`, checked by the
//! stages over the folder; nothing panics, the change never adds or removes
//! an entry of the file, and a text the check takes reads back as typed.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use sengen::diagnostic::{Failure, Sources};
use sengen::edit::{Changeset, Folder, ftl};

fn folder() -> &'static Folder {
    static FOLDER: OnceLock<Folder> = OnceLock::new();
    FOLDER.get_or_init(|| {
        Folder::read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/shizuoka-2024")).unwrap()
    })
}

fn ids() -> &'static Vec<String> {
    static IDS: OnceLock<Vec<String>> = OnceLock::new();
    IDS.get_or_init(|| {
        let text = folder().text("fr.ftl").unwrap();
        ftl::shape(text).into_iter().map(|(id, _)| id).collect()
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&choice, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let lang = if choice & 1 == 0 { "fr" } else { "ja" };
    let id = &ids()[(choice as usize >> 1) % ids().len()];
    let mut changes = Changeset::default();
    changes.set_text(lang, id, text);
    let proposal = match changes.apply(folder()) {
        Ok(proposal) => proposal,
        Err(Failure::Invalid(_)) => return,
        Err(Failure::Internal(internal)) => panic!("internal failure: {internal}"),
    };
    let file = format!("{lang}.ftl");
    let before = ftl::shape(folder().text(&file).unwrap());
    let mut sources = Sources::default();
    match proposal.prepare(&mut sources) {
        Ok(_) => {
            let after = proposal.text(&file).unwrap();
            assert_eq!(ftl::shape(after), before, "an entry was added or removed");
            let typed = ftl::reads(text);
            if !typed.is_empty() {
                assert_eq!(ftl::unit_text(after, id).as_deref(), Some(typed.as_str()));
            }
        }
        Err(Failure::Invalid(diagnostics)) => {
            let _ = diagnostics.render(&sources);
        }
        Err(Failure::Internal(internal)) => panic!("internal failure: {internal}"),
    }
});
