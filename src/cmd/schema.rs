//! `sengen schema`: the JSON Schema of declaration.toml, for editors.

use std::process::ExitCode;

pub fn run() -> ExitCode {
    out!("{}", sengen::schema_json::declaration_schema());
    ExitCode::SUCCESS
}
