"""The Stageplaatsen section: placements (with context and period) and their mentors.

Two tables, each with Toevoegen / Bewerken / Verwijderen; in a table Enter edits, Delete
deletes and Ctrl+N adds. Every change is saved at once; deleting is undoable (Ctrl+Z).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from stageportfolio.core.hours import format_hours
from stageportfolio.services.portfolio import (
    EntryRejected,
    MentorInfo,
    PlacementInfo,
    PortfolioService,
)
from stageportfolio.ui.dialogs.mentor_dialog import LOCAL_GOVERNMENT, MentorDialog
from stageportfolio.ui.dialogs.placement_dialog import PlacementDialog, PlacementValues
from stageportfolio.ui.models.mentors_model import MentorRow, MentorsModel
from stageportfolio.ui.models.placements_model import PlacementRow, PlacementsModel
from stageportfolio.ui.models.rowtable import RowTableModel
from stageportfolio.ui.sections.base import Section
from stageportfolio.ui.widgets import ui_language

ERRORS = (ValueError, LookupError, OSError)


def short_date(day: date) -> str:
    """``date(2026, 9, 7)`` -> ``"7/9/2026"`` (the Belgian way, no leading zeros)."""
    return f"{day.day}/{day.month}/{day.year}"


def placement_values(info: PlacementInfo) -> PlacementValues:
    return PlacementValues(
        organisation=info.organisation,
        unit=info.unit,
        context=info.context,
        start_date=info.start_date,
        end_date=info.end_date,
        mentor_id=info.mentor_id,
        schedule=info.schedule,
    )


class DeletePlacementCommand(QUndoCommand):
    """Delete a placement; undo adds it again (a new id) and links its hours to it again."""

    def __init__(self, section: PlacementsSection, info: PlacementInfo) -> None:
        super().__init__(section.tr("Stageplaats {0} verwijderen").format(info.label))
        self.section = section
        self.values = placement_values(info)
        self.placement_id = info.id
        self.hour_ids: list[str] = []

    def redo(self) -> None:
        service = self.section.service
        try:
            self.hour_ids = [h.id for h in service.hours(placement_id=self.placement_id)]
            # the section asked first, naming who signed hours in it
            service.delete_placement(self.placement_id, confirm_signed=True)
        except ERRORS as exc:
            self.setObsolete(True)
            self.section.show_error(
                self.section.tr("De stageplaats kon niet verwijderd worden: {0}").format(exc)
            )
        self.section.after_change()

    def undo(self) -> None:
        service = self.section.service
        try:
            self.placement_id = service.add_placement(**self.values)
        except ERRORS as exc:
            self.section.show_error(
                self.section.tr("De stageplaats kon niet teruggezet worden: {0}").format(exc)
            )
            self.section.after_change()
            return
        lost = self._relink()
        self.section.after_change()
        if lost:
            self.section.show_error(
                self.section.tr(
                    "De stageplaats is teruggezet, maar {0} uurregels konden er niet opnieuw "
                    "aan gekoppeld worden. Koppel ze zelf in Uren."
                ).format(lost)
            )

    def _relink(self) -> int:
        """Link the hours that lost this placement to it again; returns how many failed."""
        service = self.section.service
        wanted = set(self.hour_ids)
        lost = 0
        for row in service.hours():
            if row.id not in wanted or row.placement_id is not None:
                continue
            try:
                service.update_hours(
                    row.id,
                    day=row.day,
                    minutes=row.minutes,
                    context=row.context,
                    placement_id=self.placement_id,
                    note=row.note,
                )
            except (EntryRejected, *ERRORS):
                lost += 1
        return lost


class DeleteMentorCommand(QUndoCommand):
    """Delete a mentor; undo adds them again and puts them back on their placements."""

    def __init__(self, section: PlacementsSection, info: MentorInfo) -> None:
        super().__init__(section.tr("Mentor {0} verwijderen").format(info.name))
        self.section = section
        self.values = {
            "name": info.name,
            "organisation": info.organisation,
            "sector": info.sector,
            "email": info.email,
        }
        self.mentor_id = info.id
        self.placement_ids: list[str] = []

    def redo(self) -> None:
        service = self.section.service
        try:
            self.placement_ids = [
                p.id for p in service.placements() if p.mentor_id == self.mentor_id
            ]
            service.delete_mentor(self.mentor_id)
        except ERRORS as exc:
            self.setObsolete(True)
            self.section.show_error(
                self.section.tr("De mentor kon niet verwijderd worden: {0}").format(exc)
            )
        self.section.after_change()

    def undo(self) -> None:
        service = self.section.service
        try:
            self.mentor_id = service.add_mentor(**self.values)
            for placement in service.placements():
                if placement.id in self.placement_ids and placement.mentor_id is None:
                    values = placement_values(placement)
                    values["mentor_id"] = self.mentor_id
                    service.update_placement(placement.id, **values)
        except ERRORS as exc:
            self.section.show_error(
                self.section.tr("De mentor kon niet teruggezet worden: {0}").format(exc)
            )
        self.section.after_change()


class PlacementsSection(Section):
    def __init__(
        self, service: PortfolioService, undo: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(service, undo, parent)
        self.dialog: PlacementDialog | MentorDialog | None = None
        self._placements: dict[str, PlacementInfo] = {}
        self._mentors: dict[str, MentorInfo] = {}

        intro = QLabel(
            self.tr(
                "Waar loop je stage? Een stageplaats heeft een context (bv. residentiële "
                "ouderenzorg of thuiszorg) en een periode; je uren tellen per stageplaats."
            )
        )
        intro.setWordWrap(True)

        self.placements_model = PlacementsModel(self)
        self.placements_table = self._table(self.placements_model, self.tr("Stageplaatsen"))
        header = self.placements_table.horizontalHeader()
        header.setSectionResizeMode(
            PlacementsModel.COL_ORGANISATION, QHeaderView.ResizeMode.Stretch
        )
        self.add_placement_button = QPushButton(self.tr("&Toevoegen…"))
        self.edit_placement_button = QPushButton(self.tr("&Wijzigen…"))
        self.delete_placement_button = QPushButton(self.tr("&Verwijderen"))
        self.placements_empty = QLabel(
            self.tr("Nog geen stageplaatsen. Kies Toevoegen (Ctrl+N) om je eerste toe te voegen.")
        )
        self.placements_empty.setWordWrap(True)
        placements_box = self._group(
            self.tr("Stageplaatsen"),
            self.placements_table,
            self.placements_empty,
            (self.add_placement_button, self.edit_placement_button, self.delete_placement_button),
        )

        self.mentors_model = MentorsModel(self)
        self.mentors_table = self._table(self.mentors_model, self.tr("Mentoren"))
        self.mentors_table.horizontalHeader().setSectionResizeMode(
            MentorsModel.COL_NAME, QHeaderView.ResizeMode.Stretch
        )
        self.add_mentor_button = QPushButton(self.tr("&Nieuwe mentor…"))
        self.edit_mentor_button = QPushButton(self.tr("Mentor wi&jzigen…"))
        self.delete_mentor_button = QPushButton(self.tr("Mentor ve&rwijderen"))
        self.mentors_empty = QLabel(
            self.tr("Nog geen mentoren. Je mentor is wie je op de stageplaats begeleidt.")
        )
        self.mentors_empty.setWordWrap(True)
        self.mentors_box = mentors_box = self._group(
            self.tr("Mentoren"),
            self.mentors_table,
            self.mentors_empty,
            (self.add_mentor_button, self.edit_mentor_button, self.delete_mentor_button),
        )
        for button, name in (
            (self.add_placement_button, self.tr("Stageplaats toevoegen")),
            (self.edit_placement_button, self.tr("Stageplaats bewerken")),
            (self.delete_placement_button, self.tr("Stageplaats verwijderen")),
            (self.add_mentor_button, self.tr("Mentor toevoegen")),
            (self.edit_mentor_button, self.tr("Mentor bewerken")),
            (self.delete_mentor_button, self.tr("Mentor verwijderen")),
        ):
            button.setAccessibleName(name)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(placements_box, 3)
        layout.addWidget(mentors_box, 2)

        self.add_placement_button.clicked.connect(lambda: self.add_placement())
        self.edit_placement_button.clicked.connect(lambda: self.edit_placement())
        self.delete_placement_button.clicked.connect(self.delete_placement)
        self.add_mentor_button.clicked.connect(lambda: self.add_mentor())
        self.edit_mentor_button.clicked.connect(lambda: self.edit_mentor())
        self.delete_mentor_button.clicked.connect(self.delete_mentor)
        self.placements_table.activated.connect(lambda _index: self.edit_placement())
        self.mentors_table.activated.connect(lambda _index: self.edit_mentor())
        self._delete_key(self.placements_table, self.delete_placement)
        self._delete_key(self.mentors_table, self.delete_mentor)
        # Ctrl+N anywhere in the section adds a placement (in the mentors box: a mentor).
        add = QShortcut(QKeySequence.StandardKey.New, self, self._add_for_focus)
        add.setContext(Qt.ShortcutContext.WindowShortcut)
        for table in (self.placements_table, self.mentors_table):
            table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.setTabOrder(self.placements_table, self.add_placement_button)
        self.setTabOrder(self.add_placement_button, self.edit_placement_button)
        self.setTabOrder(self.edit_placement_button, self.delete_placement_button)
        self.setTabOrder(self.delete_placement_button, self.mentors_table)
        self.setTabOrder(self.mentors_table, self.add_mentor_button)
        self.setTabOrder(self.add_mentor_button, self.edit_mentor_button)
        self.setTabOrder(self.edit_mentor_button, self.delete_mentor_button)
        self.refresh()

    def title(self) -> str:
        return self.tr("Stageplaatsen")

    # -- building -------------------------------------------------------------------------

    def _table(self, model: PlacementsModel | MentorsModel, name: str) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setWordWrap(False)
        return table

    def _group(
        self,
        title: str,
        table: QTableView,
        empty: QLabel,
        buttons: tuple[QPushButton, ...],
    ) -> QGroupBox:
        box = QGroupBox(title)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(empty)
        layout.addWidget(table, 1)
        layout.addLayout(row)
        return box

    def _delete_key(self, table: QTableView, slot: Callable[[], object]) -> None:
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_Delete), table, slot)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

    def _add_for_focus(self) -> None:
        """Ctrl+N: a mentor when the focus is in the mentors box, else a placement."""
        focus = self.focusWidget()
        if focus is not None and self.mentors_box.isAncestorOf(focus):
            self.add_mentor()
        else:
            self.add_placement()

    # -- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            placements = self.service.placements()
            mentors = self.service.mentors()
            per_placement = self.service.minutes_per_placement()
        except ERRORS as exc:
            self.show_error(self.tr("De stageplaatsen konden niet gelezen worden: {0}").format(exc))
            return
        self._placements = {p.id: p for p in placements}
        self._mentors = {m.id: m for m in mentors}
        contexts = self.service.catalog.contexts
        rows = []
        for p in placements:
            minutes = per_placement.get(p.id, 0)
            mentor = self._mentors.get(p.mentor_id) if p.mentor_id else None
            rows.append(
                PlacementRow(
                    id=p.id,
                    organisation=p.organisation,
                    unit=p.unit,
                    context=contexts.label(p.context, ui_language()),
                    period=f"{short_date(p.start_date)} – {short_date(p.end_date)}",
                    mentor=mentor.name if mentor else "",
                    hours=format_hours(minutes, decimal_mark="." if ui_language() == "en" else ","),
                )
            )
        self._reset(self.placements_table, self.placements_model, rows)
        self._reset(
            self.mentors_table,
            self.mentors_model,
            [
                MentorRow(m.id, m.name, m.organisation, self.sector_label(m.sector), m.email)
                for m in mentors
            ],
        )
        self.placements_empty.setVisible(not placements)
        self.mentors_empty.setVisible(not mentors)
        self._update_buttons()

    def _reset(self, table: QTableView, model: RowTableModel, rows: Sequence[object]) -> None:
        current = self._selected_id(table)
        model.set_rows(rows)
        row = model.row_of(current) if current else -1
        if row < 0 and model.rowCount() and table.hasFocus():
            row = 0
        if row >= 0:
            table.selectRow(row)

    def sector_label(self, sector: str) -> str:
        return self.tr("lokaal bestuur") if sector == LOCAL_GOVERNMENT else self.tr("social profit")

    def _selected_id(self, table: QTableView) -> str | None:
        rows = table.selectionModel().selectedRows() if table.selectionModel() else []
        if not rows:
            index = table.currentIndex()
            if not index.isValid():
                return None
            return index.siblingAtColumn(0).data(PlacementsModel.IdRole)
        return rows[0].data(PlacementsModel.IdRole)

    def selected_placement(self) -> PlacementInfo | None:
        placement_id = self._selected_id(self.placements_table)
        return self._placements.get(placement_id) if placement_id else None

    def selected_mentor(self) -> MentorInfo | None:
        mentor_id = self._selected_id(self.mentors_table)
        return self._mentors.get(mentor_id) if mentor_id else None

    def _update_buttons(self) -> None:
        has_placement = self.selected_placement() is not None
        self.edit_placement_button.setEnabled(has_placement)
        self.delete_placement_button.setEnabled(has_placement)
        has_mentor = self.selected_mentor() is not None
        self.edit_mentor_button.setEnabled(has_mentor)
        self.delete_mentor_button.setEnabled(has_mentor)

    def after_change(self) -> None:
        self.refresh()
        self.changed.emit()

    # -- placements -----------------------------------------------------------------------

    def add_placement(self) -> PlacementDialog:
        return self._open_placement(None)

    def edit_placement(self) -> PlacementDialog | None:
        placement = self.selected_placement()
        return self._open_placement(placement) if placement else None

    def _open_placement(self, placement: PlacementInfo | None) -> PlacementDialog:
        """Open the dialog without blocking; it saves when accepted."""
        dialog = PlacementDialog(self.service, placement, self)
        dialog.mentor_added.connect(lambda _id: self.after_change())
        dialog.accepted.connect(lambda: self._save_placement(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save_placement(self, dialog: PlacementDialog) -> None:
        values = dialog.values()
        try:
            if dialog.placement is None:
                placement_id = self.service.add_placement(**values)
            else:
                placement_id = dialog.placement.id
                self.service.update_placement(placement_id, **values)
        except ERRORS as exc:
            self.show_error(self.tr("De stageplaats kon niet bewaard worden: {0}").format(exc))
            return
        self.after_change()
        row = self.placements_model.row_of(placement_id)
        if row >= 0:
            self.placements_table.selectRow(row)
        self.placements_table.setFocus()

    def delete_placement(self) -> None:
        placement = self.selected_placement()
        if placement is None:
            return
        try:
            count = self.service.hours_in_placement(placement.id)
        except ERRORS as exc:
            self.show_error(str(exc))
            return
        if count:
            text = self.tr(
                "{0} heeft {1} uurregels. Wil je de stageplaats toch verwijderen?\n\n"
                "De uren blijven bewaard, maar zijn dan niet meer aan een stageplaats "
                "gekoppeld. Met Ongedaan maken (Ctrl+Z) komt de stageplaats terug en worden "
                "de uren er opnieuw aan gekoppeld."
            ).format(placement.label, count)
            hours = [h.id for h in self.service.hours(placement_id=placement.id)]
            signed = self.service.signed_by("hour_entry", hours)
            if signed:
                text += "\n\n" + self.tr(
                    "Uren van deze stageplaats zijn afgetekend door {0}. De naam van de "
                    "stageplaats hoort bij die aftekening: na het verwijderen is een nieuwe "
                    "aftekening nodig."
                ).format(", ".join(signed))
            answer = QMessageBox.question(
                self,
                self.tr("Stageplaats verwijderen"),
                text,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.undo.push(DeletePlacementCommand(self, placement))

    # -- mentors ----------------------------------------------------------------------------

    def add_mentor(self) -> MentorDialog:
        return self._open_mentor(None)

    def edit_mentor(self) -> MentorDialog | None:
        mentor = self.selected_mentor()
        return self._open_mentor(mentor) if mentor else None

    def _open_mentor(self, mentor: MentorInfo | None) -> MentorDialog:
        dialog = MentorDialog(mentor, self)
        dialog.accepted.connect(lambda: self._save_mentor(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save_mentor(self, dialog: MentorDialog) -> None:
        values = dialog.values()
        try:
            if dialog.mentor is None:
                mentor_id = self.service.add_mentor(**values)
            else:
                mentor_id = dialog.mentor.id
                self.service.update_mentor(mentor_id, **values)
        except ERRORS as exc:
            self.show_error(self.tr("De mentor kon niet bewaard worden: {0}").format(exc))
            return
        self.after_change()
        row = self.mentors_model.row_of(mentor_id)
        if row >= 0:
            self.mentors_table.selectRow(row)
        self.mentors_table.setFocus()

    def delete_mentor(self) -> None:
        mentor = self.selected_mentor()
        if mentor is None:
            return
        used = [p.label for p in self._placements.values() if p.mentor_id == mentor.id]
        if used:
            answer = QMessageBox.question(
                self,
                self.tr("Mentor verwijderen"),
                self.tr(
                    "{0} is mentor bij {1}. Wil je de mentor toch verwijderen?\n\n"
                    "Die stageplaatsen hebben dan geen mentor meer. Met Ongedaan maken (Ctrl+Z) "
                    "komt de mentor terug op die stageplaatsen."
                ).format(mentor.name, ", ".join(used)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.undo.push(DeleteMentorCommand(self, mentor))
