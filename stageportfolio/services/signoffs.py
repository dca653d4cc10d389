"""Mentor sign-off: what is waiting for a signature, signing on the spot, checking every
signature, and the request / response / mentor-card files of ``docs/signing.md``.

App level (no Qt): the app's screens and the CLI share it. The cryptography is
``core.signing``; the SQL is ``store.signing_store`` and ``store.services``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from stageportfolio.core import signing
from stageportfolio.core.gate import level_problem, moment_problem
from stageportfolio.core.hours import format_hours
from stageportfolio.core.jsonread import JsonFileError, JsonSyntaxError, load_json
from stageportfolio.core.limits import MAX_JSON_FILE_BYTES, size_text
from stageportfolio.core.signing import WeakPassphraseError, WrongPassphraseError
from stageportfolio.fileio import write_atomically
from stageportfolio.services.portfolio import PortfolioService
from stageportfolio.store import queries
from stageportfolio.store import signing_store as store
from stageportfolio.store.db import session_scope

__all__ = [
    "Decision",
    "NoKeyError",
    "PendingItem",
    "ResponseSummary",
    "SignOffFileError",
    "SignOffService",
    "Verification",
    "WeakPassphraseError",
    "WrongPassphraseError",
    "too_many_learners",
]

REQUEST_FORMAT = "stageportfolio-signoff-request"
RESPONSE_FORMAT = "stageportfolio-signoff-response"
CARD_FORMAT = "stageportfolio-mentor-card"
FILE_VERSION = 1
SECTORS = ("social_profit", "local_government")
# How many learners one mentor may guide at the same time, per sector.
MAX_LEARNERS = {"social_profit": 2, "local_government": 3}
SIGNABLE = ("hour_entry", "activity_record")

Status = Literal["valid", "changed", "invalid"]


class SignOffFileError(ValueError):
    """A request, response or mentor-card file that cannot be used; the message is Dutch."""


class NoKeyError(LookupError):
    """The mentor has no key on this laptop yet."""


@dataclass(frozen=True)
class PendingItem:
    kind: str  # "hour_entry" or "activity_record"
    id: str
    label: str
    day: date
    minutes: int | None
    proposed_level: int | None
    reflection: str
    item: dict[str, Any]  # the canonical item; for an activity "level" = the proposed level
    placement: queries.PlacementInfo | None = None


@dataclass(frozen=True)
class Decision:
    kind: str
    id: str
    approve: bool
    level: int | None = None  # the mentor's level for an activity (may correct the proposal)
    comment: str = ""


@dataclass(frozen=True)
class Verification:
    signoff_id: str
    target_kind: str
    target_id: str
    label: str
    mentor_name: str
    fingerprint: str
    code: str
    level: int | None
    signed_at: datetime
    status: Status
    school_verified: bool


@dataclass(frozen=True)
class ResponseSummary:
    added: int
    refused: list[str] = field(default_factory=list)
    already: int = 0


def too_many_learners(sector: str, periods: Sequence[tuple[date, date]]) -> bool:
    """True when, on some day, more learners overlap than one mentor may guide in ``sector``.

    Each period is one learner's (first day, last day), both included. At most 2 at once in
    social profit, 3 in local government.
    """
    limit = MAX_LEARNERS.get(sector, MAX_LEARNERS["social_profit"])
    events: list[tuple[date, int]] = []
    for start, end in periods:
        events.append((start, 1))
        events.append((end + timedelta(days=1), -1))
    current = 0
    # On the same day, a learner leaving is counted before one arriving.
    for _, step in sorted(events, key=lambda event: (event[0], event[1])):
        current += step
        if current > limit:
            return True
    return False


def _dutch_day(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year}"


def _plain(item: Mapping[str, Any]) -> dict[str, Any]:
    """The canonical item as JSON values (ISO dates)."""
    result: dict[str, Any] = json.loads(signing.canonical(item))
    return result


def _read_json(path: Path, what: str) -> Any:
    """A sign-off answer or mentor card file: bounded in size and nesting (core.jsonread)."""
    try:
        if path.stat().st_size > MAX_JSON_FILE_BYTES:
            raise SignOffFileError(
                f"{path}: te groot voor een {what} (hoogstens {size_text(MAX_JSON_FILE_BYTES)})"
            )
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise SignOffFileError(f"{path}: bestand niet gevonden") from exc
    except IsADirectoryError as exc:
        raise SignOffFileError(f"{path}: is een map, geen bestand") from exc
    except OSError as exc:
        raise SignOffFileError(f"{path}: kan niet gelezen worden ({exc.strerror})") from exc
    try:
        return load_json(data, str(path), max_bytes=MAX_JSON_FILE_BYTES)
    except JsonSyntaxError as exc:
        raise SignOffFileError(f"{path}: geen geldig {what} (geen JSON)") from exc
    except JsonFileError as exc:
        raise SignOffFileError(f"{exc}; dit is geen geldig {what}") from exc


def _text(data: Mapping[str, Any], key: str, where: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise SignOffFileError(f"{where}: veld {key!r} ontbreekt of is geen tekst")
    return value


def _checked_key(data: Mapping[str, Any], where: str) -> tuple[str, str]:
    """(public key, fingerprint) from a file, after checking that they belong together."""
    public_key = _text(data, "public_key", where)
    claimed = _text(data, "fingerprint", where)
    try:
        signing.load_public_key(public_key)
    except ValueError as exc:
        raise SignOffFileError(f"{where}: de publieke sleutel is ongeldig") from exc
    if signing.fingerprint(public_key) != claimed:
        raise SignOffFileError(
            f"{where}: de vingerafdruk {claimed} hoort niet bij de publieke sleutel"
        )
    return public_key, claimed


class SignOffService:
    """Sign-offs of one opened portfolio."""

    def __init__(self, service: PortfolioService) -> None:
        self.service = service
        self.portfolio_id = service.info.id
        activities: dict[str, str] = {}
        for _, competence in service.alist.competences():
            for activity in competence.activities:
                activities[activity.id] = activity.text
        self._activity_texts = activities

    def _session(self) -> Any:
        return session_scope(self.service.engine)

    # -- current items ----------------------------------------------------------------------

    def _hour_label(self, row: queries.HourRow) -> str:
        context = self.service.catalog.contexts.label(row.context)
        return f"{format_hours(row.minutes)} uur {context} op {_dutch_day(row.day)}"

    def _record_label(self, record: queries.RecordInfo) -> str:
        text = self._activity_texts.get(record.activity_id, record.activity_id)
        return f"{text} ({_dutch_day(record.day)}, niveau {record.proposed_level})"

    @staticmethod
    def _hour_item(row: queries.HourRow) -> dict[str, Any]:
        return signing.hour_fields(
            entry_id=row.id,
            day=row.day,
            minutes=row.minutes,
            context=row.context,
            placement_id=row.placement_id,
        )

    @staticmethod
    def _record_item(record: queries.RecordInfo, level: int) -> dict[str, Any]:
        return signing.activity_fields(
            record_id=record.id,
            activity_id=record.activity_id,
            competence_id=record.competence_id,
            proposed_level=record.proposed_level,
            level=level,
            day=record.day,
            reflection=record.reflection,
        )

    def _load(
        self, session: Any
    ) -> tuple[dict[str, queries.HourRow], dict[str, queries.RecordInfo]]:
        hours = {row.id: row for row in queries.list_hours(session, portfolio_id=self.portfolio_id)}
        records = {r.id: r for r in queries.list_records(session, portfolio_id=self.portfolio_id)}
        return hours, records

    # -- what still needs a signature -------------------------------------------------------

    def pending(self, mentor_id: str | None = None) -> list[PendingItem]:
        """Hour entries and activity records without a currently valid signature.

        With ``mentor_id``: the hours of that mentor's placements and the activity records
        dated inside those placements' periods.
        """
        signed = {(v.target_kind, v.target_id) for v in self.verify_all() if v.status == "valid"}
        with self._session() as s:
            hours, records = self._load(s)
            placements = queries.list_placements(s, portfolio_id=self.portfolio_id)
        by_id = {p.id: p for p in placements}
        mine = [p for p in placements if mentor_id is not None and p.mentor_id == mentor_id]
        out: list[PendingItem] = []
        for row in hours.values():
            if ("hour_entry", row.id) in signed:
                continue
            placement = by_id.get(row.placement_id) if row.placement_id else None
            if mentor_id is not None and (placement is None or placement.mentor_id != mentor_id):
                continue
            out.append(
                PendingItem(
                    kind="hour_entry",
                    id=row.id,
                    label=self._hour_label(row),
                    day=row.day,
                    minutes=row.minutes,
                    proposed_level=None,
                    reflection=row.note,
                    item=self._hour_item(row),
                    placement=placement,
                )
            )
        for record in records.values():
            if ("activity_record", record.id) in signed:
                continue
            inside = next((p for p in mine if p.start_date <= record.day <= p.end_date), None)
            if mentor_id is not None and inside is None:
                continue
            out.append(
                PendingItem(
                    kind="activity_record",
                    id=record.id,
                    label=self._record_label(record),
                    day=record.day,
                    minutes=None,
                    proposed_level=record.proposed_level,
                    reflection=record.reflection,
                    item=self._record_item(record, record.proposed_level),
                    placement=inside,
                )
            )
        out.sort(key=lambda item: (item.day, item.kind, item.id))
        return out

    # -- a key on this laptop, signing on the spot ------------------------------------------

    def _mentor(self, session: Any, mentor_id: str) -> store.MentorKeys:
        mentor = store.mentor_keys(session, mentor_id=mentor_id)
        if mentor is None:
            raise LookupError(f"onbekende mentor {mentor_id}")
        return mentor

    def has_key(self, mentor_id: str) -> bool:
        with self._session() as s:
            return self._mentor(s, mentor_id).sealed_key is not None

    def create_key(self, mentor_id: str, passphrase: str) -> str:
        """Make a key for the mentor, sealed under their passphrase; returns its fingerprint.

        Raises WeakPassphraseError for a passphrase shorter than 8 characters.
        """
        sealed = signing.new_sealed_key(passphrase)
        with self._session() as s:
            self._mentor(s, mentor_id)
            store.set_mentor_key(
                s, mentor_id=mentor_id, public_key=sealed.public_key, sealed_key=sealed.to_json()
            )
        return signing.fingerprint(sealed.public_key)

    def sign_on_the_spot(
        self, mentor_id: str, passphrase: str, decisions: Sequence[Decision]
    ) -> int:
        """Sign every approved item with the mentor's key; returns how many were signed.

        Raises WrongPassphraseError (nothing stored) when the passphrase does not open the key.
        """
        with self._session() as s:
            mentor = self._mentor(s, mentor_id)
            if mentor.sealed_key is None:
                raise NoKeyError(f"{mentor.name} heeft nog geen sleutel op deze computer")
            sealed = signing.SealedKey.from_json(mentor.sealed_key)
            private = signing.unseal(sealed, passphrase)
            key_fingerprint = signing.fingerprint(sealed.public_key)
            hours, records = self._load(s)
            signed_at = datetime.now(UTC).replace(microsecond=0)
            rows: list[store.NewSignOff] = []
            for decision in decisions:
                if not decision.approve:
                    continue
                level: int | None = None
                if decision.kind == "hour_entry" and decision.id in hours:
                    item = self._hour_item(hours[decision.id])
                elif decision.kind == "activity_record" and decision.id in records:
                    record = records[decision.id]
                    level = decision.level if decision.level is not None else record.proposed_level
                    if level < 1:
                        raise ValueError(f"ongeldig niveau {level}")
                    item = self._record_item(record, level)
                else:
                    raise LookupError(f"onbekend item {decision.kind} {decision.id}")
                message = signing.statement(
                    item,
                    portfolio_id=self.portfolio_id,
                    key_fingerprint=key_fingerprint,
                    signed_at=signed_at,
                    comment=decision.comment,
                )
                rows.append(
                    store.NewSignOff(
                        target_kind=decision.kind,
                        target_id=decision.id,
                        level=level,
                        mentor_id=mentor.id,
                        mentor_name=mentor.name,
                        comment=decision.comment,
                        signed_at=signed_at,
                        payload=message.decode("utf-8"),
                        signature=signing.sign(private, message),
                        key_fingerprint=key_fingerprint,
                        public_key=sealed.public_key,
                    )
                )
            store.add_signoffs(s, portfolio_id=self.portfolio_id, rows=rows)
        return len(rows)

    # -- checking every signature -----------------------------------------------------------

    def _status(
        self,
        row: store.StoredSignOff,
        hours: Mapping[str, queries.HourRow],
        records: Mapping[str, queries.RecordInfo],
    ) -> Status:
        assert row.signature is not None and row.public_key is not None
        key_fingerprint = row.key_fingerprint or ""
        try:
            if signing.fingerprint(row.public_key) != key_fingerprint:
                return "invalid"
        except ValueError:
            return "invalid"
        current: dict[str, Any] | None = None
        if row.target_kind == "hour_entry" and row.target_id in hours:
            current = self._hour_item(hours[row.target_id])
        elif (
            row.target_kind == "activity_record"
            and row.target_id in records
            and row.level is not None
        ):
            current = self._record_item(records[row.target_id], row.level)
        elif row.target_kind == "competence" and row.level is not None:
            current = signing.competence_fields(competence_id=row.target_id, level=row.level)
        if current is not None:
            message = signing.statement(
                current,
                portfolio_id=self.portfolio_id,
                key_fingerprint=key_fingerprint,
                signed_at=row.signed_at,
                comment=row.comment,
            )
            if signing.verify(row.public_key, message, row.signature):
                return "valid"
        # Not valid for the item as it is now: genuine for what was signed, for this very
        # sign-off (same portfolio, item, key, time, comment and level)?
        payload = row.payload or ""
        if not signing.verify(row.public_key, payload.encode("utf-8"), row.signature):
            return "invalid"
        return "changed" if self._payload_matches(row, payload) else "invalid"

    def _payload_matches(self, row: store.StoredSignOff, payload: str) -> bool:
        try:
            signed = json.loads(payload)
            item = json.loads(signed["item"])
            signed_at = datetime.fromisoformat(signed["signed_at"])
        except (ValueError, KeyError, TypeError, RecursionError):  # the student's data
            return False
        if not isinstance(item, dict):
            return False
        expected_level = row.level if row.target_kind != "hour_entry" else None
        return bool(
            signed.get("v") == signing.SIGNATURE_VERSION
            and signed.get("portfolio") == self.portfolio_id
            and signed.get("key") == row.key_fingerprint
            and signed.get("comment") == row.comment
            and signed_at == row.signed_at
            and item.get("kind") == row.target_kind
            and item.get("id") == row.target_id
            and item.get("level") == expected_level
        )

    def _target_label(
        self,
        row: store.StoredSignOff,
        hours: Mapping[str, queries.HourRow],
        records: Mapping[str, queries.RecordInfo],
    ) -> str:
        if row.target_kind == "hour_entry":
            hour = hours.get(row.target_id)
            return self._hour_label(hour) if hour else f"verwijderde urenregel {row.target_id}"
        if row.target_kind == "activity_record":
            record = records.get(row.target_id)
            return (
                self._record_label(record) if record else f"verwijderde activiteit {row.target_id}"
            )
        return f"competentie {row.target_id}"

    def verify_all(self) -> list[Verification]:
        """Every signed sign-off with its status (``docs/signing.md``).

        Confirmations without a signature (typed in before signing existed) are not
        signatures and are left out.
        """
        with self._session() as s:
            rows = store.list_stored_signoffs(s, portfolio_id=self.portfolio_id)
            hours, records = self._load(s)
            vouched = store.card_public_keys(s)
        out = []
        for row in rows:
            if row.signature is None:
                continue
            if row.public_key is None:
                status: Status = "invalid"
            else:
                status = self._status(row, hours, records)
            try:
                code = signing.verification_code(row.signature)
            except ValueError:
                code = "????-????"
            out.append(
                Verification(
                    signoff_id=row.id,
                    target_kind=row.target_kind,
                    target_id=row.target_id,
                    label=self._target_label(row, hours, records),
                    mentor_name=row.mentor_name,
                    fingerprint=row.key_fingerprint or "",
                    code=code,
                    level=row.level,
                    signed_at=row.signed_at,
                    status=status,
                    school_verified=row.public_key is not None and row.public_key in vouched,
                )
            )
        return out

    # -- request and response files ---------------------------------------------------------

    def request_bytes(self, *, mentor_id: str | None = None) -> bytes:
        """The sign-off request (``*.aftekenverzoek.json``) for what is pending."""
        info = self.service.info
        mentor: dict[str, str] = {"name": "", "organisation": "", "sector": "social_profit"}
        if mentor_id is not None:
            with self._session() as s:
                found = self._mentor(s, mentor_id)
            mentor = {
                "name": found.name,
                "organisation": found.organisation,
                "sector": found.sector,
            }
        items = []
        for pending in self.pending(mentor_id):
            placement = pending.placement
            items.append(
                {
                    "item": _plain(pending.item),
                    "label": pending.label,
                    "proposed_level": pending.proposed_level,
                    "reflection": pending.reflection,
                    "placement": None
                    if placement is None
                    else {
                        "organisation": placement.label,
                        "start": placement.start_date.isoformat(),
                        "end": placement.end_date.isoformat(),
                    },
                }
            )
        request = {
            "format": REQUEST_FORMAT,
            "version": FILE_VERSION,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "portfolio": {
                "id": info.id,
                "name": info.name,
                "organisation": info.organisation,
                "list_id": info.list_id,
                "list_version": info.list_version,
                "list_title": self.service.alist.spec.title,
            },
            "mentor": mentor,
            "items": items,
        }
        return json.dumps(request, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"

    def export_request(self, path: Path, *, mentor_id: str | None = None) -> int:
        """Write the request file atomically; returns how many items it asks to sign."""
        data = self.request_bytes(mentor_id=mentor_id)
        write_atomically(path, data)
        return len(json.loads(data)["items"])

    def import_response(self, path: Path) -> ResponseSummary:
        """Store the valid signatures of a response file (``*.aftekening.json``).

        Raises SignOffFileError, storing nothing, when the file itself is unusable or is for
        another portfolio. A signature that does not verify, or whose item changed since
        the request, is refused with its reason.
        """
        data = _read_json(path, "aftekenbestand")
        where = str(path)
        if not isinstance(data, dict) or data.get("format") != RESPONSE_FORMAT:
            raise SignOffFileError(f"{where}: geen aftekenbestand van een mentor")
        if data.get("version") != FILE_VERSION:
            raise SignOffFileError(
                f"{where}: versie {data.get('version')!r} van het aftekenbestand wordt niet "
                "ondersteund; werk de app bij"
            )
        portfolio_id = data.get("portfolio_id")
        if portfolio_id != self.portfolio_id:
            raise SignOffFileError(
                f"{where}: dit aftekenbestand hoort bij een ander portfolio, niet bij het "
                f"portfolio van {self.service.info.name}; er is niets geïmporteerd"
            )
        mentor = data.get("mentor")
        if not isinstance(mentor, dict):
            raise SignOffFileError(f"{where}: de gegevens van de mentor ontbreken")
        name = _text(mentor, "name", f"{where}, mentor").strip()
        organisation = str(mentor.get("organisation") or "")
        sector = mentor.get("sector", "social_profit")
        if not name:
            raise SignOffFileError(f"{where}: de naam van de mentor ontbreekt")
        if sector not in SECTORS:
            raise SignOffFileError(f"{where}: onbekende sector {sector!r}")
        public_key, key_fingerprint = _checked_key(mentor, f"{where}, mentor")
        signatures = data.get("signatures")
        if not isinstance(signatures, list):
            raise SignOffFileError(f"{where}: de lijst met handtekeningen ontbreekt")
        parsed = []
        for number, entry in enumerate(signatures, start=1):
            spot = f"{where}, handtekening {number}"
            if not isinstance(entry, dict) or not isinstance(entry.get("item"), dict):
                raise SignOffFileError(f"{spot}: onvolledig")
            level = entry.get("level")
            if level is not None and (not isinstance(level, int) or isinstance(level, bool)):
                raise SignOffFileError(f"{spot}: het niveau is geen getal")
            try:
                signed_at = datetime.fromisoformat(_text(entry, "signed_at", spot))
            except ValueError as exc:
                raise SignOffFileError(f"{spot}: ongeldig tijdstip van aftekenen") from exc
            if signed_at.tzinfo is None:
                raise SignOffFileError(f"{spot}: het tijdstip van aftekenen heeft geen tijdzone")
            # The gate every way in passes: a known level, a sane and not future moment.
            problem = moment_problem(signed_at.astimezone(UTC), datetime.now(UTC))
            if problem is None and level is not None:
                problem = level_problem(level, [lv.value for lv in self.service.alist.levels])
            if problem is not None:
                raise SignOffFileError(f"{spot}: {problem}")
            parsed.append(
                (
                    entry["item"],
                    level,
                    _text(entry, "comment", spot),
                    signed_at.astimezone(UTC),
                    _text(entry, "signature", spot),
                )
            )

        refused: list[str] = []
        accepted: list[tuple[str, str, int | None, str, datetime, str, str]] = []
        already = 0
        with self._session() as s:
            hours, records = self._load(s)
            known = store.stored_signatures(s, portfolio_id=self.portfolio_id)
            for item, level, comment, signed_at, signature in parsed:
                kind, target = item.get("kind"), item.get("id")
                current: dict[str, Any] | None = None
                label = f"{kind} {target}"
                if kind == "hour_entry" and target in hours:
                    label = self._hour_label(hours[target])
                    current = self._hour_item(hours[target])
                    level = None
                elif kind == "activity_record" and target in records:
                    label = self._record_label(records[target])
                    if isinstance(level, int) and level >= 1 and item.get("level") == level:
                        current = self._record_item(records[target], level)
                    else:
                        refused.append(f"{label}: het niveau klopt niet met wat ondertekend is")
                        continue
                if current is None:
                    refused.append(f"{label}: bestaat niet (meer) in dit portfolio")
                    continue
                if signing.canonical(current) != signing.canonical(item):
                    refused.append(
                        f"{label}: gewijzigd sinds het aftekenverzoek; vraag opnieuw om aftekening"
                    )
                    continue
                message = signing.statement(
                    current,
                    portfolio_id=self.portfolio_id,
                    key_fingerprint=key_fingerprint,
                    signed_at=signed_at,
                    comment=comment,
                )
                if not signing.verify(public_key, message, signature):
                    refused.append(
                        f"{label}: de handtekening klopt niet (het bestand is gewijzigd of "
                        "beschadigd)"
                    )
                    continue
                if signature in known:
                    already += 1
                    continue
                known.add(signature)
                payload = message.decode("utf-8")
                accepted.append((kind, target, level, comment, signed_at, signature, payload))
            if accepted:
                mentor_id, mentor_name = store.find_or_add_mentor(
                    s,
                    portfolio_id=self.portfolio_id,
                    name=name,
                    organisation=organisation,
                    sector=sector,
                    public_key=public_key,
                )
                store.add_signoffs(
                    s,
                    portfolio_id=self.portfolio_id,
                    rows=[
                        store.NewSignOff(
                            target_kind=kind,
                            target_id=target,
                            level=level,
                            mentor_id=mentor_id,
                            mentor_name=mentor_name,
                            comment=comment,
                            signed_at=signed_at,
                            payload=payload,
                            signature=signature,
                            key_fingerprint=key_fingerprint,
                            public_key=public_key,
                        )
                        for kind, target, level, comment, signed_at, signature, payload in accepted
                    ],
                )
        return ResponseSummary(added=len(accepted), refused=refused, already=already)

    # -- mentor cards (the school) ----------------------------------------------------------

    def import_mentor_cards(self, path: Path) -> int:
        """Import one mentor card or a JSON list of them (all or nothing); returns how many."""
        data = _read_json(path, "mentorkaart")
        raw = data if isinstance(data, list) else [data]
        cards = []
        for number, card in enumerate(raw, start=1):
            where = f"{path}, kaart {number}" if isinstance(data, list) else str(path)
            if not isinstance(card, dict) or card.get("format") != CARD_FORMAT:
                raise SignOffFileError(f"{where}: geen mentorkaart")
            if card.get("version") != FILE_VERSION:
                raise SignOffFileError(
                    f"{where}: versie {card.get('version')!r} van de mentorkaart wordt niet "
                    "ondersteund; werk de app bij"
                )
            name = _text(card, "name", where).strip()
            if not name:
                raise SignOffFileError(f"{where}: de naam van de mentor ontbreekt")
            sector = card.get("sector", "social_profit")
            if sector not in SECTORS:
                raise SignOffFileError(f"{where}: onbekende sector {sector!r}")
            public_key, key_fingerprint = _checked_key(card, where)
            cards.append(
                store.CardInfo(
                    name=name,
                    organisation=str(card.get("organisation") or ""),
                    sector=sector,
                    public_key=public_key,
                    fingerprint=key_fingerprint,
                )
            )
        with self._session() as s:
            return store.save_mentor_cards(s, cards=cards)

    def mentor_load_warnings(self, today: date) -> list[str]:
        """Mentors (by name and organisation) with too many learners at once, as far as this
        portfolio can tell: its placements that have not ended before ``today``.

        One portfolio has one learner, so this only fires for overlapping placements with the
        same mentor; mentor mode applies :func:`too_many_learners` to its log of requests.
        """
        with self._session() as s:
            mentors = store.all_mentor_keys(s, portfolio_id=self.portfolio_id)
            placements = queries.list_placements(s, portfolio_id=self.portfolio_id)
        groups: dict[tuple[str, str], tuple[store.MentorKeys, list[tuple[date, date]]]] = {}
        for mentor in mentors:
            key = (mentor.name.strip().casefold(), mentor.organisation.strip().casefold())
            groups.setdefault(key, (mentor, []))
            periods = groups[key][1]
            periods.extend(
                (p.start_date, p.end_date)
                for p in placements
                if p.mentor_id == mentor.id and p.end_date >= today
            )
        warnings = []
        for mentor, periods in groups.values():
            if too_many_learners(mentor.sector, periods):
                limit = MAX_LEARNERS.get(mentor.sector, MAX_LEARNERS["social_profit"])
                warnings.append(
                    f"{mentor.name} begeleidt meer dan {limit} lerenden tegelijk; dat mag niet "
                    "in deze sector"
                )
        return warnings
