"""The sign-off dialog's outcome line is read in full, also when the window is small and the
message runs to several lines (an eID signature names the card holder twice)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from stageportfolio.services.portfolio import PortfolioService
from stageportfolio.ui.widgets.screen import available
from tests.ui.test_signoff_dialog import FakeSignOffs, _open

LONG = (
    "✓ 3 items signed with the eID of Anneleen Vandenbroucke-Verhaegen (qualified signature). "
    "Whether Anneleen Vandenbroucke-Verhaegen is the mentor is confirmed by the school. "
) * 2


def _whole(label: QLabel) -> bool:
    return label.height() >= label.heightForWidth(label.width())


def test_a_long_message_is_not_cut_in_a_small_dialog(
    qtbot: QtBot, filled: PortfolioService
) -> None:
    dialog = _open(qtbot, filled, FakeSignOffs(filled))
    dialog.resize(dialog.minimumSizeHint())  # as small as the dialog lets itself be made
    qtbot.wait(50)
    dialog.show_message(LONG)
    qtbot.wait(50)
    message = dialog.message
    assert message.isVisible() and message.heightForWidth(message.width()) > 3 * 14
    assert _whole(message), (message.height(), message.heightForWidth(message.width()))
    # nothing of it hidden behind the buttons or below the window's edge
    assert message.geometry().bottom() < dialog.buttons.geometry().top()
    assert dialog.height() <= available(dialog).height()
    # the explanations above it are whole too; the items list gave up the room
    assert _whole(dialog.intro) and _whole(dialog.new_text) and _whole(dialog.explain)
    # narrower: more lines, still whole
    dialog.resize(dialog.minimumSizeHint().width(), dialog.height())
    qtbot.wait(50)
    assert _whole(message)
