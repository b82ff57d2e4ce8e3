//! Fuzz target: any bytes, as the .zip of a declaration folder sent to the
//! page to compare with, read into the folder's files or refused with a
//! diagnostic; nothing panics, hangs or inflates past the limits.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sengen::diagnostic::Sources;
use sengen::load::archive;

fuzz_target!(|data: &[u8]| {
    let _ = archive::is_folder_archive(data);
    match archive::read(data, "fuzz.zip") {
        Ok(files) => {
            for (name, text) in files.files() {
                assert!(!name.contains('/') && !name.contains('\\'), "{name}");
                assert!(text.len() as u64 <= sengen::load::LARGEST_TEXT_FILE);
            }
        }
        Err(failure) => {
            if let sengen::diagnostic::Failure::Invalid(diagnostics) = failure {
                let _ = diagnostics.render(&Sources::default());
            }
        }
    }
});
