"""The main path, end to end: a new portfolio through the wizard, a placement, hours until a gap
closes, an activity proposed and signed; the Overzicht follows every step."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from stageportfolio.services.portfolio import open_current
from stageportfolio.ui.mainwindow import MainWindow
from stageportfolio.ui.models.rules_model import RulesModel
from stageportfolio.ui.sections.hours import HoursSection
from stageportfolio.ui.sections.overview import OverviewSection
from stageportfolio.ui.sections.placements import PlacementsSection
from stageportfolio.ui.wizard import FirstStartWizard
from tests.signing_helpers import mentor_signs

TODAY = date(2026, 11, 23)


def weekdays(start: date, count: int) -> list[date]:
    days, day = [], start
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def status(overview: OverviewSection, rule_id: str) -> str:
    model = overview.rules_model
    for row in range(model.rowCount()):
        if model.index(row, 0).data(RulesModel.RuleIdRole) == rule_id:
            return str(model.index(row, RulesModel.STATUS).data())
    raise AssertionError(rule_id)


def bk_texts(overview: OverviewSection) -> list[str]:
    return [label.text() for label in overview.bk_labels if not label.isHidden()]


def test_main_path(qtbot) -> None:  # type: ignore[no-untyped-def]
    # 1. A new portfolio, with the keyboard only.
    opened = open_current()
    wizard = FirstStartWizard(opened)
    qtbot.addWidget(wizard)
    with qtbot.waitActive(wizard):
        wizard.show()
        wizard.activateWindow()

    def key(k: Qt.Key) -> None:
        qtbot.keyClick(QApplication.focusWidget() or wizard, k)

    key(Qt.Key.Key_Return)  # student
    qtbot.keyClicks(QApplication.focusWidget(), "Lotte Vermeulen")
    key(Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Sint-Jozefsinstituut Brugge")
    key(Qt.Key.Key_Return)
    view = wizard.list_page.lists
    while wizard.list_page.list_id() != "verzorgende-zorgkundige":
        assert view.currentRow() < view.count() - 1
        key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Return)
    with qtbot.waitSignal(wizard.accepted):
        key(Qt.Key.Key_Return)
    service = wizard.service
    assert service is not None

    # 2. The main window opens on the Overzicht: nothing done yet.
    window = MainWindow(service)
    qtbot.addWidget(window)
    overview = window.section(OverviewSection)
    overview.today = TODAY
    overview.refresh()
    with qtbot.waitExposed(window):
        window.show()
    assert window.stack.currentWidget() is overview
    assert status(overview, "registratie-300-uur") == "✗ nog niet"
    assert status(overview, "verplichte-contexten") == "✗ nog niet"
    assert overview.forecast.text() == "Nog geen tempo: log eerst enkele dagen."
    placements = window.section(PlacementsSection)
    hours = window.section(HoursSection)

    # 3. Two placements (saved as the Stageplaatsen section does, then announced).
    wzc = service.add_placement(
        organisation="WZC De Linde",
        context="residentieel",
        start_date=date(2026, 9, 1),
        end_date=date(2026, 10, 30),
    )
    home = service.add_placement(
        organisation="Wit-Gele Kruis",
        context="thuiszorg",
        start_date=date(2026, 11, 2),
        end_date=date(2026, 12, 18),
    )
    placements.changed.emit()

    # 4. Hours in the woonzorgcentrum: 210 h, so the 300 hours are not there yet.
    for day in weekdays(date(2026, 9, 1), 28):
        service.add_hours(
            day=day, minutes=450, context="residentieel", placement_id=wzc, today=TODAY
        )
    hours.changed.emit()
    assert status(overview, "registratie-300-uur") == "✗ nog niet"
    assert status(overview, "verplichte-contexten") == "✗ nog niet"  # no home care yet
    assert overview.chart.values() == [("residentiële ouderenzorg", 28 * 450)]
    # nothing logged in the last four weeks before TODAY: no pace to forecast with
    assert overview.forecast.text() == "Nog geen tempo: log eerst enkele dagen."
    assert status(overview, "registratie-200-uur-kerncontexten") == "✗ nog niet"  # one context
    # the status names what is blocked: the registration (300 h, 200 h) and the qualification
    assert window.status.text() == (
        "Nog 3 tekorten: 2 die de registratie als zorgkundige blokkeren en 1 dat de "
        "kwalificatie blokkeert"
    )

    # 5. Home care until the gap closes: 12 more days, 300 h in all.
    for number, day in enumerate(weekdays(date(2026, 11, 2), 12)):
        service.add_hours(day=day, minutes=450, context="thuiszorg", placement_id=home, today=TODAY)
        hours.changed.emit()
        if number < 11:
            assert status(overview, "registratie-300-uur") == "✗ nog niet"
            # in stage days; the days of 9 to 23/11 without hours yet pull the pace down
            assert "uur per stagedag) heb je nog" in overview.forecast.text()
    assert status(overview, "registratie-300-uur") == "✓ voldaan"
    assert status(overview, "registratie-200-uur-kerncontexten") == "✓ voldaan"
    assert status(overview, "verplichte-contexten") == "✓ voldaan"
    assert overview.forecast.text() == "✓ Alle uurregels zijn voldaan."
    assert window.status.text() == "Alle verplichte regels voldaan"

    # 6. An activity proposed for each skill of one competence; the share changes once signed.
    before = bk_texts(overview)
    assert "Verzorgende: 0 van 21 competenties afgetekend" in before
    records = [
        service.save_record(
            activity_id=activity,
            competence_id="bkc0039800",
            proposed_level=3,
            day=date(2026, 11, 10),
            reflection="Werkte volgens de afspraken van de organisatie.",
        )
        for activity in service.alist.activities_by_competence()["bkc0039800"]
    ]
    window.section(OverviewSection).refresh()
    assert bk_texts(overview) == before  # proposed, not signed: nothing changes
    for record in records:
        mentor_signs(service, "activity_record", record, level=3, mentor="Tom Claes")
    hours.changed.emit()
    assert "Verzorgende: 1 van 21 competenties afgetekend" in bk_texts(overview)
    service.engine.dispose()
    opened.engine.dispose()
