"""Signing on the spot, checking signatures and the signatures in the PDF.

The dialog is driven like a mentor would: choose the name, tick, type the passphrase, click.
Tests marked with the real service need ``stageportfolio.services.signoffs``; the others run
the dialog against a small fake with the same method names.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from stageportfolio.core.signing import WeakPassphraseError, WrongPassphraseError
from stageportfolio.services.portfolio import PortfolioService, SignedItemError
from stageportfolio.ui.dialogs.signoff_dialog import SignOffDialog
from stageportfolio.ui.signing_actions import (
    VerificationDialog,
    VerificationModel,
    VerificationRow,
    verification_rows,
)

PASSPHRASE = "zonnebloem lampenkap fietsbel"


# -- a fake sign-off service --------------------------------------------------------------------


@dataclass(frozen=True)
class FakePending:
    kind: str
    id: str
    label: str
    day: date
    minutes: int | None
    proposed_level: int | None
    reflection: str
    item: dict[str, Any]


@dataclass(frozen=True)
class FakeCard:
    school_fingerprint: str


@dataclass(frozen=True)
class FakeVerification:
    signoff_id: str
    target_kind: str
    target_id: str
    label: str
    mentor_name: str
    fingerprint: str
    code: str
    level: int | None
    signed_at: object
    status: str
    card: FakeCard | None
    name_confirmed: bool = True
    decision: str = "approve"
    comment: str = ""


@dataclass
class FakeSignOffs:
    service: PortfolioService
    keys: dict[str, str] = field(default_factory=dict)
    signed: list[Any] = field(default_factory=list)

    def pending(self, mentor_id: str | None = None) -> list[FakePending]:
        done = {d.id for d in self.signed}
        items = [
            FakePending(
                "hour_entry", h.id, f"{h.minutes / 60:g} uur op {h.day:%d/%m/%Y}", h.day,
                h.minutes, None, "", {"label": f"{h.minutes / 60:g} uur op {h.day:%d/%m/%Y}"},
            )
            for h in self.service.hours()
            if h.mentor == "An Peeters"
        ]  # fmt: skip
        items.append(
            FakePending(
                "activity_record", "rec-1", "Helpt bij de ochtendzorg", date(2026, 9, 8),
                None, 2, "Ik waste mevrouw J. en lette op haar huid.",
                {"label": "Helpt bij de ochtendzorg"},
            )
        )  # fmt: skip
        return [i for i in items if i.id not in done]

    def describe(self, item: dict[str, Any], lang: str) -> str:
        return str(item["label"])

    def has_key(self, mentor_id: str) -> bool:
        return mentor_id in self.keys

    def create_key(self, mentor_id: str, passphrase: str) -> str:
        from stageportfolio.core.passphrase import passphrase_problem

        problem = passphrase_problem(passphrase)
        if problem:
            raise WeakPassphraseError(problem)
        self.keys[mentor_id] = passphrase
        return "3F7A-91C2-0B4E-D5A8"

    def sign_on_the_spot(self, mentor_id: str, passphrase: str, decisions: list[Any]) -> int:
        if self.keys.get(mentor_id) != passphrase:
            raise WrongPassphraseError("verkeerde wachtzin")
        approved = [d for d in decisions if d.approve or d.refuse]
        self.signed.extend(approved)
        return len(approved)


def _mentor_id(service: PortfolioService) -> str:
    return next(m.id for m in service.mentors() if m.name == "An Peeters")


def _open(qtbot, service: PortfolioService, signoffs: Any) -> SignOffDialog:  # type: ignore[no-untyped-def]
    dialog = SignOffDialog(service, signoffs)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def _tick(qtbot, dialog: SignOffDialog, count: int | None = None) -> None:  # type: ignore[no-untyped-def]
    for row in dialog.rows[:count]:
        row.approve.setFocus()
        qtbot.keyClick(row.approve, Qt.Key.Key_Space)
        assert row.approve.isChecked()


def test_first_key_then_sign_with_the_fake(qtbot, filled: PortfolioService) -> None:  # type: ignore[no-untyped-def]
    fake = FakeSignOffs(filled)
    dialog = _open(qtbot, filled, fake)
    assert dialog.mentor.currentText().startswith("An Peeters")
    assert dialog.new_key_box.isVisible() and not dialog.passphrase_row.isVisible()
    assert len(dialog.rows) == 4  # 3 hour entries on WZC De Linde and one activity
    activity = dialog.rows[-1]
    assert activity.level is not None and activity.level.currentData() == 2
    assert all(r.level is None for r in dialog.rows[:3])
    for widget in (dialog.passphrase, dialog.new_passphrase, dialog.repeat_passphrase):
        assert widget.echoMode() == widget.EchoMode.Password
        assert widget.accessibleName()

    _tick(qtbot, dialog)
    # the mentor corrects the level with the keyboard and adds a comment
    activity.level.setFocus()
    qtbot.keyClick(activity.level, Qt.Key.Key_Down)
    qtbot.keyClicks(activity.comment, "Goed gedaan")
    # a weak and a mismatched passphrase are refused inline, with a hint
    qtbot.keyClicks(dialog.new_passphrase, "welkom123")
    qtbot.keyClicks(dialog.repeat_passphrase, "welkom123")
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert "te zwak" in dialog.message.text() and not fake.keys
    dialog.new_passphrase.clear()
    dialog.repeat_passphrase.clear()
    qtbot.keyClicks(dialog.new_passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat_passphrase, PASSPHRASE + "x")
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert "niet gelijk" in dialog.message.text() and not fake.keys
    dialog.repeat_passphrase.clear()
    qtbot.keyClicks(dialog.repeat_passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.signed) as signal:
        qtbot.keyClick(dialog.repeat_passphrase, Qt.Key.Key_Return)  # Enter signs
    assert signal.args == [4]
    assert "3F7A-91C2-0B4E-D5A8" in dialog.message.text()
    assert "niet bevestigd door een school" in dialog.message.text()
    assert "4 items afgetekend" in dialog.message.text()
    assert dialog.card_button.isVisible()  # the mentor's card, for the school
    signed = {d.id: d for d in fake.signed}
    assert signed["rec-1"].level == 3 and signed["rec-1"].comment == "Goed gedaan"
    assert dialog.rows == []  # nothing left for this mentor
    assert dialog.passphrase_row.isVisible() and not dialog.new_key_box.isVisible()


def test_wrong_passphrase_keeps_everything_with_the_fake(qtbot, filled: PortfolioService) -> None:  # type: ignore[no-untyped-def]
    fake = FakeSignOffs(filled)
    fake.keys[_mentor_id(filled)] = PASSPHRASE
    dialog = _open(qtbot, filled, fake)
    assert dialog.passphrase_row.isVisible() and not dialog.new_key_box.isVisible()
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert "wachtzin" in dialog.message.text()  # nothing typed yet
    qtbot.keyClicks(dialog.passphrase, "iets-anders")
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert "Vink" in dialog.message.text()  # nothing ticked
    _tick(qtbot, dialog, 2)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert "Verkeerde wachtzin" in dialog.message.text()
    assert fake.signed == []
    assert [r.approve.isChecked() for r in dialog.rows] == [True, True, False, False]
    assert dialog.passphrase.hasFocus() and dialog.passphrase.selectedText() == "iets-anders"
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)  # replaces the selected wrong one
    with qtbot.waitSignal(dialog.signed):
        qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert len(fake.signed) == 2 and len(dialog.rows) == 2


def test_every_control_has_a_name_and_tab_reaches_the_items(qtbot, filled) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, filled, FakeSignOffs(filled))
    for row in dialog.rows:
        for widget in (row.approve, row.level, row.comment):
            if widget is not None:
                assert widget.accessibleName()
                assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    dialog.mentor.setFocus()
    reached = []
    for _ in range(12):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        reached.append(dialog.focusWidget())
    assert dialog.rows[0].approve in reached and dialog.rows[0].comment in reached


def test_no_mentor_yet(qtbot, service: PortfolioService) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, service, FakeSignOffs(service))
    assert "mentor" in dialog.count_label.text()
    assert not dialog.sign_button.isEnabled()


def test_verification_dialog_lists_statuses(qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    rows = verification_rows(
        [
            FakeVerification("s1", "hour_entry", "h1", "7,5 uur op 7/9/2026", "An Peeters",
                             "3F7A-91C2-0B4E-D5A8", "K7F2-9QXA", None, None, "valid",
                             FakeCard("9A1F-0000-1111-2222")),
            FakeVerification("s2", "hour_entry", "h2", "7,5 uur op 8/9/2026", "An Peeters",
                             "3F7A-91C2-0B4E-D5A8", "ABCD-EFGH", None, None, "changed",
                             FakeCard("9A1F-0000-1111-2222")),
            FakeVerification("s3", "activity_record", "r1", "Ochtendzorg", "Jan Smet",
                             "0000-1111-2222-3333", "ZZZZ-2222", 3, None, "invalid", None, False),
            FakeVerification("s4", "hour_entry", "h3", "7,5 uur op 9/9/2026", "Jan Smet",
                             "0000-1111-2222-3333", "YYYY-1111", None, None, "valid", None, False,
                             "refuse", "Niet op de afdeling die dag"),
        ]
    )  # fmt: skip
    dialog = VerificationDialog(rows)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    model = dialog.model
    texts = [model.index(r, VerificationModel.COL_STATUS).data() for r in range(model.rowCount())]
    assert texts == [
        "✓ geldig",
        "⚠ gewijzigd na aftekening",
        "✗ ongeldig",
        "✗ niet akkoord: Niet op de afdeling die dag",
    ]
    # Facts, never the school's verdict.
    cards = [model.index(r, VerificationModel.COL_CARD).data() for r in range(4)]
    assert cards[0] == (
        "ondertekend door schoolsleutel 9A1F-0000-1111-2222 (vergelijk met de vingerafdruk "
        "van je school)"
    )
    assert cards[2] == "niet bevestigd door een school"
    assert model.index(2, VerificationModel.COL_MENTOR).data() == "Jan Smet (naam niet bevestigd)"
    assert model.index(1, VerificationModel.COL_CODE).data() == "ABCD-EFGH"
    assert "2 geldig, 1 gewijzigd na aftekening, 1 ongeldig" in dialog.summary.text()
    assert dialog.table.accessibleName()
    empty = VerificationDialog([])
    qtbot.addWidget(empty)
    assert "nog geen handtekeningen" in empty.summary.text()
    assert isinstance(rows[0], VerificationRow)


# -- with the real sign-off service -------------------------------------------------------------


@pytest.fixture
def real(filled: PortfolioService) -> Any:
    signoffs = pytest.importorskip("stageportfolio.services.signoffs")
    return signoffs.SignOffService(filled)


def test_sign_on_the_spot_then_verify_and_print(qtbot, filled, real, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, filled, real)
    dialog.select_mentor(_mentor_id(filled))
    hours = [r for r in dialog.rows if r.item.kind == "hour_entry"]
    assert len(hours) == 3
    assert dialog.new_key_box.isVisible()
    _tick(qtbot, dialog)
    qtbot.keyClicks(dialog.new_passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat_passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.signed, timeout=20000) as signal:
        qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert signal.args == [len(hours)]
    checked = real.verify_all()
    assert len(checked) == 3 and {v.status for v in checked} == {"valid"}
    fingerprint = checked[0].fingerprint
    assert fingerprint in dialog.message.text()

    # a second round with a wrong passphrase signs nothing and says so inline
    filled.add_hours(
        day=date(2026, 9, 10),
        minutes=450,
        context="residentieel",
        placement_id=next(p.id for p in filled.placements() if p.organisation == "WZC De Linde"),
    )
    dialog.reload()
    assert len(dialog.rows) == 1 and dialog.passphrase_row.isVisible()
    _tick(qtbot, dialog)
    qtbot.keyClicks(dialog.passphrase, "niet-de-juiste")
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Verkeerde wachtzin" in dialog.message.text(), timeout=20000)
    assert len(real.verify_all()) == 3
    assert dialog.rows[0].approve.isChecked()

    # the verification dialog shows them
    rows = verification_rows(real.verify_all())
    verification = VerificationDialog(rows)
    qtbot.addWidget(verification)
    assert verification.model.rowCount() == 3
    assert verification.model.index(0, VerificationModel.COL_STATUS).data() == "✓ geldig"


def _pdf_text(pdf: bytes) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()


def test_pdf_lists_fingerprints_codes_and_changes(filled, real) -> None:  # type: ignore[no-untyped-def]
    from stageportfolio.report.pdf import render_pdf
    from stageportfolio.services.pdf_export import portfolio_pdf
    from stageportfolio.services.signoffs import Decision
    from stageportfolio.services.snapshot import build_snapshot

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed")
    mentor = _mentor_id(filled)
    fingerprint = real.create_key(mentor, PASSPHRASE)
    pending = real.pending(mentor)
    decisions = [Decision(p.kind, p.id, True, p.proposed_level, "") for p in pending]
    assert real.sign_on_the_spot(mentor, PASSPHRASE, decisions) == 3
    # the student changes one signed entry afterwards
    first = min(filled.hours(), key=lambda h: h.day)
    with pytest.raises(SignedItemError, match="An Peeters"):
        filled.update_hours(
            first.id, day=first.day, minutes=480, context=first.context,
            placement_id=first.placement_id, note="", today=date(2026, 11, 23),
        )  # fmt: skip
    filled.update_hours(
        first.id, day=first.day, minutes=480, context=first.context,
        placement_id=first.placement_id, note="", today=date(2026, 11, 23), confirm_signed=True,
    )  # fmt: skip
    checked = real.verify_all()
    assert sorted(v.status for v in checked) == ["changed", "valid", "valid"]

    snapshot = build_snapshot(filled, today=date(2026, 11, 23))
    assert {s.code for s in snapshot.signatures} == {v.code for v in checked}
    text = _pdf_text(render_pdf(snapshot))
    assert "Handtekeningen" in text
    assert fingerprint in text
    assert all(v.code in text for v in checked)
    assert "geverifieerd door de school" not in text
    assert "niet bevestigd door een school" in text
    assert "gewijzigd na aftekening" in text
    # Honest totals on the cover: the changed entry is not confirmed.
    flat = " ".join(text.split())
    assert "29,5 uur gelogd, waarvan 15 bevestigd door een mentor" in flat
    pdf = portfolio_pdf(filled, today=date(2026, 11, 23))  # the whole archival PDF
    text = _pdf_text(pdf)
    assert fingerprint in text and all(v.code in text for v in checked)


def test_menu_actions_through_the_main_window(qtbot, filled, real, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from stageportfolio.services import mentormode
    from stageportfolio.ui import signing_actions
    from stageportfolio.ui.mainwindow import MainWindow
    from stageportfolio.ui.sections.hours import HoursSection

    window = MainWindow(filled)
    qtbot.addWidget(window)
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Aftekenen")
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert len(texts) == 6 and all(t.endswith("…") for t in texts)
    assert "&Papieren aftekenblad…" in texts
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append("⚠" + a[2]))

    # the student makes a request for the mentor
    target = tmp_path / "lotte"
    monkeypatch.setattr(
        signing_actions.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "")
    )
    request = signing_actions.export_request(window)
    assert request == tmp_path / "lotte.aftekenverzoek" and request.exists()
    assert "aftekenverzoek" in shown[-1]

    # the mentor signs two of the three entries in the mentor's own app
    identity = mentormode.create_identity("An Peeters", "WZC De Linde", "social_profit", PASSPHRASE)
    opened = mentormode.read_request(request)
    decisions = {entry.id: mentormode.Decision(True) for entry in opened.items[:2]}
    response = tmp_path / "an.aftekening.json"
    response.write_bytes(
        mentormode.sign_request(opened, identity, PASSPHRASE, decisions, record=False)
    )

    # the student reads the response: the hours section refreshes, the summary says how many
    window.show_section(HoursSection)
    refreshed: list[bool] = []
    monkeypatch.setattr(window.section(HoursSection), "refresh", lambda: refreshed.append(True))
    monkeypatch.setattr(
        signing_actions.QFileDialog, "getOpenFileName", lambda *a, **k: (str(response), "")
    )
    summary = signing_actions.import_response(window)
    assert summary is not None and summary.added == 2
    assert "2 aftekeningen toegevoegd" in shown[-1] and refreshed

    # An unsigned card is refused: only a card the school signed is added.
    card = tmp_path / "an.mentorkaart.json"
    mentormode.write_card(card, identity)
    monkeypatch.setattr(
        signing_actions.QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(card)], "")
    )
    assert signing_actions.import_mentor_cards(window) is None
    assert shown[-1].startswith("⚠") and "niet ondertekend door een school" in shown[-1]
    # the school vouches (after checking the fingerprint with An) and the student adds it
    from stageportfolio.services import school

    identity_school = school.create_school("Sint-Jozef", "krijtbord speelplaats refter 1923")
    vouched_card = school.vouch(
        school.read_card(json.loads(card.read_text("utf-8")), "kaart"),
        identity_school, "krijtbord speelplaats refter 1923",
        checked_fingerprint=identity.fingerprint, today=date(2026, 9, 20),
    )  # fmt: skip
    vouched = tmp_path / "an.bevestigd.mentorkaart.json"
    school.write_vouched(vouched, vouched_card)
    monkeypatch.setattr(
        signing_actions.QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(vouched)], "")
    )
    assert signing_actions.import_mentor_cards(window) == 1
    assert "1 bevestigde mentorkaart toegevoegd" in shown[-1]

    monkeypatch.setattr(signing_actions.VerificationDialog, "exec", lambda self: 0)
    checked = signing_actions.check_signatures(window)
    assert checked is not None and checked.model.rowCount() == 2
    assert "2 geldig, 0 gewijzigd na aftekening, 0 ongeldig" in checked.summary.text()
    column = VerificationModel.COL_CARD
    expected = (
        f"ondertekend door schoolsleutel {identity_school.fingerprint} (vergelijk met de "
        "vingerafdruk van je school)"
    )
    assert [checked.model.index(r, column).data() for r in range(2)] == [expected] * 2

    # a broken file is a clear message, not a traceback
    broken = tmp_path / "kapot.aftekening.json"
    broken.write_text("{niet json", encoding="utf-8")
    monkeypatch.setattr(
        signing_actions.QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), "")
    )
    assert signing_actions.import_response(window) is None
    assert shown[-1].startswith("⚠") and "kapot" in shown[-1]


def test_the_hours_table_shows_each_entrys_signature_state(qtbot, filled) -> None:  # type: ignore[no-untyped-def]
    """Signed rows say so in words; a row changed after sign-off says that instead."""
    from PySide6.QtGui import QUndoStack

    from stageportfolio.services.signoffs import Decision, SignOffService
    from stageportfolio.ui.models.hours_model import COL_SIGNED, ID_ROLE
    from stageportfolio.ui.sections.hours import HoursSection

    signoffs = SignOffService(filled)
    mentor = next(m for m in filled.mentors() if m.name == "An Peeters")
    signoffs.create_key(mentor.id, PASSPHRASE)
    pending = signoffs.pending(mentor.id)
    hours = [p for p in pending if p.kind == "hour_entry"]
    decisions = [Decision(p.kind, p.id, True, None, "") for p in hours]
    decisions[-1] = Decision(hours[-1].kind, hours[-1].id, False, None, "Te laat", refuse=True)
    assert signoffs.sign_on_the_spot(mentor.id, PASSPHRASE, decisions) == len(hours)
    changed = hours[0]
    row = next(r for r in filled.hours() if r.id == changed.id)
    filled.update_hours(
        row.id, day=row.day, minutes=row.minutes + 30, context=row.context,
        placement_id=row.placement_id, note=row.note, confirm_signed=True,
    )  # fmt: skip

    section = HoursSection(filled, QUndoStack())
    qtbot.addWidget(section)
    states = {
        section.model.index(i, 0).data(ID_ROLE): section.model.index(i, COL_SIGNED).data()
        for i in range(section.model.rowCount())
    }
    assert states[changed.id] == "⚠ gewijzigd na aftekening: telt niet als bevestigd"
    signed = "✓ ondertekend door An Peeters (naam niet bevestigd)"
    assert sum(text == signed for text in states.values()) == len(hours) - 2
    assert states[hours[-1].id] == "✗ niet akkoord (An Peeters (naam niet bevestigd)): Te laat"
    assert "" in states.values()  # the home-care entry has no sign-off
