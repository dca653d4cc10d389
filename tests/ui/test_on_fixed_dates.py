"""The screens' defaults come from the clock: run on each of the fixed dates (tests/conftest.py),
at 00:30 in Brussels, with nothing passing a ``today``."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from stageportfolio.core import clock
from stageportfolio.services.portfolio import PortfolioService, open_current
from stageportfolio.services.signoffs import Decision, SignOffService
from stageportfolio.ui.dialogs.activity_dialog import ActivityDialog
from stageportfolio.ui.dialogs.csv_import_dialog import CsvImportDialog
from stageportfolio.ui.dialogs.placement_dialog import PlacementDialog
from stageportfolio.ui.models.activities_model import COL_SIGNOFF
from stageportfolio.ui.sections.activities import ActivitiesSection
from stageportfolio.ui.sections.hours import HoursSection
from stageportfolio.ui.sections.overview import OverviewSection
from stageportfolio.ui.widgets.dayedit import show_day
from stageportfolio.ui.wizard import FirstStartWizard

MONDZORG = "bkc0023627-kb04"


def shown(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def test_a_new_hour_entry_is_dated_today_and_tomorrow_is_refused(
    qtbot: QtBot, fixed_today: date, service: PortfolioService
) -> None:
    host = QWidget()
    section = HoursSection(service, QUndoStack(host))
    QVBoxLayout(host).addWidget(section)
    shown(qtbot, host)
    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: section.dialog is not None and section.dialog.isActiveWindow())
    dialog = section.dialog
    assert dialog is not None
    assert dialog.day() == fixed_today
    dialog.hours_edit.setText("7,5")
    assert dialog.save_button.isEnabled()

    tomorrow = fixed_today + timedelta(days=1)
    dialog.date_edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(dialog.date_edit, show_day(tomorrow))
    assert dialog.day() == tomorrow
    assert f"Fout: {show_day(tomorrow)} ligt in de toekomst." in dialog.messages["datum"].text()
    assert not dialog.save_button.isEnabled()


def test_a_new_placement_starts_today_for_four_weeks(
    qtbot: QtBot, fixed_today: date, service: PortfolioService
) -> None:
    dialog = PlacementDialog(service)
    shown(qtbot, dialog)
    assert dialog.start.day() == fixed_today
    assert dialog.end.day() == fixed_today + timedelta(weeks=4)
    assert dialog.start.text() == show_day(fixed_today)


def test_a_proposal_is_dated_today_and_cannot_be_dated_later(
    qtbot: QtBot, fixed_today: date, service: PortfolioService
) -> None:
    dialog = ActivityDialog(
        levels=service.alist.levels, activity_text="Mondzorg", competence_text="Basiszorg"
    )
    shown(qtbot, dialog)
    assert dialog.date_edit.day() == fixed_today
    assert dialog.save_button.isEnabled()
    tomorrow = fixed_today + timedelta(days=1)
    dialog.date_edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(dialog.date_edit, show_day(tomorrow))
    assert not dialog.save_button.isEnabled()
    assert dialog.date_message.isVisibleTo(dialog)
    assert dialog.date_message.text() == (
        f"{show_day(tomorrow)} ligt na {show_day(fixed_today)}: "
        f"kies een datum tot en met {show_day(fixed_today)}."
    )
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()  # not saved
    dialog.date_edit.selectAll()
    qtbot.keyClicks(dialog.date_edit, show_day(fixed_today))
    assert dialog.save_button.isEnabled() and not dialog.date_message.isVisibleTo(dialog)


def test_the_wizard_proposes_the_school_year_today_falls_in(
    qtbot: QtBot, fixed_today: date, private_home: Path
) -> None:
    opened = open_current()
    try:
        wizard = FirstStartWizard(opened)
        shown(qtbot, wizard)
        expected = {
            date(2027, 1, 1): "2026-2027",
            date(2028, 2, 29): "2027-2028",
            date(2027, 8, 31): "2026-2027",
            date(2027, 9, 1): "2027-2028",
            date(2026, 12, 31): "2026-2027",
        }[fixed_today]
        assert wizard.year_page.year_edit.text() == expected
    finally:
        opened.engine.dispose()


def test_a_csv_row_dated_tomorrow_is_a_problem_in_the_import_dialog(
    qtbot: QtBot, fixed_today: date, service: PortfolioService, tmp_path: Path
) -> None:
    tomorrow = fixed_today + timedelta(days=1)
    data = (
        "Datum;Context;Uren\r\n"
        f"{show_day(fixed_today)};thuiszorg;7,5\r\n"
        f"{show_day(tomorrow)};thuiszorg;7,5\r\n"
    ).encode()
    dialog = CsvImportDialog(service, tmp_path / "uren.csv", data)
    shown(qtbot, dialog)
    assert len(dialog.problems) == 1
    assert "regel 3" in dialog.problems[0] and "toekomst" in dialog.problems[0]


def test_the_overview_forecasts_from_today(
    qtbot: QtBot, fixed_today: date, service: PortfolioService
) -> None:
    for back in range(1, 15):  # 14 days of 6 h up to yesterday: 84 h in the last 4 weeks
        service.add_hours(
            day=fixed_today - timedelta(days=back), minutes=360, context="residentieel"
        )
    section = OverviewSection(service, QUndoStack())
    section.refresh()
    shown(qtbot, section)
    evaluation = service.evaluation()
    (forecast, *_) = service.forecasts(evaluation, today=fixed_today)
    assert forecast.expected is not None and forecast.expected > fixed_today
    assert f"haal je de 300 uur rond {show_day(forecast.expected)}." in section.forecast.text()
    # the date shown depends on today (a week later, a later stage day)
    moved = service.forecasts(evaluation, today=fixed_today + timedelta(days=7))[0].expected
    assert moved is not None and moved > forecast.expected


def test_a_level_signed_just_after_midnight_shows_todays_date(
    qtbot: QtBot, fixed_today: date, service: PortfolioService
) -> None:
    mentor = service.add_mentor(name="An Peeters", organisation="WZC De Linde")
    record = service.save_record(
        activity_id=MONDZORG, competence_id="bkc0023627", proposed_level=3, day=fixed_today,
        reflection="Mondzorg.",
    )  # fmt: skip
    signoffs = SignOffService(service)
    signoffs.create_key(mentor, "lange wachtzin van An")
    signoffs.sign_on_the_spot(
        mentor, "lange wachtzin van An", [Decision("activity_record", record, approve=True)]
    )
    section = ActivitiesSection(service, QUndoStack())
    shown(qtbot, section)
    index = section.model.activity_index(MONDZORG)
    day = f"{fixed_today.day:02d}/{fixed_today.month:02d}/{fixed_today.year}"
    assert section.model.data(index.siblingAtColumn(COL_SIGNOFF)) == (
        f"✓ niveau 3 – An Peeters, {day}"
    )
    assert clock.now().date() < fixed_today  # in UTC it is still yesterday
