"""The English translation: complete, compiled, and used by the main window."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from stageportfolio.app import TRANSLATIONS
from stageportfolio.ui.mainwindow import MainWindow
from stageportfolio.ui.sections.overview import OverviewSection
from stageportfolio.ui.widgets import ui_language

TS = TRANSLATIONS / "stageportfolio_en.ts"
QM = TRANSLATIONS / "stageportfolio_en.qm"


@pytest.fixture
def english(qapp) -> Iterator[QTranslator]:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(str(QM)), QM
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_ts_has_no_unfinished_or_empty_translations() -> None:
    root = ET.parse(TS).getroot()
    assert root.get("language", "").startswith("en")
    problems = []
    count = 0
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("obsolete", "vanished") or not source:
                continue
            count += 1
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
            if translation.get("type") == "unfinished" or not all(t.strip() for t in texts):
                problems.append(f"{name}: {source!r}")
            elif any(source.count("{") != text.count("{") for text in texts):
                problems.append(f"{name}: placeholders differ in {source!r}")
    assert count > 100
    assert problems == []


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} not installed")
    return found


def _messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
        if (message.find("translation") is None)
        or message.find("translation").get("type") not in ("obsolete", "vanished")  # type: ignore[union-attr]
    }


def test_every_string_in_the_code_is_in_the_ts(tmp_path: Path) -> None:
    """Adding a tr() string without running scripts/update_translations.sh fails here."""
    root = TRANSLATIONS.parents[1]
    sources = sorted(str(p) for p in (root / "stageportfolio" / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), "-no-obsolete", *sources, str(root / "stageportfolio/app.py"),
         "-ts", str(fresh)],
        check=True, capture_output=True,
    )  # fmt: skip
    missing = _messages(fresh) - _messages(TS)
    assert missing == set(), "run scripts/update_translations.sh and translate"


def test_committed_qm_is_the_compiled_ts(tmp_path: Path) -> None:
    compiled = tmp_path / "check.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TS), "-qm", str(compiled)], check=True, capture_output=True
    )
    assert compiled.read_bytes() == QM.read_bytes(), "run scripts/update_translations.sh"


def test_main_window_reads_in_english(qtbot, service, english) -> None:  # type: ignore[no-untyped-def]
    assert ui_language() == "en"
    window = MainWindow(service)
    qtbot.addWidget(window)
    titles = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert titles == ["Overview", "Hours", "Activities", "Placements", "Evidence", "Portfolio"]
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Sign-off", "&Help"]
    overview = window.section(OverviewSection)
    assert overview.bk_labels[0].text() == "Zorgkundige: 0 of 16 competences signed off"
    model = overview.rules_model
    assert model.index(0, model.STATUS).data() == "✗ not yet"
    assert "more hours" in model.index(0, model.MESSAGE).data()


def test_without_the_translation_it_is_dutch(qtbot, service) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(service)
    qtbot.addWidget(window)
    assert window.nav.item(0).text() == "Overzicht"
    assert ui_language() == "nl"


def test_update_script_uses_the_venv_tools() -> None:
    script = Path(__file__).resolve().parents[2] / "scripts" / "update_translations.sh"
    text = script.read_text(encoding="utf-8")
    assert ".venv/bin/pyside6-lupdate" in text and ".venv/bin/pyside6-lrelease" in text
