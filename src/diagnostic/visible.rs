//! What a terminal is shown of a user's text: control characters made
//! visible. A file sengen quotes (a draft from outside, a translator's
//! .ftl) may hold an ESC, a lone carriage return or a C1 control; written
//! as they are, they would recolour, move or rewrite what the terminal shows
//! (a diagnostic erasing itself, a line pretending to be another). They are
//! shown as their Unicode control pictures (ESC as ␛) instead, and the spans
//! into a quoted file follow the shifted offsets.

use std::borrow::Cow;

/// What stands for `c` on a terminal, when `c` must not be written as it is.
/// Line feeds and tabs keep their meaning; a carriage return only before a
/// line feed (a Windows line end), which `hidden_at` decides.
fn picture(c: char) -> Option<char> {
    match c {
        '\n' | '\t' | '\r' => None,
        // U+2400 SYMBOL FOR NULL and the 31 that follow it: ␀ … ␟.
        '\0'..='\u{1f}' => char::from_u32(0x2400 + c as u32),
        '\u{7f}' => Some('\u{2421}'),
        // C1 controls (U+009B is a CSI for some terminals) have no pictures.
        '\u{80}'..='\u{9f}' => Some('\u{fffd}'),
        _ => None,
    }
}

/// The picture of the character at `offset` of `text`, if it must be hidden.
fn hidden_at(text: &str, offset: usize, c: char) -> Option<char> {
    if c == '\r' && !text[offset + 1..].starts_with('\n') {
        return Some('\u{240d}');
    }
    picture(c)
}

/// `text` with every control character a terminal would act on made visible.
pub fn visible(text: &str) -> Cow<'_, str> {
    visible_with_offsets(text).0
}

/// `text` made visible, and where its offsets moved: for each character
/// replaced, its offset in `text` and how many bytes longer the text is
/// after it than before.
pub(super) fn visible_with_offsets(text: &str) -> (Cow<'_, str>, Shifts) {
    let mut hidden = text
        .char_indices()
        .filter_map(|(at, c)| hidden_at(text, at, c).map(|p| (at, c, p)))
        .peekable();
    if hidden.peek().is_none() {
        return (Cow::Borrowed(text), Shifts(Vec::new()));
    }
    let mut shown = String::with_capacity(text.len() + 16);
    let mut shifts = Vec::new();
    let mut copied = 0;
    let mut growth = 0isize;
    for (at, c, picture) in hidden {
        shown.push_str(&text[copied..at]);
        shown.push(picture);
        copied = at + c.len_utf8();
        growth += picture.len_utf8() as isize - c.len_utf8() as isize;
        shifts.push((at, growth));
    }
    shown.push_str(&text[copied..]);
    (Cow::Owned(shown), Shifts(shifts))
}

/// How offsets into a text map to offsets into its visible form.
#[derive(Debug, Clone, Default)]
pub(super) struct Shifts(Vec<(usize, isize)>);

impl Shifts {
    /// The offset in the visible text of `offset` in the original: moved by
    /// the growth of every replaced character before it.
    pub(super) fn map(&self, offset: usize) -> usize {
        let before = self.0.partition_point(|&(at, _)| at < offset);
        match before.checked_sub(1).map(|i| self.0[i].1) {
            Some(growth) => offset.saturating_add_signed(growth),
            None => offset,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_without_controls_is_left_as_it_is() {
        let text = "Déclaration de Shizuoka\r\n静岡宣言\tfin\n";
        assert!(matches!(visible(text), Cow::Borrowed(_)));
    }

    #[test]
    fn controls_are_shown_as_pictures() {
        assert_eq!(
            visible("a\u{1b}[31mb\rc\u{7f}d\u{9b}2Je\0"),
            "a␛[31mb␍c␡d\u{fffd}2Je␀"
        );
    }

    #[test]
    fn offsets_follow_the_pictures() {
        let text = "x\u{1b}y\u{9b}z\u{1b}";
        let (shown, shifts) = visible_with_offsets(text);
        // Every character of the original starts where its image starts.
        let pairs: Vec<(usize, usize)> = text
            .char_indices()
            .map(|(at, _)| at)
            .zip(shown.char_indices().map(|(at, _)| at))
            .collect();
        for (original, visible) in pairs {
            assert_eq!(shifts.map(original), visible, "at {original}");
        }
        assert_eq!(shifts.map(text.len()), shown.len());
    }
}
