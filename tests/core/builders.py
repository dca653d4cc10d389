"""In-memory builders for rule tests: a small BK, a list with the given rules, hour entries.

Everything is built with the real models (``BKFile``, ``ListFile``, ``ActivityList``) and the
shipped context registry, so the tests exercise the same validation and ``counts_as`` data as
the app.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from decimal import Decimal
from functools import cache
from typing import Any

from stageportfolio.core.activitylist import BKFile, ListFile
from stageportfolio.core.catalog import SHIPPED_DIR, ActivityList, load_contexts
from stageportfolio.core.contexts import ContextRegistry
from stageportfolio.core.hours import HourEntry, Period
from stageportfolio.core.rules import Evaluation, RuleResult, evaluate

CORE = ("residentieel", "ziekenhuis", "thuiszorg")
SOURCE = "Webinar sector 2025 (seed 000)"
BK_CODE = "BK-0243-2"
# A school-year Monday, far from any year boundary.
MONDAY = date(2025, 9, 1)


@cache
def registry() -> ContextRegistry:
    return load_contexts(SHIPPED_DIR / "contexts.toml")


def bk_file(n_competences: int = 3, activities_each: int = 2, code: str = BK_CODE) -> BKFile:
    """A BK with competences ``c1..cN``, each with activities ``c1.a1..``."""
    version = int(code.rsplit("-", 1)[1])
    return BKFile.model_validate(
        {
            "format": 1,
            "code": code,
            "version": version,
            "title": "Zorgkundige (test)",
            "vks_level": 4,
            "source": "test",
            "competences": [
                {
                    "id": f"c{i}",
                    "nr": i,
                    "title": f"Competentie {i}",
                    "activities": [
                        {"id": f"c{i}.a{j}", "text": f"Activiteit {i}.{j}"}
                        for j in range(1, activities_each + 1)
                    ],
                }
                for i in range(1, n_competences + 1)
            ],
        }
    )


def rule(kind: str, rule_id: str | None = None, **fields: Any) -> dict[str, Any]:
    """A rule table as in a list file; id, severity and source get defaults."""
    data: dict[str, Any] = {
        "id": rule_id or kind.replace("_", "-"),
        "kind": kind,
        "severity": "error",
        "source": SOURCE,
    }
    data.update(fields)
    return data


def make_list(
    rules: Sequence[Mapping[str, Any]],
    *,
    contexts: Sequence[str] | None = None,
    bk: BKFile | None = None,
    list_id: str = "test-lijst",
) -> ActivityList:
    bk = bk or bk_file()
    reg = registry()
    spec = ListFile.model_validate(
        {
            "format": 1,
            "id": list_id,
            "version": 1,
            "kind": "studierichting",
            "title": "Testlijst",
            "programme": "Test",
            "source": "test",
            "bks": [{"code": bk.code, "scope": "volledig"}],
            "contexts": list(contexts) if contexts is not None else reg.ids(),
            "rules": [dict(r) for r in rules],
        }
    )
    return ActivityList(spec, (bk,), reg)


def one_rule(kind: str, **fields: Any) -> ActivityList:
    return make_list([rule(kind, **fields)])


def result_of(
    kind: str,
    entries: Iterable[HourEntry] = (),
    *,
    periods: Sequence[Period] | None = None,
    signoffs: Mapping[str, int] | None = None,
    evidence: Mapping[str, int] | None = None,
    **fields: Any,
) -> RuleResult:
    """The one result of a list holding just one rule of ``kind``."""
    evaluation = evaluate(
        one_rule(kind, **fields),
        entries=list(entries),
        periods=periods,
        signoffs=signoffs,
        evidence=evidence,
    )
    (only,) = evaluation.results
    return only


def entries_for(
    context: str,
    minutes: int,
    *,
    start: date = MONDAY,
    per_day: int = 8 * 60,
) -> list[HourEntry]:
    """``minutes`` in ``context`` as consecutive days of at most ``per_day`` minutes each."""
    out: list[HourEntry] = []
    day = start
    left = minutes
    while left > 0:
        chunk = min(per_day, left)
        out.append(HourEntry(day, context, chunk))
        left -= chunk
        day += timedelta(days=1)
    return out


def hours(**per_context: int | str | Decimal) -> list[HourEntry]:
    """Entries from hours per context, each context on its own run of days.

    ``hours(residentieel=150, ziekenhuis="37.5")``; contexts never share a day, so the 24 h day
    limit is never approached.
    """
    out: list[HourEntry] = []
    start = MONDAY
    for context, amount in per_context.items():
        minutes = Decimal(str(amount)) * 60
        assert minutes == minutes.to_integral_value(), "whole minutes only"
        chunk = entries_for(context, int(minutes), start=start)
        out.extend(chunk)
        start = (chunk[-1].day if chunk else start) + timedelta(days=1)
    return out


def by_id(evaluation: Evaluation) -> dict[str, RuleResult]:
    return {r.rule.id: r for r in evaluation.results}


def registration_rules(*, cap: str | None = "100") -> list[dict[str, Any]]:
    """The zorgkundige registration rules of DOMAIN.md (300 h total, 200 h core in 2 of 3)."""
    total = rule("min_total_hours", "totaal-300", hours="300", contexts=list(CORE))
    if cap is not None:
        total["cap_outside"] = cap
    core = rule(
        "min_hours_in_contexts", "kern-200", hours="200", contexts=list(CORE), min_distinct=2
    )
    return [total, core]
