//! `sengen verify PDF [DIR]`: prints, for each signature field in order,
//! who signed it and when, and whether each check holds; with DIR, whether
//! the file is that declaration's build. Exit 0 when all hold, 1 otherwise.

use std::process::ExitCode;

use sengen::diagnostic::{Code, Diagnostic, Diagnostics, Failure, Sources};
use sengen::options::{BuildOptions, parse_source_date_epoch};
use sengen::pipeline::Builder;
use sengen::verify::{self, FieldCheck, Origin, Verification};
use sengen::words;

use super::{INVALID, failed, refused, report, tell, ui};
use crate::cli::{Format, VerifyArgs};

pub fn run(args: &VerifyArgs) -> ExitCode {
    let shown = args.pdf.display().to_string();
    let timestamp = match parse_source_date_epoch(args.source_date_epoch.as_deref()) {
        Ok(timestamp) => timestamp,
        Err(diagnostic) => return refused(&Diagnostics(vec![diagnostic]), args.format),
    };
    let data = match read(&args.pdf, &shown) {
        Ok(data) => data,
        Err(diagnostic) => return refused(&Diagnostics(vec![diagnostic]), args.format),
    };
    let trusted = match &args.trust {
        None => None,
        Some(path) => {
            let certificates = std::fs::read(path)
                .map(|text| verify::cms::read_pem_certificates(&text))
                .unwrap_or_default();
            if certificates.is_empty() {
                let d = Diagnostic::new(
                    Code::V008,
                    words!("V008-no-certificates", file = path.display().to_string()),
                )
                .hint(words!("V008-no-certificates-hint"));
                return refused(&Diagnostics(vec![d]), args.format);
            }
            Some(certificates)
        }
    };
    let mut verification = verify::verify(&data, &shown, trusted.as_deref());

    // With DIR: build the declaration in memory, as it was built (with its
    // fields, and with its sources attached if the first try differs).
    let mut sources = Sources::default();
    let origin = match &args.dir {
        None => None,
        Some(dir) => {
            let mut options = BuildOptions::new(std::env::temp_dir());
            options.timestamp = timestamp;
            options.signature_fields = true;
            let builder = match Builder::new() {
                Ok(builder) => builder,
                Err(failure) => return failed(&failure, &sources, args.format),
            };
            let mut found = None;
            let bilingual = [
                sengen::options::Bilingual::Columns,
                sengen::options::Bilingual::Sequential,
            ];
            for (attach_source, bilingual) in [false, true]
                .into_iter()
                .flat_map(|a| bilingual.map(|b| (a, b)))
            {
                options.attach_source = attach_source;
                options.selection.bilingual = Some(bilingual);
                match builder.in_memory(dir, &options, &mut sources) {
                    Ok((pdfs, fingerprint)) => {
                        let origin = verify::origin(&data, &pdfs);
                        let matched = matches!(origin, Origin::Build { .. });
                        found = Some((origin, fingerprint));
                        if matched {
                            break;
                        }
                    }
                    Err(failure @ Failure::Internal(_)) => {
                        return failed(&failure, &sources, args.format);
                    }
                    Err(Failure::Invalid(diagnostics)) => {
                        verification.findings.push(
                            Diagnostic::new(
                                Code::V009,
                                words!("V009-declaration-invalid", dir = dir.display().to_string()),
                            )
                            .hint(words!("V009-declaration-invalid-hint")),
                        );
                        verification.findings.extend(diagnostics);
                        break;
                    }
                }
            }
            if let Some((Origin::Other { fingerprint }, declared)) = &found {
                let same = fingerprint.as_deref() == Some(declared.full());
                verification.findings.push(
                    Diagnostic::new(
                        Code::V009,
                        words!(
                            "V009-not-this-build",
                            file = shown.clone(),
                            dir = dir.display().to_string(),
                            stated = fingerprint
                                .as_deref()
                                .map(|f| f[..12].to_string())
                                .unwrap_or_default(),
                            declared = declared.short().to_string(),
                            fingerprint = match (fingerprint, same) {
                                (None, _) => "unread",
                                (Some(_), true) => "same",
                                (Some(_), false) => "other",
                            }
                        ),
                    )
                    .hint(words!(
                        "V009-not-this-build-hint",
                        fingerprint = if same { "same" } else { "other" }
                    )),
                );
            }
            found.map(|(origin, fingerprint)| (origin, fingerprint.short().to_string()))
        }
    };

    match args.format {
        Format::Human => print_human(&verification, &shown, origin.as_ref()),
        Format::Json => print_json(&verification, &shown, origin.as_ref(), &sources),
    }
    if args.format == Format::Human {
        report(&verification.findings, &sources, args.format);
    }
    if verification.holds() {
        ExitCode::SUCCESS
    } else {
        INVALID.into()
    }
}

/// The PDF's bytes, read as a regular file within the bound.
#[allow(clippy::result_large_err)] // a diagnostic, made once, as the library's are
fn read(path: &std::path::Path, shown: &str) -> Result<Vec<u8>, Diagnostic> {
    let unreadable = |detail: sengen::ui::Words| {
        Diagnostic::new(
            Code::V001,
            words!(
                "V001-cannot-read",
                file = shown.to_string(),
                reason = detail
            ),
        )
        .hint(words!("V001-unreadable-hint"))
    };
    let metadata =
        std::fs::metadata(path).map_err(|e| unreadable(sengen::diagnostic::io_reason(&e)))?;
    if !metadata.is_file() {
        return Err(unreadable(words!("V001-not-a-file")));
    }
    if metadata.len() > verify::LARGEST_PDF {
        return Err(unreadable(words!(
            "V001-too-large",
            megabytes = verify::LARGEST_PDF / (1024 * 1024)
        )));
    }
    std::fs::read(path).map_err(|e| unreadable(sengen::diagnostic::io_reason(&e)))
}

/// The report for people: the file, each field, each check, the origin.
fn print_human(verification: &Verification, shown: &str, origin: Option<&(Origin, String)>) {
    let signed = verification
        .fields
        .iter()
        .filter(|f| f.signature.is_some())
        .count();
    tell(words!(
        "verify-summary",
        file = shown.to_string(),
        signed = signed,
        fields = verification.fields.len(),
        revisions = verification.revisions
    ));
    for (n, field) in verification.fields.iter().enumerate() {
        if field.signature.is_some() {
            print_field(n + 1, field);
        }
    }
    // The fields still to sign, on one line: a declaration has dozens.
    let unsigned: Vec<&str> = verification
        .fields
        .iter()
        .filter(|f| f.signature.is_none())
        .map(|f| f.name.as_str())
        .collect();
    if !unsigned.is_empty() {
        tell(words!(
            "verify-unsigned",
            count = unsigned.len(),
            fields = unsigned.join(", ")
        ));
    }
    if let Some((origin, fingerprint)) = origin {
        match origin {
            Origin::Build { file, with_fields } => tell(words!(
                "verify-origin-build",
                file = file.clone(),
                fingerprint = fingerprint.clone(),
                fields = if *with_fields { "yes" } else { "no" }
            )),
            Origin::Other { .. } => tell(words!("verify-origin-other")),
        }
    }
    tell(words!(
        "verify-verdict",
        holds = if verification.holds() { "yes" } else { "no" }
    ));
}

fn print_field(n: usize, field: &FieldCheck) {
    let signatory = field.signatory.clone().unwrap_or_default();
    let Some(signature) = &field.signature else {
        return;
    };
    tell(words!(
        "verify-field-signed",
        n = n,
        field = field.name.clone(),
        signatory = signatory,
        signer = signature.signer.clone().unwrap_or_default(),
        organization = signature
            .organization
            .clone()
            .unwrap_or_else(|| "none".to_string()),
        time = signature.claimed_time.clone().unwrap_or_default(),
        revision = signature.revision,
        algorithm = signature.algorithm.clone().unwrap_or_default()
    ));
    let mut checks = vec![("covers", Some(signature.covers))];
    checks.push(("intact", signature.intact));
    checks.push(("in-place", signature.in_place));
    checks.push(("later", Some(signature.later_only_signatures)));
    if signature.timestamped {
        checks.push(("timestamped", Some(true)));
    }
    checks.push(("trusted", signature.trusted));
    for (check, holds) in checks {
        let holds = match holds {
            Some(true) => "yes",
            Some(false) => "no",
            None => "unknown",
        };
        tell(words!("verify-check", check = check, holds = holds));
    }
}

/// The report as one JSON object: stable fields, the findings as `check
/// --format json` gives them (code, message id, variables, text).
fn print_json(
    verification: &Verification,
    shown: &str,
    origin: Option<&(Origin, String)>,
    sources: &Sources,
) {
    let fields: Vec<serde_json::Value> = verification
        .fields
        .iter()
        .map(|field| {
            let mut value = serde_json::json!({
                "field": field.name,
                "signatory": field.signatory,
                "signed": field.signature.is_some(),
            });
            if let Some(s) = &field.signature {
                value["revision"] = s.revision.into();
                value["signer"] = s.signer.clone().into();
                value["organization"] = s.organization.clone().into();
                value["algorithm"] = s.algorithm.clone().into();
                value["claimed_time"] = s.claimed_time.clone().into();
                value["timestamped"] = s.timestamped.into();
                value["covers"] = s.covers.into();
                value["intact"] = s.intact.into();
                value["in_place"] = s.in_place.into();
                value["later_only_signatures"] = s.later_only_signatures.into();
                value["trusted"] = s.trusted.into();
            }
            value
        })
        .collect();
    let findings: Vec<serde_json::Value> = verification
        .findings
        .to_json_lines(sources, ui())
        .lines()
        .filter_map(|line| serde_json::from_str(line).ok())
        .collect();
    let origin = origin.map(|(origin, fingerprint)| match origin {
        Origin::Build { file, with_fields } => serde_json::json!({
            "build": true, "file": file, "with_fields": with_fields, "fingerprint": fingerprint,
        }),
        Origin::Other {
            fingerprint: stated,
        } => serde_json::json!({
            "build": false, "stated_fingerprint": stated, "fingerprint": fingerprint,
        }),
    });
    let value = serde_json::json!({
        "file": shown,
        "revisions": verification.revisions,
        "fields": fields,
        "origin": origin,
        "holds": verification.holds(),
        "findings": findings,
    });
    outln!("{value}");
}
