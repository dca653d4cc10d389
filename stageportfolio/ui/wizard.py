"""The first start: who you are, your school (or test centre), your list and school year.

Works with the keyboard alone: arrows choose, Enter goes to the next page, Esc cancels.
On finishing, the portfolio is created through :class:`PortfolioService` and kept in
``self.service`` for the app to open.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
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
from stageportfolio.core.catalog import ActivityList, ListFileError, UnknownListError
from stageportfolio.services.errors import StoreError
from stageportfolio.services.portfolio import Opened, PortfolioService
from stageportfolio.ui.widgets import ui_language

ROLE_PAGE, NAME_PAGE, LIST_PAGE, YEAR_PAGE = range(4)
LIST_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def current_school_year(today: date | None = None) -> str:
    """``"2026-2027"`` from 1 September 2026 to 31 August 2027."""
    today = today or clock.today()
    start = today.year if today.month >= 9 else today.year - 1
    return f"{start}-{start + 1}"


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
        form = QFormLayout(self)
        form.addRow(name_label, self.name_edit)
        form.addRow(self.organisation_label, self.organisation_edit)
        self.registerField("name*", self.name_edit)
        self.registerField("organisation", self.organisation_edit)

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
        self.lists.clear()
        choices = [a for a in self.opened.catalog.latest() if a.spec.kind == kind]
        choices.sort(key=lambda a: (a.spec.title.casefold(), a.id))
        for alist in choices:
            item = QListWidgetItem(self.describe(alist, lang))
            item.setData(LIST_ID_ROLE, alist.id)
            item.setToolTip(alist.spec.programme)
            self.lists.addItem(item)
        if self.lists.count():
            self.lists.setCurrentRow(0)
        self.lists.setFocus()

    def describe(self, alist: ActivityList, lang: str) -> str:
        spec = alist.spec
        title = spec.title_en if lang == "en" and spec.title_en else spec.title
        details = [part for part in (spec.grade, spec.track) if part]
        return f"{title} — {', '.join(details)}" if details else title

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
        label = QLabel(self.tr("&Schooljaar (bv. 2026-2027):"))
        label.setBuddy(self.year_edit)
        form = QFormLayout(self)
        form.addRow(label, self.year_edit)
        self.registerField("school_year", self.year_edit)
        self.year_edit.textChanged.connect(lambda *_: self.completeChanged.emit())

    def initializePage(self) -> None:
        wizard = self.wizard()
        evc = isinstance(wizard, FirstStartWizard) and wizard.role() == "evc"
        if evc:
            self.setSubTitle(self.tr("Het jaar van je EVC-traject; je mag het leeg laten."))
        else:
            self.setSubTitle(self.tr("Klopt dit schooljaar? Druk dan op Enter om te starten."))
        self.year_edit.setFocus()
        self.year_edit.selectAll()

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
        self.customButtonClicked.connect(self._demo_clicked)
        self.currentIdChanged.connect(
            lambda page: self.button(QWizard.WizardButton.CustomButton1).setVisible(
                page == ROLE_PAGE
            )
        )
        self.resize(640, 480)

    def _demo_clicked(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.wants_demo = True
            self.reject()

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
