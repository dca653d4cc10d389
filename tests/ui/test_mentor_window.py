"""Mentor mode: make a profile, open a request, sign it and save the response."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from stageportfolio.core.signing import (
    activity_fields,
    hour_fields,
    portfolio_fingerprint,
    statement,
    verify,
)
from stageportfolio.services.mentormode import create_identity, identity_path, load_identity
from stageportfolio.ui.mentor_window import MentorWindow

PASSPHRASE = "groene appel op de vensterbank"
# Rich text from a student must show as the characters typed, never as markup.
REFLECTION = "Ik heb <b>mevrouw</b> geholpen bij het wassen en haar eerst gevraagd wat ze wou."


def write_request(folder: Path) -> Path:
    hour = hour_fields(
        entry_id="h-1",
        day=date(2026, 10, 6),
        minutes=450,
        context="residentieel",
        placement_id="p1",
        placement_name="WZC De Linde",
    )
    activity = activity_fields(
        record_id="a-1",
        activity_id="ADL-01",
        competence_id="C1",
        proposed_level=2,
        level=2,
        day=date(2026, 10, 7),
        reflection=REFLECTION,
    )
    payload = {
        "format": "stageportfolio-signoff-request",
        "version": 2,
        "created_at": "2026-11-23T10:00:00+00:00",
        "portfolio": {
            "id": "pf-123",
            "name": "Lotte Vermeulen",
            "organisation": "Sint-Jozefsinstituut",
            "list_id": "verzorgende-zorgkundige",
            "list_version": 1,
            "list_title": "7de jaar Verzorgende/zorgkundige",
        },
        "mentor": {"name": "An Peeters", "organisation": "WZC De Linde", "sector": "social_profit"},
        "items": [
            {
                "item": {**hour, "day": hour["day"].isoformat()},
                # An older field a student could fill with anything: never shown.
                "label": "2 uur residentiële ouderenzorg",
            },
            {"item": {**activity, "day": activity["day"].isoformat()}, "reflection": REFLECTION},
        ],
    }
    path = folder / "lotte.aftekenverzoek.json"
    path.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def mentor_window(qtbot) -> MentorWindow:  # type: ignore[no-untyped-def]
    create_identity("An Peeters", "WZC De Linde", "social_profit", PASSPHRASE)
    window = MentorWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def open_request(window: MentorWindow, qtbot, monkeypatch, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    request = write_request(tmp_path)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(request), "Aftekenverzoek")
    )
    qtbot.mouseClick(window.open_button, Qt.MouseButton.LeftButton)
    assert window.request_box.isVisible()
    return request


def test_create_identity_through_the_form(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = MentorWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.pages.currentWidget() is window.profile_page
    qtbot.keyClicks(window.name_edit, "An Peeters")
    qtbot.keyClicks(window.organisation_edit, "Gemeente Zele")
    qtbot.mouseClick(window.local_radio, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.new_passphrase, PASSPHRASE)
    qtbot.keyClicks(window.repeat_passphrase, "iets-anders-99")
    qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)
    assert "verschillen" in window.profile_message.text()
    assert not identity_path().exists()

    window.repeat_passphrase.clear()
    qtbot.keyClicks(window.repeat_passphrase, PASSPHRASE)
    qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)
    identity = load_identity()
    assert identity is not None
    assert (identity.name, identity.organisation) == ("An Peeters", "Gemeente Zele")
    assert identity.sector == "local_government"
    assert window.pages.currentWidget() is window.work_page
    assert identity.fingerprint in window.identity_label.text()


def test_save_mentor_card(qtbot, mentor_window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "an.mentorkaart.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(mentor_window.card_button, Qt.MouseButton.LeftButton)
    card = json.loads(target.read_text(encoding="utf-8"))
    assert card["format"] == "stageportfolio-mentor-card"
    assert card["fingerprint"] == mentor_window.identity.fingerprint


def test_open_sign_and_save(qtbot, mentor_window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    request = open_request(mentor_window, qtbot, monkeypatch, tmp_path)
    assert "Lotte Vermeulen" in mentor_window.learner_label.text()
    assert "Verzorgende/zorgkundige" in mentor_window.learner_label.text()
    assert portfolio_fingerprint("pf-123") in mentor_window.learner_label.text()
    assert len(mentor_window.rows) == 2
    hour_row, activity_row = mentor_window.rows
    # What the mentor reads is built from the signed fields, not the student's label.
    assert hour_row.approve.toolTip() == (
        "7,5 uur residentiële ouderenzorg op 6/10/2026, stageplaats WZC De Linde"
    )
    shown = [label for label in mentor_window.findChildren(QLabel) if "Reflectie" in label.text()]
    assert len(shown) == 1 and shown[0].textFormat() == Qt.TextFormat.PlainText
    assert "<b>mevrouw</b>" in shown[0].text()
    assert hour_row.level is None
    assert activity_row.level is not None and activity_row.level.currentData() == 2

    qtbot.mouseClick(mentor_window.all_button, Qt.MouseButton.LeftButton)
    assert all(row.approve.isChecked() for row in mentor_window.rows)
    activity_row.level.setCurrentIndex(activity_row.level.findData(3))
    qtbot.keyClicks(activity_row.comment, "Zeer zorgzaam")
    qtbot.keyClicks(mentor_window.passphrase, PASSPHRASE)

    target = tmp_path / "out" / "Lotte Vermeulen.aftekening.json"
    target.parent.mkdir()
    offered: list[str] = []

    def save_name(_parent, _title, default, _filter):  # type: ignore[no-untyped-def]
        offered.append(default)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    qtbot.mouseClick(mentor_window.sign_button, Qt.MouseButton.LeftButton)

    assert offered == [str(request.parent / "Lotte Vermeulen.aftekening")]
    response = json.loads(target.read_text(encoding="utf-8"))
    assert response["format"] == "stageportfolio-signoff-response"
    assert response["portfolio_id"] == "pf-123"
    mentor = response["mentor"]
    signatures = response["signatures"]
    assert [s["item"]["id"] for s in signatures] == ["h-1", "a-1"]
    for signed in signatures:
        message = statement(
            signed["item"],
            portfolio_id="pf-123",
            learner="Lotte Vermeulen",
            signer="An Peeters",
            key_fingerprint=mentor["fingerprint"],
            signed_at=datetime.fromisoformat(signed["signed_at"]),
            comment=signed["comment"],
        )
        assert verify(mentor["public_key"], message, signed["signature"])
    assert signatures[1]["level"] == 3 and signatures[1]["item"]["level"] == 3
    assert signatures[1]["comment"] == "Zeer zorgzaam"
    assert "bewaard" in mentor_window.sign_message.text()


def test_niet_akkoord_needs_a_reason_and_is_signed(
    qtbot, mentor_window, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    open_request(mentor_window, qtbot, monkeypatch, tmp_path)
    hour_row, activity_row = mentor_window.rows
    activity_row.approve.setChecked(True)
    assert hour_row.refuse is not None
    hour_row.refuse.setChecked(True)
    qtbot.keyClicks(mentor_window.passphrase, PASSPHRASE)
    target = tmp_path / "antwoord.aftekening.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(mentor_window.sign_button, Qt.MouseButton.LeftButton)
    assert "reden" in mentor_window.sign_message.text() and not target.exists()
    qtbot.keyClicks(hour_row.comment, "Die dag was je er niet")
    qtbot.mouseClick(mentor_window.sign_button, Qt.MouseButton.LeftButton)
    signatures = json.loads(target.read_text(encoding="utf-8"))["signatures"]
    assert [(s["item"]["id"], s["decision"], s["comment"]) for s in signatures] == [
        ("h-1", "refuse", "Die dag was je er niet"),
        ("a-1", "approve", ""),
    ]


def test_wrong_passphrase_writes_nothing(qtbot, mentor_window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    open_request(mentor_window, qtbot, monkeypatch, tmp_path)
    mentor_window.rows[0].approve.setChecked(True)
    saves: list[object] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: saves.append(a) or ("", ""))
    qtbot.keyClicks(mentor_window.passphrase, "verkeerde-wachtzin")
    qtbot.keyClick(mentor_window.passphrase, Qt.Key.Key_Return)
    assert mentor_window.sign_message.text() == "Verkeerde wachtzin; er is niets afgetekend."
    assert mentor_window.sign_message.isVisible()
    assert saves == []
    assert not list(tmp_path.glob("*.aftekening.json"))


def test_not_a_request_gives_a_clear_message(qtbot, mentor_window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "iets.json"
    bad.write_text('{"format": "stageportfolio-mentor-card", "version": 1}', encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    qtbot.mouseClick(mentor_window.open_button, Qt.MouseButton.LeftButton)
    assert "mentorkaart" in mentor_window.work_message.text()
    assert not mentor_window.request_box.isVisible()
