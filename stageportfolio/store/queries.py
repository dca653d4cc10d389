"""Services on the portfolio database: keyword-only functions that take a session and return
plain objects. This module (with its siblings in ``store``) is the only code that writes SQL."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import delete, func, select
from sqlmodel import Session, col

from stageportfolio.core import hours as core_hours
from stageportfolio.core.schedule import Schedule
from stageportfolio.store.models import (
    ActivityRecord,
    Evidence,
    EvidenceLink,
    HourEntry,
    Mentor,
    Placement,
    Portfolio,
    SignOff,
    new_id,
    utcnow,
)


class NoPortfolioError(LookupError):
    """There is no portfolio yet in this data folder."""


@dataclass(frozen=True)
class PortfolioInfo:
    id: str
    role: str
    name: str
    organisation: str
    programme: str
    list_id: str
    list_version: int
    school_year: str


@dataclass(frozen=True)
class PlacementInfo:
    id: str
    organisation: str
    unit: str
    context: str
    mentor_id: str | None
    start_date: date
    end_date: date
    usual_weekdays: str = ""  # ISO weekday digits, "" when no schedule was given
    usual_minutes: int = 0

    @property
    def label(self) -> str:
        return f"{self.organisation} – {self.unit}" if self.unit else self.organisation

    @property
    def schedule(self) -> Schedule:
        return Schedule.from_stored(self.usual_weekdays, self.usual_minutes)


class HourRow(NamedTuple):
    """One row of the hours table (a tuple: 100,000 of them are built in a fraction of the
    time frozen dataclasses take)."""

    id: str
    day: date
    minutes: int
    context: str
    placement_id: str | None
    placement: str
    mentor: str
    note: str


@dataclass(frozen=True)
class ImportRow:
    day: date
    context: str
    minutes: int
    placement: str | None = None
    note: str | None = None
    mentor: str | None = None
    placement_id: str | None = None  # when known (the app); else looked up by name


@dataclass(frozen=True)
class ImportResult:
    added: int
    skipped: int
    ids: tuple[str, ...] = ()
    placements_added: int = 0


def _info(row: Portfolio) -> PortfolioInfo:
    return PortfolioInfo(
        id=row.id,
        role=row.role,
        name=row.name,
        organisation=row.organisation,
        programme=row.programme,
        list_id=row.list_id,
        list_version=row.list_version,
        school_year=row.school_year,
    )


# --- portfolio --------------------------------------------------------------------------


def create_portfolio(
    session: Session,
    *,
    role: str,
    name: str,
    list_id: str,
    list_version: int,
    organisation: str = "",
    programme: str = "",
    school_year: str = "",
) -> PortfolioInfo:
    row = Portfolio(
        role=role,
        name=name,
        organisation=organisation,
        programme=programme,
        list_id=list_id,
        list_version=list_version,
        school_year=school_year,
    )
    session.add(row)
    session.flush()
    return _info(row)


def find_portfolio(session: Session) -> PortfolioInfo | None:
    """The portfolio of this data folder (the oldest, should there be several)."""
    query = select(Portfolio).order_by(col(Portfolio.created_at)).limit(1)
    row = session.execute(query).scalars().first()
    return _info(row) if row is not None else None


def current_portfolio(session: Session) -> PortfolioInfo:
    found = find_portfolio(session)
    if found is None:
        raise NoPortfolioError("er is nog geen portfolio")
    return found


def set_portfolio_list(
    session: Session, *, portfolio_id: str, list_id: str, list_version: int, programme: str
) -> PortfolioInfo:
    """Pin the portfolio to another list (a new studierichting); nothing else changes."""
    row = session.get(Portfolio, portfolio_id)
    if row is None:
        raise NoPortfolioError("er is nog geen portfolio")
    row.list_id, row.list_version, row.programme = list_id, list_version, programme
    row.updated_at = utcnow()
    session.add(row)
    session.flush()
    return _info(row)


def erase_portfolios(session: Session) -> int:
    """Delete every portfolio and everything in it (the owner's right to erase)."""
    count = session.scalar(select(func.count()).select_from(Portfolio)) or 0
    for table in (EvidenceLink, SignOff, Evidence, ActivityRecord, HourEntry, Placement, Mentor):
        session.execute(delete(table))
    session.execute(delete(Portfolio))
    return int(count)


# --- mentors and placements ---------------------------------------------------------------


def add_mentor(
    session: Session,
    *,
    portfolio_id: str,
    name: str,
    organisation: str = "",
    sector: str = "social_profit",
    email: str = "",
) -> str:
    row = Mentor(
        portfolio_id=portfolio_id, name=name, organisation=organisation, sector=sector, email=email
    )
    session.add(row)
    session.flush()
    return row.id


def add_placement(
    session: Session,
    *,
    portfolio_id: str,
    organisation: str,
    context: str,
    start_date: date,
    end_date: date,
    unit: str = "",
    mentor_id: str | None = None,
    usual_weekdays: str = "",
    usual_minutes: int = 0,
) -> str:
    row = Placement(
        portfolio_id=portfolio_id,
        organisation=organisation,
        unit=unit,
        context=context,
        start_date=start_date,
        end_date=end_date,
        mentor_id=mentor_id,
        usual_weekdays=usual_weekdays,
        usual_minutes=usual_minutes,
    )
    session.add(row)
    session.flush()
    return row.id


def list_placements(session: Session, *, portfolio_id: str) -> list[PlacementInfo]:
    rows = session.execute(
        select(Placement)
        .where(col(Placement.portfolio_id) == portfolio_id)
        .order_by(col(Placement.start_date))
    ).scalars()
    return [
        PlacementInfo(
            id=p.id,
            organisation=p.organisation,
            unit=p.unit,
            context=p.context,
            mentor_id=p.mentor_id,
            start_date=p.start_date,
            end_date=p.end_date,
            usual_weekdays=p.usual_weekdays,
            usual_minutes=p.usual_minutes,
        )
        for p in rows
    ]


def placement_periods(session: Session, *, portfolio_id: str) -> list[core_hours.Period]:
    return [
        core_hours.Period(p.context, p.start_date, p.end_date)
        for p in list_placements(session, portfolio_id=portfolio_id)
    ]


# --- hours ------------------------------------------------------------------------------


def import_key(row: ImportRow, occurrence: int) -> str:
    """Identity of an imported row: the same row imported again is recognised and skipped.

    ``occurrence`` tells apart identical rows within one file (two equal shifts on one day).
    """
    text = "\x1f".join(
        [
            row.day.isoformat(),
            row.context,
            str(row.minutes),
            (row.placement or "").strip().casefold(),
            (row.note or "").strip(),
            str(occurrence),
        ]
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def import_keys(rows: Sequence[ImportRow]) -> list[str]:
    """The import key of each row, identical rows of one file numbered in file order."""
    seen: Counter[tuple[date, str, int, str, str]] = Counter()
    keys = []
    for row in rows:
        identity = (
            row.day,
            row.context,
            row.minutes,
            (row.placement or "").strip().casefold(),
            (row.note or "").strip(),
        )
        seen[identity] += 1
        keys.append(import_key(row, seen[identity]))
    return keys


def _identity(
    day: date, context: str, minutes: int, placement: str | None, note: str | None
) -> tuple[date, str, int, str | None, str]:
    return (day, context, minutes, placement, (note or "").strip())


def already_there(
    session: Session,
    *,
    portfolio_id: str,
    rows: Sequence[ImportRow],
    placements_by_name: dict[str, str] | None = None,
    keys: Sequence[str] | None = None,
) -> list[bool]:
    """For each row, in order: is it in the portfolio already, whichever way it came in?

    A row is there when it was imported before (its import key is stored; an entry edited
    since is the student's own and keeps no key), or when an entry with the same day,
    context, minutes, placement and note is stored that no other row of ``rows`` accounts for
    (typed by hand, or imported from another file). Identical rows of one file are separate
    shifts: n equal rows with m equal entries stored leave n - m that are not there. A row
    naming a placement that does not exist (no ``placement_id``, no match in
    ``placements_by_name``) is there only by its import key. ``keys`` are the rows'
    :func:`import_keys` when the caller has them already.
    """
    lookup = placements_by_name or {}
    if keys is None:
        keys = import_keys(rows)
    stored_keys: set[str] = set()
    for start in range(0, len(keys), 900):  # SQLite's bound-parameter limit
        stored_keys.update(
            session.execute(
                select(col(HourEntry.import_key)).where(
                    col(HourEntry.portfolio_id) == portfolio_id,
                    col(HourEntry.import_key).in_(keys[start : start + 900]),
                )
            ).scalars()
        )
    days = sorted({row.day for row, key in zip(rows, keys, strict=True) if key not in stored_keys})
    stored: Counter[tuple[date, str, int, str | None, str]] = Counter()
    for start in range(0, len(days), 900):
        for day, context, minutes, placement_id, note, key in session.execute(
            select(
                col(HourEntry.day),
                col(HourEntry.context),
                col(HourEntry.minutes),
                col(HourEntry.placement_id),
                col(HourEntry.note),
                col(HourEntry.import_key),
            ).where(
                col(HourEntry.portfolio_id) == portfolio_id,
                col(HourEntry.day).in_(days[start : start + 900]),
            )
        ):
            if key is None or key not in stored_keys:  # not the counterpart of a keyed row
                stored[_identity(day, context, minutes, placement_id, note)] += 1
    there = []
    for row, key in zip(rows, keys, strict=True):
        if key in stored_keys:
            there.append(True)
            continue
        name = (row.placement or "").strip().casefold()
        # An unknown placement is no stored id: such a row matches no entry by its content.
        placement = row.placement_id or lookup.get(name) or (f"\x00{name}" if name else None)
        identity = _identity(row.day, row.context, row.minutes, placement, row.note)
        if stored[identity] > 0:
            stored[identity] -= 1
            there.append(True)
        else:
            there.append(False)
    return there


def import_hours(
    session: Session,
    *,
    portfolio_id: str,
    rows: Sequence[ImportRow],
    placements_by_name: dict[str, str] | None = None,
    there: Sequence[bool] | None = None,
    keys: Sequence[str] | None = None,
) -> ImportResult:
    """Add the rows that are not there yet (:func:`already_there`), in the caller's
    transaction (all or nothing).

    ``placements_by_name`` maps a folded placement name to its id, to link rows that name a
    placement but carry no ``placement_id``. ``there`` is what :func:`already_there` said
    about ``rows`` in this transaction, when the caller asked it already; ``keys`` their
    :func:`import_keys`.
    """
    lookup = placements_by_name or {}
    if keys is None:
        keys = import_keys(rows)
    if there is None:
        there = already_there(
            session, portfolio_id=portfolio_id, rows=rows, placements_by_name=lookup, keys=keys
        )
    # Straight to the driver in one executemany of plain tuples: the ORM unit of work is
    # ~20x slower for large imports, and even a Core insert builds parameters row by row.
    # The values are stored as the column types store them (their bind processors).
    table = HourEntry.__table__  # type: ignore[attr-defined]
    dialect = session.get_bind().dialect
    as_day = _bind(table.c.day.type, dialect)
    created = _bind(table.c.created_at.type, dialect)(utcnow())
    fresh = [
        (
            new_id(),
            portfolio_id,
            row.placement_id or lookup.get((row.placement or "").strip().casefold()),
            as_day(row.day),
            row.minutes,
            row.context,
            row.note or "",
            key,
            created,
        )
        for key, row, skip in zip(keys, rows, there, strict=True)
        if not skip
    ]
    if fresh:
        session.connection().exec_driver_sql(_INSERT_HOUR_ENTRY, fresh)
    return ImportResult(
        added=len(fresh),
        skipped=len(rows) - len(fresh),
        ids=tuple(row[0] for row in fresh),
    )


_INSERT_HOUR_ENTRY = (
    "INSERT INTO hour_entry (id, portfolio_id, placement_id, day, minutes, context, note, "
    "import_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _bind(kind: Any, dialect: Any) -> Callable[[Any], Any]:
    """How a column type stores a value on this dialect (as a Core insert would)."""
    return kind.dialect_impl(dialect).bind_processor(dialect) or _same


def _same(value: Any) -> Any:
    return value


def add_hour_entry(
    session: Session,
    *,
    portfolio_id: str,
    day: date,
    minutes: int,
    context: str,
    placement_id: str | None = None,
    note: str = "",
) -> str:
    row = HourEntry(
        portfolio_id=portfolio_id,
        day=day,
        minutes=minutes,
        context=context,
        placement_id=placement_id,
        note=note,
    )
    session.add(row)
    session.flush()
    return row.id


def list_hours(
    session: Session,
    *,
    portfolio_id: str,
    month: tuple[int, int] | None = None,
    placement_id: str | None = None,
) -> list[HourRow]:
    """Hour entries in date order, optionally of one (year, month) or one placement."""
    # Plain columns, not ORM objects: the hours table loads 100,000 rows through this.
    query = (
        select(
            col(HourEntry.id),
            col(HourEntry.day),
            col(HourEntry.minutes),
            col(HourEntry.context),
            col(HourEntry.placement_id),
            col(Placement.organisation),
            col(Placement.unit),
            col(Mentor.name),
            col(HourEntry.note),
        )
        .outerjoin(Placement, col(Placement.id) == col(HourEntry.placement_id))
        .outerjoin(Mentor, col(Mentor.id) == col(Placement.mentor_id))
        .where(col(HourEntry.portfolio_id) == portfolio_id)
    )
    if month is not None:
        year, number = month
        first = date(year, number, 1)
        after = date(year + number // 12, number % 12 + 1, 1)
        query = query.where(col(HourEntry.day) >= first, col(HourEntry.day) < after)
    if placement_id is not None:
        query = query.where(col(HourEntry.placement_id) == placement_id)
    query = query.order_by(col(HourEntry.day), col(HourEntry.created_at))
    return [
        HourRow(
            id=entry_id,
            day=day,
            minutes=minutes,
            context=context,
            placement_id=placement,
            placement=(organisation + (f" – {unit}" if unit else "")) if organisation else "",
            mentor=mentor or "",
            note=note,
        )
        for entry_id, day, minutes, context, placement, organisation, unit, mentor, note in (
            session.execute(query)
        )
    ]


def totals_per_context(session: Session, *, portfolio_id: str) -> dict[str, int]:
    rows = session.execute(
        select(col(HourEntry.context), func.sum(col(HourEntry.minutes)))
        .where(col(HourEntry.portfolio_id) == portfolio_id)
        .group_by(col(HourEntry.context))
    )
    return {context: int(total) for context, total in rows}


def minutes_on_days(
    session: Session, *, portfolio_id: str, days: Sequence[date]
) -> dict[date, int]:
    """Minutes already logged on each of ``days`` (for the 24 h-a-day check on import)."""
    out: dict[date, int] = {}
    unique = sorted(set(days))
    for start in range(0, len(unique), 900):
        rows = session.execute(
            select(col(HourEntry.day), func.sum(col(HourEntry.minutes)))
            .where(
                col(HourEntry.portfolio_id) == portfolio_id,
                col(HourEntry.day).in_(unique[start : start + 900]),
            )
            .group_by(col(HourEntry.day))
        )
        out.update({day: int(total) for day, total in rows})
    return out


def minutes_per_day(
    session: Session, *, portfolio_id: str, start: date, end: date
) -> dict[date, int]:
    """Minutes logged on each day from ``start`` to ``end`` that has hours (the calendar's
    marks)."""
    rows = session.execute(
        select(col(HourEntry.day), func.sum(col(HourEntry.minutes)))
        .where(
            col(HourEntry.portfolio_id) == portfolio_id,
            col(HourEntry.day) >= start,
            col(HourEntry.day) <= end,
        )
        .group_by(col(HourEntry.day))
    )
    return {day: int(total) for day, total in rows}


def minutes_per_placement(session: Session, *, portfolio_id: str) -> dict[str, int]:
    """Minutes logged per placement id, in one grouped query."""
    rows = session.execute(
        select(col(HourEntry.placement_id), func.sum(col(HourEntry.minutes)))
        .where(
            col(HourEntry.portfolio_id) == portfolio_id, col(HourEntry.placement_id).is_not(None)
        )
        .group_by(col(HourEntry.placement_id))
    )
    return {placement: int(total) for placement, total in rows}


def hour_entries(session: Session, *, portfolio_id: str) -> list[core_hours.HourEntry]:
    """The hour log as core entries, for the rules engine."""
    rows = session.execute(
        select(col(HourEntry.day), col(HourEntry.context), col(HourEntry.minutes)).where(
            col(HourEntry.portfolio_id) == portfolio_id
        )
    )
    return [core_hours.HourEntry(day, context, minutes) for day, context, minutes in rows]


def count_hours(session: Session, *, portfolio_id: str | None = None) -> int:
    query = select(func.count()).select_from(HourEntry)
    if portfolio_id is not None:
        query = query.where(col(HourEntry.portfolio_id) == portfolio_id)
    return int(session.scalar(query) or 0)


# --- sign-offs and evidence, as the rules engine needs them -------------------------------


def evidence_counts(session: Session, *, portfolio_id: str) -> dict[str, int]:
    rows = session.execute(
        select(col(EvidenceLink.target_id), func.count())
        .join(Evidence, col(Evidence.id) == col(EvidenceLink.evidence_id))
        .where(col(Evidence.portfolio_id) == portfolio_id)
        .group_by(col(EvidenceLink.target_id))
    )
    return {target: int(count) for target, count in rows}


def placements_by_name(session: Session, *, portfolio_id: str) -> dict[str, str]:
    """Folded placement label (and organisation alone) -> placement id, for CSV imports."""
    out: dict[str, str] = {}
    for p in list_placements(session, portfolio_id=portfolio_id):
        out.setdefault(p.organisation.strip().casefold(), p.id)
        out.setdefault(p.label.strip().casefold(), p.id)
    return out


# --- editing hours (the app) -------------------------------------------------------------


def get_hour_entry(session: Session, *, entry_id: str) -> HourEntry | None:
    return session.get(HourEntry, entry_id)


def hour_snapshot(session: Session, *, entry_id: str) -> dict[str, object]:
    """Every column of one entry, to restore it exactly (undo)."""
    row = session.get(HourEntry, entry_id)
    if row is None:
        raise LookupError(entry_id)
    return row.model_dump()


def restore_hour_entry(session: Session, *, snapshot: dict[str, object]) -> str:
    row = HourEntry.model_validate(snapshot)
    session.add(row)
    session.flush()
    return row.id


def update_hour_entry(
    session: Session,
    *,
    entry_id: str,
    day: date,
    minutes: int,
    context: str,
    placement_id: str | None,
    note: str,
) -> None:
    row = session.get(HourEntry, entry_id)
    if row is None:
        raise LookupError(entry_id)
    row.day, row.minutes, row.context = day, minutes, context
    row.placement_id, row.note = placement_id, note
    row.import_key = None  # an edited row is no longer the imported one
    session.add(row)
    session.flush()


def delete_hour_entry(session: Session, *, entry_id: str) -> None:
    session.execute(delete(HourEntry).where(col(HourEntry.id) == entry_id))


def months_with_hours(session: Session, *, portfolio_id: str) -> list[tuple[int, int]]:
    rows = session.execute(
        select(func.strftime("%Y-%m", col(HourEntry.day)))
        .where(col(HourEntry.portfolio_id) == portfolio_id)
        .distinct()
    ).scalars()
    return sorted((int(text[:4]), int(text[5:7])) for text in rows if text)


# --- placements and mentors (the app) ------------------------------------------------------


@dataclass(frozen=True)
class MentorInfo:
    id: str
    name: str
    organisation: str
    sector: str
    email: str


def list_mentors(session: Session, *, portfolio_id: str) -> list[MentorInfo]:
    rows = session.execute(
        select(Mentor).where(col(Mentor.portfolio_id) == portfolio_id).order_by(col(Mentor.name))
    ).scalars()
    return [MentorInfo(m.id, m.name, m.organisation, m.sector, m.email) for m in rows]


def update_mentor(
    session: Session, *, mentor_id: str, name: str, organisation: str, sector: str, email: str
) -> None:
    row = session.get(Mentor, mentor_id)
    if row is None:
        raise LookupError(mentor_id)
    row.name, row.organisation, row.sector, row.email = name, organisation, sector, email
    session.add(row)
    session.flush()


def delete_mentor(session: Session, *, mentor_id: str) -> None:
    session.execute(delete(Mentor).where(col(Mentor.id) == mentor_id))


def update_placement(
    session: Session,
    *,
    placement_id: str,
    organisation: str,
    unit: str,
    context: str,
    start_date: date,
    end_date: date,
    mentor_id: str | None,
    usual_weekdays: str | None = None,
    usual_minutes: int | None = None,
) -> None:
    """Change a placement; a schedule left None stays as it is."""
    row = session.get(Placement, placement_id)
    if row is None:
        raise LookupError(placement_id)
    row.organisation, row.unit, row.context = organisation, unit, context
    row.start_date, row.end_date, row.mentor_id = start_date, end_date, mentor_id
    if usual_weekdays is not None:
        row.usual_weekdays = usual_weekdays
    if usual_minutes is not None:
        row.usual_minutes = usual_minutes
    session.add(row)
    session.flush()


def delete_placement(session: Session, *, placement_id: str) -> None:
    session.execute(delete(Placement).where(col(Placement.id) == placement_id))


def count_hours_in_placement(session: Session, *, placement_id: str) -> int:
    query = select(func.count()).where(col(HourEntry.placement_id) == placement_id)
    return int(session.scalar(query) or 0)


# --- activity records and sign-offs (the app) ----------------------------------------------


@dataclass(frozen=True)
class RecordInfo:
    id: str
    activity_id: str
    competence_id: str
    proposed_level: int
    day: date
    reflection: str


@dataclass(frozen=True)
class SignOffInfo:
    id: str
    target_kind: str
    target_id: str
    level: int | None
    mentor_name: str
    comment: str
    signed_at: object
    signed: bool
    decision: str = "approve"


def list_records(session: Session, *, portfolio_id: str) -> list[RecordInfo]:
    rows = session.execute(
        select(ActivityRecord)
        .where(col(ActivityRecord.portfolio_id) == portfolio_id)
        .order_by(col(ActivityRecord.day), col(ActivityRecord.created_at))
    ).scalars()
    return [
        RecordInfo(r.id, r.activity_id, r.competence_id, r.proposed_level, r.day, r.reflection)
        for r in rows
    ]


def save_record(
    session: Session,
    *,
    portfolio_id: str,
    activity_id: str,
    competence_id: str,
    proposed_level: int,
    day: date,
    reflection: str,
    record_id: str | None = None,
) -> str:
    """Add a proposal, or change one the mentor has not signed yet."""
    row = session.get(ActivityRecord, record_id) if record_id else None
    if row is None:
        row = ActivityRecord(
            portfolio_id=portfolio_id,
            activity_id=activity_id,
            competence_id=competence_id,
            proposed_level=proposed_level,
            day=day,
            reflection=reflection,
        )
    else:
        row.proposed_level, row.day, row.reflection = proposed_level, day, reflection
    session.add(row)
    session.flush()
    return row.id


def delete_record(session: Session, *, record_id: str) -> None:
    session.execute(delete(ActivityRecord).where(col(ActivityRecord.id) == record_id))


def signoff_snapshots(
    session: Session, *, portfolio_id: str, target_kind: str, target_ids: Sequence[str]
) -> list[dict[str, object]]:
    """Every column of the sign-offs of these items, for an exact undo of their deletion."""
    rows = session.execute(
        select(SignOff).where(
            col(SignOff.portfolio_id) == portfolio_id,
            col(SignOff.target_kind) == target_kind,
            col(SignOff.target_id).in_(list(target_ids)),
        )
    ).scalars()
    return [row.model_dump() for row in rows]


def restore_signoffs(session: Session, *, rows: Sequence[dict[str, object]]) -> None:
    for row in rows:
        session.add(SignOff.model_validate(row))
    session.flush()


def list_signoffs(session: Session, *, portfolio_id: str) -> list[SignOffInfo]:
    rows = session.execute(
        select(SignOff)
        .where(col(SignOff.portfolio_id) == portfolio_id)
        .order_by(col(SignOff.signed_at))
    ).scalars()
    return [
        SignOffInfo(
            s.id,
            s.target_kind,
            s.target_id,
            s.level,
            s.mentor_name,
            s.comment,
            s.signed_at,
            s.signature is not None,
            s.decision,
        )
        for s in rows
    ]


# --- evidence (the app) ---------------------------------------------------------------------


@dataclass(frozen=True)
class EvidenceInfo:
    id: str
    original_name: str
    stored_name: str
    media_type: str
    day: date
    sha256: str
    size: int
    description: str
    links: tuple[str, ...]


def list_evidence(session: Session, *, portfolio_id: str) -> list[EvidenceInfo]:
    links: dict[str, list[str]] = {}
    for evidence_id, target in session.execute(
        select(col(EvidenceLink.evidence_id), col(EvidenceLink.target_id))
        .join(Evidence, col(Evidence.id) == col(EvidenceLink.evidence_id))
        .where(col(Evidence.portfolio_id) == portfolio_id)
    ):
        links.setdefault(evidence_id, []).append(target)
    rows = session.execute(
        select(Evidence)
        .where(col(Evidence.portfolio_id) == portfolio_id)
        .order_by(col(Evidence.day), col(Evidence.original_name))
    ).scalars()
    return [
        EvidenceInfo(
            e.id,
            e.original_name,
            e.stored_name,
            e.media_type,
            e.day,
            e.sha256,
            e.size,
            e.description,
            tuple(sorted(links.get(e.id, []))),
        )
        for e in rows
    ]


def set_evidence_details(
    session: Session, *, evidence_id: str, description: str, links: Sequence[str]
) -> None:
    row = session.get(Evidence, evidence_id)
    if row is None:
        raise LookupError(evidence_id)
    row.description = description
    session.add(row)
    session.execute(delete(EvidenceLink).where(col(EvidenceLink.evidence_id) == evidence_id))
    for target in sorted(set(links)):
        session.add(EvidenceLink(evidence_id=evidence_id, target_id=target))
    session.flush()
