"""Add or edit a placement: organisation, unit, context, period and mentor.

The mentor list ends with "Nieuwe mentor…", which opens :class:`MentorDialog`; a mentor made
there is saved at once through the service and ``mentor_added`` is emitted.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TypedDict

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stageportfolio.core import clock
from stageportfolio.core.hours import HoursFormatError, parse_hours
from stageportfolio.core.schedule import WORKING_WEEK, Schedule
from stageportfolio.services.portfolio import PlacementInfo, PortfolioService
from stageportfolio.ui.dialogs.mentor_dialog import MentorDialog
from stageportfolio.ui.models.hours_model import hours_text
from stageportfolio.ui.widgets import ui_language
from stageportfolio.ui.widgets.dayedit import DayEdit, show_day

NEW_MENTOR = "__new__"


class PlacementValues(TypedDict):
    """A placement as the dialog gives it, the keywords of ``PortfolioService.add_placement``."""

    organisation: str
    unit: str
    context: str
    start_date: date
    end_date: date
    mentor_id: str | None
    schedule: Schedule


class PlacementDialog(QDialog):
    """Collects a placement's values; the caller saves them (see :meth:`values`)."""

    mentor_added = Signal(str)

    def __init__(
        self,
        service: PortfolioService,
        placement: PlacementInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.placement = placement
        self.mentor_dialog: MentorDialog | None = None
        self._mentor_before = 0
        self.setWindowTitle(
            self.tr("Stageplaats bewerken") if placement else self.tr("Nieuwe stageplaats")
        )

        self.organisation = QLineEdit()
        self.organisation.setAccessibleName(self.tr("Organisatie (verplicht)"))
        self.organisation.setPlaceholderText(self.tr("bv. WZC De Linde"))
        self.unit = QLineEdit()
        self.unit.setAccessibleName(self.tr("Afdeling"))
        self.unit.setPlaceholderText(self.tr("bv. Afdeling Zonnebloem (mag leeg blijven)"))
        self.context = QComboBox()
        self.context.setAccessibleName(self.tr("Context"))
        self._fill_contexts()
        self.start = DayEdit()
        self.end = DayEdit()
        for edit, name in ((self.start, self.tr("Begindatum")), (self.end, self.tr("Einddatum"))):
            edit.setAccessibleName(name)
        self.mentor = QComboBox()
        self.mentor.setAccessibleName(self.tr("Mentor"))
        self._fill_mentors(placement.mentor_id if placement else None)

        # The usual week: which weekdays, and how long a usual day is. "Week invullen" and a
        # new entry's hours start from it.
        self.schedule_row = QWidget()
        days_layout = QHBoxLayout(self.schedule_row)
        days_layout.setContentsMargins(0, 0, 0, 0)
        self.day_boxes: dict[int, QCheckBox] = {}
        short = (self.tr("ma"), self.tr("di"), self.tr("wo"), self.tr("do"), self.tr("vr"),
                 self.tr("za"), self.tr("zo"))  # fmt: skip
        full = (self.tr("maandag"), self.tr("dinsdag"), self.tr("woensdag"),
                self.tr("donderdag"), self.tr("vrijdag"), self.tr("zaterdag"),
                self.tr("zondag"))  # fmt: skip
        for number in range(1, 8):
            box = QCheckBox(short[number - 1])
            box.setAccessibleName(self.tr("Stagedag op {0}").format(full[number - 1]))
            days_layout.addWidget(box)
            self.day_boxes[number] = box
        days_layout.addStretch(1)
        self.usual_hours = QLineEdit()
        self.usual_hours.setAccessibleName(self.tr("Uren op een gewone stagedag"))
        self.usual_hours.setPlaceholderText(self.tr("bv. 7,5 of 7:30"))
        self.usual_hours.setToolTip(
            self.tr("Hoe lang een gewone stagedag duurt; nieuwe uren beginnen met dit aantal.")
        )

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Melding"))
        self.message.setVisible(False)

        form = QFormLayout()
        for text, field in (
            (self.tr("&Organisatie *"), self.organisation),
            (self.tr("&Afdeling"), self.unit),
            (self.tr("&Context"), self.context),
            (self.tr("&Van"), self.start),
            (self.tr("&Tot en met"), self.end),
            (self.tr("&Mentor"), self.mentor),
            (self.tr("&Rooster"), self.schedule_row),
            (self.tr("&Uren per dag"), self.usual_hours),
        ):
            label = QLabel(text)
            label.setBuddy(self.day_boxes[1] if field is self.schedule_row else field)
            form.addRow(label, field)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button().setText(self.tr("Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        if placement is not None:
            self.organisation.setText(placement.organisation)
            self.unit.setText(placement.unit)
            index = self.context.findData(placement.context)
            if index < 0:  # a context the registry no longer knows: keep it selectable
                self.context.addItem(placement.context, placement.context)
                index = self.context.count() - 1
            self.context.setCurrentIndex(index)
            start, end = placement.start_date, placement.end_date
            schedule = placement.schedule
        else:
            start = clock.today()
            end = start + timedelta(weeks=4)
            schedule = Schedule(WORKING_WEEK)
        self.start.setDate(start)
        self.end.setDate(end)
        for number, box in self.day_boxes.items():
            box.setChecked(number in schedule.days)
        if schedule.minutes:
            self.usual_hours.setText(hours_text(schedule.minutes))

        self.organisation.textChanged.connect(self._validate)
        self.start.textChanged.connect(self._validate)
        self.end.textChanged.connect(self._validate)
        self.usual_hours.textChanged.connect(self._validate)
        for box in self.day_boxes.values():
            box.toggled.connect(self._validate)
        self.mentor.activated.connect(self._mentor_chosen)
        self.mentor.currentIndexChanged.connect(self._remember_mentor)
        self._validate()

    # -- filling ------------------------------------------------------------------------------

    def _fill_contexts(self) -> None:
        registry = self.service.catalog.contexts
        lang = ui_language()
        own = list(self.service.alist.spec.contexts)
        for context_id in own:
            self.context.addItem(registry.label(context_id, lang), context_id)
        others = [c for c in registry.ids() if c not in own]
        if own and others:
            self.context.insertSeparator(self.context.count())
        for context_id in others:
            self.context.addItem(registry.label(context_id, lang), context_id)

    def _fill_mentors(self, selected: str | None) -> None:
        self.mentor.blockSignals(True)
        self.mentor.clear()
        self.mentor.addItem(self.tr("geen"), None)
        for mentor in self.service.mentors():
            text = f"{mentor.name} ({mentor.organisation})" if mentor.organisation else mentor.name
            self.mentor.addItem(text, mentor.id)
        self.mentor.addItem(self.tr("Nieuwe mentor…"), NEW_MENTOR)
        index = self.mentor.findData(selected) if selected else 0
        self.mentor.setCurrentIndex(max(index, 0))
        self._mentor_before = self.mentor.currentIndex()
        self.mentor.blockSignals(False)

    # -- mentor ---------------------------------------------------------------------------

    def _remember_mentor(self, index: int) -> None:
        if self.mentor.itemData(index) != NEW_MENTOR:
            self._mentor_before = index

    def _mentor_chosen(self, index: int) -> None:
        if self.mentor.itemData(index) == NEW_MENTOR:
            self.new_mentor()

    def new_mentor(self) -> MentorDialog:
        """Open the mentor dialog (non-blocking); the new mentor gets selected when saved."""
        dialog = MentorDialog(parent=self)
        if self.organisation.text().strip():
            dialog.organisation.setText(self.organisation.text().strip())
        dialog.accepted.connect(lambda: self._mentor_saved(dialog))
        dialog.rejected.connect(lambda: self.mentor.setCurrentIndex(self._mentor_before))
        self.mentor_dialog = dialog
        dialog.open()
        return dialog

    def _mentor_saved(self, dialog: MentorDialog) -> None:
        try:
            mentor_id = self.service.add_mentor(**dialog.values())
        except (ValueError, LookupError) as exc:
            self.mentor.setCurrentIndex(self._mentor_before)
            self._show_message(self.tr("De mentor kon niet bewaard worden: {0}").format(exc))
            return
        self._fill_mentors(mentor_id)
        self.mentor_added.emit(mentor_id)

    # -- checking -------------------------------------------------------------------------

    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def problems(self) -> list[str]:
        out = []
        if not self.organisation.text().strip():
            out.append(self.tr("Vul de organisatie in."))
        start, end = self.start.day(), self.end.day()
        if start is None:
            out.append(self.tr("Van: {0}").format(self.start.problem()))
        if end is None:
            out.append(self.tr("Tot en met: {0}").format(self.end.problem()))
        if start is not None and end is not None and end < start:
            out.append(
                self.tr("De einddatum ({0}) ligt vóór de begindatum ({1}).").format(
                    show_day(end), show_day(start)
                )
            )
        if self.context.currentData() is None:
            out.append(self.tr("Kies een context."))
        if not any(box.isChecked() for box in self.day_boxes.values()):
            out.append(self.tr("Rooster: vink minstens één stagedag aan."))
        if self.usual_hours.text().strip() and self._usual_minutes() is None:
            out.append(self.tr("Uren per dag: typ ze als 7,5 of 7:30 (hoogstens 24 uur)."))
        return out

    def _usual_minutes(self) -> int | None:
        """The usual day in minutes; 0 when left empty, None when it cannot be read."""
        if not self.usual_hours.text().strip():
            return 0
        try:
            minutes = parse_hours(self.usual_hours.text())
        except HoursFormatError:
            return None
        return minutes if minutes <= 24 * 60 else None

    def schedule(self) -> Schedule:
        days = frozenset(n for n, box in self.day_boxes.items() if box.isChecked())
        return Schedule(days, self._usual_minutes() or 0)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _validate(self) -> None:
        problems = self.problems()
        self.save_button().setEnabled(not problems)
        # A still empty organisation is not shown as an error: the * says it is needed.
        shown = problems if self.organisation.text().strip() else problems[1:]
        self._show_message("\n".join("⚠ " + p for p in shown))

    def accept(self) -> None:
        if self.problems():
            return
        super().accept()

    def values(self) -> PlacementValues:
        """What was typed, as the service takes it; a ValueError while a date is not valid
        (the dialog is accepted only when it is)."""
        mentor_id = self.mentor.currentData()
        start, end = self.start.day(), self.end.day()
        if start is None or end is None:
            raise ValueError(self.start.text() if start is None else self.end.text())
        return PlacementValues(
            organisation=self.organisation.text().strip(),
            unit=self.unit.text().strip(),
            context=str(self.context.currentData()),
            start_date=start,
            end_date=end,
            mentor_id=None if mentor_id in (None, NEW_MENTOR) else str(mentor_id),
            schedule=self.schedule(),
        )
