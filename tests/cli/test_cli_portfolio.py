"""The stored portfolio from the command line: init, import-hours, export-hours, status, erase."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from datetime import date
from pathlib import Path

import pytest

from tests.cli.test_cli import excel_csv, no_traceback, run


def count_entries(home: Path) -> int:
    with sqlite3.connect(home / "portfolio.sqlite3") as db:
        return int(db.execute("SELECT count(*) FROM hour_entry").fetchone()[0])


@pytest.fixture
def portfolio(private_home: Path) -> Path:
    result = run(
        "init",
        "--name",
        "Lotte Vermeulen",
        "--list",
        "gezondheidszorg",
        "--school-year",
        "2025-2026",
    )
    assert result.returncode == 0, result.stderr
    return private_home


def test_commands_without_a_portfolio_say_how_to_make_one(tmp_path: Path) -> None:
    for args in (["status"], ["export-hours", str(tmp_path / "x.csv")]):
        result = run(*args)
        assert result.returncode == 2
        assert "stageportfolio init" in result.stderr
        no_traceback(result)


def test_init_refuses_a_second_portfolio_and_an_unknown_list(portfolio: Path) -> None:
    again = run("init", "--name", "Iemand", "--list", "gezondheidszorg")
    assert again.returncode == 2 and "al een portfolio" in again.stderr


def test_data_folder_and_database_are_private(portfolio: Path) -> None:
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    assert stat.S_IMODE(portfolio.stat().st_mode) == 0o700
    assert stat.S_IMODE((portfolio / "portfolio.sqlite3").stat().st_mode) == 0o600


def test_import_is_idempotent_and_keeps_placements_and_mentors(
    portfolio: Path, tmp_path: Path
) -> None:
    csv = excel_csv(
        tmp_path / "uren.csv",
        [
            ("Woonzorgcentrum", "WZC De Linde", 20, date(2025, 9, 15)),
            ("Thuisverpleging", "Wit-Gele Kruis", 8, date(2025, 10, 13)),
        ],
    )
    first = run("import-hours", str(csv), "--nieuwe-stageplaatsen", "aanmaken")
    assert first.returncode == 0, first.stderr
    assert "28 regels toegevoegd" in first.stdout
    assert "2 nieuwe stageplaatsen" in first.stdout
    second = run("import-hours", str(csv), "--nieuwe-stageplaatsen", "aanmaken")
    assert second.returncode == 0
    assert "Niets toegevoegd" in second.stdout
    assert count_entries(portfolio) == 28
    with sqlite3.connect(portfolio / "portfolio.sqlite3") as db:
        placements = db.execute(
            "SELECT organisation, context, start_date, end_date FROM placement ORDER BY start_date"
        ).fetchall()
        mentors = {row[0] for row in db.execute("SELECT name FROM mentor")}
    assert placements[0] == ("WZC De Linde", "residentieel", "2025-09-15", "2025-10-10")
    assert placements[1][:2] == ("Wit-Gele Kruis", "thuiszorg")
    assert mentors == {"An Peeters"}


def test_one_bad_line_means_nothing_is_added(portfolio: Path, tmp_path: Path) -> None:
    csv = excel_csv(tmp_path / "uren.csv", [("WZC", "WZC De Linde", 30, date(2025, 9, 15))])
    with csv.open("ab") as fh:
        fh.write(b"3/12/2025;WZC;vijf;WZC De Linde;An Peeters;\r\n")
    result = run("import-hours", str(csv))
    assert result.returncode == 2
    assert "regel 32" in result.stderr and "niets toegevoegd" in result.stderr
    no_traceback(result)
    assert count_entries(portfolio) == 0


def test_a_day_over_24_hours_with_what_is_stored_is_refused(
    portfolio: Path, tmp_path: Path
) -> None:
    day = tmp_path / "dag.csv"
    day.write_text("datum;context;uren\n1/10/2025;WZC;14\n", encoding="utf-8")
    assert run("import-hours", str(day)).returncode == 0
    more = tmp_path / "meer.csv"
    more.write_text("datum;context;uren\n1/10/2025;thuiszorg;11\n", encoding="utf-8")
    result = run("import-hours", str(more))
    assert result.returncode == 2
    assert "24 uur" in result.stderr and "1/10/2025" in result.stderr
    assert count_entries(portfolio) == 1


def test_export_opens_in_belgian_excel_and_imports_back_unchanged(
    portfolio: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    csv = excel_csv(
        tmp_path / "uren.csv",
        [
            ("Residentiële ouderenzorg", "WZC De Linde", 3, date(2025, 9, 15)),
            ("ziekenhuis", "AZ Sint-Jan", 2, date(2025, 11, 3)),
        ],
    )
    with csv.open("ab") as fh:
        fh.write(
            "4/12/2025;ziekenhuis;7:20;AZ Sint-Jan;Els Maes;Geriatrie – nacht\r\n".encode("cp1252")
        )
    assert run("import-hours", str(csv), "--nieuwe-stageplaatsen", "aanmaken").returncode == 0
    out = tmp_path / "export.csv"
    result = run("export-hours", str(out))
    assert result.returncode == 0, result.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads the accents right
    text = raw.decode("utf-8-sig")
    lines = text.split("\r\n")
    assert lines[0] == "datum;context;uren;stageplaats;mentor;opmerking"
    assert lines[1] == "15/9/2025;residentiële ouderenzorg;7,5;WZC De Linde;An Peeters;"
    assert "4/12/2025;ziekenhuis;7:20;AZ Sint-Jan;An Peeters;Geriatrie – nacht" in lines

    other = tmp_path / "tweede"
    monkeypatch.setenv("STAGEPORTFOLIO_HOME", str(other))
    assert run("init", "--name", "Kopie", "--list", "gezondheidszorg").returncode == 0
    assert run("import-hours", str(out), "--nieuwe-stageplaatsen", "aanmaken").returncode == 0
    again = tmp_path / "export2.csv"
    assert run("export-hours", str(again)).returncode == 0
    assert again.read_bytes() == raw


def test_status_evaluates_the_stored_portfolio_with_competence_rules(
    portfolio: Path, tmp_path: Path
) -> None:
    csv = excel_csv(
        tmp_path / "uren.csv",
        [
            ("WZC", "WZC Ter Linde", 16, date(2025, 9, 15)),  # 120 h
            ("thuiszorg", "Familiehulp", 8, date(2025, 10, 13)),  # 60 h
            ("beperking", "MPC Sint-Jozef", 4, date(2025, 11, 3)),  # 30 h
        ],
    )
    assert run("import-hours", str(csv), "--nieuwe-stageplaatsen", "aanmaken").returncode == 0
    result = run("status", "--json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["portfolio"]["name"] == "Lotte Vermeulen"
    assert report["counted_hours"] == 210
    by_rule = {rule["id"]: rule for rule in report["rules"]}
    assert by_rule["registratie-300-uur"]["missing"] == 90
    assert by_rule["registratie-200-uur-kerncontexten"]["missing"] == 20
    signed = by_rule["competenties-afgetekend"]
    assert signed["status"] == "unmet"  # evaluated here: a stored portfolio has sign-offs
    assert signed["needed"] == 37
    text = run("status")
    assert "Lotte Vermeulen" in text.stdout and "Loop nog 90 uur stage" in text.stdout


def test_erase_needs_confirmation_and_then_removes_everything(portfolio: Path) -> None:
    refused = run("erase")
    assert refused.returncode == 2 and "--yes" in refused.stderr
    assert (portfolio / "portfolio.sqlite3").exists()
    done = run("erase", "--yes")
    assert done.returncode == 0
    assert not (portfolio / "portfolio.sqlite3").exists()
    assert run("status").returncode == 2


def test_exported_notes_cannot_run_as_excel_formulas_and_import_back(
    portfolio: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    csv = tmp_path / "uren.csv"
    csv.write_text(
        "datum;context;uren;opmerking\n"
        '1/10/2025;WZC;7;"=HYPERLINK(""http://x"";""klik"")"\n'
        "2/10/2025;WZC;7;-2 uur recup\n"
        "3/10/2025;WZC;7;gewone nota\n",
        encoding="utf-8",
    )
    assert run("import-hours", str(csv)).returncode == 0
    out = tmp_path / "export.csv"
    assert run("export-hours", str(out)).returncode == 0
    lines = out.read_bytes().decode("utf-8-sig").split("\r\n")
    assert lines[1].endswith(';"\'=HYPERLINK(""http://x"";""klik"")"')
    assert lines[2].endswith(";'-2 uur recup")
    assert lines[3].endswith(";gewone nota")
    monkeypatch.setenv("STAGEPORTFOLIO_HOME", str(tmp_path / "tweede"))
    assert run("init", "--name", "Kopie", "--list", "gezondheidszorg").returncode == 0
    assert run("import-hours", str(out)).returncode == 0
    again = tmp_path / "export2.csv"
    assert run("export-hours", str(again)).returncode == 0
    assert again.read_bytes() == out.read_bytes()
