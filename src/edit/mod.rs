//! The one way a declaration's own files change: every writer (`check
//! --fix`, the page of `sengen serve`, `xliff import`, `import --into`,
//! `new`, `translations --mark-reviewed`) describes what it wants as a
//! `Changeset`, a value; the changes are made in memory against the folder
//! as it was read (a `Folder`), giving a `Proposal`: the new bytes of the
//! files that change, and nothing for a change that changes nothing. The
//! proposal is checked by the ordinary stages over the folder with those
//! files standing in (`load::Overlay`: no temporary copy), then committed:
//! every file written beside itself and renamed into place, several files
//! all or none, and only over files that still hold what was read.
//!
//! Edits are minimal (`ftl`, `toml`): a message's unchanged lines, a
//! value's comment, a CRLF line end, a byte-order mark stay as they were.

pub mod blocks;
pub mod ftl;
pub mod toml;

use std::collections::BTreeMap;
use std::io::Write as _;
use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::check::{Checked, Document};
use crate::diagnostic::{Code, Diagnostic, Diagnostics, Failure, Internal, Sources};
use crate::load::{self, LOCK_FILE, Overlay, SCHEMA_FILE, file};
use crate::localize::Prepared;
use crate::pipeline;
use crate::words;
pub use toml::{Fact, FactValue, NewBlock};

const BOM: &str = "\u{feff}";

/// A declaration folder's input files as read at one moment: what changes
/// are made against, and what the disk must still hold when they are written.
#[derive(Debug, Clone)]
pub struct Folder {
    dir: PathBuf,
    /// By file name, the bytes read.
    files: BTreeMap<String, Vec<u8>>,
    /// Whether the folder exists (a new declaration's does not yet).
    exists: bool,
    /// Its files are a proposal's, in memory, not what the disk holds:
    /// read, they stand for the whole folder.
    in_memory: bool,
}

impl Folder {
    /// Reads the input files of the declaration in `dir`.
    pub fn read(dir: &Path) -> Result<Folder, Failure> {
        let names = load::input_files(dir).map_err(|e| {
            Failure::from(
                Diagnostic::new(
                    Code::S001,
                    words!(
                        "S001-cannot-read-declaration-folder",
                        dir = dir.display().to_string(),
                        reason = crate::diagnostic::io_reason(&e)
                    ),
                )
                .hint(words!("S001-give-folder-holds-declaration-hint")),
            )
        })?;
        // A file that cannot be read (a FIFO, one too large) is left out:
        // loading reports it, and no change can be made to it.
        let files = names
            .into_iter()
            .filter_map(|name| {
                let bytes = file::read(&dir.join(&name), load::LARGEST_TEXT_FILE).ok()?;
                Some((name, bytes))
            })
            .collect();
        Ok(Folder {
            dir: dir.to_path_buf(),
            files,
            exists: true,
            in_memory: false,
        })
    }

    /// A folder as files standing for the whole of it (a revision, an
    /// archive), in memory: to read or to compare, never to write.
    pub fn from_overlay(dir: &Path, overlay: &Overlay) -> Folder {
        Folder {
            dir: dir.to_path_buf(),
            files: overlay
                .files()
                .map(|(name, text)| (name.to_owned(), text.as_bytes().to_vec()))
                .collect(),
            exists: true,
            in_memory: true,
        }
    }

    /// A folder to create: `dir` must not exist, or be empty.
    pub fn new_folder(dir: &Path) -> Folder {
        Folder {
            dir: dir.to_path_buf(),
            files: BTreeMap::new(),
            exists: std::fs::read_dir(dir).is_ok(),
            in_memory: false,
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The bytes of one of its files, as read.
    pub fn bytes(&self, name: &str) -> Option<&[u8]> {
        self.files.get(name).map(Vec::as_slice)
    }

    /// The text of one of its files, as loading reads it (its byte-order
    /// mark dropped); `None` when it has no such file or it is not UTF-8.
    pub fn text(&self, name: &str) -> Option<&str> {
        let text = std::str::from_utf8(self.files.get(name)?).ok()?;
        Some(text.strip_prefix(BOM).unwrap_or(text))
    }

    /// The names of its files.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.files.keys().map(String::as_str)
    }

    /// The declaration as these files say it: loaded, checked and localized
    /// from what was read (a file that could not be read is read again, and
    /// its problem reported), so that the findings' places are places in
    /// the texts changes are made to.
    pub fn prepare(&self, sources: &mut Sources) -> Result<Prepared, Failure> {
        pipeline::prepare_with(&self.dir, &self.as_read(), sources)
    }

    /// The declaration as these files say it, checked for translation work:
    /// a translation's missing messages are work to do, not errors.
    pub fn prepare_translation_work(&self, sources: &mut Sources) -> Result<Checked, Failure> {
        pipeline::prepare_translation_work_with(&self.dir, &self.as_read(), sources)
    }

    /// The declaration as these files say it, a translation's missing
    /// messages allowed: where a translation lacks a message of the source,
    /// the source's text stands in for it (in memory only), so that the
    /// declaration can be shown, edited and previewed while its
    /// translations catch up; the messages stood in for, by language and id.
    /// What the page reads: a paragraph just added is a translation to
    /// do, not an error that blocks the page. A build still refuses it.
    pub fn prepare_with_stand_ins(
        &self,
        sources: &mut Sources,
    ) -> Result<(Prepared, Vec<(String, String)>), Failure> {
        let failure = match self.prepare(sources) {
            Ok(prepared) => return Ok((prepared, Vec::new())),
            // Only a translation's missing messages (F010) are stood in
            // for: a folder with any other error is said at once, without
            // reading it again (the check as one types meets them often).
            Err(Failure::Invalid(d)) if !only_missing_translations(&d) => {
                return Err(Failure::Invalid(d));
            }
            Err(failure @ Failure::Invalid(_)) => failure,
            Err(internal) => return Err(internal),
        };
        let (stand_ins, missing) = match self.stand_ins() {
            Some(found) if !found.1.is_empty() => found,
            _ => return Err(failure),
        };
        let Ok(proposal) = stand_ins.apply(self) else {
            return Err(failure);
        };
        let mut with = Sources::default();
        match proposal.prepare(&mut with) {
            Ok(mut prepared) => {
                // What is found in a stand-in (added at the end of its
                // file) is not the translation's: it has none yet.
                let stood_in = |d: &Diagnostic| {
                    d.primary.as_ref().is_some_and(|(span, _)| {
                        let name = with.name(span.file);
                        self.names().any(|file| {
                            name.ends_with(file)
                                && file.ends_with(".ftl")
                                && self.text(file).is_some_and(|t| span.range.start >= t.len())
                        })
                    })
                };
                prepared.warnings.0.retain(|d| !stood_in(d));
                *sources = with;
                Ok((prepared, missing))
            }
            Err(_) => Err(failure),
        }
    }

    /// The folder with the source's text standing in for each message a
    /// translation lacks (added at the end of its file), and those messages;
    /// `None` when the declaration does not read even for translation work.
    pub fn with_stand_ins(&self) -> Option<(Folder, Vec<(String, String)>)> {
        let (stand_ins, missing) = self.stand_ins()?;
        let proposal = stand_ins.apply(self).ok()?;
        Some((proposal.to_folder(), missing))
    }

    /// The changes that stand the source's text in for each missing
    /// message of a translation, and those messages.
    fn stand_ins(&self) -> Option<(Changeset, Vec<(String, String)>)> {
        let mut scratch = Sources::default();
        let checked = self.prepare_translation_work(&mut scratch).ok()?;
        let declaration = &checked.declaration;
        let source = declaration.languages.first()?;
        let mut changes = Changeset::default();
        let mut missing = Vec::new();
        for (language, id, status) in crate::check::lint::translations::statuses(declaration) {
            if status != crate::check::lint::translations::Status::Missing {
                continue;
            }
            let range = crate::fluent::pattern_range(&source.resource, &id)?;
            let tag = language.tag.to_string();
            changes.push(Change::AddMessage {
                lang: tag.clone(),
                id: id.clone(),
                text: ftl::reads(&source.resource.source()[range]),
                after: None,
                comment: None,
            });
            missing.push((tag, id));
        }
        Some((changes, missing))
    }

    /// Every file as read, standing for the whole folder (the disk is not
    /// read again): a draft `diff` compares, as it was at this moment.
    pub fn whole_overlay(&self) -> Overlay {
        let mut overlay = Overlay::whole();
        for name in self.names() {
            if let Some(text) = self.text(name) {
                overlay = overlay.with(name, text.to_owned());
            }
        }
        overlay
    }

    /// The texts as read, standing in for the files: the stages see what
    /// changes are made to, not the disk again.
    fn as_read(&self) -> Overlay {
        // A folder in memory is all there is: the disk is not read.
        let mut overlay = if self.in_memory {
            Overlay::whole()
        } else {
            Overlay::default()
        };
        for name in self.names() {
            if let Some(text) = self.text(name) {
                overlay = overlay.with(name, text.to_owned());
            }
        }
        overlay
    }
}

/// One change to a declaration's files.
#[derive(Debug, Clone)]
pub enum Change {
    /// `unit` of `<lang>.ftl` (`id`, `id.attr`, `-term`, `-term.attr`) says
    /// `text` (Fluent source, its lines joined or as typed); added at the
    /// end of the file when the file lacks it.
    Text {
        lang: String,
        unit: String,
        text: String,
    },
    /// A new message, after the entry `after` (at the end when `None`).
    AddMessage {
        lang: String,
        id: String,
        text: String,
        after: Option<String>,
        /// Comment lines above it, `#` included.
        comment: Option<String>,
    },
    /// A message removed, with its comment.
    RemoveMessage { lang: String, id: String },
    /// The bytes of `range` of file `file` (as read: the folder's text, its
    /// byte-order mark dropped) replaced: the fixes diagnostics carry.
    /// Made before the other changes of the same file.
    Splice {
        file: String,
        range: Range<usize>,
        replacement: String,
    },
    /// A fact of `declaration.toml`.
    Fact { fact: Fact, value: FactValue },
    /// A block added to the body after the block of message `after`.
    AddBlock { block: NewBlock, after: String },
    /// The block of message `id` removed from the body.
    RemoveBlock { id: String },
    /// The structure (`[document]`) replaced by this one.
    Structure(Document<String>),
    /// `lang`'s message `id` recorded in `translations.lock` as reviewed
    /// against the source whose hash is `hash`; forgotten with `None`.
    Review {
        lang: String,
        id: String,
        hash: Option<String>,
    },
    /// A file of a new folder (or one the folder lacks), whole.
    Create { file: String, bytes: Vec<u8> },
    /// The declaration's languages (`languages` of `declaration.toml`).
    Languages(Vec<String>),
}

/// Changes to a declaration's files, made in order.
#[derive(Debug, Clone, Default)]
pub struct Changeset {
    pub changes: Vec<Change>,
}

impl Changeset {
    pub fn push(&mut self, change: Change) -> &mut Self {
        self.changes.push(change);
        self
    }

    pub fn set_text(&mut self, lang: &str, unit: &str, text: &str) -> &mut Self {
        self.push(Change::Text {
            lang: lang.to_owned(),
            unit: unit.to_owned(),
            text: text.to_owned(),
        })
    }

    pub fn set_fact(&mut self, fact: Fact, value: FactValue) -> &mut Self {
        self.push(Change::Fact { fact, value })
    }

    pub fn review(&mut self, lang: &str, id: &str, hash: Option<String>) -> &mut Self {
        self.push(Change::Review {
            lang: lang.to_owned(),
            id: id.to_owned(),
            hash,
        })
    }

    pub fn create(&mut self, file: &str, bytes: Vec<u8>) -> &mut Self {
        self.push(Change::Create {
            file: file.to_owned(),
            bytes,
        })
    }

    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// The files as these changes leave them, made in memory against `folder`.
    pub fn apply<'f>(&self, folder: &'f Folder) -> Result<Proposal<'f>, Failure> {
        let mut texts: BTreeMap<String, Working> = BTreeMap::new();
        // Splices name bytes of the files as read: made first, all at once.
        let mut splices: BTreeMap<&str, Vec<(Range<usize>, &str)>> = BTreeMap::new();
        for change in &self.changes {
            if let Change::Splice {
                file,
                range,
                replacement,
            } = change
            {
                splices
                    .entry(file.as_str())
                    .or_default()
                    .push((range.clone(), replacement.as_str()));
            }
        }
        for (name, edits) in splices {
            let working = working(&mut texts, folder, name)?;
            let (spliced, _) = ftl::splice(&working.text, edits);
            working.text = spliced;
        }
        for change in &self.changes {
            self.make(change, folder, &mut texts)?;
        }
        let mut files = Vec::new();
        for (name, working) in texts {
            let bytes = working.bytes();
            if folder.bytes(&name) != Some(bytes.as_slice()) {
                files.push((name, bytes));
            }
        }
        Ok(Proposal { folder, files })
    }

    fn make(
        &self,
        change: &Change,
        folder: &Folder,
        texts: &mut BTreeMap<String, Working>,
    ) -> Result<(), Failure> {
        let ftl_name = |lang: &str| format!("{lang}.ftl");
        match change {
            Change::Splice { .. } => {}
            Change::Text { lang, unit, text } => {
                let w = working(texts, folder, &ftl_name(lang))?;
                if let Some(new) =
                    ftl::set_unit(&w.text, unit, text, w.newline).map_err(refused_ftl)?
                {
                    w.text = new;
                }
            }
            Change::AddMessage {
                lang,
                id,
                text,
                after,
                comment,
            } => {
                let w = working(texts, folder, &ftl_name(lang))?;
                w.text = ftl::add_message(
                    &w.text,
                    id,
                    text,
                    after.as_deref(),
                    comment.as_deref(),
                    w.newline,
                )
                .map_err(refused_ftl)?;
            }
            Change::RemoveMessage { lang, id } => {
                let w = working(texts, folder, &ftl_name(lang))?;
                w.text = ftl::remove_message(&w.text, id, w.newline).map_err(refused_ftl)?;
            }
            Change::Fact { fact, value } => {
                let w = working(texts, folder, SCHEMA_FILE)?;
                w.text = toml::set_fact(&w.text, fact, value).map_err(refused_toml)?;
            }
            Change::AddBlock { block, after } => {
                let w = working(texts, folder, SCHEMA_FILE)?;
                w.text = toml::add_block(&w.text, block, after).map_err(refused_toml)?;
            }
            Change::RemoveBlock { id } => {
                let w = working(texts, folder, SCHEMA_FILE)?;
                w.text = toml::remove_block(&w.text, id).map_err(refused_toml)?;
            }
            Change::Structure(ids) => {
                let w = working(texts, folder, SCHEMA_FILE)?;
                w.text = toml::set_structure(&w.text, ids).map_err(refused_toml)?;
            }
            Change::Review { lang, id, hash } => {
                let w = match working(texts, folder, LOCK_FILE) {
                    Ok(w) => w,
                    Err(_) if folder.bytes(LOCK_FILE).is_none() => {
                        texts.insert(LOCK_FILE.to_owned(), Working::new(""));
                        texts.get_mut(LOCK_FILE).expect("just inserted")
                    }
                    Err(failure) => return Err(failure),
                };
                w.text =
                    toml::set_review(&w.text, lang, id, hash.as_deref()).map_err(refused_toml)?;
            }
            Change::Languages(tags) => {
                let w = working(texts, folder, SCHEMA_FILE)?;
                w.text = toml::set_languages(&w.text, tags).map_err(refused_toml)?;
            }
            Change::Create { file, bytes } => {
                if !load::is_input_file(file) {
                    return Err(
                        Internal::Broken(format!("{file} is not a declaration's file")).into(),
                    );
                }
                let text = String::from_utf8(bytes.clone())
                    .map_err(|_| Internal::Broken(format!("the new {file} is not UTF-8")))?;
                texts.insert(file.clone(), Working::new(&text));
            }
        }
        Ok(())
    }
}

/// A file's text while changes are made to it.
struct Working {
    bom: bool,
    text: String,
    newline: &'static str,
}

impl Working {
    fn new(text: &str) -> Working {
        let bom = text.starts_with(BOM);
        let text = text.strip_prefix(BOM).unwrap_or(text).to_owned();
        // The file's own line ends, as its first line shows them.
        let newline = match text.find('\n') {
            Some(n) if n > 0 && text.as_bytes()[n - 1] == b'\r' => "\r\n",
            _ => "\n",
        };
        Working { bom, text, newline }
    }

    fn bytes(&self) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(self.text.len() + 3);
        if self.bom {
            bytes.extend_from_slice(BOM.as_bytes());
        }
        bytes.extend_from_slice(self.text.as_bytes());
        bytes
    }
}

/// The working text of a file of the folder, read the first time it is asked.
fn working<'t>(
    texts: &'t mut BTreeMap<String, Working>,
    folder: &Folder,
    name: &str,
) -> Result<&'t mut Working, Failure> {
    if !texts.contains_key(name) {
        let Some(bytes) = folder.bytes(name) else {
            return Err(Failure::from(
                Diagnostic::new(
                    Code::C013,
                    words!("C013-declaration-has-no-file", name = name.to_string()),
                )
                .hint(words!("C013-change-can-name-only-hint")),
            ));
        };
        let text = std::str::from_utf8(bytes).map_err(|_| {
            Failure::from(
                Diagnostic::new(
                    Code::S002,
                    words!("S002-not-valid-utf-8", name = name.to_string()),
                )
                .hint(words!("S002-save-file-utf-8-hint")),
            )
        })?;
        texts.insert(name.to_owned(), Working::new(text));
    }
    Ok(texts.get_mut(name).expect("just inserted"))
}

fn refused_ftl(refusal: ftl::Refusal) -> Failure {
    let (message, hint) = match refusal {
        ftl::Refusal::NoSuchEntry(id) => (
            words!("C013-no-message", id = id),
            words!("C013-no-message-hint"),
        ),
        ftl::Refusal::AlreadyThere(id) => (
            words!("C013-message-exists", id = id),
            words!("C013-message-exists-hint"),
        ),
    };
    Failure::from(Diagnostic::new(Code::C013, message).hint(hint))
}

fn refused_toml(refusal: toml::Refusal) -> Failure {
    let (message, hint) = match refusal {
        toml::Refusal::Unreadable => (
            words!("C013-toml-unreadable"),
            words!("C013-toml-unreadable-hint"),
        ),
        toml::Refusal::NoSuchFact(path) => (
            words!("C013-no-fact", path = path),
            words!("C013-no-fact-hint"),
        ),
        toml::Refusal::NoSuchBlock(id) => (
            words!("C013-no-block", id = id),
            words!("C013-no-block-hint"),
        ),
        toml::Refusal::AlreadyThere(id) => (
            words!("C013-block-exists", id = id),
            words!("C013-block-exists-hint"),
        ),
    };
    Failure::from(Diagnostic::new(Code::C013, message).hint(hint))
}

/// The files a changeset changes, as it leaves them: made, not yet written.
pub struct Proposal<'f> {
    folder: &'f Folder,
    /// By file name, the new bytes of each file that changes.
    files: Vec<(String, Vec<u8>)>,
}

/// A file a commit wrote.
#[derive(Debug, Clone)]
pub struct Written {
    pub name: String,
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

impl<'f> Proposal<'f> {
    /// Whether nothing changes.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Each file that changes, and its new bytes.
    pub fn files(&self) -> impl Iterator<Item = (&str, &[u8])> {
        self.files.iter().map(|(n, b)| (n.as_str(), b.as_slice()))
    }

    /// The names of the files that change.
    pub fn changed(&self) -> Vec<&str> {
        self.files.iter().map(|(n, _)| n.as_str()).collect()
    }

    /// The new text of a file (its byte-order mark dropped), changed or not.
    pub fn text(&self, name: &str) -> Option<&str> {
        match self.files.iter().find(|(n, _)| n == name) {
            Some((_, bytes)) => {
                let text = std::str::from_utf8(bytes).ok()?;
                Some(text.strip_prefix(BOM).unwrap_or(text))
            }
            None => self.folder.text(name),
        }
    }

    /// The folder as this proposal leaves it, in memory, to read or to
    /// compare (a change made against it is never written: the disk does
    /// not hold these bytes, and its commit refuses).
    pub fn to_folder(&self) -> Folder {
        let mut files = self.folder.files.clone();
        for (name, bytes) in &self.files {
            files.insert(name.clone(), bytes.clone());
        }
        Folder {
            dir: self.folder.dir.clone(),
            files,
            exists: self.folder.exists,
            in_memory: true,
        }
    }

    /// Every file of the folder as this proposal leaves it, standing for the
    /// whole folder (the disk is not read): a draft `diff` compares.
    pub fn whole_overlay(&self) -> Overlay {
        self.to_folder().whole_overlay()
    }

    /// The changed files standing in for the folder's (and, over a folder
    /// in memory, every file of it: the disk holds other bytes).
    pub fn overlay(&self) -> Overlay {
        let mut overlay = if self.folder.in_memory {
            self.folder.as_read()
        } else {
            Overlay::default()
        };
        for (name, _) in &self.files {
            if let Some(text) = self.text(name) {
                overlay = overlay.with(name, text.to_owned());
            }
        }
        overlay
    }

    /// The declaration as it would be: loaded, checked and localized by the
    /// ordinary stages over the folder with the changed files standing in.
    pub fn prepare(&self, sources: &mut Sources) -> Result<Prepared, Failure> {
        pipeline::prepare_with(&self.folder.dir, &self.overlay(), sources)
    }

    /// The declaration as it would be, checked for translation work (a
    /// translation brought in may leave other messages still to translate).
    pub fn prepare_translation_work(&self, sources: &mut Sources) -> Result<Checked, Failure> {
        pipeline::prepare_translation_work_with(&self.folder.dir, &self.overlay(), sources)
    }

    /// Checks the declaration as it would be, and writes it only when it
    /// has no error: every file byte-identical otherwise. Its findings and
    /// what was written.
    pub fn check_and_commit(
        self,
        sources: &mut Sources,
    ) -> Result<(Prepared, Vec<Written>), Failure> {
        let prepared = self.prepare(sources)?;
        let written = self.commit()?;
        Ok((prepared, written))
    }

    /// Writes the changed files: each to a temporary file beside it, then
    /// all renamed into place; if one cannot be, those already renamed get
    /// their old bytes back. Refused (C012) when a file no longer holds what
    /// was read: a change made meanwhile by another program is never
    /// overwritten. A new folder is written whole beside its place, then
    /// renamed into it.
    pub fn commit(self) -> Result<Vec<Written>, Failure> {
        if self.files.is_empty() {
            return Ok(Vec::new());
        }
        let dir = &self.folder.dir;
        if !self.folder.exists && !dir.exists() {
            return commit_new_folder(dir, &self.files);
        }
        for (name, _) in &self.files {
            let path = dir.join(name);
            let now = match file::read(&path, load::LARGEST_TEXT_FILE) {
                Ok(bytes) => Some(bytes),
                Err(file::ReadError::NotFound(_)) => None,
                Err(e) => {
                    return Err(
                        Internal::io("read", &path, std::io::Error::other(e.to_string())).into(),
                    );
                }
            };
            if now.as_deref() != self.folder.bytes(name) {
                return Err(changed_meanwhile(&path).into());
            }
        }
        let mut staged = Vec::new();
        for (name, bytes) in &self.files {
            let path = dir.join(name);
            staged.push((name, stage(&path, bytes)?, path));
        }
        let mut done: Vec<&String> = Vec::new();
        for (k, (name, temp, path)) in staged.into_iter().enumerate() {
            let renamed = crate::write::fault(&format!("commit-rename-{}", k + 1)).and_then(|()| {
                temp.persist(&path)
                    .map(|_| ())
                    .map_err(|e| Internal::io("write", &path, e.error))
            });
            if let Err(error) = renamed {
                self.roll_back(&done);
                return Err(error.into());
            }
            done.push(name);
        }
        sync_folder(dir);
        Ok(self
            .files
            .iter()
            .map(|(name, bytes)| Written {
                name: name.clone(),
                path: dir.join(name),
                bytes: bytes.clone(),
            })
            .collect())
    }

    /// Puts back what the files renamed so far held.
    fn roll_back(&self, done: &[&String]) {
        for name in done {
            let path = self.folder.dir.join(name);
            match self.folder.bytes(name) {
                Some(old) => {
                    let _ = crate::write::replace(&path, old);
                }
                None => {
                    let _ = std::fs::remove_file(&path);
                }
            }
        }
    }
}

fn changed_meanwhile(path: &Path) -> Diagnostic {
    Diagnostic::new(
        Code::C012,
        words!(
            "C012-changed-disk-while-sengen",
            path = load::display_name(path).to_string()
        ),
    )
    .hint(words!("C012-another-program-saved-meanwhile-hint"))
}

/// A file's new bytes in a temporary file beside it, flushed to disk, with
/// the permissions of the file it replaces.
fn stage(path: &Path, bytes: &[u8]) -> Result<tempfile::NamedTempFile, Internal> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let fail = |e: std::io::Error| Internal::io("write", path, e);
    let mut temp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(fail)?;
    temp.write_all(bytes).map_err(fail)?;
    if let Some(permissions) = crate::write::permissions_for(path) {
        temp.as_file().set_permissions(permissions).map_err(fail)?;
    }
    temp.as_file().sync_all().map_err(fail)?;
    Ok(temp)
}

/// A new folder: its files written into a temporary folder beside it, which
/// is then renamed to its name.
fn commit_new_folder(dir: &Path, files: &[(String, Vec<u8>)]) -> Result<Vec<Written>, Failure> {
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent).map_err(|e| Internal::io("create", &parent, e))?;
    let work = tempfile::Builder::new()
        .prefix(".sengen-new-")
        .tempdir_in(&parent)
        .map_err(|e| Internal::io("create a temporary folder in", &parent, e))?;
    for (name, bytes) in files {
        let path = work.path().join(name);
        let mut file = std::fs::File::create(&path).map_err(|e| Internal::io("write", &path, e))?;
        file.write_all(bytes)
            .and_then(|()| file.sync_all())
            .map_err(|e| Internal::io("write", &path, e))?;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(work.path(), std::fs::Permissions::from_mode(0o755));
    }
    crate::write::fault("commit-rename-1")?;
    let kept = work.keep();
    std::fs::rename(&kept, dir).map_err(|e| {
        let _ = std::fs::remove_dir_all(&kept);
        Internal::io("create", dir, e)
    })?;
    sync_folder(&parent);
    Ok(files
        .iter()
        .map(|(name, bytes)| Written {
            name: name.clone(),
            path: dir.join(name),
            bytes: bytes.clone(),
        })
        .collect())
}

/// Flushes a folder's entries (the renames) to disk, where the system can.
fn sync_folder(dir: &Path) {
    if let Ok(folder) = std::fs::File::open(dir) {
        let _ = folder.sync_all();
    }
}

/// Whether the only errors are messages a translation lacks (F010).
fn only_missing_translations(diagnostics: &Diagnostics) -> bool {
    diagnostics
        .0
        .iter()
        .filter(|d| d.severity == crate::diagnostic::Severity::Error)
        .all(|d| d.code == Code::F010)
}

/// Every finding of a proposal that is an error, for a writer that refuses
/// a change the check refuses.
pub fn errors_of(diagnostics: &Diagnostics) -> Diagnostics {
    Diagnostics(
        diagnostics
            .0
            .iter()
            .filter(|d| d.severity == crate::diagnostic::Severity::Error)
            .cloned()
            .collect(),
    )
}
