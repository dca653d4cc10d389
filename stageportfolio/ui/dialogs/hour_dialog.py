"""Add or edit one hour entry: fast with the keyboard, checked inline before anything is saved.

The dialog only reads through the service (``check_hours``, ``placements``); saving is left
to the caller, which gets the typed entry from :meth:`HourDialog.values`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
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
from stageportfolio.core.contexts import ContextMatch
from stageportfolio.core.entrycheck import EntryIssue
from stageportfolio.core.hours import HoursFormatError, parse_hours
from stageportfolio.core.messages import join_and, join_or
from stageportfolio.services.portfolio import PortfolioService
from stageportfolio.ui.models.hours_model import hours_text
from stageportfolio.ui.widgets import ui_language
from stageportfolio.ui.widgets.colours import set_status_colour
from stageportfolio.ui.widgets.dayedit import DayEdit
from stageportfolio.ui.widgets.privacy import PrivacyWarning
from stageportfolio.ui.widgets.screen import available


@dataclass(frozen=True)
class HourValues:
    """One entry as typed: what ``add_hours``/``update_hours`` take."""

    day: date
    minutes: int
    context: str
    placement_id: str | None
    note: str = ""


class HourDialog(QDialog):
    def __init__(
        self,
        service: PortfolioService,
        *,
        entry_id: str | None = None,
        values: HourValues | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``values`` fills the fields: the entry being edited (with ``entry_id``) or, for a new
        entry, its defaults (``services.daily.entry_defaults``: the next stage day, the
        placement's usual day; the note is ignored; minutes 0 leaves the hours empty)."""
        super().__init__(parent)
        self.service = service
        self.entry_id = entry_id
        self.today = today or clock.today()
        self.issues: list[EntryIssue] = []
        # A timer of the dialog's own: it dies with the dialog, never fires on a deleted one.
        self._grow_timer = QTimer(self)
        self._grow_timer.setSingleShot(True)
        self._grow_timer.setInterval(0)
        self._grow_timer.timeout.connect(self._grow_now)
        self.setWindowTitle(self.tr("Uren bewerken") if entry_id else self.tr("Uren toevoegen"))

        self.date_edit = DayEdit()
        self.date_edit.setAccessibleName(self.tr("Datum"))
        self.date_edit.set_marks(self._logged_days)

        self.placement_combo = QComboBox()
        self.placement_combo.setAccessibleName(self.tr("Stageplaats"))
        self.placement_combo.addItem(self.tr("geen"), None)
        self._placement_context: dict[str, str] = {}
        for placement in service.placements():
            self.placement_combo.addItem(placement.label, placement.id)
            self._placement_context[placement.id] = placement.context

        self.context_combo = QComboBox()
        self.context_combo.setAccessibleName(self.tr("Context"))
        # Editable: a pupil may type what the setting is called ("DVC", "kinderopvang"); the
        # dialog reads it as the list does, and asks when a word can mean two contexts.
        self.context_combo.setEditable(True)
        self.context_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        editor = self.context_combo.lineEdit()
        assert editor is not None  # an editable combo box has one
        editor.setPlaceholderText(self.tr("kies of typ de setting"))
        registry = service.catalog.contexts
        lang = ui_language()
        own = [c for c in service.alist.spec.contexts if c in registry]
        for context_id in own:
            self.context_combo.addItem(registry.label(context_id, lang), context_id)
        others = [c for c in registry.ids() if c not in own]
        if own and others:
            self.context_combo.insertSeparator(self.context_combo.count())
        for context_id in others:
            self.context_combo.addItem(registry.label(context_id, lang), context_id)

        self.hours_edit = QLineEdit()
        self.hours_edit.setAccessibleName(self.tr("Uren"))
        self.hours_edit.setPlaceholderText(self.tr("bv. 7,5 of 7:30"))
        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(self.tr("Opmerking"))
        self.note_edit.setPlaceholderText(self.tr("optioneel, zonder namen van cliënten"))
        self.privacy = PrivacyWarning()
        self.note_edit.textChanged.connect(self._check_privacy)

        # The contexts a word with two meanings can be: one button each, shown when asked.
        self.choice_row = QWidget()
        self.choice_layout = QHBoxLayout(self.choice_row)
        self.choice_layout.setContentsMargins(0, 0, 0, 0)
        self.choice_buttons: list[QPushButton] = []
        self.choice_row.hide()

        self.messages: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, label, widget in (
            ("datum", self.tr("&Datum:"), self.date_edit),
            ("stageplaats", self.tr("&Stageplaats:"), self.placement_combo),
            ("context", self.tr("&Context:"), self.context_combo),
            ("uren", self.tr("&Uren:"), self.hours_edit),
            ("opmerking", self.tr("&Opmerking:"), self.note_edit),
        ):
            field = QWidget()
            column = QVBoxLayout(field)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            if key == "context":
                column.addWidget(self.choice_row)
            if key == "opmerking":
                column.addWidget(self.privacy)
            message = QLabel()
            message.setWordWrap(True)
            message.setTextFormat(Qt.TextFormat.PlainText)
            message.hide()
            column.addWidget(message)
            self.messages[key] = message
            form.addRow(label, field)
            buddy = form.labelForField(field)
            if isinstance(buddy, QLabel):
                buddy.setBuddy(widget)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Opslaan"))
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.date_edit, self.placement_combo)
        self.setTabOrder(self.placement_combo, self.context_combo)
        self.setTabOrder(self.context_combo, self.hours_edit)
        self.setTabOrder(self.hours_edit, self.note_edit)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)

        self._fill(values)
        self.date_edit.textChanged.connect(self.validate)  # the message follows the text
        self.placement_combo.currentIndexChanged.connect(self._placement_chosen)
        self.context_combo.currentIndexChanged.connect(self.validate)
        self.context_combo.editTextChanged.connect(self.validate)
        self.hours_edit.textChanged.connect(self.validate)
        self.validate()
        self.date_edit.setFocus()

    # -- filling ---------------------------------------------------------------------------

    def _fill(self, values: HourValues | None) -> None:
        day = values.day if values is not None else self.today
        self.date_edit.setDate(day)
        if values is None:
            self._placement_chosen()
            return
        index = self.placement_combo.findData(values.placement_id)
        self.placement_combo.setCurrentIndex(max(index, 0))
        self._select_context(values.context)
        self.hours_edit.setText(hours_text(values.minutes) if values.minutes > 0 else "")
        self.note_edit.setText(values.note if self.entry_id else "")

    def _select_context(self, context_id: str) -> None:
        index = self.context_combo.findData(context_id)
        if index < 0:  # a context this catalogue does not know: keep it, the check says so
            self.context_combo.addItem(context_id, context_id)
            index = self.context_combo.count() - 1
        self.context_combo.setCurrentIndex(index)

    def _placement_chosen(self) -> None:
        placement_id = self.placement_combo.currentData()
        if placement_id is not None and placement_id in self._placement_context:
            self._select_context(self._placement_context[placement_id])
        self.validate()

    def _logged_days(self, first: date, last: date) -> dict[date, str]:
        """The days with hours, for the calendar: each with how much was logged."""
        return {
            day: self.tr("{0} uur gelogd").format(hours_text(minutes))
            for day, minutes in self.service.logged_days(first, last).items()
        }

    # -- reading and checking --------------------------------------------------------------

    def day(self) -> date | None:
        """The typed date, or None while the date field holds no date."""
        return self.date_edit.day()

    def minutes(self) -> int | None:
        """The typed hours in minutes, or None when they cannot be read."""
        try:
            return parse_hours(self.hours_edit.text())
        except HoursFormatError:
            return None

    def context_reading(self) -> ContextMatch:
        """What the context field says: a chosen item, or typed text read like a CSV value."""
        registry = self.service.catalog.contexts
        text = self.context_combo.currentText()
        index = self.context_combo.currentIndex()
        if index >= 0 and self.context_combo.itemText(index) == text:
            return ContextMatch(text, str(self.context_combo.itemData(index)))
        found = self.context_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if text and found >= 0:
            return ContextMatch(text, str(self.context_combo.itemData(found)))
        return registry.resolve(text)

    def context(self) -> str | None:
        return self.context_reading().context

    def choose_context(self, context_id: str) -> None:
        """Set the field to one context (one of the choices of a word with two meanings)."""
        self._select_context(context_id)
        self.validate()

    def _show_choices(self, choices: tuple[str, ...]) -> None:
        if tuple(b.property("context") for b in self.choice_buttons) == choices:
            self.choice_row.setVisible(bool(choices))
            return
        for button in self.choice_buttons:
            self.choice_layout.removeWidget(button)
            button.deleteLater()
        self.choice_buttons = []
        registry = self.service.catalog.contexts
        lang = ui_language()
        for context_id in choices:
            button = QPushButton(registry.label(context_id, lang))
            button.setProperty("context", context_id)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, c=context_id: self.choose_context(c))
            self.choice_layout.addWidget(button)
            self.choice_buttons.append(button)
        self.choice_row.setVisible(bool(choices))

    def _context_problem(self) -> tuple[str, str] | None:
        """(severity, message) about the context field, or None."""
        reading = self.context_reading()
        registry = self.service.catalog.contexts
        lang = ui_language()
        self._show_choices(reading.choices)
        if reading.ambiguous:
            labels = [registry.label(c, lang) for c in reading.choices]
            return (
                "error",
                self.tr("‘{0}’ kan meer dan één context zijn: kies {1}.").format(
                    reading.text.strip(), join_or(labels, lang)
                ),
            )
        if reading.context is None:
            if not reading.text.strip():
                return ("error", self.tr("Kies een context."))
            return (
                "error",
                self.tr("Onbekende context ‘{0}’: kies er een uit de lijst.").format(
                    reading.text.strip()
                ),
            )
        counted = self._counts_as(reading.context)
        if counted:
            return ("hint", self.tr("Telt mee als {0}.").format(join_and(counted, lang)))
        return None

    def _counts_as(self, context_id: str) -> list[str]:
        """The contexts of the list's rules that hours in this setting count for, if not
        itself (a dagverzorgingscentrum counts as residential elderly care)."""
        registry = self.service.catalog.contexts
        named = {c for rule in self.service.alist.spec.rules for c in getattr(rule, "contexts", ())}
        if context_id not in registry or context_id in named:
            return []
        targets = [c for c in registry.get(context_id).counts_as if c in named]
        return registry.labels(targets, ui_language())

    def values(self) -> HourValues:
        minutes, day, context = self.minutes(), self.day(), self.context()
        if minutes is None or day is None or context is None:
            raise ValueError(self.hours_edit.text() if day else self.date_edit.text())
        return HourValues(
            day=day,
            minutes=minutes,
            context=context,
            placement_id=self.placement_combo.currentData(),
            note=self.note_edit.text().strip(),
        )

    def _hours_problem(self) -> str | None:
        try:
            parse_hours(self.hours_edit.text())
        except HoursFormatError as exc:
            return {
                "empty": self.tr("Vul het aantal uren in, bv. 7,5 of 7:30."),
                "minutes_out_of_range": self.tr("Minuten gaan van 0 tot 59, bv. 7:30."),
                "not_positive": self.tr("Uren moeten meer dan 0 zijn."),
                "negative": self.tr("Uren moeten meer dan 0 zijn."),
            }.get(exc.reason, self.tr("Typ de uren als 7,5 of 7:30."))
        return None

    def validate(self) -> bool:
        """Show the sanity issues under their fields; True when the entry can be saved."""
        lines: dict[str, list[tuple[str, str]]] = {key: [] for key in self.messages}
        problem = self._hours_problem()
        minutes, day = self.minutes(), self.day()
        if day is None:
            lines["datum"].append(("error", self.date_edit.problem()))
        context_problem = self._context_problem()
        context = self.context()
        if context_problem is not None:
            lines["context"].append(context_problem)
        if problem is not None:
            # an empty field is not a mistake yet: a neutral hint (Save stays disabled)
            empty = not self.hours_edit.text().strip()
            lines["uren"].append(("hint" if empty else "error", problem))
            self.issues = []
        elif day is None or context is None:
            self.issues = []
        else:
            assert minutes is not None
            self.issues = self.service.check_hours(
                day=day,
                minutes=minutes,
                context=context,
                placement_id=self.placement_combo.currentData(),
                entry_id=self.entry_id,
                today=self.today,
            )
            lang = ui_language()
            for issue in self.issues:
                lines[issue.field].append((issue.severity, issue.message(lang)))
        ok = (
            problem is None
            and day is not None
            and context is not None
            and not any(i.severity == "error" for i in self.issues)
        )
        for key, label in self.messages.items():
            found = lines[key]
            if key == "uren" and not found and minutes is not None:
                label.setText(
                    self.tr("= {0} uur {1} min").format(minutes // 60, f"{minutes % 60:02d}")
                )
                set_status_colour(label, "hint")
                label.show()
                continue
            if not found:
                label.clear()
                label.hide()
                continue
            prefix = {"error": self.tr("Fout: {0}"), "warning": self.tr("Let op: {0}")}
            texts = [prefix.get(sev, "{0}").format(msg) for sev, msg in found]
            label.setText("\n".join(texts))
            has_error = any(sev == "error" for sev, _ in found)
            has_warning = any(sev == "warning" for sev, _ in found)
            set_status_colour(label, "error" if has_error else "warning" if has_warning else "hint")
            label.setAccessibleName(label.text())
            label.show()
        self.save_button.setEnabled(ok)
        self._grow_to_fit()
        return ok

    def _check_privacy(self) -> None:
        self.privacy.check(self.note_edit.text())
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Make room for messages that appeared (wrapped labels do not grow a window): once
        the event loop has laid out every change of this keystroke, never past the screen."""
        self._grow_timer.start()

    def _grow_now(self) -> None:
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        if layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
        else:
            needed = layout.totalSizeHint().height()
        needed = min(needed, available(self).height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _save(self) -> None:
        if self.validate():
            self.accept()
