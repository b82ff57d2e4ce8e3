//! Fuzz target: any bytes, as a PDF draft, read into paragraphs (by its
//! structure tree or its layout) and their structure found, or refused with
//! a diagnostic; nothing panics or hangs. (A panic inside the PDF reader is
//! caught by `pdf::read` for the user; libFuzzer's panic hook still sees it.)
#![no_main]

use libfuzzer_sys::fuzz_target;
use sengen::diagnostic::{Diagnostics, Sources};
use sengen::import::{Landmarks, pdf, structure};

fuzz_target!(|data: &[u8]| {
    match pdf::read(data.to_vec(), "fuzz.pdf", "fr") {
        Ok(source) => {
            let french: unic_langid::LanguageIdentifier = "fr".parse().expect("a tag");
            let Ok(Some(profile)) = sengen::language::profile(&french) else { return };
            if let Err(problems) = structure::read(&source.paragraphs, profile, None, &Landmarks::default(), "fuzz.pdf") {
                let _ = problems.render(&Sources::default());
            }
        }
        Err(diagnostic) => {
            let _ = Diagnostics::from(diagnostic).render(&Sources::default());
        }
    }
});
