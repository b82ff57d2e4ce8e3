//! `sengen new`: a new declaration folder, the small example or the next
//! version of an earlier declaration.

use std::process::ExitCode;

use sengen::check::Date;
use sengen::diagnostic::Sources;

use sengen::words;

use super::{failed, tell, ui};
use crate::cli::{Format, NewArgs};

pub fn run(args: &NewArgs) -> ExitCode {
    let mut sources = Sources::default();
    let created = match &args.from {
        Some(previous) => sengen::new::next(&args.dir, previous, ui(), &mut sources),
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
            let dir = created.dir.display().to_string();
            for file in &created.files {
                tell(words!(
                    "report-wrote-file",
                    file = file.display().to_string()
                ));
            }
            if created.to_fill.is_empty() {
                tell(words!("report-new-builds", dir = &dir));
            } else {
                tell(words!("report-new-to-fill"));
                for fact in &created.to_fill {
                    outln!("  {}", ui().say(fact));
                }
                tell(words!("report-new-check", dir = &dir));
            }
            ExitCode::SUCCESS
        }
        Err(failure) => failed(&failure, &sources, Format::Human),
    }
}
