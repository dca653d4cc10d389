"""The first start: who you are, your school (or test centre), your list and school year.

Works with the keyboard alone: arrows choose, Enter goes to the next page, Esc cancels. Back
keeps what was typed and chosen (a page is never reset on the way back).
On finishing, the portfolio is created through :class:`PortfolioService` and kept in
``self.service`` for the app to open.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from stageportfolio.core import clock
from stageportfolio.core.catalog import ActivityList, Catalog, ListFileError, UnknownListError
from stageportfolio.services.errors import StoreError
from stageportfolio.services.portfolio import Opened, PortfolioService
from stageportfolio.ui.widgets import list_detail, ui_language

ROLE_PAGE, NAME_PAGE, LIST_PAGE, YEAR_PAGE = range(4)
LIST_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def current_school_year(today: date | None = None) -> str:
    """``"2026-2027"`` from 1 September 2026 to 31 August 2027."""
    today = today or clock.today()
    start = today.year if today.month >= 9 else today.year - 1
    return f"{start}-{start + 1}"


def describe_list(alist: ActivityList, lang: str) -> str:
    """A list as a choice: "Verzorgende/zorgkundige — 7de jaar, arbeidsmarktfinaliteit", its
    grade and track in the app's language ("Carer/care assistant (7th year) — 7th year, ...")."""
    spec = alist.spec
    title = spec.title_en if lang == "en" and spec.title_en else spec.title
    details = [list_detail(part) for part in (spec.grade, spec.track) if part]
    return f"{title} — {', '.join(details)}" if details else title


def fill_lists(
    widget: QListWidget, catalog: Catalog, kind: str, lang: str, chosen: str | None
) -> None:
    """The newest version of every list of ``kind`` (studierichting or evc), by title in the
    app's language, with ``chosen`` (a list id) selected, else the first."""
    widget.clear()
    choices = [a for a in catalog.latest() if a.spec.kind == kind]
    choices.sort(key=lambda a: (describe_list(a, lang).casefold(), a.id))  # as shown
    for alist in choices:
        item = QListWidgetItem(describe_list(alist, lang))
        item.setData(LIST_ID_ROLE, alist.id)
        item.setToolTip(alist.spec.programme)
        widget.addItem(item)
        if alist.id == chosen:
            widget.setCurrentItem(item)
    if widget.currentRow() < 0 and widget.count():
        widget.setCurrentRow(0)


class RolePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welkom bij Stageportfolio"))
        self.setSubTitle(self.tr("Wie ben je? Kies met de pijltjestoetsen en druk op Enter."))
        self.student = QRadioButton(self.tr("&Leerling of cursist op stage"))
        self.student.setObjectName("roleStudent")
        self.student.setChecked(True)
        student_help = QLabel(
            self.tr("Je houdt je stage-uren en activiteiten bij en ziet wat er nog ontbreekt.")
        )
        self.evc = QRadioButton(self.tr("&EVC-kandidaat"))
        self.evc.setObjectName("roleEvc")
        evc_help = QLabel(
            self.tr(
                "Je verzamelt bewijzen van wat je al kunt uit werk of vrijwilligerswerk, voor "
                "een erkenning van verworven competenties bij een testcentrum."
            )
        )
        self.mentor = QRadioButton(self.tr("Ik ben &mentor op de werkplek"))
        self.mentor.setObjectName("roleMentor")
        mentor_help = QLabel(
            self.tr(
                "Je tekent de uren en activiteiten van je stagiairs af met je eigen sleutel. "
                "Je hebt geen portfolio nodig; de app opent het mentorscherm."
            )
        )
        self.school = QRadioButton(self.tr("&School / stagebegeleider"))
        self.school.setObjectName("roleSchool")
        school_help = QLabel(
            self.tr(
                "Je volgt de portfolio's van je leerlingen: je leest hun exports in, ziet per "
                "leerling wat er nog ontbreekt en bevestigt mentoren met de schoolsleutel."
            )
        )
        self.group = QButtonGroup(self)
        self.group.addButton(self.student)
        self.group.addButton(self.evc)
        self.group.addButton(self.mentor)
        self.group.addButton(self.school)
        # A mentor needs no portfolio, nor does school mode: Start opens their screen.
        self.group.buttonToggled.connect(
            lambda *_: self.setFinalPage(self.mentor.isChecked() or self.school.isChecked())
        )
        self.demo_hint = QLabel(
            self.tr(
                "Eerst rondkijken? Met de knop Demo bekijken zie je een ingevuld voorbeeld, "
                "zonder dat je eigen portfolio verandert. Later vind je het ook in het menu "
                "Bestand > Demoportfolio openen."
            )
        )
        self.demo_hint.setObjectName("demoHint")
        layout = QVBoxLayout(self)
        for widget, indent in (
            (self.student, 0),
            (student_help, 24),
            (self.evc, 0),
            (evc_help, 24),
            (self.mentor, 0),
            (mentor_help, 24),
            (self.school, 0),
            (school_help, 24),
        ):
            if isinstance(widget, QLabel):
                widget.setWordWrap(True)
                widget.setContentsMargins(indent, 0, 0, 8)
            layout.addWidget(widget)
        layout.addStretch(1)
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setFrameShape(QLabel.Shape.StyledPanel)
        self.demo_hint.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.demo_hint)

    def role(self) -> str:
        if self.mentor.isChecked():
            return "mentor"
        if self.school.isChecked():
            return "school"
        return "evc" if self.evc.isChecked() else "student"

    def nextId(self) -> int:
        return -1 if self.mentor.isChecked() or self.school.isChecked() else NAME_PAGE


class NamePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Over jou"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setAccessibleName(self.tr("Naam"))
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setObjectName("organisationEdit")
        self.organisation_label = QLabel()
        self.organisation_label.setBuddy(self.organisation_edit)
        name_label = QLabel(self.tr("&Naam (verplicht):"))
        name_label.setBuddy(self.name_edit)
        self.name_hint = QLabel()
        self.name_hint.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(name_label, self.name_edit)
        form.addRow("", self.name_hint)
        form.addRow(self.organisation_label, self.organisation_edit)
        # Not "name*": a name of spaces is no name, so isComplete() decides.
        self.registerField("name", self.name_edit)
        self.registerField("organisation", self.organisation_edit)
        self.name_edit.textChanged.connect(self._name_changed)

    def _name_changed(self) -> None:
        text = self.name_edit.text()
        self.name_hint.setText(
            self.tr("Alleen spaties is geen naam: typ je naam.")
            if text and not text.strip()
            else ""
        )
        self.name_hint.setVisible(bool(self.name_hint.text()))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.name_edit.text().strip())

    def cleanupPage(self) -> None:
        """Back keeps the name and school as typed."""

    def initializePage(self) -> None:
        wizard = self.wizard()
        evc = isinstance(wizard, FirstStartWizard) and wizard.role() == "evc"
        if evc:
            self.setSubTitle(self.tr("Je naam komt op je EVC-portfolio. Het testcentrum mag leeg."))
            self.organisation_label.setText(self.tr("&Testcentrum:"))
            self.organisation_edit.setAccessibleName(self.tr("Testcentrum"))
        else:
            self.setSubTitle(self.tr("Je naam en school komen op je portfolio."))
            self.organisation_label.setText(self.tr("&School:"))
            self.organisation_edit.setAccessibleName(self.tr("School"))
        self.name_edit.setFocus()


class ListPage(QWizardPage):
    def __init__(self, opened: Opened, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opened = opened
        self._kind = ""
        self._chosen: dict[str, str] = {}  # kind -> the list id chosen for it
        self.setTitle(self.tr("Je lijst"))
        self.lists = QListWidget()
        self.lists.setObjectName("listChoice")
        self.lists.currentItemChanged.connect(lambda *_: self.completeChanged.emit())
        self.lists.itemDoubleClicked.connect(lambda *_: self._next())
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setBuddy(self.lists)
        layout = QVBoxLayout(self)
        layout.addWidget(self.help)
        layout.addWidget(self.lists, 1)

    def _next(self) -> None:
        wizard = self.wizard()
        if wizard is not None and self.isComplete():
            wizard.next()

    def initializePage(self) -> None:
        wizard = self.wizard()
        evc = isinstance(wizard, FirstStartWizard) and wizard.role() == "evc"
        lang = ui_language()
        kind = "evc" if evc else "studierichting"
        if evc:
            self.setSubTitle(self.tr("Voor welke beroepskwalificatie verzamel je bewijzen?"))
            self.help.setText(self.tr("&Beroepskwalificatie (kies met de pijltjestoetsen):"))
            self.lists.setAccessibleName(self.tr("Beroepskwalificatie"))
        else:
            self.setSubTitle(
                self.tr(
                    "Kies je studierichting; de lijst bepaalt welke regels en activiteiten gelden."
                )
            )
            self.help.setText(self.tr("&Studierichting (kies met de pijltjestoetsen):"))
            self.lists.setAccessibleName(self.tr("Studierichting"))
        # Back and Next again (or another role and back) keep the list chosen for that role.
        if self.list_id() is not None:
            self._chosen[self._kind] = self.list_id() or ""
        self._kind = kind
        fill_lists(self.lists, self.opened.catalog, kind, lang, self._chosen.get(kind))
        self.lists.setFocus()

    def cleanupPage(self) -> None:
        """Back keeps the chosen list."""

    def describe(self, alist: ActivityList, lang: str) -> str:
        return describe_list(alist, lang)

    def list_id(self) -> str | None:
        item = self.lists.currentItem()
        return None if item is None else str(item.data(LIST_ID_ROLE))

    def isComplete(self) -> bool:
        return self.list_id() is not None


class YearPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Schooljaar"))
        self.year_edit = QLineEdit(current_school_year())
        self.year_edit.setObjectName("schoolYearEdit")
        self.year_edit.setAccessibleName(self.tr("Schooljaar"))
        self.year_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"^(\d{4}-\d{4})?$"), self)
        )
        self.year_edit.setPlaceholderText("2026-2027")
        self.year_label = QLabel(self.tr("&Schooljaar (bv. 2026-2027):"))
        self.year_label.setBuddy(self.year_edit)
        form = QFormLayout(self)
        form.addRow(self.year_label, self.year_edit)
        self.registerField("school_year", self.year_edit)
        self.year_edit.textChanged.connect(lambda *_: self.completeChanged.emit())

    def initializePage(self) -> None:
        wizard = self.wizard()
        evc = isinstance(wizard, FirstStartWizard) and wizard.role() == "evc"
        if evc:  # an EVC candidate has no school year: the year their EVC-traject starts
            self.setTitle(self.tr("Begin van je EVC-traject"))
            self.year_label.setText(self.tr("&Jaar waarin je traject begint (bv. 2026-2027):"))
            self.year_edit.setAccessibleName(self.tr("Jaar waarin je EVC-traject begint"))
            self.setSubTitle(self.tr("Het jaar van je EVC-traject; je mag het leeg laten."))
        else:
            self.setTitle(self.tr("Schooljaar"))
            self.year_label.setText(self.tr("&Schooljaar (bv. 2026-2027):"))
            self.year_edit.setAccessibleName(self.tr("Schooljaar"))
            self.setSubTitle(self.tr("Klopt dit schooljaar? Druk dan op Enter om te starten."))
        self.year_edit.setFocus()
        self.year_edit.selectAll()

    def cleanupPage(self) -> None:
        """Back keeps the school year as typed."""

    def isComplete(self) -> bool:
        text = self.year_edit.text()
        if not text:
            return True
        start, _, end = text.partition("-")
        return len(text) == 9 and int(end) == int(start) + 1


class FirstStartWizard(QWizard):
    """``exec()`` it; after acceptance ``service`` is the new portfolio (else None), or
    ``wants_mentor`` is set: the person is a mentor and needs the mentor screen."""

    def __init__(self, opened: Opened, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opened = opened
        self.service: PortfolioService | None = None
        self.setObjectName("firstStartWizard")
        self.setWindowTitle(self.tr("Nieuw portfolio"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.role_page = RolePage()
        self.name_page = NamePage()
        self.list_page = ListPage(opened)
        self.year_page = YearPage()
        self.setPage(ROLE_PAGE, self.role_page)
        self.setPage(NAME_PAGE, self.name_page)
        self.setPage(LIST_PAGE, self.list_page)
        self.setPage(YEAR_PAGE, self.year_page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Start"))
        # A first-time user can look at a filled portfolio before making their own; a
        # mentor needs no portfolio and goes to the mentor screen.
        self.wants_demo = False
        self.wants_mentor = False
        self.wants_school = False  # "School / stagebegeleider": the app opens school mode
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("&Demo bekijken"))
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        # A portfolio exported before (a new laptop, after Alles wissen) comes back whole.
        self.setButtonText(QWizard.WizardButton.CustomButton2, self.tr("Portfolio &herstellen…"))
        self.setOption(QWizard.WizardOption.HaveCustomButton2, True)
        self.customButtonClicked.connect(self._demo_clicked)
        self.currentIdChanged.connect(self._first_page_buttons)
        self.resize(640, 480)

    def _first_page_buttons(self, page: int) -> None:
        for which in (QWizard.WizardButton.CustomButton1, QWizard.WizardButton.CustomButton2):
            self.button(which).setVisible(page == ROLE_PAGE)

    def _demo_clicked(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.wants_demo = True
            self.reject()
        elif which == QWizard.WizardButton.CustomButton2.value:
            self.restore()

    def restore(self, path: Path | None = None) -> bool:
        """Portfolio herstellen: read an exported portfolio (archive or PDF) into this empty
        data folder, with the same checks as ``stageportfolio import``; then open it."""
        from stageportfolio.ui.open_file import offer_archive_import

        if path is None:
            name, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Portfolio herstellen"),
                str(Path.home()),
                self.tr("Portfolio (*.stageportfolio *.zip *.pdf);;Alle bestanden (*)"),
            )
            if not name:
                return False
            path = Path(name)
        if not offer_archive_import(path, self):
            return False
        self.service = PortfolioService.open(self.opened)
        if self.service is None:
            return False
        self.done(QWizard.DialogCode.Accepted.value)
        return True

    def role(self) -> str:
        return self.role_page.role()

    def values(self) -> dict[str, str]:
        return {
            "role": self.role(),
            "name": str(self.field("name") or "").strip(),
            "organisation": str(self.field("organisation") or "").strip(),
            "list_id": self.list_page.list_id() or "",
            "school_year": str(self.field("school_year") or "").strip(),
        }

    def accept(self) -> None:
        if self.role() in ("mentor", "school"):
            self.wants_mentor = self.role() == "mentor"
            self.wants_school = self.role() == "school"
            super().accept()
            return
        values = self.values()
        if not values["name"] or not values["list_id"]:
            return
        try:
            self.service = PortfolioService.create(self.opened, **values)
        except (StoreError, ListFileError, UnknownListError, ValueError, LookupError) as exc:
            QMessageBox.warning(
                self,
                self.tr("Nieuw portfolio"),
                self.tr("Het portfolio kon niet aangemaakt worden: {0}").format(exc),
            )
            return
        super().accept()
