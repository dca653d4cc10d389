"""Every sign-off of one portfolio checked (``core.trust``), from the database or from the
rows of an archive, plus what follows from the checks: the levels that count for the rules and
the hours a mentor confirmed.

The portfolio service (rules), the sign-off service (screens, CLI) and ``verify FILE`` (a PDF or
an archive that is never imported) all build on this, so they can never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from stageportfolio.core import signing
from stageportfolio.core.hours import HourEntry
from stageportfolio.core.trust import (
    Cards,
    Check,
    SignOffRecord,
    Subject,
    TrustAnchor,
    check_signoffs,
    confirmed_targets,
)
from stageportfolio.store import queries
from stageportfolio.store import signing_store as store


@dataclass(frozen=True)
class HourFacts:
    id: str
    day: date
    minutes: int
    context: str
    placement_id: str | None
    placement: str  # the placement's name as shown ("WZC Ter Duinen – Afdeling Zeezicht")


@dataclass(frozen=True)
class RecordFacts:
    id: str
    activity_id: str
    competence_id: str
    proposed_level: int
    day: date
    reflection: str


def hour_item(row: HourFacts, *, version: int = signing.SIGNATURE_VERSION) -> dict[str, Any]:
    return signing.hour_fields(
        entry_id=row.id,
        day=row.day,
        minutes=row.minutes,
        context=row.context,
        placement_id=row.placement_id,
        placement_name=row.placement if version >= 2 else None,
    )


def record_item(record: RecordFacts, level: int) -> dict[str, Any]:
    return signing.activity_fields(
        record_id=record.id,
        activity_id=record.activity_id,
        competence_id=record.competence_id,
        proposed_level=record.proposed_level,
        level=level,
        day=record.day,
        reflection=record.reflection,
    )


@dataclass(frozen=True)
class Loaded:
    """What the checks need of one portfolio, read once."""

    portfolio_id: str
    learner: str
    hours: Mapping[str, HourFacts]
    records: Mapping[str, RecordFacts]
    signoffs: Sequence[SignOffRecord]
    cards: Cards

    def subject(self) -> Subject:
        def current(kind: str, target: str, level: int | None, version: int) -> Any:
            if kind == "hour_entry" and target in self.hours:
                return hour_item(self.hours[target], version=version)
            if kind == "activity_record" and target in self.records and level is not None:
                return record_item(self.records[target], level)
            if kind == "competence" and level is not None:
                return signing.competence_fields(competence_id=target, level=level)
            return None

        return Subject(self.portfolio_id, self.learner, current)

    def check(self, anchors: Sequence[TrustAnchor] | None = None) -> list[Check]:
        return check_signoffs(self.signoffs, self.subject(), self.cards, anchors)


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def record_of(row: Any) -> SignOffRecord:
    """A stored or archived sign-off row as a record to check (the same fields in both)."""
    method = row.method
    if method is None and row.signature is not None:
        method = "key"  # signatures from before schema 0003
    return SignOffRecord(
        id=row.id,
        target_kind=row.target_kind,
        target_id=row.target_id,
        level=row.level,
        signer=row.mentor_name,
        comment=row.comment,
        signed_at=_utc(row.signed_at),
        payload=row.payload,
        signature=row.signature,
        public_key=row.public_key,
        key_fingerprint=row.key_fingerprint,
        method=method,
        decision=row.decision,
        method_data=row.method_data,
    )


def load(session: Any, portfolio_id: str) -> Loaded:
    """From the database."""
    hours = {
        row.id: HourFacts(
            row.id, row.day, row.minutes, row.context, row.placement_id, row.placement
        )
        for row in queries.list_hours(session, portfolio_id=portfolio_id)
    }
    records = {
        r.id: RecordFacts(r.id, r.activity_id, r.competence_id, r.proposed_level, r.day,
                          r.reflection)
        for r in queries.list_records(session, portfolio_id=portfolio_id)
    }  # fmt: skip
    return Loaded(
        portfolio_id=portfolio_id,
        learner=store.learner_name(session, portfolio_id=portfolio_id),
        hours=hours,
        records=records,
        signoffs=[
            record_of(row) for row in store.list_stored_signoffs(session, portfolio_id=portfolio_id)
        ],
        cards=Cards.from_documents(store.vouched_documents(session, portfolio_id=portfolio_id)),
    )


def load_payload(payload: Any) -> Loaded:
    """From a validated archive payload (``store.archive.ArchivePayload``), never imported."""
    placements = {
        p.id: (f"{p.organisation} – {p.unit}" if p.unit else p.organisation)
        for p in payload.placements
    }
    hours = {
        e.id: HourFacts(
            e.id, e.day, e.minutes, e.context, e.placement_id,
            placements.get(e.placement_id, "") if e.placement_id else "",
        )
        for e in payload.hour_entries
    }  # fmt: skip
    records = {
        r.id: RecordFacts(r.id, r.activity_id, r.competence_id, r.proposed_level, r.day,
                          r.reflection)
        for r in payload.activity_records
    }  # fmt: skip
    rows = sorted(payload.signoffs, key=lambda s: (_utc(s.signed_at), s.id))
    return Loaded(
        portfolio_id=payload.portfolio.id,
        learner=payload.portfolio.name,
        hours=hours,
        records=records,
        signoffs=[record_of(row) for row in rows],
        cards=Cards.from_documents(card.document for card in payload.vouched_cards),
    )


# --- what follows from the checks -------------------------------------------------------------


def counting_levels(checks: Iterable[Check], records: Mapping[str, RecordFacts]) -> dict[str, int]:
    """Highest level per competence or activity id, from sign-offs that count (valid
    approvals; trusted ones when the checks had anchors). Nothing else counts for a rule."""
    levels: dict[str, int] = {}
    for check in checks:
        record = check.record
        if not check.counts or record.level is None:
            continue
        if record.target_kind == "activity_record":
            found = records.get(record.target_id)
            if found is None:
                continue
            key = found.activity_id
        elif record.target_kind == "competence":
            key = record.target_id
        else:
            continue
        levels[key] = max(levels.get(key, 0), record.level)
    return levels


def confirmed_hour_ids(checks: Iterable[Check]) -> set[str]:
    """Hour entries with a sign-off that counts now (a change after sign-off undoes it)."""
    return {target for kind, target in confirmed_targets(checks) if kind == "hour_entry"}


def confirmed_entries(checks: Iterable[Check], hours: Mapping[str, HourFacts]) -> list[HourEntry]:
    ids = confirmed_hour_ids(checks)
    return [HourEntry(h.day, h.context, h.minutes) for h in hours.values() if h.id in ids]


@dataclass(frozen=True)
class HourTotals:
    logged: int  # minutes
    confirmed: int  # minutes with a sign-off that counts
    on_paper: int = 0  # of those, confirmed only by a paper sign-off (weaker than a key)

    @property
    def unconfirmed(self) -> int:
        return self.logged - self.confirmed


def hour_totals(checks: Iterable[Check], hours: Mapping[str, HourFacts]) -> HourTotals:
    confirmed = confirmed_targets(checks)
    ids = {target for kind, target in confirmed if kind == "hour_entry"}
    paper = {
        target
        for (kind, target), check in confirmed.items()
        if kind == "hour_entry" and check.method == "paper"
    }
    return HourTotals(
        logged=sum(h.minutes for h in hours.values()),
        confirmed=sum(h.minutes for h in hours.values() if h.id in ids),
        on_paper=sum(h.minutes for h in hours.values() if h.id in paper),
    )
