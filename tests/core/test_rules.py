"""The rules engine, rule kind by rule kind, on the edges of each bound (DOMAIN.md, "Hour and
context rules: precise meaning")."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest

from stageportfolio.core.catalog import shipped_calendar
from stageportfolio.core.hours import HourEntry, HourTotals, Period, hours_decimal, parse_hours
from stageportfolio.core.rules import RuleResult, evaluate, merged_days
from tests.core.builders import (
    CORE,
    MONDAY,
    SOURCE,
    by_id,
    entries_for,
    hours,
    make_list,
    registration_rules,
    registry,
    result_of,
    rule,
)

ONE_MINUTE = Decimal("0.02")  # 1/60 h, shown with two decimals (half up)


# --- min_total_hours --------------------------------------------------------------------


class TestMinTotalHours:
    def test_exactly_on_the_bound_is_met(self) -> None:
        r = result_of("min_total_hours", hours(residentieel=300), hours="300")
        assert r.status == "met"
        assert (r.needed, r.have, r.missing) == (Decimal(300), Decimal(300), Decimal(0))

    def test_one_minute_under_is_unmet(self) -> None:
        entries = entries_for("residentieel", 300 * 60 - 1)
        r = result_of("min_total_hours", entries, hours="300")
        assert r.status == "unmet"
        assert r.is_gap
        assert r.missing == ONE_MINUTE
        assert r.have == Decimal("299.98")
        assert r.facts["counted_minutes"] == 300 * 60 - 1

    def test_without_contexts_every_context_counts(self) -> None:
        r = result_of("min_total_hours", hours(horeca=100, beperking=100, andere=100), hours="300")
        assert r.met

    def test_outside_hours_count_up_to_the_cap(self) -> None:
        # 200 core + 100 other: exactly at the cap, exactly 300.
        r = result_of(
            "min_total_hours",
            hours(residentieel=200, beperking=100),
            hours="300",
            contexts=list(CORE),
            cap_outside="100",
        )
        assert r.met
        assert r.facts["outside_minutes"] == r.facts["cap_minutes"] == 100 * 60
        assert r.facts["counted_minutes"] == 300 * 60

    def test_exactly_at_the_cap_one_core_minute_short(self) -> None:
        entries = entries_for("residentieel", 200 * 60 - 1) + hours(beperking=100)
        r = result_of(
            "min_total_hours", entries, hours="300", contexts=list(CORE), cap_outside="100"
        )
        assert r.status == "unmet"
        assert r.missing == ONE_MINUTE

    def test_outside_hours_beyond_the_cap_do_not_count(self) -> None:
        r = result_of(
            "min_total_hours",
            hours(residentieel=150, beperking=300),
            hours="300",
            contexts=list(CORE),
            cap_outside="100",
        )
        assert r.status == "unmet"
        assert r.facts["total_minutes"] == 450 * 60
        assert r.facts["inside_minutes"] == 150 * 60
        assert r.facts["outside_minutes"] == 300 * 60
        assert (r.have, r.missing) == (Decimal(250), Decimal(50))

    def test_one_minute_over_the_cap_does_not_help(self) -> None:
        entries = entries_for("residentieel", 200 * 60 - 1) + entries_for(
            "beperking", 100 * 60 + 1, start=date(2026, 1, 5)
        )
        r = result_of(
            "min_total_hours", entries, hours="300", contexts=list(CORE), cap_outside="100"
        )
        assert r.status == "unmet"
        assert r.facts["counted_minutes"] == 300 * 60 - 1

    def test_contexts_without_cap_count_only_inside(self) -> None:
        r = result_of(
            "min_total_hours",
            hours(residentieel=299, beperking=50),
            hours="300",
            contexts=list(CORE),
        )
        assert r.status == "unmet"
        assert r.facts["cap_minutes"] == 0
        assert r.missing == Decimal(1)

    def test_cap_zero(self) -> None:
        r = result_of(
            "min_total_hours",
            hours(residentieel=300, beperking=10),
            hours="300",
            contexts=list(CORE),
            cap_outside="0",
        )
        assert r.met
        assert r.facts["counted_minutes"] == 300 * 60

    def test_fractional_cap(self) -> None:
        r = result_of(
            "min_total_hours",
            hours(residentieel="8.5", beperking=5),
            hours="10",
            contexts=list(CORE),
            cap_outside="1.5",
        )
        assert r.met
        assert r.facts["counted_minutes"] == 600

    def test_children_hospital_counts_as_hospital_inside_the_set(self) -> None:
        r = result_of(
            "min_total_hours",
            hours(residentieel=150, kinderziekenhuis=150),
            hours="300",
            contexts=list(CORE),
            cap_outside="0",
        )
        assert r.met
        assert r.facts["inside_minutes"] == 300 * 60
        assert r.facts["outside_minutes"] == 0


# --- min_hours_in_contexts ----------------------------------------------------------------


def _core(entries: list[HourEntry], *, needed: str = "200", distinct: int = 2) -> RuleResult:
    return result_of(
        "min_hours_in_contexts", entries, hours=needed, contexts=list(CORE), min_distinct=distinct
    )


class TestMinHoursInContexts:
    def test_both_bounds_exactly_met(self) -> None:
        r = _core(hours(residentieel=100, ziekenhuis=100))
        assert r.met
        assert r.facts["present"] == ["residentieel", "ziekenhuis"]
        assert r.facts["absent"] == ["thuiszorg"]
        assert r.facts["missing_distinct"] == 0

    def test_one_minute_under_the_hours(self) -> None:
        r = _core(entries_for("residentieel", 100 * 60) + entries_for("thuiszorg", 100 * 60 - 1))
        assert r.status == "unmet"
        assert r.missing == ONE_MINUTE
        assert r.facts["missing_distinct"] == 0

    def test_distinct_bound_alone(self) -> None:
        # Enough hours, all in one context: unmet on the spread alone.
        r = _core(hours(residentieel=250))
        assert r.status == "unmet"
        assert r.missing == 0
        assert r.have == Decimal(250)
        assert r.facts["missing_distinct"] == 1

    def test_one_minute_in_a_second_context_meets_the_spread(self) -> None:
        r = _core(entries_for("residentieel", 200 * 60 - 1) + entries_for("ziekenhuis", 1))
        assert r.met

    def test_both_bounds_unmet(self) -> None:
        r = _core(hours(residentieel=150))
        assert r.status == "unmet"
        assert r.missing == Decimal(50)
        assert r.facts["missing_distinct"] == 1

    def test_no_hours(self) -> None:
        r = _core([])
        assert r.status == "unmet"
        assert (r.have, r.missing) == (Decimal(0), Decimal(200))
        assert r.facts["missing_distinct"] == 2
        assert r.facts["present"] == []

    def test_hours_outside_the_set_do_not_count(self) -> None:
        r = _core(hours(residentieel=150, ziekenhuis=20, beperking=300))
        assert r.status == "unmet"
        assert r.have == Decimal(170)

    def test_min_distinct_one(self) -> None:
        assert _core(hours(thuiszorg=200), distinct=1).met

    def test_children_hospital_counts_for_hospital(self) -> None:
        r = _core(hours(residentieel=100, kinderziekenhuis=100))
        assert r.met
        assert r.facts["present"] == ["residentieel", "ziekenhuis"]
        assert r.facts["per_context_minutes"] == {"residentieel": 6000, "ziekenhuis": 6000}

    def test_residential_counts_for_elderly_care(self) -> None:
        r = result_of(
            "min_hours_in_contexts",
            hours(residentieel=30, ouderenzorg=10),
            hours="40",
            contexts=["ouderenzorg", "jeugdrechtbank"],
        )
        assert r.met
        assert r.facts["per_context_minutes"] == {"ouderenzorg": 40 * 60}

    def test_counts_as_does_not_go_backwards(self) -> None:
        # ziekenhuis is not a kinderziekenhuis, ouderenzorg is not residentieel.
        r = result_of(
            "min_hours_in_contexts",
            hours(ziekenhuis=10, ouderenzorg=10),
            hours="1",
            contexts=["kinderziekenhuis", "residentieel"],
        )
        assert r.status == "unmet"
        assert r.have == 0


# --- required_contexts --------------------------------------------------------------------


class TestRequiredContexts:
    def test_exact_all_present(self) -> None:
        r = result_of(
            "required_contexts",
            entries_for("residentieel", 1) + entries_for("thuiszorg", 1),
            contexts=["residentieel", "thuiszorg"],
        )
        assert r.met
        assert r.unit == "contexts"
        assert (r.needed, r.have, r.missing) == (Decimal(2), Decimal(2), Decimal(0))

    def test_exact_one_absent(self) -> None:
        r = result_of(
            "required_contexts",
            hours(residentieel=300, ziekenhuis=100),
            contexts=["residentieel", "thuiszorg"],
        )
        assert r.status == "unmet"
        assert (r.needed, r.have, r.missing) == (Decimal(2), Decimal(1), Decimal(1))
        assert r.facts["absent"] == ["thuiszorg"]

    def test_at_least_one(self) -> None:
        fields = {"contexts": ["residentieel", "thuiszorg"], "mode": "at_least", "count": 1}
        assert result_of("required_contexts", hours(horeca=100), **fields).status == "unmet"
        assert result_of("required_contexts", entries_for("thuiszorg", 1), **fields).met

    def test_at_least_k_of_n(self) -> None:
        fields = {"contexts": list(CORE), "mode": "at_least", "count": 2}
        one = result_of("required_contexts", hours(residentieel=10), **fields)
        assert one.status == "unmet"
        assert (one.needed, one.have, one.missing) == (Decimal(2), Decimal(1), Decimal(1))
        two = result_of("required_contexts", hours(residentieel=10, ziekenhuis=1), **fields)
        assert two.met
        three = result_of(
            "required_contexts", hours(residentieel=1, ziekenhuis=1, thuiszorg=1), **fields
        )
        assert three.met
        assert three.have == Decimal(2)  # capped at what is needed

    def test_counts_as(self) -> None:
        r = result_of(
            "required_contexts",
            hours(kinderziekenhuis=1, residentieel=1),
            contexts=["ziekenhuis", "ouderenzorg"],
        )
        assert r.met


# --- not_only_contexts --------------------------------------------------------------------


class TestNotOnlyContexts:
    def test_all_in_hospitality_is_a_gap(self) -> None:
        r = result_of("not_only_contexts", hours(horeca=120), contexts=["horeca"])
        assert r.status == "unmet"
        assert r.is_gap

    def test_one_minute_elsewhere_is_met(self) -> None:
        entries = hours(horeca=120) + entries_for("residentieel", 1, start=date(2026, 3, 2))
        assert result_of("not_only_contexts", entries, contexts=["horeca"]).met

    def test_no_hours_is_met(self) -> None:
        assert result_of("not_only_contexts", [], contexts=["horeca"]).met

    def test_counts_as_inside(self) -> None:
        # Hours in a children's hospital are hospital hours for a rule naming ziekenhuis.
        r = result_of("not_only_contexts", hours(kinderziekenhuis=5), contexts=["ziekenhuis"])
        assert r.status == "unmet"


# --- min_weeks: a volume of stage days, not calendar weeks touched -----------------------

FULL_DAY = 6 * 60  # the default stage day: 6 hours
WEDNESDAYS = [MONDAY + timedelta(days=2, weeks=i) for i in range(12)]


def _days(n: int, minutes: int = 7 * 60, context: str = "residentieel") -> list[HourEntry]:
    """``n`` weekdays in a row from MONDAY, ``minutes`` each."""
    days = [MONDAY + timedelta(days=i) for i in range(2 * n + 7)]
    return [HourEntry(d, context, minutes) for d in days if d.weekday() < 5][:n]


class TestMinWeeks:
    def test_forty_full_days_are_eight_weeks(self) -> None:
        r = result_of("min_weeks", _days(40), weeks=8, severity="warning")
        assert r.met
        assert r.unit == "weeks"
        assert (r.needed, r.have, r.missing) == (Decimal(8), Decimal(8), Decimal(0))
        assert r.facts["stage_days"] == Decimal(40)
        assert r.facts["full_days"] == 40

    def test_one_day_short_is_unmet(self) -> None:
        r = result_of("min_weeks", _days(39), weeks=8, severity="warning")
        assert r.status == "unmet"
        assert (r.have, r.missing) == (Decimal("7.8"), Decimal("0.2"))
        assert r.facts["missing_days"] == Decimal(1)

    def test_twelve_wednesday_afternoons_are_not_twelve_weeks(self) -> None:
        # 3,5 hours each: a half stage day each, 6 stage days, 1,2 weeks of stage.
        entries = [HourEntry(day, "thuiszorg", 210) for day in WEDNESDAYS]
        assert len({day.isocalendar()[:2] for day in WEDNESDAYS}) == 12  # twelve weeks touched
        r = result_of("min_weeks", entries, weeks=12, severity="warning")
        assert r.status == "unmet"
        assert r.facts["half_days"] == 12
        assert r.facts["stage_days"] == Decimal(6)
        assert r.have == Decimal("1.2")
        assert r.facts["missing_days"] == Decimal(54)

    @pytest.mark.parametrize(
        ("minutes", "credit"),
        [(FULL_DAY, 1), (10 * 60, 1), (FULL_DAY - 1, "0.5"), (180, "0.5"), (179, "0.497"),
         (90, "0.25"), (1, "0.003")],
    )  # fmt: skip
    def test_a_day_counts_by_its_hours(self, minutes: int, credit: str) -> None:
        r = result_of("min_weeks", [HourEntry(MONDAY, "thuiszorg", minutes)], weeks=1)
        stage_days = r.facts["stage_days"]
        assert abs(stage_days - Decimal(credit)) < Decimal("0.1")
        if Decimal(credit) in (1, Decimal("0.5")):
            assert stage_days == Decimal(credit)

    def test_hours_of_one_day_in_several_contexts_add_up(self) -> None:
        entries = [HourEntry(MONDAY, "residentieel", 180), HourEntry(MONDAY, "thuiszorg", 180)]
        r = result_of("min_weeks", entries, weeks=1)
        assert r.facts["stage_days"] == Decimal(1)
        assert r.facts["days_with_hours"] == 1

    def test_the_list_defines_a_week_and_a_day(self) -> None:
        four_day_weeks = result_of(
            "min_weeks", _days(8, 4 * 60), weeks=2, week_days=4, day_hours="4"
        )
        assert four_day_weeks.met
        assert four_day_weeks.facts["stage_days"] == Decimal(8)

    def test_limited_to_contexts(self) -> None:
        entries = _days(10, context="residentieel") + [
            HourEntry(MONDAY + timedelta(weeks=10 + i), "horeca", 8 * 60) for i in range(30)
        ]
        r = result_of("min_weeks", entries, weeks=4, contexts=["ouderenzorg"])
        assert r.status == "unmet"
        assert r.have == Decimal(2)  # residentieel counts as ouderenzorg, horeca does not

    def test_no_hours(self) -> None:
        r = result_of("min_weeks", [], weeks=1)
        assert r.status == "unmet"
        assert r.have == 0
        assert r.facts["missing_days"] == Decimal(5)


# --- component_duration: months of working days ------------------------------------------


def _months(*periods: tuple[date, date]) -> Fraction:
    return shipped_calendar().months(periods)


class TestWorkingDayMonths:
    def test_february_to_june_is_exactly_five_months(self) -> None:
        assert _months((date(2026, 2, 1), date(2026, 6, 30))) == 5
        assert isinstance(_months((date(2026, 2, 1), date(2026, 6, 30))), Fraction)

    @pytest.mark.parametrize(
        ("start", "end", "months"),
        [
            # September to January is five months, also when it ends on the last working day
            (date(2025, 9, 1), date(2026, 1, 31), Fraction(5)),
            (date(2025, 9, 1), date(2026, 1, 30), Fraction(5)),  # Friday 30 January 2026
            (date(2024, 9, 2), date(2025, 1, 31), Fraction(5)),  # starts Monday 2 September
            (date(2026, 2, 1), date(2026, 2, 27), Fraction(1)),  # Friday 27 February
            (date(2024, 2, 1), date(2024, 2, 29), Fraction(1)),  # leap year
            (date(2025, 9, 1), date(2026, 6, 30), Fraction(10)),  # across the new year
            (date(2026, 2, 1), date(2026, 8, 31), Fraction(7)),
            (date(2026, 2, 1), date(2026, 1, 31), Fraction(0)),  # end before start
            (date(2026, 2, 7), date(2026, 2, 8), Fraction(0)),  # a weekend
            (date(2026, 2, 2), date(2026, 2, 2), Fraction(1, 20)),  # February 2026: 20 days
            (date(2026, 1, 2), date(2026, 1, 2), Fraction(1, 21)),  # 1 January is a holiday
        ],
    )
    def test_known_values(self, start: date, end: date, months: Fraction) -> None:
        assert _months((start, end)) == months

    def test_merged_days(self) -> None:
        a = (date(2026, 2, 1), date(2026, 4, 30))
        b = (date(2026, 4, 1), date(2026, 6, 30))
        c = (date(2026, 7, 1), date(2026, 7, 10))  # touching: merged too
        d = (date(2026, 9, 1), date(2026, 9, 30))
        assert merged_days([d, b, c, a]) == [(date(2026, 2, 1), date(2026, 7, 10)), d]


def _component(
    periods: list[Period] | None, entries: Sequence[HourEntry] = (), **fields: object
) -> RuleResult:
    fields = {"contexts": ["residentieel"], "min_months": "5", "max_months": "7", **fields}
    return result_of("component_duration", entries, periods=periods, **fields)


def _res(start: date, end: date, context: str = "residentieel") -> Period:
    return Period(context, start, end)


class TestComponentDuration:
    def test_five_months_exactly_is_met(self) -> None:
        r = _component([_res(date(2026, 2, 1), date(2026, 6, 30))])
        assert r.met
        assert r.unit == "months"
        assert (r.needed, r.have, r.missing) == (Decimal(5), Decimal(5), Decimal(0))
        assert r.facts["basis"] == "placements"

    def test_one_day_short_is_unmet(self) -> None:
        r = _component([_res(date(2026, 2, 1), date(2026, 6, 29))])
        assert r.status == "unmet"
        assert r.facts["too_long"] is False

    def test_one_day_short_shows_a_shortfall(self) -> None:
        r = _component([_res(date(2026, 2, 1), date(2026, 6, 29))])
        assert r.have < r.needed
        assert r.missing > 0

    def test_seven_months_exactly_is_met(self) -> None:
        assert _component([_res(date(2026, 2, 1), date(2026, 8, 31))]).met

    def test_too_long(self) -> None:
        r = _component([_res(date(2025, 9, 1), date(2026, 6, 30))])
        assert r.status == "unmet"
        assert r.facts["too_long"] is True
        assert r.facts["excess"] == Decimal(3)
        assert r.missing == 0

    def test_one_day_too_long_is_unmet(self) -> None:
        r = _component([_res(date(2026, 2, 1), date(2026, 9, 1))])
        assert r.status == "unmet"
        assert r.facts["too_long"] is True

    def test_one_day_too_long_shows_the_excess(self) -> None:
        r = _component([_res(date(2026, 2, 1), date(2026, 9, 1))])
        assert r.facts["excess"] > 0

    def test_only_a_maximum(self) -> None:
        assert _component([_res(date(2026, 2, 1), date(2026, 3, 1))], min_months=None).met

    def test_derived_from_hours_without_periods(self) -> None:
        entries = [
            HourEntry(date(2026, 2, 1), "residentieel", 60),
            HourEntry(date(2026, 4, 15), "residentieel", 60),
            HourEntry(date(2026, 6, 30), "residentieel", 60),
            HourEntry(date(2026, 9, 30), "thuiszorg", 60),  # another component
        ]
        r = _component(None, entries)
        assert r.met
        assert r.facts["basis"] == "hours"
        assert r.have == Decimal(5)
        short = _component(None, entries[:2])
        assert short.status == "unmet"
        assert short.facts["basis"] == "hours"

    def test_periods_win_over_hours(self) -> None:
        # Hours span less than a month, the placement is five months: the placement counts.
        entries = hours(residentieel=40)
        r = _component([_res(date(2026, 2, 1), date(2026, 6, 30))], entries)
        assert r.met
        assert r.facts["basis"] == "placements"

    def test_empty_periods_fall_back_to_hours(self) -> None:
        r = _component([], [HourEntry(date(2026, 2, 1), "residentieel", 60)])
        assert r.facts["basis"] == "hours"

    def test_overlapping_periods_are_not_double_counted(self) -> None:
        r = _component(
            [
                _res(date(2026, 2, 1), date(2026, 4, 30)),
                _res(date(2026, 4, 1), date(2026, 6, 30)),
                _res(date(2026, 3, 1), date(2026, 3, 31), "ouderenzorg"),
            ],
            contexts=["ouderenzorg"],
        )
        assert r.met
        assert r.have == Decimal(5)  # not 3 + 3 + 1

    def test_separate_periods_add_up(self) -> None:
        r = _component(
            [_res(date(2025, 10, 1), date(2025, 12, 31)), _res(date(2026, 3, 1), date(2026, 4, 30))]
        )
        assert r.met
        assert r.have == Decimal(5)

    def test_periods_in_other_contexts_are_ignored(self) -> None:
        r = _component(
            [_res(date(2026, 2, 1), date(2026, 6, 30), "thuiszorg")],
            hours(thuiszorg=100),
        )
        assert r.status == "unmet"
        assert r.have == 0
        assert r.missing == Decimal(5)

    def test_no_period_no_hours(self) -> None:
        r = _component(None)
        assert r.status == "unmet"
        assert (r.have, r.missing) == (Decimal(0), Decimal(5))


# --- min_weekly_hours_avg ----------------------------------------------------------------

FOUR_WEEKS = [Period("residentieel", date(2025, 9, 1), date(2025, 9, 28))]


def _weekly(
    entries: list[HourEntry], periods: list[Period] | None = FOUR_WEEKS, **fields: object
) -> RuleResult:
    return result_of("min_weekly_hours_avg", entries, periods=periods, hours="20", **fields)


def _spread(minutes: int, context: str = "residentieel") -> list[HourEntry]:
    """``minutes`` over the weekdays of September 2025's first four weeks."""
    days = [d for d in (date(2025, 9, 1) + timedelta(days=i) for i in range(28)) if d.weekday() < 5]
    each, rest = divmod(minutes, len(days))
    return [HourEntry(d, context, each + (i < rest)) for i, d in enumerate(days)]


class TestMinWeeklyHoursAvg:
    def test_exactly_twenty_hours_a_week_is_met(self) -> None:
        r = _weekly(_spread(80 * 60))
        assert r.met
        assert r.unit == "hours_per_week"
        assert r.have == Decimal(20)
        assert r.facts["weeks"] == Decimal(4)

    def test_one_minute_less_is_unmet(self) -> None:
        r = _weekly(_spread(80 * 60 - 1))
        assert r.status == "unmet"
        assert r.facts["missing_total"] == ONE_MINUTE

    def test_derived_from_hours(self) -> None:
        # First and last logged day 1 and 28 September: the same four weeks.
        entries = [*_spread(80 * 60 - 120), HourEntry(date(2025, 9, 28), "residentieel", 120)]
        r = _weekly(entries, None)
        assert r.met
        assert r.facts["basis"] == "hours"
        assert r.facts["start"] == "2025-09-01"
        assert r.facts["end"] == "2025-09-28"

    def test_limited_to_contexts(self) -> None:
        entries = _spread(60 * 60) + _spread(40 * 60, "horeca")
        assert _weekly(entries).met  # all contexts: 25 h a week
        r = _weekly(entries, contexts=["residentieel"])
        assert r.status == "unmet"
        assert r.have == Decimal(15)

    def test_no_hours_no_period(self) -> None:
        r = _weekly([], None)
        assert r.status == "unmet"
        assert r.missing == Decimal(20)

    def test_unmet_average_shows_a_shortfall(self) -> None:
        r = _weekly(_spread(80 * 60 - 1))
        assert r.status == "unmet"
        assert r.have < r.needed
        assert r.missing > 0


# --- competences_signed / competences_evidenced ------------------------------------------


def _signed(signoffs: dict[str, int] | None, **fields: object) -> RuleResult:
    return result_of("competences_signed", signoffs=signoffs, min_level=2, **fields)


class TestCompetencesSigned:
    def test_signed_on_the_competence_itself(self) -> None:
        r = _signed({"c1": 2, "c2": 3, "c3": 2})
        assert r.met
        assert r.unit == "competences"
        assert (r.needed, r.have, r.missing) == (Decimal(3), Decimal(3), Decimal(0))

    def test_all_activities_at_or_above_the_level(self) -> None:
        r = _signed({"c1": 2, "c2.a1": 2, "c2.a2": 3, "c3.a1": 3, "c3.a2": 2})
        assert r.met

    def test_one_activity_below_the_level(self) -> None:
        r = _signed({"c1": 2, "c2.a1": 2, "c2.a2": 1, "c3": 3})
        assert r.status == "unmet"
        assert r.facts["open"] == ["c2"]
        assert r.facts["open_titles"] == ["Competentie 2"]
        assert (r.have, r.missing) == (Decimal(2), Decimal(1))

    def test_competence_below_the_level_but_its_activities_at_it(self) -> None:
        assert _signed({"c1": 1, "c1.a1": 2, "c1.a2": 2}, competences=["c1"]).met

    def test_only_the_listed_competences(self) -> None:
        r = _signed({"c2": 2}, competences=["c2"])
        assert r.met
        assert r.needed == Decimal(1)

    def test_empty_signoffs_are_evaluated(self) -> None:
        r = _signed({})
        assert r.status == "unmet"
        assert r.missing == Decimal(3)

    def test_not_evaluated_without_signoffs_is_no_gap(self) -> None:
        alist = make_list([*registration_rules(), rule("competences_signed", min_level=3)])
        ev = evaluate(alist, entries=hours(residentieel=150, ziekenhuis=50, beperking=150))
        signed = by_id(ev)["competences-signed"]
        assert signed.status == "not_evaluated"
        assert not signed.is_gap
        assert not signed.met
        assert ev.gaps == []
        assert ev.ok

    def test_ok_is_false_for_an_unmet_error_rule(self) -> None:
        alist = make_list([rule("competences_signed", min_level=3)])
        ev = evaluate(alist, signoffs={"c1": 3})
        assert [g.rule.id for g in ev.gaps] == ["competences-signed"]
        assert not ev.ok

    def test_ok_ignores_warnings(self) -> None:
        alist = make_list([rule("competences_signed", min_level=3, severity="warning")])
        ev = evaluate(alist, signoffs={})
        assert len(ev.gaps) == 1
        assert ev.ok


class TestCompetencesEvidenced:
    def test_evidence_on_competence_or_activities(self) -> None:
        r = result_of("competences_evidenced", evidence={"c1": 1, "c2.a2": 1, "c3": 1})
        assert r.met

    def test_missing_evidence(self) -> None:
        r = result_of("competences_evidenced", evidence={"c1": 1})
        assert r.status == "unmet"
        assert r.facts["open"] == ["c2", "c3"]
        assert (r.needed, r.have, r.missing) == (Decimal(3), Decimal(1), Decimal(2))

    def test_min_items_adds_competence_and_activity_items(self) -> None:
        evidence = {"c1": 1, "c1.a1": 1, "c2.a1": 1, "c2.a2": 1, "c3": 1}
        r = result_of("competences_evidenced", evidence=evidence, min_items=2)
        assert r.facts["open"] == ["c3"]

    def test_not_evaluated_without_evidence(self) -> None:
        alist = make_list([rule("competences_evidenced")])
        ev = evaluate(alist, signoffs={"c1": 3})
        (r,) = ev.results
        assert r.status == "not_evaluated"
        assert ev.gaps == []
        assert ev.ok


# --- counts_as --------------------------------------------------------------------------


def test_registry_counts_as_data() -> None:
    reg = registry()
    assert reg.counts_for("kinderziekenhuis", ["ziekenhuis"]) == "ziekenhuis"
    assert reg.counts_for("residentieel", ["ouderenzorg"]) == "ouderenzorg"
    assert reg.counts_for("ziekenhuis", ["kinderziekenhuis"]) is None


def test_counts_as_through_the_whole_evaluation() -> None:
    alist = make_list(
        [
            rule("min_hours_in_contexts", "zh", hours="10", contexts=["ziekenhuis"]),
            rule("min_hours_in_contexts", "oz", hours="10", contexts=["ouderenzorg"]),
        ]
    )
    ev = evaluate(alist, entries=hours(kinderziekenhuis=10, residentieel=10))
    assert all(r.met for r in ev.results)
    assert ev.totals == {"kinderziekenhuis": 600, "residentieel": 600}


# --- DOMAIN.md worked examples -----------------------------------------------------------


def test_worked_example_both_met() -> None:
    ev = evaluate(
        make_list(registration_rules()),
        entries=hours(residentieel=150, ziekenhuis=50, beperking=150),
    )
    results = by_id(ev)
    core, total = results["kern-200"], results["totaal-300"]
    assert core.met and core.have == Decimal(200)
    assert total.met and total.have == Decimal(300)
    assert ev.counted_minutes == 300 * 60
    assert ev.gaps == []
    assert ev.ok


def test_worked_example_both_unmet() -> None:
    ev = evaluate(
        make_list(registration_rules()),
        entries=hours(residentieel=120, thuiszorg=60, beperking=130),
    )
    results = by_id(ev)
    core, total = results["kern-200"], results["totaal-300"]
    assert core.status == "unmet"
    assert (core.needed, core.have, core.missing) == (Decimal(200), Decimal(180), Decimal(20))
    assert core.facts["missing_distinct"] == 0
    assert total.status == "unmet"
    assert (total.needed, total.have, total.missing) == (Decimal(300), Decimal(280), Decimal(20))
    assert ev.counted_minutes == 280 * 60
    assert {g.rule.id for g in ev.gaps} == {"kern-200", "totaal-300"}
    assert not ev.ok


# --- exactness ------------------------------------------------------------------------------


def _tenths(n: int) -> list[HourEntry]:
    minutes = parse_hours("0,1")
    return [HourEntry(MONDAY + timedelta(days=i // 20), "residentieel", minutes) for i in range(n)]


def test_a_tenth_of_an_hour_is_six_minutes() -> None:
    assert parse_hours("0,1") == 6


def test_three_thousand_tenths_are_exactly_300_hours() -> None:
    r = result_of("min_total_hours", _tenths(3000), hours="300")
    assert r.met
    assert r.have == Decimal(300)
    assert r.facts["counted_minutes"] == 18000


def test_two_thousand_nine_hundred_ninety_nine_tenths_are_not() -> None:
    r = result_of("min_total_hours", _tenths(2999), hours="300")
    assert r.status == "unmet"
    assert r.missing == Decimal("0.1")
    assert r.have == Decimal("299.9")


# --- numbers on gaps --------------------------------------------------------------------


def test_gap_numbers_are_decimals() -> None:
    ev = evaluate(make_list(registration_rules()), entries=hours(residentieel="162.5"))
    for r in ev.results:
        for value in (r.needed, r.have, r.missing):
            assert isinstance(value, Decimal)
        assert r.needed - r.have == r.missing
    assert by_id(ev)["totaal-300"].missing == Decimal("137.5")


def test_as_dict() -> None:
    ev = evaluate(make_list(registration_rules()), entries=hours(residentieel="162.5"))
    d = by_id(ev)["kern-200"].as_dict()
    assert d["rule"] == "min_hours_in_contexts"
    assert d["id"] == "kern-200"
    assert d["severity"] == "error"
    assert d["status"] == "unmet"
    assert d["unit"] == "hours"
    assert (d["needed"], d["have"], d["missing"]) == (200, 162.5, 37.5)
    assert d["source"] == SOURCE
    assert d["basis"] == "kwalificatie"  # an error rule without a basis blocks the qualification
    assert d["message"].startswith("Loop nog 37,5 uur stage in ")
    assert d["message"].endswith(f"Bron: {SOURCE}.")
    assert by_id(ev)["kern-200"].as_dict("en")["message"].startswith("Do 37.5 more hours")


def test_progress() -> None:
    ev = evaluate(make_list(registration_rules()), entries=hours(residentieel=150))
    assert by_id(ev)["totaal-300"].progress == 0.5
    done = evaluate(make_list(registration_rules()), entries=hours(residentieel=100, thuiszorg=300))
    assert all(r.progress == 1.0 for r in done.results)


# --- the evaluate entry point ------------------------------------------------------------


def test_totals_or_entries_give_the_same_evaluation() -> None:
    alist = make_list([*registration_rules(), rule("min_weeks", weeks=8)])
    entries = hours(residentieel=120, thuiszorg=60, beperking=130)
    a = evaluate(alist, entries=entries)
    b = evaluate(alist, totals=HourTotals.from_entries(entries))
    assert [r.as_dict() for r in a.results] == [r.as_dict() for r in b.results]
    assert a.counted_minutes == b.counted_minutes


def test_counted_minutes_without_a_total_rule_is_the_plain_total() -> None:
    alist = make_list([rule("min_weeks", weeks=1)])
    ev = evaluate(alist, entries=hours(horeca=3, residentieel=2))
    assert ev.counted_minutes == 300


def test_results_follow_rule_order() -> None:
    rules = [*registration_rules(), rule("not_only_contexts", contexts=["horeca"])]
    ev = evaluate(make_list(list(reversed(rules))))
    assert [r.rule.id for r in ev.results] == [r["id"] for r in reversed(rules)]


def test_no_entries_at_all() -> None:
    ev = evaluate(make_list(registration_rules()))
    assert ev.counted_minutes == 0
    assert ev.totals == {}
    assert len(ev.gaps) == 2


@pytest.mark.parametrize("minutes", [1, 20, 2250, 299 * 60 + 59, 18000, 12345 * 60 + 7])
def test_as_dict_numbers_are_the_exact_decimal_hours_of_counted_minutes(minutes: int) -> None:
    """The JSON numbers are floats; each one is the shown decimal exactly (repr round-trips)."""
    ev = evaluate(make_list(registration_rules()), entries=entries_for("residentieel", minutes))
    total = by_id(ev)["totaal-300"]
    d = total.as_dict()
    assert ev.counted_minutes == minutes
    assert total.have == hours_decimal(ev.counted_minutes)
    for key in ("needed", "have", "missing"):
        assert isinstance(d[key], float)
        assert Decimal(repr(d[key])) == getattr(total, key), key


def test_the_competences_of_a_list_are_computed_once() -> None:
    alist = make_list([rule("competences_signed", min_level=1)])
    assert alist.competences() is alist.competences()
    assert alist.activities_by_competence() is alist.activities_by_competence()
    assert alist.competence_ids() == ("c1", "c2", "c3")
    assert alist.activities_by_competence()["c1"] == ("c1.a1", "c1.a2")
    with pytest.raises(TypeError):  # read-only, so the cached value can be shared
        alist.activities_by_competence()["c1"] = ()  # type: ignore[index]
    evaluate(alist, signoffs={})
    assert alist.competences() is alist.competences()
