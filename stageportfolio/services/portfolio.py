"""The stored portfolio seen through the core: what the CLI, the app and the PDF share.

Reads plain data from ``store`` and hands it to the core (rules, entry checks, forecast);
knows neither Qt nor SQL. Every change is its own transaction, committed at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Engine

from stageportfolio.core import clock
from stageportfolio.core.catalog import ActivityList, Catalog
from stageportfolio.core.entrycheck import EntryIssue, blocking, check_entry
from stageportfolio.core.evidencetypes import evidence_type
from stageportfolio.core.forecast import stage_forecast
from stageportfolio.core.gate import context_problem, date_problem, level_problem
from stageportfolio.core.hours import MAX_MINUTES_PER_DAY
from stageportfolio.core.rules import Evaluation, evaluate
from stageportfolio.core.schedule import PlannedPeriod, Schedule, StageCalendar, stage_calendar_for
from stageportfolio.services import checks as checking
from stageportfolio.services.errors import (
    EntryRejected,
    InputRejected,
    NameRequired,
    NoPortfolioError,
    PortfolioExistsError,
    ServiceError,
    SignedItemError,
    StoreError,
)
from stageportfolio.services.lists import load_user_catalog
from stageportfolio.store import evidence as evidence_store
from stageportfolio.store import queries, signing_store
from stageportfolio.store.db import open_database, session_scope

# What the app's screens need from the store's vocabulary, so they never import the store.
EvidenceInfo = queries.EvidenceInfo
HourRow = queries.HourRow
MentorInfo = queries.MentorInfo
PlacementInfo = queries.PlacementInfo
PortfolioInfo = queries.PortfolioInfo
RecordInfo = queries.RecordInfo
SignOffInfo = queries.SignOffInfo
__all__ = [
    "EntryRejected",
    "EvidenceInfo",
    "HourRow",
    "InputRejected",
    "ListChange",
    "MentorInfo",
    "NameRequired",
    "NoPortfolioError",
    "PlacementInfo",
    "PortfolioExistsError",
    "PortfolioInfo",
    "PortfolioService",
    "RecordInfo",
    "SignOffInfo",
    "SignedItemError",
    "StoreError",
    "hour_rows",
    "open_current",
    "portfolio_info",
]


def _checked_schedule(schedule: Schedule) -> Schedule:
    """A usual day lasts more than nothing and at most a day (ValueError, in Dutch)."""
    if not 0 <= schedule.minutes <= MAX_MINUTES_PER_DAY:
        raise ValueError("een gewone stagedag duurt hoogstens 24 uur")
    if any(day not in range(1, 8) for day in schedule.weekdays):
        raise ValueError("een week heeft zeven dagen")
    return schedule


@dataclass(frozen=True)
class Opened:
    engine: Engine
    catalog: Catalog
    notices: tuple[str, ...] = ()  # e.g. an interrupted upgrade that was repaired (Dutch)


def open_current() -> Opened:
    notices: list[str] = []
    engine = open_database(notices=notices)
    return Opened(engine=engine, catalog=load_user_catalog(), notices=tuple(notices))


def portfolio_info(opened: Opened) -> queries.PortfolioInfo:
    """Who the portfolio of the data folder is for and which list it is pinned to; raises
    NoPortfolioError when there is none yet."""
    with session_scope(opened.engine) as session:
        return queries.current_portfolio(session)


def hour_rows(opened: Opened, info: queries.PortfolioInfo) -> list[queries.HourRow]:
    """Every hour entry of the portfolio, in date order, without opening its list (a
    portfolio whose list is gone can still export its hours)."""
    with session_scope(opened.engine) as session:
        return queries.list_hours(session, portfolio_id=info.id)


def pinned_list(catalog: Catalog, info: queries.PortfolioInfo) -> ActivityList:
    """The exact list version the portfolio was started with."""
    return catalog.get(info.list_id, info.list_version)


def evaluate_portfolio(engine: Engine, catalog: Catalog) -> Evaluation:
    """Every rule on the stored portfolio. Only valid mentor approvals count for a rule
    (unsigned, invalid, changed and refused sign-offs do not); a rule with
    ``confirmed_only`` counts only hours a mentor confirmed."""
    with session_scope(engine) as session:
        info = queries.current_portfolio(session)
        entries = queries.hour_entries(session, portfolio_id=info.id)
        periods = queries.placement_periods(session, portfolio_id=info.id)
        evidence = queries.evidence_counts(session, portfolio_id=info.id)
        loaded = checking.load(session, info.id)
    checks = loaded.check()
    return evaluate(
        pinned_list(catalog, info),
        entries=entries,
        confirmed=checking.confirmed_entries(checks, loaded.hours),
        periods=periods,
        signoffs=checking.counting_levels(checks, loaded.records),
        evidence=evidence,
        calendar=catalog.calendar,
    )


@dataclass(frozen=True)
class AttestationStatus:
    """One attestation the portfolio's list asks, with the evidence the student linked to it."""

    id: str
    text: str
    type: str | None  # "Wettelijk attest", "Bijkomend attest"
    regulation: str | None
    bks: tuple[str, ...]  # the BKs that ask it, as "Zorgkundige (BK-0243-2)"
    evidence: tuple[queries.EvidenceInfo, ...]  # oldest first

    @property
    def done(self) -> bool:
        """An evidence item is linked (the student's claim; the school checks the document)."""
        return bool(self.evidence)


@dataclass(frozen=True)
class ListChange:
    """Another list for the portfolio: the verdict before and after, and the activity
    proposals the new list does not have (kept, not counted)."""

    alist: ActivityList
    before: Evaluation
    after: Evaluation
    records: int
    records_off_list: int


@dataclass(frozen=True)
class Forecast:
    """When an unmet hour rule is met at the pace of the last four weeks, in stage days
    (``core.forecast.stage_forecast``): ``pace_minutes_per_day`` is minutes per stage day."""

    rule_id: str
    missing_minutes: int
    pace_minutes_per_day: float
    expected: date | None
    days_needed: int = 0  # stage days still needed at that pace
    planned_until: date | None = None  # the last stage day of the placements after today
    planned_days: int = 0  # how many stage days those placements still have

    @property
    def runs_out(self) -> bool:
        """The placements planned so far end before the rule is met."""
        return self.planned_until is not None and self.expected is None


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
        """Start the portfolio of the data folder on a list (pinned by id and version).

        Raises PortfolioExistsError when the folder holds one already (it is never replaced),
        NameRequired for a name of only spaces and UnknownListError for a list that is not
        there."""
        name = name.strip()
        if not name:
            raise NameRequired("Vul je naam in: een naam van enkel spaties is geen naam.")
        alist = opened.catalog.get(list_id)
        with session_scope(opened.engine) as session:
            if queries.find_portfolio(session) is not None:
                raise PortfolioExistsError(
                    "Er is al een portfolio in deze gegevensmap; er is geen tweede gemaakt."
                )
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

    def list_change(self, list_id: str) -> ListChange:
        """What choosing another studierichting (or BK) would do, without doing it: the
        verdict now and with the newest version of the other list, and how many of the
        pupil's activity proposals that list does not have (they stay, but do not count).
        Raises UnknownListError, and ServiceError for a list of the other kind (an EVC list
        for a pupil) or the list the portfolio already uses."""
        new = self.catalog.get(list_id)
        if new.spec.kind != self.alist.spec.kind:
            raise ServiceError(
                f"{new.spec.title} is een lijst voor "
                f"{'EVC-kandidaten' if new.spec.kind == 'evc' else 'leerlingen'}; dit portfolio "
                "kan er niet naartoe."
            )
        if (new.id, new.version) == (self.alist.id, self.alist.version):
            raise ServiceError(f"Dit portfolio gebruikt {new.spec.title} al.")
        before = self.evaluation()
        with self._session() as s:
            entries = queries.hour_entries(s, portfolio_id=self.info.id)
            periods = queries.placement_periods(s, portfolio_id=self.info.id)
            evidence = queries.evidence_counts(s, portfolio_id=self.info.id)
            loaded = checking.load(s, self.info.id)
        checks = loaded.check()
        after = evaluate(
            new,
            entries=entries,
            confirmed=checking.confirmed_entries(checks, loaded.hours),
            periods=periods,
            signoffs=checking.counting_levels(checks, loaded.records),
            evidence=evidence,
            calendar=self.catalog.calendar,
        )
        known = {a for acts in new.activities_by_competence().values() for a in acts}
        known |= set(new.competence_ids())
        records = self.records()
        off = [r for r in records if r.activity_id not in known]
        return ListChange(new, before, after, len(records), len(off))

    def change_list(self, list_id: str) -> ListChange:
        """Pin the portfolio to the newest version of another list (Studierichting wijzigen):
        hours, placements, activity proposals, evidence and every sign-off stay as they are;
        the verdict follows the new list from now on. Returns what changed."""
        change = self.list_change(list_id)
        with self._session() as s:
            self.info = queries.set_portfolio_list(
                s,
                portfolio_id=self.info.id,
                list_id=change.alist.id,
                list_version=change.alist.version,
                programme=change.alist.spec.programme,
            )
        self.alist = pinned_list(self.catalog, self.info)
        return change

    def reload_lists(self) -> None:
        """Read the lists again (after one was added); the portfolio keeps its pinned list."""
        self.catalog = load_user_catalog()
        self.alist = pinned_list(self.catalog, self.info)

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

    def logged_days(self, start: date, end: date) -> dict[date, int]:
        """Minutes logged per day from ``start`` to ``end``, for the days that have hours."""
        with self._session() as s:
            return queries.minutes_per_day(s, portfolio_id=self.info.id, start=start, end=end)

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
            today=today or clock.today(),
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
        confirm_signed: bool = False,
    ) -> None:
        """Change an entry. Raises SignedItemError when a mentor signed it off, unless
        ``confirm_signed`` (the student was asked): the entry then needs a new sign-off."""
        if not confirm_signed:
            with self._session() as s:
                current = queries.get_hour_entry(s, entry_id=entry_id)
                signed_same = current is not None and (
                    current.day,
                    current.minutes,
                    current.context,
                    current.placement_id,
                ) == (day, minutes, context, placement_id)
            if not signed_same:  # the note is not signed: changing only it keeps the sign-off
                self._refuse_signed("hour_entry", [entry_id])
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

    def delete_hours(
        self, entry_ids: Sequence[str], *, confirm_signed: bool = False
    ) -> list[dict[str, object]]:
        """Delete entries; returns snapshots that :meth:`restore_hours` puts back (undo).

        Raises SignedItemError when a mentor signed one off, unless ``confirm_signed``; their
        sign-offs are then deleted with them (and put back by the undo).
        """
        if not confirm_signed:
            self._refuse_signed("hour_entry", entry_ids)
        with self._session() as s:
            snapshots = [queries.hour_snapshot(s, entry_id=i) for i in entry_ids]
            signoffs = queries.signoff_snapshots(
                s, portfolio_id=self.info.id, target_kind="hour_entry", target_ids=entry_ids
            )
            for snapshot in snapshots:
                snapshot["_signoffs"] = [
                    row for row in signoffs if row["target_id"] == snapshot["id"]
                ]
            signing_store.delete_signoffs(
                s, portfolio_id=self.info.id, target_kind="hour_entry", target_ids=entry_ids
            )
            for entry_id in entry_ids:
                queries.delete_hour_entry(s, entry_id=entry_id)
        return snapshots

    def signed_by(self, kind: str, ids: Sequence[str]) -> list[str]:
        """Names of the mentors whose valid approval of one of these items would be lost by a
        change (empty: nothing signed, the change needs no question)."""
        wanted = set(ids)
        with self._session() as s:
            loaded = checking.load(s, self.info.id)
        names: dict[str, None] = {}
        for check in loaded.check():
            record = check.record
            if record.target_kind == kind and record.target_id in wanted and check.counts:
                names[check.name] = None
        return list(names)

    def _refuse_signed(self, kind: str, ids: Sequence[str]) -> None:
        mentors = self.signed_by(kind, ids)
        if mentors:
            raise SignedItemError(kind, ids, mentors)

    def hour_snapshot(self, entry_id: str) -> dict[str, object]:
        """Every column of one entry, for an exact undo of an edit."""
        with self._session() as s:
            return queries.hour_snapshot(s, entry_id=entry_id)

    def replace_hours(self, snapshot: dict[str, object]) -> None:
        """Put an entry back exactly as it was (the undo of an edit)."""
        with self._session() as s:
            queries.delete_hour_entry(s, entry_id=str(snapshot["id"]))
            queries.restore_hour_entry(s, snapshot=snapshot)

    def restore_hours(self, snapshots: Sequence[dict[str, object]]) -> None:
        with self._session() as s:
            for snapshot in snapshots:
                signoffs = cast(list[dict[str, object]], snapshot.get("_signoffs") or [])
                queries.restore_hour_entry(
                    s, snapshot={k: v for k, v in snapshot.items() if k != "_signoffs"}
                )
                queries.restore_signoffs(s, rows=signoffs)

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
        schedule: Schedule | None = None,
    ) -> str:
        """Add a placement; ``schedule`` is its usual week (which weekdays, how long a day)."""
        schedule = _checked_schedule(schedule or Schedule())
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
                usual_weekdays=schedule.stored(),
                usual_minutes=schedule.minutes,
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
        confirm_signed: bool = False,
        schedule: Schedule | None = None,
    ) -> None:
        """Change a placement (its schedule too, unless ``schedule`` is None). Its name is part
        of every signed hour entry in it: renaming it raises SignedItemError unless
        ``confirm_signed``."""
        self._check_placement(context, start_date, end_date)
        if schedule is not None:
            schedule = _checked_schedule(schedule)
        if not confirm_signed:
            current = next((p for p in self.placements() if p.id == placement_id), None)
            if current is not None and (current.organisation, current.unit) != (
                organisation,
                unit,
            ):
                ids = [h.id for h in self.hours(placement_id=placement_id)]
                self._refuse_signed("hour_entry", ids)
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
                usual_weekdays=None if schedule is None else schedule.stored(),
                usual_minutes=None if schedule is None else schedule.minutes,
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

    def delete_placement(self, placement_id: str, *, confirm_signed: bool = False) -> None:
        """Delete a placement; its hours stay and lose the link (they are the student's work).

        Its name is part of every signed hour entry in it: raises SignedItemError when a
        mentor signed one, unless ``confirm_signed`` (those entries then need a new sign-off).
        """
        if not confirm_signed:
            self._refuse_signed("hour_entry", [h.id for h in self.hours(placement_id=placement_id)])
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
        confirm_signed: bool = False,
        today: date | None = None,
    ) -> str:
        """Add a proposal, or change one. Changing one a mentor signed off raises
        SignedItemError unless ``confirm_signed``; a day in the future or a level the list
        does not have raises InputRejected (the gate every way in passes)."""
        problem = date_problem(day, today or clock.today()) or level_problem(
            proposed_level, [level.value for level in self.alist.levels]
        )
        if problem is not None:
            raise InputRejected(problem)
        if record_id is not None and not confirm_signed:
            self._refuse_signed("activity_record", [record_id])
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

    def delete_record(self, record_id: str, *, confirm_signed: bool = False) -> None:
        """Delete a proposal; a signed one only with ``confirm_signed`` (its sign-offs go
        with it, so none is left without its item)."""
        if not confirm_signed:
            self._refuse_signed("activity_record", [record_id])
        with self._session() as s:
            signing_store.delete_signoffs(
                s, portfolio_id=self.info.id, target_kind="activity_record", target_ids=[record_id]
            )
            queries.delete_record(s, record_id=record_id)

    def signoffs(self) -> list[queries.SignOffInfo]:
        with self._session() as s:
            return queries.list_signoffs(s, portfolio_id=self.info.id)

    def signed_levels(self) -> dict[str, int]:
        """Highest level per competence or activity from valid mentor approvals only."""
        with self._session() as s:
            loaded = checking.load(s, self.info.id)
        return checking.counting_levels(loaded.check(), loaded.records)

    def hour_totals(self) -> checking.HourTotals:
        """Minutes logged, and minutes a mentor confirmed (a change after sign-off undoes it)."""
        with self._session() as s:
            loaded = checking.load(s, self.info.id)
        return checking.hour_totals(loaded.check(), loaded.hours)

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

    def attestations(
        self, evidence: Sequence[queries.EvidenceInfo] | None = None
    ) -> list[AttestationStatus]:
        """The checklist of attestations the list's BKs ask, each with its linked evidence.

        An attestation is a target of the ordinary evidence links (its id, ``attest-…``), so it
        needs no table of its own. ``evidence`` saves a second read when the caller has it.
        """
        items = list(self.evidence() if evidence is None else evidence)
        return [
            AttestationStatus(
                id=item.id,
                text=item.text,
                type=item.type,
                regulation=item.regulation,
                bks=tuple(f"{bk.title} ({bk.code})" for bk in item.bks),
                evidence=tuple(e for e in items if item.id in e.links),
            )
            for item in self.alist.attestations()
        ]

    # -- the verdict ---------------------------------------------------------------------

    def evaluation(self) -> Evaluation:
        return evaluate_portfolio(self.engine, self.catalog)

    def forecasts(self, evaluation: Evaluation, *, today: date | None = None) -> list[Forecast]:
        """For each unmet hour rule: the stage day it will be met at the pace of the last four
        weeks, counted in stage days (the placements' schedules and the school calendar)."""
        today = today or clock.today()
        with self._session() as s:
            entries = queries.hour_entries(s, portfolio_id=self.info.id)
        periods = [PlannedPeriod(p.start_date, p.end_date, p.schedule) for p in self.placements()]
        stage = self.stage_calendar()
        out = []
        for result in evaluation.results:
            if result.unit != "hours" or result.status != "unmet":
                continue
            missing = int(result.missing * 60)
            found = stage_forecast(entries, missing, today=today, stage=stage, periods=periods)
            out.append(
                Forecast(
                    result.rule.id,
                    missing,
                    found.pace,
                    found.expected,
                    found.days_needed,
                    found.planned_until,
                    found.planned_days,
                )
            )
        return out

    def stage_calendar(self) -> StageCalendar:
        """Which days are stage days for this portfolio's list (``core.schedule``)."""
        return stage_calendar_for(self.catalog.calendar, (r.kind for r in self.alist.spec.rules))
