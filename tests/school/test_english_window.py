"""Every visible string of school mode in English mode is English.

The coordinator's window is opened in English (the setting and the translator, as Beeld > Taal
leaves them) on a real school database (a SQLite file) holding a few students' exports made
with the app: one with a forged signature, one behind schedule, one handed in as a PDF, and a
file that is no portfolio. The walk reads every tab, every menu and what each action opens
(file dialogs, the vouch dialog and its refusal, the class-list import and its refusal, the
exports, the import results), every row of the overview and of the mentors' trees, the student
view of each student (its verdict, each section, the seal dialog and its refusal) and the status
bar's messages. Dutch is detected as in tests/ui/test_english_everywhere.py; what may be Dutch
is the students' own data (their portfolio files), the official texts, and proper names.
"""

from __future__ import annotations

import json
import re
import sqlite3
import zipfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMenu,
    QWidget,
)
from pytestqt.qtbot import QtBot

from benchmarks import school_students as gen
from stageportfolio.core.catalog import Catalog
from stageportfolio.services.school_mode import open_school
from stageportfolio.store.school_db import target_for
from stageportfolio.ui.school.student_window import StudentWindow
from stageportfolio.ui.school.window import SchoolWindow
from tests.ui.conftest import private_settings
from tests.ui.test_english_everywhere import (
    ALLOWED_DUTCH,
    Collector,
    ModalReader,
    _official,
    _run,
    dutch_words,
    english,
    not_english,
)

# The fixtures, imported for the tests below: English, and QSettings of the test's own (so the
# language chosen here reaches no other test).
__all__ = ["english", "private_settings"]

DATA = Path(__file__).resolve().parents[1] / "data" / "school"
PLANS = (
    gen.Plan(name="Lotte Vermeulen", seed=41, mentors=(0, 6), days_share=0.5),
    gen.Plan(name="Arne Jacobs", seed=42, mentors=(0, 7), days_share=0.5, tamper="invalid"),
    gen.Plan(name="Noor Claes", seed=43, mentors=(0, 8), days_share=0.1),
)


def _students_own(exports: list[Path], tmp_path: Path) -> list[str]:
    """The students' own data, read from the portfolio files they handed in (an archive holds
    the SQLite file's rows as JSON): names, organisations, notes, reflections, comments."""
    texts: list[str] = []

    def strings(value: object) -> None:
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                strings(item)
        elif isinstance(value, list):
            for item in value:
                strings(item)

    for export in exports:
        if export.suffix != ".zip":
            continue
        with zipfile.ZipFile(export) as archive:
            for name in archive.namelist():
                if name.endswith(".json"):
                    strings(json.loads(archive.read(name)))
                elif name.endswith(".sqlite3"):
                    copy = tmp_path / "copy.sqlite3"
                    copy.write_bytes(archive.read(name))
                    with sqlite3.connect(copy) as con:
                        for (table,) in con.execute("SELECT name FROM sqlite_master"):
                            for row in con.execute(f'SELECT * FROM "{table}"'):
                                texts += [v for v in row if isinstance(v, str)]
    return [t for t in texts if len(t) >= 3 and not t.startswith(("{", "["))]


def test_school_mode_in_english_mode_is_english(
    qtbot: QtBot,
    english: None,
    world: gen.World,
    school_home: Path,
    exports: Callable[..., Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    school = open_school(target_for(str(school_home / "school" / "school.sqlite3")))
    made = [exports(plan) for plan in PLANS] + [exports(PLANS[0], "pdf", name="lotte-pdf")]
    folder = tmp_path / "download"
    folder.mkdir()
    for path in made:
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "notities.txt").write_text("geen portfolio", encoding="utf-8")

    window = SchoolWindow(school)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    collector = Collector(
        [
            *_students_own(made, tmp_path),
            *[plan.name for plan in PLANS],
            *[t for m in world.mentors for t in (m.name, m.organisation)],
            *ALLOWED_DUTCH,
            "notities",  # a file name the coordinator dropped
            ".bevestigd.mentorkaart.json",  # the file name the pupils' app reads (an identifier)
            *_official_texts(school.catalog),
        ]
    )
    reader = ModalReader(collector)
    keep: set[QWidget] = {window}
    window.show()
    collector.widget(window, "school window (empty)")

    # The import: the results dialog, file by file, with the refused file's reason.
    window.import_paths([folder])
    qtbot.waitUntil(lambda: bool(window.last_outcomes), timeout=120_000)
    assert {o.status for o in window.last_outcomes} >= {"new", "refused"}
    collector.widget(window.results, "ImportResultsDialog")
    window.results.close()
    collector.widget(window, "school window")
    # The same files again: "unchanged".
    _import_again(qtbot, window, reader, folder, "ImportResultsDialog (again)")

    # Every menu, and what each action opens (file dialogs are read, then cancelled).
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        assert isinstance(menu, QMenu)
        collector.menu(menu, "menu")
        for action in menu.actions():
            if action.isSeparator() or not action.isEnabled():
                continue
            if action.shortcut().toString() in ("Ctrl+Q", "Return"):
                continue  # Afsluiten closes; Portfolio bekijken needs a selection (below)
            _run(qtbot, reader, f"menu {menu.title()} > {action.text()}", action.trigger, keep)

    # The class list: a good one (the status bar), then a file that is no class list.
    window.import_class_list(DATA / "smartschool-klaslijst.xlsx")
    collector.add("status bar [class list]", window.statusBar().currentMessage())
    bad = tmp_path / "klaslijst.xlsx"
    bad.write_bytes(b"PK\x03\x04 not a workbook")
    _run(qtbot, reader, "class list (bad)", lambda: window.import_class_list(bad), keep)
    bad_csv = tmp_path / "klaslijst.csv"
    bad_csv.write_text("Voornaam;Achternaam\nLotte;Vermeulen\n", encoding="utf-8")
    _run(
        qtbot,
        reader,
        "class list (no class column)",
        lambda: window.import_class_list(bad_csv),
        keep,
    )
    window._fill_choices()
    collector.widget(window, "school window (classes)")
    # The filters that change what the overview says.
    for box in (window.behind_filter, window.invalid_filter):
        box.click()
        collector.widget(window, f"school window ({box.objectName()})")
        box.click()
    # The exports: the status bar says what was written; a folder that does not exist.
    for kind in ("xlsx", "csv", "pdf"):
        window.export_overview(kind, tmp_path / f"overzicht.{kind}")
        collector.add(f"status bar [export {kind}]", window.statusBar().currentMessage())
        nowhere = tmp_path / "missing" / f"overzicht.{kind}"
        _run(
            qtbot,
            reader,
            f"export {kind} (nowhere)",
            partial(window.export_overview, kind, nowhere),
            keep,
        )
    assert (tmp_path / "overzicht.csv").exists()

    # The mentors tab, with every day shown, and the vouch dialog: a refusal, then a card.
    window.tabs.setCurrentIndex(1)
    qtbot.wait(50)
    collector.widget(window, "mentors tab")
    window.mentors.all_days.click()
    collector.widget(window, "mentors tab (all days)")
    card = tmp_path / "eva.mentorkaart.json"
    mentor = gen.Mentor("Eva Goossens", "WZC De Linde", "residentieel", "social_profit",
                        gen.Ed25519PrivateKey.generate())  # fmt: skip
    card.write_text(json.dumps(mentor.card()), encoding="utf-8")
    window.mentors.vouch()
    dialog = window.mentors.vouch_dialog
    collector.widget(dialog, "VouchDialog")
    # A label with a mnemonic has its field as buddy (else the "&" shows and Alt does nothing).
    loose = [
        label.text()
        for label in dialog.findChildren(QLabel)
        if re.search(r"&[^&\s]", label.text()) and label.buddy() is None
    ]
    assert not loose, loose
    dialog.card_edit.setText(str(card))
    dialog.fingerprint_edit.setText("0000-0000-0000-0000")
    dialog.passphrase_edit.setText(gen.SCHOOL_PASSPHRASE)
    _run(qtbot, reader, "VouchDialog (wrong fingerprint)", dialog.accept, keep | {dialog})
    dialog.card_edit.setText(str(tmp_path / "missing.json"))
    _run(qtbot, reader, "VouchDialog (no file)", dialog.accept, keep | {dialog})
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisible() and button.text().endswith("…"):
            _run(qtbot, reader, f"VouchDialog > {button.text()}", button.click, keep | {dialog})
    monkeypatch.undo()
    dialog.card_edit.setText(str(card))
    dialog.fingerprint_edit.setText(mentor.fingerprint)
    dialog.accept()
    collector.add("status bar [vouched]", window.statusBar().currentMessage())
    collector.widget(window, "mentors tab (vouched)")
    window.tabs.setCurrentIndex(0)

    # Each student's view: the verdict, every section, the buttons that only look.
    students = 0
    _import_again(qtbot, window, reader, folder, "import (after the vouch)")
    for row in range(window.model.rowCount()):
        window.table.selectRow(row)
        window.open_student(window.selected_id())
        student = window.student_windows[-1]
        assert isinstance(student, StudentWindow)
        qtbot.addWidget(student)
        keep.add(student)
        where = f"StudentWindow {row}"
        for tab in range(student.tabs.count()):
            student.tabs.setCurrentIndex(tab)
            qtbot.wait(30)
            collector.widget(student, f"{where} tab {tab}")
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
        if student.seal_button.isEnabled():
            _run(qtbot, reader, f"{where} > seal", student.seal_pdf, keep)
            monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("fout", True))
            _run(qtbot, reader, f"{where} > seal (wrong passphrase)", student.seal_pdf, keep)
        monkeypatch.undo()
        _run(qtbot, reader, f"{where} > save", student.save_pdf, keep)
        student.close()
        students += 1
    reader.timer.stop()
    window.close()
    school.close()

    assert students == 4, students  # three archives and one PDF
    assert collector.seen > 300, collector.seen  # the walk really read school mode
    opened = {p.split(" -> ")[1] for p in collector.places if " -> " in p}
    assert {"QMessageBox", "QFileDialog", "QInputDialog"} <= opened, sorted(opened)
    assert {"ImportResultsDialog", "VouchDialog"} <= collector.places, sorted(collector.places)
    found = sorted(collector.found.items(), key=lambda item: item[1])
    assert not found, f"{len(found)} Dutch strings in school mode in English:\n" + "\n".join(
        f"  {where}: {text!r} (Dutch: {', '.join(not_english(text))})" for text, where in found
    )


def _import_again(
    qtbot: QtBot, window: SchoolWindow, reader: ModalReader, folder: Path, where: str
) -> None:
    """Import ``folder`` again; the reader reads and closes the results dialog (window-modal)."""
    reader.where = where
    window.last_outcomes = []
    window.import_paths([folder])
    qtbot.waitUntil(lambda: bool(window.last_outcomes), timeout=120_000)
    qtbot.wait(100)
    window.results.close()


def _official_texts(catalog: Catalog) -> list[str]:
    """The official texts of every list the students may be on (see test_english_everywhere)."""
    texts: list[str] = []
    for alist in catalog.latest():
        texts += _official(SimpleNamespace(catalog=catalog, alist=alist))  # type: ignore[arg-type]
    return texts


def test_the_detector_reads_dutch_in_school_words() -> None:
    assert dutch_words("3 van 4 leerlingen · school.sqlite3") == ["van", "leerlingen"]
    assert QCoreApplication.translate("SchoolWindow", "&Leerlingen")  # no translator: Dutch


def _rewritten(source: Path, target: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    """A copy of an export whose portfolio.json was changed by ``change``, with the manifest's
    checksum made to match again (the file passes the archive's checks; what it holds is
    judged by the school)."""
    import hashlib

    with zipfile.ZipFile(source) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    payload = json.loads(members["portfolio.json"])
    change(payload)
    members["portfolio.json"] = json.dumps(payload).encode()
    manifest = json.loads(members["manifest.json"])
    manifest["files"]["portfolio.json"] = hashlib.sha256(members["portfolio.json"]).hexdigest()
    members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(target, "w") as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    return target


def _tampered(source: Path, target: Path) -> Path:
    """A copy of an export with portfolio.json changed but the manifest left as it was."""
    with zipfile.ZipFile(source) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    payload = json.loads(members["portfolio.json"])
    payload["portfolio"]["name"] = "Iemand Anders"
    members["portfolio.json"] = json.dumps(payload).encode()
    with zipfile.ZipFile(target, "w") as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    return target


def test_refused_files_are_explained_in_english(
    qtbot: QtBot,
    english: None,
    school_home: Path,
    exports: Callable[..., Path],
    tmp_path: Path,
) -> None:
    """Every way the school import refuses a file, in English mode: the reader's own reasons
    (damaged, no stageportfolio archive, changed after the export, a PDF without data), a list
    the school does not have, and the checks every import passes (a date in the future)."""
    import pikepdf

    school = open_school(target_for(str(school_home / "school" / "school.sqlite3")))
    good = exports(PLANS[0])
    folder = tmp_path / "download"
    folder.mkdir()
    (folder / "kapot.zip").write_bytes(b"PK\x03\x04 afgebroken")
    with zipfile.ZipFile(folder / "geen-portfolio.zip", "w") as archive:
        archive.writestr("notities.txt", "geen portfolio")
    _tampered(good, folder / "gewijzigd.zip")
    with zipfile.ZipFile(good) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    manifest = json.loads(members["manifest.json"])
    manifest["format_version"] = 99  # made by a newer app
    members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(folder / "nieuwer.zip", "w") as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    with pikepdf.new() as pdf:
        pdf.add_blank_page()
        pdf.save(folder / "brief.pdf")

    def unknown_list(payload: dict[str, Any]) -> None:
        payload["portfolio"]["list_id"] = "onbekende-richting"

    def in_the_future(payload: dict[str, Any]) -> None:
        payload["hour_entries"][0]["day"] = "2099-09-15"

    _rewritten(good, folder / "andere-lijst.zip", unknown_list)
    _rewritten(good, folder / "toekomst.zip", in_the_future)
    # A PDF whose first page was drawn on after it was made (and so its seal broken).
    with pikepdf.open(exports(PLANS[0], "pdf", name="lotte-pdf")) as pdf:
        pdf.pages[0].contents_add(pikepdf.Stream(pdf, b"q 0 0 10 10 re f Q"), prepend=False)
        pdf.save(folder / "bewerkt.pdf")

    window = SchoolWindow(school)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.import_paths([folder])
    qtbot.waitUntil(lambda: bool(window.last_outcomes), timeout=120_000)
    shown = {o.path.name: o.text("en") for o in window.last_outcomes}
    assert {o.status for o in window.last_outcomes} == {"refused"}, shown
    expected = {
        "kapot.zip": "not a valid portfolio archive",
        "geen-portfolio.zip": "not a stageportfolio archive: manifest.json is missing",
        "gewijzigd.zip": "portfolio.json was changed or is damaged",
        "nieuwer.zip": "was made with a newer version of stageportfolio; update the app",
        "brief.pdf": "this PDF holds no stageportfolio data",
        "andere-lijst.zip": "is not installed at the school and the file does not carry it",
        "toekomst.zip": "2099",
        "bewerkt.pdf": "the pages were changed after the PDF was made: page 1 does not match",
    }
    for name, part in expected.items():
        assert part in shown[name], (name, shown[name])
    assert "problem with the content; nothing was imported" in shown["toekomst.zip"]
    assert "document seal: " in shown["bewerkt.pdf"], shown["bewerkt.pdf"]
    collector = Collector([*ALLOWED_DUTCH, *(p.name for p in folder.iterdir())])
    collector.widget(window.results, "ImportResultsDialog (refused)")
    window.results.close()
    window.close()
    school.close()
    found = sorted(collector.found.items(), key=lambda item: item[1])
    assert not found, f"{len(found)} Dutch strings in the refusals:\n" + "\n".join(
        f"  {where}: {text!r} (Dutch: {', '.join(not_english(text))})" for text, where in found
    )


def test_the_imports_remarks_about_a_file_read_in_english(
    qtbot: QtBot,
    english: None,
    school_home: Path,
    exports: Callable[..., Path],
    tmp_path: Path,
) -> None:
    """A file comes in with a remark (a mentor card whose school signature fails): stored as
    the import words it, shown in English in the overview's tooltip and the student's view."""
    school = open_school(target_for(str(school_home / "school" / "school.sqlite3")))
    good = exports(PLANS[0])

    def forged_card(payload: dict[str, Any]) -> None:
        document = json.loads(payload["vouched_cards"][0]["document"])
        document["card"]["name"] = "Vervalste Naam"
        payload["vouched_cards"][0]["document"] = json.dumps(document)

    folder = tmp_path / "download"
    folder.mkdir()
    _rewritten(good, folder / "kaart.zip", forged_card)
    window = SchoolWindow(school)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.import_paths([folder])
    qtbot.waitUntil(lambda: bool(window.last_outcomes), timeout=120_000)
    assert [o.status for o in window.last_outcomes] == ["new"], window.last_outcomes
    window.results.close()
    model = window.model
    tip = model.index(0, model.SIGNATURES).data(Qt.ItemDataRole.ToolTipRole)
    expected = "mentor card not usable: mentor card 1 (Vervalste Naam): the school's signature "
    assert expected + "does not match" in tip, tip
    window.table.selectRow(0)
    window.open_student(window.selected_id())
    student = window.student_windows[-1]
    qtbot.addWidget(student)
    collector = Collector([*ALLOWED_DUTCH, "Vervalste Naam", PLANS[0].name])
    collector.add("overview tooltip", tip)
    labels = [label.text() for label in student.findChildren(QLabel)]  # the verdict, the notes
    for number, text in enumerate(labels):
        collector.add(f"StudentWindow label {number}", text)
    shown = " ".join(labels)
    assert expected in shown, shown
    student.close()
    window.close()
    school.close()
    found = sorted(collector.found.items(), key=lambda item: item[1])
    assert not found, "\n".join(f"  {w}: {t!r} ({', '.join(not_english(t))})" for t, w in found)


def test_a_card_file_the_app_cannot_keep_is_refused_in_english(
    qtbot: QtBot,
    english: None,
    school_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Mentorkaart bevestigen… with a file that is JSON but nested far too deeply (made to
    trip the reader): the refusal names the file and says why, in English."""
    from PySide6.QtWidgets import QMessageBox

    school = open_school(target_for(str(school_home / "school" / "school.sqlite3")))
    card = tmp_path / "diep.mentorkaart.json"
    card.write_text('{"card": ' + "[" * 300 + "]" * 300 + "}", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    window = SchoolWindow(school)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentIndex(1)
    window.mentors.vouch()
    dialog = window.mentors.vouch_dialog
    dialog.card_edit.setText(str(card))
    dialog.fingerprint_edit.setText("0000-0000-0000-0000")
    dialog.passphrase_edit.setText(gen.SCHOOL_PASSPHRASE)
    dialog.accept()
    dialog.reject()
    window.close()
    school.close()
    assert len(shown) == 1, shown
    assert shown[0].startswith(f"{card}: the data are nested too deeply"), shown
    assert shown[0].endswith("this is not a valid mentor card"), shown
    assert not not_english(shown[0].replace(str(card), " ")), shown
