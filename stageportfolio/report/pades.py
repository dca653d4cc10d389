"""A PAdES signature over a whole PDF, and reading one back (pyHanko).

``seal_pdf`` signs any PDF with any key and certificate: the portfolio's own document key at
export (``services.pdf_seal``), a school's seal later. The signature goes in an incremental
update, as PDF/A-3 allows: the pages, the embedded files and the archival metadata stay as
they were, and the signature's byte range covers the whole file, so any later change shows in
``pdfsig``, Acrobat and :func:`seal_status`. The signature field is invisible (no rectangle).

No Qt, no SQL, no files: bytes in, bytes out.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

FIELD_NAME = "Documentzegel"
SealState = Literal["intact", "changed", "missing", "invalid"]


class SealError(ValueError):
    """The PDF cannot be sealed (not a readable PDF)."""


def seal_pdf(
    pdf: bytes,
    *,
    key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey,
    certificate: x509.Certificate,
    chain: Sequence[x509.Certificate] = (),
    reason: str = "",
    location: str = "",
    field_name: str = FIELD_NAME,
) -> bytes:
    """``pdf`` with a PAdES baseline signature (B-B, SHA-256) over the whole document.

    An RSA key keeps the file at PDF 1.7 (what PDF/A-3 is based on); pyHanko marks a PDF
    signed with ECDSA as PDF 2.0 (ISO/TS 32002), which PDF/A-3 does not allow."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    cert = asn1_x509.Certificate.load(certificate.public_bytes(Encoding.DER))
    private = asn1_keys.PrivateKeyInfo.load(
        key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption())
    )
    others = [asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in chain]

    class _LoadedKeySigner(signers.SimpleSigner):
        """Signs with the key object already in memory: pyHanko would load (and validate)
        the private key again for every signature, about 0.15 s each for RSA-3072."""

        def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
            from cryptography.hazmat.primitives.asymmetric import padding as rsa_padding
            from pyhanko.sign.general import get_pyca_cryptography_hash

            algorithm = get_pyca_cryptography_hash(digest_algorithm)
            if isinstance(key, rsa.RSAPrivateKey):
                return key.sign(data, rsa_padding.PKCS1v15(), algorithm)
            return key.sign(data, ec.ECDSA(algorithm))

    signer = _LoadedKeySigner(
        signing_cert=cert,
        signing_key=private,
        cert_registry=SimpleCertificateStore.from_certs([cert, *others]),
    )
    meta = signers.PdfSignatureMetadata(
        field_name=field_name,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason or None,
        location=location or None,
    )

    class _KeepMetadata(IncrementalPdfFileWriter):
        """Leave /Info and the XMP packet as they are: pyHanko would add itself as producer
        and a new modification date to one of them, and PDF/A wants both to agree. The seal is
        part of the export, so the export's dates stay true."""

        def _update_meta(self) -> None:
            return None

    try:
        writer = _KeepMetadata(io.BytesIO(pdf), strict=False)
        out = signers.sign_pdf(writer, meta, signer=signer)
    except (PdfError, ValueError) as exc:
        raise SealError(f"de PDF kan niet verzegeld worden: {exc}") from exc
    return bytes(out.getbuffer())


@dataclass(frozen=True)
class SealStatus:
    """What a PDF's document signature says about the file as it is."""

    state: SealState
    signer: str = ""  # the certificate's common name
    signed_at: datetime | None = None
    certificate_sha256: str = ""
    detail: str = ""  # Dutch, for people


def seal_status(pdf: bytes, *, field_name: str = FIELD_NAME) -> SealStatus:
    """``intact``: the document signature verifies and covers the whole file; ``changed``:
    it verifies but the file was changed after it (an update appended, or bytes altered);
    ``invalid``: the signature does not verify; ``missing``: the PDF has no such signature.
    Only integrity: who made the key is not judged here."""
    from cryptography.hazmat.primitives import hashes
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        found = [s for s in reader.embedded_signatures if s.field_name == field_name]
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        return SealStatus("invalid", detail=f"de PDF kan niet gelezen worden ({exc})")
    if not found:
        return SealStatus("missing", detail="de PDF heeft geen documentzegel")
    sig = found[-1]
    # Integrity only: the seal's own certificate is its trust root, so pyHanko checks the
    # signature and the byte range, not who made the key (and fetches nothing).
    from pyhanko_certvalidator import ValidationContext

    context = ValidationContext(trust_roots=[sig.signer_cert], allow_fetching=False)
    try:
        status = validate_pdf_signature(sig, signer_validation_context=context, skip_diff=True)
    except Exception as exc:  # any failure to validate is an invalid seal
        return SealStatus("invalid", detail=f"het documentzegel klopt niet ({exc})")
    cert = x509.load_der_x509_certificate(sig.signer_cert.dump())
    names = cert.subject.get_attributes_for_oid(x509.oid.NameOID.COMMON_NAME)
    common = str(names[0].value) if names else ""
    fingerprint = cert.fingerprint(hashes.SHA256()).hex().upper()
    when = sig.self_reported_timestamp
    if not (status.intact and status.valid):
        return SealStatus(
            "invalid", common, when, fingerprint,
            "de handtekening van het documentzegel klopt niet: de PDF is gewijzigd",
        )  # fmt: skip
    coverage = sig.coverage.name if sig.coverage is not None else ""
    if coverage != "ENTIRE_FILE":
        return SealStatus(
            "changed", common, when, fingerprint,
            "de PDF is gewijzigd na het verzegelen (er is iets aan toegevoegd)",
        )  # fmt: skip
    return SealStatus("intact", common, when, fingerprint, "ongewijzigd sinds het verzegelen")
