"""The Uren section: add, edit and delete hours with the keyboard, inline checks, undo, filters,
totals, and CSV import and export."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from stageportfolio.services.portfolio import PortfolioService
from stageportfolio.ui.dialogs.hour_dialog import HourDialog
from stageportfolio.ui.models.hours_model import (
    COL_CONTEXT,
    COL_DAY,
    COL_HOURS,
    COL_MENTOR,
    COL_NOTE,
    COL_PLACEMENT,
    HourLine,
    HoursModel,
)
from stageportfolio.ui.sections.hours import HoursSection

TODAY = date(2026, 11, 23)


class Host(QWidget):
    """What the main window gives a section: a window with undo/redo on Ctrl+Z/Ctrl+Y."""

    def __init__(self, service: PortfolioService) -> None:
        super().__init__()
        self.undo = QUndoStack(self)
        for action, key in (
            (self.undo.createUndoAction(self), QKeySequence.StandardKey.Undo),
            (self.undo.createRedoAction(self), QKeySequence.StandardKey.Redo),
        ):
            action.setShortcut(key)
            self.addAction(action)
        self.section = HoursSection(service, self.undo, today=lambda: TODAY)
        QVBoxLayout(self).addWidget(self.section)
        self.resize(1000, 700)


@pytest.fixture
def section(qtbot: QtBot, filled: PortfolioService) -> Iterator[HoursSection]:
    host = Host(filled)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    yield host.section


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, one key event per character (QTest's keyClicks handles ASCII only)."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def table_texts(section: HoursSection, column: int) -> list[str]:
    proxy = section.proxy
    return [str(proxy.index(row, column).data()) for row in range(proxy.rowCount())]


def open_new(qtbot: QtBot, section: HoursSection) -> HourDialog:
    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: section.dialog is not None and section.dialog.isActiveWindow())
    assert section.dialog is not None
    return section.dialog


def type_date(qtbot: QtBot, dialog: HourDialog, text: str) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # &Uren
    qtbot.keyClick(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # &Datum
    assert dialog.date_edit.hasFocus()
    qtbot.keyClicks(dialog.date_edit, text)


def retype(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def test_add_with_the_keyboard_defaults_from_the_previous_entry(
    qtbot: QtBot, section: HoursSection
) -> None:
    assert section.context_labels["thuiszorg"].text() == "thuiszorg: 6,5 uur"
    dialog = open_new(qtbot, section)
    # the next stage day after the last entry (3/11; the autumn holiday runs to 8/11), with
    # the placement of that day, its context and its usual day
    assert dialog.day() == date(2026, 11, 9)
    assert dialog.placement_combo.currentText() == "Wit-Gele Kruis"
    assert dialog.context_combo.currentData() == "thuiszorg"
    assert dialog.hours_edit.text() == "6,5"

    type_date(qtbot, dialog, "20/11/2026")
    assert dialog.day() == date(2026, 11, 20)
    retype(qtbot, dialog.hours_edit, "7,5")
    qtbot.keyClicks(dialog.note_edit, "ochtendzorg")
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(section.changed, timeout=2000):
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    assert table_texts(section, COL_DAY)[0] == "20/11/2026"  # newest first
    assert table_texts(section, COL_HOURS)[0] == "7,5"
    assert table_texts(section, COL_NOTE)[0] == "ochtendzorg"
    assert section.context_labels["thuiszorg"].text() == "thuiszorg: 14 uur"
    assert "Totaal: 36,5 uur" in section.total_label.text()
    assert section.selected_ids() == [section.service.hours()[-1].id]


def test_add_with_an_accented_note_and_clock_hours(qtbot: QtBot, section: HoursSection) -> None:
    dialog = open_new(qtbot, section)
    type_date(qtbot, dialog, "19/11/2026")
    retype(qtbot, dialog.hours_edit, "7:20")
    assert "7 uur 20 min" in dialog.messages["uren"].text()
    dialog.note_edit.setFocus()
    type_text(dialog.note_edit, "wassen bij cliënt, één keer")
    assert dialog.note_edit.text() == "wassen bij cliënt, één keer"
    with qtbot.waitSignal(section.changed, timeout=2000):
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)

    entry = next(r for r in section.service.hours() if r.day == date(2026, 11, 19))
    assert (entry.minutes, entry.note) == (440, "wassen bij cliënt, één keer")
    assert table_texts(section, COL_HOURS)[0] == "7:20"  # exact: not rounded to 7,33
    assert section.context_labels["thuiszorg"].text() == "thuiszorg: 13 u 50 min"


def test_future_date_and_over_24_hours_block_saving(qtbot: QtBot, section: HoursSection) -> None:
    before = section.service.hours()
    dialog = open_new(qtbot, section)
    type_date(qtbot, dialog, "24/11/2026")
    assert "Fout: 24/11/2026 ligt in de toekomst." in dialog.messages["datum"].text()
    assert not dialog.save_button.isEnabled()

    type_date(qtbot, dialog, "3/11/2026")  # 6,5 h there already
    assert dialog.messages["datum"].isHidden()
    retype(qtbot, dialog.hours_edit, "25")
    assert "Samen meer dan 24 uur op 3/11/2026" in dialog.messages["uren"].text()
    assert dialog.messages["uren"].text().startswith("Fout:")
    assert not dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.hours_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()

    retype(qtbot, dialog.hours_edit, "abc")
    assert "7,5 of 7:30" in dialog.messages["uren"].text()
    assert not dialog.save_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert section.service.hours() == before


def test_a_long_day_warns_but_saves(qtbot: QtBot, section: HoursSection) -> None:
    dialog = open_new(qtbot, section)
    type_date(qtbot, dialog, "3/11/2026")
    retype(qtbot, dialog.hours_edit, "4")  # 6,5 + 4 = 10,5 h
    message = dialog.messages["uren"].text()
    assert message.startswith("Let op:") and "Meer dan 10 uur op 3/11/2026" in message
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(section.changed, timeout=2000):
        qtbot.keyClick(dialog.hours_edit, Qt.Key.Key_Return)
    assert section.context_labels["thuiszorg"].text() == "thuiszorg: 10,5 uur"


def test_first_entry_and_double_click(qtbot: QtBot, service: PortfolioService) -> None:
    host = Host(service)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    section = host.section
    assert "Nog geen uren" in section.status.text()
    assert section.context_labels["residentieel"].text() == "residentiële ouderenzorg: 0 uur"
    section.add_button.click()
    dialog = section.dialog
    assert dialog is not None
    assert dialog.placement_combo.currentText() == "geen"
    assert dialog.hours_edit.text() == ""
    assert dialog.messages["uren"].text() == "Vul het aantal uren in, bv. 7,5 of 7:30."
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.hours_edit, "7.5")
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(section.changed, timeout=2000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert section.service.hours()[0].minutes == 450

    rect = section.table.visualRect(section.proxy.index(0, COL_HOURS))
    viewport = section.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # a press first,
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # as a mouse does
    qtbot.waitUntil(lambda: section.dialog is not None and section.dialog.entry_id is not None)
    assert section.dialog.hours_edit.text() == "7,5"
    section.dialog.reject()


def test_choosing_a_placement_sets_its_context(qtbot: QtBot, section: HoursSection) -> None:
    dialog = open_new(qtbot, section)
    dialog.placement_combo.setFocus()
    qtbot.keyClick(dialog.placement_combo, Qt.Key.Key_Home)  # "geen" keeps the context
    assert dialog.placement_combo.currentData() is None
    assert dialog.context_combo.currentData() == "thuiszorg"
    qtbot.keyClick(dialog.placement_combo, Qt.Key.Key_Down)
    assert dialog.placement_combo.currentText() == "WZC De Linde – Afdeling Zonnebloem"
    assert dialog.context_combo.currentData() == "residentieel"
    assert "buiten de periode" in dialog.messages["datum"].text()  # today is after 30/10
    labels = [dialog.context_combo.itemText(i) for i in range(3)]
    assert labels == ["residentiële ouderenzorg", "ziekenhuis", "thuiszorg"]


def test_edit_with_enter_and_undo(qtbot: QtBot, section: HoursSection) -> None:
    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_Home)
    assert table_texts(section, COL_DAY)[0] == "3/11/2026"
    qtbot.keyClick(section.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: section.dialog is not None and section.dialog.isActiveWindow())
    dialog = section.dialog
    assert dialog is not None and dialog.entry_id is not None
    assert dialog.day() == date(2026, 11, 3)
    assert dialog.hours_edit.text() == "6,5"
    retype(qtbot, dialog.hours_edit, "8")
    dialog.note_edit.setFocus()
    type_text(dialog.note_edit, "nachtdienst – één cliënt")
    with qtbot.waitSignal(section.changed, timeout=2000):
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Enter)
    assert table_texts(section, COL_HOURS)[0] == "8"
    assert table_texts(section, COL_NOTE)[0] == "nachtdienst – één cliënt"
    assert section.context_labels["thuiszorg"].text() == "thuiszorg: 8 uur"

    qtbot.waitUntil(section.window().isActiveWindow)
    with qtbot.waitSignal(section.changed, timeout=2000):
        qtbot.keyClick(section.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert table_texts(section, COL_HOURS)[0] == "6,5"
    assert table_texts(section, COL_NOTE)[0] == ""


def test_delete_two_rows_then_undo_restores_them(qtbot: QtBot, section: HoursSection) -> None:
    before = section.service.hours()
    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_Home)
    qtbot.keyClick(section.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(section.selected_ids()) == 2
    with qtbot.waitSignal(section.changed, timeout=2000):
        qtbot.keyClick(section.table, Qt.Key.Key_Delete)
    assert section.proxy.rowCount() == 2
    assert {r.day for r in section.service.hours()} == {date(2026, 9, 7), date(2026, 9, 8)}
    assert "Ctrl+Z" in section.status.text()
    assert section.context_labels["thuiszorg"].text() == "thuiszorg: 0 uur"

    with qtbot.waitSignal(section.changed, timeout=2000):
        qtbot.keyClick(section.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert section.service.hours() == before  # same ids, same values
    assert section.proxy.rowCount() == 4
    assert section.context_labels["thuiszorg"].text() == "thuiszorg: 6,5 uur"
    assert len(section.selected_ids()) == 2

    with qtbot.waitSignal(section.changed, timeout=2000):
        qtbot.keyClick(section.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert len(section.service.hours()) == 2


def test_delete_button(qtbot: QtBot, section: HoursSection) -> None:
    # the newest entry is chosen when the section opens (Ctrl+D and Enter work at once)
    assert section.selected_ids() == [section.service.hours()[-1].id]
    section.table.clearSelection()
    assert not section.delete_button.isEnabled()
    section.table.selectRow(0)
    assert section.delete_button.isEnabled()
    with qtbot.waitSignal(section.changed, timeout=2000):
        qtbot.mouseClick(section.delete_button, Qt.MouseButton.LeftButton)
    assert len(section.service.hours()) == 3


def test_filters_by_month_and_placement(qtbot: QtBot, section: HoursSection) -> None:
    months = [section.month_filter.itemText(i) for i in range(section.month_filter.count())]
    assert months == ["alle maanden", "september 2026", "november 2026"]
    section.month_filter.setCurrentIndex(1)
    assert table_texts(section, COL_DAY) == ["9/9/2026", "8/9/2026", "7/9/2026"]
    assert set(table_texts(section, COL_MENTOR)) == {"An Peeters"}
    section.month_filter.setCurrentIndex(0)
    assert section.proxy.rowCount() == 4

    index = section.placement_filter.findText("Wit-Gele Kruis")
    section.placement_filter.setCurrentIndex(index)
    assert table_texts(section, COL_PLACEMENT) == ["Wit-Gele Kruis"]
    section.month_filter.setCurrentIndex(1)
    assert section.proxy.rowCount() == 0
    assert section.status.text() == "Geen uren voor deze filter."
    # totals stay those of the whole portfolio
    assert section.context_labels["residentieel"].text() == "residentiële ouderenzorg: 22,5 uur"


def test_sorting_by_hours_and_context(section: HoursSection) -> None:
    section.table.sortByColumn(COL_HOURS, Qt.SortOrder.AscendingOrder)
    assert table_texts(section, COL_HOURS) == ["6,5", "7,5", "7,5", "7,5"]
    section.table.sortByColumn(COL_CONTEXT, Qt.SortOrder.DescendingOrder)
    assert table_texts(section, COL_CONTEXT)[0] == "thuiszorg"


GOOD = (
    "Datum;Context;Uren;Stageplaats;Mentor;Opmerking\r\n"
    "4/11/2026;thuiszorg;7,5;Wit-Gele Kruis;;verzorging bij cliënt\r\n"
    "5/11/2026;Thuiszorg;7:30;;;\r\n"
    "3/11/2026;thuiszorg;6,5;Wit-Gele Kruis;;\r\n"  # already there: skipped
).encode("cp1252")

BAD = b"datum;context;uren\n4/11/2026;thuiszorg;7,5\n31/11/2026;thuisz;abc\n1/12/2026;thuiszorg;8\n"


def pick(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), "CSV"))


def test_import_a_good_file_with_preview_and_undo(
    qtbot: QtBot, section: HoursSection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "uren.csv"
    path.write_bytes(GOOD)
    pick(monkeypatch, path)
    section.import_csv()
    dialog = section.import_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.problems == []
    assert dialog.import_button.isEnabled()
    assert dialog.model.rowCount() == 2
    assert dialog.model.index(0, COL_NOTE).data() == "verzorging bij cliënt"
    assert dialog.model.index(1, COL_HOURS).data() == "7,5"
    assert "2 regels, samen 15 uur" in dialog.summary.text()
    assert any("regel 4: staat al in je uren" in w for w in dialog.warnings)

    before = section.service.hours()
    with qtbot.waitSignal(section.changed, timeout=2000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    after = section.service.hours()
    assert len(after) == 6
    added = next(r for r in after if r.day == date(2026, 11, 4))
    assert (added.placement, added.note, added.minutes) == (
        "Wit-Gele Kruis",
        "verzorging bij cliënt",
        450,
    )
    assert section.context_labels["thuiszorg"].text() == "thuiszorg: 21,5 uur"

    with qtbot.waitSignal(section.changed, timeout=2000):
        qtbot.keyClick(section.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert section.service.hours() == before  # one undo step takes the whole import back


def test_import_a_bad_file_lists_every_problem_and_imports_nothing(
    qtbot: QtBot, section: HoursSection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "fout.csv"
    path.write_bytes(BAD)
    pick(monkeypatch, path)
    before = section.service.hours()
    section.import_csv()
    dialog = section.import_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    shown = [dialog.problem_list.item(i).text() for i in range(dialog.problem_list.count())]
    assert shown == dialog.problems
    assert shown[0].startswith("regel 3, kolom datum:") and "31/11/2026" in shown[0]
    assert any(p.startswith("regel 3, kolom context:") and "thuiszorg" in p for p in shown)
    assert any(p.startswith("regel 3, kolom uren:") for p in shown)
    assert any(p.startswith("regel 4, kolom datum:") and "toekomst" in p for p in shown)
    assert not dialog.import_button.isEnabled()
    assert dialog.preview.isHidden()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert section.service.hours() == before


def test_import_checks_rows_together_with_the_hours_already_logged(
    qtbot: QtBot, section: HoursSection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "te-veel.csv"
    # 6,5 h are logged on 3/11 already: 10 + 8 more is 24,5 h on that day
    path.write_bytes(
        b"datum;context;uren\n2/11/2026;thuiszorg;7\n3/11/2026;thuiszorg;10\n"
        b"3/11/2026;thuiszorg;8\n"
    )
    pick(monkeypatch, path)
    section.import_csv()
    dialog = section.import_dialog
    assert dialog is not None
    assert [p.split(":")[0] for p in dialog.problems] == ["regel 4"]
    assert "24 uur" in dialog.problems[0]
    assert not dialog.import_button.isEnabled()
    dialog.reject()

    # should the rows reach the service anyway, it refuses them all in one transaction
    errors: list[str] = []
    monkeypatch.setattr(section, "show_error", errors.append)
    before = section.service.hours()
    assert section.import_rows(dialog.rows()) is False
    assert section.service.hours() == before
    assert errors and errors[0].startswith("Importeren gestopt: Samen meer dan 24 uur op 3/11/2026")
    assert "niets geïmporteerd" in errors[0]
    assert section.undo.count() == 0


def test_import_asks_what_to_do_with_a_placement_the_portfolio_does_not_know(
    qtbot: QtBot, section: HoursSection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "onbekend.csv"
    path.write_bytes(
        b"datum;context;uren;stageplaats\n4/11/2026;thuiszorg;7;Wit-Gele Kruis\n"
        b"5/11/2026;thuiszorg;7;Familiezorg Oost\n6/11/2026;thuiszorg;7;familiezorg  oost\n"
    )
    pick(monkeypatch, path)
    before = section.service.hours()
    section.import_csv()
    dialog = section.import_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    # one choice for the unknown name (both spellings), suggested: make it
    assert list(dialog.placement_boxes) == ["familiezorg oost"]
    box = dialog.placement_boxes["familiezorg oost"]
    assert box.currentText() == "Nieuwe stageplaats maken"
    assert [box.itemText(i) for i in range(box.count())] == [
        "Nieuwe stageplaats maken",
        "Bij ‘WZC De Linde – Afdeling Zonnebloem’ zetten",
        "Bij ‘Wit-Gele Kruis’ zetten",
        "Importeren zonder stageplaats",
        "Deze regels niet importeren",
    ]
    assert dialog.problems == [] and dialog.import_button.isEnabled()
    # leave its rows out: only the known placement's row remains
    box.setCurrentIndex(box.findText("Deze regels niet importeren"))
    assert [row.line for row in dialog.rows()] == [2]
    # link it to the placement that exists: all three go there
    box.setCurrentIndex(box.findText("Bij ‘Wit-Gele Kruis’ zetten"))
    assert {dialog.plan.placement_label(row) for row in dialog.rows()} == {"Wit-Gele Kruis"}
    dialog.reject()
    # rows of a placement nobody decided on never reach the portfolio
    undecided = [replace(row, status="undecided") for row in dialog.rows()]
    errors: list[str] = []
    monkeypatch.setattr(section, "show_error", errors.append)
    assert section.import_rows(undecided) is False
    assert errors and "niets geïmporteerd" in errors[0]
    assert section.service.hours() == before


def test_export_writes_a_csv_for_excel(
    qtbot: QtBot, section: HoursSection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "export" / "mijn uren"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "CSV")
    )
    section.export_button.click()
    written = target.with_suffix(".csv")
    text = written.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0] == ["datum", "context", "uren", "stageplaats", "mentor", "opmerking"]
    assert rows[1] == [
        "7/9/2026",
        "residentiële ouderenzorg",
        "7,5",
        "WZC De Linde – Afdeling Zonnebloem",
        "An Peeters",
        "",
    ]
    assert len(rows) == 5
    assert written.read_bytes().startswith(b"\xef\xbb\xbf")
    assert [p.name for p in target.parent.iterdir()] == ["mijn uren.csv"]  # no temp file left
    assert "4 regels" in section.status.text()


def test_hours_model_passes_the_model_tester(qtmodeltester, filled: PortfolioService) -> None:  # type: ignore[no-untyped-def]
    model = HoursModel(filled.catalog.contexts.label)
    model.set_rows(filled.hours())
    qtmodeltester.check(model)
    assert model.index(0, COL_CONTEXT).data() == "residentiële ouderenzorg"
    model.set_rows([HourLine("x", date(2026, 1, 5), 440, "thuiszorg", note="één")])
    qtmodeltester.check(model)
    assert model.index(0, COL_HOURS).data() == "7:20"
    assert model.index(0, COL_HOURS).data(Qt.ItemDataRole.ToolTipRole) == "7 uur en 20 minuten"
    model.set_rows([])
    qtmodeltester.check(model)


# --- a setting as the pupil calls it; a word with two meanings is asked --------------------


def _type_context(qtbot: QtBot, dialog: HourDialog, text: str) -> None:
    retype(qtbot, dialog.context_combo.lineEdit(), text)


def test_a_setting_typed_as_people_call_it_counts_as_the_bk_says(
    qtbot: QtBot, section: HoursSection
) -> None:
    dialog = open_new(qtbot, section)
    qtbot.keyClick(dialog.placement_combo, Qt.Key.Key_Home)  # no placement: any context
    _type_context(qtbot, dialog, "DVC")
    assert dialog.context() == "dagverzorging"
    message = dialog.messages["context"]
    assert message.isVisible()
    assert message.text() == "Telt mee als residentiële ouderenzorg."
    assert dialog.save_button.isEnabled()
    assert dialog.values().context == "dagverzorging"
    _type_context(qtbot, dialog, "serviceflat")
    assert dialog.messages["context"].text() == "Telt mee als thuiszorg."
    _type_context(qtbot, dialog, "sportclub")
    assert dialog.context() is None
    assert "Onbekende context ‘sportclub’" in dialog.messages["context"].text()
    assert not dialog.save_button.isEnabled()


def test_a_word_with_two_meanings_offers_the_choices(qtbot: QtBot, section: HoursSection) -> None:
    dialog = open_new(qtbot, section)
    qtbot.keyClick(dialog.placement_combo, Qt.Key.Key_Home)
    _type_context(qtbot, dialog, "kinderopvang")
    assert dialog.context() is None
    assert not dialog.save_button.isEnabled()  # never guessed
    assert dialog.messages["context"].text() == (
        "Fout: ‘kinderopvang’ kan meer dan één context zijn: kies opvang baby's en peuters of "
        "opvang schoolgaande kinderen."
    )
    assert dialog.choice_row.isVisible()
    labels = [button.text() for button in dialog.choice_buttons]
    assert labels == ["opvang baby's en peuters", "opvang schoolgaande kinderen"]
    qtbot.mouseClick(dialog.choice_buttons[1], Qt.MouseButton.LeftButton)
    assert dialog.context() == "schoolgaand"
    assert dialog.context_combo.currentText() == "opvang schoolgaande kinderen"
    assert not dialog.choice_row.isVisible()
    assert dialog.save_button.isEnabled()
    assert dialog.values().context == "schoolgaand"


def test_import_asks_which_context_a_word_with_two_meanings_is(
    qtbot: QtBot, section: HoursSection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "opvang.csv"
    path.write_bytes(
        "Datum;Context;Uren\r\n4/11/2026;Kinderopvang;7,5\r\n5/11/2026;kinderopvang;7\r\n"
        "6/11/2026;Dagverzorgingscentrum De Zon;6\r\n".encode("cp1252")
    )
    pick(monkeypatch, path)
    section.import_csv()
    dialog = section.import_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    # never guessed: nothing can be imported until the pupil says which one
    assert not dialog.import_button.isEnabled()
    assert dialog.choice_group.isVisible()
    assert any("kan meer dan één context zijn" in p for p in dialog.problems)
    (box,) = dialog.choice_boxes.values()
    assert [box.itemText(i) for i in range(box.count())] == [
        "— kies —",
        "opvang baby's en peuters",
        "opvang schoolgaande kinderen",
    ]
    label = dialog.choice_form.labelForField(box)
    assert label is not None and label.text() == "‘Kinderopvang’ (regels 2–3):"
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert dialog.problems == []
    assert dialog.import_button.isEnabled()
    contexts = [dialog.model.index(row, COL_CONTEXT).data() for row in range(3)]
    assert contexts == ["opvang baby's en peuters"] * 2 + ["dagverzorgingscentrum"]
    assert any("gelezen als dagverzorgingscentrum" in w for w in dialog.warnings)
    with qtbot.waitSignal(section.changed, timeout=2000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert {r.context for r in section.service.hours()} >= {"baby-peuter", "dagverzorging"}


def test_import_an_excel_workbook_and_create_its_placement(
    qtbot: QtBot, section: HoursSection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The school's .xlsx straight in; the unknown placement is made with its usual week."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Datum", "Context", "Uren", "Stageplaats", "Mentor"])
    for day in (date(2026, 11, 10), date(2026, 11, 12), date(2026, 11, 17)):
        sheet.append([day, "thuiszorg", 7, "Familiezorg Oost", "Els Claes"])
    path = tmp_path / "uren.xlsx"
    book.save(path)
    pick(monkeypatch, path)
    section.import_csv()
    dialog = section.import_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.problems == []
    box = dialog.placement_boxes["familiezorg oost"]
    assert box.currentText() == "Nieuwe stageplaats maken"
    with qtbot.waitSignal(section.changed, timeout=3000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    made = next(p for p in section.service.placements() if p.organisation == "Familiezorg Oost")
    assert (made.start_date, made.end_date) == (date(2026, 11, 10), date(2026, 11, 17))
    assert made.schedule.weekdays == frozenset({2, 4}) and made.schedule.minutes == 420
    assert sum(1 for r in section.service.hours() if r.placement_id == made.id) == 3
    # the same workbook again adds nothing: no row twice
    section.import_csv()
    again = section.import_dialog
    assert again is not None and again is not dialog
    qtbot.waitUntil(again.isVisible)
    assert again.rows() == [] or not again.import_button.isEnabled()
    again.reject()
