"""Propose a level for an activity: level, date and a short reflection.

Reflections must not contain client names, rijksregisternummers or birth dates (DOMAIN.md,
Privacy). :func:`privacy_hints` finds what looks like one; the dialog shows an inline warning
that says what to change, and never blocks saving.
"""

from __future__ import annotations

import re
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
from stageportfolio.ui.widgets.dayedit import DayEdit

# -- the privacy check (pure) ------------------------------------------------------------------

HINT_NATIONAL_NUMBER = "rijksregisternummer"
HINT_BIRTH_DATE = "geboortedatum"
HINT_FULL_DATE = "datum"
HINT_NAME = "naam"

# 11 digits, often written yy.mm.dd-xxx.xx; separators optional.
_NATIONAL_NUMBER = re.compile(r"(?<!\d)\d{2}[.\s]?\d{2}[.\s]?\d{2}[-\s.]?\d{3}[.\s]?\d{2}(?!\d)")
_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
)
_DATE = r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:\d{4}|\d{2})"
_BIRTH = re.compile(
    r"(?i:geboren|geb\.|°)\s*(?i:op|in)?\s*"
    rf"(?:{_DATE}|\d{{1,2}}\s+(?i:{_MONTHS})\.?(?:\s+\d{{4}})?|(?:19|20)\d{{2}})"
)
_FULL_DATE = re.compile(r"(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?!\d)")
_TITLES = (
    r"mevrouw|mevr\.?|mw\.|meneer|mijnheer|mr\.|dhr\.?|heer|bewoner|bewoonster|"
    r"patiënt|patient|patiënte|cliënt|client|cliënte"
)
_NAME = re.compile(
    rf"(?<!\w)(?i:{_TITLES})\s+((?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+)(?:\s+[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+)*)"
)


@dataclass(frozen=True)
class PrivacyHint:
    kind: str  # one of the HINT_* constants
    found: str  # the text that triggered it


def privacy_hints(text: str) -> list[PrivacyHint]:
    """What in ``text`` looks like a client's name, rijksregisternummer or birth date."""
    hints: list[PrivacyHint] = []
    for match in _NATIONAL_NUMBER.finditer(text):
        hints.append(PrivacyHint(HINT_NATIONAL_NUMBER, match.group(0).strip()))
    birth_spans = []
    for match in _BIRTH.finditer(text):
        birth_spans.append(match.span())
        hints.append(PrivacyHint(HINT_BIRTH_DATE, match.group(0).strip()))
    for match in _FULL_DATE.finditer(text):
        start, end = match.span()
        if any(s <= start and end <= e for s, e in birth_spans):
            continue
        hints.append(PrivacyHint(HINT_FULL_DATE, match.group(0)))
    for match in _NAME.finditer(text):
        hints.append(PrivacyHint(HINT_NAME, match.group(0)))
    return hints


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
        self.date_message.setStyleSheet("color: #a4000f;")
        self.date_message.setVisible(False)

        self.reflection = QPlainTextEdit()
        self.reflection.setTabChangesFocus(True)
        self.reflection.setAccessibleName(self.tr("Reflectie"))
        self.reflection.setPlaceholderText(
            self.tr("Wat deed je, wat ging goed, wat wil je nog oefenen? Noem geen namen.")
        )
        self.reflection.setPlainText(reflection)
        self.reflection.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)

        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setObjectName("privacyWarning")
        self.warning.setAccessibleName(self.tr("Privacywaarschuwing"))
        self.warning.setVisible(False)

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
        hints = privacy_hints(self.reflection.toPlainText())
        if not hints:
            self.warning.clear()
            self.warning.setVisible(False)
            return
        lines = [self.tr("⚠ Let op je privacy en die van je cliënten:")]
        seen: set[str] = set()
        for hint in hints:
            if hint.kind in seen:
                continue
            seen.add(hint.kind)
            lines.append("• " + self._hint_message(hint))
        self.warning.setText("\n".join(lines))
        self.warning.setVisible(True)

    def _hint_message(self, hint: PrivacyHint) -> str:
        if hint.kind == HINT_NAME:
            return self.tr(
                "“{0}” lijkt een naam. Schrijf 'mevrouw X' of 'de bewoner' in plaats van een naam."
            ).format(hint.found)
        if hint.kind == HINT_NATIONAL_NUMBER:
            return self.tr(
                "“{0}” lijkt een rijksregisternummer. Laat het weg: het hoort niet in je portfolio."
            ).format(hint.found)
        if hint.kind == HINT_BIRTH_DATE:
            return self.tr(
                "“{0}” lijkt een geboortedatum. Schrijf enkel een leeftijd ('een dame van 85')."
            ).format(hint.found)
        return self.tr(
            "“{0}” is een volledige datum. Als het een geboortedatum is: laat hem weg of schrijf "
            "enkel een leeftijd."
        ).format(hint.found)
