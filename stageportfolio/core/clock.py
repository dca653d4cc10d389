"""The one clock: what "now" and "today" are, for the whole app.

Every part of stageportfolio that needs the current moment or date asks this module instead of
calling ``date.today()``, ``datetime.now()`` or ``QDate.currentDate()`` itself. Functions that
take a ``today=`` or ``now=`` argument default to it. Tests move it with time-machine, which moves
Python's own clock and so this one; there is no setter here, so the app and a test can never
disagree about the day.

``today()`` is derived from ``now()``: the calendar date where the user is (local time), which is
what forms, rules and forecasts mean by "today". Stored timestamps use ``now()``, in UTC. Just
after midnight in Brussels the two differ by a day; that is correct and why they are kept apart.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time


def now() -> datetime:
    """The current moment, timezone-aware, in UTC."""
    return datetime.now(UTC)


def today() -> date:
    """Today's date in the local time zone of this computer."""
    return local_day(now())


def local_day(moment: datetime) -> date:
    """The calendar date ``moment`` falls on here: how a stored timestamp is shown as a day.

    A timestamp without a zone is UTC, as SQLite gives stored timestamps back.
    """
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().date()


def start_of_day(day: date) -> datetime:
    """The first moment of ``day`` here (local midnight), in UTC: a time stamp that depends on
    the date alone, for files that must come out the same all day long."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC)
