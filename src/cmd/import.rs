//! `sengen import`: a declaration folder from a draft, or a later draft into
//! one; prints what became what, the facts found and replaced, what was
//! left out, then what `check` finds in the folder.

use std::process::ExitCode;

use sengen::check::Date;
use sengen::diagnostic::{Code, Diagnostic, Diagnostics, Failure, Severity, Sources};
use sengen::import::{self, Given, Landmarks, Request, Target};

use sengen::ui::Words;
use sengen::words;

use super::{INVALID, failed, refused, report, tell, ui, warn};
use crate::cli::{Format, ImportArgs};

pub fn run(args: &ImportArgs) -> ExitCode {
    // A PDF is read in a child process with limits on its memory and time:
    // its compressed streams are inflated whole by the reader.
    if is_pdf(&args.file) && !super::limited::inside() {
        return super::limited::run_limited(
            Format::Human,
            super::limited::Work::Pdf(args.file.display().to_string()),
            super::limited::PDF_MEMORY,
            super::limited::PDF_SECONDS,
        );
    }
    let request = match resolve(args) {
        Ok(request) => request,
        Err(diagnostics) => return refused(&diagnostics, Format::Human),
    };
    let mut sources = Sources::default();
    match import::import(&request, &mut sources) {
        Ok(imported) => {
            let o = imported.outline;
            tell(words!(
                "report-imported",
                file = args.file.display().to_string(),
                dir = imported.dir.display().to_string(),
                sections = o.sections,
                subsections = o.subsections,
                paragraphs = o.paragraphs,
                items = o.items,
                commitments = o.commitments
            ));
            let list = |heading: &'static str, lines: &[Words]| {
                if !lines.is_empty() {
                    outln!();
                    tell(words!("report-import-heading", heading = heading));
                    for line in lines {
                        outln!("  {}", ui().say(line));
                    }
                }
            };
            list("blocks", &imported.blocks);
            list("facts-found", &imported.facts_found);
            list("facts-replaced", &imported.replaced);
            list("changes", &imported.changes);
            list("notes", &imported.notes);
            for file in &imported.written {
                tell(words!(
                    "report-wrote-file",
                    file = file.display().to_string()
                ));
            }
            print_findings(&imported.findings, &sources, &imported.dir);
            if imported.findings.count(Severity::Error) > 0 {
                warn(words!("report-import-written-with-errors"));
                INVALID.into()
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(failure) => {
            let code = failed(&failure, &sources, Format::Human);
            if matches!(failure, Failure::Invalid(_)) {
                warn(words!("report-nothing-written"));
            }
            code
        }
    }
}

/// The request these arguments make, or every value that is not of its form.
fn resolve(args: &ImportArgs) -> Result<Request, Diagnostics> {
    let mut diagnostics = Diagnostics::default();
    // `form`: what the option takes, a key of the wording (date, days,
    // count, words).
    let mut wrong = |option: &str, value: &str, form: &'static str| {
        diagnostics.push(
            Diagnostic::new(
                Code::C010,
                words!("C010-not", option = option, value = value, form = form),
            )
            .hint(words!("C010-write-hint", form = form)),
        );
    };
    let date = |value: &str| Date::parse(value);
    let adoption = args.adoption.as_deref().and_then(|v| {
        let d = date(v);
        if d.is_none() {
            wrong("--adoption", v, "date");
        }
        d
    });
    let meeting = args.meeting.as_deref().and_then(|v| {
        let days = v
            .split_once("..")
            .and_then(|(a, b)| Some((date(a)?, date(b)?)))
            .filter(|(a, b)| a <= b);
        if days.is_none() {
            wrong("--meeting", v, "days");
        }
        days
    });
    let mut counts = Vec::new();
    for value in &args.counts {
        match value
            .split_once('=')
            .and_then(|(id, n)| Some((id.trim(), n.trim().parse::<u32>().ok()?)))
        {
            Some((id, n)) if sengen::fluent::is_kebab_id(id) && n > 0 => {
                counts.push((id.to_owned(), n))
            }
            _ => wrong("--count", value, "count"),
        }
    }
    for (option, words) in [
        ("--preamble", &args.preamble),
        ("--title", &args.title),
        ("--dateline", &args.dateline),
        ("--closing", &args.closing),
    ] {
        if words.as_deref().is_some_and(|w| w.trim().is_empty()) {
            wrong(option, "\"\"", "words");
        }
    }
    if diagnostics.has_errors() {
        return Err(diagnostics);
    }
    let target = match (&args.out, &args.into) {
        (_, Some(into)) => Target::Into(into.clone()),
        (Some(out), None) => Target::New(out.clone()),
        // clap requires one of them.
        (None, None) => Target::New(".".into()),
    };
    Ok(Request {
        file: args.file.clone(),
        lang: args.lang.clone(),
        target,
        sections: args.sections.clone(),
        landmarks: Landmarks {
            preamble: args.preamble.clone(),
            title: args.title.clone(),
            dateline: args.dateline.clone(),
            closing: args.closing.clone(),
        },
        given: Given {
            edition: args.edition,
            meeting,
            adoption,
            place: args.place.clone(),
            counts,
        },
        final_text: args.final_text,
        accept: import::Accept::All,
        shown_as: None,
        write: true,
    })
}

/// What the import left out (I005) and the errors `check` finds, in full;
/// the check's warnings counted by code, for `sengen check` to show (a
/// draft from a word processor has its straight apostrophes by the dozen).
fn print_findings(findings: &Diagnostics, sources: &Sources, dir: &std::path::Path) {
    let (shown, counted): (Vec<&Diagnostic>, Vec<&Diagnostic>) = findings
        .0
        .iter()
        .partition(|d| d.severity == Severity::Error || d.code.name().starts_with('I'));
    let shown = Diagnostics(shown.into_iter().cloned().collect());
    if !shown.is_empty() {
        eprintln!();
        report(&shown, sources, Format::Human);
    }
    if counted.is_empty() {
        return;
    }
    let mut by_code: std::collections::BTreeMap<Code, usize> = std::collections::BTreeMap::new();
    for d in &counted {
        *by_code.entry(d.code).or_default() += 1;
    }
    outln!();
    tell(words!(
        "report-import-to-review",
        dir = dir.display().to_string(),
        count = counted.len()
    ));
    for (code, n) in by_code {
        outln!("  {n:>4} {}  {}", code.name(), code.entry().summary(ui()));
    }
}

/// Whether the draft is a PDF, by its first bytes.
fn is_pdf(file: &std::path::Path) -> bool {
    use std::io::Read;
    let mut start = [0u8; 5];
    std::fs::File::open(file)
        .and_then(|mut f| f.read_exact(&mut start))
        .is_ok_and(|()| import::pdf::is_pdf(&start))
}
