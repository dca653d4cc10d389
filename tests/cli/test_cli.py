"""The headless commands as a user or a school script runs them: a real process, real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from stageportfolio.core.catalog import SHIPPED_DIR


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    return subprocess.run(
        [sys.executable, "-m", "stageportfolio", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=env,
        timeout=60,
    )


def weekdays(start: date, count: int) -> list[date]:
    days, day = [], start
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def excel_csv(path: Path, blocks: list[tuple[str, str, int, date]]) -> Path:
    """Write what Excel on a Belgian PC saves: cp1252, ';', CRLF, d/m/yyyy, 7,5 hours.

    Each block is (context as written, placement, days of 7,5 h, first day).
    """
    lines = ["Datum;Context;Uren;Stageplaats;Mentor;Opmerking"]
    for context, placement, days, start in blocks:
        for day in weekdays(start, days):
            lines.append(f"{day.day}/{day.month}/{day.year};{context};7,5;{placement};An Peeters;")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr
    assert "Traceback" not in result.stdout


# --- lists ------------------------------------------------------------------------------


def test_lists_json_has_every_list_with_the_promised_fields() -> None:
    result = run("lists", "--json")
    assert result.returncode == 0, result.stderr
    lists = json.loads(result.stdout)
    by_id = {item["id"]: item for item in lists}
    shipped = {p.stem for p in (SHIPPED_DIR / "lists").glob("*.toml")}
    assert set(by_id) == shipped
    for item in lists:
        assert {"id", "title", "version", "kind", "bks"} <= set(item)
        assert item["kind"] in {"studierichting", "evc"}
        assert all(code.startswith("BK-") for code in item["bks"])
    assert by_id["gezondheidszorg"]["bks"] == ["BK-0243-2", "BK-0489-1"]
    assert by_id["gezondheidszorg"]["kind"] == "studierichting"
    assert sum(item["kind"] == "evc" for item in lists) == 8


def test_lists_plain_text_names_every_list() -> None:
    result = run("lists")
    assert result.returncode == 0
    for list_id in ("gezondheidszorg", "kinderbegeleider-duaal", "evc-zorgkundige"):
        assert list_id in result.stdout


def test_a_users_own_list_shows_up_and_a_broken_one_is_reported(private_home: Path) -> None:
    lists_dir = private_home / "lists"
    lists_dir.mkdir(parents=True)
    (lists_dir / "school.toml").write_text(
        'format = 1\nid = "gezondheidszorg-sint-jan"\nversion = 1\n'
        'title = "Gezondheidszorg (Sint-Jan)"\nbased_on = "gezondheidszorg"\n',
        encoding="utf-8",
    )
    (lists_dir / "kapot.toml").write_text('format = 1\nid = "kapot"\n', encoding="utf-8")
    result = run("lists", "--json")
    assert result.returncode == 0
    ids = {item["id"] for item in json.loads(result.stdout)}
    assert "gezondheidszorg-sint-jan" in ids
    assert "kapot" not in ids
    assert "kapot.toml" in result.stderr


# --- validate-list ------------------------------------------------------------------------


def test_validate_list_accepts_every_shipped_file() -> None:
    for path in (
        sorted((SHIPPED_DIR / "lists").glob("*.toml"))[:3]
        + sorted((SHIPPED_DIR / "bk").glob("*.toml"))[:1]
    ):
        result = run("validate-list", str(path))
        assert result.returncode == 0, result.stderr
        assert "geldig" in result.stdout


def test_validate_list_lists_every_error_with_line_and_field(tmp_path: Path) -> None:
    bad = tmp_path / "kapot.toml"
    bad.write_text(
        "\n".join(
            [
                "format = 1",
                'id = "kapot"',
                "version = 1",
                'kind = "studierichting"',
                'title = "Kapotte lijst"',
                'programme = "Test"',
                'source = "test"',
                'contexts = ["residentieel", "maanbasis"]',
                "",
                "[[bks]]",
                'code = "BK-0243-2"',
                'scope = "volledig"',
                "",
                "[[rules]]",
                'id = "uren"',
                'kind = "min_total_hours"',
                'severity = "error"',
                'source = "test"',
                'hours = "veel"',
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    result = run("validate-list", str(bad))
    assert result.returncode == 2
    no_traceback(result)
    assert "regel 19" in result.stderr and "rules[0].hours" in result.stderr
    # An unknown context is reported too, once the file's shape is right:
    bad.write_text(bad.read_text(encoding="utf-8").replace('"veel"', "300"), encoding="utf-8")
    result = run("validate-list", str(bad))
    assert result.returncode == 2
    assert "regel 8" in result.stderr and "maanbasis" in result.stderr


def test_validate_list_on_a_missing_file_says_so(tmp_path: Path) -> None:
    result = run("validate-list", str(tmp_path / "nergens.toml"))
    assert result.returncode == 2
    assert "niet gevonden" in result.stderr
    no_traceback(result)


# --- check ------------------------------------------------------------------------------


def test_check_meets_every_error_rule_of_gezondheidszorg(tmp_path: Path) -> None:
    csv = excel_csv(
        tmp_path / "uren.csv",
        [
            ("Woonzorgcentrum", "WZC De Linde", 22, date(2025, 9, 15)),  # 165 h
            ("Thuisverpleging", "Wit-Gele Kruis", 14, date(2025, 11, 3)),  # 105 h
            ("Voorziening voor personen met een beperking", "De Vleugels", 4, date(2026, 2, 2)),
        ],
    )
    result = run("check", "--list", "gezondheidszorg", str(csv), "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["list"] == "gezondheidszorg"
    assert report["ok"] is True
    assert report["counted_hours"] == 300
    assert report["totals"] == {"beperking": 30, "residentieel": 165, "thuiszorg": 105}
    assert [gap["severity"] for gap in report["gaps"]] == []


def test_check_worked_example_gives_both_gaps_in_dutch(tmp_path: Path) -> None:
    # DOMAIN.md: 120 h residential + 60 h home care + 130 h disability care.
    csv = excel_csv(
        tmp_path / "uren.csv",
        [
            ("WZC", "WZC Ter Linde", 16, date(2025, 9, 15)),  # 120 h
            ("thuiszorg", "Familiehulp", 8, date(2025, 10, 13)),  # 60 h
            ("beperking", "MPC Sint-Jozef", 17, date(2025, 11, 3)),  # 127,5 h
        ],
    )
    with csv.open("ab") as fh:
        fh.write("1/12/2025;beperking;2:30;MPC Sint-Jozef;An Peeters;\r\n".encode("cp1252"))
    result = run("check", "--list", "gezondheidszorg", str(csv), "--json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["ok"] is False
    assert report["counted_hours"] == 280
    gaps = {gap["rule"]: gap for gap in report["gaps"]}
    assert gaps["min_total_hours"]["missing"] == 20
    assert gaps["min_total_hours"]["needed"] == 300
    assert gaps["min_total_hours"]["have"] == 280
    assert gaps["min_hours_in_contexts"]["missing"] == 20
    assert gaps["min_hours_in_contexts"]["have"] == 180
    assert gaps["min_hours_in_contexts"]["message"].startswith(
        "Loop nog 20 uur stage in de residentiële ouderenzorg, in een ziekenhuis of in de "
        "thuiszorg. Je hebt nu 180 van 200 uur daar."
    )
    assert gaps["min_total_hours"]["basis"] == "registratie"
    assert report["blocking"] == {
        "registratie": ["registratie-300-uur", "registratie-200-uur-kerncontexten"]
    }
    assert report["result"] == (
        "Resultaat: nog 2 tekorten die de registratie als zorgkundige blokkeren."
    )
    assert "Bron:" in gaps["min_total_hours"]["message"]
    text = run("check", "--list", "gezondheidszorg", str(csv))
    assert text.returncode == 1
    assert "NIET VOLDAAN" in text.stdout and "280" in text.stdout
    english = run("--lang", "en", "check", "--list", "gezondheidszorg", str(csv))
    assert "Do 20 more hours of stage" in english.stdout


def test_check_refuses_bad_lines_naming_each_one(tmp_path: Path) -> None:
    csv = tmp_path / "fout.csv"
    csv.write_bytes(
        (
            "Datum;Context;Uren\r\n"
            "6/10/2025;WZC;7,5\r\n"
            "7/10/2025;WZC;-3\r\n"
            "8/10/2025;maanbasis;7\r\n"
            "31/02/2025;WZC;7\r\n"
            "9/10/2025;WZC;zeven\r\n"
        ).encode("cp1252")
    )
    result = run("check", "--list", "gezondheidszorg", str(csv))
    assert result.returncode == 2
    no_traceback(result)
    for line in ("regel 3", "regel 4", "regel 5", "regel 6"):
        assert line in result.stderr
    assert "maanbasis" in result.stderr and "zeven" in result.stderr


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "leeg"),
        (b"Datum;Uren\r\n6/10/2025;7\r\n", "context"),
        (b"PK\x03\x04\x14\x00\x06\x00binary", "CSV"),
        (b"Datum;Context;Uren\r\n1/1/2099;WZC;7\r\n", "toekomst"),
    ],
)
def test_check_refuses_unusable_files_clearly(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    csv = tmp_path / "uren.csv"
    csv.write_bytes(content)
    result = run("check", "--list", "gezondheidszorg", str(csv))
    assert result.returncode == 2
    no_traceback(result)
    assert expected.lower() in result.stderr.lower()


def test_check_with_an_unknown_list_names_the_known_ones(tmp_path: Path) -> None:
    csv = excel_csv(tmp_path / "uren.csv", [("WZC", "X", 1, date(2025, 9, 15))])
    result = run("check", "--list", "tandarts", str(csv))
    assert result.returncode == 2
    assert "tandarts" in result.stderr and "gezondheidszorg" in result.stderr
    no_traceback(result)


def test_check_on_a_missing_csv_says_so(tmp_path: Path) -> None:
    result = run("check", "--list", "gezondheidszorg", str(tmp_path / "geen.csv"))
    assert result.returncode == 2
    assert "niet gevonden" in result.stderr


def test_bad_arguments_exit_2_with_usage() -> None:
    result = run("check", "uren.csv")
    assert result.returncode == 2
    assert "--list" in result.stderr
    no_traceback(result)
