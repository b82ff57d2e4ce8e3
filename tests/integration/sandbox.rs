//! Nothing reads a file it was not given. Text that names files is printed,
//! not run; a user's templates (`--templates`) read the files of their own
//! folder and nothing else: every other path, a package, a link leading out
//! of the folder is refused with a clear error, the previous PDF survives,
//! and the secret file's content appears in no output.

use std::path::PathBuf;

use crate::util::*;

const SECRET: &str = "SECRET-TOKEN-5f0c9e";

/// A workspace: a secret file, a copy of `lyon-2030`, a template folder, and
/// an output folder already holding a good PDF.
struct Workspace {
    root: tempfile::TempDir,
}

impl Workspace {
    fn new() -> Self {
        let root = tempfile::tempdir().expect("a temporary folder");
        let path = root.path();
        std::fs::write(path.join("secret.txt"), SECRET).unwrap();
        std::fs::write(path.join("secret.json"), format!("{{\"k\": \"{SECRET}\"}}")).unwrap();
        std::fs::write(path.join("secret.typ"), SECRET).unwrap();
        let declaration = copy_fixture("lyon-2030");
        std::fs::create_dir(path.join("decl")).unwrap();
        for name in file_names(declaration.path()) {
            std::fs::copy(
                declaration.path().join(&name),
                path.join("decl").join(&name),
            )
            .unwrap();
        }
        std::fs::create_dir(path.join("templates")).unwrap();
        let workspace = Workspace { root };
        let first = workspace.build(&[]);
        assert!(
            first.status.success(),
            "{}",
            String::from_utf8_lossy(&first.stderr)
        );
        workspace
    }

    fn path(&self, name: &str) -> PathBuf {
        self.root.path().join(name)
    }

    fn pdf(&self) -> PathBuf {
        self.path("out/lyon-2030.fr.pdf")
    }

    /// The `signatures` partial replaced by `template`.
    fn override_signatures(&self, template: &str) {
        std::fs::write(self.path("templates/signatures.typ.hbs"), template).unwrap();
    }

    fn build(&self, extra: &[&str]) -> std::process::Output {
        let mut args = vec!["build", "decl", "-o", "out"];
        args.extend_from_slice(extra);
        sengen(self.root.path(), &args)
    }

    fn build_with_templates(&self) -> std::process::Output {
        self.build(&["--templates", "templates"])
    }

    /// The secret is in no file of the output folder (PDFs read uncompressed)
    /// and in nothing sengen printed.
    fn assert_secret_kept(&self, output: &std::process::Output) {
        for stream in [&output.stdout, &output.stderr] {
            assert!(
                !String::from_utf8_lossy(stream).contains(SECRET),
                "sengen printed the secret"
            );
        }
        for name in file_names(&self.path("out")) {
            let path = self.path("out").join(&name);
            let bytes = std::fs::read(&path).unwrap();
            assert!(
                !String::from_utf8_lossy(&bytes).contains(SECRET),
                "{name} holds the secret"
            );
            if name.ends_with(".pdf") {
                assert!(
                    !uncompressed(&path).contains(SECRET),
                    "{name} holds the secret"
                );
            }
        }
    }
}

#[test]
fn a_template_reads_the_files_of_its_own_folder() {
    let w = Workspace::new();
    std::fs::write(w.path("templates/note.txt"), "Annexe du gabarit 42").unwrap();
    std::fs::create_dir(w.path("templates/lib")).unwrap();
    std::fs::write(
        w.path("templates/lib/macros.typ"),
        "#let stamp = [Tampon 7]",
    )
    .unwrap();
    // A link inside the folder is as good as the file.
    std::os::unix::fs::symlink("note.txt", w.path("templates/alias.txt")).unwrap();
    w.override_signatures(
        "#import \"lib/macros.typ\": stamp\n#read(\"note.txt\") #stamp #read(\"/alias.txt\")\n",
    );
    let output = w.build_with_templates();
    assert!(output.status.success(), "{}", stderr(&output));
    let text = squash(&body_text(&w.pdf()));
    assert!(
        text.contains(&squash(
            "Annexe du gabarit 42 Tampon 7 Annexe du gabarit 42"
        )),
        "{text}"
    );
}

#[test]
fn templates_cannot_read_outside_their_folder() {
    let w = Workspace::new();
    let secret = w.path("secret.txt");
    let secret = secret.to_str().unwrap();
    let attempts = [
        format!("#read(\"{secret}\")"),
        "#read(\"../secret.txt\")".to_owned(),
        "#read(\"../../../../../../../../etc/passwd\")".to_owned(),
        format!("#image(\"{secret}\")"),
        "#include \"../secret.typ\"".to_owned(),
        "#json(\"../secret.json\")".to_owned(),
        // The declaration's own folder is not the template folder either.
        "#read(\"../decl/fr.ftl\")".to_owned(),
        "#import \"@preview/cetz:0.3.0\": canvas".to_owned(),
        "#import \"@local/secret:0.1.0\"".to_owned(),
    ];
    for attempt in attempts {
        let before = std::fs::read(w.pdf()).unwrap();
        w.override_signatures(&format!("{attempt}\n"));
        let output = w.build_with_templates();
        let err = stderr(&output);
        assert_eq!(output.status.code(), Some(1), "{attempt}: {err}");
        assert!(
            err.contains("error[R002]: Typst cannot typeset what the templates of templates made"),
            "{attempt}: {err}"
        );
        assert!(
            err.contains(
                "is not available: a sengen document reads only the files of its template folder"
            ) || err.contains("would escape the project root"),
            "{attempt}: {err}"
        );
        assert!(
            err.contains(&format!("of the generated source: {attempt}")),
            "{attempt}: {err}"
        );
        assert_eq!(
            std::fs::read(w.pdf()).unwrap(),
            before,
            "{attempt}: the previous PDF changed"
        );
        assert_eq!(
            file_names(&w.path("out")),
            ["lyon-2030.fr.pdf"],
            "{attempt}"
        );
        w.assert_secret_kept(&output);
    }
}

#[test]
fn links_leading_out_of_the_template_folder_are_refused() {
    let w = Workspace::new();
    w.override_signatures("#read(\"leak.txt\")\n");
    std::os::unix::fs::symlink(w.path("secret.txt"), w.path("templates/leak.txt")).unwrap();
    std::os::unix::fs::symlink("..", w.path("templates/up")).unwrap();
    let before = std::fs::read(w.pdf()).unwrap();
    let output = w.build_with_templates();
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{err}");
    for link in ["templates/leak.txt", "templates/up"] {
        assert!(
            err.contains(&format!(
                "error[R031]: {link} leads outside the template folder"
            )),
            "{err}"
        );
    }
    assert!(err.contains("error: 2 problems found"), "{err}");
    assert_eq!(std::fs::read(w.pdf()).unwrap(), before);
    w.assert_secret_kept(&output);
}

#[test]
fn text_naming_files_is_printed_not_read() {
    let w = Workspace::new();
    let secret = w.path("secret.txt");
    let secret = secret.to_str().unwrap();
    let lines = [
        format!("#read(\"{secret}\")"),
        format!("#image(\"{secret}\")"),
        "#include \"../secret.typ\"".to_owned(),
        "#json(\"../secret.json\")".to_owned(),
        "#import \"@preview/cetz:0.3.0\"".to_owned(),
        "../secret.txt".to_owned(),
    ];
    set_paragraphs(
        &w.path("decl"),
        lines.iter().enumerate().map(|(i, l)| format!("P{i} {l}")),
    );
    let output = w.build(&[]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = body_text(&w.pdf());
    let shown: Vec<String> = text
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    for (i, line) in lines.iter().enumerate() {
        let expected = format!("P{i} {line}");
        assert!(
            shown.contains(&expected),
            "not printed literally: {expected:?}\n{text}"
        );
    }
    w.assert_secret_kept(&output);
}

#[test]
fn a_template_that_does_not_parse_is_pointed_at() {
    let w = Workspace::new();
    w.override_signatures("#let x = 1\n{{#each document.attachments}}\nunclosed\n");
    let output = w.build_with_templates();
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(
        err.contains("error[R032]: the template `signatures` is not valid Handlebars"),
        "{err}"
    );
    assert!(err.contains("templates/signatures.typ.hbs:"), "{err}");
}

#[test]
fn a_misspelt_variable_in_a_template_is_pointed_at() {
    let w = Workspace::new();
    w.override_signatures("#let x = 1\nSigné : {{document.titel}}\n");
    let output = w.build_with_templates();
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(
        err.contains("error[R033]: the template `signatures` cannot be filled"),
        "{err}"
    );
    assert!(err.contains("document.titel"), "{err}");
    assert!(err.contains("┌─ templates/signatures.typ.hbs:2:"), "{err}");
}

#[test]
fn a_template_folder_changes_the_fingerprint() {
    let w = Workspace::new();
    let plain = sengen(w.root.path(), &["fingerprint", "decl"]);
    w.override_signatures("{{> style}}\n");
    std::fs::remove_file(w.path("templates/signatures.typ.hbs")).unwrap();
    std::fs::write(
        w.path("templates/logo.svg"),
        "<svg xmlns='http://www.w3.org/2000/svg'/>",
    )
    .unwrap();
    let with = sengen(
        w.root.path(),
        &["fingerprint", "decl", "--templates", "templates"],
    );
    assert!(plain.status.success() && with.status.success());
    assert_ne!(
        plain.stdout, with.stdout,
        "a template folder's files typeset the PDF too"
    );
}

#[test]
fn an_output_folder_inside_the_template_folder_is_refused() {
    let w = Workspace::new();
    for out in ["templates", "templates/pdf"] {
        let output = sengen(
            w.root.path(),
            &["build", "decl", "-o", out, "--templates", "templates"],
        );
        let err = stderr(&output);
        assert_eq!(output.status.code(), Some(1), "{err}");
        assert!(
            err.starts_with(&format!(
                "error[C006]: the output folder {out} is inside the template folder templates\n"
            )),
            "{err}"
        );
    }
    assert!(!w.path("templates/pdf").exists());
}
