"""What a mentor sees, in French and English as well as Dutch, chosen by the mentor.

The Qt Linguist files: French for every text of the mentor's screens, the Dutch plural forms,
both compiled as committed. Then the screens themselves: the sign-off dialog and mentor mode
switched to French and English show no Dutch word of their own (names, activity texts from the
official Dutch lists and the pupil's own notes stay as they were written), and the choice is
remembered, per mentor on the pupil's laptop.
"""

from __future__ import annotations

import json
import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QWidget,
)

from stageportfolio.app import TRANSLATIONS
from stageportfolio.services.mentormode import create_identity
from stageportfolio.services.portfolio import PortfolioService
from stageportfolio.services.signoffs import SignOffService
from stageportfolio.ui import mentor_language
from stageportfolio.ui.dialogs.signoff_dialog import SignOffDialog
from stageportfolio.ui.mentor_window import MentorWindow
from tests.ui.test_mentor_window import write_request
from tests.ui.test_translations import _messages, _tool

ROOT = TRANSLATIONS.parents[1]
SOURCES = (
    "stageportfolio/ui/dialogs/signoff_dialog.py",
    "stageportfolio/ui/mentor_window.py",
    "stageportfolio/ui/widgets/signoff_items.py",
)
CONTEXTS = {"SignOffDialog", "SignOffItems", "MentorWindow"}
PASSPHRASE = "zonnebloem lampenkap fietsbel"
# Dutch words of the screens themselves; none may be left in French or English.
DUTCH = re.compile(
    r"\b(wachtzin\w*|aftek\w*|afgetekend|akkoord|opmerking|leerling|geselecteerd|aanvinken|"
    r"vink|maandag|zondag|uur|mentorkaart|bewaard|verzoek|sluiten|niveau volgens|"
    r"voorgesteld|zonder|eerder|opslaan|vingerafdruk|sleutel|melding|niets)\b",
    re.IGNORECASE,
)


@pytest.fixture(autouse=True)
def no_session_language() -> Iterator[None]:
    yield
    mentor_language.set_session_language(None)


# -- the translation files -----------------------------------------------------------------


def _ts(lang: str) -> Path:
    return TRANSLATIONS / f"stageportfolio_{lang}.ts"


def test_the_sources_are_the_update_script_s() -> None:
    text = (ROOT / "scripts" / "update_mentor_catalogues.py").read_text("utf-8")
    assert all(f'"{source}"' in text for source in SOURCES)


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_every_mentor_text_is_in_the_ts_and_finished(tmp_path: Path, lang: str) -> None:
    """A new tr() text in a mentor's screen, missing in French (or its Dutch plural forms),
    fails here: run scripts/update_translations.sh and translate."""
    fresh = tmp_path / "fresh.ts"
    options = ["-pluralonly"] if lang == "nl" else []
    subprocess.run(
        [_tool("pyside6-lupdate"), "-no-obsolete", *options,
         *(str(ROOT / s) for s in SOURCES), "-ts", str(fresh)],
        check=True, capture_output=True,
    )  # fmt: skip
    wanted = _messages(fresh)
    assert {context for context, _ in wanted} == CONTEXTS if lang == "fr" else wanted
    assert wanted - _messages(_ts(lang)) == set()
    root = ET.parse(_ts(lang)).getroot()
    problems = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            numerus = message.get("numerus") == "yes"
            texts = (
                [f.text or "" for f in translation.iter("numerusform")]
                if numerus
                else [translation.text or ""]
            )
            if translation.get("type") == "unfinished" or not all(t.strip() for t in texts):
                problems.append(f"unfinished: {source!r}")
            elif numerus and (len(texts) != 2 or not all("%n" in t for t in texts)):
                problems.append(f"plural forms: {source!r}")
            elif any(sorted(re.findall(r"\{\d\}", t)) != sorted(re.findall(r"\{\d\}", source))
                     for t in texts):  # fmt: skip
                problems.append(f"placeholders: {source!r}")
            elif lang == "fr" and any(re.search(r" [:;?!»]|« ", t) for t in texts):
                problems.append(f"a plain space before a colon: {source!r}")
    assert problems == []


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_committed_qm_is_the_compiled_ts(tmp_path: Path, lang: str) -> None:
    compiled = tmp_path / "check.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(_ts(lang)), "-qm", str(compiled)],
        check=True, capture_output=True,
    )  # fmt: skip
    assert compiled.read_bytes() == (TRANSLATIONS / f"stageportfolio_{lang}.qm").read_bytes()


def test_plurals_in_dutch_french_and_english() -> None:
    language = mentor_language.MentorLanguage("nl")
    context, text = "SignOffItems", "%n activiteit(en) geselecteerd"
    said = {}
    for code in ("nl", "fr", "en"):
        language.set(code)
        said[code] = [language.translate(context, text, "", n) for n in (0, 1, 2)]
    assert said["nl"] == [
        "0 activiteiten geselecteerd", "1 activiteit geselecteerd", "2 activiteiten geselecteerd"
    ]  # fmt: skip
    assert said["fr"] == [
        "0 activité sélectionnée", "1 activité sélectionnée", "2 activités sélectionnées"
    ]  # fmt: skip
    assert said["en"] == ["0 activities selected", "1 activity selected", "2 activities selected"]


# -- the screens --------------------------------------------------------------------------------


def shown_texts(root: QWidget) -> list[str]:
    """Every text of a screen: titles, labels, buttons, placeholders, list and combo items,
    accessible names and tooltips, of shown and hidden widgets alike."""
    out = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        out += [widget.accessibleName(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            out.append(widget.text())
        if isinstance(widget, QLineEdit):
            out.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            out.append(widget.title())
        if isinstance(widget, QComboBox):
            out += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            out += [widget.item(i).text() for i in range(widget.count())]
    return [text for text in out if text]


def dutch_left(root: QWidget, data: tuple[str, ...] = ()) -> list[str]:
    """Texts with a Dutch word of the screen's own (``data``: names and texts as written)."""
    found = []
    for text in shown_texts(root):
        for piece in data:
            text = text.replace(piece, "")
        text = re.sub(r"\*?\.(aftekenverzoek|aftekening|mentorkaart)\b", "", text)  # file types
        if DUTCH.search(text):
            found.append(text)
    return found


@pytest.fixture
def portfolio(filled: PortfolioService) -> PortfolioService:
    """The filled portfolio, with a note on an hour entry and an activity to sign."""
    activity, competence = next((a, c) for _, c in filled.alist.competences() for a in c.activities)
    filled.save_record(
        activity_id=activity.id, competence_id=competence.id, proposed_level=2,
        day=date(2026, 9, 8), reflection="Ik waste mevrouw J. en lette op haar huid.",
    )  # fmt: skip
    return filled


def _activity_texts(service: PortfolioService) -> tuple[str, ...]:
    return tuple(a.text for _, c in service.alist.competences() for a in c.activities)


DATA = ("An Peeters", "WZC De Linde", "Afdeling Zonnebloem", "Lotte Vermeulen", "Zonnebloem")


def _dialog(qtbot, service: PortfolioService, signoffs: Any) -> SignOffDialog:  # type: ignore[no-untyped-def]
    dialog = SignOffDialog(service, signoffs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_sign_off_dialog_in_french_and_english(qtbot, portfolio) -> None:  # type: ignore[no-untyped-def]
    signoffs = SignOffService(portfolio)
    dialog = _dialog(qtbot, portfolio, signoffs)
    data = (*DATA, *_activity_texts(portfolio), "Ik waste mevrouw J. en lette op haar huid.")
    assert dialog.language.code == "nl" and dialog.new_key_box.isVisible()
    dutch = shown_texts(dialog)
    assert "Week 37: maandag 7 tot zondag 13 september 2026" in dutch
    assert len(dutch_left(dialog, data)) > 20  # the check finds Dutch where there is Dutch
    for code, switch_index in (("fr", 2), ("en", 1)):
        dialog.language_switch.setCurrentIndex(switch_index)
        assert dialog.language.code == code
        assert dutch_left(dialog, data) == [], code
    # French, as a mentor from Brussels reads it
    dialog.language_switch.setCurrentIndex(2)
    texts = shown_texts(dialog)
    assert dialog.windowTitle() == "Validation par le maître de stage"
    assert "Semaine 37\u00a0: du lundi 7 au dimanche 13 septembre 2026" in texts
    assert "&Tout cocher" in texts and "Signer" in texts and "pas d'accord" in texts
    hours = next(row for row in dialog.rows if row.item.kind == "hour_entry")
    assert hours.text.text().startswith(
        "lun. 7/9 · 7 h 30 · soins résidentiels aux personnes âgées"
    )
    activity = next(row for row in dialog.rows if row.item.kind == "activity_record")
    assert activity.level is not None
    assert activity.level.currentText() == "2 – réalisé sous supervision"
    assert "Réflexion du stagiaire\u00a0: Ik waste mevrouw J." in " ".join(texts)

    # A weak passphrase gets its hint in French; what is ticked stays through a switch.
    dialog.items.weeks[0].box.click()
    dialog.language_switch.setCurrentIndex(1)
    dialog.language_switch.setCurrentIndex(2)
    assert dialog.items.weeks[0].box.checkState() == Qt.CheckState.Checked
    assert dialog.total_label.text() == "Sélection\u00a0: 22 h 30 · 1 activité sélectionnée"
    qtbot.keyClicks(dialog.new_passphrase, "welkom123")
    qtbot.keyClicks(dialog.repeat_passphrase, "welkom123")
    dialog.sign()
    assert dialog.message.text().startswith("⚠ Cette phrase secrète est trop faible.")
    dialog.new_passphrase.clear()
    dialog.repeat_passphrase.clear()
    qtbot.keyClicks(dialog.new_passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat_passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.signed, timeout=20000):
        dialog.sign()
    message = dialog.message.text()
    assert "Clé de maître de stage créée" in message
    assert "✓ 4 éléments signés (22 h 30 · 1 activité)." in message
    assert dutch_left(dialog, data) == []

    # The language is An's: the dialog opens in French for her next time, and in the
    # pupil's own language for a mentor who never chose one.
    again = _dialog(qtbot, portfolio, signoffs)
    assert again.language.code == "fr" and again.windowTitle().startswith("Validation")
    other = portfolio.add_mentor(name="Tom Claes", organisation="Wit-Gele Kruis")
    again.select_mentor(other)
    assert again.language.code == "fr"  # nothing chosen for Tom: the switch stays
    mentor_language.remember(other, "nl")
    again.select_mentor(other)
    again.select_mentor(next(m.id for m in portfolio.mentors() if m.name == "An Peeters"))
    assert again.language.code == "fr"


def test_mentor_mode_in_french(qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    mentor_language.set_session_language("fr")  # stageportfolio --mentor --lang fr
    window = MentorWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.language.code == "fr"
    assert window.windowTitle() == "Stageportfolio – mode maître de stage"
    assert dutch_left(window) == []
    window.language_switch.setCurrentIndex(0)
    assert len(dutch_left(window)) > 10
    window.language_switch.setCurrentIndex(2)
    # the profile: a weak passphrase gets its hint in French
    qtbot.keyClicks(window.name_edit, "Sophie Dubois")
    qtbot.keyClicks(window.new_passphrase, "motdepasse1")
    qtbot.keyClicks(window.repeat_passphrase, "motdepasse1")
    window.create_profile()
    assert window.profile_message.text().startswith("Cette phrase secrète est trop faible.")
    window.new_passphrase.clear()
    window.repeat_passphrase.clear()
    qtbot.keyClicks(window.new_passphrase, PASSPHRASE)
    qtbot.keyClicks(window.repeat_passphrase, PASSPHRASE)
    window.create_profile()
    assert window.pages.currentWidget() is window.work_page
    assert window.identity_label.text().startswith("Maître de stage\u00a0: Sophie Dubois")

    request = write_request(tmp_path)
    window.load_request(request)
    data = ("Sophie Dubois", "Lotte Vermeulen", "WZC De Linde", "7de jaar Verzorgende/zorgkundige")
    data += (*_list_texts(), "Ik heb <b>mevrouw</b> geholpen bij het wassen en haar eerst "
             "gevraagd wat ze wou.")  # fmt: skip
    assert dutch_left(window, data) == []
    assert "Stagiaire\u00a0: Lotte Vermeulen" in window.learner_label.text()
    assert [group.box.text() for group in window.items.weeks] == [
        "Semaine 41\u00a0: du lundi 5 au dimanche 11 octobre 2026"
    ]
    window.items.weeks[0].rows[0].approve.setChecked(True)
    qtbot.keyClicks(window.passphrase, PASSPHRASE)
    target = tmp_path / "reponse.aftekening"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.sign_and_save()
    assert window.sign_message.text().startswith("1 élément signé et enregistré dans")
    assert window.signed_list.item(0).text().startswith("✓ d'accord\u00a0: mar. 6/10 · 7 h 30")
    assert dutch_left(window, data) == []
    assert len(json.loads(target.read_text("utf-8"))["signatures"]) == 1

    # English when the mentor switches; remembered for the next time
    window.language_switch.setCurrentIndex(1)
    assert window.learner_label.text().startswith("Student: Lotte Vermeulen")
    assert dutch_left(window, data) == []
    mentor_language.set_session_language(None)
    again = MentorWindow()
    qtbot.addWidget(again)
    assert again.language.code == "en" and again.open_button.text() == "&Open sign-off request…"


def _list_texts() -> tuple[str, ...]:
    from stageportfolio import paths
    from stageportfolio.core.catalog import load_catalog

    catalog = load_catalog(paths.user_lists_dir())
    return tuple(
        a.text for alist in catalog.latest() for _, c in alist.competences() for a in c.activities
    )


def test_a_mentor_without_a_choice_reads_the_pupil_s_language(qtbot, filled) -> None:  # type: ignore[no-untyped-def]
    create_identity("An Peeters", "WZC De Linde", "social_profit", PASSPHRASE)
    window = MentorWindow()
    qtbot.addWidget(window)
    assert window.language.code == "nl" and window.open_button.text() == "Aftekenverzoek &openen…"
