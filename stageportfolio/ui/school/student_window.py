"""One student's portfolio, read-only: the school's verdict on top, then the same sections as
the student's own app (Overzicht, Uren, Activiteiten, Stageplaatsen, Bewijsstukken) on a
read-only copy of the file they handed in, and their PDF."""

from __future__ import annotations

import contextlib
import tempfile
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stageportfolio.core.schoolview import OverviewRow
from stageportfolio.services.school_overview import StudentView, summary_lines
from stageportfolio.ui.sections.activities import ActivitiesSection
from stageportfolio.ui.sections.base import Section
from stageportfolio.ui.sections.evidence import EvidenceSection
from stageportfolio.ui.sections.hours import HoursSection
from stageportfolio.ui.sections.overview import OverviewSection
from stageportfolio.ui.sections.placements import PlacementsSection
from stageportfolio.ui.widgets import list_title, ui_language

if TYPE_CHECKING:
    from stageportfolio.services.school import SchoolIdentity

SECTIONS: tuple[type[Section], ...] = (
    OverviewSection,
    HoursSection,
    ActivitiesSection,
    PlacementsSection,
    EvidenceSection,
)
# Buttons of the student's sections that look without changing anything.
READING_BUTTONS = frozenset({"open_button"})


def make_read_only(section: Section) -> None:
    """Hide every button and action of a section that would change the portfolio. The copy
    underneath is read-only too (SQLite refuses any write), so a change cannot happen even
    through a shortcut."""
    for name, value in vars(section).items():
        if isinstance(value, QAbstractButton) and name not in READING_BUTTONS:
            value.setVisible(False)
            value.setEnabled(False)
        elif isinstance(value, QAction):
            value.setEnabled(False)
    for view_name in ("table", "tree"):
        view = getattr(section, view_name, None)
        if view is not None:
            with warnings.catch_warnings(), contextlib.suppress(RuntimeError, TypeError):
                warnings.simplefilter("ignore", RuntimeWarning)  # nothing was connected
                view.doubleClicked.disconnect()


class StudentWindow(QMainWindow):
    def __init__(
        self, view: StudentView, row: OverviewRow | None, identity: SchoolIdentity | None = None
    ) -> None:
        super().__init__()
        self.view = view
        self.row = row
        self.identity = identity
        self.setObjectName("StudentWindow")
        info = view.service.info
        spec = view.service.alist.spec
        self.setWindowTitle(
            self.tr("{0} – {1} (alleen-lezen)").format(
                info.name, list_title(spec.title, spec.title_en)
            )
        )
        self.resize(1180, 760)
        self.undo = QUndoStack(self)
        verdict = QLabel(self._verdict_text())
        verdict.setObjectName("schoolVerdict")
        verdict.setWordWrap(True)
        verdict.setFrameShape(QLabel.Shape.StyledPanel)
        verdict.setContentsMargins(8, 6, 8, 6)
        self.pdf_button = QPushButton(self.tr("&PDF openen"))
        self.pdf_button.setObjectName("openPdf")
        self.pdf_button.clicked.connect(self.open_pdf)
        self.save_button = QPushButton(self.tr("PDF &opslaan als…"))
        self.save_button.clicked.connect(self.save_pdf)
        self.seal_button = QPushButton(self.tr("&Schoolzegel zetten…"))
        self.seal_button.setObjectName("schoolSeal")
        self.seal_button.clicked.connect(self.seal_pdf)
        if view.kind != "pdf":
            self.seal_button.setEnabled(False)
            self.seal_button.setToolTip(
                self.tr("Enkel een ingeleverde portfolio-PDF kan het schoolzegel krijgen.")
            )
        elif identity is None:
            self.seal_button.setEnabled(False)
            self.seal_button.setToolTip(
                self.tr("Er is nog geen schoolsleutel (stageportfolio school-init).")
            )
        else:
            self.seal_button.setToolTip(
                self.tr(
                    "Verzegel deze PDF met de sleutel van {0}: wie de schoolsleutel vertrouwt, "
                    "ziet dat de school hem zo nakeek."
                ).format(identity.name)
            )
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Ingeleverd bestand: {0}").format(view.file_name)), 1)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.seal_button)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("studentSections")
        self.sections: list[Section] = []
        for section_type in SECTIONS:
            section = section_type(view.service, self.undo)
            make_read_only(section)
            self.sections.append(section)
            self.tabs.addTab(section, section.title())
        self.tabs.currentChanged.connect(lambda index: self.sections[index].refresh())
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(verdict)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(body)
        self.sections[0].refresh()

    def _verdict_text(self) -> str:
        if self.row is None:
            return ""
        lines = [self.tr("Oordeel van de school (enkel mentoren die de school bevestigde tellen):")]
        lines += [f"• {line}" for line in summary_lines(self.row, ui_language())]
        return "\n".join(lines)

    def pdf_bytes(self) -> bytes:
        return self.view.pdf()

    def open_pdf(self) -> None:
        try:
            data = self.pdf_bytes()
        except Exception as exc:  # rendering an old archive may fail: say so, no traceback
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        folder = Path(tempfile.mkdtemp(prefix="stageportfolio-school-pdf-"))
        path = folder / (Path(self.view.file_name).stem + ".pdf")
        path.write_bytes(data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def save_pdf(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("PDF opslaan"), Path(self.view.file_name).stem + ".pdf", "PDF (*.pdf)"
        )
        if name:
            Path(name).write_bytes(self.pdf_bytes())

    def seal_pdf(self) -> None:
        """The school seal on the PDF the student handed in, saved as a new file."""
        if self.identity is None or self.view.kind != "pdf":
            return
        from stageportfolio.core.signing import SealedKeyError, WrongPassphraseError
        from stageportfolio.fileio import write_atomically
        from stageportfolio.services.school_seal import SchoolSealError, seal_for_school

        title = self.tr("Schoolzegel")
        passphrase, ok = QInputDialog.getText(
            self,
            title,
            self.tr("Wachtzin van de school ({0}):").format(self.identity.name),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        try:
            sealed = seal_for_school(self.view.data, self.view.file_name, self.identity, passphrase)
        except WrongPassphraseError:
            QMessageBox.warning(self, title, self.tr("Verkeerde wachtzin; er is niets verzegeld."))
            return
        except (SchoolSealError, SealedKeyError) as exc:
            QMessageBox.warning(self, title, str(exc))
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Verzegelde PDF opslaan"),
            Path(self.view.file_name).stem + "-schoolzegel.pdf",
            "PDF (*.pdf)",
        )
        if not name:
            return
        try:
            write_atomically(Path(name), sealed)
        except OSError as exc:
            QMessageBox.warning(
                self, title, self.tr("{0} is niet geschreven: {1}").format(name, exc.strerror)
            )
            return
        QMessageBox.information(
            self,
            title,
            self.tr(
                "Schoolzegel van {0} gezet: {1}\nNakijken kan met: stageportfolio verify "
                "BESTAND --trust SCHOOL.pub"
            ).format(self.identity.name, name),
        )

    def closeEvent(self, event: Any) -> None:
        self.tabs.blockSignals(True)  # no section reads the copy once it is gone
        for section in self.sections:
            section.deleteLater()
        self.sections = []  # closed twice (a test's teardown): nothing is deleted again
        self.view.close()
        super().closeEvent(event)
