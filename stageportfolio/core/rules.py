"""The rules engine: a list's rules evaluated on hours, placement periods and sign-offs.

Every rule gives a :class:`RuleResult` with its status and numbers (needed, have, missing, in
the rule's unit); the unmet ones are the gaps. Hours are whole minutes throughout, so sums are
exact; they become decimal hours only in the result's numbers and messages.

The meaning of each rule kind is in docs/activity-lists.md ("Rules"); the school calendar that
the dual-learning rules count in is :mod:`stageportfolio.core.schoolcalendar`.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any, Literal

from stageportfolio.core.activitylist import (
    CompetencesEvidenced,
    CompetencesSigned,
    ComponentDuration,
    MinHalfDays,
    MinHoursInContexts,
    MinTotalHours,
    MinWeeklyHoursAvg,
    MinWeeks,
    NotOnlyContexts,
    RequiredContexts,
    Rule,
)
from stageportfolio.core.catalog import ActivityList, shipped_calendar
from stageportfolio.core.contexts import ContextRegistry
from stageportfolio.core.hours import HourEntry, HourTotals, Period, hours_decimal
from stageportfolio.core.messages import render
from stageportfolio.core.schoolcalendar import SchoolCalendar
from stageportfolio.core.schoolrules import half_days, in_lestijden, scoped

Status = Literal["met", "unmet", "not_evaluated"]
Unit = Literal[
    "hours",
    "contexts",
    "weeks",
    "months",
    "hours_per_week",
    "competences",
    "lestijden",
    "half_days",
]
# What an unmet error rule blocks, in the order the result line names them.
BASES = ("registratie", "kwalificatie", "school")


@dataclass(frozen=True)
class RuleResult:
    """One rule's verdict, with the numbers a user needs to close it."""

    rule: Rule
    status: Status
    unit: Unit
    needed: Decimal
    have: Decimal
    missing: Decimal
    facts: dict[str, Any] = field(default_factory=dict)
    contexts: ContextRegistry | None = None

    @property
    def met(self) -> bool:
        return self.status == "met"

    @property
    def is_gap(self) -> bool:
        return self.status == "unmet"

    @property
    def blocks(self) -> bool:
        """An unmet rule of severity error: it blocks what its ``basis`` says."""
        return self.is_gap and self.rule.severity == "error"

    @property
    def progress(self) -> float:
        """Share done, 0.0 to 1.0, for a progress bar."""
        if self.status == "met":
            return 1.0
        if self.needed <= 0:
            return 0.0
        return float(min(Decimal(1), max(Decimal(0), self.have / self.needed)))

    def message(self, lang: str = "nl", *, hhmm: bool = False) -> str:
        """The plain-language message; ``hhmm`` shows hours as hours and minutes (7:45)."""
        return render(self, lang, hhmm=hhmm)

    def as_dict(self, lang: str = "nl", *, hhmm: bool = False) -> dict[str, Any]:
        return {
            "id": self.rule.id,
            "rule": self.rule.kind,
            "severity": self.rule.severity,
            "basis": self.rule.basis,
            "tightens": self.rule.tightens,
            "status": self.status,
            "unit": self.unit,
            "needed": float(self.needed),
            "have": float(self.have),
            "missing": float(self.missing),
            "message": self.message(lang, hhmm=hhmm),
            "source": self.rule.source,
        }


@dataclass(frozen=True)
class Evaluation:
    alist: ActivityList
    results: tuple[RuleResult, ...]
    totals: dict[str, int]
    counted_minutes: int

    @property
    def gaps(self) -> list[RuleResult]:
        return [r for r in self.results if r.is_gap]

    @property
    def ok(self) -> bool:
        """No unmet rule of severity error."""
        return not any(r.blocks for r in self.results)

    def blocking(self) -> dict[str, list[RuleResult]]:
        """The unmet error rules per basis (registratie, kwalificatie, school), in that order."""
        out: dict[str, list[RuleResult]] = {}
        for basis in BASES:
            found = [r for r in self.results if r.blocks and r.rule.basis == basis]
            if found:
                out[basis] = found
        return out


# --- helpers ------------------------------------------------------------------------------


# What is there is rounded down and what is missing up, so an unmet rule never reads as
# "have == needed, missing 0" because of rounding for display.
DOWN, UP = ROUND_FLOOR, ROUND_CEILING


def _hours(minutes: int | Fraction, rounding: str = ROUND_HALF_UP) -> Decimal:
    if isinstance(minutes, Fraction):
        value = Decimal(minutes.numerator) / Decimal(minutes.denominator) / 60
        return value.quantize(Decimal("0.01"), rounding)
    return hours_decimal(minutes)


def _decimal(value: Fraction | int, places: str = "0.01", rounding: str = ROUND_HALF_UP) -> Decimal:
    frac = Fraction(value)
    return (Decimal(frac.numerator) / Decimal(frac.denominator)).quantize(Decimal(places), rounding)


Target = Callable[[str], "str | None"]


def _target(rule: Any, wanted: Sequence[str], reg: ContextRegistry) -> Target:
    """Which context of ``wanted`` hours in a context count for under ``rule``: the context
    itself or what its ``counts_as`` names, never one of the rule's ``exclude_contexts``."""
    excluded = set(getattr(rule, "exclude_contexts", ()))
    wanted = tuple(wanted)

    def target(ctx: str) -> str | None:
        if ctx in excluded:
            return None
        return reg.counts_for(ctx, wanted)

    return target


def _grouped(per_context: Mapping[str, int], target: Target) -> dict[str, int]:
    """Minutes per wanted context, counting broader matches (``counts_as``) too."""
    grouped: dict[str, int] = {}
    for ctx, minutes in per_context.items():
        found = target(ctx)
        if found is not None and minutes:
            grouped[found] = grouped.get(found, 0) + minutes
    return grouped


def _members(target: Target, known: Iterable[str]) -> list[str]:
    """The logged contexts whose hours count for the rule."""
    return [ctx for ctx in known if target(ctx) is not None]


def merged_days(periods: Iterable[tuple[date, date]]) -> list[tuple[date, date]]:
    """Overlapping or touching periods merged, so that no day counts twice."""
    merged: list[tuple[date, date]] = []
    for start, end in sorted(periods):
        if merged and start <= merged[-1][1] + timedelta(days=1):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _month_last(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def weeks_of_hours(first: date, last: date) -> tuple[date, date]:
    """The span of a component read from its hours: from the week of its first hours to the
    week of its last (Monday to Sunday), each within the month of those hours."""
    start = max(first - timedelta(days=first.weekday()), _month_start(first))
    end = min(last + timedelta(days=6 - last.weekday()), _month_last(last))
    return start, end


# --- rule kinds ---------------------------------------------------------------------------


def _min_total(
    rule: MinTotalHours, per_context: dict[str, int], reg: ContextRegistry
) -> RuleResult:
    needed = rule.needed_minutes
    total = sum(per_context.values())
    facts: dict[str, Any] = {"total_minutes": total, "not_counted": {}}
    if rule.contexts:
        inside_target = _target(rule, rule.contexts, reg)
        inside = sum(_grouped(per_context, inside_target).values())
        outside = {c: m for c, m in per_context.items() if m and inside_target(c) is None}
        if rule.other_contexts:
            other_target = _target(rule, rule.other_contexts, reg)
            other = {c: m for c, m in outside.items() if other_target(c) is not None}
            facts["not_counted"] = {c: m for c, m in outside.items() if c not in other}
        else:
            other = outside
        cap = 0 if rule.cap_outside is None else int(rule.cap_outside * 60)
        other_minutes = sum(other.values())
        counted = inside + min(other_minutes, cap)
        facts |= {
            "inside_minutes": inside,
            "outside_minutes": sum(outside.values()),
            "other_minutes": other_minutes,
            "cap_minutes": cap,
        }
    else:
        counted = total
    facts["counted_minutes"] = counted
    missing = max(0, needed - counted)
    return RuleResult(
        rule, "met" if not missing else "unmet", "hours",
        _hours(needed), _hours(counted), _hours(missing), facts, reg,
    )  # fmt: skip


def _min_in_contexts(
    rule: MinHoursInContexts, per_context: dict[str, int], reg: ContextRegistry
) -> RuleResult:
    needed = rule.needed_minutes
    grouped = _grouped(per_context, _target(rule, rule.contexts, reg))
    have = sum(grouped.values())
    present = [ctx for ctx in rule.contexts if grouped.get(ctx)]
    missing = max(0, needed - have)
    missing_distinct = max(0, rule.min_distinct - len(present))
    facts = {
        "present": present,
        "absent": [ctx for ctx in rule.contexts if ctx not in present],
        "missing_distinct": missing_distinct,
        "per_context_minutes": grouped,
    }
    status: Status = "met" if not missing and not missing_distinct else "unmet"
    return RuleResult(
        rule, status, "hours", _hours(needed), _hours(have), _hours(missing), facts, reg
    )


def _required(
    rule: RequiredContexts, per_context: dict[str, int], reg: ContextRegistry
) -> RuleResult:
    grouped = _grouped(per_context, _target(rule, rule.contexts, reg))
    present = [ctx for ctx in rule.contexts if grouped.get(ctx)]
    missing = max(0, rule.needed - len(present))
    facts = {"present": present, "absent": [ctx for ctx in rule.contexts if ctx not in present]}
    return RuleResult(
        rule, "met" if not missing else "unmet", "contexts",
        Decimal(rule.needed), Decimal(min(len(present), rule.needed)), Decimal(missing), facts, reg,
    )  # fmt: skip


def _not_only(
    rule: NotOnlyContexts, per_context: dict[str, int], reg: ContextRegistry
) -> RuleResult:
    total = sum(per_context.values())
    inside = sum(_grouped(per_context, _target(rule, rule.contexts, reg)).values())
    only = total > 0 and inside == total
    facts = {"inside_minutes": inside, "total_minutes": total}
    return RuleResult(
        rule, "unmet" if only else "met", "contexts",
        Decimal(1), Decimal(0 if only else 1), Decimal(1 if only else 0), facts, reg,
    )  # fmt: skip


def day_credit(minutes: int, day_minutes: int) -> Fraction:
    """A day's share of a stage day: 1 from ``day_minutes`` on, ½ from half of it, less in
    proportion (never decreasing with more minutes)."""
    if minutes >= day_minutes:
        return Fraction(1)
    if 2 * minutes >= day_minutes:
        return Fraction(1, 2)
    return Fraction(minutes, day_minutes)


def _per_day(totals: HourTotals, contexts: Iterable[str] | None) -> dict[date, int]:
    wanted = totals.days.keys() if contexts is None else set(contexts) & totals.days.keys()
    per_day: dict[date, int] = {}
    for ctx in wanted:
        for day, minutes in totals.days[ctx].items():
            per_day[day] = per_day.get(day, 0) + minutes
    return per_day


def _min_weeks(rule: MinWeeks, totals: HourTotals, reg: ContextRegistry) -> RuleResult:
    members = _members(_target(rule, rule.contexts, reg), totals.days) if rule.contexts else None
    day_minutes = int(rule.day_hours * 60)
    per_day = _per_day(totals, members)
    credits = [day_credit(m, day_minutes) for m in per_day.values() if m]
    stage_days = sum(credits, Fraction(0))
    needed_days = rule.weeks * rule.week_days
    missing_days = max(Fraction(0), needed_days - stage_days)
    weeks = stage_days / rule.week_days
    facts = {
        "stage_days": _decimal(stage_days, "0.1", DOWN if missing_days else ROUND_HALF_UP),
        "days_with_hours": len(credits),
        "full_days": sum(1 for c in credits if c == 1),
        "half_days": sum(1 for c in credits if c == Fraction(1, 2)),
        "missing_days": _decimal(missing_days, "0.1", UP),
        "week_days": rule.week_days,
        "day_minutes": day_minutes,
    }
    return RuleResult(
        rule, "met" if not missing_days else "unmet", "weeks",
        Decimal(rule.weeks), _decimal(weeks, "0.1", DOWN if missing_days else ROUND_HALF_UP),
        _decimal(missing_days / rule.week_days, "0.1", UP), facts, reg,
    )  # fmt: skip


def _periods_for(
    rule: Any,
    totals: HourTotals,
    periods: Sequence[Period] | None,
    reg: ContextRegistry,
    wanted: Sequence[str],
) -> tuple[list[tuple[date, date]], str]:
    """Placement periods in the wanted contexts; without placements, the weeks of the hours."""
    target = _target(rule, wanted, reg)
    if periods:
        chosen = [(p.start, p.end) for p in periods if target(p.context)]
        return merged_days(chosen), "placements"
    span = totals.span(_members(target, totals.days))
    return ([weeks_of_hours(*span)] if span else []), "hours"


def _extend(
    spans: list[tuple[date, date]], deficit: Fraction, cal: SchoolCalendar
) -> tuple[date, int]:
    """The day the last period must run until to add ``deficit`` months, and how many working
    days that is."""
    day = spans[-1][1]
    added, gained = 0, Fraction(0)
    limit = day + timedelta(days=3 * 366)
    while gained < deficit and day < limit:
        day += timedelta(days=1)
        share = cal.day_share(day)
        if share:
            gained += share
            added += 1
    return day, added


def _shorten(
    spans: list[tuple[date, date]], excess: Fraction, cal: SchoolCalendar
) -> tuple[date, int]:
    """The last day the last period may run until to lose ``excess`` months, and how many
    working days are too many."""
    day = spans[-1][1]
    first = spans[-1][0]
    removed, lost = 0, Fraction(0)
    while lost < excess and day > first:
        share = cal.day_share(day)
        if share:
            lost += share
            removed += 1
        day -= timedelta(days=1)
    while day > first and not cal.is_working_day(day):
        day -= timedelta(days=1)
    return day, removed


def _component(
    rule: ComponentDuration,
    totals: HourTotals,
    periods: Sequence[Period] | None,
    reg: ContextRegistry,
    cal: SchoolCalendar,
) -> RuleResult:
    spans, basis = _periods_for(rule, totals, periods, reg, rule.contexts)
    months = cal.months(spans)
    low = Fraction(rule.min_months) if rule.min_months is not None else None
    high = Fraction(rule.max_months) if rule.max_months is not None else None
    too_short = low is not None and months < low
    too_long = high is not None and months > high
    missing = (low - months) if (too_short and low is not None) else Fraction(0)
    excess = (months - high) if (too_long and high is not None) else Fraction(0)
    facts: dict[str, Any] = {
        "basis": basis,
        "excess": _decimal(excess, "0.1", UP),
        "too_long": too_long,
        "periods": [(s.isoformat(), e.isoformat()) for s, e in spans],
    }
    if spans and (too_short or too_long):
        until, days = _extend(spans, missing, cal) if too_short else _shorten(spans, excess, cal)
        facts |= {"until": until.isoformat(), "days": days}
    return RuleResult(
        rule, "unmet" if too_short or too_long else "met", "months",
        _decimal(low if low is not None else 0, "0.1"),
        _decimal(months, "0.1", UP if too_long else DOWN if too_short else ROUND_HALF_UP),
        _decimal(missing, "0.1", UP), facts, reg,
    )  # fmt: skip


def _weekly_avg(
    rule: MinWeeklyHoursAvg,
    totals: HourTotals,
    periods: Sequence[Period] | None,
    reg: ContextRegistry,
    cal: SchoolCalendar,
) -> RuleResult:
    wanted = list(rule.contexts) or reg.ids()
    spans, basis = _periods_for(rule, totals, periods, reg, wanted)
    if not periods and spans:  # from the hours: their first and last day, not whole weeks
        first_last = totals.span(_members(_target(rule, wanted, reg), totals.days))
        spans = [first_last] if first_last else []
    per_context = totals.per_context()
    minutes = (
        sum(_grouped(per_context, _target(rule, wanted, reg)).values())
        if rule.contexts
        else sum(per_context.values())
    )
    needed_per_week = int(rule.hours * 60)
    if not spans:
        facts = {"basis": basis, "weeks": Decimal(0), "missing_total": Decimal(0)}
        return RuleResult(
            rule, "unmet", "hours_per_week", _hours(needed_per_week), Decimal(0),
            _hours(needed_per_week), facts, reg,
        )  # fmt: skip
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    school = rule.over == "school_weeks"
    unknown: tuple[str, ...] = ()
    if school:
        counted = cal.school_days(start, end)
        weeks, unknown = counted.weeks, counted.unknown_years
        if not weeks:  # a period inside the holidays: fall back to calendar weeks
            school = False
    if not school:
        weeks = Fraction((end - start).days + 1, 7)
    average = Fraction(minutes) / weeks
    missing_week = max(Fraction(0), needed_per_week - average)
    missing_total = max(Fraction(0), needed_per_week * weeks - minutes)
    facts = {
        "basis": basis,
        "weeks": _decimal(weeks, "0.1"),
        "school_weeks": school,
        "unknown_years": list(unknown),
        "start": start.isoformat(),
        "end": end.isoformat(),
        "missing_total": _hours(missing_total, UP),
    }
    return RuleResult(
        rule, "met" if not missing_week else "unmet", "hours_per_week",
        _hours(needed_per_week), _hours(average, DOWN if missing_week else ROUND_HALF_UP),
        _hours(missing_week, UP), facts, reg,
    )  # fmt: skip


DEFAULT_SIGN_LEVEL = 3  # a competence is signed off at "zelfstandig uitgevoerd" unless a rule says


def competence_signed(
    competence: str, activities: Sequence[str], levels: Mapping[str, int], level: int
) -> bool:
    """Signed off at ``level``: the competence itself, or every one of its activities, has a
    mentor's approval at that level or higher (``levels``: the highest level per competence or
    activity id, from valid approvals only)."""
    if levels.get(competence, 0) >= level:
        return True
    return bool(activities) and all(levels.get(act, 0) >= level for act in activities)


def _competences(
    rule: CompetencesSigned | CompetencesEvidenced,
    alist: ActivityList,
    signoffs: Mapping[str, int] | None,
    evidence: Mapping[str, int] | None,
) -> RuleResult:
    wanted = list(rule.competences) or alist.competence_ids()
    titles = {comp.id: comp.title for _, comp in alist.competences()}
    activities = alist.activities_by_competence()
    if isinstance(rule, CompetencesSigned):
        source = signoffs
        level = rule.min_level

        def done(comp: str) -> bool:
            assert signoffs is not None
            return competence_signed(comp, activities.get(comp, ()), signoffs, level)

    else:
        source = evidence
        items = rule.min_items

        def done(comp: str) -> bool:
            assert evidence is not None
            found = evidence.get(comp, 0) + sum(
                evidence.get(a, 0) for a in activities.get(comp, ())
            )
            return found >= items

    if source is None:
        return RuleResult(
            rule, "not_evaluated", "competences",
            Decimal(len(wanted)), Decimal(0), Decimal(0), {}, alist.contexts,
        )  # fmt: skip
    open_ = [comp for comp in wanted if not done(comp)]
    facts = {
        "open": open_,
        "open_titles": [titles.get(comp, comp) for comp in open_],
        "levels": {lv.value: (lv.label, lv.label_en) for lv in alist.levels},
    }
    return RuleResult(
        rule, "met" if not open_ else "unmet", "competences",
        Decimal(len(wanted)), Decimal(len(wanted) - len(open_)), Decimal(len(open_)), facts,
        alist.contexts,
    )  # fmt: skip


# --- entry point --------------------------------------------------------------------------


def evaluate(
    alist: ActivityList,
    *,
    entries: Iterable[HourEntry] | None = None,
    totals: HourTotals | None = None,
    periods: Sequence[Period] | None = None,
    signoffs: Mapping[str, int] | None = None,
    evidence: Mapping[str, int] | None = None,
    calendar: SchoolCalendar | None = None,
    confirmed: Iterable[HourEntry] | None = None,
) -> Evaluation:
    """Evaluate every rule of ``alist``.

    Give the hours as ``entries`` or as ready ``totals``. ``periods`` are placement periods
    (without them, durations follow from the hours). ``signoffs`` maps a competence or activity
    id to the highest level a mentor confirmed; ``evidence`` maps one to a number of evidence
    items. Leave either out (None) to skip the rules that need it: they come back as
    ``not_evaluated``, never as gaps. ``calendar`` is the school calendar (default: the shipped
    one; a catalog's ``calendar`` has the school's own school years). ``confirmed`` are the hour
    entries a mentor confirmed: a rule with ``confirmed_only`` counts only those (none, when not
    given).
    """
    if totals is None:
        totals = HourTotals.from_entries(entries or ())
    cal = calendar if calendar is not None else shipped_calendar()
    everything, all_periods = totals, periods
    confirmed_totals = HourTotals.from_entries(confirmed or ())
    per_context = everything.per_context()
    results: list[RuleResult] = []
    for rule in alist.spec.rules:
        # The list's own counts_as choices (never for registration rules); a school year; only
        # the hours a mentor confirmed.
        reg = alist.registry_for(rule)
        counted_from = confirmed_totals if rule.confirmed_only else everything
        totals, periods = scoped(rule, counted_from, all_periods)
        rule_context = totals.per_context() if totals is not everything else per_context
        if isinstance(rule, MinTotalHours):
            results.append(in_lestijden(_min_total(rule, rule_context, reg)))
        elif isinstance(rule, MinHoursInContexts):
            results.append(in_lestijden(_min_in_contexts(rule, rule_context, reg)))
        elif isinstance(rule, RequiredContexts):
            results.append(_required(rule, rule_context, reg))
        elif isinstance(rule, NotOnlyContexts):
            results.append(_not_only(rule, rule_context, reg))
        elif isinstance(rule, MinWeeks):
            results.append(_min_weeks(rule, totals, reg))
        elif isinstance(rule, ComponentDuration):
            results.append(_component(rule, totals, periods, reg, cal))
        elif isinstance(rule, MinWeeklyHoursAvg):
            results.append(_weekly_avg(rule, totals, periods, reg, cal))
        elif isinstance(rule, MinHalfDays):
            results.append(half_days(rule, totals, reg))
        else:
            results.append(_competences(rule, alist, signoffs, evidence))
    counted = next(
        (
            r.facts["counted_minutes"]
            for r in results
            if r.rule.kind == "min_total_hours"
            and r.rule.school_year is None
            and not r.rule.confirmed_only
        ),
        sum(per_context.values()),
    )
    return Evaluation(alist, tuple(results), per_context, counted)
