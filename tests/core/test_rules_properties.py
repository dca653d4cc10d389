"""Properties of the rules engine that must hold for any hour log (hypothesis)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from stageportfolio.core.catalog import ActivityList, shipped_calendar
from stageportfolio.core.hours import HourEntry, Period, hours_decimal
from stageportfolio.core.rules import Evaluation, evaluate
from tests.core.builders import CORE, make_list, rule

DETERMINISTIC = settings(max_examples=200, deadline=None, derandomize=True, database=None)

# Contexts in the three core contexts (kinderziekenhuis counts as ziekenhuis) and outside them.
CORE_MEMBERS = frozenset({*CORE, "kinderziekenhuis"})
OUTSIDE = ("beperking", "horeca", "andere", "ouderenzorg", "baby-peuter")
CONTEXTS = (*sorted(CORE_MEMBERS), *OUTSIDE)
FIRST_DAY = date(2025, 12, 1)  # the log spans the turn of the year (ISO weeks)

entries_st = st.builds(
    HourEntry,
    day=st.integers(0, 70).map(lambda n: FIRST_DAY + timedelta(days=n)),
    context=st.sampled_from(CONTEXTS),
    minutes=st.integers(1, 10 * 60),
)
logs = st.lists(entries_st, max_size=30)


def _statuses(evaluation: Evaluation) -> dict[str, str]:
    return {r.rule.id: r.status for r in evaluation.results}


# --- adding hours never opens an hour gap ------------------------------------------------
# Only the monotone kinds. Left out on purpose, because more hours CAN open a gap there:
# - not_only_contexts: an empty log is met, one hour of horeca makes it unmet;
# - component_duration with max_months: an extra day far away stretches the span past the max;
# - min_weekly_hours_avg: a short extra day far away stretches the period and lowers the average.
# (TestNotMonotone below shows each of them.)

MONOTONE = make_list(
    [
        rule("min_total_hours", "total-any", hours="20"),
        rule("min_total_hours", "total-core", hours="20", contexts=list(CORE)),
        rule("min_total_hours", "total-cap", hours="20", contexts=list(CORE), cap_outside="5"),
        rule("min_total_hours", "total-cap0", hours="8", contexts=list(CORE), cap_outside="0"),
        rule("min_hours_in_contexts", "core-2", hours="15", contexts=list(CORE), min_distinct=2),
        rule("min_hours_in_contexts", "core-3", hours="1", contexts=list(CORE), min_distinct=3),
        rule("min_hours_in_contexts", "elderly", hours="4", contexts=["ouderenzorg"]),
        rule("required_contexts", "req-exact", contexts=["residentieel", "thuiszorg"]),
        rule("required_contexts", "req-k", contexts=list(CORE), mode="at_least", count=2),
        rule("min_weeks", "weeks-any", weeks=2),
        rule("min_weeks", "weeks-core", weeks=1, contexts=list(CORE), day_hours="4"),
    ]
)


@DETERMINISTIC
@given(log=logs, extra=entries_st)
def test_adding_hours_never_opens_an_hour_gap(log: list[HourEntry], extra: HourEntry) -> None:
    before = _statuses(evaluate(MONOTONE, entries=log))
    after = _statuses(evaluate(MONOTONE, entries=[*log, extra]))
    for rule_id, status in before.items():
        if status == "met":
            assert after[rule_id] == "met", rule_id


def test_the_monotone_list_is_sometimes_met() -> None:
    """Guard for the property above: its rules are reachable with the generated logs."""
    entries = [
        HourEntry(FIRST_DAY + timedelta(weeks=w, days=d), ctx, 600)
        for w in range(4)
        for d, ctx in enumerate(("residentieel", "ziekenhuis", "thuiszorg"))
    ]
    assert set(_statuses(evaluate(MONOTONE, entries=entries)).values()) == {"met"}


# --- moving hours out of the core contexts never closes a gap ----------------------------

CORE_RULES = make_list(
    [
        rule("min_total_hours", "cap-100", hours="30", contexts=list(CORE), cap_outside="10"),
        rule("min_total_hours", "cap-small", hours="12", contexts=list(CORE), cap_outside="1.5"),
        rule("min_total_hours", "cap-none", hours="10", contexts=list(CORE)),
        rule("min_hours_in_contexts", "core-2", hours="20", contexts=list(CORE), min_distinct=2),
        rule("min_hours_in_contexts", "core-1", hours="5", contexts=list(CORE)),
    ]
)


@DETERMINISTIC
@given(log=logs, data=st.data())
def test_moving_hours_out_of_the_core_never_closes_a_gap(
    log: list[HourEntry], data: st.DataObject
) -> None:
    core_positions = [i for i, e in enumerate(log) if e.context in CORE_MEMBERS]
    if not core_positions:
        log = [*log, data.draw(entries_st.filter(lambda e: e.context in CORE_MEMBERS))]
        core_positions = [len(log) - 1]
    i = data.draw(st.sampled_from(core_positions))
    moved = [*log]
    moved[i] = HourEntry(log[i].day, "beperking", log[i].minutes)
    before = _statuses(evaluate(CORE_RULES, entries=log))
    after = _statuses(evaluate(CORE_RULES, entries=moved))
    for rule_id, status in before.items():
        if status == "unmet":
            assert after[rule_id] == "unmet", rule_id


# --- counted hours = core + min(other, cap) ----------------------------------------------

CAPS = ("0", "1.5", "10", "100")
CAPPED = {
    cap: make_list(
        [rule("min_total_hours", hours="40", contexts=list(CORE), cap_outside=cap)],
        list_id=f"cap-{cap.replace('.', '-')}",
    )
    for cap in CAPS
}


@DETERMINISTIC
@given(log=logs, cap=st.sampled_from(CAPS))
def test_counted_hours_are_core_plus_capped_other(log: list[HourEntry], cap: str) -> None:
    core = sum(e.minutes for e in log if e.context in CORE_MEMBERS)
    other = sum(e.minutes for e in log if e.context not in CORE_MEMBERS)
    cap_minutes = int(Decimal(cap) * 60)
    counted = core + min(other, cap_minutes)

    evaluation = evaluate(CAPPED[cap], entries=log)
    (result,) = evaluation.results
    assert evaluation.counted_minutes == counted
    assert result.facts["inside_minutes"] == core
    assert result.facts["outside_minutes"] == other
    assert result.have == hours_decimal(counted)
    assert result.met == (counted >= 40 * 60)
    assert result.missing == hours_decimal(max(0, 40 * 60 - counted))


# --- evaluation does not depend on entry order -------------------------------------------

EVERY_KIND = make_list(
    [
        rule("min_total_hours", hours="20", contexts=list(CORE), cap_outside="5"),
        rule("min_hours_in_contexts", hours="15", contexts=list(CORE), min_distinct=2),
        rule("required_contexts", contexts=["residentieel", "thuiszorg"]),
        rule("not_only_contexts", contexts=["horeca"]),
        rule("min_weeks", weeks=4),
        rule("component_duration", contexts=["ouderenzorg"], min_months="1", max_months="2"),
        rule("min_weekly_hours_avg", hours="10"),
        rule("competences_signed", min_level=2),
        rule("competences_evidenced"),
    ]
)
SIGNOFFS = {"c1": 2, "c2.a1": 2, "c2.a2": 3}
EVIDENCE = {"c1": 1, "c3.a2": 1}


def _snapshot(evaluation: Evaluation) -> list[dict[str, Any]]:
    return [
        {**r.as_dict(), "en": r.message("en"), "facts": r.facts, "exact": (r.have, r.missing)}
        for r in evaluation.results
    ]


@DETERMINISTIC
@given(log=logs, data=st.data())
def test_evaluation_does_not_depend_on_entry_order(
    log: list[HourEntry], data: st.DataObject
) -> None:
    shuffled = data.draw(st.permutations(log))
    a = evaluate(EVERY_KIND, entries=log, signoffs=SIGNOFFS, evidence=EVIDENCE)
    b = evaluate(EVERY_KIND, entries=shuffled, signoffs=SIGNOFFS, evidence=EVIDENCE)
    assert _snapshot(a) == _snapshot(b)
    assert a.totals == b.totals
    assert a.counted_minutes == b.counted_minutes


periods_st = st.lists(
    st.builds(
        lambda ctx, start, length: Period(ctx, start, start + timedelta(days=length)),
        st.sampled_from(("residentieel", "ouderenzorg", "thuiszorg")),
        st.integers(0, 200).map(lambda n: FIRST_DAY + timedelta(days=n)),
        st.integers(0, 120),
    ),
    max_size=5,
)


@DETERMINISTIC
@given(log=logs, periods=periods_st, data=st.data())
def test_evaluation_does_not_depend_on_period_order(
    log: list[HourEntry], periods: list[Period], data: st.DataObject
) -> None:
    shuffled = data.draw(st.permutations(periods))
    a = evaluate(EVERY_KIND, entries=log, periods=periods)
    b = evaluate(EVERY_KIND, entries=log, periods=shuffled)
    assert _snapshot(a) == _snapshot(b)


# --- months of working days and school weeks ---------------------------------------------

CALENDAR = shipped_calendar()
days_st = st.integers(0, 3 * 366).map(lambda n: date(2024, 9, 1) + timedelta(days=n))


@DETERMINISTIC
@given(start=days_st, end=days_st, later=st.integers(0, 400))
def test_months_grow_with_the_end(start: date, end: date, later: int) -> None:
    months = CALENDAR.months([(start, end)])
    assert months <= CALENDAR.months([(start, end + timedelta(days=later))])
    assert months >= 0


@DETERMINISTIC
@given(day=days_st, before=st.integers(0, 6), after=st.integers(0, 6))
def test_a_month_from_its_first_to_its_last_working_day_is_one_month(
    day: date, before: int, after: int
) -> None:
    """A period that starts on or before the first working day of a month and ends on or after
    its last counts that month in full; one working day less does not."""
    first = day.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    first_working = next(d for d in _days(first, last) if CALENDAR.is_working_day(d))
    last_working = next(d for d in reversed(_days(first, last)) if CALENDAR.is_working_day(d))
    start = max(first, first_working - timedelta(days=before))
    end = min(last, last_working + timedelta(days=after))
    assert CALENDAR.months([(start, end)]) == 1
    assert CALENDAR.months([(start, last_working - timedelta(days=1))]) < 1
    assert CALENDAR.months([(first_working + timedelta(days=1), end)]) < 1


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


WEEKLY = make_list([rule("min_weekly_hours_avg", hours="20")])
SCHOOL_YEAR = [Period("residentieel", date(2025, 9, 1), date(2026, 6, 30))]
HOLIDAYS = [
    day
    for day in (date(2025, 9, 1) + timedelta(days=n) for n in range(303))
    if day.weekday() < 5 and not CALENDAR.is_school_day(day)
]


@DETERMINISTIC
@given(log=st.lists(
    st.builds(
        HourEntry,
        day=st.integers(0, 302).map(lambda n: date(2025, 9, 1) + timedelta(days=n)),
        context=st.just("residentieel"),
        minutes=st.integers(60, 10 * 60),
    ),
    max_size=60,
), extra=st.sampled_from(HOLIDAYS), minutes=st.integers(1, 10 * 60))  # fmt: skip
def test_hours_in_a_school_holiday_never_lower_the_weekly_average(
    log: list[HourEntry], extra: date, minutes: int
) -> None:
    """A holiday is no school week: hours worked in it add to the hours, not to the weeks."""
    (before,) = evaluate(WEEKLY, entries=log, periods=SCHOOL_YEAR).results
    (after,) = evaluate(
        WEEKLY, entries=[*log, HourEntry(extra, "residentieel", minutes)], periods=SCHOOL_YEAR
    ).results
    assert after.facts["weeks"] == before.facts["weeks"]
    assert after.have >= before.have
    if before.met:
        assert after.met


# --- the kinds left out above really are not monotone ------------------------------------


class TestNotMonotone:
    @staticmethod
    def _status(alist: ActivityList, entries: list[HourEntry]) -> str:
        (result,) = evaluate(alist, entries=entries).results
        return result.status

    def test_not_only_contexts(self) -> None:
        alist = make_list([rule("not_only_contexts", contexts=["horeca"])])
        assert self._status(alist, []) == "met"
        assert self._status(alist, [HourEntry(FIRST_DAY, "horeca", 60)]) == "unmet"

    def test_component_duration_maximum(self) -> None:
        alist = make_list([rule("component_duration", contexts=["residentieel"], max_months="1")])
        first = [HourEntry(FIRST_DAY, "residentieel", 60)]
        far = HourEntry(FIRST_DAY + timedelta(days=90), "residentieel", 60)
        assert self._status(alist, first) == "met"
        assert self._status(alist, [*first, far]) == "unmet"

    def test_weekly_average(self) -> None:
        alist = make_list([rule("min_weekly_hours_avg", hours="20")])
        week = [HourEntry(FIRST_DAY + timedelta(days=d), "residentieel", 8 * 60) for d in range(7)]
        far = HourEntry(FIRST_DAY + timedelta(days=60), "residentieel", 60)
        assert self._status(alist, week) == "met"
        assert self._status(alist, [*week, far]) == "unmet"
