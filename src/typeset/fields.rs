//! Signature fields (`build --signature-fields`): one empty signature field
//! per signatory, laid over the space its block leaves to sign in, added
//! to the PDF Typst wrote as one incremental update. Typst's bytes stay the
//! file's first revision, unchanged (its fingerprint, its PDF/A and PDF/UA
//! identification, its metadata), and the update depends on them alone, so
//! the same input still gives the same bytes.
//!
//! What each field is follows the two standards the PDF claims:
//! - PDF/A-2 (6.3, 6.4): an appearance stream (`/AP` with `/N` only), the
//!   Print flag and no Hidden or NoView, no actions, no `/NeedAppearances`;
//! - PDF/UA-1 (7.18): a `/TU` naming the signatory in the edition's
//!   language, the widget inside a `Form` structure element (right after
//!   the block's `Figure`, in the same cell) whose only kid is the widget's
//!   object reference, `/Tabs /S` on its page.
//!
//! Signing tools (Acrobat, pyHanko, the LGPKI clients) then fill one field
//! at a time, each in an incremental update of its own, leaving the
//! earlier signatures valid.

use std::collections::HashMap;

use lopdf::{Dictionary, Document, IncrementalDocument, Object, ObjectId, Stream, StringFormat};

use super::Anchor;
use crate::render::SignatureField;

/// Why fields could not be added: the anchors or the structure sengen's
/// templates always make are missing (from a template of one's own: the
/// user's to fix), or the PDF does not read back (a bug).
#[derive(Debug)]
pub enum FieldsError {
    /// No labelled signature box for this field (a template of one's own
    /// that does not label it), or its two corners on different pages.
    NoBox { field: String },
    /// No signature figure with the block's description.
    NoFigure { field: String },
    /// The PDF Typst wrote does not have the shape sengen reads.
    Pdf(String),
}

impl From<lopdf::Error> for FieldsError {
    fn from(error: lopdf::Error) -> Self {
        FieldsError::Pdf(error.to_string())
    }
}

/// Where a field goes: its page and its rectangle, in PDF coordinates
/// (points from the page's bottom-left corner).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement {
    /// 1-based.
    pub page: usize,
    pub rect: [f32; 4],
}

/// Where each field's widget goes: between the corners its block labels,
/// `<sengen-sig-NAME>` (top left) and `<sengen-sig-end-NAME>` (bottom right),
/// on a page `heights[page - 1]` points high.
pub fn placements(
    fields: &[SignatureField],
    anchors: &[Anchor],
    heights: &[f64],
) -> Result<Vec<Placement>, FieldsError> {
    let by_label: HashMap<&str, &Anchor> = anchors.iter().map(|a| (a.label.as_str(), a)).collect();
    fields
        .iter()
        .map(|field| {
            let start = by_label.get(format!("sengen-sig-{}", field.name).as_str());
            let end = by_label.get(format!("sengen-sig-end-{}", field.name).as_str());
            let no_box = || FieldsError::NoBox {
                field: field.name.clone(),
            };
            let (start, end) = start.zip(end).ok_or_else(no_box)?;
            let height = heights.get(start.page.wrapping_sub(1)).ok_or_else(no_box)?;
            if start.page != end.page || end.x <= start.x || end.y <= start.y {
                return Err(no_box());
            }
            Ok(Placement {
                page: start.page,
                rect: [
                    round(start.x),
                    round(height - end.y),
                    round(end.x),
                    round(height - start.y),
                ],
            })
        })
        .collect()
}

/// A coordinate to the hundredth of a point: exact enough to lie on the
/// box, short and the same on every machine.
fn round(points: f64) -> f32 {
    ((points * 100.0).round() / 100.0) as f32
}

/// The PDF with a signature field per signatory, as an incremental update
/// appended to `pdf`.
pub fn add(
    pdf: Vec<u8>,
    fields: &[SignatureField],
    placements: &[Placement],
) -> Result<Vec<u8>, FieldsError> {
    if fields.is_empty() {
        return Ok(pdf);
    }
    let previous = Document::load_mem(&pdf)?;
    let pages = previous.get_pages();
    let catalog_id = previous.trailer.get(b"Root")?.as_reference()?;
    let tree_id = previous.catalog()?.get(b"StructTreeRoot")?.as_reference()?;
    let figures = signature_figures(&previous, tree_id, fields)?;
    let next_key = previous
        .get_dictionary(tree_id)?
        .get(b"ParentTreeNextKey")?
        .as_i64()?;

    let mut update = IncrementalDocument::create_from(pdf, previous);
    let mut widgets = Vec::with_capacity(fields.len());
    let mut parent_entries = Vec::with_capacity(fields.len());
    for (i, ((field, placement), figure)) in fields.iter().zip(placements).zip(&figures).enumerate()
    {
        let page_id = *pages
            .get(&(placement.page as u32))
            .ok_or_else(|| FieldsError::Pdf(format!("no page {}", placement.page)))?;
        let key = next_key + i as i64;
        let [x0, y0, x1, y1] = placement.rect;
        let new = &mut update.new_document;
        let widget_id = new.new_object_id();
        let form_id = new.new_object_id();
        let appearance_id = new.new_object_id();

        let mut appearance = Dictionary::new();
        appearance.set("Type", Object::Name(b"XObject".to_vec()));
        appearance.set("Subtype", Object::Name(b"Form".to_vec()));
        appearance.set("BBox", reals(&[0.0, 0.0, x1 - x0, y1 - y0]));
        appearance.set("Resources", Dictionary::new());
        let mut appearance = Stream::new(appearance, Vec::new());
        appearance.allows_compression = false;
        new.set_object(appearance_id, appearance);

        let mut widget = Dictionary::new();
        widget.set("Type", Object::Name(b"Annot".to_vec()));
        widget.set("Subtype", Object::Name(b"Widget".to_vec()));
        widget.set("FT", Object::Name(b"Sig".to_vec()));
        widget.set(
            "T",
            Object::String(field.name.as_bytes().to_vec(), StringFormat::Literal),
        );
        widget.set("TU", text_string(&field.tooltip));
        // Print (4): printed, shown, never hidden (PDF/A-2 6.3.2).
        widget.set("F", 4);
        widget.set("Rect", reals(&placement.rect));
        widget.set("P", page_id);
        let mut appearances = Dictionary::new();
        appearances.set("N", appearance_id);
        widget.set("AP", appearances);
        widget.set("StructParent", key);
        new.set_object(widget_id, widget);

        // The Form element's kid is the object reference itself, not an
        // array of one: signing tools that check what a later revision
        // changed (pyHanko) recognise a field's structure by that shape.
        let mut reference = Dictionary::new();
        reference.set("Type", Object::Name(b"OBJR".to_vec()));
        reference.set("Obj", widget_id);
        reference.set("Pg", page_id);
        let mut form = Dictionary::new();
        form.set("Type", Object::Name(b"StructElem".to_vec()));
        form.set("S", Object::Name(b"Form".to_vec()));
        form.set("P", figure.parent);
        form.set("Pg", page_id);
        form.set("K", reference);
        new.set_object(form_id, form);

        // The Form right after its block's Figure, in the same cell.
        update.opt_clone_object_to_new_document(figure.parent)?;
        let cell = update.new_document.get_dictionary_mut(figure.parent)?;
        let kids = match cell.get(b"K").ok().cloned() {
            Some(Object::Array(kids)) => kids,
            Some(other) => vec![other],
            None => Vec::new(),
        };
        let mut kids = kids;
        let at = kids
            .iter()
            .position(|kid| kid.as_reference().ok() == Some(figure.id))
            .map_or(kids.len(), |p| p + 1);
        kids.insert(at, Object::Reference(form_id));
        cell.set("K", kids);

        // The page lists the widget among its annotations, and is read in
        // the order of its structure (PDF/UA-1 7.18.3).
        update.opt_clone_object_to_new_document(page_id)?;
        let annotations = {
            let page = update.new_document.get_dictionary(page_id)?;
            match page.get(b"Annots").ok().cloned() {
                Some(Object::Reference(id)) => Annotations::Indirect(id),
                Some(Object::Array(list)) => Annotations::Direct(list),
                _ => Annotations::Direct(Vec::new()),
            }
        };
        match annotations {
            Annotations::Indirect(id) => {
                update.opt_clone_object_to_new_document(id)?;
                let list = update.new_document.get_object_mut(id)?.as_array_mut()?;
                list.push(Object::Reference(widget_id));
            }
            Annotations::Direct(mut list) => {
                list.push(Object::Reference(widget_id));
                let page = update.new_document.get_dictionary_mut(page_id)?;
                page.set("Annots", list);
            }
        }
        let page = update.new_document.get_dictionary_mut(page_id)?;
        page.set("Tabs", Object::Name(b"S".to_vec()));

        widgets.push(Object::Reference(widget_id));
        parent_entries.push((key, form_id));
    }

    // The structure tree maps each widget's StructParent to its Form.
    add_parent_entries(&mut update, tree_id, &parent_entries)?;
    let tree = update.new_document.get_dictionary_mut(tree_id)?;
    tree.set("ParentTreeNextKey", next_key + fields.len() as i64);

    // The form: the fields in the order of the signatures; SignaturesExist.
    let new = &mut update.new_document;
    let form_id = new.new_object_id();
    let mut acro_form = Dictionary::new();
    acro_form.set("Fields", widgets);
    acro_form.set("SigFlags", 1);
    new.set_object(form_id, acro_form);
    update.opt_clone_object_to_new_document(catalog_id)?;
    let catalog = update.new_document.get_dictionary_mut(catalog_id)?;
    if catalog.has(b"AcroForm") {
        return Err(FieldsError::Pdf("the PDF has a form already".into()));
    }
    catalog.set("AcroForm", form_id);

    let mut out = Vec::new();
    update
        .save_to(&mut out)
        .map_err(|e| FieldsError::Pdf(e.to_string()))?;
    Ok(out)
}

enum Annotations {
    Indirect(ObjectId),
    Direct(Vec<Object>),
}

/// A signature block's figure in the structure tree, and the element that
/// holds it.
struct Figure {
    id: ObjectId,
    parent: ObjectId,
}

/// Each field's figure: the `Figure` elements whose alternative text is
/// the block's description, in the order of the tree (two blocks described
/// alike take them in turn).
fn signature_figures(
    document: &Document,
    tree_id: ObjectId,
    fields: &[SignatureField],
) -> Result<Vec<Figure>, FieldsError> {
    let mut by_alt: HashMap<String, Vec<Figure>> = HashMap::new();
    // Depth first, without recursion: a tree's depth is the PDF's to choose.
    let mut stack: Vec<(ObjectId, ObjectId)> = Vec::new();
    let kids_of = |id: ObjectId| -> Vec<ObjectId> {
        let Ok(element) = document.get_dictionary(id) else {
            return Vec::new();
        };
        match element.get(b"K") {
            Ok(Object::Array(kids)) => kids.iter().filter_map(|k| k.as_reference().ok()).collect(),
            Ok(Object::Reference(kid)) => vec![*kid],
            _ => Vec::new(),
        }
    };
    let mut seen = std::collections::HashSet::new();
    for kid in kids_of(tree_id).into_iter().rev() {
        stack.push((kid, tree_id));
    }
    while let Some((id, parent)) = stack.pop() {
        if !seen.insert(id) {
            continue;
        }
        let Ok(element) = document.get_dictionary(id) else {
            continue;
        };
        if !element.has_type(b"StructElem") && element.get(b"S").is_err() {
            continue;
        }
        if element.get(b"S").and_then(Object::as_name).ok() == Some(b"Figure".as_slice())
            && let Ok(alt) = element.get(b"Alt").and_then(lopdf::decode_text_string)
        {
            by_alt.entry(alt).or_default().push(Figure { id, parent });
        }
        for kid in kids_of(id).into_iter().rev() {
            stack.push((kid, id));
        }
    }
    let mut taken: HashMap<&str, usize> = HashMap::new();
    fields
        .iter()
        .map(|field| {
            let n = taken.entry(field.alt.as_str()).or_default();
            let figure = by_alt
                .get(&field.alt)
                .and_then(|figures| figures.get(*n))
                .ok_or_else(|| FieldsError::NoFigure {
                    field: field.name.clone(),
                })?;
            *n += 1;
            Ok(Figure {
                id: figure.id,
                parent: figure.parent,
            })
        })
        .collect()
}

/// Adds `(key, element)` entries to the structure tree's ParentTree: to its
/// `/Nums` when it is one flat node, else as a new last leaf under its
/// `/Kids` (the keys are past every existing one).
fn add_parent_entries(
    update: &mut IncrementalDocument,
    tree_id: ObjectId,
    entries: &[(i64, ObjectId)],
) -> Result<(), FieldsError> {
    update.opt_clone_object_to_new_document(tree_id)?;
    let numbers: Vec<Object> = entries
        .iter()
        .flat_map(|(key, id)| [Object::Integer(*key), Object::Reference(*id)])
        .collect();
    let parent_tree = update
        .new_document
        .get_dictionary(tree_id)?
        .get(b"ParentTree")?
        .clone();
    // The node to change: the tree's own dictionary, or an object of its own.
    let (node_id, mut node) = match parent_tree {
        Object::Reference(id) => {
            update.opt_clone_object_to_new_document(id)?;
            (Some(id), update.new_document.get_dictionary(id)?.clone())
        }
        Object::Dictionary(node) => (None, node),
        _ => {
            return Err(FieldsError::Pdf(
                "a ParentTree that is no dictionary".into(),
            ));
        }
    };
    if let Ok(Object::Array(nums)) = node.get_mut(b"Nums") {
        nums.extend(numbers);
    } else if let Ok(Object::Array(_)) = node.get(b"Kids") {
        let (first, last) = (entries[0].0, entries[entries.len() - 1].0);
        let mut leaf = Dictionary::new();
        leaf.set(
            "Limits",
            vec![Object::Integer(first), Object::Integer(last)],
        );
        leaf.set("Nums", numbers);
        let leaf_id = update.new_document.add_object(leaf);
        if let Ok(Object::Array(kids)) = node.get_mut(b"Kids") {
            kids.push(Object::Reference(leaf_id));
        }
    } else {
        node.set("Nums", numbers);
    }
    match node_id {
        Some(id) => update.new_document.set_object(id, node),
        None => update
            .new_document
            .get_dictionary_mut(tree_id)?
            .set("ParentTree", node),
    }
    Ok(())
}

/// Numbers as a PDF array of reals.
fn reals(values: &[f32]) -> Object {
    Object::Array(values.iter().map(|v| Object::Real(*v)).collect())
}

/// A text string as UTF-16BE with its byte-order mark, written in hex: it
/// holds Japanese and French alike, and reads the same in every viewer.
pub fn text_string(text: &str) -> Object {
    let mut bytes = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Hexadecimal)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn anchor(label: &str, page: usize, x: f64, y: f64) -> Anchor {
        Anchor {
            label: label.into(),
            page,
            x,
            y,
        }
    }

    fn field(name: &str) -> SignatureField {
        SignatureField {
            name: name.into(),
            tooltip: String::new(),
            alt: String::new(),
        }
    }

    #[test]
    fn a_box_is_turned_into_pdf_coordinates() {
        let anchors = [
            anchor("sengen-sig-a", 2, 62.3622, 372.427),
            anchor("sengen-sig-end-a", 2, 275.4646, 417.7815),
        ];
        let placed = placements(&[field("a")], &anchors, &[841.8898, 841.8898]).unwrap();
        assert_eq!(placed[0].page, 2);
        assert_eq!(placed[0].rect, [62.36, 424.11, 275.46, 469.46]);
    }

    #[test]
    fn a_box_without_both_corners_on_one_page_is_refused() {
        let split = [
            anchor("sengen-sig-a", 1, 10.0, 10.0),
            anchor("sengen-sig-end-a", 2, 20.0, 20.0),
        ];
        assert!(matches!(
            placements(&[field("a")], &split, &[100.0, 100.0]),
            Err(FieldsError::NoBox { field }) if field == "a"
        ));
        let half = [anchor("sengen-sig-a", 1, 10.0, 10.0)];
        assert!(placements(&[field("a")], &half, &[100.0]).is_err());
        assert!(placements(&[field("b")], &[], &[100.0]).is_err());
    }

    #[test]
    fn tooltips_are_utf16_with_a_byte_order_mark() {
        let Object::String(bytes, StringFormat::Hexadecimal) = text_string("署名：A") else {
            panic!("a hexadecimal string");
        };
        assert_eq!(
            bytes,
            [0xFE, 0xFF, 0x7F, 0x72, 0x54, 0x0D, 0xFF, 0x1A, 0x00, 0x41]
        );
    }
}
