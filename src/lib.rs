//! sengen turns a structured official declaration into signing-ready PDFs.
//!
//! The stages, one module each, run in one direction and are chained only by
//! `pipeline`: `load` → `check` → `localize` → `render` → `typeset` → `write`.
//! Beside them: `diagnostic` (what sengen tells its users, and its registry
//! of codes), `options` (what a build was asked, resolved before any work),
//! `language` (what sengen knows of each language), `fluent` (how it reads
//! Fluent), `fonts`, `fingerprint`; and the library side of the commands
//! that are not a build: `diff`, `edit` (the one way a declaration's
//! files change), `fix`, `import`, `new`, `serve`, `translations`,
//! `watch`, `xliff`, `schema_json`; `xml`, what the readers of outside XML
//! share.

// A diagnostic is a value built once per finding and passed up as it is;
// boxing it in every `Result` would buy nothing.
#![allow(clippy::result_large_err)]

pub mod check;
pub mod diagnostic;
pub mod diff;
pub mod edit;
pub mod fingerprint;
pub mod fix;
pub mod fluent;
pub mod fonts;
pub mod import;
pub mod language;
pub mod limits;
pub mod load;
pub mod localize;
pub mod new;
pub mod options;
pub mod pipeline;
pub mod render;
pub mod schema_json;
pub mod serve;
pub mod translations;
pub mod typeset;
pub mod ui;
pub mod verify;
pub mod watch;
pub mod write;
pub mod xliff;
pub mod xml;
