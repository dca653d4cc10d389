"""The Uren section: the hour log as a table, with add, edit, delete (undoable), filters by
placement and month, totals per context, and CSV import and export.

Every change goes through the service at once and is pushed on the shared undo stack.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stageportfolio.core import clock
from stageportfolio.core.hoursexport import ExportRow, hours_csv
from stageportfolio.core.messages import long_date
from stageportfolio.fileio import write_atomically
from stageportfolio.services import daily, hours_import
from stageportfolio.services.errors import ServiceError
from stageportfolio.services.portfolio import (
    EntryRejected,
    PortfolioService,
    SignedItemError,
    StoreError,
)
from stageportfolio.ui.dialogs.csv_import_dialog import CsvImportDialog
from stageportfolio.ui.dialogs.hour_dialog import HourDialog, HourValues
from stageportfolio.ui.dialogs.week_dialog import WeekDialog
from stageportfolio.ui.models.hours_model import (
    COL_CONTEXT,
    COL_DAY,
    COL_HOURS,
    COL_MENTOR,
    COL_NOTE,
    COL_PLACEMENT,
    COL_SIGNED,
    ID_ROLE,
    ROW_ROLE,
    HourLike,
    HoursModel,
    hours_text,
)
from stageportfolio.ui.sections.base import Section
from stageportfolio.ui.widgets import own_data_problem, ui_language


def _values_of(row: HourLike, placement_id: str | None) -> HourValues:
    return HourValues(
        day=row.day,
        minutes=row.minutes,
        context=row.context,
        placement_id=placement_id,
        note=row.note or "",
    )


# -- undo commands -------------------------------------------------------------------------


class _HoursCommand(QUndoCommand):
    """Runs a step through the service, then rereads the section and says it changed."""

    def __init__(self, section: HoursSection, text: str) -> None:
        super().__init__(text)
        self.section = section

    def _run(self, step: Callable[[], Sequence[str]], failure: str) -> None:
        try:
            ids = step()
        except Exception as exc:  # a stale step must never crash the app; say what happened
            self.setObsolete(True)
            self.section.after_change(())
            self.section.show_error(failure.format(exc))
            return
        self.section.after_change(ids)


class AddedHoursCommand(_HoursCommand):
    """Entries already added (typed or imported): undo deletes them, redo restores them."""

    def __init__(self, section: HoursSection, ids: Sequence[str], text: str) -> None:
        super().__init__(section, text)
        self.ids = list(ids)
        self.snapshots: list[dict[str, object]] = []
        self._done = True

    def undo(self) -> None:
        def step() -> list[str]:
            self.snapshots = self.section.service.delete_hours(self.ids)
            return []

        self._run(step, self.section.tr("Ongedaan maken lukte niet: {0}"))

    def redo(self) -> None:
        if self._done:  # pushed right after adding: nothing to do yet
            self._done = False
            self.section.after_change(self.ids)
            return

        def step() -> list[str]:
            self.section.service.restore_hours(self.snapshots)
            return self.ids

        self._run(step, self.section.tr("Opnieuw uitvoeren lukte niet: {0}"))


class DeleteHoursCommand(_HoursCommand):
    def __init__(self, section: HoursSection, ids: Sequence[str], text: str) -> None:
        super().__init__(section, text)
        self.ids = list(ids)
        self.snapshots: list[dict[str, object]] = []

    def redo(self) -> None:
        def step() -> list[str]:
            # The student was asked before a signed entry is deleted (delete_selected).
            self.snapshots = self.section.service.delete_hours(self.ids, confirm_signed=True)
            return []

        self._run(step, self.section.tr("Verwijderen lukte niet: {0}"))

    def undo(self) -> None:
        def step() -> list[str]:
            self.section.service.restore_hours(self.snapshots)
            return self.ids

        self._run(step, self.section.tr("Ongedaan maken lukte niet: {0}"))


class EditHoursCommand(_HoursCommand):
    """An entry already changed to ``new``; undo puts back the exact row as it was."""

    def __init__(
        self,
        section: HoursSection,
        entry_id: str,
        before: dict[str, object],
        new: HourValues,
        text: str,
    ) -> None:
        super().__init__(section, text)
        self.entry_id, self.before, self.new = entry_id, before, new
        self._done = True

    def _put_back(self) -> list[str]:
        self.section.service.replace_hours(self.before)
        return [self.entry_id]

    def _apply(self, values: HourValues) -> list[str]:
        self.section.service.update_hours(
            self.entry_id,
            day=values.day,
            minutes=values.minutes,
            context=values.context,
            placement_id=values.placement_id,
            note=values.note,
            today=self.section.today(),
            confirm_signed=True,  # asked in _save_edit when it was signed
        )
        return [self.entry_id]

    def undo(self) -> None:
        self._run(self._put_back, self.section.tr("Ongedaan maken lukte niet: {0}"))

    def redo(self) -> None:
        if self._done:
            self._done = False
            self.section.after_change([self.entry_id])
            return
        self._run(
            lambda: self._apply(self.new), self.section.tr("Opnieuw uitvoeren lukte niet: {0}")
        )


# -- the section ---------------------------------------------------------------------------


FIT_ROWS = 100  # rows read to size a column to its contents (the visible ones first)


class HoursSection(Section):
    """``today`` gives the current date (tests pass a fixed one)."""

    def __init__(
        self,
        service: PortfolioService,
        undo: QUndoStack,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = clock.today,
    ) -> None:
        super().__init__(service, undo, parent)
        self.today = today
        self.dialog: HourDialog | None = None
        self.import_dialog: CsvImportDialog | None = None
        self.week_dialog: WeekDialog | None = None
        lang = ui_language()
        registry = service.catalog.contexts
        self._months = (
            self.tr("januari"),
            self.tr("februari"),
            self.tr("maart"),
            self.tr("april"),
            self.tr("mei"),
            self.tr("juni"),
            self.tr("juli"),
            self.tr("augustus"),
            self.tr("september"),
            self.tr("oktober"),
            self.tr("november"),
            self.tr("december"),
        )

        # filters
        self.placement_filter = QComboBox()
        self.placement_filter.setAccessibleName(self.tr("Filter op stageplaats"))
        self.month_filter = QComboBox()
        self.month_filter.setAccessibleName(self.tr("Filter op maand"))
        placement_label = QLabel(self.tr("&Stageplaats:"))
        placement_label.setBuddy(self.placement_filter)
        month_label = QLabel(self.tr("&Maand:"))
        month_label.setBuddy(self.month_filter)

        # buttons
        self.add_button = QPushButton(self.tr("Uren &toevoegen"))
        self.add_button.setToolTip(self.tr("Nieuwe uren invoeren (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("&Wijzigen"))
        self.edit_button.setToolTip(self.tr("De gekozen regel aanpassen (Enter)"))
        self.delete_button = QPushButton(self.tr("&Verwijderen"))
        self.delete_button.setToolTip(
            self.tr("De gekozen regels verwijderen (Delete); Ctrl+Z zet ze terug")
        )
        self.copy_button = QPushButton(self.tr("&Kopiëren naar volgende dag"))
        self.copy_button.setToolTip(
            self.tr("Dezelfde uren nog eens, op de volgende stagedag (Ctrl+D)")
        )
        self.week_button = QPushButton(self.tr("Week &invullen…"))
        self.week_button.setToolTip(
            self.tr("Een hele week invullen volgens het rooster van je stageplaats (Ctrl+Shift+N)")
        )
        self.import_button = QPushButton(self.tr("Im&porteren…"))
        self.import_button.setToolTip(self.tr("Uren uit een CSV-bestand (bv. uit Excel) inlezen"))
        self.export_button = QPushButton(self.tr("E&xporteren…"))
        self.export_button.setToolTip(self.tr("Alle uren als CSV-bestand bewaren (voor Excel)"))

        # table
        self.model = HoursModel(lambda c: registry.label(c, lang), self)
        # The model sorts its own rows (a Python sort of plain rows): a sort proxy would ask
        # data() for every row on every reset, seconds with 100,000 entries.
        self.proxy = self.model
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Uren"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_DAY, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)  # one line a day; a cut text is whole in its tooltip
        self.table.verticalHeader().hide()
        # Column widths are measured on the rows in view and a sample of the others (Qt's
        # default reads 1,000 rows for every measure: most of a filter change's time).
        self.table.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
        header = self.table.horizontalHeader()
        for column in (COL_DAY, COL_HOURS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (COL_CONTEXT, COL_PLACEMENT, COL_MENTOR, COL_SIGNED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.viewport().installEventFilter(self)  # the columns follow the table's width
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

        self.delete_action = QAction(self.tr("Verwijderen"), self.table)
        self.delete_action.setShortcuts(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(self.delete_action)
        self.edit_action = QAction(self.tr("Bewerken"), self.table)
        self.edit_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.edit_action.triggered.connect(self.edit_selected)
        self.table.addAction(self.edit_action)
        # Window-wide: they work wherever the focus is while this section is the one shown
        # (a hidden section's shortcuts are off).
        self.new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self.new_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.new_shortcut.activated.connect(self.add_entry)
        self.copy_shortcut = QShortcut(QKeySequence("Ctrl+D"), self)
        self.copy_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.copy_shortcut.activated.connect(self.copy_selected)
        self.week_shortcut = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        self.week_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.week_shortcut.activated.connect(self.fill_week)
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.find_shortcut.activated.connect(self.focus_filters)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        # totals
        self.totals_box = QGroupBox(self.tr("Totalen van het hele portfolio"))
        self.totals_grid = QGridLayout(self.totals_box)
        self.total_label = QLabel()
        self.total_label.setWordWrap(True)
        self.total_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.total_label.font()
        font.setBold(True)
        self.total_label.setFont(font)
        self.context_labels: dict[str, QLabel] = {}

        # Two rows, so the section fits a window of 800 pixels: the filters with the file
        # buttons, then what you do with entries.
        top = QHBoxLayout()
        top.addWidget(placement_label)
        top.addWidget(self.placement_filter, 2)
        top.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        top.addWidget(month_label)
        top.addWidget(self.month_filter, 1)
        top.addStretch(1)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        for combo in (self.placement_filter, self.month_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.copy_button,
            self.week_button,
            self.edit_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.totals_box)

        self.setTabOrder(self.placement_filter, self.month_filter)
        self.setTabOrder(self.month_filter, self.add_button)
        self.setTabOrder(self.add_button, self.copy_button)
        self.setTabOrder(self.copy_button, self.week_button)
        self.setTabOrder(self.week_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.import_button)
        self.setTabOrder(self.import_button, self.export_button)
        self.setTabOrder(self.export_button, self.table)

        self.add_button.clicked.connect(self.add_entry)
        self.copy_button.clicked.connect(self.copy_selected)
        self.week_button.clicked.connect(self.fill_week)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(self.import_csv)
        self.export_button.clicked.connect(self.export_csv)
        self.placement_filter.currentIndexChanged.connect(self._filter_changed)
        self.month_filter.currentIndexChanged.connect(self._filter_changed)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def title(self) -> str:
        return self.tr("Uren")

    # -- reading -----------------------------------------------------------------------------

    def month_text(self, month: tuple[int, int]) -> str:
        year, number = month
        return self.tr("{0} {1}").format(self._months[number - 1], year)

    def amount(self, minutes: int) -> str:
        """Exact hours in words: "7,5 uur", or "13 u 50 min" when a decimal would round."""
        if (minutes * 100) % 60 == 0:
            return self.tr("{0} uur").format(hours_text(minutes))
        return self.tr("{0} u {1} min").format(minutes // 60, minutes % 60)

    def refresh(self) -> None:
        self._reload(self.selected_ids())

    def _reload(self, select: Sequence[str]) -> None:
        """Everything from the service: filters, signatures, rows and totals.

        Signatures are verified here, not per filter change: a filter does not change them.
        """
        self._fill_filters()
        self.model.set_signatures(self._signature_texts())
        self._load_rows(select)
        self._load_totals()

    def _fill_filters(self) -> None:
        placement = self.placement_filter.currentData()
        month = self.month_filter.currentData()
        with _blocked(self.placement_filter, self.month_filter):
            self.placement_filter.clear()
            self.placement_filter.addItem(self.tr("alle stageplaatsen"), None)
            for info in self.service.placements():
                self.placement_filter.addItem(info.label, info.id)
            self.placement_filter.setCurrentIndex(max(0, self.placement_filter.findData(placement)))
            self.month_filter.clear()
            self.month_filter.addItem(self.tr("alle maanden"), None)
            for found in self.service.months():
                self.month_filter.addItem(self.month_text(found), found)
            self.month_filter.setCurrentIndex(max(0, self.month_filter.findData(month)))

    def _filter_changed(self) -> None:
        # The model holds every row: a filter only picks which show (no query, no new rows).
        select = self.selected_ids()
        self.model.set_filter(self._month(), self.placement_filter.currentData())
        self._rows_shown(select)

    def _month(self) -> tuple[int, int] | None:
        month = self.month_filter.currentData()
        return None if month is None else (int(month[0]), int(month[1]))

    # Widths in average characters: the most a column takes, and the least it gives up.
    COLUMN_CAPS: ClassVar[dict[int, int]] = {
        COL_CONTEXT: 24,
        COL_PLACEMENT: 28,
        COL_MENTOR: 16,
        COL_SIGNED: 32,
    }
    COLUMN_FLOORS: ClassVar[dict[int, int]] = {
        COL_CONTEXT: 12,
        COL_PLACEMENT: 12,
        COL_MENTOR: 10,
        COL_SIGNED: 18,
    }
    NOTE_MIN = 18

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Every column readable: context, placement, mentor and sign-off as wide as their
        text up to a cap; the note (Opmerking) keeps at least NOTE_MIN characters, the others
        give way first (their full text is in the tooltip)."""
        chars = self.fontMetrics().averageCharWidth()
        header = self.table.horizontalHeader()
        widths = {
            column: min(
                max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column)),
                cap * chars,
            )
            for column, cap in self.COLUMN_CAPS.items()
        }
        fixed = sum(header.sectionSize(c) for c in (COL_DAY, COL_HOURS))
        room = self.table.viewport().width() - fixed - self.NOTE_MIN * chars
        for column in (COL_PLACEMENT, COL_CONTEXT, COL_SIGNED, COL_MENTOR):
            over = sum(widths.values()) - room
            if over <= 0:
                break
            floor = self.COLUMN_FLOORS[column] * chars
            widths[column] = max(floor, widths[column] - over)
        for column, width in widths.items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def _load_rows(self, select: Sequence[str] = ()) -> None:
        only = (self._month(), self.placement_filter.currentData())
        self.model.set_rows(self.service.hours(), only)
        self._rows_shown(select)

    def _rows_shown(self, select: Sequence[str]) -> None:
        shown = self.model.rowCount() > 0
        self.select_ids(select)
        if not self.selected_ids() and shown:  # Ctrl+D and Enter work at once: the newest
            self.select_ids([str(self.proxy.index(0, 0).data(ID_ROLE))])
        self._fit_columns()
        if shown:
            self.status.setText("")
        elif self.placement_filter.currentIndex() or self.month_filter.currentIndex():
            self.status.setText(self.tr("Geen uren voor deze filter."))
        else:
            self.status.setText(
                self.tr("Nog geen uren. Klik op ‘Uren toevoegen’ of druk op Ctrl+N.")
            )
        self._update_buttons()

    def _signature_texts(self) -> dict[str, tuple[str, str]]:
        """Per signed entry: what its latest sign-off says about it now (text, not colour).

        Facts only: who signed with which key, and whether a school signed that mentor's
        card; never "verified by the school" (only a receiver can say that).
        """
        from stageportfolio.services.signoffs import SignOffService

        texts: dict[str, tuple[str, str]] = {}
        for check in SignOffService(self.service).verify_all():  # oldest first
            if check.target_kind != "hour_entry" or check.status == "history":
                continue
            name = check.mentor_name
            if not check.name_confirmed and check.fingerprint:
                name = self.tr("{0} (naam niet bevestigd)").format(name)
            if check.status == "valid" and check.decision == "refuse":
                text = self.tr("✗ niet akkoord ({0}): {1}").format(name, check.comment)
            elif check.status == "valid":
                text = self.tr("✓ ondertekend door {0}").format(name)
            elif check.status == "changed":
                text = self.tr("⚠ gewijzigd na aftekening: telt niet als bevestigd")
            elif check.status == "unsigned":
                text = self.tr("✗ zonder handtekening: telt niet")
            else:
                text = self.tr("✗ ongeldige handtekening")
            card = (
                self.tr("mentorkaart ondertekend door schoolsleutel {0}").format(
                    check.card.school_fingerprint
                )
                if check.card is not None
                else self.tr("niet bevestigd door een school")
            )
            tip = self.tr("Mentor {0}, sleutel {1}, code {2}; {3}").format(
                name, check.fingerprint, check.code, card
            )
            texts[check.target_id] = (text, tip)
        return texts

    def total_contexts(self, totals: dict[str, int]) -> list[str]:
        """The contexts the totals show: those with hours and those the list's rules ask for
        by name (its required contexts), not every context the list knows at 0 hours."""
        rules = self.service.alist.spec.rules
        asked = [c for r in rules if r.kind == "required_contexts" for c in r.contexts]
        if not asked:
            asked = [c for r in rules if r.kind == "min_hours_in_contexts" for c in r.contexts]
        order = list(self.service.alist.spec.contexts)
        wanted = {c for c in asked} | {c for c, minutes in totals.items() if minutes}
        registry = self.service.catalog.contexts
        return [c for c in order if c in wanted] + sorted(
            (c for c in wanted if c not in order), key=registry.label
        )

    def _load_totals(self) -> None:
        registry = self.service.catalog.contexts
        lang = ui_language()
        totals = self.service.totals()
        shown = self.total_contexts(totals)
        per_row = 3
        if list(self.context_labels) != shown:  # another set of contexts: lay them out anew
            self.totals_grid.removeWidget(self.total_label)
            for old in self.context_labels.values():
                self.totals_grid.removeWidget(old)
                old.deleteLater()
            self.context_labels = {}
            for position, context in enumerate(shown):
                label = QLabel()
                label.setTextFormat(Qt.TextFormat.PlainText)
                self.context_labels[context] = label
                self.totals_grid.addWidget(label, position // per_row, position % per_row)
            rows = (len(shown) + per_row - 1) // per_row
            self.totals_grid.addWidget(self.total_label, rows, 0, 1, per_row)
        for context, label in self.context_labels.items():
            label.setText(
                self.tr("{0}: {1}").format(
                    registry.label(context, lang), self.amount(totals.get(context, 0))
                )
            )
        evaluation = self.service.evaluation()
        total = sum(totals.values())
        rule = next(
            (r for r in evaluation.results if r.rule.kind == "min_total_hours"),
            None,
        )
        if rule is not None:
            needed = int(rule.needed * 60)
            text = self.tr("Totaal: {0}; telt mee voor de regels: {1} van {2}").format(
                self.amount(total), self.amount(evaluation.counted_minutes), self.amount(needed)
            )
        else:
            text = self.tr("Totaal: {0}").format(self.amount(total))
        self.total_label.setText(text)

    def selected_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [str(self.proxy.index(row, 0).data(ID_ROLE)) for row in rows]

    def select_ids(self, ids: Sequence[str]) -> None:
        selection = QItemSelection()
        first = None
        for entry_id in ids:
            row = self.model.row_of(entry_id)
            if row < 0:
                continue
            index = self.model.index(row, 0)
            selection.select(index, index)
            first = first or index
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().select(selection, flags)
        if first is not None:
            self.table.selectionModel().setCurrentIndex(
                first, QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self.table.scrollTo(first)

    def _update_buttons(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self.edit_button.setEnabled(count == 1)
        self.copy_button.setEnabled(count == 1)
        self.delete_button.setEnabled(count > 0)

    def after_change(self, select: Sequence[str]) -> None:
        """Reread after a change through the service, select what it touched, say so."""
        self._reload(select)
        self.changed.emit()

    # -- adding and editing --------------------------------------------------------------------

    def _defaults(self) -> HourValues | None:
        """A new entry: the next stage day after the last one, its placement and usual day
        (``services.daily.entry_defaults``)."""
        found = daily.entry_defaults(self.service, today=self.today())
        if found is None or found.context is None:
            return None
        return HourValues(
            day=found.day,
            minutes=found.minutes,
            context=found.context,
            placement_id=found.placement_id,
        )

    def focus_filters(self) -> None:
        """Ctrl+F: to the filters (the placement first; Tab goes on to the month)."""
        self.placement_filter.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def add_entry(self) -> None:
        """Open the dialog for a new entry (non-blocking; saving happens when it is accepted)."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return
        dialog = HourDialog(self.service, values=self._defaults(), today=self.today(), parent=self)
        dialog.accepted.connect(lambda: self._save_new(dialog))
        self._open(dialog)

    def edit_selected(self) -> None:
        index = self.table.currentIndex()
        selected = self.table.selectionModel().selectedRows()
        if selected and (not index.isValid() or not self.table.selectionModel().isSelected(index)):
            index = selected[0]
        if not index.isValid():
            return
        row = self.proxy.index(index.row(), 0).data(ROW_ROLE)
        if row is None:
            return
        values = _values_of(row, row.placement_id)
        dialog = HourDialog(
            self.service, entry_id=row.id, values=values, today=self.today(), parent=self
        )
        dialog.accepted.connect(lambda: self._save_edit(dialog, values))
        self._open(dialog)

    def _open(self, dialog: HourDialog) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._back_to_table())
        dialog.open()

    def _back_to_table(self) -> None:
        """After a dialog, keyboard users continue in the table (Enter, Delete, Ctrl+Z)."""
        self.window().activateWindow()
        self.table.setFocus()

    def _save_new(self, dialog: HourDialog) -> None:
        values = dialog.values()
        try:
            entry_id = self.service.add_hours(
                day=values.day,
                minutes=values.minutes,
                context=values.context,
                placement_id=values.placement_id,
                note=values.note,
                today=self.today(),
            )
        except (EntryRejected, ValueError, LookupError) as exc:
            self.show_error(self.tr("De uren zijn niet bewaard: {0}").format(exc))
            return
        text = self.tr("Uren toevoegen ({0}, {1} uur)").format(
            f"{values.day.day}/{values.day.month}/{values.day.year}", hours_text(values.minutes)
        )
        self.undo.push(AddedHoursCommand(self, [entry_id], text))
        if self.model.row_of(entry_id) < 0:
            self.status.setText(self.tr("Bewaard. De nieuwe uren vallen buiten de gekozen filter."))

    def _save_edit(self, dialog: HourDialog, old: HourValues) -> None:
        assert dialog.entry_id is not None
        new = dialog.values()
        if new == old:
            return
        try:
            before = self.service.hour_snapshot(dialog.entry_id)

            def save(confirm_signed: bool) -> None:
                assert dialog.entry_id is not None
                self.service.update_hours(
                    dialog.entry_id,
                    day=new.day,
                    minutes=new.minutes,
                    context=new.context,
                    placement_id=new.placement_id,
                    note=new.note,
                    today=self.today(),
                    confirm_signed=confirm_signed,
                )

            try:
                save(confirm_signed=False)
            except SignedItemError as signed:
                if not self.confirm_signed_change(signed.mentors, delete=False):
                    self.refresh()
                    return
                save(confirm_signed=True)
        except (EntryRejected, ValueError, LookupError) as exc:
            self.show_error(self.tr("De wijziging is niet bewaard: {0}").format(exc))
            self.refresh()
            return
        self.undo.push(
            EditHoursCommand(self, dialog.entry_id, before, new, self.tr("Uren bewerken"))
        )

    def copy_selected(self) -> None:
        """Ctrl+D: the chosen entry once more, on the next stage day after it (undoable)."""
        ids = self.selected_ids()
        if len(ids) != 1:
            self.status.setText(self.tr("Kies eerst één regel om te kopiëren (Ctrl+D)."))
            return
        try:
            new_id, day = daily.copy_to_next_day(self.service, ids[0], today=self.today())
        except EntryRejected as exc:
            lang = ui_language()
            reasons = " ".join(issue.message(lang) for issue in exc.issues)
            self.status.setText(self.tr("Niet gekopieerd: {0}").format(reasons))
            return
        except (StoreError, ValueError, LookupError) as exc:
            self.show_error(self.tr("Niet gekopieerd: {0}").format(exc))
            return
        shown = long_date(day, ui_language())
        self.undo.push(
            AddedHoursCommand(self, [new_id], self.tr("Uren kopiëren naar {0}").format(shown))
        )
        self.status.setText(
            self.tr("Gekopieerd naar {0}. Ctrl+Z (Ongedaan maken) haalt de kopie weg.").format(
                shown
            )
        )

    def fill_week(self) -> None:
        """Ctrl+Shift+N: the week after the last entry, from the placement's schedule."""
        if self.week_dialog is not None and self.week_dialog.isVisible():
            self.week_dialog.raise_()
            return
        dialog = WeekDialog(self.service, today=self.today(), parent=self)
        dialog.accepted.connect(lambda: self._save_week(dialog))
        if self.week_dialog is not None:
            self.week_dialog.deleteLater()
        self.week_dialog = dialog
        dialog.finished.connect(lambda _result: self._back_to_table())
        dialog.open()

    def _save_week(self, dialog: WeekDialog) -> None:
        plan = dialog.plan
        entries = dialog.entries()
        if plan is None or not entries or plan.context is None:
            return
        try:
            ids = daily.fill_week(
                self.service,
                entries,
                context=plan.context,
                placement_id=plan.placement_id,
                today=self.today(),
            )
        except EntryRejected as exc:
            lang = ui_language()
            reasons = "\n".join(issue.message(lang) for issue in exc.issues)
            self.show_error(self.tr("De week is niet bewaard:\n{0}").format(reasons))
            return
        except (StoreError, ValueError, LookupError) as exc:
            self.show_error(self.tr("De week is niet bewaard: {0}").format(exc))
            return
        total = sum(minutes for _, minutes in entries)
        self.undo.push(
            AddedHoursCommand(self, ids, self.tr("Week invullen ({0} dagen)").format(len(entries)))
        )
        self.status.setText(
            self.tr("{0} dagen bewaard, samen {1}. Ctrl+Z (Ongedaan maken) haalt ze weg.").format(
                len(entries), self.amount(total)
            )
        )

    def confirm_signed_change(self, mentors: Sequence[str], *, delete: bool) -> bool:
        """Ask before a signed entry changes: it names the mentor and what follows."""
        names = ", ".join(mentors)
        if delete:
            text = self.tr(
                "Deze uren zijn afgetekend door {0}. Als je ze verwijdert, verdwijnt de "
                "aftekening mee. Toch verwijderen?"
            ).format(names)
        else:
            text = self.tr(
                "Deze uren zijn afgetekend door {0}. Na de wijziging tellen ze niet meer als "
                "bevestigd: er is een nieuwe aftekening nodig. Toch wijzigen?"
            ).format(names)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Afgetekende uren"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return bool(box.exec() == QMessageBox.StandardButton.Yes)

    # -- deleting ------------------------------------------------------------------------------

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        mentors = self.service.signed_by("hour_entry", ids)
        if mentors and not self.confirm_signed_change(mentors, delete=True):
            return
        text = self.tr("Uren verwijderen ({0} regels)").format(len(ids))
        self.undo.push(DeleteHoursCommand(self, ids, text))
        done = self.tr(
            "%n regel(s) verwijderd. Ctrl+Z (Ongedaan maken) zet ze terug.", "", len(ids)
        )
        self.status.setText(done)

    # -- CSV -----------------------------------------------------------------------------------

    def import_csv(self) -> None:
        """Pick a CSV file, preview it, and import it whole (one undo step) or not at all."""
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Uren importeren"),
            str(Path.home()),
            self.tr("Uren uit Excel of CSV (*.xlsx *.csv *.txt);;Alle bestanden (*)"),
        )
        if not name:
            return
        path = Path(name)
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.show_error(self.tr("Kan {0} niet lezen: {1}").format(path.name, exc.strerror))
            return
        dialog = CsvImportDialog(self.service, path, data, today=self.today(), parent=self)
        dialog.accepted.connect(lambda: self.import_rows(dialog.rows()))
        if self.import_dialog is not None:
            self.import_dialog.deleteLater()
        self.import_dialog = dialog
        dialog.open()

    def import_rows(self, rows: Sequence[hours_import.PlannedRow]) -> bool:
        """Add the previewed rows in one transaction: all of them or, on any failure, none."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = hours_import.commit(self.service, rows)
        except (StoreError, ServiceError, ValueError, LookupError) as exc:
            self.after_change(())
            self.show_error(
                self.tr("Importeren gestopt: {0}\nEr is niets geïmporteerd.").format(exc)
            )
            return False
        finally:
            QApplication.restoreOverrideCursor()
        added = list(result.ids)
        if not added:
            self.status.setText(self.tr("Niets geïmporteerd: alle regels stonden er al."))
            return False
        text = self.tr("{0} uurregels importeren").format(len(added))
        self.undo.push(AddedHoursCommand(self, added, text))
        self.status.setText(
            self.tr("{0} regels geïmporteerd. Ctrl+Z (Ongedaan maken) haalt ze weg.").format(
                len(added)
            )
        )
        return True

    def export_csv(self) -> None:
        """Save every hour entry as a CSV file for Excel (';', decimal comma, UTF-8 with BOM)."""
        suggested = Path.home() / self.tr("uren.csv")
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Uren exporteren"),
            str(suggested),
            self.tr("CSV-bestanden (*.csv)"),
        )
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".csv")
        rows = [
            ExportRow(r.day, r.context, r.minutes, r.placement, r.mentor, r.note or "")
            for r in self.service.hours()
        ]
        data = hours_csv(rows, self.service.catalog.contexts)
        refused = own_data_problem(path)
        if refused:
            self.show_error(refused)
            return
        try:
            write_atomically(path, data)
        except OSError as exc:
            self.show_error(self.tr("Kan {0} niet bewaren: {1}").format(path.name, exc.strerror))
            return
        self.status.setText(self.tr("{0} regels bewaard in {1}.").format(len(rows), str(path)))


@contextlib.contextmanager
def _blocked(*widgets: QWidget) -> Iterator[None]:
    previous = [w.blockSignals(True) for w in widgets]
    try:
        yield
    finally:
        for widget, was in zip(widgets, previous, strict=True):
            widget.blockSignals(was)
