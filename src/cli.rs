//! The command line, as clap definitions: the doc comments are the help text.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

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
    /// Print the SHA-256 fingerprint of a declaration's sources (schema file,
    /// texts, templates and fixed wording), as its PDFs show it on every page.
    Fingerprint {
        /// The declaration folder.
        dir: PathBuf,
        /// The template folder the PDFs are built with, if any.
        #[arg(long, value_name = "DIR")]
        templates: Option<PathBuf>,
    },
    /// Print the JSON Schema of declaration.toml.
    Schema,
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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// rustc-style, with the lines of the files.
    Human,
    /// One JSON object per line per finding.
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Deny {
    Warnings,
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
    /// Also write an intermediate form beside each PDF.
    #[arg(long, value_enum, value_name = "FORM")]
    pub emit: Vec<Emit>,
    /// A folder whose <name>.typ.hbs files replace sengen's templates of the
    /// same name; its other files (a logo…) are the only files the document
    /// can read. See docs/format.md.
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
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

impl From<LayoutArg> for sengen::pipeline::LayoutChoice {
    fn from(arg: LayoutArg) -> Self {
        match arg {
            LayoutArg::Single => Self::Single,
            LayoutArg::Columns => Self::Columns,
            LayoutArg::Sequential => Self::Sequential,
        }
    }
}
