//! Build script: the templates, the fixed wording and the fonts are compiled
//! into the binary (include_dir!), so a change to any of them must rebuild it.

fn main() {
    for dir in ["templates", "locales", "fonts"] {
        println!("cargo::rerun-if-changed={dir}");
    }
}
