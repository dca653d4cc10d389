"""One gate for every way in: what the app's own screens send passes the same content rules
as a CSV file or an archive (sane years, no future dates, known contexts and levels), and every
date ``import-hours`` takes is written back by ``export-hours`` in a form it takes again."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stageportfolio.core.catalog import load_catalog
from stageportfolio.core.hourscsv import HoursCsvError, parse_hours_csv
from stageportfolio.core.hoursexport import ExportRow, hours_csv
from stageportfolio.core.limits import EARLIEST_YEAR, LATEST_YEAR
from stageportfolio.services.portfolio import (
    EntryRejected,
    InputRejected,
    PortfolioService,
    open_current,
)

TODAY = date(2026, 11, 23)
CONTEXTS = load_catalog().contexts


@pytest.fixture
def service(private_home: Path) -> Iterator[PortfolioService]:
    svc = PortfolioService.create(
        open_current(), role="student", name="Lotte", list_id="verzorgende-zorgkundige"
    )
    yield svc
    svc.engine.dispose()


def test_typed_hours_with_an_absurd_year_are_refused(service: PortfolioService) -> None:
    with pytest.raises(EntryRejected) as rejected:
        service.add_hours(day=date(1, 1, 1), minutes=60, context="thuiszorg", today=TODAY)
    assert [i.code for i in rejected.value.issues] == ["bad_year"]
    assert "kan niet kloppen" in rejected.value.issues[0].message()
    assert service.hours() == []


def test_activities_in_the_future_or_at_an_unknown_level_are_refused(
    service: PortfolioService,
) -> None:
    competence = service.alist.competence_ids()[0]
    activity = service.alist.activities_by_competence()[competence][0]
    common = {"activity_id": activity, "competence_id": competence, "reflection": ""}
    with pytest.raises(InputRejected, match="toekomst"):
        service.save_record(proposed_level=2, day=date(2026, 11, 24), today=TODAY, **common)
    with pytest.raises(InputRejected, match="niveau 7 bestaat niet"):
        service.save_record(proposed_level=7, day=date(2026, 11, 2), today=TODAY, **common)
    assert service.records() == []
    service.save_record(proposed_level=3, day=date(2026, 11, 2), today=TODAY, **common)
    assert len(service.records()) == 1


def test_placements_need_a_known_context_and_sane_years(service: PortfolioService) -> None:
    with pytest.raises(InputRejected, match="onbekende context"):
        service.add_placement(
            organisation="X", context="ruimtevaart", start_date=TODAY, end_date=TODAY
        )
    with pytest.raises(InputRejected, match="jaartal 9999"):
        service.add_placement(
            organisation="X",
            context="thuiszorg",
            start_date=TODAY,
            end_date=date(9999, 12, 31),
        )
    assert service.placements() == []


@settings(max_examples=200, deadline=None)
@given(
    day=st.dates(min_value=date(EARLIEST_YEAR, 1, 1), max_value=TODAY), minutes=st.integers(1, 1440)
)
def test_every_date_the_import_takes_comes_back_from_the_export(day: date, minutes: int) -> None:
    data = hours_csv([ExportRow(day, "thuiszorg", minutes)], CONTEXTS)
    parsed = parse_hours_csv(data, CONTEXTS, today=TODAY)
    assert [(e.day, e.minutes) for e in parsed.entries] == [(day, minutes)]


@pytest.mark.parametrize("year", [1, 999, EARLIEST_YEAR - 1, LATEST_YEAR + 1, 9999])
def test_a_year_no_export_could_write_back_is_refused_by_the_import(year: int) -> None:
    data = f"Datum;Context;Uren\r\n1/1/{year:04d};thuiszorg;7\r\n".encode()
    with pytest.raises(HoursCsvError, match="kan niet kloppen"):
        parse_hours_csv(data, CONTEXTS, today=date(9999, 12, 31))


def test_every_finding_of_the_gate_has_an_english_form() -> None:
    """The gate's messages in Dutch, and the English that school mode and the app show in
    English mode (core.gate.Problem): each one, as the gate words it."""
    from datetime import UTC, datetime

    from stageportfolio.core.gate import (
        HourFact,
        check_hours,
        english,
        level_problem,
        moment_problem,
    )
    from tests.ui.test_english_everywhere import not_english

    contexts = load_catalog().contexts
    today = date(2026, 11, 23)
    findings = check_hours(
        [
            HourFact("regel 2", date(2026, 12, 24), 60, "thuiszorg"),  # in the future
            HourFact("regel 3", date(1826, 9, 15), 60, "thuiszorg"),  # a year out of range
            HourFact("regel 4", date(2026, 9, 15), 60, "maanbasis"),  # an unknown context
            HourFact("regel 5", date(2026, 9, 16), 0, "thuiszorg"),  # no time
            HourFact("regel 6", date(2026, 9, 17), 900, "thuiszorg"),
            HourFact("regel 7", date(2026, 9, 17), 630, "thuiszorg"),  # 25.5 h on one day
        ],
        contexts=contexts,
        today=today,
    )
    messages = [f.message for f in findings]
    messages.append(level_problem(9, [1, 2, 3]) or "")
    now = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    messages.append(moment_problem(datetime(2026, 12, 1, tzinfo=UTC), now) or "")
    assert len(messages) == 7, messages
    for message in messages:
        en = english(message)
        assert en != message, message
        assert not not_english(en.replace("maanbasis", " ")), en
    assert "holds 25.5 hours in all (2 lines)" in english(messages[4]), messages[4]
