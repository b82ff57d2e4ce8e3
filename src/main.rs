//! The `sengen` binary: parse the arguments, hand them to the command that
//! was asked (`cmd/`, one file per command), and exit with its status: 0 ok,
//! 1 invalid input, 2 internal or environment failure.

mod cli;
mod cmd;

use std::process::ExitCode;

use clap::Parser;

use cli::{Cli, Command};

/// Typst allocates a great deal, from several threads at once when the
/// outputs are typeset together: mimalloc serves that better than the system's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            // Help and version are successes; a bad command line is invalid input.
            return if error.use_stderr() {
                cmd::INVALID.into()
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match &cli.command {
        Command::Build(args) => cmd::build::run(args),
        Command::Watch(args) => cmd::watch::run(args),
        Command::Check(args) => cmd::check::run(args),
        Command::Translations(args) => cmd::translations::run(args),
        Command::New(args) => cmd::new::run(args),
        Command::Diff(args) => cmd::diff::run(args),
        Command::Import(args) => cmd::import::run(args),
        Command::Serve(args) => cmd::serve::run(args),
        Command::Xliff(command) => cmd::xliff::run(command),
        Command::Fingerprint(args) => cmd::fingerprint::run(args),
        Command::Schema => cmd::schema::run(),
        Command::Explain(args) => cmd::explain::run(args),
        Command::Completions(args) => cmd::completions::run(args),
        Command::Man(args) => cmd::completions::man(args),
    }
}
