//! Where each revision of a PDF ends: after each `startxref N %%EOF` (and
//! the end of line that follows it), as an incremental update appends them.
//! A signature covers the file up to one of these ends.

use std::sync::LazyLock;

use regex::bytes::Regex;

/// `startxref`, its offset and `%%EOF`, with the end of line after it.
static REVISION_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"startxref[ \t\r\n\f\x00]+[0-9]+[ \t\r\n\f\x00]+%%EOF(\r\n|\r|\n)?")
        .expect("a valid pattern")
});

/// The byte offsets at which the revisions of `data` end, in order.
pub fn revision_ends(data: &[u8]) -> Vec<usize> {
    REVISION_END.find_iter(data).map(|m| m.end()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_revision_ends_after_its_end_of_line() {
        let file = b"%PDF-1.7\n...startxref\n123\n%%EOF\n1 0 obj...startxref\r\n456\r\n%%EOF\r\nx";
        let ends = revision_ends(file);
        assert_eq!(ends.len(), 2);
        assert_eq!(&file[ends[0] - 6..ends[0]], b"%%EOF\n");
        assert_eq!(&file[ends[1] - 7..ends[1]], b"%%EOF\r\n");
        assert!(revision_ends(b"no end").is_empty());
        assert_eq!(revision_ends(b"startxref 9 %%EOF"), [17]);
    }
}
