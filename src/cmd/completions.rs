//! `sengen completions SHELL` and `sengen man`: shell completions and man
//! pages, generated from the same clap definitions as the help.

use std::process::ExitCode;

use clap::CommandFactory;

use super::INTERNAL;
use crate::cli::{Cli, CompletionsArgs, ManArgs};

pub fn run(args: &CompletionsArgs) -> ExitCode {
    let mut command = Cli::command();
    clap_complete::generate(args.shell, &mut command, "sengen", &mut std::io::stdout());
    ExitCode::SUCCESS
}

pub fn man(args: &ManArgs) -> ExitCode {
    let command = Cli::command();
    let written = match &args.dir {
        None => clap_mangen::Man::new(command).render(&mut std::io::stdout()),
        Some(dir) => {
            std::fs::create_dir_all(dir).and_then(|()| clap_mangen::generate_to(command, dir))
        }
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: cannot write the man pages: {e}");
            INTERNAL.into()
        }
    }
}
