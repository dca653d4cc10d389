"""Importing a CSV of hours, one policy for the app and the CLI (services/hours_import.py):
unknown placements are decided, never guessed; a row already there is never added twice,
whichever way it came in; the checks of a typed entry hold for every row."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from stageportfolio import cli
from stageportfolio.services import hours_import
from stageportfolio.services.hours_import import (
    CREATE,
    IGNORE,
    UnknownPlacementsError,
    commit,
    link,
    preview,
)
from stageportfolio.services.portfolio import EntryRejected, PortfolioService, open_current

TODAY = date(2026, 11, 23)
HEADER = "datum;context;uren;stageplaats;mentor;opmerking\n"


@pytest.fixture
def service(private_home: Path) -> Iterator[PortfolioService]:
    svc = PortfolioService.create(
        open_current(), role="student", name="Lotte", list_id="verzorgende-zorgkundige"
    )
    yield svc
    svc.engine.dispose()


def csv(*rows: str) -> bytes:
    return (HEADER + "".join(row + "\n" for row in rows)).encode("utf-8")


LINDE = csv(
    "3/11/2026;WZC;7,5;WZC De Linde;An Peeters;",
    "4/11/2026;WZC;7,5;WZC De Linde;;",
    "5/11/2026;thuiszorg;6;Wit-Gele Kruis;Tom Claes;",
)


def test_an_unknown_placement_is_listed_and_refused_until_decided(
    service: PortfolioService,
) -> None:
    plan = preview(service, LINDE, today=TODAY)
    assert [(u.name, u.lines) for u in plan.unknown] == [
        ("WZC De Linde", (2, 3)),
        ("Wit-Gele Kruis", (4,)),
    ]
    assert [u.name for u in plan.undecided] == ["WZC De Linde", "Wit-Gele Kruis"]
    assert not plan.importable and plan.to_add == []
    with pytest.raises(UnknownPlacementsError) as refused:
        commit(service, plan.rows)
    assert "WZC De Linde" in str(refused.value) and "regels 2–3" in str(refused.value)
    assert service.hours() == [] and service.placements() == []


def test_create_makes_the_placement_the_preview_describes(service: PortfolioService) -> None:
    plan = preview(service, LINDE, today=TODAY, others=CREATE)
    linde = plan.unknown[0]
    assert (linde.context, linde.start, linde.end, linde.mentor) == (
        "residentieel",
        date(2026, 11, 3),
        date(2026, 11, 4),
        "An Peeters",
    )
    result = commit(service, plan.rows)
    assert (result.added, result.skipped, result.placements_added) == (3, 0, 2)
    made = {p.organisation: p for p in service.placements()}
    assert (made["WZC De Linde"].start_date, made["WZC De Linde"].end_date) == (
        date(2026, 11, 3),
        date(2026, 11, 4),
    )
    mentors = {m.id: m.name for m in service.mentors()}
    assert mentors[made["Wit-Gele Kruis"].mentor_id or ""] == "Tom Claes"
    assert {h.placement for h in service.hours()} == {"WZC De Linde", "Wit-Gele Kruis"}
    # the same file again: nothing twice, no second placement
    again = commit(service, preview(service, LINDE, today=TODAY, others=CREATE).rows)
    assert (again.added, again.skipped, again.placements_added) == (0, 3, 0)
    assert len(service.placements()) == 2


def test_link_and_ignore(service: PortfolioService) -> None:
    existing = service.add_placement(
        organisation="Woonzorgcentrum De Linde",
        context="residentieel",
        start_date=date(2026, 9, 1),
        end_date=date(2026, 12, 20),
    )
    key = hours_import.placement_key("wzc  de linde")
    plan = preview(service, LINDE, today=TODAY, decisions={key: link(existing)}, others=IGNORE)
    assert plan.importable
    assert [(r.line, r.placement_id) for r in plan.to_add] == [(2, existing), (3, existing)]
    assert [r.line for r in plan.ignored] == [4]
    result = commit(service, plan.rows)
    assert (result.added, result.ignored, result.placements_added) == (2, 1, 0)
    assert {h.placement for h in service.hours()} == {"Woonzorgcentrum De Linde"}


def typed_shift(service: PortfolioService, organisation: str, year: int, today: date) -> str:
    """A placement from September to 20 December, with 7,5 h typed by hand in it on 3/11."""
    placement = service.add_placement(
        organisation=organisation,
        context="residentieel",
        start_date=date(year, 9, 1),
        end_date=date(year, 12, 20),
    )
    service.add_hours(
        day=date(year, 11, 3), minutes=450, context="residentieel", placement_id=placement,
        today=today,
    )  # fmt: skip
    return placement


def test_a_row_typed_by_hand_is_never_added_twice(service: PortfolioService) -> None:
    typed_shift(service, "WZC De Linde", 2026, TODAY)
    # Two equal shifts on 3/11 in the file: one of them is the one typed by hand.
    data = csv(
        "3/11/2026;WZC;7,5;WZC De Linde;;",
        "3/11/2026;WZC;7,5;WZC De Linde;;",
        "4/11/2026;WZC;7,5;wzc de linde;;",
    )
    plan = preview(service, data, today=TODAY)
    assert [(r.line, r.status) for r in plan.rows] == [
        (2, "duplicate"),
        (3, "add"),
        (4, "add"),
    ]
    result = commit(service, plan.rows)  # the duplicate is checked again inside the commit
    assert (result.added, result.skipped) == (2, 1)
    assert sorted(h.day.day for h in service.hours()) == [3, 3, 4]
    # and a row typed by hand after an import is not imported a second time either
    assert commit(service, preview(service, data, today=TODAY).rows).added == 0


def test_the_checks_of_a_typed_entry_hold_for_every_row(service: PortfolioService) -> None:
    service.add_placement(
        organisation="WZC De Linde",
        context="residentieel",
        start_date=date(2026, 9, 1),
        end_date=date(2026, 10, 31),
    )
    service.add_hours(day=date(2026, 11, 5), minutes=14 * 60, context="thuiszorg", today=TODAY)
    data = csv(
        "3/11/2026;WZC;7,5;WZC De Linde;;",  # after the placement's period
        "5/11/2026;thuiszorg;11;;;",  # 25 hours with what is stored
        "6/11/2026;horeca;4;;;",  # counts nowhere in this list: a warning
    )
    plan = preview(service, data, today=TODAY)
    assert [(p.line, p.issue.code) for p in plan.problems] == [
        (2, "outside_period"),
        (3, "day_over_24"),
    ]
    assert plan.problems[0].message() == (
        "regel 2: 3/11/2026 valt buiten de periode van WZC De Linde (1/9/2026 tot 31/10/2026)."
    )
    assert [(w.line, w.issue.code) for w in plan.warnings] == [(4, "context_not_in_list")]
    assert not plan.importable
    # the 24 hours are a guard of the commit too: all or nothing
    before = service.hours()
    with pytest.raises(EntryRejected):
        commit(service, [r for r in plan.rows if r.line == 3])
    assert service.hours() == before


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_hours_refuses_unknown_placements_and_names_the_flags(
    private_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fixed_today: date
) -> None:
    assert run_cli(capsys, "init", "--name", "Lotte", "--list", "gezondheidszorg")[0] == 0
    path = tmp_path / "uren.csv"
    path.write_bytes(LINDE.replace(b"2026", b"2025"))
    code, out, err = run_cli(capsys, "import-hours", str(path))
    assert code == 2 and out == ""
    assert "2 onbekende stageplaatsen; niets toegevoegd" in err
    assert "'WZC De Linde' (regels 2–3)" in err and "'Wit-Gele Kruis' (regel 4)" in err
    for flag in ("--nieuwe-stageplaatsen aanmaken", "--nieuwe-stageplaatsen negeren", "--koppel"):
        assert flag in err
    code, out, err = run_cli(
        capsys, "import-hours", str(path), "--koppel", "WZC De Linde=AZ Nergens"
    )
    assert code == 2 and "geen stageplaats 'AZ Nergens'" in err
    code, out, err = run_cli(capsys, "import-hours", str(path), "--nieuwe-stageplaatsen", "negeren")
    assert code == 0, err
    assert "3 regels van genegeerde stageplaatsen niet toegevoegd" in out
    assert "Niets toegevoegd" not in out and "0 regels toegevoegd" in out


def test_import_hours_links_and_never_adds_a_typed_row_twice(
    private_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fixed_today: date
) -> None:
    assert run_cli(capsys, "init", "--name", "Lotte", "--list", "gezondheidszorg")[0] == 0
    opened = open_current()
    service = PortfolioService.open(opened)
    assert service is not None
    typed_shift(service, "Woonzorgcentrum De Linde", 2025, fixed_today)
    opened.engine.dispose()
    path = tmp_path / "uren.csv"
    path.write_bytes(LINDE.replace(b"2026", b"2025"))
    code, out, err = run_cli(
        capsys, "import-hours", str(path), "--koppel", "WZC De Linde=Woonzorgcentrum De Linde",
        "--nieuwe-stageplaatsen", "aanmaken",
    )  # fmt: skip
    assert code == 0, err
    assert "1 nieuwe stageplaats aangemaakt" in out
    assert "2 regels toegevoegd; 1 stond er al en is niet dubbel toegevoegd." in out
