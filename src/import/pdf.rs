//! A PDF draft (an earlier edition as a website gives it, a draft printed to
//! PDF, sengen's own output), read as hostile input with hayro, the PDF
//! interpreter Typst itself uses: chosen by measuring it against pdf-extract
//! and lopdf on real PDFs (LibreOffice's, Word's, Typst's, damaged ones:
//! `benches/pdf-readers`, docs/import-pdf.md).
//!
//! Every page is interpreted and its glyphs kept with their place, size,
//! weight and marked content. Where the PDF is tagged (sengen's own PDFs,
//! Word's, LibreOffice's when asked), its structure tree says what is a
//! paragraph, a heading, the title or a list entry, and what is page
//! furniture (artifacts, never in the tree). Elsewhere the layout says it:
//! glyphs become lines by their baseline, lines become paragraphs where the
//! spacing grows, a line stops short of the measure, the next is indented or
//! starts a list, or the type changes; a word cut at a line's end is joined;
//! page numbers and running headers and footers are left out, and rotated
//! text (a watermark); each of those decisions is said in the report. A PDF
//! with no text (a scan) is refused with what to do instead.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use hayro_interpret::font::Glyph as PdfGlyph;
use hayro_interpret::hayro_cmap::BfString;
use hayro_interpret::{
    BlendMode, ClipPath, Context, Device, GlyphDrawMode, Image, InterpreterCache,
    InterpreterSettings, Paint, PathDrawMode, SoftMask, interpret_page,
};
use hayro_syntax::object::{Dict, Object, ObjectIdentifier};
use hayro_syntax::page::Page;
use hayro_syntax::{LoadPdfError, Pdf};
use kurbo::{Affine, BezPath, Point, Rect};
use regex::Regex;

use super::docx::unreadable_draft;
use super::source::{Kind, Paragraph, Place, Source, Unmapped};
use crate::diagnostic::{Code, Diagnostic};
use crate::language::is_cjk;
use crate::words;

/// The most pages read (a declaration with its signature pages is a few dozen).
const MOST_PAGES: usize = 1000;
/// The most glyphs read over the whole file (Shizuoka's French PDF has 40,000).
const MOST_GLYPHS: usize = 2_000_000;
/// The most elements of a structure tree visited, and how deep.
const MOST_ELEMENTS: usize = 200_000;
const DEEPEST_ELEMENT: usize = 200;
/// The share of the text a structure tree must hold to be trusted over the
/// layout: all of it. A tree that misses a glyph drawn outside the page's
/// furniture would lose text without a word (LibreOffice's tree misses a
/// paragraph's end across a page break); the layout loses none.
const TRUSTED_TREE_SHARE: f64 = 1.0;

/// A glyph as drawn: its text and where it stands on its page, in points
/// from the page's top left, its baseline at `top`.
#[derive(Debug, Clone)]
struct Glyph {
    text: String,
    left: f64,
    right: f64,
    top: f64,
    size: f64,
    bold: bool,
    italic: bool,
    /// The marked content it is drawn in: its id, and whether it (or one
    /// around it) is an artifact (page furniture a tagged PDF marks).
    mcid: Option<i32>,
    artifact: bool,
}

impl Glyph {
    fn is_space(&self) -> bool {
        self.text
            .chars()
            .all(|c| c.is_whitespace() && c != '\u{3000}')
    }
}

/// A page's glyphs in the order the page draws them.
struct PageText {
    glyphs: Vec<Glyph>,
    height: f64,
    /// Images drawn (a scanned page is one).
    images: usize,
    /// Glyphs not upright (a watermark across the page), left out.
    turned: usize,
}

/// Whether bytes start as a PDF does, whatever the file's name says.
pub fn is_pdf(start: &[u8]) -> bool {
    start.starts_with(b"%PDF-")
}

/// Reads a PDF's text as paragraphs.
/// `lang`: the draft's language; of a bilingual PDF (sengen's fr-ja), only
/// the paragraphs its tags give in that language are read.
pub fn read(bytes: Vec<u8>, name: &str, lang: &str) -> Result<Source, Diagnostic> {
    // hayro forbids unsafe code, but a malformed file may still make it
    // panic (none of 255 damaged files did): that is a file sengen cannot
    // read, said as such, not an internal failure.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| read_pdf(bytes, name, lang)))
        .unwrap_or_else(|_| {
            Err(unreadable_draft(
                name,
                words!("I001-pdf-unreadable"),
                words!("I001-save-draft-again-from-hint"),
            ))
        })
}

fn read_pdf(bytes: Vec<u8>, name: &str, lang: &str) -> Result<Source, Diagnostic> {
    let pdf = Pdf::new(bytes).map_err(|e| match e {
        LoadPdfError::Decryption(_) => unreadable_draft(
            name,
            words!("I001-pdf-encrypted"),
            words!("I001-pdf-encrypted-hint"),
        ),
        LoadPdfError::Invalid => unreadable_draft(
            name,
            words!("I001-pdf-unreadable"),
            words!("I001-save-draft-again-from-hint"),
        ),
    })?;
    let pages = pdf.pages();
    if pages.is_empty() {
        return Err(unreadable_draft(
            name,
            words!("I001-pdf-unreadable"),
            words!("I001-save-draft-again-from-hint"),
        ));
    }
    if pages.len() > MOST_PAGES {
        return Err(Diagnostic::new(
            Code::I002,
            words!(
                "I002-too-large-import",
                name = name,
                what = words!("I002-pdf-pages", count = pages.len())
            ),
        )
        .hint(words!("I002-declaration-s-docx-few-hint")));
    }
    let cache = InterpreterCache::new();
    let mut read = Vec::with_capacity(pages.len());
    let mut glyphs = 0;
    for page in pages.iter() {
        let text = page_text(page, &cache, &pdf, MOST_GLYPHS - glyphs);
        glyphs += text.glyphs.len();
        if glyphs >= MOST_GLYPHS {
            return Err(Diagnostic::new(
                Code::I002,
                words!(
                    "I002-too-large-import",
                    name = name,
                    what = words!("I002-pdf-glyphs", count = MOST_GLYPHS)
                ),
            )
            .hint(words!("I002-declaration-s-docx-few-hint")));
        }
        read.push(text);
    }
    let visible = read
        .iter()
        .flat_map(|p| &p.glyphs)
        .filter(|g| !g.is_space())
        .count();
    if visible == 0 {
        let images: usize = read.iter().map(|p| p.images).sum();
        return Err(unreadable_draft(
            name,
            words!("I001-pdf-no-text", pages = read.len(), images = images),
            words!("I001-pdf-no-text-hint"),
        ));
    }
    let mut source = Source::default();
    let turned: usize = read.iter().map(|p| p.turned).sum();
    if turned > 0 {
        source
            .notes
            .push(words!("import-note-pdf-turned-text", count = turned));
    }
    let page_ids: Vec<Option<ObjectIdentifier>> = pages.iter().map(|p| p.raw().obj_id()).collect();
    match tagged(&pdf, &page_ids) {
        Some(mut tree) if tree_share(&tree, &read) >= TRUSTED_TREE_SHARE => {
            source.notes.push(words!("import-note-pdf-tagged"));
            in_language(&mut tree, lang, &mut source);
            from_tree(&tree, &read, &mut source);
        }
        Some(_) => {
            source.notes.push(words!("import-note-pdf-tags-ignored"));
            from_layout(&read, &mut source);
        }
        None => {
            source.notes.push(words!("import-note-pdf-untagged"));
            from_layout(&read, &mut source);
        }
    }
    Ok(source)
}

/// Interprets one page, keeping at most `room` glyphs.
fn page_text<'a>(
    page: &Page<'a>,
    cache: &InterpreterCache<'a>,
    pdf: &'a Pdf,
    room: usize,
) -> PageText {
    let crop = page.intersected_crop_box();
    let mut context = Context::new(
        Affine::IDENTITY,
        Rect::new(crop.x0, crop.y0, crop.x1, crop.y1),
        cache,
        pdf.xref(),
        InterpreterSettings::default(),
    );
    let mut collector = Collector {
        page_top: crop.y1,
        page_left: crop.x0,
        room,
        glyphs: Vec::new(),
        marks: Vec::new(),
        styles: HashMap::new(),
        images: 0,
        turned: 0,
    };
    interpret_page(page, &mut context, &mut collector);
    PageText {
        glyphs: collector.glyphs,
        height: crop.y1 - crop.y0,
        images: collector.images,
        turned: collector.turned,
    }
}

/// The device hayro draws a page on: it keeps the glyphs and nothing else.
struct Collector {
    page_top: f64,
    page_left: f64,
    room: usize,
    glyphs: Vec<Glyph>,
    /// The marked content open: its id, whether it is an artifact.
    marks: Vec<(Option<i32>, bool)>,
    /// Bold and italic by font, read once per font.
    styles: HashMap<u128, (bool, bool)>,
    images: usize,
    turned: usize,
}

impl Collector {
    fn style(&mut self, glyph: &PdfGlyph<'_>) -> (bool, bool) {
        let PdfGlyph::Outline(outline) = glyph else {
            return (false, false);
        };
        *self
            .styles
            .entry(outline.font_cache_key())
            .or_insert_with(|| {
                outline.font_data().map_or((false, false), |font| {
                    let name = font.postscript_name.unwrap_or_default().to_lowercase();
                    let bold = font.weight.is_some_and(|w| w >= 600)
                        || ["bold", "black", "heavy", "semibold", "demi"]
                            .iter()
                            .any(|w| name.contains(w));
                    let italic =
                        font.is_italic || name.contains("italic") || name.contains("oblique");
                    (bold, italic)
                })
            })
    }
}

impl<'a> Device<'a> for Collector {
    fn set_soft_mask(&mut self, _: Option<SoftMask<'a>>) {}
    fn set_blend_mode(&mut self, _: BlendMode) {}
    fn draw_path(&mut self, _: &BezPath, _: Affine, _: &Paint<'a>, _: &PathDrawMode) {}
    fn push_clip_path(&mut self, _: &ClipPath) {}
    fn push_transparency_group(&mut self, _: f32, _: Option<SoftMask<'a>>, _: BlendMode) {}
    fn draw_image(&mut self, _: Image<'a, '_>, _: Affine) {
        self.images += 1;
    }
    fn pop_clip_path(&mut self) {}
    fn pop_transparency_group(&mut self) {}
    fn begin_marked_content(&mut self, tag: &[u8], mcid: Option<i32>) {
        let outer_artifact = self.marks.last().is_some_and(|m| m.1);
        let outer_mcid = self.marks.last().and_then(|m| m.0);
        self.marks
            .push((mcid.or(outer_mcid), outer_artifact || tag == b"Artifact"));
    }
    fn end_marked_content(&mut self) {
        self.marks.pop();
    }
    fn draw_glyph(
        &mut self,
        glyph: &PdfGlyph<'a>,
        transform: Affine,
        glyph_transform: Affine,
        _: &Paint<'a>,
        _: &GlyphDrawMode,
    ) {
        if self.glyphs.len() >= self.room {
            return;
        }
        let Some(text) = glyph.as_unicode() else {
            return;
        };
        let text = match text {
            BfString::Char(c) => c.to_string(),
            BfString::String(s) => s,
        };
        // The glyph's outline is in units of a 1000-unit em: the em's
        // vector up says its size and whether it stands upright.
        let whole = transform * glyph_transform;
        let origin = whole * Point::ZERO;
        let up = whole * Point::new(0.0, 1000.0) - origin;
        let size = up.hypot();
        if !(size.is_finite() && size > 0.5) {
            return;
        }
        if up.x.abs() > size * 0.05 || up.y <= 0.0 {
            self.turned += 1;
            return;
        }
        let advance = match glyph {
            PdfGlyph::Outline(outline) => outline.advance_width().unwrap_or(500.0) as f64,
            PdfGlyph::Type3(_) => 500.0,
        };
        let end = whole * Point::new(advance, 0.0);
        let (bold, italic) = self.style(glyph);
        let (mcid, artifact) = self.marks.last().copied().unwrap_or((None, false));
        self.glyphs.push(Glyph {
            text,
            left: origin.x - self.page_left,
            right: end.x.max(origin.x) - self.page_left,
            top: self.page_top - origin.y,
            size,
            bold,
            italic,
            mcid,
            artifact,
        });
    }
}

/// A line of text: glyphs on one baseline, in order.
#[derive(Debug, Clone)]
struct Line {
    text: String,
    page: usize,
    left: f64,
    right: f64,
    top: f64,
    size: f64,
    bold: bool,
    italic: bool,
    /// How wide its first word is (its first character, in Japanese): had
    /// it fit at the end of the line before, that line ended on purpose.
    first_word: f64,
}

/// Whitespace a line's ends lose: not U+3000, which is text in Japanese
/// (a line of one ideographic space between two runs is kept).
fn not_ideographic_space(c: char) -> bool {
    c.is_whitespace() && c != '\u{3000}'
}

/// The glyphs of one page (or of one tagged element on it) as lines: a
/// glyph starts a new line where its baseline leaves the line's or it
/// stands left of the line's end; a raised smaller glyph is a superscript
/// (`<sup>…</sup>`); a gap of a fifth of an em between words is a space
/// where the PDF drew none.
fn lines<'g>(glyphs: impl Iterator<Item = &'g Glyph>, page: usize) -> Vec<Line> {
    struct Open {
        line: Line,
        last_right: f64,
        last_char: char,
        space: bool,
        raised: bool,
        first_word_right: Option<f64>,
        /// How many glyphs of each size (in tenths of a point), and their
        /// baseline: the line's size and baseline are its most common ones
        /// (not its bullet's, drawn in a symbol font).
        sizes: Vec<(i64, usize, f64)>,
        bold: usize,
        italic: usize,
        count: usize,
    }
    let close = |open: Open, out: &mut Vec<Line>| {
        let mut line = open.line;
        line.first_word = open.first_word_right.unwrap_or(line.right) - line.left;
        if let Some(&(size, _, top)) = open
            .sizes
            .iter()
            .max_by_key(|(size, count, _)| (*count, *size))
        {
            line.size = size as f64 / 10.0;
            line.top = top;
        }
        if open.raised {
            line.text.push_str("</sup>");
        }
        let mut text = line.text.trim_end_matches(not_ideographic_space).to_owned();
        // A soft hyphen is drawn only where a line breaks: one drawn inside
        // a line is a hyphen whose glyph the PDF maps to U+00AD (Typst's
        // narrow columns do).
        if let Some(inner) = text.strip_suffix('\u{ad}') {
            text = format!("{}\u{ad}", inner.replace('\u{ad}', "-"));
        } else {
            text = text.replace('\u{ad}', "-");
        }
        if !text.is_empty() {
            line.text = text;
            line.bold = open.bold == open.count && open.count > 0;
            line.italic = open.italic == open.count && open.count > 0;
            out.push(line);
        }
    };
    // Rows first: glyphs on one baseline (or raised above it), then each
    // row in the order it reads, left to right. A word processor draws a
    // line in runs of one font each (LibreOffice draws a Japanese line's
    // U+3000 after its Latin digits), not always in reading order.
    let mut rows: Vec<Vec<&Glyph>> = Vec::new();
    for glyph in glyphs {
        let joins = rows
            .last()
            .and_then(|row| row.first())
            .is_some_and(|first| on_the_line(first.top, first.size, glyph.top));
        if joins {
            if let Some(row) = rows.last_mut() {
                row.push(glyph);
            }
        } else {
            rows.push(vec![glyph]);
        }
    }
    for row in &mut rows {
        row.sort_by(|a, b| a.left.total_cmp(&b.left));
    }
    let mut out = Vec::new();
    let mut open: Option<Open> = None;
    for glyph in rows.into_iter().flatten() {
        if glyph.is_space() {
            if let Some(open) = &mut open {
                open.space = true;
            }
            continue;
        }
        let continues = open.as_ref().is_some_and(|o| {
            on_the_line(o.line.top, o.line.size, glyph.top)
                && glyph.left > o.last_right - 0.6 * o.line.size
        });
        if !continues {
            if let Some(done) = open.take() {
                close(done, &mut out);
            }
            open = Some(Open {
                line: Line {
                    text: String::new(),
                    page,
                    left: glyph.left,
                    right: glyph.right,
                    top: glyph.top,
                    size: glyph.size,
                    bold: false,
                    italic: false,
                    first_word: 0.0,
                },
                last_right: glyph.left,
                last_char: ' ',
                space: false,
                raised: false,
                first_word_right: None,
                sizes: Vec::new(),
                bold: 0,
                italic: 0,
                count: 0,
            });
        }
        let Some(o) = open.as_mut() else { continue };
        let first = glyph.text.chars().next().unwrap_or(' ');
        let raised = o.count > 0 && superscript(o.line.top, o.line.size, glyph.top, glyph.size);
        let gap = glyph.left - o.last_right;
        let inferred =
            gap > 0.12 * o.line.size.min(glyph.size) && !is_cjk(o.last_char) && !is_cjk(first);
        if o.count > 0 && (o.space || inferred) && o.first_word_right.is_none() {
            o.first_word_right = Some(o.last_right);
        }
        // Between Japanese characters, a gap of an em or more is the
        // ideographic space (U+3000) the PDF positioned instead of drawing;
        // one drawn as a glyph is text like any other.
        let ideographic = o.count > 0
            && !o.space
            && (is_cjk(o.last_char) || is_cjk(first))
            && !o.line.text.ends_with('\u{3000}')
            && first != '\u{3000}'
            && gap >= 0.8 * o.line.size.min(glyph.size);
        if ideographic {
            let ems = (gap / o.line.size.min(glyph.size)).round().clamp(1.0, 4.0) as usize;
            o.line.text.push_str(&"\u{3000}".repeat(ems));
        }
        if o.count > 0 && (o.space || inferred) && !o.line.text.ends_with(' ') {
            if o.raised && !raised {
                o.line.text.push_str("</sup>");
                o.raised = false;
            }
            o.line.text.push(' ');
        }
        if raised != o.raised {
            o.line
                .text
                .push_str(if raised { "<sup>" } else { "</sup>" });
            o.raised = raised;
        }
        o.line.text.push_str(&glyph.text);
        o.space = false;
        o.last_right = glyph.right.max(glyph.left);
        o.last_char = glyph.text.chars().last().unwrap_or(first);
        o.line.right = o.line.right.max(glyph.right);
        if !raised {
            let tenths = (glyph.size * 10.0).round() as i64;
            match o.sizes.iter_mut().find(|(size, _, _)| *size == tenths) {
                Some((_, count, _)) => *count += 1,
                None => o.sizes.push((tenths, 1, glyph.top)),
            }
        }
        if o.count == 0 && is_cjk(first) {
            o.first_word_right = Some(o.last_right);
        }
        o.count += 1;
        o.bold += usize::from(glyph.bold);
        o.italic += usize::from(glyph.italic);
    }
    if let Some(done) = open {
        close(done, &mut out);
    }
    out
}

/// The marks a list entry starts with: bullets and dashes (an item), or a
/// number (a numbered entry), and the entry's text after them.
fn list_mark(text: &str) -> Option<(Kind, &str)> {
    static BULLET: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:[•◦▪●○■□◆◇・※‐‑–—−\-\*\u{f0b7}\u{f0a7}\u{f0a8}\u{f076}\u{f0d8}\u{f0fc}\u{f06e}]|\(?[ivx]+\))[\s\u{3000}]*")
            .expect("the bullet pattern is valid")
    });
    static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:\(?[0-9０-９]{1,3}[.)．）]|[①-⑳])[\s\u{3000}]*")
            .expect("the number pattern is valid")
    });
    let (bullet, number) = (&*BULLET, &*NUMBER);
    if let Some(found) = bullet.find(text) {
        let rest = &text[found.end()..];
        // « -15 % » is a number, not an entry: a dash or a star must stand
        // apart; a bullet needs no space (« ・産業 », Word's symbol-font
        // bullet before Japanese).
        let dash = text.starts_with(['-', '–', '—', '−', '‐', '‑', '*']);
        if !rest.is_empty() && (found.as_str().chars().count() > 1 || !dash) {
            return Some((Kind::Item, rest));
        }
    }
    number
        .find(text)
        // « 1.5 million » is a number.
        .filter(|found| {
            text[found.end()..]
                .chars()
                .next()
                .is_some_and(|c| !c.is_ascii_digit())
        })
        .map(|found| (Kind::Numbered, &text[found.end()..]))
}

/// Joins a paragraph's lines: no space where Japanese runs on; a word cut
/// at a line's end (« revitali- » « sation ») joined without its hyphen,
/// unless the draft writes it with one elsewhere (« franco-japonaises ») or
/// the part before is a word of the draft (« bien- » « vivre »).
fn join(
    lines: &[String],
    words_seen: &HashSet<String>,
    cuts: &mut Vec<(String, String)>,
) -> String {
    let mut text = String::new();
    for line in lines {
        let line = line.trim_matches(not_ideographic_space);
        let Some(last) = text.chars().last() else {
            text.push_str(line);
            continue;
        };
        let next = line.chars().next().unwrap_or(' ');
        if (last == '-' || last == '\u{2010}' || last == '\u{ad}') && next.is_lowercase() {
            let before: String = text[..text.len() - last.len_utf8()]
                .chars()
                .rev()
                .take_while(|c| c.is_alphabetic())
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let after: String = line.chars().take_while(|c| c.is_alphabetic()).collect();
            let hyphenated = format!("{before}-{after}").to_lowercase();
            let joined = format!("{before}{after}").to_lowercase();
            // A hyphen after a word of the draft (« bien- », « franco- »)
            // makes a compound, unless the draft writes the word joined.
            let compound = words_seen.contains(&hyphenated)
                || (words_seen.contains(&before.to_lowercase()) && !words_seen.contains(&joined));
            if !before.is_empty() && !compound {
                text.truncate(text.len() - last.len_utf8());
                cuts.push((format!("{before}-"), format!("{before}{after}")));
                text.push_str(line);
                continue;
            }
            // The word's own hyphen, kept as typed: a hyphen, whatever
            // character the PDF maps the glyph it broke at to (U+00AD,
            // U+2010).
            text.truncate(text.len() - last.len_utf8());
            text.push('-');
            text.push_str(line);
            continue;
        }
        if !(is_cjk(last) || is_cjk(next)) {
            text.push(' ');
        }
        text.push_str(line);
    }
    text
}

/// The draft's words, lower-cased, hyphenated ones whole, without the
/// pieces of a word cut at a line's end (the first word of a line after
/// one ending in a hyphen, the last of that line): what tells a hyphen that
/// belongs to a word from one that cuts it.
fn vocabulary(lines: &[Line]) -> HashSet<String> {
    let mut seen = HashSet::new();
    let mut cut_before = false;
    for line in lines {
        let words = words_of(&line.text);
        let cut_after = line.text.ends_with(['-', '\u{2010}', '\u{ad}']);
        for (i, word) in words.iter().enumerate() {
            let piece = (i == 0 && cut_before) || (i + 1 == words.len() && cut_after);
            if !piece {
                seen.insert(word.to_lowercase());
            }
        }
        cut_before = cut_after;
    }
    seen
}

/// A line's words: runs of letters, a hyphen between two letters kept
/// inside (« franco-japonaises »). (A scan of the characters: a regular
/// expression over Unicode letters costs more than the rest of the reading.)
fn words_of(text: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let next_is_letter = chars.peek().is_some_and(|(_, n)| n.is_alphabetic());
        let inside = c.is_alphabetic() || (c == '-' && start.is_some() && next_is_letter);
        match (inside, start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                words.push(&text[from..at]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(from) = start {
        words.push(&text[from..]);
    }
    words
}

/// The paragraphs of an untagged PDF, read from its layout.
fn from_layout(pages: &[PageText], source: &mut Source) {
    let mut all: Vec<Line> = Vec::new();
    for (index, page) in pages.iter().enumerate() {
        all.extend(lines(page.glyphs.iter(), index + 1));
    }
    let furniture = furniture(&all, pages);
    let mut left_out: Vec<(String, Vec<usize>)> = Vec::new();
    for &i in &furniture {
        let line = &all[i];
        match left_out
            .iter_mut()
            .find(|(text, _)| *text == shape(&line.text))
        {
            Some((_, pages)) => pages.push(line.page),
            None => left_out.push((shape(&line.text), vec![line.page])),
        }
    }
    for (text, on) in left_out {
        let example = furniture
            .iter()
            .map(|&i| &all[i])
            .find(|l| shape(&l.text) == text)
            .map(|l| l.text.clone())
            .unwrap_or_default();
        source.notes.push(words!(
            "import-note-pdf-furniture",
            text = example,
            pages = pages_words(&on)
        ));
    }
    let body: Vec<Line> = all
        .into_iter()
        .enumerate()
        .filter(|(i, _)| !furniture.contains(i))
        .map(|(_, line)| line)
        .collect();
    let layout = Layout::of(&body, pages.len());
    let seen = vocabulary(&body);
    let mut cuts = Vec::new();
    for group in layout.paragraphs(&body) {
        let number = source.paragraphs.len() + 1;
        source
            .paragraphs
            .push(layout.paragraph(&group, number, &seen, &mut cuts));
    }
    for (cut, joined) in cuts {
        source.notes.push(words!(
            "import-note-pdf-word-joined",
            cut = cut,
            joined = joined
        ));
    }
}

/// How a draft is set: the size most of its text is in, the usual step
/// from a line to the next, each page's measure.
struct Layout {
    body_size: f64,
    step: f64,
    measures: Vec<(f64, f64)>,
}

impl Layout {
    fn of(lines: &[Line], pages: usize) -> Layout {
        Layout {
            body_size: common_size(lines),
            step: common_step(lines),
            measures: measures(lines, pages),
        }
    }

    /// Lines in reading order, grouped into paragraphs.
    fn paragraphs<'l>(&self, lines: &'l [Line]) -> Vec<Vec<&'l Line>> {
        let mut groups: Vec<Vec<&Line>> = Vec::new();
        for (i, line) in lines.iter().enumerate() {
            let starts = match i.checked_sub(1).map(|p| &lines[p]) {
                None => true,
                Some(previous) => {
                    let group = groups.last().map(Vec::as_slice).unwrap_or_default();
                    // Lines of a larger type stand further apart.
                    let step = self.step * previous.size.max(line.size) / self.body_size;
                    let measure = self
                        .measures
                        .get(previous.page - 1)
                        .copied()
                        .unwrap_or((0.0, f64::MAX));
                    breaks_before(previous, line, group, measure, step)
                }
            };
            if starts {
                groups.push(Vec::new());
            }
            if let Some(group) = groups.last_mut() {
                group.push(line);
            }
        }
        groups
    }

    /// A paragraph of lines, what it is told by its look: a list entry by
    /// its mark, a heading by its larger type.
    fn paragraph(
        &self,
        group: &[&Line],
        number: usize,
        seen: &HashSet<String>,
        cuts: &mut Vec<(String, String)>,
    ) -> Paragraph {
        let first = group[0];
        let texts: Vec<String> = group.iter().map(|l| l.text.clone()).collect();
        let text = join(&texts, seen, cuts);
        let larger = first.size > self.body_size * 1.15;
        let (kind, text) = match list_mark(&text) {
            // A short numbered line on its own (« 1. Industrie ») is a
            // heading, its number kept as the draft writes it; numbered
            // sentences are numbered entries.
            Some((Kind::Numbered, _)) if is_short_heading(&text, group.len()) => {
                (Kind::Heading { level: None }, text.clone())
            }
            Some((kind, rest)) => (kind, rest.to_owned()),
            None if larger => (Kind::Heading { level: None }, text.clone()),
            None => (Kind::Body, text.clone()),
        };
        Paragraph {
            place: Place::Page {
                paragraph: number,
                page: first.page,
            },
            text,
            bold: group.iter().all(|l| l.bold),
            italic: group.iter().all(|l| l.italic),
            kind,
        }
    }
}

/// One line, no final stop, a few words: a heading, not an entry.
fn is_short_heading(text: &str, lines: usize) -> bool {
    lines == 1
        && text.chars().count() <= 80
        && !text.trim_end().ends_with(['.', '。', ';', '；', ',', '、'])
}

/// Whether `line` starts a new paragraph after `previous` (in `group`).
fn breaks_before(
    previous: &Line,
    line: &Line,
    group: &[&Line],
    measure: (f64, f64),
    step: f64,
) -> bool {
    let size = previous.size.max(line.size);
    if list_mark(&line.text).is_some() || line.text.starts_with('\u{3000}') {
        return true;
    }
    if (line.size - previous.size).abs() > 0.1 * size || line.bold != previous.bold {
        return true;
    }
    // The line before stopped short of the measure though the next word
    // would have fit: it ended its paragraph. A centred line (a title) has
    // its room on both sides.
    let (left_edge, measure) = measure;
    let before = previous.left - left_edge;
    let after = measure - previous.right;
    // (Not a list entry's first line, indented by as much as it stops short.)
    let centred = before > 3.0 * size && (before - after).abs() < 1.5 * size;
    let room = if centred { before + after } else { after };
    if line.first_word + 0.35 * size < room {
        return true;
    }
    if line.page == previous.page {
        let gap = line.top - previous.top;
        if gap > step * 1.3 || gap < 0.0 {
            return true;
        }
    }
    // An indented line after a paragraph's first line that is not a list
    // entry (whose next lines hang indented) begins a paragraph; a centred
    // line after a centred or full one (a title's) does not.
    let hanging = group.len() == 1 && list_mark(&group[0].text).is_some();
    let centred_line = (line.left - left_edge - (measure - line.right)).abs() < 1.5 * size;
    let previous_full_or_centred = centred || after < 2.0 * size;
    line.left > previous.left + 0.8 * size
        && !hanging
        && !(centred_line && previous_full_or_centred)
}

/// Each page's measure: where its lines start and where its full lines
/// end (the first and the ninth of ten, so that a line run over the margin
/// does not count).
fn measures(lines: &[Line], pages: usize) -> Vec<(f64, f64)> {
    (1..=pages)
        .map(|page| {
            let on_page = || lines.iter().filter(|l| l.page == page);
            let mut lefts: Vec<f64> = on_page().map(|l| l.left).collect();
            let mut rights: Vec<f64> = on_page().map(|l| l.right).collect();
            lefts.sort_by(f64::total_cmp);
            rights.sort_by(f64::total_cmp);
            let tenth = |sorted: &[f64], nth: usize, or: f64| {
                sorted
                    .get(sorted.len().saturating_sub(1) * nth / 10)
                    .copied()
                    .unwrap_or(or)
            };
            (tenth(&lefts, 1, 0.0), tenth(&rights, 9, f64::MAX))
        })
        .collect()
}

/// The size most of the text is set in.
fn common_size(lines: &[Line]) -> f64 {
    let mut counts: HashMap<i64, usize> = HashMap::new();
    for line in lines {
        *counts.entry((line.size * 10.0).round() as i64).or_default() += line.text.chars().count();
    }
    counts
        .into_iter()
        .max_by_key(|&(size, count)| (count, -size))
        .map_or(10.0, |(size, _)| size as f64 / 10.0)
}

/// The usual distance between two lines of a paragraph.
fn common_step(lines: &[Line]) -> f64 {
    let mut steps: Vec<f64> = lines
        .windows(2)
        .filter(|w| w[0].page == w[1].page && (w[0].size - w[1].size).abs() < 0.5)
        .map(|w| w[1].top - w[0].top)
        .filter(|s| *s > 0.0)
        .collect();
    steps.sort_by(f64::total_cmp);
    // The lower quartile: most steps are within paragraphs.
    steps
        .get(steps.len() / 4)
        .copied()
        .unwrap_or_else(|| common_size(lines) * 1.2)
}

/// A line's text with its digits taken out: a running header or footer is
/// the same on every page but for its page number.
fn shape(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_numeric() && !c.is_whitespace())
        .collect()
}

/// The lines that are page furniture: in the top or bottom tenth of their
/// page, a page number (« 2 », « - 2 - », « 2/5 », « Page 2 », « 2ページ »),
/// a line repeated on several pages but for its numbers, or a page's first
/// or last line set smaller than the text (a running head on one page).
fn furniture(lines: &[Line], pages: &[PageText]) -> HashSet<usize> {
    let number = Regex::new(
        r"(?i)^[\s\-–—－(（]*(?:page|p\.|ページ)?\s*[0-9０-９]{1,4}\s*(?:(?:/|／|sur|of|de)\s*[0-9０-９]{1,4})?\s*(?:ページ|頁)?[\s\-–—－)）]*$",
    )
    .expect("the page number pattern is valid");
    let margin = |line: &Line| {
        let height = pages[line.page - 1].height;
        line.top < height * 0.1 || line.top > height * 0.9
    };
    let mut shapes: HashMap<String, HashSet<usize>> = HashMap::new();
    for line in lines.iter().filter(|l| margin(l)) {
        shapes
            .entry(shape(&line.text))
            .or_default()
            .insert(line.page);
    }
    let repeated_on = (pages.len() / 2).max(2);
    let body_size = common_size(lines);
    // Each page's first and last baselines, found once.
    let mut edges = vec![(f64::MAX, f64::MIN); pages.len()];
    for line in lines {
        let (first, last) = &mut edges[line.page - 1];
        *first = first.min(line.top);
        *last = last.max(line.top);
    }
    let edge = |line: &Line| {
        let (first, last) = edges[line.page - 1];
        line.top <= first || line.top >= last
    };
    lines
        .iter()
        .enumerate()
        .filter(|(_, line)| margin(line))
        .filter(|(_, line)| {
            number.is_match(&line.text)
                || (line.size < body_size * 0.9 && edge(line))
                || (pages.len() >= 2
                    && !shape(&line.text).is_empty()
                    && shapes[&shape(&line.text)].len() >= repeated_on)
        })
        .map(|(i, _)| i)
        .collect()
}

/// « 1–3 », « 2, 4 ».
fn pages_words(pages: &[usize]) -> String {
    let mut pages = pages.to_vec();
    pages.sort_unstable();
    pages.dedup();
    match pages.as_slice() {
        [one] => one.to_string(),
        [first, .., last] if last - first + 1 == pages.len() => format!("{first}–{last}"),
        _ => pages
            .iter()
            .map(usize::to_string)
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// A block of a tagged PDF's structure tree, in the tree's order.
#[derive(Debug)]
struct Tagged {
    role: Role,
    /// The marked content that draws it: (page index, MCID), in order.
    content: Vec<(usize, i32)>,
    /// A list entry's label (« – », « 1. »): its marked content.
    label: Vec<(usize, i32)>,
    /// Opened for text outside any block (a span at the top of the tree).
    loose: bool,
    /// Its language as the tree says it (its own /Lang, an ancestor's, the
    /// document's): a bilingual PDF's columns.
    lang: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Title,
    Heading(Option<u8>),
    Paragraph,
    Entry,
    /// A table or a figure: no place in a declaration.
    Table,
    Figure,
}

/// The structure tree of a tagged PDF, as blocks, or `None` where it has
/// none (or none that says anything).
fn tagged(pdf: &Pdf, page_ids: &[Option<ObjectIdentifier>]) -> Option<Tree> {
    let xref = pdf.xref();
    let catalog: Dict<'_> = xref.get(xref.root_id())?;
    let root: Dict<'_> = catalog.get(b"StructTreeRoot")?;
    let role_map: Option<Dict<'_>> = root.get(b"RoleMap");
    let pages: HashMap<ObjectIdentifier, usize> = page_ids
        .iter()
        .enumerate()
        .filter_map(|(i, id)| id.map(|id| (id, i)))
        .collect();
    let mut walk = Walk {
        role_map,
        pages,
        visited: HashSet::new(),
        elements: 0,
        blocks: Vec::new(),
        raised: HashSet::new(),
        lang: catalog
            .get::<hayro_syntax::object::String<'_>>(b"Lang")
            .map(|l| text_string(l.as_bytes())),
    };
    let kids: Object<'_> = root.get(b"K")?;
    walk.kids(kids, None, 0, None);
    (!walk.blocks.is_empty()).then_some(Tree {
        blocks: walk.blocks,
        raised: walk.raised,
    })
}

/// A tagged PDF's blocks, and its marked content set as superscripts.
struct Tree {
    blocks: Vec<Tagged>,
    raised: HashSet<(usize, i32)>,
}

struct Walk<'a> {
    role_map: Option<Dict<'a>>,
    pages: HashMap<ObjectIdentifier, usize>,
    visited: HashSet<(ObjectIdentifier, usize)>,
    elements: usize,
    blocks: Vec<Tagged>,
    /// Marked content set above the baseline (a span whose layout
    /// attributes shift it up: a superscript drawn with the font's own
    /// superscript glyphs, which stand on the baseline).
    raised: HashSet<(usize, i32)>,
    /// The language of the element being walked.
    lang: Option<String>,
}

/// A PDF text string (/Lang): UTF-16 after its byte order mark, else one
/// byte a character.
fn text_string(bytes: &[u8]) -> String {
    match bytes.strip_prefix(&[0xFE, 0xFF]) {
        Some(utf16) => String::from_utf16_lossy(
            &utf16
                .chunks_exact(2)
                .map(|pair| u16::from_be_bytes([pair[0], pair[1]]))
                .collect::<Vec<_>>(),
        ),
        None => bytes.iter().map(|&b| char::from(b)).collect(),
    }
}

/// Where a walk puts the marked content it finds: into the open block's
/// text or its label.
#[derive(Clone, Copy)]
enum Sink {
    Content(usize),
    Label(usize),
}

impl<'a> Walk<'a> {
    /// The standard role of a structure type, through the role map.
    fn role(&self, name: &[u8]) -> Vec<u8> {
        let mut name = name.to_vec();
        for _ in 0..8 {
            if standard(&name).is_some() {
                break;
            }
            let Some(mapped) = self
                .role_map
                .as_ref()
                .and_then(|map| map.get::<hayro_syntax::object::Name<'_>>(&name))
            else {
                break;
            };
            name = mapped.to_vec();
        }
        name
    }

    fn kids(&mut self, kids: Object<'a>, page: Option<usize>, depth: usize, into: Option<Sink>) {
        if depth > DEEPEST_ELEMENT || self.elements > MOST_ELEMENTS {
            return;
        }
        match kids {
            Object::Array(array) => {
                for kid in array.iter::<Object<'_>>() {
                    self.kids(kid, page, depth + 1, into);
                }
            }
            Object::Number(number) => self.content(page, number.as_i64(), into),
            Object::Dict(dict) => self.element(dict, page, depth + 1, into),
            _ => {}
        }
    }

    /// A new block, in the language of the element being walked.
    fn open(&mut self, role: Role, loose: bool) -> Sink {
        self.blocks.push(Tagged {
            role,
            content: Vec::new(),
            label: Vec::new(),
            loose,
            lang: self.lang.clone(),
        });
        Sink::Content(self.blocks.len() - 1)
    }

    /// How much marked content a sink holds so far.
    fn sunk(&self, sink: Sink) -> usize {
        match sink {
            Sink::Content(block) => self.blocks[block].content.len(),
            Sink::Label(block) => self.blocks[block].label.len(),
        }
    }

    fn content(&mut self, page: Option<usize>, mcid: i64, into: Option<Sink>) {
        let (Some(page), Some(into), Ok(mcid)) = (page, into, i32::try_from(mcid)) else {
            return;
        };
        match into {
            Sink::Content(block) => self.blocks[block].content.push((page, mcid)),
            Sink::Label(block) => self.blocks[block].label.push((page, mcid)),
        }
    }

    fn element(&mut self, dict: Dict<'a>, page: Option<usize>, depth: usize, into: Option<Sink>) {
        self.elements += 1;
        let page = dict
            .get_ref(b"Pg")
            .and_then(|r| self.pages.get(&ObjectIdentifier::from(r)).copied())
            .or(page);
        // Marked content named by reference (/MCR), on its own page.
        if let Some(mcid) = dict.get::<hayro_syntax::object::Number>(b"MCID") {
            self.content(page, mcid.as_i64(), into);
            return;
        }
        // An element reached twice (a cycle in a hostile file) is read
        // once. A dictionary written inside another has its container's
        // object number: where its bytes lie tells them apart.
        if let Some(id) = dict.obj_id()
            && !self.visited.insert((id, dict.data().as_ptr() as usize))
        {
            return;
        }
        let Some(kind) = dict.get::<hayro_syntax::object::Name<'_>>(b"S") else {
            return;
        };
        let own = standard(&kind).or_else(|| standard(&self.role(&kind)));
        let Some(kids) = dict.get::<Object<'_>>(b"K") else {
            return;
        };
        let inherited = into;
        let outer_lang = self.lang.clone();
        if let Some(lang) = dict.get::<hayro_syntax::object::String<'_>>(b"Lang") {
            self.lang = Some(text_string(lang.as_bytes()));
        }
        let into = match (own, into) {
            (Some(Standard::Label), Some(Sink::Content(block))) => Some(Sink::Label(block)),
            // A block inside a block (a paragraph inside a list entry's
            // body) is part of it.
            (Some(Standard::Block(_)), Some(into)) => Some(into),
            (Some(Standard::Block(role)), None) => Some(self.open(role, false)),
            // Text at the top (a span placed as a block) is a paragraph.
            (Some(Standard::Inline) | None, None) => Some(self.open(Role::Paragraph, true)),
            (Some(Standard::Grouping), None) => None,
            (_, into) => into,
        };
        let shifted = own.is_some_and(|s| matches!(s, Standard::Inline)) && shifted_up(&dict);
        let before = into.map(|sink| self.sunk(sink));
        self.kids(kids, page, depth, into);
        if let (true, Some(sink), Some(before)) = (shifted, into, before) {
            let added: Vec<(usize, i32)> = match sink {
                Sink::Content(block) => self.blocks[block].content[before..].to_vec(),
                Sink::Label(block) => self.blocks[block].label[before..].to_vec(),
            };
            self.raised.extend(added);
        }
        self.lang = outer_lang;
        // A block this element opened that drew nothing is dropped (never
        // the block of an element around it, still to be filled).
        if inherited.is_none()
            && let Some(Sink::Content(block)) = into
            && block + 1 == self.blocks.len()
            && self.blocks[block].content.is_empty()
            && self.blocks[block].label.is_empty()
        {
            self.blocks.pop();
        }
    }
}

/// Whether an element's layout attributes (/A, a dictionary or an array
/// of them) shift it above the baseline.
fn shifted_up(element: &Dict<'_>) -> bool {
    let shift = |attributes: &Dict<'_>| {
        attributes
            .get::<hayro_syntax::object::Number>(b"BaselineShift")
            .is_some_and(|n| n.as_f64() > 0.0)
    };
    match element.get::<Object<'_>>(b"A") {
        Some(Object::Dict(attributes)) => shift(&attributes),
        Some(Object::Array(list)) => list.iter::<Dict<'_>>().any(|a| shift(&a)),
        _ => false,
    }
}

#[derive(Debug, Clone, Copy)]
enum Standard {
    Block(Role),
    Label,
    Inline,
    Grouping,
}

/// What sengen makes of a standard structure type.
fn standard(name: &[u8]) -> Option<Standard> {
    Some(match name {
        b"Title" => Standard::Block(Role::Title),
        b"H" => Standard::Block(Role::Heading(None)),
        b"H1" | b"H2" | b"H3" | b"H4" | b"H5" | b"H6" => {
            Standard::Block(Role::Heading(Some(name[1] - b'1')))
        }
        b"P" | b"Caption" | b"BlockQuote" | b"Note" | b"TOCI" | b"Index" | b"Sub" => {
            Standard::Block(Role::Paragraph)
        }
        b"LI" => Standard::Block(Role::Entry),
        b"Table" => Standard::Block(Role::Table),
        b"Figure" | b"Formula" | b"Form" => Standard::Block(Role::Figure),
        b"Lbl" => Standard::Label,
        b"Span" | b"Quote" | b"Code" | b"Link" | b"Reference" | b"BibEntry" | b"Annot"
        | b"Ruby" | b"RB" | b"RT" | b"RP" | b"Warichu" | b"WT" | b"WP" | b"Em" | b"Strong"
        | b"LBody" => Standard::Inline,
        b"Document" | b"DocumentFragment" | b"Part" | b"Art" | b"Sect" | b"Div" | b"L" | b"TOC"
        | b"NonStruct" | b"Private" | b"Aside" => Standard::Grouping,
        _ => return None,
    })
}

/// Keeps, of a tree whose blocks are in several languages (a bilingual
/// PDF), the blocks in `lang` and those whose language it does not say.
fn in_language(tree: &mut Tree, lang: &str, source: &mut Source) {
    let primary = |tag: &str| {
        tag.split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_lowercase()
    };
    let mut languages: Vec<String> = tree
        .blocks
        .iter()
        .filter_map(|b| b.lang.as_deref().map(primary))
        .filter(|l| !l.is_empty())
        .collect();
    languages.sort();
    languages.dedup();
    let wanted = primary(lang);
    if languages.len() < 2 || !languages.contains(&wanted) {
        return;
    }
    let before = tree.blocks.len();
    tree.blocks.retain(|b| {
        b.lang.as_deref().is_none_or(|l| primary(l) == wanted) || b.role == Role::Figure
    });
    source.notes.push(words!(
        "import-note-pdf-other-languages",
        languages = languages.join(", "),
        lang = wanted,
        count = before - tree.blocks.len()
    ));
}

/// The share of the drawn text (not artifacts) the tree's blocks hold.
fn tree_share(tree: &Tree, pages: &[PageText]) -> f64 {
    let held: HashSet<(usize, i32)> = tree
        .blocks
        .iter()
        .flat_map(|b| b.content.iter().chain(&b.label))
        .copied()
        .collect();
    let (mut all, mut inside) = (0usize, 0usize);
    for (index, page) in pages.iter().enumerate() {
        for glyph in page.glyphs.iter().filter(|g| !g.artifact && !g.is_space()) {
            all += 1;
            if glyph.mcid.is_some_and(|m| held.contains(&(index, m))) {
                inside += 1;
            }
        }
    }
    if all == 0 {
        0.0
    } else {
        inside as f64 / all as f64
    }
}

/// The paragraphs of a tagged PDF, one per block of its structure tree.
fn from_tree(tree: &Tree, pages: &[PageText], source: &mut Source) {
    let raised = &tree.raised;
    let tree = &tree.blocks[..];
    // The glyphs of each marked content, in the page's order.
    let mut drawn: HashMap<(usize, i32), Vec<&Glyph>> = HashMap::new();
    for (index, page) in pages.iter().enumerate() {
        for glyph in page.glyphs.iter().filter(|g| !g.artifact) {
            if let Some(mcid) = glyph.mcid {
                drawn.entry((index, mcid)).or_default().push(glyph);
            }
        }
    }
    let block_lines = |content: &[(usize, i32)]| -> Vec<Line> {
        let mut out = Vec::new();
        let mut seen = HashSet::new();
        for &(page, mcid) in content {
            if !seen.insert((page, mcid)) {
                continue;
            }
            if let Some(glyphs) = drawn.get(&(page, mcid)) {
                let mut more = lines(glyphs.iter().copied(), page + 1);
                let shifted = raised.contains(&(page, mcid));
                // Marked content that continues the line before it (a word
                // in bold, a superscript) runs on.
                if let (Some(last), Some(first)) = (out.last_mut(), more.first())
                    && continues_line(last, first)
                {
                    let first = more.remove(0);
                    let glue = if first.left - last.right > 0.12 * last.size
                        && !last.text.chars().last().is_some_and(is_cjk)
                        && !first.text.chars().next().is_some_and(is_cjk)
                    {
                        " "
                    } else {
                        ""
                    };
                    let raised = shifted || superscript(last.top, last.size, first.top, first.size);
                    if raised {
                        last.text = format!("{}{glue}<sup>{}</sup>", last.text, first.text);
                    } else {
                        last.text = format!("{}{glue}{}", last.text, first.text);
                        last.bold &= first.bold;
                        last.italic &= first.italic;
                    }
                    last.right = last.right.max(first.right);
                }
                out.extend(more);
            }
        }
        out
    };
    // Each block's lines, read once.
    let blocks_lines: Vec<Vec<Line>> = tree.iter().map(|b| block_lines(&b.content)).collect();
    let all_lines: Vec<Line> = blocks_lines.iter().flatten().cloned().collect();
    let seen = vocabulary(&all_lines);
    let layout = Layout::of(&all_lines, pages.len());
    let first_page = |index: usize| blocks_lines[index].first().map(|l| l.page);
    // The signature pages (sengen's own PDFs): from the headings that stand
    // before a run of signature blocks (three figures or more) to the end.
    // The signatories are facts of declaration.toml, not text.
    let signatures = (0..tree.len()).find(|&f| {
        tree[f].role == Role::Figure
            && tree[f..(f + 6).min(tree.len())]
                .iter()
                .filter(|b| b.role == Role::Figure)
                .count()
                >= 3
    });
    // They start on a page of their own: what stands on that page before
    // the first of them (the headings « Signatures », a delegation's name)
    // belongs to them.
    let text_ends = signatures.unwrap_or(tree.len());
    let signature_page = signatures.and_then(first_page);
    let before_signatures = |page: usize| signature_page.is_none_or(|s| page < s);
    if let Some(first) = signature_page {
        let last = (0..tree.len())
            .filter_map(first_page)
            .max()
            .unwrap_or(first);
        source.notes.push(words!(
            "import-note-pdf-signature-pages",
            pages = pages_words(&(first..=last).collect::<Vec<_>>())
        ));
    }
    let tree = &tree[..text_ends];
    let mut cuts = Vec::new();
    let mut figures = Vec::new();
    let mut index = 0;
    while index < tree.len() {
        let block = &tree[index];
        index += 1;
        if block.loose {
            // Text at the top of the tree outside any paragraph (a header
            // set in spans): its paragraphs are told by its layout.
            let mut content = block.content.clone();
            while index < tree.len() && tree[index].loose {
                content.extend(&tree[index].content);
                index += 1;
            }
            let mut run = block_lines(&content);
            run.retain(|line| before_signatures(line.page));
            let run_first = source.paragraphs.len() + 1;
            for group in layout.paragraphs(&run) {
                let number = source.paragraphs.len() + 1;
                let paragraph = layout.paragraph(&group, number, &seen, &mut cuts);
                // The meeting's name on its line, then the title in a larger
                // bold type: the title block, in two lines (the first such
                // pair of the draft, in one run of loose text).
                let titled = source.paragraphs.iter().any(|p| p.kind == Kind::Title);
                if let Some(last) = source.paragraphs.last_mut()
                    && !titled
                    && number > run_first
                    && paragraph.kind == (Kind::Heading { level: None })
                    && paragraph.bold
                    && matches!(last.kind, Kind::Body | Kind::Heading { level: None })
                    && last.place.page() == paragraph.place.page()
                    && is_short_heading(&last.text, 1)
                {
                    last.text = format!("{}\n{}", last.text, paragraph.text);
                    last.kind = Kind::Title;
                    last.bold = true;
                    continue;
                }
                source.paragraphs.push(paragraph);
            }
            continue;
        }
        let block_line_list = &blocks_lines[index - 1];
        if block_line_list
            .first()
            .is_some_and(|l| !before_signatures(l.page))
        {
            continue;
        }
        // A block that draws no text (a logo, a figure of lines) says nothing.
        let Some(first) = block_line_list.first() else {
            continue;
        };
        let place = Place::Page {
            paragraph: source.paragraphs.len() + 1,
            page: first.page,
        };
        let texts: Vec<String> = block_line_list.iter().map(|l| l.text.clone()).collect();
        let mut text = join(&texts, &seen, &mut cuts);
        let label: String = block_lines(&block.label)
            .iter()
            .map(|l| l.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let kind = match block.role {
            Role::Title => Kind::Title,
            Role::Heading(level) => Kind::Heading { level },
            Role::Paragraph => Kind::Body,
            // An entry without a label (LibreOffice's) has its mark in its text.
            Role::Entry if label.is_empty() => match list_mark(&text) {
                Some((kind, rest)) => {
                    text = rest.to_owned();
                    kind
                }
                None => Kind::Item,
            },
            Role::Entry => match list_mark(&format!("{label} x")) {
                Some((Kind::Numbered, _)) => Kind::Numbered,
                _ => Kind::Item,
            },
            Role::Table => {
                source.unmapped.push(Unmapped {
                    what: "table",
                    place,
                });
                continue;
            }
            Role::Figure => {
                figures.push(first.page);
                continue;
            }
        };
        // A paragraph the tree names as one is not a heading made by hand
        // because it is set in italics (a place and date line); a bold one
        // may be (Word and LibreOffice tag those as paragraphs).
        let italic = block.role != Role::Paragraph && block_line_list.iter().all(|l| l.italic);
        source.paragraphs.push(Paragraph {
            place,
            text,
            bold: block_line_list.iter().all(|l| l.bold),
            italic,
            kind,
        });
    }
    if !figures.is_empty() {
        source.notes.push(words!(
            "import-note-pdf-figures",
            count = figures.len(),
            pages = pages_words(&figures)
        ));
    }
    for (cut, joined) in cuts {
        source.notes.push(words!(
            "import-note-pdf-word-joined",
            cut = cut,
            joined = joined
        ));
    }
}

/// Whether a line read from one marked content continues the line before
/// it (the same baseline, or raised above it, to its right).
fn continues_line(last: &Line, next: &Line) -> bool {
    last.page == next.page
        && on_the_line(last.top, last.size, next.top)
        && next.left > last.right - 0.6 * last.size
}

/// Whether text at baseline `top` stands on the line at `line_top` set in
/// `size`: on its baseline, a little below, or raised as a superscript.
fn on_the_line(line_top: f64, size: f64, top: f64) -> bool {
    let rise = line_top - top;
    rise > -0.35 * size && rise < 0.65 * size
}

/// Whether text of `size` at `top` is a superscript of a line of
/// `line_size` at `line_top`: smaller, and raised.
fn superscript(line_top: f64, line_size: f64, top: f64, size: f64) -> bool {
    size < 0.85 * line_size && line_top - top > 0.15 * line_size
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glyphs(text: &str, left: f64, top: f64, size: f64) -> Vec<Glyph> {
        let mut x = left;
        text.chars()
            .map(|c| {
                let width = if is_cjk(c) { size } else { size * 0.5 };
                let glyph = Glyph {
                    text: c.to_string(),
                    left: x,
                    right: x + width,
                    top,
                    size,
                    bold: false,
                    italic: false,
                    mcid: None,
                    artifact: false,
                };
                x += width;
                glyph
            })
            .collect()
    }

    #[test]
    fn a_raised_smaller_glyph_is_a_superscript_and_a_gap_a_space() {
        let mut drawn = glyphs("les 8", 0.0, 100.0, 10.0);
        drawn.extend(glyphs("e", 25.0, 96.0, 6.0));
        drawn.extend(glyphs("Rencontres", 30.0, 100.0, 10.0));
        let read = lines(drawn.iter(), 1);
        assert_eq!(read.len(), 1);
        assert_eq!(read[0].text, "les 8<sup>e</sup> Rencontres");
    }

    #[test]
    fn a_gap_between_japanese_characters_is_not_a_space_and_u3000_is_kept() {
        let mut drawn = glyphs("代表は、", 0.0, 100.0, 10.0);
        drawn.extend(glyphs("2024年", 45.0, 100.0, 10.0));
        drawn.extend(glyphs("\u{3000}ナント", 100.0, 100.0, 10.0));
        let read = lines(drawn.iter(), 1);
        assert_eq!(read[0].text, "代表は、2024年\u{3000}ナント");
        // Positioned, not drawn: a gap of an em.
        let mut drawn = glyphs("会議", 0.0, 100.0, 10.0);
        drawn.extend(glyphs("ナント宣言", 30.0, 100.0, 10.0));
        assert_eq!(lines(drawn.iter(), 1)[0].text, "会議\u{3000}ナント宣言");
    }

    #[test]
    fn a_word_cut_at_a_line_end_is_joined_unless_the_draft_hyphenates_it() {
        let seen: HashSet<String> = ["franco-japonaises", "bien", "la", "des"]
            .map(str::to_owned)
            .into();
        let mut cuts = Vec::new();
        let text = join(
            &[
                "la revitali-".into(),
                "sation des franco-".into(),
                "japonaises du bien-".into(),
                "vivre".into(),
            ],
            &seen,
            &mut cuts,
        );
        assert_eq!(
            text,
            "la revitalisation des franco-japonaises du bien-vivre"
        );
        assert_eq!(
            cuts,
            [("revitali-".to_owned(), "revitalisation".to_owned())]
        );
        let text = join(&["日本の".into(), "地方自治体".into()], &seen, &mut cuts);
        assert_eq!(text, "日本の地方自治体");
    }

    #[test]
    fn words_keep_their_inner_hyphens() {
        assert_eq!(
            words_of("les franco-japonaises, du bien- 8e"),
            ["les", "franco-japonaises", "du", "bien", "e"]
        );
    }

    #[test]
    fn list_marks_are_told_from_numbers_in_text() {
        assert_eq!(list_mark("- Industrie"), Some((Kind::Item, "Industrie")));
        assert_eq!(list_mark("・産業"), Some((Kind::Item, "産業")));
        assert_eq!(list_mark("\u{f0b7}産業"), Some((Kind::Item, "産業")));
        assert_eq!(
            list_mark("1. Industrie"),
            Some((Kind::Numbered, "Industrie"))
        );
        assert_eq!(list_mark("-15 % en 2030"), None);
        assert_eq!(list_mark("2026年6月4日"), None);
        assert_eq!(list_mark("35 collectivités"), None);
        assert_eq!(list_mark("1.5 million"), None);
    }

    #[test]
    fn page_numbers_and_running_headers_are_furniture() {
        let page = |n: usize, body: &str| -> Vec<Line> {
            let mut out = lines(
                glyphs("Déclaration de Takamatsu 2014", 50.0, 30.0, 9.0).iter(),
                n,
            );
            out.extend(lines(glyphs(body, 50.0, 300.0, 11.0).iter(), n));
            out.extend(lines(
                glyphs(&format!("- {n} -"), 280.0, 800.0, 9.0).iter(),
                n,
            ));
            out
        };
        let mut all = page(1, "Nous, représentants");
        all.extend(page(2, "Atelier 1"));
        let pages: Vec<PageText> = (0..2)
            .map(|_| PageText {
                glyphs: Vec::new(),
                height: 842.0,
                images: 0,
                turned: 0,
            })
            .collect();
        let left_out = furniture(&all, &pages);
        let kept: Vec<&str> = all
            .iter()
            .enumerate()
            .filter(|(i, _)| !left_out.contains(i))
            .map(|(_, l)| l.text.as_str())
            .collect();
        assert_eq!(kept, ["Nous, représentants", "Atelier 1"]);
    }
}
