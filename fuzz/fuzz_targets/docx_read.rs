//! Fuzz target: any bytes, as a .docx, read into paragraphs and their
//! structure found, or refused with a diagnostic; nothing panics, hangs or
//! takes more memory than the limits allow.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sengen::diagnostic::{Diagnostics, Sources};
use sengen::import::{Landmarks, docx, structure};

fuzz_target!(|data: &[u8]| {
    match docx::read(data, "fuzz.docx") {
        Ok(source) => {
            let french: unic_langid::LanguageIdentifier = "fr".parse().expect("a tag");
            let Ok(Some(profile)) = sengen::language::profile(&french) else { return };
            if let Err(problems) = structure::read(&source.paragraphs, profile, None, &Landmarks::default(), "fuzz.docx") {
                let _ = problems.render(&Sources::default());
            }
        }
        Err(diagnostic) => {
            let _ = Diagnostics::from(diagnostic).render(&Sources::default());
        }
    }
});
