"""The demo portfolio: realistic, private, and with exactly one open required rule."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from stageportfolio.core.catalog import load_catalog
from stageportfolio.services.demo import build_demo, demo_dates
from stageportfolio.services.portfolio import Opened, PortfolioService, evaluate_portfolio
from stageportfolio.store.db import DB_NAME, open_database


def _open(folder: Path) -> tuple[Opened, PortfolioService]:
    opened = Opened(engine=open_database(folder / DB_NAME), catalog=load_catalog(folder / "lists"))
    service = PortfolioService.open(opened)
    assert service is not None
    return opened, service


@pytest.mark.parametrize(
    "today", [date(2026, 11, 23), date(2026, 9, 20), date(2027, 3, 2), date(2027, 6, 30)]
)
def test_demo_has_exactly_the_300_hour_gap(tmp_path: Path, today: date) -> None:
    folder = build_demo(tmp_path / "demo", today=today)
    opened, service = _open(folder)
    try:
        evaluation = evaluate_portfolio(opened.engine, opened.catalog)
        status = {r.rule.id: r.status for r in evaluation.results}
        assert status["registratie-300-uur"] == "unmet"
        assert status["registratie-200-uur-kerncontexten"] == "met"
        assert status["verplichte-contexten"] == "met"
        errors = [g for g in evaluation.gaps if g.rule.severity == "error"]
        assert [g.rule.id for g in errors] == ["registratie-300-uur"]
        assert evaluation.counted_minutes == 230 * 60
        info = service.info
        assert (info.name, info.organisation, info.list_id) == (
            "Lotte Vermeulen",
            "Sint-Jozefsinstituut Brugge",
            "verzorgende-zorgkundige",
        )
        hours = service.hours()
        assert all(h.day <= today and h.day.weekday() < 5 for h in hours)
        assert {h.minutes for h in hours} <= {450, 420, 330}
        assert {p.context for p in service.placements()} == {"residentieel", "thuiszorg"}
        assert {m.name for m in service.mentors()} == {"An Peeters", "Tom Claes"}
        assert len(service.records()) >= 5
        assert service.signed_levels()
    finally:
        opened.engine.dispose()


def test_the_demo_teaches_the_real_thing(tmp_path: Path) -> None:
    """Real signatures; An vouched by the demo school, Tom not; one entry changed after
    sign-off; one day refused with a reason; no sign-off without a signature."""
    import json
    import subprocess
    import sys

    from stageportfolio.services.signoffs import SignOffService
    from stageportfolio.services.verify_file import read_anchors

    folder = build_demo(tmp_path / "demo", today=date(2027, 3, 2))
    opened, service = _open(folder)
    try:
        signoffs = SignOffService(service)
        facts = signoffs.verify_all()
        assert facts and all(v.code != "–" for v in facts)  # every one carries a signature
        assert {v.status for v in facts} == {"valid", "changed"}
        (changed,) = [v for v in facts if v.status == "changed"]
        assert changed.mentor_name == "An Peeters" and changed.target_kind == "hour_entry"
        (refused,) = [v for v in facts if v.decision == "refuse"]
        assert refused.mentor_name == "Tom Claes" and "Sarah" in refused.comment
        an = {v.name_confirmed for v in facts if v.signer == "An Peeters"}
        tom = {v.name_confirmed for v in facts if v.signer == "Tom Claes"}
        assert an == {True} and tom == {False}
        assert all(v.trusted is None for v in facts)  # the pupil's app: facts, no verdict
        anchors = read_anchors([str(folder / "demoschool.pub")])
        judged = signoffs.verify_all(anchors)
        assert {v.trusted for v in judged if v.signer == "An Peeters" and v.status == "valid"} == {
            True
        }
        assert {v.trusted for v in judged if v.signer == "Tom Claes"} == {False}
        totals = signoffs.hour_totals()
        assert totals.logged == 230 * 60
        # Every day but the changed one (An) and the refused one (Tom) is confirmed.
        assert totals.confirmed == 230 * 60 - 420 - 450
    finally:
        opened.engine.dispose()
    result = subprocess.run(
        [sys.executable, "-m", "stageportfolio", "status", "--json"],
        capture_output=True, text=True, encoding="utf-8", timeout=60,
        env={**__import__("os").environ, "STAGEPORTFOLIO_HOME": str(folder)},
    )  # fmt: skip
    payload = json.loads(result.stdout)
    assert payload["hours"] == {
        "logged_minutes": 230 * 60,
        "confirmed_minutes": 230 * 60 - 870,
        "paper_minutes": 0,
    }
    assert [s["status"] for s in payload["signoffs_not_counting"]] == ["changed"]


def test_demo_is_rebuilt_from_scratch(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    folder.mkdir()
    (folder / "stale.txt").write_text("old", encoding="utf-8")
    build_demo(folder, today=date(2026, 11, 23))
    build_demo(folder, today=date(2026, 11, 23))
    assert not (folder / "stale.txt").exists()
    opened, service = _open(folder)
    try:
        assert len(service.hours()) == 31
    finally:
        opened.engine.dispose()


def test_demo_texts_name_no_clients(tmp_path: Path) -> None:
    folder = build_demo(tmp_path / "demo", today=date(2026, 11, 23))
    opened, service = _open(folder)
    try:
        texts = [r.reflection for r in service.records()] + [h.note for h in service.hours()]
        for text in texts:
            assert not re.search(r"\b(mevrouw|meneer|mijnheer|dhr\.|mevr\.)\b", text, re.I)
            assert not re.search(r"\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}", text)  # rijksregister
    finally:
        opened.engine.dispose()


def test_before_november_the_demo_sits_in_the_previous_school_year() -> None:
    first, last, year = demo_dates(date(2026, 10, 1))
    assert year == "2025-2026"
    assert first.year == 2025 and last < date(2026, 10, 1)
    first, last, year = demo_dates(date(2026, 11, 23))
    assert year == "2026-2027" and last == date(2026, 11, 22)
