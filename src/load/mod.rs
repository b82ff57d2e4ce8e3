//! Stage 1, load: read a declaration folder into a `Draft`.
//!
//! Reads `declaration.toml`, every `<lang>.ftl` beside it and
//! `translations.lock`, registers their text in `Sources` and parses them,
//! keeping positions. It reports every syntax problem of every file in one
//! go; it judges nothing else (that is the check stage's work).

pub mod archive;
pub mod file;
pub mod git;
pub mod lock;
pub mod schema;
pub mod templates;

use std::path::{Path, PathBuf};

use fluent_bundle::FluentResource;

use crate::diagnostic::{Code, Diagnostic, Diagnostics, FileId, Sources, Span};
use crate::fluent;
use crate::ui::Words;
use crate::words;
pub use lock::{LOCK_FILE, Lock};
pub use schema::DeclarationFile;
pub use templates::{TemplateFolder, load_templates};

/// The name of the schema file in a declaration folder.
pub const SCHEMA_FILE: &str = "declaration.toml";

/// A declaration folder, parsed but not yet judged.
pub struct Draft {
    pub dir: PathBuf,
    pub schema_file: FileId,
    pub schema: DeclarationFile,
    /// Every `<lang>.ftl` of the folder, sorted by language tag.
    pub texts: Vec<TextFile>,
    /// `translations.lock`, when the folder has one.
    pub lock: Option<Lock>,
}

/// The largest text file sengen reads. Time and memory grow linearly with
/// the text (about 3 s and 230 MB per MB of French, benches/scale.sh): past
/// this, a build would take minutes and gigabytes, so the file is refused
/// with an error rather than left to exhaust the machine.
pub const LARGEST_TEXT_FILE: u64 = 8_000_000;

/// One language's text file.
pub struct TextFile {
    /// The file name without `.ftl`: the language tag it claims to be.
    pub lang: String,
    pub file: FileId,
    pub resource: FluentResource,
}

/// Reads and parses the declaration in `dir`.
pub fn load(dir: &Path, sources: &mut Sources) -> Result<Draft, Diagnostics> {
    load_with(dir, &Overlay::default(), sources)
}

/// Whether a file of a declaration folder, by its name, is one of the
/// declaration's input files: `declaration.toml`, a `<lang>.ftl`,
/// `translations.lock`. The one answer to it: loading, `watch`, `serve`'s
/// watcher and the edits (`edit`) all ask here.
pub fn is_input_file(name: &str) -> bool {
    name == SCHEMA_FILE
        || name == LOCK_FILE
        || name
            .strip_suffix(".ftl")
            .is_some_and(|stem| !stem.is_empty() && !stem.starts_with('.'))
}

/// The names of the input files in `dir` (whatever they are: a FIFO named
/// `zz.ftl` is listed, and refused when read), sorted.
pub fn input_files(dir: &Path) -> std::io::Result<Vec<String>> {
    let mut names: Vec<String> = std::fs::read_dir(dir)?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| is_input_file(name))
        .collect();
    names.sort();
    Ok(names)
}

/// Files of a declaration folder as they would be after a change not yet
/// written (`edit`: a change is checked before it is written; `sengen
/// serve` checks a message as it is typed): by file name (`fr.ftl`), the
/// text that stands in for the file on disk, or that adds it when the
/// folder lacks it. Only the folder's own input files can be overlaid.
#[derive(Debug, Default, Clone)]
pub struct Overlay {
    files: Vec<(String, String)>,
    /// The files are the whole folder: the disk is not read (a folder as
    /// it was at a git revision).
    whole: bool,
}

impl Overlay {
    /// Files that stand for the whole folder.
    pub fn whole() -> Self {
        Overlay {
            files: Vec::new(),
            whole: true,
        }
    }

    /// The text of `file` (a name inside the folder, such as `fr.ftl`) in
    /// place of what the disk holds (its byte-order mark already dropped).
    pub fn with(mut self, file: &str, text: String) -> Self {
        self.files.retain(|(name, _)| name != file);
        self.files.push((file.to_owned(), text));
        self
    }

    fn text_of(&self, dir: &Path, path: &Path) -> Option<&str> {
        let name = path.strip_prefix(dir).ok()?.to_str()?;
        self.files
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, t)| t.as_str())
    }

    fn names(&self) -> impl Iterator<Item = &str> {
        self.files.iter().map(|(name, _)| name.as_str())
    }

    /// Each file it holds, by name, and its text.
    pub fn files(&self) -> impl Iterator<Item = (&str, &str)> {
        self.files.iter().map(|(n, t)| (n.as_str(), t.as_str()))
    }
}

/// Reads and parses the declaration in `dir`, `overlay`'s texts standing in
/// for the files they name. A folder that does not exist yet is read as
/// the overlay alone (a declaration about to be created).
pub fn load_with(
    dir: &Path,
    overlay: &Overlay,
    sources: &mut Sources,
) -> Result<Draft, Diagnostics> {
    let mut diagnostics = Diagnostics::default();
    let read_text = |path: &Path, sources: &mut Sources| match overlay.text_of(dir, path) {
        Some(text) => {
            let file = sources.add(display_name(path), text.to_owned());
            Ok((file, text.to_owned()))
        }
        None if overlay.whole => Err(Diagnostic::new(
            Code::S001,
            words!(
                "S001-cannot-read-there-no",
                path = display_name(path).to_string()
            ),
        )
        .hint(words!("S001-declaration-folder-needs-declaration-hint"))),
        None => read_text(path, sources),
    };

    let on_disk = match input_files(dir) {
        _ if overlay.whole => Vec::new(),
        Ok(names) => names,
        Err(_) if overlay.names().any(|n| n == SCHEMA_FILE) => Vec::new(),
        Err(e) => {
            return Err(Diagnostics::from(
                Diagnostic::new(
                    Code::S001,
                    words!(
                        "S001-cannot-read-declaration-folder",
                        dir = dir.display().to_string(),
                        reason = crate::diagnostic::io_reason(&e)
                    ),
                )
                .hint(words!("S001-give-folder-holds-declaration-hint")),
            ));
        }
    };
    let mut names: Vec<String> = on_disk;
    names.extend(overlay.names().map(str::to_owned));
    names.sort();
    names.dedup();

    let schema_path = dir.join(SCHEMA_FILE);
    let schema = match read_text(&schema_path, sources) {
        Ok((file, text)) => parse_schema(file, &text)
            .map_err(|d| diagnostics.push(d))
            .ok()
            .map(|s| (file, s)),
        Err(d) => {
            diagnostics.push(d);
            None
        }
    };

    let mut texts = Vec::new();
    for name in names.iter().filter(|n| n.ends_with(".ftl")) {
        let path = dir.join(name);
        let lang = name.trim_end_matches(".ftl").to_owned();
        match read_text(&path, sources) {
            Ok((file, text)) if fluent::too_deep(&text).is_some() => {
                let at = fluent::too_deep(&text).unwrap_or_default();
                diagnostics.push(
                    Diagnostic::new(
                        Code::F012,
                        words!("F012-too-deep", deepest = fluent::DEEPEST),
                    )
                    .at(Span::new(file, at..at + 1), words!("label-too-deep"))
                    .hint(words!("F012-too-deep-hint")),
                );
            }
            Ok((file, text)) => match FluentResource::try_new(text) {
                Ok(resource) => texts.push(TextFile {
                    lang,
                    file,
                    resource,
                }),
                Err((_, errors)) => {
                    let text = sources.text(file).to_owned();
                    for error in errors {
                        let mut d = Diagnostic::new(
                            Code::F001,
                            words!(
                                "F001-fluent-syntax-error",
                                error = error.to_string(),
                                kind = fluent_error_kind(&error.kind),
                                token = fluent_error_token(&error.kind)
                            ),
                        )
                        .at(Span::new(file, error.pos.clone()), words!("label-here"));
                        // The entry the error broke, when it starts on an earlier line (an unclosed `{`).
                        if let Some(slice) = error.slice.clone() {
                            let before = &text[slice.start.min(error.pos.start)..error.pos.start];
                            if before.contains('\n') {
                                let line_end = text[slice.start..]
                                    .find('\n')
                                    .map_or(text.len(), |n| slice.start + n);
                                d = d.related(
                                    Span::new(file, slice.start..line_end),
                                    words!("label-entry"),
                                );
                            }
                        }
                        diagnostics.push(d.hint(fluent_hint(&error.kind)));
                    }
                }
            },
            Err(d) => diagnostics.push(d),
        }
    }

    let lock = if names.iter().any(|n| n == LOCK_FILE) {
        read_text(&dir.join(LOCK_FILE), sources)
            .and_then(|(file, text)| Lock::parse(file, &text))
            .map_err(|d| diagnostics.push(d))
            .ok()
    } else {
        None
    };

    match schema {
        Some((schema_file, schema)) if !diagnostics.has_errors() => Ok(Draft {
            dir: dir.to_path_buf(),
            schema_file,
            schema,
            texts,
            lock,
        }),
        _ => Err(diagnostics),
    }
}

/// The declaration folders named on a command line: each path that holds a
/// declaration.toml is one; a path that does not, but whose sub-folders do,
/// stands for those sub-folders (sorted), so a folder of declarations builds
/// as a batch.
pub fn find_declarations(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for path in paths {
        if path.join(SCHEMA_FILE).exists() {
            found.push(path.clone());
            continue;
        }
        let mut inside: Vec<PathBuf> = std::fs::read_dir(path)
            .map(|entries| {
                entries
                    .filter_map(|entry| entry.ok().map(|e| e.path()))
                    .filter(|sub| sub.join(SCHEMA_FILE).is_file())
                    .collect()
            })
            .unwrap_or_default();
        if inside.is_empty() {
            // Let loading report it: it says what is missing and where.
            found.push(path.clone());
        } else {
            inside.sort();
            found.extend(inside);
        }
    }
    let mut seen = std::collections::HashSet::new();
    found.retain(|dir| seen.insert(dir.clone()));
    found
}

/// Reads a file as UTF-8 text, registers it, and drops a leading byte-order mark.
fn read_text(path: &Path, sources: &mut Sources) -> Result<(FileId, String), Diagnostic> {
    let name = display_name(path);
    let bytes = file::read(path, LARGEST_TEXT_FILE).map_err(|e| match e {
        file::ReadError::TooLarge(size) => Diagnostic::new(
            Code::S004,
            words!(
                "S004-mb-sengen-reads-text",
                name = name.to_string(),
                size = format!("{:.1}", size as f64 / 1e6),
                limit = LARGEST_TEXT_FILE / 1_000_000
            ),
        )
        .hint(words!("S004-whole-declaration-rarely-over-hint")),
        file::ReadError::NotRegular(kind) => Diagnostic::new(
            Code::S001,
            words!(
                "I001-cannot-read-not-file",
                name = name.to_string(),
                kind = kind.key().to_string()
            ),
        )
        .hint(words!("S001-declaration-s-files-are-hint")),
        file::ReadError::NotFound(e) if path.ends_with(SCHEMA_FILE) => Diagnostic::new(
            Code::S001,
            words!(
                "I001-cannot-read",
                name = name.to_string(),
                reason = crate::diagnostic::io_reason(&e)
            ),
        )
        .hint(words!("S001-declaration-folder-needs-declaration-hint")),
        file::ReadError::NotFound(e) | file::ReadError::Io(e) => Diagnostic::new(
            Code::S001,
            words!(
                "I001-cannot-read",
                name = name.to_string(),
                reason = crate::diagnostic::io_reason(&e)
            ),
        )
        .hint(words!("I001-check-path-file-s-hint")),
    })?;
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.replace_range(..3, "");
            }
            let file = sources.add(name, text.clone());
            Ok((file, text))
        }
        Err(error) => {
            // Show the file up to the bad byte so the position is exact.
            let valid = error.utf8_error().valid_up_to();
            let bytes = error.into_bytes();
            let shown = String::from_utf8_lossy(&bytes).into_owned();
            let file = sources.add(name.clone(), shown);
            let at = String::from_utf8_lossy(&bytes[..valid]).len();
            Err(Diagnostic::new(
                Code::S002,
                words!("S002-not-valid-utf-8", name = name.to_string()),
            )
            .at(Span::new(file, at..at + 1), words!("label-byte-not-utf-8"))
            .hint(words!("S002-save-file-utf-8-hint")))
        }
    }
}

/// The name diagnostics show for a file: its path as the user gave it, without a leading `./`.
pub fn display_name(path: &Path) -> String {
    let shown = path.display().to_string();
    shown.strip_prefix("./").map(str::to_owned).unwrap_or(shown)
}

/// Parses the schema file's text.
fn parse_schema(file: FileId, text: &str) -> Result<DeclarationFile, Diagnostic> {
    toml::from_str::<DeclarationFile>(text).map_err(|error| {
        // toml's messages may span lines; the words are serde's and our
        // types' own ("expected a whole number", see `schema::WholeNumber`).
        let message = error.message().trim_end().replace('\n', "; ");
        // What to do depends on where the error stands, not on its wording.
        let syntax = text.parse::<toml::Table>().is_err();
        let site = Site::of(text, error.span(), syntax);
        // The field serde names (« unknown field `editon` »), for the wording.
        let field = message
            .split('`')
            .nth(1)
            .filter(|f| !f.contains(' '))
            .unwrap_or_default()
            .to_owned();
        let diagnostic = Diagnostic::new(
            Code::S003,
            words!(
                "S003-invalid-declaration-toml",
                message = &message,
                site = site.key(),
                field = field
            ),
        );
        let diagnostic = match error.span() {
            Some(range) => diagnostic.at(Span::new(file, range), words!("label-here")),
            None => diagnostic,
        };
        diagnostic.hint(site.hint())
    })
}

/// Where in declaration.toml an error stands, as its span shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Site {
    /// The text is not TOML.
    Syntax,
    /// Inside a `\u` escape: the text is not TOML either.
    Escape,
    /// A key: a field or a kind of block the format does not have.
    Key,
    /// A whole table (or the whole file): a field it lacks.
    Table,
    /// A value the field does not take.
    Value,
}

impl Site {
    fn of(text: &str, span: Option<std::ops::Range<usize>>, syntax: bool) -> Site {
        let span = span.unwrap_or(0..0);
        let start = span.start.min(text.len());
        let end = span.end.clamp(start, text.len());
        if syntax {
            let before = text[..start].trim_end_matches(|c: char| c.is_ascii_hexdigit());
            return if before.ends_with("\\u") || before.ends_with("\\U") {
                Site::Escape
            } else {
                Site::Syntax
            };
        }
        let spanned = &text[start..end];
        let whole = start == 0 && end >= text.trim_end().len();
        if spanned.is_empty() || whole || spanned.starts_with('[') {
            return Site::Table;
        }
        let after = text[end..].trim_start_matches([' ', '\t']);
        if after.starts_with('=') || after.starts_with('.') {
            Site::Key
        } else {
            Site::Value
        }
    }

    fn hint(self) -> Words {
        words!("S003-site-hint", site = self.key())
    }

    /// Its name, a key the wording chooses its sentence by.
    fn key(self) -> &'static str {
        match self {
            Site::Key => "key",
            Site::Table => "table",
            Site::Value => "value",
            Site::Escape => "escape",
            Site::Syntax => "syntax",
        }
    }
}

fn fluent_hint(kind: &fluent_syntax::parser::ErrorKind) -> Words {
    use fluent_syntax::parser::ErrorKind;
    match kind {
        ErrorKind::MissingDefaultVariant => words!("F001-default-variant-hint"),
        ErrorKind::UnbalancedClosingBrace => words!("F001-closing-brace-hint"),
        ErrorKind::ExpectedMessageField { .. } => words!("F001-message-value-hint"),
        _ => words!("F001-syntax-hint"),
    }
}

/// What a Fluent syntax error is, as a stable key the wording chooses its
/// sentence by (fluent-syntax's own text is English).
fn fluent_error_kind(kind: &fluent_syntax::parser::ErrorKind) -> &'static str {
    use fluent_syntax::parser::ErrorKind;
    match kind {
        ErrorKind::ExpectedToken(_) => "expected-token",
        ErrorKind::ExpectedCharRange { .. } => "expected-character",
        ErrorKind::ExpectedMessageField { .. } => "message-without-value",
        ErrorKind::ExpectedTermField { .. } => "term-without-value",
        ErrorKind::UnbalancedClosingBrace => "closing-brace",
        ErrorKind::MissingDefaultVariant => "no-default-variant",
        ErrorKind::UnterminatedStringLiteral => "unterminated-string",
        ErrorKind::UnknownEscapeSequence(_) | ErrorKind::InvalidUnicodeEscapeSequence(_) => {
            "escape"
        }
        ErrorKind::ExpectedInlineExpression | ErrorKind::ExpectedLiteral => "expected-expression",
        _ => "other",
    }
}

/// The character a Fluent syntax error expected, when it names one.
fn fluent_error_token(kind: &fluent_syntax::parser::ErrorKind) -> String {
    match kind {
        fluent_syntax::parser::ErrorKind::ExpectedToken(c) => c.to_string(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(text: &str) -> Site {
        let mut sources = Sources::default();
        let file = sources.add(SCHEMA_FILE, text);
        let error = parse_schema(file, text).expect_err("invalid");
        let syntax = text.parse::<toml::Table>().is_err();
        let range = error.primary.map(|(span, _)| span.range);
        Site::of(text, range, syntax)
    }

    const VALID_START: &str = "id = \"x\"\nstatus = \"draft\"\nlanguages = [\"fr\"]\n";

    #[test]
    fn the_hint_follows_where_the_error_stands() {
        assert_eq!(site("id = \"x"), Site::Syntax);
        assert_eq!(site("id = \"x\\uD800\""), Site::Escape);
        assert_eq!(site(&format!("{VALID_START}editon = 3\n")), Site::Key);
        assert_eq!(site(""), Site::Table, "an empty file lacks every field");
        assert_eq!(site(&format!("{VALID_START}[bilingual]\n")), Site::Table);
        assert_eq!(site(VALID_START), Site::Table, "the file lacks [adoption]");
        assert_eq!(site(&format!("{VALID_START}status2 = 1\n")), Site::Key);
        assert_eq!(site("id = 12\n"), Site::Value);
    }

    #[test]
    fn numbers_and_flags_are_asked_for_in_plain_words() {
        let mut sources = Sources::default();
        let text = format!(
            "{VALID_START}[meeting]\nedition = \"douze\"\nopens = 2024-11-18\ncloses = 2024-11-21\n"
        );
        let file = sources.add(SCHEMA_FILE, text.clone());
        let said = |d: &Diagnostic| crate::ui::Ui::english().say(&d.message);
        let error = parse_schema(file, &text).unwrap_err();
        assert!(
            said(&error).ends_with("expected a whole number"),
            "{}",
            said(&error)
        );
        let negative = text.replace("\"douze\"", "-3");
        let error = parse_schema(file, &negative).unwrap_err();
        assert!(
            said(&error).contains("integer `-3`, expected a whole number"),
            "{}",
            said(&error)
        );
    }
}
