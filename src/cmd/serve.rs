//! `sengen serve`: prints the page's address (with its token), opens it
//! when asked, and serves until Ctrl-C.

use std::process::ExitCode;

use sengen::diagnostic::Sources;
use sengen::serve::{self, ServeOptions};

use super::failed;
use crate::cli::{Format, ServeArgs};

pub fn run(args: &ServeArgs) -> ExitCode {
    let options = ServeOptions {
        port: args.port,
        out_dir: args.out.clone(),
    };
    let mut sources = Sources::default();
    let result = serve::serve(&args.dir, &options, &mut sources, |address| {
        outln!("sengen serve: {}", address.url);
        outln!(
            "  the page of {}, on this machine only; Ctrl-C stops it",
            args.dir.display()
        );
        if args.open && webbrowser::open(&address.url).is_err() {
            eprintln!("note: no browser could be opened; open the address above");
        }
    });
    match result {
        Ok(()) => {
            outln!("sengen serve: stopped");
            ExitCode::SUCCESS
        }
        Err(failure) => failed(&failure, &sources, Format::Human),
    }
}
