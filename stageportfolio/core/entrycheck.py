"""The sanity rules of DOMAIN.md for one hour entry typed in the app, before it is saved.

Hours are positive; a day holds at most 24 h over all entries (over 10 h is a warning); a date
is not in the future and falls inside the placement's period; every entry has a known context.
Issues carry a code and the numbers; ``message(lang)`` words them in Dutch or English.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from datetime import date
from typing import Any, Literal

from stageportfolio.core.contexts import ContextRegistry
from stageportfolio.core.gate import year_problem
from stageportfolio.core.hours import LONG_DAY_MINUTES, MAX_MINUTES_PER_DAY, format_hours
from stageportfolio.core.limits import EARLIEST_YEAR, LATEST_YEAR

Field = Literal["datum", "uren", "context", "stageplaats"]


@dataclass(frozen=True)
class EntryIssue:
    field: Field
    severity: Literal["error", "warning"]
    code: str
    params: dict[str, Any] = dc_field(default_factory=dict)

    def message(self, lang: str = "nl") -> str:
        en = lang.startswith("en")
        p = self.params
        texts = {
            "not_positive": ("Uren moeten meer dan 0 zijn.", "Hours must be more than 0."),
            "bad_year": (
                f"Het jaartal {p.get('year', '')} kan niet kloppen (toegelaten: "
                f"{EARLIEST_YEAR} tot {LATEST_YEAR}).",
                f"The year {p.get('year', '')} cannot be right (allowed: {EARLIEST_YEAR} to "
                f"{LATEST_YEAR}).",
            ),
            "future": (
                f"{p.get('day', '')} ligt in de toekomst.",
                f"{p.get('day', '')} is in the future.",
            ),
            "day_over_24": (
                f"Samen meer dan 24 uur op {p.get('day', '')} ({p.get('total', '')} uur).",
                f"More than 24 hours on {p.get('day', '')} together ({p.get('total', '')} h).",
            ),
            "long_day": (
                f"Meer dan 10 uur op {p.get('day', '')} ({p.get('total', '')} uur): klopt dat?",
                f"More than 10 hours on {p.get('day', '')} ({p.get('total', '')} h): correct?",
            ),
            "unknown_context": (
                "Kies een context uit de lijst.",
                "Choose a context from the list.",
            ),
            "context_not_in_list": (
                f"{p.get('context', '')} hoort niet bij deze opleiding; de uren tellen mogelijk "
                "niet mee.",
                f"{p.get('context', '')} is not part of this programme; the hours may not count.",
            ),
            "outside_period": (
                f"{p.get('day', '')} valt buiten de periode van {p.get('placement', '')} "
                f"({p.get('start', '')} tot {p.get('end', '')}).",
                f"{p.get('day', '')} is outside the period of {p.get('placement', '')} "
                f"({p.get('start', '')} to {p.get('end', '')}).",
            ),
        }
        nl_text, en_text = texts[self.code]
        return en_text if en else nl_text


def _d(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year}"


def check_entry(
    *,
    day: date,
    minutes: int,
    context: str,
    contexts: ContextRegistry,
    today: date,
    list_contexts: tuple[str, ...] = (),
    other_minutes_that_day: int = 0,
    placement: tuple[str, date, date] | None = None,
) -> list[EntryIssue]:
    """Every issue with one entry; an empty list means it can be saved as it is.

    ``other_minutes_that_day`` is what is already logged that day (without this entry when it
    is being edited); ``placement`` is (label, start, end) of the chosen placement.
    """
    issues: list[EntryIssue] = []
    if minutes <= 0:
        issues.append(EntryIssue("uren", "error", "not_positive"))
    if year_problem(day) is not None:
        issues.append(EntryIssue("datum", "error", "bad_year", {"year": day.year}))
    elif day > today:
        issues.append(EntryIssue("datum", "error", "future", {"day": _d(day)}))
    if context not in contexts:
        issues.append(EntryIssue("context", "error", "unknown_context"))
    elif list_contexts and context not in list_contexts:
        label = contexts.label(context)
        issues.append(EntryIssue("context", "warning", "context_not_in_list", {"context": label}))
    total = other_minutes_that_day + max(minutes, 0)
    if total > MAX_MINUTES_PER_DAY:
        params = {"day": _d(day), "total": format_hours(total)}
        issues.append(EntryIssue("uren", "error", "day_over_24", params))
    elif total > LONG_DAY_MINUTES:
        params = {"day": _d(day), "total": format_hours(total)}
        issues.append(EntryIssue("uren", "warning", "long_day", params))
    if placement is not None:
        label, start, end = placement
        if not start <= day <= end:
            params = {"day": _d(day), "placement": label, "start": _d(start), "end": _d(end)}
            issues.append(EntryIssue("datum", "error", "outside_period", params))
    return issues


def blocking(issues: list[EntryIssue]) -> bool:
    return any(issue.severity == "error" for issue in issues)
