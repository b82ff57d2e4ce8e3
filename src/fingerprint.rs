//! The fingerprint of a declaration: a SHA-256 over its canonical inputs (the
//! schema file, every language's text, and the templates and fixed wording
//! that typeset it), printed on every page. Any change to any of them changes
//! it, so a page from another version, or an older draft, shows.

use sha2::{Digest, Sha256};

/// A SHA-256 fingerprint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint(String);

impl Fingerprint {
    /// Hashes named inputs in name order: each as its name, its length and its
    /// bytes, so no two different sets of inputs can be confused.
    pub fn of(inputs: &[(String, &[u8])]) -> Self {
        let mut sorted: Vec<&(String, &[u8])> = inputs.iter().collect();
        sorted.sort_by(|a, b| a.0.cmp(&b.0));
        let mut hasher = Sha256::new();
        for (name, bytes) in sorted {
            hasher.update((name.len() as u64).to_be_bytes());
            hasher.update(name.as_bytes());
            hasher.update((bytes.len() as u64).to_be_bytes());
            hasher.update(bytes);
        }
        Fingerprint(
            hasher
                .finalize()
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect(),
        )
    }

    /// The 64 hexadecimal digits.
    pub fn full(&self) -> &str {
        &self.0
    }

    /// The first 12 digits, as every page's footer shows them.
    pub fn short(&self) -> &str {
        let end = self
            .0
            .char_indices()
            .nth(12)
            .map_or(self.0.len(), |(i, _)| i);
        &self.0[..end]
    }

    /// What a preview shows where a PDF shows its fingerprint: dots, not
    /// digits (a preview is no version of the text to cite), and the same
    /// after every edit, so that only the pages whose text changed differ.
    pub fn placeholder() -> Self {
        Fingerprint("·".repeat(64))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_change_changes_it_and_order_does_not() {
        let a = Fingerprint::of(&[
            ("fr.ftl".into(), b"a = x"),
            ("declaration.toml".into(), b"id = 1"),
        ]);
        let b = Fingerprint::of(&[
            ("declaration.toml".into(), b"id = 1"),
            ("fr.ftl".into(), b"a = x"),
        ]);
        let c = Fingerprint::of(&[
            ("fr.ftl".into(), b"a = y"),
            ("declaration.toml".into(), b"id = 1"),
        ]);
        let moved = Fingerprint::of(&[
            ("fr.ftl".into(), b"a = "),
            ("declaration.toml".into(), b"xid = 1"),
        ]);
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_ne!(a, moved, "bytes moved from one input to another");
        assert_eq!(a.full().len(), 64);
        assert_eq!(a.short(), &a.full()[..12]);
    }
}
