"""The rules engine: a list's rules evaluated on hours, placement periods and sign-offs.

Every rule gives a :class:`RuleResult` with its status and numbers (needed, have, missing, in
the rule's unit); the unmet ones are the gaps. Hours are whole minutes throughout, so sums are
exact; they become decimal hours only in the result's numbers and messages.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any, Literal

from stageportfolio.core.activitylist import (
    CompetencesEvidenced,
    CompetencesSigned,
    ComponentDuration,
    MinHoursInContexts,
    MinTotalHours,
    MinWeeklyHoursAvg,
    MinWeeks,
    NotOnlyContexts,
    RequiredContexts,
    Rule,
)
from stageportfolio.core.catalog import ActivityList
from stageportfolio.core.contexts import ContextRegistry
from stageportfolio.core.hours import HourEntry, HourTotals, Period, hours_decimal
from stageportfolio.core.messages import render

Status = Literal["met", "unmet", "not_evaluated"]
Unit = Literal["hours", "contexts", "weeks", "months", "hours_per_week", "competences"]


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
    def progress(self) -> float:
        """Share done, 0.0 to 1.0, for a progress bar."""
        if self.status == "met":
            return 1.0
        if self.needed <= 0:
            return 0.0
        return float(min(Decimal(1), max(Decimal(0), self.have / self.needed)))

    def message(self, lang: str = "nl") -> str:
        return render(self, lang)

    def as_dict(self, lang: str = "nl") -> dict[str, Any]:
        return {
            "id": self.rule.id,
            "rule": self.rule.kind,
            "severity": self.rule.severity,
            "status": self.status,
            "unit": self.unit,
            "needed": float(self.needed),
            "have": float(self.have),
            "missing": float(self.missing),
            "message": self.message(lang),
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
        return not any(r.rule.severity == "error" for r in self.gaps)


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


def _grouped(
    per_context: Mapping[str, int], wanted: Sequence[str], contexts: ContextRegistry
) -> dict[str, int]:
    """Minutes per context of ``wanted``, counting broader matches (``counts_as``) too."""
    grouped: dict[str, int] = {}
    for ctx, minutes in per_context.items():
        target = contexts.counts_for(ctx, wanted)
        if target is not None and minutes:
            grouped[target] = grouped.get(target, 0) + minutes
    return grouped


def _members(wanted: Sequence[str], contexts: ContextRegistry, known: Iterable[str]) -> list[str]:
    """The logged contexts whose hours count for ``wanted``."""
    return [ctx for ctx in known if contexts.counts_for(ctx, wanted) is not None]


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def months_between(start: date, end: date) -> Fraction:
    """Calendar months from ``start`` to ``end``, both inclusive: 1 Feb-30 Jun is exactly 5."""
    stop = end + timedelta(days=1)
    if stop <= start:
        return Fraction(0)
    whole = (stop.year - start.year) * 12 + stop.month - start.month
    while whole > 0 and add_months(start, whole) > stop:
        whole -= 1
    anchor = add_months(start, whole)
    following = add_months(start, whole + 1)
    return whole + Fraction((stop - anchor).days, (following - anchor).days)


def merged_days(periods: Iterable[tuple[date, date]]) -> list[tuple[date, date]]:
    """Overlapping or touching periods merged, so that no day counts twice."""
    merged: list[tuple[date, date]] = []
    for start, end in sorted(periods):
        if merged and start <= merged[-1][1] + timedelta(days=1):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


# --- rule kinds ---------------------------------------------------------------------------


def _min_total(
    rule: MinTotalHours, per_context: dict[str, int], reg: ContextRegistry
) -> RuleResult:
    needed = int(rule.hours * 60)
    total = sum(per_context.values())
    facts: dict[str, Any] = {"total_minutes": total}
    if rule.contexts:
        inside = sum(_grouped(per_context, rule.contexts, reg).values())
        outside = total - inside
        cap = 0 if rule.cap_outside is None else int(rule.cap_outside * 60)
        counted = inside + min(outside, cap)
        facts |= {"inside_minutes": inside, "outside_minutes": outside, "cap_minutes": cap}
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
    needed = int(rule.hours * 60)
    grouped = _grouped(per_context, rule.contexts, reg)
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
    grouped = _grouped(per_context, rule.contexts, reg)
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
    inside = sum(_grouped(per_context, rule.contexts, reg).values())
    only = total > 0 and inside == total
    facts = {"inside_minutes": inside, "total_minutes": total}
    return RuleResult(
        rule, "unmet" if only else "met", "contexts",
        Decimal(1), Decimal(0 if only else 1), Decimal(1 if only else 0), facts, reg,
    )  # fmt: skip


def _min_weeks(rule: MinWeeks, totals: HourTotals, reg: ContextRegistry) -> RuleResult:
    known = list(totals.days)
    days = totals.dates(_members(rule.contexts, reg, known) if rule.contexts else None)
    weeks = len({day.isocalendar()[:2] for day in days})
    missing = max(0, rule.weeks - weeks)
    return RuleResult(
        rule, "met" if not missing else "unmet", "weeks",
        Decimal(rule.weeks), Decimal(weeks), Decimal(missing), {}, reg,
    )  # fmt: skip


def _periods_for(
    wanted: Sequence[str],
    totals: HourTotals,
    periods: Sequence[Period] | None,
    reg: ContextRegistry,
) -> tuple[list[tuple[date, date]], str]:
    """Placement periods in the wanted contexts; without placements, the span of the hours."""
    if periods:
        chosen = [(p.start, p.end) for p in periods if reg.counts_for(p.context, wanted)]
        return merged_days(chosen), "placements"
    span = totals.span(_members(wanted, reg, list(totals.days)))
    return ([span] if span else []), "hours"


def _component(
    rule: ComponentDuration,
    totals: HourTotals,
    periods: Sequence[Period] | None,
    reg: ContextRegistry,
) -> RuleResult:
    spans, basis = _periods_for(rule.contexts, totals, periods, reg)
    months = sum((months_between(start, end) for start, end in spans), Fraction(0))
    low = Fraction(rule.min_months) if rule.min_months is not None else None
    high = Fraction(rule.max_months) if rule.max_months is not None else None
    too_short = low is not None and months < low
    too_long = high is not None and months > high
    missing = (low - months) if (too_short and low is not None) else Fraction(0)
    excess = (months - high) if (too_long and high is not None) else Fraction(0)
    facts = {"basis": basis, "excess": _decimal(excess, "0.1", UP), "too_long": too_long}
    return RuleResult(
        rule, "unmet" if too_short or too_long else "met", "months",
        _decimal(low if low is not None else 0, "0.1"),
        _decimal(months, "0.1", UP if too_long else DOWN),
        _decimal(missing, "0.1", UP), facts, reg,
    )  # fmt: skip


def _weekly_avg(
    rule: MinWeeklyHoursAvg,
    totals: HourTotals,
    periods: Sequence[Period] | None,
    reg: ContextRegistry,
) -> RuleResult:
    wanted = list(rule.contexts) or reg.ids()
    spans, basis = _periods_for(wanted, totals, periods, reg)
    per_context = totals.per_context()
    minutes = (
        sum(_grouped(per_context, wanted, reg).values())
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
    weeks = Fraction((end - start).days + 1, 7)
    average = Fraction(minutes) / weeks
    missing_week = max(Fraction(0), needed_per_week - average)
    missing_total = max(Fraction(0), needed_per_week * weeks - minutes)
    facts = {
        "basis": basis,
        "weeks": _decimal(weeks, "0.1"),
        "start": start.isoformat(),
        "end": end.isoformat(),
        "missing_total": _hours(missing_total, UP),
    }
    return RuleResult(
        rule, "met" if not missing_week else "unmet", "hours_per_week",
        _hours(needed_per_week), _hours(average, DOWN if missing_week else ROUND_HALF_UP),
        _hours(missing_week, UP), facts, reg,
    )  # fmt: skip


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
            if signoffs.get(comp, 0) >= level:
                return True
            acts = activities.get(comp, ())
            return bool(acts) and all(signoffs.get(act, 0) >= level for act in acts)

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
    confirmed: Iterable[HourEntry] | None = None,
) -> Evaluation:
    """Evaluate every rule of ``alist``.

    Give the hours as ``entries`` or as ready ``totals``. ``periods`` are placement periods
    (without them, durations follow from the hours). ``signoffs`` maps a competence or activity
    id to the highest level a mentor confirmed; ``evidence`` maps one to a number of evidence
    items. Leave either out (None) to skip the rules that need it: they come back as
    ``not_evaluated``, never as gaps. ``confirmed`` are the hour entries a mentor confirmed:
    a rule with ``confirmed_only`` counts only those (none, when not given).
    """
    if totals is None:
        totals = HourTotals.from_entries(entries or ())
    everything = totals
    confirmed_totals = HourTotals.from_entries(confirmed or ())
    reg = alist.contexts
    results: list[RuleResult] = []
    for rule in alist.spec.rules:
        totals = confirmed_totals if rule.confirmed_only else everything
        per_context = totals.per_context()
        if isinstance(rule, MinTotalHours):
            results.append(_min_total(rule, per_context, reg))
        elif isinstance(rule, MinHoursInContexts):
            results.append(_min_in_contexts(rule, per_context, reg))
        elif isinstance(rule, RequiredContexts):
            results.append(_required(rule, per_context, reg))
        elif isinstance(rule, NotOnlyContexts):
            results.append(_not_only(rule, per_context, reg))
        elif isinstance(rule, MinWeeks):
            results.append(_min_weeks(rule, totals, reg))
        elif isinstance(rule, ComponentDuration):
            results.append(_component(rule, totals, periods, reg))
        elif isinstance(rule, MinWeeklyHoursAvg):
            results.append(_weekly_avg(rule, totals, periods, reg))
        else:
            results.append(_competences(rule, alist, signoffs, evidence))
    per_context = everything.per_context()
    counted = next(
        (
            r.facts["counted_minutes"]
            for r in results
            if r.rule.kind == "min_total_hours" and not r.rule.confirmed_only
        ),
        sum(per_context.values()),
    )
    return Evaluation(alist, tuple(results), per_context, counted)
