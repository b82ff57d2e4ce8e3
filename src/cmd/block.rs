//! `sengen block`: the structure changed from the command line (a block
//! added, removed, moved), through the same library function as the page's
//! buttons; prints what changed, the files written, then what `check` finds.

use std::process::ExitCode;

use sengen::diagnostic::{Code, Diagnostic, Diagnostics, Failure, Sources};
use sengen::edit::Folder;
use sengen::edit::blocks::{self, Asked, Kind, Move};
use sengen::words;

use super::{failed, refused, report, tell, warn};
use crate::cli::{BlockCommand, BlockKind, Format};

pub fn run(command: &BlockCommand) -> ExitCode {
    let (dir, asked) = match resolve(command) {
        Ok(found) => found,
        Err(diagnostics) => return refused(&diagnostics, Format::Human),
    };
    let mut sources = Sources::default();
    let done = Folder::read(dir).and_then(|folder| blocks::apply(&folder, &asked, &mut sources));
    match done {
        Ok(done) => {
            let said = match &asked {
                Asked::Add { .. } => words!("report-block-added", id = done.ids.join(", ")),
                Asked::Remove { .. } => words!(
                    "report-block-removed",
                    ids = done.ids.join(", "),
                    count = done.ids.len()
                ),
                Asked::Move { .. } => words!("report-block-moved", id = done.ids.join(", ")),
            };
            tell(said);
            for file in &done.written {
                tell(words!(
                    "report-wrote-file",
                    file = file.path.display().to_string()
                ));
            }
            let mut to_translate: Vec<(&str, usize)> = Vec::new();
            for (lang, _) in &done.missing {
                match to_translate.iter_mut().find(|(l, _)| l == lang) {
                    Some((_, n)) => *n += 1,
                    None => to_translate.push((lang, 1)),
                }
            }
            for (lang, count) in to_translate {
                tell(words!(
                    "report-block-to-translate",
                    lang = lang,
                    count = count
                ));
            }
            report(&done.prepared.warnings, &sources, Format::Human);
            ExitCode::SUCCESS
        }
        Err(failure) => {
            let code = failed(&failure, &sources, Format::Human);
            if matches!(failure, Failure::Invalid(_)) {
                warn(words!("report-nothing-written"));
            }
            code
        }
    }
}

/// The folder and the change the arguments ask for, or what is wrong with them.
fn resolve(command: &BlockCommand) -> Result<(&std::path::Path, Asked), Diagnostics> {
    Ok(match command {
        BlockCommand::Add(args) => {
            let mut texts = Vec::new();
            let mut wrong = Diagnostics::default();
            for given in &args.texts {
                match given.split_once('=') {
                    Some((lang, text)) if !lang.trim().is_empty() => {
                        texts.push((lang.trim().to_owned(), text.to_owned()))
                    }
                    _ => wrong.push(
                        Diagnostic::new(
                            Code::C010,
                            words!("C010-not", option = "--text", value = given, form = "text"),
                        )
                        .hint(words!("C010-write-hint", form = "text")),
                    ),
                }
            }
            if wrong.has_errors() {
                return Err(wrong);
            }
            let kind = match args.kind {
                BlockKind::Section => Kind::Section,
                BlockKind::Subsection => Kind::Subsection,
                BlockKind::Paragraph => Kind::Paragraph,
                BlockKind::Item => Kind::Item,
                BlockKind::Commitment => Kind::Commitment,
            };
            (
                args.dir.as_path(),
                Asked::Add {
                    kind,
                    after: args.follows.clone(),
                    texts,
                },
            )
        }
        BlockCommand::Remove(args) => (
            args.dir.as_path(),
            Asked::Remove {
                id: args.id.clone(),
            },
        ),
        BlockCommand::Move(args) => {
            let to = match (&args.into, args.up) {
                (Some(heading), _) => Move::Into(heading.clone()),
                (None, true) => Move::Up,
                (None, false) => Move::Down,
            };
            (
                args.dir.as_path(),
                Asked::Move {
                    id: args.id.clone(),
                    to,
                },
            )
        }
    })
}
