"""Bestand > Lijst importeren uit spreadsheet… in English mode: a file that cannot be read as
a table at all (a damaged workbook, a file with NUL characters, an old .xls) is refused with
the reader's English message, naming the file; nothing is saved."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from stageportfolio.ui.dialogs.list_import_dialog import ListImportDialog
from stageportfolio.ui.mainwindow import MainWindow
from tests.ui.test_english_everywhere import dutch_words, english

__all__ = ["english"]  # the fixture, imported for the tests below

BAD_FILES = {
    "kapot.xlsx": (b"PK\x03\x04" + b"\x00" * 40, "is not a valid Excel workbook (.xlsx)"),
    "nul.csv": (b"Competentie;Activiteit\nbkc1;wassen\x00\n", "holds NUL characters"),
    "oud.xls": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 40, "an old Excel workbook"),
}


def _open(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, path: Path
) -> ListImportDialog:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    action = window.findChild(QAction, "importListAction")
    assert action is not None
    action.trigger()
    dialog = window.list_import_dialog
    qtbot.waitExposed(dialog)
    dialog.set_base("gezondheidszorg")
    qtbot.mouseClick(dialog.findChild(type(dialog.save_button), "importChooseFile"),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    return dialog


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_an_unreadable_sheet_is_refused_in_english(
    qtbot: QtBot,
    english: None,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
) -> None:
    data, expected = BAD_FILES[name]
    path = tmp_path / name
    path.write_bytes(data)
    dialog = _open(qtbot, window, monkeypatch, path)
    shown = dialog.summary.text()
    assert f"{name}: " in shown and expected in shown, shown
    assert "Correct the file" in shown or "nothing was saved" in shown, shown
    assert not dutch_words(" ".join(dialog.problems).replace(name, " ")), dialog.problems
    assert dialog.imported is None and not dialog.save_button.isEnabled()


# A list with the mistakes a coordinator makes, row by row: a first row without a competence,
# a competence number without its BK (the base list has two), a competence the file names in no
# way the app knows, a year in words, a level off the scale, an own id that does not start with
# its competence's id, an activity written twice, and a BK the base list does not have.
BAD_ROWS = (
    "BK;Competentie;Activiteit-id;Activiteit;Jaar;Niveau\n"
    ";;;Bed opmaken;;\n"
    ";C3;;Handen wassen;;\n"
    ";vliegen als een vogel;;Zweven;;\n"
    ";bkc0023617;;Wondzorg;eerste;\n"
    ";bkc0023617;;Steunkousen aandoen;;superhoog\n"
    ";bkc0023617;zelfbedacht;Bloeddruk meten;;\n"
    ";bkc0023617;;Wondzorg;;\n"
    "BK-0001-1;C2;;Medicatie klaarzetten;;\n"
)


def test_row_problems_of_a_list_are_english_in_english_mode(
    qtbot: QtBot,
    english: None,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "stagelijst.csv"
    path.write_text(BAD_ROWS, encoding="utf-8")
    dialog = _open(qtbot, window, monkeypatch, path)
    heading, *lines = dialog.problems
    assert heading.startswith("stagelijst.csv: ") and "no list was made" in heading, heading
    shown = "\n".join(lines)
    for expected in (
        "line 2, column Competentie: missing: which competence?",
        "line 3, column Competentie: competence 3 of which BK?",
        "line 4, column Competentie: competence 'vliegen als een vogel' not recognised",
        "line 5, column Jaar: year 'eerste': write the year of the programme as a number",
        "line 6, column Niveau: level 'superhoog' is not in the list's scale",
        "line 7, column Activiteit-id: 'zelfbedacht' is not an official activity of bkc0023617",
        "line 8, column Activiteit: the same activity is already on line 5",
        "line 9, column BK: BK BK-0001-1 is not in the base list gezondheidszorg",
    ):
        assert expected in shown, shown
    # What may stay Dutch: the file's own cells and headers, and the official titles of the
    # BKs and their levels that the messages quote.
    quoted = ["vliegen als een vogel", "eerste", "superhoog", "Competentie", "Jaar", "Niveau"]
    quoted += ["gezondheidszorg", "zelfbedacht", "Activiteit"]  # the base list's id, cells
    rest = shown
    for text in quoted:
        rest = rest.replace(text, " ")
    rest = re.sub(r"\([^()]*\)", " ", rest)  # the list's scale, quoted from the list file
    assert not dutch_words(rest), dutch_words(rest)
    items = [dialog.problem_list.item(i).text() for i in range(dialog.problem_list.count())]
    assert items == lines
    assert dialog.imported is None and not dialog.save_button.isEnabled()


def test_moodle_framework_problems_are_english_in_english_mode(
    qtbot: QtBot,
    english: None,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A Moodle framework export with a second framework row, a competency without an ID
    number, an ID number used twice, an unknown parent, a cycle and a row of too many
    columns: every problem in English, naming its line and column."""
    from stageportfolio.core.limits import MAX_CSV_COLUMNS
    from tests.schoollist_files import MOODLE_HEADER, competency, fputcsv

    rows = [
        ["", "SJ-GZ", "Stagelijst", "", 1, "Niet verworven,Verworven", "", "", "", "", "", "",
         True, ""],
        ["", "SJ-2", "Nog een kader", "", 1, "", "", "", "", "", "", "", True, ""],
        competency("", "", "Zonder ID number", "", 11),
        competency("", "SJ-A", "Beroepshouding", "", 12),
        competency("", "SJ-A", "Nog eens SJ-A", "", 13),
        competency("SJ-X", "SJ-B", "Onder een onbekende ouder", "", 14),
        competency("SJ-D", "SJ-C", "Kring een", "", 15),
        competency("SJ-C", "SJ-D", "Kring twee", "", 16),
        ["x"] * (MAX_CSV_COLUMNS + 1),
    ]  # fmt: skip
    path = tmp_path / "kader.csv"
    path.write_text("".join(fputcsv(row) for row in [MOODLE_HEADER, *rows]), encoding="utf-8")
    dialog = _open(qtbot, window, monkeypatch, path)
    heading, *lines = dialog.problems
    assert heading.startswith("kader.csv: ") and "no list was made" in heading, heading
    shown = "\n".join(lines)
    for expected in (
        "line 3, column Is framework: a second framework (the first is on line 2)",
        "line 4, column ID number: missing: Moodle itself skips a competency",
        "line 6, column ID number: ID number 'SJ-A' is already on line 5",
        "line 7, column Parent ID number: there is no competency with ID number 'SJ-X'",
        "column Parent ID number: this competency sits (through its parents) under itself",
        f"line 10: more than {MAX_CSV_COLUMNS} columns",
    ):
        assert expected in shown, shown
    rest = shown
    for text in ("SJ-A", "SJ-X", "Is framework", "Parent ID number", "ID number"):
        rest = rest.replace(text, " ")
    assert not dutch_words(rest), dutch_words(rest)
    assert dialog.imported is None and not dialog.save_button.isEnabled()
