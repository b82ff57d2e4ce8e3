//! `sengen explain`: what a diagnostic code means, with an example and what
//! to do, as `rustc --explain` does; without a code, the list of them all.

use std::process::ExitCode;

use sengen::diagnostic::Severity;
use sengen::diagnostic::codes::{Code, FAMILIES, REGISTRY};

use super::INVALID;

pub fn run(args: &crate::cli::ExplainArgs) -> ExitCode {
    let Some(name) = &args.code else {
        for family in FAMILIES {
            println!("{}: {}", family.letter, family.subject);
            for entry in REGISTRY
                .iter()
                .filter(|e| e.name.starts_with(family.letter))
            {
                println!(
                    "  {} {:<7} {}",
                    entry.name,
                    severity(entry.severity),
                    entry.summary
                );
            }
        }
        println!("\n`sengen explain CODE` explains one of them.");
        return ExitCode::SUCCESS;
    };
    match Code::find(name) {
        Some((code, renamed)) => {
            let entry = code.entry();
            if renamed {
                println!(
                    "{} is the former name of {}.\n",
                    name.trim().to_ascii_uppercase(),
                    entry.name
                );
            }
            println!(
                "{} ({}): {}\n\n{}",
                entry.name,
                severity(entry.severity),
                entry.summary,
                entry.explanation
            );
            ExitCode::SUCCESS
        }
        None => {
            eprintln!("error: sengen has no diagnostic code `{name}`");
            eprintln!("  = hint: `sengen explain` lists every code");
            INVALID.into()
        }
    }
}

fn severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}
