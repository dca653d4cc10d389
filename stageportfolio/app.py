"""Wiring only: paths, database, translations, QApplication, wizard or main window."""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from stageportfolio import __version__
from stageportfolio.core.shipped import shipped_file

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

    from stageportfolio.core.catalog import ListFileError
    from stageportfolio.services.errors import StoreError

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Stageportfolio")
    app.setOrganizationName("stageportfolio")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("be.stageportfolio.Stageportfolio")
    if ICON.exists():
        app.setWindowIcon(QIcon(str(ICON)))
    QLocale.setDefault(QLocale("nl_BE"))
    from stageportfolio import paths

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

    def open_window(use_demo: bool) -> None:
        from stageportfolio.services.portfolio import PortfolioService, open_current
        from stageportfolio.ui.mainwindow import MainWindow
        from stageportfolio.ui.wizard import FirstStartWizard

        if use_demo:
            from stageportfolio.services.demo import build_demo

            os.environ["STAGEPORTFOLIO_HOME"] = str(build_demo(demo_home()))
        opened = open_current()
        for notice in opened.notices:  # e.g. an interrupted upgrade that was repaired
            QMessageBox.information(None, "Stageportfolio", notice)
        service = PortfolioService.open(opened)
        if service is None:
            wizard = FirstStartWizard(opened)
            accepted = wizard.exec()
            if wizard.wants_demo:
                opened.engine.dispose()
                open_window(True)
                return
            if wizard.wants_mentor:
                opened.engine.dispose()
                open_mentor(None)
                return
            if wizard.wants_school:
                opened.engine.dispose()
                open_school_window()
                return
            if not accepted or wizard.service is None:
                app.quit()
                return
            service = wizard.service
        window = MainWindow(service, demo=use_demo)
        window.language_requested.connect(lambda code: relaunch(code, use_demo))
        window.demo_requested.connect(lambda: relaunch(None, True))
        # After Bestand > Alles wissen: start anew (the wizard), as on a first start.
        window.erased.connect(lambda: start_anew(window))
        previous = state.get("window")
        state["window"] = window
        window.show()
        if previous is not None:
            previous.close()

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
    from stageportfolio.services import filetypes

    target, kind = None, None
    if open_path is not None:
        try:
            target, kind = filetypes.file_to_open(open_path)
        except filetypes.FileOpenError as exc:
            print(exc, file=sys.stderr)
            QMessageBox.warning(None, "Stageportfolio", str(exc))
    if screenshot is not None:
        QTimer.singleShot(SCREENSHOT_DELAY_MS, take_screenshot)
    if mentor or kind == filetypes.SIGNOFF_REQUEST:
        open_mentor(target if kind == filetypes.SIGNOFF_REQUEST else None)
        return int(app.exec())
    try:
        if kind == filetypes.ARCHIVE and target is not None:
            from stageportfolio.ui.open_file import offer_archive_import

            offer_archive_import(target)
        from stageportfolio.services.school_mode import starts_in_school_mode

        if school or (not demo and target is None and starts_in_school_mode()):
            open_school_window()
        else:
            open_window(demo)
    except (StoreError, ListFileError) as exc:
        QMessageBox.critical(None, "Stageportfolio", str(exc))
        return 2
    window = state.get("window")
    if window is None:
        return 0
    if target is not None and kind in (filetypes.SIGNOFF_RESPONSE, filetypes.MENTOR_CARD):
        from stageportfolio.ui.open_file import read_into_portfolio

        QTimer.singleShot(0, lambda: read_into_portfolio(window, target, kind))
    return int(app.exec())
