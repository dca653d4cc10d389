"""Exact hour arithmetic.

Hours are kept as whole minutes (``int``) everywhere: 0.1 h is 6 minutes, so 3,000 entries of
0.1 h are exactly 300 h. Decimal hours from users are converted once, here, and hours are only
turned back into decimals for display.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

MINUTES_PER_HOUR = 60
MAX_MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR
LONG_DAY_MINUTES = 10 * MINUTES_PER_HOUR


class HoursFormatError(ValueError):
    """Text that is not an amount of hours; ``reason`` is a machine-readable code."""

    def __init__(self, text: str, reason: str) -> None:
        super().__init__(f"{reason}: {text!r}")
        self.text = text
        self.reason = reason


_CLOCK = re.compile(r"^([+-]?)(\d{1,3})\s*[:uUhH]\s*(\d{1,2})\s*(?:m|min)?$")
# No single entry comes near this; it keeps absurd input (a pasted ID number) out of the
# decimal arithmetic instead of overflowing it.
MAX_PARSED_MINUTES = 10_000 * MINUTES_PER_HOUR
_DECIMAL = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")


def parse_hours(text: str) -> int:
    """Parse hours as people type them (``7,5``, ``7.5``, ``7:30``, ``7u30``) into minutes.

    Decimal hours are rounded to the nearest whole minute (half up): ``7,33`` is 440 minutes,
    which is what people mean by it. Raises :class:`HoursFormatError` for anything that is not
    a positive amount of at least one minute.
    """
    raw = text.strip().replace("\u00a0", "").replace(" ", "")
    if not raw:
        raise HoursFormatError(text, "empty")
    raw = raw.removesuffix("uur").removesuffix("u").removesuffix("h") or raw
    clock = _CLOCK.match(raw)
    if clock:
        if clock.group(1) == "-":
            raise HoursFormatError(text, "negative")
        hours, minutes = int(clock.group(2)), int(clock.group(3))
        if minutes >= MINUTES_PER_HOUR:
            raise HoursFormatError(text, "minutes_out_of_range")
        total = hours * MINUTES_PER_HOUR + minutes
    else:
        if not _DECIMAL.match(raw):
            raise HoursFormatError(text, "not_a_number")
        try:
            value = Decimal(raw.replace(",", "."))
        except InvalidOperation as exc:  # pragma: no cover - the regex admits only numbers
            raise HoursFormatError(text, "not_a_number") from exc
        if value < 0:
            raise HoursFormatError(text, "negative")
        if value * MINUTES_PER_HOUR > MAX_PARSED_MINUTES:
            raise HoursFormatError(text, "too_large")
        total = int((value * MINUTES_PER_HOUR).to_integral_value(rounding=ROUND_HALF_UP))
    if total <= 0:
        raise HoursFormatError(text, "not_positive")
    return total


def hours_decimal(minutes: int) -> Decimal:
    """Minutes as decimal hours, rounded to two decimals for display and JSON."""
    return (Decimal(minutes) / MINUTES_PER_HOUR).quantize(Decimal("0.01"), ROUND_HALF_UP)


def format_hours(minutes: int, *, decimal_mark: str = ",") -> str:
    """``2250`` -> ``"37,5"``: at most two decimals, no trailing zeros."""
    value = hours_decimal(minutes)
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", decimal_mark)


def format_clock(minutes: int) -> str:
    """``450`` -> ``"7:30"``: exact, for tables where every minute matters."""
    return f"{minutes // MINUTES_PER_HOUR}:{minutes % MINUTES_PER_HOUR:02d}"


@dataclass(frozen=True, slots=True)
class HourEntry:
    """One logged amount of stage time on one day in one context."""

    day: date
    context: str
    minutes: int
    placement: str | None = None
    mentor: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Period:
    """A placement period in one context (both ends inclusive)."""

    context: str
    start: date
    end: date


@dataclass(slots=True)
class HourTotals:
    """Everything the rules need from the hour log, gathered in one pass.

    ``days`` maps a context id to {date: minutes}; the per-context totals, the calendar weeks and
    the first and last day per context all follow from it without a second pass over entries.
    """

    days: dict[str, dict[date, int]] = field(default_factory=dict)

    @classmethod
    def from_entries(cls, entries: Iterable[HourEntry]) -> HourTotals:
        days: dict[str, dict[date, int]] = {}
        for entry in entries:
            per_day = days.get(entry.context)
            if per_day is None:
                per_day = days[entry.context] = {}
            per_day[entry.day] = per_day.get(entry.day, 0) + entry.minutes
        return cls(days)

    def per_context(self) -> dict[str, int]:
        """Minutes per context id, for contexts with any hours."""
        return {
            ctx: total for ctx, per_day in self.days.items() if (total := sum(per_day.values()))
        }

    def total(self) -> int:
        return sum(self.per_context().values())

    def dates(self, contexts: Iterable[str] | None = None) -> set[date]:
        """Days with hours, in all contexts or in the given ones."""
        wanted = self.days.keys() if contexts is None else set(contexts) & self.days.keys()
        found: set[date] = set()
        for ctx in wanted:
            found.update(day for day, minutes in self.days[ctx].items() if minutes)
        return found

    def span(self, contexts: Iterable[str] | None = None) -> tuple[date, date] | None:
        found = self.dates(contexts)
        return (min(found), max(found)) if found else None


def minutes_per_day(entries: Iterable[HourEntry]) -> dict[date, int]:
    """Minutes per calendar day over all contexts (for the 24 h and 10 h day checks)."""
    per_day: dict[date, int] = {}
    for entry in entries:
        per_day[entry.day] = per_day.get(entry.day, 0) + entry.minutes
    return per_day
