"""One gate for every way in: the content rules hours, activities and sign-offs must meet.

Whatever way data comes in (typed in the app, a CSV or Excel export, a portfolio archive or
PDF, a mentor's sign-off answer), it passes the same checks of DOMAIN.md's sanity rules:

- dates fall in a sane year (``EARLIEST_YEAR`` to ``LATEST_YEAR``) and, for hours, activities,
  sign-offs and evidence, not in the future (``today`` comes from the caller's clock);
- a day holds at most 24 hours, counting what is already stored;
- every hour entry and placement has a known context;
- every level is one of the list's levels.

The functions return findings (what, where, a Dutch message); the caller decides what a finding
means for its way in (the CSV import and the archive import refuse; see
``docs/portfolio-archive.md``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from stageportfolio.core.contexts import ContextRegistry
from stageportfolio.core.hours import MAX_MINUTES_PER_DAY, format_hours
from stageportfolio.core.limits import EARLIEST_YEAR, LATEST_YEAR


class Problem(str):
    """A finding's Dutch message that also carries its English form (``en``); it is the
    Dutch ``str`` to every caller that only knows Dutch."""

    en: str

    def __new__(cls, nl: str, en: str) -> Problem:
        problem = super().__new__(cls, nl)
        problem.en = en
        return problem

    def __getnewargs__(self) -> tuple[str, str]:  # type: ignore[override]
        return (str(self), self.en)  # copy and pickle keep both forms


def english(message: str) -> str:
    """The English form of a gate message (a :class:`Problem`), else the message itself."""
    return message.en if isinstance(message, Problem) else message


@dataclass(frozen=True)
class Finding:
    where: str  # e.g. "urenregel 3f2a…" or "regel 12"
    field: str | None
    message: str  # Dutch (a Problem: with its English form)

    @property
    def message_en(self) -> str:
        return english(self.message)


def show_date(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year}"


def year_problem(day: date) -> str | None:
    """Why a date is not sane, or None."""
    if day.year < EARLIEST_YEAR or day.year > LATEST_YEAR:
        return Problem(
            f"het jaartal {day.year} kan niet kloppen (toegelaten: {EARLIEST_YEAR} tot "
            f"{LATEST_YEAR})",
            f"the year {day.year} cannot be right (allowed: {EARLIEST_YEAR} to {LATEST_YEAR})",
        )
    return None


def date_problem(day: date, today: date | None, *, future: bool = False) -> str | None:
    """Why a date cannot be taken in: a year out of range or (unless ``future``) after today."""
    problem = year_problem(day)
    if problem is not None:
        return problem
    if not future and today is not None and day > today:
        return Problem(
            f"{show_date(day)} ligt in de toekomst (vandaag is {show_date(today)})",
            f"{show_date(day)} is in the future (today is {show_date(today)})",
        )
    return None


def moment_problem(moment: datetime, now: datetime | None) -> str | None:
    """A timestamp (a signature's time): a sane year and not in the future, with a minute of
    leeway for clocks that differ a little."""
    problem = year_problem(moment.date())
    if problem is not None:
        return problem
    if now is not None and (moment - now).total_seconds() > 60:
        return Problem(
            f"het tijdstip {moment:%d/%m/%Y %H:%M} ligt in de toekomst",
            f"the moment {moment:%d/%m/%Y %H:%M} is in the future",
        )
    return None


def context_problem(context: str, contexts: ContextRegistry) -> str | None:
    if context not in contexts:
        return Problem(f"onbekende context {context!r}", f"unknown context {context!r}")
    return None


def level_problem(level: int, levels: Iterable[int]) -> str | None:
    known = sorted(set(levels))
    if level not in known:
        shown = ", ".join(str(v) for v in known)
        return Problem(
            f"niveau {level} bestaat niet in deze lijst (niveaus: {shown})",
            f"level {level} does not exist in this list (levels: {shown})",
        )
    return None


@dataclass(frozen=True)
class HourFact:
    """An hour entry as the gate sees it."""

    where: str
    day: date
    minutes: int
    context: str


def check_hours(
    entries: Iterable[HourFact],
    *,
    contexts: ContextRegistry,
    today: date | None,
    stored_minutes: Mapping[date, int] | None = None,
) -> list[Finding]:
    """Dates, contexts and at most 24 hours a day (with ``stored_minutes`` already there)."""
    findings: list[Finding] = []
    per_day: dict[date, int] = dict(stored_minutes or {})
    where_day: dict[date, list[str]] = {}
    for entry in entries:
        problem = date_problem(entry.day, today)
        if problem:
            findings.append(Finding(entry.where, "datum", problem))
        problem = context_problem(entry.context, contexts)
        if problem:
            findings.append(Finding(entry.where, "context", problem))
        if entry.minutes <= 0:
            findings.append(
                Finding(
                    entry.where,
                    "uren",
                    Problem("uren moeten meer dan 0 zijn", "hours must be more than 0"),
                )
            )
        per_day[entry.day] = per_day.get(entry.day, 0) + max(entry.minutes, 0)
        where_day.setdefault(entry.day, []).append(entry.where)
    for day, total in sorted(per_day.items()):
        if total > MAX_MINUTES_PER_DAY and day in where_day:
            places = where_day[day]
            findings.append(
                Finding(
                    places[0],
                    "uren",
                    Problem(
                        f"op {show_date(day)} staan samen {format_hours(total)} uur "
                        f"({len(places)} {'regel' if len(places) == 1 else 'regels'}); meer "
                        "dan 24 uur op één dag kan niet",
                        f"{show_date(day)} holds {format_hours(total, decimal_mark='.')} hours "
                        f"in all ({len(places)} {'line' if len(places) == 1 else 'lines'}); "
                        "a day cannot hold more than 24 hours",
                    ),
                )
            )
    return findings
