"""When will the hour rules be met at the current pace?"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date, timedelta

from stageportfolio.core.hours import HourEntry

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
