//! What every reader of outside XML shares (XLIFF files, the parts of a
//! .docx): XML's own five entities and character references are the only
//! references resolved; anything else (an entity a DTD would define) is
//! refused by the caller, and so is a DTD itself.

use quick_xml::events::BytesRef;

/// The deepest nesting of elements read: an XLIFF file nests five or six
/// deep, a .docx's body a dozen. Past this, a file is refused, as a hostile
/// one (a parser's stack, quick-xml's count of 16 bits) would be.
pub const DEEPEST: usize = 256;

/// The text a reference stands for: `&amp;`, `&#233;`…, or `None` for an
/// entity XML does not define itself.
pub fn resolve_reference(reference: &BytesRef) -> Option<String> {
    if reference.is_char_ref() {
        return reference
            .resolve_char_ref()
            .ok()
            .flatten()
            .map(String::from);
    }
    let name: &[u8] = reference;
    let text = match name {
        b"lt" => "<",
        b"gt" => ">",
        b"amp" => "&",
        b"quot" => "\"",
        b"apos" => "'",
        _ => return None,
    };
    Some(text.to_owned())
}

/// One-based line and column (in characters) of a byte offset of `text`.
pub fn line_column(text: &[u8], offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |n| n + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, column)
}
