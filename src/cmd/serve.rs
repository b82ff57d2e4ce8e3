//! `sengen serve`: prints the page's address (with its token), opens it
//! when asked, and serves until Ctrl-C.

use std::process::ExitCode;

use sengen::diagnostic::Sources;
use sengen::serve::{self, ServeOptions};

use sengen::words;

use super::{failed, tell, warn};
use crate::cli::{Format, ServeArgs};

pub fn run(args: &ServeArgs) -> ExitCode {
    let options = ServeOptions {
        port: args.port,
        out_dir: args.out.clone(),
        folder_to_name: args.dir.is_none(),
    };
    let dir = args.dir.clone().unwrap_or_else(|| ".".into());
    // Absolute: a declaration started here is named after its folder.
    let dir = std::path::absolute(&dir).unwrap_or(dir);
    let mut sources = Sources::default();
    let result = serve::serve(&dir, &options, &mut sources, |address| {
        outln!("sengen serve: {}", address.url);
        tell(words!("report-serve-page", dir = dir.display().to_string()));
        if args.open && webbrowser::open(&address.url).is_err() {
            warn(words!("report-serve-no-browser"));
        }
    });
    match result {
        Ok(()) => {
            tell(words!("report-serve-stopped"));
            ExitCode::SUCCESS
        }
        Err(failure) => failed(&failure, &sources, Format::Human),
    }
}
