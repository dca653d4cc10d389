"""A CSV import of any size in flat memory: rows staged in a temporary table, read back a day at
a time.

``HourStage`` lives inside the caller's write transaction (``session_scope(write=True)``).
Rows come in one by one as the CSV is read (``services.hours_import``) and go to a temporary
table in batches; nothing in memory grows with the number of rows. ``by_day`` then gives them
back in pages of whole days, each day in file order: the unit in which the import decides what
is already there (``queries.already_there`` numbers identical rows of one day in file order) and
checks a day's hours. If anything fails, the caller's transaction rolls back: all or nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

BATCH = 900  # rows per insert and per page (SQLite before 3.32: 999 bound parameters)
_TABLE = "stageportfolio_import_stage"
_COLUMNS = (
    "line", "day", "minutes", "context", "note", "placement", "mentor", "placement_id",
    "new_placement",
)  # fmt: skip


@dataclass(frozen=True)
class StagedRow:
    """One row of the file as the import will add it (placement as written, and its id when
    the portfolio has it or a decision links it)."""

    line: int
    day: date
    minutes: int
    context: str
    note: str
    placement: str
    mentor: str
    placement_id: str | None
    new_placement: bool


class HourStage:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.pending: list[tuple[Any, ...]] = []
        self.count = 0
        session.execute(text(f"DROP TABLE IF EXISTS temp.{_TABLE}"))
        session.execute(
            text(
                f"CREATE TEMP TABLE {_TABLE} (line INTEGER NOT NULL, day TEXT NOT NULL, "
                "minutes INTEGER NOT NULL, context TEXT NOT NULL, note TEXT NOT NULL, "
                "placement TEXT NOT NULL, mentor TEXT NOT NULL, placement_id TEXT, "
                "new_placement INTEGER NOT NULL)"
            )
        )

    def add(self, row: StagedRow) -> None:
        self.pending.append(
            (
                row.line,
                row.day.isoformat(),
                row.minutes,
                row.context,
                row.note,
                row.placement,
                row.mentor,
                row.placement_id,
                int(row.new_placement),
            )
        )
        self.count += 1
        if len(self.pending) >= BATCH:
            self._flush()

    def _flush(self) -> None:
        if self.pending:
            # Straight to the driver: plain tuples into a temporary table need no SQL types.
            marks = ", ".join("?" for _ in _COLUMNS)
            self.session.connection().exec_driver_sql(
                f"INSERT INTO {_TABLE} VALUES ({marks})", self.pending
            )
            self.pending = []

    def _rows(self, where: str, *params: Any) -> list[Any]:
        query = f"SELECT {', '.join(_COLUMNS)} FROM {_TABLE} WHERE {where}"
        return list(self.session.connection().exec_driver_sql(query, params).fetchall())

    def by_day(self) -> Iterator[list[StagedRow]]:
        """The staged rows in pages of whole days (in date order), each day in file order. No
        cursor stays open while the caller adds rows."""
        self._flush()
        self.session.execute(
            text(f"CREATE INDEX IF NOT EXISTS temp.{_TABLE}_day ON {_TABLE} (day, line)")
        )
        after = ""
        while True:
            page = self._rows("day > ? ORDER BY day, line LIMIT ?", after, BATCH)
            if not page:
                return
            if len(page) == BATCH:
                last = page[-1][1]
                # The last day may go on: it starts the next page. When one day fills the
                # page, that day alone, however long.
                whole = [r for r in page if r[1] != last]
                page = whole or self._rows("day = ? ORDER BY line", last)
            after = page[-1][1]
            yield [_staged(r) for r in page]

    def close(self) -> None:
        self.session.execute(text(f"DROP TABLE IF EXISTS temp.{_TABLE}"))


def _staged(row: Any) -> StagedRow:
    line, day, minutes, context, note, placement, mentor, placement_id, new = row
    return StagedRow(
        line=int(line),
        day=date.fromisoformat(str(day)),
        minutes=int(minutes),
        context=str(context),
        note=str(note),
        placement=str(placement),
        mentor=str(mentor),
        placement_id=None if placement_id is None else str(placement_id),
        new_placement=bool(new),
    )
