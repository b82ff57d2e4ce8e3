//! `sengen verify`: what a signed PDF proves. For each signature, in the
//! order of the fields: the field and the signatory it belongs to, who
//! signed (the certificate's name) and when (as the signer's computer
//! said), whether its byte range covers the whole file as it was but its
//! own value, whether the signed bytes' digest matches and the signature
//! verifies with the certificate it carries, whether it still stands in
//! the field it was signed in, and whether every later revision only
//! added signatures. Trust in the certificate is the signer's PKI: reported
//! only, unless certificates to trust are given.
//!
//! The file is hostile: read within a size bound, each revision parsed by
//! lopdf from its own bytes, never written.

pub mod cms;
mod revisions;

use std::collections::{BTreeMap, BTreeSet};

use lopdf::{Dictionary, Document, Object, ObjectId};

use crate::diagnostic::{Code, Diagnostic, Diagnostics};
use crate::words;

pub use revisions::revision_ends;

/// The largest PDF `verify` reads: a declaration with its 54 signatures
/// weighs a few megabytes.
pub const LARGEST_PDF: u64 = 256 * 1024 * 1024;

/// The most revisions `verify` reads, each parsed in turn: one for the
/// build, one for the fields, one per signature, a few for timestamps.
pub const MOST_REVISIONS: usize = 1000;

/// What a signed PDF proves.
#[derive(Debug)]
pub struct Verification {
    /// How many revisions the file has (the build, then one per signature).
    pub revisions: usize,
    /// Every signature field, signed or not, in the form's order.
    pub fields: Vec<FieldCheck>,
    /// What does not hold, each at its place (a field, a revision).
    pub findings: Diagnostics,
}

/// A signature field and, when signed, what its signature proves.
#[derive(Debug)]
pub struct FieldCheck {
    /// `sig-shizuoka`.
    pub name: String,
    /// What the field says it is (« Signature : Ville de Shizuoka… »).
    pub signatory: Option<String>,
    pub signature: Option<SignatureCheck>,
}

/// One signature's checks; `None` where a check could not be made (an
/// earlier one failed).
#[derive(Debug)]
pub struct SignatureCheck {
    /// 1-based: the revision the signature closes.
    pub revision: usize,
    /// The certificate's common name and organisation.
    pub signer: Option<String>,
    pub organization: Option<String>,
    /// « RSA 2048, SHA-256 ».
    pub algorithm: Option<String>,
    /// The signing time the signature dictionary states (/M), as the
    /// signer's computer said it: `2026-12-06 10:20:20 UTC`.
    pub claimed_time: Option<String>,
    pub timestamped: bool,
    /// Its byte range covers the file as it was, but its own value.
    pub covers: bool,
    /// The digest matches and the signature verifies.
    pub intact: Option<bool>,
    /// Still in the field it was signed in.
    pub in_place: Option<bool>,
    /// Every later revision only added signatures.
    pub later_only_signatures: bool,
    /// Chains to a trusted certificate (only judged with `--trust`).
    pub trusted: Option<bool>,
}

impl Verification {
    /// Every check holds: each signature intact, in place, covering, and
    /// followed only by signatures.
    pub fn holds(&self) -> bool {
        !self.findings.has_errors()
    }
}

/// Verifies the signatures of `data` (`shown` names the file in findings);
/// `trusted` holds the DER certificates to trust, if any were given.
pub fn verify(data: &[u8], shown: &str, trusted: Option<&[Vec<u8>]>) -> Verification {
    let mut findings = Diagnostics::default();
    let unreadable = |detail: String| {
        Diagnostic::new(
            Code::V001,
            words!("V001-unreadable", file = shown.to_string(), detail = detail),
        )
        .hint(words!("V001-unreadable-hint"))
    };
    let ends = revision_ends(data);
    let last = match load(data) {
        Ok(document) => document,
        Err(detail) => {
            findings.push(unreadable(detail));
            return Verification {
                revisions: ends.len(),
                fields: Vec::new(),
                findings,
            };
        }
    };
    if ends.len() > MOST_REVISIONS {
        findings.push(unreadable(format!("more than {MOST_REVISIONS} revisions")));
        return Verification {
            revisions: ends.len(),
            fields: Vec::new(),
            findings,
        };
    }
    // Each revision as the file was when it ended, one after the other (two
    // at a time in memory): what it changed beyond signing, and which field
    // holds each signature (by its byte range) once it is made.
    let mut changes: BTreeMap<usize, Vec<Change>> = BTreeMap::new();
    let mut signed_fields: Vec<Vec<(String, Object)>> = Vec::new();
    let mut previous: Option<Document> = None;
    for (r, &end) in ends.iter().enumerate() {
        let current = if end == data.len() {
            None
        } else {
            load(&data[..end]).ok()
        };
        let document = current.as_ref().unwrap_or(&last);
        if let Some(before) = &previous {
            let found = beyond_signing(before, document);
            if !found.is_empty() {
                changes.insert(r, found);
            }
        }
        signed_fields.push(
            signature_fields(document)
                .into_iter()
                .filter_map(|f| {
                    let range = document
                        .get_dictionary(f.signature?)
                        .ok()?
                        .get(b"ByteRange")
                        .ok()?
                        .clone();
                    Some((f.name, range))
                })
                .collect(),
        );
        previous = current;
    }
    let fields = signature_fields(&last);

    let mut checks = Vec::new();
    for field in &fields {
        let signatory = text_of(&last, &field.dictionary, b"TU");
        let signature = field.signature.map(|sig_id| {
            check_signature(
                data,
                &ends,
                &last,
                sig_id,
                &field.name,
                &signed_fields,
                trusted,
                &changes,
                &mut findings,
            )
        });
        checks.push(FieldCheck {
            name: field.name.clone(),
            signatory,
            signature,
        });
    }
    if !checks.iter().any(|c| c.signature.is_some()) {
        findings.push(
            Diagnostic::new(
                Code::V002,
                words!(
                    "V002-no-signature",
                    file = shown.to_string(),
                    fields = checks.len()
                ),
            )
            .hint(words!("V002-no-signature-hint", fields = checks.len())),
        );
    }
    // Changes after the first signature are reported once each, at their
    // revision, naming what they change.
    let first_signed = checks
        .iter()
        .filter_map(|c| c.signature.as_ref().map(|s| s.revision))
        .min();
    if let Some(first) = first_signed {
        for (revision, found) in changes.range(first..) {
            // The change that matters most names the revision; the others
            // are counted (a new line of text touches four objects).
            let Some(main) = found.iter().min_by_key(|c| weight(c.kind)) else {
                continue;
            };
            findings.push(
                Diagnostic::new(
                    Code::V006,
                    words!(
                        "V006-changed-after-signing",
                        revision = revision + 1,
                        object = main.object.0,
                        kind = main.kind,
                        how = main.how,
                        others = found.len() - 1
                    ),
                )
                .hint(words!("V006-changed-after-signing-hint")),
            );
        }
    }
    Verification {
        revisions: ends.len().max(1),
        fields: checks,
        findings,
    }
}

/// Whether a signed file is a declaration's build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Its first revision is the build of this PDF of the declaration,
    /// byte for byte (and its second the signature fields sengen adds,
    /// when `with_fields`).
    Build { file: String, with_fields: bool },
    /// It is no build of the declaration as it stands: `fingerprint` is
    /// the one its pages state, if it could be read.
    Other { fingerprint: Option<String> },
}

/// Whether `data` starts with one of `builds` (each PDF a build of the
/// declaration writes, with its signature fields), or with that PDF
/// before its fields were added.
pub fn origin(data: &[u8], builds: &[(String, Vec<u8>)]) -> Origin {
    for (file, pdf) in builds {
        if data.starts_with(pdf) {
            return Origin::Build {
                file: file.clone(),
                with_fields: revision_ends(pdf).len() > 1,
            };
        }
        if let Some(&first) = revision_ends(pdf).first()
            && data.starts_with(&pdf[..first])
        {
            return Origin::Build {
                file: file.clone(),
                with_fields: false,
            };
        }
    }
    Origin::Other {
        fingerprint: stated_fingerprint(data),
    }
}

/// The SHA-256 fingerprint the first revision's last page states (64
/// hexadecimal digits), read from its text.
pub fn stated_fingerprint(data: &[u8]) -> Option<String> {
    let first = revision_ends(data).first().copied().unwrap_or(data.len());
    let document = load(&data[..first]).ok()?;
    let pages = document.get_pages();
    let (&last, _) = pages.iter().next_back()?;
    let text = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        document.extract_text(&[last])
    }))
    .ok()?
    .ok()?;
    let digits: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let pattern = regex::Regex::new("[0-9a-f]{64}").ok()?;
    pattern.find(&digits).map(|m| m.as_str().to_owned())
}

/// Loads a PDF (or a revision of one) with lopdf, refusing an encrypted one.
fn load(data: &[u8]) -> Result<Document, String> {
    let document = std::panic::catch_unwind(|| Document::load_mem(data))
        .map_err(|_| "the PDF reader stopped on it".to_string())?
        .map_err(|e| e.to_string())?;
    if document.is_encrypted() || document.trailer.has(b"Encrypt") {
        return Err("it is encrypted".into());
    }
    Ok(document)
}

/// A signature field of the form, and its signature dictionary if signed.
struct Field {
    name: String,
    dictionary: Dictionary,
    signature: Option<ObjectId>,
}

/// The form's signature fields, in its order (descending into /Kids).
fn signature_fields(document: &Document) -> Vec<Field> {
    let Some(fields) = document
        .catalog()
        .ok()
        .and_then(|c| c.get_deref(b"AcroForm", document).ok())
        .and_then(|f| f.as_dict().ok())
        .and_then(|f| f.get_deref(b"Fields", document).ok())
        .and_then(|f| f.as_array().ok())
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut stack: Vec<(Object, String, bool)> = fields
        .iter()
        .rev()
        .map(|f| (f.clone(), String::new(), false))
        .collect();
    let mut seen = BTreeSet::new();
    while let Some((object, prefix, inherited_sig)) = stack.pop() {
        if let Object::Reference(id) = object
            && !seen.insert(id)
        {
            continue;
        }
        let Ok((_, Object::Dictionary(dictionary))) = document.dereference(&object) else {
            continue;
        };
        let partial = text_of(document, dictionary, b"T").unwrap_or_default();
        let name = match (prefix.is_empty(), partial.is_empty()) {
            (true, _) => partial,
            (false, true) => prefix.clone(),
            (false, false) => format!("{prefix}.{partial}"),
        };
        let is_sig = match dictionary.get(b"FT") {
            Ok(ft) => ft.as_name().ok() == Some(b"Sig".as_slice()),
            Err(_) => inherited_sig,
        };
        if let Ok(Object::Array(kids)) = dictionary.get_deref(b"Kids", document).cloned() {
            // A kid that is a field (it has a /T) is a field of its own.
            let field_kids = kids.iter().any(|k| {
                document
                    .dereference(k)
                    .ok()
                    .and_then(|(_, o)| o.as_dict().ok())
                    .is_some_and(|d| d.has(b"T"))
            });
            if field_kids {
                for kid in kids.into_iter().rev() {
                    stack.push((kid, name.clone(), is_sig));
                }
                continue;
            }
        }
        if is_sig {
            let signature = dictionary.get(b"V").and_then(Object::as_reference).ok();
            out.push(Field {
                name,
                dictionary: dictionary.clone(),
                signature,
            });
        }
    }
    out
}

/// A text string of a dictionary (PDFDocEncoding or UTF-16), if it has one.
fn text_of(document: &Document, dictionary: &Dictionary, key: &[u8]) -> Option<String> {
    dictionary
        .get_deref(key, document)
        .ok()
        .and_then(|value| lopdf::decode_text_string(value).ok())
}

/// Checks one signature, pushing what does not hold to `findings`.
#[allow(clippy::too_many_arguments)]
fn check_signature(
    data: &[u8],
    ends: &[usize],
    last: &Document,
    sig_id: ObjectId,
    field: &str,
    signed_fields: &[Vec<(String, Object)>],
    trusted: Option<&[Vec<u8>]>,
    changes: &BTreeMap<usize, Vec<Change>>,
    findings: &mut Diagnostics,
) -> SignatureCheck {
    let mut check = SignatureCheck {
        revision: 0,
        signer: None,
        organization: None,
        algorithm: None,
        claimed_time: None,
        timestamped: false,
        covers: false,
        intact: None,
        in_place: None,
        later_only_signatures: true,
        trusted: None,
    };
    let Ok(signature) = last.get_dictionary(sig_id) else {
        findings.push(range_problem(field, "no-dictionary"));
        return check;
    };
    check.claimed_time = signature
        .get(b"M")
        .ok()
        .and_then(|m| lopdf::decode_text_string(m).ok())
        .and_then(|m| pdf_date(&m));

    // The byte range: [0 a b c], the gap exactly the hexadecimal /Contents,
    // and b + c the end of a revision.
    let range: Option<Vec<i64>> = signature
        .get(b"ByteRange")
        .and_then(Object::as_array)
        .ok()
        .and_then(|a| a.iter().map(|n| n.as_i64().ok()).collect());
    let Some([0, a, b, c]) = range.as_deref().and_then(|r| <[i64; 4]>::try_from(r).ok()) else {
        findings.push(range_problem(field, "not-four-numbers"));
        return check;
    };
    let (a, b, c) = (a as usize, b as usize, c as usize);
    let end = b.checked_add(c);
    let gap_ok = a < b
        && end.is_some_and(|e| e <= data.len())
        && data.get(a) == Some(&b'<')
        && data.get(b - 1) == Some(&b'>')
        && data[a + 1..b - 1].iter().all(u8::is_ascii_hexdigit);
    let Some(revision) = end.and_then(|e| ends.iter().position(|&r| r == e)) else {
        findings.push(range_problem(field, "not-a-revision"));
        return check;
    };
    if !gap_ok {
        findings.push(range_problem(field, "gap"));
        return check;
    }
    check.revision = revision + 1;
    check.covers = true;
    let end = ends[revision];
    let contents = hex(&data[a + 1..b - 1]);
    // The value in the gap is the /Contents the dictionary holds.
    let stated = signature.get(b"Contents").and_then(Object::as_str).ok();
    if stated.is_some_and(|s| s != contents.as_slice()) {
        findings.push(range_problem(field, "gap"));
        check.covers = false;
        return check;
    }

    match cms::verify(&contents, &[&data[..a], &data[b..end]]) {
        Ok(signer) => {
            check.intact = Some(true);
            check.signer = Some(signer.name.clone());
            check.organization = signer.organization.clone();
            check.algorithm = Some(signer.algorithm.clone());
            check.timestamped = signer.timestamped;
            if let Some(trusted) = trusted {
                let at = check
                    .claimed_time
                    .as_deref()
                    .and_then(seconds_of)
                    .or(signer.signing_time)
                    .unwrap_or(0);
                let chained = cms::chains_to(&signer, trusted, at);
                check.trusted = Some(chained.is_ok());
                if let Err(problem) = chained {
                    let why = match problem {
                        cms::ChainProblem::NoIssuer => "no-issuer".to_string(),
                        cms::ChainProblem::Expired { .. } => "expired".to_string(),
                    };
                    findings.push(
                        Diagnostic::new(
                            Code::V008,
                            words!(
                                "V008-not-trusted",
                                field = field.to_string(),
                                signer = signer.name.clone(),
                                why = why
                            ),
                        )
                        .hint(words!("V008-not-trusted-hint")),
                    );
                }
            }
        }
        Err(problem) => {
            check.intact = Some(false);
            let (kind, detail) = match problem {
                cms::CmsProblem::DigestMismatch => ("digest", String::new()),
                cms::CmsProblem::BadSignature => ("signature", String::new()),
                cms::CmsProblem::Unsupported { algorithm } => ("unsupported", algorithm),
                cms::CmsProblem::Unreadable { detail } => ("unreadable", detail),
            };
            findings.push(if kind == "digest" {
                Diagnostic::new(
                    Code::V004,
                    words!(
                        "V004-digest",
                        field = field.to_string(),
                        revision = revision + 1
                    ),
                )
                .hint(words!("V004-digest-hint"))
            } else {
                Diagnostic::new(
                    Code::V005,
                    words!(
                        "V005-not-verified",
                        field = field.to_string(),
                        revision = revision + 1,
                        kind = kind,
                        detail = detail
                    ),
                )
                .hint(words!("V005-not-verified-hint", kind = kind))
            });
        }
    }

    // The field it was signed in: in the signed revision, the field whose
    // value is a signature with this very byte range.
    let range = signature.get(b"ByteRange").ok();
    let signed_in = signed_fields.get(revision).and_then(|fields| {
        fields
            .iter()
            .find(|(_, r)| Some(r) == range)
            .map(|(name, _)| name.clone())
    });
    check.in_place = Some(signed_in.as_deref() == Some(field));
    if signed_in.as_deref() != Some(field) {
        findings.push(
            Diagnostic::new(
                Code::V007,
                words!(
                    "V007-moved",
                    field = field.to_string(),
                    signed_in = signed_in.clone().unwrap_or_default(),
                    known = if signed_in.is_some() { "yes" } else { "no" }
                ),
            )
            .hint(words!("V007-moved-hint")),
        );
    }
    check.later_only_signatures = changes.range(revision + 1..).next().is_none();
    check
}

/// A byte range that does not cover what it must (V003); `why` names how.
fn range_problem(field: &str, why: &str) -> Diagnostic {
    Diagnostic::new(
        Code::V003,
        words!(
            "V003-byte-range",
            field = field.to_string(),
            why = why.to_string()
        ),
    )
    .hint(words!("V003-byte-range-hint"))
}

/// Hexadecimal digits as bytes (an odd last digit counts as followed by 0).
fn hex(digits: &[u8]) -> Vec<u8> {
    let value = |d: u8| (d as char).to_digit(16).unwrap_or(0) as u8;
    digits
        .chunks(2)
        .map(|pair| value(pair[0]) << 4 | pair.get(1).map_or(0, |d| value(*d)))
        .collect()
}

/// A PDF date (`D:20261206101200Z`, `D:20261206191200+09'00'`) as
/// `2026-12-06 10:12:00 UTC`.
fn pdf_date(text: &str) -> Option<String> {
    let seconds = seconds_of_pdf_date(text)?;
    let t = time::OffsetDateTime::from_unix_timestamp(seconds).ok()?;
    Some(format!(
        "{:04}-{:02}-{:02} {:02}:{:02}:{:02} UTC",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    ))
}

/// UTC seconds of a PDF date.
fn seconds_of_pdf_date(text: &str) -> Option<i64> {
    let digits = text.strip_prefix("D:").unwrap_or(text);
    let number = |range: std::ops::Range<usize>, default: i64| -> Option<i64> {
        match digits.get(range) {
            Some(part) if part.chars().all(|c| c.is_ascii_digit()) && !part.is_empty() => {
                part.parse().ok()
            }
            _ => Some(default),
        }
    };
    if digits.len() < 4 {
        return None;
    }
    let year = number(0..4, 0)? as i32;
    let month = number(4..6, 1)? as u8;
    let day = number(6..8, 1)? as u8;
    let (hour, minute, second) = (number(8..10, 0)?, number(10..12, 0)?, number(12..14, 0)?);
    let date =
        time::Date::from_calendar_date(year, time::Month::try_from(month).ok()?, day).ok()?;
    let mut seconds =
        date.midnight().assume_utc().unix_timestamp() + hour * 3600 + minute * 60 + second;
    let zone = digits.get(14..).unwrap_or("");
    if let Some(sign) = zone.chars().next().filter(|c| *c == '+' || *c == '-') {
        let rest: String = zone[1..].chars().filter(char::is_ascii_digit).collect();
        let hours: i64 = rest.get(0..2).and_then(|h| h.parse().ok()).unwrap_or(0);
        let minutes: i64 = rest.get(2..4).and_then(|m| m.parse().ok()).unwrap_or(0);
        let offset = hours * 3600 + minutes * 60;
        seconds -= if sign == '+' { offset } else { -offset };
    }
    Some(seconds)
}

/// UTC seconds of a time as `pdf_date` writes it.
fn seconds_of(shown: &str) -> Option<i64> {
    let digits: String = shown.chars().filter(char::is_ascii_digit).collect();
    seconds_of_pdf_date(&digits)
}

/// Something a revision changed beyond what signing a field writes.
#[derive(Debug, Clone)]
struct Change {
    object: ObjectId,
    /// « page », « annotation », « structure », « field », « content »…
    kind: &'static str,
    /// « changed », « added », « removed ».
    how: &'static str,
}

/// What `after` changed of `before` beyond signing fields: a field that
/// had no value may gain one (/V) and a new appearance (/AP); the form its
/// /SigFlags (and the default resources some signers add); the catalog its
/// extensions, version, DSS and metadata; the information dictionary its
/// dates and producer; new objects only under those. Anything else (a
/// page, a content stream, an annotation, the structure, a signed field)
/// is a change after signing.
fn beyond_signing(before: &Document, after: &Document) -> Vec<Change> {
    let mut found = Vec::new();
    let catalog_id = after
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .ok();
    let info_id = after
        .trailer
        .get(b"Info")
        .and_then(Object::as_reference)
        .ok();
    let form_id = after
        .catalog()
        .ok()
        .and_then(|c| c.get(b"AcroForm").ok())
        .and_then(|f| f.as_reference().ok());
    let metadata_id = after
        .catalog()
        .ok()
        .and_then(|c| c.get(b"Metadata").ok())
        .and_then(|m| m.as_reference().ok());
    // Roots of what signing may add: new values, appearances, DSS…
    let mut roots: Vec<Object> = Vec::new();
    for (&id, object) in &after.objects {
        let kind = kind_of(object);
        match before.objects.get(&id) {
            None => continue, // judged below, by reachability
            Some(old) if same(old, object) || equivalent(old, object) => continue,
            Some(old) => {
                let (Ok(new), Ok(old_dict)) = (object.as_dict(), old.as_dict()) else {
                    // A stream that changed: only the metadata may.
                    if Some(id) != metadata_id && kind != "xref" {
                        found.push(Change {
                            object: id,
                            kind,
                            how: "changed",
                        });
                    }
                    continue;
                };
                let allowed: &[&[u8]] = if Some(id) == catalog_id {
                    &[b"Extensions", b"Version", b"DSS", b"Metadata", b"Perms"]
                } else if Some(id) == info_id {
                    &[b"ModDate", b"Producer"]
                } else if Some(id) == form_id {
                    &[b"SigFlags", b"DR", b"DA"]
                } else if is_signature_field(old_dict) && !old_dict.has(b"V") {
                    &[b"V", b"AP"]
                } else {
                    &[]
                };
                let changed = changed_keys(old_dict, new);
                if changed.iter().all(|k| allowed.contains(&k.as_slice())) {
                    for key in changed {
                        if let Ok(value) = new.get(&key) {
                            roots.push(value.clone());
                        }
                    }
                } else {
                    found.push(Change {
                        object: id,
                        kind: if is_signature_field(old_dict) && old_dict.has(b"V") {
                            "signed-field"
                        } else {
                            kind
                        },
                        how: "changed",
                    });
                }
            }
        }
    }
    for id in before.objects.keys() {
        if !after.objects.contains_key(id) {
            found.push(Change {
                object: *id,
                kind: kind_of(&before.objects[id]),
                how: "removed",
            });
        }
    }
    // New objects: only what the allowed changes reach.
    let mut reachable = BTreeSet::new();
    let mut stack = roots;
    if let Some(id) = metadata_id {
        stack.push(Object::Reference(id));
    }
    while let Some(object) = stack.pop() {
        match object {
            Object::Reference(id) => {
                if before.objects.contains_key(&id) || !reachable.insert(id) {
                    continue;
                }
                if let Some(target) = after.objects.get(&id) {
                    stack.push(target.clone());
                }
            }
            Object::Array(items) => stack.extend(items),
            Object::Dictionary(dictionary) => {
                stack.extend(dictionary.iter().map(|(_, v)| v.clone()));
            }
            Object::Stream(stream) => {
                stack.extend(stream.dict.iter().map(|(_, v)| v.clone()));
            }
            _ => {}
        }
    }
    for (&id, object) in &after.objects {
        let kind = kind_of(object);
        if !before.objects.contains_key(&id) && !reachable.contains(&id) && kind != "xref" {
            found.push(Change {
                object: id,
                kind,
                how: "added",
            });
        }
    }
    found.sort_by_key(|c| c.object);
    found
}

/// Whether two objects are the same, a stream by its dictionary and its
/// bytes (not by where a revision wrote it).
fn same(old: &Object, new: &Object) -> bool {
    match (old, new) {
        (Object::Stream(a), Object::Stream(b)) => a.dict == b.dict && a.content == b.content,
        _ => old == new,
    }
}

fn is_signature_field(dictionary: &Dictionary) -> bool {
    dictionary.get(b"FT").and_then(Object::as_name).ok() == Some(b"Sig".as_slice())
}

/// The keys whose values differ between two dictionaries.
fn changed_keys(old: &Dictionary, new: &Dictionary) -> Vec<Vec<u8>> {
    let mut keys: BTreeSet<Vec<u8>> = old.iter().map(|(k, _)| k.clone()).collect();
    keys.extend(new.iter().map(|(k, _)| k.clone()));
    keys.into_iter()
        .filter(|k| match (old.get(k), new.get(k)) {
            (Ok(a), Ok(b)) => !equivalent(a, b),
            (Err(_), Err(_)) => false,
            _ => true,
        })
        .collect()
}

/// Whether two values say the same: a text string by its text, whatever
/// its encoding, and a number by its value (a signing tool writes the
/// objects it updates again in its own way), everything else alike.
fn equivalent(a: &Object, b: &Object) -> bool {
    match (a, b) {
        (Object::String(..), Object::String(..)) => {
            a == b
                || matches!(
                    (lopdf::decode_text_string(a), lopdf::decode_text_string(b)),
                    (Ok(x), Ok(y)) if x == y
                )
        }
        (Object::Array(x), Object::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| equivalent(a, b))
        }
        (Object::Dictionary(x), Object::Dictionary(y)) => changed_keys(x, y).is_empty(),
        // A number written again: 651.0 as 651.
        (Object::Integer(_) | Object::Real(_), Object::Integer(_) | Object::Real(_)) => {
            a.as_float().ok() == b.as_float().ok()
        }
        _ => a == b,
    }
}

/// How much a kind of change matters to a reader of the signed text:
/// what a page shows first.
fn weight(kind: &str) -> usize {
    [
        "page",
        "content",
        "signed-field",
        "field",
        "annotation",
        "structure",
        "catalog",
        "font",
        "appearance",
        "signature",
        "metadata",
    ]
    .iter()
    .position(|k| *k == kind)
    .unwrap_or(usize::MAX)
}

/// What an object is, as a report names it.
fn kind_of(object: &Object) -> &'static str {
    let dictionary = match object {
        Object::Dictionary(d) => d,
        Object::Stream(s) => {
            return match s.dict.get(b"Type").and_then(Object::as_name).ok() {
                Some(b"XRef") | Some(b"ObjStm") => "xref",
                Some(b"Metadata") => "metadata",
                Some(b"XObject") => "appearance",
                _ => "content",
            };
        }
        _ => return "other",
    };
    let name = |key: &[u8]| dictionary.get(key).and_then(Object::as_name).ok();
    match (name(b"Type"), name(b"Subtype")) {
        (Some(b"Page"), _) | (Some(b"Pages"), _) => "page",
        (Some(b"Catalog"), _) => "catalog",
        (Some(b"StructElem"), _) | (Some(b"StructTreeRoot"), _) => "structure",
        (Some(b"Sig"), _) => "signature",
        (Some(b"Font"), _) | (Some(b"FontDescriptor"), _) => "font",
        (_, Some(b"Widget")) => "field",
        (Some(b"Annot"), _) => "annotation",
        (None, Some(_)) if dictionary.has(b"Rect") => "annotation",
        _ if dictionary.has(b"FT") => "field",
        _ if dictionary.has(b"S") && dictionary.has(b"P") => "structure",
        _ => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pdf_dates_are_read_in_utc() {
        assert_eq!(
            pdf_date("D:20261206101200Z").as_deref(),
            Some("2026-12-06 10:12:00 UTC")
        );
        assert_eq!(
            pdf_date("D:20261206191200+09'00'").as_deref(),
            Some("2026-12-06 10:12:00 UTC")
        );
        assert_eq!(
            pdf_date("D:2026").as_deref(),
            Some("2026-01-01 00:00:00 UTC")
        );
        assert_eq!(pdf_date("D:20"), None);
        assert_eq!(
            seconds_of("2026-12-06 10:12:00 UTC"),
            seconds_of_pdf_date("D:20261206101200Z")
        );
    }

    #[test]
    fn hex_reads_pairs_and_an_odd_last_digit() {
        assert_eq!(hex(b"30820aFf"), [0x30, 0x82, 0x0a, 0xff]);
        assert_eq!(hex(b"abc"), [0xab, 0xc0]);
    }

    #[test]
    fn a_field_may_gain_its_value_but_a_page_may_not_change() {
        let mut before = Document::with_version("1.7");
        let mut field = Dictionary::new();
        field.set("FT", Object::Name(b"Sig".to_vec()));
        field.set("T", Object::string_literal("sig-a"));
        let field_id = before.add_object(field.clone());
        let mut page = Dictionary::new();
        page.set("Type", Object::Name(b"Page".to_vec()));
        let page_id = before.add_object(page.clone());
        let mut after = before.clone();
        let mut signature = Dictionary::new();
        signature.set("Type", Object::Name(b"Sig".to_vec()));
        let sig_id = after.add_object(signature);
        field.set("V", sig_id);
        after
            .objects
            .insert(field_id, Object::Dictionary(field.clone()));
        assert!(beyond_signing(&before, &after).is_empty());

        // Signing it again, or changing the page, is not signing.
        let mut again = after.clone();
        field.set("V", Object::Null);
        again.objects.insert(field_id, Object::Dictionary(field));
        let found = beyond_signing(&after, &again);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].kind, "signed-field");
        page.set("Contents", Object::Null);
        let mut paged = after.clone();
        paged.objects.insert(page_id, Object::Dictionary(page));
        let found = beyond_signing(&after, &paged);
        assert_eq!(
            (found[0].object, found[0].kind, found[0].how),
            (page_id, "page", "changed")
        );
        // An object nothing signed reaches is an addition.
        let mut added = after.clone();
        let stray = added.add_object(Dictionary::new());
        let found = beyond_signing(&after, &added);
        assert_eq!((found[0].object, found[0].how), (stray, "added"));
    }
}
