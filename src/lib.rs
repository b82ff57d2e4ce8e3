//! sengen turns a structured official declaration into signing-ready PDFs.
//!
//! The stages, one module each, run in one direction and are chained only by
//! `pipeline`: `load` → `check` → `localize` → `render` → `typeset` → `write`.

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
pub mod write;
