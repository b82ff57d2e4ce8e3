//! `sengen import`: a declaration folder from the draft it arrives in (a
//! .docx, a PDF, or text marked up as drafts circulate by e-mail), or a later draft
//! brought into an existing folder (`merge`).
//!
//! The draft is read (`docx`, `pdf`, `source`), its structure found by how it looks
//! (`structure`), its blocks given ids (`ids`) and its facts found or given
//! (`facts`); the folder's files are made (`files`) and prepared in memory
//! as any declaration is (`edit`: the stages over the files to be): the
//! localized draft says how each fact is written, so the facts typed in the
//! text become their variables exactly where the variable writes the same
//! characters; prepared again, every message must read as the draft did.
//! Only then is the folder written, whole: a failed import leaves nothing.

pub mod docx;
pub mod facts;
pub mod files;
pub mod ids;
pub mod merge;
pub mod own_lines;
pub mod pdf;
pub mod source;
pub mod structure;

use std::path::{Path, PathBuf};

use regex::Regex;
use unic_langid::LanguageIdentifier;

use crate::check::Document;
use crate::diagnostic::{Code, Diagnostic, Diagnostics, Failure, Sources};
use crate::diff::slots;
use crate::edit::{Changeset, Folder};
use crate::language::{self, Profile};
use crate::load::{self, SCHEMA_FILE};
use crate::localize::Text;
use crate::ui::Words;
use crate::words;
pub use facts::Given;
use facts::{Facts, Replacement};
use source::Source;
pub use structure::Landmarks;
use structure::Piece;

/// The most paragraphs a draft may have (Shizuoka's has 60).
pub const MOST_PARAGRAPHS: usize = 5000;

/// The largest marked-up text imported (the seed is 20 kB).
pub const LARGEST_TEXT: u64 = load::LARGEST_TEXT_FILE;

/// What `sengen import` was asked.
#[derive(Debug, Clone)]
pub struct Request {
    /// The draft: a .docx, a PDF, or marked-up text (.txt, .md).
    pub file: PathBuf,
    /// The draft's language.
    pub lang: String,
    /// The folder to write, or to bring the draft into.
    pub target: Target,
    /// Which headings are sections (the others are sub-sections).
    pub sections: Option<String>,
    /// The paragraphs named by their first words: preamble, title, dateline, closing.
    pub landmarks: Landmarks,
    pub given: Given,
    /// The draft is the adopted text, not a draft.
    pub final_text: bool,
    /// For a later draft: which of its changes to make.
    pub accept: Accept,
    /// How the draft is named to the user, when not by its path (an upload
    /// on the page, saved under a name of sengen's).
    pub shown_as: Option<String>,
    /// Write the files; else only say what they would be (`Imported::changes_made`).
    pub write: bool,
}

/// Which changes of a later draft (`Target::Into`) are made.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Accept {
    /// All of them: `import --into`.
    #[default]
    All,
    /// Those of these blocks (by message id): the rest stays as it is.
    Only(std::collections::BTreeSet<String>),
}

/// A change a later draft makes to one block, for a person to accept or not.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Decision {
    /// The block's message id.
    pub id: String,
    /// `updated` (reworded), `added`, `left-out` (no longer in the draft).
    pub verb: &'static str,
    /// Its kind, as `diff` names kinds (`paragraph`, `item`…).
    pub kind: &'static str,
    /// Its source text before (resolved, as it reads), and in the draft.
    pub old: Option<String>,
    pub new: Option<String>,
    /// The rewording, word by word.
    pub runs: Vec<crate::localize::text::Run>,
}

#[derive(Debug, Clone)]
pub enum Target {
    /// A new folder (absent or empty).
    New(PathBuf),
    /// An existing declaration folder, for a later draft of its text.
    Into(PathBuf),
}

/// What an import did, for its report.
#[derive(Debug, Default)]
pub struct Imported {
    pub dir: PathBuf,
    pub written: Vec<PathBuf>,
    /// « line 3 → preamble »: each block of the draft and the message it became.
    pub blocks: Vec<Words>,
    /// How many sections, sub-sections, paragraphs, items, commitments.
    pub outline: Outline,
    /// The facts found in the draft, and where.
    pub facts_found: Vec<Words>,
    /// « line 3, preamble: 35 → { $japan-count } ».
    pub replaced: Vec<Words>,
    /// Decisions on the way (paragraphs joined, how sections were told).
    pub notes: Vec<Words>,
    /// For a later draft: messages updated, added, left out of the structure.
    pub changes: Vec<Words>,
    /// What the draft has that a declaration has no place for (I005), and
    /// what `check` then finds in the folder.
    pub findings: Diagnostics,
    /// For a later draft: each block it changes, to accept or not.
    pub decisions: Vec<Decision>,
    /// For a later draft: the changes made (or, without `write`, to make),
    /// for a writer of its own (the page) to make them.
    pub changes_made: Changeset,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Outline {
    pub sections: usize,
    pub subsections: usize,
    pub paragraphs: usize,
    pub items: usize,
    pub commitments: usize,
}

/// Imports a draft as `request` asks. `sources` then holds the files the
/// findings quote.
pub fn import(request: &Request, sources: &mut Sources) -> Result<Imported, Failure> {
    let name = request
        .shown_as
        .clone()
        .unwrap_or_else(|| load::display_name(&request.file));
    let tag: LanguageIdentifier = request
        .lang
        .parse()
        .map_err(|_| unknown_language(&request.lang))?;
    let profile = language::profile(&tag)?.ok_or_else(|| unknown_language(&request.lang))?;
    let sections = request
        .sections
        .as_deref()
        .map(|pattern| {
            Regex::new(pattern).map_err(|e| {
                Diagnostic::new(
                    Code::I008,
                    words!(
                        "I008-sections-not-pattern",
                        pattern = format!("{:?}", pattern),
                        error = e.to_string()
                    ),
                )
                .hint(words!("I008-regular-expression-matching-section-hint"))
            })
        })
        .transpose()?;
    let mut source = read_source(&request.file, &name, &request.lang)?;
    // What sengen prints itself, in a draft taken from its own PDF; not
    // where the user names the paragraphs by their words.
    if request.landmarks.dateline.is_none() && request.landmarks.closing.is_none() {
        own_lines::leave_out(&mut source, &tag, profile);
    }
    // A declaration is dozens of paragraphs; a draft of tens of thousands
    // would make a text file sengen then refuses to read.
    if source.paragraphs.len() > MOST_PARAGRAPHS {
        return Err(Diagnostic::new(
            Code::I002,
            words!(
                "I002-too-many-paragraphs",
                name = &name,
                count = source.paragraphs.len(),
                most = MOST_PARAGRAPHS
            ),
        )
        .hint(words!("I002-too-many-paragraphs-hint"))
        .into());
    }
    let read = structure::read(
        &source.paragraphs,
        profile,
        sections.as_ref(),
        &request.landmarks,
        &name,
    )?;
    let mut findings = Diagnostics::default();
    for unmapped in &source.unmapped {
        findings.push(
            Diagnostic::new(
                Code::I005,
                words!(
                    "I005-has-no-place-declaration",
                    name = &name,
                    place = unmapped.place.words(),
                    what = unmapped.what
                ),
            )
            .hint(words!("I005-if-belongs-text-write-hint")),
        );
    }
    match &request.target {
        Target::New(dir) => {
            let mut imported = new_folder(request, &name, profile, read.document, dir, sources)?;
            imported.notes.extend(source.notes.iter().cloned());
            imported.notes.extend(read.notes);
            findings.extend(std::mem::take(&mut imported.findings));
            imported.findings = findings;
            Ok(imported)
        }
        Target::Into(dir) => {
            let mut imported = merge::into_folder(request, profile, read.document, dir, sources)?;
            imported.notes.extend(source.notes.iter().cloned());
            imported.notes.extend(read.notes);
            findings.extend(std::mem::take(&mut imported.findings));
            imported.findings = findings;
            Ok(imported)
        }
    }
}

fn unknown_language(lang: &str) -> Failure {
    Diagnostic::new(
        Code::L001,
        words!("L001-lang-sengen-has-no", lang = lang.to_string()),
    )
    .hint(words!(
        "L001-languages-sengen-knows-hint",
        available = language::available().join(", ").to_string()
    ))
    .into()
}

/// Reads the draft: a .docx by its content (a zip archive), a PDF by its
/// signature, a Word 97–2003 file refused, anything else read as marked-up UTF-8 text.
fn read_source(path: &Path, name: &str, lang: &str) -> Result<Source, Failure> {
    let too_large = |size: u64| {
        Diagnostic::new(
            Code::I002,
            words!(
                "I002-too-large-import-has",
                name = name.to_string(),
                size = size.to_string()
            ),
        )
        .hint(words!(
            "I002-sengen-imports-drafts-up-hint",
            limit = (docx::LARGEST_FILE / (1024 * 1024)).to_string()
        ))
    };
    let bytes = load::file::read(path, docx::LARGEST_FILE).map_err(|e| match e {
        load::file::ReadError::TooLarge(size) => too_large(size),
        load::file::ReadError::NotRegular(kind) => Diagnostic::new(
            Code::I001,
            words!(
                "I001-cannot-read-not-file",
                name = name.to_string(),
                kind = kind.key().to_string()
            ),
        )
        .hint(words!("I001-give-draft-file-docx-hint")),
        load::file::ReadError::NotFound(e) | load::file::ReadError::Io(e) => Diagnostic::new(
            Code::I001,
            words!(
                "I001-cannot-read",
                name = name.to_string(),
                reason = crate::diagnostic::io_reason(&e)
            ),
        )
        .hint(words!("I001-check-path-file-s-hint")),
    })?;
    let size = bytes.len() as u64;
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_lowercase();
    // A PDF (an earlier edition as a website gives it) by its content,
    // whatever its name says.
    if pdf::is_pdf(&bytes) || (extension == "pdf" && !bytes.starts_with(b"PK\x03\x04")) {
        return Ok(pdf::read(bytes, name, lang)?);
    }
    let zipped = bytes.starts_with(b"PK\x03\x04");
    let word97 = bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]);
    if extension == "docx" || zipped || word97 || bytes.is_empty() {
        return Ok(docx::read(&bytes, name)?);
    }
    if size > LARGEST_TEXT {
        return Err(Diagnostic::new(
            Code::I002,
            words!(
                "I002-too-large-import-has",
                name = name.to_string(),
                size = size.to_string()
            ),
        )
        .hint(words!("I002-declaration-s-text-rarely-hint"))
        .into());
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let (line, column) = crate::xml::line_column(e.as_bytes(), valid);
        Diagnostic::new(
            Code::I001,
            words!(
                "I001-neither-docx-nor-utf",
                name = name.to_string(),
                line = line,
                column = column
            ),
        )
        .hint(words!("I001-save-draft-docx-text-hint"))
    })?;
    Ok(source::read_marked(text.trim_start_matches('\u{feff}')))
}

/// The facts a declaration needs, or every one missing at once (I007),
/// each with the option that settles it, as this draft suggests it.
fn required(
    facts: &Facts,
    name: &str,
    document: &Document<Piece>,
    profile: &Profile,
) -> Result<(), Failure> {
    let suggested = facts::suggestions(document, profile);
    let mut missing = Diagnostics::default();
    // `what`: adoption, place or counts, a key of the wording.
    let mut need = |what: &'static str, example: Option<String>| {
        let hint = match example {
            Some(example) => words!(
                "I007-give-command-line-hint",
                what = what,
                example = example
            ),
            None => {
                let ids: Vec<String> = profile
                    .import
                    .delegations
                    .keys()
                    .map(|id| format!("--count {id}=N"))
                    .collect();
                words!(
                    "I007-give-command-line-unknown-hint",
                    what = what,
                    example = ids.join(" ")
                )
            }
        };
        missing.push(
            Diagnostic::new(
                Code::I007,
                words!("I007-not-found-draft", name = name, what = what),
            )
            .hint(hint),
        );
    };
    if facts.adoption.is_none() {
        need("adoption", suggested.adoption);
    }
    if facts.place.is_none() {
        need("place", None);
    }
    let counts_disputed = facts
        .conflicts
        .iter()
        .any(|c| matches!(c.fact, facts::Disputed::Count(_)));
    if facts.counts.is_empty() && !counts_disputed {
        need("counts", suggested.counts);
    }
    // A fact given twice, two ways: the command line says which is right.
    for conflict in &facts.conflicts {
        let (what, id) = match &conflict.fact {
            facts::Disputed::Edition => ("edition", String::new()),
            facts::Disputed::Count(id) => ("count", id.clone()),
        };
        missing.push(
            Diagnostic::new(
                Code::I011,
                words!(
                    "I011-fact-given-twice",
                    name = name,
                    what = what,
                    id = &id,
                    first = conflict.first.0,
                    first_place = conflict.first.1.clone(),
                    second = conflict.second.0,
                    second_place = conflict.second.1.clone()
                ),
            )
            .hint(words!(
                "I011-say-which-hint",
                what = what,
                id = &id,
                first = conflict.first.0,
                second = conflict.second.0
            )),
        );
    }
    if missing.has_errors() {
        Err(Failure::Invalid(missing))
    } else {
        Ok(())
    }
}

/// The messages of a document, in reading order: id, piece of the draft.
fn messages<'d>(
    ids: &'d Document<String>,
    pieces: &'d Document<Piece>,
) -> Vec<(&'d str, &'d Piece)> {
    slots(ids)
        .iter()
        .map(|s| s.leaf.as_str())
        .zip(slots(pieces).iter().map(|s| s.leaf))
        .collect()
}

/// How many of each block.
fn outline(ids: &Document<String>) -> Outline {
    use crate::check::Block;
    let mut outline = Outline {
        sections: ids.sections.len(),
        subsections: ids.sections.iter().map(|s| s.subsections.len()).sum(),
        ..Outline::default()
    };
    for block in ids.blocks() {
        match block {
            Block::Paragraph(_) => outline.paragraphs += 1,
            Block::Items(list) => outline.items += list.len(),
            Block::Commitments(list) => outline.commitments += list.len(),
        }
    }
    outline
}

/// Writes a new declaration folder for the draft.
fn new_folder(
    request: &Request,
    name: &str,
    profile: &Profile,
    document: Document<Piece>,
    dir: &Path,
    sources: &mut Sources,
) -> Result<Imported, Failure> {
    if dir.exists() && !dir.is_dir() {
        return Err(Diagnostic::new(
            Code::I009,
            words!("I009-not-a-folder", dir = dir.display().to_string()),
        )
        .hint(words!("I009-import-writes-new-folder-hint"))
        .into());
    }
    let occupied = std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_some());
    if occupied {
        return Err(Diagnostic::new(
            Code::I009,
            words!(
                "I009-already-exists-not-empty",
                dir = dir.display().to_string()
            ),
        )
        .hint(words!("I009-import-writes-new-folder-hint"))
        .into());
    }
    let id = crate::new::id_for(dir)?;
    let facts = facts::find(&document, profile, request.given.clone());
    required(&facts, name, &document, profile)?;
    let ids = ids::assign(&document, profile, &Default::default());
    let messages = messages(&ids, &document);
    let source_name = file_name(&request.file);
    // Each delegation the language has a name for is named, as its
    // signature pages head it.
    let names: Vec<(String, &str)> = facts
        .counts
        .iter()
        .filter_map(|(id, _)| {
            let name = profile.import.delegation_names.get(id)?;
            Some((files::delegation_name_id(id), name.as_str()))
        })
        .collect();
    let named: Vec<&str> = facts
        .counts
        .iter()
        .map(|(id, _)| id.as_str())
        .filter(|id| profile.import.delegation_names.contains_key(*id))
        .collect();
    let toml = files::declaration_toml(
        &files::Head {
            id: &id,
            lang: &request.lang,
            final_text: request.final_text,
            source_name: &source_name,
        },
        &facts,
        &ids,
        &named,
    );
    let place = facts.place.clone().unwrap_or_default();
    let texts = |replacements: &[Vec<Replacement>]| -> String {
        let mut list: Vec<files::Message> = messages
            .iter()
            .zip(replacements)
            .map(|((id, piece), replacements)| files::Message {
                id,
                text: &piece.text,
                replacements,
                comment: None,
            })
            .collect();
        list.push(files::Message {
            id: "adoption-place",
            text: &place,
            replacements: &[],
            comment: Some("The place of adoption, as the dateline names it".to_owned()),
        });
        for (n, (id, name)) in names.iter().enumerate() {
            list.push(files::Message {
                id,
                text: name,
                replacements: &[],
                comment: (n == 0)
                    .then(|| "The delegations, as their signature pages head them".to_owned()),
            });
        }
        files::ftl(&source_name, &list)
    };
    let none: Vec<Vec<Replacement>> = messages.iter().map(|_| Vec::new()).collect();

    // The folder as it would be, tried in memory (`edit`): nothing is on
    // disk until it is whole.
    let folder = Folder::new_folder(dir);
    let ftl_name = format!("{}.ftl", request.lang);
    let propose = |ftl: &str| {
        let mut changes = Changeset::default();
        changes.create(SCHEMA_FILE, toml.clone().into_bytes());
        changes.create(&ftl_name, ftl.as_bytes().to_vec());
        changes.apply(&folder)
    };
    let mut proposal = propose(&texts(&none))?;

    let mut imported = Imported {
        dir: dir.to_path_buf(),
        outline: outline(&ids),
        facts_found: facts.found.clone(),
        blocks: messages
            .iter()
            .map(|(id, piece)| words!("import-block", place = piece.place.words(), id = *id))
            .collect(),
        ..Imported::default()
    };
    // The facts typed by hand, as their variables, where each writes the same.
    let mut probe = Sources::default();
    if let Ok(prepared) = proposal.prepare(&mut probe) {
        let values = prepared
            .localized
            .editions
            .first()
            .map(|e| e.facts.clone())
            .unwrap_or_default();
        let mut replacements: Vec<Vec<Replacement>> = messages
            .iter()
            .map(|(_, piece)| facts::replacements(&piece.text, profile, &facts, &values))
            .collect();
        // Each message must read as the draft did; one that does not keeps its text.
        let mut again = Sources::default();
        if let Ok(prepared) = propose(&texts(&replacements))?.prepare(&mut again) {
            let resolved = prepared.localized.editions.first().map(|e| {
                slots(&e.document)
                    .iter()
                    .map(|s| s.leaf.as_str().to_owned())
                    .collect::<Vec<_>>()
            });
            if let Some(resolved) = resolved {
                for (k, (id, piece)) in messages.iter().enumerate() {
                    if resolved.get(k).map(String::as_str) != Some(Text::new(&piece.text).as_str())
                    {
                        replacements[k].clear();
                        imported
                            .notes
                            .push(words!("import-note-facts-as-typed", id = *id));
                    }
                }
            }
        } else {
            replacements.iter_mut().for_each(Vec::clear);
        }
        proposal = propose(&texts(&replacements))?;
        for ((id, piece), replacements) in messages.iter().zip(&replacements) {
            for r in replacements {
                imported.replaced.push(words!(
                    "import-replaced",
                    place = piece.place.words(),
                    id = *id,
                    typed = &piece.text[r.range.clone()],
                    variable = r.placeable()
                ));
            }
        }
    }
    // What the folder will say, as `check` would; then the folder, whole.
    let checked = match proposal.prepare(sources) {
        Ok(prepared) => prepared.warnings,
        Err(Failure::Invalid(diagnostics)) => diagnostics,
        Err(internal) => return Err(internal),
    };
    // Days found that the folder does not keep: said, with what keeps them.
    if let Some((opens, closes)) = facts.meeting_unrecorded {
        imported.findings.push(
            Diagnostic::new(
                Code::I012,
                words!(
                    "I012-meeting-without-edition",
                    name = name,
                    opens = opens.to_string(),
                    closes = closes.to_string()
                ),
            )
            .hint(words!("I012-give-edition-hint")),
        );
    }
    imported.findings.extend(checked);
    if request.write {
        imported.written = proposal.commit()?.into_iter().map(|w| w.path).collect();
    }
    Ok(imported)
}

/// A file's name without its folder, as the comments of the files name it.
fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}
