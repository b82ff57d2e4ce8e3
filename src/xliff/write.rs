//! Writing XLIFF 1.2 and 2.0 with quick-xml, which escapes every text and
//! attribute. The layout is fixed (two-space indentation, one unit after the
//! other, segments on one line), so that the same declaration gives the
//! same bytes.

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use super::{Header, NAMESPACE, Piece, Unit, Version};
use crate::check::lint::translations::Status;

/// The whole file.
pub fn file(header: &Header, units: &[Unit], version: Version) -> String {
    let mut xml = Xml(Writer::new(Vec::new()));
    xml.event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)));
    match version {
        Version::V1_2 => v1_2(&mut xml, header, units),
        Version::V2_0 => v2_0(&mut xml, header, units),
    }
    xml.newline(0);
    String::from_utf8(xml.0.into_inner()).unwrap_or_default()
}

fn v1_2(xml: &mut Xml, header: &Header, units: &[Unit]) {
    xml.newline(0);
    xml.open(
        "xliff",
        &[
            ("version", "1.2"),
            ("xmlns", "urn:oasis:names:tc:xliff:document:1.2"),
            ("xmlns:sengen", NAMESPACE),
        ],
    );
    xml.newline(1);
    xml.open(
        "file",
        &[
            ("original", &header.target_file),
            ("source-language", &header.source_lang),
            ("target-language", &header.target_lang),
            ("datatype", "plaintext"),
            ("sengen:declaration", &header.declaration),
            ("sengen:source-file", &header.source_file),
        ],
    );
    xml.newline(2);
    xml.open("body", &[]);
    for unit in units {
        let (state, approved) = match unit.status {
            Status::Missing => ("new", false),
            Status::Unreviewed => ("translated", false),
            Status::Stale => ("needs-review-translation", false),
            Status::Current => ("signed-off", true),
        };
        let mut attributes = vec![("id", unit.id.as_str())];
        if approved {
            attributes.push(("approved", "yes"));
        }
        if unit.locked.is_some() {
            attributes.push(("translate", "no"));
        }
        attributes.push(("sengen:source-hash", &unit.source_hash));
        if let Some(reviewed) = &unit.reviewed_hash {
            attributes.push(("sengen:reviewed-hash", reviewed));
        }
        xml.newline(3);
        xml.open("trans-unit", &attributes);
        xml.newline(4);
        xml.open("source", &[]);
        match &unit.locked {
            Some(source) => xml.text(source),
            None => pieces_1_2(xml, &unit.source),
        }
        xml.close("source");
        if let Some(target) = &unit.target {
            xml.newline(4);
            xml.open("target", &[("state", state)]);
            pieces_1_2(xml, target);
            xml.close("target");
        }
        for note in notes(unit) {
            xml.newline(4);
            xml.open("note", &[]);
            xml.text(&note);
            xml.close("note");
        }
        xml.newline(3);
        xml.close("trans-unit");
    }
    xml.newline(2);
    xml.close("body");
    xml.newline(1);
    xml.close("file");
    xml.newline(0);
    xml.close("xliff");
}

fn v2_0(xml: &mut Xml, header: &Header, units: &[Unit]) {
    xml.newline(0);
    xml.open(
        "xliff",
        &[
            ("version", "2.0"),
            ("xmlns", "urn:oasis:names:tc:xliff:document:2.0"),
            ("xmlns:sengen", NAMESPACE),
            ("srcLang", &header.source_lang),
            ("trgLang", &header.target_lang),
        ],
    );
    xml.newline(1);
    xml.open(
        "file",
        &[
            ("id", "f1"),
            ("original", &header.target_file),
            ("sengen:declaration", &header.declaration),
            ("sengen:source-file", &header.source_file),
        ],
    );
    for unit in units {
        let mut attributes = vec![("id", unit.id.as_str())];
        if unit.locked.is_some() {
            attributes.push(("translate", "no"));
        }
        attributes.push(("sengen:source-hash", &unit.source_hash));
        if let Some(reviewed) = &unit.reviewed_hash {
            attributes.push(("sengen:reviewed-hash", reviewed));
        }
        xml.newline(2);
        xml.open("unit", &attributes);
        let notes = notes(unit);
        if !notes.is_empty() {
            xml.newline(3);
            xml.open("notes", &[]);
            for note in notes {
                xml.newline(4);
                xml.open("note", &[]);
                xml.text(&note);
                xml.close("note");
            }
            xml.newline(3);
            xml.close("notes");
        }
        let mut segment = vec![(
            "state",
            match unit.status {
                Status::Missing => "initial",
                Status::Unreviewed | Status::Stale => "translated",
                Status::Current => "final",
            },
        )];
        if unit.status == Status::Stale {
            segment.push(("subState", "sengen:stale"));
        }
        xml.newline(3);
        xml.open("segment", &segment);
        xml.newline(4);
        xml.open("source", &[]);
        match &unit.locked {
            Some(source) => xml.text(source),
            None => pieces_2_0(xml, &unit.source),
        }
        xml.close("source");
        if let Some(target) = &unit.target {
            xml.newline(4);
            xml.open("target", &[]);
            pieces_2_0(xml, target);
            xml.close("target");
        }
        xml.newline(3);
        xml.close("segment");
        xml.newline(2);
        xml.close("unit");
    }
    xml.newline(1);
    xml.close("file");
    xml.newline(0);
    xml.close("xliff");
}

/// The notes of a unit: its Fluent comment, and why a unit is locked.
fn notes(unit: &Unit) -> Vec<String> {
    let mut notes: Vec<String> = unit.note.iter().cloned().collect();
    if unit.locked.is_some() {
        notes.push(
            "This message chooses among variants (a Fluent selector): translate it in the .ftl file itself; sengen ignores this unit's target."
                .to_owned(),
        );
    }
    notes
}

/// 1.2: each code a standalone `<x/>`, its Fluent source as `equiv-text`.
fn pieces_1_2(xml: &mut Xml, pieces: &[Piece]) {
    for piece in pieces {
        match piece {
            Piece::Text(text) => xml.text(text),
            Piece::Code { id, equiv } => xml.empty("x", &[("id", id), ("equiv-text", equiv)]),
        }
    }
}

/// 2.0: each code a `<ph/>`, its Fluent source as `equiv` and `disp`.
fn pieces_2_0(xml: &mut Xml, pieces: &[Piece]) {
    for piece in pieces {
        match piece {
            Piece::Text(text) => xml.text(text),
            Piece::Code { id, equiv } => {
                xml.empty("ph", &[("id", id), ("equiv", equiv), ("disp", equiv)])
            }
        }
    }
}

/// quick-xml's writer, into memory (whose writes cannot fail).
struct Xml(Writer<Vec<u8>>);

impl Xml {
    fn event(&mut self, event: Event) {
        // Writing into a Vec never fails.
        let _ = self.0.write_event(event);
    }

    fn open(&mut self, name: &str, attributes: &[(&str, &str)]) {
        let element = BytesStart::new(name).with_attributes(attributes.iter().copied());
        self.event(Event::Start(element));
    }

    fn empty(&mut self, name: &str, attributes: &[(&str, &str)]) {
        let element = BytesStart::new(name).with_attributes(attributes.iter().copied());
        self.event(Event::Empty(element));
    }

    fn close(&mut self, name: &str) {
        self.event(Event::End(BytesEnd::new(name)));
    }

    fn text(&mut self, text: &str) {
        self.event(Event::Text(BytesText::new(text)));
    }

    fn newline(&mut self, depth: usize) {
        let indent = format!("\n{}", "  ".repeat(depth));
        self.event(Event::Text(BytesText::from_escaped(indent)));
    }
}
