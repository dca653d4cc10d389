"""Mentor sign-off in the pupil's portfolio: what waits for a signature, signing on the spot
(approve, or "niet akkoord" with a reason), checking every signature, the request and response
files, and the school-vouched mentor cards (docs/signing.md).

App level (no Qt): the app's screens and the CLI share it. The cryptography is
``core.signing``; the checks are ``core.trust`` through ``services.checks``; the files are
``core.signoff_formats``; the SQL is ``store.signing_store`` and ``store.queries``.

Everything here states facts. Whether a school key is the school's is for a receiver to decide
(``stageportfolio verify FILE --trust SCHOOL.pub``); the pupil's app never says so.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from stageportfolio.core import clock, signing
from stageportfolio.core.gate import level_problem, moment_problem
from stageportfolio.core.hours import format_hours
from stageportfolio.core.jsonread import JsonFileError, JsonSyntaxError, load_json
from stageportfolio.core.limits import MAX_JSON_FILE_BYTES, size_text
from stageportfolio.core.mentorload import limit, sector_of, too_many_learners
from stageportfolio.core.signing import WeakPassphraseError, WrongPassphraseError
from stageportfolio.core.signoff_formats import (
    FILE_VERSION,
    REQUEST_FORMAT,
    FormatError,
    MentorCard,
    RequestEntry,
    RequestMentor,
    RequestPortfolio,
    SignRequestFile,
    SignResponseFile,
    VouchedCard,
    file_bytes,
    parse,
)
from stageportfolio.core.trust import CardFact, Check, TrustAnchor, key_fact
from stageportfolio.fileio import read_at_most, write_atomically
from stageportfolio.services import checks as checking
from stageportfolio.services import sign
from stageportfolio.services.mentor_text import words
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

SIGNABLE = ("hour_entry", "activity_record")


class SignOffFileError(ValueError):
    """A request, response or mentor-card file that cannot be used; the message is Dutch,
    ``en`` the same in English where it was worded (else None: the app shows the Dutch)."""

    def __init__(self, message: str, en: str | None = None) -> None:
        super().__init__(message)
        self.en = en


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
    # The mentor's earlier "niet akkoord" on a previous version of this item, if any.
    refused_reason: str = ""


@dataclass(frozen=True)
class Decision:
    """The mentor's decision on one item of this portfolio (``kind``, ``id``): approve
    (``approve``), refuse (``refuse``, with the reason in ``comment``), or neither (left out).
    What each means for the signature: ``services.sign``."""

    kind: str
    id: str
    approve: bool
    level: int | None = None  # the mentor's level for an activity (may correct the proposal)
    comment: str = ""
    refuse: bool = False

    @property
    def verdict(self) -> sign.Decision:
        return sign.Decision(self.approve, self.level, self.comment, self.refuse)


@dataclass(frozen=True)
class DecidedItem:
    """One decided item (``SignOffService.decided_items``): the canonical item and the
    mentor's decision, and the form every signature method signs (``services.sign``)."""

    kind: str
    id: str
    canonical: dict[str, Any]  # as the student asks it to be signed
    decision: sign.Decision
    item: dict[str, Any]  # as signed: an activity at the mentor's level
    level: int | None
    verdict: signing.Decision
    comment: str


@dataclass(frozen=True)
class Verification:
    """One sign-off as checked: facts for the pupil's app, a verdict only with anchors."""

    signoff_id: str
    target_kind: str
    target_id: str
    label: str
    mentor_name: str  # from the vouched card of the key when there is one, else the claim
    name_confirmed: bool
    signer: str  # the name given with the signature
    fingerprint: str
    code: str
    level: int | None
    signed_at: datetime
    status: str  # valid, changed, history, invalid, unsigned (core.trust)
    decision: str  # approve or refuse
    comment: str
    method: str
    card: CardFact | None
    trusted: bool | None
    reasons: tuple[str, ...]
    fact: str  # "ondertekend met sleutel …; mentorkaart ondertekend door schoolsleutel …"

    @property
    def problem(self) -> bool:
        return self.status in ("changed", "invalid", "unsigned") or self.trusted is False

    @property
    def counts(self) -> bool:
        return self.status == "valid" and self.decision == "approve" and self.trusted is not False


@dataclass(frozen=True)
class ResponseSummary:
    added: int
    refused: list[str] = field(default_factory=list)  # signatures not taken, with the reason
    already: int = 0
    disagreed: int = 0  # "niet akkoord" decisions among the added


def _dutch_day(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year}"


def _plain(item: Mapping[str, Any]) -> dict[str, Any]:
    """The canonical item as JSON values (ISO dates)."""
    result: dict[str, Any] = json.loads(signing.canonical(item))
    return result


def read_json_file(path: Path, what: str, *, max_bytes: int = MAX_JSON_FILE_BYTES) -> Any:
    """A small JSON file the user picked (a sign-off answer, a mentor card), bounded in size
    (``max_bytes``, a limit of core.limits) and nesting (core.jsonread); SignOffFileError
    (Dutch) for anything else."""
    what_en = _WHAT_EN.get(what, what)
    try:
        data = read_at_most(path, max_bytes)
        if len(data) > max_bytes:
            raise SignOffFileError(
                f"{path}: te groot voor een {what} (hoogstens {size_text(max_bytes)})",
                f"{path}: too large for a {what_en} (at most {size_text(max_bytes, 'en')})",
            )
    except FileNotFoundError as exc:
        raise SignOffFileError(f"{path}: bestand niet gevonden", f"{path}: file not found") from exc
    except IsADirectoryError as exc:
        raise SignOffFileError(
            f"{path}: is een map, geen bestand", f"{path}: is a folder, not a file"
        ) from exc
    except OSError as exc:
        raise SignOffFileError(
            f"{path}: kan niet gelezen worden ({exc.strerror})",
            f"{path}: cannot be read ({exc.strerror})",
        ) from exc
    try:
        return load_json(data, str(path), max_bytes=max_bytes)
    except JsonSyntaxError as exc:
        raise SignOffFileError(
            f"{path}: geen geldig {what} (geen JSON)", f"{path}: not a valid {what_en} (no JSON)"
        ) from exc
    except JsonFileError as exc:
        raise SignOffFileError(
            f"{exc}; dit is geen geldig {what}",
            f"{exc.en}; this is not a valid {what_en}" if exc.en else None,
        ) from exc


# The files read_json_file is asked for, in English (the Dutch word is the key).
_WHAT_EN = {"mentorkaart": "mentor card", "aftekenbestand": "sign-off file"}


def _response_signature_ok(entry: Any, mentor: Any, message: bytes) -> bool:
    """A response's signature over ``message``: a mentor key's, or (method ``eid``) the
    card's, whose certificate must also make a qualified signature (``core.eid``)."""
    if entry.method == "key":
        return signing.verify(mentor.public_key, message, entry.signature)
    from stageportfolio.core.trust import METHODS, SignOffRecord

    method = METHODS.get(entry.method)
    record = SignOffRecord(
        id="", target_kind="", target_id="", level=None, signer=mentor.name,
        comment=entry.comment, signed_at=entry.signed_at, payload=message.decode("utf-8"),
        signature=entry.signature, public_key=mentor.public_key,
        key_fingerprint=mentor.fingerprint, method=entry.method, decision=entry.decision,
        method_data=entry.method_data,
    )  # fmt: skip
    flaw = getattr(method, "flaw", None)
    return (
        method is not None
        and method.verify(record, message)
        and (flaw is None or flaw(record) is None)
    )


class Labeller:
    """Plain-language labels of signed items (Dutch, or English with ``lang="en"``; the
    list's own texts stay as the list has them), and checks turned into :class:`Verification`."""

    def __init__(
        self,
        contexts: Any,
        activity_texts: Mapping[str, str],
        competence_titles: Mapping[str, str] | None = None,
        *,
        lang: str = "nl",
    ) -> None:
        self.contexts = contexts
        self.activity_texts = activity_texts
        self.competence_titles = competence_titles or {}
        self.lang = "en" if lang.startswith("en") else "nl"

    @classmethod
    def for_list(cls, alist: Any, contexts: Any, *, lang: str = "nl") -> Labeller:
        texts, titles = {}, {}
        if alist is not None:
            for bk, competence in alist.competences():
                titles[competence.id] = f"C{competence.nr} {competence.title} ({bk.title})"
                for activity in competence.activities:
                    texts[activity.id] = activity.text
        return cls(contexts, texts, titles, lang=lang)

    def hour_label(self, row: checking.HourFacts | queries.HourRow) -> str:
        context = self.contexts.label(row.context, self.lang)
        if self.lang == "en":
            hours = format_hours(row.minutes, decimal_mark=".")
            return f"{hours} h {context} on {_dutch_day(row.day)}"
        return f"{format_hours(row.minutes)} uur {context} op {_dutch_day(row.day)}"

    def record_label(self, record: checking.RecordFacts | queries.RecordInfo) -> str:
        text = self.activity_texts.get(record.activity_id, record.activity_id)
        level = "level" if self.lang == "en" else "niveau"
        return f"{text} ({_dutch_day(record.day)}, {level} {record.proposed_level})"

    def mentor_line(self, item: Mapping[str, Any], lang: str = "nl") -> str:
        """``item`` (its signed fields) as a mentor reads it, in ``lang`` (nl, en or fr)."""
        return words(lang).item_line(
            item,
            contexts=self.contexts,
            activity_text=self.activity_texts.get(str(item.get("activity"))),
            competence_title=self.competence_titles.get(str(item.get("id"))),
        )

    def target_label(self, kind: str, target: str, loaded: checking.Loaded) -> str:
        en = self.lang == "en"
        if kind == "hour_entry":
            hour = loaded.hours.get(target)
            if hour:
                return self.hour_label(hour)
            return f"deleted hour entry {target}" if en else f"verwijderde urenregel {target}"
        if kind == "activity_record":
            record = loaded.records.get(target)
            if record:
                return self.record_label(record)
            return f"deleted activity {target}" if en else f"verwijderde activiteit {target}"
        title = self.competence_titles.get(target, target)
        return f"competence {title}" if en else f"competentie {title}"

    def verifications(self, checks: Sequence[Check], loaded: checking.Loaded) -> list[Verification]:
        out = []
        for check in checks:
            record = check.record
            try:
                code = signing.verification_code(record.signature) if record.signature else "–"
            except ValueError:
                code = "????-????"
            out.append(
                Verification(
                    signoff_id=record.id,
                    target_kind=record.target_kind,
                    target_id=record.target_id,
                    label=self.target_label(record.target_kind, record.target_id, loaded),
                    mentor_name=check.name,
                    name_confirmed=check.name_confirmed,
                    signer=record.signer,
                    fingerprint=check.key_fingerprint,
                    code=code,
                    level=record.level,
                    signed_at=record.signed_at,
                    status=check.status,
                    decision=record.decision,
                    comment=record.comment,
                    method=check.method,
                    card=check.card,
                    trusted=check.trusted,
                    reasons=check.reasons,
                    fact=key_fact(check, self.lang),
                )
            )
        return out


class SignOffService:
    """Sign-offs of one opened portfolio."""

    def __init__(self, service: PortfolioService, *, lang: str = "nl") -> None:
        self.service = service
        self.portfolio_id = service.info.id
        self.labels = Labeller.for_list(service.alist, service.catalog.contexts, lang=lang)

    def _session(self) -> Any:
        return session_scope(self.service.engine)

    def _competences(self) -> set[str]:
        return set(self.service.alist.competence_ids())

    @property
    def portfolio_fingerprint(self) -> str:
        return signing.portfolio_fingerprint(self.portfolio_id)

    def describe(self, item: Mapping[str, Any], lang: str = "nl") -> str:
        """A pending item as the mentor reads it in the sign-off dialog, in ``lang``."""
        return self.labels.mentor_line(item, lang)

    # -- checking every signature -------------------------------------------------------------

    def _loaded(self) -> checking.Loaded:
        with self._session() as s:
            return checking.load(s, self.portfolio_id)

    def verify_all(
        self, anchors: Sequence[TrustAnchor] | None = None, *, include_unsigned: bool = True
    ) -> list[Verification]:
        """Every sign-off with its status (``docs/signing.md``), oldest first.

        Without ``anchors``: facts only (``trusted`` is None). Unsigned rows (confirmations
        from before signing existed) are listed as ``unsigned``: they never count.
        """
        loaded = self._loaded()
        found = self.labels.verifications(loaded.check(anchors), loaded)
        return [v for v in found if include_unsigned or v.status != "unsigned"]

    def hour_totals(self) -> checking.HourTotals:
        """Minutes logged, and minutes with a valid mentor signature (changed ones do not)."""
        loaded = self._loaded()
        return checking.hour_totals(loaded.check(), loaded.hours)

    # -- what still needs a signature -------------------------------------------------------

    def pending(self, mentor_id: str | None = None) -> list[PendingItem]:
        """Hour entries and activity records without a current decision of a mentor.

        An item counts as decided when a valid signature approves or refuses it as it is now;
        an item the mentor refused comes back once the student changed it (a new version).
        With ``mentor_id``: the hours of that mentor's placements and the activity records
        dated inside those placements' periods.
        """
        loaded = self._loaded()
        decided: set[tuple[str, str]] = set()
        refused: dict[tuple[str, str], str] = {}
        for check in loaded.check():
            key = (check.record.target_kind, check.record.target_id)
            if check.status == "valid":
                decided.add(key)
            elif check.status == "history" and check.record.decision == "refuse":
                refused[key] = check.record.comment
        with self._session() as s:
            hours = queries.list_hours(s, portfolio_id=self.portfolio_id)
            placements = queries.list_placements(s, portfolio_id=self.portfolio_id)
        by_id = {p.id: p for p in placements}
        mine = [p for p in placements if mentor_id is not None and p.mentor_id == mentor_id]
        out: list[PendingItem] = []
        for row in hours:
            if ("hour_entry", row.id) in decided:
                continue
            placement = by_id.get(row.placement_id) if row.placement_id else None
            if mentor_id is not None and (placement is None or placement.mentor_id != mentor_id):
                continue
            facts = loaded.hours[row.id]
            out.append(
                PendingItem(
                    kind="hour_entry",
                    id=row.id,
                    label=self.labels.hour_label(row),
                    day=row.day,
                    minutes=row.minutes,
                    proposed_level=None,
                    reflection=row.note,
                    item=checking.hour_item(facts),
                    placement=placement,
                    refused_reason=refused.get(("hour_entry", row.id), ""),
                )
            )
        for record in loaded.records.values():
            if ("activity_record", record.id) in decided:
                continue
            inside = next((p for p in mine if p.start_date <= record.day <= p.end_date), None)
            if mentor_id is not None and inside is None:
                continue
            out.append(
                PendingItem(
                    kind="activity_record",
                    id=record.id,
                    label=self.labels.record_label(record),
                    day=record.day,
                    minutes=None,
                    proposed_level=record.proposed_level,
                    reflection=record.reflection,
                    item=checking.record_item(record, record.proposed_level),
                    placement=inside,
                    refused_reason=refused.get(("activity_record", record.id), ""),
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

        Raises WeakPassphraseError (with a Dutch hint) for a passphrase that is easy to guess.
        The key stays "niet bevestigd" until a school vouches for its card
        (:meth:`mentor_card`), since anyone at this laptop could have typed the mentor's name.
        """
        with self._session() as s:
            mentor = self._mentor(s, mentor_id)
        sealed = signing.new_sealed_key(
            passphrase, user_inputs=(mentor.name, mentor.organisation, self.service.info.name)
        )
        with self._session() as s:
            store.set_mentor_key(
                s, mentor_id=mentor_id, public_key=sealed.public_key, sealed_key=sealed.to_json()
            )
        return signing.fingerprint(sealed.public_key)

    def mentor_card(self, mentor_id: str) -> dict[str, Any]:
        """The mentor card of a key made on this laptop, for the mentor to hand to the school
        (``*.mentorkaart.json``). Only the public key: the sealed key stays here."""
        with self._session() as s:
            mentor = self._mentor(s, mentor_id)
        if mentor.sealed_key is None or mentor.public_key is None:
            raise NoKeyError(f"{mentor.name} heeft nog geen sleutel op deze computer")
        card = MentorCard(
            format="stageportfolio-mentor-card",
            version=1,
            name=mentor.name,
            organisation=mentor.organisation,
            sector=sector_of(mentor.sector),
            public_key=mentor.public_key,
            fingerprint=signing.fingerprint(mentor.public_key),
        )
        return card.model_dump()

    def sign_on_the_spot(
        self, mentor_id: str, passphrase: str, decisions: Sequence[Decision]
    ) -> int:
        """Sign every decided item with the mentor's key (approve, or niet akkoord with a
        reason); returns how many were signed.

        Raises WrongPassphraseError (nothing stored) when the passphrase does not open the key,
        ValueError for a refusal without a reason or a bad level. A key sealed at an older
        cost is sealed again at today's cost.
        """
        loaded, decided = self.decided_items(decisions)  # DecisionError: nothing signed
        with self._session() as s:
            mentor = self._mentor(s, mentor_id)
            if mentor.sealed_key is None:
                raise NoKeyError(f"{mentor.name} heeft nog geen sleutel op deze computer")
            sealed = signing.SealedKey.from_json(mentor.sealed_key)
        private, upgraded = signing.unseal_and_upgrade(sealed, passphrase)
        key_fingerprint = signing.fingerprint(sealed.public_key)
        signed_at = clock.now().replace(microsecond=0)
        rows: list[store.NewSignOff] = []
        for entry in decided:
            signed = sign.sign_item(
                entry.canonical,
                entry.decision,
                private=private,
                portfolio_id=self.portfolio_id,
                learner=loaded.learner,
                signer=mentor.name,
                key_fingerprint=key_fingerprint,
                signed_at=signed_at,
            )
            rows.append(
                store.NewSignOff(
                    target_kind=entry.kind,
                    target_id=entry.id,
                    level=signed.level,
                    mentor_id=mentor.id,
                    mentor_name=mentor.name,
                    comment=signed.comment,
                    signed_at=signed_at,
                    payload=signed.statement.decode("utf-8"),
                    signature=signed.signature,
                    key_fingerprint=key_fingerprint,
                    public_key=sealed.public_key,
                    decision=signed.decision,
                )
            )
        with self._session() as s:
            store.add_signoffs(s, portfolio_id=self.portfolio_id, rows=rows)
            if upgraded is not None:
                store.set_sealed_key(s, mentor_id=mentor_id, sealed_key=upgraded.to_json())
        return len(rows)

    def decided_items(
        self, decisions: Sequence[Decision]
    ) -> tuple[checking.Loaded, list[DecidedItem]]:
        """Each approved or refused item of this portfolio, with the form it will be signed in;
        items neither approved nor refused are left out. DecisionError (naming the item) for a
        refusal without a reason or a bad level, LookupError for an unknown item. Every
        signature method (key, eID) signs these."""
        loaded = self._loaded()
        out: list[DecidedItem] = []
        for decision in decisions:
            if not decision.verdict.decided:
                continue
            if decision.kind == "hour_entry" and decision.id in loaded.hours:
                label = self.labels.hour_label(loaded.hours[decision.id])
                item = checking.hour_item(loaded.hours[decision.id])
            elif decision.kind == "activity_record" and decision.id in loaded.records:
                record = loaded.records[decision.id]
                label = self.labels.record_label(record)
                item = checking.record_item(record, record.proposed_level)
            else:
                raise LookupError(f"onbekend item {decision.kind} {decision.id}")
            sign.check_decision(decision.verdict, label)
            form = sign.signed_form(item, decision.verdict)
            out.append(
                DecidedItem(
                    decision.kind, decision.id, item, decision.verdict,
                    form.item, form.level, form.decision, form.comment,
                )
            )  # fmt: skip
        return loaded, out

    def add_signed(self, rows: Sequence[store.NewSignOff]) -> None:
        """Store sign-offs another method made (eID, paper); they are checked like any."""
        with self._session() as s:
            store.add_signoffs(s, portfolio_id=self.portfolio_id, rows=rows)

    # -- request and response files ---------------------------------------------------------

    def request_bytes(self, *, mentor_id: str | None = None, now: datetime | None = None) -> bytes:
        """The sign-off request (``*.aftekenverzoek.json``, version 2) for what is pending.

        The mentor's app shows each item from its signed fields, never from text the student
        wrote; an hour entry's note and an activity's reflection go along as plain text.
        With nothing pending the request asks nothing (the mentor's app refuses it as empty).
        """
        info = self.service.info
        mentor = RequestMentor()
        if mentor_id is not None:
            with self._session() as s:
                found = self._mentor(s, mentor_id)
            mentor = RequestMentor(
                name=found.name, organisation=found.organisation, sector=found.sector
            )
        items = [
            RequestEntry(
                item=_plain(pending.item),
                reflection=pending.reflection if pending.kind == "activity_record" else "",
                note=pending.reflection if pending.kind == "hour_entry" else "",
            )
            for pending in self.pending(mentor_id)
        ]
        # Checked as the mentor's app reads it; only an empty request (which the model refuses:
        # there is nothing to sign) is built unchecked.
        build = SignRequestFile if items else SignRequestFile.model_construct
        request = build(
            format=REQUEST_FORMAT,
            version=FILE_VERSION,
            created_at=(now or clock.now()).replace(microsecond=0),
            portfolio=RequestPortfolio(
                id=info.id,
                name=info.name,
                fingerprint=self.portfolio_fingerprint,
                organisation=info.organisation,
                list_id=info.list_id,
                list_version=info.list_version,
                list_title=self.service.alist.spec.title,
            ),
            mentor=mentor,
            items=items,
        )
        return file_bytes(request)

    def export_request(self, path: Path, *, mentor_id: str | None = None) -> int:
        """Write the request file atomically; returns how many items it asks to sign."""
        data = self.request_bytes(mentor_id=mentor_id)
        write_atomically(path, data)
        return len(json.loads(data)["items"])

    def import_response(self, path: Path, *, now: datetime | None = None) -> ResponseSummary:
        """Store the valid signatures of a response file (``*.aftekening.json``).

        ``now`` (default: the clock) is the moment no signature may lie after (the gate
        every way in passes: a sane moment, not in the future, a known level).

        Raises SignOffFileError, storing nothing, when the file itself is unusable or is for
        another portfolio. A signature that does not verify (an edited item, name, comment,
        key or learner), or whose item changed since the request, is refused with its reason.
        """
        where = str(path)
        try:
            response = parse(
                SignResponseFile, read_json_file(path, "aftekenbestand"), where,
                what="aftekenbestand",
            )  # fmt: skip
        except FormatError as exc:
            raise SignOffFileError(str(exc)) from exc
        if response.portfolio_id != self.portfolio_id:
            raise SignOffFileError(
                f"{where}: dit aftekenbestand hoort bij een ander portfolio, niet bij het "
                f"portfolio van {self.service.info.name}; er is niets geïmporteerd"
            )
        # The gate every way in passes: a sane moment, not in the future, a known level.
        levels = [lv.value for lv in self.service.alist.levels]
        now = now or clock.now()
        for number, entry in enumerate(response.signatures, start=1):
            problem = moment_problem(entry.signed_at, now)
            if problem is None and entry.level is not None:
                problem = level_problem(entry.level, levels)
            if problem is not None:
                raise SignOffFileError(f"{where}, handtekening {number}: {problem}")
        mentor = response.mentor
        loaded = self._loaded()
        refused: list[str] = []
        accepted: list[store.NewSignOff] = []
        already = disagreed = 0
        # One eID signature covers several items (one PIN): known by signature and item.
        known = {(r.signature, r.target_kind, r.target_id) for r in loaded.signoffs}
        for entry in response.signatures:
            item = entry.item
            kind, target = item["kind"], item["id"]
            current: dict[str, Any] | None = None
            label = f"{kind} {target}"
            level: int | None = None
            if kind == "hour_entry" and target in loaded.hours:
                label = self.labels.hour_label(loaded.hours[target])
                current = checking.hour_item(loaded.hours[target])
            elif kind == "activity_record" and target in loaded.records:
                record = loaded.records[target]
                label = self.labels.record_label(record)
                level = entry.level
                if level is None or level < 1 or item.get("level") != level:
                    refused.append(f"{label}: het niveau klopt niet met wat ondertekend is")
                    continue
                current = checking.record_item(record, level)
            elif kind == "competence" and target in self._competences():
                label = f"competentie {target}"
                level = entry.level
                if level is None or level < 1 or item.get("level") != level:
                    refused.append(f"{label}: het niveau klopt niet met wat ondertekend is")
                    continue
                current = signing.competence_fields(competence_id=target, level=level)
            if current is None:
                refused.append(f"{label}: bestaat niet (meer) in dit portfolio")
                continue
            if signing.canonical(current) != signing.canonical(item):
                refused.append(
                    f"{label}: ondertekend voor andere inhoud dan wat nu in het portfolio staat "
                    "(gewijzigd sinds het aftekenverzoek, of het verzoek was vervalst); vraag "
                    "opnieuw om aftekening"
                )
                continue
            message = signing.statement(
                current,
                portfolio_id=self.portfolio_id,
                learner=loaded.learner,
                signer=mentor.name,
                key_fingerprint=mentor.fingerprint,
                signed_at=entry.signed_at,
                comment=entry.comment,
                decision=entry.decision,
                method=entry.method,
            )
            if not _response_signature_ok(entry, mentor, message):
                refused.append(
                    f"{label}: de handtekening klopt niet (het bestand is gewijzigd, of het "
                    f"verzoek noemde een andere leerling dan {loaded.learner})"
                )
                continue
            if entry.decision == "refuse" and not entry.comment.strip():
                refused.append(f"{label}: ‘niet akkoord’ zonder reden")
                continue
            if (entry.signature, kind, target) in known:
                already += 1
                continue
            known.add((entry.signature, kind, target))
            disagreed += entry.decision == "refuse"
            accepted.append(
                store.NewSignOff(
                    target_kind=kind,
                    target_id=target,
                    level=level,
                    mentor_id=None,
                    mentor_name=mentor.name,
                    comment=entry.comment,
                    signed_at=entry.signed_at,
                    payload=message.decode("utf-8"),
                    signature=entry.signature,
                    key_fingerprint=mentor.fingerprint,
                    public_key=mentor.public_key,
                    method=entry.method,
                    decision=entry.decision,
                    method_data=entry.method_data,
                )
            )
        if accepted:
            with self._session() as s:
                mentor_id, _ = store.find_or_add_mentor(
                    s,
                    portfolio_id=self.portfolio_id,
                    name=mentor.name,
                    organisation=mentor.organisation,
                    sector=mentor.sector,
                    public_key=mentor.public_key,
                )
                rows = [dataclasses.replace(row, mentor_id=mentor_id) for row in accepted]
                store.add_signoffs(s, portfolio_id=self.portfolio_id, rows=rows)
        return ResponseSummary(
            added=len(accepted), refused=refused, already=already, disagreed=disagreed
        )

    # -- mentor cards vouched for by a school ----------------------------------------------

    def import_mentor_cards(self, path: Path) -> int:
        """Keep vouched mentor cards (one, or a JSON list; all or nothing); returns how many
        are new. They travel in the archive and the PDF; what they prove is decided by a
        receiver's trusted school keys, never here."""
        data = read_json_file(path, "mentorkaart")
        raw = data if isinstance(data, list) else [data]
        cards: list[tuple[str, str]] = []
        for number, card in enumerate(raw, start=1):
            where = f"{path}, kaart {number}" if isinstance(data, list) else str(path)
            if isinstance(card, dict) and card.get("format") == "stageportfolio-mentor-card":
                raise SignOffFileError(
                    f"{where}: deze mentorkaart is niet ondertekend door een school. Een kaart "
                    "die je zelf inleest, bewijst niets: bezorg ze aan je school; de school "
                    "controleert ze bij de mentor en geeft je de bevestigde kaart terug "
                    "(stageportfolio school-vouch)."
                )
            try:
                vouched = parse(VouchedCard, card, where, what="bevestigde mentorkaart")
            except FormatError as exc:
                raise SignOffFileError(str(exc)) from exc
            if not vouched.school_signature_ok():
                raise SignOffFileError(
                    f"{where}: de handtekening van de school op deze mentorkaart klopt niet "
                    "(de kaart is gewijzigd)"
                )
            document = json.dumps(card, ensure_ascii=False, sort_keys=True)
            cards.append((vouched.card.public_key, document))
        added = 0
        with self._session() as s:
            for public_key, document in cards:
                added += store.add_vouched_card(
                    s, portfolio_id=self.portfolio_id, public_key=public_key, document=document
                )
        return added

    def cards(self) -> list[CardFact]:
        """The vouched mentor cards of this portfolio, as facts (school keys not judged)."""
        from stageportfolio.core.trust import best_card

        loaded = self._loaded()
        today = clock.today()
        found = [best_card(cards, today, None) for cards in loaded.cards.by_key.values()]
        return [card for card in found if card is not None]

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
                warnings.append(
                    f"{mentor.name} begeleidt meer dan {limit(mentor.sector)} lerenden tegelijk; "
                    "dat mag niet in deze sector"
                )
        return warnings
