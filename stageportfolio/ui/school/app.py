"""Opening school mode from the app: the school database (a clear message when it cannot be
opened, e.g. a SQLite file on a network share), then the window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from stageportfolio.services.school_mode import SchoolModeError, StoreError, open_school
from stageportfolio.ui.school.window import SchoolWindow


def open_school_window() -> SchoolWindow | None:
    try:
        school = open_school()
    except (StoreError, SchoolModeError) as exc:
        QMessageBox.critical(None, QCoreApplication.translate("SchoolApp", "Schoolmodus"), str(exc))
        return None
    return SchoolWindow(school)
