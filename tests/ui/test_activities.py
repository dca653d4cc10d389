"""The Activiteiten section: tree, proposing with the keyboard, filters, search, privacy, undo."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from stageportfolio.core.privacy import (
    HINT_BIRTH_DATE,
    HINT_NAME,
    HINT_NATIONAL_NUMBER,
    privacy_hints,
)
from stageportfolio.services.portfolio import PortfolioService
from stageportfolio.ui.dialogs.activity_dialog import ActivityDialog
from stageportfolio.ui.models.activities_model import (
    COL_LEVEL,
    COL_SIGNOFF,
    COL_TEXT,
    KIND_ROLE,
    ActivitiesModel,
    ActivityFilterProxy,
    build_rows,
)
from stageportfolio.ui.sections.activities import ActivitiesSection
from tests.signing_helpers import mentor_signs

MONDZORG = "bkc0023627-kb04"
GLYCEMIE = "bkc0023627-kb19"
KB_COMPETENCE = "bkc0023627"


def _section(qtbot: QtBot, service: PortfolioService) -> ActivitiesSection:
    undo = QUndoStack()
    section = ActivitiesSection(service, undo)
    undo.setParent(section)
    qtbot.addWidget(section)
    section.resize(1000, 700)
    with qtbot.waitActive(section):
        section.show()
        section.activateWindow()
    return section


def _type(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type like a user, one key event per character (non-ASCII too)."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def _visible_activities(section: ActivitiesSection, parent: QModelIndex | None = None) -> list:  # type: ignore[type-arg]
    proxy = section.proxy
    parent = parent or QModelIndex()
    found = []
    for row in range(proxy.rowCount(parent)):
        index = proxy.index(row, 0, parent)
        if proxy.data(index, KIND_ROLE) == "activity":
            found.append(index)
        else:
            found.extend(_visible_activities(section, index))
    return found


def _sign(service: PortfolioService, record_id: str) -> None:
    """A real signature by An's key, as her app makes it (tests/signing_helpers.py)."""
    mentor_signs(
        service,
        "activity_record",
        record_id,
        level=3,
        comment="Vlot en zorgzaam.",
        signed_at=datetime(2026, 10, 12, 9, 0, tzinfo=UTC),
    )


def _competence(service: PortfolioService, competence_id: str):  # type: ignore[no-untyped-def]
    return next(c for _, c in service.alist.competences() if c.id == competence_id)


def test_tree_shows_both_bks_with_their_competences(qtbot: QtBot, service, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    section = _section(qtbot, service)
    model = section.model
    assert model.rowCount() == 2
    labels = [model.data(model.index(r, COL_TEXT)) for r in range(2)]
    counts = {label: model.rowCount(model.index(r, 0)) for r, label in enumerate(labels)}
    assert counts == {"BK-0243-2 Zorgkundige": 16, "BK-0489-1 Verzorgende": 21}
    kb = model.competence_index(KB_COMPETENCE)
    assert model.data(kb, Qt.ItemDataRole.DisplayRole).startswith("11. Voert gedelegeerde")
    assert (
        model.data(kb.siblingAtColumn(COL_LEVEL)) == "0/31 voorgesteld, 0 afgetekend"
    )  # 8 skills + 23 acts
    mondzorg = model.activity_index(MONDZORG)
    assert model.data(mondzorg.siblingAtColumn(COL_SIGNOFF)) == "open"
    assert "KB 12 januari 2006" in model.data(mondzorg, Qt.ItemDataRole.ToolTipRole)
    qtmodeltester.check(model)
    qtmodeltester.check(section.proxy)


def test_models_pass_the_model_tester_with_records_and_filters(  # type: ignore[no-untyped-def]
    qtmodeltester, service
) -> None:
    record = service.save_record(
        activity_id=MONDZORG,
        competence_id=KB_COMPETENCE,
        proposed_level=2,
        day=date(2026, 10, 1),
        reflection="Mondzorg bij een bewoner.",
    )
    _sign(service, record)
    model = ActivitiesModel()
    model.set_rows(
        build_rows(
            service.alist.competences(),
            records=service.records(),
            signoffs=service.signoffs(),
            level_labels={lvl.value: lvl.label for lvl in service.alist.levels},
        )
    )
    qtmodeltester.check(model)
    proxy = ActivityFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_status("signed")
    proxy.set_search("mondzorg")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1


def test_propose_a_level_with_the_keyboard(qtbot: QtBot, service, fixed_today: date) -> None:  # type: ignore[no-untyped-def]
    section = _section(qtbot, service)
    assert section.select(MONDZORG)
    section.tree.setFocus()
    qtbot.keyClick(section.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: section.dialog is not None and section.dialog.isVisible())
    dialog = section.dialog
    assert isinstance(dialog, ActivityDialog)
    assert dialog.date_edit.day() == fixed_today  # a new proposal is dated today

    # Level: the first radio button has the focus; two arrows down choose level 3.
    qtbot.waitUntil(lambda: dialog.level_buttons[0].hasFocus())
    qtbot.keyClick(dialog.level_buttons[0], Qt.Key.Key_Down)
    qtbot.keyClick(dialog.level_buttons[1], Qt.Key.Key_Down)
    assert dialog.level_group.checkedId() == 3
    # Tab to the date, one Tab on to the reflection, then type with an accented word.
    qtbot.keyClick(dialog.level_buttons[2], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.date_edit
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.reflection
    _type(dialog.reflection, "Mondzorg gegeven, met een tandenborstel. Hygiëne eerst.")
    assert not dialog.warning.isVisible()

    with qtbot.waitSignal(section.changed, timeout=2000):
        qtbot.keyClick(dialog.reflection, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    records = service.records()
    assert len(records) == 1
    assert records[0].activity_id == MONDZORG
    assert records[0].proposed_level == 3
    assert records[0].day == fixed_today
    assert records[0].reflection == "Mondzorg gegeven, met een tandenborstel. Hygiëne eerst."
    index = section.model.activity_index(MONDZORG)
    assert section.model.data(index.siblingAtColumn(COL_LEVEL)) == "3 – zelfstandig uitgevoerd"
    assert section.model.data(index.siblingAtColumn(COL_SIGNOFF)) == "wacht op mentor"
    assert "Hygiëne" in section.model.data(index, Qt.ItemDataRole.ToolTipRole)
    kb = section.model.competence_index(KB_COMPETENCE)
    assert section.model.data(kb.siblingAtColumn(COL_LEVEL)) == "1/31 voorgesteld, 0 afgetekend"
    assert section.current_activity_id() == MONDZORG
    assert "Hygiëne eerst" in section.details.toPlainText()
    qtbot.waitUntil(lambda: section.dialog is None)

    # An unsigned proposal can be changed: the same record gets the new values.
    qtbot.mouseClick(section.propose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.dialog is not None and section.dialog.isVisible())
    dialog = section.dialog
    assert dialog.record_id == records[0].id
    dialog.level_buttons[1].click()
    with qtbot.waitSignal(section.changed, timeout=2000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [(r.id, r.proposed_level) for r in service.records()] == [(records[0].id, 2)]


def test_a_signed_proposal_is_read_only_and_a_new_one_can_follow(qtbot: QtBot, service) -> None:  # type: ignore[no-untyped-def]
    record = service.save_record(
        activity_id=MONDZORG,
        competence_id=KB_COMPETENCE,
        proposed_level=2,
        day=date(2026, 10, 1),
        reflection="Eerste keer.",
    )
    _sign(service, record)
    section = _section(qtbot, service)
    index = section.model.activity_index(MONDZORG)
    assert (
        section.model.data(index.siblingAtColumn(COL_SIGNOFF))
        == "✓ niveau 3 – An Peeters, 12/10/2026"
    )
    section.select(MONDZORG)
    assert "An Peeters" in section.details.toPlainText()
    assert "Vlot en zorgzaam." in section.details.toPlainText()
    assert not section.delete_button.isEnabled()
    section.propose()
    qtbot.waitUntil(lambda: section.dialog is not None and section.dialog.isVisible())
    dialog = section.dialog
    assert dialog.is_read_only()
    assert not dialog.save_button.isVisible()
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert not dialog.is_read_only() and dialog.record_id is None
    dialog.level_buttons[2].click()
    _type(dialog.reflection, "Nu zelfstandig.")
    with qtbot.waitSignal(section.changed, timeout=2000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    records = service.records()
    assert len(records) == 2 and records[0].reflection == "Eerste keer."
    index = section.model.activity_index(MONDZORG)
    assert section.model.data(index.siblingAtColumn(COL_SIGNOFF)).startswith("wacht op mentor")


def test_filters_open_proposed_and_signed(qtbot: QtBot, service) -> None:  # type: ignore[no-untyped-def]
    comp = _competence(service, KB_COMPETENCE)
    proposed = comp.activities[0].id
    signed_record = service.save_record(
        activity_id=MONDZORG,
        competence_id=KB_COMPETENCE,
        proposed_level=3,
        day=date(2026, 10, 1),
        reflection="",
    )
    service.save_record(
        activity_id=proposed,
        competence_id=KB_COMPETENCE,
        proposed_level=1,
        day=date(2026, 10, 2),
        reflection="",
    )
    _sign(service, signed_record)
    section = _section(qtbot, service)
    total = len(_visible_activities(section))
    assert total == sum(len(c.activities) for _, c in service.alist.competences())

    combo = section.status_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Open
    assert combo.currentData() == "open"
    assert len(_visible_activities(section)) == total - 2

    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Voorgesteld
    shown = _visible_activities(section)
    assert [section.proxy.data(i, Qt.ItemDataRole.DisplayRole) for i in shown] == [
        comp.activities[0].text
    ]
    # The parents stay visible: BK > competence > activity.
    assert section.proxy.rowCount() == 1
    assert section.proxy.data(shown[0].parent()).startswith("11. ")

    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Afgetekend
    shown = _visible_activities(section)
    assert [section.proxy.data(i, Qt.ItemDataRole.DisplayRole) for i in shown] == ["Mondzorg"]
    assert "1 activiteit getoond" in section.summary.text()

    qtbot.keyClick(combo, Qt.Key.Key_Home)  # Alle
    assert len(_visible_activities(section)) == total


@pytest.mark.parametrize(
    ("query", "activity_id"),
    [("glycemie", GLYCEMIE), ("MONDZORG", MONDZORG), ("glycémie", GLYCEMIE)],
)
def test_search_finds_the_kb_act_with_its_parents(  # type: ignore[no-untyped-def]
    qtbot: QtBot, service, query: str, activity_id: str
) -> None:
    section = _section(qtbot, service)
    section.search.setFocus()
    if query.isascii():
        qtbot.keyClicks(section.search, query)
    else:
        _type(section.search, query)
    shown = _visible_activities(section)
    ids = [section.proxy.mapToSource(i) for i in shown]
    assert section.model.activity_index(activity_id) in ids
    index = section.proxy.mapFromSource(section.model.activity_index(activity_id))
    competence = index.parent()
    assert section.proxy.data(competence).startswith("11. Voert gedelegeerde")
    assert section.proxy.data(competence.parent()) == "BK-0243-2 Zorgkundige"
    assert section.tree.isExpanded(competence)
    assert section.current_activity_id() == activity_id


def test_search_on_competence_text_keeps_its_activities(qtbot: QtBot, service) -> None:  # type: ignore[no-untyped-def]
    section = _section(qtbot, service)
    qtbot.keyClicks(section.search, "gedelegeerde verpleegkundige handelingen")
    shown = _visible_activities(section)
    assert len(shown) >= 27
    qtbot.keyClicks(section.search, "zzzz")
    assert _visible_activities(section) == []
    assert "Geen activiteiten gevonden" in section.summary.text()


def test_privacy_hints() -> None:
    assert [h.kind for h in privacy_hints("Mevrouw Janssens kreeg hulp bij het eten.")] == [
        HINT_NAME
    ]
    assert [h.kind for h in privacy_hints("Nummer 85.07.12-123.45 op de fiche.")] == [
        HINT_NATIONAL_NUMBER
    ]
    assert HINT_BIRTH_DATE in [h.kind for h in privacy_hints("Bewoner, ° 12/03/1938")]
    assert HINT_BIRTH_DATE in [h.kind for h in privacy_hints("geboren op 3 maart 1940")]
    assert privacy_hints("Ik hielp mevrouw X bij het wassen. De bewoner was tevreden.") == []
    assert privacy_hints("Hygiënische zorg bij een patiënt met dementie.") == []


def test_privacy_warning_in_the_dialog(qtbot: QtBot, service) -> None:  # type: ignore[no-untyped-def]
    dialog = ActivityDialog(
        levels=service.alist.levels,
        activity_text="Mondzorg",
        competence_text="Competentie 11",
        today=date(2026, 11, 23),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.reflection.setFocus()
    qtbot.keyClicks(dialog.reflection, "Mevrouw Janssens had pijn.")
    qtbot.waitUntil(dialog.warning.isVisible)
    assert "Schrijf 'mevrouw X'" in dialog.warning.text()
    assert dialog.save_button.isEnabled()  # a warning, not a block

    dialog.reflection.clear()
    qtbot.keyClicks(dialog.reflection, "Zijn nummer is 85.07.12-123.45.")
    qtbot.waitUntil(dialog.warning.isVisible)
    assert "rijksregisternummer" in dialog.warning.text()

    dialog.reflection.clear()
    _type(dialog.reflection, "Ik hielp mevrouw X bij de mondzorg; ze was tevreden. Hygiëne!")
    assert not dialog.warning.isVisible()


def test_delete_a_proposal_and_undo_it_with_ctrl_z(qtbot: QtBot, service) -> None:  # type: ignore[no-untyped-def]
    service.save_record(
        activity_id=MONDZORG,
        competence_id=KB_COMPETENCE,
        proposed_level=2,
        day=date(2026, 10, 1),
        reflection="Mondzorg met begeleiding; hygiëne.",
    )
    section = _section(qtbot, service)
    undo_action = section.undo.createUndoAction(section)
    undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    undo_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    section.addAction(undo_action)

    section.select(MONDZORG)
    section.tree.setFocus()
    assert section.delete_button.isEnabled()
    with qtbot.waitSignal(section.changed, timeout=2000):
        qtbot.keyClick(section.tree, Qt.Key.Key_Delete)
    assert service.records() == []
    index = section.model.activity_index(MONDZORG)
    assert section.model.data(index.siblingAtColumn(COL_SIGNOFF)) == "open"

    with qtbot.waitSignal(section.changed, timeout=2000):
        qtbot.keyClick(section.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    records = service.records()
    assert [(r.activity_id, r.proposed_level, r.day, r.reflection) for r in records] == [
        (MONDZORG, 2, date(2026, 10, 1), "Mondzorg met begeleiding; hygiëne.")
    ]
    index = section.model.activity_index(MONDZORG)
    assert (
        section.model.data(index.siblingAtColumn(COL_LEVEL)) == "2 – onder begeleiding uitgevoerd"
    )

    # Redo deletes the re-created record.
    with qtbot.waitSignal(section.changed, timeout=2000):
        section.undo.redo()
    assert service.records() == []
