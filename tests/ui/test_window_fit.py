"""The window fits the available screen and comes back at the size it was left (issue 14.7).
The offscreen test screen is 800 wide, the smallest school laptop setting (Xvfb screenshots
at 800x600: scripts/screenshots.py)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from stageportfolio.services.portfolio import PortfolioService
from stageportfolio.ui.mainwindow import GEOMETRY_KEY, MainWindow
from stageportfolio.ui.widgets.screen import available


def open_window(qtbot: QtBot, service: PortfolioService) -> MainWindow:
    window = MainWindow(service)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_window_fits_a_small_screen_and_every_section_fits_the_window(
    qtbot: QtBot, filled: PortfolioService
) -> None:
    window = open_window(qtbot, filled)
    room = available(window)
    qtbot.waitUntil(lambda: window.frameGeometry().width() <= room.width())
    assert room.width() <= 800  # the offscreen screen: 800 wide
    assert window.frameGeometry().width() <= room.width()
    assert window.frameGeometry().height() <= room.height()
    assert room.contains(window.frameGeometry().topLeft())
    minimum = window.minimumSizeHint()
    assert minimum.width() <= room.width() and minimum.height() <= room.height()
    for section in window.sections:
        window.show_section(type(section))
        hint = section.minimumSizeHint()
        assert hint.width() <= window.stack.width(), (type(section).__name__, hint)


def test_the_window_comes_back_at_its_size(qtbot: QtBot, filled: PortfolioService) -> None:
    window = open_window(qtbot, filled)
    window.resize(790, 560)
    window.close()
    assert QSettings().value(GEOMETRY_KEY) is not None
    again = open_window(qtbot, filled)
    assert (again.width(), again.height()) == (790, 560)
