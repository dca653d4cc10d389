"""The Activiteiten tree: BK > competence > activity, with proposal and mentor sign-off.

Fed with plain rows (:class:`BkRow` > :class:`CompetenceRow` > :class:`ActivityRow`) built by
:func:`build_rows` from what the service returns; the model never talks to the service.
:class:`ActivityFilterProxy` filters on status (open, voorgesteld, afgetekend) and on a
case- and accent-insensitive search, keeping the parents of every match visible.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from stageportfolio.core import clock
from stageportfolio.core.contexts import normalise

# Columns
COL_TEXT = 0
COL_LEVEL = 1
COL_DATE = 2
COL_SIGNOFF = 3
COLUMN_COUNT = 4

# Roles
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "bk" | "competence" | "activity"
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # BK code, competence id or activity id
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3  # activities: "open" | "proposed" | "signed"
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 4  # normalised text the search matches on
ROW_ROLE = Qt.ItemDataRole.UserRole + 5  # the plain row object itself

STATUS_OPEN = "open"
STATUS_PROPOSED = "proposed"
STATUS_SIGNED = "signed"

_ROOT = QModelIndex()


def format_day(day: date | datetime | None) -> str:
    if day is None:
        return ""
    if isinstance(day, datetime):
        day = clock.local_day(day)
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


@dataclass(frozen=True)
class SignOffRow:
    level: int | None
    mentor_name: str
    comment: str  # for "niet akkoord": the mentor's reason
    signed_at: date | None
    signed: bool  # carries a digital signature
    # The check of its signature (services.signoffs.Verification.status) and the decision.
    status: str = "valid"
    decision: str = "approve"
    fact: str = ""  # "ondertekend met sleutel …; mentorkaart ondertekend door schoolsleutel …"

    @property
    def counts(self) -> bool:
        """A valid approval: the only sign-off that makes an activity signed."""
        return self.status == "valid" and self.decision == "approve"

    @property
    def refused(self) -> bool:
        return self.status == "valid" and self.decision == "refuse"

    def summary(self) -> str:
        """``✓ niveau 3 – An Peeters, 12/10/2026``; a sign-off that does not count says so."""
        if self.refused:
            head = QCoreApplication.translate("ActivitiesModel", "✗ niet akkoord")
        elif self.status == "changed":
            head = QCoreApplication.translate("ActivitiesModel", "⚠ gewijzigd na aftekening")
        elif self.status in ("invalid", "unsigned"):
            head = QCoreApplication.translate(
                "ActivitiesModel", "✗ telt niet (geen geldige handtekening)"
            )
        elif self.level is not None:
            head = QCoreApplication.translate("ActivitiesModel", "✓ niveau {0}").format(self.level)
        else:
            head = QCoreApplication.translate("ActivitiesModel", "✓ afgetekend")
        who = ", ".join(p for p in (self.mentor_name, format_day(self.signed_at)) if p)
        return f"{head} – {who}" if who else head


@dataclass(frozen=True)
class ActivityRow:
    activity_id: str
    competence_id: str
    text: str
    type: str | None = None
    source: str | None = None
    # The latest proposal (record) for this activity, if any.
    record_id: str | None = None
    proposed_level: int | None = None
    level_label: str = ""
    day: date | None = None
    reflection: str = ""
    # The sign-off of the latest record, and the newest sign-off of any earlier record.
    signoff: SignOffRow | None = None
    earlier_signoff: SignOffRow | None = None

    @property
    def status(self) -> str:
        if self.record_id is None:
            return STATUS_OPEN
        signed = self.signoff is not None and self.signoff.counts
        return STATUS_SIGNED if signed else STATUS_PROPOSED

    @property
    def editable(self) -> bool:
        """A proposal without a valid mentor approval (none yet, or "niet akkoord") can still
        be changed (a new version) or removed."""
        return self.status == STATUS_PROPOSED


@dataclass(frozen=True)
class CompetenceRow:
    competence_id: str
    nr: int
    title: str
    bk_code: str
    activities: tuple[ActivityRow, ...] = ()
    signoff: SignOffRow | None = None

    @property
    def label(self) -> str:
        return f"{self.nr}. {self.title}"

    def counts(self) -> tuple[int, int, int]:
        """(activities, with a proposal, signed)."""
        proposed = sum(1 for a in self.activities if a.status != STATUS_OPEN)
        signed = sum(1 for a in self.activities if a.status == STATUS_SIGNED)
        return len(self.activities), proposed, signed


@dataclass(frozen=True)
class BkRow:
    code: str
    title: str
    competences: tuple[CompetenceRow, ...] = field(default_factory=tuple)

    @property
    def label(self) -> str:
        return f"{self.code} {self.title}"

    def counts(self) -> tuple[int, int, int]:
        total = [0, 0, 0]
        for comp in self.competences:
            for i, n in enumerate(comp.counts()):
                total[i] += n
        return total[0], total[1], total[2]


def progress_text(counts: tuple[int, int, int]) -> str:
    total, proposed, signed = counts
    return QCoreApplication.translate(
        "ActivitiesModel", "{0}/{1} voorgesteld, {2} afgetekend"
    ).format(proposed, total, signed)


def _signoff_row(info: Any) -> SignOffRow:
    signed_at = info.signed_at
    if isinstance(signed_at, datetime):
        signed_at = clock.local_day(signed_at)  # stored in UTC: the day as it was here
    elif not isinstance(signed_at, date):
        signed_at = None
    return SignOffRow(
        level=info.level,
        mentor_name=info.mentor_name or "",
        comment=info.comment or "",
        signed_at=signed_at,
        signed=bool(getattr(info, "signed", True)),
        status=str(getattr(info, "status", "valid")),
        decision=str(getattr(info, "decision", "approve")),
        fact=str(getattr(info, "fact", "")),
    )


def build_rows(
    competences: Iterable[tuple[Any, Any]],
    *,
    records: Sequence[Any],
    signoffs: Sequence[Any],
    level_labels: Mapping[int, str],
) -> list[BkRow]:
    """Plain rows from the list's (BKFile, Competence) pairs, the records and the sign-offs.

    ``records`` come oldest first (as the service lists them): the last one of an activity is
    its current proposal. ``signoffs`` (checked: ``SignOffService.verify_all``) come oldest
    first too: the newest one wins; one about an earlier version ("history") never does.
    """
    by_record: dict[str, Any] = {}
    by_competence: dict[str, Any] = {}
    for info in signoffs:
        if getattr(info, "status", "valid") == "history" and (
            info.target_id in by_record or info.target_id in by_competence
        ):
            continue
        if info.target_kind == "activity_record":
            by_record[info.target_id] = info
        elif info.target_kind == "competence":
            by_competence[info.target_id] = info
    per_activity: dict[str, list[Any]] = {}
    for record in records:
        per_activity.setdefault(record.activity_id, []).append(record)

    bks: list[BkRow] = []
    current: tuple[str, str, list[CompetenceRow]] | None = None
    for bk, comp in competences:
        if current is None or current[0] != bk.code:
            if current is not None:
                bks.append(BkRow(current[0], current[1], tuple(current[2])))
            current = (bk.code, bk.title, [])
        activities = []
        for act in comp.activities:
            mine = per_activity.get(act.id, [])
            latest = mine[-1] if mine else None
            signoff = by_record.get(latest.id) if latest is not None else None
            earlier = next(
                (by_record[r.id] for r in reversed(mine[:-1]) if r.id in by_record), None
            )
            activities.append(
                ActivityRow(
                    activity_id=act.id,
                    competence_id=comp.id,
                    text=act.text,
                    type=act.type,
                    source=act.source,
                    record_id=latest.id if latest else None,
                    proposed_level=latest.proposed_level if latest else None,
                    level_label=(
                        level_labels.get(latest.proposed_level, str(latest.proposed_level))
                        if latest
                        else ""
                    ),
                    day=latest.day if latest else None,
                    reflection=latest.reflection if latest else "",
                    signoff=_signoff_row(signoff) if signoff is not None else None,
                    earlier_signoff=_signoff_row(earlier) if earlier is not None else None,
                )
            )
        comp_signoff = by_competence.get(comp.id)
        current[2].append(
            CompetenceRow(
                competence_id=comp.id,
                nr=comp.nr,
                title=comp.title,
                bk_code=bk.code,
                activities=tuple(activities),
                signoff=_signoff_row(comp_signoff) if comp_signoff is not None else None,
            )
        )
    if current is not None:
        bks.append(BkRow(current[0], current[1], tuple(current[2])))
    return bks


@dataclass
class _Node:
    kind: str
    parent: int  # node id of the parent, -1 for top level
    row: int
    item: Any
    children: list[int] = field(default_factory=list)
    search: str = ""
    competence_search: str = ""  # activities: the normalised text of their competence


class ActivitiesModel(QAbstractItemModel):
    """A three-level tree; each index carries its node number as internal id."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._nodes: list[_Node] = []
        self._top: list[int] = []
        self._by_activity: dict[str, int] = {}
        self._by_competence: dict[str, int] = {}

    # -- feeding -----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[BkRow]) -> None:
        self.beginResetModel()
        self._nodes, self._top = [], []
        self._by_activity, self._by_competence = {}, {}
        for bk_row, bk in enumerate(rows):
            bk_id = self._add(_Node("bk", -1, bk_row, bk, search=normalise(bk.label)))
            self._top.append(bk_id)
            for comp_row, comp in enumerate(bk.competences):
                comp_text = normalise(comp.label)
                comp_id = self._add(_Node("competence", bk_id, comp_row, comp, search=comp_text))
                self._nodes[bk_id].children.append(comp_id)
                self._by_competence[comp.competence_id] = comp_id
                for act_row, act in enumerate(comp.activities):
                    act_id = self._add(
                        _Node(
                            "activity",
                            comp_id,
                            act_row,
                            act,
                            search=normalise(act.text),
                            competence_search=comp_text,
                        )
                    )
                    self._nodes[comp_id].children.append(act_id)
                    self._by_activity[act.activity_id] = act_id
        self.endResetModel()

    def _add(self, node: _Node) -> int:
        self._nodes.append(node)
        return len(self._nodes) - 1

    # -- lookups ----------------------------------------------------------------------------

    def activity_index(self, activity_id: str) -> QModelIndex:
        node_id = self._by_activity.get(activity_id)
        if node_id is None:
            return QModelIndex()
        return self.createIndex(self._nodes[node_id].row, 0, node_id)

    def competence_index(self, competence_id: str) -> QModelIndex:
        node_id = self._by_competence.get(competence_id)
        if node_id is None:
            return QModelIndex()
        return self.createIndex(self._nodes[node_id].row, 0, node_id)

    def activity(self, activity_id: str) -> ActivityRow | None:
        node_id = self._by_activity.get(activity_id)
        return None if node_id is None else self._nodes[node_id].item

    def competence(self, competence_id: str) -> CompetenceRow | None:
        node_id = self._by_competence.get(competence_id)
        return None if node_id is None else self._nodes[node_id].item

    def matches(self, index: QModelIndex | QPersistentModelIndex, needle: str) -> bool:
        """Whether the row's own text (or an activity's competence) contains ``needle``."""
        node = self._node(index)
        if node is None:
            return False
        return needle in node.search or (
            node.kind == "activity" and needle in node.competence_search
        )

    def _node(self, index: QModelIndex | QPersistentModelIndex) -> _Node | None:
        if not index.isValid():
            return None
        node_id = index.internalId()
        return self._nodes[node_id] if 0 <= node_id < len(self._nodes) else None

    # -- the Qt model API -------------------------------------------------------------------

    def index(
        self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = _ROOT
    ) -> QModelIndex:
        if column < 0 or column >= COLUMN_COUNT or row < 0:
            return QModelIndex()
        if not parent.isValid():
            children = self._top
        else:
            if parent.column() != 0:
                return QModelIndex()
            node = self._node(parent)
            if node is None:
                return QModelIndex()
            children = node.children
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: QModelIndex | QPersistentModelIndex | None = None) -> Any:
        if index is None:  # QObject.parent()
            return super().parent()
        node = self._node(index)
        if node is None or node.parent < 0:
            return QModelIndex()
        parent_node = self._nodes[node.parent]
        return self.createIndex(parent_node.row, 0, node.parent)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(self._top)
        if parent.column() != 0:
            return 0
        node = self._node(parent)
        return 0 if node is None else len(node.children)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return COLUMN_COUNT

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        node = self._node(index)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if node is not None and node.kind == "activity":
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COL_TEXT: QCoreApplication.translate(
                "ActivitiesModel", "BK / competentie / activiteit"
            ),
            COL_LEVEL: QCoreApplication.translate("ActivitiesModel", "Voorgesteld niveau"),
            COL_DATE: QCoreApplication.translate("ActivitiesModel", "Datum"),
            COL_SIGNOFF: QCoreApplication.translate("ActivitiesModel", "Afgetekend"),
        }.get(section)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        node = self._node(index)
        if node is None:
            return None
        column = index.column()
        if role == KIND_ROLE:
            return node.kind
        if role == ROW_ROLE:
            return node.item
        if role == SEARCH_ROLE:
            return node.search
        if node.kind == "bk":
            return self._bk_data(node.item, column, role)
        if node.kind == "competence":
            return self._competence_data(node.item, column, role)
        return self._activity_data(node.item, column, role)

    def _bk_data(self, bk: BkRow, column: int, role: int) -> Any:
        if role == ID_ROLE:
            return bk.code
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == COL_TEXT:
                return bk.label
            if column == COL_LEVEL:
                return progress_text(bk.counts())
            return ""
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TEXT:
            return bk.label
        return None

    def _competence_data(self, comp: CompetenceRow, column: int, role: int) -> Any:
        if role == ID_ROLE:
            return comp.competence_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == COL_TEXT:
                return comp.label
            if column == COL_LEVEL:
                return progress_text(comp.counts())
            if column == COL_DATE:
                return format_day(comp.signoff.signed_at) if comp.signoff else ""
            if column == COL_SIGNOFF:
                return comp.signoff.summary() if comp.signoff else ""
            return ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{comp.label}\n{comp.competence_id}"
        return None

    def _activity_data(self, act: ActivityRow, column: int, role: int) -> Any:
        if role == ID_ROLE:
            return act.activity_id
        if role == STATUS_ROLE:
            return act.status
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == COL_TEXT:
                return act.text
            if column == COL_LEVEL:
                if act.proposed_level is None:
                    return ""
                return f"{act.proposed_level} – {act.level_label}"
            if column == COL_DATE:
                return format_day(act.day)
            if column == COL_SIGNOFF:
                return signoff_text(act)
            return ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return activity_tooltip(act)
        return None


def signoff_text(act: ActivityRow) -> str:
    """The Afgetekend column: the sign-off, or what is still open, always in words."""
    if act.signoff is not None:
        return act.signoff.summary()
    if act.record_id is not None:
        text = QCoreApplication.translate("ActivitiesModel", "wacht op mentor")
        if act.earlier_signoff is not None:
            text += QCoreApplication.translate("ActivitiesModel", " (eerder {0})").format(
                act.earlier_signoff.summary()
            )
        return text
    return QCoreApplication.translate("ActivitiesModel", "open")


def activity_tooltip(act: ActivityRow) -> str:
    parts = [act.text]
    if act.source:
        parts.append(QCoreApplication.translate("ActivitiesModel", "Bron: {0}").format(act.source))
    if act.reflection:
        parts.append(
            QCoreApplication.translate("ActivitiesModel", "Reflectie: {0}").format(act.reflection)
        )
    return "\n\n".join(parts)


class ActivityFilterProxy(QSortFilterProxyModel):
    """Status filter (None = alle) and search; parents of matches stay visible."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self._status: str | None = None
        self._needle = ""

    @property
    def status(self) -> str | None:
        return self._status

    @property
    def needle(self) -> str:
        return self._needle

    def set_status(self, status: str | None) -> None:
        if status == self._status:
            return
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        needle = normalise(text)
        if needle == self._needle:
            return
        self.beginFilterChange()
        self._needle = needle
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def is_filtering(self) -> bool:
        return self._status is not None or bool(self._needle)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ActivitiesModel):
            return True
        index = model.index(source_row, 0, source_parent)
        kind = model.data(index, KIND_ROLE)
        if kind == "activity":
            if self._status is not None and model.data(index, STATUS_ROLE) != self._status:
                return False
            return not self._needle or model.matches(index, self._needle)
        if self._status is not None:
            return False  # shown only through a matching activity
        if not self._needle:
            return True
        return kind == "competence" and model.matches(index, self._needle)
