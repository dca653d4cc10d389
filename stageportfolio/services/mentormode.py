"""Mentor mode: the mentor's own copy of the app signs sign-off requests; no portfolio needed.

The mentor keeps an identity (name, organisation, sector and an Ed25519 key sealed under their
passphrase) in ``<data>/mentor/identity.json``, exports a mentor card for the school, reads a
student's sign-off request (``*.aftekenverzoek.json``) and writes a sign-off response
(``*.aftekening.json``). File formats: ``docs/signing.md``.

What the mentor signs is what the mentor sees: every item is shown from its signed fields
(date, hours and minutes, context, placement, level, the learner's name and the portfolio's
fingerprint, the activity's text from the app's own lists), never from text the student wrote;
the student's note or reflection is shown as plain text. A mentor may also refuse an item
("niet akkoord") with a reason; that decision is signed too.

A small log of the learners the mentor signed for (``<data>/mentor/learners.json``) lets the app
warn when a new request means guiding more learners at the same time than the sector allows
(``core.mentorload``: 2 in the social profit sector, 3 in local government). It counts the
signed days of the items, never a placement period the student wrote.

No Qt and no SQL here: the CLI and the UI both build on this module.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from stageportfolio import paths
from stageportfolio.core import clock
from stageportfolio.core.activitylist import DEFAULT_LEVELS, Level
from stageportfolio.core.jsonread import JsonFileError, load_json
from stageportfolio.core.limits import MAX_JSON_FILE_BYTES
from stageportfolio.core.mentorload import (
    MAX_LEARNERS,
    SECTORS,
    limit,
    most_at_once,
    sector_of,
)
from stageportfolio.core.signing import (
    SealedKey,
    WeakPassphraseError,
    WrongPassphraseError,
    fingerprint,
    new_sealed_key,
    portfolio_fingerprint,
    unseal_and_upgrade,
)
from stageportfolio.core.signoff_formats import (
    CARD_FORMAT,
    FormatError,
    MentorCard,
    SignRequestFile,
    file_bytes,
    parse,
)
from stageportfolio.fileio import write_atomically
from stageportfolio.services.mentor_text import words
from stageportfolio.services.sign import (
    Decision,
    Signature,
    check_decision,
    response_file,
    sign_item,
)

__all__ = [
    "MAX_LEARNERS",
    "SECTORS",
    "Decision",
    "IdentityError",
    "LearnerRecord",
    "MentorIdentity",
    "RequestError",
    "RequestItem",
    "SignRequest",
    "Signature",
    "WeakPassphraseError",
    "WrongPassphraseError",
    "create_identity",
    "describe_item",
    "identity_path",
    "item_text",
    "learners_path",
    "load_identity",
    "load_learners",
    "load_warning",
    "mentor_card",
    "mentor_dir",
    "read_request",
    "record_learner",
    "request_levels",
    "response_bytes",
    "sign_decisions",
    "sign_request",
    "write_card",
]

IDENTITY_FORMAT = "stageportfolio-mentor-identity"
LEARNERS_FORMAT = "stageportfolio-mentor-learners"
FILE_VERSION = 1  # identity and learner log

MAX_REQUEST_BYTES = MAX_JSON_FILE_BYTES  # core.limits: a request is small JSON


class IdentityError(Exception):
    """The mentor identity is missing, already there, or cannot be read; the message says why."""


class RequestError(ValueError):
    """A file that is not a usable sign-off request; the message (Dutch) says what is wrong."""


# --- files ------------------------------------------------------------------------------------


def mentor_dir(*, create: bool = False) -> Path:
    """``<data>/mentor``: private (0700 on POSIX), like the data folder itself."""
    return paths.private_dir("mentor", create=create)


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
    # WeakPassphraseError before anything is written
    key = new_sealed_key(passphrase, user_inputs=(name, organisation))
    identity = MentorIdentity(
        name=name,
        organisation=organisation,
        sector=sector,
        key=key,
        created_at=(now or clock.now()).astimezone(UTC).replace(microsecond=0),
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


def card_model(identity: MentorIdentity) -> MentorCard:
    """The mentor card a school imports to recognise this mentor's signatures."""
    return MentorCard(
        format=CARD_FORMAT,
        version=1,
        name=identity.name,
        organisation=identity.organisation,
        sector=sector_of(identity.sector),
        public_key=identity.public_key,
        fingerprint=identity.fingerprint,
    )


def mentor_card(identity: MentorIdentity) -> dict[str, Any]:
    """The mentor card as JSON values (``*.mentorkaart.json``)."""
    return card_model(identity).model_dump(mode="json")


def write_card(path: Path | str, identity: MentorIdentity | None = None) -> dict[str, Any]:
    """Write the mentor card (of ``identity``, or of the stored identity) to ``path``."""
    card = card_model(_require_identity(identity))
    write_atomically(Path(path), file_bytes(card))
    return card.model_dump(mode="json")


# --- requests ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RequestItem:
    item: dict[str, Any]  # the signed item exactly as in the request
    reflection: str  # an activity's reflection (its SHA-256 is signed) or an hour note
    proposed_level: int | None

    @property
    def kind(self) -> str:
        return str(self.item["kind"])

    @property
    def id(self) -> str:
        return str(self.item["id"])

    @property
    def day(self) -> date | None:
        value = self.item.get("day")
        return date.fromisoformat(value) if isinstance(value, str) else None

    @property
    def label(self) -> str:
        """What the item says, from its signed fields only (see :func:`item_text`)."""
        return item_text(self.item)

    def text(self, lang: str = "nl") -> str:
        """The same in the mentor's language (``nl``, ``en`` or ``fr``)."""
        return item_text(self.item, lang)


@dataclass(frozen=True)
class SignRequest:
    created_at: datetime | None
    portfolio_id: str
    learner_name: str  # signed with every item: a request cannot borrow another learner
    portfolio: dict[str, Any]
    mentor: dict[str, Any]  # to whom the student addressed it: name, organisation, sector
    items: tuple[RequestItem, ...] = field(default_factory=tuple)

    @property
    def portfolio_fingerprint(self) -> str:
        """Derived from the signed portfolio id; the pupil's app shows the same code."""
        return portfolio_fingerprint(self.portfolio_id)

    def item(self, item_id: str) -> RequestItem:
        for entry in self.items:
            if entry.id == item_id:
                return entry
        raise KeyError(item_id)

    def period(self) -> tuple[date, date] | None:
        """From the first to the last signed day of the items (never a period the student
        wrote next to them)."""
        days = [entry.day for entry in self.items if entry.day is not None]
        if not days:
            if self.created_at is None:
                return None
            day = clock.local_day(self.created_at)
            return day, day
        return min(days), max(days)


class _Lists:
    """What the app's own lists say about a request's items: activity texts, competence
    titles, the contexts' names and each list's sign-off scale (read once)."""

    def __init__(self) -> None:
        from stageportfolio.services.catalog_cache import load_catalog_cached

        self.activities: dict[str, str] = {}
        self.competences: dict[str, str] = {}
        self.levels: dict[str, tuple[Level, ...]] = {}
        self.contexts: Any = None
        try:
            catalog = load_catalog_cached(paths.user_lists_dir())
        except Exception:  # a broken list folder: items show their ids, never a crash
            return
        self.contexts = catalog.contexts
        for alist in catalog.latest():
            self.levels[alist.spec.id] = tuple(alist.levels)
            for bk, competence in alist.competences():
                self.competences.setdefault(
                    competence.id, f"C{competence.nr} {competence.title} ({bk.title})"
                )
                for activity in competence.activities:
                    self.activities.setdefault(activity.id, activity.text)


_LISTS: _Lists | None = None


def _lists() -> _Lists:
    global _LISTS
    if _LISTS is None:
        _LISTS = _Lists()
    return _LISTS


def item_text(item: dict[str, Any], lang: str = "nl") -> str:
    """One line for a mentor in ``lang``, built only from the item's signed fields (and the
    app's own lists for an activity's text and a context's name)."""
    lists = _lists()
    return words(lang).item_line(
        item,
        contexts=lists.contexts,
        activity_text=lists.activities.get(str(item.get("activity"))),
        competence_title=lists.competences.get(str(item.get("id"))),
    )


def request_levels(request: SignRequest) -> tuple[Level, ...]:
    """The sign-off scale of the request's list (from this app's own lists), or the default
    scale when this app does not have that list."""
    found = _lists().levels.get(str(request.portfolio.get("list_id") or ""))
    return found or DEFAULT_LEVELS


def read_request(source: Path | str | bytes) -> SignRequest:
    """Read and check a sign-off request (a path, or the file's bytes).

    Raises ``RequestError`` with a Dutch message for anything that is not a complete request
    of a version this app knows.
    """
    data, name = _load_request_json(source)
    try:
        parsed = parse(SignRequestFile, data, name, what="aftekenverzoek")
    except FormatError as exc:
        raise RequestError(str(exc)) from exc
    seen: set[tuple[str, str]] = set()
    items = []
    for entry in parsed.items:
        key = (entry.item["kind"], entry.item["id"])
        if key in seen:
            raise RequestError(f"{name}: het item {key[1]} staat twee keer in het verzoek")
        seen.add(key)
        kind = entry.item["kind"]
        proposed = entry.item.get("proposed") if kind == "activity_record" else None
        if kind == "competence":
            proposed = entry.item["level"]
        text = entry.reflection if kind == "activity_record" else entry.note
        items.append(RequestItem(item=entry.item, reflection=text, proposed_level=proposed))
    portfolio = parsed.portfolio
    return SignRequest(
        created_at=parsed.created_at,
        portfolio_id=portfolio.id,
        learner_name=portfolio.name.strip(),
        portfolio=portfolio.model_dump(),
        mentor=parsed.mentor.model_dump(),
        items=tuple(items),
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


# --- signing ----------------------------------------------------------------------------------


def sign_decisions(
    request: SignRequest,
    identity: MentorIdentity,
    passphrase: str,
    decisions: Mapping[str, Decision],
    now: datetime | None = None,
    *,
    record: bool = True,
) -> list[Signature]:
    """Sign the decided items of ``request`` (approved or refused; others are left out).

    Every signature binds the learner's name and the mentor's name. Raises
    ``WrongPassphraseError`` before anything is signed or recorded; ``ValueError`` for a
    decision on an unknown item, an invalid level or a refusal without a reason. When something
    was signed and ``record`` is true, the learner is added to the mentor's learner log. A key
    sealed at an older cost is sealed again at today's cost.
    """
    known = {entry.id for entry in request.items}
    unknown = sorted(set(decisions) - known)
    if unknown:
        raise ValueError(f"geen item met id {', '.join(unknown)} in dit aftekenverzoek")
    for item_id, wanted in decisions.items():
        check_decision(wanted, f"item {item_id}")  # DecisionError (a ValueError)
    # WrongPassphraseError: nothing done yet
    private, upgraded = unseal_and_upgrade(identity.key, passphrase)
    if upgraded is not None:
        identity = MentorIdentity(
            identity.name, identity.organisation, identity.sector, upgraded, identity.created_at
        )
        write_atomically(identity_path(), _json_bytes(identity.to_json()), mode=0o600)
    signed_at = (now or clock.now()).astimezone(UTC).replace(microsecond=0)
    signatures = [
        sign_item(
            entry.item,
            decision,
            private=private,
            portfolio_id=request.portfolio_id,
            learner=request.learner_name,
            signer=identity.name,
            key_fingerprint=identity.fingerprint,
            signed_at=signed_at,
        )
        for entry in request.items
        if (decision := decisions.get(entry.id)) is not None and decision.decided
    ]
    if signatures and record:
        record_learner(request, now=signed_at)
    return signatures


def response_bytes(
    request: SignRequest, identity: MentorIdentity, signatures: Sequence[Signature]
) -> bytes:
    """The sign-off response (JSON bytes, docs/signing.md) carrying ``signatures``: mentor
    mode keeps every signature of a request made in one sitting, so the file saved last
    holds them all."""
    return response_file(
        portfolio_id=request.portfolio_id,
        name=identity.name,
        organisation=identity.organisation,
        sector=identity.sector,
        public_key=identity.public_key,
        signatures=signatures,
    )


def sign_request(
    request: SignRequest,
    identity: MentorIdentity,
    passphrase: str,
    decisions: Mapping[str, Decision],
    now: datetime | None = None,
    *,
    record: bool = True,
) -> bytes:
    """The sign-off response (JSON bytes, docs/signing.md) for the decided items: see
    :func:`sign_decisions`."""
    signatures = sign_decisions(request, identity, passphrase, decisions, now, record=record)
    return response_bytes(request, identity, signatures)


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
    moment = (now or clock.now()).astimezone(UTC).replace(microsecond=0)
    start, end = period or (clock.local_day(moment), clock.local_day(moment))
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


def load_warning(identity: MentorIdentity, request: SignRequest, lang: str = "nl") -> str | None:
    """A warning in ``lang`` when signing ``request`` means guiding more learners at the same
    time (overlapping placement periods) than the identity's sector allows; else ``None``."""
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
    busiest = most_at_once([(r.start, r.end) for r in others] + [period], within=period)
    assert busiest is not None  # the request's own period is within
    best_day, together = busiest
    allowed = limit(identity.sector)
    if together <= allowed:
        return None
    return words(lang).load_warning(
        learner=request.learner_name,
        day=best_day,
        together=together,
        others=sorted(r.name for r in others if r.start <= best_day <= r.end),
        sector=sector_of(identity.sector),
        allowed=allowed,
    )


def describe_item(entry: RequestItem, lang: str = "nl") -> str:
    """One line for a mentor in ``lang``, from the signed fields (see :func:`item_text`)."""
    return entry.text(lang)
