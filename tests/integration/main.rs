//! sengen's integration tests, in one test binary (linking Typst once):
//! they run the real `sengen` binary on the fixtures and read its PDFs with
//! poppler and qpdf, as a reader's software would. Modules by purpose;
//! `util` holds what they share (running sengen, reading a PDF's text).
//!
//!   cargo test --test integration                   all of them
//!   cargo test --test integration invalid_input     one module

mod util;

// The documents: the text, in every language and layout, as adopted.
mod agreements;
mod bilingual;
mod facts_from_data;
mod japanese;
mod shizuoka;
mod signatures;

// Signing-ready and archival: fingerprint, PDF/A and PDF/UA, atomic outputs,
// signature fields and what a signed PDF proves.
mod output_files;
mod signature_fields;
mod signing;
mod structure;

// Input that is wrong or hostile: exact diagnostics, literal text, the sandbox.
mod hostile_input;
mod hostile_text;
mod invalid_input;
mod markup_property;
mod sandbox;

// The commands around a build.
mod batch_and_watch;
mod commands;
mod diff;
mod edits;
mod fix;
mod import;
mod languages;
mod locales;
mod messages;
mod schema_and_docs;
mod serve;
mod serve_round;
mod serve_uploads;
mod tool_words;
mod xliff;
