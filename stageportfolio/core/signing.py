"""Mentor signatures: Ed25519 over a canonical form of each signed item.

What is signed is the item's identity and content (an hour entry's id, date, minutes, context
and placement; an activity record's id, activity, level and date), the portfolio it belongs to,
the mentor's key fingerprint and the time of signing. Any change to the item afterwards, or the
same signature put on another item, no longer verifies. A mentor's private key never needs to
leave the mentor's own device; when it is kept on a student's laptop it is encrypted under the
mentor's passphrase (scrypt, then AES-256-GCM), so the student cannot sign alone.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Literal

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

SIGNATURE_VERSION = 1
# scrypt cost: about 0.1 s and 32 MiB on a laptop; enough to make guessing a passphrase slow.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
MIN_PASSPHRASE = 8

ItemKind = Literal["hour_entry", "activity_record", "competence"]


class WrongPassphraseError(ValueError):
    """The passphrase does not open this mentor's key."""


class WeakPassphraseError(ValueError):
    """A new passphrase that is too short to protect a key."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


# --- keys -------------------------------------------------------------------------------------


def public_key_text(key: Ed25519PublicKey) -> str:
    return b64(key.public_bytes(Encoding.Raw, PublicFormat.Raw))


def load_public_key(text: str) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(unb64(text))


def fingerprint(public_key: str) -> str:
    """A short, readable fingerprint of a public key: ``3F7A-91C2-0B4E-D5A8``."""
    digest = hashlib.sha256(unb64(public_key)).hexdigest().upper()[:16]
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))


@dataclass(frozen=True)
class SealedKey:
    """A mentor's private key, encrypted under their passphrase (safe to store anywhere)."""

    public_key: str
    salt: str
    nonce: str
    ciphertext: str
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P

    def to_json(self) -> str:
        return json.dumps(self.__dict__, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> SealedKey:
        data = json.loads(text)
        return cls(**{k: data[k] for k in cls.__dataclass_fields__})


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def new_sealed_key(passphrase: str) -> SealedKey:
    """Make a new mentor key pair and seal the private half under ``passphrase``."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise WeakPassphraseError(f"minstens {MIN_PASSPHRASE} tekens")
    private = Ed25519PrivateKey.generate()
    public = public_key_text(private.public_key())
    salt, nonce = os.urandom(16), os.urandom(12)
    key = _derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    raw = private.private_bytes_raw()
    # The public key is the associated data: a sealed key cannot be paired with another one.
    sealed = AESGCM(key).encrypt(nonce, raw, public.encode("ascii"))
    return SealedKey(public, b64(salt), b64(nonce), b64(sealed))


def unseal(sealed: SealedKey, passphrase: str) -> Ed25519PrivateKey:
    key = _derive(passphrase, unb64(sealed.salt), sealed.n, sealed.r, sealed.p)
    try:
        raw = AESGCM(key).decrypt(
            unb64(sealed.nonce), unb64(sealed.ciphertext), sealed.public_key.encode("ascii")
        )
    except InvalidTag as exc:
        raise WrongPassphraseError("verkeerde wachtzin") from exc
    private = Ed25519PrivateKey.from_private_bytes(raw)
    if public_key_text(private.public_key()) != sealed.public_key:  # pragma: no cover
        raise WrongPassphraseError("sleutel en publieke sleutel horen niet samen")
    return private


# --- what is signed ---------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def canonical(fields: Mapping[str, Any]) -> bytes:
    """One byte string per content: sorted keys, no spaces, UTF-8, dates in ISO form."""
    plain = {key: _plain(value) for key, value in fields.items()}
    return json.dumps(plain, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def hour_fields(
    *, entry_id: str, day: date, minutes: int, context: str, placement_id: str | None
) -> dict[str, Any]:
    return {
        "kind": "hour_entry",
        "id": entry_id,
        "day": day,
        "minutes": minutes,
        "context": context,
        "placement": placement_id or "",
    }


def activity_fields(
    *,
    record_id: str,
    activity_id: str,
    competence_id: str,
    proposed_level: int,
    level: int,
    day: date,
    reflection: str,
) -> dict[str, Any]:
    """The student's claim (activity, proposed level, date, reflection) and the mentor's level.

    The mentor may correct the level; both are signed, so neither can change afterwards.
    """
    return {
        "kind": "activity_record",
        "id": record_id,
        "activity": activity_id,
        "competence": competence_id,
        "proposed": proposed_level,
        "level": level,
        "day": day,
        "reflection": hashlib.sha256(reflection.encode("utf-8")).hexdigest(),
    }


def competence_fields(*, competence_id: str, level: int) -> dict[str, Any]:
    return {"kind": "competence", "id": competence_id, "level": level}


def statement(
    item: Mapping[str, Any],
    *,
    portfolio_id: str,
    key_fingerprint: str,
    signed_at: datetime,
    comment: str = "",
) -> bytes:
    """The exact bytes a mentor signs for one item."""
    return canonical(
        {
            "v": SIGNATURE_VERSION,
            "portfolio": portfolio_id,
            "item": canonical(item).decode(),
            "key": key_fingerprint,
            "signed_at": signed_at,
            "comment": comment,
        }
    )


def sign(private: Ed25519PrivateKey, message: bytes) -> str:
    return b64(private.sign(message))


def verify(public_key: str, message: bytes, signature: str) -> bool:
    try:
        load_public_key(public_key).verify(unb64(signature), message)
    except (InvalidSignature, ValueError):
        return False
    return True


def verification_code(signature: str) -> str:
    """A short code per signed item, printed in the PDF: ``K7F2-9QXA``."""
    digest = base64.b32encode(hashlib.sha256(unb64(signature)).digest()).decode()[:8]
    return f"{digest[:4]}-{digest[4:]}"
