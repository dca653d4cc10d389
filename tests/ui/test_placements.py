"""The Stageplaatsen section: add, edit and delete placements and mentors like a user."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from stageportfolio.services.portfolio import PortfolioService
from stageportfolio.ui.dialogs.mentor_dialog import MentorDialog
from stageportfolio.ui.dialogs.placement_dialog import PlacementDialog
from stageportfolio.ui.models.mentors_model import MentorRow, MentorsModel
from stageportfolio.ui.models.placements_model import PlacementRow, PlacementsModel
from stageportfolio.ui.sections.placements import PlacementsSection


def make_section(qtbot: QtBot, service: PortfolioService) -> PlacementsSection:
    undo = QUndoStack()
    section = PlacementsSection(service, undo)
    qtbot.addWidget(section)
    # As in the main window: Ctrl+Z is the undo stack's action.
    action = undo.createUndoAction(section)
    action.setShortcut(QKeySequence.StandardKey.Undo)
    section.addAction(action)
    section._undo_stack_keepalive = undo  # type: ignore[attr-defined]
    section.show()
    qtbot.waitExposed(section)
    section.activateWindow()
    qtbot.waitUntil(section.isActiveWindow, timeout=2000)
    return section


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type any text, accented letters included, one key event per character."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def cells(model, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_filled_portfolio_shows_placements_mentors_and_hours(
    qtbot: QtBot, filled: PortfolioService
) -> None:
    section = make_section(qtbot, filled)
    model = section.placements_model
    assert model.rowCount() == 2
    assert cells(model, PlacementsModel.COL_ORGANISATION) == ["WZC De Linde", "Wit-Gele Kruis"]
    assert model.index(0, PlacementsModel.COL_PERIOD).data() == "7/9/2026 – 30/10/2026"
    assert model.index(0, PlacementsModel.COL_CONTEXT).data() == "residentiële ouderenzorg"
    assert model.index(0, PlacementsModel.COL_MENTOR).data() == "An Peeters"
    assert cells(model, PlacementsModel.COL_HOURS) == ["22,5", "6,5"]
    mentors = section.mentors_model
    assert cells(mentors, MentorsModel.COL_NAME) == ["An Peeters"]
    assert mentors.index(0, MentorsModel.COL_SECTOR).data() == "social profit"
    assert not section.placements_empty.isVisibleTo(section)


def test_add_a_placement_with_the_keyboard(
    qtbot: QtBot, service: PortfolioService, fixed_today: date
) -> None:
    section = make_section(qtbot, service)
    assert section.placements_empty.isVisibleTo(section)
    section.placements_table.setFocus()
    qtbot.keyClick(section.placements_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = section.dialog
    assert isinstance(dialog, PlacementDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    # The list's own contexts come first.
    assert dialog.context.itemData(0) == "residentieel"
    assert not dialog.save_button().isEnabled()  # the organisation is required

    qtbot.keyClicks(dialog.organisation, "Wit-Gele Kruis")
    qtbot.keyClick(dialog.organisation, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.unit, "Regio Leuven")
    dialog.context.setFocus()
    qtbot.keyClick(dialog.context, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.context, Qt.Key.Key_Down)
    assert dialog.context.currentData() == "thuiszorg"
    qtbot.keyClick(dialog.context, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.start
    # A new placement starts today for four weeks; typing a date replaces the whole date.
    assert (dialog.start.day(), dialog.end.day()) == (fixed_today, fixed_today + timedelta(weeks=4))
    qtbot.keyClicks(dialog.start, "2/11/2026")
    qtbot.keyClick(dialog.start, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.end
    qtbot.keyClicks(dialog.end, "18/12/2026")
    assert dialog.start.date() == QDate(2026, 11, 2)
    assert dialog.end.date() == QDate(2026, 12, 18)

    with qtbot.waitSignal(section.changed, timeout=2000):
        qtbot.keyClick(dialog.end, Qt.Key.Key_Return)
    model = section.placements_model
    assert cells(model, PlacementsModel.COL_ORGANISATION) == ["Wit-Gele Kruis"]
    assert model.index(0, PlacementsModel.COL_PERIOD).data() == "2/11/2026 – 18/12/2026"
    assert model.index(0, PlacementsModel.COL_UNIT).data() == "Regio Leuven"
    assert model.index(0, PlacementsModel.COL_HOURS).data() == "0"
    saved = service.placements()[0]
    assert (saved.context, saved.start_date, saved.end_date) == (
        "thuiszorg",
        date(2026, 11, 2),
        date(2026, 12, 18),
    )


def test_end_before_start_is_an_inline_error_and_blocks_save(
    qtbot: QtBot, service: PortfolioService
) -> None:
    section = make_section(qtbot, service)
    qtbot.mouseClick(section.add_placement_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert isinstance(dialog, PlacementDialog)
    qtbot.keyClicks(dialog.organisation, "UZ Leuven")
    assert dialog.save_button().isEnabled()
    dialog.start.setDate(QDate(2026, 10, 5))
    dialog.end.setDate(QDate(2026, 10, 1))
    assert not dialog.save_button().isEnabled()
    assert dialog.message.isVisibleTo(dialog)
    assert "vóór de begindatum" in dialog.message.text()
    qtbot.keyClick(dialog.organisation, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert service.placements() == []
    dialog.end.setDate(QDate(2026, 10, 30))
    assert dialog.save_button().isEnabled()
    assert not dialog.message.isVisibleTo(dialog)


def test_edit_a_placement_with_enter(qtbot: QtBot, filled: PortfolioService) -> None:
    section = make_section(qtbot, filled)
    section.placements_table.setFocus()
    section.placements_table.selectRow(1)
    qtbot.keyClick(section.placements_table, Qt.Key.Key_Return)
    dialog = section.dialog
    assert isinstance(dialog, PlacementDialog)
    assert dialog.organisation.text() == "Wit-Gele Kruis"
    assert dialog.context.currentData() == "thuiszorg"
    qtbot.keyClicks(dialog.unit, "Regio Gent")
    with qtbot.waitSignal(section.changed, timeout=2000):
        qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    assert section.placements_model.index(1, PlacementsModel.COL_UNIT).data() == "Regio Gent"
    assert section.placements_model.index(1, PlacementsModel.COL_HOURS).data() == "6,5"


def test_add_and_edit_a_mentor_with_an_accented_name(
    qtbot: QtBot, service: PortfolioService
) -> None:
    section = make_section(qtbot, service)
    qtbot.mouseClick(section.add_mentor_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert isinstance(dialog, MentorDialog)
    assert "2 leerlingen" in dialog.social_profit.toolTip()
    assert "3" in dialog.local_government.toolTip()
    dialog.name.setFocus()
    type_text(dialog.name, "Zoë Maes")
    assert dialog.name.text() == "Zoë Maes"
    qtbot.keyClicks(dialog.organisation, "Gemeente Lubbeek")
    qtbot.mouseClick(dialog.local_government, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.email, "zoe.maes")
    assert not dialog.save_button().isEnabled()
    assert "@" in dialog.message.text()
    qtbot.keyClicks(dialog.email, "@lubbeek.be")
    with qtbot.waitSignal(section.changed, timeout=2000):
        qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
    mentors = section.mentors_model
    assert cells(mentors, MentorsModel.COL_NAME) == ["Zoë Maes"]
    assert mentors.index(0, MentorsModel.COL_SECTOR).data() == "lokaal bestuur"
    assert service.mentors()[0].email == "zoe.maes@lubbeek.be"

    section.mentors_table.setFocus()
    section.mentors_table.selectRow(0)
    qtbot.keyClick(section.mentors_table, Qt.Key.Key_Return)
    dialog = section.dialog
    assert isinstance(dialog, MentorDialog)
    assert dialog.local_government.isChecked()
    dialog.name.clear()
    assert not dialog.save_button().isEnabled()
    type_text(dialog.name, "Zoë Maes-Peeters")
    qtbot.mouseClick(dialog.social_profit, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(section.changed, timeout=2000):
        qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    assert cells(mentors, MentorsModel.COL_NAME) == ["Zoë Maes-Peeters"]
    assert service.mentors()[0].sector == "social_profit"


def test_new_mentor_from_the_placement_dialog(qtbot: QtBot, service: PortfolioService) -> None:
    section = make_section(qtbot, service)
    dialog = section.add_placement()
    qtbot.keyClicks(dialog.organisation, "WZC Hof ter Linden")
    new_index = dialog.mentor.count() - 1
    assert dialog.mentor.itemText(new_index) == "Nieuwe mentor…"
    dialog.mentor.setCurrentIndex(new_index)
    dialog.mentor.activated.emit(new_index)
    mentor_dialog = dialog.mentor_dialog
    assert mentor_dialog is not None
    assert mentor_dialog.organisation.text() == "WZC Hof ter Linden"
    qtbot.keyClicks(mentor_dialog.name, "Els Wouters")
    with qtbot.waitSignal(dialog.mentor_added, timeout=2000):
        qtbot.keyClick(mentor_dialog.name, Qt.Key.Key_Return)
    assert dialog.mentor.currentText() == "Els Wouters (WZC Hof ter Linden)"
    with qtbot.waitSignal(section.changed, timeout=2000):
        qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    assert section.placements_model.index(0, PlacementsModel.COL_MENTOR).data() == "Els Wouters"


def delete_the_first_placement(qtbot: QtBot, section: PlacementsSection, monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """Press Delete on the first placement and answer Yes; returns the questions asked."""
    asked: list[str] = []

    def question(parent, title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    section.placements_table.setFocus()
    section.placements_table.selectRow(0)
    with qtbot.waitSignal(section.changed, timeout=2000):
        qtbot.keyClick(section.placements_table, Qt.Key.Key_Delete)
    return asked


def test_delete_a_placement_asks_and_ctrl_z_brings_it_back(
    qtbot: QtBot, filled: PortfolioService, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    section = make_section(qtbot, filled)
    asked = delete_the_first_placement(qtbot, section, monkeypatch)
    assert len(asked) == 1
    assert "3 uurregels" in asked[0] and "blijven bewaard" in asked[0]
    assert cells(section.placements_model, PlacementsModel.COL_ORGANISATION) == ["Wit-Gele Kruis"]
    assert sum(1 for h in filled.hours() if h.placement_id is None) == 3

    with qtbot.waitSignal(section.changed, timeout=2000):
        qtbot.keyClick(section.placements_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    model = section.placements_model
    assert cells(model, PlacementsModel.COL_ORGANISATION) == ["WZC De Linde", "Wit-Gele Kruis"]
    assert model.index(0, PlacementsModel.COL_MENTOR).data() == "An Peeters"
    assert model.index(0, PlacementsModel.COL_UNIT).data() == "Afdeling Zonnebloem"
    # The hours are linked to the placement again.
    assert model.index(0, PlacementsModel.COL_HOURS).data() == "22,5"
    assert all(h.placement_id is not None for h in filled.hours())

    # Redo deletes the re-created placement.
    section.undo.redo()
    assert len(filled.placements()) == 1


def test_delete_a_placement_with_signed_hours_names_the_mentor(
    qtbot: QtBot, filled: PortfolioService, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from tests.signing_helpers import mentor_signs

    wzc = next(p for p in filled.placements() if p.organisation == "WZC De Linde")
    mentor_signs(filled, "hour_entry", filled.hours(placement_id=wzc.id)[0].id)
    section = make_section(qtbot, filled)
    asked = delete_the_first_placement(qtbot, section, monkeypatch)
    assert len(asked) == 1
    assert "afgetekend door An Peeters" in asked[0] and "nieuwe aftekening" in asked[0]
    assert [p.organisation for p in filled.placements()] == ["Wit-Gele Kruis"]


def test_delete_without_hours_does_not_ask(
    qtbot: QtBot, service: PortfolioService, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    def question(*args):  # type: ignore[no-untyped-def]
        raise AssertionError("no question expected")

    monkeypatch.setattr(QMessageBox, "question", question)
    service.add_placement(
        organisation="UZ Gent",
        context="ziekenhuis",
        start_date=date(2027, 1, 4),
        end_date=date(2027, 2, 26),
    )
    section = make_section(qtbot, service)
    section.placements_table.selectRow(0)
    with qtbot.waitSignal(section.changed, timeout=2000):
        qtbot.mouseClick(section.delete_placement_button, Qt.MouseButton.LeftButton)
    assert service.placements() == []
    assert section.placements_empty.isVisibleTo(section)


def test_delete_a_mentor_and_undo_puts_them_back_on_the_placement(
    qtbot: QtBot, filled: PortfolioService, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    section = make_section(qtbot, filled)
    section.mentors_table.setFocus()
    section.mentors_table.selectRow(0)
    with qtbot.waitSignal(section.changed, timeout=2000):
        qtbot.keyClick(section.mentors_table, Qt.Key.Key_Delete)
    assert filled.mentors() == []
    assert section.placements_model.index(0, PlacementsModel.COL_MENTOR).data() == ""
    with qtbot.waitSignal(section.changed, timeout=2000):
        section.undo.undo()
    assert section.placements_model.index(0, PlacementsModel.COL_MENTOR).data() == "An Peeters"


def test_models_pass_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    placements = PlacementsModel()
    placements.set_rows(
        [
            PlacementRow(
                "a",
                "WZC De Linde",
                "Zonnebloem",
                "residentiële ouderenzorg",
                "7/9/2026 – 30/10/2026",
                "An Peeters",
                "22,5",
            ),
            PlacementRow(
                "b", "Wit-Gele Kruis", "", "thuiszorg", "2/11/2026 – 18/12/2026", "", "6,5"
            ),
        ]
    )
    qtmodeltester.check(placements)
    mentors = MentorsModel()
    mentors.set_rows([MentorRow("m", "Zoë Maes", "Gemeente Lubbeek", "lokaal bestuur")])
    qtmodeltester.check(mentors)
    empty = MentorsModel()
    qtmodeltester.check(empty)


def test_dialog_buttons_are_dutch(qtbot: QtBot, service: PortfolioService) -> None:
    dialog = PlacementDialog(service)
    qtbot.addWidget(dialog)
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Opslaan"
