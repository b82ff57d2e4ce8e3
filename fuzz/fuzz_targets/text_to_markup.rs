//! Fuzz target: any text, through the one function that turns user text into
//! Typst markup, parses back as literal text and superscripts only.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sengen::localize::Text;
use sengen::render::markup::{markup, verify_literal};

fuzz_target!(|text: &str| {
    let out = markup(&Text::new(text));
    if let Err(problem) = verify_literal(out.as_str()) {
        panic!("{text:?} became {:?}: {problem}", out.as_str());
    }
});
