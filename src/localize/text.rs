//! Localized text: what a message says once Fluent has resolved it.
//!
//! Text is plain Unicode with one piece of inline markup, `<sup>…</sup>`
//! (« 8<sup>e</sup> Rencontres »), as the adopted texts write ordinals. Anything
//! else, `<b>` or `#` or `$` included, is just characters. Lines a message was
//! wrapped on are joined here: with a space between words, with nothing between
//! two CJK characters (a space there would show in Japanese text).

/// A resolved, whitespace-normalised piece of text; in a redline (`sengen
/// diff`), also the runs that say what was inserted and deleted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// What the text says (in a redline: what the new version says).
    text: String,
    redline: Option<Vec<Run>>,
}

/// A run of a redline's text.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Run {
    pub change: Change,
    /// Text as `Text` holds it (`<sup>` included), its lines joined.
    pub text: String,
}

/// What happened to a run between two versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    Same,
    Inserted,
    Deleted,
    /// Said of the text, not part of it: « moved from … ».
    Note,
}

/// A run of text: plain, or set as a superscript.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inline<'a> {
    Plain(&'a str),
    Superscript(&'a str),
}

use crate::language::is_cjk;

const SUP_OPEN: &str = "<sup>";
const SUP_CLOSE: &str = "</sup>";

impl Text {
    /// Normalises the whitespace of a resolved message.
    pub fn new(resolved: &str) -> Self {
        Text {
            text: join_lines(resolved),
            redline: None,
        }
    }

    /// A redline's text: what the new version says, and how it differs.
    pub fn redline(runs: Vec<Run>) -> Self {
        let text = runs
            .iter()
            .filter(|r| matches!(r.change, Change::Same | Change::Inserted))
            .map(|r| r.text.as_str())
            .collect();
        Text {
            text,
            redline: Some(runs),
        }
    }

    /// The runs of a redline, or `None` for a plain text.
    pub fn runs(&self) -> Option<&[Run]> {
        self.redline.as_deref()
    }

    /// A run's text as a text of its own, its lines already joined.
    pub fn of_run(run: &Run) -> Self {
        Text {
            text: run.text.clone(),
            redline: None,
        }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The runs of the text, in order. An opening tag without its closing
    /// tag (or with a `<` inside) is not markup and stays as it is.
    pub fn inlines(&self) -> Vec<Inline<'_>> {
        let mut runs = Vec::new();
        let mut rest = self.text.as_str();
        while let Some(open) = rest.find(SUP_OPEN) {
            let inner_start = open + SUP_OPEN.len();
            let Some(len) = rest[inner_start..].find(SUP_CLOSE) else {
                break;
            };
            let inner = &rest[inner_start..inner_start + len];
            if inner.contains('<') {
                // Not our markup: keep the text up to and including this `<sup>` literally.
                runs.push(Inline::Plain(&rest[..inner_start]));
                rest = &rest[inner_start..];
                continue;
            }
            if open > 0 {
                runs.push(Inline::Plain(&rest[..open]));
            }
            runs.push(Inline::Superscript(inner));
            rest = &rest[inner_start + len + SUP_CLOSE.len()..];
        }
        if !rest.is_empty() {
            runs.push(Inline::Plain(rest));
        }
        runs
    }

    /// The characters a reader sees, markup removed (for PDF metadata).
    pub fn plain(&self) -> String {
        self.inlines()
            .into_iter()
            .map(|run| match run {
                Inline::Plain(s) | Inline::Superscript(s) => s,
            })
            .collect()
    }
}

/// Collapses each run of ASCII whitespace to one space, or to nothing when it
/// spans a line break between two CJK characters; trims both ends. No-break
/// spaces (U+00A0, U+202F) are characters the author chose and stay.
fn join_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text
        .trim_matches(|c: char| c.is_ascii_whitespace())
        .chars()
        .peekable();
    while let Some(c) = chars.next() {
        if !c.is_ascii_whitespace() {
            out.push(c);
            continue;
        }
        let mut newline = c == '\n';
        while let Some(&next) = chars.peek().filter(|n| n.is_ascii_whitespace()) {
            newline |= next == '\n';
            chars.next();
        }
        let before = out.chars().last();
        let after = chars.peek().copied();
        let cjk_join = newline && before.is_some_and(is_cjk) && after.is_some_and(is_cjk);
        if !cjk_join {
            out.push(' ');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_wrapped_lines_with_a_space_between_words() {
        assert_eq!(Text::new("un\n    deux  trois\n").as_str(), "un deux trois");
    }

    #[test]
    fn joins_wrapped_japanese_lines_without_a_space() {
        assert_eq!(
            Text::new("日仏自治体\n    交流会議").as_str(),
            "日仏自治体交流会議"
        );
        assert_eq!(
            Text::new("静岡 市").as_str(),
            "静岡 市",
            "a space the author typed on one line stays"
        );
    }

    #[test]
    fn keeps_no_break_spaces() {
        assert_eq!(
            Text::new("« a\u{202f}»\u{a0}:").as_str(),
            "« a\u{202f}»\u{a0}:"
        );
    }

    #[test]
    fn finds_superscripts_and_leaves_other_tags_alone() {
        let text = Text::new("les 8<sup>e</sup> Rencontres <b>x</b> <sup>a<b></sup> <sup>open");
        assert_eq!(
            text.inlines(),
            vec![
                Inline::Plain("les 8"),
                Inline::Superscript("e"),
                Inline::Plain(" Rencontres <b>x</b> <sup>"),
                Inline::Plain("a<b></sup> <sup>open"),
            ]
        );
        assert_eq!(
            text.plain(),
            "les 8e Rencontres <b>x</b> <sup>a<b></sup> <sup>open"
        );
    }
}
