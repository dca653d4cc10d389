"""The hours import's own refusals reach the screen in the app's language: a file naming more
new placements than one import makes (the streamed import refuses the rows beyond), and a row
typed twice in the file."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from stageportfolio.core.limits import MAX_NEW_PLACEMENTS
from stageportfolio.services.portfolio import PortfolioService
from stageportfolio.ui.dialogs.csv_import_dialog import CsvImportDialog
from tests.ui.test_english_everywhere import dutch_words, english

__all__ = ["english"]  # the fixture, imported for the tests below

TODAY = date(2026, 11, 23)


def _file() -> bytes:
    """One hour a row, each row at a placement of its own: one more than one import makes."""
    lines = ["datum;uren;context;stageplaats"]
    for number in range(MAX_NEW_PLACEMENTS + 1):
        day = date(2026, 9, 1) + timedelta(days=number % 60)
        lines.append(f"{day:%d/%m/%Y};1;thuiszorg;Thuiszorg {number:04d}")
    return ("\n".join(lines) + "\n").encode()


TWICE = (
    b"datum;uren;context\n15/09/2026;7,5;thuiszorg\n16/09/2026;7;thuiszorg\n"
    b"15/09/2026;7,5;thuiszorg\n"
)


def _dialog(
    qtbot: QtBot, service: PortfolioService, tmp_path: Path, data: bytes | None = None
) -> CsvImportDialog:
    dialog = CsvImportDialog(service, tmp_path / "uren.csv", data or _file(), today=TODAY)
    qtbot.addWidget(dialog)
    return dialog


def _texts(dialog: CsvImportDialog) -> list[str]:
    lists = (dialog.problem_list, dialog.warning_list)
    return [view.item(i).text() for view in lists for i in range(view.count())]


def _dutch(texts: list[str]) -> list[str]:
    """The texts with Dutch in them, the columns' names as the file writes them taken out."""
    names = ("column stageplaats", "'stageplaats'", "column uren")
    plain = [(t, t) for t in texts]
    for name in names:
        plain = [(t, p.replace(name, " ")) for t, p in plain]
    return [t for t, p in plain if dutch_words(p)]


def test_a_refused_placement_in_english(
    qtbot: QtBot, english: None, service: PortfolioService, tmp_path: Path
) -> None:
    texts = _texts(_dialog(qtbot, service, tmp_path))
    line = MAX_NEW_PLACEMENTS + 2  # the header is line 1
    refused = [t for t in texts if t.startswith(f"line {line}, column stageplaats:")]
    assert refused == [
        f"line {line}, column stageplaats: too many different new placements in one file "
        f"(more than {MAX_NEW_PLACEMENTS}); is the right column under 'stageplaats'?"
    ], texts[:5]
    assert not _dutch(texts), _dutch(texts)[:5]


def test_a_row_typed_twice_in_english(
    qtbot: QtBot, english: None, service: PortfolioService, tmp_path: Path
) -> None:
    texts = _texts(_dialog(qtbot, service, tmp_path, TWICE))
    assert (
        "line 4: this line is the same as line 2 (same date, context, hours and note); "
        "entered twice?"
    ) in texts, texts
    assert not _dutch(texts), _dutch(texts)


@pytest.mark.usefixtures("qapp")
def test_the_same_refusal_in_dutch(qtbot: QtBot, service: PortfolioService, tmp_path: Path) -> None:
    texts = _texts(_dialog(qtbot, service, tmp_path))
    line = MAX_NEW_PLACEMENTS + 2
    assert (
        f"regel {line}, kolom stageplaats: te veel verschillende nieuwe stageplaatsen in één "
        f"bestand (meer dan {MAX_NEW_PLACEMENTS}); staat de juiste kolom onder 'stageplaats'?"
    ) in texts, texts[:5]
