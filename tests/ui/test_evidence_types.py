"""Evidence is data, never a program: a program an older version stored under an innocent name
is shown as what it is and never handed to the operating system; a program is not taken in."""

from __future__ import annotations

import hashlib
import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from stageportfolio.services.portfolio import PortfolioService
from stageportfolio.store.db import session_scope
from stageportfolio.store.evidence import evidence_dir
from stageportfolio.store.models import Evidence
from tests.ui.test_evidence import a_file, make_section

SHOTS = os.environ.get("STAGEPORTFOLIO_SCREENSHOTS")  # a folder: save what the test shows


def stored_program(service: PortfolioService) -> str:
    """What the first release let in: ``<uuid>.bat`` recorded as "stageverslag.pdf"."""
    stored = "3f2a0000-0000-4000-8000-000000000001.bat"
    path = evidence_dir(create=True) / stored
    path.write_bytes(b"@echo off\r\ndel /q %USERPROFILE%\\Documents\\*\r\n")
    with session_scope(service.engine) as session:
        session.add(
            Evidence(
                id=stored.removesuffix(".bat"),
                portfolio_id=service.info.id,
                stored_name=stored,
                original_name="stageverslag.pdf",
                media_type="application/pdf",
                day=date(2025, 10, 1),
                sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
                size=path.stat().st_size,
            )
        )
    return stored


def test_a_stored_program_is_flagged_and_open_refuses_it(
    qtbot: QtBot, service: PortfolioService, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    opened: list[QUrl] = []
    warnings: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    service.add_evidence(a_file(tmp_path, "attest.pdf"))
    stored_program(service)
    section = make_section(qtbot, service)
    rows = {
        section.model.index(r, section.model.COL_NAME).data(): section.model.index(
            r, section.model.COL_KIND
        ).data()
        for r in range(section.model.rowCount())
    }
    assert rows == {"attest.pdf": "PDF", "stageverslag.pdf": "⚠ niet te openen (.bat)"}
    if SHOTS:
        section.grab().save(str(Path(SHOTS) / "bewijsstukken-niet-te-openen.png"))
    for row in range(section.model.rowCount()):
        section.table.selectRow(row)
        qtbot.mouseClick(section.open_button, Qt.MouseButton.LeftButton)
    assert [Path(u.toLocalFile()).suffix for u in opened] == [".pdf"]  # never the program
    assert len(warnings) == 1 and "stageverslag.pdf wordt niet geopend" in warnings[0]


def test_a_program_cannot_be_added_as_evidence(
    qtbot: QtBot, service: PortfolioService, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    section = make_section(qtbot, service)
    program = a_file(tmp_path, "verslag.pdf", b"MZ\x90\x00\x03 a Windows program")
    section.add_files([program])
    assert section.dialog is not None
    section.dialog.accept()  # the description dialog: save
    assert service.evidence() == []
    assert warnings and "de inhoud is dat niet" in warnings[0]
