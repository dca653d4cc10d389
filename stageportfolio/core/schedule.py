"""Stage days: a placement's usual schedule and the school calendar, and what follows from them.

A placement may say on which weekdays the pupil is usually there and how long a usual day is
(schema 0004). Without one, a stage day is any working day, Monday to Friday. On top of the
weekdays the school calendar decides: a public holiday is never a stage day and, for a stage
that follows the school year (every list except the duaal ones), neither is a school holiday
or a free day of a school year the calendar knows. Duaal learners work through the school
holidays, so there only public holidays are off.

Used for the defaults of a new hour entry (the next stage day after the last one), for
"Week invullen" (the stage days of one week) and for the pace forecast (hours per stage day,
and the stage days still planned).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from stageportfolio.core.schoolcalendar import SchoolCalendar

WORKING_WEEK = frozenset({1, 2, 3, 4, 5})  # ISO weekdays: Monday to Friday
# Rule kinds only a duaal list has: its learners work through the school holidays.
DUAAL_RULE_KINDS = ("min_weekly_hours_avg", "component_duration")
_SEARCH_DAYS = 400  # how far the next stage day is looked for: a school year and its summer


@dataclass(frozen=True)
class Schedule:
    """The usual schedule of a placement: ISO weekdays (1 = Monday) and a usual day's minutes.

    An empty ``weekdays`` means none was given (then Monday to Friday is taken); ``minutes`` 0
    means the usual day is not known.
    """

    weekdays: frozenset[int] = frozenset()
    minutes: int = 0

    @classmethod
    def from_stored(cls, weekdays: str, minutes: int) -> Schedule:
        """From the stored form: digits ``"1245"`` and minutes."""
        days = frozenset(int(ch) for ch in weekdays if ch in "1234567")
        return cls(days, max(0, int(minutes)))

    def stored(self) -> str:
        """The weekdays as stored: ``"1245"``."""
        return "".join(str(day) for day in sorted(self.weekdays))

    @property
    def given(self) -> bool:
        return bool(self.weekdays)

    @property
    def days(self) -> frozenset[int]:
        """The weekdays that are stage days: the schedule's, else Monday to Friday."""
        return self.weekdays or WORKING_WEEK


@dataclass(frozen=True)
class StageCalendar:
    """Which days are stage days, given the school calendar and the kind of stage."""

    calendar: SchoolCalendar
    # False for duaal learning: they work in the school holidays too.
    school_holidays_off: bool = True

    def is_stage_day(self, day: date, schedule: Schedule | None = None) -> bool:
        weekdays = (schedule or Schedule()).days
        if day.isoweekday() not in weekdays:
            return False
        if day in self.calendar.public_holidays:
            return False
        return not (self.school_holidays_off and self.calendar.in_school_holiday(day))

    def next_stage_day(self, after: date, schedule: Schedule | None = None) -> date:
        """The first stage day after ``after`` (the day after it when none comes soon)."""
        day = after + timedelta(days=1)
        for _ in range(_SEARCH_DAYS):
            if self.is_stage_day(day, schedule):
                return day
            day += timedelta(days=1)
        return after + timedelta(days=1)

    def stage_days(self, start: date, end: date, schedule: Schedule | None = None) -> list[date]:
        """The stage days from ``start`` to ``end``, both included."""
        out = []
        day = start
        while day <= end:
            if self.is_stage_day(day, schedule):
                out.append(day)
            day += timedelta(days=1)
        return out


def stage_calendar_for(calendar: SchoolCalendar, rule_kinds: Iterable[str]) -> StageCalendar:
    """The stage days of a list: a duaal one (it has a rule only duaal lists have) works in
    the school holidays, any other follows the school year."""
    duaal = any(kind in DUAAL_RULE_KINDS for kind in rule_kinds)
    return StageCalendar(calendar, school_holidays_off=not duaal)


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def usual_minutes(schedule: Schedule, logged: Sequence[int]) -> int:
    """A usual day on a placement: its schedule's, else the amount logged most often there
    (the larger one on a tie), else 0. A half day logged last is not a usual day."""
    if schedule.minutes > 0:
        return schedule.minutes
    return most_logged(Counter(logged))


def most_logged(counts: Mapping[int, int]) -> int:
    """The amount logged most often (the larger one on a tie), from amount -> how often; 0
    when nothing was logged. Counts, so a big import can keep them in flat memory."""
    return max(counts, key=lambda minutes: (counts[minutes], minutes), default=0)


@dataclass(frozen=True)
class PlannedPeriod:
    """A placement's period with its schedule, for counting the stage days still ahead."""

    start: date
    end: date
    schedule: Schedule


def planned_stage_days(
    periods: Iterable[PlannedPeriod], stage: StageCalendar, *, start: date, end: date
) -> list[date]:
    """The stage days from ``start`` to ``end`` on which some placement is planned (each day
    once, also where placements overlap)."""
    days: set[date] = set()
    for period in periods:
        first, last = max(period.start, start), min(period.end, end)
        days.update(stage.stage_days(first, last, period.schedule))
    return sorted(days)
