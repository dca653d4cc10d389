"""The first-start wizard, driven with the keyboard like a first-time user would."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from stageportfolio.services.portfolio import PortfolioService, open_current
from stageportfolio.ui.wizard import (
    LIST_PAGE,
    NAME_PAGE,
    ROLE_PAGE,
    YEAR_PAGE,
    FirstStartWizard,
    current_school_year,
)


@pytest.fixture
def wizard(qtbot):  # type: ignore[no-untyped-def]
    opened = open_current()
    wiz = FirstStartWizard(opened)
    qtbot.addWidget(wiz)
    with qtbot.waitActive(wiz):
        wiz.show()
        wiz.activateWindow()
    yield wiz
    if wiz.service is not None:
        wiz.service.engine.dispose()
    opened.engine.dispose()


def focused():  # type: ignore[no-untyped-def]
    return QApplication.focusWidget()


def enter(qtbot, wiz) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(focused() or wiz, Qt.Key.Key_Return)


def test_school_year_turns_in_september() -> None:
    assert current_school_year(date(2026, 11, 23)) == "2026-2027"
    assert current_school_year(date(2027, 8, 31)) == "2026-2027"
    assert current_school_year(date(2027, 9, 1)) == "2027-2028"


def test_first_page_explains_roles_and_points_to_the_demo(wizard) -> None:  # type: ignore[no-untyped-def]
    assert wizard.currentId() == ROLE_PAGE
    assert "Demoportfolio openen" in wizard.role_page.demo_hint.text()
    assert wizard.role_page.student.isChecked()


def test_student_with_the_keyboard_only(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    enter(qtbot, wizard)  # role: student (default)
    assert wizard.currentId() == NAME_PAGE
    next_button = wizard.button(wizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # the name is required
    qtbot.keyClicks(focused(), "Lotte Vermeulen")
    assert next_button.isEnabled()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "Sint-Jozefsinstituut Brugge")
    enter(qtbot, wizard)
    assert wizard.currentId() == LIST_PAGE
    view = wizard.list_page.lists
    texts = [view.item(i).text() for i in range(view.count())]
    assert any("Verzorgende/zorgkundige (7de jaar) — 7de jaar" in t for t in texts)
    assert not any(t.startswith("EVC") for t in texts)
    target = next(
        i
        for i in range(view.count())
        if view.item(i).data(Qt.ItemDataRole.UserRole + 1) == "verzorgende-zorgkundige"
    )
    for _ in range(target):
        qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert wizard.list_page.list_id() == "verzorgende-zorgkundige"
    enter(qtbot, wizard)
    assert wizard.currentId() == YEAR_PAGE
    assert wizard.year_page.title() == "Schooljaar"  # a pupil's last page asks the school year
    assert wizard.year_page.year_label.text() == "&Schooljaar (bv. 2026-2027):"
    assert wizard.year_page.year_edit.text() == current_school_year()
    with qtbot.waitSignal(wizard.accepted):
        enter(qtbot, wizard)
    service = wizard.service
    assert isinstance(service, PortfolioService)
    info = service.info
    assert (info.role, info.name, info.organisation, info.list_id) == (
        "student",
        "Lotte Vermeulen",
        "Sint-Jozefsinstituut Brugge",
        "verzorgende-zorgkundige",
    )
    assert info.school_year == current_school_year()
    reopened = PortfolioService.open(open_current())
    assert reopened is not None and reopened.info.id == info.id
    reopened.engine.dispose()


def test_evc_candidate_chooses_a_qualification(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(wizard.role_page.student, Qt.Key.Key_Down)  # arrows move the radio choice
    assert wizard.role() == "evc"
    enter(qtbot, wizard)
    assert wizard.name_page.organisation_label.text() == "&Testcentrum:"
    qtbot.keyClicks(focused(), "Samira El Amrani")
    enter(qtbot, wizard)
    view = wizard.list_page.lists
    texts = [view.item(i).text() for i in range(view.count())]
    assert texts and all(t.startswith("EVC") for t in texts)
    enter(qtbot, wizard)
    # An EVC candidate has no school year: the last page asks when the EVC-traject begins.
    page = wizard.year_page
    assert page.title() == "Begin van je EVC-traject"
    assert page.year_label.text() == "&Jaar waarin je traject begint (bv. 2026-2027):"
    assert page.year_edit.accessibleName() == "Jaar waarin je EVC-traject begint"
    assert "chooljaar" not in page.title() + page.subTitle() + page.year_label.text()
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(focused(), Qt.Key.Key_Backspace)
    with qtbot.waitSignal(wizard.accepted):
        enter(qtbot, wizard)
    assert wizard.service is not None
    assert wizard.service.info.role == "evc"
    assert wizard.service.info.school_year == ""
    assert wizard.service.alist.spec.kind == "evc"


def test_a_bad_school_year_cannot_be_finished(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    wizard.name_page.name_edit.setText("Lotte")
    wizard.next()
    wizard.next()
    wizard.next()
    assert wizard.currentId() == YEAR_PAGE
    edit = wizard.year_page.year_edit
    edit.setText("2026-2029")
    assert not wizard.button(wizard.WizardButton.FinishButton).isEnabled()
    edit.setText("2026-2027")
    assert wizard.button(wizard.WizardButton.FinishButton).isEnabled()


def test_a_failure_is_a_message_not_a_traceback(qtbot, wizard, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))

    def fail(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise ValueError("schijf vol")

    monkeypatch.setattr(PortfolioService, "create", fail)
    wizard.name_page.name_edit.setText("Lotte")
    for _ in range(3):
        wizard.next()
    wizard.accept()
    assert wizard.service is None
    assert shown and "schijf vol" in shown[0]
    assert wizard.isVisible()


def test_the_first_page_offers_the_demo(qtbot, private_home) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWizard

    from stageportfolio.services.portfolio import open_current
    from stageportfolio.ui.wizard import FirstStartWizard

    opened = open_current()
    wizard = FirstStartWizard(opened)
    qtbot.addWidget(wizard)
    wizard.show()
    button = wizard.button(QWizard.WizardButton.CustomButton1)
    assert button.isVisible() and "Demo" in button.text()
    with qtbot.waitSignal(wizard.rejected):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert wizard.wants_demo and wizard.service is None
    opened.engine.dispose()


def test_a_mentor_is_sent_to_the_mentor_screen(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    """Arrows to "Ik ben mentor", Enter: the wizard ends without making a portfolio."""
    assert "mentor" in wizard.role_page.mentor.text()
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert wizard.role_page.mentor.isChecked() and wizard.role() == "mentor"
    finish = wizard.button(wizard.WizardButton.FinishButton)
    assert finish.isVisible() and finish.isEnabled()
    assert not wizard.button(wizard.WizardButton.NextButton).isVisible()
    with qtbot.waitSignal(wizard.accepted):
        enter(qtbot, wizard)
    assert wizard.wants_mentor and wizard.service is None
    assert PortfolioService.open(wizard.opened) is None  # no portfolio was made


def test_changing_ones_mind_from_mentor_goes_on_as_a_student(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    wizard.role_page.mentor.setChecked(True)
    wizard.role_page.student.setChecked(True)
    assert wizard.button(wizard.WizardButton.NextButton).isVisible()
    enter(qtbot, wizard)
    assert wizard.currentId() == NAME_PAGE and not wizard.wants_mentor


def test_a_coordinator_chooses_school_mode(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    """Arrows to "School / stagebegeleider", Enter: the wizard ends without a portfolio and the
    app opens school mode."""
    assert "stagebegeleider" in wizard.role_page.school.text()
    for _ in range(3):
        qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert wizard.role_page.school.isChecked() and wizard.role() == "school"
    assert wizard.button(wizard.WizardButton.FinishButton).isVisible()
    with qtbot.waitSignal(wizard.accepted):
        enter(qtbot, wizard)
    assert wizard.wants_school and not wizard.wants_mentor and wizard.service is None
    assert PortfolioService.open(wizard.opened) is None  # no portfolio was made


def test_back_keeps_what_was_chosen(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    enter(qtbot, wizard)
    qtbot.keyClicks(focused(), "Lotte Vermeulen")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "Sint-Jozefsinstituut")
    enter(qtbot, wizard)
    view = wizard.list_page.lists
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    chosen = wizard.list_page.list_id()
    assert chosen is not None and view.currentRow() == 2
    enter(qtbot, wizard)
    wizard.year_page.year_edit.setText("2027-2028")
    wizard.back()  # year -> list
    assert wizard.list_page.list_id() == chosen
    wizard.back()  # list -> name
    assert wizard.name_page.name_edit.text() == "Lotte Vermeulen"
    assert wizard.name_page.organisation_edit.text() == "Sint-Jozefsinstituut"
    wizard.next()
    assert wizard.list_page.list_id() == chosen  # Next again: still the list chosen
    wizard.next()
    assert wizard.year_page.year_edit.text() == "2027-2028"


def test_a_name_of_only_spaces_is_refused(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    enter(qtbot, wizard)
    next_button = wizard.button(wizard.WizardButton.NextButton)
    qtbot.keyClicks(focused(), "   ")
    assert not next_button.isEnabled()
    assert wizard.name_page.name_hint.isVisibleTo(wizard) and "spaties" in (
        wizard.name_page.name_hint.text()
    )
    enter(qtbot, wizard)
    assert wizard.currentId() == NAME_PAGE
    # The service refuses it too, whoever calls it.
    from stageportfolio.services.errors import NameRequired

    with pytest.raises(NameRequired):
        PortfolioService.create(
            wizard.opened, role="student", name="  \t ", list_id="verzorgende-zorgkundige"
        )
