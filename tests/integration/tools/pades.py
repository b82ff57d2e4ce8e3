#!/usr/bin/env python3
"""The third-party side of the signing tests: pyHanko (PyPI) signs sengen's
signature fields as a signatory's tool would, validates them as an
archivist's would, and makes the tampered copies `sengen verify` must catch.

    pades.py pki DIR                     a throwaway CA, an RSA and an ECDSA signer, an unrelated CA
    pades.py sign IN OUT FIELD KEY CERT CA   PAdES baseline B in an existing field, incremental
    pades.py validate FILE CA            one JSON line per signature: pyHanko's own judgement
    pades.py add-text IN OUT             an incremental update adding a line of text to page 1
    pades.py move-signature IN OUT FROM TO   an incremental update moving FROM's signature to TO

The certificates are made here, for the test only, valid 2025-2034.
"""
import datetime as dt
import json
import sys
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID


def pki(out):
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    start = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)
    end = start + dt.timedelta(days=3650)

    def name(common, organization):
        return x509.Name([
            x509.NameAttribute(NameOID.COUNTRY_NAME, 'JP'),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization),
            x509.NameAttribute(NameOID.COMMON_NAME, common),
        ])

    def save(stem, key, cert):
        (out / f'{stem}.key').write_bytes(key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption()))
        (out / f'{stem}.pem').write_bytes(cert.public_bytes(serialization.Encoding.PEM))

    def authority(stem, common):
        key = ec.generate_private_key(ec.SECP256R1())
        subject = name(common, 'sengen test')
        cert = (x509.CertificateBuilder()
                .subject_name(subject).issuer_name(subject)
                .public_key(key.public_key()).serial_number(x509.random_serial_number())
                .not_valid_before(start).not_valid_after(end)
                .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
                .add_extension(x509.KeyUsage(
                    digital_signature=False, content_commitment=False, key_encipherment=False,
                    data_encipherment=False, key_agreement=False, key_cert_sign=True,
                    crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
                .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                               critical=False)
                .sign(key, hashes.SHA256()))
        save(stem, key, cert)
        return key, cert

    ca_key, ca = authority('ca', 'sengen test CA')
    authority('other-ca', 'another CA')
    for stem, key, common, organization in [
        ('signer-rsa', rsa.generate_private_key(public_exponent=65537, key_size=2048),
         '難波 喬司', '静岡市'),
        ('signer-ec', ec.generate_private_key(ec.SECP256R1()), 'Marie DUPONT', 'Ville de Lyon'),
    ]:
        cert = (x509.CertificateBuilder()
                .subject_name(name(common, organization)).issuer_name(ca.subject)
                .public_key(key.public_key()).serial_number(x509.random_serial_number())
                .not_valid_before(start).not_valid_after(end)
                .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
                .add_extension(x509.KeyUsage(
                    digital_signature=True, content_commitment=True, key_encipherment=False,
                    data_encipherment=False, key_agreement=False, key_cert_sign=False,
                    crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
                .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                    ca_key.public_key()), critical=False)
                .sign(ca_key, hashes.SHA256()))
        save(stem, key, cert)


def sign(source, target, field, key, cert, ca):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import NoOpStampStyle

    signer = signers.SimpleSigner.load(key, cert, ca_chain_files=(ca,))
    metadata = signers.PdfSignatureMetadata(
        field_name=field, subfilter=fields.SigSeedSubFilter.PADES, md_algorithm='sha256')
    with open(source, 'rb') as inf:
        writer = IncrementalPdfFileWriter(inf, strict=True)
        # The field's own appearance stays: it is the PDF/A-safe one sengen drew.
        pdf_signer = signers.PdfSigner(metadata, signer=signer, stamp_style=NoOpStampStyle())
        with open(target, 'wb') as outf:
            pdf_signer.sign_pdf(writer, existing_fields_only=True, output=outf)


def validate(path, ca):
    from pyhanko.keys import load_cert_from_pemder
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.diff_analysis import SuspiciousModification
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    context = ValidationContext(trust_roots=[load_cert_from_pemder(ca)], allow_fetching=False)
    with open(path, 'rb') as f:
        reader = PdfFileReader(f, strict=True)
        for signature in reader.embedded_signatures:
            status = validate_pdf_signature(signature, context)
            diff = status.diff_result
            print(json.dumps({
                'field': signature.field_name,
                'intact': status.intact,
                'valid': status.valid,
                'trusted': status.trusted,
                'coverage': status.coverage.name,
                'level': status.modification_level.name if status.modification_level else None,
                'suspicious': isinstance(diff, SuspiciousModification),
                'docmdp_ok': status.docmdp_ok,
                'signer': status.signing_cert.subject.native.get('common_name'),
            }, ensure_ascii=False))


def add_text(source, target):
    """A line of text added to page 1, as someone would slip in a change."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    with open(source, 'rb') as inf:
        writer = IncrementalPdfFileWriter(inf)
        stream = generic.StreamObject(stream_data=b'BT /Altered 14 Tf 72 72 Td (and 1 million euros) Tj ET')
        font = generic.DictionaryObject({
            generic.NameObject('/Type'): generic.NameObject('/Font'),
            generic.NameObject('/Subtype'): generic.NameObject('/Type1'),
            generic.NameObject('/BaseFont'): generic.NameObject('/Helvetica'),
        })
        resources = generic.DictionaryObject({
            generic.NameObject('/Font'): generic.DictionaryObject({
                generic.NameObject('/Altered'): writer.add_object(font)}),
        })
        writer.add_stream_to_page(0, writer.add_object(stream), resources=resources)
        with open(target, 'wb') as outf:
            writer.write(outf)


def move_signature(source, target, origin, destination):
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    with open(source, 'rb') as inf:
        writer = IncrementalPdfFileWriter(inf)
        fields = {f.get_object()['/T']: f.get_object()
                  for f in writer.root['/AcroForm']['/Fields']}
        value = fields[origin].raw_get('/V')
        del fields[origin]['/V']
        fields[destination]['/V'] = value
        for field in (fields[origin], fields[destination]):
            writer.update_container(field)
        with open(target, 'wb') as outf:
            writer.write(outf)


if __name__ == '__main__':
    command, *args = sys.argv[1:]
    {'pki': pki, 'sign': sign, 'validate': validate, 'add-text': add_text,
     'move-signature': move_signature}[command](*args)
