"""The sanity rules for one hour entry, as the app applies them before saving."""

from __future__ import annotations

from datetime import date

import pytest

from stageportfolio.core.catalog import SHIPPED_DIR, load_contexts
from stageportfolio.core.entrycheck import blocking, check_entry
from stageportfolio.core.forecast import expected_date, pace_minutes_per_day
from stageportfolio.core.hours import HourEntry

CONTEXTS = load_contexts(SHIPPED_DIR / "contexts.toml")
TODAY = date(2026, 11, 23)


def codes(**kwargs: object) -> list[tuple[str, str, str]]:
    base: dict[str, object] = {
        "day": date(2026, 11, 20),
        "minutes": 450,
        "context": "residentieel",
        "contexts": CONTEXTS,
        "today": TODAY,
    }
    base.update(kwargs)
    return [(i.field, i.severity, i.code) for i in check_entry(**base)]  # type: ignore[arg-type]


def test_a_normal_entry_has_no_issue() -> None:
    assert codes() == []


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"minutes": 0}, ("uren", "error", "not_positive")),
        ({"day": date(2026, 11, 24)}, ("datum", "error", "future")),
        ({"context": "maanbasis"}, ("context", "error", "unknown_context")),
        ({"minutes": 1441}, ("uren", "error", "day_over_24")),
        ({"minutes": 300, "other_minutes_that_day": 1141}, ("uren", "error", "day_over_24")),
        ({"minutes": 601}, ("uren", "warning", "long_day")),
        (
            {"placement": ("WZC De Linde", date(2026, 9, 7), date(2026, 10, 30))},
            ("datum", "error", "outside_period"),
        ),
        (
            {"context": "horeca", "list_contexts": ("residentieel", "thuiszorg")},
            ("context", "warning", "context_not_in_list"),
        ),
    ],
)
def test_each_rule_names_its_field(kwargs: dict[str, object], expected: tuple[str, ...]) -> None:
    assert expected in codes(**kwargs)


def test_bounds_are_inclusive() -> None:
    assert codes(minutes=600) == []  # exactly 10 h: no warning
    assert codes(minutes=300, other_minutes_that_day=1140) == [("uren", "warning", "long_day")]
    assert codes(day=TODAY) == []
    inside = ("WZC", date(2026, 11, 20), date(2026, 11, 20))
    assert codes(placement=inside) == []


def test_messages_are_dutch_and_english_and_only_errors_block() -> None:
    issues = check_entry(
        day=date(2026, 11, 20),
        minutes=1500,
        context="residentieel",
        contexts=CONTEXTS,
        today=TODAY,
    )
    assert blocking(issues)
    assert issues[0].message() == "Samen meer dan 24 uur op 20/11/2026 (25 uur)."
    assert issues[0].message("en") == "More than 24 hours on 20/11/2026 together (25 h)."
    warning = check_entry(
        day=date(2026, 11, 20), minutes=660, context="thuiszorg", contexts=CONTEXTS, today=TODAY
    )
    assert not blocking(warning)
    assert "Meer dan 10 uur" in warning[0].message()


def test_pace_is_the_average_of_the_last_four_weeks() -> None:
    entries = [HourEntry(date(2026, 11, d), "residentieel", 420) for d in range(1, 21)]
    pace = pace_minutes_per_day(entries, today=TODAY)
    assert pace == pytest.approx(20 * 420 / 23)  # since the first entry: 1 to 23 November
    assert expected_date(0, pace, today=TODAY) == TODAY
    assert expected_date(600, 0.0, today=TODAY) is None
    assert expected_date(int(pace * 10), pace, today=TODAY) == date(2026, 12, 3)
    assert pace_minutes_per_day([], today=TODAY) == 0.0
