//! Fuzz target: any bytes, as a signed PDF given to `sengen verify`: every
//! revision read, every signature checked or refused with findings that
//! print; nothing panics, hangs or takes more memory than the limits allow.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sengen::diagnostic::Sources;

fuzz_target!(|data: &[u8]| {
    let verification = sengen::verify::verify(data, "fuzz.pdf", Some(&[]));
    let _ = verification.findings.render(&Sources::default());
    let _ = sengen::verify::stated_fingerprint(data);
});
