"""Bestand > Lijst toevoegen…: a coordinator adds the 320-hour variant of docs/activity-lists.md
and sees the federal and the school rule side by side; a file with mistakes shows every problem
by line and field and adds nothing; the Overzicht of a portfolio on a variant shows what the
school added and left out, and what blocks."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from stageportfolio import paths
from stageportfolio.app import TRANSLATIONS
from stageportfolio.services.portfolio import PortfolioService, open_current
from stageportfolio.ui.dialogs.add_list_dialog import AddListDialog
from stageportfolio.ui.mainwindow import MainWindow
from stageportfolio.ui.models.rules_model import RulesModel
from stageportfolio.ui.sections.overview import OverviewSection
from stageportfolio.ui.wizard import ListPage
from tests.core.builders import hours
from tests.core.test_catalog import doc_examples

FEDERAL = "300 uur stage, waarvan hoogstens 100 uur in een andere setting"


def doc_file(folder: Path, name: str) -> Path:
    """An example of docs/activity-lists.md, as the coordinator saved it."""
    (example,) = [e for e in doc_examples() if e.name == name]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(example.text, encoding="utf-8")
    return path


def choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), "TOML"))


def add_from(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, path: Path
) -> AddListDialog:
    """Bestand > Lijst toevoegen…, choosing ``path`` in the file dialog."""
    choose(monkeypatch, path)
    return open_dialog(qtbot, window)


def open_dialog(qtbot: QtBot, window: MainWindow) -> AddListDialog:
    action = window.findChild(type(window.menuBar().actions()[0]), "addListAction")
    assert action is not None and action.text() == "&Lijst toevoegen…"
    action.trigger()
    dialog = window.add_list_dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_a_coordinator_adds_the_320_hour_variant_from_the_doc(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = doc_file(tmp_path / "van-de-school", "gezondheidszorg-sint-jozef.toml")
    dialog = add_from(qtbot, window, monkeypatch, path)
    assert "Het bestand is in orde." in dialog.summary.text()
    assert "Schoolvariant van Gezondheidszorg" in dialog.summary.text()
    rows = {row[0]: row for row in dialog.rules.rows()}
    assert rows[FEDERAL][1:3] == ["verplicht", "federale registratievoorwaarde"]
    school = rows["320 uur stage, waarvan hoogstens 100 uur in een andere setting"]
    assert school[1:] == [
        "verplicht",
        f"regel van de school, strenger dan: {FEDERAL}",
        "stagereglement Sint-Jozef 2025-2026",
    ]
    assert dialog.problem_list.isHidden() and dialog.add_button.isEnabled()

    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    added = paths.user_lists_dir() / "gezondheidszorg-sint-jozef.toml"
    assert added.read_bytes() == path.read_bytes()
    assert "Lijst toegevoegd: Gezondheidszorg (Sint-Jozef)." in window.statusBar().currentMessage()
    assert window.service.catalog.get("gezondheidszorg-sint-jozef").origin == "user"

    # it can be browsed, with both rules, and chosen for a new portfolio
    window._show_lists()
    browser = window.list_browser
    qtbot.addWidget(browser)
    browser.picker.setCurrentIndex(browser.picker.findData("gezondheidszorg-sint-jozef"))
    tags = {row[0]: row[2] for row in browser.rules.rows()}
    assert tags[FEDERAL] == "federale registratievoorwaarde"
    assert tags["320 uur stage, waarvan hoogstens 100 uur in een andere setting"].startswith(
        "regel van de school"
    )
    page = ListPage(open_current())
    qtbot.addWidget(page)
    page.initializePage()
    titles = [page.lists.item(i).text() for i in range(page.lists.count())]
    assert any(title.startswith("Gezondheidszorg (Sint-Jozef)") for title in titles)

    # the same file again: nothing to do
    dialog = open_dialog(qtbot, window)
    assert "Deze lijst staat er al" in dialog.summary.text()
    assert not dialog.add_button.isEnabled()


def test_a_file_with_mistakes_shows_every_problem_and_adds_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = doc_file(tmp_path / "van-de-school", "gezondheidszorg-sint-jozef-fout.toml")
    dialog = add_from(qtbot, window, monkeypatch, path)
    problems = [dialog.problem_list.item(i).text() for i in range(dialog.problem_list.count())]
    assert len(problems) == 6
    assert f"{path}, regel 7, veld rules[0].severity: ontbreekt" in problems
    assert any(
        "regel 31, veld drop_rules[0].id: regel 'registratie-300-uur' is een federale "
        "registratievoorwaarde" in problem
        for problem in problems
    )
    assert "kan niet toegevoegd worden: 6 problemen." in dialog.summary.text()
    assert dialog.add_button.isHidden() and dialog.rules.isHidden()
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Close), Qt.MouseButton.LeftButton
    )
    assert not paths.user_lists_dir().exists() or not list(paths.user_lists_dir().glob("*.toml"))


def test_another_list_with_a_taken_id_and_version_is_refused(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed = doc_file(paths.user_lists_dir(), "gezondheidszorg-sint-jozef.toml")
    window.service.reload_lists()
    other = tmp_path / "nieuw" / "sint-jozef.toml"
    other.parent.mkdir()
    other.write_text(installed.read_text("utf-8").replace("hours = 320", "hours = 330"), "utf-8")
    dialog = add_from(qtbot, window, monkeypatch, other)
    (problem,) = [dialog.problem_list.item(i).text() for i in range(dialog.problem_list.count())]
    assert "bestaat al" in problem and "version = 2" in problem
    assert sorted(p.name for p in paths.user_lists_dir().glob("*.toml")) == [installed.name]


@pytest.fixture
def on_a_variant(private_home: Path) -> Iterator[PortfolioService]:
    """A pupil's portfolio on the doc's variant, with a rule left out, at 310 hours."""
    path = doc_file(paths.user_lists_dir(), "gezondheidszorg-sint-jozef.toml")
    path.write_text(
        path.read_text("utf-8")
        + '\n[[drop_rules]]\nid = "stagevolume"\nreason = "Stage in blokken van vier weken."\n',
        encoding="utf-8",
    )
    opened = open_current()
    service = PortfolioService.create(
        opened, role="student", name="Lotte", list_id="gezondheidszorg-sint-jozef"
    )
    for entry in hours(residentieel=150, thuiszorg=60, ziekenhuis=60, beperking=40):
        service.add_hours(
            day=entry.day, minutes=entry.minutes, context=entry.context, today=entry.day
        )
    yield service
    service.engine.dispose()


def plain(rich: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", rich))


def titles(section: OverviewSection) -> dict[str, str]:
    model = section.rules_model
    return {
        model.index(row, 0).data(RulesModel.RuleIdRole): model.index(row, RulesModel.TITLE).data()
        for row in range(model.rowCount())
    }


def test_the_overview_of_a_variant_shows_both_rules_what_is_left_out_and_what_blocks(
    qtbot: QtBot, on_a_variant: PortfolioService, tmp_path: Path
) -> None:
    window = MainWindow(on_a_variant)
    qtbot.addWidget(window)
    window.resize(1250, 900)
    window.show()
    qtbot.waitExposed(window)
    overview = window.section(OverviewSection)
    shown = titles(overview)
    assert shown["registratie-300-uur"] == f"{FEDERAL}\n(federale registratievoorwaarde)"
    assert shown["school-320-uur"].endswith(f"\n(regel van de school, strenger dan: {FEDERAL})")
    assert "stagevolume" not in shown
    assert overview.list_notes.isVisible()
    notes = plain(overview.list_notes.text())
    assert "⚠ VERVALLEN door de school: de regel 'minstens 8 weken stage'" in notes
    assert "Stage in blokken van vier weken." in notes
    assert overview.verdict.text() == (
        "Resultaat: nog 1 tekort op een eigen regel van de school; de federale "
        "registratievoorwaarden en de officiële regels van de kwalificatie zijn voldaan."
    )
    window.grab().save(str(tmp_path / "overzicht-variant.png"))


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "stageportfolio_en.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_in_english(
    qtbot: QtBot, on_a_variant: PortfolioService, english: None, tmp_path: Path
) -> None:
    window = MainWindow(on_a_variant)
    qtbot.addWidget(window)
    overview = window.section(OverviewSection)
    assert "LEFT OUT by the school" in overview.list_notes.text()
    assert overview.verdict.text().startswith("Result: 1 gap against a rule of the school's own")
    assert titles(overview)["registratie-300-uur"].endswith("(federal registration condition)")
    path = doc_file(tmp_path, "gezondheidszorg-sint-jozef-fout.toml")
    dialog = AddListDialog(on_a_variant.catalog, path)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Add list: gezondheidszorg-sint-jozef-fout.toml"
    assert "cannot be added: 6 problems." in dialog.summary.text()
    assert dialog.rules.horizontalHeaderItem(2).text() == "Basis"
