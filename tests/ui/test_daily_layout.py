"""Layout and plain words (issue 14.7 and 14.8): totals only of the contexts that matter, the
note column keeps its width and shows its whole text, the rule's source behind an ℹ, empty
states written for the role."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from stageportfolio import paths
from stageportfolio.services.erase import erase_everything
from stageportfolio.services.portfolio import PortfolioService, open_current
from stageportfolio.ui.mainwindow import MainWindow
from stageportfolio.ui.models.hours_model import COL_NOTE
from stageportfolio.ui.sections.evidence import EvidenceSection
from stageportfolio.ui.sections.hours import HoursSection
from stageportfolio.ui.sections.overview import OverviewSection


def shown(qtbot: QtBot, service: PortfolioService) -> MainWindow:
    window = MainWindow(service)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_totals_list_only_the_contexts_that_matter(qtbot: QtBot, filled: PortfolioService) -> None:
    window = shown(qtbot, filled)
    hours = window.section(HoursSection)
    assert isinstance(hours, HoursSection)
    window.show_section(HoursSection)
    shown_contexts = list(hours.context_labels)
    # the list's own (required) contexts and those with hours; no rows of "0 uur" for the rest
    assert {"residentieel", "thuiszorg"} <= set(shown_contexts)
    assert len(shown_contexts) < len(filled.alist.spec.contexts)
    zero = [c for c, label in hours.context_labels.items() if label.text().endswith(": 0 uur")]
    required = {
        c for r in filled.alist.spec.rules if r.kind == "required_contexts" for c in r.contexts
    }
    assert set(zero) <= required


def test_a_long_note_keeps_its_column_and_shows_whole_in_the_tooltip(
    qtbot: QtBot, filled: PortfolioService
) -> None:
    note = "Ochtendzorg, mondzorg en een gesprek met de ergotherapeut over de transfers " * 2
    first = filled.hours()[0]
    filled.update_hours(
        first.id,
        day=first.day,
        minutes=first.minutes,
        context=first.context,
        placement_id=first.placement_id,
        note=note.strip(),
    )
    window = shown(qtbot, filled)
    window.show_section(HoursSection)
    hours = window.section(HoursSection)
    assert isinstance(hours, HoursSection)
    chars = hours.fontMetrics().averageCharWidth()
    header = hours.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(COL_NOTE) >= hours.NOTE_MIN * chars - 2)
    row = next(r for r in range(hours.proxy.rowCount()) if hours.proxy.index(r, COL_NOTE).data())
    assert hours.proxy.index(row, COL_NOTE).data(3) == note.strip()  # ToolTipRole


def test_the_rules_source_is_behind_an_info_sign(qtbot: QtBot, filled: PortfolioService) -> None:
    window = shown(qtbot, filled)
    overview = window.section(OverviewSection)
    assert isinstance(overview, OverviewSection)
    model = overview.rules_model
    column = model.MESSAGE
    texts = [model.index(r, column).data() for r in range(model.rowCount())]
    tips = [model.index(r, column).data(3) for r in range(model.rowCount())]
    assert all(text.endswith(" ℹ") and "Bron:" not in text for text in texts)
    assert all(tip.startswith("Bron:") for tip in tips)


def test_the_evidence_welcome_is_written_for_the_role(
    qtbot: QtBot, service: PortfolioService, private_home: object
) -> None:
    window = shown(qtbot, service)
    evidence = window.section(EvidenceSection)
    title = evidence.findChild(QLabel, "welcomeTitle")
    assert title is not None and "stage" in title.text()
    window.close()
    service.engine.dispose()
    erase_everything(paths.data_dir())
    evc = PortfolioService.create(
        open_current(), role="evc", name="Rita Janssens", list_id="evc-zorgkundige"
    )
    adult = shown(qtbot, evc).section(EvidenceSection)
    adult_title = adult.findChild(QLabel, "welcomeTitle")
    assert adult_title is not None and adult_title.text() == "Toon wat je al kunt"
    evc.engine.dispose()
