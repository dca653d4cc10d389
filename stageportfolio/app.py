"""Wiring only: paths, catalog, QApplication, main window."""

from __future__ import annotations

import sys


def run_app(*, demo: bool = False, lang: str = "nl") -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from stageportfolio import paths
    from stageportfolio.core.catalog import ListFileError, load_catalog
    from stageportfolio.ui.listbrowser import ListBrowserWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Stageportfolio")
    app.setOrganizationName("stageportfolio")
    try:
        catalog = load_catalog(paths.user_lists_dir())
    except ListFileError as exc:
        QMessageBox.critical(None, "Stageportfolio", str(exc))
        return 70
    window = ListBrowserWindow(catalog, lang=lang)
    window.show()
    return int(app.exec())
