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

import pytest
from PySide6.QtCore import QCoreApplication
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
