"""Everything that asks the clock, run on each of the fixed dates (tests/conftest.py): New Year,
a leap day, the last and first day of a school year, New Year's Eve, each at 00:30 in Brussels,
when the UTC date is still yesterday's.

Nothing here passes a ``today=`` or ``now=``: these are the defaults a user gets.
"""

from __future__ import annotations

import io
import json
import math
import re
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pikepdf
import pytest

from stageportfolio import cli
from stageportfolio.core import clock
from stageportfolio.core.catalog import load_catalog
from stageportfolio.report.pdf import render_pdf
from stageportfolio.services.demo import build_demo
from stageportfolio.services.mentormode import SignRequest, load_learners, record_learner
from stageportfolio.services.pdf_export import portfolio_pdf
from stageportfolio.services.portfolio import (
    EntryRejected,
    Opened,
    PortfolioService,
    evaluate_portfolio,
    open_current,
)
from stageportfolio.services.signoffs import Decision, SignOffService
from stageportfolio.services.snapshot import build_snapshot
from stageportfolio.store.archive import export_archive
from stageportfolio.store.db import DB_NAME, open_database

MONTHS = [
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
]  # fmt: skip
DB_FIXTURE = Path(__file__).parent / "data" / "db" / "schema-0001.sqlite3"


@pytest.fixture
def service(fixed_today: date, private_home: Path) -> Iterator[PortfolioService]:
    svc = PortfolioService.create(
        open_current(), role="student", name="Lotte", list_id="verzorgende-zorgkundige"
    )
    yield svc
    svc.engine.dispose()


def school_year(day: date) -> str:
    start = day.year if day.month >= 9 else day.year - 1
    return f"{start}-{start + 1}"


def weekdays_before(day: date, count: int) -> list[date]:
    days: list[date] = []
    while len(days) < count:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            days.append(day)
    return days


def test_the_clock_is_local_today_and_utc_now(fixed_today: date) -> None:
    now = clock.now()
    assert now.tzinfo is UTC
    assert clock.today() == date.today() == fixed_today
    # 00:30 in Brussels: the UTC date is still yesterday's, today is the local date
    assert now.date() == fixed_today - timedelta(days=1)
    assert now.astimezone().date() == fixed_today


def test_a_future_entry_is_refused_and_today_is_fine(service: PortfolioService) -> None:
    today = clock.today()
    tomorrow = today + timedelta(days=1)
    issues = service.check_hours(day=tomorrow, minutes=60, context="thuiszorg", placement_id=None)
    assert [i.code for i in issues] == ["future"]
    shown = f"{tomorrow.day}/{tomorrow.month}/{tomorrow.year}"
    assert issues[0].message("nl") == f"{shown} ligt in de toekomst."
    with pytest.raises(EntryRejected):
        service.add_hours(day=tomorrow, minutes=60, context="thuiszorg")
    service.add_hours(day=today, minutes=60, context="thuiszorg")
    assert [h.day for h in service.hours()] == [today]


def test_a_csv_with_a_future_date_is_refused_by_check_and_import_hours(
    service: PortfolioService, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    today = clock.today()
    tomorrow = today + timedelta(days=1)
    path = tmp_path / "uren.csv"
    path.write_text(
        "Datum;Context;Uren\r\n"
        f"{today.day}/{today.month}/{today.year};thuiszorg;7,5\r\n"
        f"{tomorrow.day:02d}/{tomorrow.month:02d}/{tomorrow.year};thuiszorg;7,5\r\n",
        encoding="utf-8",
    )
    shown = f"{tomorrow.day:02d}/{tomorrow.month:02d}/{tomorrow.year}"
    check = ["check", "--list", "verzorgende-zorgkundige", str(path)]
    for args in (check, ["import-hours", str(path)]):
        assert cli.main(args) == 2
        err = capsys.readouterr().err
        assert "regel 3" in err and shown in err and "toekomst" in err, err
    assert service.hours() == []  # nothing half-imported

    path.write_text(
        f"Datum;Context;Uren\r\n{today.day}/{today.month}/{today.year};thuiszorg;7,5\r\n",
        encoding="utf-8",
    )
    assert cli.main(["import-hours", str(path)]) == 0
    assert [(h.day, h.minutes) for h in service.hours()] == [(today, 450)]


def test_the_forecast_runs_from_today_at_the_pace_of_the_last_four_weeks(
    service: PortfolioService,
) -> None:
    today = clock.today()
    days = weekdays_before(today, 12)  # 12 weekdays of 6 h within the last 28 days
    for day in days:
        service.add_hours(day=day, minutes=360, context="residentieel")
    service.add_hours(day=today - timedelta(days=40), minutes=480, context="residentieel")
    evaluation = service.evaluation()
    forecast = next(f for f in service.forecasts(evaluation) if f.rule_id == "registratie-300-uur")
    # The pace is per stage day (school days, no holidays) of the last four weeks, today
    # included; the older entry is outside. The forecast walks the stage days after today.
    stage = service.stage_calendar()
    counted = set(stage.stage_days(today - timedelta(days=27), today)) | set(days)
    pace = 12 * 360 / len(counted)
    missing = 300 * 60 - 12 * 360 - 480
    assert forecast.missing_minutes == missing
    assert forecast.expected is not None and stage.is_stage_day(forecast.expected)
    ahead = stage.stage_days(today + timedelta(days=1), forecast.expected)
    assert len(ahead) == math.ceil(missing / pace)


def test_the_demo_is_built_around_today(tmp_path: Path, fixed_today: date) -> None:
    folder = build_demo(tmp_path / "demo")
    opened = Opened(engine=open_database(folder / DB_NAME), catalog=load_catalog(folder / "lists"))
    try:
        service = PortfolioService.open(opened)
        assert service is not None
        hours = service.hours()
        assert hours and all(h.day < fixed_today and h.day.weekday() < 5 for h in hours)
        before_november = fixed_today.month in (9, 10)
        expected_year = school_year(fixed_today - timedelta(days=61 if before_november else 0))
        assert service.info.school_year == expected_year
        evaluation = evaluate_portfolio(opened.engine, opened.catalog)
        errors = [g.rule.id for g in evaluation.gaps if g.rule.severity == "error"]
        assert errors == ["registratie-300-uur"]  # exactly the gap the demo is built to show
        assert evaluation.counted_minutes == 230 * 60
    finally:
        opened.engine.dispose()


def test_the_pdf_is_printed_today(service: PortfolioService, tmp_path: Path) -> None:
    today = clock.today()
    snapshot = build_snapshot(service)
    assert snapshot.printed == today
    path = tmp_path / "portfolio.pdf"
    path.write_bytes(render_pdf(snapshot, variant="stage"))
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert f"afgedrukt op {today.day} {MONTHS[today.month - 1]} {today.year}" in text


def test_archive_and_pdf_timestamps_are_the_clocks(
    service: PortfolioService, tmp_path: Path
) -> None:
    before = clock.now().replace(microsecond=0)
    export_archive(service.engine, tmp_path / "portfolio.zip")
    with zipfile.ZipFile(tmp_path / "portfolio.zip") as zf:
        manifest = json.loads(zf.read("manifest.json"))
    created = datetime.fromisoformat(manifest["created_at"])
    assert before <= created <= clock.now()
    assert created.tzinfo is not None and created.utcoffset() == timedelta(0)

    # The PDF is stamped with the start of the day it was printed (local midnight), so the
    # same portfolio printed twice that day gives the same file.
    pdf = portfolio_pdf(service)
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        xmp = doc.Root.Metadata.read_bytes().decode("utf-8")
    match = re.search(r"<xmp:CreateDate[^>]*>([^<]+)</xmp:CreateDate>", xmp)
    assert match is not None, xmp
    stamp = datetime.fromisoformat(match[1])
    assert stamp == clock.start_of_day(clock.today())
    assert clock.local_day(stamp) == clock.today() and stamp <= clock.now()


def test_sign_off_time_is_now_and_shows_as_todays_date(service: PortfolioService) -> None:
    today = clock.today()
    mentor = service.add_mentor(name="An Peeters", organisation="WZC Ter Duinen")
    record = service.save_record(
        activity_id="bkc0023627-kb04", competence_id="bkc0023627", proposed_level=2,
        day=today, reflection="Mondzorg onder begeleiding gedaan.",
    )  # fmt: skip
    signoffs = SignOffService(service)
    signoffs.create_key(mentor, "lange wachtzin van An")
    before = clock.now().replace(microsecond=0)
    signoffs.sign_on_the_spot(
        mentor,
        "lange wachtzin van An",
        [Decision("activity_record", record, approve=True, level=3)],
    )
    (verification,) = signoffs.verify_all()
    assert verification.status == "valid"
    assert before <= verification.signed_at <= clock.now()
    # The portfolio PDF shows the day it was signed here, not the UTC date (yesterday at 00:30).
    lines = [a for c in build_snapshot(service).competences for a in c.activities]
    (line,) = [a for a in lines if a.record_id == record]
    assert line.signoff is not None and line.signoff.day == today


def test_a_migration_backup_is_stamped_by_the_clock(fixed_today: date, tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    shutil.copy2(DB_FIXTURE, path)
    open_database(path).dispose()
    (backup,) = (tmp_path / "backups").iterdir()
    assert clock.now().strftime("%Y%m%dT") in backup.name


def test_mentor_mode_dates_a_learner_by_the_local_day(fixed_today: date) -> None:
    request = SignRequest(
        created_at=clock.now(), portfolio_id="pf-1", learner_name="Lotte", portfolio={}, mentor={}
    )
    assert request.period() == (fixed_today, fixed_today)
    record_learner(request)
    (learner,) = load_learners()
    assert (learner.start, learner.end) == (fixed_today, fixed_today)
