"""How many learners one mentor may guide at the same time, once for both sides.

DOMAIN.md (seeds 000 and 002): a mentor guides at most 2 learners at once in the social profit
sector and at most 3 in local government. The pupil's app applies it to the placements of one
portfolio (``services.signoffs``), the mentor's own app to its log of the learners it signed
for (``services.mentormode``); the sign-off files carry the sector (``core.signoff_formats``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Literal, get_args

Sector = Literal["social_profit", "local_government"]
SECTORS: tuple[Sector, ...] = get_args(Sector)
SECTOR_LABELS: dict[str, str] = {
    "social_profit": "de social profit",
    "local_government": "lokale besturen",
}
MAX_LEARNERS: dict[str, int] = {"social_profit": 2, "local_government": 3}


def sector_of(value: str) -> Sector:
    """``value`` as a sector; anything unknown counts as social profit (the stricter limit)."""
    return "local_government" if value == "local_government" else "social_profit"


def limit(sector: str) -> int:
    """At most this many learners at once in ``sector``."""
    return MAX_LEARNERS[sector_of(sector)]


def most_at_once(
    periods: Sequence[tuple[date, date]], *, within: tuple[date, date] | None = None
) -> tuple[date, int] | None:
    """The first day on which most ``periods`` (first and last day both included) overlap,
    and how many; ``within`` counts only the days of that span. None when no day counts."""
    lo, hi = within if within is not None else (date.min, date.max)
    days = sorted({max(start, lo) for start, end in periods if start <= hi and end >= lo})
    best: tuple[date, int] | None = None
    for day in days:
        active = sum(1 for start, end in periods if start <= day <= end)
        if best is None or active > best[1]:
            best = (day, active)
    return best


def too_many_learners(sector: str, periods: Sequence[tuple[date, date]]) -> bool:
    """True when, on some day, more of these learners' periods overlap than one mentor may
    guide in ``sector``."""
    busiest = most_at_once(periods)
    return busiest is not None and busiest[1] > limit(sector)
