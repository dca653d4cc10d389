"""Import a CSV of hours: the one place for the app's import dialog and ``import-hours`` alike.

:func:`preview` reads the file (``core.hourscsv``), finds each row's placement and says what an
import would do: the rows it adds, the rows already in the portfolio, the placements the file
names that the portfolio does not know, and every problem and warning by line. Nothing is
written. :func:`commit` adds the planned rows in one transaction: all of them or none.

One policy, whoever imports:

- **Unknown placements** are never created or dropped silently. Per name the user decides
  (:class:`PlacementDecision`): create it (its period the span of its rows, its context the
  most frequent of them, its mentor the first one named, its usual week the weekdays and the
  most frequent amount of its rows), link it to an existing placement, import its rows
  without a placement (the column is ignored), or leave its rows out. An unknown placement
  without a decision refuses the whole import (:class:`UnknownPlacementsError`).
- **A row already there is never added twice**, whichever way it came in: imported before,
  typed by hand, or imported from another file. Identical rows of one
  file are separate shifts: n equal rows with m equal entries stored add n - m
  (``store.queries.already_there``).
- **The checks of a typed entry** (``core.entrycheck``) run on every row that would be added,
  with the hours already stored and the file's earlier rows of the same day: more than 24 hours
  on a day and a date outside the placement's period are problems (nothing is imported); a
  long day and a context outside the list are warnings.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from difflib import SequenceMatcher
from typing import Literal

from sqlmodel import Session

from stageportfolio.core import clock
from stageportfolio.core.entrycheck import EntryIssue, check_entry
from stageportfolio.core.hours import MAX_MINUTES_PER_DAY, format_hours
from stageportfolio.core.hourscsv import CsvProblem, HoursCsvError, parse_hours_csv
from stageportfolio.core.messages import line_numbers
from stageportfolio.core.schedule import Schedule, usual_minutes
from stageportfolio.services.errors import EntryRejected, ServiceError
from stageportfolio.services.portfolio import PlacementInfo, PortfolioService
from stageportfolio.store import queries
from stageportfolio.store.db import session_scope

__all__ = [
    "CREATE",
    "IGNORE",
    "NONE",
    "HoursCsvError",
    "HoursImported",
    "HoursPreview",
    "PlacementDecision",
    "PlannedRow",
    "RowIssue",
    "UnknownPlacement",
    "UnknownPlacementsError",
    "commit",
    "link",
    "placement_key",
    "preview",
    "similar_placement",
]

Action = Literal["create", "link", "none", "ignore"]
Status = Literal["add", "duplicate", "ignored", "undecided"]


@dataclass(frozen=True)
class PlacementDecision:
    """What to do with the rows of a placement the portfolio does not know."""

    action: Action
    placement_id: str | None = None  # the existing placement, for ``link``

    def __post_init__(self) -> None:
        if (self.action == "link") != (self.placement_id is not None):
            raise ValueError("link needs a placement id, and only link takes one")


CREATE = PlacementDecision("create")
IGNORE = PlacementDecision("ignore")  # leave the rows out
NONE = PlacementDecision("none")  # import the rows without a placement


def link(placement_id: str) -> PlacementDecision:
    return PlacementDecision("link", placement_id)


def placement_key(name: str) -> str:
    """The key of a placement name: case and spacing do not matter ("WZC  de Linde")."""
    return " ".join(name.split()).casefold()


@dataclass(frozen=True)
class UnknownPlacement:
    """A placement the file names that the portfolio does not have."""

    key: str  # placement_key(name): the key of its decision
    name: str  # as first written in the file
    lines: tuple[int, ...]
    context: str  # the most frequent context of its rows
    start: date  # its first and last day in the file
    end: date
    mentor: str  # the first mentor named on its rows, or ""


@dataclass(frozen=True)
class PlannedRow:
    """One row of the file as it would be saved."""

    line: int
    day: date
    minutes: int
    context: str
    note: str = ""
    placement: str = ""  # the placement as written in the file
    mentor: str = ""
    placement_id: str | None = None  # a known placement, or the one a decision links
    new_placement: bool = False  # the commit creates ``placement`` first
    status: Status = "add"


@dataclass(frozen=True)
class RowIssue:
    """A problem (``issue.severity == "error"``) or warning for one line of the file."""

    line: int
    issue: EntryIssue

    def message(self, lang: str = "nl") -> str:
        return f"{'line' if lang.startswith('en') else 'regel'} {self.line}: " + (
            self.issue.message(lang)
        )


@dataclass(frozen=True)
class HoursPreview:
    """What importing the file would do; nothing is written."""

    rows: tuple[PlannedRow, ...]  # every row of the file, in file order
    unknown: tuple[UnknownPlacement, ...]  # in the order the file first names them
    decisions: Mapping[str, PlacementDecision]
    problems: tuple[RowIssue, ...]  # any problem: nothing can be imported
    warnings: tuple[RowIssue, ...]
    file_warnings: tuple[CsvProblem, ...]  # the reader's own (a long day in the file, …)
    placements: tuple[PlacementInfo, ...] = field(default=())  # the portfolio's, by id

    @property
    def to_add(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.status == "add"]

    @property
    def duplicates(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.status == "duplicate"]

    @property
    def ignored(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.status == "ignored"]

    @property
    def undecided(self) -> list[UnknownPlacement]:
        return [u for u in self.unknown if u.key not in self.decisions]

    @property
    def importable(self) -> bool:
        """No problem, every unknown placement decided, and something to add."""
        return not self.problems and not self.undecided and bool(self.to_add)

    def placement_label(self, row: PlannedRow) -> str:
        """The placement a row goes to, as the app shows it."""
        if row.placement_id is not None:
            found = next((p for p in self.placements if p.id == row.placement_id), None)
            if found is not None:
                return found.label
        return row.placement


@dataclass(frozen=True)
class HoursImported:
    added: int
    skipped: int  # already in the portfolio
    ignored: int  # rows of an unknown placement the user chose to ignore
    ids: tuple[str, ...] = ()  # the new entries, for an undo
    placement_ids: tuple[str, ...] = ()  # the placements made for the file

    @property
    def placements_added(self) -> int:
        return len(self.placement_ids)


class UnknownPlacementsError(ServiceError, LookupError):
    """The file names placements the portfolio does not know and no decision was given."""

    def __init__(self, unknown: Sequence[UnknownPlacement], known: Sequence[str]) -> None:
        self.unknown = list(unknown)
        self.known = list(known)
        names = "; ".join(f"'{u.name}' ({line_numbers(u.lines)})" for u in self.unknown)
        super().__init__(
            f"onbekende {'stageplaats' if len(self.unknown) == 1 else 'stageplaatsen'}: {names}"
        )


def similar_placement(name: str, placements: Sequence[PlacementInfo]) -> PlacementInfo | None:
    """An existing placement whose name is nearly the one written ("WZC De Lind", "De Linde"
    for "WZC De Linde"): a suggestion to link to, never applied without the user."""
    key = placement_key(name)
    best: tuple[float, PlacementInfo] | None = None
    for placement in placements:
        for candidate in (placement_key(placement.label), placement_key(placement.organisation)):
            if key in candidate or candidate in key:
                score = 0.9
            else:
                score = SequenceMatcher(None, key, candidate).ratio()
            if score >= 0.8 and (best is None or score > best[0]):
                best = (score, placement)
    return None if best is None else best[1]


def _by_key(placements: Sequence[PlacementInfo]) -> dict[str, PlacementInfo]:
    """The portfolio's placements by the key of their name, and of their organisation alone."""
    out: dict[str, PlacementInfo] = {}
    for p in placements:
        out.setdefault(placement_key(p.label), p)
        out.setdefault(placement_key(p.organisation), p)
    return out


def preview(
    service: PortfolioService,
    data: bytes,
    *,
    today: date | None = None,
    choices: Mapping[str, str] | None = None,
    decisions: Mapping[str, PlacementDecision] | None = None,
    others: PlacementDecision | None = None,
) -> HoursPreview:
    """What importing ``data`` (the bytes of a CSV file) would do.

    Raises HoursCsvError for a file with problems of its own (it lists every one, and the
    words that can mean two contexts: read it again with the user's ``choices``).
    ``decisions`` maps :func:`placement_key` of an unknown placement to what to do with it,
    ``others`` (create or ignore) goes for every unknown placement without one; a decision to
    link to a placement that does not exist is a ValueError. The preview's ``decisions`` hold
    what goes for each unknown placement of the file.
    """
    today = today or clock.today()
    decisions = dict(decisions or {})
    if others is not None and others.action == "link":
        raise ValueError("link names one placement; decide per name")
    parsed = parse_hours_csv(data, service.catalog.contexts, today=today, choices=choices)
    placements = service.placements()
    known = _by_key(placements)
    by_id = {p.id: p for p in placements}
    for key, decision in decisions.items():
        if decision.action == "link" and decision.placement_id not in by_id:
            raise ValueError(f"onbekende stageplaats om '{key}' aan te koppelen")

    unknown_rows: dict[str, list[tuple[int, str, str, date, str]]] = {}
    rows: list[PlannedRow] = []
    for line, entry in zip(parsed.rows, parsed.entries, strict=True):
        name = (entry.placement or "").strip()
        row = PlannedRow(
            line=line,
            day=entry.day,
            minutes=entry.minutes,
            context=entry.context,
            note=entry.note or "",
            placement=name,
            mentor=(entry.mentor or "").strip(),
        )
        if name:
            found = known.get(placement_key(name))
            if found is not None:
                row = replace(row, placement_id=found.id)
            else:
                key = placement_key(name)
                unknown_rows.setdefault(key, []).append(
                    (line, name, entry.context, entry.day, row.mentor)
                )
                chosen = decisions.setdefault(key, others) if others else decisions.get(key)
                if chosen is None:
                    row = replace(row, status="undecided")
                elif chosen.action == "ignore":
                    row = replace(row, status="ignored")
                elif chosen.action == "link":
                    row = replace(row, placement_id=chosen.placement_id)
                elif chosen.action == "none":
                    row = replace(row, placement="")
                else:
                    row = replace(row, new_placement=True)
        rows.append(row)

    unknown = tuple(
        UnknownPlacement(
            key=key,
            name=found[0][1],
            lines=tuple(line for line, *_ in found),
            context=Counter(context for _, _, context, _, _ in found).most_common(1)[0][0],
            start=min(day for *_, day, _ in found),
            end=max(day for *_, day, _ in found),
            mentor=next((mentor for *_, mentor in found if mentor), ""),
        )
        for key, found in unknown_rows.items()
    )
    candidates = [i for i, row in enumerate(rows) if row.status == "add"]
    with session_scope(service.engine) as session:
        there = queries.already_there(
            session,
            portfolio_id=service.info.id,
            rows=[_import_row(rows[i]) for i in candidates],
        )
        stored = queries.minutes_on_days(
            session, portfolio_id=service.info.id, days=[rows[i].day for i in candidates]
        )
    for i, duplicate in zip(candidates, there, strict=True):
        if duplicate:
            rows[i] = replace(rows[i], status="duplicate")

    problems: list[RowIssue] = []
    warnings: list[RowIssue] = []
    so_far: dict[date, int] = {}
    for row in rows:
        if row.status != "add":
            continue
        found = by_id.get(row.placement_id or "")
        period = None if found is None else (found.label, found.start_date, found.end_date)
        issues = check_entry(
            day=row.day,
            minutes=row.minutes,
            context=row.context,
            contexts=service.catalog.contexts,
            today=today,
            list_contexts=service.alist.spec.contexts,
            other_minutes_that_day=stored.get(row.day, 0) + so_far.get(row.day, 0),
            placement=period,
        )
        so_far[row.day] = so_far.get(row.day, 0) + row.minutes
        for issue in issues:
            (problems if issue.severity == "error" else warnings).append(RowIssue(row.line, issue))
    return HoursPreview(
        rows=tuple(rows),
        unknown=unknown,
        decisions=decisions,
        problems=tuple(problems),
        warnings=tuple(warnings),
        file_warnings=tuple(parsed.warnings),
        placements=tuple(placements),
    )


def _import_row(row: PlannedRow) -> queries.ImportRow:
    return queries.ImportRow(
        day=row.day,
        context=row.context,
        minutes=row.minutes,
        placement=row.placement or None,
        note=row.note,
        mentor=row.mentor or None,
        placement_id=row.placement_id,
    )


def commit(service: PortfolioService, rows: Sequence[PlannedRow]) -> HoursImported:
    """Add ``rows`` (a preview's rows, or its ``to_add``) in one transaction: all or nothing.

    Rows marked ``ignored`` are left out. The placements of rows marked ``new_placement`` are
    made first, as the preview describes them. Rows already in the portfolio are skipped, as
    checked again inside the transaction. Raises UnknownPlacementsError when a row names a
    placement without a decision, and EntryRejected when a day would hold more than 24 hours
    together with what is stored; nothing is added then.
    """
    undecided = [row for row in rows if row.status == "undecided"]
    if undecided:
        names: dict[str, list[int]] = {}
        for row in undecided:
            names.setdefault(row.placement, []).append(row.line)
        raise UnknownPlacementsError(
            [
                UnknownPlacement(placement_key(n), n, tuple(lines), "", date.min, date.min, "")
                for n, lines in names.items()
            ],
            [p.label for p in service.placements()],
        )
    ignored = sum(1 for row in rows if row.status == "ignored")
    wanted = [row for row in rows if row.status != "ignored"]
    portfolio_id = service.info.id
    with session_scope(service.engine) as session:
        made, new_ids = _make_placements(session, portfolio_id, wanted)
        result = queries.import_hours(
            session,
            portfolio_id=portfolio_id,
            rows=[
                _import_row(
                    replace(row, placement_id=made[placement_key(row.placement)])
                    if row.new_placement
                    else row
                )
                for row in wanted
            ],
        )
        totals = queries.minutes_on_days(
            session, portfolio_id=portfolio_id, days=[row.day for row in wanted]
        )
        over = [
            EntryIssue(
                "uren",
                "error",
                "day_over_24",
                {"day": f"{d.day}/{d.month}/{d.year}", "total": format_hours(total)},
            )
            for d, total in sorted(totals.items())
            if total > MAX_MINUTES_PER_DAY
        ]
        if over:
            raise EntryRejected(over)  # the session rolls back: nothing is added
    return HoursImported(
        added=result.added,
        skipped=result.skipped,
        ignored=ignored,
        ids=result.ids,
        placement_ids=new_ids,
    )


def _make_placements(
    session: Session, portfolio_id: str, rows: Sequence[PlannedRow]
) -> tuple[dict[str, str], tuple[str, ...]]:
    """Create the placements rows ask for (and their mentors, reusing a mentor of the same
    name); returns placement key -> id. A placement of that name that exists by now is used,
    never made a second time. Returns placement key -> id, and the ids of those made."""
    grouped: dict[str, list[PlannedRow]] = {}
    for row in rows:
        if row.new_placement:
            grouped.setdefault(placement_key(row.placement), []).append(row)
    if not grouped:
        return {}, ()
    existing = queries.list_mentors(session, portfolio_id=portfolio_id)
    mentors = {placement_key(m.name): m.id for m in existing}
    known = _by_key(queries.list_placements(session, portfolio_id=portfolio_id))
    made: dict[str, str] = {}
    new_ids: list[str] = []
    for key, group in grouped.items():
        if key in known:  # made since the preview (an import of the same file): never twice
            made[key] = known[key].id
            continue
        name = group[0].placement
        mentor_name = next((r.mentor for r in group if r.mentor), "")
        mentor_id = None
        if mentor_name:
            mentor_id = mentors.get(placement_key(mentor_name))
            if mentor_id is None:
                mentor_id = queries.add_mentor(
                    session,
                    portfolio_id=portfolio_id,
                    name=mentor_name,
                    organisation=name,
                )
                mentors[placement_key(mentor_name)] = mentor_id
        made[key] = placement_id = queries.add_placement(
            session,
            portfolio_id=portfolio_id,
            organisation=name,
            context=Counter(r.context for r in group).most_common(1)[0][0],
            start_date=min(r.day for r in group),
            end_date=max(r.day for r in group),
            mentor_id=mentor_id,
            usual_weekdays=Schedule(frozenset(r.day.isoweekday() for r in group)).stored(),
            usual_minutes=usual_minutes(Schedule(), [r.minutes for r in group]),
        )
        new_ids.append(placement_id)
    return made, tuple(new_ids)
