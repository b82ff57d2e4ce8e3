//! The `sengen` binary: parse the arguments, hand them to the command that
//! was asked (`cmd/`, one file per command), and exit with its status: 0 ok,
//! 1 invalid input, 2 internal or environment failure.

mod cli;
mod cmd;
mod help;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};
use sengen::diagnostic::{Code, Diagnostic, Diagnostics};
use sengen::ui::{self, Ui};
use sengen::words;

use cli::{Cli, Command};

/// Typst allocates a great deal, from several threads at once when the
/// outputs are typeset together: mimalloc serves that better than the system's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // The language is chosen before the arguments are parsed, so that a
    // mistake in them is told in it too.
    let asked = ui_lang_asked(std::env::args());
    cmd::set_ui(Ui::from_env(asked.as_deref()));
    let parsed = help::localized(Cli::command(), cmd::ui())
        .try_get_matches()
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(error) => {
            cli::print_error(&error, cmd::ui());
            // Help and version are successes; a bad command line is invalid input.
            return if error.use_stderr() {
                cmd::INVALID.into()
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    if let Some(asked) = &cli.ui_lang
        && !ui::speaks(asked)
        && !sengen::language::available().contains(asked)
    {
        let unknown = Diagnostic::new(
            Code::C014,
            words!("C014-unknown-ui-lang", lang = asked.as_str()),
        )
        .hint(words!(
            "C014-ui-languages-hint",
            languages = ui::languages().join(", ")
        ));
        return cmd::refused(&Diagnostics::from(unknown), cli::Format::Human);
    }
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
        Command::Block(command) => cmd::block::run(command),
        Command::Fingerprint(args) => cmd::fingerprint::run(args),
        Command::Verify(args) => cmd::verify::run(args),
        Command::Schema => cmd::schema::run(),
        Command::Explain(args) => cmd::explain::run(args),
        Command::Completions(args) => cmd::completions::run(args),
        Command::Man(args) => cmd::completions::man(args),
    }
}

/// The value of `--ui-lang` among the arguments, if given (`--ui-lang fr`
/// or `--ui-lang=fr`), read before clap parses them.
fn ui_lang_asked(args: impl Iterator<Item = String>) -> Option<String> {
    let mut args = args.skip(1);
    while let Some(arg) = args.next() {
        if arg == "--" {
            return None;
        }
        if arg == "--ui-lang" {
            return args.next();
        }
        if let Some(value) = arg.strip_prefix("--ui-lang=") {
            return Some(value.to_owned());
        }
    }
    None
}
