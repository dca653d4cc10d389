"""The Overzicht: rules with status text, hours chart, competences per BK and the forecast."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from stageportfolio.services.portfolio import Forecast, PortfolioService
from stageportfolio.ui.models.rules_model import RuleRow, RulesModel
from stageportfolio.ui.sections.overview import OverviewSection
from stageportfolio.ui.widgets import ui_language
from stageportfolio.ui.widgets.hours_chart import HoursChart
from tests.signing_helpers import mentor_signs

TODAY = date(2026, 11, 23)


def make(qtbot, service: PortfolioService) -> OverviewSection:  # type: ignore[no-untyped-def]
    section = OverviewSection(service, QUndoStack())
    section.today = TODAY
    section.refresh()
    qtbot.addWidget(section)
    section.resize(1000, 700)
    with qtbot.waitExposed(section):
        section.show()
    return section


def statuses(section: OverviewSection) -> dict[str, str]:
    model = section.rules_model
    out = {}
    for row in range(model.rowCount()):
        rule_id = model.index(row, 0).data(RulesModel.RuleIdRole)
        out[rule_id] = model.index(row, RulesModel.STATUS).data()
    return out


def sign_competence(service: PortfolioService, competence: str, level: int = 3) -> None:
    mentor_signs(service, "competence", competence, level=level)


def test_rules_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = RulesModel()
    model.set_rows(
        [
            RuleRow("a", "met", "error", "300 uur", 1.0, "Voldaan."),
            RuleRow("b", "unmet", "warning", "competenties", 0.25, "Nog 3 competenties."),
            RuleRow("c", "not_evaluated", "error", "bewijs", 0.0, ""),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, RulesModel.STATUS).data() == "✓ voldaan"
    assert model.index(1, RulesModel.STATUS).data() == "✗ nog niet"
    assert model.index(2, RulesModel.STATUS).data() == "– niet beoordeeld"
    assert model.index(0, RulesModel.SEVERITY).data() == "verplicht"
    assert model.index(1, RulesModel.SEVERITY).data() == "advies"
    assert model.index(1, RulesModel.PROGRESS).data() == "25 %"
    assert model.index(1, RulesModel.PROGRESS).data(RulesModel.ProgressRole) == 0.25
    assert model.headerData(RulesModel.MESSAGE, Qt.Orientation.Horizontal) == "Toelichting"


def test_empty_portfolio_shows_every_rule_unmet_in_words(qtbot, service) -> None:  # type: ignore[no-untyped-def]
    section = make(qtbot, service)
    assert section.title() == "Overzicht"
    shown = statuses(section)
    assert shown["registratie-300-uur"] == "✗ nog niet"
    assert shown["verplichte-contexten"] == "✗ nog niet"
    assert len(shown) == len(service.alist.spec.rules)
    row = next(
        r
        for r in range(section.rules_model.rowCount())
        if section.rules_model.row_at(r).rule_id == "registratie-300-uur"
    )
    message = section.rules_model.index(row, RulesModel.MESSAGE).data()
    assert "300" in message
    assert section.chart.values() == []
    assert section.chart.text_alternative() == "Nog geen uren gelogd."
    assert section.forecast.text() == "Nog geen tempo: log eerst enkele dagen."
    assert "Zorgkundige: 0 van 16 competenties afgetekend" in [
        label.text() for label in section.bk_labels
    ]


def test_filled_portfolio_shows_hours_chart_and_forecast(qtbot, filled) -> None:  # type: ignore[no-untyped-def]
    section = make(qtbot, filled)
    assert section.chart.values() == [
        ("residentiële ouderenzorg", 3 * 450),
        ("thuiszorg", 390),
    ]
    alternative = section.chart.accessibleDescription()
    assert alternative == "residentiële ouderenzorg: 22,5 u; thuiszorg: 6,5 u"
    assert section.chart.accessibleName() == "Uren per context"
    assert statuses(section)["verplichte-contexten"] == "✓ voldaan"
    text = section.forecast.text()
    assert text.startswith("Aan dit tempo (gemiddeld ")
    assert " uur per stagedag) heb je nog " in text and " stagedagen nodig" in text
    assert "29 uur gelogd, waarvan 0 bevestigd door een mentor" in section.hours_summary.text()


def test_forecast_texts(qtbot, filled) -> None:  # type: ignore[no-untyped-def]
    section = make(qtbot, filled)
    evaluation = filled.evaluation()
    pace = Forecast("registratie-300-uur", 270 * 60, 270.0, date(2027, 3, 12), 60)
    assert section.forecast_lines(evaluation, [pace]) == [
        "Aan dit tempo (gemiddeld 4,5 uur per stagedag) heb je nog 60 stagedagen nodig: dan "
        "haal je de 300 uur rond 12/3/2027."
    ]
    # the placements end before the hours are there: say so, and what to do
    short = Forecast("registratie-300-uur", 270 * 60, 270.0, None, 60, date(2026, 12, 18), 10)
    assert section.forecast_lines(evaluation, [short]) == [
        "Aan dit tempo (gemiddeld 4,5 uur per stagedag) heb je nog 60 stagedagen nodig voor "
        "de 300 uur, maar je stageplaatsen lopen tot 18/12/2026 (10 stagedagen). Voeg je "
        "volgende stageplaats toe of spreek meer uren af."
    ]
    none = Forecast("registratie-300-uur", 270 * 60, 0.0, None)
    assert section.forecast_lines(evaluation, [none]) == ["Nog geen tempo: log eerst enkele dagen."]
    assert section.forecast_lines(evaluation, []) == ["✓ Alle uurregels zijn voldaan."]


def test_bk_share_follows_sign_offs(qtbot, service) -> None:  # type: ignore[no-untyped-def]
    section = make(qtbot, service)
    sign_competence(service, "bkc0023626")
    sign_competence(service, "bkc0023631", level=2)  # below the list's level 3: not counted
    section.refresh()
    texts = [label.text() for label in section.bk_labels if label.isVisible()]
    assert texts[0] == "Zorgkundige: 1 van 16 competenties afgetekend"
    assert texts[1] == "Verzorgende: 0 van 21 competenties afgetekend"
    assert section.bk_bars[0].value() == 1 and section.bk_bars[0].maximum() == 16
    assert section.bk_bars[0].accessibleName() == texts[0]
    assert "niveau 3 (zelfstandig uitgevoerd)" in section.bk_note.text()


def test_all_activities_of_a_competence_count_as_signed(qtbot, service) -> None:  # type: ignore[no-untyped-def]
    activities = service.alist.activities_by_competence()["bkc0039800"]
    for activity in activities:
        sign_competence(service, activity)
    section = make(qtbot, service)
    texts = [label.text() for label in section.bk_labels if label.isVisible()]
    assert texts[1] == "Verzorgende: 1 van 21 competenties afgetekend"


def test_chart_draws_and_is_keyboard_reachable(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = HoursChart()
    qtbot.addWidget(chart)
    chart.set_values([("residentiële ouderenzorg", 9000), ("thuiszorg", 4800)])
    chart.resize(500, chart.sizeHint().height())
    with qtbot.waitExposed(chart):
        chart.show()
    image = chart.grab().toImage()
    assert not image.isNull()
    assert chart.focusPolicy() != Qt.FocusPolicy.NoFocus
    assert chart.text_alternative() == "residentiële ouderenzorg: 150 u; thuiszorg: 80 u"


@pytest.mark.parametrize("name", ["rulesTable", "hoursChart"])
def test_controls_have_accessible_names(qtbot, service, name) -> None:  # type: ignore[no-untyped-def]
    section = make(qtbot, service)
    from PySide6.QtWidgets import QWidget

    widget = section.findChild(QWidget, name)
    assert widget is not None and widget.accessibleName()


def test_language_is_dutch_without_translation() -> None:
    assert ui_language() == "nl"
