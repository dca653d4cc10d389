"""The hour log as a table: datum, context, uren, stageplaats, mentor, opmerking.

Fed with plain rows (the service's ``HourRow`` or :class:`HourLine`) through ``set_rows()``,
filtered by month and placement with ``set_filter()``; the model sorts its own rows (a header
click calls ``sort``), on the values of :data:`SORT_ROLE` (dates and minutes, not their text).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from stageportfolio.core.hours import format_hours
from stageportfolio.ui.widgets import ui_language

COL_DAY, COL_CONTEXT, COL_HOURS, COL_PLACEMENT, COL_MENTOR, COL_NOTE, COL_SIGNED = range(7)
COLUMN_COUNT = 7

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the entry's id (str)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts right: date, minutes, folded text
ROW_ROLE = Qt.ItemDataRole.UserRole + 3  # the plain row itself

Index = QModelIndex | QPersistentModelIndex


class HourLike(Protocol):
    """What the table needs of a row; the service's ``HourRow`` has it."""

    @property
    def id(self) -> str: ...
    @property
    def day(self) -> date: ...
    @property
    def minutes(self) -> int: ...
    @property
    def context(self) -> str: ...
    @property
    def placement(self) -> str: ...
    @property
    def mentor(self) -> str: ...
    @property
    def note(self) -> str: ...


@dataclass(frozen=True)
class HourLine:
    """A row that is not (yet) stored, e.g. a line of a CSV file in the import preview."""

    id: str
    day: date
    minutes: int
    context: str
    placement: str = ""
    mentor: str = ""
    note: str = ""


def hours_text(minutes: int) -> str:
    """Exact hours in the app's language: decimal when that is exact (7,5 in Dutch, 7.5 in
    English), clock notation otherwise (7:20)."""
    if (minutes * 100) % 60 == 0:
        return format_hours(minutes, decimal_mark="." if ui_language() == "en" else ",")
    return f"{minutes // 60}:{minutes % 60:02d}"


def day_text(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year}"


_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        SORT_ROLE,
        ID_ROLE,
        ROW_ROLE,
    )
)  # the roles data() answers


class HoursModel(QAbstractTableModel):
    """All rows are held once (``set_rows``); a filter (``set_filter``) and a sort only
    change which of them show, and in which order: a list of indexes into the rows.

    With 100,000 entries a filter change or "all months" must stay under 100 ms, so nothing
    per row is rebuilt then: the sort order of all rows is kept per sort (computed once), a
    filter walks it against the rows' day numbers and placement ids (kept once per
    ``set_rows``), and the reset signals wrap only the assignment of the new index list.
    """

    def __init__(
        self,
        context_label: Callable[[str], str] = str,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._label = context_label
        self._all: list[HourLike] = []  # every row, as given
        self._order: list[int] = []  # indexes into _all in the current sort
        self._shown: list[int] = []  # the rows that pass the filter, in the current sort
        self._filter: tuple[tuple[int, int] | None, str | None] = (None, None)
        self._ordinals: list[int] | None = None  # per row: day.toordinal() (made when needed)
        self._placement_ids: list[str | None] | None = None  # per row (made when needed)
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self._signatures: dict[str, tuple[str, str]] = {}  # entry id -> (status text, tooltip)
        self._headers = (
            self.tr("Datum"),
            self.tr("Context"),
            self.tr("Uren"),
            self.tr("Stageplaats"),
            self.tr("Mentor"),
            self.tr("Opmerking"),
            self.tr("Aftekening"),
        )

    # -- feeding ---------------------------------------------------------------------------

    def set_rows(
        self,
        rows: Sequence[HourLike],
        only: tuple[tuple[int, int] | None, str | None] | None = None,
    ) -> None:
        """All rows; ``only`` is a new filter (month, placement id), else the last one
        applies (as :meth:`set_filter`)."""
        rows = list(rows)
        order = self._sorted(rows)
        if only is not None:
            self._filter = only
        self.beginResetModel()  # inside: assignments, and one pass over the index list
        self._all, self._ordinals, self._placement_ids = rows, None, None
        self._order = order
        self._shown = self._filtered()
        self.endResetModel()

    def set_filter(
        self, month: tuple[int, int] | None = None, placement_id: str | None = None
    ) -> None:
        """Show only the rows of one (year, month) and/or one placement (by id); None: all."""
        self._filter = (month, placement_id)
        shown = self._filtered()
        self.beginResetModel()
        self._shown = shown
        self.endResetModel()

    def _filtered(self) -> list[int]:
        month, placement_id = self._filter
        order = self._order
        if month is None and placement_id is None:
            return order
        keep = order
        if month is not None:
            if self._ordinals is None:
                self._ordinals = [row.day.toordinal() for row in self._all]
            year, number = month
            low = date(year, number, 1).toordinal()
            high = date(year + number // 12, number % 12 + 1, 1).toordinal()
            ordinals = self._ordinals
            keep = [i for i in keep if low <= ordinals[i] < high]
        if placement_id is not None:
            if self._placement_ids is None:
                self._placement_ids = [getattr(row, "placement_id", None) for row in self._all]
            ids = self._placement_ids
            keep = [i for i in keep if ids[i] == placement_id]
        return keep

    def set_signatures(self, signatures: dict[str, tuple[str, str]]) -> None:
        """The mentor's sign-off per entry id: the status as text, and a tooltip."""
        self._signatures = dict(signatures)
        if self._shown:
            self.dataChanged.emit(
                self.index(0, COL_SIGNED), self.index(len(self._shown) - 1, COL_SIGNED)
            )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows themselves (the view calls this when a header is clicked)."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()  # the selection and the current row
        kept = [self._shown[index.row()] for index in persistent]
        self._order = self._sorted(self._all, self._order)  # ties keep the order shown
        self._shown = self._filtered()
        position = {row: i for i, row in enumerate(self._shown)}
        self.changePersistentIndexList(
            persistent,
            [
                self.createIndex(position[row], index.column())
                for row, index in zip(kept, persistent, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _sorted(self, rows: list[HourLike], start: list[int] | None = None) -> list[int]:
        """Indexes of ``rows`` in the current sort, from the order ``start`` (default: as
        given); the sort is stable, so ties keep their order in ``start``."""
        column, order = self._sort
        indexes = list(range(len(rows))) if start is None else list(start)
        if column < 0:
            return indexes
        keys = [self._sort_key(row, column) for row in rows]
        indexes.sort(key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        return indexes

    def rows(self) -> list[HourLike]:
        """The rows shown (filtered), in the order shown."""
        rows = self._all
        return [rows[i] for i in self._shown]

    def row_at(self, row: int) -> HourLike:
        return self._all[self._shown[row]]

    def row_of(self, entry_id: str) -> int:
        """The row showing an entry, or -1."""
        rows = self._all
        return next((n for n, i in enumerate(self._shown) if rows[i].id == entry_id), -1)

    # -- Qt ---------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == COL_HOURS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt asks about ten roles per cell when it measures or paints; most have no answer.
        if role not in _ROLES or not index.isValid() or index.row() >= len(self._shown):
            return None
        row = self._all[self._shown[index.row()]]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_HOURS:
                return self.tr("{0} uur en {1} minuten").format(row.minutes // 60, row.minutes % 60)
            if column == COL_NOTE and row.note:
                return row.note
            if column == COL_PLACEMENT and row.placement:  # the column may be narrower
                return row.placement
            if column == COL_SIGNED and row.id in self._signatures:
                return self._signatures[row.id][1] or None
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_HOURS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        return None

    def _display(self, row: HourLike, column: int) -> str:
        if column == COL_DAY:
            return day_text(row.day)
        if column == COL_CONTEXT:
            return self._label(row.context)
        if column == COL_HOURS:
            return hours_text(row.minutes)
        if column == COL_PLACEMENT:
            return row.placement or ""
        if column == COL_MENTOR:
            return row.mentor or ""
        if column == COL_SIGNED:
            return self._signatures.get(row.id, ("", ""))[0]
        return row.note or ""

    def _sort_key(self, row: HourLike, column: int) -> Any:
        # Ties keep the date order, so sorting by context or placement stays chronological.
        if column == COL_DAY:
            return row.day.toordinal()
        if column == COL_HOURS:
            return row.minutes
        return f"{self._display(row, column).casefold()}\x00{row.day.isoformat()}"
