"""The main window: a section list on the left, the chosen section on the right, menus on top.

Sections share one undo stack; when one saves something, the others reread what they show.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeySequence,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from stageportfolio.core.messages import verdict
from stageportfolio.services.errors import ServiceError, StoreError
from stageportfolio.services.portfolio import PortfolioService
from stageportfolio.ui.sections.activities import ActivitiesSection
from stageportfolio.ui.sections.base import Section
from stageportfolio.ui.sections.evidence import EvidenceSection
from stageportfolio.ui.sections.hours import HoursSection
from stageportfolio.ui.sections.overview import OverviewSection
from stageportfolio.ui.sections.placements import PlacementsSection
from stageportfolio.ui.sections.portfoliopdf import PortfolioPdfSection
from stageportfolio.ui.signing_actions import add_signing_menu
from stageportfolio.ui.widgets import list_title, ui_language
from stageportfolio.ui.widgets.screen import fit_to_screen, keep_on_screen

GEOMETRY_KEY = "window/geometry"
DEFAULT_SIZE = QSize(1180, 760)

SECTION_TYPES: tuple[type[Section], ...] = (
    OverviewSection,
    HoursSection,
    ActivitiesSection,
    PlacementsSection,
    EvidenceSection,
    PortfolioPdfSection,
)


class MainWindow(QMainWindow):
    """``language_requested`` asks the app to switch language and rebuild the window;
    ``demo_requested`` asks it to open the demo; ``erased`` says the portfolio was erased (the
    app starts anew, with the wizard)."""

    language_requested = Signal(str)
    demo_requested = Signal()
    erased = Signal()

    def __init__(self, service: PortfolioService, *, demo: bool = False) -> None:
        super().__init__()
        self.service = service
        self.undo = QUndoStack(self)
        self.setObjectName("MainWindow")
        owner = service.info.name
        title = list_title(service.alist.spec.title, service.alist.spec.title_en)
        suffix = self.tr(" (demo)") if demo else ""
        self.setWindowTitle(self.tr("Stageportfolio – {0} – {1}").format(owner, title) + suffix)

        self.nav = QListWidget()
        self.nav.setObjectName("sectionList")
        self.nav.setAccessibleName(self.tr("Onderdelen"))
        self.nav.setMaximumWidth(210)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.sections: list[Section] = []
        for index, section_type in enumerate(SECTION_TYPES):
            section = section_type(service, self.undo)
            section.changed.connect(self._section_changed)
            self.sections.append(section)
            self.stack.addWidget(section)
            item = QListWidgetItem(section.title())
            item.setToolTip(self.tr("Ctrl+{0}").format(index + 1))
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._show_section)
        # As wide as its longest name, so no name is cut off (the window may be 800 wide).
        self.nav.setMinimumWidth(
            self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + self.nav.spacing() * 2 + 8
        )

        body = QWidget()
        layout = QHBoxLayout(body)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self._build_menus(demo)
        self.status = QLabel()
        # The verdict may be long: it never makes the window wider than the screen; the whole
        # text is in the tooltip.
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.statusBar().addPermanentWidget(self.status, 1)
        self.nav.setCurrentRow(0)
        self._update_status()
        self._shown_once = False
        fit_to_screen(self, GEOMETRY_KEY, DEFAULT_SIZE)

    # -- sections --------------------------------------------------------------------------

    def section(self, section_type: type[Section]) -> Section:
        return next(s for s in self.sections if isinstance(s, section_type))

    def show_section(self, section_type: type[Section]) -> None:
        self.nav.setCurrentRow(SECTION_TYPES.index(section_type))

    def _show_section(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.sections[row].refresh()

    def refresh_all(self) -> None:
        """Reread every section and the status line (after a change made outside them)."""
        for section in self.sections:
            section.refresh()
        self._update_status()

    def _section_changed(self) -> None:
        sender = self.sender()
        for section in self.sections:
            if section is not sender:
                section.refresh()
        self._update_status()

    def _update_status(self) -> None:
        evaluation = self.service.evaluation()
        blocking = {basis: len(found) for basis, found in evaluation.blocking().items()}
        if blocking:  # what is blocked: the registration, the qualification, a school rule
            self.status.setText(verdict(blocking, ui_language()).rstrip("."))
        else:
            self.status.setText(self.tr("Alle verplichte regels voldaan"))
        self.status.setToolTip(self.status.text())
        self.status.setAccessibleName(self.status.text())

    # -- menus -------------------------------------------------------------------------------

    def _build_menus(self, demo: bool) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Bestand"))
        new = QAction(self.tr("&Nieuw portfolio…"), self)
        new.triggered.connect(self._new_portfolio)
        file_menu.addAction(new)
        open_demo = QAction(self.tr("&Demoportfolio openen"), self)
        open_demo.setEnabled(not demo)
        open_demo.triggered.connect(self.demo_requested)
        file_menu.addAction(open_demo)
        file_menu.addSeparator()
        for text, name, run in (
            (self.tr("Portfolio e&xporteren…"), "exportAction", self.export_portfolio),
            (self.tr("Portfolio &herstellen uit een bestand…"), "restoreAction", self.restore),
            (self.tr("Alles &wissen…"), "eraseAction", self.erase),
        ):
            action = QAction(text, self)
            action.setObjectName(name)
            action.triggered.connect(run)
            file_menu.addAction(action)
        file_menu.addSeparator()
        hours = self.section(HoursSection)
        for text, slot_name in (
            (self.tr("Uren &importeren (CSV of Excel)…"), "import_csv"),
            (self.tr("Uren &exporteren (CSV)…"), "export_csv"),
        ):
            action = QAction(text, self)
            slot = getattr(hours, slot_name, None)
            action.setEnabled(slot is not None)
            if slot is not None:
                action.triggered.connect(slot)
            file_menu.addAction(action)
        file_menu.addSeparator()
        change_list = QAction(
            self.tr("&Beroepskwalificatie wijzigen…")
            if self.service.alist.spec.kind == "evc"
            else self.tr("&Studierichting wijzigen…"),
            self,
        )
        change_list.setObjectName("changeListAction")
        change_list.triggered.connect(self.change_list)
        file_menu.addAction(change_list)
        add_list = QAction(self.tr("&Lijst toevoegen…"), self)
        add_list.setObjectName("addListAction")
        add_list.triggered.connect(self.add_list)
        file_menu.addAction(add_list)
        import_list = QAction(self.tr("Lijst importeren uit s&preadsheet…"), self)
        import_list.setObjectName("importListAction")
        import_list.triggered.connect(self.import_list)
        file_menu.addAction(import_list)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Afsluiten"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = bar.addMenu(self.tr("B&ewerken"))
        undo = self.undo.createUndoAction(self, self.tr("&Ongedaan maken"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo.createRedoAction(self, self.tr("Op&nieuw"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)

        view_menu = bar.addMenu(self.tr("Bee&ld"))
        for index, section in enumerate(self.sections):
            action = QAction(section.title(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, row=index: self.nav.setCurrentRow(row))
            view_menu.addAction(action)
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("&Taal"))
        group = QActionGroup(self)
        current = str(QSettings().value("language", "nl"))
        for code, label in (("nl", "Nederlands"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(code == current)
            action.setData(code)
            group.addAction(action)
            language_menu.addAction(action)
        group.triggered.connect(lambda action: self._choose_language(str(action.data())))

        add_signing_menu(self)  # Aftekenen: sign on the spot, requests, responses, checks
        help_menu = bar.addMenu(self.tr("&Help"))
        howto = QAction(self.tr("&Hoe werkt het?"), self)
        howto.setObjectName("howToAction")
        howto.setShortcut(QKeySequence.StandardKey.HelpContents)
        howto.triggered.connect(self.show_howto)
        help_menu.addAction(howto)
        lists = QAction(self.tr("&Lijsten en regels bekijken"), self)
        lists.triggered.connect(self._show_lists)
        help_menu.addAction(lists)
        about = QAction(self.tr("&Over Stageportfolio"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _choose_language(self, code: str) -> None:
        QSettings().setValue("language", code)
        self.language_requested.emit(code)

    def _new_portfolio(self) -> None:
        QMessageBox.information(
            self,
            self.tr("Nieuw portfolio"),
            self.tr(
                "Elk portfolio heeft een eigen gegevensmap. Wis dit portfolio eerst (na een "
                "export) of start de app met een andere map (STAGEPORTFOLIO_HOME)."
            ),
        )

    # -- the whole portfolio: export, restore, erase, another list ----------------------------

    def export_portfolio(self) -> Path | None:
        """Bestand > Portfolio exporteren…: the whole portfolio with its evidence in one file
        (``NAAM.stageportfolio``), as ``stageportfolio export`` writes it."""
        from stageportfolio.services import filetypes
        from stageportfolio.services.archive_lists import ArchiveError, export_portfolio

        title = self.tr("Portfolio exporteren")
        suggested = Path.home() / filetypes.with_extension(
            Path(self.service.info.name.replace(" ", "-") or "portfolio"), filetypes.ARCHIVE
        )
        name, _filter = QFileDialog.getSaveFileName(
            self, title, str(suggested), self.tr("Portfolio (*.stageportfolio)")
        )
        if not name:
            return None
        path = filetypes.with_extension(Path(name), filetypes.ARCHIVE)
        try:
            summary = export_portfolio(self.service.engine, self.service.catalog, path)
        except (ArchiveError, OSError, StoreError) as exc:
            QMessageBox.warning(self, title, self.tr("Niet geëxporteerd: {0}").format(exc))
            return None
        self.statusBar().showMessage(
            self.tr("Portfolio bewaard in {0}: alles zit erin, ook je bewijsstukken.").format(
                summary.path
            ),
            15000,
        )
        return summary.path

    def restore(self) -> bool:
        """Bestand > Portfolio herstellen uit een bestand…: only into an empty data folder, so
        the open portfolio is never replaced; this says how (export, erase, then restore)."""
        QMessageBox.information(
            self,
            self.tr("Portfolio herstellen"),
            self.tr(
                "Een portfolio herstellen kan enkel in een lege gegevensmap: zo wordt dit "
                "portfolio van {0} nooit overschreven. Exporteer het eerst (Bestand > Portfolio "
                "exporteren…) en wis het (Bestand > Alles wissen…). Daarna vraagt de app wie je "
                "bent; kies daar Portfolio herstellen."
            ).format(self.service.info.name),
        )
        return False

    def erase(self) -> bool:
        """Bestand > Alles wissen…: after a clear question (and the offer to export first),
        remove the portfolio, its evidence and backups, then start anew."""
        title = self.tr("Alles wissen")
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            title,
            self.tr(
                "Dit wist het portfolio van {0} van deze computer: alle uren, stageplaatsen, "
                "activiteiten, aftekeningen en bewijsstukken, en de reservekopieën. Dat kan "
                "niet ongedaan gemaakt worden.\n\nExporteer eerst als je het wil bewaren."
            ).format(self.service.info.name),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        export_first = box.addButton(
            self.tr("Eerst e&xporteren…"), QMessageBox.ButtonRole.ActionRole
        )
        erase = box.addButton(self.tr("&Definitief wissen"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is export_first:
            if self.export_portfolio() is None:
                return False
            return self.erase()
        if box.clickedButton() is not erase:
            return False
        from stageportfolio import paths
        from stageportfolio.services.erase import erase_everything

        self.service.engine.dispose()
        try:
            erase_everything(paths.data_dir())
        except OSError as exc:
            QMessageBox.warning(
                self,
                title,
                self.tr(
                    "{0}: kan niet gewist worden ({1}). Sluit de app en probeer opnieuw."
                ).format(exc.filename or paths.data_dir(), exc.strerror),
            )
            return False
        self.erased.emit()
        return True

    def change_list(self) -> bool:
        """Bestand > Studierichting wijzigen…: choose, read what changes, confirm."""
        from stageportfolio.ui.dialogs.list_change_dialog import ListChangeDialog, change_summary

        dialog = ListChangeDialog(self.service, self)
        if dialog.exec() != ListChangeDialog.DialogCode.Accepted or dialog.chosen() is None:
            return False
        title = dialog.windowTitle()
        try:
            change = self.service.list_change(str(dialog.chosen()))
        except (ServiceError, LookupError, ValueError) as exc:
            QMessageBox.warning(self, title, str(exc))
            return False
        answer = QMessageBox.warning(
            self,
            title,
            change_summary(change),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.service.change_list(change.alist.id)
        except (ServiceError, LookupError, ValueError, StoreError) as exc:
            QMessageBox.warning(self, title, str(exc))
            return False
        spec = self.service.alist.spec
        list_name = list_title(spec.title, spec.title_en)
        self.setWindowTitle(
            self.tr("Stageportfolio – {0} – {1}").format(self.service.info.name, list_name)
        )
        self.refresh_all()
        self.statusBar().showMessage(self.tr("Je portfolio volgt nu {0}.").format(list_name), 15000)
        return True

    def add_list(self) -> None:
        """Bestand > Lijst toevoegen…: choose a list file, see it checked, add it."""
        from stageportfolio.ui.dialogs.add_list_dialog import AddListDialog

        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Lijst toevoegen"), "", self.tr("Lijstbestanden (*.toml)")
        )
        if not name:
            return
        self.add_list_dialog = AddListDialog(self.service.catalog, Path(name), self)
        self.add_list_dialog.accepted.connect(self._list_added)
        self.add_list_dialog.open()

    def _list_added(self) -> None:
        dialog = self.add_list_dialog
        preview = dialog.preview
        self.service.reload_lists()
        if preview is not None and preview.alist is not None:
            title = preview.alist.spec.title
            message = self.tr(
                "Lijst toegevoegd: {0}. Je kiest ze bij een nieuw portfolio; bekijk ze via "
                "Help > Lijsten en regels bekijken."
            ).format(title)
        else:
            message = self.tr("BK-bestand toegevoegd: {0}.").format(dialog.added)
        self.statusBar().showMessage(message, 15000)
        self.refresh_all()

    def import_list(self) -> None:
        """Bestand > Lijst importeren uit spreadsheet…: the school's list as a variant."""
        from stageportfolio.ui.dialogs.list_import_dialog import ListImportDialog

        self.list_import_dialog = ListImportDialog(
            self.service.catalog, self, school=self.service.info.organisation or ""
        )
        self.list_import_dialog.accepted.connect(self._list_imported)
        self.list_import_dialog.open()

    def _list_imported(self) -> None:
        dialog = self.list_import_dialog
        self.service.reload_lists()
        message = self.tr(
            "Lijst opgeslagen: {0}. Geef dit ene bestand aan je leerlingen; zij voegen het toe "
            "met Bestand > Lijst toevoegen…"
        ).format(dialog.saved)
        self.statusBar().showMessage(message, 15000)
        self.refresh_all()

    def _show_lists(self) -> None:
        from stageportfolio.ui.listbrowser import ListBrowserWindow

        self.list_browser = ListBrowserWindow(self.service.catalog, lang=ui_language())
        index = self.list_browser.picker.findData(self.service.alist.id)
        self.list_browser.picker.setCurrentIndex(max(index, 0))
        self.list_browser.show()

    def about_text(self) -> str:
        from stageportfolio import LICENCE, __version__

        return self.tr(
            "Stageportfolio {0}: stage-uren, activiteiten en competenties voor zorg en welzijn "
            "in Vlaanderen. Alles blijft op deze computer.\n\nLicentie: {1} (European Union "
            "Public Licence 1.2), vrije software.\n\nBK-gegevens: Vlaamse overheid, Vlaamse "
            "kwalificatiestructuur (API Beroepskwalificaties). Lettertype: DejaVu Sans."
        ).format(__version__, LICENCE)

    def show_howto(self) -> None:
        """F1: the how-tos, on the one of the section on screen."""
        from stageportfolio.ui.dialogs.howto_dialog import ACTIVITIES, HOURS, HowToDialog
        from stageportfolio.ui.sections.activities import ActivitiesSection

        current = self.stack.currentWidget()
        topic = ACTIVITIES if isinstance(current, ActivitiesSection) else HOURS
        self.howto_dialog = HowToDialog(topic, self)
        self.howto_dialog.open()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:  # now the frame is known: all of it on the screen
            self._shown_once = True
            QTimer.singleShot(0, lambda: keep_on_screen(self))

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("Over Stageportfolio"), self.about_text())


__all__ = ["SECTION_TYPES", "MainWindow"]
