"""The school seal: after checking a portfolio PDF, the coordinator seals it with the school's
key, a PAdES signature on top of the portfolio's own document seal (docs/signing.md, "The
school seal").

PAdES needs an X.509 certificate and, to keep the file PDF/A-3 (PDF 1.7), an RSA key; the
school key is Ed25519 and has no certificate. So the school has a **seal key** of its own:
RSA-3072 with a self-signed certificate whose subject names the school. The school key vouches
for it: the certificate carries a non-critical extension (``VOUCH_OID``) holding a statement
"the RSA key with this SubjectPublicKeyInfo is the seal key of school S, key K", signed with
the school's Ed25519 key. The certificate travels inside the signature (CMS), so nothing else is
added to the PDF; a receiver who trusts ``SCHOOL.pub`` (``verify --trust``) checks the statement
with the key it trusts, and the seal is "door een vertrouwde school". A seal by any other key
(a pupil's "school") verifies as a signature but is not trusted.

The seal key lives in the school folder (``schoolzegel.json``, 0600), its private part
encrypted with a password derived from the school's private key: whoever can unseal the
school key (the school's passphrase) can seal, nobody else. A new school key
(``school-init --replace``) makes a new seal key the next time.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, BinaryIO

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.x509.oid import NameOID

from stageportfolio.core import clock, signing
from stageportfolio.core.trust import TrustAnchor
from stageportfolio.fileio import write_atomically
from stageportfolio.report.pades import SealState, SealStatus, seal_pdf
from stageportfolio.services import school as school_key

FIELD_NAME = "Schoolzegel"
KEY_FILE = "schoolzegel.json"
KEY_FORMAT = "stageportfolio-school-seal-key"
PURPOSE = "stageportfolio-school-seal-key"
# A UUID-based OID (ITU-T X.667, arc 2.25): needs no registration and clashes with nothing.
VOUCH_OID = x509.ObjectIdentifier("2.25.121980974753503293393569709516325183998")
VALID_YEARS = 10


class SchoolSealError(Exception):
    """The PDF cannot be sealed; the message (Dutch) says what and why. Nothing is written."""


@dataclass(frozen=True)
class SealKey:
    key: rsa.RSAPrivateKey
    certificate: x509.Certificate


@dataclass(frozen=True)
class Vouch:
    """What the certificate's school statement says, once its signature checked out."""

    school_name: str
    school_public_key: str  # the school's Ed25519 key (base64), as in SCHOOL.pub

    @property
    def fingerprint(self) -> str:
        return signing.fingerprint(self.school_public_key)


@dataclass(frozen=True)
class SchoolSealStatus:
    """A PDF's school seal as a receiver judges it: integrity (pyHanko) and whether a school
    key the receiver trusts vouched for the key that made it."""

    state: SealState  # intact, changed (after sealing), invalid, missing
    school: str  # the school's name as its key signed it; else the certificate's name
    school_fingerprint: str  # the school key's fingerprint, "" when no valid statement
    trusted: bool
    signed_at: datetime | None
    detail: str  # Dutch, for people

    @property
    def ok(self) -> bool:
        return self.state == "intact" and self.trusted


def key_path() -> Path:
    return school_key.school_dir() / KEY_FILE


def _spki_sha256(certificate: x509.Certificate) -> str:
    spki = certificate.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return hashlib.sha256(spki).hexdigest()


def _statement(
    school: school_key.SchoolIdentity, spki_sha256: str, made_at: datetime
) -> dict[str, Any]:
    return {
        "v": 1,
        "purpose": PURPOSE,
        "school": {
            "name": school.name,
            "public_key": school.public_key,
            "fingerprint": school.fingerprint,
        },
        "seal_key_spki_sha256": spki_sha256,
        "made_at": made_at.isoformat(timespec="seconds"),
    }


def _utf8_der(text: str) -> bytes:
    from asn1crypto.core import UTF8String

    return bytes(UTF8String(text).dump())


def _password(private: Ed25519PrivateKey) -> bytes:
    raw = private.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    derived = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"stageportfolio school seal key v1"
    ).derive(raw)
    return derived.hex().encode("ascii")


_SEALING = x509.KeyUsage(
    digital_signature=True,
    content_commitment=True,
    key_encipherment=False,
    data_encipherment=False,
    key_agreement=False,
    key_cert_sign=False,
    crl_sign=False,
    encipher_only=False,
    decipher_only=False,
)


def _make(school: school_key.SchoolIdentity, private: Ed25519PrivateKey) -> SealKey:
    # RSA keeps the sealed PDF at PDF 1.7, as PDF/A-3 wants (report.pades.seal_pdf).
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    now = clock.now().replace(microsecond=0)
    spki = hashlib.sha256(
        key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    ).hexdigest()
    statement = _statement(school, spki, now)
    vouch = {
        "statement": statement,
        "signature": signing.sign(private, signing.canonical(statement)),
    }
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, f"Schoolzegel {school.name}"[:64]),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, school.name[:64]),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, school.fingerprint),
        ]
    )
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365 * VALID_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_SEALING, critical=True)
        .add_extension(
            x509.UnrecognizedExtension(VOUCH_OID, _utf8_der(json.dumps(vouch, sort_keys=True))),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(_password(private)),
    )
    payload = {
        "format": KEY_FORMAT,
        "version": 1,
        "certificate": certificate.public_bytes(serialization.Encoding.PEM).decode("ascii"),
        "key": pem.decode("ascii"),
    }
    school_key.school_dir(create=True)
    text = json.dumps(payload, indent=2) + "\n"
    write_atomically(key_path(), text.encode("utf-8"), mode=0o600)
    return SealKey(key, certificate)


def seal_key(school: school_key.SchoolIdentity, private: Ed25519PrivateKey) -> SealKey:
    """The school's seal key, made the first time, and again when the stored one cannot be
    read, was vouched for by another school key, or expires within a month."""
    try:
        data = json.loads(key_path().read_text(encoding="utf-8"))
        if data.get("format") != KEY_FORMAT or data.get("version") != 1:
            raise ValueError("not a seal key of this version")
        certificate = x509.load_pem_x509_certificate(str(data["certificate"]).encode("ascii"))
        key = serialization.load_pem_private_key(
            str(data["key"]).encode("ascii"),
            _password(private),
            unsafe_skip_rsa_key_validation=True,  # our own key, made by _make
        )
    except (OSError, ValueError, TypeError, KeyError, AttributeError, UnsupportedAlgorithm):
        return _make(school, private)
    vouch = vouch_in(certificate)
    fresh = certificate.not_valid_after_utc > clock.now() + timedelta(days=31)
    if (
        not isinstance(key, rsa.RSAPrivateKey)
        or key.public_key() != certificate.public_key()
        or not isinstance(vouch, Vouch)
        or vouch.school_public_key != school.public_key
        or not fresh
    ):
        return _make(school, private)
    return SealKey(key, certificate)


def vouch_in(certificate: x509.Certificate) -> Vouch | str:
    """The school statement in a seal certificate, checked: a :class:`Vouch`, or why not
    (Dutch). Checks that the statement names this certificate's key and that the school key it
    names signed it; whether that school key is trusted is the receiver's to decide."""
    from asn1crypto.core import UTF8String

    try:
        extension = certificate.extensions.get_extension_for_oid(VOUCH_OID)
    except x509.ExtensionNotFound:
        return "het certificaat draagt geen verklaring van een schoolsleutel"
    except ValueError as exc:
        return f"het certificaat kan niet gelezen worden ({exc})"
    value = extension.value
    try:
        raw = value.value if isinstance(value, x509.UnrecognizedExtension) else b""
        vouch = json.loads(UTF8String.load(raw).native)
        statement = vouch["statement"]
        signature = str(vouch["signature"])
        school = statement["school"]
        name, public_key = str(school["name"]), str(school["public_key"])
        named_key = str(statement["seal_key_spki_sha256"])
        purpose_ok = statement.get("v") == 1 and statement.get("purpose") == PURPOSE
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        return f"de verklaring van de schoolsleutel is beschadigd ({exc})"
    if not purpose_ok:
        return "de verklaring in het certificaat is geen schoolzegelverklaring"
    if named_key != _spki_sha256(certificate):
        return "de verklaring van de schoolsleutel hoort bij een andere sleutel"
    try:
        good = signing.verify(public_key, signing.canonical(statement), signature)
    except (ValueError, TypeError):
        good = False
    if not good:
        return "de handtekening van de schoolsleutel onder de verklaring klopt niet"
    return Vouch(name, public_key)


def judge(
    seal: SealStatus, anchors: list[TrustAnchor] | tuple[TrustAnchor, ...]
) -> SchoolSealStatus:
    """A school seal's integrity (``seal``, from ``report.pades.seal_status``) and trust."""
    if seal.state == "missing":
        return SchoolSealStatus("missing", "", "", False, None, "de PDF heeft geen schoolzegel")
    vouch: Vouch | str = "het certificaat ontbreekt"
    if seal.certificate:
        try:
            vouch = vouch_in(x509.load_der_x509_certificate(seal.certificate))
        except ValueError as exc:
            vouch = f"het certificaat kan niet gelezen worden ({exc})"
    if isinstance(vouch, str):
        return SchoolSealStatus(
            seal.state, seal.signer, "", False, seal.signed_at,
            f"{seal.detail}; niet gezet met een schoolsleutel: {vouch}",
        )  # fmt: skip
    trusted = any(anchor.matches(vouch.school_public_key) for anchor in anchors)
    who = f"schoolsleutel {vouch.fingerprint}"
    if anchors and not trusted:
        who += ", niet een van de schoolsleutels die je vertrouwt"
    elif not anchors:
        who += "; geen vertrouwde schoolsleutel opgegeven (--trust)"
    return SchoolSealStatus(
        seal.state, vouch.school_name, vouch.fingerprint, trusted, seal.signed_at,
        f"{seal.detail}; {who}",
    )  # fmt: skip


def school_seal_status(
    pdf: bytes | BinaryIO, anchors: list[TrustAnchor] | tuple[TrustAnchor, ...]
) -> SchoolSealStatus:
    from stageportfolio.report.pades import quiet_logs, seal_status

    with quiet_logs():
        return judge(seal_status(pdf, field_name=FIELD_NAME), anchors)


def seal_for_school(
    pdf: bytes, name: str, school: school_key.SchoolIdentity, passphrase: str
) -> bytes:
    """``pdf`` (a pupil's portfolio PDF called ``name``) with the school seal on top.

    Refuses (SchoolSealError, Dutch) anything the school should not vouch for: not a portfolio
    PDF, pages that do not match the embedded data, a document seal that shows a change after
    export, a PDF that already has a school seal. Raises WrongPassphraseError before anything
    is signed."""
    from stageportfolio.services.verify_file import VerifyError, received_from_bytes

    try:
        received = received_from_bytes(pdf, name)
    except VerifyError as exc:
        raise SchoolSealError(f"{exc}\nEr is niets verzegeld.") from exc
    if received.kind != "pdf":
        raise SchoolSealError(
            f"{name}: enkel een portfolio-PDF kan een schoolzegel krijgen, geen archief"
        )
    if received.problems:
        raise SchoolSealError(
            f"{name}: niet verzegeld, want de PDF is niet in orde:\n- "
            + "\n- ".join(received.problems)
        )
    existing = school_seal_status(pdf, [])
    if existing.state != "missing":
        raise SchoolSealError(
            f"{name}: heeft al een schoolzegel (van {existing.school}); er is niets verzegeld"
        )
    private = school_key.unseal(school, passphrase)
    found = seal_key(school, private)
    sealed = seal_pdf(
        pdf,
        key=found.key,
        certificate=found.certificate,
        reason=f"Schoolzegel van {school.name}: nagekeken door de school, zoals het nu is",
        field_name=FIELD_NAME,
    )
    check = school_seal_status(sealed, [])
    assert check.state == "intact" and check.school_fingerprint == school.fingerprint
    return sealed
