"""Studierichting wijzigen (issue 14.4): the portfolio is pinned to another list; hours,
proposals and every sign-off stay; the verdict follows the new list."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from stageportfolio.services.errors import ServiceError
from stageportfolio.services.portfolio import PortfolioService, open_current
from tests.signing_helpers import mentor_signs


@pytest.fixture
def service(private_home: Path) -> Iterator[PortfolioService]:
    svc = PortfolioService.create(
        open_current(), role="student", name="Lotte", list_id="verzorgende-zorgkundige"
    )
    yield svc
    svc.engine.dispose()


def signoffs(home: Path) -> int:
    with closing(sqlite3.connect(home / "portfolio.sqlite3")) as db:
        return int(db.execute("SELECT count(*) FROM signoff").fetchone()[0])


def test_changing_the_list_keeps_everything_and_reevaluates(
    service: PortfolioService, private_home: Path
) -> None:
    entry = service.add_hours(
        day=date(2026, 10, 5), minutes=450, context="residentieel", today=date(2026, 11, 23)
    )
    service.save_record(
        activity_id="bkc0023627-kb04", competence_id="bkc0023627", proposed_level=2,
        day=date(2026, 10, 5), reflection="Mondzorg onder begeleiding.",
    )  # fmt: skip
    (record,) = service.records()
    mentor_signs(service, "hour_entry", entry)
    mentor_signs(service, "activity_record", record.id)
    before = signoffs(private_home)
    assert before == 2

    preview = service.list_change("zorg-en-welzijn")
    assert service.alist.id == "verzorgende-zorgkundige"  # a preview changes nothing
    assert preview.before.alist.id == "verzorgende-zorgkundige"
    assert preview.after.alist.id == "zorg-en-welzijn"
    assert preview.records == 1

    change = service.change_list("zorg-en-welzijn")
    assert change.alist.id == "zorg-en-welzijn"
    assert (service.info.list_id, service.alist.id) == ("zorg-en-welzijn", "zorg-en-welzijn")
    reopened = PortfolioService.open(open_current())
    assert reopened is not None
    assert (reopened.info.list_id, reopened.info.list_version) == (
        "zorg-en-welzijn",
        change.alist.version,
    )
    assert [r.id for r in reopened.hours()] == [entry]
    assert [r.id for r in reopened.records()] == [record.id]
    assert signoffs(private_home) == before  # every sign-off stays
    assert reopened.evaluation().alist.id == "zorg-en-welzijn"
    reopened.engine.dispose()


def test_a_pupil_cannot_move_to_an_evc_list_nor_to_the_same_one(
    service: PortfolioService,
) -> None:
    with pytest.raises(ServiceError, match="EVC"):
        service.list_change("evc-zorgkundige")
    with pytest.raises(ServiceError, match="al"):
        service.list_change("verzorgende-zorgkundige")
