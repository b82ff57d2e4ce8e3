//! `sengen xliff import`: a translator's XLIFF back into the declaration.
//!
//! Each unit whose target differs from the current translation replaces
//! that text in `<lang>.ftl`, and only it: every other byte of the file
//! (comments, order, other messages and their wrapping) stays. Its codes
//! must be those of the unit (L033); a unit translated from a source that
//! has changed since is refused (L032) unless `--accept-stale`, which takes
//! it and leaves it marked stale. Units a translator marked final (or
//! signed off) are recorded as reviewed in `translations.lock`. All or
//! nothing: the changes are one `edit::Changeset`, checked with the rest
//! of the declaration before anything is written; any error, and nothing is.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use fluent_bundle::FluentResource;

use super::read::{self, ReadPiece, ReadUnit};
use super::{Piece, find_pattern, languages, number_target, pieces, plain};
use crate::check::Language;
use crate::check::lint::translations::message_hash;
use crate::diagnostic::{Code, Diagnostic, Diagnostics, Failure, Internal, Sources, Span};
use crate::edit::{Changeset, Folder};
use crate::words;

/// What an import did.
pub struct Imported {
    pub lang: String,
    /// Units whose text changed in `<lang>.ftl`.
    pub changed: Vec<String>,
    /// Messages recorded as reviewed.
    pub reviewed: Vec<String>,
    /// Units taken from an older source (`--accept-stale`), left stale.
    pub stale: Vec<String>,
    pub written: Vec<PathBuf>,
    /// What the import noticed short of errors (locked units, L035).
    pub warnings: Diagnostics,
    /// The changes made (or, without `write`, to make), for a writer of
    /// its own (the page) to make them.
    pub changes: Changeset,
}

/// How many units that are no message of the source are named one by one.
const MOST_NAMED: usize = 50;

/// Imports `path` into the declaration `folder` holds. `sources` then
/// holds the files the findings quote.
pub fn import(
    folder: &Folder,
    sources: &mut Sources,
    path: &Path,
    accept_stale: bool,
    write: bool,
) -> Result<Imported, Failure> {
    // The translation may lack messages: bringing them in is the point.
    let checked = folder.prepare_translation_work(sources)?;
    let declaration = &checked.declaration;
    let shown = crate::load::display_name(path);
    let bytes = crate::load::file::read(path, read::LARGEST_FILE as u64).map_err(|e| {
        let diagnostic = match e {
            crate::load::file::ReadError::TooLarge(size) => Diagnostic::new(
                Code::L030,
                words!(
                    "L030-mb-sengen-reads-xliff",
                    shown = shown.to_string(),
                    size = format!("{:.1}", size as f64 / 1e6),
                    limit = (read::LARGEST_FILE / (1024 * 1024)).to_string()
                ),
            )
            .hint(words!("L030-declaration-s-xliff-tens-hint")),
            crate::load::file::ReadError::NotRegular(kind) => Diagnostic::new(
                Code::S001,
                words!(
                    "S001-cannot-read-not-file",
                    shown = shown.to_string(),
                    kind = kind.key().to_string()
                ),
            )
            .hint(words!("S001-give-xliff-file-translation-hint")),
            crate::load::file::ReadError::NotFound(e) | crate::load::file::ReadError::Io(e) => {
                Diagnostic::new(
                    Code::S001,
                    words!(
                        "R030-cannot-read",
                        shown = shown.to_string(),
                        reason = crate::diagnostic::io_reason(&e)
                    ),
                )
                .hint(words!("S001-give-xliff-file-translation-hint"))
            }
        };
        Failure::Invalid(Diagnostics::from(diagnostic))
    })?;
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let valid = error.utf8_error().valid_up_to();
            let shown_text = String::from_utf8_lossy(error.as_bytes()).into_owned();
            let at = String::from_utf8_lossy(&error.as_bytes()[..valid]).len();
            let file = sources.add(shown.clone(), shown_text);
            return Err(Failure::Invalid(Diagnostics::from(
                Diagnostic::new(
                    Code::L030,
                    words!("S002-not-valid-utf-8-3", shown = shown.to_string()),
                )
                .at(Span::new(file, at..at + 1), words!("label-byte-not-utf-8"))
                .hint(words!("L030-xliff-files-are-utf-hint")),
            )));
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text).to_owned();
    let file = sources.add(shown, text.clone());
    let xliff = read::read(file, &text).map_err(|d| Failure::Invalid(Diagnostics::from(d)))?;

    // A file exported from another declaration (last year's, a sister
    // city's) could share message ids with this one: refused whole.
    if let Some(theirs) = xliff.declaration.as_deref()
        && theirs != declaration.id
    {
        return Err(Failure::Invalid(Diagnostics::from(
            Diagnostic::new(
                Code::L031,
                words!(
                    "L031-other-declaration",
                    theirs = theirs,
                    ours = &declaration.id
                ),
            )
            .at(xliff.root.clone(), words!("label-exported-from"))
            .hint(words!(
                "L031-other-declaration-hint",
                ours = &declaration.id
            )),
        )));
    }
    let Some(lang) = xliff.target_lang.clone() else {
        return Err(Failure::Invalid(Diagnostics::from(
            Diagnostic::new(Code::L034, words!("L034-xliff-file-names-no"))
                .at(xliff.root.clone(), words!("label-no-target-language-1-2"))
                .hint(words!("L034-export-again-with-sengen-hint")),
        )));
    };
    let (source, target) = languages(declaration, &lang).map_err(|failure| match failure {
        Failure::Invalid(mut diagnostics) => {
            for d in &mut diagnostics.0 {
                d.primary = Some((xliff.root.clone(), words!("label-target-language")));
            }
            Failure::Invalid(diagnostics)
        }
        internal => internal,
    })?;

    let mut errors = Diagnostics::default();
    let mut warnings = Diagnostics::default();
    let mut changes: Vec<(String, String, Vec<Piece>)> = Vec::new();
    let mut reviews = Changeset::default();
    let lock = declaration.lock.clone().unwrap_or_default();
    let mut imported = Imported {
        lang: lang.clone(),
        changed: Vec::new(),
        reviewed: Vec::new(),
        stale: Vec::new(),
        written: Vec::new(),
        warnings: Diagnostics::default(),
        changes: Changeset::default(),
    };
    let mut seen: BTreeMap<&str, &Span> = BTreeMap::new();
    let source_index = crate::fluent::Index::new(&source.resource);
    let target_index = crate::fluent::Index::new(&target.resource);
    let mut unknown = 0usize;
    for unit in &xliff.units {
        if let Some(first) = seen.get(unit.id.as_str()) {
            errors.push(
                Diagnostic::new(
                    Code::L031,
                    words!("L031-unit-comes-twice", id = unit.id.to_string()),
                )
                .at(unit.span.clone(), words!("label-again"))
                .related((*first).clone(), words!("label-first-here"))
                .hint(words!("L031-unit-per-message-remove-hint")),
            );
            continue;
        }
        seen.insert(&unit.id, &unit.span);
        let Some(source_pattern) = source_index.pattern(&unit.id) else {
            unknown += 1;
            // A file of thousands of strangers is one mistake: the first
            // few are named, the rest counted.
            if unknown > MOST_NAMED {
                continue;
            }
            errors.push(
                Diagnostic::new(
                    Code::L031,
                    words!(
                        "L031-no-message-ftl",
                        id = unit.id.to_string(),
                        tag = source.tag.to_string()
                    ),
                )
                .at(unit.span.clone(), words!("label-unknown-unit"))
                .hint(words!("L031-xliff-comes-from-another-hint")),
            );
            continue;
        };
        let current_target = target_index.pattern(&unit.id);
        let Some(source_pieces) = pieces(source_pattern) else {
            // A message with variants is translated in the .ftl file itself.
            let changed = unit.target.as_ref().is_some_and(|t| {
                let now = current_target.map(super::fluent_source).unwrap_or_default();
                normalise(t).map(|p| plain(&p)) != Some(now)
            });
            if changed {
                warnings.push(
                    Diagnostic::new(
                        Code::L035,
                        words!("L035-locked-target-was-ignored", id = unit.id.to_string()),
                    )
                    .at(unit.span.clone(), words!("label-message-with-variants"))
                    .hint(words!(
                        "L035-translate-ftl-itself-hint",
                        tag = target.tag.to_string()
                    )),
                );
            }
            continue;
        };
        let hash = unit_hash(source, &unit.id);
        let stale = match &unit.source_hash {
            Some(theirs) => *theirs != hash,
            None => normalise(&unit.source).map(|p| plain(&p)) != Some(plain(&source_pieces)),
        };
        if stale && !accept_stale {
            errors.push(
                Diagnostic::new(
                    Code::L032,
                    words!(
                        "L032-was-translated-from-older",
                        id = unit.id.to_string(),
                        tag = source.tag.to_string()
                    ),
                )
                .at(unit.span.clone(), words!("label-translated-from-version"))
                .hint(words!(
                    "L032-then-hint",
                    text = (normalise(&unit.source)
                        .map(|p| plain(&p))
                        .unwrap_or_default())
                    .to_string()
                ))
                .hint(words!(
                    "L032-now-hint",
                    text = plain(&source_pieces).to_string()
                ))
                .hint(words!("L032-translate-unit-again-from-hint")),
            );
            continue;
        }
        let Some(theirs) = unit.target.as_ref().filter(|t| !is_blank(t)) else {
            continue;
        };
        let current_pieces = current_target
            .and_then(pieces)
            .map(|p| number_target(&source_pieces, p));
        let Some(new) = check_codes(
            unit,
            theirs,
            &source_pieces,
            current_pieces.as_deref(),
            &mut errors,
        ) else {
            continue;
        };
        let changed = current_pieces.as_ref().map(|c| same(c, &new)) != Some(true);
        if changed {
            changes.push((unit.id.clone(), fluent_text(&new), new));
            imported.changed.push(unit.id.clone());
        }
        // The lock records messages (not terms), by their id.
        let Some(message) =
            Some(unit.id.split('.').next().unwrap_or_default()).filter(|m| !m.starts_with('-'))
        else {
            continue;
        };
        // The state says it; `approved` (1.2) only where there is no state.
        let final_state = match unit.state.as_deref() {
            Some(state) => matches!(state, "final" | "signed-off"),
            None => unit.approved,
        };
        if stale {
            // Taken as it is, it stays marked stale: recorded against the
            // source it was made from, which is not today's.
            // A file without sengen's hashes came from an unknown earlier source.
            let old = unit.source_hash.clone().unwrap_or_else(|| "0".repeat(16));
            reviews.review(&lang, message, Some(old));
            imported.stale.push(unit.id.clone());
        } else if final_state {
            if lock.get(&lang, message).map(|r| r.hash.as_str()) != Some(hash.as_str()) {
                imported.reviewed.push(message.to_owned());
            }
            reviews.review(&lang, message, Some(hash));
        } else if changed && lock.get(&lang, message).is_some() {
            reviews.review(&lang, message, None);
        }
    }
    if unknown > MOST_NAMED {
        errors.push(
            Diagnostic::new(
                Code::L031,
                words!(
                    "L031-more-unknown",
                    count = unknown - MOST_NAMED,
                    tag = source.tag.to_string()
                ),
            )
            .hint(words!("L031-xliff-comes-from-another-hint")),
        );
    }
    if errors.has_errors() {
        return Err(Failure::Invalid(errors));
    }

    // The new text of the translation, read back, then checked with the
    // rest of the declaration, before anything is written.
    let mut changeset = Changeset::default();
    for (unit, fluent, _) in &changes {
        changeset.set_text(&lang, unit, fluent);
    }
    changeset.changes.extend(reviews.changes);
    let proposal = changeset.apply(folder)?;
    let ftl_name = format!("{}.ftl", target.tag);
    if proposal.changed().contains(&ftl_name.as_str()) {
        let new_text = proposal.text(&ftl_name).unwrap_or_default();
        verify(new_text, &changes, &source_pieces_of(source, &changes))?;
    }
    let mut after = Sources::default();
    let checked = proposal.prepare_translation_work(&mut after);
    if let Err(failure) = checked {
        *sources = after;
        return Err(failure);
    }
    if write {
        imported.written = proposal.commit()?.into_iter().map(|w| w.path).collect();
    }
    imported.changes = changeset;
    imported.warnings = warnings;
    Ok(imported)
}

/// The hash a unit's source has today: its message's as the lock keeps it
/// (a term's by the same rule).
fn unit_hash(source: &Language, unit: &str) -> String {
    let entry = unit.split('.').next().unwrap_or_default();
    if entry.starts_with('-') {
        super::term_hash(source, entry)
    } else {
        message_hash(source, entry).unwrap_or_default()
    }
}

/// A segment read from the file as sengen's pieces: its lines joined as
/// the export joins them; `None` when it holds an element sengen does not
/// write (the codes are judged apart, by `check_codes`).
fn normalise(read: &[ReadPiece]) -> Option<Vec<Piece>> {
    /// What a mark stands for while the lines are joined: a code, or a
    /// character of the text that is itself in the marks' block (a target
    /// may hold any character: it must stay text, never become a code).
    enum Marked<'r> {
        Code(&'r str, &'r str),
        Literal(char),
    }
    const FIRST: u32 = super::CODE_MARK;
    let mut joined = String::new();
    let mut marks: Vec<Marked> = Vec::new();
    fn mark<'r>(
        marked: Marked<'r>,
        joined: &mut String,
        marks: &mut Vec<Marked<'r>>,
    ) -> Option<()> {
        let c = char::from_u32(FIRST + marks.len() as u32).filter(|c| super::is_code_mark(*c))?;
        joined.push(c);
        marks.push(marked);
        Some(())
    }
    for piece in read {
        match &piece.piece {
            Piece::Text(text) => {
                for c in text.chars() {
                    if super::is_code_mark(c) {
                        mark(Marked::Literal(c), &mut joined, &mut marks)?;
                    } else {
                        joined.push(c);
                    }
                }
            }
            Piece::Code { id, equiv } => mark(Marked::Code(id, equiv), &mut joined, &mut marks)?,
        }
    }
    let text = super::join_lines(&joined);
    let mut out = Vec::new();
    let mut plain = String::new();
    for c in text.chars() {
        let marked = (c as u32)
            .checked_sub(FIRST)
            .and_then(|i| marks.get(i as usize));
        match marked {
            Some(Marked::Code(id, equiv)) => {
                if !plain.is_empty() {
                    out.push(Piece::Text(std::mem::take(&mut plain)));
                }
                out.push(Piece::Code {
                    id: (*id).to_owned(),
                    equiv: (*equiv).to_owned(),
                });
            }
            Some(Marked::Literal(literal)) => plain.push(*literal),
            None => plain.push(c),
        }
    }
    if !plain.is_empty() {
        out.push(Piece::Text(plain));
    }
    Some(out)
}

/// A target with no text and no code: left untranslated.
fn is_blank(target: &[ReadPiece]) -> bool {
    target
        .iter()
        .all(|p| matches!(&p.piece, Piece::Text(t) if t.trim().is_empty()))
}

/// Checks a target's codes against those the unit has (L033), and returns
/// it as pieces whose codes are the unit's own (their Fluent source from
/// the declaration, never from the file). A unit's codes are its source's,
/// and those of its current translation (a term of the translation's own);
/// the target must keep each code both have (or, for a first translation,
/// each of the source's), and add no other.
fn check_codes(
    unit: &ReadUnit,
    target: &[ReadPiece],
    source: &[Piece],
    current: Option<&[Piece]>,
    errors: &mut Diagnostics,
) -> Option<Vec<Piece>> {
    let codes = |pieces: &[Piece]| -> Vec<(String, String)> {
        pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Code { id, equiv } => Some((id.clone(), equiv.clone())),
                _ => None,
            })
            .collect()
    };
    let mut known: Vec<(String, String)> = codes(source);
    if let Some(current) = current {
        for code in codes(current) {
            if !known.contains(&code) {
                known.push(code);
            }
        }
    }
    let required: Vec<(String, String)> = match current {
        Some(current) => codes(current)
            .into_iter()
            .filter(|c| codes(source).contains(c) || c.0.starts_with('t'))
            .collect(),
        None => codes(source),
    };
    let before = errors.0.len();
    let mut used: Vec<String> = Vec::new();
    for piece in target {
        // Superscripts are the unit's codes: one typed as text would become
        // markup the source does not have.
        if let Piece::Text(text) = &piece.piece
            && (text.contains("<sup>") || text.contains("</sup>"))
        {
            errors.push(
                Diagnostic::new(
                    Code::L033,
                    words!(
                        "L033-text",
                        id = &unit.id,
                        problem = words!("L033-sup-as-text")
                    ),
                )
                .at(piece.span.clone(), words!("label-sup-as-text"))
                .hint(words!("L033-codes-stand-variables-terms-hint")),
            );
            continue;
        }
        let Piece::Code { id, equiv } = &piece.piece else {
            continue;
        };
        let problem = match known.iter().find(|(k, _)| k == id) {
            _ if id.is_empty() => Some(words!("L033-foreign-element", equiv = equiv)),
            None => Some(words!("L033-code-added", code = id)),
            Some((_, known_equiv)) if !equiv.is_empty() && equiv != known_equiv => Some(words!(
                "L033-code-altered",
                code = id,
                known = known_equiv,
                equiv = equiv
            )),
            Some(_) if used.contains(id) => Some(words!("L033-code-twice", code = id)),
            Some(_) => None,
        };
        used.push(id.clone());
        if let Some(problem) = problem {
            errors.push(
                Diagnostic::new(
                    Code::L033,
                    words!("L033-text", id = &unit.id, problem = problem),
                )
                .at(piece.span.clone(), words!("label-code"))
                .hint(words!("L033-codes-stand-variables-terms-hint")),
            );
        }
    }
    for (id, equiv) in &required {
        if !used.contains(id) {
            let span = target.last().map_or(unit.span.clone(), |p| p.span.clone());
            errors.push(
                Diagnostic::new(
                    Code::L033,
                    words!(
                        "L033-code-missing-from-target",
                        id = unit.id.to_string(),
                        code = id.to_string(),
                        equiv = equiv.to_string()
                    ),
                )
                .at(span, words!("label-target"))
                .hint(words!("L033-put-back-where-translation-hint")),
            );
        }
    }
    if errors.0.len() > before {
        return None;
    }
    // The codes' Fluent source is the declaration's, whatever the file says.
    let with_known: Vec<ReadPiece> = target
        .iter()
        .map(|p| ReadPiece {
            piece: match &p.piece {
                Piece::Code { id, .. } => Piece::Code {
                    id: id.clone(),
                    equiv: known
                        .iter()
                        .find(|(k, _)| k == id)
                        .map(|(_, e)| e.clone())
                        .unwrap_or_default(),
                },
                text => text.clone(),
            },
            span: p.span.clone(),
        })
        .collect();
    normalise(&with_known)
}

/// Whether two segments read the same (their codes compared by what they
/// stand for, not their ids).
fn same(a: &[Piece], b: &[Piece]) -> bool {
    plain(a) == plain(b)
        && a.iter().filter(|p| matches!(p, Piece::Code { .. })).count()
            == b.iter().filter(|p| matches!(p, Piece::Code { .. })).count()
}

/// Pieces read back from Fluent with the braces a text holds as text: the
/// import writes a `{` typed by the translator as `{"{"}`, which reads back
/// as a placeable.
fn braces_as_text(pieces: &[Piece]) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    for piece in pieces {
        let text = match piece {
            // A string literal of one brace, however it is spaced.
            Piece::Code { equiv, .. } if equiv.replace(' ', "") == "{\"{\"}" => "{",
            Piece::Code { equiv, .. } if equiv.replace(' ', "") == "{\"}\"}" => "}",
            Piece::Text(text) => text.as_str(),
            code => {
                out.push(code.clone());
                continue;
            }
        };
        match out.last_mut() {
            Some(Piece::Text(last)) => last.push_str(text),
            _ => out.push(Piece::Text(text.to_owned())),
        }
    }
    out
}

/// A segment as Fluent text on one line: codes as their Fluent source, the
/// braces of the text escaped.
fn fluent_text(pieces: &[Piece]) -> String {
    let mut out = String::new();
    for piece in pieces {
        match piece {
            Piece::Text(text) => {
                for c in text.chars() {
                    match c {
                        '{' => out.push_str("{\"{\"}"),
                        '}' => out.push_str("{\"}\"}"),
                        '\n' | '\r' => out.push(' '),
                        c => out.push(c),
                    }
                }
            }
            Piece::Code { equiv, .. } => out.push_str(equiv),
        }
    }
    out.trim().to_owned()
}

/// The source pieces of the changed units, by unit id.
fn source_pieces_of(
    source: &Language,
    changes: &[(String, String, Vec<Piece>)],
) -> BTreeMap<String, Vec<Piece>> {
    changes
        .iter()
        .filter_map(|(id, _, _)| {
            find_pattern(&source.resource, id)
                .and_then(pieces)
                .map(|p| (id.clone(), p))
        })
        .collect()
}

/// The new file parses, and each changed unit reads back as imported: a
/// safety net under the text written (a mistake here is sengen's).
fn verify(
    text: &str,
    changes: &[(String, String, Vec<Piece>)],
    sources: &BTreeMap<String, Vec<Piece>>,
) -> Result<(), Failure> {
    let broken = |detail: String| Failure::Internal(Internal::Broken(detail));
    let resource = FluentResource::try_new(text.to_owned())
        .map_err(|(_, e)| broken(format!("the imported translation does not parse: {e:?}")))?;
    for (id, _, expected) in changes {
        let found = find_pattern(&resource, id)
            .and_then(pieces)
            .map(|p| braces_as_text(&p))
            .map(|p| number_target(sources.get(id).map_or(&[][..], |s| s), p));
        if found.as_ref().map(|f| same(f, expected)) != Some(true) {
            return Err(broken(format!(
                "`{id}` does not read back as imported ({:?} for {:?})",
                found.map(|f| plain(&f)),
                plain(expected)
            )));
        }
    }
    Ok(())
}
