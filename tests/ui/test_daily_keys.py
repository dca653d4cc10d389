"""Hours in two keys (issue 14.1): the counted key sequences a pupil types on an ordinary day
and to catch up a week, with real key events on the real Uren section."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from stageportfolio.core.schedule import Schedule
from stageportfolio.services.portfolio import PortfolioService
from stageportfolio.ui.dialogs.hour_dialog import HourDialog
from stageportfolio.ui.dialogs.week_dialog import WeekDialog
from stageportfolio.ui.sections.hours import HoursSection
from tests.ui.test_hours import Host

TODAY = date(2026, 11, 23)  # a Monday
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def scheduled(service: PortfolioService) -> PortfolioService:
    """A placement on Monday, Tuesday and Thursday, 6 hours a day; a half day logged last."""
    placement = service.add_placement(
        organisation="WZC De Linde",
        context="residentieel",
        start_date=date(2026, 9, 28),
        end_date=date(2026, 12, 18),
        schedule=Schedule(frozenset({1, 2, 4}), 360),
    )
    service.add_hours(
        day=date(2026, 10, 5), minutes=360, context="residentieel", placement_id=placement
    )
    service.add_hours(
        day=date(2026, 10, 6), minutes=180, context="residentieel", placement_id=placement
    )
    return service


@pytest.fixture
def section(qtbot: QtBot, scheduled: PortfolioService) -> Iterator[HoursSection]:
    host = Host(scheduled)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    yield host.section


def press(
    qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """One key stroke to whatever has the focus now."""
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifiers)


def logged(service: PortfolioService) -> list[tuple[date, int]]:
    return sorted((row.day, row.minutes) for row in service.hours())


def test_one_more_ordinary_day_takes_two_keys(
    qtbot: QtBot, section: HoursSection, scheduled: PortfolioService
) -> None:
    section.table.setFocus()
    press(qtbot, Qt.Key.Key_N, CTRL)  # 1: Ctrl+N
    qtbot.waitUntil(
        lambda: (
            isinstance(QApplication.activeModalWidget() or section.dialog, HourDialog)
            and section.dialog is not None
            and section.dialog.isVisible()
        )
    )
    dialog = section.dialog
    assert dialog is not None
    # The next stage day of the schedule (Thursday: Wednesday is no stage day), and the
    # placement's usual day, not the half day logged last.
    assert dialog.values().day == date(2026, 10, 8)
    assert dialog.values().minutes == 360
    qtbot.waitUntil(
        lambda: (
            QApplication.focusWidget() is not None and QApplication.focusWidget().window() is dialog
        )
    )
    press(qtbot, Qt.Key.Key_Return)  # 2: Enter
    qtbot.waitUntil(lambda: len(scheduled.hours()) == 3)
    assert logged(scheduled)[-1] == (date(2026, 10, 8), 360)


def test_a_catch_up_week_takes_two_keys_and_the_next_one_two_more(
    qtbot: QtBot, section: HoursSection, scheduled: PortfolioService
) -> None:
    section.table.setFocus()
    press(qtbot, Qt.Key.Key_N, CTRL_SHIFT)  # 1: Ctrl+Shift+N, "Week invullen"
    qtbot.waitUntil(lambda: section.week_dialog is not None and section.week_dialog.isVisible())
    week = section.week_dialog
    assert isinstance(week, WeekDialog)
    qtbot.waitUntil(
        lambda: (
            QApplication.focusWidget() is not None and QApplication.focusWidget().window() is week
        )
    )
    press(qtbot, Qt.Key.Key_Return)  # 2: Enter: the open days of the week of 5 October
    qtbot.waitUntil(lambda: len(scheduled.hours()) == 3)
    assert logged(scheduled)[-1] == (date(2026, 10, 8), 360)
    qtbot.waitUntil(lambda: section.table.hasFocus())
    press(qtbot, Qt.Key.Key_N, CTRL_SHIFT)  # 3: the next week, a whole one to catch up
    qtbot.waitUntil(
        lambda: (
            section.week_dialog is not week
            and section.week_dialog is not None
            and section.week_dialog.isVisible()
        )
    )
    second = section.week_dialog
    assert second is not None
    qtbot.waitUntil(
        lambda: (
            QApplication.focusWidget() is not None and QApplication.focusWidget().window() is second
        )
    )
    press(qtbot, Qt.Key.Key_Return)  # 4: Enter
    qtbot.waitUntil(lambda: len(scheduled.hours()) == 6)
    # Monday, Tuesday and Thursday of the week of 12 October, the usual 6 hours each.
    assert logged(scheduled)[-3:] == [
        (date(2026, 10, 12), 360),
        (date(2026, 10, 13), 360),
        (date(2026, 10, 15), 360),
    ]


def test_ctrl_d_copies_the_selected_day_to_the_next_stage_day(
    qtbot: QtBot, section: HoursSection, scheduled: PortfolioService
) -> None:
    section.table.setFocus()
    section.select_ids([next(r.id for r in scheduled.hours() if r.day == date(2026, 10, 5))])
    press(qtbot, Qt.Key.Key_D, CTRL)
    qtbot.waitUntil(lambda: len(scheduled.hours()) == 3)
    # The next stage day after Monday is Tuesday (with its half day, 9 hours in all).
    days = logged(scheduled)
    assert (date(2026, 10, 6), 360) in days


def test_the_calendar_marks_the_logged_days(
    qtbot: QtBot, section: HoursSection, scheduled: PortfolioService
) -> None:
    section.table.setFocus()
    press(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: section.dialog is not None and section.dialog.isVisible())
    dialog = section.dialog
    assert dialog is not None
    edit = dialog.date_edit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # the calendar
    qtbot.waitUntil(lambda: edit.calendar is not None and edit.calendar.isVisible())
    assert edit.marked_days() == {date(2026, 10, 5), date(2026, 10, 6)}
    calendar = edit.calendar
    assert calendar is not None
    marked = calendar.dateTextFormat(QDate(2026, 10, 6))
    assert marked.fontUnderline() and marked.toolTip() == "3 uur gelogd"
    assert not calendar.dateTextFormat(QDate(2026, 10, 7)).fontUnderline()
    calendar.setCurrentPage(2026, 11)  # another month: its own days (none logged)
    qtbot.waitUntil(lambda: edit.marked_days() == set())
    calendar.close()
    dialog.reject()
