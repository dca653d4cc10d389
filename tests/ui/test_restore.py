"""Portfolio herstellen (issue 14.4): a portfolio exported from the app comes back whole on a
first start (after Alles wissen, or on a new laptop), through the archive import of the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from stageportfolio import paths
from stageportfolio.services.archive_lists import export_portfolio
from stageportfolio.services.erase import erase_everything
from stageportfolio.services.portfolio import PortfolioService, open_current
from stageportfolio.ui.wizard import FirstStartWizard


def test_an_exported_portfolio_is_restored_on_a_first_start(
    qtbot: QtBot, filled: PortfolioService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hours = sorted((r.day, r.minutes) for r in filled.hours())
    archive = export_portfolio(filled.engine, filled.catalog, tmp_path / "lotte.stageportfolio")
    filled.engine.dispose()
    erase_everything(paths.data_dir())
    opened = open_current()
    assert PortfolioService.open(opened) is None

    wizard = FirstStartWizard(opened)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    asked: list[str] = []

    def yes(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: QMessageBox.StandardButton.Ok)
    assert wizard.restore(archive.path) is True
    assert asked and "Lotte Vermeulen" in asked[0]
    restored = wizard.service
    assert restored is not None and restored.info.name == "Lotte Vermeulen"
    assert sorted((r.day, r.minutes) for r in restored.hours()) == hours
    restored.engine.dispose()
    opened.engine.dispose()
