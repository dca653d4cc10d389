"""The stored portfolio seen through the core: what the CLI, the app and the PDF share.

Reads plain data from ``store`` and hands it to the core (rules, entry checks, forecast);
knows neither Qt nor SQL. Every change is its own transaction, committed at once.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import Engine

from stageportfolio import paths
from stageportfolio.core.catalog import ActivityList, Catalog, load_catalog
from stageportfolio.core.entrycheck import EntryIssue, blocking, check_entry
from stageportfolio.core.evidencetypes import evidence_type
from stageportfolio.core.forecast import expected_date, pace_minutes_per_day
from stageportfolio.core.gate import context_problem, date_problem, level_problem
from stageportfolio.core.hours import MAX_MINUTES_PER_DAY, HourEntry, format_hours
from stageportfolio.core.limits import count_text
from stageportfolio.core.problems import ProblemLog
from stageportfolio.core.rules import Evaluation, evaluate
from stageportfolio.store import evidence as evidence_store
from stageportfolio.store import queries
from stageportfolio.store.db import StoreError, open_database, session_scope

# What the app's screens need from the store's vocabulary, so they never import the store.
ImportRow = queries.ImportRow
__all__ = ["EntryRejected", "ImportRow", "PortfolioService", "StoreError", "open_current"]


@dataclass(frozen=True)
class Opened:
    engine: Engine
    catalog: Catalog
    notices: tuple[str, ...] = ()  # e.g. an interrupted upgrade that was repaired (Dutch)


def open_current() -> Opened:
    notices: list[str] = []
    engine = open_database(notices=notices)
    return Opened(engine, load_catalog(paths.user_lists_dir()), tuple(notices))


def pinned_list(catalog: Catalog, info: queries.PortfolioInfo) -> ActivityList:
    """The exact list version the portfolio was started with."""
    return catalog.get(info.list_id, info.list_version)


def evaluate_portfolio(engine: Engine, catalog: Catalog) -> Evaluation:
    with session_scope(engine) as session:
        info = queries.current_portfolio(session)
        entries = queries.hour_entries(session, portfolio_id=info.id)
        periods = queries.placement_periods(session, portfolio_id=info.id)
        signoffs = queries.signed_levels(session, portfolio_id=info.id)
        evidence = queries.evidence_counts(session, portfolio_id=info.id)
    return evaluate(
        pinned_list(catalog, info),
        entries=entries,
        periods=periods,
        signoffs=signoffs,
        evidence=evidence,
    )


class InputRejected(ValueError):
    """Input the gate every way in passes refuses (``core.gate``); the message is Dutch."""


class EntryRejected(ValueError):
    """An hour entry that breaks a sanity rule; ``issues`` says which and where."""

    def __init__(self, issues: Sequence[EntryIssue]) -> None:
        super().__init__("; ".join(issue.message() for issue in issues))
        self.issues = list(issues)


@dataclass(frozen=True)
class CsvImportResult:
    added: int
    skipped: int
    placements_added: int
    warnings: list[str]  # printable lines, grouped and capped


@dataclass(frozen=True)
class Forecast:
    rule_id: str
    missing_minutes: int
    pace_minutes_per_day: float
    expected: date | None


class PortfolioService:
    """One opened portfolio: what the app's screens read and change."""

    def __init__(self, engine: Engine, catalog: Catalog, info: queries.PortfolioInfo) -> None:
        self.engine = engine
        self.catalog = catalog
        self.info = info
        self.alist = pinned_list(catalog, info)

    # -- opening and creating ----------------------------------------------------------

    @classmethod
    def open(cls, opened: Opened | None = None) -> PortfolioService | None:
        """The portfolio of the data folder, or None when there is none yet."""
        opened = opened or open_current()
        with session_scope(opened.engine) as session:
            info = queries.find_portfolio(session)
        return None if info is None else cls(opened.engine, opened.catalog, info)

    @classmethod
    def create(
        cls,
        opened: Opened,
        *,
        role: str,
        name: str,
        list_id: str,
        organisation: str = "",
        school_year: str = "",
    ) -> PortfolioService:
        alist = opened.catalog.get(list_id)
        with session_scope(opened.engine) as session:
            info = queries.create_portfolio(
                session,
                role=role,
                name=name,
                organisation=organisation,
                programme=alist.spec.programme,
                list_id=alist.id,
                list_version=alist.version,
                school_year=school_year,
            )
        return cls(opened.engine, opened.catalog, info)

    def _session(self) -> Any:
        return session_scope(self.engine)

    # -- hours -----------------------------------------------------------------------------

    def hours(
        self, *, month: tuple[int, int] | None = None, placement_id: str | None = None
    ) -> list[queries.HourRow]:
        with self._session() as s:
            return queries.list_hours(
                s, portfolio_id=self.info.id, month=month, placement_id=placement_id
            )

    def months(self) -> list[tuple[int, int]]:
        with self._session() as s:
            return queries.months_with_hours(s, portfolio_id=self.info.id)

    def totals(self) -> dict[str, int]:
        with self._session() as s:
            return queries.totals_per_context(s, portfolio_id=self.info.id)

    def check_hours(
        self,
        *,
        day: date,
        minutes: int,
        context: str,
        placement_id: str | None,
        entry_id: str | None = None,
        today: date | None = None,
    ) -> list[EntryIssue]:
        """The sanity issues of an entry as typed, before anything is saved."""
        with self._session() as s:
            same_day = queries.minutes_on_days(s, portfolio_id=self.info.id, days=[day])
            other = same_day.get(day, 0)
            if entry_id is not None:
                current = queries.get_hour_entry(s, entry_id=entry_id)
                if current is not None and current.day == day:
                    other -= current.minutes
            placement = None
            if placement_id is not None:
                found = next(
                    (
                        p
                        for p in queries.list_placements(s, portfolio_id=self.info.id)
                        if p.id == placement_id
                    ),
                    None,
                )
                if found is not None:
                    placement = (found.label, found.start_date, found.end_date)
        return check_entry(
            day=day,
            minutes=minutes,
            context=context,
            contexts=self.catalog.contexts,
            today=today or date.today(),
            list_contexts=self.alist.spec.contexts,
            other_minutes_that_day=other,
            placement=placement,
        )

    def add_hours(
        self,
        *,
        day: date,
        minutes: int,
        context: str,
        placement_id: str | None = None,
        note: str = "",
        today: date | None = None,
    ) -> str:
        issues = self.check_hours(
            day=day, minutes=minutes, context=context, placement_id=placement_id, today=today
        )
        if blocking(issues):
            raise EntryRejected([i for i in issues if i.severity == "error"])
        with self._session() as s:
            return queries.add_hour_entry(
                s,
                portfolio_id=self.info.id,
                day=day,
                minutes=minutes,
                context=context,
                placement_id=placement_id,
                note=note,
            )

    def update_hours(
        self,
        entry_id: str,
        *,
        day: date,
        minutes: int,
        context: str,
        placement_id: str | None,
        note: str,
        today: date | None = None,
    ) -> None:
        issues = self.check_hours(
            day=day,
            minutes=minutes,
            context=context,
            placement_id=placement_id,
            entry_id=entry_id,
            today=today,
        )
        if blocking(issues):
            raise EntryRejected([i for i in issues if i.severity == "error"])
        with self._session() as s:
            queries.update_hour_entry(
                s,
                entry_id=entry_id,
                day=day,
                minutes=minutes,
                context=context,
                placement_id=placement_id,
                note=note,
            )

    def delete_hours(self, entry_ids: Sequence[str]) -> list[dict[str, object]]:
        """Delete entries; returns snapshots that :meth:`restore_hours` puts back (undo)."""
        with self._session() as s:
            snapshots = [queries.hour_snapshot(s, entry_id=i) for i in entry_ids]
            for entry_id in entry_ids:
                queries.delete_hour_entry(s, entry_id=entry_id)
        return snapshots

    def hour_snapshot(self, entry_id: str) -> dict[str, object]:
        """Every column of one entry, for an exact undo of an edit."""
        with self._session() as s:
            return queries.hour_snapshot(s, entry_id=entry_id)

    def replace_hours(self, snapshot: dict[str, object]) -> None:
        """Put an entry back exactly as it was (the undo of an edit)."""
        with self._session() as s:
            queries.delete_hour_entry(s, entry_id=str(snapshot["id"]))
            queries.restore_hour_entry(s, snapshot=snapshot)

    def import_hours(self, rows: Sequence[queries.ImportRow]) -> queries.ImportResult:
        """Add many rows in one transaction (all or nothing); rows already there are skipped.

        The caller checks the rows first (``check_hours``); this only guards the database.
        """
        with self._session() as s:
            created = queries.ensure_placements(s, portfolio_id=self.info.id, rows=rows)
            result = queries.import_hours(
                s,
                portfolio_id=self.info.id,
                rows=rows,
                placements_by_name=queries.placements_by_name(s, portfolio_id=self.info.id),
            )
            totals = queries.minutes_on_days(
                s, portfolio_id=self.info.id, days=[row.day for row in rows]
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
            return dataclasses.replace(result, placements_added=created)

    def import_hours_csv(self, source: BinaryIO, *, today: date) -> CsvImportResult:
        """Read an hours CSV from ``source`` and add its rows, all or nothing, in flat memory.

        The rows go to the database as the file is read (``store.hourimport``), inside one
        write transaction that rolls back when the file has any problem
        (``HoursCsvError``, every problem grouped and capped) or when a day would hold more
        than 24 hours with what is stored (``EntryRejected``). A row naming a known placement
        must fall inside its period.
        """
        from stageportfolio.core.hourscsv import read_hours_csv
        from stageportfolio.store.hourimport import HourStage

        periods = {}
        for p in self.placements():
            for name in (p.organisation, p.label):
                periods.setdefault(name.strip().casefold(), p)
        with session_scope(self.engine, write=True) as session:
            stage = HourStage(session, portfolio_id=self.info.id)

            def sink(line: int, entry: HourEntry) -> tuple[str, str] | None:
                placement = periods.get((entry.placement or "").strip().casefold())
                if placement and not placement.start_date <= entry.day <= placement.end_date:
                    return (
                        "placement",
                        f"{entry.day:%d/%m/%Y} valt buiten de periode van {placement.label} "
                        f"({placement.start_date:%d/%m/%Y} tot {placement.end_date:%d/%m/%Y})",
                    )
                refused = stage.add(
                    line,
                    queries.ImportRow(
                        entry.day,
                        entry.context,
                        entry.minutes,
                        entry.placement,
                        entry.note,
                        entry.mentor,
                    ),
                )
                return None if refused is None else ("placement", refused)

            parsed = read_hours_csv(source, self.catalog.contexts, today=today, sink=sink)
            staged = stage.finish()
            if staged.over:
                raise EntryRejected(
                    [
                        EntryIssue(
                            "uren",
                            "error",
                            "day_over_24",
                            {"day": f"{d.day}/{d.month}/{d.year}", "total": format_hours(total)},
                        )
                        for d, total in staged.over
                    ]
                )
        log = ProblemLog()
        for line, earlier in staged.duplicates:
            log.add(
                line,
                None,
                f"deze regel is gelijk aan regel {earlier} (zelfde datum, context, uren, "
                "stageplaats en opmerking); dubbel ingevoerd?",
            )
        warnings = parsed.warning_lines() + [
            line.strip() for line in log.summary(noun=("waarschuwing", "waarschuwingen"))
        ]
        hidden = staged.duplicate_count - len(staged.duplicates)
        if hidden > 0:
            warnings.append(f"… en nog {count_text(hidden)} dubbele regels")
        return CsvImportResult(
            added=staged.added,
            skipped=staged.skipped,
            placements_added=staged.placements_added,
            warnings=warnings,
        )

    def restore_hours(self, snapshots: Sequence[dict[str, object]]) -> None:
        with self._session() as s:
            for snapshot in snapshots:
                queries.restore_hour_entry(s, snapshot=snapshot)

    # -- placements and mentors ----------------------------------------------------------

    def placements(self) -> list[queries.PlacementInfo]:
        with self._session() as s:
            return queries.list_placements(s, portfolio_id=self.info.id)

    def mentors(self) -> list[queries.MentorInfo]:
        with self._session() as s:
            return queries.list_mentors(s, portfolio_id=self.info.id)

    def add_mentor(
        self, *, name: str, organisation: str = "", sector: str = "social_profit", email: str = ""
    ) -> str:
        with self._session() as s:
            return queries.add_mentor(
                s,
                portfolio_id=self.info.id,
                name=name,
                organisation=organisation,
                sector=sector,
                email=email,
            )

    def update_mentor(
        self, mentor_id: str, *, name: str, organisation: str, sector: str, email: str
    ) -> None:
        with self._session() as s:
            queries.update_mentor(
                s,
                mentor_id=mentor_id,
                name=name,
                organisation=organisation,
                sector=sector,
                email=email,
            )

    def delete_mentor(self, mentor_id: str) -> None:
        with self._session() as s:
            queries.delete_mentor(s, mentor_id=mentor_id)

    def add_placement(
        self,
        *,
        organisation: str,
        context: str,
        start_date: date,
        end_date: date,
        unit: str = "",
        mentor_id: str | None = None,
    ) -> str:
        self._check_placement(context, start_date, end_date)
        with self._session() as s:
            return queries.add_placement(
                s,
                portfolio_id=self.info.id,
                organisation=organisation,
                unit=unit,
                context=context,
                start_date=start_date,
                end_date=end_date,
                mentor_id=mentor_id,
            )

    def update_placement(
        self,
        placement_id: str,
        *,
        organisation: str,
        unit: str,
        context: str,
        start_date: date,
        end_date: date,
        mentor_id: str | None,
    ) -> None:
        self._check_placement(context, start_date, end_date)
        with self._session() as s:
            queries.update_placement(
                s,
                placement_id=placement_id,
                organisation=organisation,
                unit=unit,
                context=context,
                start_date=start_date,
                end_date=end_date,
                mentor_id=mentor_id,
            )

    def _check_placement(self, context: str, start_date: date, end_date: date) -> None:
        """The gate: a known context and sane years (a period may end in the future)."""
        problem = (
            context_problem(context, self.catalog.contexts)
            or date_problem(start_date, None, future=True)
            or date_problem(end_date, None, future=True)
        )
        if problem is not None:
            raise InputRejected(problem)

    def delete_placement(self, placement_id: str) -> None:
        """Delete a placement; its hours stay and lose the link (they are the student's work)."""
        with self._session() as s:
            queries.delete_placement(s, placement_id=placement_id)

    def minutes_per_placement(self) -> dict[str, int]:
        with self._session() as s:
            return queries.minutes_per_placement(s, portfolio_id=self.info.id)

    def hours_in_placement(self, placement_id: str) -> int:
        with self._session() as s:
            return queries.count_hours_in_placement(s, placement_id=placement_id)

    # -- activities, sign-offs, evidence -------------------------------------------------

    def records(self) -> list[queries.RecordInfo]:
        with self._session() as s:
            return queries.list_records(s, portfolio_id=self.info.id)

    def save_record(
        self,
        *,
        activity_id: str,
        competence_id: str,
        proposed_level: int,
        day: date,
        reflection: str,
        record_id: str | None = None,
        today: date | None = None,
    ) -> str:
        problem = date_problem(day, today or date.today()) or level_problem(
            proposed_level, [level.value for level in self.alist.levels]
        )
        if problem is not None:
            raise InputRejected(problem)
        with self._session() as s:
            return queries.save_record(
                s,
                portfolio_id=self.info.id,
                activity_id=activity_id,
                competence_id=competence_id,
                proposed_level=proposed_level,
                day=day,
                reflection=reflection,
                record_id=record_id,
            )

    def delete_record(self, record_id: str) -> None:
        with self._session() as s:
            queries.delete_record(s, record_id=record_id)

    def signoffs(self) -> list[queries.SignOffInfo]:
        with self._session() as s:
            return queries.list_signoffs(s, portfolio_id=self.info.id)

    def signed_levels(self) -> dict[str, int]:
        with self._session() as s:
            return queries.signed_levels(s, portfolio_id=self.info.id)

    def evidence(self) -> list[queries.EvidenceInfo]:
        with self._session() as s:
            return queries.list_evidence(s, portfolio_id=self.info.id)

    def add_evidence(
        self, source: Path, *, description: str = "", links: Sequence[str] = ()
    ) -> str:
        with self._session() as s:
            return evidence_store.add_evidence(
                s,
                portfolio_id=self.info.id,
                source=source,
                description=description,
                links=links,
            )

    def evidence_file(self, stored_name: str, original_name: str) -> Path:
        """The evidence file to open with the system's viewer. Raises StoreError (Dutch) when
        it is missing, or is not a document or picture that matches its type: evidence is
        data, never a program to run."""
        return evidence_store.openable_path(stored_name, original_name)

    @staticmethod
    def evidence_kind(stored_name: str) -> str | None:
        """The Dutch label of a stored evidence file's type (by its stored extension), or None
        for a type the app never opens (a program stored by an older version, say)."""
        kind = evidence_type(evidence_store.stored_suffix(stored_name))
        return None if kind is None else kind.label

    def set_evidence_details(
        self, evidence_id: str, *, description: str, links: Sequence[str]
    ) -> None:
        with self._session() as s:
            queries.set_evidence_details(
                s, evidence_id=evidence_id, description=description, links=links
            )

    # -- the verdict ---------------------------------------------------------------------

    def evaluation(self) -> Evaluation:
        return evaluate_portfolio(self.engine, self.catalog)

    def forecasts(self, evaluation: Evaluation, *, today: date | None = None) -> list[Forecast]:
        """For each unmet hour rule: the date it will be met at the pace of the last 4 weeks."""
        today = today or date.today()
        with self._session() as s:
            entries = queries.hour_entries(s, portfolio_id=self.info.id)
        pace = pace_minutes_per_day(entries, today=today)
        out = []
        for result in evaluation.results:
            if result.unit != "hours" or result.status != "unmet":
                continue
            missing = int(result.missing * 60)
            out.append(
                Forecast(result.rule.id, missing, pace, expected_date(missing, pace, today=today))
            )
        return out
