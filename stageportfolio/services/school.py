"""The school's own key: made once in the school's data folder, published as ``SCHOOL.pub``
and its fingerprint, and used to vouch for mentor cards (docs/signing.md).

The school key is sealed under the school's passphrase like a mentor key
(``<data>/school/identity.json``, 0600). Vouching signs a mentor card with it, once the
coordinator has checked with the mentor that the card's fingerprint is theirs: the caller
passes the fingerprint the mentor read out, and a card with another one is refused.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from stageportfolio import paths
from stageportfolio.core import clock, signing
from stageportfolio.core.jsonread import JsonFileError, load_json
from stageportfolio.core.limits import MAX_JSON_FILE_BYTES, MAX_MENTOR_CARD_BYTES
from stageportfolio.core.signoff_formats import (
    VOUCHED_FORMAT,
    CardBody,
    FormatError,
    MentorCard,
    SchoolKey,
    SchoolRef,
    VouchedCard,
    parse,
    vouch_statement,
)
from stageportfolio.fileio import write_atomically

IDENTITY_FORMAT = "stageportfolio-school-identity"


class SchoolError(Exception):
    """Something the coordinator can fix; the message (Dutch) says what and where, ``en`` the
    same in English where it was worded (else None: the app shows the Dutch)."""

    def __init__(self, message: str, en: str | None = None) -> None:
        super().__init__(message)
        self.en = en


@dataclass(frozen=True)
class SchoolIdentity:
    name: str
    key: signing.SealedKey
    created_at: datetime

    @property
    def public_key(self) -> str:
        return self.key.public_key

    @property
    def fingerprint(self) -> str:
        return signing.fingerprint(self.key.public_key)

    @property
    def long_fingerprint(self) -> str:
        digits = signing.full_fingerprint(self.key.public_key)[:32]
        return "-".join(digits[i : i + 4] for i in range(0, 32, 4))

    def ref(self) -> SchoolRef:
        return SchoolRef(name=self.name, public_key=self.public_key, fingerprint=self.fingerprint)


def school_dir(*, create: bool = False) -> Path:
    """``<data>/school``: private, like the mentor's folder."""
    return paths.private_dir("school", create=create)


def identity_path() -> Path:
    return school_dir() / "identity.json"


def _json_bytes(payload: Any) -> bytes:
    return (json.dumps(payload, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _write_identity(identity: SchoolIdentity) -> None:
    school_dir(create=True)
    payload = {
        "format": IDENTITY_FORMAT,
        "version": 1,
        "name": identity.name,
        "key": json.loads(identity.key.to_json()),
        "created_at": identity.created_at.isoformat(timespec="seconds"),
    }
    write_atomically(identity_path(), _json_bytes(payload), mode=0o600)


def create_school(
    name: str, passphrase: str, *, replace: bool = False, now: datetime | None = None
) -> SchoolIdentity:
    """Make the school key, sealed under ``passphrase``. Refuses to overwrite one (a new key
    means every card vouched with the old one must be vouched again) unless ``replace``.
    Raises WeakPassphraseError (Dutch hint) for a passphrase that is easy to guess."""
    name = name.strip()
    if not name:
        raise SchoolError("de naam van de school mag niet leeg zijn")
    if identity_path().exists() and not replace:
        raise SchoolError(
            f"Er is al een schoolsleutel in {school_dir()}. Een nieuwe sleutel maakt alle "
            "bevestigde mentorkaarten waardeloos voor wie de oude vertrouwt; vervang hem enkel "
            "bewust (--replace)."
        )
    sealed = signing.new_sealed_key(passphrase, user_inputs=(name,))
    identity = SchoolIdentity(
        name=name,
        key=sealed,
        created_at=(now or clock.now()).astimezone(UTC).replace(microsecond=0),
    )
    _write_identity(identity)
    return identity


def load_school() -> SchoolIdentity:
    path = identity_path()
    try:
        data = load_json(path.read_bytes(), str(path), max_bytes=MAX_JSON_FILE_BYTES)
    except FileNotFoundError as exc:
        raise SchoolError(
            f"Er is nog geen schoolsleutel in {school_dir()}. Maak er een met: "
            "stageportfolio school-init --name SCHOOL"
        ) from exc
    except (OSError, JsonFileError) as exc:
        raise SchoolError(f"{path}: de schoolsleutel kan niet gelezen worden ({exc})") from exc
    try:
        if data.get("format") != IDENTITY_FORMAT or data.get("version") != 1:
            raise ValueError("geen schoolsleutel van deze versie")
        return SchoolIdentity(
            name=str(data["name"]),
            key=signing.SealedKey.from_json(json.dumps(data["key"])),
            created_at=datetime.fromisoformat(str(data["created_at"])),
        )
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise SchoolError(f"{path}: de schoolsleutel is beschadigd ({exc})") from exc


def unseal(identity: SchoolIdentity, passphrase: str) -> Ed25519PrivateKey:
    """The school's private key; a key sealed at an older cost is sealed again at today's.
    Raises WrongPassphraseError."""
    private, upgraded = signing.unseal_and_upgrade(identity.key, passphrase)
    if upgraded is not None:
        _write_identity(SchoolIdentity(identity.name, upgraded, identity.created_at))
    return private


def public_key_file(identity: SchoolIdentity) -> dict[str, Any]:
    """``SCHOOL.pub``: what a receiver trusts (``verify FILE --trust SCHOOL.pub``)."""
    key = SchoolKey(
        format="stageportfolio-school-key",
        version=1,
        name=identity.name,
        public_key=identity.public_key,
        fingerprint=identity.fingerprint,
    )
    return key.model_dump()


def write_public_key(path: Path, identity: SchoolIdentity) -> dict[str, Any]:
    data = public_key_file(identity)
    write_atomically(path, _json_bytes(data))
    return data


def read_card_file(path: Path) -> Any:
    """The JSON of the one mentor card a school is asked to vouch for (the window's
    "Mentorkaart bevestigen…" and ``school-vouch``): at most ``MAX_MENTOR_CARD_BYTES``, never
    read whole, bounded in nesting (core.jsonread). SchoolError (Dutch) otherwise."""
    from stageportfolio.services.signoffs import SignOffFileError, read_json_file

    try:
        return read_json_file(path, "mentorkaart", max_bytes=MAX_MENTOR_CARD_BYTES)
    except SignOffFileError as exc:
        raise SchoolError(str(exc), exc.en) from exc


def read_card(data: Any, where: str) -> MentorCard:
    """A mentor card as the mentor made it; SchoolError (Dutch) otherwise."""
    try:
        return parse(MentorCard, data, where, what="mentorkaart")
    except FormatError as exc:
        raise SchoolError(str(exc)) from exc


def default_valid_until(today: date) -> date:
    """31 August of the next school year: a card covers this school year and the next."""
    end_year = today.year + 1 if today.month >= 9 else today.year
    return date(end_year + 1, 8, 31)


def vouch(
    card: MentorCard,
    identity: SchoolIdentity,
    passphrase: str,
    *,
    checked_fingerprint: str,
    today: date,
    valid_from: date | None = None,
    valid_until: date | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """The vouched card (``stageportfolio-vouched-mentor-card``) for ``card``.

    ``checked_fingerprint`` is the fingerprint the mentor read out to the coordinator (by
    phone, in person); it must be the card's, else SchoolError and nothing is signed.
    Raises WrongPassphraseError before anything is signed.
    """
    heard = signing.normalise_fingerprint(checked_fingerprint)
    if heard != signing.normalise_fingerprint(card.fingerprint):
        raise SchoolError(
            f"De vingerafdruk die de mentor gaf ({checked_fingerprint}) is niet die van deze "
            f"kaart ({card.fingerprint}). De kaart komt misschien niet van {card.name}; er is "
            "niets ondertekend.",
            f"The fingerprint the mentor gave ({checked_fingerprint}) is not this card's "
            f"({card.fingerprint}). The card may not come from {card.name}; nothing was signed.",
        )
    start = valid_from or date(today.year if today.month >= 9 else today.year - 1, 9, 1)
    end = valid_until or default_valid_until(today)
    if end < start:
        raise SchoolError(
            "de geldigheid eindigt voor ze begint", "the validity ends before it begins"
        )
    private = unseal(identity, passphrase)
    moment = (now or clock.now()).astimezone(UTC).replace(microsecond=0)
    vouched = signed_card(
        card.body(), identity.ref(), private, valid_from=start, valid_until=end, vouched_at=moment
    )
    assert vouched.school_signature_ok()
    return json.loads(vouched.model_dump_json())


def signed_card(
    card: CardBody,
    school: SchoolRef,
    private: Ed25519PrivateKey,
    *,
    valid_from: date,
    valid_until: date,
    vouched_at: datetime,
) -> VouchedCard:
    """``card`` signed with the school's ``private`` key: "this key is this mentor's"."""
    message = vouch_statement(
        card, school=school, valid_from=valid_from, valid_until=valid_until, vouched_at=vouched_at
    )
    return VouchedCard(
        format=VOUCHED_FORMAT,
        version=1,
        card=card,
        valid_from=valid_from,
        valid_until=valid_until,
        school=school,
        vouched_at=vouched_at,
        signature=signing.sign(private, message),
    )


def write_vouched(path: Path, vouched: dict[str, Any]) -> None:
    write_atomically(path, _json_bytes(vouched))
