//! `sengen check`: every problem of a declaration at once, without building
//! it; `--fix` applies the certain fixes and reports what is left.

use std::process::ExitCode;

use sengen::diagnostic::Sources;
use sengen::edit::Folder;
use sengen::pipeline;

use sengen::words;

use super::{INVALID, failed, report_notes, tell, warn};
use crate::cli::{CheckArgs, Format};

pub fn run(args: &CheckArgs) -> ExitCode {
    let mut sources = Sources::default();
    let (mut prepared, folder) = if args.fix {
        // The fixes are made to the files as this run read them.
        let folder = match Folder::read(&args.dir) {
            Ok(folder) => folder,
            Err(failure) => return failed(&failure, &sources, args.format),
        };
        match folder.prepare(&mut sources) {
            Ok(prepared) => (prepared, Some(folder)),
            Err(failure) => return failed(&failure, &sources, args.format),
        }
    } else {
        match pipeline::prepare(&args.dir, &mut sources) {
            Ok(prepared) => (prepared, None),
            Err(failure) => return failed(&failure, &sources, args.format),
        }
    };
    if let Some(folder) = folder {
        let fixed = match sengen::fix::apply(&folder, &prepared.warnings, &sources) {
            Ok(fixed) => fixed,
            Err(failure) => return failed(&failure, &sources, args.format),
        };
        for (file, edits) in &fixed.files {
            warn(words!("report-fixed", count = *edits, file = file.as_str()));
        }
        // What is left, in the files as they now are.
        prepared = fixed.prepared;
        sources = fixed.sources;
    }
    report_notes(&prepared.warnings, &sources, args.format, args.notes);
    let (warnings, _) = prepared.warnings.without_notes();
    if args.format == Format::Human && warnings.is_empty() {
        tell(words!("report-no-problems", id = &prepared.declaration.id));
    }
    // Notes are no problem: the PDF is right.
    if args.deny.is_some() && !warnings.is_empty() {
        INVALID.into()
    } else {
        ExitCode::SUCCESS
    }
}
