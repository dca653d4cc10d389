"""Wiring only: paths, database, translations, QApplication, wizard or main window."""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from stageportfolio import __version__, paths
from stageportfolio.core.shipped import shipped_file

if TYPE_CHECKING:
    from stageportfolio.services.portfolio import PortfolioService
    from stageportfolio.ui.mainwindow import MainWindow

TRANSLATIONS = shipped_file("resources", "translations")
ICON = shipped_file("resources", "icons", "stageportfolio.svg")
SCREENSHOT_DELAY_MS = 500  # the first paint and the overview's layout are done by then


def demo_home() -> Path:
    """The demo portfolio lives in its own folder, never in the user's own data."""
    from stageportfolio import paths

    return paths.data_dir() / "demo"


def run_app(
    *,
    demo: bool = False,
    lang: str | None = None,
    mentor: bool = False,
    school: bool = False,
    open_path: str | None = None,
    screenshot: Path | None = None,
) -> int:
    """Start the app. ``open_path`` is a file given on the command line (a double-click): a
    sign-off request opens the mentor screen, an archive offers the import, a mentor's answer
    or mentor card is read into the portfolio. ``screenshot`` saves the first window as an
    image and quits (for the install checks and the documentation). ``school`` opens school
    mode (the coordinator's window)."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Stageportfolio")
    app.setOrganizationName("stageportfolio")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("be.stageportfolio.Stageportfolio")
    if ICON.exists():
        app.setWindowIcon(QIcon(str(ICON)))
    QLocale.setDefault(QLocale("nl_BE"))
    home = os.environ.get(paths.HOME_ENV)
    if home:  # STAGEPORTFOLIO_HOME overrides every path, the settings file's too
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(home) / "settings")
        )
    settings = QSettings()
    translator = QTranslator(app)
    # Dutch is the source language; its catalogue holds only the plural forms of %n texts.
    dutch_plurals = QTranslator(app)
    qt_translator = QTranslator(app)  # Qt's own buttons (Volgende, Annuleren, ...)
    state: dict[str, QWidget] = {}  # the open window

    def apply_qt_language(code: str) -> None:
        """Qt's own buttons and file dialogs: Dutch, French (mentor mode) or English."""
        app.removeTranslator(qt_translator)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        locale = {"nl": "nl_BE", "fr": "fr_BE"}.get(code)
        if locale and qt_translator.load(QLocale(locale), "qtbase", "_", qt_dir):
            app.installTranslator(qt_translator)

    def apply_language(code: str) -> None:
        app.removeTranslator(translator)
        app.removeTranslator(dutch_plurals)
        if code == "en" and translator.load(str(TRANSLATIONS / "stageportfolio_en.qm")):
            app.installTranslator(translator)
        elif code != "en" and dutch_plurals.load(str(TRANSLATIONS / "stageportfolio_nl.qm")):
            app.installTranslator(dutch_plurals)
        apply_qt_language("en" if code == "en" else "nl")

    def portfolio_file_exists() -> bool:
        """The data folder holds a portfolio database (maybe without a portfolio in it)."""
        try:
            return paths.portfolio_db_path().stat().st_size > 0
        except OSError:
            return False

    def in_school_mode() -> bool:
        if portfolio_file_exists():  # a data folder with a portfolio opens it
            return False
        from stageportfolio.services.school_mode import starts_in_school_mode

        return starts_in_school_mode()

    def open_window(use_demo: bool, *, paint_first: bool = False) -> None:
        """The main window. With ``paint_first`` (a start with a portfolio file), it paints
        before the database stack is imported (from the summary kept at the last close) and
        opens the portfolio right after its first paint (``finish_opening``)."""
        from stageportfolio.ui.mainwindow import MainWindow

        if paint_first and not use_demo and portfolio_file_exists():
            from stageportfolio.services.startup_summary import read_summary

            window = MainWindow(None, summary=read_summary())
            window.first_painted.connect(lambda: finish_opening(window))
            show_main(window, use_demo)
            return
        service = open_service(use_demo)
        if service is not None:
            show_main(MainWindow(service, demo=use_demo), use_demo)

    def show_main(window: MainWindow, use_demo: bool) -> None:
        window.language_requested.connect(lambda code: relaunch(code, use_demo))
        window.demo_requested.connect(lambda: relaunch(None, True))
        # After Bestand > Alles wissen: start anew (the wizard), as on a first start.
        window.erased.connect(lambda: start_anew(window))
        previous = state.get("window")
        state["window"] = window
        window.show()
        if previous is not None:
            previous.close()

    def open_service(use_demo: bool) -> PortfolioService | None:
        """The portfolio of the data folder (the demo's with ``use_demo``); the wizard when
        there is none. None when the wizard went elsewhere (demo, mentor or school mode) or
        was closed."""
        from stageportfolio.services.portfolio import PortfolioService, open_current

        if use_demo:
            from stageportfolio.services.demo import build_demo

            os.environ["STAGEPORTFOLIO_HOME"] = str(build_demo(demo_home()))
        opened = open_current()
        for notice in opened.notices:  # e.g. an interrupted upgrade that was repaired
            QMessageBox.information(None, "Stageportfolio", notice)
        service = PortfolioService.open(opened)
        if service is not None:
            return service
        from stageportfolio.ui.wizard import FirstStartWizard

        wizard = FirstStartWizard(opened)
        accepted = wizard.exec()
        if wizard.wants_demo:
            opened.engine.dispose()
            open_window(True)
            return None
        if wizard.wants_mentor:
            opened.engine.dispose()
            open_mentor(None)
            return None
        if wizard.wants_school:
            opened.engine.dispose()
            open_school_window()
            return None
        if not accepted or wizard.service is None:
            app.quit()
            return None
        return wizard.service

    def finish_opening(window: MainWindow) -> None:
        """After the first paint: open the portfolio and fill the window with it."""
        from stageportfolio.core.catalog import ListFileError
        from stageportfolio.services.errors import StoreError

        if window.attached or state.get("window") is not window:
            return
        try:
            service = open_service(False)
        except (StoreError, ListFileError) as exc:
            window.hide()
            QMessageBox.critical(None, "Stageportfolio", str(exc))
            app.exit(2)
            return
        if service is None:  # the wizard went elsewhere, or was closed
            if state.get("window") is window:
                window.hide()
            return
        window.attach(service)

    def start_anew(erased: QWidget) -> None:
        erased.hide()
        open_window(False)

    def open_school_window() -> None:
        from stageportfolio.ui.school.app import open_school_window as make

        window = make()
        if window is not None:
            state["window"] = window
            window.show()

    def open_mentor(request: Path | None) -> None:
        from stageportfolio.ui.mentor_language import set_session_language
        from stageportfolio.ui.mentor_window import MentorWindow

        if lang:
            set_session_language(lang)  # --lang: mentor mode opens in it this time
        mentor_window = MentorWindow()
        apply_qt_language(mentor_window.language.code)
        mentor_window.language.changed.connect(apply_qt_language)
        state["window"] = mentor_window
        mentor_window.show()
        if request is not None:
            mentor_window.open_file(request)

    def take_screenshot() -> None:
        window = state.get("window") or app.activeModalWidget()  # the wizard, the first time
        saved = isinstance(window, QWidget) and window.grab().save(str(screenshot))
        if not saved:
            print(f"{screenshot}: kan niet bewaard worden", file=sys.stderr)
            app.exit(2)
            return
        app.quit()

    def relaunch(code: str | None, use_demo: bool) -> None:
        if code is not None:
            apply_language(code)
        open_window(use_demo)

    def unexpected(
        kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        # The last line of defence: a clear message, never a traceback window. Every change
        # is its own transaction, so nothing is half saved when this shows.
        if issubclass(kind, KeyboardInterrupt):
            app.quit()
            return
        traceback.print_exception(kind, error, trace)
        QMessageBox.warning(
            None,
            "Stageportfolio",
            app.translate(
                "App",
                "Er ging iets onverwachts mis: {0}\n\nWat je bewaard had, is bewaard. Probeer "
                "het opnieuw; lukt het niet, herstart de app.",
            ).format(error),
        )

    sys.excepthook = unexpected
    if lang == "fr" and not mentor:
        # French is for what a mentor reads: the pupil's app stays in its own language, and
        # the sign-off dialog opens in French.
        from stageportfolio.ui.mentor_language import set_session_language

        set_session_language(lang)
        lang = None
    apply_language(lang or str(settings.value("language", "nl")))
    # Nothing here imports the database stack (SQLAlchemy, the models, pydantic) before the
    # main window's first paint, unless a file was given to open.
    target, kind = None, None
    opens_request = False
    if open_path is not None:
        from stageportfolio.services import filetypes

        try:
            target, kind = filetypes.file_to_open(open_path)
        except filetypes.FileOpenError as exc:
            print(exc, file=sys.stderr)
            QMessageBox.warning(None, "Stageportfolio", str(exc))
        opens_request = kind == filetypes.SIGNOFF_REQUEST
    if screenshot is not None:
        QTimer.singleShot(SCREENSHOT_DELAY_MS, take_screenshot)
    if mentor or opens_request:
        open_mentor(target if opens_request else None)
        return int(app.exec())
    try:
        if target is not None and kind == filetypes.ARCHIVE:
            from stageportfolio.ui.open_file import offer_archive_import

            offer_archive_import(target)
        if school or (not demo and target is None and in_school_mode()):
            open_school_window()
        else:
            open_window(demo, paint_first=target is None)
    except Exception as exc:
        from stageportfolio.core.catalog import ListFileError
        from stageportfolio.services.errors import StoreError

        if not isinstance(exc, StoreError | ListFileError):
            raise
        QMessageBox.critical(None, "Stageportfolio", str(exc))
        return 2
    window = state.get("window")
    if window is None:
        return 0
    if target is not None and kind in (filetypes.SIGNOFF_RESPONSE, filetypes.MENTOR_CARD):
        from stageportfolio.ui.open_file import read_into_portfolio

        QTimer.singleShot(0, lambda: read_into_portfolio(window, target, kind))
    code = int(app.exec())
    remember_summary(state.get("window"))
    return code


def remember_summary(window: object) -> None:
    """At the end: close the portfolio, then keep what the next start paints first."""
    from stageportfolio.services.startup_summary import write_summary
    from stageportfolio.ui.mainwindow import MainWindow

    if not isinstance(window, MainWindow) or window.demo or not window.attached:
        return
    summary = window.startup_summary()
    window.service.engine.dispose()  # the key is the database file as the next start finds it
    if summary is not None:
        write_summary(summary)
