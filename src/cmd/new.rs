//! `sengen new`: a new declaration folder, the small example or the next
//! version of an earlier declaration.

use std::process::ExitCode;

use sengen::check::Date;
use sengen::diagnostic::Sources;

use super::failed;
use crate::cli::{Format, NewArgs};

pub fn run(args: &NewArgs) -> ExitCode {
    let mut sources = Sources::default();
    let created = match &args.from {
        Some(previous) => sengen::new::next(&args.dir, previous, &mut sources),
        None => {
            let today = time::OffsetDateTime::now_utc().date();
            let today = Date {
                year: today.year(),
                month: u8::from(today.month()),
                day: today.day(),
            };
            sengen::new::example(&args.dir, &args.languages, today, &mut sources)
        }
    };
    match created {
        Ok(created) => {
            for file in &created.files {
                outln!("wrote {}", file.display());
            }
            if created.to_fill.is_empty() {
                outln!(
                    "`sengen build {}` builds it; replace its text by yours",
                    created.dir.display()
                );
            } else {
                outln!("to fill in before it builds:");
                for fact in &created.to_fill {
                    outln!("  {fact}");
                }
                outln!(
                    "`sengen check {}` names each, with where it goes",
                    created.dir.display()
                );
            }
            ExitCode::SUCCESS
        }
        Err(failure) => failed(&failure, &sources, Format::Human),
    }
}
