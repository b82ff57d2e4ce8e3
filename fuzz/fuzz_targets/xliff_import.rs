//! Fuzz target: any bytes, as a translator's XLIFF file, imported into a
//! copy of Shizuoka: refused with diagnostics that print, or taken; nothing
//! panics, and what is taken leaves a folder that checks.
#![no_main]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use sengen::diagnostic::{Failure, Sources};
use sengen::edit::Folder;

/// The fixture's files, as they are before every input.
fn pristine() -> &'static Vec<(String, Vec<u8>)> {
    static FILES: OnceLock<Vec<(String, Vec<u8>)>> = OnceLock::new();
    FILES.get_or_init(|| {
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/shizuoka-2024");
        ["declaration.toml", "fr.ftl", "ja.ftl", "translations.lock"]
            .iter()
            .map(|name| (name.to_string(), std::fs::read(fixture.join(name)).unwrap()))
            .collect()
    })
}

/// One folder per process (in memory where /dev/shm exists).
fn folder() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let base = if Path::new("/dev/shm").is_dir() { PathBuf::from("/dev/shm") } else { std::env::temp_dir() };
        let dir = base.join(format!("sengen-fuzz-xliff-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    })
}

fuzz_target!(|data: &[u8]| {
    let dir = folder();
    for (name, bytes) in pristine() {
        std::fs::write(dir.join(name), bytes).unwrap();
    }
    let file = dir.join("ja.xlf");
    std::fs::write(&file, data).unwrap();
    let folder = Folder::read(dir).unwrap();
    let mut sources = Sources::default();
    match sengen::xliff::import::import(&folder, &mut sources, &file, data.first() == Some(&b'S')) {
        Ok(_) => {
            let mut after = Sources::default();
            if let Err(Failure::Invalid(d)) = sengen::pipeline::prepare(dir, &mut after) {
                panic!("an import was taken and the folder no longer checks:\n{}", d.render(&after));
            }
        }
        Err(Failure::Invalid(diagnostics)) => {
            assert!(diagnostics.has_errors());
            let _ = diagnostics.render(&sources);
            let _ = diagnostics.to_json_lines(&sources, &sengen::ui::Ui::english());
        }
        Err(Failure::Internal(internal)) => panic!("internal failure: {internal}"),
    }
});
