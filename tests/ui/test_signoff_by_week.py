"""Signing off by the week: on the pupil's laptop and in mentor mode.

A mentor signs a whole week (Monday to Sunday) with one tick, adds single activities with
their level, reads the ticked hours totalled, and sees levels and comments without a
horizontal scrollbar, even at 800x600. Counted like a mentor works: a week and two activities
in six interactions once the key exists. Mentor mode clears what was signed from the list and
shows it under "Afgetekend"; the file saved last holds every signature of the sitting.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from stageportfolio.core.signing import activity_fields, hour_fields
from stageportfolio.services.mentormode import create_identity, load_learners
from stageportfolio.services.portfolio import PortfolioService
from stageportfolio.services.signoffs import SignOffService
from stageportfolio.ui.dialogs.signoff_dialog import LAST_MENTOR, SignOffDialog
from stageportfolio.ui.mentor_window import MentorWindow

PASSPHRASE = "zonnebloem lampenkap fietsbel"
WEEK_37 = [date(2026, 9, d) for d in range(7, 12)]  # Monday 7 to Friday 11 September
WEEK_38 = [date(2026, 9, d) for d in range(14, 17)]


@pytest.fixture
def weeks(service: PortfolioService) -> dict[str, Any]:
    """Two mentors; An's placement has a full week 37, three days of week 38 and two
    activities in week 38, one with a long official text."""
    tom = service.add_mentor(name="Tom Claes", organisation="Wit-Gele Kruis")
    an = service.add_mentor(name="An Peeters", organisation="WZC De Linde")
    wzc = service.add_placement(
        organisation="WZC De Linde",
        unit="Afdeling Zonnebloem",
        context="residentieel",
        start_date=date(2026, 9, 7),
        end_date=date(2026, 10, 30),
        mentor_id=an,
    )
    for day in WEEK_37 + WEEK_38:
        service.add_hours(day=day, minutes=450, context="residentieel", placement_id=wzc)
    activities = [(a, c) for _, c in service.alist.competences() for a in c.activities]
    longest = max(activities, key=lambda pair: len(pair[0].text))
    for (activity, competence), day in zip(
        [activities[0], longest], (date(2026, 9, 15), date(2026, 9, 16)), strict=True
    ):
        service.save_record(
            activity_id=activity.id, competence_id=competence.id, proposed_level=2, day=day,
            reflection="Ik hielp mevrouw bij het wassen en vroeg eerst wat ze zelf wou doen.",
        )  # fmt: skip
    return {"tom": tom, "an": an, "longest": longest[0].text}


def _open(qtbot, service: PortfolioService, signoffs: Any) -> SignOffDialog:  # type: ignore[no-untyped-def]
    dialog = SignOffDialog(service, signoffs)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


class Count:
    """A mentor's interactions: a click, one key, or typing one text into a field."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.steps: list[str] = []

    def click(self, widget: QWidget, what: str) -> None:
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        self.steps.append(what)

    def key(self, key: Qt.Key, what: str) -> None:
        focused = QApplication.focusWidget()
        assert focused is not None
        self.qtbot.keyClick(focused, key)
        self.steps.append(what)

    def type(self, text: str, what: str) -> None:
        focused = QApplication.focusWidget()
        assert focused is not None
        self.qtbot.keyClicks(focused, text)
        self.steps.append(what)


def test_a_week_and_two_activities_in_six_interactions(qtbot, service, weeks) -> None:  # type: ignore[no-untyped-def]
    signoffs = SignOffService(service)
    signoffs.create_key(weeks["an"], PASSPHRASE)  # once the key exists
    QSettings().setValue(LAST_MENTOR, weeks["tom"])  # Tom signed last on this laptop
    dialog = _open(qtbot, service, signoffs)
    assert dialog.mentor.currentText().startswith("Tom Claes")
    count = Count(qtbot)

    dialog.mentor.setFocus()
    count.type("A", "choose mentor")  # a letter picks An Peeters; the passphrase is next
    assert dialog.mentor_id() == weeks["an"] and dialog.passphrase.hasFocus()
    week, later = dialog.items.weeks
    count.click(week.box, "tick week 37")
    first, second = (row for row in dialog.rows if row.item.kind == "activity_record")
    count.click(first.text, "tick activity 1")  # a click on the text ticks it too
    count.click(second.approve, "tick activity 2")
    assert dialog.passphrase.hasFocus()  # ticking never took the focus
    assert dialog.total_label.text() == "37 uur 30 geselecteerd · 2 activiteiten geselecteerd"
    count.type(PASSPHRASE, "type passphrase")
    with qtbot.waitSignal(dialog.signed, timeout=20000) as signal:
        count.key(Qt.Key.Key_Return, "Enter")

    assert len(count.steps) == 6, count.steps
    assert signal.args == [7]
    assert dialog.message.text() == "✓ 7 items afgetekend (37 uur 30 · 2 activiteiten)."
    signed = signoffs.verify_all()
    assert len(signed) == 7 and {v.status for v in signed} == {"valid"}
    hours = {h.id: h.day for h in service.hours()}
    assert sorted(hours[v.target_id] for v in signed if v.target_kind == "hour_entry") == WEEK_37
    # Week 38's hours wait for another time; they are all that is left.
    assert [w.box.text() for w in dialog.items.weeks] == [
        "Week 38: maandag 14 tot zondag 20 september 2026"
    ]
    assert [row.item.day for row in dialog.rows] == WEEK_38
    assert later is not dialog.items.weeks[0]  # the list was read again


def test_the_first_time_a_new_passphrase_twice_makes_eight(qtbot, service, weeks) -> None:  # type: ignore[no-untyped-def]
    signoffs = SignOffService(service)
    QSettings().setValue(LAST_MENTOR, weeks["tom"])
    dialog = _open(qtbot, service, signoffs)
    count = Count(qtbot)
    dialog.mentor.setFocus()
    count.type("A", "choose mentor")
    assert dialog.new_passphrase.hasFocus()
    count.click(dialog.items.weeks[0].box, "tick week 37")
    for row in (row for row in dialog.rows if row.item.kind == "activity_record"):
        count.click(row.approve, "tick an activity")
    count.type(PASSPHRASE, "type the new passphrase")
    count.key(Qt.Key.Key_Tab, "Tab to the repeat field")
    count.type(PASSPHRASE, "repeat it")
    with qtbot.waitSignal(dialog.signed, timeout=20000) as signal:
        count.key(Qt.Key.Key_Return, "Enter")
    assert len(count.steps) == 8 and signal.args == [7]
    assert "Mentorsleutel gemaakt" in dialog.message.text()


def test_one_tick_per_week_and_niet_akkoord_stays_per_item(qtbot, service, weeks) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, service, SignOffService(service))
    dialog.select_mentor(weeks["an"])
    week, later = dialog.items.weeks
    assert week.box.text() == "Week 37: maandag 7 tot zondag 13 september 2026"
    assert week.total.text() == "37 uur 30 · 5 items"
    assert later.total.text() == "22 uur 30 · 5 items"  # three days and two activities
    assert [row.text.text().split(" · ")[0] for row in week.rows] == [
        "ma 7/9", "di 8/9", "wo 9/9", "do 10/9", "vr 11/9",
    ]  # fmt: skip
    assert dialog.total_label.text() == "Nog niets aangevinkt."

    # one day is not right: "niet akkoord" with a reason, then the week's tick
    wednesday = week.rows[2]
    wednesday.refuse.click()
    qtbot.keyClicks(wednesday.comment, "Die dag was je ziek")
    week.box.click()
    assert [row.approve.isChecked() for row in week.rows] == [True, True, False, True, True]
    assert wednesday.refuse.isChecked()
    assert week.box.checkState() == Qt.CheckState.PartiallyChecked
    assert dialog.total_label.text() == "30 uur geselecteerd · 1 item niet akkoord"
    # a click on a partly ticked week ticks what is left; another click clears the week
    wednesday.approve.click()  # the mentor changes their mind: approve after all
    assert not wednesday.refuse.isChecked()
    assert week.box.checkState() == Qt.CheckState.Checked
    week.box.click()
    assert not any(row.approve.isChecked() for row in week.rows)
    later.box.click()
    assert dialog.total_label.text() == "22 uur 30 geselecteerd · 2 activiteiten geselecteerd"
    decisions = {d.id: d for d in dialog.decisions()}
    assert sum(d.approve for d in decisions.values()) == 5
    assert decisions[wednesday.item.id].comment == "Die dag was je ziek"


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_levels_and_comments_fit_at_800_by_600(qtbot, service, weeks, lang) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, service, SignOffService(service))
    dialog.select_mentor(weeks["an"])
    dialog.language.set(lang)
    dialog.resize(800, 600)
    qtbot.waitUntil(lambda: dialog.width() == 800)
    QApplication.processEvents()
    area = dialog.items
    viewport = area.viewport()
    assert area.horizontalScrollBar().maximum() == 0
    assert area.widget().width() <= viewport.width()
    assert dialog.rows
    for row in dialog.rows:
        for widget in (row.level, row.comment, row.refuse):
            if widget is None:
                continue
            right = widget.mapTo(viewport, QPoint(widget.width(), 0)).x()
            assert 0 < right <= viewport.width(), (lang, widget)
            assert widget.width() >= min(widget.sizeHint().width(), 140)
        if row.level is not None:  # the whole level, never cut
            shown = row.level.fontMetrics().horizontalAdvance(row.level.currentText())
            assert row.level.width() > shown
    # the long activity text wraps instead of widening the list: all of it is there
    activities = [row for row in dialog.rows if row.item.kind == "activity_record"]
    longest = next(row for row in activities if weeks["longest"] in row.text.text())
    assert longest.text.height() >= 2 * longest.text.fontMetrics().height()
    right = longest.text.mapTo(viewport, QPoint(longest.text.width(), 0)).x()
    assert right <= viewport.width()


# -- mentor mode --------------------------------------------------------------------------------


def _request(folder: Path) -> Path:
    items = [
        {"item": {**hour_fields(entry_id=f"h-{day.day}", day=day, minutes=450,
                                context="residentieel", placement_id="p1",
                                placement_name="WZC De Linde"), "day": day.isoformat()}}
        for day in WEEK_37 + WEEK_38
    ]  # fmt: skip
    activity = activity_fields(
        record_id="a-1", activity_id="ADL-01", competence_id="C1", proposed_level=2, level=2,
        day=date(2026, 9, 15), reflection="Goed gedaan.",
    )  # fmt: skip
    items.append({"item": {**activity, "day": "2026-09-15"}, "reflection": "Goed gedaan."})
    payload = {
        "format": "stageportfolio-signoff-request",
        "version": 2,
        "created_at": "2026-09-18T10:00:00+00:00",
        "portfolio": {
            "id": "pf-9",
            "name": "Lotte Vermeulen",
            "list_id": "verzorgende-zorgkundige",
        },
        "mentor": {"name": "An Peeters", "organisation": "WZC De Linde", "sector": "social_profit"},
        "items": items,
    }
    path = folder / "lotte.aftekenverzoek"
    path.write_text(json.dumps(payload), encoding="utf-8")
    return path


def test_mentor_mode_clears_what_was_signed(qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    create_identity("An Peeters", "WZC De Linde", "social_profit", PASSPHRASE)
    window = MentorWindow()
    qtbot.addWidget(window)
    window.show()
    window.load_request(_request(tmp_path))
    assert [g.box.text() for g in window.items.weeks] == [
        "Week 37: maandag 7 tot zondag 13 september 2026",
        "Week 38: maandag 14 tot zondag 20 september 2026",
    ]
    assert "9 items wachten op aftekening." in window.learner_label.text()
    assert not window.signed_box.isVisible()
    answer = tmp_path / "Lotte.aftekening"
    saved: list[str] = []

    def save(*_args: Any, **_kwargs: Any) -> tuple[str, str]:
        saved.append("asked")
        return (str(answer), "") if len(saved) != 2 else ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)

    # week 37 first
    window.items.weeks[0].box.click()
    assert window.items.total_label.text() == "37 uur 30 geselecteerd"
    qtbot.keyClicks(window.passphrase, PASSPHRASE)
    qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    first = json.loads(answer.read_text("utf-8"))["signatures"]
    assert [s["item"]["day"] for s in first] == [d.isoformat() for d in WEEK_37]
    assert [g.box.text() for g in window.items.weeks] == [
        "Week 38: maandag 14 tot zondag 20 september 2026"
    ]
    assert "4 items wachten op aftekening." in window.learner_label.text()
    assert window.signed_box.isVisible() and window.signed_list.count() == 5
    assert window.signed_list.item(0).text() == (
        "✓ akkoord: ma 7/9 · 7 uur 30 · residentiële ouderenzorg · WZC De Linde"
    )
    assert window.sign_message.text().startswith("5 items afgetekend en bewaard in")
    assert [r.name for r in load_learners()] == ["Lotte Vermeulen"]

    # then the rest: a cancelled save signs nothing and keeps the ticks
    window.items.tick_all()
    activity = next(row for row in window.rows if row.item.kind == "activity_record")
    assert activity.level is not None
    activity.level.setCurrentIndex(activity.level.findData(3))
    window.rows[0].refuse.click()
    qtbot.keyClicks(window.rows[0].comment, "Niet op de afdeling die dag")
    qtbot.keyClicks(window.passphrase, PASSPHRASE)
    window.sign_and_save()
    assert "Niet opgeslagen" in window.sign_message.text()
    assert len(window.rows) == 4 and window.rows[1].approve.isChecked()
    assert len(json.loads(answer.read_text("utf-8"))["signatures"]) == 5
    qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    everything = json.loads(answer.read_text("utf-8"))["signatures"]
    assert len(everything) == 9  # the file saved last holds the whole sitting
    assert everything[:5] == first
    assert [s["decision"] for s in everything[5:]] == ["refuse", "approve", "approve", "approve"]
    assert next(s for s in everything if s["item"]["kind"] == "activity_record")["level"] == 3
    assert window.rows == [] and window.signed_list.count() == 9
    assert window.signed_list.item(5).text() == (
        "✗ niet akkoord: ma 14/9 · 7 uur 30 · residentiële ouderenzorg · WZC De Linde — "
        "Niet op de afdeling die dag"
    )
    assert "9 aftekeningen in totaal" in window.sign_message.text()
