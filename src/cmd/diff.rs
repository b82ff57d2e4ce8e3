//! `sengen diff`: what changed between two drafts, for a negotiator at a
//! terminal (a summary, then each change with its file and line in both
//! drafts, the words of a reworded message in git's word-diff notation) or
//! for a program (one JSON object); and, with `-o`, the redline PDFs.

use std::io::IsTerminal;
use std::process::ExitCode;

use sengen::diagnostic::{Failure, Sources, visible};
use sengen::diff::{BlockChange, Comparison, FactChange, Kind, Place};
use sengen::load::git;
use sengen::localize::text::{Change, Run};
use sengen::pipeline::{Builder, DiffReport, DraftAt};

use sengen::ui::Words;
use sengen::words;

use super::{failed, refused, report, tell, ui, warn, wrote};
use crate::cli::{DiffArgs, Format};

pub fn run(args: &DiffArgs) -> ExitCode {
    let options = match args.resolve() {
        Ok(options) => options,
        Err(diagnostics) => return refused(&diagnostics, args.format),
    };
    let mut sources = Sources::default();
    // With --since, the earlier draft is the folder's past, read into memory.
    let (old, new) = match (&args.since, &args.new) {
        (Some(rev), _) => match git::checkout(&args.old, rev) {
            Ok(revision) => (DraftAt::revision(revision), DraftAt::folder(&args.old)),
            Err(failure) => return failed(&failure, &sources, args.format),
        },
        (None, Some(new)) => (DraftAt::folder(&args.old), DraftAt::folder(new)),
        // clap requires NEW unless --since is given.
        (None, None) => return failed(&missing_new(), &sources, args.format),
    };
    let result = Builder::new().and_then(|b| b.diff(&old, &new, &options, &mut sources));
    match result {
        Ok(found) => {
            match args.format {
                Format::Human => print_human(&found, &sources),
                Format::Json => outln!("{}", to_json(&found)),
            }
            ExitCode::SUCCESS
        }
        Err(failure) => {
            let code = failed(&failure, &sources, args.format);
            if matches!(failure, Failure::Invalid(_)) && args.format == Format::Human {
                warn(words!("report-nothing-compared"));
            }
            code
        }
    }
}

fn missing_new() -> Failure {
    sengen::diagnostic::Internal::Broken("sengen diff without NEW nor --since".to_owned()).into()
}

/// The terminal's report: a summary, the facts, the blocks, the words.
fn print_human(found: &DiffReport, sources: &Sources) {
    let comparison = &found.comparison;
    let colour = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    tell(words!(
        "report-comparing",
        old = &found.old_name,
        old_fingerprint = found.fingerprints.0.short().to_string(),
        new = &found.new_name,
        new_fingerprint = found.fingerprints.1.short().to_string()
    ));
    if comparison.is_empty() {
        tell(words!("report-no-change"));
    } else {
        tell(summary(comparison));
    }
    if !comparison.facts.is_empty() {
        outln!();
        tell(words!("report-diff-facts"));
        for fact in &comparison.facts {
            print_fact(fact);
        }
    }
    let (structure, text): (Vec<&BlockChange>, Vec<&BlockChange>) = comparison
        .blocks
        .iter()
        .partition(|b| b.kind != Kind::Reworded);
    if !structure.is_empty() {
        outln!();
        tell(words!("report-diff-blocks"));
        for block in structure {
            print_block(block);
        }
    }
    if !text.is_empty() {
        outln!();
        tell(words!("report-diff-text"));
        for block in text {
            print_block(block);
            outln!("      {}", word_diff(&block.runs, colour));
        }
    }
    report(&found.typst_warnings, sources, Format::Human);
    for file in &found.written {
        tell(wrote(file));
    }
}

/// « 2 blocks reworded, 1 added, 0 removed, 1 moved, 1 renamed; 1 fact changed ».
fn summary(comparison: &Comparison) -> Words {
    words!(
        "report-diff-summary",
        reworded = comparison.count(Kind::Reworded),
        added = comparison.count(Kind::Added),
        removed = comparison.count(Kind::Removed),
        moved = comparison.count(Kind::Moved),
        renamed = comparison.count(Kind::Renamed),
        facts = comparison.facts.len()
    )
}

fn print_fact(fact: &FactChange) {
    let value = |v: &Option<String>| {
        v.as_deref()
            .map_or(ui().say(&words!("report-diff-none")), |v| {
                visible(v).into_owned()
            })
    };
    outln!(
        "  {}: {} → {}",
        fact.fact,
        value(&fact.old),
        value(&fact.new)
    );
    outln!(
        "      {}",
        ui().say(&places(fact.old_at.as_ref(), fact.new_at.as_ref()))
    );
}

fn print_block(block: &BlockChange) {
    let what = match block.kind {
        Kind::Renamed => format!(
            "{} → {}",
            block.old_id.as_deref().unwrap_or_default(),
            block.id
        ),
        Kind::Moved => {
            let section = |s: &Option<String>| match s {
                Some(id) => words!("raw-text", text = id),
                None => words!("report-diff-opening"),
            };
            ui().say(&words!(
                "report-diff-moved",
                id = &block.id,
                from = section(&block.from),
                to = section(&block.to)
            ))
        }
        Kind::Reworded => format!(
            "{} [{}]",
            block.id,
            block.lang.as_deref().unwrap_or_default()
        ),
        Kind::Added | Kind::Removed => block.id.clone(),
    };
    let kind = ui().say(&words!("report-diff-kind", kind = block.kind.name()));
    let pad = 9usize.saturating_sub(unicode_width(&kind));
    outln!("  {kind}{:pad$}{what}", "");
    outln!(
        "      {}",
        ui().say(&places(block.old_at.as_ref(), block.new_at.as_ref()))
    );
}

/// « fixtures/a/fr.ftl:12 → fixtures/b/fr.ftl:14 », or one side only.
fn places(old: Option<&Place>, new: Option<&Place>) -> Words {
    let at = |p: Option<&Place>| p.map_or(String::new(), |p| format!("{}:{}", p.file, p.line));
    words!(
        "report-diff-places",
        old = at(old),
        new = at(new),
        sides = match (old, new) {
            (Some(_), Some(_)) => "both",
            (Some(_), None) => "old",
            (None, Some(_)) => "new",
            (None, None) => "none",
        }
    )
}

/// How many columns a text takes on a terminal (a CJK character two).
fn unicode_width(text: &str) -> usize {
    text.chars()
        .map(|c| if sengen::language::is_cjk(c) { 2 } else { 1 })
        .sum()
}

/// The runs in git's word-diff notation, unchanged stretches shortened to
/// their ends; on a terminal also in colour (the brackets stay: colour is
/// never the only mark).
fn word_diff(runs: &[Run], colour: bool) -> String {
    const KEEP: usize = 30;
    let mut out = String::new();
    for (i, run) in runs.iter().enumerate() {
        // A draft's text is data: a control character (an escape sequence
        // that would drive the terminal) is shown, not sent.
        let shown = visible(&run.text);
        let text: &str = &shown;
        match run.change {
            Change::Same => {
                let chars: Vec<char> = text.chars().collect();
                let (first, last) = (i == 0, i == runs.len() - 1);
                if chars.len() <= KEEP * 2 {
                    out.push_str(text);
                } else if first {
                    out.push('…');
                    out.extend(&chars[chars.len() - KEEP..]);
                } else if last {
                    out.extend(&chars[..KEEP]);
                    out.push('…');
                } else {
                    out.extend(&chars[..KEEP]);
                    out.push_str(" … ");
                    out.extend(&chars[chars.len() - KEEP..]);
                }
            }
            Change::Deleted if colour => out.push_str(&format!("\x1b[31m[-{text}-]\x1b[0m")),
            Change::Deleted => out.push_str(&format!("[-{text}-]")),
            Change::Inserted if colour => out.push_str(&format!("\x1b[32m{{+{text}+}}\x1b[0m")),
            Change::Inserted => out.push_str(&format!("{{+{text}+}}")),
            Change::Note => {}
        }
    }
    out
}

/// The whole comparison as one JSON object.
fn to_json(found: &DiffReport) -> serde_json::Value {
    let comparison = &found.comparison;
    serde_json::json!({
        "old": { "name": found.old_name, "fingerprint": found.fingerprints.0.full() },
        "new": { "name": found.new_name, "fingerprint": found.fingerprints.1.full() },
        "summary": {
            "reworded": comparison.count(Kind::Reworded),
            "added": comparison.count(Kind::Added),
            "removed": comparison.count(Kind::Removed),
            "moved": comparison.count(Kind::Moved),
            "renamed": comparison.count(Kind::Renamed),
            "facts": comparison.facts.len(),
        },
        "facts": comparison.facts,
        "blocks": comparison.blocks,
        "written": found.written.iter().map(|w| w.path.display().to_string()).collect::<Vec<_>>(),
    })
}
