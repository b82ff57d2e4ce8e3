//! A .docx, read as hostile input: a zip archive (the `zip` crate) whose
//! `word/document.xml`, `word/styles.xml` and `word/numbering.xml` are read
//! with quick-xml, without a DTD or any entity but XML's own, within limits
//! of size (the file, each part as it expands, and how far it expands: a zip
//! bomb is refused before it is inflated).
//!
//! What it keeps: the body's paragraphs in order, their text (superscript
//! runs as `<sup>…</sup>`), whether every character is bold or italic, their
//! style's heading level or title role (by outline level, or by the style's
//! name in any language: « Titre 1 », 見出し 1, heading 1), and list entries
//! by Word's numbering (bullet or number). What has no place in a
//! declaration (tables, images, footnotes, comments, text boxes) is listed
//! with its paragraph; tracked changes are refused.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use quick_xml::NsReader;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::{Namespace, ResolveResult};

use super::source::{Kind, Paragraph, Place, Source, Unmapped};
use crate::diagnostic::{Code, Diagnostic};
use crate::ui::Words;
use crate::words;

/// The longest numbered bold paragraph weighed as a heading (as a heading
/// made by hand is, in `structure`).
const LONGEST_NUMBERED_HEADING: usize = 200;
/// The largest .docx read (a declaration with its logos is a few hundred kB).
pub const LARGEST_FILE: u64 = 32 * 1024 * 1024;
/// The most a part may expand to.
const LARGEST_PART: u64 = 64 * 1024 * 1024;
/// How far a part may expand beyond its compressed size (XML compresses to
/// a tenth or so; a zip bomb to a thousandth).
const LARGEST_RATIO: u64 = 200;
const MOST_ENTRIES: usize = 10_000;

/// WordprocessingML's namespace, transitional and strict.
const W: [&[u8]; 2] = [
    b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    b"http://purl.oclc.org/ooxml/wordprocessingml/main",
];

/// Why a draft (a .docx, a PDF) cannot be read; `name` is the file as the
/// user gave it.
pub fn unreadable_draft(name: &str, why: Words, hint: Words) -> Diagnostic {
    Diagnostic::new(Code::I001, words!("I001-text", name = name, why = why)).hint(hint)
}

/// Reads a .docx's body.
pub fn read(bytes: &[u8], name: &str) -> Result<Source, Diagnostic> {
    if bytes.is_empty() {
        return Err(unreadable_draft(
            name,
            words!("I001-empty-0-bytes"),
            words!("I001-save-draft-again-from-hint"),
        ));
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(unreadable_draft(
            name,
            words!("I001-word-97-2003-document"),
            words!("I001-open-word-processor-save-hint"),
        ));
    }
    if !bytes.starts_with(b"PK\x03\x04") {
        return Err(unreadable_draft(
            name,
            words!("I001-not-docx-not-zip"),
            words!("I001-docx-saved-word-libreoffice-hint"),
        ));
    }
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        unreadable_draft(
            name,
            words!("I001-not-readable-zip-archive", error = e.to_string()),
            words!("I001-save-draft-again-docx-hint"),
        )
    })?;
    if archive.len() > MOST_ENTRIES {
        return Err(too_large(
            name,
            words!("I001-holds-files", count = archive.len()),
        ));
    }
    let document = part(&mut archive, name, "word/document.xml")?.ok_or_else(|| {
        unreadable_draft(
            name,
            words!("I001-zip-archive-but-no"),
            words!("I001-save-draft-word-document-hint"),
        )
    })?;
    let styles = match part(&mut archive, name, "word/styles.xml")? {
        Some(xml) => styles(&xml, name)?,
        None => HashMap::new(),
    };
    let numbering = match part(&mut archive, name, "word/numbering.xml")? {
        Some(xml) => numbering(&xml, name)?,
        None => Numbering::default(),
    };
    body(&document, name, &styles, &numbering)
}

fn too_large(name: &str, what: Words) -> Diagnostic {
    Diagnostic::new(
        Code::I002,
        words!("I002-too-large-import", name = name, what = what),
    )
    .hint(words!("I002-declaration-s-docx-few-hint"))
}

/// A part of the archive, inflated within the limits; `None` when absent.
fn part(
    archive: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
    path: &str,
) -> Result<Option<Vec<u8>>, Diagnostic> {
    let file = match archive.by_name(path) {
        Ok(file) => file,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => {
            return Err(unreadable_draft(
                name,
                words!(
                    "I002-has-unreadable",
                    path = path.to_string(),
                    error = e.to_string()
                ),
                words!("I001-save-draft-again-docx-hint"),
            ));
        }
    };
    let (declared, compressed) = (file.size(), file.compressed_size().max(1));
    if declared > LARGEST_PART || declared / compressed > LARGEST_RATIO {
        return Err(bomb(name, path, declared));
    }
    // The sizes an archive declares may lie: read no more than allowed.
    let mut bytes = Vec::with_capacity(declared.min(LARGEST_PART) as usize);
    file.take(LARGEST_PART + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| {
            unreadable_draft(
                name,
                words!(
                    "I002-has-damaged",
                    path = path.to_string(),
                    error = e.to_string()
                ),
                words!("I001-save-draft-again-docx-hint"),
            )
        })?;
    let read = bytes.len() as u64;
    if read > LARGEST_PART || read / compressed > LARGEST_RATIO {
        return Err(bomb(name, path, read));
    }
    Ok(Some(bytes))
}

fn bomb(name: &str, path: &str, size: u64) -> Diagnostic {
    Diagnostic::new(
        Code::I002,
        words!(
            "I002-expands-bytes-far-beyond",
            name = name.to_string(),
            path = path.to_string(),
            size = size.to_string()
        ),
    )
    .hint(words!("I002-sengen-imports-drafts-saved-hint"))
}

/// A refusal of a part's XML, at its line and column.
fn bad_xml(name: &str, path: &str, xml: &[u8], offset: usize, why: Words) -> Diagnostic {
    let (line, column) = crate::xml::line_column(xml, offset);
    Diagnostic::new(
        Code::I003,
        words!(
            "I003-line-column",
            name = name.to_string(),
            path = path.to_string(),
            line = line,
            column = column,
            why = why
        ),
    )
    .hint(words!("I003-sengen-reads-xml-word-hint"))
}

/// Events of a part, refusing a DTD and any entity but XML's; text comes
/// with its references resolved.
struct Part<'x> {
    reader: NsReader<&'x [u8]>,
    xml: &'x [u8],
    name: &'x str,
    path: &'x str,
    /// How many elements are open: counted here, as quick-xml's own count
    /// wraps past 65,535 and would end the part early, in silence.
    depth: usize,
}

/// An event of a part, as the readers below use it.
enum Item {
    Start {
        local: Vec<u8>,
        element: BytesStart<'static>,
        empty: bool,
    },
    End {
        local: Vec<u8>,
    },
    Text(String),
    Eof,
}

impl<'x> Part<'x> {
    fn new(xml: &'x [u8], name: &'x str, path: &'x str) -> Self {
        let mut reader = NsReader::from_reader(xml);
        reader.config_mut().trim_text(false);
        Part {
            reader,
            xml,
            name,
            path,
            depth: 0,
        }
    }

    fn fail(&self, offset: usize, why: Words) -> Diagnostic {
        bad_xml(self.name, self.path, self.xml, offset, why)
    }

    /// The next event of WordprocessingML's namespace (others are skipped
    /// over as if absent, their text included).
    fn next(&mut self) -> Result<Item, Diagnostic> {
        loop {
            let at = self.reader.buffer_position() as usize;
            let (xml, name, path) = (self.xml, self.name, self.path);
            let (namespace, event) = self.reader.read_resolved_event().map_err(|e| {
                bad_xml(
                    name,
                    path,
                    xml,
                    at,
                    words!("I003-not-well-formed", error = e.to_string()),
                )
            })?;
            let ours = matches!(namespace, ResolveResult::Bound(Namespace(n)) if W.contains(&n));
            match &event {
                Event::Start(_) => {
                    self.depth += 1;
                    if self.depth > crate::xml::DEEPEST {
                        return Err(
                            self.fail(at, words!("I003-too-deep", deepest = crate::xml::DEEPEST))
                        );
                    }
                }
                Event::End(_) => self.depth = self.depth.saturating_sub(1),
                _ => {}
            }
            match event {
                Event::DocType(_) => {
                    return Err(self.fail(at, words!("I003-dtd")));
                }
                Event::Decl(decl) => {
                    if let Some(Ok(encoding)) = decl.encoding()
                        && !encoding.eq_ignore_ascii_case(b"utf-8")
                    {
                        return Err(self.fail(at, words!("I003-not-utf8")));
                    }
                }
                Event::GeneralRef(reference) => match crate::xml::resolve_reference(&reference) {
                    Some(text) => return Ok(Item::Text(text)),
                    None => {
                        return Err(self.fail(
                            at,
                            words!(
                                "I003-entity",
                                reference = String::from_utf8_lossy(&reference).into_owned()
                            ),
                        ));
                    }
                },
                Event::Text(text) => {
                    let text = text.xml_content().map_err(|e| {
                        self.fail(at, words!("I003-undecodable", error = e.to_string()))
                    })?;
                    return Ok(Item::Text(text.into_owned()));
                }
                Event::CData(text) => {
                    let text = text.decode().map_err(|e| {
                        self.fail(at, words!("I003-undecodable", error = e.to_string()))
                    })?;
                    return Ok(Item::Text(text.into_owned()));
                }
                Event::Start(element) | Event::Empty(element) if !ours => {
                    // Another vocabulary (markup compatibility, drawings):
                    // its content is not WordprocessingML's text.
                    let _ = element;
                }
                Event::Start(element) => {
                    let local = element.local_name().as_ref().to_vec();
                    return Ok(Item::Start {
                        local,
                        element: element.into_owned(),
                        empty: false,
                    });
                }
                Event::Empty(element) => {
                    let local = element.local_name().as_ref().to_vec();
                    return Ok(Item::Start {
                        local,
                        element: element.into_owned(),
                        empty: true,
                    });
                }
                Event::End(element) if ours => {
                    return Ok(Item::End {
                        local: element.local_name().as_ref().to_vec(),
                    });
                }
                Event::Eof => return Ok(Item::Eof),
                _ => {}
            }
        }
    }

    /// The value of an attribute of WordprocessingML's namespace (`w:val`).
    fn attribute(&self, element: &BytesStart, name: &[u8]) -> Option<String> {
        element.attributes().flatten().find_map(|a| {
            let (resolved, local) = self.reader.resolve_attribute(a.key);
            let ours = matches!(resolved, ResolveResult::Bound(Namespace(n)) if W.contains(&n));
            (ours && local.as_ref() == name)
                .then(|| a.unescape_value().ok().map(|v| v.into_owned()))
                .flatten()
        })
    }
}

/// `w:b`, `w:i`… as on or off: present without a value, or `1`, `true`, `on`.
fn toggle(value: Option<String>) -> bool {
    !matches!(value.as_deref(), Some("0" | "false" | "off" | "none"))
}

/// What a style says, as far as sengen cares.
#[derive(Debug, Default, Clone)]
struct Style {
    name: String,
    based_on: Option<String>,
    outline: Option<u8>,
    bold: Option<bool>,
    italic: Option<bool>,
    numbering: Option<(String, u8)>,
}

fn styles(xml: &[u8], name: &str) -> Result<HashMap<String, Style>, Diagnostic> {
    let mut part = Part::new(xml, name, "word/styles.xml");
    let mut styles = HashMap::new();
    let mut current: Option<(String, Style)> = None;
    let mut in_run_properties = false;
    let mut numbering_id: Option<String> = None;
    loop {
        match part.next()? {
            Item::Start {
                local,
                element,
                empty,
            } => match local.as_slice() {
                b"style" => {
                    current = part
                        .attribute(&element, b"styleId")
                        .map(|id| (id, Style::default()))
                }
                b"name" | b"basedOn" | b"outlineLvl" | b"b" | b"i" | b"numId" | b"ilvl" => {
                    let value = part.attribute(&element, b"val");
                    if let Some((_, style)) = current.as_mut() {
                        match local.as_slice() {
                            b"name" => style.name = value.unwrap_or_default(),
                            b"basedOn" => style.based_on = value,
                            b"outlineLvl" => style.outline = value.and_then(|v| v.parse().ok()),
                            b"b" if in_run_properties => style.bold = Some(toggle(value)),
                            b"i" if in_run_properties => style.italic = Some(toggle(value)),
                            b"numId" => numbering_id = value,
                            b"ilvl" => {
                                let level = value.and_then(|v| v.parse().ok()).unwrap_or(0);
                                if let Some(id) = numbering_id.clone() {
                                    style.numbering = Some((id, level));
                                }
                            }
                            _ => {}
                        }
                        if local == b"numId"
                            && let Some(id) = numbering_id.clone()
                        {
                            style.numbering =
                                Some((id, style.numbering.as_ref().map_or(0, |n| n.1)));
                        }
                    }
                }
                b"rPr" if !empty => in_run_properties = true,
                _ => {}
            },
            Item::End { local } => match local.as_slice() {
                b"style" => {
                    if let Some((id, style)) = current.take() {
                        styles.insert(id, style);
                    }
                    numbering_id = None;
                }
                b"rPr" => in_run_properties = false,
                _ => {}
            },
            Item::Text(_) => {}
            Item::Eof => break,
        }
    }
    Ok(styles)
}

/// A style's value of some property, from it or the styles it is based on.
fn inherited<T>(
    styles: &HashMap<String, Style>,
    id: &str,
    get: impl Fn(&Style) -> Option<T>,
) -> Option<T> {
    let mut at = Some(id.to_owned());
    for _ in 0..16 {
        let style = styles.get(at.as_deref()?)?;
        if let Some(value) = get(style) {
            return Some(value);
        }
        at = style.based_on.clone();
    }
    None
}

/// The heading level a style's name gives, in the word processors' own
/// names and their translations (`heading 1`, « Titre 1 », 見出し 1…).
fn level_from_name(name: &str) -> Option<u8> {
    let name = name.trim().to_lowercase();
    const HEADINGS: [&str; 8] = [
        "heading",
        "titre",
        "見出し",
        "überschrift",
        "titolo",
        "encabezado",
        "título",
        "kop",
    ];
    let rest = HEADINGS.iter().find_map(|h| name.strip_prefix(h))?;
    let digits = rest.trim();
    let level: u8 = digits.parse().ok()?;
    (1..=9).contains(&level).then(|| level - 1)
}

fn is_title_name(name: &str) -> bool {
    matches!(
        name.trim().to_lowercase().as_str(),
        "title" | "titre" | "表題" | "タイトル" | "titel" | "titolo" | "título"
    )
}

/// Word's numbering: per numbering id and level, whether it is a bullet,
/// and the text Word writes before the paragraph (« Atelier %1 : »).
#[derive(Default)]
struct Numbering {
    /// `w:num` → `w:abstractNum`.
    abstract_of: HashMap<String, String>,
    /// (`w:abstractNum`, level) → how that level numbers.
    levels: HashMap<(String, u8), Level>,
}

/// One level of a Word list (`w:lvl`).
#[derive(Default)]
struct Level {
    /// `bullet`, `decimal`, `upperRoman`…; decimal when not said.
    format: Option<String>,
    /// The text written before the paragraph, `%1` standing for the first
    /// level's number.
    text: Option<String>,
    /// The number it starts at; 1 when not said.
    start: Option<u32>,
    /// What follows the text: `tab` (when not said), `space`, `nothing`.
    suffix: Option<String>,
}

impl Level {
    fn format(&self) -> &str {
        self.format.as_deref().unwrap_or("decimal")
    }

    fn is_bullet(&self) -> bool {
        matches!(self.format(), "bullet" | "none")
    }
}

/// How far each list has counted, per `w:abstractNum` and level, as the
/// paragraphs are read.
#[derive(Default)]
struct Counters(HashMap<String, [u32; 9]>);

impl Numbering {
    /// Counts a numbered paragraph and returns the text Word writes before
    /// it (« Atelier 1 : », « 1. », « II. »), with what follows it; `None`
    /// for a bullet or no numbering.
    fn label(&self, id: &str, level: u8, counters: &mut Counters) -> Option<String> {
        if id == "0" || level > 8 {
            return None;
        }
        let abstract_id = self.abstract_of.get(id)?;
        let unsaid = Level::default();
        let level_of = |l: u8| {
            self.levels
                .get(&(abstract_id.clone(), l))
                .unwrap_or(&unsaid)
        };
        let start = |l: u8| level_of(l).start.unwrap_or(1);
        let counts = counters.0.entry(abstract_id.clone()).or_insert([0; 9]);
        let at = usize::from(level);
        counts[at] = if counts[at] == 0 {
            start(level)
        } else {
            counts[at] + 1
        };
        // A deeper level starts again under each new entry of this one.
        for deeper in counts.iter_mut().skip(at + 1) {
            *deeper = 0;
        }
        let this = level_of(level);
        if this.is_bullet() {
            return None;
        }
        let mut label = this.text.clone()?;
        for l in (0..=level).rev() {
            let n = counts[usize::from(l)].max(start(l));
            label = label.replace(&format!("%{}", l + 1), &number_as(level_of(l).format(), n));
        }
        let suffix = match this.suffix.as_deref() {
            Some("nothing") => "",
            // A tab (Word's default) or a space: one space in the text.
            _ => " ",
        };
        (!label.trim().is_empty()).then(|| format!("{}{suffix}", label.trim_end()))
    }

    fn kind(&self, id: &str, level: u8) -> Option<Kind> {
        // `w:numId` 0 means "no numbering".
        if id == "0" {
            return None;
        }
        let abstract_id = self.abstract_of.get(id)?;
        let bullet = self
            .levels
            .get(&(abstract_id.clone(), level))
            .is_some_and(Level::is_bullet);
        Some(if bullet { Kind::Item } else { Kind::Numbered })
    }
}

/// A number as a Word list format writes it; a format not known here in
/// decimal digits.
fn number_as(format: &str, n: u32) -> String {
    let roman = |n: u32| -> String {
        let mut n = n;
        let mut out = String::new();
        for (value, digits) in [
            (1000, "m"),
            (900, "cm"),
            (500, "d"),
            (400, "cd"),
            (100, "c"),
            (90, "xc"),
            (50, "l"),
            (40, "xl"),
            (10, "x"),
            (9, "ix"),
            (5, "v"),
            (4, "iv"),
            (1, "i"),
        ] {
            while n >= value {
                out.push_str(digits);
                n -= value;
            }
        }
        out
    };
    // a … z, then aa … zz, as Word counts letters.
    let letter = |n: u32| -> String {
        let n = n.max(1) - 1;
        let c = char::from(b'a' + (n % 26) as u8);
        c.to_string().repeat((n / 26) as usize + 1)
    };
    match format {
        "upperRoman" => roman(n).to_uppercase(),
        "lowerRoman" => roman(n),
        "upperLetter" => letter(n).to_uppercase(),
        "lowerLetter" => letter(n),
        "decimalFullWidth" | "decimalFullWidth2" => n
            .to_string()
            .chars()
            .map(|d| char::from_u32(d as u32 - '0' as u32 + '０' as u32).unwrap_or(d))
            .collect(),
        _ => n.to_string(),
    }
}

fn numbering(xml: &[u8], name: &str) -> Result<Numbering, Diagnostic> {
    let mut part = Part::new(xml, name, "word/numbering.xml");
    let mut numbering = Numbering::default();
    let mut abstract_id: Option<String> = None;
    let mut level: Option<u8> = None;
    let mut num_id: Option<String> = None;
    loop {
        match part.next()? {
            Item::Start { local, element, .. } => match local.as_slice() {
                b"abstractNum" => abstract_id = part.attribute(&element, b"abstractNumId"),
                b"lvl" => {
                    level = part
                        .attribute(&element, b"ilvl")
                        .and_then(|v| v.parse().ok())
                }
                b"numFmt" | b"lvlText" | b"start" | b"suff" => {
                    if let (Some(a), Some(l), Some(value)) =
                        (abstract_id.clone(), level, part.attribute(&element, b"val"))
                    {
                        let entry = numbering.levels.entry((a, l)).or_default();
                        match local.as_slice() {
                            b"numFmt" => entry.format = Some(value),
                            b"lvlText" => entry.text = Some(value),
                            b"start" => entry.start = value.parse().ok(),
                            _ => entry.suffix = Some(value),
                        }
                    }
                }
                b"num" => num_id = part.attribute(&element, b"numId"),
                b"abstractNumId" => {
                    if let (Some(n), Some(a)) = (num_id.clone(), part.attribute(&element, b"val")) {
                        numbering.abstract_of.insert(n, a);
                    }
                }
                _ => {}
            },
            Item::End { local } => match local.as_slice() {
                b"abstractNum" => abstract_id = None,
                b"lvl" => level = None,
                b"num" => num_id = None,
                _ => {}
            },
            Item::Text(_) => {}
            Item::Eof => break,
        }
    }
    Ok(numbering)
}

/// A run of a paragraph being read.
#[derive(Default)]
struct Run {
    text: String,
    bold: Option<bool>,
    italic: Option<bool>,
    superscript: bool,
    style: Option<String>,
}

/// A paragraph being read.
#[derive(Default)]
struct Open {
    style: Option<String>,
    outline: Option<u8>,
    numbering: Option<(Option<String>, u8)>,
    runs: Vec<Run>,
}

/// Elements whose content is skipped, and what the report calls them.
fn unmapped(local: &[u8]) -> Option<&'static str> {
    Some(match local {
        b"tbl" => "table",
        b"drawing" | b"pict" | b"object" => "image",
        b"txbxContent" => "text-box",
        b"footnoteReference" => "footnote",
        b"endnoteReference" => "endnote",
        b"commentReference" => "comment",
        _ => return None,
    })
}

/// Tracked changes: insertions, deletions, moves, changed formatting.
fn tracked(local: &[u8]) -> bool {
    matches!(
        local,
        b"ins"
            | b"del"
            | b"moveFrom"
            | b"moveTo"
            | b"rPrChange"
            | b"pPrChange"
            | b"sectPrChange"
            | b"tblPrChange"
    )
}

fn body(
    xml: &[u8],
    name: &str,
    styles: &HashMap<String, Style>,
    numbering: &Numbering,
) -> Result<Source, Diagnostic> {
    let mut part = Part::new(xml, name, "word/document.xml");
    let mut source = Source::default();
    let mut counters = Counters::default();
    // Per paragraph pushed, its list and the number Word shows before it.
    let mut lists: Vec<Option<ListEntry>> = Vec::new();
    // The body's paragraphs and tables, counted as the report names them.
    let mut number = 0usize;
    let mut paragraph: Option<Open> = None;
    let mut run: Option<Run> = None;
    let mut in_run_properties = false;
    let mut in_paragraph_properties = false;
    // Inside an element whose content is skipped (a table, a text box), how deep.
    let mut skipping: Option<(Vec<u8>, usize)> = None;
    // Inside a field's instruction (`w:instrText`), whose text is code.
    let mut in_instruction = false;
    loop {
        let item = part.next()?;
        if let Some((skipped, depth)) = skipping.as_mut() {
            match &item {
                Item::Start {
                    local,
                    empty: false,
                    ..
                } if local == skipped => *depth += 1,
                Item::End { local } if local == skipped => {
                    *depth -= 1;
                    if *depth == 0 {
                        skipping = None;
                    }
                }
                Item::Eof => break,
                _ => {}
            }
            continue;
        }
        match item {
            Item::Start {
                local,
                element,
                empty,
            } => {
                if tracked(&local) {
                    return Err(Diagnostic::new(
                        Code::I004,
                        words!(
                            "I004-has-tracked-changes-at",
                            name = name.to_string(),
                            max = number.max(1).to_string()
                        ),
                    )
                    .hint(words!("I004-accept-reject-every-change-hint")));
                }
                if let Some(what) = unmapped(&local) {
                    // A table counts as one element of the body; the rest
                    // stand in the paragraph being read.
                    if local == b"tbl" {
                        number += 1;
                    }
                    let place = Place::Paragraph(number.max(1));
                    if !source
                        .unmapped
                        .iter()
                        .any(|u| u.what == what && u.place == place)
                    {
                        source.unmapped.push(Unmapped { what, place });
                    }
                    if !empty {
                        skipping = Some((local, 1));
                    }
                    continue;
                }
                match local.as_slice() {
                    b"p" if !empty => {
                        number += 1;
                        paragraph = Some(Open::default());
                    }
                    b"p" => number += 1,
                    b"pPr" if !empty => in_paragraph_properties = true,
                    b"r" if !empty => run = Some(Run::default()),
                    b"rPr" if !empty => in_run_properties = true,
                    b"pStyle" if in_paragraph_properties => {
                        if let Some(p) = paragraph.as_mut() {
                            p.style = part.attribute(&element, b"val");
                        }
                    }
                    b"outlineLvl" if in_paragraph_properties => {
                        if let Some(p) = paragraph.as_mut() {
                            p.outline = part
                                .attribute(&element, b"val")
                                .and_then(|v| v.parse().ok());
                        }
                    }
                    b"numId" if in_paragraph_properties => {
                        if let Some(p) = paragraph.as_mut() {
                            let level = p.numbering.as_ref().map_or(0, |n| n.1);
                            p.numbering = Some((part.attribute(&element, b"val"), level));
                        }
                    }
                    b"ilvl" if in_paragraph_properties => {
                        if let Some(p) = paragraph.as_mut() {
                            let level = part
                                .attribute(&element, b"val")
                                .and_then(|v| v.parse().ok())
                                .unwrap_or(0);
                            let id = p.numbering.take().and_then(|n| n.0);
                            p.numbering = Some((id, level));
                        }
                    }
                    b"b" if in_run_properties => {
                        if let Some(r) = run.as_mut() {
                            r.bold = Some(toggle(part.attribute(&element, b"val")));
                        }
                    }
                    b"i" if in_run_properties => {
                        if let Some(r) = run.as_mut() {
                            r.italic = Some(toggle(part.attribute(&element, b"val")));
                        }
                    }
                    b"vertAlign" if in_run_properties => {
                        if let Some(r) = run.as_mut() {
                            r.superscript =
                                part.attribute(&element, b"val").as_deref() == Some("superscript");
                        }
                    }
                    // Text raised above the line: how LibreOffice saves the
                    // superscripts of a document it imported (8<sup>e</sup>).
                    b"position" if in_run_properties => {
                        if let Some(r) = run.as_mut() {
                            let raised = part
                                .attribute(&element, b"val")
                                .and_then(|v| v.parse::<i32>().ok())
                                .is_some_and(|v| v > 0);
                            r.superscript |= raised;
                        }
                    }
                    b"rStyle" if in_run_properties => {
                        if let Some(r) = run.as_mut() {
                            r.style = part.attribute(&element, b"val");
                        }
                    }
                    b"tab" | b"br" | b"cr" if !in_run_properties && !in_paragraph_properties => {
                        if let Some(r) = run.as_mut() {
                            r.text.push(' ');
                        }
                    }
                    b"noBreakHyphen" => {
                        if let Some(r) = run.as_mut() {
                            r.text.push('\u{2011}');
                        }
                    }
                    b"instrText" if !empty => in_instruction = true,
                    _ => {}
                }
            }
            Item::End { local } => match local.as_slice() {
                b"p" => {
                    if let Some(open) = paragraph.take() {
                        let before = source.paragraphs.len();
                        let list = push_paragraph(
                            &mut source,
                            open,
                            number,
                            styles,
                            (numbering, &mut counters),
                        );
                        // One entry per paragraph kept.
                        if source.paragraphs.len() > before {
                            lists.push(list);
                        }
                    }
                }
                b"pPr" => in_paragraph_properties = false,
                b"rPr" => in_run_properties = false,
                b"r" => {
                    if let (Some(r), Some(p)) = (run.take(), paragraph.as_mut()) {
                        p.runs.push(r);
                    }
                }
                b"instrText" => in_instruction = false,
                _ => {}
            },
            Item::Text(text) => {
                if !in_instruction
                    && !in_run_properties
                    && let Some(r) = run.as_mut()
                {
                    r.text.push_str(&text);
                }
            }
            Item::Eof => break,
        }
    }
    number_made_headings(&mut source, &lists);
    Ok(source)
}

/// A paragraph of a Word list: the list's id and the number Word shows.
struct ListEntry {
    list: String,
    label: Option<String>,
}

/// Short bold paragraphs each numbered alone (« 1. Économie », then a list,
/// then « 2. Société »…) are a common way to number workshops: weighed as
/// headings made by hand (bold body paragraphs, with their number), as the
/// structure weighs the others, not as one-entry lists of commitments. A
/// run of numbered entries one after the other stays a list.
fn number_made_headings(source: &mut Source, lists: &[Option<ListEntry>]) {
    let list_of = |i: usize| {
        lists
            .get(i)
            .and_then(|e| e.as_ref())
            .map(|e| e.list.as_str())
    };
    let alone: Vec<usize> = (0..source.paragraphs.len())
        .filter(|&i| {
            let p = &source.paragraphs[i];
            let Some(list) = list_of(i) else { return false };
            p.kind == Kind::Numbered
                && p.bold
                && p.text.chars().count() <= LONGEST_NUMBERED_HEADING
                && (i == 0 || list_of(i - 1) != Some(list))
                && list_of(i + 1) != Some(list)
        })
        .collect();
    // One alone is a one-entry list; a series of them is the text's headings.
    if alone.len() < 2 {
        return;
    }
    for i in alone {
        let p = &mut source.paragraphs[i];
        p.kind = Kind::Body;
        if let Some(label) = lists[i].as_ref().and_then(|e| e.label.as_deref()) {
            p.text = format!("{label}{}", p.text);
        }
        source.notes.push(words!(
            "import-note-numbered-heading",
            place = p.place.words(),
            text = &p.text
        ));
    }
}

/// A paragraph read, as the draft's paragraph: its text, its looks, its kind.
/// Returns the paragraph's list, where it is in one (`None` also when it
/// is not kept, having no visible text).
fn push_paragraph(
    source: &mut Source,
    open: Open,
    number: usize,
    styles: &HashMap<String, Style>,
    (numbering, counters): (&Numbering, &mut Counters),
) -> Option<ListEntry> {
    let style = open.style.as_deref();
    let style_bold = style
        .and_then(|s| inherited(styles, s, |st| st.bold))
        .unwrap_or(false);
    let style_italic = style
        .and_then(|s| inherited(styles, s, |st| st.italic))
        .unwrap_or(false);
    let mut text = String::new();
    let (mut bold, mut italic, mut visible) = (true, true, false);
    for run in &open.runs {
        if run.text.is_empty() {
            continue;
        }
        if !run.text.trim().is_empty() {
            visible = true;
            let character = |get: fn(&Style) -> Option<bool>| {
                run.style.as_deref().and_then(|s| inherited(styles, s, get))
            };
            bold &= run
                .bold
                .or_else(|| character(|s| s.bold))
                .unwrap_or(style_bold);
            italic &= run
                .italic
                .or_else(|| character(|s| s.italic))
                .unwrap_or(style_italic);
        }
        if run.superscript && !run.text.trim().is_empty() {
            // Adjacent superscript runs are one superscript.
            if text.ends_with("</sup>") {
                text.truncate(text.len() - "</sup>".len());
                text.push_str(&run.text);
                text.push_str("</sup>");
            } else {
                text.push_str(&format!("<sup>{}</sup>", run.text));
            }
        } else {
            text.push_str(&run.text);
        }
    }
    if !visible {
        return None;
    }
    let name = style
        .and_then(|s| styles.get(s))
        .map(|s| s.name.as_str())
        .unwrap_or_default();
    let outline = open
        .outline
        .or_else(|| style.and_then(|s| inherited(styles, s, |st| st.outline)))
        // Level 9 is Word's "body text".
        .filter(|level| *level < 9)
        .or_else(|| level_from_name(name));
    let numbered = open
        .numbering
        .and_then(|(id, level)| id.map(|id| (id, level)))
        .or_else(|| style.and_then(|s| inherited(styles, s, |st| st.numbering.clone())));
    // Every numbered paragraph counts, whatever it turns out to be.
    let label = numbered
        .as_ref()
        .and_then(|(id, level)| numbering.label(id, *level, counters));
    let kind = if is_title_name(name) {
        Kind::Title
    } else if let Some(level) = outline {
        Kind::Heading { level: Some(level) }
    } else if let Some(kind) = numbered
        .as_ref()
        .and_then(|(id, level)| numbering.kind(id, *level))
    {
        kind
    } else {
        Kind::Body
    };
    // A heading's number is part of its text (« Atelier 1 : Économie »):
    // kept. A list entry's is not: the list numbers its entries itself.
    let label = match (kind, label) {
        (Kind::Heading { .. } | Kind::Title, Some(label)) => {
            source.notes.push(words!(
                "import-note-heading-number",
                place = Place::Paragraph(number).words(),
                number = label.trim_end()
            ));
            text = format!("{label}{}", text.trim_start());
            None
        }
        (_, label) => label,
    };
    source.paragraphs.push(Paragraph {
        place: Place::Paragraph(number),
        text: text.trim().to_owned(),
        bold,
        italic,
        kind,
    });
    numbered.map(|(list, _)| ListEntry { list, label })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_styles_are_known_by_their_names_in_any_language() {
        assert_eq!(level_from_name("heading 1"), Some(0));
        assert_eq!(level_from_name("Titre 2"), Some(1));
        assert_eq!(level_from_name("見出し 3"), Some(2));
        assert_eq!(level_from_name("Heading"), None);
        assert_eq!(level_from_name("Body Text"), None);
        assert!(is_title_name("Title") && is_title_name("表題"));
    }

    #[test]
    fn numbers_as_word_lists_write_them() {
        assert_eq!(number_as("decimal", 12), "12");
        assert_eq!(number_as("upperRoman", 14), "XIV");
        assert_eq!(number_as("lowerRoman", 9), "ix");
        assert_eq!(number_as("upperLetter", 2), "B");
        assert_eq!(number_as("lowerLetter", 28), "bb");
        assert_eq!(number_as("decimalFullWidth", 10), "１０");
        assert_eq!(number_as("someFormatNotKnown", 3), "3");
    }

    #[test]
    fn a_list_counts_its_levels_and_writes_its_text() {
        let mut numbering = Numbering::default();
        numbering.abstract_of.insert("5".into(), "1".into());
        let level = |l: u8| ("1".to_owned(), l);
        numbering.levels.insert(
            level(0),
            Level {
                text: Some("Atelier %1 :".into()),
                suffix: Some("space".into()),
                ..Level::default()
            },
        );
        numbering.levels.insert(
            level(1),
            Level {
                format: Some("lowerLetter".into()),
                text: Some("%1.%2)".into()),
                suffix: Some("nothing".into()),
                start: Some(1),
            },
        );
        let mut counters = Counters::default();
        let mut label = |l| numbering.label("5", l, &mut counters);
        assert_eq!(label(0).as_deref(), Some("Atelier 1 : "));
        assert_eq!(label(1).as_deref(), Some("1.a)"));
        assert_eq!(label(1).as_deref(), Some("1.b)"));
        assert_eq!(label(0).as_deref(), Some("Atelier 2 : "));
        // A deeper level starts again under a new entry.
        assert_eq!(label(1).as_deref(), Some("2.a)"));
    }

    #[test]
    fn bad_files_are_refused_before_reading() {
        assert_eq!(read(b"", "x.docx").unwrap_err().code, Code::I001);
        assert_eq!(
            read(&[0xD0, 0xCF, 0x11, 0xE0, 0, 0], "x.doc")
                .unwrap_err()
                .code,
            Code::I001
        );
        assert_eq!(read(b"plain text", "x.docx").unwrap_err().code, Code::I001);
        assert_eq!(
            read(b"PK\x03\x04garbage", "x.docx").unwrap_err().code,
            Code::I001
        );
    }
}
