"""Import a CSV of hours: the one place for the app's import dialog and ``import-hours`` alike.

:func:`preview` reads the file (``core.hourscsv``), finds each row's placement and says what an
import would do: the rows it adds, the rows already in the portfolio, the placements the file
names that the portfolio does not know, and every problem and warning by line. Nothing is
written. :func:`commit` adds the planned rows in one transaction: all of them or none.
:func:`import_csv` (``import-hours``) does both in one go for a file of any size, in flat
memory: the file is streamed, its rows staged in a temporary table inside the one write
transaction (``store.hourimport``), then decided and added a page of whole days at a time.

One policy, whoever imports, in one piece of code (:class:`_Resolver` decides each row's
placement, :func:`_plan_days` what is there already and what the checks say, :func:`_stage_and_add`
writes):

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

import io
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from difflib import SequenceMatcher
from typing import BinaryIO, Generic, Literal, TypeVar

from sqlmodel import Session

from stageportfolio.core import clock
from stageportfolio.core.entrycheck import EntryIssue, check_entry
from stageportfolio.core.hours import HourEntry
from stageportfolio.core.hourscsv import (
    CsvProblem,
    HoursCsvError,
    ParsedHours,
    read_hours_csv,
    workbook_as_csv,
)
from stageportfolio.core.limits import MAX_NEW_PLACEMENTS, MAX_PROBLEMS_KEPT, count_text
from stageportfolio.core.messages import line_numbers
from stageportfolio.core.problems import ProblemLog
from stageportfolio.core.schedule import Schedule, most_logged
from stageportfolio.core.sheetread import is_workbook
from stageportfolio.services.errors import EntryRejected, ServiceError
from stageportfolio.services.portfolio import PlacementInfo, PortfolioService
from stageportfolio.store import queries
from stageportfolio.store.db import session_scope
from stageportfolio.store.hourimport import HourStage, StagedRow

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
    "RowsRejected",
    "UnknownPlacement",
    "UnknownPlacementsError",
    "UnusedDecisionError",
    "commit",
    "import_csv",
    "link",
    "placement_key",
    "preview",
    "similar_placement",
]

Action = Literal["create", "link", "none", "ignore"]
Status = Literal["add", "duplicate", "ignored", "undecided"]
_LINES_KEPT = 1_000  # lines kept per unknown placement (the rest are counted)


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
    lines: tuple[int, ...]  # its first ``_LINES_KEPT`` lines
    context: str  # the most frequent context of its rows
    start: date  # its first and last day in the file
    end: date
    mentor: str  # the first mentor named on its rows, or ""
    rows: int = 0  # how many rows name it (0: ``len(lines)``)
    weekdays: frozenset[int] = frozenset()  # the ISO weekdays of its rows: its usual week
    usual_minutes: int = 0  # the amount its rows log most often (the larger one on a tie)

    def where(self) -> str:
        """Its lines, as "regels 2–3" (and how many more, for a big file)."""
        more = self.rows - len(self.lines)
        return line_numbers(self.lines) + (f" en nog {count_text(more)}" if more > 0 else "")


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
    ids: tuple[str, ...] = ()  # the new entries, for an undo (not kept by ``import_csv``)
    placement_ids: tuple[str, ...] = ()  # the placements made for the file
    # ``import_csv``: the warnings (the file's and the rows'), grouped and capped, to print.
    warnings: tuple[str, ...] = ()

    @property
    def placements_added(self) -> int:
        return len(self.placement_ids)


class UnknownPlacementsError(ServiceError, LookupError):
    """The file names placements the portfolio does not know and no decision was given."""

    def __init__(self, unknown: Sequence[UnknownPlacement], known: Sequence[str]) -> None:
        self.unknown = list(unknown)
        self.known = list(known)
        names = "; ".join(f"'{u.name}' ({u.where()})" for u in self.unknown)
        super().__init__(
            f"onbekende {'stageplaats' if len(self.unknown) == 1 else 'stageplaatsen'}: {names}"
        )


class UnusedDecisionError(ServiceError, ValueError):
    """A decision for a placement name the file does not name as an unknown placement (a typo
    in ``--koppel``, say); nothing is imported."""

    def __init__(self, keys: Sequence[str], unknown: Sequence[UnknownPlacement]) -> None:
        self.keys = list(keys)
        self.unknown = list(unknown)
        super().__init__(f"geen onbekende stageplaats in het bestand: {', '.join(self.keys)}")


class RowsRejected(EntryRejected):
    """Rows that break the checks of a typed entry (more than 24 hours on a day with what is
    stored, a day outside the placement's period); nothing is added. ``problems`` are the
    first ones, ``log`` counts and groups them all."""

    def __init__(self, problems: Sequence[RowIssue], log: ProblemLog) -> None:
        super().__init__([found.issue for found in problems])
        self.problems = list(problems)
        self.log = log


# --- deciding each row's placement ------------------------------------------------------


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


@dataclass
class _Unknown:
    name: str
    lines: list[int] = field(default_factory=list)
    rows: int = 0
    contexts: Counter[str] = field(default_factory=Counter)
    start: date = date.max
    end: date = date.min
    mentor: str = ""
    weekdays: set[int] = field(default_factory=set)
    minutes: Counter[int] = field(default_factory=Counter)

    def add(self, line: int, context: str, day: date, mentor: str, minutes: int) -> None:
        self.rows += 1
        self.weekdays.add(day.isoweekday())
        self.minutes[minutes] += 1
        if len(self.lines) < _LINES_KEPT:
            self.lines.append(line)
        self.contexts[context] += 1
        self.start, self.end = min(self.start, day), max(self.end, day)
        self.mentor = self.mentor or mentor

    def described(self, key: str) -> UnknownPlacement:
        return UnknownPlacement(
            key=key,
            name=self.name,
            lines=tuple(self.lines),
            context=self.contexts.most_common(1)[0][0],
            start=self.start,
            end=self.end,
            mentor=self.mentor,
            rows=self.rows,
            weekdays=frozenset(self.weekdays),
            usual_minutes=most_logged(self.minutes),
        )


class _Resolver:
    """Each row's placement: known, or unknown and then as its decision says. Keeps what it
    learns about each unknown placement (at most ``MAX_NEW_PLACEMENTS`` of them)."""

    def __init__(
        self,
        placements: Sequence[PlacementInfo],
        decisions: Mapping[str, PlacementDecision] | None,
        others: PlacementDecision | None,
    ) -> None:
        if others is not None and others.action == "link":
            raise ValueError("link names one placement; decide per name")
        self.known = _by_key(placements)
        by_id = {p.id for p in placements}
        self.decisions = dict(decisions or {})
        for key, decision in self.decisions.items():
            if decision.action == "link" and decision.placement_id not in by_id:
                raise ValueError(f"onbekende stageplaats om '{key}' aan te koppelen")
        self.others = others
        self.unknown: dict[str, _Unknown] = {}

    def row(self, line: int, entry: HourEntry) -> PlannedRow | tuple[str, str]:
        """The planned row, or why the row cannot be taken (too many new placements), in
        Dutch and in English."""
        name = (entry.placement or "").strip()
        mentor = (entry.mentor or "").strip()
        placement_id: str | None = None
        new_placement = False
        status: Status = "add"
        if name:
            key = placement_key(name)
            found = self.known.get(key)
            if found is not None:
                placement_id = found.id
            else:
                unknown = self.unknown.get(key)
                if unknown is None:
                    if len(self.unknown) >= MAX_NEW_PLACEMENTS:
                        return (
                            f"te veel verschillende nieuwe stageplaatsen in één bestand (meer "
                            f"dan {MAX_NEW_PLACEMENTS}); staat de juiste kolom onder "
                            "'stageplaats'?",
                            f"too many different new placements in one file (more than "
                            f"{MAX_NEW_PLACEMENTS}); is the right column under 'stageplaats'?",
                        )
                    unknown = self.unknown[key] = _Unknown(name)
                unknown.add(line, entry.context, entry.day, mentor, entry.minutes)
                chosen = (
                    self.decisions.setdefault(key, self.others)
                    if self.others
                    else self.decisions.get(key)
                )
                if chosen is None:
                    status = "undecided"
                elif chosen.action == "ignore":
                    status = "ignored"
                elif chosen.action == "link":
                    placement_id = chosen.placement_id
                elif chosen.action == "none":
                    name = ""
                else:
                    new_placement = True
        # One object per row, built once: 100,000 rows were built twice (dataclasses.replace).
        return PlannedRow(
            line=line,
            day=entry.day,
            minutes=entry.minutes,
            context=entry.context,
            note=entry.note or "",
            placement=name,
            mentor=mentor,
            placement_id=placement_id,
            new_placement=new_placement,
            status=status,
        )

    def described(self) -> tuple[UnknownPlacement, ...]:
        return tuple(found.described(key) for key, found in self.unknown.items())


# --- what is there already, and what the checks say ---------------------------------------


T = TypeVar("T", RowIssue, CsvProblem)


class _Found(Generic[T]):
    """Issues as found: every one kept (``limit`` None, a preview), or the first ``limit``
    and every one counted and grouped in ``log`` (a file of a million rows)."""

    def __init__(self, limit: int | None = None) -> None:
        self.limit = limit
        self.found: list[T] = []
        self.log = ProblemLog()

    def add(self, found: T) -> None:
        if isinstance(found, RowIssue):
            self.log.add(found.line, None, found.issue.message())
        else:
            self.log.add(found.line, found.field, found.message)
        if self.limit is None or len(self.found) < self.limit:
            self.found.append(found)


@dataclass
class _Checks:
    service: PortfolioService
    today: date
    placements: dict[str, PlacementInfo]  # by id, those made for the file included
    limit: int | None = None  # issues kept (None: all)
    problems: _Found[RowIssue] = field(init=False)
    warnings: _Found[RowIssue] = field(init=False)
    file_warnings: _Found[CsvProblem] = field(init=False)  # identical rows in the file

    def __post_init__(self) -> None:
        self.problems = _Found(self.limit)
        self.warnings = _Found(self.limit)
        self.file_warnings = _Found(self.limit)


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


@dataclass
class _Planned:
    there: list[bool]  # per row: in the portfolio already
    rows: list[queries.ImportRow]  # the rows to be added, as ImportRows
    keys: list[str]  # their import keys


def _plan_days(session: Session, rows: list[PlannedRow], checks: _Checks) -> _Planned:
    """Mark the rows of whole days (each day in file order) that are in the portfolio
    already, and run the checks of a typed entry on the others. Returns, per row, whether it
    is there (the ``there`` of ``queries.import_hours``), and the candidates (the rows with
    status "add") as ImportRows with their import keys, worked out once."""
    service = checks.service
    portfolio_id = service.info.id
    candidates = [i for i, row in enumerate(rows) if row.status == "add"]
    import_rows = [_import_row(rows[i]) for i in candidates]
    keys = queries.import_keys(import_rows)
    there_list = queries.already_there(
        session, portfolio_id=portfolio_id, rows=import_rows, keys=keys
    )
    stored = queries.minutes_on_days(
        session, portfolio_id=portfolio_id, days=[rows[i].day for i in candidates]
    )
    there = [False] * len(rows)
    for i, duplicate in zip(candidates, there_list, strict=True):
        if duplicate:
            rows[i] = replace(rows[i], status="duplicate")
            there[i] = True
    so_far: dict[date, int] = {}
    first: dict[tuple[date, str, int, str, str, str], int] = {}
    for row in rows:
        identity = (row.day, row.context, row.minutes, row.placement, row.mentor, row.note)
        earlier = first.setdefault(identity, row.line)
        if earlier != row.line:
            checks.file_warnings.add(
                CsvProblem(
                    row.line,
                    None,
                    f"deze regel is gelijk aan regel {earlier} (zelfde datum, context, uren "
                    "en opmerking); dubbel ingevoerd?",
                    f"this line is the same as line {earlier} (same date, context, hours and "
                    "note); entered twice?",
                )
            )
        if row.status != "add":
            continue
        found = checks.placements.get(row.placement_id or "")
        period = None if found is None else (found.label, found.start_date, found.end_date)
        issues = check_entry(
            day=row.day,
            minutes=row.minutes,
            context=row.context,
            contexts=service.catalog.contexts,
            today=checks.today,
            list_contexts=service.alist.spec.contexts,
            other_minutes_that_day=stored.get(row.day, 0) + so_far.get(row.day, 0),
            placement=period,
        )
        so_far[row.day] = so_far.get(row.day, 0) + row.minutes
        for issue in issues:
            target = checks.problems if issue.severity == "error" else checks.warnings
            target.add(RowIssue(row.line, issue))
    return _Planned(there, import_rows, keys)


def _days(rows: Iterable[PlannedRow]) -> list[PlannedRow]:
    """Rows grouped by day (in date order), each day in file order."""
    return sorted(rows, key=lambda row: (row.day, row.line))


# --- preview ------------------------------------------------------------------------------


def _read(
    source: BinaryIO,
    service: PortfolioService,
    resolver: _Resolver,
    today: date,
    choices: Mapping[str, str] | None,
    take: Callable[[PlannedRow], None],
) -> ParsedHours:
    """Read the CSV, handing each planned row to ``take`` as it is read (nothing is kept
    here); returns the reader's result (its warnings). Raises HoursCsvError (every problem,
    too many new placements included)."""

    start = source.tell()
    if is_workbook(source.read(4)):
        # An Excel workbook is a zip, not text: it is read whole (openpyxl) and turned into
        # the CSV text the reader streams, one line per sheet row.
        source.seek(start)
        source = io.BytesIO(workbook_as_csv(source.read()))
    else:
        source.seek(start)

    def sink(line: int, entry: HourEntry) -> tuple[str, str, str] | None:
        planned = resolver.row(line, entry)
        if isinstance(planned, tuple):
            return ("placement", *planned)
        take(planned)
        return None

    return read_hours_csv(source, service.catalog.contexts, today=today, sink=sink, choices=choices)


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
    placements = service.placements()
    resolver = _Resolver(placements, decisions, others)
    rows: list[PlannedRow] = []
    parsed = _read(io.BytesIO(data), service, resolver, today, choices, rows.append)
    checks = _Checks(service, today, {p.id: p for p in placements})
    with session_scope(service.engine) as session:
        planned = _days(rows)
        _plan_days(session, planned, checks)
    by_line = {row.line: row for row in planned}
    return HoursPreview(
        rows=tuple(by_line[row.line] for row in rows),
        unknown=resolver.described(),
        decisions=resolver.decisions,
        problems=tuple(sorted(checks.problems.found, key=lambda f: f.line)),
        warnings=tuple(sorted(checks.warnings.found, key=lambda f: f.line)),
        file_warnings=tuple(sorted([*parsed.warnings, *checks.file_warnings.found], key=_by_line)),
        placements=tuple(placements),
    )


def _by_line(problem: CsvProblem) -> tuple[int, int]:
    return (0, 0) if problem.line is None else (1, problem.line)


# --- writing ------------------------------------------------------------------------------


def _stage_and_add(
    session: Session,
    stage: HourStage,
    checks: _Checks,
    new_placements: Sequence[UnknownPlacement],
    *,
    keep_ids: bool,
) -> tuple[int, int, tuple[str, ...], tuple[str, ...]]:
    """Make the new placements, then go through the staged rows a page of whole days at a
    time: what is there already, the checks, and the rows to add. Returns (added, skipped,
    ids, placement ids made). Raises RowsRejected when a check fails (the caller's
    transaction then rolls back)."""
    service = checks.service
    portfolio_id = service.info.id
    made, new_ids = _make_placements(session, portfolio_id, new_placements)
    for placement in queries.list_placements(session, portfolio_id=portfolio_id):
        checks.placements.setdefault(placement.id, placement)
    added = skipped = 0
    ids: list[str] = []
    for page in stage.by_day():
        rows = [
            PlannedRow(
                line=r.line,
                day=r.day,
                minutes=r.minutes,
                context=r.context,
                note=r.note,
                placement=r.placement,
                mentor=r.mentor,
                placement_id=(
                    made[placement_key(r.placement)] if r.new_placement else r.placement_id
                ),
            )
            for r in page
        ]
        planned = _plan_days(session, rows, checks)  # every row of a page is a candidate
        if checks.problems.found:
            continue  # nothing is added; go on to find (and count) every problem
        result = queries.import_hours(
            session,
            portfolio_id=portfolio_id,
            rows=planned.rows,
            there=planned.there,
            keys=planned.keys,
        )
        added += result.added
        skipped += result.skipped
        if keep_ids:
            ids.extend(result.ids)
    stage.close()
    if checks.problems.found:
        raise RowsRejected(checks.problems.found, checks.problems.log)
    return added, skipped, tuple(ids), new_ids


def _staged(row: PlannedRow) -> StagedRow:
    return StagedRow(
        line=row.line,
        day=row.day,
        minutes=row.minutes,
        context=row.context,
        note=row.note,
        placement=row.placement,
        mentor=row.mentor,
        placement_id=row.placement_id,
        new_placement=row.new_placement,
    )


def commit(service: PortfolioService, rows: Sequence[PlannedRow]) -> HoursImported:
    """Add ``rows`` (a preview's rows, or its ``to_add``) in one transaction: all or nothing.

    Rows marked ``ignored`` are left out. The placements of rows marked ``new_placement`` are
    made first, as the preview describes them. Rows already in the portfolio are skipped, as
    checked again inside the transaction, and the checks run again on the others with what is
    stored by now (the dates were judged by the preview, against its day). Raises
    UnknownPlacementsError when a row names a placement without a decision, and
    EntryRejected (RowsRejected) when a day would hold more than 24 hours together with what
    is stored, or a row falls outside its placement's period; nothing is added then.
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
    new: dict[str, _Unknown] = {}
    for row in rows:
        if row.status != "ignored" and row.new_placement:
            key = placement_key(row.placement)
            new.setdefault(key, _Unknown(row.placement)).add(
                row.line, row.context, row.day, row.mentor, row.minutes
            )
    checks = _Checks(service, date.max, {p.id: p for p in service.placements()})
    with session_scope(service.engine, write=True) as session:
        stage = HourStage(session)
        for row in rows:
            if row.status != "ignored":
                stage.add(_staged(replace(row, status="add")))
        added, skipped, ids, new_ids = _stage_and_add(
            session,
            stage,
            checks,
            [found.described(key) for key, found in new.items()],
            keep_ids=True,
        )
    return HoursImported(
        added=added, skipped=skipped, ignored=ignored, ids=ids, placement_ids=new_ids
    )


def import_csv(
    service: PortfolioService,
    source: BinaryIO,
    *,
    today: date | None = None,
    choices: Mapping[str, str] | None = None,
    decisions: Mapping[str, PlacementDecision] | None = None,
    others: PlacementDecision | None = None,
) -> HoursImported:
    """Read a CSV of hours from ``source`` (seekable, binary) and add its rows, all or nothing,
    in flat memory: what :func:`preview` and :func:`commit` do, in one write transaction.

    Raises HoursCsvError (the file's own problems, grouped and capped), UnknownPlacementsError
    (placements without a decision), UnusedDecisionError (a decision for a name the file does
    not use for an unknown placement), RowsRejected (the checks of a typed entry); nothing is
    added then. The result's ``warnings`` are ready to print.
    """
    today = today or clock.today()
    placements = service.placements()
    resolver = _Resolver(placements, decisions, others)
    given = set(resolver.decisions)
    checks = _Checks(service, today, {p.id: p for p in placements}, limit=MAX_PROBLEMS_KEPT)
    ignored = 0
    with session_scope(service.engine, write=True) as session:
        stage = HourStage(session)

        def take(row: PlannedRow) -> None:
            nonlocal ignored
            if row.status == "ignored":
                ignored += 1
            elif row.status == "add":
                stage.add(_staged(row))

        parsed = _read(source, service, resolver, today, choices, take)
        unknown = resolver.described()
        undecided = [u for u in unknown if u.key not in resolver.decisions]
        if undecided:
            raise UnknownPlacementsError(undecided, [p.label for p in placements])
        unused = sorted(given - {u.key for u in unknown})
        if unused:
            raise UnusedDecisionError(unused, unknown)
        create = [u for u in unknown if resolver.decisions.get(u.key) == CREATE]
        added, skipped, _, new_ids = _stage_and_add(session, stage, checks, create, keep_ids=False)
    noun = ("waarschuwing", "waarschuwingen")
    warnings = parsed.warning_lines()
    for log in (checks.file_warnings.log, checks.warnings.log):
        warnings += [line.strip() for line in log.summary(noun=noun)]
    return HoursImported(
        added=added,
        skipped=skipped,
        ignored=ignored,
        placement_ids=new_ids,
        warnings=tuple(warnings),
    )


def _make_placements(
    session: Session, portfolio_id: str, unknown: Sequence[UnknownPlacement]
) -> tuple[dict[str, str], tuple[str, ...]]:
    """Create the placements the file needs (and their mentors, reusing a mentor of the same
    name), as :class:`UnknownPlacement` describes them. A placement of that name that exists
    by now is used, never made a second time. Returns placement key -> id, and the ids of
    those made."""
    if not unknown:
        return {}, ()
    existing = queries.list_mentors(session, portfolio_id=portfolio_id)
    mentors = {placement_key(m.name): m.id for m in existing}
    known = _by_key(queries.list_placements(session, portfolio_id=portfolio_id))
    made: dict[str, str] = {}
    new_ids: list[str] = []
    for found in unknown:
        if found.key in known:  # made since the preview (an import of the same file): never twice
            made[found.key] = known[found.key].id
            continue
        mentor_id = None
        if found.mentor:
            mentor_id = mentors.get(placement_key(found.mentor))
            if mentor_id is None:
                mentor_id = queries.add_mentor(
                    session,
                    portfolio_id=portfolio_id,
                    name=found.mentor,
                    organisation=found.name,
                )
                mentors[placement_key(found.mentor)] = mentor_id
        made[found.key] = placement_id = queries.add_placement(
            session,
            portfolio_id=portfolio_id,
            organisation=found.name,
            context=found.context,
            start_date=found.start,
            end_date=found.end,
            mentor_id=mentor_id,
            usual_weekdays=Schedule(found.weekdays).stored(),
            usual_minutes=found.usual_minutes,
        )
        new_ids.append(placement_id)
    return made, tuple(new_ids)
