//! The Typst world of one document: its single source in memory, the embedded
//! fonts, the standard library, a fixed "today", the files the pipeline
//! chose to attach (under `/attachments/`) and, with `--templates`, the files
//! of the user's template folder, read into memory by the load stage. Nothing
//! else exists in it: any other file, any package import, fails, so a
//! document can read nothing the pipeline did not hand it.

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Dict, Duration, IntoValue};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use crate::check::Date;
use crate::fonts::FONTS;

/// A world holding one generated document.
pub struct DocumentWorld {
    library: LazyHash<Library>,
    /// What the library's `sys.inputs` holds.
    inputs: Vec<(String, String)>,
    main: Source,
    today: Option<Datetime>,
    /// Files to embed in the PDF, by their id under `/attachments/`.
    attachments: Vec<(FileId, Bytes)>,
    /// The files of a user's template folder, by their id at `/<path>`; Typst
    /// modules among them also as sources.
    assets: Vec<(FileId, Bytes)>,
    asset_sources: Vec<Source>,
}

impl DocumentWorld {
    /// `name` is the virtual file name diagnostics show (`shizuoka-2024.fr.typ`).
    /// `inputs` become `sys.inputs`: strings the document reads as data.
    pub fn new(name: &str, source: String, today: Date, inputs: &[(String, String)]) -> Self {
        let path = VirtualPath::new(format!("/{name}")).unwrap_or_else(|_| {
            // Names come from validated ids and language tags; keep a safe fallback anyway.
            VirtualPath::new("/main.typ").expect("a constant path is valid")
        });
        let id = FileId::new(RootedPath::new(VirtualRoot::Project, path));
        DocumentWorld {
            library: LazyHash::new(Library::builder().with_inputs(dict(inputs)).build()),
            inputs: inputs.to_vec(),
            main: Source::new(id, source),
            today: Datetime::from_ymd(today.year, today.month, today.day),
            attachments: Vec::new(),
            assets: Vec::new(),
            asset_sources: Vec::new(),
        }
    }

    pub fn source(&self) -> &Source {
        &self.main
    }

    /// Makes the world hold a new version of its document. The source is
    /// replaced in place, so Typst reparses only what changed and keeps the
    /// identity of the rest: its caches (comemo) then reuse the layout of
    /// every unchanged part. The library is rebuilt only when the inputs change.
    pub fn update(&mut self, source: &str, today: Date, inputs: &[(String, String)]) {
        if self.main.text() != source {
            self.main.replace(source);
        }
        if self.inputs != inputs {
            self.library = LazyHash::new(Library::builder().with_inputs(dict(inputs)).build());
            self.inputs = inputs.to_vec();
        }
        self.today = Datetime::from_ymd(today.year, today.month, today.day);
    }

    /// Makes `files` readable at `/attachments/<name>`, and nothing else.
    pub fn with_attachments(mut self, files: &[(String, Vec<u8>)]) -> Self {
        self.set_attachments(files);
        self
    }

    /// Makes the template folder's files readable at `/<path>`.
    pub fn with_assets(mut self, files: &[(String, Vec<u8>)]) -> Self {
        self.set_assets(files);
        self
    }

    /// Replaces the template folder's files.
    pub fn set_assets(&mut self, files: &[(String, Vec<u8>)]) {
        let assets = files_at("/", files);
        // Unchanged (every rebuild of a watch), the modules keep their
        // identity, so Typst's cache still knows them.
        if assets == self.assets {
            return;
        }
        self.assets = assets;
        self.asset_sources = self
            .assets
            .iter()
            .filter_map(|(id, bytes)| {
                let text = std::str::from_utf8(bytes.as_slice()).ok()?;
                Some(Source::new(*id, text.to_owned()))
            })
            .collect();
    }

    /// Replaces the files readable at `/attachments/<name>`.
    pub fn set_attachments(&mut self, files: &[(String, Vec<u8>)]) {
        self.attachments = files_at("/attachments/", files);
    }
}

impl World for DocumentWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        FONTS.book()
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            return Ok(self.main.clone());
        }
        match self.asset_sources.iter().find(|source| source.id() == id) {
            Some(source) => Ok(source.clone()),
            None => Err(not_here(id)),
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.main.id() {
            return Ok(Bytes::from_string(self.main.clone()));
        }
        match self
            .attachments
            .iter()
            .chain(&self.assets)
            .find(|(file, _)| *file == id)
        {
            Some((_, bytes)) => Ok(bytes.clone()),
            None => Err(not_here(id)),
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.font(index)
    }

    /// The adoption date, whatever the clock says: builds are reproducible.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        self.today
    }
}

/// Every other file is absent, packages included: the message says why.
fn not_here(id: FileId) -> FileError {
    let what = match id.root() {
        VirtualRoot::Package(package) => format!("the package {package}"),
        VirtualRoot::Project => format!("the file {}", id.vpath().get_with_slash()),
    };
    FileError::Other(Some(
        format!(
            "{what} is not available: a sengen document reads only the files of its template folder (--templates)"
        )
        .into(),
    ))
}

/// Files by their id under a folder of the project (`/`, `/attachments/`);
/// a name that is no valid path is left out.
fn files_at(folder: &str, files: &[(String, Vec<u8>)]) -> Vec<(FileId, Bytes)> {
    files
        .iter()
        .filter_map(|(name, bytes)| {
            let path = VirtualPath::new(format!("{folder}{name}")).ok()?;
            Some((
                FileId::new(RootedPath::new(VirtualRoot::Project, path)),
                Bytes::new(bytes.clone()),
            ))
        })
        .collect()
}

fn dict(inputs: &[(String, String)]) -> Dict {
    inputs
        .iter()
        .map(|(key, value)| (key.as_str().into(), value.as_str().into_value()))
        .collect()
}
