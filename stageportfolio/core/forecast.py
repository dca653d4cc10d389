"""When will the hour rules be met at the current pace?

The app counts in stage days (:func:`stage_forecast`): hours per stage day over the last four
weeks, and the stage days still ahead from the placements' schedules and the school calendar.
Twelve Wednesdays are twelve stage days, not twelve weeks. :func:`pace_minutes_per_day` and
:func:`expected_date` count calendar days.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from stageportfolio.core.hours import HourEntry
from stageportfolio.core.schedule import PlannedPeriod, StageCalendar, planned_stage_days

PACE_WINDOW_DAYS = 28


def pace_minutes_per_day(entries: Iterable[HourEntry], *, today: date) -> float:
    """Average minutes a calendar day over the last four weeks (or since the first entry)."""
    days = [(e.day, e.minutes) for e in entries if e.day <= today]
    if not days:
        return 0.0
    first = min(day for day, _ in days)
    start = max(first, today - timedelta(days=PACE_WINDOW_DAYS - 1))
    recent = sum(minutes for day, minutes in days if day >= start)
    span = (today - start).days + 1
    return recent / span if span > 0 else 0.0


def expected_date(missing_minutes: int, pace: float, *, today: date) -> date | None:
    """The day the missing minutes are reached at ``pace``; None when there is no pace."""
    if missing_minutes <= 0:
        return today
    if pace <= 0:
        return None
    return today + timedelta(days=math.ceil(missing_minutes / pace))


# -- counted in stage days ---------------------------------------------------------------------


@dataclass(frozen=True)
class StageForecast:
    """When the missing minutes are reached, counted in stage days.

    ``pace``: minutes per stage day over the last four weeks (the placements' stage days in
    that window, and any other day with hours). ``days_needed``: stage days still needed at
    that pace. ``expected``: the stage day they are reached (None without a pace, or when the
    planned placements end first). ``planned_until`` and ``planned_days``: when placements
    run after today, the last of their stage days and how many there are; None and the days
    counted when no placement runs after today (then every stage day of the school calendar
    counts, Monday to Friday).
    """

    missing_minutes: int
    pace: float
    days_needed: int
    expected: date | None
    planned_until: date | None = None
    planned_days: int = 0

    @property
    def runs_out(self) -> bool:
        """The placements planned so far end before the missing hours are reached."""
        return self.planned_until is not None and self.expected is None and self.pace > 0


HORIZON_DAYS = 3 * 366  # a stage is planned within three school years


def stage_pace(
    entries: Iterable[HourEntry],
    *,
    today: date,
    stage: StageCalendar,
    periods: Sequence[PlannedPeriod],
) -> float:
    """Minutes per stage day over the last four weeks (or since the first entry)."""
    days = [(e.day, e.minutes) for e in entries if e.day <= today]
    if not days:
        return 0.0
    first = min(day for day, _ in days)
    start = max(first, today - timedelta(days=PACE_WINDOW_DAYS - 1))
    recent = sum(minutes for day, minutes in days if day >= start)
    if periods:
        planned = set(planned_stage_days(periods, stage, start=start, end=today))
    else:
        planned = set(stage.stage_days(start, today))
    counted = planned | {day for day, minutes in days if day >= start and minutes}
    return recent / len(counted) if counted else 0.0


def stage_forecast(
    entries: Iterable[HourEntry],
    missing_minutes: int,
    *,
    today: date,
    stage: StageCalendar,
    periods: Sequence[PlannedPeriod],
) -> StageForecast:
    """The day the missing minutes are reached at the pace of the last four weeks, walking
    the stage days after today: the planned placements' when one runs after today, else
    every stage day of the school calendar."""
    pace = stage_pace(entries, today=today, stage=stage, periods=periods)
    if missing_minutes <= 0:
        return StageForecast(0, pace, 0, today)
    if pace <= 0:
        return StageForecast(missing_minutes, pace, 0, None)
    needed = math.ceil(missing_minutes / pace)
    ahead = [p for p in periods if p.end > today]
    end = today + timedelta(days=HORIZON_DAYS)
    if ahead:
        days = planned_stage_days(ahead, stage, start=today + timedelta(days=1), end=end)
        until = days[-1] if days else None
        expected = days[needed - 1] if len(days) >= needed else None
        return StageForecast(missing_minutes, pace, needed, expected, until, len(days))
    days = stage.stage_days(today + timedelta(days=1), end)
    expected = days[needed - 1] if len(days) >= needed else None
    return StageForecast(missing_minutes, pace, needed, expected)
