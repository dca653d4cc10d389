"""What schools add to the rules: a rule scoped to one school year, bounds in lestijden, and
half-days of stage.

- ``school_year = "2025-2026"`` on a rule: only the hours (and placement periods) of that school
  year count, 1 September to 31 August.
- ``lestijden = 160`` instead of ``hours``: a lestijd (teaching period in adult education) is
  exactly 50 minutes; the result is given in lestijden.
- ``min_half_days``: a day with at least ``half_day_hours`` hours of stage is one half-day, a day
  with at least twice that is two; never more than two a day (omzendbrief SO/2015/01: a stage is
  worth organising from 9 half-days a school year; some programmes ask 18).

The rules engine (``rules.evaluate``) calls these; ``messages.render`` words their results.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import TYPE_CHECKING, Any

from stageportfolio.core.activitylist import LESTIJD_MINUTES, MinHalfDays, Rule
from stageportfolio.core.contexts import ContextRegistry
from stageportfolio.core.hours import HourTotals, Period

if TYPE_CHECKING:
    from stageportfolio.core.rules import RuleResult


def school_year_bounds(school_year: str) -> tuple[date, date]:
    """``"2025-2026"`` -> 1 September 2025 and 31 August 2026 (both inclusive)."""
    first = int(school_year.split("-", 1)[0])
    return date(first, 9, 1), date(first + 1, 8, 31)


def scoped(
    rule: Rule, totals: HourTotals, periods: Sequence[Period] | None
) -> tuple[HourTotals, Sequence[Period] | None]:
    """The hours and placement periods a rule looks at: all, or those of its school year."""
    if rule.school_year is None:
        return totals, periods
    start, end = school_year_bounds(rule.school_year)
    days = {
        ctx: {day: minutes for day, minutes in per_day.items() if start <= day <= end}
        for ctx, per_day in totals.days.items()
    }
    clipped = None
    if periods is not None:
        clipped = [
            Period(p.context, max(p.start, start), min(p.end, end))
            for p in periods
            if p.start <= end and p.end >= start
        ]
    return HourTotals(days), clipped


def _decimal(numerator: int, denominator: int, rounding: str) -> Decimal:
    return (Decimal(numerator) / Decimal(denominator)).quantize(Decimal("0.01"), rounding)


def in_lestijden(result: RuleResult) -> RuleResult:
    """A result of an hour rule with a ``lestijden`` bound, its numbers in lestijden."""
    lestijden = getattr(result.rule, "lestijden", None)
    if lestijden is None:
        return result
    facts = result.facts
    if "counted_minutes" in facts:
        have = int(facts["counted_minutes"])
    else:
        have = sum(facts.get("per_context_minutes", {}).values())
    short = max(0, lestijden * LESTIJD_MINUTES - have)
    return dataclasses.replace(
        result,
        unit="lestijden",
        needed=Decimal(lestijden),
        have=_decimal(have, LESTIJD_MINUTES, ROUND_FLOOR),
        missing=_decimal(short, LESTIJD_MINUTES, ROUND_CEILING),
        facts={**facts, "have_minutes": have},
    )


def half_days(rule: MinHalfDays, totals: HourTotals, reg: ContextRegistry) -> RuleResult:
    """Half-days of stage: per calendar day the hours (in ``contexts`` if given) make 0, 1 or 2
    half-days."""
    from stageportfolio.core.rules import RuleResult

    wanted = [
        ctx
        for ctx in totals.days
        if not rule.contexts or reg.counts_for(ctx, rule.contexts) is not None
    ]
    per_day: dict[date, int] = {}
    for ctx in wanted:
        for day, minutes in totals.days[ctx].items():
            per_day[day] = per_day.get(day, 0) + minutes
    unit = int(rule.half_day_hours * 60)
    counted = sum(min(2, minutes // unit) for minutes in per_day.values())
    short_days = sum(1 for minutes in per_day.values() if 0 < minutes < unit)
    missing = max(0, rule.half_days - counted)
    facts = {"short_days": short_days, "days": len(per_day), "half_day_minutes": unit}
    return RuleResult(
        rule, "met" if not missing else "unmet", "half_days",
        Decimal(rule.half_days), Decimal(counted), Decimal(missing), facts, reg,
    )  # fmt: skip


# --- messages ------------------------------------------------------------------------------


def scope_prefix(rule: Rule, lang: str) -> str:
    """``"Schooljaar 2025-2026: "`` for a rule scoped to a school year, else ``""``."""
    if rule.school_year is None:
        return ""
    return f"{'Schooljaar' if lang == 'nl' else 'School year'} {rule.school_year}: "


def school_message(r: RuleResult, lang: str) -> str | None:
    """The body of a message about lestijden or half-days; None for any other result."""
    if r.unit == "lestijden":
        return _lestijden(r, lang)
    if r.unit == "half_days":
        return _half_days(r, lang)
    return None


def _where(r: RuleResult, lang: str) -> str:
    from stageportfolio.core.messages import join_or

    ids: list[str] = list(getattr(r.rule, "contexts", ()))
    labels = r.contexts.labels(ids, lang) if r.contexts is not None else ids
    return join_or(labels, lang)


def _lestijden(r: RuleResult, lang: str) -> str:
    from stageportfolio.core.messages import number

    nl = lang == "nl"
    n = lambda v: number(v, lang)  # noqa: E731
    where = _where(r, lang)
    unit_nl = "1 lestijd = 50 minuten"
    unit_en = "1 lestijd (teaching period) = 50 minutes"
    extra: list[str] = []
    if where and r.rule.kind == "min_total_hours":
        extra.append(f"enkel uren in {where} tellen mee" if nl else f"only hours in {where} count")
    distinct = r.facts.get("missing_distinct", 0)
    if distinct:
        k = getattr(r.rule, "min_distinct", 1)
        total = len(getattr(r.rule, "contexts", ()))
        extra.append(
            f"de uren moeten in minstens {k} van de {total} contexten liggen"
            if nl
            else f"hours must be in at least {k} of the {total} contexts"
        )
    extra.append(unit_nl if nl else unit_en)
    place_nl = f" in {where}" if where else " stage"
    place_en = f" in {where}" if where else " of stage"
    if r.met:
        return (
            f"Voldaan: {n(r.have)} lestijden{place_nl} ({n(r.needed)} nodig; {unit_nl})."
            if nl
            else f"Met: {n(r.have)} lestijden{place_en} ({n(r.needed)} needed; {unit_en})."
        )
    if r.missing == 0:  # enough lestijden, not spread over enough contexts
        head_nl = f"{n(r.have)} van {n(r.needed)} lestijden{place_nl}"
        head_en = f"{n(r.have)} of {n(r.needed)} lestijden{place_en}"
        return f"{head_nl}; {'; '.join(extra)}." if nl else f"{head_en}; {'; '.join(extra)}."
    # The action before it said how many more and where (core.actions): here the tally.
    if nl:
        return f"Je hebt nu {n(r.have)} van {n(r.needed)} lestijden; {'; '.join(extra)}."
    return f"You now have {n(r.have)} of {n(r.needed)} lestijden; {'; '.join(extra)}."


def _half_days(r: RuleResult, lang: str) -> str:
    from stageportfolio.core.hours import format_hours
    from stageportfolio.core.messages import number

    nl = lang == "nl"
    n = lambda v: number(v, lang)  # noqa: E731
    f: dict[str, Any] = r.facts
    where = _where(r, lang)

    def place(count: Decimal) -> str:
        words = ("halve dag", "halve dagen") if nl else ("half-day", "half-days")
        word = words[0] if count == 1 else words[1]
        if nl:
            return f"{word} stage in {where}" if where else f"{word} stage"
        return f"{word} of stage in {where}" if where else f"{word} of stage"

    unit = int(f["half_day_minutes"])
    one = format_hours(unit, decimal_mark="," if nl else ".")
    two = format_hours(2 * unit, decimal_mark="," if nl else ".")
    definition_nl = (
        f"een halve dag is een dag met minstens {one} uur stage; een dag met minstens {two} uur "
        "telt voor twee"
    )
    definition_en = (
        f"a half-day is a day with at least {one} hours of stage; a day with at least {two} hours "
        "counts as two"
    )
    if r.met:
        return (
            f"Voldaan: {n(r.have)} {place(r.have)} ({n(r.needed)} nodig; {definition_nl})."
            if nl
            else f"Met: {n(r.have)} {place(r.have)} ({n(r.needed)} needed; {definition_en})."
        )
    short = int(f.get("short_days", 0))
    # The action before it said how many more (core.actions): here the tally.
    if nl:
        text = f"Je hebt nu {n(r.have)} van {n(r.needed)} {place(r.needed)} ({definition_nl})."
        if short:
            days = "1 dag" if short == 1 else f"{short} dagen"
            text += f" {days} met minder dan {one} uur {'telt' if short == 1 else 'tellen'} niet."
        return text
    text = f"You now have {n(r.have)} of {n(r.needed)} {place(r.needed)} ({definition_en})."
    if short:
        days = "1 day" if short == 1 else f"{short} days"
        text += f" {days} with less than {one} hours {'does' if short == 1 else 'do'} not count."
    return text
