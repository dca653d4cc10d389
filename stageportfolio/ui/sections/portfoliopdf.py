"""The Portfolio section: a preview of the portfolio as PDF, and saving it.

The PDF is rendered in the background (``stageportfolio.ui.worker.Worker``) with a progress bar;
the preview shows every page (fit to width, Page Up/Down jumps a page), drawn by
``stageportfolio.ui.widgets.pdf_view`` (PDFium). The renderer is injected
(tests pass a fake); by default ``stageportfolio.services.pdf_export.portfolio_pdf`` is imported
when the first preview is made. Renders are debounced: many changes in a row make one new preview.
"""

from __future__ import annotations

import errno
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stageportfolio.core import clock
from stageportfolio.fileio import write_atomically
from stageportfolio.services.portfolio import PortfolioService
from stageportfolio.ui.sections.base import Section
from stageportfolio.ui.widgets import own_data_problem, ui_language
from stageportfolio.ui.widgets.pdf_view import PdfDocument, PdfView
from stageportfolio.ui.worker import Progress, Worker

Renderer = Callable[..., bytes]

DEBOUNCE_MS = 400
VARIANTS = ("stage", "evc")
LAST_DIR_KEY = "portfolio_pdf/last_dir"


def default_file_name(owner: str, today: date) -> str:
    """``Portfolio Lotte Vermeulen 2026-11-23.pdf``: characters no file system likes removed."""
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", owner).strip(" .")
    safe = re.sub(r"\s+", " ", safe)
    parts = ["Portfolio", safe, today.isoformat()] if safe else ["Portfolio", today.isoformat()]
    return " ".join(parts) + ".pdf"


class PortfolioPdfSection(Section):
    """``rendered`` is emitted when a new preview is shown, ``render_failed`` with the message
    shown when making it failed."""

    rendered = Signal()
    render_failed = Signal(str)

    def __init__(
        self,
        service: PortfolioService,
        undo: QUndoStack,
        parent: QWidget | None = None,
        *,
        render: Renderer | None = None,
    ) -> None:
        super().__init__(service, undo, parent)
        self._render = render
        self._pdf: bytes | None = None
        self._pdf_variant: str | None = None
        self._requested_variant: str | None = None
        self._stale = True
        self._fingerprint: object = None

        self.worker = Worker(self)
        self.worker.progress.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.make_preview)

        intro = QLabel(
            self.tr(
                "Hier maak je je portfolio als PDF, om af te geven aan de school of het "
                "EVC-testcentrum. De PDF bevat je hele portfolio: uren, stageplaatsen, "
                "activiteiten, aftekeningen en bewijsstukken. Je kunt hem later opnieuw "
                "inlezen met «stageportfolio import». Het is een archiefbestand (PDF/A): "
                "ook over jaren nog leesbaar."
            )
        )
        intro.setWordWrap(True)

        self.variant = QComboBox()
        self.variant.setObjectName("variant")
        self.variant.addItem(self.tr("Voor de school (stage)"), "stage")
        self.variant.addItem(self.tr("Voor het EVC-testcentrum (evc)"), "evc")
        self.variant.setAccessibleName(self.tr("Voor wie is de PDF?"))
        default = "evc" if service.info.role == "evc" else "stage"
        self.variant.setCurrentIndex(VARIANTS.index(default))
        self.variant.currentIndexChanged.connect(self._variant_changed)
        variant_label = QLabel(self.tr("&Voor wie:"))
        variant_label.setBuddy(self.variant)

        self.preview_button = QPushButton(self.tr("Voorbeeld &maken"))
        self.preview_button.setObjectName("previewButton")
        self.preview_button.setToolTip(self.tr("Maakt de PDF opnieuw met de gegevens van nu"))
        self.preview_button.clicked.connect(self.make_preview)
        self.save_button = QPushButton(self.tr("&Opslaan als PDF…"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_pdf)

        controls = QHBoxLayout()
        controls.addWidget(variant_label)
        controls.addWidget(self.variant, 1)
        controls.addWidget(self.preview_button)
        controls.addWidget(self.save_button)

        self.progress = QProgressBar()
        self.progress.setObjectName("renderProgress")
        self.progress.setAccessibleName(self.tr("Voortgang van de PDF"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setObjectName("renderStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 3)
        status_row.addWidget(self.progress, 1)

        self.document = PdfDocument(self)
        self.view = PdfView()
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(self.tr("Voorbeeld van de PDF"))
        self.view.setAccessibleDescription(
            self.tr("Page Up en Page Down gaan naar de vorige of volgende pagina")
        )
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setDocument(self.document)
        self.page_label = QLabel()
        self.page_label.setObjectName("pageLabel")
        self.view.currentPageChanged.connect(self._update_page_label)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(controls)
        layout.addLayout(status_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.page_label)
        self.setTabOrder(self.variant, self.preview_button)
        self.setTabOrder(self.preview_button, self.save_button)
        self.setTabOrder(self.save_button, self.view)
        self._set_status(self.tr("Nog geen voorbeeld."))

    def title(self) -> str:
        return self.tr("Portfolio")

    # -- when to render --------------------------------------------------------------------

    def current_variant(self) -> str:
        return str(self.variant.currentData())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale or self._pdf is None:
            self._debounce.start()

    def refresh(self) -> None:
        """Data may have changed: when it did, a new preview follows (debounced)."""
        if not self.isVisible():
            self._stale = True  # rendered when the section is shown again
            return
        if self._stale or self._data_fingerprint() != self._fingerprint:
            self._stale = True
            self._debounce.start()

    def _data_fingerprint(self) -> object:
        """Cheap reads that change when anything in the PDF changes (a note alone may not)."""
        s = self.service
        return (
            s.info,
            s.totals(),
            s.months(),
            s.placements(),
            s.mentors(),
            s.records(),
            s.signoffs(),
            s.evidence(),
            self.undo.index(),
            self.undo.count(),
        )

    def _variant_changed(self) -> None:
        self.save_button.setEnabled(False)
        self.make_preview()

    # -- rendering ---------------------------------------------------------------------------

    def _renderer(self) -> Renderer:
        if self._render is not None:
            return self._render
        from stageportfolio.services.pdf_export import portfolio_pdf  # when first needed

        return portfolio_pdf

    def make_preview(self) -> None:
        """Render the PDF for the chosen variant in the background."""
        self._debounce.stop()
        render = self._renderer()
        try:
            self._fingerprint = self._data_fingerprint()
        except Exception:  # the render itself will report the problem
            self._fingerprint = None
        self._stale = False
        variant = self.current_variant()
        self._requested_variant = variant
        service = self.service
        not_a_pdf = self.tr("het resultaat is geen PDF")

        lang = ui_language()  # the PDF speaks the app's language

        def work(progress: Progress) -> bytes:
            data = render(service, variant=variant, progress=progress, lang=lang)
            if not isinstance(data, bytes | bytearray) or not bytes(data).startswith(b"%PDF"):
                raise ValueError(not_a_pdf)
            return bytes(data)

        self.progress.setRange(0, 0)  # busy until the first progress report
        self.save_button.setEnabled(False)
        self._set_status(self.tr("De PDF wordt gemaakt…"))
        self.worker.start(work)

    def _on_progress(self, done: int, total: int) -> None:
        if total <= 0:
            return
        self.progress.setRange(0, total)
        self.progress.setValue(min(done, total))
        self._set_status(self.tr("De PDF wordt gemaakt… ({0} van {1})").format(done, total))

    def _on_finished(self, data: object) -> None:
        assert isinstance(data, bytes)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        if not self._load(data):
            self._show_failure(self.tr("De gemaakte PDF kan niet getoond worden."))
            return
        self._pdf = data
        self._pdf_variant = self._requested_variant
        self.save_button.setEnabled(True)
        pages = self.document.pageCount()
        self._set_status(self.tr("Voorbeeld klaar: %n pagina('s).", "", pages))
        self._update_page_label(self.view.currentPage())
        self.rendered.emit()

    def _on_failed(self, message: str) -> None:
        self._show_failure(self.tr("De PDF kon niet gemaakt worden: {0}").format(message))

    def _show_failure(self, text: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.save_button.setEnabled(
            self._pdf is not None and self._pdf_variant == self.current_variant()
        )
        self._set_status("⚠ " + text)
        self.render_failed.emit(text)

    def _load(self, data: bytes) -> bool:
        """Show ``data`` in the view."""
        return self.document.load(data)

    def _update_page_label(self, page: int) -> None:
        pages = self.document.pageCount()
        if pages <= 0:
            self.page_label.clear()
            return
        self.page_label.setText(
            self.tr("Pagina {0} van {1} (Page Up/Page Down om te bladeren)").format(page + 1, pages)
        )

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)

    # -- saving ------------------------------------------------------------------------------

    def pdf_bytes(self) -> bytes | None:
        return self._pdf

    def save_pdf(self) -> None:
        """Ask where, then write the shown PDF there (atomically)."""
        if self._pdf is None or self._pdf_variant != self.current_variant():
            return
        settings = QSettings()
        folder = str(settings.value(LAST_DIR_KEY, "") or "")
        if not folder or not Path(folder).is_dir():
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
        suggested = str(Path(folder) / default_file_name(self.service.info.name, clock.today()))
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Portfolio opslaan als PDF"), suggested, self.tr("PDF-bestanden (*.pdf)")
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        refused = own_data_problem(path)
        if refused:
            self.show_error(refused)
            return
        try:
            write_atomically(path, self._pdf)
        except OSError as exc:
            self.show_error(self._save_error(path, exc))
            return
        settings.setValue(LAST_DIR_KEY, str(path.parent))
        self._set_status(self.tr("Opgeslagen als {0}").format(str(path)))

    def _save_error(self, path: Path, exc: OSError) -> str:
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return self.tr(
                "De PDF kon niet opgeslagen worden: je mag niet schrijven in {0}. "
                "Kies een andere map, bijvoorbeeld Documenten."
            ).format(str(path.parent))
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return self.tr(
                "De PDF kon niet opgeslagen worden: de schijf is vol. Maak ruimte vrij of "
                "kies een andere plaats, bijvoorbeeld een USB-stick."
            )
        if exc.errno == errno.ENOENT:
            return self.tr("De PDF kon niet opgeslagen worden: de map {0} bestaat niet.").format(
                str(path.parent)
            )
        return self.tr("De PDF kon niet opgeslagen worden in {0}: {1}").format(
            str(path), exc.strerror or str(exc)
        )
