"""Every input has a name a screen reader says (issue 14.11): a walk over every widget of every
section and of the dialogs a pupil uses, through Qt's accessibility interface (what NVDA or
Orca reads: the accessible name, else the label whose buddy it is, else the button's text)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from stageportfolio.services.portfolio import PortfolioService
from stageportfolio.ui.mainwindow import MainWindow

INPUTS = (
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractButton,
)


def nameless(root: QWidget) -> list[str]:
    """The inputs under ``root`` (visible in it, enabled or not) without an accessible name."""
    QAccessible.setActive(True)
    out = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QHeaderView):
            continue  # a table's header: the table has the name, each column its title
        if isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # the line edit inside a combo box or spin box: the box has the name
        if widget.objectName().startswith("qt_"):  # Qt's own parts (scroll bar buttons, ...)
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            kind, where = type(widget).__name__, type(widget.parent()).__name__
            out.append(f"{kind} {widget.objectName()!r} ({widget.toolTip()!r}) in {where}")
    return out


def test_every_input_of_every_section_has_a_name(qtbot: QtBot, filled: PortfolioService) -> None:
    window = MainWindow(filled)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    missing = []
    for section in window.sections:
        window.show_section(type(section))
        missing += nameless(section)
    missing += nameless(window.nav.parentWidget() or window)
    assert missing == []


def dialogs(service: PortfolioService) -> list[QDialog]:
    from stageportfolio.ui.dialogs.csv_import_dialog import CsvImportDialog
    from stageportfolio.ui.dialogs.hour_dialog import HourDialog
    from stageportfolio.ui.dialogs.howto_dialog import HowToDialog
    from stageportfolio.ui.dialogs.list_change_dialog import ListChangeDialog
    from stageportfolio.ui.dialogs.mentor_dialog import MentorDialog
    from stageportfolio.ui.dialogs.placement_dialog import PlacementDialog
    from stageportfolio.ui.dialogs.week_dialog import WeekDialog

    today = date(2026, 11, 23)
    data = (
        b"Datum;Context;Uren;Stageplaats\n"
        b"16/11/2026;thuiszorg;7,5;Thuiszorg Aalst\n"
        b"17/11/2026;thuiszorg;7,5;Thuiszorg Aalst\n"
    )
    return [
        HourDialog(service, today=today),
        WeekDialog(service, today=today),
        PlacementDialog(service, service.placements()[0]),
        PlacementDialog(service),
        MentorDialog(),
        CsvImportDialog(service, Path("uren.csv"), data, today=today),
        ListChangeDialog(service),
        HowToDialog(),
    ]


def test_every_input_of_the_dialogs_has_a_name(qtbot: QtBot, filled: PortfolioService) -> None:
    missing = []
    for dialog in dialogs(filled):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        missing += [f"{type(dialog).__name__}: {m}" for m in nameless(dialog)]
        dialog.close()
    assert missing == []


@pytest.mark.parametrize("pages", [0, 1, 2, 3])
def test_every_input_of_the_first_start_has_a_name(
    qtbot: QtBot, private_home: Path, pages: int
) -> None:
    from stageportfolio.services.portfolio import open_current
    from stageportfolio.ui.wizard import FirstStartWizard

    wizard = FirstStartWizard(open_current())
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.name_page.name_edit.setText("Lotte Vermeulen")
    for _ in range(pages):
        before = wizard.currentId()
        wizard.next()
        assert wizard.currentId() != before
    current = wizard.currentPage()
    assert current is not None
    assert nameless(current) == [], (pages, type(current).__name__)
