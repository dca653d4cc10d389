"""Bestand: export, erase and another studierichting from the app (issue 14.4), through the
same services as the command line."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from stageportfolio.services.portfolio import PortfolioService
from stageportfolio.ui.dialogs.list_change_dialog import ListChangeDialog
from stageportfolio.ui.mainwindow import MainWindow


def window_on(qtbot: QtBot, service: PortfolioService) -> MainWindow:
    window = MainWindow(service)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_export_writes_the_archive_the_cli_writes(
    qtbot: QtBot, filled: PortfolioService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_on(qtbot, filled)
    target = tmp_path / "Lotte"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    written = window.export_portfolio()
    assert written == tmp_path / "Lotte.stageportfolio"
    assert zipfile.is_zipfile(written)
    assert "Portfolio bewaard" in window.statusBar().currentMessage()


def click_in_box(text: str | None) -> None:
    """Click the button with ``text`` (None: Cancel) of the message box that opens next."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        if text is None:
            box.button(QMessageBox.StandardButton.Cancel).click()
            return
        next(b for b in box.buttons() if b.text() == text).click()

    QTimer.singleShot(0, click)


def test_erase_asks_then_removes_everything(
    qtbot: QtBot, filled: PortfolioService, private_home: Path
) -> None:
    window = window_on(qtbot, filled)
    click_in_box(None)
    assert window.erase() is False
    assert (private_home / "portfolio.sqlite3").exists()
    with qtbot.waitSignal(window.erased):
        click_in_box("&Definitief wissen")
        assert window.erase() is True
    assert not (private_home / "portfolio.sqlite3").exists()


def test_change_list_warns_then_pins_the_new_list(
    qtbot: QtBot, filled: PortfolioService, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_on(qtbot, filled)

    def choose(dialog: ListChangeDialog) -> int:
        rows = [dialog.lists.item(i) for i in range(dialog.lists.count())]
        dialog.lists.setCurrentItem(
            next(item for item in rows if item.data(0x0100 + 1) == "zorg-en-welzijn")
        )
        return ListChangeDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ListChangeDialog, "exec", choose)
    warned: list[str] = []

    def no(*args: object) -> QMessageBox.StandardButton:
        warned.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "warning", no)
    assert window.change_list() is False
    assert filled.alist.id == "verzorgende-zorgkundige"
    assert "blijven bewaard" in warned[0]
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Yes)
    assert window.change_list() is True
    assert filled.info.list_id == "zorg-en-welzijn"
    assert len(filled.hours()) == 4
