//! `translations.lock`: for each translated language, for each message, a
//! hash of the source-language message its translation was last reviewed
//! against. Read here, with the rest of the declaration; written back (by
//! `sengen translations --mark-reviewed`) with the toml crate.

use std::collections::BTreeMap;

use toml::Spanned;

use crate::diagnostic::{Code, Diagnostic, FileId, Span};
use crate::words;

/// The name of the lock file in a declaration folder.
pub const LOCK_FILE: &str = "translations.lock";

/// What the file says before its tables.
pub const HEADER: &str = "# sengen translations.lock: for each translated message, a hash of the source-language\n\
# message it was last reviewed against. Written by `sengen translations --mark-reviewed`.\n";

/// The lock file, read: per translated language, per message id, the hash
/// and where the file states it.
#[derive(Debug, Clone, Default)]
pub struct Lock {
    /// The file it was read from (none for a lock not yet written).
    pub file: Option<FileId>,
    pub entries: BTreeMap<String, BTreeMap<String, Recorded>>,
}

/// One message's recorded hash.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub hash: String,
    /// Where the file states it (none for a hash recorded by this run).
    pub span: Option<Span>,
}

impl Lock {
    /// Parses the lock file's text (TOML: `[<lang>] <message-id> = "<hash>"`).
    pub fn parse(file: FileId, text: &str) -> Result<Lock, Diagnostic> {
        type Tables = BTreeMap<String, BTreeMap<String, Spanned<String>>>;
        let tables: Tables = toml::from_str(text).map_err(|e| {
            let d = Diagnostic::new(
                Code::L020,
                words!(
                    "L020-invalid",
                    lock_file = LOCK_FILE.to_string(),
                    detail = e.message().trim_end().replace('\n', "; ").to_string()
                ),
            )
            .hint(words!(
                "L020-written-sengen-translations-mark-hint",
                lock_file = LOCK_FILE.to_string()
            ));
            match e.span() {
                Some(range) => d.at(Span::new(file, range), words!("label-here")),
                None => d,
            }
        })?;
        let entries = tables
            .into_iter()
            .map(|(lang, ids)| {
                let ids = ids.into_iter().map(|(id, hash)| {
                    let span = Some(Span::new(file, hash.span()));
                    (
                        id,
                        Recorded {
                            hash: hash.into_inner(),
                            span,
                        },
                    )
                });
                (lang, ids.collect())
            })
            .collect();
        Ok(Lock {
            file: Some(file),
            entries,
        })
    }

    /// The hash recorded for a message of a language.
    pub fn get(&self, lang: &str, id: &str) -> Option<&Recorded> {
        self.entries.get(lang).and_then(|ids| ids.get(id))
    }

    /// Records `hash` as the source a message of `lang` was reviewed against.
    pub fn record(&mut self, lang: &str, id: &str, hash: String) {
        self.entries
            .entry(lang.to_owned())
            .or_default()
            .insert(id.to_owned(), Recorded { hash, span: None });
    }

    /// The file's text: a comment saying what it is, then a table per language.
    pub fn to_text(&self) -> Result<String, toml::ser::Error> {
        let tables: BTreeMap<&String, BTreeMap<&String, &String>> = self
            .entries
            .iter()
            .map(|(lang, ids)| (lang, ids.iter().map(|(id, r)| (id, &r.hash)).collect()))
            .collect();
        Ok(format!("{HEADER}\n{}", toml::to_string(&tables)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Sources;

    #[test]
    fn a_lock_reads_back_what_it_writes() {
        let mut lock = Lock::default();
        lock.record("ja", "title", "0123456789abcdef".into());
        lock.record("ja", "closing", "fedcba9876543210".into());
        lock.record("en", "title", "00000000000000ff".into());
        let text = lock.to_text().unwrap();
        assert_eq!(
            text,
            format!(
                "{HEADER}\n[en]\ntitle = \"00000000000000ff\"\n\n[ja]\nclosing = \"fedcba9876543210\"\ntitle = \"0123456789abcdef\"\n"
            )
        );
        let mut sources = Sources::default();
        let file = sources.add(LOCK_FILE, text.clone());
        let read = Lock::parse(file, &text).unwrap();
        assert_eq!(read.get("ja", "title").unwrap().hash, "0123456789abcdef");
        let span = read.get("ja", "closing").unwrap().span.clone().unwrap();
        assert_eq!(&text[span.range], "\"fedcba9876543210\"");
        assert_eq!(read.to_text().unwrap(), text);
    }

    #[test]
    fn a_lock_that_is_not_tables_of_strings_is_l020() {
        let mut sources = Sources::default();
        let file = sources.add(LOCK_FILE, "[ja]\ntitle = 12\n");
        let error = Lock::parse(file, "[ja]\ntitle = 12\n").unwrap_err();
        assert_eq!(error.code, Code::L020);
        assert_eq!(error.primary.unwrap().0.range, 13..15);
    }
}
