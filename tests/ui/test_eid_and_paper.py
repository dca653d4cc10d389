"""The sign-off dialog's "Ondertekenen met eID" (a SoftHSM2 card shaped like the eID) and
Aftekenen > Papieren aftekenblad…, driven like a user would."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from stageportfolio.services.portfolio import PortfolioService
from stageportfolio.services.signoffs import SignOffService
from stageportfolio.ui.dialogs.paper_dialog import PaperDialog
from stageportfolio.ui.dialogs.signoff_dialog import SignOffDialog
from tests.eid_helpers import MODULE, PIN


def _open(qtbot: Any, dialog: Any) -> Any:
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def test_the_dialog_signs_with_the_eid_when_a_module_is_found(
    qtbot: Any, filled: PortfolioService, softhsm_cards: Any, test_eid_root: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setenv("STAGEPORTFOLIO_PKCS11_MODULE", str(MODULE))
    signoffs = SignOffService(filled)
    dialog = _open(qtbot, SignOffDialog(filled, signoffs))
    assert dialog.eid_row.isVisible()
    dialog.select_mentor(next(m.id for m in filled.mentors() if m.name == "An Peeters"))
    hours = [r for r in dialog.rows if r.item.kind == "hour_entry"]
    for row in hours:
        row.approve.setFocus()
        qtbot.keyClick(row.approve, Qt.Key.Key_Space)
    # A wrong PIN signs nothing and says so in the dialog.
    qtbot.keyClicks(dialog.eid_pin, "0000")
    qtbot.mouseClick(dialog.eid_button, Qt.MouseButton.LeftButton)
    assert "verkeerde pincode" in dialog.message.text()
    assert signoffs.verify_all() == []
    qtbot.keyClicks(dialog.eid_pin, PIN)
    with qtbot.waitSignal(dialog.signed, timeout=20000) as signal:
        qtbot.mouseClick(dialog.eid_button, Qt.MouseButton.LeftButton)
    assert signal.args == [len(hours)]
    assert "eID van An Peeters" in dialog.message.text()
    assert dialog.eid_pin.text() == ""  # the PIN is not kept
    checked = signoffs.verify_all()
    assert {v.method for v in checked} == {"eid"} and {v.status for v in checked} == {"valid"}
    assert not dialog.grab().isNull()  # docs/screenshots/aftekenen-eid.png was made so


def test_without_middleware_there_is_no_eid_button(
    qtbot: Any, filled: PortfolioService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STAGEPORTFOLIO_PKCS11_MODULE", "/nonexistent/libbeidpkcs11.so.0")
    dialog = _open(qtbot, SignOffDialog(filled, SignOffService(filled)))
    assert not dialog.eid_row.isVisible()


def test_the_paper_dialog_prints_and_reads_back(
    qtbot: Any, filled: PortfolioService, tmp_path: Path
) -> None:
    dialog = _open(qtbot, PaperDialog(filled))
    assert dialog.week.currentData() == "2026-W45"  # the newest week first
    dialog.week.setCurrentIndex(dialog.week.findData("2026-W37"))
    code = dialog.code_label.text().split(" ")[0]
    assert "(3 urenregels)" in dialog.code_label.text()
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    sheet = dialog.save_sheet(str(tmp_path / "blad.pdf"))
    assert sheet is not None and sheet.is_file()
    text = subprocess.run(["pdftotext", str(sheet), "-"], capture_output=True, text=True).stdout
    assert "Feuille de validation" in text and code in text
    # Read back: a scan without a QR code the app can find needs the typed code.
    dialog.choose_scan(str(sheet))
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    assert "geen QR-code" in dialog.message.text()
    qtbot.keyClicks(dialog.code, code[:-1] + ("0" if code[-1] != "0" else "1"))
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    assert "verkeerd overgetypt" in dialog.message.text()
    dialog.code.clear()
    qtbot.keyClicks(dialog.code, code.lower())
    with qtbot.waitSignal(dialog.signed, timeout=10000) as signal:
        qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    assert signal.args == [3]
    assert "zwakker dan een sleutel" in dialog.message.text()
    checked = SignOffService(filled).verify_all()
    assert {v.method for v in checked} == {"paper"} and len(checked) == 3
    assert any(e.description.startswith("Papieren aftekenblad") for e in filled.evidence())
    assert not dialog.grab().isNull()  # docs/screenshots/papieren-aftekenblad.png was made so


def test_mentor_mode_signs_a_request_with_the_eid(
    qtbot: Any, softhsm_cards: Any, test_eid_root: Any, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:  # fmt: skip
    import json

    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from stageportfolio.core.signoff_formats import SignResponseFile, parse
    from stageportfolio.services.mentormode import create_identity
    from stageportfolio.ui.mentor_window import MentorWindow
    from tests.ui.test_mentor_window import PASSPHRASE, open_request

    monkeypatch.setenv("STAGEPORTFOLIO_PKCS11_MODULE", str(MODULE))
    create_identity("An Peeters", "WZC De Linde", "social_profit", PASSPHRASE)
    window = MentorWindow()
    qtbot.addWidget(window)
    window.show()
    open_request(window, qtbot, monkeypatch, tmp_path)
    assert window.eid_button.isVisible()
    qtbot.mouseClick(window.all_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (PIN, True))
    target = tmp_path / "antwoord.aftekening.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(window.eid_button, Qt.MouseButton.LeftButton)
    data = json.loads(target.read_text(encoding="utf-8"))
    response = parse(SignResponseFile, data, str(target), what="aftekening")
    assert response.mentor.name == "An Peeters"
    assert {s.method for s in response.signatures} == {"eid"} and len(response.signatures) == 2
    assert "afgetekend" in window.sign_message.text()
    # The items left the list and show under "Afgetekend", marked as signed with the eID.
    assert window.rows == []
    assert window.signed_box.isVisible() and window.signed_list.count() == 2
    shown = [window.signed_list.item(i).text() for i in range(2)]
    assert all(text.startswith("✓ akkoord: ") and text.endswith(" · eID") for text in shown)
