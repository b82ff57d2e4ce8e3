//! `sengen translations`: per translated language, its messages by status;
//! `--mark-reviewed` records translations as reviewed in translations.lock.

use std::process::ExitCode;

use sengen::diagnostic::Sources;
use sengen::edit::Folder;
use sengen::load::LOCK_FILE;
use sengen::{pipeline, translations};

use sengen::words;

use super::{failed, tell};
use crate::cli::{Format, TranslationsArgs};

pub fn run(args: &TranslationsArgs) -> ExitCode {
    let mut sources = Sources::default();
    if let Some(lang) = &args.add {
        let added = Folder::read(&args.dir)
            .and_then(|folder| translations::add_to(&folder, lang, &mut sources));
        return match added {
            Ok(written) => {
                for file in &written {
                    tell(words!(
                        "report-wrote-file",
                        file = file.path.display().to_string()
                    ));
                }
                tell(words!("report-language-added", lang = lang.as_str()));
                ExitCode::SUCCESS
            }
            Err(failure) => failed(&failure, &sources, Format::Human),
        };
    }
    if let Some(lang) = &args.mark_reviewed {
        let marked = Folder::read(&args.dir)
            .and_then(|folder| translations::mark_reviewed(&folder, lang, &args.ids, &mut sources));
        return match marked {
            Ok(_) => {
                let lock = args.dir.join(LOCK_FILE);
                tell(words!(
                    "report-reviewed",
                    count = args.ids.len(),
                    ids = args.ids.join(", "),
                    lang = lang.as_str(),
                    lock = lock.display().to_string()
                ));
                ExitCode::SUCCESS
            }
            Err(failure) => failed(&failure, &sources, Format::Human),
        };
    }
    // Missing translations are what this lists: they do not stop it.
    let checked = match pipeline::prepare_translation_work(&args.dir, &mut sources) {
        Ok(checked) => checked,
        Err(failure) => return failed(&failure, &sources, Format::Human),
    };
    for language in translations::report(&checked.declaration) {
        tell(words!(
            "report-translations",
            lang = &language.lang,
            source = &language.source,
            current = language.current.len(),
            stale = language.stale.len(),
            unreviewed = language.unreviewed.len(),
            missing = language.missing.len()
        ));
        for (status, ids) in [
            ("stale", &language.stale),
            ("unreviewed", &language.unreviewed),
            ("missing", &language.missing),
        ] {
            if !ids.is_empty() {
                tell(words!(
                    "report-translations-ids",
                    status = status,
                    ids = ids.join(", ")
                ));
            }
        }
    }
    ExitCode::SUCCESS
}
