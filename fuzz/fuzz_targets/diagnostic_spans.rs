//! Fuzz target: diagnostics map any byte range of any file to lines and
//! columns, and print (as text and as JSON) without panicking, whatever the
//! range: past the end, reversed, or inside a multi-byte character.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use sengen::diagnostic::{Code, Diagnostic, Diagnostics, Sources, Span, offset_in};

#[derive(Debug, Arbitrary)]
struct Input {
    name: String,
    text: String,
    spans: Vec<(u16, u16)>,
    /// A slice of the text (by offsets) whose span `Span::of_slice` must find.
    slice: (u16, u16),
    /// A line and column, as handlebars reports them, to turn into an offset.
    position: (u8, u8),
}

fuzz_target!(|input: Input| {
    let mut sources = Sources::default();
    let file = sources.add(input.name.clone(), input.text.clone());
    let mut diagnostics = Diagnostics::default();
    for (i, (start, end)) in input.spans.iter().enumerate() {
        let range = *start as usize..*end as usize;
        let (line, column) = sources.line_column(file, range.start);
        assert!(line >= 1 && column >= 1);
        let mut d = Diagnostic::new(Code::X001, sengen::words!("raw-text", text = format!("finding {i}")))
            .at(Span::new(file, range.clone()), sengen::words!("label-here"))
            .hint(sengen::words!("raw-text", text = "a hint"));
        if i % 2 == 1 {
            d = d.related(Span::new(file, range.end..range.start), sengen::words!("raw-text", text = "and there"));
        }
        diagnostics.push(d);
    }
    let text = diagnostics.render(&sources);
    let json = diagnostics.to_json_lines(&sources, &sengen::ui::Ui::english());
    assert_eq!(json.lines().count(), input.spans.len());
    assert!(input.spans.is_empty() || !text.is_empty());

    // A slice on character boundaries maps back to exactly its offsets.
    let (a, b) = (input.slice.0 as usize, input.slice.1 as usize);
    let (start, end) = (a.min(b), a.max(b));
    let source = sources.text(file);
    if end <= source.len() && source.is_char_boundary(start) && source.is_char_boundary(end) {
        let span = Span::of_slice(file, source, &source[start..end]);
        assert_eq!(span.range, start..end);
    }
    // A line and column maps to a character boundary of the text, and back.
    let (line, column) = (input.position.0 as usize, input.position.1 as usize);
    let offset = offset_in(source, line, column);
    assert!(offset <= source.len() && source.is_char_boundary(offset));
    if line >= 1 && column >= 1 && offset < source.len() && !source[offset..].starts_with('\n') {
        let (l, c) = sources.line_column(file, offset);
        if l == line {
            assert_eq!(c, column, "line {line} column {column} is offset {offset}");
        }
    }

    // A string that is not part of the source maps to nothing.
    let elsewhere = String::from("elsewhere");
    assert_eq!(Span::of_slice(file, source, &elsewhere).range, 0..0);
});
