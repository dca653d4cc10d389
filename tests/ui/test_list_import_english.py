"""Bestand > Lijst importeren uit spreadsheet… in English mode: a file that cannot be read as
a table at all (a damaged workbook, a file with NUL characters, an old .xls) is refused with
the reader's English message, naming the file; nothing is saved."""

from __future__ import annotations

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
