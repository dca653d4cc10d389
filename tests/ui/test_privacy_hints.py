"""Privacy hints (issue 14.8) cover hour notes and evidence descriptions too, not only
reflections: a client's name, a rijksregisternummer or a birth date gets a warning while
typing; nothing is blocked."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from stageportfolio.core.privacy import (
    HINT_BIRTH_DATE,
    HINT_NAME,
    HINT_NATIONAL_NUMBER,
    privacy_hints,
)
from stageportfolio.services.portfolio import PortfolioService
from stageportfolio.ui.dialogs.evidence_dialog import EvidenceDialog
from stageportfolio.ui.dialogs.hour_dialog import HourDialog
from tests.ui.test_hours import type_text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Mevrouw Janssens gewassen", HINT_NAME),
        ("rijksregister 85.07.30-033.61", HINT_NATIONAL_NUMBER),
        ("bewoner geboren op 3/4/1938", HINT_BIRTH_DATE),
    ],
)
def test_what_looks_private(text: str, kind: str) -> None:
    assert kind in {hint.kind for hint in privacy_hints(text)}


def test_ordinary_notes_get_no_hint() -> None:
    assert privacy_hints("ochtendzorg bij de bewoner, mondzorg, 2 uur vergadering") == []


def test_the_hour_note_warns_while_typing(qtbot: QtBot, filled: PortfolioService) -> None:
    dialog = HourDialog(filled, today=date(2026, 11, 23))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.privacy.isVisible()
    dialog.note_edit.setFocus()
    type_text(dialog.note_edit, "wassen van meneer Claes")
    qtbot.waitUntil(dialog.privacy.isVisible)
    assert "meneer Claes" in dialog.privacy.text()
    dialog.note_edit.clear()
    qtbot.waitUntil(lambda: not dialog.privacy.isVisible())


def test_the_evidence_description_warns_too(qtbot: QtBot, filled: PortfolioService) -> None:
    dialog = EvidenceDialog(filled.alist, file_name="verslag.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.description.setPlainText("Verslag over mevrouw Peeters, geboren op 12/5/1941")
    qtbot.waitUntil(dialog.privacy.isVisible)
    text = dialog.privacy.text()
    assert "mevrouw Peeters" in text and "geboortedatum" in text
