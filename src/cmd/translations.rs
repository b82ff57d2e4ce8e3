//! `sengen translations`: per translated language, its messages by status;
//! `--mark-reviewed` records translations as reviewed in translations.lock.

use std::process::ExitCode;

use sengen::diagnostic::Sources;
use sengen::edit::Folder;
use sengen::load::LOCK_FILE;
use sengen::{pipeline, translations};

use super::failed;
use crate::cli::{Format, TranslationsArgs};

pub fn run(args: &TranslationsArgs) -> ExitCode {
    let mut sources = Sources::default();
    if let Some(lang) = &args.mark_reviewed {
        let marked = Folder::read(&args.dir)
            .and_then(|folder| translations::mark_reviewed(&folder, lang, &args.ids, &mut sources));
        return match marked {
            Ok(_) => {
                let lock = args.dir.join(LOCK_FILE);
                let what = if args.ids.is_empty() {
                    "every message".to_owned()
                } else {
                    args.ids.join(", ")
                };
                outln!(
                    "recorded {what} of {lang} as reviewed in {}",
                    lock.display()
                );
                ExitCode::SUCCESS
            }
            Err(failure) => failed(&failure, &sources, Format::Human),
        };
    }
    let prepared = match pipeline::prepare(&args.dir, &mut sources) {
        Ok(prepared) => prepared,
        Err(failure) => return failed(&failure, &sources, Format::Human),
    };
    for language in translations::report(&prepared) {
        outln!(
            "{} (from {}): {} current, {} stale, {} unreviewed, {} missing",
            language.lang,
            language.source,
            language.current.len(),
            language.stale.len(),
            language.unreviewed.len(),
            language.missing.len()
        );
        for (label, ids) in [
            ("stale", &language.stale),
            ("unreviewed", &language.unreviewed),
            ("missing", &language.missing),
        ] {
            if !ids.is_empty() {
                outln!("  {label}: {}", ids.join(", "));
            }
        }
    }
    ExitCode::SUCCESS
}
