"""The one date field: a typed date means what was typed, Tab moves on, the calendar opens by
keyboard. Typed with qtbot, on several dates."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QFormLayout, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from stageportfolio.services.portfolio import PortfolioService
from stageportfolio.ui.dialogs.hour_dialog import HourDialog
from stageportfolio.ui.dialogs.placement_dialog import PlacementDialog
from stageportfolio.ui.widgets.dayedit import DayEdit, read_day, show_day

SHOWN = (date(2026, 12, 5), date(2027, 1, 1), date(2028, 2, 29), date(2027, 8, 31))
TYPED = {
    "5/1/2027": date(2027, 1, 5),
    "29/2/2028": date(2028, 2, 29),
    "31/8/2027": date(2027, 8, 31),
    "1/9/2027": date(2027, 9, 1),
    "31/12/2026": date(2026, 12, 31),
    "20-11-2026": date(2026, 11, 20),
    "05.01.2027": date(2027, 1, 5),
    "2027-01-05": date(2027, 1, 5),
    "5/1/27": date(2027, 1, 5),
}


class Form(QWidget):
    """A date field between two line edits, as in every dialog."""

    def __init__(self) -> None:
        super().__init__()
        self.before = QLineEdit()
        self.day = DayEdit()
        self.after = QLineEdit()
        form = QFormLayout(self)
        form.addRow("Voor", self.before)
        form.addRow("Datum", self.day)
        form.addRow("Na", self.after)


@pytest.fixture
def form(qtbot: QtBot) -> Iterator[Form]:
    widget = Form()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    yield widget


def tab_into(qtbot: QtBot, form: Form) -> None:
    form.before.setFocus()
    qtbot.keyClick(form.before, Qt.Key.Key_Tab)
    assert form.day.hasFocus()


# -- reading typed text -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "near", "expected"),
    [
        ("20/11/2026", date(2026, 12, 4), date(2026, 11, 20)),
        (" 5 / 1 / 2027 ", date(2026, 12, 4), date(2027, 1, 5)),
        ("5-1-27", date(2026, 12, 4), date(2027, 1, 5)),
        ("2028-02-29", date(2026, 12, 4), date(2028, 2, 29)),
        # a day and month alone take the year nearest to the date the field showed
        ("3-11", date(2026, 12, 4), date(2026, 11, 3)),
        ("3.11", date(2026, 12, 4), date(2026, 11, 3)),
        ("30/12", date(2027, 1, 2), date(2026, 12, 30)),
        ("5/1", date(2026, 12, 20), date(2027, 1, 5)),
        ("29/2", date(2027, 8, 31), date(2028, 2, 29)),
        ("3-11-", date(2026, 12, 4), date(2026, 11, 3)),
    ],
)
def test_read_day(text: str, near: date, expected: date) -> None:
    assert read_day(text, near).day == expected


@pytest.mark.parametrize(
    ("text", "reason", "days"),
    [
        ("", "empty", 0),
        ("  ", "empty", 0),
        ("morgen", "format", 0),
        ("5", "format", 0),
        ("5/1/2", "format", 0),  # the year is still being typed
        ("5/1/202", "format", 0),
        ("5/1/20277", "format", 0),
        ("4/12/20265/1/2027", "format", 0),
        ("31/11/2026", "day", 30),
        ("29/2/2027", "day", 28),
        ("0/3/2027", "day", 31),
        ("31/4", "day", 30),
        ("1/13/2026", "month", 0),
        ("2026-13-01", "month", 0),
    ],
)
def test_what_is_not_a_date(text: str, reason: str, days: int) -> None:
    reading = read_day(text, date(2026, 12, 4))
    assert (reading.day, reading.reason, reading.days_in_month) == (None, reason, days)


@given(
    day=st.dates(date(1950, 1, 1), date(2099, 12, 31)),
    near=st.dates(date(1950, 1, 1), date(2099, 12, 31)),
    style=st.sampled_from(["d/m/yyyy", "dd-mm-yyyy", "dd.mm.yyyy", "yyyy-mm-dd"]),
)
def test_a_whole_date_reads_as_itself_whatever_the_field_showed(
    day: date, near: date, style: str
) -> None:
    text = {
        "d/m/yyyy": show_day(day),
        "dd-mm-yyyy": day.strftime("%d-%m-%Y"),
        "dd.mm.yyyy": day.strftime("%d.%m.%Y"),
        "yyyy-mm-dd": day.isoformat(),
    }[style]
    assert read_day(text, near).day == day


@given(near=st.dates(date(1950, 1, 1), date(2099, 12, 31)), offset=st.integers(-150, 150))
def test_a_day_and_month_alone_mean_the_nearest_such_date(near: date, offset: int) -> None:
    day = near + timedelta(days=offset)
    assert read_day(f"{day.day}/{day.month}", near).day == day


# -- typing in the field --------------------------------------------------------------------------


def test_a_typed_date_replaces_the_whole_date_and_tab_moves_on(
    qtbot: QtBot, form: Form, fixed_today: date
) -> None:
    assert form.day.date() == QDate()  # an empty field holds no date
    for shown in (fixed_today, *SHOWN):
        for text, expected in TYPED.items():
            form.day.setDate(shown)
            tab_into(qtbot, form)
            qtbot.keyClicks(form.day, text)
            assert form.day.day() == expected, (shown, text)
            assert form.day.date() == QDate(expected.year, expected.month, expected.day)
            qtbot.keyClick(form.day, Qt.Key.Key_Tab)
            assert form.after.hasFocus(), (shown, text)
            assert form.day.text() == show_day(expected)
            assert form.day.problem() == ""


def test_the_example_from_the_issue(qtbot: QtBot, form: Form) -> None:
    form.day.setDate(date(2026, 12, 5))
    tab_into(qtbot, form)
    seen: list[QDate] = []
    form.day.dateChanged.connect(seen.append)
    qtbot.keyClicks(form.day, "5/1/2027")
    assert seen[-1] == form.day.date() == QDate(2027, 1, 5)


def test_day_and_month_take_the_year_nearest_to_what_the_field_showed(
    qtbot: QtBot, form: Form
) -> None:
    form.day.setDate(date(2027, 1, 2))
    tab_into(qtbot, form)
    qtbot.keyClicks(form.day, "30-12")
    qtbot.keyClick(form.day, Qt.Key.Key_Tab)
    assert form.day.text() == "30/12/2026"
    assert form.day.day() == date(2026, 12, 30)


def test_a_date_that_does_not_exist_is_kept_and_explained(qtbot: QtBot, form: Form) -> None:
    form.day.setDate(date(2026, 11, 5))
    tab_into(qtbot, form)
    with qtbot.waitSignal(form.day.dateChanged) as changed:
        qtbot.keyClicks(form.day, "31/11/2026")
    assert changed.args == [QDate()]  # what the dialogs validate on
    assert not form.day.date().isValid() and form.day.day() is None
    assert form.day.problem() == "“31/11/2026” bestaat niet: die maand heeft 30 dagen."
    qtbot.keyClick(form.day, Qt.Key.Key_Tab)
    assert form.after.hasFocus()
    assert form.day.text() == "31/11/2026"  # nothing typed is thrown away
    form.day.clear()
    assert form.day.problem().startswith("Vul een datum in als dag/maand/jaar")


def test_the_range_is_checked_with_a_message(qtbot: QtBot, form: Form) -> None:
    form.day.setMaximumDate(date(2027, 8, 31))
    form.day.setDate(date(2027, 8, 31))
    assert form.day.day() == date(2027, 8, 31)
    tab_into(qtbot, form)
    qtbot.keyClicks(form.day, "1/9/2027")
    assert form.day.day() is None
    assert form.day.problem() == "1/9/2027 ligt na 31/8/2027: kies een datum tot en met 31/8/2027."
    form.day.setMinimumDate(date(2027, 1, 1))
    form.day.setText("31/12/2026")
    assert form.day.problem() == "31/12/2026 ligt vóór 1/1/2027: kies een datum vanaf 1/1/2027."


def test_up_and_down_step_a_day_across_months_and_years(qtbot: QtBot, form: Form) -> None:
    form.day.setDate(date(2026, 12, 31))
    tab_into(qtbot, form)
    qtbot.keyClick(form.day, Qt.Key.Key_Up)
    assert form.day.day() == date(2027, 1, 1)
    form.day.setDate(date(2028, 3, 1))
    qtbot.keyClick(form.day, Qt.Key.Key_Down)
    assert form.day.day() == date(2028, 2, 29)


# -- the calendar --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "modifier"),
    [(Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier), (Qt.Key.Key_F4, Qt.KeyboardModifier(0))],
)
def test_the_calendar_opens_by_keyboard_and_enter_picks_a_day(
    qtbot: QtBot, form: Form, key: Qt.Key, modifier: Qt.KeyboardModifier
) -> None:
    assert "Alt+↓" in form.day.toolTip()
    form.day.setDate(date(2027, 8, 31))
    tab_into(qtbot, form)
    qtbot.keyClick(form.day, key, modifier)
    calendar = form.day.calendar
    assert calendar is not None and calendar.isVisible()
    assert calendar.selectedDate() == QDate(2027, 8, 31)
    view = QApplication.focusWidget()
    assert view is not None and calendar.isAncestorOf(view)
    qtbot.keyClick(view, Qt.Key.Key_Right)  # the next day, in the next month and school year
    with qtbot.waitSignal(form.day.dateChanged):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert not calendar.isVisible()
    assert form.day.day() == date(2027, 9, 1)
    assert form.day.text() == "1/9/2027"
    assert form.day.hasFocus()


def test_escape_closes_the_calendar_and_keeps_the_date(qtbot: QtBot, form: Form) -> None:
    form.day.setDate(date(2028, 2, 29))
    tab_into(qtbot, form)
    qtbot.keyClick(form.day, Qt.Key.Key_F4)
    calendar = form.day.calendar
    assert calendar is not None and calendar.isVisible()
    view = QApplication.focusWidget()
    assert view is not None
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not calendar.isVisible()
    assert form.day.day() == date(2028, 2, 29)
    assert form.day.hasFocus()


def test_a_read_only_field_opens_no_calendar(qtbot: QtBot, form: Form) -> None:
    form.day.setDate(date(2027, 1, 1))
    form.day.setReadOnly(True)
    tab_into(qtbot, form)
    qtbot.keyClick(form.day, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(form.day, Qt.Key.Key_Up)
    assert form.day.calendar is None
    assert not form.day.calendar_action.isVisible()
    assert form.day.day() == date(2027, 1, 1)


# -- in the dialogs ------------------------------------------------------------------------------


def test_the_dialogs_explain_a_typed_date_that_is_none_and_keep_save_disabled(
    qtbot: QtBot, service: PortfolioService
) -> None:
    hours = HourDialog(service, today=date(2026, 12, 4))
    qtbot.addWidget(hours)
    hours.hours_edit.setText("7,5")
    assert hours.save_button.isEnabled()
    hours.date_edit.selectAll()
    qtbot.keyClicks(hours.date_edit, "31/11/2026")  # "31/11/202" on the way was no date either
    assert hours.messages["datum"].text() == (
        "Fout: “31/11/2026” bestaat niet: die maand heeft 30 dagen."
    )
    assert not hours.save_button.isEnabled()
    hours.date_edit.selectAll()
    qtbot.keyClicks(hours.date_edit, "30/11/2026")
    assert hours.messages["datum"].isHidden() and hours.save_button.isEnabled()

    placement = PlacementDialog(service)
    qtbot.addWidget(placement)
    placement.organisation.setText("WZC De Linde")
    placement.start.setDate(date(2027, 1, 4))
    placement.end.selectAll()
    qtbot.keyClicks(placement.end, "29/2/2027")
    assert not placement.save_button().isEnabled()
    assert placement.message.text() == (
        "⚠ Tot en met: “29/2/2027” bestaat niet: die maand heeft 28 dagen."
    )
    placement.end.selectAll()
    qtbot.keyClicks(placement.end, "29/2/2028")
    assert placement.save_button().isEnabled()
    assert placement.values()["end_date"] == date(2028, 2, 29)
