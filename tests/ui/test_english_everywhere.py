"""Every visible string of the app in English mode is English.

The app is started in English the way Beeld > Taal does it (the setting ``language=en`` and
the English translator), on the demo portfolio, offscreen. The test visits every section,
walks every menu, triggers every menu action and clicks every button of every section (each
dialog or window that opens is read and then closed or rejected), reads every model's headers
and the displayed roles of every row, and reads the rule messages, context labels, level
labels and CSV import errors as the UI shows them. A string is Dutch when it contains a word
from :data:`DUTCH_WORDS` (whole words, case-insensitive) after taking out what is legitimately
Dutch: the pupil's own data (read from the portfolio's SQLite file) and the official texts of
the Flemish government (activity texts and BK titles, which have no English source), plus the
few proper names in :data:`ALLOWED_DUTCH`.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from stageportfolio.app import TRANSLATIONS
from stageportfolio.services.demo import build_demo
from stageportfolio.services.portfolio import PortfolioService, open_current
from stageportfolio.ui.mainwindow import MainWindow
from stageportfolio.ui.sections.hours import HoursSection
from stageportfolio.ui.widgets import ui_language

# Frequent Dutch function words and UI words that are not English words. Whole words,
# case-insensitive. Do not shorten this list to make the test pass: translate the string.
# Left out on purpose because they are also English UI words: "met" (a rule that is met),
# "over", "help", "of", "in", "is", "was", "week", "mentor", "school", "stage".
DUTCH_WORDS = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "van",
        "niet",
        "nog",
        "uur",
        "uren",
        "voor",
        "je",
        "jouw",
        "jij",
        "geen",
        "naar",
        "bij",
        "wordt",
        "worden",
        "zijn",
        "aftekenen",
        "afgetekend",
        "aftekening",
        "stageplaats",
        "stageplaatsen",
        "opslaan",
        "annuleren",
        "bewijsstuk",
        "bewijsstukken",
        "bewijs",
        "activiteit",
        "activiteiten",
        "akkoord",
        "ook",
        "maar",
        "wat",
        "wie",
        "deze",
        "dit",
        "die",
        "dat",
        "er",
        "om",
        "uit",
        "tot",
        "wel",
        "alle",
        "alles",
        "kies",
        "kan",
        "kunt",
        "kunnen",
        "moet",
        "moeten",
        "hier",
        "nieuw",
        "nieuwe",
        "bewerken",
        "verwijderen",
        "toevoegen",
        "bestand",
        "bestanden",
        "bewaren",
        "bewaard",
        "sluiten",
        "regel",
        "regels",
        "totaal",
        "dag",
        "dagen",
        "maand",
        "maanden",
        "datum",
        "naam",
        "opmerking",
        "lijst",
        "lijsten",
        "leerling",
        "leerlingen",
        "ja",
        "nee",
        "welke",
        "bekijken",
        "openen",
        "zoeken",
        "voldaan",
        "niveau",
        "geldig",
        "ongeldig",
        "handtekening",
        "handtekeningen",
        "ondertekend",
        "verzoek",
        "antwoord",
        "op",
        "aan",
        "als",
        "heeft",
        "hebt",
        "heb",
        "werd",
        "zal",
        "zou",
        "bron",
        "ontbreekt",
        "wacht",
        "ontbreken",
        "bevestigd",
        "onbevestigd",
        "gewijzigd",
        "toegevoegd",
        "competentie",
        "competenties",
        "voorstel",
        "voorstellen",
        "zorgcontext",
        "zorgcontexten",
        "thuiszorg",
        "residentieel",
        "ouderenzorg",
        "gehandicaptenzorg",
        "kinderopvang",
        "geestelijke",
        "gezondheidszorg",
        "ziekenhuis",
        "uitgevoerd",
        "zelfstandig",
        "begeleiding",
        "onder",
        "gezien",
        "geoefend",
        "beschrijving",
        "omschrijving",
        "kolom",
        "rij",
        "lijn",
        "fout",
        "fouten",
        "ingevuld",
        "leeg",
        "waarde",
        "onbekend",
        "onbekende",
        "verplicht",
        "verplichte",
        "gekoppeld",
        "koppelen",
        "beschrijven",
        "voorbeeld",
        "maken",
        "importeren",
        "exporteren",
        "taal",
        "beeld",
        "afsluiten",
        "ongedaan",
        "opnieuw",
        "onderdelen",
        "mentoren",
        "voorgesteld",
        "graad",
        "jaar",
        "finaliteit",
        "dubbele",
        "arbeidsmarktfinaliteit",
        "doorstroomfinaliteit",
        "duaal",
        "welkom",
        "ik",
        "ben",
        "schooljaar",
        "testcentrum",
        "studierichting",
        "beroepskwalificatie",
        "herstellen",
    ]
)

# Legitimately Dutch in the English UI, with the reason. Proper names of Flemish institutions
# and programmes that have no English name.
ALLOWED_DUTCH = (
    "Sint-Jozefsinstituut",  # the demo school's name
    "Verzorgende/zorgkundige",  # the programme's official name (pupil data too)
    "WZC De Linde",  # an example organisation in a placeholder ("e.g. WZC De Linde")
    "Taal · Language · Langue",  # the mentor's language choice names itself in all three
    "Datum;Context;Uren",  # the Dutch CSV header, named as such in the English message
)

# Strings the test found that are still Dutch and not yet fixed. This list only shrinks; every
# entry is a (where, text) prefix pair. Empty means everything visible is English.
KNOWN_DUTCH_TODO: tuple[tuple[str, str], ...] = ()

ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.StatusTipRole,
    Qt.ItemDataRole.WhatsThisRole,
    Qt.ItemDataRole.AccessibleTextRole,
)
WORD = re.compile(r"\w+", re.UNICODE)  # letters and digits: "fa84de" is not the word "de"
# Identifiers from the list files and file patterns are not words to translate: a list's id
# ("verzorgende-zorgkundige"), a rule's id ("registratie-300-uur"), "*.aftekening".
IDENTIFIER = re.compile(r"\b[a-z0-9]+(?:-[a-z0-9]+)+\b|\*\.[\w.]+|\([a-z0-9]+\)")
MAX_ROWS = 400  # per model: the demo's tables are smaller; a bound keeps the walk finite


# A number written with a decimal comma ("7,5 hours"): English writes 7.5. A list of whole
# numbers ("1, 2") has a space after the comma and is not caught.
DECIMAL_COMMA = re.compile(r"\d,\d")


def dutch_words(text: str) -> list[str]:
    return [w for w in WORD.findall(IDENTIFIER.sub(" ", text)) if w.lower() in DUTCH_WORDS]


def not_english(text: str) -> list[str]:
    """What makes ``text`` not English: its Dutch words, and a decimal comma in a number."""
    return dutch_words(text) + [m.group() for m in DECIMAL_COMMA.finditer(text)]


class Collector:
    """Visible strings with where they were seen; ``allowed`` substrings are taken out first."""

    def __init__(self, allowed: list[str]) -> None:
        # Longest first, so "WZC Ter Duinen" goes before "Ter Duinen".
        self.allowed = sorted({a for a in allowed if len(a.strip()) >= 3}, key=len, reverse=True)
        self.found: dict[str, str] = {}  # text -> where it was first seen
        self.seen = 0
        self.places: set[str] = set()  # the dialogs and windows read (for the coverage check)

    def add(self, where: str, text: object) -> None:
        if not isinstance(text, str) or not text.strip():
            return
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        self.seen += 1
        self.places.add(where.split("/")[0].split(" [")[0])
        rest = text
        for allowed in self.allowed:
            if allowed in rest:
                rest = rest.replace(allowed, " ")
        if not_english(rest):
            self.found.setdefault(text, where)

    def widget(self, root: QWidget, where: str) -> None:
        """Every visible string of ``root`` and its children."""
        self.add(where + " [title]", root.windowTitle())
        for w in [root, *root.findChildren(QWidget)]:
            path = f"{where}/{type(w).__name__}:{w.objectName()}"
            self.add(path + " [tooltip]", w.toolTip())
            self.add(path + " [accessible]", w.accessibleName())
            self.add(path + " [whatsthis]", w.whatsThis())
            if isinstance(w, QLabel | QAbstractButton):
                self.add(path, w.text())
            elif isinstance(w, QGroupBox):
                self.add(path, w.title())
            elif isinstance(w, QLineEdit):
                self.add(path + " [placeholder]", w.placeholderText())
            elif isinstance(w, QComboBox):
                for i in range(w.count()):
                    self.add(f"{path}[{i}]", w.itemText(i))
            elif isinstance(w, QTabWidget):
                for i in range(w.count()):
                    self.add(f"{path} [tab {i}]", w.tabText(i))
                    self.add(f"{path} [tab {i} tooltip]", w.tabToolTip(i))
            elif isinstance(w, QTextEdit | QPlainTextEdit):
                if not w.isReadOnly():
                    self.add(path + " [placeholder]", w.placeholderText())
                self.add(path, w.toPlainText())
            elif isinstance(w, QMessageBox):
                self.add(path + " [informative]", w.informativeText())
                self.add(path + " [detailed]", w.detailedText())
            elif isinstance(w, QMenu):
                self.menu(w, path)
            if isinstance(w, QAbstractItemView) and w.model() is not None:
                self.model(w.model(), path)
            for action in w.actions():
                self.add(path + " [action]", action.text())
                self.add(path + " [action tip]", action.toolTip())
                self.add(path + " [action status]", action.statusTip())

    def menu(self, menu: QMenu, where: str) -> None:
        self.add(where, menu.title())
        for action in menu.actions():
            self.add(f"{where} > {action.text()}", action.text())
            self.add(f"{where} > {action.text()} [status]", action.statusTip())
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                self.menu(submenu, f"{where} > {action.text()}")

    def model(self, model: QAbstractItemModel, where: str) -> None:
        where = f"{where} <{type(model).__name__}>"
        for section in range(_columns(model, QModelIndex())):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                header = model.headerData(section, Qt.Orientation.Horizontal, role)
                self.add(f"{where} [header {section}]", header)
        rows = 0

        def walk(parent: QModelIndex) -> None:
            nonlocal rows
            for row in range(model.rowCount(parent)):
                rows += 1
                if rows > MAX_ROWS:
                    return
                for column in range(_columns(model, parent)):
                    index = model.index(row, column, parent)
                    for role in ROLES:
                        self.add(f"{where} [row {row} col {column}]", model.data(index, role))
                first = model.index(row, 0, parent)
                if not isinstance(model, QAbstractListModel) and model.rowCount(first):
                    walk(first)

        walk(QModelIndex())


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    if isinstance(model, QAbstractListModel):  # a list has one column (and hides the count)
        return 1
    return model.columnCount(parent)


def _own_data(folder: Path) -> list[str]:
    """The pupil's own data: every text the portfolio file holds (names, placements, notes,
    reflections, evidence descriptions, the mentors' comments)."""
    con = sqlite3.connect(folder / "portfolio.sqlite3")
    try:
        columns = {
            "portfolio": ("name", "organisation", "programme"),
            "activity_record": ("reflection",),
            "evidence": ("original_name", "description"),
            "mentor": ("name", "organisation"),
            "placement": ("organisation", "unit"),
            "hour_entry": ("note",),
            "signoff": ("comment", "mentor_name"),
        }
        texts: list[str] = []
        for table, names in columns.items():
            for row in con.execute(f"SELECT {', '.join(names)} FROM {table}"):
                texts += [str(v) for v in row if v]
        texts += [Path(t).stem for t in texts if "." in t]  # a file name without its suffix
        # A mentor's refusal reason and comments are kept inside the signed payload too
        return texts
    finally:
        con.close()


def _official(service: PortfolioService) -> list[str]:
    """The Flemish government's texts: BK titles, competences, activities and attestations
    (there is no English source for them)."""
    texts: list[str] = [bk.title for bk in service.catalog.bks.values()]
    # The official name of each programme (studierichting) as the government's data names it,
    # shown next to the list's English title (a list's tooltip in the list choices).
    texts += [alist.spec.programme or "" for alist in service.catalog.latest()]
    for bk in service.alist.bks:
        texts += [bk.title, bk.definition]
        for att in bk.attestations:
            texts += [att.text, att.type or "", att.regulation or ""]
        for comp in bk.competences:
            texts += [comp.title, comp.note or "", *comp.knowledge]
            texts += [t for act in comp.activities for t in (act.text, act.source or "")]
    for list_act in service.alist.spec.activities:
        texts += [list_act.text or "", list_act.source or ""]
    # Where a rule comes from: the title of a Flemish or federal regulation, cited as is.
    texts += [str(getattr(rule, "source", "") or "") for rule in service.alist.spec.rules]
    return texts


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """English as Beeld > Taal > English leaves it: the setting and the translator."""
    QSettings().setValue("language", "en")
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "stageportfolio_en.qm"))
    QCoreApplication.installTranslator(translator)
    assert ui_language() == "en"
    yield
    QCoreApplication.removeTranslator(translator)


class ModalReader:
    """Reads and closes every modal dialog (message boxes, file dialogs, the app's dialogs)
    that an action or a button opens, also those run with exec()."""

    def __init__(self, collector: Collector) -> None:
        self.collector = collector
        self.where = ""
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._close_modal)
        self.timer.start()

    def _close_modal(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            return
        self.collector.widget(modal, f"{self.where} -> {type(modal).__name__}")
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()


def _windows() -> set[QWidget]:
    return {w for w in QApplication.topLevelWidgets() if w.isVisible()}


def _run(
    qtbot: QtBot, reader: ModalReader, where: str, trigger: Callable[[], None], keep: set[QWidget]
) -> None:
    """Trigger an action or a button; read and close every window it left open."""
    reader.where = where
    before = _windows()
    trigger()
    qtbot.wait(60)
    for _ in range(50):
        reader._close_modal()
        new = _windows() - before - keep
        for window in new:
            reader.collector.widget(window, f"{where} -> {type(window).__name__}")
            if isinstance(window, QDialog):
                window.reject()
            else:
                window.close()
        if not new and QApplication.activeModalWidget() is None:
            break
        qtbot.wait(20)


def test_every_visible_string_in_english_mode_is_english(
    qtbot: QtBot, english: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = build_demo(tmp_path / "demo", today=date(2026, 11, 23))
    monkeypatch.setenv("STAGEPORTFOLIO_HOME", str(folder))
    opened = open_current()
    service = PortfolioService.open(opened)
    assert service is not None
    # The words the pupil wrote in the CSV files below are the pupil's own data too.
    # So are the column names a file writes ("datum", "uren": the import reads Dutch and English
    # headers) and the context ids a file may use ("thuiszorg"): identifiers, not prose.
    written = ["kinderopvang", "maanbasis", "Nergens BV", "dag", "tijd", "datum", "uren", "totaal"]
    written += service.catalog.contexts.ids()
    collector = Collector([*_own_data(folder), *_official(service), *ALLOWED_DUTCH, *written])
    window = MainWindow(service, demo=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    reader = ModalReader(collector)
    keep: set[QWidget] = {window}

    # Every section: its widgets, models and the rows they show.
    for row, section in enumerate(window.sections):
        window.nav.setCurrentRow(row)
        qtbot.wait(50)
        collector.widget(window, f"section {type(section).__name__}")
    # Every menu and action.
    quit_text = QCoreApplication.translate("MainWindow", "&Afsluiten")
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        assert isinstance(menu, QMenu)
        collector.menu(menu, "menu")
        for action in menu.actions():
            if action.menu() is not None or action.isSeparator() or not action.isEnabled():
                continue
            text = action.text()
            if action.isCheckable() or text == quit_text:
                continue  # the language choice relaunches the app; Afsluiten closes it
            _run(qtbot, reader, f"menu {menu.title()} > {text}", action.trigger, keep)
    # Every button of every section (the dialogs they open are read, then rejected).
    for row, section in enumerate(window.sections):
        window.nav.setCurrentRow(row)
        qtbot.wait(50)
        for view in section.findChildren(QAbstractItemView):
            _select_first_leaf(view)  # so Bewerken, Voorstellen… are enabled
        qtbot.wait(20)
        for button in section.findChildren(QAbstractButton):
            if not (button.isVisible() and button.isEnabled()) or button.isCheckable():
                continue
            if button is getattr(section, "open_button", None):
                continue  # opens the evidence file in the system's viewer: no dialog of ours
            name = f"section {type(section).__name__} > {button.text()}"
            _run(qtbot, reader, name, button.click, keep)
        collector.widget(window, f"section {type(section).__name__} (after its buttons)")
    # The hours import with a file full of mistakes: its problems as the dialog lists them.
    hours_section = window.section(HoursSection)
    assert isinstance(hours_section, HoursSection)
    window.show_section(HoursSection)
    for number, content in enumerate(BAD_CSV_FILES):
        bad = tmp_path / f"uren-{number}.csv"
        bad.write_text(content, encoding="utf-8")
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, _p=bad, **_k: (str(_p), ""))
        _run(qtbot, reader, f"hours import {bad.name}", hours_section.import_csv, keep)
    reader.timer.stop()

    found = [(w, t) for (t, w) in collector.found.items() if not _known(w, t)]
    assert collector.seen > 500, collector.seen  # the walk really read the app
    opened_dialogs = {p.split(" -> ")[1] for p in collector.places if " -> " in p}
    expected = {
        *("HourDialog", "PlacementDialog", "MentorDialog", "SignOffDialog", "PaperDialog"),
        *("CsvImportDialog", "ActivityDialog", "EvidenceDialog"),
    }
    assert expected <= opened_dialogs, sorted(opened_dialogs)  # the walk really opened them
    assert not found, f"{len(found)} Dutch strings in English mode:\n" + "\n".join(
        f"  {where}: {text!r} (Dutch: {', '.join(not_english(text))})" for where, text in found
    )


# CSV files with the mistakes pupils make: a wrong header, bad dates and hours, an unknown
# context, a placement the portfolio does not have.
BAD_CSV_FILES = (
    "datum;uren;context\n31/02/2026;7,5;residentieel\n2026-09-15;-2;thuiszorg\n"
    "2026-09-16;7;maanbasis\n2026-09-17;abc;thuiszorg\n2026-09-18;30;thuiszorg\n",
    "dag;tijd\n2026-09-15;7,5\n",
    "datum;uren;context;stageplaats\n2026-09-15;7,5;thuiszorg;Nergens BV\n",
    "datum;uren;context\n2026-09-15;7,5;kinderopvang\n2026-09-16;11;thuiszorg\n",
    # a total row, a date in the future, a year out of range, a NUL character, an extra cell
    "datum;uren;context\n2026-09-15;7,5;thuiszorg\ntotaal;7,5;\n2026-12-24;7;thuiszorg\n"
    "15/09/1826;7;thuiszorg\n2026-09-16;7;thuis\x00zorg\n2026-09-17;7;thuiszorg;weg\n",
    "datum;uren;uren;context\n2026-09-15;7,5;7,5;thuiszorg\n",  # a column twice
    "datum;uren;context\n",  # a header only
)


def _select_first_leaf(view: QAbstractItemView) -> None:
    model = view.model()
    if model is None or isinstance(model, QAbstractListModel) or not model.rowCount():
        return
    index = model.index(0, 0)
    while model.rowCount(index):
        index = model.index(0, 0, index)
    view.setCurrentIndex(index)


def _known(where: str, text: str) -> bool:
    return any(where.startswith(w) and text.startswith(t) for w, t in KNOWN_DUTCH_TODO)


def test_the_detector_tells_dutch_from_english() -> None:
    found = dutch_words("Uren toevoegen voor de stageplaats")
    assert found == ["Uren", "toevoegen", "voor", "de", "stageplaats"]
    assert dutch_words("Add hours for the placement; the rule is met") == []
    assert dutch_words("bkc0023620-fa84de, registratie-300-uur (gezondheidszorg)") == []


@pytest.mark.parametrize(
    ("lang", "one", "two"),
    [("nl", "1 probleem", "2 problemen"), ("en", "1 problem.", "2 problems.")],
)
def test_plurals_come_from_the_translation(
    qtbot: QtBot, service: PortfolioService, tmp_path: Path, lang: str, one: str, two: str
) -> None:
    """The import's summary counts its problems with Qt's %n forms, in Dutch and in English."""
    from stageportfolio.ui.dialogs.csv_import_dialog import CsvImportDialog

    translator = QTranslator()
    if lang == "en":
        assert translator.load(str(TRANSLATIONS / "stageportfolio_en.qm"))
        QCoreApplication.installTranslator(translator)
    try:
        texts = []
        for bad in (1, 2):
            rows = "".join(f"2026-09-{10 + i};abc;thuiszorg\n" for i in range(bad))
            data = f"datum;uren;context\n{rows}".encode()
            dialog = CsvImportDialog(service, tmp_path / "uren.csv", data, today=date(2026, 11, 23))
            qtbot.addWidget(dialog)
            texts.append(dialog.summary.text())
    finally:
        QCoreApplication.removeTranslator(translator)
    assert one in texts[0] and two not in texts[0], texts
    assert two in texts[1], texts


@pytest.mark.parametrize("role", ["student", "evc", "mentor", "school"])
def test_the_first_start_wizard_in_english(qtbot: QtBot, english: None, role: str) -> None:
    """Every page of the first-start wizard, for each role, as a first-time user sees it in
    English: titles, subtitles, choices, hints, buttons and the list choices (the list's grade
    and track too)."""
    from stageportfolio.ui.wizard import FirstStartWizard

    opened = open_current()
    wizard = FirstStartWizard(opened)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    official = [bk.title for bk in opened.catalog.bks.values()]
    official += [alist.spec.programme or "" for alist in opened.catalog.latest()]
    collector = Collector([*official, *ALLOWED_DUTCH])
    pages = []

    def read_page() -> None:
        page = wizard.currentPage()
        pages.append(wizard.currentId())
        where = f"wizard {role} page {wizard.currentId()}"
        collector.add(where + " [title]", page.title())
        collector.add(where + " [subtitle]", page.subTitle())
        collector.widget(wizard, where)

    read_page()
    getattr(wizard.role_page, role).setChecked(True)
    read_page()
    if role in ("student", "evc"):
        wizard.next()
        wizard.name_page.name_edit.setText(" ")  # the hint for a name of spaces shows
        read_page()
        wizard.name_page.name_edit.setText("Sam Peeters")
        wizard.next()
        read_page()
        assert wizard.list_page.lists.count() > 0
        wizard.next()
        read_page()
        # The last page: a pupil's school year, an EVC candidate's start of the process.
        title = wizard.year_page.title()
        assert title == ("Start of your RPL route" if role == "evc" else "School year"), title
    wizard.reject()
    opened.engine.dispose()

    assert len(set(pages)) == (4 if role in ("student", "evc") else 1), pages
    assert collector.seen > 20, collector.seen
    found = sorted(collector.found.items(), key=lambda item: item[1])
    assert not found, f"{len(found)} Dutch strings in the wizard in English mode:\n" + "\n".join(
        f"  {where}: {text!r} (Dutch: {', '.join(not_english(text))})" for text, where in found
    )


@pytest.mark.parametrize(
    ("lang", "one", "two"),
    [
        ("nl", "1 aftekening toegevoegd.", "2 aftekeningen toegevoegd."),
        ("en", "1 sign-off added.", "2 sign-offs added."),
    ],
)
def test_signing_counts_are_plurals_from_the_translation(
    qtbot: QtBot, lang: str, one: str, two: str
) -> None:
    """Reading a mentor's answer and adding mentor cards count with Qt's %n forms, not with
    "aftekening(en)" written by hand."""
    from stageportfolio.ui.signing_actions import SigningCounts

    translator = QTranslator()
    if lang == "en":
        assert translator.load(str(TRANSLATIONS / "stageportfolio_en.qm"))
        QCoreApplication.installTranslator(translator)
    try:
        counts = SigningCounts()
        texts = [counts.added(1), counts.added(2), counts.already(1), counts.mentor_cards(2)]
        texts += [counts.disagreed(1), counts.mentor_cards(1)]
    finally:
        QCoreApplication.removeTranslator(translator)
    assert texts[0] == one and texts[1] == two, texts
    assert not any("(en)" in t or "(s)" in t for t in texts), texts
    assert all(t.startswith(("1 ", "2 ")) or " 1 " in t for t in texts), texts
