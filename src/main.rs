//! The `sengen` binary: parse the arguments, run the library, print what it
//! found, set the exit status (0 ok, 1 invalid input, 2 internal failure).

mod cli;

use std::process::ExitCode;

use clap::Parser;
use sengen::diagnostic::{Failure, Sources};
use sengen::pipeline::{self, BuildRequest};

use cli::{Cli, Command, Emit};

const INVALID: u8 = 1;
const INTERNAL: u8 = 2;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            // Help and version are successes; a bad command line is invalid input.
            return if error.use_stderr() {
                ExitCode::from(INVALID)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let mut sources = Sources::default();
    let result = match &cli.command {
        Command::Build(args) => {
            let layouts: Vec<_> = args.layouts.iter().map(|l| (*l).into()).collect();
            let request = BuildRequest {
                dir: &args.dir,
                out_dir: &args.out,
                languages: &args.languages,
                layouts: &layouts,
                emit_typst: args.emit.contains(&Emit::Typst),
            };
            pipeline::build(&request, &mut sources).map(|report| {
                report.warnings.print(&sources);
                for file in &report.written {
                    let pages = if file.pages > 0 {
                        format!("{} pages, ", file.pages)
                    } else {
                        String::new()
                    };
                    println!(
                        "wrote {} ({pages}{} bytes)",
                        file.path.display(),
                        file.bytes
                    );
                }
            })
        }
        Command::Check { dir } => pipeline::check(dir, &mut sources).map(|localized| {
            println!("{}: no problems found", localized.id);
        }),
        Command::Schema => {
            print!("{}", sengen::schema_json::declaration_schema());
            Ok(())
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Invalid(diagnostics)) => {
            diagnostics.print(&sources);
            let errors = diagnostics
                .0
                .iter()
                .filter(|d| d.severity == sengen::diagnostic::Severity::Error)
                .count();
            eprintln!(
                "error: {errors} problem{} found",
                if errors == 1 { "" } else { "s" }
            );
            if matches!(cli.command, Command::Build(_)) {
                eprintln!("note: nothing was written");
            }
            ExitCode::from(INVALID)
        }
        Err(Failure::Internal(message)) => {
            eprintln!("error: {message}");
            ExitCode::from(INTERNAL)
        }
    }
}
