"""ISO weeks for signing off by the week: Monday to Sunday, numbered as in a diary."""

from __future__ import annotations

from datetime import date

from stageportfolio.core.weeks import Week, by_week, week_of


def test_a_week_runs_from_monday_to_sunday() -> None:
    week = week_of(date(2026, 9, 9))  # a Wednesday
    assert week == Week(2026, 37)
    assert (week.monday, week.sunday) == (date(2026, 9, 7), date(2026, 9, 13))
    assert date(2026, 9, 13) in week and date(2026, 9, 14) not in week
    assert week_of(date(2026, 9, 7)) == week_of(date(2026, 9, 13))


def test_the_iso_year_at_new_year() -> None:
    # Monday 29 December 2025 starts week 1 of 2026; Sunday 3 January 2027 ends week 53.
    assert week_of(date(2025, 12, 29)) == Week(2026, 1)
    assert week_of(date(2027, 1, 3)) == Week(2026, 53)
    assert Week(2026, 53).monday == date(2026, 12, 28)
    assert Week(2026, 1).sunday == date(2026, 1, 4)


def test_items_grouped_per_week_in_order_and_undated_apart() -> None:
    items = [
        ("b", date(2026, 9, 15)),
        ("a", date(2026, 9, 7)),
        ("competence", None),
        ("c", date(2026, 9, 11)),
        ("d", date(2025, 12, 31)),
    ]
    weeks, undated = by_week(items, lambda item: item[1])
    assert [(w.year, w.number) for w, _ in weeks] == [(2026, 1), (2026, 37), (2026, 38)]
    assert [[name for name, _ in members] for _, members in weeks] == [["d"], ["a", "c"], ["b"]]
    assert undated == [("competence", None)]
