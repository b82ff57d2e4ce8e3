//! A declaration folder as it was at a git revision (`sengen diff DIR
//! --since REV`): its input files read out of the repository into memory,
//! which loading then reads as the whole folder (`Overlay::whole`); nothing
//! is written anywhere.
//!
//! Through the `git` command rather than a library: it is the user's own
//! git, with their repository's configuration (worktrees, alternates,
//! partial clones, `safe.directory`), it reads every repository format git
//! writes, and it adds nothing to sengen's build (libgit2 is a C library to
//! compile; gitoxide is as large as typst). Only plain files directly in the
//! folder are read (its `declaration.toml`, `<lang>.ftl`,
//! `translations.lock`): no symbolic link, no sub-folder, and no file larger
//! than loading reads.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use super::{LARGEST_TEXT_FILE, Overlay};
use crate::diagnostic::{Code, Diagnostic, Failure, Internal};
use crate::words;

/// A folder's input files at a revision, in memory.
pub struct Revision {
    /// The files, standing for the whole folder.
    pub files: Overlay,
    /// How the folder is named to the user: `HEAD~1:fixtures/shizuoka-2024`.
    pub shown_as: String,
    /// The revision's commit.
    pub commit: String,
}

impl Revision {
    /// The folder's name, as its files are named to the user.
    pub fn path(&self) -> PathBuf {
        PathBuf::from(&self.shown_as)
    }
}

/// Reads what `dir` held at `rev`.
pub fn checkout(dir: &Path, rev: &str) -> Result<Revision, Failure> {
    // A revision is never an option of git's (`--output=…`).
    if rev.is_empty() || rev.starts_with('-') || rev.contains(char::is_control) {
        return Err(unknown_revision(dir, rev, "not-a-name").into());
    }
    let prefix = match git(dir, &["rev-parse", "--show-prefix"])? {
        Ok(out) => String::from_utf8_lossy(&out.stdout).trim().to_owned(),
        Err(_) => return Err(outside_repository(dir).into()),
    };
    let commit = match git(
        dir,
        &[
            "rev-parse",
            "--verify",
            "--quiet",
            "--end-of-options",
            &format!("{rev}^{{commit}}"),
        ],
    )? {
        Ok(out) => String::from_utf8_lossy(&out.stdout).trim().to_owned(),
        Err(_) => {
            return Err(unknown_revision(dir, rev, "not-a-commit").into());
        }
    };
    // The folder's own entries at that commit, names relative to it.
    let listing = match git(dir, &["ls-tree", "-z", "-l", &commit, "--", "."])? {
        Ok(out) => out.stdout,
        Err(out) => {
            return Err(Internal::Environment {
                what: "git ls-tree".to_owned(),
                detail: String::from_utf8_lossy(&out.stderr).trim().to_owned(),
            }
            .into());
        }
    };
    let folder = prefix.trim_end_matches('/');
    let shown_as = if folder.is_empty() {
        format!("{rev}:")
    } else {
        format!("{rev}:{folder}")
    };
    let mut files = Overlay::whole();
    let mut copied = 0;
    for entry in listing.split(|b| *b == 0).filter(|e| !e.is_empty()) {
        let entry = String::from_utf8_lossy(entry);
        // `<mode> <type> <object> <size>\t<name>`
        let Some((meta, name)) = entry.split_once('\t') else {
            continue;
        };
        let fields: Vec<&str> = meta.split_whitespace().collect();
        let [mode, kind, object, size] = fields[..] else {
            continue;
        };
        let plain_file = kind == "blob" && (mode == "100644" || mode == "100755");
        let plain_name = !name.contains(['/', '\\']) && super::is_input_file(name);
        if !plain_file || !plain_name {
            continue;
        }
        if size.parse::<u64>().map_or(true, |s| s > LARGEST_TEXT_FILE) {
            // Loading would refuse it anyway, and it would be read into memory first.
            continue;
        }
        let blob = match git(dir, &["cat-file", "blob", object])? {
            Ok(out) => out.stdout,
            Err(out) => {
                return Err(Internal::Environment {
                    what: format!("git cat-file of {name}"),
                    detail: String::from_utf8_lossy(&out.stderr).trim().to_owned(),
                }
                .into());
            }
        };
        let Ok(text) = String::from_utf8(blob) else {
            return Err(Diagnostic::new(
                Code::S002,
                words!(
                    "S002-not-valid-utf-8-2",
                    revision = shown_as.to_string(),
                    name = name.to_string()
                ),
            )
            .hint(words!("S002-revision-s-file-cannot-hint"))
            .into());
        };
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text).to_owned();
        files = files.with(name, text);
        copied += 1;
    }
    if copied == 0 {
        return Err(Diagnostic::new(
            Code::C009,
            words!(
                "C009-did-not-exist-at",
                dir = super::display_name(dir).to_string(),
                rev = rev.to_string()
            ),
        )
        .hint(words!(
            "C009-git-log-oneline-lists-hint",
            dir = super::display_name(dir).to_string()
        ))
        .into());
    }
    Ok(Revision {
        files,
        shown_as,
        commit,
    })
}

/// A commit that changed the folder, as its history lists it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Commit {
    pub commit: String,
    /// When it was made (ISO 8601, with its offset).
    pub date: String,
    /// Its message's first line.
    pub subject: String,
}

/// The commits that changed the folder `dir`, newest first, at most
/// `most`; none when the folder is not in a git repository (or git is not
/// installed): there is no history to compare with.
pub fn history(dir: &Path, most: usize) -> Vec<Commit> {
    let count = format!("--max-count={most}");
    let Ok(Ok(out)) = git(
        dir,
        &["log", &count, "--format=%H%x1f%cI%x1f%s%x1e", "--", "."],
    ) else {
        return Vec::new();
    };
    String::from_utf8_lossy(&out.stdout)
        .split('\x1e')
        .filter_map(|record| {
            let mut fields = record.trim_start_matches('\n').splitn(3, '\x1f');
            let commit = fields.next()?.trim().to_owned();
            let date = fields.next()?.to_owned();
            let subject = fields.next()?.trim_end().to_owned();
            (commit.len() >= 40).then_some(Commit {
                commit,
                date,
                subject,
            })
        })
        .collect()
}

/// Runs git in `dir`: its output when it succeeded, `Err(output)` when it
/// refused; an environment failure when git cannot be run at all.
fn git(dir: &Path, args: &[&str]) -> Result<Result<Output, Output>, Failure> {
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        // The user's language would change git's messages, not its answers.
        .env("LC_ALL", "C")
        .output()
        .map_err(|e| Internal::Environment {
            what: "running git (`sengen diff --since` needs git installed)".to_owned(),
            detail: e.to_string(),
        })?;
    Ok(if output.status.success() {
        Ok(output)
    } else {
        Err(output)
    })
}

fn outside_repository(dir: &Path) -> Diagnostic {
    Diagnostic::new(
        Code::C008,
        words!(
            "C008-not-inside-git-repository",
            dir = super::display_name(dir).to_string()
        ),
    )
    .hint(words!("C008-give-both-drafts-folders-hint"))
}

/// `why`: `not-a-name` or `not-a-commit`, a key of the wording.
fn unknown_revision(dir: &Path, rev: &str, why: &'static str) -> Diagnostic {
    Diagnostic::new(Code::C009, words!("C009-since", rev = rev, why = why)).hint(words!(
        "C009-name-commit-branch-tag-hint",
        dir = super::display_name(dir).to_string()
    ))
}
