//! sengen turns a structured official declaration into signing-ready PDFs.
//!
//! The stages, one module each, run in one direction and are chained only by
//! `pipeline`: `load` → `check` → `localize` → `render` → `typeset` → `write`.

// A diagnostic is a value built once per finding and passed up as it is;
// boxing it in every `Result` would buy nothing.
#![allow(clippy::result_large_err)]

pub mod check;
pub mod diagnostic;
pub mod fingerprint;
pub mod fix;
pub mod fonts;
pub mod load;
pub mod localize;
pub mod pipeline;
pub mod render;
pub mod schema_json;
pub mod typeset;
pub mod watch;
pub mod write;
