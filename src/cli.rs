//! The command line, as clap definitions: the doc comments are the help
//! text, and the same definitions give the shell completions and the man
//! pages. Each command's arguments resolve into the library's options
//! before any work (`resolve`), so that a combination that cannot work is
//! refused before a file is read.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};
use sengen::diagnostic::Diagnostics;
use sengen::options::{Asked, BuildOptions, DiffOptions, LayoutChoice};

/// sengen (宣言, "declaration"): turns a declaration written as data into
/// signing-ready PDFs, and checks drafts before anyone signs them.
///
/// A declaration is a folder: `declaration.toml` (structure and facts) and one
/// `<lang>.ftl` per language (the text). See docs/format.md.
#[derive(Debug, Parser)]
#[command(name = "sengen", version, propagate_version = true)]
#[command(
    after_help = "Exit status: 0 success, 1 invalid input (diagnostics were printed), 2 internal or environment failure."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,

    /// The language sengen speaks to you in: en, fr or ja. By default the
    /// one SENGEN_LANG names, else the system's (LC_ALL, LC_MESSAGES, LANG),
    /// else English.
    #[arg(long, global = true, value_name = "TAG")]
    pub ui_lang: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the PDFs of a declaration: one per language, and a bilingual one.
    #[command(after_help = "Examples:
  sengen build fixtures/shizuoka-2024 -o out
      writes out/shizuoka-2024.fr.pdf, out/shizuoka-2024.ja.pdf and
      out/shizuoka-2024.fr-ja.pdf (French and Japanese side by side)
  sengen build fixtures/shizuoka-2024 -o out --lang fr --emit typst
      only the French PDF, and out/shizuoka-2024.fr.typ, the generated Typst source
  sengen build fixtures/shizuoka-2024 -o out --layout sequential
      only the bilingual PDF, the French text then the Japanese text
  sengen build fixtures/shizuoka-2024 fixtures/aix-2022 -o out
  sengen build declarations/ -o out --jobs 2
      a batch: every declaration folder named, or inside the folder named")]
    Build(BuildArgs),
    /// Build a declaration, then rebuild its PDFs each time one of its files
    /// is saved, until interrupted (Ctrl-C). A failed rebuild prints its
    /// problems and keeps the last good PDFs.
    #[command(after_help = "Example:
  sengen watch fixtures/shizuoka-2024 -o out")]
    Watch(WatchArgs),
    /// Check a declaration without building it: report every problem found.
    #[command(after_help = "Examples:
  sengen check fixtures/shizuoka-2024
  sengen check fixtures/shizuoka-2024 --format json --deny warnings
  sengen check fixtures/shizuoka-2024 --fix      rewrites the .ftl files for the fixable findings")]
    Check(CheckArgs),
    /// List, per translated language, which messages are missing, stale or
    /// current; record reviewed translations in translations.lock.
    #[command(after_help = "Examples:
  sengen translations fixtures/shizuoka-2024
  sengen translations fixtures/shizuoka-2024 --mark-reviewed ja preamble title
      records that the Japanese preamble and title match the current French text")]
    Translations(TranslationsArgs),
    /// Start a new declaration folder: the small example of docs/format.md
    /// in the languages asked, or the next version of an earlier one.
    #[command(after_help = "Examples:
  sengen new lyon-2030 --lang fr --lang ja
      the small example, in French and Japanese: it builds at once
  sengen new cannes-2026 --from fixtures/shizuoka-2024
      the next edition: the text and structure of Shizuoka, edition 9, a draft;
      `sengen check cannes-2026` then names each fact to fill in")]
    New(NewArgs),
    /// Show what changed between two drafts: the facts, the blocks added,
    /// removed, moved or renamed, and the words of each reworded message;
    /// with -o, write redline PDFs (the new draft with the changes marked).
    #[command(after_help = "Examples:
  sengen diff drafts/shizuoka-v3 drafts/shizuoka-v4
      every change, with the file and line of each in both drafts
  sengen diff drafts/shizuoka-v3 drafts/shizuoka-v4 -o redline --lang ja
      and the Japanese redline, redline/shizuoka-2024-redline.ja.pdf
  sengen diff fixtures/shizuoka-2024 --since HEAD~1
      the folder against itself one commit earlier (needs git)
  sengen diff drafts/v3 drafts/v4 --format json
      the same as one JSON object

Exit status: 0 whether or not the drafts differ (the summary says which),
1 when a draft is invalid or the arguments cannot work, 2 on a failure of
sengen or of git.")]
    Diff(DiffArgs),
    /// Make a declaration folder from the draft it arrives in: a .docx, a
    /// PDF, or text marked up as drafts circulate (`#` headings, bold lines, `-` and
    /// `1.` entries, <sup>); or bring a later draft into a folder (--into).
    #[command(after_help = "Examples:
  sengen import fixtures/seeds/shizuoka-2024.txt --lang fr -o shizuoka-2024
      the seed as a declaration folder: its sections found by its numbered
      workshops, its facts (counts, edition, days) found in the preamble
  sengen import draft.docx --lang fr -o cannes-2026 --adoption 2026-10-30 --place Cannes
      the facts the draft does not state, given
  sengen import takamatsu-2014.pdf --lang fr -o takamatsu-2014
      an earlier edition as its website gives it: lines joined into
      paragraphs, page numbers and running headers left out
  sengen import draft-2.docx --lang fr --into cannes-2026
      a later draft: changed messages updated (their translations then stale),
      new ones added, those the draft no longer has reported

See docs/import.md.")]
    Import(ImportArgs),
    /// Open the declaration in a browser: both languages side by side, each
    /// message editable, checked as it is typed, the pages previewed, the
    /// PDFs built. Serves on 127.0.0.1 only, until Ctrl-C.
    #[command(after_help = "Examples:
  sengen serve fixtures/shizuoka-2024 --open
      prints http://127.0.0.1:8140/?token=… and opens it in the browser
  sengen serve fixtures/shizuoka-2024 --port 0 -o out
      any free port; \"Build the PDFs\" writes into out/")]
    Serve(ServeArgs),
    /// Change the structure: add a block after another (its text in every
    /// language at once), remove one with its messages, move one.
    #[command(subcommand)]
    Block(BlockCommand),
    /// Exchange a translation with translation tools (memoQ, Trados, OmegaT,
    /// Weblate…) as XLIFF: export it, import it back.
    #[command(subcommand)]
    Xliff(XliffCommand),
    /// Verify a signed PDF: each signature, in the order of the fields (who
    /// signed, when, whether the file is as it was signed, whether later
    /// revisions only added signatures); with DIR, whether the PDF is that
    /// declaration's build.
    #[command(after_help = "Examples:
  sengen verify signed/shizuoka-2024.fr-ja.pdf
  sengen verify signed/shizuoka-2024.fr-ja.pdf fixtures/shizuoka-2024
      and whether its first revision is that declaration's build, byte for byte
  sengen verify signed.pdf --trust lgpki-root.pem --format json

Exit status: 0 when every check holds, 1 when one does not (each named with
its field and revision), 2 on a failure of sengen.")]
    Verify(VerifyArgs),
    /// Print the SHA-256 fingerprint of a declaration's sources (schema file,
    /// texts, templates and fixed wording), as its PDFs show it on every page.
    Fingerprint(FingerprintArgs),
    /// Print the JSON Schema of declaration.toml.
    Schema,
    /// Explain a diagnostic code (`sengen explain S003`), or list them all.
    #[command(after_help = "Examples:
  sengen explain X001
  sengen explain          every code, with its severity and what it means")]
    Explain(ExplainArgs),
    /// Print a shell's completion script for sengen.
    #[command(after_help = "Examples:
  sengen completions bash > ~/.local/share/bash-completion/completions/sengen
  sengen completions zsh > ~/.zfunc/_sengen")]
    Completions(CompletionsArgs),
    /// Print sengen's man page, or write one page per command into a folder.
    #[command(after_help = "Examples:
  sengen man | man -l -
  sengen man ~/.local/share/man/man1")]
    Man(ManArgs),
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The declaration folder.
    pub dir: PathBuf,
    /// How to print the findings.
    #[arg(long, value_enum, default_value = "human")]
    pub format: Format,
    /// Treat warnings as errors (exit 1 when there are any).
    #[arg(long, value_enum, value_name = "KIND")]
    pub deny: Option<Deny>,
    /// Rewrite the .ftl files for the findings that have a certain fix.
    #[arg(long)]
    pub fix: bool,
    /// Also show the notes: what the PDF already prints right though the
    /// file does not say so (straight apostrophes), otherwise only counted.
    #[arg(long)]
    pub notes: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// rustc-style, with the lines of the files.
    Human,
    /// One JSON object per line per finding (and, for a build, per file written).
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Deny {
    Warnings,
}

#[derive(Debug, clap::Args)]
pub struct VerifyArgs {
    /// The signed PDF.
    pub pdf: PathBuf,
    /// The declaration folder the PDF should be the build of.
    pub dir: Option<PathBuf>,
    /// Certificates to trust (PEM): each signer's certificate must chain to
    /// one of them; without it, the chain is reported, not judged.
    #[arg(long, value_name = "CERTS")]
    pub trust: Option<PathBuf>,
    /// The creation date the PDF was built with, in seconds since 1970-01-01
    /// UTC, if it was built with one.
    #[arg(long, value_name = "SECONDS", env = "SOURCE_DATE_EPOCH")]
    pub source_date_epoch: Option<String>,
    /// How to print the report.
    #[arg(long, value_enum, default_value = "human")]
    pub format: Format,
}

#[derive(Debug, clap::Args)]
pub struct TranslationsArgs {
    /// The declaration folder.
    pub dir: PathBuf,
    /// Record these messages of this language (all when none are named) as
    /// translated from the current source text.
    #[arg(long, value_name = "LANG")]
    pub mark_reviewed: Option<String>,
    /// The messages to mark as reviewed.
    #[arg(requires = "mark_reviewed")]
    pub ids: Vec<String>,
    /// Add a language to translate the declaration into (its .ftl, empty:
    /// every message to translate).
    #[arg(long, value_name = "LANG", conflicts_with = "mark_reviewed")]
    pub add: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct NewArgs {
    /// The folder to create; its name is the declaration's id (`cannes-2026`).
    pub dir: PathBuf,
    /// A language of the example (repeatable; the first is the source).
    #[arg(
        long = "lang",
        value_name = "TAG",
        conflicts_with = "from",
        required_unless_present = "from"
    )]
    pub languages: Vec<String>,
    /// The earlier declaration to start the next version from.
    #[arg(long, value_name = "PREVIOUS")]
    pub from: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum BlockCommand {
    /// Add a section, sub-section, paragraph, list entry or commitment after
    /// a block, its text given per language (the translations may wait).
    #[command(after_help = "Example:
  sengen block add fixtures/shizuoka-2024 commitment --after commitment-4 --text fr=\"Nous…\" --text ja=\"…\"
      adds commitment-5 after commitment-4, in fr.ftl and ja.ftl")]
    Add(BlockAddArgs),
    /// Remove a block and its messages in every language (a section or a
    /// sub-section with everything under it).
    #[command(after_help = "Example:
  sengen block remove fixtures/shizuoka-2024 panel-2")]
    Remove(BlockRemoveArgs),
    /// Move a block up, down, or into another section (a heading moves with
    /// everything under it).
    #[command(after_help = "Examples:
  sengen block move fixtures/shizuoka-2024 panel-2 --up
  sengen block move fixtures/shizuoka-2024 panel-2 --into conclusion")]
    Move(BlockMoveArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BlockKind {
    Section,
    Subsection,
    Paragraph,
    Item,
    Commitment,
}

#[derive(Debug, clap::Args)]
pub struct BlockAddArgs {
    /// The declaration folder.
    pub dir: PathBuf,
    /// What to add.
    #[arg(value_enum)]
    pub kind: BlockKind,
    /// The id of the block it follows.
    #[arg(long = "after", value_name = "ID")]
    pub follows: String,
    /// Its text in a language, as LANG=TEXT; the source language's is required.
    #[arg(long = "text", value_name = "LANG=TEXT")]
    pub texts: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct BlockRemoveArgs {
    /// The declaration folder.
    pub dir: PathBuf,
    /// The id of the block to remove.
    pub id: String,
}

#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("to").required(true).multiple(false)))]
pub struct BlockMoveArgs {
    /// The declaration folder.
    pub dir: PathBuf,
    /// The id of the block to move.
    pub id: String,
    /// One place up.
    #[arg(long, group = "to")]
    pub up: bool,
    /// One place down.
    #[arg(long, group = "to")]
    pub down: bool,
    /// To the end of the section or sub-section with this heading id.
    #[arg(long, value_name = "HEADING", group = "to")]
    pub into: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum XliffCommand {
    /// Write a translation as an XLIFF file for a translation tool.
    #[command(after_help = "Examples:
  sengen xliff export fixtures/shizuoka-2024 --lang ja
      writes shizuoka-2024.ja.xlf (XLIFF 1.2) here
  sengen xliff export fixtures/shizuoka-2024 --lang ja --only stale --version 2.0 -o ja.xlf
      only what needs translating or reviewing, in XLIFF 2.0")]
    // `--version` here is the XLIFF version's; `sengen --version` is sengen's.
    #[command(disable_version_flag = true)]
    Export(XliffExportArgs),
    /// Bring a translator's XLIFF file back into the declaration's .ftl file.
    #[command(after_help = "Example:
  sengen xliff import fixtures/shizuoka-2024 shizuoka-2024.ja.xlf
      writes the changed translations into ja.ftl, records the final ones as
      reviewed in translations.lock, then checks the declaration")]
    Import(XliffImportArgs),
}

#[derive(Debug, clap::Args)]
pub struct XliffExportArgs {
    /// The declaration folder.
    pub dir: PathBuf,
    /// The translated language to export.
    #[arg(long = "lang", value_name = "TAG")]
    pub lang: String,
    /// The file to write (default: <id>.<lang>.xlf in the current folder).
    #[arg(short, long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// The XLIFF version.
    #[arg(long, value_enum, default_value = "1.2")]
    pub version: XliffVersion,
    /// Which units: all, or only those stale, unreviewed or missing.
    #[arg(long, value_enum, default_value = "all")]
    pub only: XliffOnly,
}

#[derive(Debug, clap::Args)]
pub struct XliffImportArgs {
    /// The declaration folder.
    pub dir: PathBuf,
    /// The XLIFF file, as the translation tool saved it.
    pub file: PathBuf,
    /// Take units translated from an older source text; they stay marked stale.
    #[arg(long)]
    pub accept_stale: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum XliffVersion {
    /// XLIFF 1.2, which every tool reads.
    #[value(name = "1.2")]
    V1_2,
    /// XLIFF 2.0.
    #[value(name = "2.0")]
    V2_0,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum XliffOnly {
    All,
    /// Units whose translation is stale, unreviewed or missing.
    Stale,
}

#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    /// The earlier draft's folder; with --since, the one folder, compared
    /// with itself at a revision.
    #[arg(value_name = "OLD")]
    pub old: PathBuf,
    /// The later draft's folder.
    #[arg(
        value_name = "NEW",
        required_unless_present = "since",
        conflicts_with = "since"
    )]
    pub new: Option<PathBuf>,
    /// Compare the folder with what it held at this git revision (a commit,
    /// a branch, a tag, HEAD~1).
    #[arg(long, value_name = "REV")]
    pub since: Option<String>,
    /// Write the redline PDFs into this folder (created if needed).
    #[arg(short, long, value_name = "OUT")]
    pub out: Option<PathBuf>,
    /// Compare only this language's text, and write only its redlines
    /// (repeatable); all by default.
    #[arg(long = "lang", value_name = "TAG")]
    pub languages: Vec<String>,
    /// Which redline PDFs to write (repeatable), as for a build.
    #[arg(long = "layout", value_enum, value_name = "LAYOUT", requires = "out")]
    pub layouts: Vec<LayoutArg>,
    /// Also compare sengen's own wording (the dateline), which follows the
    /// facts and is otherwise left out.
    #[arg(long)]
    pub wording: bool,
    /// How to print the changes.
    #[arg(long, value_enum, default_value = "human")]
    pub format: Format,
    /// The redlines' creation date, in seconds since 1970-01-01 UTC.
    #[arg(long, value_name = "SECONDS", env = "SOURCE_DATE_EPOCH")]
    pub source_date_epoch: Option<String>,
}

impl DiffArgs {
    /// The options these arguments ask for, or every reason they cannot work.
    pub fn resolve(&self) -> Result<DiffOptions, Diagnostics> {
        let build = BuildOptions::resolve(Asked {
            out_dir: self.out.clone().unwrap_or_default(),
            languages: self.languages.clone(),
            layouts: self.layouts.iter().map(|l| (*l).into()).collect(),
            emit_typst: false,
            attach_source: false,
            source_date_epoch: self.source_date_epoch.clone(),
            templates: None,
            signature_fields: false,
        })?;
        Ok(DiffOptions {
            build,
            write_redlines: self.out.is_some(),
            wording: self.wording,
        })
    }
}

#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The draft: a .docx, a PDF (an earlier edition), or marked-up text in UTF-8 (.txt, .md).
    pub file: PathBuf,
    /// The draft's language.
    #[arg(long = "lang", value_name = "TAG")]
    pub lang: String,
    /// The new folder to write (absent or empty); its name is the declaration's id.
    #[arg(
        short,
        long,
        value_name = "DIR",
        required_unless_present = "into",
        conflicts_with = "into"
    )]
    pub out: Option<PathBuf>,
    /// An existing declaration to bring this later draft into.
    #[arg(long, value_name = "DIR")]
    pub into: Option<PathBuf>,
    /// A regular expression naming the section headings; the other headings
    /// are sub-sections (by default, a numbered series of headings tells).
    #[arg(long, value_name = "PATTERN")]
    pub sections: Option<String>,
    /// The paragraph where the preamble starts, by its first words (those
    /// before it are left out; otherwise the preamble is all before the title).
    #[arg(long, value_name = "WORDS")]
    pub preamble: Option<String>,
    /// The title's paragraph, by its first words (otherwise the first heading).
    #[arg(long, value_name = "WORDS")]
    pub title: Option<String>,
    /// The place-and-date line, by its first words, anywhere after the title
    /// (otherwise a short line with a date right under it).
    #[arg(long, value_name = "WORDS")]
    pub dateline: Option<String>,
    /// The closing's first paragraph, by its first words: it and all after it
    /// (otherwise the paragraphs after the last commitments).
    #[arg(long, value_name = "WORDS")]
    pub closing: Option<String>,
    /// The edition of the meeting (otherwise found in the meeting's name).
    #[arg(long, value_name = "N", conflicts_with = "into")]
    pub edition: Option<u32>,
    /// The meeting's days, FIRST..LAST (otherwise found in the preamble).
    #[arg(long, value_name = "FIRST..LAST", conflicts_with = "into")]
    pub meeting: Option<String>,
    /// The day of adoption (otherwise found under the title).
    #[arg(long, value_name = "DATE", conflicts_with = "into")]
    pub adoption: Option<String>,
    /// The place of adoption, as the dateline names it (otherwise found in the title).
    #[arg(long, value_name = "NAME", conflicts_with = "into")]
    pub place: Option<String>,
    /// A delegation and its number of signatories, ID=N (repeatable;
    /// otherwise found in the preamble).
    #[arg(long = "count", value_name = "ID=N", conflicts_with = "into")]
    pub counts: Vec<String>,
    /// The draft is the adopted text (no draft watermark).
    #[arg(long = "final")]
    pub final_text: bool,
}

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// The declaration folder (default: this one); a folder without a
    /// declaration yet opens on starting one.
    pub dir: Option<PathBuf>,
    /// The port on 127.0.0.1 (0: any free one).
    #[arg(long, default_value_t = 8140)]
    pub port: u16,
    /// Open the page in the default browser.
    #[arg(long)]
    pub open: bool,
    /// Where "Build the PDFs" writes them.
    #[arg(short, long, value_name = "OUT", default_value = ".")]
    pub out: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct FingerprintArgs {
    /// The declaration folder.
    pub dir: PathBuf,
    /// The template folder the PDFs are built with, if any.
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    /// The declaration folders (each holding declaration.toml and <lang>.ftl
    /// files), or folders of declaration folders. Several make a batch.
    #[arg(required = true, value_name = "DIR")]
    pub dirs: Vec<PathBuf>,
    #[command(flatten)]
    pub output: OutputArgs,
    /// How many threads to typeset with (default: one per core).
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
    /// How to print what the build found and wrote.
    #[arg(long, value_enum, default_value = "human")]
    pub format: Format,
}

#[derive(Debug, clap::Args)]
pub struct WatchArgs {
    /// The declaration folder to watch.
    pub dir: PathBuf,
    #[command(flatten)]
    pub output: OutputArgs,
}

/// What to write, and where: shared by `build` and `watch`.
#[derive(Debug, clap::Args)]
pub struct OutputArgs {
    /// Folder to write the PDFs into (created if needed).
    #[arg(short, long, value_name = "OUT", default_value = ".")]
    pub out: PathBuf,
    /// Build only this language (repeatable); all of the declaration's by default.
    #[arg(long = "lang", value_name = "TAG")]
    pub languages: Vec<String>,
    /// Which PDFs to build (repeatable); by default `single` and `columns`.
    #[arg(long = "layout", value_enum, value_name = "LAYOUT")]
    pub layouts: Vec<LayoutArg>,
    /// Embed the declaration's source files (declaration.toml, the .ftl files)
    /// in each PDF, which is then PDF/A-3a rather than PDF/A-2a.
    #[arg(long)]
    pub attach_source: bool,
    /// Add an empty electronic signature field over each signatory's
    /// signature box, for signing the PDF with a certificate (PAdES).
    #[arg(long)]
    pub signature_fields: bool,
    /// Also write an intermediate form beside each PDF.
    #[arg(long, value_enum, value_name = "FORM")]
    pub emit: Vec<Emit>,
    /// A folder whose <name>.typ.hbs files replace sengen's templates of the
    /// same name; its other files (a logo…) are the only files the document
    /// can read. See docs/format.md.
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// The PDFs' creation date, in seconds since 1970-01-01 UTC (the
    /// reproducible-builds convention); the adoption date by default.
    #[arg(long, value_name = "SECONDS", env = "SOURCE_DATE_EPOCH")]
    pub source_date_epoch: Option<String>,
}

impl OutputArgs {
    /// The build options these arguments ask for, or every reason they
    /// cannot work, before any file is read.
    pub fn resolve(&self) -> Result<BuildOptions, Diagnostics> {
        BuildOptions::resolve(Asked {
            out_dir: self.out.clone(),
            languages: self.languages.clone(),
            layouts: self.layouts.iter().map(|l| (*l).into()).collect(),
            emit_typst: self.emit.contains(&Emit::Typst),
            attach_source: self.attach_source,
            source_date_epoch: self.source_date_epoch.clone(),
            templates: self.templates.clone(),
            signature_fields: self.signature_fields,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Emit {
    /// The generated Typst source (`<id>.<lang>.typ`), and the `sys.inputs`
    /// it reads (`<id>.<lang>.inputs.json`): `typst compile` takes each as
    /// `--input key=value`.
    Typst,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LayoutArg {
    /// One PDF per language.
    Single,
    /// The bilingual PDF with the two languages side by side, block level with block.
    Columns,
    /// The bilingual PDF with one language after the other.
    Sequential,
}

impl From<LayoutArg> for LayoutChoice {
    fn from(arg: LayoutArg) -> Self {
        match arg {
            LayoutArg::Single => Self::Single,
            LayoutArg::Columns => Self::Columns,
            LayoutArg::Sequential => Self::Sequential,
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct ExplainArgs {
    /// A diagnostic code, as sengen printed it (`S003`, `t104`…); all when none.
    pub code: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell to complete in.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, clap::Args)]
pub struct ManArgs {
    /// A folder to write sengen.1 and a page per command into (sengen-build.1…);
    /// without it, sengen.1 is printed.
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

/// Prints a mistake on the command line (or the help or version asked), in
/// the reader's language. clap writes English: in English its own text is
/// printed; in another language the mistake is said from clap's kind of
/// error and the values it names, followed by the usage it gives.
pub fn print_error(error: &clap::Error, ui: &sengen::ui::Ui) {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let plain = matches!(
        error.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    );
    if plain || ui.lang() == sengen::ui::fallback() {
        let _ = error.print();
        return;
    }
    let value = |kind: ContextKind| -> String {
        match error.get(kind) {
            Some(ContextValue::String(s)) => s.clone(),
            Some(ContextValue::Strings(list)) => list.join(", "),
            Some(ContextValue::StyledStr(s)) => s.to_string(),
            Some(ContextValue::StyledStrs(list)) => list
                .iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
                .join(", "),
            Some(ContextValue::Number(n)) => n.to_string(),
            _ => String::new(),
        }
    };
    let kind = match error.kind() {
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => "invalid-value",
        ErrorKind::UnknownArgument => "unknown-argument",
        ErrorKind::InvalidSubcommand => "unknown-command",
        ErrorKind::ArgumentConflict => "conflict",
        ErrorKind::MissingRequiredArgument => "missing-argument",
        ErrorKind::MissingSubcommand => "missing-command",
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            "number-of-values"
        }
        ErrorKind::InvalidUtf8 => "not-utf8",
        _ => "other",
    };
    let suggested = [
        value(ContextKind::SuggestedArg),
        value(ContextKind::SuggestedSubcommand),
    ]
    .into_iter()
    .find(|s| !s.is_empty())
    .unwrap_or_default();
    let said = ui.say(&sengen::words!(
        "cli-error",
        kind = kind,
        argument = value(ContextKind::InvalidArg),
        value = value(ContextKind::InvalidValue),
        valid = value(ContextKind::ValidValue),
        command = value(ContextKind::InvalidSubcommand),
        prior = value(ContextKind::PriorArg),
        detail = error.kind().as_str().unwrap_or_default()
    ));
    eprintln!("{said}");
    let valid = value(ContextKind::ValidValue);
    if !valid.is_empty() {
        eprintln!(
            "{}",
            ui.say(&sengen::words!("cli-possible-values", valid = valid))
        );
    }
    if !suggested.is_empty() {
        eprintln!();
        eprintln!(
            "{}",
            ui.say(&sengen::words!("cli-tip", suggested = &suggested))
        );
    }
    // The usage clap gives, whose syntax is the same in every language.
    let rendered = error.render().to_string();
    if let Some(usage) = rendered
        .lines()
        .find_map(|line| line.strip_prefix("Usage: "))
    {
        eprintln!();
        eprintln!("{}", ui.say(&sengen::words!("cli-usage", usage = usage)));
    }
    eprintln!();
    eprintln!("{}", ui.say(&sengen::words!("cli-more")));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_is_well_formed() {
        // clap checks every argument's definition (names unique, conflicts
        // that exist) when asked, not at compile time.
        <Cli as clap::CommandFactory>::command().debug_assert();
    }
}
