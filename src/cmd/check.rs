//! `sengen check`: every problem of a declaration at once, without building
//! it; `--fix` applies the certain fixes and reports what is left.

use std::process::ExitCode;

use sengen::diagnostic::Sources;
use sengen::pipeline;

use super::{INVALID, failed, plural, report};
use crate::cli::{CheckArgs, Format};

pub fn run(args: &CheckArgs) -> ExitCode {
    let mut sources = Sources::default();
    let mut prepared = match pipeline::prepare(&args.dir, &mut sources) {
        Ok(prepared) => prepared,
        Err(failure) => return failed(&failure, &sources, args.format),
    };
    if args.fix {
        let fixed = match sengen::fix::apply(&prepared.warnings, &sources) {
            Ok(fixed) => fixed,
            Err(failure) => return failed(&failure, &sources, args.format),
        };
        for (file, edits) in &fixed.files {
            eprintln!("fixed {edits} finding{} in {file}", plural(*edits));
        }
        // Report what is left, from the files as they now are.
        sources = Sources::default();
        prepared = match pipeline::prepare(&args.dir, &mut sources) {
            Ok(prepared) => prepared,
            Err(failure) => return failed(&failure, &sources, args.format),
        };
    }
    report(&prepared.warnings, &sources, args.format);
    if args.format == Format::Human && prepared.warnings.is_empty() {
        outln!("{}: no problems found", prepared.declaration.id);
    }
    if args.deny.is_some() && !prepared.warnings.is_empty() {
        INVALID.into()
    } else {
        ExitCode::SUCCESS
    }
}
