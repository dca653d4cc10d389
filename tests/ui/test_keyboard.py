"""The keyboard from anywhere (issue 14.6): menus without mnemonic clashes in Dutch and English,
Ctrl+N and Ctrl+F on the visible section wherever the focus is, F1's how-tos, Tab that never
gets stuck."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from stageportfolio.app import TRANSLATIONS
from stageportfolio.services.portfolio import PortfolioService
from stageportfolio.ui.mainwindow import MainWindow
from stageportfolio.ui.sections.activities import ActivitiesSection
from stageportfolio.ui.sections.base import Section
from stageportfolio.ui.sections.hours import HoursSection
from stageportfolio.ui.sections.overview import OverviewSection
from tests.ui.mnemonics import clashes, menu_mnemonics, menubar_mnemonics


@pytest.fixture(params=["nl", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translator = QTranslator()
    if request.param == "en":
        assert translator.load(str(TRANSLATIONS / "stageportfolio_en.qm"))
        QCoreApplication.installTranslator(translator)
    yield request.param
    QCoreApplication.removeTranslator(translator)


def all_menus(window: MainWindow) -> list[QMenu]:
    found: list[QMenu] = []
    todo = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    while todo:
        menu = todo.pop()
        assert isinstance(menu, QMenu)
        found.append(menu)
        todo += [a.menu() for a in menu.actions() if a.menu() is not None]
    return found


def test_no_menu_letter_is_used_twice(
    qtbot: QtBot, filled: PortfolioService, language: str
) -> None:
    window = MainWindow(filled)
    qtbot.addWidget(window)
    bar = menubar_mnemonics(window)
    assert len(bar) >= 5, bar  # Bestand, Bewerken, Beeld, Aftekenen, Help
    assert clashes(bar) == {}, (language, bar)
    if language == "en":
        assert bar[0][1] == "&File"
    menus = all_menus(window)
    assert len(menus) >= 6
    for menu in menus:
        found = menu_mnemonics(menu)
        assert clashes(found) == {}, (language, menu.title(), found)
        without = [  # every item has a letter, or a shortcut of its own (Ctrl+1 for Overzicht);
            # a language is shown by its own name (Nederlands, English)
            a.text()
            for a in menu.actions()
            if not a.isSeparator()
            and "&" not in a.text()
            and a.shortcut().isEmpty()
            and not a.isCheckable()
        ]
        assert without == [], (language, menu.title())


def shown_section(qtbot: QtBot, window: MainWindow, kind: type[Section]) -> Section:
    section = window.section(kind)
    window.show_section(kind)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is section)
    return section


@pytest.fixture
def shown(qtbot: QtBot, filled: PortfolioService) -> MainWindow:
    window = MainWindow(filled)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_ctrl_n_adds_in_the_visible_section_from_the_sidebar(
    qtbot: QtBot, shown: MainWindow
) -> None:
    hours = shown_section(qtbot, shown, HoursSection)
    assert isinstance(hours, HoursSection)
    shown.nav.setFocus()  # the focus is not in the section
    qtbot.waitUntil(shown.nav.hasFocus)
    qtbot.keyClick(shown.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: hours.dialog is not None and hours.dialog.isVisible())
    hours.dialog.reject()


def test_ctrl_f_finds_in_the_visible_section_from_the_sidebar(
    qtbot: QtBot, shown: MainWindow
) -> None:
    activities = shown_section(qtbot, shown, ActivitiesSection)
    shown.nav.setFocus()
    qtbot.waitUntil(shown.nav.hasFocus)
    qtbot.keyClick(shown.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    focus = QApplication.focusWidget()
    assert focus is not None and activities.isAncestorOf(focus)


def test_tab_goes_through_the_overview_and_out_again(qtbot: QtBot, shown: MainWindow) -> None:
    overview = shown_section(qtbot, shown, OverviewSection)
    shown.nav.setFocus()
    seen: list[QWidget] = []
    for _ in range(40):
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    inside = [w for w in seen if overview.isAncestorOf(w)]
    assert inside, "Tab reaches the overview"
    assert any(
        w is shown.nav or not overview.isAncestorOf(w) for w in seen[seen.index(inside[0]) :]
    ), "Tab leaves the overview again"


def test_f1_opens_three_how_tos(qtbot: QtBot, shown: MainWindow, language: str) -> None:
    from stageportfolio.ui.dialogs.howto_dialog import HowToDialog

    qtbot.keyClick(shown, Qt.Key.Key_F1)
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, HowToDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
        )
    )
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, HowToDialog) and w.isVisible()
    )
    texts = dialog.texts()
    assert len(texts) == 3
    words = ("Ctrl+N", "Ctrl+F", "passphrase" if language == "en" else "wachtzin")
    for text, word in zip(texts, words, strict=True):
        assert word in text, (language, text)
    if language == "en":
        assert dialog.windowTitle() == "How does it work?" and "placement day" in texts[0]
    else:
        assert "stagedag" in texts[0]
    dialog.close()
