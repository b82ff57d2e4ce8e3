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
/// The longest line a snippet shows whole; a longer one (a pasted page, a
/// hostile file of one line) is shown around the places a diagnostic
/// points at, its other stretches left out as « … ».
const LONGEST_LINE: usize = 240;

/// How much of a long line is kept either side of a place.
const AROUND: usize = 60;

/// Whether `offset` of `text` stands in a line too long to show whole.
pub(super) fn in_long_line(text: &str, offset: usize) -> bool {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let start = text[..offset].rfind('\n').map_or(0, |n| n + 1);
    let end = text[offset..].find('\n').map_or(text.len(), |n| offset + n);
    end - start > LONGEST_LINE
}

/// The stretches of `text`'s long lines to leave out: all of each such
/// line but its start and what stands around the offsets of `keep`.
fn elisions(text: &str, keep: &[usize]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let line_end = line_start + line.trim_end_matches(['\n', '\r']).len();
        if line_end - line_start > LONGEST_LINE {
            // What to keep of it, as byte ranges, on character boundaries.
            let floor = |at: usize| {
                let mut at = at.clamp(line_start, line_end);
                while !text.is_char_boundary(at) {
                    at -= 1;
                }
                at
            };
            let mut kept = vec![(line_start, floor(line_start + AROUND))];
            for &at in keep
                .iter()
                .filter(|&&at| (line_start..=line_end).contains(&at))
            {
                kept.push((floor(at.saturating_sub(AROUND)), floor(at + AROUND)));
            }
            kept.sort();
            let mut at = line_start;
            for (from, to) in kept {
                if from > at + 3 {
                    out.push(at..from);
                }
                at = at.max(to);
            }
            if line_end > at + 3 {
                out.push(at..line_end);
            }
        }
        line_start += line.len();
    }
    out
}

/// `text` as a terminal is shown it, the long lines' stretches that no
/// diagnostic points into left out (`keep`: the offsets it points at).
pub(super) fn shown_with_offsets<'t>(text: &'t str, keep: &[usize]) -> (Cow<'t, str>, Shifts) {
    let left_out = elisions(text, keep);
    if left_out.is_empty() {
        return visible_with_offsets(text);
    }
    let mut shown = String::with_capacity(text.len().min(1 << 20));
    let mut shifts = Vec::new();
    let mut growth = 0isize;
    let mut gaps = left_out.into_iter().peekable();
    let mut chars = text.char_indices();
    while let Some((at, c)) = chars.next() {
        if let Some(gap) = gaps.next_if(|gap| gap.start == at) {
            shown.push('…');
            growth += '…'.len_utf8() as isize - (gap.end - gap.start) as isize;
            shifts.push((at, growth));
            // Past the stretch left out.
            for (next, _) in chars.by_ref() {
                if next + 1 >= gap.end {
                    break;
                }
            }
            continue;
        }
        match hidden_at(text, at, c) {
            Some(picture) => {
                shown.push(picture);
                growth += picture.len_utf8() as isize - c.len_utf8() as isize;
                shifts.push((at, growth));
            }
            None => shown.push(c),
        }
    }
    (Cow::Owned(shown), Shifts(shifts))
}

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
    fn a_long_line_is_shown_around_what_is_pointed_at() {
        let line = format!(
            "title = {}ICI{}\nsuite\n",
            "a".repeat(5000),
            "b".repeat(5000)
        );
        let at = line.find("ICI").unwrap();
        let (shown, shifts) = shown_with_offsets(&line, &[at, at + 3]);
        assert!(shown.len() < 400, "{}", shown.len());
        assert!(
            shown.starts_with("title = aaa") && shown.ends_with("…\nsuite\n"),
            "{shown}"
        );
        let mapped = shifts.map(at);
        assert_eq!(&shown[mapped..mapped + 3], "ICI");
        assert_eq!(
            &shown[shifts.map(line.find("suite").unwrap())..][..5],
            "suite"
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
