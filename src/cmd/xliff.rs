//! `sengen xliff export` and `import`: a translation out to a translation
//! tool, and back.

use std::process::ExitCode;

use sengen::diagnostic::Sources;
use sengen::edit::Folder;
use sengen::pipeline;
use sengen::xliff::{self, Only, Version};

use sengen::words;

use super::{failed, report, tell, ui, warn};
use crate::cli::{Format, XliffCommand, XliffOnly, XliffVersion};

pub fn run(command: &XliffCommand) -> ExitCode {
    match command {
        XliffCommand::Export(args) => {
            let mut sources = Sources::default();
            let version = match args.version {
                XliffVersion::V1_2 => Version::V1_2,
                XliffVersion::V2_0 => Version::V2_0,
            };
            let only = match args.only {
                XliffOnly::All => Only::All,
                XliffOnly::Stale => Only::Stale,
            };
            // Missing translations are what is sent out: they do not stop it.
            let checked = pipeline::prepare_translation_work(&args.dir, &mut sources);
            let exported = checked.and_then(|checked| {
                let declaration = &checked.declaration;
                let text = xliff::export(declaration, &args.lang, version, only)?;
                let path = args
                    .out
                    .clone()
                    .unwrap_or_else(|| format!("{}.{}.xlf", declaration.id, args.lang).into());
                sengen::write::replace(&path, text.as_bytes())?;
                Ok(path)
            });
            match exported {
                Ok(path) => {
                    tell(words!(
                        "report-wrote-file",
                        file = path.display().to_string()
                    ));
                    ExitCode::SUCCESS
                }
                Err(failure) => failed(&failure, &sources, Format::Human),
            }
        }
        XliffCommand::Import(args) => {
            let mut sources = Sources::default();
            let imported = Folder::read(&args.dir).and_then(|folder| {
                xliff::import::import(&folder, &mut sources, &args.file, args.accept_stale, true)
            });
            let imported = match imported {
                Ok(imported) => imported,
                Err(failure) => {
                    let code = failed(&failure, &sources, Format::Human);
                    warn(words!("report-nothing-written"));
                    return code;
                }
            };
            imported.warnings.print(&sources, ui());
            tell(words!(
                "report-xliff-imported",
                lang = &imported.lang,
                changed = imported.changed.len(),
                reviewed = imported.reviewed.len(),
                stale = imported.stale.len()
            ));
            for path in &imported.written {
                tell(words!(
                    "report-wrote-file",
                    file = path.display().to_string()
                ));
            }
            // The usual check, on the files as they now are.
            let mut sources = Sources::default();
            match pipeline::prepare(&args.dir, &mut sources) {
                Ok(prepared) => {
                    report(&prepared.warnings, &sources, Format::Human);
                    ExitCode::SUCCESS
                }
                Err(failure) => failed(&failure, &sources, Format::Human),
            }
        }
    }
}
