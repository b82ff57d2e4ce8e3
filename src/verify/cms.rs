//! The CMS signature inside a PDF signature (RFC 5652, as PAdES uses it):
//! read as hostile DER, the signed data's digest compared with the one it
//! signed, the signature verified with the certificate it carries (RSA
//! PKCS #1 v1.5 or PSS, ECDSA P-256 or P-384), and, when asked, that
//! certificate's chain to certificates the archivist trusts.
//!
//! Exact bytes matter: a signature covers its signed attributes as their
//! signer encoded them, so they are taken from the DER as it is rather
//! than re-encoded (a decoder sorts a SET, which would change them).

use cms::cert::CertificateChoices;
use cms::content_info::ContentInfo;
use cms::signed_data::{SignedData, SignerIdentifier, SignerInfo};
use const_oid::ObjectIdentifier;
use der::asn1::{AnyRef, OctetStringRef};
use der::{Decode, Encode, Reader, SliceReader, Tag, Tagged};
use sha2::{Digest, Sha256, Sha384, Sha512};
use x509_cert::Certificate;

const ID_DATA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.7.1");
const ID_SIGNED_DATA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.7.2");
const CONTENT_TYPE: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.3");
const MESSAGE_DIGEST: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.4");
const SIGNING_TIME: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.5");
const TIMESTAMP_TOKEN: ObjectIdentifier =
    ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.16.2.14");
const SHA256: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.2.1");
const SHA384: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.2.2");
const SHA512: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.2.3");
const RSA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.1");
const RSA_PSS: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.10");
const SHA256_RSA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.11");
const SHA384_RSA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.12");
const SHA512_RSA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.13");
const EC_PUBLIC_KEY: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.2.1");
const P256: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.3.1.7");
const P384: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.132.0.34");
const ECDSA_SHA256: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.4.3.2");
const ECDSA_SHA384: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.4.3.3");
const ECDSA_SHA512: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.4.3.4");
const COMMON_NAME: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.4.3");
const ORGANIZATION: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.4.10");

/// Why a signature's CMS does not hold, as the report names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CmsProblem {
    /// Not a CMS SignedData with one signer and its certificate (what
    /// PAdES and PDF/A require): `detail` says what is not.
    Unreadable { detail: String },
    /// A digest or signature algorithm sengen does not verify.
    Unsupported { algorithm: String },
    /// The signed bytes' digest is not the one the signer signed.
    DigestMismatch,
    /// The signature value does not verify with the signer's certificate.
    BadSignature,
}

/// What a verified CMS says of its signer.
#[derive(Debug, Clone)]
pub struct Signer {
    /// The certificate's common name (and organisation), as it says them.
    pub name: String,
    pub organization: Option<String>,
    /// Its key and digest: « RSA 2048, SHA-256 », « ECDSA P-256, SHA-256 ».
    pub algorithm: String,
    /// The signing time the signed attributes state, if any (PAdES puts it
    /// in the signature dictionary's /M instead), as UTC seconds.
    pub signing_time: Option<i64>,
    /// Carries a timestamp token (PAdES B-T).
    pub timestamped: bool,
    /// The signer's certificate, DER, and the others the CMS carries.
    pub certificate: Vec<u8>,
    pub others: Vec<Vec<u8>>,
}

/// Verifies a CMS SignedData (`contents`, possibly followed by the zeros
/// that pad a PDF's /Contents) over `signed` (the bytes its /ByteRange
/// covers). The digest is checked first: a mismatch says the file changed,
/// whatever the signature.
pub fn verify(contents: &[u8], signed: &[&[u8]]) -> Result<Signer, CmsProblem> {
    let unreadable = |detail: &str| CmsProblem::Unreadable {
        detail: detail.to_owned(),
    };
    // The first TLV is the CMS; the rest is padding.
    let mut reader = SliceReader::new(contents).map_err(|e| unreadable(&e.to_string()))?;
    let outer = AnyRef::decode(&mut reader).map_err(|e| unreadable(&e.to_string()))?;
    let der_bytes = outer.to_der().map_err(|e| unreadable(&e.to_string()))?;
    let info = ContentInfo::from_der(&der_bytes).map_err(|e| unreadable(&e.to_string()))?;
    if info.content_type != ID_SIGNED_DATA {
        return Err(unreadable("not a SignedData"));
    }
    let data: SignedData = info
        .content
        .decode_as()
        .map_err(|e| unreadable(&e.to_string()))?;
    if data.encap_content_info.econtent_type != ID_DATA
        || data.encap_content_info.econtent.is_some()
    {
        return Err(unreadable("not a detached signature of data"));
    }
    let signer_infos: Vec<&SignerInfo> = data.signer_infos.0.iter().collect();
    let [signer_info] = signer_infos.as_slice() else {
        return Err(unreadable("not exactly one signer"));
    };
    let certificates: Vec<Certificate> = data
        .certificates
        .iter()
        .flat_map(|set| set.0.iter())
        .filter_map(|choice| match choice {
            CertificateChoices::Certificate(certificate) => Some(certificate.clone()),
            _ => None,
        })
        .collect();
    let certificate = certificates
        .iter()
        .find(|c| identifies(&signer_info.sid, c))
        .ok_or_else(|| unreadable("the signer's certificate is not in the signature"))?;

    // The digest of the signed bytes, as the signer states it.
    let digest_algorithm = signer_info.digest_alg.oid;
    let digest = digest_of(digest_algorithm, signed).ok_or_else(|| CmsProblem::Unsupported {
        algorithm: digest_algorithm.to_string(),
    })?;
    let attributes = signer_info
        .signed_attrs
        .as_ref()
        .ok_or_else(|| unreadable("no signed attributes"))?;
    let attribute = |oid: ObjectIdentifier| {
        attributes
            .iter()
            .find(|a| a.oid == oid)
            .and_then(|a| a.values.iter().next())
    };
    let stated = attribute(MESSAGE_DIGEST)
        .and_then(|value| value.decode_as::<OctetStringRef>().ok())
        .ok_or_else(|| unreadable("no message digest"))?;
    match attribute(CONTENT_TYPE).and_then(|v| v.decode_as::<ObjectIdentifier>().ok()) {
        Some(ID_DATA) => {}
        _ => return Err(unreadable("its content type is not data")),
    }
    if stated.as_bytes() != digest.as_slice() {
        return Err(CmsProblem::DigestMismatch);
    }

    // The signature over the signed attributes, as their signer encoded them.
    let signed_attributes = raw_signed_attributes(&der_bytes)
        .ok_or_else(|| unreadable("the signed attributes do not read"))?;
    let spki = certificate
        .tbs_certificate
        .subject_public_key_info
        .to_der()
        .map_err(|e| unreadable(&e.to_string()))?;
    let algorithm = check_signature(
        &spki,
        signer_info.signature_algorithm.oid,
        digest_algorithm,
        &signed_attributes,
        signer_info.signature.as_bytes(),
    )?;

    let signing_time = attribute(SIGNING_TIME).and_then(|value| {
        let der = value.to_der().ok()?;
        x509_cert::time::Time::from_der(&der)
            .ok()
            .map(|time| time.to_unix_duration().as_secs() as i64)
    });
    let timestamped = signer_info
        .unsigned_attrs
        .as_ref()
        .is_some_and(|attrs| attrs.iter().any(|a| a.oid == TIMESTAMP_TOKEN));
    let (name, organization) = subject_names(certificate);
    Ok(Signer {
        name,
        organization,
        algorithm,
        signing_time,
        timestamped,
        certificate: certificate.to_der().unwrap_or_default(),
        others: certificates
            .iter()
            .filter(|c| *c != certificate)
            .filter_map(|c| c.to_der().ok())
            .collect(),
    })
}

/// Whether a certificate is the one a SignerIdentifier names.
fn identifies(sid: &SignerIdentifier, certificate: &Certificate) -> bool {
    let tbs = &certificate.tbs_certificate;
    match sid {
        SignerIdentifier::IssuerAndSerialNumber(id) => {
            id.issuer == tbs.issuer && id.serial_number == tbs.serial_number
        }
        SignerIdentifier::SubjectKeyIdentifier(ski) => tbs
            .extensions
            .iter()
            .flatten()
            .filter(|e| e.extn_id == const_oid::db::rfc5280::ID_CE_SUBJECT_KEY_IDENTIFIER)
            .any(|e| {
                OctetStringRef::from_der(e.extn_value.as_bytes())
                    .is_ok_and(|v| v.as_bytes() == ski.0.as_bytes())
            }),
    }
}

/// The digest of the pieces, by the algorithm's identifier.
fn digest_of(algorithm: ObjectIdentifier, pieces: &[&[u8]]) -> Option<Vec<u8>> {
    fn run<D: Digest>(pieces: &[&[u8]]) -> Vec<u8> {
        let mut hasher = D::new();
        for piece in pieces {
            hasher.update(piece);
        }
        hasher.finalize().to_vec()
    }
    match algorithm {
        SHA256 => Some(run::<Sha256>(pieces)),
        SHA384 => Some(run::<Sha384>(pieces)),
        SHA512 => Some(run::<Sha512>(pieces)),
        _ => None,
    }
}

/// The signed attributes of the (only) SignerInfo as a DER SET: the bytes
/// its signature covers (RFC 5652, 5.4: the [0] tag read as SET OF).
fn raw_signed_attributes(content_info: &[u8]) -> Option<Vec<u8>> {
    let info = AnyRef::from_der(content_info).ok()?;
    let explicit = *elements(info.value())?.get(1)?;
    let signed_data = AnyRef::from_der(explicit.value()).ok()?;
    let parts = elements(signed_data.value())?;
    let signer_infos = parts.iter().rev().find(|p| p.tag() == Tag::Set)?;
    let signer_info = *elements(signer_infos.value())?.first()?;
    let fields = elements(signer_info.value())?;
    let attributes = fields.iter().find(|f| {
        f.tag()
            == Tag::ContextSpecific {
                constructed: true,
                number: der::TagNumber::N0,
            }
    })?;
    AnyRef::new(Tag::Set, attributes.value())
        .ok()?
        .to_der()
        .ok()
}

/// The DER elements one after another in `bytes` (a SEQUENCE's contents).
fn elements(bytes: &[u8]) -> Option<Vec<AnyRef<'_>>> {
    let mut reader = SliceReader::new(bytes).ok()?;
    let mut out = Vec::new();
    while !reader.is_finished() {
        out.push(AnyRef::decode(&mut reader).ok()?);
    }
    Some(out)
}

/// Verifies `signature` over `message` with the key of `spki` (DER), by the
/// signature algorithm; returns the key and digest as the report names them.
fn check_signature(
    spki: &[u8],
    algorithm: ObjectIdentifier,
    digest_algorithm: ObjectIdentifier,
    message: &[u8],
    signature: &[u8],
) -> Result<String, CmsProblem> {
    use spki::DecodePublicKey;
    let unsupported = || CmsProblem::Unsupported {
        algorithm: algorithm.to_string(),
    };
    let info = spki::SubjectPublicKeyInfoRef::from_der(spki).map_err(|_| unsupported())?;
    // The digest: the one the signature algorithm names, else the signer's.
    let hash = match algorithm {
        SHA256_RSA | ECDSA_SHA256 => SHA256,
        SHA384_RSA | ECDSA_SHA384 => SHA384,
        SHA512_RSA | ECDSA_SHA512 => SHA512,
        _ => digest_algorithm,
    };
    let hash_name = match hash {
        SHA256 => "SHA-256",
        SHA384 => "SHA-384",
        SHA512 => "SHA-512",
        _ => return Err(unsupported()),
    };
    let hashed = digest_of(hash, &[message]).ok_or_else(unsupported)?;
    match info.algorithm.oid {
        RSA => {
            let key = rsa::RsaPublicKey::from_public_key_der(spki).map_err(|_| unsupported())?;
            let bits = rsa::traits::PublicKeyParts::size(&key) * 8;
            let scheme_ok = match (algorithm, hash) {
                (RSA | SHA256_RSA | SHA384_RSA | SHA512_RSA, SHA256) => {
                    key.verify(rsa::Pkcs1v15Sign::new::<Sha256>(), &hashed, signature)
                }
                (RSA | SHA256_RSA | SHA384_RSA | SHA512_RSA, SHA384) => {
                    key.verify(rsa::Pkcs1v15Sign::new::<Sha384>(), &hashed, signature)
                }
                (RSA | SHA256_RSA | SHA384_RSA | SHA512_RSA, _) => {
                    key.verify(rsa::Pkcs1v15Sign::new::<Sha512>(), &hashed, signature)
                }
                (RSA_PSS, SHA256) => key.verify(rsa::Pss::new::<Sha256>(), &hashed, signature),
                (RSA_PSS, SHA384) => key.verify(rsa::Pss::new::<Sha384>(), &hashed, signature),
                (RSA_PSS, _) => key.verify(rsa::Pss::new::<Sha512>(), &hashed, signature),
                _ => return Err(unsupported()),
            };
            scheme_ok.map_err(|_| CmsProblem::BadSignature)?;
            Ok(format!("RSA {bits}, {hash_name}"))
        }
        EC_PUBLIC_KEY => {
            use p256::ecdsa::signature::hazmat::PrehashVerifier;
            let curve: ObjectIdentifier = info
                .algorithm
                .parameters
                .and_then(|p| p.decode_as().ok())
                .ok_or_else(unsupported)?;
            match curve {
                P256 => {
                    let key = p256::ecdsa::VerifyingKey::from_public_key_der(spki)
                        .map_err(|_| unsupported())?;
                    let signature = p256::ecdsa::DerSignature::from_bytes(signature)
                        .map_err(|_| CmsProblem::BadSignature)?;
                    key.verify_prehash(&hashed, &signature)
                        .map_err(|_| CmsProblem::BadSignature)?;
                    Ok(format!("ECDSA P-256, {hash_name}"))
                }
                P384 => {
                    let key = p384::ecdsa::VerifyingKey::from_public_key_der(spki)
                        .map_err(|_| unsupported())?;
                    let signature = p384::ecdsa::DerSignature::from_bytes(signature)
                        .map_err(|_| CmsProblem::BadSignature)?;
                    key.verify_prehash(&hashed, &signature)
                        .map_err(|_| CmsProblem::BadSignature)?;
                    Ok(format!("ECDSA P-384, {hash_name}"))
                }
                _ => Err(unsupported()),
            }
        }
        _ => Err(unsupported()),
    }
}

/// The subject's common name (else its whole name) and organisation.
fn subject_names(certificate: &Certificate) -> (String, Option<String>) {
    let subject = &certificate.tbs_certificate.subject;
    let find = |oid: ObjectIdentifier| -> Option<String> {
        subject
            .0
            .iter()
            .flat_map(|rdn| rdn.0.iter())
            .find(|atv| atv.oid == oid)
            .and_then(|atv| directory_string(&atv.value))
    };
    let name = find(COMMON_NAME).unwrap_or_else(|| subject.to_string());
    (name, find(ORGANIZATION))
}

/// A DirectoryString (UTF8String, PrintableString, BMPString…) as text.
fn directory_string(value: &der::Any) -> Option<String> {
    match value.tag() {
        Tag::Utf8String | Tag::PrintableString | Tag::Ia5String | Tag::TeletexString => {
            String::from_utf8(value.value().to_vec()).ok()
        }
        Tag::BmpString => {
            let units: Vec<u16> = value
                .value()
                .chunks_exact(2)
                .map(|pair| u16::from_be_bytes([pair[0], pair[1]]))
                .collect();
            String::from_utf16(&units).ok()
        }
        _ => None,
    }
}

/// Whether the signer's certificate chains to one of `trusted` (DER), each
/// link's signature verified and each certificate valid at `at` (UTC
/// seconds): through the certificates the signature carries.
pub fn chains_to(signer: &Signer, trusted: &[Vec<u8>], at: i64) -> Result<(), ChainProblem> {
    let decode = |der: &Vec<u8>| Certificate::from_der(der).ok();
    let pool: Vec<Certificate> = signer
        .others
        .iter()
        .chain(trusted)
        .filter_map(decode)
        .collect();
    let anchors: Vec<Certificate> = trusted.iter().filter_map(decode).collect();
    let mut current = decode(&signer.certificate).ok_or(ChainProblem::NoIssuer)?;
    // At most eight links: real chains have two or three.
    for _ in 0..8 {
        let validity = &current.tbs_certificate.validity;
        let from = validity.not_before.to_unix_duration().as_secs() as i64;
        let until = validity.not_after.to_unix_duration().as_secs() as i64;
        if at < from || at > until {
            return Err(ChainProblem::Expired {
                name: subject_names(&current).0,
            });
        }
        if anchors.contains(&current) {
            return Ok(());
        }
        let issuer = pool
            .iter()
            .filter(|c| c.tbs_certificate.subject == current.tbs_certificate.issuer)
            .find(|issuer| signed_by(&current, issuer))
            .cloned()
            .ok_or(ChainProblem::NoIssuer)?;
        if anchors.contains(&issuer) {
            return Ok(());
        }
        current = issuer;
    }
    Err(ChainProblem::NoIssuer)
}

/// Why a chain does not reach a trusted certificate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChainProblem {
    /// No certificate in the chain was issued by a trusted one.
    NoIssuer,
    /// A certificate of the chain was not valid at the signing time.
    Expired { name: String },
}

/// Whether `issuer`'s key signed `certificate`.
fn signed_by(certificate: &Certificate, issuer: &Certificate) -> bool {
    let Ok(der) = certificate.to_der() else {
        return false;
    };
    // The signed part as it stands in the certificate, not re-encoded.
    let Some(tbs) = AnyRef::from_der(&der).ok().and_then(|outer| {
        let mut reader = SliceReader::new(outer.value()).ok()?;
        let tbs = AnyRef::decode(&mut reader).ok()?;
        tbs.to_der().ok()
    }) else {
        return false;
    };
    let Ok(spki) = issuer.tbs_certificate.subject_public_key_info.to_der() else {
        return false;
    };
    let Some(signature) = certificate.signature.as_bytes() else {
        return false;
    };
    check_signature(
        &spki,
        certificate.signature_algorithm.oid,
        SHA256,
        &tbs,
        signature,
    )
    .is_ok()
}

/// The certificates of a PEM file (`--trust`), DER each; none when it
/// holds no certificate that reads.
pub fn read_pem_certificates(text: &[u8]) -> Vec<Vec<u8>> {
    Certificate::load_pem_chain(text)
        .unwrap_or_default()
        .iter()
        .filter_map(|certificate| certificate.to_der().ok())
        .collect()
}
