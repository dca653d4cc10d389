"""Belgian eID signatures: a mentor signs the statement with the card's qualified signature key.

The card holds two key pairs (``Authentication`` and ``Signature``) and the certificates of
both, of the citizen CA that issued them (``CA``) and of the Belgian root (``Root``). A sign-off
made with the card (method ``eid``) stores, in ``method_data``, the certificate chain read from
the card (signature certificate first) and the algorithm; the signature is over the same
statement bytes as a key's (``core.signing.statement``), whose ``key`` is the fingerprint of the
signature certificate's public key, so another certificate cannot be slipped in afterwards.

Checking needs no network and no card:

- the signature verifies with the public key of the signature certificate;
- the certificate was valid on the day of signing, is no CA and has the key usage
  *non-repudiation* (the card's ``Signature`` key, not its ``Authentication`` key);
- a path leads from it through the CA certificates stored with it to one of the Belgian root
  certificates this app ships (``core.eid_roots``), or that a receiver names; every CA on the
  way is a CA, may sign certificates and was valid on the day of signing. A root inside the
  stored chain is never trusted on its own: only the shipped (or named) roots end a path.

What this cannot check offline: whether the certificate was revoked (card lost or stolen) on
that day, which needs the government's OCSP service or CRL; and the signing time is the clock of
the computer that signed. Both are said in docs/signing.md.

Pure functions on bytes: no Qt, no SQL, no files, no PKCS#11 (``services.eid_signing`` talks
to the card).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Literal

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from cryptography.x509.oid import NameOID

from stageportfolio.core import signing
from stageportfolio.core.eid_roots import ROOTS
from stageportfolio.core.limits import MAX_CERTIFICATE_BYTES, size_text

if TYPE_CHECKING:
    from stageportfolio.core.trust import Cards, Identity, SignOffRecord, TrustAnchor

Algorithm = Literal["ecdsa-sha384", "rsa-pkcs1v15-sha256"]
ALGORITHMS: tuple[Algorithm, ...] = ("ecdsa-sha384", "rsa-pkcs1v15-sha256")
MAX_CHAIN = 5  # leaf, citizen CA, root, and room for one more level
MAX_CERT_BYTES = MAX_CERTIFICATE_BYTES  # core.limits
LABEL = "gekwalificeerde handtekening (eID)"


class EidError(ValueError):
    """Evidence of an eID signature that cannot be read; the message is Dutch."""


@dataclass(frozen=True)
class Evidence:
    """What an eID sign-off stores next to its signature (``method_data``)."""

    chain: tuple[x509.Certificate, ...]  # the signature certificate first
    algorithm: Algorithm
    # Every statement signed with this one PIN entry (the card asks for the PIN for each
    # signature, so a mentor signs all items at once: one signature over :func:`batch_bytes`).
    batch: tuple[str, ...] = ()

    @property
    def certificate(self) -> x509.Certificate:
        return self.chain[0]

    def to_json(self) -> str:
        return json.dumps(
            {
                "v": 1,
                "algorithm": self.algorithm,
                "chain": [signing.b64(c.public_bytes(Encoding.DER)) for c in self.chain],
                "batch": list(self.batch),
            },
            sort_keys=True,
            ensure_ascii=False,
        )


def batch_bytes(statements: Sequence[str]) -> bytes:
    """What the card signs: the statements of every item signed at once, in order."""
    return signing.canonical(
        {"v": 1, "purpose": "stageportfolio-eid-batch", "statements": list(statements)}
    )


def load_certificate(data: bytes) -> x509.Certificate:
    """A DER or PEM certificate; EidError (Dutch) otherwise."""
    if len(data) > MAX_CERT_BYTES:
        raise EidError(
            f"het certificaat is te groot ({size_text(len(data))}; hoogstens "
            f"{size_text(MAX_CERT_BYTES)})"
        )
    try:
        if data.lstrip().startswith(b"-----BEGIN"):
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except ValueError as exc:
        raise EidError("geen geldig certificaat") from exc


def parse_evidence(text: str | None) -> Evidence:
    """The stored ``method_data`` of an eID sign-off; EidError (Dutch) for anything else."""
    try:
        data = json.loads(text or "")
        algorithm = data["algorithm"]
        raw = data["chain"]
        if algorithm not in ALGORITHMS or not isinstance(raw, list):
            raise TypeError("fields")
        if not 1 <= len(raw) <= MAX_CHAIN or not all(isinstance(c, str) for c in raw):
            raise TypeError("chain")
        chain = tuple(load_certificate(base64.b64decode(c, validate=True)) for c in raw)
        batch = data.get("batch", [])
        if not isinstance(batch, list) or not all(isinstance(b, str) for b in batch):
            raise TypeError("batch")
    except (ValueError, KeyError, TypeError) as exc:
        if isinstance(exc, EidError):
            raise
        raise EidError("de gegevens van de eID-handtekening zijn beschadigd") from exc
    return Evidence(chain, algorithm, tuple(batch))


def algorithm_for(certificate: x509.Certificate) -> Algorithm:
    """How this certificate's key signs: ECDSA with SHA-384 (cards since about 2021, P-384)
    or RSA PKCS#1 v1.5 with SHA-256 (older cards)."""
    key = certificate.public_key()
    if isinstance(key, ec.EllipticCurvePublicKey):
        return "ecdsa-sha384"
    if isinstance(key, rsa.RSAPublicKey):
        return "rsa-pkcs1v15-sha256"
    raise EidError("het certificaat heeft een onbekend soort sleutel (geen ECDSA of RSA)")


def public_key_text(certificate: x509.Certificate) -> str:
    """The certificate's public key as stored in a sign-off and on a mentor card: base64 of
    its DER SubjectPublicKeyInfo."""
    spki = certificate.public_key().public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    return signing.b64(spki)


def key_fingerprint(certificate: x509.Certificate) -> str:
    """``3F7A-91C2-0B4E-D5A8``: the same kind of fingerprint as a mentor key's, over the
    certificate's public key (what a coordinator compares when vouching for an eID)."""
    return signing.fingerprint(public_key_text(certificate))


def _attribute(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    found = name.get_attributes_for_oid(oid)
    return str(found[0].value) if found else ""


def person_name(certificate: x509.Certificate) -> str:
    """The holder's name as the card's certificate gives it: given names and surname (the
    common name without its ``(Signature)`` suffix when those are missing)."""
    subject = certificate.subject
    given = _attribute(subject, NameOID.GIVEN_NAME)
    surname = _attribute(subject, NameOID.SURNAME)
    if given or surname:
        return f"{given} {surname}".strip()
    common = _attribute(subject, NameOID.COMMON_NAME)
    for suffix in (" (Signature)", " (Authentication)"):
        common = common.removesuffix(suffix)
    return common.strip() or "?"


def digest(message: bytes, algorithm: Algorithm) -> bytes:
    """What the card signs for ``message``: the hash (ECDSA) or the PKCS#1 DigestInfo (RSA)."""
    if algorithm == "ecdsa-sha384":
        h = hashes.Hash(hashes.SHA384())
        h.update(message)
        return h.finalize()
    h = hashes.Hash(hashes.SHA256())
    h.update(message)
    # DigestInfo for SHA-256 (RFC 8017, 9.2, note 1)
    return bytes.fromhex("3031300d060960864801650304020105000420") + h.finalize()


def signature_from_card(raw: bytes, algorithm: Algorithm) -> bytes:
    """A card's raw ECDSA output (r || s) as DER; RSA output as it is."""
    if algorithm != "ecdsa-sha384":
        return raw
    from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

    half = len(raw) // 2
    if len(raw) % 2 or half == 0:
        raise EidError("de kaart gaf een onleesbare handtekening")
    r, s = int.from_bytes(raw[:half], "big"), int.from_bytes(raw[half:], "big")
    return encode_dss_signature(r, s)


def signature_ok(evidence: Evidence, message: bytes, signature: bytes) -> bool:
    """True when ``signature`` over ``message`` verifies with the signature certificate."""
    key = evidence.certificate.public_key()
    try:
        if evidence.algorithm == "ecdsa-sha384" and isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(signature, message, ec.ECDSA(hashes.SHA384()))
            return True
        if evidence.algorithm == "rsa-pkcs1v15-sha256" and isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, message, padding.PKCS1v15(), hashes.SHA256())
            return True
    except (InvalidSignature, ValueError, UnsupportedAlgorithm):
        return False
    return False


# --- the certificate chain --------------------------------------------------------------------


def shipped_roots() -> tuple[x509.Certificate, ...]:
    return tuple(x509.load_pem_x509_certificate(pem.encode("ascii")) for pem in ROOTS.values())


def _when(certificate: x509.Certificate) -> tuple[datetime, datetime]:
    return certificate.not_valid_before_utc, certificate.not_valid_after_utc


def _valid_on(certificate: x509.Certificate, moment: datetime) -> bool:
    start, end = _when(certificate)
    return start <= moment <= end


def _issued_by(child: x509.Certificate, issuer: x509.Certificate) -> bool:
    try:
        child.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature, UnsupportedAlgorithm):
        return False
    return True


def _extension(certificate: x509.Certificate, kind: type[x509.ExtensionType]) -> object | None:
    try:
        return certificate.extensions.get_extension_for_class(kind).value
    except x509.ExtensionNotFound:
        return None
    except ValueError:  # a malformed extension
        return None


def _is_ca(certificate: x509.Certificate) -> bool:
    constraints = _extension(certificate, x509.BasicConstraints)
    usage = _extension(certificate, x509.KeyUsage)
    return (
        isinstance(constraints, x509.BasicConstraints)
        and constraints.ca
        and (not isinstance(usage, x509.KeyUsage) or usage.key_cert_sign)
    )


def _day(moment: datetime) -> str:
    return f"{moment:%d/%m/%Y}"


def certificate_problems(
    evidence: Evidence, signed_at: datetime, roots: Sequence[x509.Certificate] | None = None
) -> list[str]:
    """Why this chain does not make a qualified eID signature on ``signed_at`` (Dutch); empty
    when it does. ``roots`` defaults to the Belgian roots this app ships."""
    anchors = tuple(shipped_roots() if roots is None else roots)
    moment = signed_at.astimezone(UTC)
    leaf = evidence.certificate
    problems: list[str] = []
    start, end = _when(leaf)
    if moment > end:
        problems.append(
            f"het eID-certificaat was verlopen op {_day(moment)} (geldig tot {_day(end)})"
        )
    elif moment < start:
        problems.append(
            f"het eID-certificaat was nog niet geldig op {_day(moment)} (geldig vanaf "
            f"{_day(start)})"
        )
    usage = _extension(leaf, x509.KeyUsage)
    if not isinstance(usage, x509.KeyUsage) or not usage.content_commitment:
        problems.append(
            "het certificaat is niet voor handtekeningen bedoeld (geen ‘non-repudiation’): niet "
            "de handtekeningsleutel van de eID"
        )
    constraints = _extension(leaf, x509.BasicConstraints)
    if isinstance(constraints, x509.BasicConstraints) and constraints.ca:
        problems.append("het certificaat is dat van een CA, niet van een persoon")
    # A path from the leaf through the stored CA certificates to a trusted root.
    current, used = leaf, {leaf.fingerprint(hashes.SHA256())}
    intermediates = list(evidence.chain[1:])
    for _ in range(MAX_CHAIN):
        root = next((r for r in anchors if _issued_by(current, r)), None)
        if root is not None:
            if not _valid_on(root, moment):
                problems.append(
                    f"het basiscertificaat {_attribute(root.subject, NameOID.COMMON_NAME)} was "
                    f"niet geldig op {_day(moment)}"
                )
            return problems
        step = next(
            (
                c
                for c in intermediates
                if c.fingerprint(hashes.SHA256()) not in used and _issued_by(current, c)
            ),
            None,
        )
        if step is None:
            break
        used.add(step.fingerprint(hashes.SHA256()))
        name = _attribute(step.subject, NameOID.COMMON_NAME) or "?"
        if not _is_ca(step):
            problems.append(f"{name} mag geen certificaten uitgeven")
            return problems
        if not _valid_on(step, moment):
            problems.append(f"het CA-certificaat {name} was niet geldig op {_day(moment)}")
        current = step
    problems.append(
        "het certificaat leidt niet naar een Belgisch basiscertificaat (Belgium Root CA4 of "
        "CA6): het komt niet van een echte eID-kaart"
    )
    return problems


def describe(certificate: x509.Certificate) -> str:
    """One line for people: name, issuer and validity of a signature certificate."""
    issuer = _attribute(certificate.issuer, NameOID.COMMON_NAME) or "?"
    serial = _attribute(certificate.issuer, NameOID.SERIAL_NUMBER)
    start, end = _when(certificate)
    issued = f"{issuer} {serial}".strip()
    return (
        f"{person_name(certificate)}, certificaat van {issued}, geldig van {_day(start)} tot "
        f"{_day(end)}"
    )


# --- the signature method (core.trust) -------------------------------------------------------


class EidMethod:
    """``method = "eid"``: a signature made with the qualified signature key of a Belgian eID.

    The certificate names the person (nobody can forge that); whether that person is the
    pupil's mentor is the school's to confirm, with a vouched mentor card for the certificate's
    key, exactly as for a mentor key. ``roots`` are the trusted Belgian roots (default: the
    shipped ones); a receiver may add one (``verify --eid-root``).
    """

    name = "eid"
    label = LABEL

    def __init__(self, roots: Sequence[x509.Certificate] | None = None) -> None:
        self.roots = tuple(shipped_roots() if roots is None else roots)

    def evidence(self, record: SignOffRecord) -> Evidence | None:
        try:
            return parse_evidence(record.method_data)
        except EidError:
            return None

    def verify(self, record: SignOffRecord, message: bytes) -> bool:
        evidence = self.evidence(record)
        signature = record.signature
        if evidence is None or signature is None:
            return False
        if public_key_text(evidence.certificate) != record.public_key:
            return False
        if key_fingerprint(evidence.certificate) != record.key_fingerprint:
            return False
        try:
            raw = signing.unb64(signature)
        except ValueError:
            return False
        if message.decode("utf-8", "replace") not in evidence.batch:
            return False
        return signature_ok(evidence, batch_bytes(evidence.batch), raw)

    def flaw(self, record: SignOffRecord) -> str | None:
        """Why the certificate does not make this a qualified eID signature, or None."""
        evidence = self.evidence(record)
        if evidence is None:
            return "de gegevens van de eID-handtekening (certificaten) ontbreken of zijn beschadigd"
        problems = certificate_problems(evidence, record.signed_at, self.roots)
        return "; ".join(problems) if problems else None

    def identity(
        self, record: SignOffRecord, cards: Cards, anchors: Sequence[TrustAnchor] | None
    ) -> Identity:
        from stageportfolio.core.trust import Identity, best_card

        evidence = self.evidence(record)
        signer = record.signer
        fingerprint = record.key_fingerprint or "?"
        if evidence is None:
            return Identity(fingerprint, None, signer, False, None if anchors is None else False)
        name = person_name(evidence.certificate)
        key = public_key_text(evidence.certificate)
        signed_at = record.signed_at
        card = best_card(cards.by_key.get(key, ()), signed_at.date(), anchors)
        reasons: list[str] = []
        if signer.strip().casefold() != name.casefold():
            reasons.append(
                f"in de handtekening staat de naam {signer!r}; het eID-certificaat zegt {name!r}"
            )
        trusted: bool | None = None
        if card is None:
            reasons.append(
                f"{LABEL} van {name}; geen school bevestigde dat {name} (eID {fingerprint}) de "
                "mentor is"
            )
            trusted = None if anchors is None else False
        else:
            if anchors is not None:
                trusted = bool(card.school_trusted and card.within_validity)
                if not card.school_trusted:
                    reasons.append(
                        f"de mentorkaart van deze eID is ondertekend door schoolsleutel "
                        f"{card.school_fingerprint} ({card.school_name}), en die sleutel is niet "
                        "vertrouwd"
                    )
            if not card.within_validity:
                reasons.append(
                    f"ondertekend op {_day(signed_at)}, buiten de geldigheid van de mentorkaart "
                    f"({card.valid_from:%d/%m/%Y} tot {card.valid_until:%d/%m/%Y})"
                )
                trusted = None if anchors is None else False
        return Identity(fingerprint, card, name, True, trusted, tuple(reasons))
