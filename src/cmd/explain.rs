//! `sengen explain`: what a diagnostic code means, with an example and what
//! to do, as `rustc --explain` does; without a code, the list of them all.

use std::process::ExitCode;

use sengen::diagnostic::Severity;
use sengen::diagnostic::codes::{Code, FAMILIES, REGISTRY};

use super::INVALID;

pub fn run(args: &crate::cli::ExplainArgs) -> ExitCode {
    let Some(name) = &args.code else {
        for family in FAMILIES {
            outln!("{}: {}", family.letter, family.subject);
            for entry in REGISTRY
                .iter()
                .filter(|e| e.name.starts_with(family.letter))
            {
                outln!(
                    "  {} {:<7} {}",
                    entry.name,
                    severity(entry.severity),
                    entry.summary
                );
            }
        }
        outln!("\n`sengen explain CODE` explains one of them.");
        return ExitCode::SUCCESS;
    };
    match Code::find(name) {
        Some((code, renamed)) => {
            let entry = code.entry();
            if renamed {
                outln!(
                    "{} is the former name of {}.\n",
                    name.trim().to_ascii_uppercase(),
                    entry.name
                );
            }
            outln!(
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
        Severity::Note => "note",
    }
}
