//! Fuzz target: a declaration folder made of arbitrary bytes is loaded,
//! checked, localized and rendered, or refused with diagnostics that print;
//! nothing panics.
//!
//! The input is the folder's files separated by the byte 0x1E (record
//! separator), in this order: declaration.toml, fr.ftl, ja.ftl, en.ftl,
//! translations.lock; an empty part is a file the folder does not have.
//! `fuzz/seeds.sh` writes the fixtures in this form.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use sengen::diagnostic::{Failure, Sources};
use sengen::fingerprint::Fingerprint;
use sengen::options::Selection;
use sengen::pipeline;
use sengen::render::Renderer;

const FILES: [&str; 5] = [
    "declaration.toml",
    "fr.ftl",
    "ja.ftl",
    "en.ftl",
    "translations.lock",
];

/// One folder per process, rewritten for every input (in memory where /dev/shm exists).
fn folder() -> &'static PathBuf {
    static FOLDER: OnceLock<PathBuf> = OnceLock::new();
    FOLDER.get_or_init(|| {
        let base = if std::path::Path::new("/dev/shm").is_dir() {
            PathBuf::from("/dev/shm")
        } else {
            std::env::temp_dir()
        };
        let dir = base.join(format!("sengen-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a temporary folder");
        dir
    })
}

fn renderer() -> &'static Renderer {
    static RENDERER: OnceLock<Renderer> = OnceLock::new();
    RENDERER.get_or_init(|| Renderer::new().expect("the compiled-in templates"))
}

fuzz_target!(|data: &[u8]| {
    let dir = folder();
    let mut parts = data.split(|b| *b == 0x1E);
    for name in FILES {
        let path = dir.join(name);
        match parts.next() {
            Some(bytes) if !bytes.is_empty() => std::fs::write(&path, bytes).expect("write"),
            _ => {
                let _ = std::fs::remove_file(&path);
            }
        }
    }
    let mut sources = Sources::default();
    match pipeline::prepare(dir, &mut sources) {
        Ok(report) => {
            let _ = report.warnings.render(&sources);
            let _ = report.warnings.to_json_lines(&sources, &sengen::ui::Ui::english());
            let fingerprint = Fingerprint::of(&[("fuzz".to_owned(), data)]);
            if let Ok(layouts) = pipeline::outputs(&report.localized, &Selection::default()) {
                for layout in layouts {
                    if let Err(Failure::Internal(message)) =
                        renderer().render(&report.localized, layout, &fingerprint, &[])
                    {
                        panic!("a valid declaration failed to render: {message}");
                    }
                }
            }
        }
        Err(Failure::Invalid(diagnostics)) => {
            assert!(diagnostics.has_errors(), "refused without an error");
            let _ = diagnostics.render(&sources);
            let _ = diagnostics.to_json_lines(&sources, &sengen::ui::Ui::english());
        }
        Err(Failure::Internal(message)) => panic!("internal failure on user input: {message}"),
    }
});
