"""Logging hours day by day: what a new entry starts with, copying a day, filling a week.

The use cases behind the Uren section's quick keys (``ui/sections/hours.py``):

- :func:`entry_defaults`: a new entry starts on the next stage day after the last one logged
  (today when nothing is logged yet, and never after today), on the placement of that day,
  with its context and its usual day (the schedule's, else the amount logged most often
  there: a half day logged last is not the usual day).
- :func:`copy_to_next_day`: the same entry once more, on the next stage day after it.
- :func:`week_plan` and :func:`fill_week`: the stage days of one week from the placement's
  schedule, each with what it would add or why it is left out; filling adds them in one
  transaction (all or nothing), with every check of a typed entry.

A stage day follows the placement's usual weekdays (Monday to Friday when it has none) and
the school calendar (``core.schedule``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from stageportfolio.core import clock
from stageportfolio.core.entrycheck import EntryIssue, check_entry
from stageportfolio.core.schedule import (
    Schedule,
    StageCalendar,
    monday_of,
    usual_minutes,
)
from stageportfolio.services.errors import EntryRejected
from stageportfolio.services.portfolio import HourRow, PlacementInfo, PortfolioService
from stageportfolio.store import queries
from stageportfolio.store.db import session_scope

__all__ = [
    "DayPlan",
    "EntryDefaults",
    "WeekPlan",
    "copy_to_next_day",
    "entry_defaults",
    "fill_week",
    "first_open_week",
    "stage_calendar",
    "week_plan",
]


def stage_calendar(service: PortfolioService) -> StageCalendar:
    """Stage days of this portfolio: duaal learners work in the school holidays, others not."""
    return service.stage_calendar()


@dataclass(frozen=True)
class EntryDefaults:
    """What the hour dialog starts with for a new entry."""

    day: date
    minutes: int  # 0: not known, the field stays empty
    context: str | None
    placement_id: str | None


def _placement_on(placements: list[PlacementInfo], day: date) -> PlacementInfo | None:
    return next((p for p in placements if p.start_date <= day <= p.end_date), None)


def _usual(placement: PlacementInfo | None, rows: list[HourRow]) -> int:
    if placement is None:
        return usual_minutes(Schedule(), [r.minutes for r in rows])
    mine = [r.minutes for r in rows if r.placement_id == placement.id]
    return usual_minutes(placement.schedule, mine)


def entry_defaults(service: PortfolioService, *, today: date | None = None) -> EntryDefaults | None:
    """The defaults of a new entry, or None when there is nothing to go on (no hours, no
    placement): then the dialog starts on today with empty fields."""
    today = today or clock.today()
    rows = service.hours()
    placements = service.placements()
    if not rows and not placements:
        return None
    stage = stage_calendar(service)
    by_id = {p.id: p for p in placements}
    day = today
    placement: PlacementInfo | None = None
    if rows:
        last = max(rows, key=lambda r: r.day)
        placement = by_id.get(last.placement_id or "")
        schedule = placement.schedule if placement is not None else None
        day = stage.next_stage_day(last.day, schedule)
        if placement is None or not placement.start_date <= day <= placement.end_date:
            placement = _placement_on(placements, day)
            if placement is not None:  # the new placement's own weekdays
                day = max(stage.next_stage_day(last.day, placement.schedule), placement.start_date)
        day = min(day, today)
    if placement is None or not placement.start_date <= day <= placement.end_date:
        placement = _placement_on(placements, day) or placement
    if placement is None and rows:
        last = max(rows, key=lambda r: r.day)
        return EntryDefaults(day, _usual(None, rows), last.context, None)
    return EntryDefaults(
        day,
        _usual(placement, rows),
        placement.context if placement is not None else None,
        placement.id if placement is not None else None,
    )


def copy_to_next_day(
    service: PortfolioService, entry_id: str, *, today: date | None = None
) -> tuple[str, date]:
    """Add a copy of an entry (placement, context, hours and note) on the next stage day after
    it; returns the new entry's id and day. Raises EntryRejected with the reason (a day after
    today, more than 24 hours that day, outside the placement's period)."""
    today = today or clock.today()
    row = next((r for r in service.hours() if r.id == entry_id), None)
    if row is None:
        raise LookupError(entry_id)
    placement = next((p for p in service.placements() if p.id == row.placement_id), None)
    schedule = placement.schedule if placement is not None else None
    day = stage_calendar(service).next_stage_day(row.day, schedule)
    new_id = service.add_hours(
        day=day,
        minutes=row.minutes,
        context=row.context,
        placement_id=row.placement_id,
        note=row.note or "",
        today=today,
    )
    return new_id, day


# -- a week ------------------------------------------------------------------------------------

DayStatus = Literal["add", "logged", "future", "outside", "free", "not_scheduled"]


@dataclass(frozen=True)
class DayPlan:
    """One day of the week: what filling the week does with it.

    ``add``: a new entry of ``minutes``; ``logged``: it already holds ``logged`` minutes;
    ``future``: after today; ``outside``: outside the placement's period; ``free``: a school
    holiday or public holiday; ``not_scheduled``: not one of the placement's weekdays.
    """

    day: date
    status: DayStatus
    minutes: int = 0
    logged: int = 0


@dataclass(frozen=True)
class WeekPlan:
    monday: date
    placement_id: str | None
    context: str | None
    days: tuple[DayPlan, ...]  # Monday to Friday, and a weekend day the schedule names

    @property
    def to_add(self) -> list[DayPlan]:
        return [d for d in self.days if d.status == "add"]


def first_open_week(service: PortfolioService, *, today: date | None = None) -> date:
    """The Monday of the week the next entry falls in (a catch-up starts there)."""
    defaults = entry_defaults(service, today=today)
    return monday_of(defaults.day if defaults is not None else (today or clock.today()))


def week_plan(
    service: PortfolioService,
    monday: date,
    placement_id: str | None,
    *,
    today: date | None = None,
) -> WeekPlan:
    """What filling the week of ``monday`` for a placement would add, day by day."""
    today = today or clock.today()
    monday = monday_of(monday)
    placements = service.placements()
    placement = next((p for p in placements if p.id == placement_id), None)
    schedule = placement.schedule if placement is not None else Schedule()
    stage = stage_calendar(service)
    sunday = monday + timedelta(days=6)
    rows = service.hours()
    with session_scope(service.engine) as s:  # the minutes already on each day
        logged = queries.minutes_on_days(
            s, portfolio_id=service.info.id, days=[monday + timedelta(days=i) for i in range(7)]
        )
    usual = _usual(placement, rows)
    days: list[DayPlan] = []
    day = monday
    while day <= sunday:
        weekend = day.isoweekday() > 5
        if weekend and day.isoweekday() not in schedule.weekdays:
            day += timedelta(days=1)
            continue
        status: DayStatus
        if day.isoweekday() not in schedule.days:
            status = "not_scheduled"
        elif logged.get(day, 0):
            status = "logged"
        elif day > today:
            status = "future"
        elif placement is not None and not placement.start_date <= day <= placement.end_date:
            status = "outside"
        elif not stage.is_stage_day(day, schedule):
            status = "free"
        else:
            status = "add"
        days.append(DayPlan(day, status, usual if status == "add" else 0, logged.get(day, 0)))
        day += timedelta(days=1)
    return WeekPlan(
        monday,
        placement.id if placement is not None else None,
        placement.context if placement is not None else None,
        tuple(days),
    )


def fill_week(
    service: PortfolioService,
    entries: list[tuple[date, int]],
    *,
    context: str,
    placement_id: str | None,
    today: date | None = None,
) -> list[str]:
    """Add one entry per (day, minutes) in one transaction: all of them, or (EntryRejected
    with every problem) none."""
    today = today or clock.today()
    problems: list[EntryIssue] = []
    placement = next((p for p in service.placements() if p.id == placement_id), None)
    period = (
        None if placement is None else (placement.label, placement.start_date, placement.end_date)
    )
    with session_scope(service.engine) as s:
        stored = queries.minutes_on_days(
            s, portfolio_id=service.info.id, days=[day for day, _ in entries]
        )
    for day, minutes in entries:
        issues = check_entry(
            day=day,
            minutes=minutes,
            context=context,
            contexts=service.catalog.contexts,
            today=today,
            list_contexts=service.alist.spec.contexts,
            other_minutes_that_day=stored.get(day, 0),
            placement=period,
        )
        problems += [i for i in issues if i.severity == "error"]
        stored[day] = stored.get(day, 0) + minutes
    if problems:
        raise EntryRejected(problems)
    with session_scope(service.engine) as s:
        return [
            queries.add_hour_entry(
                s,
                portfolio_id=service.info.id,
                day=day,
                minutes=minutes,
                context=context,
                placement_id=placement_id,
            )
            for day, minutes in entries
        ]
