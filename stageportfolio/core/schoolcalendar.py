"""The school calendar: which days are school days, and which are working days.

Dual learning asks "gemiddeld op jaarbasis minstens 20 opleidingsuren per week": the average is
over the school weeks of the period, so school holidays and free days are not workplace weeks
(a duaal pupil may still work in them, and those hours count). A school week is five school
days: a week with a free day is four fifths of a week.

Durations of a workplace component are counted in months of working days (Monday to Friday,
not a public holiday): a month whose working days are all inside the period counts in full,
so "september tot en met januari" is five months whether the period ends on Friday 30 or on
Saturday 31 January.

The shipped calendar (``activity_lists/schoolkalender.toml``) is the Flemish one; a school can
override school years in a ``schoolkalender.toml`` of its own (docs/activity-lists.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from fractions import Fraction
from functools import cached_property
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator
from pydantic_core import PydanticKnownError

CALENDAR_FILE = "schoolkalender.toml"
SCHOOL_WEEK_DAYS = 5


def _int_only(value: object) -> object:
    if isinstance(value, bool) or not isinstance(value, int):
        raise PydanticKnownError("int_type")
    return value


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Holiday(_Strict):
    """A school holiday or free day, both ends inclusive (one day: ``end`` left out)."""

    name: str = Field(min_length=1)
    start: date
    end: date | None = None

    @model_validator(mode="after")
    def _in_order(self) -> Holiday:
        if self.end is not None and self.end < self.start:
            raise ValueError("end ligt voor start")
        return self

    @property
    def last(self) -> date:
        return self.end or self.start


class SchoolYear(_Strict):
    year: str = Field(pattern=r"^\d{4}-\d{4}$")
    start: date
    end: date
    holidays: tuple[Holiday, ...] = ()

    @model_validator(mode="after")
    def _fits(self) -> SchoolYear:
        first, second = (int(part) for part in self.year.split("-"))
        if second != first + 1:
            raise ValueError(f"schooljaar {self.year}: de twee jaartallen volgen elkaar op")
        if self.end <= self.start:
            raise ValueError("end ligt niet na start")
        for holiday in self.holidays:
            if holiday.start < self.start or holiday.last > self.end:
                raise ValueError(
                    f"{holiday.name} ({holiday.start} tot {holiday.last}) valt buiten het "
                    f"schooljaar {self.year} ({self.start} tot {self.end})"
                )
        return self


class PublicHoliday(_Strict):
    name: str = Field(min_length=1)
    date: date


class CalendarFile(_Strict):
    format: Annotated[Literal[1], BeforeValidator(_int_only)]
    source: str = Field(min_length=1)
    school_years: tuple[SchoolYear, ...] = ()
    public_holidays: tuple[PublicHoliday, ...] = ()

    @model_validator(mode="after")
    def _one_entry_per_year(self) -> CalendarFile:
        seen: set[str] = set()
        for year in self.school_years:
            if year.year in seen:
                raise ValueError(f"schooljaar {year.year} staat twee keer in het bestand")
            seen.add(year.year)
        return self


def school_year_of(day: date) -> str:
    """The school year a day belongs to (1 September to 31 August): ``"2025-2026"``."""
    first = day.year if day.month >= 9 else day.year - 1
    return f"{first}-{first + 1}"


@dataclass(frozen=True)
class SchoolDays:
    """School days counted over a period, and the school years the calendar did not know."""

    days: int
    unknown_years: tuple[str, ...] = ()

    @property
    def weeks(self) -> Fraction:
        return Fraction(self.days, SCHOOL_WEEK_DAYS)


@dataclass(frozen=True)
class SchoolCalendar:
    """School years with their holidays, and the public holidays, as one queryable calendar."""

    years: Mapping[str, SchoolYear] = field(default_factory=dict)
    public_holidays: frozenset[date] = frozenset()
    source: str = ""

    @classmethod
    def from_file(cls, data: CalendarFile) -> SchoolCalendar:
        return cls(
            {year.year: year for year in data.school_years},
            frozenset(h.date for h in data.public_holidays),
            data.source,
        )

    def overridden_by(self, other: SchoolCalendar) -> SchoolCalendar:
        """This calendar with the school years of ``other`` in place of its own; public
        holidays of both."""
        years = {**self.years, **other.years}
        source = "; ".join(s for s in (other.source, self.source) if s)
        return SchoolCalendar(years, self.public_holidays | other.public_holidays, source)

    @cached_property
    def _free(self) -> dict[str, frozenset[date]]:
        out: dict[str, frozenset[date]] = {}
        for name, year in self.years.items():
            days: set[date] = set()
            for holiday in year.holidays:
                day = holiday.start
                while day <= holiday.last:
                    days.add(day)
                    day += timedelta(days=1)
            out[name] = frozenset(days)
        return out

    def knows(self, day: date) -> bool:
        year = self.years.get(school_year_of(day))
        return year is not None and year.start <= day <= year.end

    def is_school_day(self, day: date) -> bool:
        """A weekday of a known school year that is no holiday or free day. A day of a school
        year the calendar does not know is a school day when it is a working day."""
        if day.weekday() >= 5:
            return False
        name = school_year_of(day)
        year = self.years.get(name)
        if year is None:
            return day not in self.public_holidays
        if not year.start <= day <= year.end:
            return False
        return day not in self._free[name]

    def in_school_holiday(self, day: date) -> bool:
        """A day in a school holiday or free day of a school year the calendar knows (the
        summer after a school year's end included)."""
        name = school_year_of(day)
        year = self.years.get(name)
        if year is None:
            return False
        return not year.start <= day <= year.end or day in self._free[name]

    def is_working_day(self, day: date) -> bool:
        """Monday to Friday and not a public holiday (school holidays are working days)."""
        return day.weekday() < 5 and day not in self.public_holidays

    def school_days(self, start: date, end: date) -> SchoolDays:
        days = 0
        unknown: set[str] = set()
        day = start
        while day <= end:
            if day.weekday() < 5:
                name = school_year_of(day)
                if name not in self.years:
                    unknown.add(name)
                if self.is_school_day(day):
                    days += 1
            day += timedelta(days=1)
        return SchoolDays(days, tuple(sorted(unknown)))

    def working_days(self, start: date, end: date) -> int:
        count = 0
        day = start
        while day <= end:
            count += self.is_working_day(day)
            day += timedelta(days=1)
        return count

    @cached_property
    def _month_days(self) -> dict[tuple[int, int], int]:
        return {}

    def working_days_in_month(self, year: int, month: int) -> int:
        found = self._month_days.get((year, month))
        if found is None:
            first = date(year, month, 1)
            found = self._month_days[(year, month)] = self.working_days(first, _month_end(first))
        return found

    def months(self, periods: Iterable[tuple[date, date]]) -> Fraction:
        """Months of working days covered by the periods (merge overlapping periods first).

        Per month: its working days inside a period / all its working days. A month whose
        working days all fall inside counts as one, so 1 September to Friday 30 January is
        exactly five months.
        """
        total = Fraction(0)
        for start, end in periods:
            month = date(start.year, start.month, 1)
            while month <= end:
                last = _month_end(month)
                in_month = self.working_days_in_month(month.year, month.month)
                if in_month:
                    covered = self.working_days(max(start, month), min(end, last))
                    total += Fraction(covered, in_month)
                month = last + timedelta(days=1)
        return total

    def day_share(self, day: date) -> Fraction:
        """What one working day adds to a duration in months."""
        if not self.is_working_day(day):
            return Fraction(0)
        return Fraction(1, self.working_days_in_month(day.year, day.month))


def _month_end(day: date) -> date:
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - timedelta(days=1)
