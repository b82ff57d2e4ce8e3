//! Diagnostics: what sengen tells a user about their files.
//!
//! A diagnostic is a value (a code from the registry, which gives its
//! severity; a message, a primary span, related spans, hints) collected by
//! every stage and printed together at the end, so one run reports every
//! problem it can see. Spans are byte ranges into files held by `Sources`;
//! codespan-reporting turns them into `file:line:column` and a snippet, the
//! way rustc and typst print theirs. What is not the user's to fix (a bug, a
//! full disk) is an `Internal` failure instead.

pub mod codes;
mod internal;
mod visible;

pub use codes::Code;
pub use internal::{Internal, io_reason};
pub use visible::visible;

use std::borrow::Cow;
use std::ops::Range;

use codespan_reporting::diagnostic as cs;
use codespan_reporting::files::{Files, SimpleFiles};
use codespan_reporting::term;
use codespan_reporting::term::termcolor::{Buffer, ColorChoice, StandardStream, WriteColor};

use crate::ui::{Arg, Ui, Words};
use crate::words;

/// Handle of a file registered in `Sources`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(usize);

impl FileId {
    /// No file: for a span computed only for its offsets.
    pub const NONE: FileId = FileId(usize::MAX);
}

/// The text of every file a run has read (and of what it generated), so that
/// diagnostics can quote them.
pub struct Sources {
    files: SimpleFiles<String, String>,
}

impl Default for Sources {
    fn default() -> Self {
        Sources {
            files: SimpleFiles::new(),
        }
    }
}

impl Sources {
    /// Registers a file under the name diagnostics show for it.
    pub fn add(&mut self, name: impl Into<String>, text: impl Into<String>) -> FileId {
        FileId(self.files.add(name.into(), text.into()))
    }

    /// The text of a registered file.
    pub fn text(&self, file: FileId) -> &str {
        // Ids only come from `add`, so the lookup cannot fail.
        self.files
            .get(file.0)
            .map(|f| f.source().as_str())
            .unwrap_or_default()
    }

    /// The name of a registered file.
    pub fn name(&self, file: FileId) -> &str {
        self.files
            .get(file.0)
            .map(|f| f.name().as_str())
            .unwrap_or_default()
    }

    /// Names the files whose names start with `prefix` with `shown` in its
    /// place: a draft read from a temporary copy (`sengen diff --since`) is
    /// named after its revision, not after the copy.
    pub fn rename_prefix(&mut self, prefix: &str, shown: &str) {
        let mut renamed = SimpleFiles::new();
        let mut id = 0;
        while let Ok(file) = self.files.get(id) {
            let name = match file.name().strip_prefix(prefix) {
                Some(rest) => format!("{shown}{rest}"),
                None => file.name().clone(),
            };
            renamed.add(name, file.source().clone());
            id += 1;
        }
        self.files = renamed;
    }

    /// One-based line and column (in characters) of a byte offset.
    pub fn line_column(&self, file: FileId, offset: usize) -> (usize, usize) {
        self.files
            .location(file.0, offset.min(self.text(file).len()))
            .map(|l| (l.line_number, l.column_number))
            .unwrap_or((1, 1))
    }
}

/// The files as a terminal is shown them (`visible`): the sources
/// themselves, or when one of them holds a control character, a copy of
/// them all made visible, with the shifts of each file's offsets.
struct Shown<'a> {
    sources: &'a Sources,
    visible: Option<(SimpleFiles<String, String>, Vec<visible::Shifts>)>,
}

impl<'a> Shown<'a> {
    /// The files as shown for `diagnostics`: the places they point at kept
    /// whole, every long line's other stretches left out.
    fn of(sources: &'a Sources, diagnostics: &[Diagnostic]) -> Self {
        Self::of_files(sources, diagnostics, None)
    }

    /// The files as shown for one diagnostic that points into a long line:
    /// that line around its own places only; the files it does not point
    /// into are left empty (it quotes none of them).
    fn for_one(sources: &'a Sources, diagnostic: &Diagnostic) -> Self {
        let files: Vec<usize> = diagnostic
            .primary
            .iter()
            .map(|(s, _)| s)
            .chain(diagnostic.related.iter().map(|(s, _)| s))
            .map(|s| s.file.0)
            .collect();
        Self::of_files(sources, std::slice::from_ref(diagnostic), Some(&files))
    }

    /// Whether a diagnostic points into a line too long to show whole.
    fn points_into_long_line(sources: &Sources, diagnostic: &Diagnostic) -> bool {
        diagnostic
            .primary
            .iter()
            .map(|(s, _)| s)
            .chain(diagnostic.related.iter().map(|(s, _)| s))
            .any(|span| visible::in_long_line(sources.text(span.file), span.range.start))
    }

    fn of_files(sources: &'a Sources, diagnostics: &[Diagnostic], only: Option<&[usize]>) -> Self {
        let all = || {
            (0..)
                .map_while(|id| sources.files.get(id).ok())
                .enumerate()
                .map(move |(id, file)| {
                    let quoted = only.is_none_or(|files| files.contains(&id));
                    (id, file, quoted)
                })
        };
        let points = |id: usize| -> Vec<usize> {
            diagnostics
                .iter()
                .flat_map(|d| {
                    d.primary
                        .iter()
                        .map(|(s, _)| s)
                        .chain(d.related.iter().map(|(s, _)| s))
                })
                .filter(|span| span.file.0 == id)
                .flat_map(|span| [span.range.start, span.range.end])
                .collect()
        };
        let changed = |id: usize, text: &str| {
            matches!(
                visible::shown_with_offsets(text, &points(id)).0,
                Cow::Owned(_)
            )
        };
        let any = only.is_some()
            || all().any(|(id, file, _)| {
                changed(id, file.source()) || matches!(visible(file.name()), Cow::Owned(_))
            });
        let visible = any.then(|| {
            let mut files = SimpleFiles::new();
            let mut shifts = Vec::new();
            for (id, file, quoted) in all() {
                let (text, moved) = if quoted {
                    let (text, moved) = visible::shown_with_offsets(file.source(), &points(id));
                    (text.into_owned(), moved)
                } else {
                    (String::new(), visible::Shifts::default())
                };
                files.add(visible(file.name()).into_owned(), text);
                shifts.push(moved);
            }
            (files, shifts)
        });
        Shown { sources, visible }
    }

    fn files(&self) -> &SimpleFiles<String, String> {
        match &self.visible {
            Some((files, _)) => files,
            None => &self.sources.files,
        }
    }

    /// Where `span` falls in the shown text of its file.
    fn range(&self, span: &Span) -> Range<usize> {
        match self.visible.as_ref().and_then(|(_, s)| s.get(span.file.0)) {
            Some(shifts) => shifts.map(span.range.start)..shifts.map(span.range.end),
            None => span.range.clone(),
        }
    }
}

/// The byte offset of a one-based line and column (in characters) of `text`,
/// clamped to the text: the inverse of `Sources::line_column`, for tools
/// that report lines and columns (handlebars).
pub fn offset_in(text: &str, line: usize, column: usize) -> usize {
    let line_start = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum::<usize>();
    let rest = &text[line_start.min(text.len())..];
    let rest = &rest[..rest.find('\n').unwrap_or(rest.len())];
    let within = rest
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(rest.len(), |(i, _)| i);
    (line_start + within).min(text.len())
}

/// A byte range in a registered file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub file: FileId,
    pub range: Range<usize>,
}

impl Span {
    pub fn new(file: FileId, range: Range<usize>) -> Self {
        Span { file, range }
    }

    /// The span of `slice` inside `source`, the text of `file`. Parsers that
    /// keep no positions (fluent-syntax) hand out slices of their input; a
    /// slice's address gives its offset exactly.
    pub fn of_slice(file: FileId, source: &str, slice: &str) -> Self {
        let start = (slice.as_ptr() as usize).wrapping_sub(source.as_ptr() as usize);
        if start <= source.len() && start + slice.len() <= source.len() {
            Span::new(file, start..start + slice.len())
        } else {
            Span::new(file, 0..0)
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
    /// What the PDF already gets right but the file does not say so (a
    /// straight apostrophe between letters, printed ’): shown quietly, so
    /// that what would be wrong on paper stands out.
    Note,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

/// One finding. Its words are named, not written (`ui::Words`): a `Ui`
/// says them in the reader's language when the finding is shown.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Stable code (`S001`…), from the registry (`codes`).
    pub code: Code,
    pub message: Words,
    /// Where the problem is, with a short label.
    pub primary: Option<(Span, Words)>,
    /// Other places that explain it.
    pub related: Vec<(Span, Words)>,
    /// What to do about it.
    pub hints: Vec<Words>,
    /// Edits that fix it (`sengen check --fix` applies them).
    pub fixes: Vec<Edit>,
}

/// Replaces the text of a span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub span: Span,
    pub replacement: String,
}

impl Diagnostic {
    /// A finding of the kind `code` names, with the severity the registry gives it.
    pub fn new(code: Code, message: Words) -> Self {
        Diagnostic {
            severity: code.severity(),
            code,
            message,
            primary: None,
            related: Vec::new(),
            hints: Vec::new(),
            fixes: Vec::new(),
        }
    }

    /// Attaches an edit that fixes the problem.
    pub fn fix(mut self, span: Span, replacement: impl Into<String>) -> Self {
        self.fixes.push(Edit {
            span,
            replacement: replacement.into(),
        });
        self
    }

    /// Points the diagnostic at `span`.
    pub fn at(mut self, span: Span, label: Words) -> Self {
        self.primary = Some((span, label));
        self
    }

    pub fn related(mut self, span: Span, label: Words) -> Self {
        self.related.push((span, label));
        self
    }

    pub fn hint(mut self, hint: Words) -> Self {
        self.hints.push(hint);
        self
    }

    /// The diagnostic as codespan prints it, in `ui`'s language, quoting
    /// `shown`: its message, labels and hints may quote the user's text, so
    /// they are made visible too.
    fn to_codespan(&self, shown: &Shown, ui: &Ui) -> cs::Diagnostic<usize> {
        let base = match self.severity {
            Severity::Error => cs::Diagnostic::error(),
            Severity::Warning => cs::Diagnostic::warning(),
            Severity::Note => cs::Diagnostic::note(),
        };
        let label = |style, (span, label): &(Span, Words)| {
            cs::Label::new(style, span.file.0, shown.range(span))
                .with_message(visible(&ui.say(label)))
        };
        let mut labels = Vec::new();
        if let Some(primary) = &self.primary {
            labels.push(label(cs::LabelStyle::Primary, primary));
        }
        for related in &self.related {
            labels.push(label(cs::LabelStyle::Secondary, related));
        }
        let hint = ui.say(&words!("diagnostic-hint"));
        base.with_code(self.code.name())
            .with_message(visible(&ui.say(&self.message)))
            .with_labels(labels)
            .with_notes(
                self.hints
                    .iter()
                    .map(|h| format!("{hint} {}", visible(&ui.say(h))))
                    .collect(),
            )
    }
}

/// Every finding of a run, in the order they were found.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.0.push(diagnostic);
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.0.extend(other.0);
    }

    pub fn has_errors(&self) -> bool {
        self.0.iter().any(|d| d.severity == Severity::Error)
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.0.iter().filter(|d| d.severity == severity).count()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// These diagnostics without the notes, and the notes.
    pub fn without_notes(&self) -> (Diagnostics, Diagnostics) {
        let (notes, others): (Vec<Diagnostic>, Vec<Diagnostic>) = self
            .0
            .iter()
            .cloned()
            .partition(|d| d.severity == Severity::Note);
        (Diagnostics(others), Diagnostics(notes))
    }

    /// Writes every diagnostic, rustc-style, to `out`, in `ui`'s language.
    /// codespan writes the severity in English (`error[S003]`): it is put
    /// in the reader's words at the start of each diagnostic's first line.
    pub fn emit(
        &self,
        sources: &Sources,
        ui: &Ui,
        out: &mut dyn WriteColor,
    ) -> std::io::Result<()> {
        let config = term::Config::default();
        let shared = Shown::of(sources, &self.0);
        for diagnostic in &self.0 {
            // One that points into a long line is shown around its own places.
            let own = Shown::points_into_long_line(sources, diagnostic)
                .then(|| Shown::for_one(sources, diagnostic));
            let shown = own.as_ref().unwrap_or(&shared);
            let mut buffer = if out.supports_color() {
                Buffer::ansi()
            } else {
                Buffer::no_color()
            };
            term::emit(
                &mut buffer,
                &config,
                shown.files(),
                &diagnostic.to_codespan(shown, ui),
            )
            .map_err(std::io::Error::other)?;
            let text = String::from_utf8_lossy(buffer.as_slice()).into_owned();
            let english = diagnostic.severity.name();
            let said = ui.say(&words!("diagnostic-severity", severity = english));
            let text = if said == english {
                text
            } else {
                text.replacen(&format!("{english}["), &format!("{said}["), 1)
            };
            out.write_all(text.as_bytes())?;
        }
        Ok(())
    }

    /// Prints to standard error, in colour when it is a terminal.
    pub fn print(&self, sources: &Sources, ui: &Ui) {
        let choice = if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
            ColorChoice::Auto
        } else {
            ColorChoice::Never
        };
        let mut stderr = StandardStream::stderr(choice);
        // Nothing sensible is left to do if standard error is gone.
        let _ = self.emit(sources, ui, &mut stderr);
    }

    /// One JSON object per line per diagnostic, for tools and editors: its
    /// text in `ui`'s language beside what does not change with the
    /// language (the code, the severity, the places, the message's id and
    /// variables), so that a script reads the same fields in every language.
    pub fn to_json_lines(&self, sources: &Sources, ui: &Ui) -> String {
        let location = |span: &Span| {
            let (line, column) = sources.line_column(span.file, span.range.start);
            let (end_line, end_column) = sources.line_column(span.file, span.range.end);
            serde_json::json!({
                "file": sources.name(span.file),
                "line": line,
                "column": column,
                "end_line": end_line,
                "end_column": end_column,
            })
        };
        let mut out = String::new();
        for d in &self.0 {
            let mut object = serde_json::json!({
                "code": d.code.name(),
                "severity": d.severity.name(),
                "message": ui.say(&d.message),
                "message_id": d.message.id,
                "variables": variables(&d.message, ui),
                "hints": d.hints.iter().map(|h| ui.say(h)).collect::<Vec<_>>(),
                "fixable": !d.fixes.is_empty(),
            });
            if let Some((span, label)) = &d.primary {
                let mut at = location(span);
                at["label"] = serde_json::Value::from(ui.say(label));
                object["span"] = at;
            }
            object["related"] = d
                .related
                .iter()
                .map(|(span, label)| {
                    let mut at = location(span);
                    at["label"] = serde_json::Value::from(ui.say(label));
                    at
                })
                .collect();
            out.push_str(&object.to_string());
            out.push('\n');
        }
        out
    }

    /// The plain-text rendering (no colour) in English, as tests compare it.
    pub fn render(&self, sources: &Sources) -> String {
        self.render_in(sources, &Ui::english())
    }

    /// The plain-text rendering (no colour) in `ui`'s language.
    pub fn render_in(&self, sources: &Sources, ui: &Ui) -> String {
        let mut buffer = Buffer::no_color();
        let _ = self.emit(sources, ui, &mut buffer);
        String::from_utf8_lossy(buffer.as_slice()).into_owned()
    }
}

/// A message's variables as JSON: text and numbers as they are, words
/// inside it as said.
fn variables(words: &Words, ui: &Ui) -> serde_json::Value {
    words
        .args
        .iter()
        .map(|(name, value)| {
            let value = match value {
                Arg::Text(text) => serde_json::Value::from(text.as_str()),
                Arg::Number(n) => serde_json::Value::from(*n),
                Arg::Words(inner) => serde_json::Value::from(ui.say(inner)),
            };
            ((*name).to_owned(), value)
        })
        .collect::<serde_json::Map<_, _>>()
        .into()
}

impl From<Diagnostic> for Diagnostics {
    fn from(diagnostic: Diagnostic) -> Self {
        Diagnostics(vec![diagnostic])
    }
}

/// Why a run stopped: the input is wrong (exit 1), or sengen or its
/// environment failed (exit 2).
#[derive(Debug)]
pub enum Failure {
    Invalid(Diagnostics),
    Internal(Internal),
}

impl From<Internal> for Failure {
    fn from(internal: Internal) -> Self {
        Failure::Internal(internal)
    }
}

impl From<Diagnostics> for Failure {
    fn from(diagnostics: Diagnostics) -> Self {
        Failure::Invalid(diagnostics)
    }
}

impl From<Diagnostic> for Failure {
    fn from(diagnostic: Diagnostic) -> Self {
        Failure::Invalid(Diagnostics::from(diagnostic))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_and_lines_and_columns_agree() {
        let text = "première\nsecond 日本\n\nfin";
        let mut sources = Sources::default();
        let file = sources.add("t", text);
        for (offset, _) in text.char_indices() {
            let (line, column) = sources.line_column(file, offset);
            assert_eq!(offset_in(text, line, column), offset, "at {offset}");
        }
        // Past the end of a line or of the text: clamped, never a panic.
        assert_eq!(offset_in(text, 2, 99), "première\nsecond 日本".len());
        assert_eq!(offset_in(text, 99, 1), text.len());
        assert_eq!(offset_in(text, 0, 0), 0);
    }

    #[test]
    fn a_quoted_file_never_sends_its_control_characters_to_the_terminal() {
        let text = "titre = \u{1b}[2J\u{1b}[31mRouge\r{ $x\n";
        let mut sources = Sources::default();
        let file = sources.add("fr\u{1b}]0;x\u{7}.ftl", text);
        let start = text.find("Rouge").unwrap();
        let shown = Diagnostics::from(
            Diagnostic::new(Code::F001, words!("raw-text", text = "bad \u{9b}2J"))
                .at(
                    Span::new(file, start..start + 5),
                    words!("raw-text", text = "this \u{1b}word"),
                )
                .hint(words!("raw-text", text = "a \r hint")),
        )
        .render(&sources);
        assert!(
            !shown.chars().any(|c| c.is_control() && c != '\n'),
            "{shown:?}"
        );
        assert!(shown.contains("fr␛]0;x␇.ftl:1:18"), "{shown}");
        assert!(
            shown.contains("1 │ titre = ␛[2J␛[31mRouge␍{ $x\n"),
            "{shown}"
        );
        // The caret stands under the word the span names.
        assert!(
            shown.contains("  │                  ^^^^^ this ␛word\n"),
            "{shown}"
        );
        assert!(shown.contains("bad \u{fffd}2J") && shown.contains("hint: a ␍ hint"));
    }
}
