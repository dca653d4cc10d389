"""The app's view of a stored portfolio: every change saved at once, checked first, undoable."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from stageportfolio.services.portfolio import EntryRejected, PortfolioService, open_current

TODAY = date(2026, 11, 23)


@pytest.fixture
def service(private_home: Path) -> Iterator[PortfolioService]:
    svc = PortfolioService.create(
        open_current(), role="student", name="Lotte", list_id="verzorgende-zorgkundige"
    )
    yield svc
    svc.engine.dispose()


def test_open_finds_the_portfolio_and_none_before(private_home: Path) -> None:
    opened = open_current()
    assert PortfolioService.open(opened) is None
    PortfolioService.create(opened, role="student", name="Lotte", list_id="gezondheidszorg")
    again = PortfolioService.open(opened)
    assert again is not None and again.info.name == "Lotte"
    assert again.alist.id == "gezondheidszorg" and again.alist.version == 1
    opened.engine.dispose()


def test_bad_entries_are_refused_before_anything_is_saved(service: PortfolioService) -> None:
    with pytest.raises(EntryRejected) as rejected:
        service.add_hours(day=date(2026, 11, 24), minutes=60, context="thuiszorg", today=TODAY)
    assert [i.code for i in rejected.value.issues] == ["future"]
    service.add_hours(day=date(2026, 11, 2), minutes=14 * 60, context="thuiszorg", today=TODAY)
    with pytest.raises(EntryRejected):
        service.add_hours(day=date(2026, 11, 2), minutes=11 * 60, context="thuiszorg", today=TODAY)
    assert len(service.hours()) == 1


def test_editing_an_entry_counts_the_day_without_itself(service: PortfolioService) -> None:
    entry = service.add_hours(day=date(2026, 11, 2), minutes=20 * 60, context="thuiszorg")
    service.update_hours(
        entry, day=date(2026, 11, 2), minutes=23 * 60, context="thuiszorg", placement_id=None,
        note="nachtdienst",
    )  # fmt: skip
    (row,) = service.hours()
    assert row.minutes == 23 * 60 and row.note == "nachtdienst"


def test_delete_then_restore_gives_back_the_same_rows(service: PortfolioService) -> None:
    place = service.add_placement(
        organisation="WZC De Linde", context="residentieel",
        start_date=date(2026, 9, 1), end_date=date(2026, 10, 31),
    )  # fmt: skip
    ids = [
        service.add_hours(day=date(2026, 9, d), minutes=450, context="residentieel",
                          placement_id=place, note=f"dag {d}")
        for d in (1, 2, 3)
    ]  # fmt: skip
    before = service.hours()
    snapshots = service.delete_hours(ids[:2])
    assert [r.id for r in service.hours()] == [ids[2]]
    service.restore_hours(snapshots)
    assert service.hours() == before


def test_forecast_uses_the_recent_pace(service: PortfolioService) -> None:
    for d in range(2, 21):
        service.add_hours(day=date(2026, 11, d), minutes=420, context="residentieel", today=TODAY)
    evaluation = service.evaluation()
    (first, *_) = service.forecasts(evaluation, today=TODAY)
    assert first.rule_id == "registratie-300-uur"
    assert first.missing_minutes == 300 * 60 - 19 * 420
    assert first.expected is not None and first.expected > TODAY


def test_records_and_evidence_feed_the_rules(service: PortfolioService, tmp_path: Path) -> None:
    service.save_record(
        activity_id="bkc0023627-kb04", competence_id="bkc0023627", proposed_level=2,
        day=date(2026, 11, 3), reflection="Mondzorg onder begeleiding gedaan.",
    )  # fmt: skip
    (record,) = service.records()
    assert record.proposed_level == 2
    attest = tmp_path / "Attest EHBO – Zoë.pdf"
    attest.write_bytes(b"%PDF-1.4 test")
    evidence_id = service.add_evidence(attest, description="EHBO", links=["bkc0023629"])
    service.set_evidence_details(evidence_id, description="EHBO-attest", links=["bkc0023629"])
    (item,) = service.evidence()
    assert item.original_name == "Attest EHBO – Zoë.pdf" and item.links == ("bkc0023629",)


def test_bulk_import_is_one_transaction_and_reports_ids(service: PortfolioService) -> None:
    from stageportfolio.services.hours_import import PlannedRow, commit

    rows = [
        PlannedRow(
            line=d, day=date(2026, 10, d), minutes=450, context="residentieel",
            placement="WZC De Linde", new_placement=True,
        )
        for d in (1, 2)
    ]  # fmt: skip
    result = commit(service, rows)
    assert result.added == 2 and len(result.ids) == 2
    assert {r.id for r in service.hours()} == set(result.ids)
    assert commit(service, rows).added == 0
    (placement,) = service.placements()
    assert placement.organisation == "WZC De Linde"


def test_an_edit_can_be_undone_exactly(service: PortfolioService) -> None:
    entry = service.add_hours(day=date(2026, 11, 2), minutes=420, context="thuiszorg", note="a")
    before = service.hour_snapshot(entry)
    service.update_hours(
        entry, day=date(2026, 11, 3), minutes=300, context="thuiszorg", placement_id=None, note="b"
    )
    service.replace_hours(before)
    assert service.hour_snapshot(entry) == before
