//! `sengen completions SHELL` and `sengen man`: shell completions and man
//! pages, generated from the same clap definitions as the help.

use std::process::ExitCode;

use clap::CommandFactory;

use super::INTERNAL;
use crate::cli::{Cli, CompletionsArgs, ManArgs};

pub fn run(args: &CompletionsArgs) -> ExitCode {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "sengen", &mut script);
    out!("{}", String::from_utf8_lossy(&script));
    ExitCode::SUCCESS
}

pub fn man(args: &ManArgs) -> ExitCode {
    let command = Cli::command();
    let written = match &args.dir {
        None => {
            let mut page = Vec::new();
            let rendered = clap_mangen::Man::new(command).render(&mut page);
            out!("{}", String::from_utf8_lossy(&page));
            rendered
        }
        Some(dir) => {
            std::fs::create_dir_all(dir).and_then(|()| clap_mangen::generate_to(command, dir))
        }
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            super::warn(sengen::words!(
                "report-no-man-pages",
                reason = sengen::diagnostic::io_reason(&e)
            ));
            INTERNAL.into()
        }
    }
}
