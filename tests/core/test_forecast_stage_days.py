"""The pace forecast counts stage days from the placement's schedule (issue 14.8), not
calendar days: three days a week of 6 hours is 18 hours a week, not 30 or 42."""

from __future__ import annotations

from datetime import date, timedelta

from stageportfolio.core.forecast import stage_forecast, stage_pace
from stageportfolio.core.hours import HourEntry
from stageportfolio.core.schedule import PlannedPeriod, Schedule, StageCalendar
from stageportfolio.core.schoolcalendar import SchoolCalendar

TODAY = date(2026, 3, 6)  # a Friday
MON_TUE_THU = Schedule(frozenset({1, 2, 4}), 360)
STAGE = StageCalendar(SchoolCalendar())  # no holidays: only the schedule counts here


def logged_on_schedule(weeks: int) -> list[HourEntry]:
    start = TODAY - timedelta(days=7 * weeks - 1)
    days = [start + timedelta(days=i) for i in range(7 * weeks)]
    return [HourEntry(day, "residentieel", 360) for day in days if day.isoweekday() in {1, 2, 4}]


def test_the_pace_is_per_stage_day_of_the_schedule() -> None:
    period = PlannedPeriod(date(2026, 1, 5), date(2026, 6, 26), MON_TUE_THU)
    pace = stage_pace(logged_on_schedule(4), today=TODAY, stage=STAGE, periods=[period])
    assert pace == 360  # 6 hours on each of the 12 stage days, not spread over 20 weekdays


def test_the_forecast_walks_only_the_schedules_days() -> None:
    period = PlannedPeriod(date(2026, 1, 5), date(2026, 6, 26), MON_TUE_THU)
    forecast = stage_forecast(
        logged_on_schedule(4), 36 * 60, today=TODAY, stage=STAGE, periods=[period]
    )
    assert forecast.days_needed == 6
    # Mon 9, Tue 10, Thu 12, Mon 16, Tue 17, Thu 19 March: the sixth stage day
    assert forecast.expected == date(2026, 3, 19)


def test_a_placement_that_ends_too_soon_says_so() -> None:
    period = PlannedPeriod(date(2026, 1, 5), date(2026, 3, 13), MON_TUE_THU)
    forecast = stage_forecast(
        logged_on_schedule(4), 36 * 60, today=TODAY, stage=STAGE, periods=[period]
    )
    assert forecast.expected is None and forecast.runs_out
    assert forecast.planned_until == date(2026, 3, 12) and forecast.planned_days == 3
