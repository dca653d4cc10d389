"""The one date field of the app: a date means what was typed, and the calendar opens by keyboard.

:class:`DayEdit` is a line edit that reads its whole text as a date each time it changes. It
replaces ``QDateEdit``, which types section by section: there a ``/`` after one day digit
skipped the month (``5/1/2027`` typed over 5/12/2026 stayed in December), an intermediate
31/11 or 29/2/2026 was corrected before the year was typed, and Tab walked the sections
instead of leaving the field.

What it accepts (:func:`read_day`): ``20/11/2026``, ``20-11-2026``, ``20.11.2026``, a two-digit
year (``5/1/27``), ISO ``2026-11-20``, and a day and month alone (``3-11``, ``3.11``), which
take the year that puts the date nearest to the one the field showed. Up and Down step a day;
Alt+Down or F4 open the calendar, where Enter or a click picks a day and Esc closes it; days
that already hold hours can be marked there (:meth:`DayEdit.set_marks`: bold and underlined,
with a tooltip, never colour alone). A text
that is not a date keeps the field's :meth:`DayEdit.date` invalid and :meth:`DayEdit.problem`
says why; the dialogs show that message and keep Save disabled.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QIcon, QKeyEvent, QPalette, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle, QToolButton, QWidget

from stageportfolio.core import clock

EARLIEST = date(1900, 1, 1)
LATEST = date(2099, 12, 31)

_SEPARATOR = r"\s*[/.\-\s]\s*"
_DAY_MONTH_YEAR = re.compile(rf"^(\d{{1,2}}){_SEPARATOR}(\d{{1,2}})(?:{_SEPARATOR}(\d*))?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


@dataclass(frozen=True)
class Reading:
    """What a typed text says: a date, or why it is none.

    ``reason`` is ``""`` (a date), ``"empty"``, ``"format"`` (not a date at all, or a year
    still being typed), ``"month"`` (no such month) or ``"day"`` (no such day in that month;
    ``days_in_month`` says how many it has).
    """

    day: date | None
    reason: str = ""
    days_in_month: int = 0


def show_day(day: date) -> str:
    """``date(2027, 1, 5)`` -> ``"5/1/2027"``: how every date field shows a date."""
    return f"{day.day}/{day.month}/{day.year}"


def read_day(text: str, near: date) -> Reading:
    """Read a typed date; a day and month without a year take the year nearest to ``near``."""
    text = text.strip()
    if not text:
        return Reading(None, "empty")
    iso = _ISO.match(text)
    if iso:
        return _exact(int(iso[1]), int(iso[2]), int(iso[3]))
    match = _DAY_MONTH_YEAR.match(text)
    if match is None:
        return Reading(None, "format")
    day, month, year_text = int(match[1]), int(match[2]), match[3]
    if not year_text:  # "3-11" or "3-11-": the year follows from ``near``
        return _nearest(day, month, near)
    if len(year_text) == 2:
        return _exact(2000 + int(year_text), month, day)
    if len(year_text) == 4:
        return _exact(int(year_text), month, day)
    return Reading(None, "format")  # one or three digits: the year is still being typed


def _exact(year: int, month: int, day: int) -> Reading:
    if not 1 <= month <= 12:
        return Reading(None, "month")
    if year < 1:
        return Reading(None, "format")
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        return Reading(None, "day", days)
    return Reading(date(year, month, day))


def _nearest(day: int, month: int, near: date) -> Reading:
    if not 1 <= month <= 12:
        return Reading(None, "month")
    candidates = []
    for year in range(near.year - 4, near.year + 5):  # 29/2 needs a leap year within reach
        if 1 <= day <= calendar.monthrange(year, month)[1]:
            candidate = date(year, month, day)
            candidates.append((abs((candidate - near).days), candidate))
    if not candidates:
        return Reading(None, "day", max(calendar.monthrange(2000, month)[1], 1))
    return Reading(min(candidates)[1])


def _to_date(value: QDate | date) -> date:
    if isinstance(value, QDate):
        return date(value.year(), value.month(), value.day())
    return value


def _to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


_COMMAND = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class DayEdit(QLineEdit):
    """A date field typed as ``d/m/jjjj``; see the module text for what it accepts.

    ``date()``, ``setDate()``, ``dateChanged``, ``setMinimumDate()`` and ``setMaximumDate()``
    work like ``QDateEdit``'s, except that ``date()`` is an invalid ``QDate`` while the text is
    not a date in range (``problem()`` then says why). ``dateChanged`` is emitted whenever that
    changes, also to invalid.
    """

    dateChanged = Signal(QDate)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._minimum = EARLIEST
        self._maximum = LATEST
        self._near = clock.today()  # where a typed day and month look for their year
        self._reading = Reading(None, "empty")
        self._date = QDate()
        self.calendar: QCalendarWidget | None = None
        # (first day, last day) -> {day: tooltip} for the days to mark in the calendar
        self._marks: Callable[[dt.date, dt.date], Mapping[dt.date, str]] | None = None
        self._marked: set[dt.date] = set()
        self.setPlaceholderText(self.tr("d/m/jjjj"))
        self.setToolTip(
            self.tr("Typ dag/maand/jaar, bv. 20/11/2026 of 20-11. Alt+↓ of F4 opent de kalender.")
        )
        icon = QIcon.fromTheme(
            "x-office-calendar", self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown)
        )
        self.calendar_action = self.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(self.tr("Kalender (Alt+↓)"))
        self.calendar_action.setText(self.tr("Kalender openen"))
        for button in self.findChildren(QToolButton):  # what a screen reader says for the icon
            button.setAccessibleName(self.tr("Kalender openen"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.textChanged.connect(self._read)
        self.editingFinished.connect(self._tidy)

    # -- the value ---------------------------------------------------------------------------

    def date(self) -> QDate:
        return QDate(self._date)

    def day(self) -> dt.date | None:
        """The typed date, or None while the text is not a date in range."""
        return _to_date(self._date) if self._date.isValid() else None

    def setDate(self, value: QDate | dt.date) -> None:
        day = _to_date(value)
        self._near = day
        self.setText(show_day(day))

    def setMinimumDate(self, value: QDate | dt.date) -> None:
        self._minimum = _to_date(value)
        self._read()

    def setMaximumDate(self, value: QDate | dt.date) -> None:
        self._maximum = _to_date(value)
        self._read()

    def problem(self) -> str:
        """Why the text is not a usable date, in the user's language; ``""`` when it is."""
        reading = self._reading
        text = self.text().strip()
        example = show_day(clock.today())
        if reading.reason == "empty":
            return self.tr("Vul een datum in als dag/maand/jaar, bv. {0}.").format(example)
        if reading.reason == "format":
            return self.tr("“{0}” is geen datum: typ dag/maand/jaar, bv. {1}.").format(
                text, example
            )
        if reading.reason == "month":
            return self.tr("“{0}” bestaat niet: een jaar heeft 12 maanden.").format(text)
        if reading.reason == "day":
            return self.tr("“{0}” bestaat niet: die maand heeft {1} dagen.").format(
                text, reading.days_in_month
            )
        assert reading.day is not None
        if reading.day < self._minimum:
            return self.tr("{0} ligt vóór {1}: kies een datum vanaf {1}.").format(
                show_day(reading.day), show_day(self._minimum)
            )
        if reading.day > self._maximum:
            return self.tr("{0} ligt na {1}: kies een datum tot en met {1}.").format(
                show_day(reading.day), show_day(self._maximum)
            )
        return ""

    def _read(self) -> None:
        self._reading = read_day(self.text(), self._near)
        day = self._reading.day
        usable = day is not None and self._minimum <= day <= self._maximum
        new = _to_qdate(day) if usable and day is not None else QDate()
        if new != self._date:
            self._date = new
            self.dateChanged.emit(QDate(new))

    def _tidy(self) -> None:
        """On leaving the field (or Enter): show a typed date the way every field shows it."""
        day = self.day()
        if day is not None:
            self._near = day
            if self.text() != show_day(day):
                self.setText(show_day(day))

    # -- keyboard ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        alt_down = key == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt_down or (key == Qt.Key.Key_F4 and not event.modifiers() & _COMMAND):
            self.open_calendar()
            event.accept()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not event.modifiers() & _COMMAND:
            if not self.isReadOnly() and self._date.isValid():
                step = 1 if key == Qt.Key.Key_Up else -1
                moved = self._date.addDays(step)
                if self._minimum <= _to_date(moved) <= self._maximum:
                    self.setDate(moved)
                    self.selectAll()
            event.accept()
            return
        super().keyPressEvent(event)

    def set_marks(self, marks: Callable[[dt.date, dt.date], Mapping[dt.date, str]] | None) -> None:
        """Mark days in the calendar: ``marks(first, last)`` gives the days between them to
        mark, each with its tooltip (``"7,5 uur gelogd"``); asked for the month on show."""
        self._marks = marks

    def marked_days(self) -> set[dt.date]:
        """The days marked in the calendar as it is shown now."""
        return set(self._marked)

    def _mark_month(self, year: int, month: int) -> None:
        shown = self.calendar
        if shown is None or self._marks is None:
            return
        for day in self._marked:
            shown.setDateTextFormat(_to_qdate(day), QTextCharFormat())
        self._marked = set()
        first = dt.date(year, month, 1) - dt.timedelta(days=7)  # the grid shows a week around
        last = dt.date(year, month, calendar.monthrange(year, month)[1]) + dt.timedelta(days=14)
        mark = QTextCharFormat()
        mark.setFontWeight(QFont.Weight.Bold)
        mark.setFontUnderline(True)
        mark.setBackground(shown.palette().brush(QPalette.ColorRole.AlternateBase))
        for day, tip in self._marks(first, last).items():
            found = QTextCharFormat(mark)
            found.setToolTip(tip)
            shown.setDateTextFormat(_to_qdate(day), found)
            self._marked.add(day)

    def setReadOnly(self, read_only: bool) -> None:
        super().setReadOnly(read_only)
        self.calendar_action.setVisible(not read_only)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self._date.isValid():
            self._near = _to_date(self._date)

    # -- the calendar ------------------------------------------------------------------------

    def open_calendar(self) -> QCalendarWidget | None:
        """Show the calendar under the field, on the typed date (else today); None if read-only."""
        if self.isReadOnly() or not self.isEnabled():
            return None
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            self.calendar.setGridVisible(True)
            self.calendar.setVerticalHeaderFormat(
                QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader
            )
            self.calendar.setAccessibleName(self.tr("Kalender"))
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
            self.calendar.installEventFilter(self)
            self.calendar.currentPageChanged.connect(self._mark_month)
        self.calendar.setDateRange(_to_qdate(self._minimum), _to_qdate(self._maximum))
        shown = self.day() or min(max(clock.today(), self._minimum), self._maximum)
        self.calendar.setSelectedDate(_to_qdate(shown))
        self._mark_month(shown.year, shown.month)
        self.calendar.adjustSize()
        self.calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)
        return self.calendar

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.calendar
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.calendar.hide()
            self.setFocus(Qt.FocusReason.PopupFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _picked(self, picked: QDate) -> None:
        self.setDate(picked)
        if self.calendar is not None:
            self.calendar.hide()
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.selectAll()
