"""The portfolio's own document key, and sealing an exported PDF with it (PAdES).

Made once per portfolio and kept in the pupil's data folder (``<data>/documentzegel/``, 0600),
never in an archive or a PDF. The seal shows whether the PDF changed after export (``pdfsig``,
Acrobat, ``stageportfolio verify``); it proves nothing about who made the PDF: the pupil holds
the key. The school's seal (a later issue) uses the same ``report.pades.seal_pdf`` with the
school's key and certificate.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from stageportfolio import paths
from stageportfolio.core import clock, signing
from stageportfolio.fileio import write_atomically
from stageportfolio.report.pades import seal_pdf

FOLDER = "documentzegel"
KEY_FILE, CERT_FILE = "sleutel.pem", "certificaat.pem"
REASON = (
    "Documentzegel van het portfolio: toont of deze PDF na het maken gewijzigd is; bewijst niet "
    "wie hem maakte"
)


@dataclass(frozen=True)
class DocumentKey:
    key: rsa.RSAPrivateKey
    certificate: x509.Certificate

    @property
    def fingerprint(self) -> str:
        digits = self.certificate.fingerprint(hashes.SHA256()).hex().upper()[:16]
        return "-".join(digits[i : i + 4] for i in range(0, 16, 4))


_SIGNING_ONLY = x509.KeyUsage(
    digital_signature=True,
    content_commitment=False,
    key_encipherment=False,
    data_encipherment=False,
    key_agreement=False,
    key_cert_sign=False,
    crl_sign=False,
    encipher_only=False,
    decipher_only=False,
)


def seal_folder() -> Path:
    return paths.data_dir() / FOLDER


def _portfolio_code(certificate: x509.Certificate) -> str:
    found = certificate.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)
    return str(found[0].value) if found else ""


def _make(portfolio_id: str, learner: str) -> DocumentKey:
    # RSA keeps the sealed PDF at PDF 1.7, as PDF/A-3 wants (report.pades.seal_pdf).
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    now = clock.now().replace(microsecond=0)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, f"Documentzegel portfolio {learner}"[:64]),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "stageportfolio (geen persoon)"),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, signing.portfolio_fingerprint(portfolio_id)),
        ]
    )
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365 * 30))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_SIGNING_ONLY, critical=True)
        .sign(key, hashes.SHA256())
    )
    folder = seal_folder()
    folder.mkdir(parents=True, exist_ok=True)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    write_atomically(folder / KEY_FILE, pem, mode=0o600)
    write_atomically(
        folder / CERT_FILE, certificate.public_bytes(serialization.Encoding.PEM), mode=0o600
    )
    return DocumentKey(key, certificate)


def document_key(portfolio_id: str, learner: str) -> DocumentKey:
    """The portfolio's document key, made the first time (and again for another portfolio in
    this data folder, or when the stored one cannot be read)."""
    folder = seal_folder()
    try:
        # Our own key, made by _make: the slow RSA consistency check (0.2 s) is skipped; a
        # damaged key only makes a seal that verify reports as invalid.
        key = serialization.load_pem_private_key(
            (folder / KEY_FILE).read_bytes(), None, unsafe_skip_rsa_key_validation=True
        )
        certificate = x509.load_pem_x509_certificate((folder / CERT_FILE).read_bytes())
    except (OSError, ValueError, TypeError):
        return _make(portfolio_id, learner)
    if (
        not isinstance(key, rsa.RSAPrivateKey)
        or key.public_key() != certificate.public_key()
        or _portfolio_code(certificate) != signing.portfolio_fingerprint(portfolio_id)
    ):
        return _make(portfolio_id, learner)
    return DocumentKey(key, certificate)


def seal_portfolio_pdf(pdf: bytes, *, portfolio_id: str, learner: str) -> bytes:
    """``pdf`` sealed with the portfolio's document key."""
    found = document_key(portfolio_id, learner)
    return seal_pdf(pdf, key=found.key, certificate=found.certificate, reason=REASON)
