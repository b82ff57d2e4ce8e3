//! The command line's help in the reader's language. The English is the
//! clap definitions' doc comments (`cli.rs`), the one source; every text of
//! the help has an id (`help-build`, `help-build-dir`, `help-build-after`),
//! `locales/en/tool/help.ftl` holds the English by those ids (a test keeps
//! it equal to the doc comments), and the other languages translate it. In
//! another language, each text is replaced by its translation, and the
//! headings clap writes (Usage, Commands, Options, Arguments) by the
//! language's own.

use clap::Command;
use sengen::ui::{Ui, Words};
use sengen::words;

/// Every text of the help, by its id, as the definitions give it.
#[cfg(test)]
pub fn texts(root: &Command) -> Vec<(String, String)> {
    let mut out = Vec::new();
    walk(root, "help", &mut out);
    out
}

#[cfg(test)]
fn walk(command: &Command, path: &str, out: &mut Vec<(String, String)>) {
    if let Some(about) = command.get_long_about().or(command.get_about()) {
        out.push((path.to_owned(), about.to_string()));
    }
    if let Some(after) = command.get_after_help() {
        out.push((format!("{path}-after"), after.to_string()));
    }
    for arg in command.get_arguments().filter(|a| !a.is_hide_set()) {
        let id = arg.get_id().as_str();
        if matches!(id, "help" | "version") {
            continue;
        }
        if let Some(help) = arg.get_long_help().or(arg.get_help()) {
            out.push((format!("{path}-{id}"), help.to_string()));
        }
    }
    for sub in command.get_subcommands() {
        if sub.get_name() == "help" {
            continue;
        }
        walk(sub, &format!("{path}-{}", sub.get_name()), out);
    }
}

/// The command line with its help in `ui`'s language (as it is in English).
pub fn localized(mut root: Command, ui: &Ui) -> Command {
    if ui.lang() == sengen::ui::fallback() {
        return root;
    }
    // Built first, so that the flags clap adds (`--help`, `--version`) are
    // there to be said too.
    root.build();
    translate(root, "help", ui)
}

fn translate(mut command: Command, path: &str, ui: &Ui) -> Command {
    let say = |id: String| -> Option<String> {
        let id: &'static str = Box::leak(id.into_boxed_str());
        let said = ui.say(&Words::new(id));
        (said != id).then_some(said)
    };
    if let Some(about) = say(path.to_owned()) {
        let first = about.lines().next().unwrap_or_default().to_owned();
        command = command.about(first).long_about(about);
    }
    if let Some(after) = say(format!("{path}-after")) {
        command = command.after_help(after);
    }
    let ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().as_str().to_owned())
        .collect();
    let options = ui.say(&words!("help-heading", heading = "options"));
    let arguments = ui.say(&words!("help-heading", heading = "arguments"));
    for id in ids {
        let help = say(format!("{path}-{id}"));
        let builtin = matches!(id.as_str(), "help" | "version");
        command = command.mut_arg(id.as_str(), |arg| {
            let heading = if arg.is_positional() {
                arguments.clone()
            } else {
                options.clone()
            };
            let arg = arg.help_heading(heading);
            match (&help, builtin) {
                (Some(help), _) => {
                    let first = help.lines().next().unwrap_or_default().to_owned();
                    arg.help(first).long_help(help.clone())
                }
                (None, true) => {
                    let said = ui.say(&words!("help-builtin", flag = id.as_str()));
                    arg.help(said.clone()).long_help(said)
                }
                (None, false) => arg,
            }
        });
    }
    let usage = ui.say(&words!("help-heading", heading = "usage"));
    command = command
        .subcommand_help_heading(ui.say(&words!("help-heading", heading = "commands")))
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
        ));
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        let sub_path = format!("{path}-{name}");
        command = command.mut_subcommand(name.as_str(), |sub| translate(sub, &sub_path, ui));
    }
    command
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    #[test]
    fn every_command_and_option_has_its_help() {
        let texts = texts(&crate::cli::Cli::command());
        let ids: Vec<&str> = texts.iter().map(|(id, _)| id.as_str()).collect();
        for id in [
            "help",
            "help-build",
            "help-build-dirs",
            "help-xliff-import",
            "help-ui_lang",
        ] {
            assert!(ids.contains(&id), "{id}: {ids:?}");
        }
    }
}

/// The English help as `locales/en/tool/help.ftl` holds it.
#[cfg(test)]
fn english_file(texts: &[(String, String)]) -> String {
    let mut out = String::from(
        "# The help of the command line (`sengen --help`, `sengen build --help`…), by\n\
         # command and option: generated from the doc comments of src/cli.rs, the\n\
         # English's one source (`SENGEN_BLESS=1 cargo test --bin sengen help` rewrites\n\
         # it); the other languages translate it.\n",
    );
    for (id, text) in texts {
        let escaped: Vec<String> = text
            .lines()
            .map(|line| {
                let line = line
                    .replace('{', "\u{0}")
                    .replace('}', "\u{1}")
                    .replace('\u{0}', "{\"{\"}")
                    .replace('\u{1}', "{\"}\"}");
                let body = line.trim_start();
                let indent = &line[..line.len() - body.len()];
                match body.chars().next() {
                    Some(c @ ('[' | '*' | '.')) => format!("{indent}{{\"{c}\"}}{}", &body[1..]),
                    _ => line.clone(),
                }
            })
            .collect();
        out.push('\n');
        out.push_str(&format!("{id} =\n"));
        for line in escaped {
            if line.trim().is_empty() {
                out.push('\n');
            } else {
                out.push_str(&format!("    {line}\n"));
            }
        }
    }
    out
}

#[cfg(test)]
mod english {
    use clap::CommandFactory;

    #[test]
    fn the_english_help_file_is_the_doc_comments() {
        let texts = super::texts(&crate::cli::Cli::command());
        let file = super::english_file(&texts);
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/locales/en/tool/help.ftl");
        if std::env::var_os("SENGEN_BLESS").is_some() {
            std::fs::write(path, &file).unwrap();
        }
        let on_disk = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            on_disk == file,
            "locales/en/tool/help.ftl is stale: `SENGEN_BLESS=1 cargo test --bin sengen help` rewrites it"
        );
        // Each text reads back as the doc comment says it.
        let ui = sengen::ui::Ui::english();
        for (id, text) in &texts {
            let id: &'static str = Box::leak(id.clone().into_boxed_str());
            assert_eq!(
                ui.say(&sengen::ui::Words::new(id)).trim(),
                text.trim(),
                "{id}"
            );
        }
    }
}
