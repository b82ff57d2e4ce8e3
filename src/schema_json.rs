//! The JSON Schema of `declaration.toml`, generated from the Rust types that
//! read it, so editors can validate and complete the file. The committed copy
//! is `docs/declaration.schema.json`; a test fails when it is stale.

use crate::load::DeclarationFile;

/// The schema as pretty-printed JSON, with a final newline.
pub fn declaration_schema() -> String {
    let schema = schemars::schema_for!(DeclarationFile);
    let mut json = serde_json::to_string_pretty(&schema).unwrap_or_default();
    json.push('\n');
    json
}
