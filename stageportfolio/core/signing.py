"""Mentor signatures: Ed25519 over a canonical form of each signed item.

What is signed is the item's identity and content (an hour entry's id, date, minutes, context
and placement; an activity record's id, activity, level and date), the portfolio it belongs to,
the mentor's key fingerprint and the time of signing. Any change to the item afterwards, or the
same signature put on another item, no longer verifies. A mentor's private key never needs to
leave the mentor's own device; when it is kept on a student's laptop it is encrypted under the
mentor's passphrase (Argon2id, then AES-256-GCM), so the student cannot sign alone.

Statement version 2 (``statement``) also binds the decision (approve or refuse), the signature
method, the learner's name and the signer's name; version 1 (``statement_v1``) stays readable
for signatures made before it.
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
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

SIGNATURE_VERSION = 2
# Argon2id at RFC 9106's second recommended setting: 64 MiB, 3 passes, 4 lanes (about 0.25 s
# on a laptop core). Sealed keys made with older settings are read and upgraded when unsealed.
ARGON2_MEMORY_KIB, ARGON2_ITERATIONS, ARGON2_LANES = 64 * 1024, 3, 4
# Upper bounds on what a stored sealed key may ask for: a hostile file cannot make the app
# allocate gigabytes or spin for minutes. Lower bounds keep the cost of a guess real.
ARGON2_MAX_MEMORY_KIB, ARGON2_MAX_ITERATIONS, ARGON2_MAX_LANES = 512 * 1024, 16, 16
ARGON2_MIN_MEMORY_KIB = 8 * 1024
# Keys sealed before Argon2id: scrypt with N = 2^15 (about 32 MiB). Read, never written.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
SCRYPT_MAX_N, SCRYPT_MAX_R, SCRYPT_MAX_P = 2**18, 16, 4
SCRYPT_MAX_BYTES = 256 * 1024 * 1024  # 128 * N * r
MIN_PASSPHRASE = 8

ItemKind = Literal["hour_entry", "activity_record", "competence"]
Decision = Literal["approve", "refuse"]


class WrongPassphraseError(ValueError):
    """The passphrase does not open this mentor's key."""


class WeakPassphraseError(ValueError):
    """A new passphrase that is too weak to protect a key; the message is a Dutch hint and
    ``reason`` says why (``core.passphrase.weakness``), for a mentor's screen in French or
    English."""

    def __init__(self, message: str, reason: str = "guessable") -> None:
        super().__init__(message)
        self.reason = reason


class SealedKeyError(ValueError):
    """A stored sealed key that cannot be used (damaged, or asking for absurd cost)."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


# --- keys -------------------------------------------------------------------------------------


def public_key_text(key: Ed25519PublicKey) -> str:
    return b64(key.public_bytes(Encoding.Raw, PublicFormat.Raw))


def load_public_key(text: str) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(unb64(text))


def full_fingerprint(public_key: str) -> str:
    """All 64 hex digits of SHA-256 of the raw public key (upper case, no dashes)."""
    return hashlib.sha256(unb64(public_key)).hexdigest().upper()


def fingerprint(public_key: str) -> str:
    """A short, readable fingerprint of a public key: ``3F7A-91C2-0B4E-D5A8`` (64 bits)."""
    digest = full_fingerprint(public_key)[:16]
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))


def portfolio_fingerprint(portfolio_id: str) -> str:
    """A short code of a portfolio's id that a mentor can compare with the pupil's screen."""
    digest = hashlib.sha256(portfolio_id.encode("utf-8")).hexdigest().upper()[:8]
    return f"{digest[:4]}-{digest[4:]}"


def normalise_fingerprint(text: str) -> str:
    """``3f7a 91c2-0b4e`` -> ``3F7A910B4E``: hex digits only, upper case."""
    return "".join(ch for ch in text.upper() if ch in "0123456789ABCDEF")


@dataclass(frozen=True)
class SealedKey:
    """A private key, encrypted under a passphrase (safe to store anywhere).

    ``kdf`` is ``argon2id`` (``m`` KiB of memory, ``t`` passes, ``p`` lanes) or, for keys
    sealed before it, ``scrypt`` (``n``, ``r``, ``p``).
    """

    public_key: str
    salt: str
    nonce: str
    ciphertext: str
    kdf: str = "argon2id"
    m: int = ARGON2_MEMORY_KIB
    t: int = ARGON2_ITERATIONS
    p: int = ARGON2_LANES
    n: int = 0
    r: int = 0

    def to_json(self) -> str:
        fields = ["public_key", "salt", "nonce", "ciphertext", "kdf", "p"]
        fields += ["m", "t"] if self.kdf == "argon2id" else ["n", "r"]
        return json.dumps({k: getattr(self, k) for k in fields}, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> SealedKey:
        """Parse a stored sealed key; raises SealedKeyError for anything unusable.

        A key without ``kdf`` was sealed with scrypt (schema before Argon2id).
        """
        try:
            data = json.loads(text)
            texts = {k: data[k] for k in ("public_key", "salt", "nonce", "ciphertext")}
            if not all(isinstance(v, str) for v in texts.values()):
                raise TypeError("text fields")
            kdf = data.get("kdf", "scrypt")
            numbers = {
                k: data[k] for k in (("m", "t", "p") if kdf == "argon2id" else ("n", "r", "p"))
            }
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            raise SealedKeyError("de bewaarde sleutel is beschadigd") from exc
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in numbers.values()):
            raise SealedKeyError("de bewaarde sleutel is beschadigd")
        sealed = cls(**texts, kdf=kdf, **numbers)
        sealed.check_cost()
        return sealed

    def check_cost(self) -> None:
        """Refuse cost parameters outside sane bounds (a file cannot ask for 16 GiB)."""
        if self.kdf == "argon2id":
            ok = (
                ARGON2_MIN_MEMORY_KIB <= self.m <= ARGON2_MAX_MEMORY_KIB
                and 1 <= self.t <= ARGON2_MAX_ITERATIONS
                and 1 <= self.p <= ARGON2_MAX_LANES
                and self.m >= 8 * self.p
            )
        elif self.kdf == "scrypt":
            ok = (
                2**10 <= self.n <= SCRYPT_MAX_N
                and self.n & (self.n - 1) == 0
                and 1 <= self.r <= SCRYPT_MAX_R
                and 1 <= self.p <= SCRYPT_MAX_P
                and 128 * self.n * self.r <= SCRYPT_MAX_BYTES
            )
        else:
            ok = False
        if not ok:
            raise SealedKeyError(
                "de bewaarde sleutel vraagt een onbekende of onredelijke sleutelafleiding; "
                "hij wordt niet geopend"
            )

    @property
    def current(self) -> bool:
        """Sealed at today's recommended cost (else: upgrade it when it is next unsealed)."""
        return (
            self.kdf == "argon2id" and self.m >= ARGON2_MEMORY_KIB and self.t >= ARGON2_ITERATIONS
        )


def _derive(sealed: SealedKey, passphrase: str) -> bytes:
    sealed.check_cost()
    secret, salt = passphrase.encode("utf-8"), unb64(sealed.salt)
    if sealed.kdf == "argon2id":
        return Argon2id(
            salt=salt, length=32, iterations=sealed.t, lanes=sealed.p, memory_cost=sealed.m
        ).derive(secret)
    return Scrypt(salt=salt, length=32, n=sealed.n, r=sealed.r, p=sealed.p).derive(secret)


def seal(private: Ed25519PrivateKey, passphrase: str) -> SealedKey:
    """Seal ``private`` under ``passphrase`` at today's cost (no strength check: callers do)."""
    public = public_key_text(private.public_key())
    template = SealedKey(public, b64(os.urandom(16)), b64(os.urandom(12)), "")
    key = _derive(template, passphrase)
    raw = private.private_bytes_raw()
    # The public key is the associated data: a sealed key cannot be paired with another one.
    sealed = AESGCM(key).encrypt(unb64(template.nonce), raw, public.encode("ascii"))
    return SealedKey(public, template.salt, template.nonce, b64(sealed))


def new_sealed_key(passphrase: str, *, user_inputs: tuple[str, ...] = ()) -> SealedKey:
    """Make a new key pair and seal the private half under ``passphrase``.

    Raises WeakPassphraseError (with a Dutch hint) when the passphrase is easy to guess;
    ``user_inputs`` are words an attacker would try first (the mentor's name, organisation).
    """
    from stageportfolio.core.passphrase import hint, weakness

    reason = weakness(passphrase, user_inputs=user_inputs)
    if reason is not None:
        raise WeakPassphraseError(hint(reason), reason)
    return seal(Ed25519PrivateKey.generate(), passphrase)


def unseal(sealed: SealedKey, passphrase: str) -> Ed25519PrivateKey:
    """The private key; WrongPassphraseError when the passphrase does not open it."""
    key = _derive(sealed, passphrase)
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


def unseal_and_upgrade(
    sealed: SealedKey, passphrase: str
) -> tuple[Ed25519PrivateKey, SealedKey | None]:
    """Unseal; when ``sealed`` is below today's cost, also return it sealed again at today's
    cost (the caller stores it), else ``None``."""
    private = unseal(sealed, passphrase)
    return private, None if sealed.current else seal(private, passphrase)


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
    *,
    entry_id: str,
    day: date,
    minutes: int,
    context: str,
    placement_id: str | None,
    placement_name: str | None = None,
) -> dict[str, Any]:
    """An hour entry as signed. ``placement_name`` (version 2) is the placement's name as the
    mentor sees it; ``None`` gives the version-1 item without it."""
    fields: dict[str, Any] = {
        "kind": "hour_entry",
        "id": entry_id,
        "day": day,
        "minutes": minutes,
        "context": context,
        "placement": placement_id or "",
    }
    if placement_name is not None:
        fields["placement_name"] = placement_name
    return fields


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


def statement_v1(
    item: Mapping[str, Any],
    *,
    portfolio_id: str,
    key_fingerprint: str,
    signed_at: datetime,
    comment: str = "",
) -> bytes:
    """The bytes of a version-1 signature (before decisions, names and methods were signed)."""
    return canonical(
        {
            "v": 1,
            "portfolio": portfolio_id,
            "item": canonical(item).decode(),
            "key": key_fingerprint,
            "signed_at": signed_at,
            "comment": comment,
        }
    )


def statement(
    item: Mapping[str, Any],
    *,
    portfolio_id: str,
    learner: str,
    signer: str,
    key_fingerprint: str,
    signed_at: datetime,
    comment: str = "",
    decision: Decision = "approve",
    method: str = "key",
) -> bytes:
    """The exact bytes a mentor signs for one item (version 2).

    ``learner`` is the portfolio owner's name and ``signer`` the mentor's name as the mentor
    gave it: both are signed, so neither can be edited afterwards. ``decision`` is
    ``approve`` or ``refuse`` (niet akkoord; ``comment`` then holds the reason). ``method``
    names how the signature is made (``key``: an Ed25519 key; later ``eid``, ``paper``).
    """
    return canonical(
        {
            "v": SIGNATURE_VERSION,
            "method": method,
            "decision": decision,
            "portfolio": portfolio_id,
            "learner": learner,
            "signer": signer,
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
