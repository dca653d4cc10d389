"""Mentor mode: the mentor's own copy of the app signs sign-off requests; no portfolio needed.

The mentor keeps an identity (name, organisation, sector and an Ed25519 key sealed under their
passphrase) in ``<data>/mentor/identity.json``, exports a mentor card for the school, reads a
student's sign-off request (``*.aftekenverzoek.json``) and writes a sign-off response
(``*.aftekening.json``). File formats: ``docs/signing.md``.

A small log of the learners the mentor signed for (``<data>/mentor/learners.json``) lets the app
warn when a new request means guiding more learners at the same time than the sector allows
(DOMAIN.md: 2 in the social profit sector, 3 in local government).

No Qt and no SQL here: the CLI and the UI both build on this module.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from stageportfolio import paths
from stageportfolio.core.gate import year_problem
from stageportfolio.core.jsonread import JsonFileError, load_json
from stageportfolio.core.signing import (
    SealedKey,
    WeakPassphraseError,
    WrongPassphraseError,
    fingerprint,
    new_sealed_key,
    sign,
    statement,
    unseal,
)
from stageportfolio.fileio import write_atomically

__all__ = [
    "MAX_LEARNERS",
    "SECTORS",
    "Decision",
    "IdentityError",
    "LearnerRecord",
    "MentorIdentity",
    "Placement",
    "RequestError",
    "RequestItem",
    "SignRequest",
    "WeakPassphraseError",
    "WrongPassphraseError",
    "create_identity",
    "describe_item",
    "identity_path",
    "learners_path",
    "load_identity",
    "load_learners",
    "load_warning",
    "mentor_card",
    "mentor_dir",
    "read_request",
    "record_learner",
    "sign_request",
    "write_card",
]

REQUEST_FORMAT = "stageportfolio-signoff-request"
RESPONSE_FORMAT = "stageportfolio-signoff-response"
CARD_FORMAT = "stageportfolio-mentor-card"
IDENTITY_FORMAT = "stageportfolio-mentor-identity"
LEARNERS_FORMAT = "stageportfolio-mentor-learners"
FILE_VERSION = 1

SECTORS = ("social_profit", "local_government")
SECTOR_LABELS = {"social_profit": "de social profit", "local_government": "lokale besturen"}
# DOMAIN.md (seed 000 and 002): how many learners a mentor may guide at once, per sector.
MAX_LEARNERS = {"social_profit": 2, "local_government": 3}

MAX_REQUEST_BYTES = 20 * 1024 * 1024  # a request is small JSON; refuse anything absurd

# Exactly the fields of each canonical item (docs/signing.md): any other field would be signed
# too and the student's app could never rebuild the same statement.
ITEM_FIELDS: dict[str, frozenset[str]] = {
    "hour_entry": frozenset({"kind", "id", "day", "minutes", "context", "placement"}),
    "activity_record": frozenset(
        {"kind", "id", "activity", "competence", "proposed", "level", "day", "reflection"}
    ),
    "competence": frozenset({"kind", "id", "level"}),
}
_KIND_LABELS = {"hour_entry": "uren", "activity_record": "activiteit", "competence": "competentie"}
_OTHER_FORMATS = {
    RESPONSE_FORMAT: "een aftekening (het antwoord van een mentor), geen aftekenverzoek",
    CARD_FORMAT: "een mentorkaart, geen aftekenverzoek",
    IDENTITY_FORMAT: "een mentorprofiel, geen aftekenverzoek",
}


class IdentityError(Exception):
    """The mentor identity is missing, already there, or cannot be read; the message says why."""


class RequestError(ValueError):
    """A file that is not a usable sign-off request; the message (Dutch) says what is wrong."""


# --- files ------------------------------------------------------------------------------------


def mentor_dir(*, create: bool = False) -> Path:
    """``<data>/mentor``: private (0700 on POSIX), like the data folder itself."""
    path = paths.data_dir(create=create) / "mentor"
    if create:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix":
            path.chmod(0o700)
    return path


def identity_path() -> Path:
    return mentor_dir() / "identity.json"


def learners_path() -> Path:
    return mentor_dir() / "learners.json"


def _json_bytes(payload: Mapping[str, Any]) -> bytes:
    return (json.dumps(payload, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _iso_utc(moment: datetime) -> str:
    """The same text ``core.signing.canonical`` makes of a datetime: UTC, whole seconds."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


# --- identity ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class MentorIdentity:
    name: str
    organisation: str
    sector: str
    key: SealedKey
    created_at: datetime

    @property
    def public_key(self) -> str:
        return self.key.public_key

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.key.public_key)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": IDENTITY_FORMAT,
            "version": FILE_VERSION,
            "name": self.name,
            "organisation": self.organisation,
            "sector": self.sector,
            "key": json.loads(self.key.to_json()),
            "created_at": _iso_utc(self.created_at),
        }


def _check_sector(sector: str) -> None:
    if sector not in SECTORS:
        raise ValueError(f"onbekende sector {sector!r}; kies social_profit of local_government")


def create_identity(
    name: str,
    organisation: str,
    sector: str,
    passphrase: str,
    *,
    replace: bool = False,
    now: datetime | None = None,
) -> MentorIdentity:
    """Make the mentor's key pair, seal it under ``passphrase`` and store the identity.

    Refuses (``IdentityError``) when an identity exists, unless ``replace``: a new key means
    signatures made with the old one no longer belong to a card the school has.
    Raises ``WeakPassphraseError`` for a passphrase under 8 characters, ``ValueError`` for an
    empty name or an unknown sector.
    """
    name, organisation = name.strip(), organisation.strip()
    if not name:
        raise ValueError("de naam van de mentor mag niet leeg zijn")
    _check_sector(sector)
    path = identity_path()
    if path.exists() and not replace:
        raise IdentityError(
            f"Er is al een mentorprofiel in {path}; een nieuw profiel maakt een nieuwe sleutel "
            "en de school kent die nog niet. Vervang het enkel bewust (--replace)."
        )
    key = new_sealed_key(passphrase)  # WeakPassphraseError before anything is written
    identity = MentorIdentity(
        name=name,
        organisation=organisation,
        sector=sector,
        key=key,
        created_at=(now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0),
    )
    mentor_dir(create=True)
    write_atomically(path, _json_bytes(identity.to_json()), mode=0o600)
    return identity


def load_identity() -> MentorIdentity | None:
    """The stored mentor identity, or ``None`` when there is none yet."""
    path = identity_path()
    try:
        data = load_json(path.read_bytes(), str(path), max_bytes=MAX_REQUEST_BYTES)
    except FileNotFoundError:
        return None
    except (OSError, JsonFileError) as exc:
        raise IdentityError(f"{path}: het mentorprofiel kan niet gelezen worden ({exc})") from exc
    try:
        if data.get("format") != IDENTITY_FORMAT:
            raise ValueError("geen mentorprofiel")
        if int(data.get("version", 0)) > FILE_VERSION:
            raise ValueError("gemaakt met een nieuwere versie van stageportfolio")
        sector = str(data["sector"])
        _check_sector(sector)
        return MentorIdentity(
            name=str(data["name"]),
            organisation=str(data.get("organisation", "")),
            sector=sector,
            key=SealedKey.from_json(json.dumps(data["key"])),
            created_at=datetime.fromisoformat(str(data["created_at"])),
        )
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise IdentityError(f"{path}: het mentorprofiel is beschadigd ({exc})") from exc


def _require_identity(identity: MentorIdentity | None) -> MentorIdentity:
    found = identity if identity is not None else load_identity()
    if found is None:
        raise IdentityError(
            f"Er is nog geen mentorprofiel in {mentor_dir()}. Maak er een met: "
            "stageportfolio mentor-init --name NAAM --organisation ORGANISATIE --sector SECTOR"
        )
    return found


def mentor_card(identity: MentorIdentity) -> dict[str, Any]:
    """The mentor card a school imports to recognise this mentor's signatures."""
    return {
        "format": CARD_FORMAT,
        "version": FILE_VERSION,
        "name": identity.name,
        "organisation": identity.organisation,
        "sector": identity.sector,
        "public_key": identity.public_key,
        "fingerprint": identity.fingerprint,
    }


def write_card(path: Path | str, identity: MentorIdentity | None = None) -> dict[str, Any]:
    """Write the mentor card (of ``identity``, or of the stored identity) to ``path``."""
    card = mentor_card(_require_identity(identity))
    write_atomically(Path(path), _json_bytes(card))
    return card


# --- requests ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Placement:
    organisation: str
    start: date | None
    end: date | None


@dataclass(frozen=True)
class RequestItem:
    item: dict[str, Any]  # the canonical item exactly as in the request
    label: str
    proposed_level: int | None
    reflection: str
    placement: Placement | None

    @property
    def kind(self) -> str:
        return str(self.item["kind"])

    @property
    def id(self) -> str:
        return str(self.item["id"])


@dataclass(frozen=True)
class SignRequest:
    created_at: datetime | None
    portfolio_id: str
    learner_name: str
    portfolio: dict[str, Any]
    mentor: dict[str, Any]  # to whom the student addressed it: name, organisation, sector
    items: tuple[RequestItem, ...] = field(default_factory=tuple)

    def item(self, item_id: str) -> RequestItem:
        for entry in self.items:
            if entry.id == item_id:
                return entry
        raise KeyError(item_id)

    def period(self) -> tuple[date, date] | None:
        """From the first start to the last end of the placements in this request."""
        starts = [i.placement.start for i in self.items if i.placement and i.placement.start]
        ends = [i.placement.end for i in self.items if i.placement and i.placement.end]
        if not starts and not ends:
            if self.created_at is None:
                return None
            day = self.created_at.date()
            return day, day
        first = min(starts) if starts else min(ends)
        last = max(ends) if ends else max(starts)
        return first, max(first, last)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _iso_date(value: Any, where: str) -> date:
    if not isinstance(value, str):
        raise RequestError(f"{where}: een datum (JJJJ-MM-DD) ontbreekt")
    try:
        day = date.fromisoformat(value)
    except ValueError as exc:
        raise RequestError(f"{where}: {value!r} is geen datum (JJJJ-MM-DD)") from exc
    problem = year_problem(day)
    if problem is not None:
        raise RequestError(f"{where}: {problem}")
    return day


def _check_item(item: Any, where: str) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise RequestError(f"{where}: het veld 'item' ontbreekt")
    kind = item.get("kind")
    if kind not in ITEM_FIELDS:
        raise RequestError(f"{where}: onbekende soort item {kind!r}")
    expected = ITEM_FIELDS[kind]
    missing = sorted(expected - item.keys())
    if missing:
        raise RequestError(f"{where}: velden ontbreken in het item: {', '.join(missing)}")
    extra = sorted(item.keys() - expected)
    if extra:
        raise RequestError(f"{where}: onbekende velden in het item: {', '.join(extra)}")
    text_fields = {
        "hour_entry": ("id", "context", "placement"),
        "activity_record": ("id", "activity", "competence", "reflection"),
        "competence": ("id",),
    }[kind]
    for name in text_fields:
        if not isinstance(item[name], str):
            raise RequestError(f"{where}: het veld {name!r} moet tekst zijn")
    if not item["id"]:
        raise RequestError(f"{where}: het item heeft geen id")
    if kind != "competence":
        _iso_date(item["day"], f"{where}, veld 'day'")
    if kind == "hour_entry" and (not _is_int(item["minutes"]) or item["minutes"] <= 0):
        raise RequestError(f"{where}: 'minutes' moet een positief geheel getal zijn")
    levels = ("proposed", "level") if kind == "activity_record" else ("level",)
    for name in levels if kind != "hour_entry" else ():
        if not _is_int(item[name]) or item[name] < 1:
            raise RequestError(f"{where}: {name!r} moet een niveau zijn (1, 2, 3, …)")
    return dict(item)


def _parse_item(raw: Any, number: int) -> RequestItem:
    where = f"item {number}"
    if not isinstance(raw, dict):
        raise RequestError(f"{where}: geen geldig item")
    item = _check_item(raw.get("item"), where)
    label = raw.get("label")
    if not isinstance(label, str) or not label.strip():
        raise RequestError(f"{where}: het veld 'label' ontbreekt")
    reflection = raw.get("reflection") or ""
    if not isinstance(reflection, str):
        raise RequestError(f"{where}: 'reflection' moet tekst zijn")
    proposed: int | None = None
    if item["kind"] == "activity_record":
        proposed = item["proposed"]
        if item["level"] != proposed:
            raise RequestError(
                f"{where} ({label}): in een verzoek is 'level' het voorgestelde niveau"
            )
        digest = hashlib.sha256(reflection.encode("utf-8")).hexdigest()
        if digest != item["reflection"]:
            # The mentor must see the reflection that is signed (as its SHA-256).
            raise RequestError(
                f"{where} ({label}): de reflectie in het verzoek hoort niet bij het item"
            )
    elif item["kind"] == "competence":
        proposed = item["level"]
    given = raw.get("proposed_level")
    if given is not None and given != proposed:
        raise RequestError(
            f"{where} ({label}): 'proposed_level' verschilt van het niveau in het item"
        )
    placement = None
    raw_placement = raw.get("placement")
    if raw_placement is not None:
        if not isinstance(raw_placement, dict):
            raise RequestError(f"{where}: 'placement' moet een stageplaats zijn")
        start = raw_placement.get("start")
        end = raw_placement.get("end")
        placement = Placement(
            organisation=str(raw_placement.get("organisation") or ""),
            start=None if start is None else _iso_date(start, f"{where}, stageplaats 'start'"),
            end=None if end is None else _iso_date(end, f"{where}, stageplaats 'end'"),
        )
        if placement.start and placement.end and placement.end < placement.start:
            raise RequestError(f"{where}: de stageplaats eindigt voor ze begint")
    return RequestItem(
        item=item,
        label=label.strip(),
        proposed_level=proposed,
        reflection=reflection,
        placement=placement,
    )


def _load_request_json(source: Path | str | bytes) -> tuple[Any, str]:
    if isinstance(source, bytes | bytearray):
        data, name = bytes(source), "het aftekenverzoek"
    else:
        path = Path(source)
        name = str(path)
        try:
            if path.stat().st_size > MAX_REQUEST_BYTES:
                raise RequestError(f"{name}: te groot voor een aftekenverzoek")
            data = path.read_bytes()
        except FileNotFoundError as exc:
            raise RequestError(f"{name}: bestand niet gevonden") from exc
        except IsADirectoryError as exc:
            raise RequestError(f"{name}: is een map, geen bestand") from exc
        except OSError as exc:
            raise RequestError(f"{name}: kan niet gelezen worden ({exc.strerror})") from exc
    if len(data) > MAX_REQUEST_BYTES:
        raise RequestError(f"{name}: te groot voor een aftekenverzoek")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RequestError(f"{name}: dit is geen aftekenverzoek (geen tekstbestand)") from exc
    if not text.lstrip().startswith("{"):
        raise RequestError(f"{name}: dit is geen aftekenverzoek")
    try:  # bounded: nesting, numbers and text (core.jsonread)
        return load_json(data, name, max_bytes=MAX_REQUEST_BYTES), name
    except JsonFileError as exc:
        raise RequestError(
            f"{exc}. Het aftekenverzoek is beschadigd; vraag de student om een nieuw verzoek"
        ) from exc


def read_request(source: Path | str | bytes) -> SignRequest:
    """Read and check a sign-off request (a path, or the file's bytes).

    Raises ``RequestError`` with a Dutch message for anything that is not a complete request
    of a version this app knows.
    """
    data, name = _load_request_json(source)
    if not isinstance(data, dict):
        raise RequestError(f"{name}: dit is geen aftekenverzoek")
    fmt = data.get("format")
    if fmt != REQUEST_FORMAT:
        what = _OTHER_FORMATS.get(fmt) if isinstance(fmt, str) else None
        raise RequestError(f"{name}: dit is {what or 'geen aftekenverzoek'}")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise RequestError(f"{name}: onbekende versie {version!r} van het aftekenverzoek")
    if version > FILE_VERSION:
        raise RequestError(
            f"{name}: dit aftekenverzoek is gemaakt met een nieuwere versie van stageportfolio "
            f"(bestandsversie {version}); werk de app bij om het te openen"
        )
    portfolio = data.get("portfolio")
    if not isinstance(portfolio, dict):
        raise RequestError(f"{name}: het veld 'portfolio' ontbreekt")
    portfolio_id = portfolio.get("id")
    if not isinstance(portfolio_id, str) or not portfolio_id:
        raise RequestError(f"{name}: het portfolio heeft geen id")
    learner = portfolio.get("name")
    if not isinstance(learner, str) or not learner.strip():
        raise RequestError(f"{name}: de naam van de student ontbreekt")
    mentor = data.get("mentor") or {}
    if not isinstance(mentor, dict):
        raise RequestError(f"{name}: het veld 'mentor' is ongeldig")
    created_at = None
    if data.get("created_at") is not None:
        try:
            created_at = datetime.fromisoformat(str(data["created_at"]))
        except ValueError as exc:
            raise RequestError(f"{name}: 'created_at' is geen geldig tijdstip") from exc
        if created_at.tzinfo is None:
            created_at = created_at.replace(tzinfo=UTC)
    raw_items = data.get("items")
    if not isinstance(raw_items, list):
        raise RequestError(f"{name}: het veld 'items' ontbreekt")
    if not raw_items:
        raise RequestError(f"{name}: het aftekenverzoek bevat geen items")
    try:
        items = tuple(_parse_item(raw, n) for n, raw in enumerate(raw_items, start=1))
    except RequestError as exc:
        raise RequestError(f"{name}: {exc}") from exc
    seen: set[tuple[str, str]] = set()
    for entry in items:
        key = (entry.kind, entry.id)
        if key in seen:
            raise RequestError(f"{name}: het item {entry.id} staat twee keer in het verzoek")
        seen.add(key)
    return SignRequest(
        created_at=created_at,
        portfolio_id=portfolio_id,
        learner_name=learner.strip(),
        portfolio=dict(portfolio),
        mentor=dict(mentor),
        items=items,
    )


# --- signing ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Decision:
    """The mentor's decision on one item.

    ``level`` is the mentor's level for an activity record (``None``: the proposed level); it
    is ignored for hour entries and competences, whose signed content is the student's.
    """

    approve: bool
    level: int | None = None
    comment: str = ""


def sign_request(
    request: SignRequest,
    identity: MentorIdentity,
    passphrase: str,
    decisions: Mapping[str, Decision],
    now: datetime | None = None,
    *,
    record: bool = True,
) -> bytes:
    """The sign-off response (JSON bytes, docs/signing.md) for the approved items.

    Items without a decision, or not approved, are left out. Raises ``WrongPassphraseError``
    before anything is signed or recorded; ``ValueError`` for a decision on an unknown item or
    an invalid level. When something was signed and ``record`` is true, the learner is added to
    the mentor's learner log.
    """
    known = {entry.id for entry in request.items}
    unknown = sorted(set(decisions) - known)
    if unknown:
        raise ValueError(f"geen item met id {', '.join(unknown)} in dit aftekenverzoek")
    for item_id, wanted in decisions.items():
        if (
            wanted.approve
            and wanted.level is not None
            and (not _is_int(wanted.level) or wanted.level < 1)
        ):
            raise ValueError(f"ongeldig niveau {wanted.level!r} voor item {item_id}")
    private = unseal(identity.key, passphrase)  # WrongPassphraseError: nothing done yet
    key_fingerprint = identity.fingerprint
    signed_at = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    signatures: list[dict[str, Any]] = []
    for entry in request.items:
        decision = decisions.get(entry.id)
        if decision is None or not decision.approve:
            continue
        item = dict(entry.item)
        level: int | None = None
        if entry.kind == "activity_record":
            level = decision.level if decision.level is not None else entry.proposed_level
            item["level"] = level
        elif entry.kind == "competence":
            level = int(item["level"])
        comment = decision.comment.strip()
        message = statement(
            item,
            portfolio_id=request.portfolio_id,
            key_fingerprint=key_fingerprint,
            signed_at=signed_at,
            comment=comment,
        )
        signatures.append(
            {
                "item": item,
                "level": level,
                "comment": comment,
                "signed_at": _iso_utc(signed_at),
                "signature": sign(private, message),
            }
        )
    response = {
        "format": RESPONSE_FORMAT,
        "version": FILE_VERSION,
        "portfolio_id": request.portfolio_id,
        "mentor": {
            "name": identity.name,
            "organisation": identity.organisation,
            "sector": identity.sector,
            "public_key": identity.public_key,
            "fingerprint": key_fingerprint,
        },
        "signatures": signatures,
    }
    if signatures and record:
        record_learner(request, now=signed_at)
    return _json_bytes(response)


# --- mentor load ------------------------------------------------------------------------------


@dataclass(frozen=True)
class LearnerRecord:
    portfolio_id: str
    name: str
    start: date
    end: date
    last_signed: datetime | None = None

    def overlaps(self, start: date, end: date) -> bool:
        return self.start <= end and start <= self.end

    def to_json(self) -> dict[str, Any]:
        return {
            "portfolio_id": self.portfolio_id,
            "name": self.name,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "last_signed": _iso_utc(self.last_signed) if self.last_signed else None,
        }


def load_learners() -> list[LearnerRecord]:
    """The learners this mentor signed for; an unreadable log counts as empty (it only warns)."""
    try:
        data = load_json(learners_path().read_bytes(), "learners.json", max_bytes=MAX_REQUEST_BYTES)
        learners = []
        for raw in data.get("learners", []):
            last = raw.get("last_signed")
            learners.append(
                LearnerRecord(
                    portfolio_id=str(raw["portfolio_id"]),
                    name=str(raw.get("name", "")),
                    start=date.fromisoformat(raw["start"]),
                    end=date.fromisoformat(raw["end"]),
                    last_signed=datetime.fromisoformat(last) if last else None,
                )
            )
        return learners
    except (OSError, ValueError, KeyError, TypeError, AttributeError):  # JsonFileError too
        return []


def record_learner(request: SignRequest, *, now: datetime | None = None) -> None:
    """Add (or widen) the learner of ``request`` in the learner log."""
    period = request.period()
    moment = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    start, end = period or (moment.date(), moment.date())
    existing = load_learners()
    learners = [r for r in existing if r.portfolio_id != request.portfolio_id]
    previous = next((r for r in existing if r.portfolio_id == request.portfolio_id), None)
    if previous is not None:
        start, end = min(start, previous.start), max(end, previous.end)
    learners.append(LearnerRecord(request.portfolio_id, request.learner_name, start, end, moment))
    learners.sort(key=lambda r: (r.start, r.name))
    payload = {
        "format": LEARNERS_FORMAT,
        "version": FILE_VERSION,
        "learners": [r.to_json() for r in learners],
    }
    mentor_dir(create=True)
    write_atomically(learners_path(), _json_bytes(payload), mode=0o600)


def _dutch_date(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year}"


def load_warning(identity: MentorIdentity, request: SignRequest) -> str | None:
    """A Dutch warning when signing ``request`` means guiding more learners at the same time
    (overlapping placement periods) than the identity's sector allows; else ``None``."""
    period = request.period()
    if period is None:
        return None
    start, end = period
    others = [
        r
        for r in load_learners()
        if r.portfolio_id != request.portfolio_id and r.overlaps(start, end)
    ]
    if not others:
        return None
    # Most learners at once: the maximum of overlapping intervals is reached at a start.
    best_day, best = start, 0
    for day in sorted({start} | {max(start, r.start) for r in others}):
        active = sum(1 for r in others if r.start <= day <= r.end)
        if active > best:
            best_day, best = day, active
    allowed = MAX_LEARNERS.get(identity.sector, min(MAX_LEARNERS.values()))
    together = best + 1
    if together <= allowed:
        return None
    names = sorted(r.name for r in others if r.start <= best_day <= r.end)
    sector = SECTOR_LABELS.get(identity.sector, identity.sector)
    return (
        f"Let op: met {request.learner_name} begeleidt u op {_dutch_date(best_day)} "
        f"{together} lerenden tegelijk (ook {', '.join(names)}). In {sector} mag een mentor "
        f"hoogstens {allowed} lerenden tegelijk begeleiden."
    )


def describe_item(entry: RequestItem) -> str:
    """One line for a mentor: kind, label and (for activities) the proposed level."""
    kind = _KIND_LABELS.get(entry.kind, entry.kind)
    if entry.kind == "activity_record":
        return f"[{kind}] {entry.label} (voorgesteld niveau {entry.proposed_level})"
    if entry.kind == "competence":
        return f"[{kind}] {entry.label} (niveau {entry.proposed_level})"
    return f"[{kind}] {entry.label}"
