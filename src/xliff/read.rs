//! Reading an XLIFF file (1.2 or 2.0) as hostile input: a size limit, UTF-8
//! only, no DTD (so no entity can be declared: no "billion laughs", no
//! external entity), only XML's five predefined entities and character
//! references. Elements are matched by namespace, whatever their prefix, so
//! a file rewritten by another tool reads the same. Every problem points at
//! its line and column in the file (L030).

use std::ops::Range;

use quick_xml::NsReader;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::{Namespace, ResolveResult};

use super::{NAMESPACE, Piece, Version};
use crate::diagnostic::{Code, Diagnostic, FileId, Span};
use crate::ui::Words;
use crate::words;

/// The largest XLIFF file sengen reads: a declaration's is tens of kilobytes.
pub const LARGEST_FILE: usize = 16 * 1024 * 1024;

const XLIFF_1_2: &[u8] = b"urn:oasis:names:tc:xliff:document:1.2";
const XLIFF_2_0: &[u8] = b"urn:oasis:names:tc:xliff:document:2.0";

/// An XLIFF file, read.
pub struct ReadFile {
    /// Where the file says it is, for diagnostics about it as a whole.
    pub root: Span,
    pub target_lang: Option<String>,
    /// The declaration it was exported from (`sengen:declaration` of its
    /// `<file>`), when it says.
    pub declaration: Option<String>,
    pub units: Vec<ReadUnit>,
}

/// One unit as the file gives it.
pub struct ReadUnit {
    pub id: String,
    /// The unit's start tag.
    pub span: Span,
    pub source: Vec<ReadPiece>,
    pub target: Option<Vec<ReadPiece>>,
    /// 1.2 the target's `state`, 2.0 the segment's.
    pub state: Option<String>,
    /// 1.2 `approved="yes"`.
    pub approved: bool,
    pub source_hash: Option<String>,
}

/// A piece with its place in the file.
pub struct ReadPiece {
    pub piece: Piece,
    pub span: Span,
}

/// Reads an XLIFF file's bytes, registered as `file`.
pub fn read(file: FileId, text: &str) -> Result<ReadFile, Diagnostic> {
    let at = |range: Range<usize>| Span::new(file, range);
    let fail = |range: Range<usize>, message: Words| {
        Diagnostic::new(Code::L030, message)
            .at(at(range), words!("label-here"))
            .hint(words!("L030-sengen-reads-xliff-1-hint"))
    };
    let mut reader = NsReader::from_str(text);
    reader.config_mut().trim_text(false);
    let mut version = None;
    let mut root = at(0..0);
    let mut target_lang = None;
    let mut declaration = None;
    let mut units = Vec::new();
    let mut unit: Option<ReadUnit> = None;
    // Where text goes: into the unit's source or target, while inside one.
    let mut into: Option<Side> = None;
    let mut depth_in_code = 0usize;
    // How many elements are open: counted here, as quick-xml's own count
    // wraps past 65,535 and would end the file early, in silence.
    let mut depth = 0usize;
    loop {
        let start = reader.buffer_position() as usize;
        let (namespace, event) = reader.read_resolved_event().map_err(|e| {
            fail(
                start..start + 1,
                words!("L030-not-well-formed-xml", error = e.to_string()),
            )
        })?;
        match &event {
            Event::Start(_) => {
                depth += 1;
                if depth > crate::xml::DEEPEST {
                    return Err(fail(
                        start..start + 1,
                        words!("L030-too-deep", deepest = crate::xml::DEEPEST),
                    ));
                }
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
        let namespace: Option<Vec<u8>> = match namespace {
            ResolveResult::Bound(Namespace(n)) => Some(n.to_vec()),
            _ => None,
        };
        let end = reader.buffer_position() as usize;
        let range = start..end.max(start);
        let ours = |ns: &[u8]| namespace.as_deref() == Some(ns);
        let in_xliff = match version {
            Some(Version::V1_2) => ours(XLIFF_1_2),
            Some(Version::V2_0) => ours(XLIFF_2_0),
            None => ours(XLIFF_1_2) || ours(XLIFF_2_0),
        };
        match event {
            Event::DocType(_) => {
                return Err(fail(range, words!("L030-dtd")));
            }
            Event::Decl(decl) => {
                if let Some(Ok(encoding)) = decl.encoding()
                    && !encoding.eq_ignore_ascii_case(b"utf-8")
                {
                    return Err(fail(range, words!("L030-xliff-file-not-utf")));
                }
            }
            Event::GeneralRef(reference) => {
                let resolved = crate::xml::resolve_reference(&reference);
                let Some(resolved) = resolved else {
                    return Err(fail(
                        range,
                        words!(
                            "L030-entity-not-xml-s",
                            reference = String::from_utf8_lossy(&reference).to_string()
                        ),
                    ));
                };
                if depth_in_code == 0
                    && let (Some(side), Some(unit)) = (into, unit.as_mut())
                {
                    push_text(side.of(unit), &resolved, at(range));
                }
            }
            Event::Text(t) => {
                if depth_in_code == 0
                    && let (Some(side), Some(unit)) = (into, unit.as_mut())
                {
                    let text = t.xml_content().map_err(|e| {
                        fail(
                            range.clone(),
                            words!("L030-undecodable-text", error = e.to_string()),
                        )
                    })?;
                    push_text(side.of(unit), &text, at(range));
                }
            }
            Event::CData(t) => {
                if depth_in_code == 0
                    && let (Some(side), Some(unit)) = (into, unit.as_mut())
                {
                    let text = t.decode().map_err(|e| {
                        fail(
                            range.clone(),
                            words!("L030-undecodable-text", error = e.to_string()),
                        )
                    })?;
                    push_text(side.of(unit), &text, at(range));
                }
            }
            Event::Start(ref element) | Event::Empty(ref element) => {
                let empty = matches!(event, Event::Empty(_));
                let local = element.local_name();
                let name = local.as_ref();
                if version.is_none() {
                    version = match (name, ours(XLIFF_1_2), ours(XLIFF_2_0)) {
                        (b"xliff", true, _) => Some(Version::V1_2),
                        (b"xliff", _, true) => Some(Version::V2_0),
                        _ => {
                            return Err(fail(range, words!("read-not-xliff-1-2")));
                        }
                    };
                    root = at(range.clone());
                    if version == Some(Version::V2_0) {
                        target_lang = attribute(&reader, element, "trgLang", None);
                    }
                    continue;
                }
                if depth_in_code > 0 {
                    if !empty {
                        depth_in_code += 1;
                    }
                    continue;
                }
                if let (Some(side), Some(current)) = (into, unit.as_mut()) {
                    // Inside a segment: a code, of the kinds sengen writes, or another.
                    let code = inline_code(&reader, element, version, name, in_xliff);
                    match code {
                        Some(piece) => side.of(current).push(ReadPiece {
                            piece,
                            span: at(range.clone()),
                        }),
                        None => side.of(current).push(ReadPiece {
                            piece: Piece::Code {
                                id: String::new(),
                                equiv: format!("<{}>", String::from_utf8_lossy(name)),
                            },
                            span: at(range.clone()),
                        }),
                    }
                    if !empty {
                        depth_in_code = 1;
                    }
                    continue;
                }
                if !in_xliff {
                    continue;
                }
                if name == b"file" {
                    declaration =
                        attribute(&reader, element, "declaration", Some(NAMESPACE.as_bytes()));
                }
                match (version, name) {
                    (Some(Version::V1_2), b"file") => {
                        target_lang = attribute(&reader, element, "target-language", None);
                    }
                    (Some(Version::V1_2), b"trans-unit") | (Some(Version::V2_0), b"unit") => {
                        let id = attribute(&reader, element, "id", None)
                            .ok_or_else(|| fail(range.clone(), words!("read-unit-without-id")))?;
                        unit = Some(ReadUnit {
                            id,
                            span: at(range.clone()),
                            source: Vec::new(),
                            target: None,
                            state: None,
                            approved: attribute(&reader, element, "approved", None).as_deref()
                                == Some("yes"),
                            source_hash: attribute(
                                &reader,
                                element,
                                "source-hash",
                                Some(NAMESPACE.as_bytes()),
                            ),
                        });
                        if empty {
                            units.extend(unit.take());
                        }
                    }
                    (Some(Version::V2_0), b"segment") => {
                        if let Some(unit) = unit.as_mut() {
                            unit.state = attribute(&reader, element, "state", None);
                        }
                    }
                    (_, b"source") if unit.is_some() && !empty => into = Some(Side::Source),
                    (_, b"target") if unit.is_some() => {
                        if let Some(current) = unit.as_mut() {
                            current.target = Some(Vec::new());
                            if version == Some(Version::V1_2) {
                                current.state = attribute(&reader, element, "state", None);
                            }
                        }
                        if !empty {
                            into = Some(Side::Target);
                        }
                    }
                    _ => {}
                }
            }
            Event::End(ref element) => {
                let local = element.local_name();
                let name = local.as_ref();
                if depth_in_code > 0 {
                    depth_in_code -= 1;
                    continue;
                }
                match name {
                    b"source" | b"target" if in_xliff => into = None,
                    b"trans-unit" | b"unit" if in_xliff => units.extend(unit.take()),
                    _ => {}
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if version.is_none() {
        return Err(fail(0..0, words!("read-not-xliff-file-holds")));
    }
    Ok(ReadFile {
        root,
        target_lang,
        declaration,
        units,
    })
}

/// Which segment of a unit text goes into.
#[derive(Clone, Copy)]
enum Side {
    Source,
    Target,
}

impl Side {
    fn of(self, unit: &mut ReadUnit) -> &mut Vec<ReadPiece> {
        match self {
            Side::Source => &mut unit.source,
            Side::Target => unit.target.get_or_insert_with(Vec::new),
        }
    }
}

/// Appends text, joined to the text before it.
fn push_text(pieces: &mut Vec<ReadPiece>, text: &str, span: Span) {
    match pieces.last_mut() {
        Some(ReadPiece {
            piece: Piece::Text(before),
            span: before_span,
        }) => {
            before.push_str(text);
            before_span.range.end = span.range.end;
        }
        _ => pieces.push(ReadPiece {
            piece: Piece::Text(text.to_owned()),
            span,
        }),
    }
}

/// A code sengen writes (1.2 `<x id equiv-text/>`, or `<ph id>`; 2.0 `<ph id
/// equiv/>`): its id and Fluent source; `None` for any other element.
fn inline_code(
    reader: &NsReader<&[u8]>,
    element: &BytesStart,
    version: Option<Version>,
    name: &[u8],
    in_xliff: bool,
) -> Option<Piece> {
    if !in_xliff {
        return None;
    }
    let equiv = match (version, name) {
        (Some(Version::V1_2), b"x" | b"ph") => attribute(reader, element, "equiv-text", None),
        (Some(Version::V2_0), b"ph") => attribute(reader, element, "equiv", None)
            .or_else(|| attribute(reader, element, "disp", None)),
        _ => return None,
    };
    Some(Piece::Code {
        id: attribute(reader, element, "id", None)?,
        equiv: equiv.unwrap_or_default(),
    })
}

/// An attribute's value: one without a namespace, or one of `namespace`.
fn attribute(
    reader: &NsReader<&[u8]>,
    element: &BytesStart,
    name: &str,
    namespace: Option<&[u8]>,
) -> Option<String> {
    element.attributes().flatten().find_map(|a| {
        let (resolved, local) = reader.resolve_attribute(a.key);
        let matches_namespace = match (resolved, namespace) {
            (ResolveResult::Unbound, None) => true,
            (ResolveResult::Bound(Namespace(n)), Some(wanted)) => n == wanted,
            // Some tools write sengen's attributes back without declaring
            // their prefix: `sengen:` is taken to mean sengen's namespace.
            (ResolveResult::Unknown(prefix), Some(wanted)) => {
                prefix == b"sengen" && wanted == NAMESPACE.as_bytes()
            }
            _ => false,
        };
        if matches_namespace && local.as_ref() == name.as_bytes() {
            a.unescape_value().ok().map(|v| v.into_owned())
        } else {
            None
        }
    })
}
