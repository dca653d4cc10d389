"""ISO weeks: Monday to Sunday, numbered as in a Belgian diary (ISO 8601).

A mentor signs off by the week: the sign-off dialog, mentor mode and ``mentor-sign`` group
what waits for a signature per ISO week, with the week's Monday and Sunday. Pure: no Qt, no
files.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True, order=True)
class Week:
    """One ISO week: ``year`` is the ISO year (29/12/2025 is week 1 of 2026)."""

    year: int
    number: int

    @property
    def monday(self) -> date:
        return date.fromisocalendar(self.year, self.number, 1)

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and week_of(day) == self


def week_of(day: date) -> Week:
    iso = day.isocalendar()
    return Week(iso.year, iso.week)


def by_week(
    items: Iterable[T], day: Callable[[T], date | None]
) -> tuple[list[tuple[Week, list[T]]], list[T]]:
    """``items`` grouped per ISO week, weeks in order and each week's items in their order,
    and apart the items without a day (a competence is signed without a date)."""
    weeks: dict[Week, list[T]] = {}
    undated: list[T] = []
    for item in items:
        when = day(item)
        if when is None:
            undated.append(item)
        else:
            weeks.setdefault(week_of(when), []).append(item)
    return sorted(weeks.items()), undated
