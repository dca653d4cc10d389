"""Week invullen: one week of stage days at once, from the placement's schedule.

Opens on the week after the last entry (``services.daily.first_open_week``) and the placement
of that day, with every stage day ticked and its usual hours filled in; Enter saves them all.
A day that already holds hours, lies after today or outside the placement's period cannot be
ticked; a school holiday or a day off the schedule starts unticked (tick it if you were there).
What is saved is decided by ``services.daily.fill_week``; the dialog only reads.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stageportfolio.core import clock
from stageportfolio.core.hours import HoursFormatError, parse_hours
from stageportfolio.core.messages import long_date
from stageportfolio.services import daily
from stageportfolio.services.portfolio import PortfolioService
from stageportfolio.ui.models.hours_model import hours_text
from stageportfolio.ui.widgets import ui_language
from stageportfolio.ui.widgets.colours import set_status_colour
from stageportfolio.ui.widgets.dayedit import show_day


class WeekDialog(QDialog):
    """Read the chosen days with :meth:`entries` after ``accepted``; ``plan`` says for which
    placement and context."""

    def __init__(
        self,
        service: PortfolioService,
        *,
        today: date | None = None,
        monday: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.today = today or clock.today()
        self.plan: daily.WeekPlan | None = None
        self.setWindowTitle(self.tr("Week invullen"))
        self._monday = monday or daily.first_open_week(service, today=self.today)

        self.placement_combo = QComboBox()
        self.placement_combo.setAccessibleName(self.tr("Stageplaats"))
        self._placements = {p.id: p for p in service.placements()}
        for placement in self._placements.values():
            self.placement_combo.addItem(placement.label, placement.id)
        defaults = daily.entry_defaults(service, today=self.today)
        wanted = defaults.placement_id if defaults is not None else None
        on_monday = next(
            (
                p.id
                for p in self._placements.values()
                if p.start_date <= self._monday + timedelta(days=4) and p.end_date >= self._monday
            ),
            None,
        )
        index = self.placement_combo.findData(wanted or on_monday)
        self.placement_combo.setCurrentIndex(max(index, 0))

        self.week_label = QLabel()
        self.week_label.setTextFormat(Qt.TextFormat.PlainText)
        self.previous_button = QPushButton(self.tr("◀ &Vorige week"))
        self.previous_button.setToolTip(self.tr("Page Up"))
        self.previous_button.setAutoDefault(False)
        self.next_button = QPushButton(self.tr("V&olgende week ▶"))
        self.next_button.setToolTip(self.tr("Page Down"))
        self.next_button.setAutoDefault(False)
        week_row = QHBoxLayout()
        week_row.addWidget(self.previous_button)
        week_row.addWidget(self.week_label, 1, Qt.AlignmentFlag.AlignCenter)
        week_row.addWidget(self.next_button)

        self.schedule_note = QLabel()
        self.schedule_note.setWordWrap(True)
        self.schedule_note.setTextFormat(Qt.TextFormat.PlainText)

        self.days_grid = QGridLayout()
        self.day_boxes: list[QCheckBox] = []
        self.hour_edits: list[QLineEdit] = []
        self.day_notes: list[QLabel] = []

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Opslaan"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        placement_label = QLabel(self.tr("&Stageplaats:"))
        placement_label.setBuddy(self.placement_combo)
        form.addRow(placement_label, self.placement_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(week_row)
        layout.addWidget(self.schedule_note)
        layout.addLayout(self.days_grid)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

        for key, step in ((QKeySequence.StandardKey.MoveToPreviousPage, -7),
                          (QKeySequence.StandardKey.MoveToNextPage, 7)):  # fmt: skip
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(lambda step=step: self.move_week(step))
        self.previous_button.clicked.connect(lambda: self.move_week(-7))
        self.next_button.clicked.connect(lambda: self.move_week(7))
        self.placement_combo.currentIndexChanged.connect(lambda _i: self._load())
        self._load()
        self.save_button.setFocus()

    # -- the week ------------------------------------------------------------------------------

    def move_week(self, days: int) -> None:
        self._monday += timedelta(days=days)
        self._load()

    def _status_text(self, day: daily.DayPlan) -> str:
        if day.status == "logged":
            return self.tr("al {0} uur gelogd").format(hours_text(day.logged))
        if day.status == "future":
            return self.tr("na vandaag")
        if day.status == "outside":
            return self.tr("buiten de periode van de stageplaats")
        if day.status == "free":
            return self.tr("vakantie of feestdag")
        if day.status == "not_scheduled":
            return self.tr("geen stagedag volgens het rooster")
        return ""

    def _load(self) -> None:
        placement_id = self.placement_combo.currentData()
        plan = daily.week_plan(self.service, self._monday, placement_id, today=self.today)
        self.plan = plan
        sunday = plan.monday + timedelta(days=6)
        self.week_label.setText(
            self.tr("Week van {0} tot en met {1}").format(show_day(plan.monday), show_day(sunday))
        )
        self.week_label.setAccessibleName(self.week_label.text())
        placement = self._placements.get(placement_id or "")
        if placement is None:
            self.schedule_note.setText(
                self.tr("Je hebt nog geen stageplaats: voeg er eerst een toe bij Stageplaatsen.")
            )
        elif not placement.schedule.given or not placement.schedule.minutes:
            self.schedule_note.setText(
                self.tr(
                    "Deze stageplaats heeft nog geen rooster: de week loopt van maandag tot "
                    "vrijdag. Vul het rooster in bij Stageplaatsen, dan klopt deze week meteen."
                )
            )
        else:
            self.schedule_note.setText("")
        self.schedule_note.setVisible(bool(self.schedule_note.text()))
        self._fill_days(plan)
        self._update()

    def _fill_days(self, plan: daily.WeekPlan) -> None:
        for widget in (*self.day_boxes, *self.hour_edits, *self.day_notes):
            self.days_grid.removeWidget(widget)
            widget.deleteLater()
        self.day_boxes, self.hour_edits, self.day_notes = [], [], []
        lang = ui_language()
        previous: QWidget = self.next_button
        for row, day in enumerate(plan.days):
            box = QCheckBox(long_date(day.day, lang).rsplit(" ", 1)[0])
            box.setProperty("day", day.day.isoformat())
            editable = day.status in ("add", "free", "not_scheduled")
            box.setEnabled(editable)
            box.setChecked(day.status == "add")
            hours = QLineEdit(hours_text(day.minutes) if day.minutes else "")
            hours.setAccessibleName(self.tr("Uren op {0}").format(long_date(day.day, lang)))
            hours.setPlaceholderText(self.tr("uren"))
            hours.setMaximumWidth(self.fontMetrics().averageCharWidth() * 10)
            hours.setEnabled(editable)
            if not day.minutes and editable:
                usual = max((d.minutes for d in plan.days), default=0)
                hours.setText(hours_text(usual) if usual else "")
            note = QLabel(self._status_text(day))
            note.setTextFormat(Qt.TextFormat.PlainText)
            box.toggled.connect(lambda _on: self._update())
            hours.textChanged.connect(lambda _text: self._update())
            self.days_grid.addWidget(box, row, 0)
            self.days_grid.addWidget(hours, row, 1)
            self.days_grid.addWidget(note, row, 2)
            self.day_boxes.append(box)
            self.hour_edits.append(hours)
            self.day_notes.append(note)
            QWidget.setTabOrder(previous, box)
            QWidget.setTabOrder(box, hours)
            previous = hours
        self.days_grid.setColumnStretch(2, 1)

    # -- reading -------------------------------------------------------------------------------

    def entries(self) -> list[tuple[date, int]]:
        """The ticked days with their hours (a day whose hours cannot be read is left out;
        Save stays disabled while there is one)."""
        out = []
        for box, edit in zip(self.day_boxes, self.hour_edits, strict=True):
            if not box.isChecked() or not box.isEnabled():
                continue
            try:
                minutes = parse_hours(edit.text())
            except HoursFormatError:
                continue
            out.append((date.fromisoformat(str(box.property("day"))), minutes))
        return out

    def _problems(self) -> list[str]:
        problems = []
        for box, edit in zip(self.day_boxes, self.hour_edits, strict=True):
            if not box.isChecked() or not box.isEnabled():
                continue
            try:
                parse_hours(edit.text())
            except HoursFormatError:
                problems.append(self.tr("{0}: typ de uren als 7,5 of 7:30.").format(box.text()))
        return problems

    def _update(self) -> None:
        problems = self._problems()
        entries = self.entries()
        if problems:
            self.summary.setText("\n".join(problems))
            set_status_colour(self.summary, "error")
        elif not entries:
            self.summary.setText(self.tr("Geen dagen om toe te voegen in deze week."))
            set_status_colour(self.summary, "hint")
        else:
            total = sum(minutes for _, minutes in entries)
            self.summary.setText(
                self.tr("{0} dagen, samen {1} uur, worden toegevoegd.").format(
                    len(entries), hours_text(total)
                )
                if len(entries) != 1
                else self.tr("1 dag van {0} uur wordt toegevoegd.").format(hours_text(total))
            )
            set_status_colour(self.summary, "hint")
        ok = not problems and bool(entries) and self.plan is not None and bool(self.plan.context)
        self.save_button.setEnabled(ok)

    def _save(self) -> None:
        if self.save_button.isEnabled():
            self.accept()
