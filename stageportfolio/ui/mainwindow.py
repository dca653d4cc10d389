"""The main window: a section list on the left, the chosen section on the right, menus on top.

Sections share one undo stack; when one saves something, the others reread what they show.

The window paints before the database stack is imported: this module imports no section and
no service at import time. ``MainWindow(None, summary=...)`` shows the window's frame (title,
section names, menus, the status line from the summary kept at the last close) and emits
``first_painted``; the app then opens the portfolio and calls :meth:`MainWindow.attach`, which
replaces whatever the summary showed with the real figures. Sections are built the first time
they are shown or asked for (:meth:`MainWindow.section`), so no hidden section reads its data
at start.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QSettings,
    QSize,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeySequence,
    QPaintEvent,
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

from stageportfolio.services.startup_summary import StartupSummary
from stageportfolio.ui.widgets import list_title, ui_language
from stageportfolio.ui.widgets.screen import fit_to_screen, keep_on_screen

if TYPE_CHECKING:
    from stageportfolio.services.portfolio import PortfolioService
    from stageportfolio.ui.sections.base import Section

GEOMETRY_KEY = "window/geometry"
DEFAULT_SIZE = QSize(1180, 760)


class SectionSpec(NamedTuple):
    """A section of the window, known without importing it: its module, its class and its
    title (the same text, in the same translation context, as the section's ``title()``)."""

    module: str
    name: str
    title: str

    def load(self) -> type[Section]:
        section_type: type[Section] = getattr(importlib.import_module(self.module), self.name)
        return section_type

    def translated_title(self) -> str:
        return QCoreApplication.translate(self.name, self.title)


_SECTIONS = "stageportfolio.ui.sections."
SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec(
        _SECTIONS + "overview",
        "OverviewSection",
        str(QT_TRANSLATE_NOOP("OverviewSection", "Overzicht")),
    ),
    SectionSpec(
        _SECTIONS + "hours", "HoursSection", str(QT_TRANSLATE_NOOP("HoursSection", "Uren"))
    ),
    SectionSpec(
        _SECTIONS + "activities",
        "ActivitiesSection",
        str(QT_TRANSLATE_NOOP("ActivitiesSection", "Activiteiten")),
    ),
    SectionSpec(
        _SECTIONS + "placements",
        "PlacementsSection",
        str(QT_TRANSLATE_NOOP("PlacementsSection", "Stageplaatsen")),
    ),
    SectionSpec(
        _SECTIONS + "evidence",
        "EvidenceSection",
        str(QT_TRANSLATE_NOOP("EvidenceSection", "Bewijsstukken")),
    ),
    SectionSpec(
        _SECTIONS + "portfoliopdf",
        "PortfolioPdfSection",
        str(QT_TRANSLATE_NOOP("PortfolioPdfSection", "Portfolio")),
    ),
)


class MainWindow(QMainWindow):
    """``language_requested`` asks the app to switch language and rebuild the window;
    ``demo_requested`` asks it to open the demo; ``erased`` says the portfolio was erased (the
    app starts anew, with the wizard); ``first_painted`` says the window was painted once (the
    app opens the database then, when it made the window without a service)."""

    language_requested = Signal(str)
    demo_requested = Signal()
    erased = Signal()
    first_painted = Signal()

    def __init__(
        self,
        service: PortfolioService | None,
        *,
        demo: bool = False,
        summary: StartupSummary | None = None,
    ) -> None:
        super().__init__()
        self._service = service
        self.undo = QUndoStack(self)
        self.setObjectName("MainWindow")
        self._demo = demo
        self._built: dict[int, Section] = {}
        self._painted = False
        self.setWindowTitle("Stageportfolio")

        self.nav = QListWidget()
        self.nav.setObjectName("sectionList")
        self.nav.setAccessibleName(self.tr("Onderdelen"))
        self.nav.setMaximumWidth(210)
        self.stack = QStackedWidget()
        # A section takes the place of its placeholder the first time it is shown or asked for.
        self._placeholders = [self._placeholder(index) for index in range(len(SECTIONS))]
        for index, spec in enumerate(SECTIONS):
            self.stack.addWidget(self._placeholders[index])
            item = QListWidgetItem(spec.translated_title())
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
        # The menus' names now; their actions (and their key sequences) when the portfolio is
        # open, after the first paint.
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&Bestand"))
        self.edit_menu = bar.addMenu(self.tr("B&ewerken"))
        self.view_menu = bar.addMenu(self.tr("Bee&ld"))
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.status = QLabel()
        # The verdict may be long: it never makes the window wider than the screen; the whole
        # text is in the tooltip.
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.statusBar().addPermanentWidget(self.status, 1)
        self._shown_once = False
        self.nav.setCurrentRow(0)  # the Overview, built when the portfolio is open
        if service is not None:
            self.attach(service)
        elif summary is not None:
            self._set_title(summary.name, list_title(summary.list_title, summary.list_title_en))
            if summary.language == ui_language():
                # Greyed until the portfolio is open and the real figures replace it.
                self._set_status(summary.status)
                self.status.setEnabled(False)
        fit_to_screen(self, GEOMETRY_KEY, DEFAULT_SIZE)

    @property
    def service(self) -> PortfolioService:
        """The open portfolio (there is one once :meth:`attach` ran)."""
        if self._service is None:
            raise RuntimeError("the portfolio is not open yet")
        return self._service

    @property
    def demo(self) -> bool:
        return self._demo

    @property
    def attached(self) -> bool:
        return self._service is not None

    def attach(self, service: PortfolioService) -> None:
        """The portfolio is open: the real title, menus, section and status line."""
        from PySide6.QtCore import Qt  # its enums take 12 ms to build: after the first paint

        from stageportfolio.ui.signing_actions import add_signing_menu

        self._service = service
        # The names fit (see the minimum width), so the list never scrolls sideways.
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        spec = service.alist.spec
        self._set_title(service.info.name, list_title(spec.title, spec.title_en))
        self._build_menus(self._demo)
        # Aftekenen: sign on the spot, requests, responses, checks (before Help)
        add_signing_menu(self, before=self.help_menu.menuAction())
        if self.nav.currentRow() == 0:
            self._show_section(0)
        else:
            self.nav.setCurrentRow(0)
        self._update_status()

    def _set_title(self, owner: str, title: str) -> None:
        suffix = self.tr(" (demo)") if self._demo else ""
        self.setWindowTitle(self.tr("Stageportfolio – {0} – {1}").format(owner, title) + suffix)

    def _placeholder(self, index: int) -> QWidget:
        placeholder = QWidget()
        placeholder.setObjectName(f"sectionPlaceholder{index}")
        return placeholder

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # The next event-loop turn: the painted frame reaches the screen first.
            QTimer.singleShot(0, self.first_painted.emit)

    # -- sections --------------------------------------------------------------------------

    @property
    def sections(self) -> list[Section]:
        """Every section, in the order of the list (each is built if it was not yet)."""
        return [self._section_at(row) for row in range(len(SECTIONS))]

    def built_sections(self) -> list[Section]:
        """The sections built so far (shown once, or asked for)."""
        return [self._built[row] for row in sorted(self._built)]

    def _row_of(self, section_type: type[Section]) -> int:
        for row, spec in enumerate(SECTIONS):
            if spec.name == section_type.__name__:
                return row
        raise LookupError(section_type.__name__)

    def section(self, section_type: type[Section]) -> Section:
        return self._section_at(self._row_of(section_type))

    def _section_at(self, row: int) -> Section:
        built = self._built.get(row)
        if built is not None:
            return built
        section = SECTIONS[row].load()(self.service, self.undo)
        section.changed.connect(self._section_changed)
        self._built[row] = section
        placeholder = self._placeholders[row]
        current = self.stack.currentIndex() == row
        self.stack.removeWidget(placeholder)
        self.stack.insertWidget(row, section)
        placeholder.deleteLater()
        if current:
            self.stack.setCurrentIndex(row)
        return section

    def show_section(self, section_type: type[Section]) -> None:
        self.nav.setCurrentRow(self._row_of(section_type))

    def _show_section(self, row: int) -> None:
        if row < 0 or self._service is None:
            return
        fresh = row not in self._built
        section = self._section_at(row)  # a section reads its data when it is built
        self.stack.setCurrentIndex(row)
        if not fresh:
            section.refresh()

    def refresh_all(self) -> None:
        """Reread every section and the status line (after a change made outside them)."""
        for section in self.built_sections():  # the others read when they are built
            section.refresh()
        self._update_status()

    def _section_changed(self) -> None:
        sender = self.sender()
        for section in self.built_sections():
            if section is not sender:
                section.refresh()
        self._update_status()

    def _update_status(self) -> None:
        from stageportfolio.core.messages import verdict

        evaluation = self.service.evaluation()
        blocking = {basis: len(found) for basis, found in evaluation.blocking().items()}
        if blocking:  # what is blocked: the registration, the qualification, a school rule
            self._set_status(verdict(blocking, ui_language()).rstrip("."))
        else:
            self._set_status(self.tr("Alle verplichte regels voldaan"))

    def _set_status(self, text: str) -> None:
        self.status.setEnabled(True)
        self.status.setText(text)
        self.status.setToolTip(text)
        self.status.setAccessibleName(text)

    def startup_summary(self) -> StartupSummary | None:
        """What the next start paints before the database is open (None before it opened)."""
        if self._service is None:
            return None
        spec = self._service.alist.spec
        return StartupSummary(
            name=self._service.info.name,
            list_title=spec.title,
            list_title_en=spec.title_en,
            kind=spec.kind,
            status=self.status.text(),
            language=ui_language(),
        )

    # -- menus -------------------------------------------------------------------------------

    def _build_menus(self, demo: bool) -> None:
        file_menu = self.file_menu
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
        for text, slot_name in (
            (self.tr("Uren &importeren (CSV of Excel)…"), "import_csv"),
            (self.tr("Uren &exporteren (CSV)…"), "export_csv"),
        ):
            action = QAction(text, self)
            action.triggered.connect(lambda _=False, name=slot_name: self._hours_action(name))
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

        edit_menu = self.edit_menu
        undo = self.undo.createUndoAction(self, self.tr("&Ongedaan maken"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo.createRedoAction(self, self.tr("Op&nieuw"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)

        view_menu = self.view_menu
        for index, spec in enumerate(SECTIONS):
            action = QAction(spec.translated_title(), self)
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

        help_menu = self.help_menu
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

    def _hours_action(self, name: str) -> None:
        """Bestand > Uren importeren/exporteren: the Hours section's own action."""
        if self._service is None:
            return
        from stageportfolio.ui.sections.hours import HoursSection

        getattr(self.section(HoursSection), name)()

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
        from stageportfolio.services.errors import StoreError

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
        from PySide6.QtCore import Qt

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
        from stageportfolio.services.errors import ServiceError, StoreError
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


__all__ = ["SECTIONS", "MainWindow", "SectionSpec"]
