//! `sengen fingerprint`: the SHA-256 of a declaration's sources, as its PDFs
//! show it on every page.

use std::process::ExitCode;

use sengen::diagnostic::Sources;
use sengen::pipeline;

use super::failed;
use crate::cli::{FingerprintArgs, Format};

pub fn run(args: &FingerprintArgs) -> ExitCode {
    let mut sources = Sources::default();
    match pipeline::fingerprint(&args.dir, args.templates.as_deref(), &mut sources) {
        Ok(fingerprint) => {
            outln!("{}", fingerprint.full());
            ExitCode::SUCCESS
        }
        Err(failure) => failed(&failure, &sources, Format::Human),
    }
}
