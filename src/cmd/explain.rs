//! `sengen explain`: what a diagnostic code means, with an example and what
//! to do, as `rustc --explain` does; without a code, the list of them all.

use std::process::ExitCode;

use sengen::diagnostic::Severity;
use sengen::diagnostic::codes::{Code, FAMILIES, REGISTRY};

use sengen::words;

use super::{INVALID, tell, ui, warn};

pub fn run(args: &crate::cli::ExplainArgs) -> ExitCode {
    let ui = ui();
    let Some(name) = &args.code else {
        for family in FAMILIES {
            outln!("{}: {}", family.letter, family.subject(ui));
            for entry in REGISTRY
                .iter()
                .filter(|e| e.name.starts_with(family.letter))
            {
                let severity = severity(entry.severity);
                let pad = 7usize.saturating_sub(width(&severity));
                outln!(
                    "  {} {severity}{:pad$} {}",
                    entry.name,
                    "",
                    entry.summary(ui)
                );
            }
        }
        outln!();
        tell(words!("report-explain-one"));
        return ExitCode::SUCCESS;
    };
    match Code::find(name) {
        Some((code, renamed)) => {
            let entry = code.entry();
            if renamed {
                tell(words!(
                    "report-explain-renamed",
                    old = name.trim().to_ascii_uppercase(),
                    code = entry.name
                ));
                outln!();
            }
            tell(words!(
                "report-explain-header",
                code = entry.name,
                severity = entry.severity.name(),
                summary = entry.summary(ui)
            ));
            outln!("\n{}", entry.explanation(ui));
            ExitCode::SUCCESS
        }
        None => {
            warn(words!("report-explain-unknown", code = name.as_str()));
            INVALID.into()
        }
    }
}

fn severity(severity: Severity) -> String {
    ui().say(&words!("diagnostic-severity", severity = severity.name()))
}

/// How many columns a text takes on a terminal (a CJK character two).
fn width(text: &str) -> usize {
    text.chars()
        .map(|c| if sengen::language::is_cjk(c) { 2 } else { 1 })
        .sum()
}
