"""What waits for a mentor's signature, grouped by the week: one tick per week and per item.

Shared by the sign-off dialog on the pupil's laptop and mentor mode, so a mentor reads the same
screen in both. Each ISO week (Monday to Sunday, with its dates) has a tick that approves every
item in it; each item has its own tick, an activity its level, every item a comment and
"niet akkoord" with a reason. The item's text wraps and the controls sit in columns that fit the
width, so levels and comments never hide behind a horizontal scrollbar. The ticked hours are
totalled ("12 uur 30 geselecteerd").

A click on a tick does not take the keyboard focus: a mentor ticks with the mouse and types
the passphrase without clicking into it first. The keyboard reaches every control with Tab.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from stageportfolio.core.weeks import Week, by_week
from stageportfolio.ui.mentor_language import MentorLanguage, MentorTexts

STUDENT_TEXT_CHARS = 300  # a long reflection is shortened; the whole text is the tooltip


@dataclass(frozen=True)
class SignItem:
    """One item as the mentor signs it: the signed fields (``item``) and the pupil's text."""

    kind: str  # "hour_entry", "activity_record" or "competence"
    id: str
    day: date | None
    minutes: int | None
    proposed_level: int | None
    item: Mapping[str, Any]
    student_text: str = ""  # the hour's note or the activity's reflection, never markup
    earlier_refusal: str = ""  # the mentor's reason when an earlier version was refused


@dataclass
class ItemRow:
    """The controls of one item."""

    item: SignItem
    approve: QCheckBox
    text: QLabel
    level: QComboBox | None
    comment: QLineEdit
    refuse: QCheckBox


@dataclass
class WeekGroup:
    """A week's tick and its items; ``week`` is None for items without a day."""

    week: Week | None
    box: QCheckBox
    total: QLabel
    rows: list[ItemRow] = field(default_factory=list)


@dataclass(frozen=True)
class _State:
    approve: bool
    refuse: bool
    level: Any
    comment: str


class _WeekBox(QCheckBox):
    """A week's tick: a click ticks every item of the week, or clears them all when all were
    ticked; it shows "partly" when some are."""

    def nextCheckState(self) -> None:
        checked = self.checkState() != Qt.CheckState.Checked
        self.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class _ItemText(QLabel):
    """An item's text: wraps, and a click on it ticks the item like a click on its box."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled():
            self.box.toggle()
        super().mouseReleaseEvent(event)


def _no_click_focus(widget: QWidget) -> QWidget:
    widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return widget


class SignOffItems(MentorTexts, QScrollArea):
    """The grouped items in a scroll area without a horizontal scrollbar.

    ``describe(item, lang)`` is the item's one-line text in the mentor's language, made from
    its signed fields; ``levels`` the list's sign-off scale. ``changed`` fires on every tick,
    level or comment.
    """

    TR_CONTEXT = "SignOffItems"
    changed = Signal()

    def __init__(
        self,
        language: MentorLanguage,
        describe: Callable[[SignItem, str], str],
        levels: Sequence[Any] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.describe = describe
        self.levels = tuple(levels)
        self.items: list[SignItem] = []
        self.rows: list[ItemRow] = []
        self.weeks: list[WeekGroup] = []
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.total_label = QLabel()
        self.total_label.setWordWrap(True)
        self.total_label.setTextFormat(Qt.TextFormat.PlainText)
        self.total_label.setAccessibleName(self.tr("Geselecteerd"))
        self.set_items([])
        language.changed.connect(lambda _code: self.rebuild())

    # -- building ------------------------------------------------------------------------------

    def set_items(self, items: Sequence[SignItem], *, keep: bool = True) -> None:
        """Show ``items``; ticks, levels and comments of items shown before stay as they were
        (unless ``keep`` is false)."""
        states = self._states() if keep else {}
        self.items = list(items)
        self.rows, self.weeks = [], []
        holder = QWidget()
        holder.setAccessibleName(self.tr("Items om af te tekenen"))
        column = QVBoxLayout(holder)
        column.setSpacing(10)
        weeks, undated = by_week(self.items, lambda item: item.day)
        groups: list[tuple[Week | None, list[SignItem]]] = list(weeks)
        if undated:
            groups.append((None, undated))
        for week, members in groups:
            column.addWidget(self._week(week, members))
        column.addStretch(1)
        self.setWidget(holder)
        for row in self.rows:
            state = states.get((row.item.kind, row.item.id))
            if state is not None:
                self._restore(row, state)
        self._update()

    def rebuild(self) -> None:
        """The same items again (another language): everything chosen stays."""
        self.total_label.setAccessibleName(self.tr("Geselecteerd"))
        self.set_items(self.items)

    def _week(self, week: Week | None, members: list[SignItem]) -> QWidget:
        words = self.language.words
        box = _WeekBox(words.week_title(week) if week is not None else words.undated_title())
        _no_click_focus(box)
        box.setTristate(True)
        font = box.font()
        font.setBold(True)
        box.setFont(font)
        box.setAccessibleName(self.tr("Hele week aanvinken: {0}").format(box.text()))
        total = QLabel()
        total.setTextFormat(Qt.TextFormat.PlainText)
        head = QHBoxLayout()
        head.addWidget(box, 1)
        head.addWidget(total)
        group = WeekGroup(week, box, total)
        self.weeks.append(group)

        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        layout.addLayout(head)
        grid = QGridLayout()
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        grid.setHorizontalSpacing(8)
        line = 0
        for item in members:
            row, line = self._row(grid, line, item)
            group.rows.append(row)
        layout.addLayout(grid)
        box.clicked.connect(lambda checked, g=group: self._tick_week(g, checked))
        return frame

    def _row(self, grid: QGridLayout, line: int, item: SignItem) -> tuple[ItemRow, int]:
        label = self.describe(item, self.language.code)
        approve = QCheckBox()
        _no_click_focus(approve)
        approve.setAccessibleName(self.tr("Akkoord: {0}").format(label))
        approve.setToolTip(self.tr("Akkoord"))
        text = _ItemText(label, approve)
        comment = QLineEdit()
        comment.setMinimumWidth(140)
        comment.setAccessibleName(self.tr("Opmerking bij {0}").format(label))
        comment.setPlaceholderText(self.tr("opmerking (mag leeg blijven)"))
        refuse = QCheckBox(self.tr("niet akkoord"))
        _no_click_focus(refuse)
        refuse.setAccessibleName(self.tr("Niet akkoord met {0}").format(label))
        level: QComboBox | None = None
        if item.kind == "activity_record":
            # The activity's text has the whole width; level, comment and "niet akkoord"
            # on the line below, in the same columns as the hours' comment.
            grid.addWidget(approve, line, 0, Qt.AlignmentFlag.AlignTop)
            text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(text, line, 1, 1, 3)
            line += 1
            level = QComboBox()
            level.setAccessibleName(self.tr("Niveau volgens de mentor: {0}").format(label))
            level.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            words = self.language.words
            for value in self._level_values(item.proposed_level):
                level.addItem(words.level(value, self.levels), value)
            level.setCurrentIndex(max(level.findData(item.proposed_level), 0))
            if item.proposed_level is not None:
                level.setToolTip(
                    self.tr("Voorgesteld door de leerling: {0}").format(
                        words.level(item.proposed_level, self.levels)
                    )
                )
            grid.addWidget(level, line, 1, Qt.AlignmentFlag.AlignLeft)
        else:
            grid.addWidget(approve, line, 0)
            grid.addWidget(text, line, 1)
        grid.addWidget(comment, line, 2)
        grid.addWidget(refuse, line, 3)
        line += 1
        student = item.student_text.strip()
        if student:
            shown = (
                student
                if len(student) <= STUDENT_TEXT_CHARS
                else student[: STUDENT_TEXT_CHARS - 3] + "…"
            )
            what = (
                self.tr("Notitie van de leerling: {0}")
                if item.kind == "hour_entry"
                else self.tr("Reflectie van de leerling: {0}")
            )
            note = QLabel(what.format(shown))
            note.setTextFormat(Qt.TextFormat.PlainText)  # the student's text, never markup
            note.setWordWrap(True)
            note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
            note.setToolTip(what.format(student))
            note.setStyleSheet("color: palette(placeholder-text);")
            grid.addWidget(note, line, 1, 1, 3)
            line += 1
        if item.earlier_refusal:
            earlier = QLabel(self.tr("Eerder niet akkoord: {0}").format(item.earlier_refusal))
            earlier.setTextFormat(Qt.TextFormat.PlainText)
            earlier.setWordWrap(True)
            earlier.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
            grid.addWidget(earlier, line, 1, 1, 3)
            line += 1
        row = ItemRow(item, approve, text, level, comment, refuse)
        approve.toggled.connect(lambda on: refuse.setChecked(False) if on else None)
        refuse.toggled.connect(lambda on: approve.setChecked(False) if on else None)
        refuse.toggled.connect(lambda _on: self._placeholder(row))
        for box in (approve, refuse):
            box.toggled.connect(lambda _on: self._update())
        comment.textChanged.connect(lambda _text: self.changed.emit())
        if level is not None:
            level.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.rows.append(row)
        return row, line

    def _level_values(self, proposed: int | None) -> list[int]:
        """The list's levels (1 to 3 without a list), and the proposed one if not on it."""
        values = {lv.value for lv in self.levels} or {1, 2, 3}
        if proposed is not None:
            values.add(proposed)
        return sorted(values)

    def _placeholder(self, row: ItemRow) -> None:
        row.comment.setPlaceholderText(
            self.tr("reden (verplicht)")
            if row.refuse.isChecked()
            else self.tr("opmerking (mag leeg blijven)")
        )

    # -- ticking ------------------------------------------------------------------------------

    def _tick_week(self, group: WeekGroup, checked: bool) -> None:
        for row in group.rows:
            if checked and row.refuse.isChecked():
                continue  # "niet akkoord" stays: the week's tick approves the others
            row.approve.setChecked(checked)
        self._update()

    def tick_all(self) -> None:
        for row in self.rows:
            if not row.refuse.isChecked():
                row.approve.setChecked(True)

    def _update(self) -> None:
        words = self.language.words
        for group in self.weeks:
            ticked = sum(row.approve.isChecked() for row in group.rows)
            if ticked == 0:
                state = Qt.CheckState.Unchecked
            elif ticked == len(group.rows):
                state = Qt.CheckState.Checked
            else:
                state = Qt.CheckState.PartiallyChecked
            group.box.setCheckState(state)
            minutes = sum(row.item.minutes or 0 for row in group.rows)
            count = self.tr("%n item(s)", "", len(group.rows))
            group.total.setText(f"{words.hours(minutes)} · {count}" if minutes else count)
        self.total_label.setText(self.summary())
        self.changed.emit()

    def selected_minutes(self) -> int:
        return sum(row.item.minutes or 0 for row in self.rows if row.approve.isChecked())

    def summary(self) -> str:
        """``12 uur 30 geselecteerd · 2 activiteiten geselecteerd · 1 item niet akkoord``."""
        minutes = self.selected_minutes()
        ticked = [row for row in self.rows if row.approve.isChecked()]
        others = sum(1 for row in ticked if row.item.kind != "hour_entry")
        refused = sum(1 for row in self.rows if row.refuse.isChecked())
        parts = []
        if minutes:
            parts.append(self.tr("{0} geselecteerd").format(self.language.words.hours(minutes)))
        if others:
            parts.append(self.tr("%n activiteit(en) geselecteerd", "", others))
        if refused:
            parts.append(self.tr("%n item(s) niet akkoord", "", refused))
        return " · ".join(parts) if parts else self.tr("Nog niets aangevinkt.")

    # -- state ----------------------------------------------------------------------------------

    def _states(self) -> dict[tuple[str, str], _State]:
        return {
            (row.item.kind, row.item.id): _State(
                row.approve.isChecked(),
                row.refuse.isChecked(),
                row.level.currentData() if row.level is not None else None,
                row.comment.text(),
            )
            for row in self.rows
        }

    @staticmethod
    def _restore(row: ItemRow, state: _State) -> None:
        row.approve.setChecked(state.approve)
        row.refuse.setChecked(state.refuse)
        row.comment.setText(state.comment)
        if row.level is not None and state.level is not None:
            index = row.level.findData(state.level)
            if index >= 0:
                row.level.setCurrentIndex(index)

    def focus_order(self) -> list[QWidget]:
        """Per week its tick, then per item: tick, level, comment, niet akkoord."""
        order: list[QWidget] = []
        for group in self.weeks:
            order.append(group.box)
            for row in group.rows:
                order += [row.approve, *([row.level] if row.level else []), row.comment]
                order.append(row.refuse)
        return order


def chain_focus(widgets: Sequence[QWidget]) -> None:
    """Tab goes through ``widgets`` in this order."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
