"""The shipped Flemish school calendar against the published school holidays, and the calendar
file format."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from stageportfolio.core.catalog import (
    SHIPPED_DIR,
    ListFileError,
    load_calendar,
    load_catalog,
    shipped_calendar,
)
from stageportfolio.core.schoolcalendar import school_year_of

REPO = Path(__file__).resolve().parents[2]
CALENDAR = shipped_calendar()


def make_calendar() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_calendar", REPO / "scripts" / "make_calendar.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_calendar"] = module
    spec.loader.exec_module(module)
    return module


def holidays(year: str) -> dict[str, tuple[date, date]]:
    return {h.name: (h.start, h.last) for h in CALENDAR.years[year].holidays}


# As published by schools for their pupils (school years 2024-2025 and 2025-2026): the same
# dates in every Flemish secondary school.
PUBLISHED = {
    "2024-2025": {
        "herfstvakantie": (date(2024, 10, 28), date(2024, 11, 3)),
        "Wapenstilstand": (date(2024, 11, 11), date(2024, 11, 11)),
        "kerstvakantie": (date(2024, 12, 23), date(2025, 1, 5)),
        "krokusvakantie": (date(2025, 3, 3), date(2025, 3, 9)),
        "paasvakantie": (date(2025, 4, 7), date(2025, 4, 21)),
        "Dag van de Arbeid": (date(2025, 5, 1), date(2025, 5, 1)),
        "O.H.-Hemelvaart": (date(2025, 5, 29), date(2025, 5, 29)),
        "dag na O.H.-Hemelvaart": (date(2025, 5, 30), date(2025, 5, 30)),
        "pinkstermaandag": (date(2025, 6, 9), date(2025, 6, 9)),
        "zomervakantie": (date(2025, 7, 1), date(2025, 8, 31)),
    },
    "2025-2026": {
        "herfstvakantie": (date(2025, 10, 27), date(2025, 11, 2)),
        "Wapenstilstand": (date(2025, 11, 11), date(2025, 11, 11)),
        "kerstvakantie": (date(2025, 12, 22), date(2026, 1, 4)),
        "krokusvakantie": (date(2026, 2, 16), date(2026, 2, 22)),
        "paasvakantie": (date(2026, 4, 6), date(2026, 4, 19)),
        "Dag van de Arbeid": (date(2026, 5, 1), date(2026, 5, 1)),
        "O.H.-Hemelvaart": (date(2026, 5, 14), date(2026, 5, 14)),
        "dag na O.H.-Hemelvaart": (date(2026, 5, 15), date(2026, 5, 15)),
        "pinkstermaandag": (date(2026, 5, 25), date(2026, 5, 25)),
        "zomervakantie": (date(2026, 7, 1), date(2026, 8, 31)),
    },
}


@pytest.mark.parametrize("year", sorted(PUBLISHED))
def test_the_shipped_calendar_has_the_published_dates(year: str) -> None:
    assert holidays(year) == PUBLISHED[year]


def test_the_shipped_calendar_covers_2024_to_2029() -> None:
    assert sorted(CALENDAR.years) == [
        "2024-2025",
        "2025-2026",
        "2026-2027",
        "2027-2028",
        "2028-2029",
    ]
    assert "onderwijs.vlaanderen.be" in CALENDAR.source


def test_the_derivation_gives_the_published_dates_of_earlier_years() -> None:
    """The rules of art. 7 reproduce two more published years, with Easter in April (2023) and
    on 31 March (2024)."""
    script = make_calendar()
    found = {name: (start, end) for name, start, end in script.school_year(2022)[0]}
    assert found["herfstvakantie"] == (date(2022, 10, 31), date(2022, 11, 6))
    assert found["kerstvakantie"] == (date(2022, 12, 26), date(2023, 1, 8))
    assert found["krokusvakantie"] == (date(2023, 2, 20), date(2023, 2, 26))
    assert found["paasvakantie"] == (date(2023, 4, 3), date(2023, 4, 16))
    found = {name: (start, end) for name, start, end in script.school_year(2023)[0]}
    assert found["kerstvakantie"] == (date(2023, 12, 25), date(2024, 1, 7))
    assert found["krokusvakantie"] == (date(2024, 2, 12), date(2024, 2, 18))
    assert found["paasvakantie"] == (date(2024, 4, 1), date(2024, 4, 14))
    free = dict(script.school_year(2023)[1])
    assert free["O.H.-Hemelvaart"] == date(2024, 5, 9)
    assert free["pinkstermaandag"] == date(2024, 5, 20)


def test_the_shipped_file_is_what_the_script_writes() -> None:
    script = make_calendar()
    shipped = (SHIPPED_DIR / "schoolkalender.toml").read_text("utf-8")
    assert shipped == script.calendar_toml(2024, 2028)


@pytest.mark.parametrize(
    ("day", "school", "working"),
    [
        (date(2025, 9, 1), True, True),  # first school day
        (date(2025, 9, 6), False, False),  # a Saturday
        (date(2025, 10, 29), False, True),  # herfstvakantie: a working day
        (date(2025, 11, 11), False, False),  # Wapenstilstand: public holiday
        (date(2025, 12, 24), False, True),
        (date(2025, 12, 25), False, False),
        (date(2026, 5, 15), False, True),  # the day after Ascension: free at school only
        (date(2026, 7, 21), False, False),
        (date(2026, 8, 17), False, True),
        (date(2031, 3, 4), True, True),  # a school year the calendar does not know
    ],
)
def test_school_days_and_working_days(day: date, school: bool, working: bool) -> None:
    assert CALENDAR.is_school_day(day) == school
    assert CALENDAR.is_working_day(day) == working


def test_an_unknown_school_year_is_named() -> None:
    counted = CALENDAR.school_days(date(2029, 6, 1), date(2029, 9, 30))
    assert counted.unknown_years == ("2029-2030",)
    assert school_year_of(date(2029, 9, 3)) == "2029-2030"
    assert school_year_of(date(2029, 8, 31)) == "2028-2029"


def test_a_bad_calendar_names_line_and_field(tmp_path: Path) -> None:
    path = tmp_path / "schoolkalender.toml"
    path.write_text(
        'format = 1\nsource = "school"\n\n[[school_years]]\nyear = "2025-2027"\n'
        'start = 2025-09-01\nend = 2026-08-31\n\n[[school_years]]\nyear = "2026-2027"\n'
        "start = 2026-09-01\nend = 2027-08-31\n\n[[school_years.holidays]]\n"
        'name = "herfst"\nstart = 2027-10-26\n',
        encoding="utf-8",
    )
    with pytest.raises(ListFileError) as caught:
        load_calendar(path)
    text = str(caught.value)
    assert "regel 4, veld school_years[0]: schooljaar 2025-2027" in text
    assert "regel 9, veld school_years[1]: herfst" in text and "valt buiten" in text
    catalog = load_catalog(tmp_path)  # a broken calendar of a school is reported, not fatal
    assert {p.path for p in catalog.problems} == {path}
    assert catalog.calendar.years.keys() == CALENDAR.years.keys()
