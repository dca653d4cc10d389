"""Two-line warnings fit the hour dialog (issue 14.7): the dialog grows so that no message is
cut off, and never past the screen."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from stageportfolio.services.portfolio import PortfolioService
from stageportfolio.ui.dialogs.hour_dialog import HourDialog
from stageportfolio.ui.widgets.screen import available


def clipped(dialog: HourDialog) -> list[str]:
    """Visible wrapped labels that are lower than their text needs."""
    out = []
    for label in dialog.findChildren(QLabel):
        shown = label.isVisible() and label.wordWrap() and label.text()
        if shown and label.height() < label.heightForWidth(label.width()):
            out.append(label.text())
    return out


def test_long_warnings_are_never_cut_off(qtbot: QtBot, filled: PortfolioService) -> None:
    dialog = HourDialog(filled, today=date(2026, 11, 23))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.date_edit.setText("4/11/2026")
    dialog.hours_edit.setText("23,5")  # a long day: a warning, and over 24 h with that day
    dialog.note_edit.setText("mevrouw Peeters, geboren op 3/4/1938, rijksregister 38.04.03-123.45")
    shown = [m for m in dialog.messages.values() if m.isVisible() and m.text()]
    assert shown, "the dialog says something about this day"
    qtbot.waitUntil(lambda: clipped(dialog) == [], timeout=2000)
    room = available(dialog)
    assert dialog.frameGeometry().height() <= room.height()
