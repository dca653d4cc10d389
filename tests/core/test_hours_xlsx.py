"""Hours straight from an Excel workbook (.xlsx): the school's template, no "Opslaan als CSV"."""

from __future__ import annotations

import io
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest

from stageportfolio.core.catalog import SHIPPED_DIR, load_contexts
from stageportfolio.core.contexts import ContextRegistry
from stageportfolio.core.hourscsv import HoursCsvError, parse_hours_csv
from tests.cli.test_cli import no_traceback, run


@pytest.fixture(scope="module")
def contexts() -> ContextRegistry:
    return load_contexts(SHIPPED_DIR / "contexts.toml")


def workbook(rows: list[list[object]], *, title_rows: int = 0) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Uren"
    for _ in range(title_rows):
        sheet.append(["Urenlijst stage 2025-2026"])
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


HEADER = ["Datum", "Context", "Uren", "Stageplaats", "Mentor"]


def test_a_workbook_with_real_dates_and_times_is_read(contexts: ContextRegistry) -> None:
    data = workbook(
        [
            HEADER,
            [datetime(2025, 10, 6), "WZC", 7.5, "WZC De Linde", "An Peeters"],
            [date(2025, 10, 7), "residentieel", time(6, 45), "WZC De Linde", "An Peeters"],
            ["8/10/2025", "WZC", "7,5", "WZC De Linde", None],
        ],
        title_rows=1,
    )
    parsed = parse_hours_csv(data, contexts, today=date(2025, 12, 1))
    assert [(e.day, e.minutes, e.context) for e in parsed.entries] == [
        (date(2025, 10, 6), 450, "residentieel"),
        (date(2025, 10, 7), 405, "residentieel"),
        (date(2025, 10, 8), 450, "residentieel"),
    ]
    assert parsed.rows == [3, 4, 5]  # the rows as Excel numbers them (a title row above)


def test_a_problem_names_the_excel_row(contexts: ContextRegistry) -> None:
    data = workbook([HEADER, [date(2025, 10, 6), "WZC", "vijf", "WZC De Linde", None]])
    with pytest.raises(HoursCsvError) as caught:
        parse_hours_csv(data, contexts, today=date(2025, 12, 1))
    (problem,) = caught.value.problems
    assert problem.line == 2 and "vijf" in problem.message


def test_a_damaged_workbook_says_so(contexts: ContextRegistry) -> None:
    data = workbook([HEADER])[:400]
    with pytest.raises(HoursCsvError) as caught:
        parse_hours_csv(data, contexts, today=date(2025, 12, 1))
    (problem,) = caught.value.problems
    assert problem.line is None and "Excel-werkmap" in problem.message


def test_the_cli_imports_a_workbook_once(private_home: Path, tmp_path: Path) -> None:
    made = run("init", "--name", "Lotte Vermeulen", "--list", "gezondheidszorg")
    assert made.returncode == 0, made.stderr
    path = tmp_path / "uren.xlsx"
    path.write_bytes(
        workbook(
            [
                HEADER,
                [date(2025, 10, 6), "WZC", 7.5, "WZC De Linde", "An Peeters"],
                [date(2025, 10, 7), "WZC", 7.5, "WZC De Linde", "An Peeters"],
            ]
        )
    )
    first = run("import-hours", str(path), "--nieuwe-stageplaatsen", "aanmaken")
    assert first.returncode == 0, first.stderr
    assert "2 regels toegevoegd" in first.stdout
    again = run("import-hours", str(path), "--nieuwe-stageplaatsen", "aanmaken")
    assert again.returncode == 0 and "Niets toegevoegd" in again.stdout
    no_traceback(again)
