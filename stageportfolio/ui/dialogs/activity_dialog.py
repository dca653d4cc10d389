"""Propose a level for an activity: level, date and a short reflection.

Reflections must not contain client names, rijksregisternummers or birth dates (DOMAIN.md,
Privacy). ``core.privacy.privacy_hints`` finds what looks like one; the dialog shows an inline
warning (:class:`~stageportfolio.ui.widgets.privacy.PrivacyWarning`) that says what to change,
and never blocks saving.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from stageportfolio.core import clock
from stageportfolio.core.activitylist import Level
from stageportfolio.ui.widgets import ui_language
from stageportfolio.ui.widgets.colours import set_status_colour
from stageportfolio.ui.widgets.dayedit import DayEdit
from stageportfolio.ui.widgets.privacy import PrivacyWarning

# -- the dialog ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Proposal:
    level: int
    day: date
    reflection: str


class ActivityDialog(QDialog):
    """Propose (or change, or just view when signed) a level for one activity.

    ``read_only`` shows a signed proposal; ``Nieuw voorstel`` then turns the dialog into a new
    proposal (``record_id`` becomes None). Read the result with :meth:`proposal` after
    ``accepted``.
    """

    def __init__(
        self,
        *,
        levels: Sequence[Level],
        activity_text: str,
        competence_text: str,
        record_id: str | None = None,
        level: int | None = None,
        day: date | None = None,
        reflection: str = "",
        read_only: bool = False,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.record_id = record_id
        self._today = today or clock.today()
        self.setWindowTitle(
            self.tr("Voorstel bekijken") if read_only else self.tr("Niveau voorstellen")
        )

        activity = QLabel(activity_text)
        activity.setWordWrap(True)
        activity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = activity.font()
        font.setBold(True)
        activity.setFont(font)
        competence = QLabel(competence_text)
        competence.setWordWrap(True)

        self.level_box = QGroupBox(self.tr("Niveau"))
        self.level_group = QButtonGroup(self)
        box_layout = QVBoxLayout(self.level_box)
        self.level_buttons: list[QRadioButton] = []
        for lvl in levels:
            label = lvl.text(ui_language())
            button = QRadioButton(self.tr("&{0} – {1}").format(lvl.value, label))
            button.setAccessibleName(self.tr("Niveau {0}: {1}").format(lvl.value, label))
            self.level_group.addButton(button, lvl.value)
            self.level_buttons.append(button)
            box_layout.addWidget(button)
        chosen = self.level_group.button(level) if level is not None else None
        if chosen is None and self.level_buttons:
            chosen = self.level_buttons[0]
        if chosen is not None:
            chosen.setChecked(True)

        self.date_edit = DayEdit()
        self.date_edit.setAccessibleName(self.tr("Datum"))
        self.date_edit.setMaximumDate(self._today)
        self.date_edit.setDate(day or self._today)
        self.date_message = QLabel()
        self.date_message.setWordWrap(True)
        set_status_colour(self.date_message, "error")
        self.date_message.setVisible(False)

        self.reflection = QPlainTextEdit()
        self.reflection.setTabChangesFocus(True)
        self.reflection.setAccessibleName(self.tr("Reflectie"))
        self.reflection.setPlaceholderText(
            self.tr("Wat deed je, wat ging goed, wat wil je nog oefenen? Noem geen namen.")
        )
        self.reflection.setPlainText(reflection)
        self.reflection.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)

        self.warning = PrivacyWarning()

        form = QFormLayout()
        form.addRow(self.tr("&Datum:"), self.date_edit)
        form.addRow("", self.date_message)
        reflection_label = QLabel(self.tr("&Reflectie:"))
        reflection_label.setBuddy(self.reflection)
        form.addRow(reflection_label, self.reflection)
        form.addRow("", self.warning)

        self.read_only_note = QLabel(
            self.tr(
                "Je mentor heeft dit voorstel afgetekend: het kan niet meer veranderen. "
                "Oefende je opnieuw? Maak een nieuw voorstel."
            )
        )
        self.read_only_note.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Opslaan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setToolTip(self.tr("Opslaan (Ctrl+Enter)"))
        self.new_button = QPushButton(self.tr("&Nieuw voorstel"))
        self.buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.new_button.clicked.connect(self.start_new)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(self._save_shortcut)

        layout = QVBoxLayout(self)
        layout.addWidget(activity)
        layout.addWidget(competence)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.level_box)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.reflection.textChanged.connect(self._check_privacy)
        self.date_edit.textChanged.connect(self._check_date)
        self._set_read_only(read_only)
        self._check_privacy()
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())

    # -- state ---------------------------------------------------------------------------------

    def is_read_only(self) -> bool:
        return self._read_only

    def _set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.level_box.setEnabled(not read_only)
        self.date_edit.setReadOnly(read_only)
        self.reflection.setReadOnly(read_only)
        self.read_only_note.setVisible(read_only)
        self.save_button.setVisible(not read_only)
        self.save_button.setDefault(not read_only)
        self.new_button.setVisible(read_only)
        self.cancel_button.setText(self.tr("Sluiten") if read_only else self.tr("Annuleren"))
        self._check_date()
        focus: QWidget = self.new_button if read_only else self._checked_button()
        focus.setFocus()

    def _checked_button(self) -> QWidget:
        checked = self.level_group.checkedButton()
        return checked if checked is not None else self.reflection

    def start_new(self) -> None:
        """Leave the signed proposal alone and start a new one, dated today."""
        self.record_id = None
        self.setWindowTitle(self.tr("Nieuw voorstel"))
        self.date_edit.setDate(self._today)
        self.reflection.clear()
        self._set_read_only(False)

    def _save_shortcut(self) -> None:
        if not self._read_only:
            self.accept()

    def _check_date(self) -> bool:
        """Show why the typed date cannot be saved; True when it can."""
        problem = "" if self._read_only else self.date_edit.problem()
        self.date_message.setText(problem)
        self.date_message.setVisible(bool(problem))
        self.save_button.setEnabled(not problem)
        return not problem

    def accept(self) -> None:
        if self._read_only or self._check_date():
            super().accept()

    def proposal(self) -> Proposal:
        day = self.date_edit.day()
        if day is None:
            raise ValueError(self.date_edit.text())
        return Proposal(
            level=self.level_group.checkedId(),
            day=day,
            reflection=self.reflection.toPlainText().strip(),
        )

    # -- privacy ------------------------------------------------------------------------------

    def _check_privacy(self) -> None:
        self.warning.check(self.reflection.toPlainText())
