"""Bestand > Lijst importeren uit spreadsheet…: a coordinator chooses the school's workbook,
sees the activities (official and the school's own) and the inherited rules, saves the one
file for the pupils and finds the list in the app; a file with mistakes shows every problem by
row and column and saves nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from stageportfolio.services.portfolio import PortfolioService
from stageportfolio.ui.dialogs.list_import_dialog import ListImportDialog
from stageportfolio.ui.mainwindow import MainWindow
from tests.schoollist_files import C1, C2_CODE, OWN_TEXTS, moodle_csv, school_workbook


def open_import(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, path: Path
) -> ListImportDialog:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), "Spreadsheets")
    )
    action = window.findChild(type(window.menuBar().actions()[0]), "importListAction")
    assert action is not None and action.text() == "Lijst importeren uit s&preadsheet…"
    action.trigger()
    dialog = window.list_import_dialog
    qtbot.waitExposed(dialog)
    dialog.set_base("gezondheidszorg")
    qtbot.mouseClick(
        dialog.findChild(type(dialog.save_button), "importChooseFile"), Qt.MouseButton.LeftButton
    )
    return dialog


def tree_rows(dialog: ListImportDialog) -> dict[str, list[tuple[str, str, str]]]:
    out = {}
    for i in range(dialog.tree.topLevelItemCount()):
        top = dialog.tree.topLevelItem(i)
        assert top is not None
        out[top.text(2)] = [
            (top.child(j).text(0), top.child(j).text(1), top.child(j).text(2))
            for j in range(top.childCount())
        ]
    return out


def test_a_coordinator_imports_the_school_workbook_and_saves_one_file(
    qtbot: QtBot,
    window: MainWindow,
    service: PortfolioService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = school_workbook(tmp_path / "stagelijst.xlsx", service.catalog)
    dialog = open_import(qtbot, window, monkeypatch, path)
    # the id follows the school's name; the coordinator types the title
    assert dialog.id_edit.text() == "gezondheidszorg-sint-jozefsinstituut"
    dialog.title_edit.clear()
    qtbot.keyClicks(dialog.title_edit, "Gezondheidszorg (Sint-Jozef)")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert "Het bestand is in orde." in dialog.summary.text()
    assert "5 activiteiten, waarvan 2 officiële" in dialog.summary.text()
    rows = tree_rows(dialog)
    assert rows[C1][0] == (OWN_TEXTS[1], "eigen activiteit", rows[C1][0][2])
    assert rows["bkc0023618"][0][1:] == ("officieel", C2_CODE)
    assert rows["bkc0023619"][0][1] == "officieel"  # not in the file: the BK's activities
    assert dialog.rules.rows()[0][0].startswith("300 uur stage")  # the federal rule stays
    dialog.grab().save(str(tmp_path / "list-import.png"))
    out = tmp_path / "voor-de-leerlingen" / "gezondheidszorg-sint-jozef.toml"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(out), "TOML"))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert out.is_file() and dialog.added is not None
    assert "Lijst opgeslagen:" in window.statusBar().currentMessage()
    added = window.service.catalog.get("gezondheidszorg-sint-jozefsinstituut")
    assert added.spec.title == "Gezondheidszorg (Sint-Jozef)"
    assert OWN_TEXTS[1] in [
        a.text for _, c in added.competences() if c.id == C1 for a in c.activities
    ]


def test_problems_are_listed_by_row_and_nothing_is_saved(
    qtbot: QtBot,
    window: MainWindow,
    service: PortfolioService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = [[None, "bkc0023617", None, "Doet iets", None, None, 7]] * 3
    path = school_workbook(tmp_path / "fouten.xlsx", service.catalog, rows)
    dialog = open_import(qtbot, window, monkeypatch, path)
    assert "fouten.xlsx, blad Activiteiten: 5 problemen" in dialog.summary.text()
    items = [dialog.problem_list.item(i).text() for i in range(dialog.problem_list.count())]
    assert items[0].startswith("rijen 4–6, kolom Niveau: niveau '7'")
    assert items[1] == "rijen 5, 6, kolom Activiteit: dezelfde activiteit staat al op rij 4"
    assert not dialog.save_button.isEnabled()
    assert dialog.tabs.isHidden()


def test_a_moodle_export_with_dutch_headers_needs_the_moodle_box(
    qtbot: QtBot, service: PortfolioService, tmp_path: Path
) -> None:
    path = moodle_csv(tmp_path / "kader.csv", service.catalog)
    _header, rest = path.read_text("utf-8").split("\n", 1)
    path.write_text(",".join(f"kolom {i}" for i in range(14)) + "\n" + rest, "utf-8")
    dialog = ListImportDialog(service.catalog, path=path)
    qtbot.addWidget(dialog)
    dialog.set_base("gezondheidszorg")
    assert "geen kopregel" in dialog.summary.text()
    qtbot.mouseClick(dialog.moodle, Qt.MouseButton.LeftButton)
    assert "Het bestand is in orde." in dialog.summary.text()
    assert dialog.title_edit.text() == ""
    assert "Stagelijst Gezondheidszorg (Sint-Jozef)" in dialog.summary.text()


def test_a_pupil_adds_the_saved_file_with_lijst_toevoegen(
    qtbot: QtBot,
    window: MainWindow,
    service: PortfolioService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from stageportfolio.services.list_import import (
        ImportOptions,
        import_list_file,
        save_imported_list,
    )
    from tests.ui.test_add_list import add_from

    made = import_list_file(
        school_workbook(tmp_path / "stagelijst.xlsx", service.catalog),
        service.catalog,
        based_on="gezondheidszorg",
        options=ImportOptions(list_id="gezondheidszorg-sint-jozef", title="Sint-Jozef"),
    )
    out = tmp_path / "van-de-school" / "gezondheidszorg-sint-jozef.toml"
    out.parent.mkdir()
    save_imported_list(made, out, service.catalog)
    dialog = add_from(qtbot, window, monkeypatch, out)
    assert "Het bestand is in orde." in dialog.summary.text()
    assert "Schoolvariant van Gezondheidszorg" in dialog.summary.text()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    added = window.service.catalog.get("gezondheidszorg-sint-jozef")
    assert added.activities_by_competence() == made.alist.activities_by_competence()
