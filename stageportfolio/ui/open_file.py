"""What the app does with a file it is started with (``stageportfolio FILE``, a double-click).

A sign-off request goes to the mentor screen (``MentorWindow.open_file``); this module handles
the others: a portfolio archive is offered for import before the portfolio opens, a mentor's
answer and mentor cards are read into the open portfolio through the Aftekenen actions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from stageportfolio.services import filetypes
from stageportfolio.services.portfolio import PortfolioService, open_current


def offer_archive_import(path: Path, parent: QWidget | None = None) -> bool:
    """Ask to import the archive at ``path`` into this computer's (empty) data folder.

    The archive is read and checked completely before the question; nothing is written
    unless the person says yes. With a portfolio already there, nothing is replaced: the
    message says how to go on. True when the archive was imported.
    """
    title = QCoreApplication.translate("OpenFile", "Portfolio-archief openen")
    try:
        contents = filetypes.read_archive_file(path)
    except filetypes.FileOpenError as exc:
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate(
                "OpenFile", "Dit archief kan niet geopend worden: {0}"
            ).format(exc),
        )
        return False
    try:
        return _offer(path, contents, title, parent)
    finally:
        filetypes.discard_archive(contents)


def _offer(path: Path, contents: Any, title: str, parent: QWidget | None) -> bool:
    opened = open_current()
    try:
        existing = PortfolioService.open(opened)
        name = contents.payload.portfolio.name
        if existing is not None:
            QMessageBox.information(
                parent,
                title,
                QCoreApplication.translate(
                    "OpenFile",
                    "{0} bevat het portfolio van {1}. Op deze computer staat al het portfolio "
                    "van {2}; dat blijft zoals het is. Een archief wordt enkel in een lege "
                    "gegevensmap ingelezen: maak eerst een archief van het huidige portfolio "
                    "en wis het, of gebruik een andere gegevensmap (STAGEPORTFOLIO_HOME).",
                ).format(path.name, name, existing.info.name),
            )
            return False
        answer = QMessageBox.question(
            parent,
            title,
            QCoreApplication.translate(
                "OpenFile",
                "{0} bevat het portfolio van {1}: {2}.\n\nDit portfolio inlezen op deze computer?",
            ).format(path.name, name, filetypes.describe_archive(contents)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            imported = filetypes.import_archive_file(opened.engine, opened.catalog, contents)
        except filetypes.FileOpenError as exc:
            QMessageBox.warning(
                parent,
                title,
                QCoreApplication.translate("OpenFile", "Het archief is niet ingelezen: {0}").format(
                    exc
                ),
            )
            return False
    finally:
        opened.engine.dispose()
    QMessageBox.information(
        parent,
        title,
        QCoreApplication.translate("OpenFile", "Het portfolio van {0} is ingelezen.").format(
            imported
        ),
    )
    return True


def read_into_portfolio(window: Any, path: Path, kind: str) -> object:
    """A mentor's answer or a mentor card, read into the portfolio open in ``window``."""
    from stageportfolio.ui import signing_actions

    if kind == filetypes.SIGNOFF_RESPONSE:
        return signing_actions.import_response(window, path)
    if kind == filetypes.MENTOR_CARD:
        return signing_actions.import_mentor_cards(window, [path])
    raise ValueError(f"not a file to read into a portfolio: {kind}")
