"""Wiring only: paths, database, translations, QApplication, wizard or main window."""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def demo_home() -> Path:
    """The demo portfolio lives in its own folder, never in the user's own data."""
    from stageportfolio import paths

    return paths.data_dir() / "demo"


def run_app(*, demo: bool = False, lang: str | None = None, mentor: bool = False) -> int:
    from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
    from PySide6.QtWidgets import QApplication, QMessageBox

    from stageportfolio.core.catalog import ListFileError
    from stageportfolio.store.db import StoreError

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Stageportfolio")
    app.setOrganizationName("stageportfolio")
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
    qt_translator = QTranslator(app)  # Qt's own buttons (Volgende, Annuleren, ...)
    state: dict[str, object] = {}

    def apply_language(code: str) -> None:
        app.removeTranslator(translator)
        app.removeTranslator(qt_translator)
        if code == "en" and translator.load(str(TRANSLATIONS / "stageportfolio_en.qm")):
            app.installTranslator(translator)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if code != "en" and qt_translator.load(QLocale("nl_BE"), "qtbase", "_", qt_dir):
            app.installTranslator(qt_translator)

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
            if not accepted or wizard.service is None:
                app.quit()
                return
            service = wizard.service
        window = MainWindow(service, demo=use_demo)
        window.language_requested.connect(lambda code: relaunch(code, use_demo))
        window.demo_requested.connect(lambda: relaunch(None, True))
        previous = state.get("window")
        state["window"] = window
        window.show()
        if previous is not None:
            previous.close()  # type: ignore[attr-defined]

    def relaunch(code: str | None, use_demo: bool) -> None:
        if code is not None:
            apply_language(code)
        open_window(use_demo)

    def unexpected(kind: type[BaseException], error: BaseException, trace: object) -> None:
        # The last line of defence: a clear message, never a traceback window. Every change
        # is its own transaction, so nothing is half saved when this shows.
        if issubclass(kind, KeyboardInterrupt):
            app.quit()
            return
        traceback.print_exception(kind, error, trace)  # type: ignore[arg-type]
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
    apply_language(lang or str(settings.value("language", "nl")))
    if mentor:
        from stageportfolio.ui.mentor_window import MentorWindow

        mentor_window = MentorWindow()
        state["window"] = mentor_window
        mentor_window.show()
        return int(app.exec())
    try:
        open_window(demo)
    except (StoreError, ListFileError) as exc:
        QMessageBox.critical(None, "Stageportfolio", str(exc))
        return 2
    if state.get("window") is None:
        return 0
    return int(app.exec())
