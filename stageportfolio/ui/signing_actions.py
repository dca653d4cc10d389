"""The "Aftekenen" menu of the main window and the small glue behind its actions.

Sign on the spot, make a sign-off request for a mentor, read a mentor's response, read the
mentor cards the school gives out, and check every signature. The main window only calls
:func:`add_signing_menu`; everything goes through
``stageportfolio.services.signoffs.SignOffService``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stageportfolio.services.errors import ServiceError, StoreError
from stageportfolio.services.filetypes import SIGNOFF_REQUEST, with_extension
from stageportfolio.services.portfolio import PortfolioService
from stageportfolio.ui.models.rowtable import RowTableModel
from stageportfolio.ui.widgets import own_data_problem, ui_language


def signoff_service(service: PortfolioService) -> Any:
    from stageportfolio.services.signoffs import SignOffService

    return SignOffService(service, lang=ui_language())  # item labels in the app's language


# -- the verification table -----------------------------------------------------------------


@dataclass(frozen=True)
class VerificationRow:
    id: str
    label: str
    mentor: str
    fingerprint: str
    code: str
    status: str  # "valid", "changed", "history", "invalid" or "unsigned"
    school_fingerprint: str = ""  # the school key that signed the mentor card; "" for none
    name_confirmed: bool = False
    decision: str = "approve"
    comment: str = ""


def status_text(status: str, decision: str = "approve") -> str:
    if status == "valid" and decision == "refuse":
        return QCoreApplication.translate("VerificationModel", "✗ niet akkoord")
    return {
        "valid": QCoreApplication.translate("VerificationModel", "✓ geldig"),
        "changed": QCoreApplication.translate("VerificationModel", "⚠ gewijzigd na aftekening"),
        "history": QCoreApplication.translate("VerificationModel", "eerdere versie"),
        "invalid": QCoreApplication.translate("VerificationModel", "✗ ongeldig"),
        "unsigned": QCoreApplication.translate("VerificationModel", "✗ zonder handtekening"),
    }.get(status, status)


def card_text(school_fingerprint: str) -> str:
    """A fact, never a verdict: which school key signed the mentor card, if any."""
    if school_fingerprint:
        return QCoreApplication.translate(
            "VerificationModel",
            "ondertekend door schoolsleutel {0} (vergelijk met de vingerafdruk van je school)",
        ).format(school_fingerprint)
    return QCoreApplication.translate("VerificationModel", "niet bevestigd door een school")


class VerificationModel(RowTableModel):
    COL_ITEM, COL_MENTOR, COL_FINGERPRINT, COL_CODE, COL_STATUS, COL_CARD = range(6)
    COLUMN_COUNT = 6
    StatusRole = Qt.ItemDataRole.UserRole + 2

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("VerificationModel", "Item"),
            QCoreApplication.translate("VerificationModel", "Mentor"),
            QCoreApplication.translate("VerificationModel", "Sleutel"),
            QCoreApplication.translate("VerificationModel", "Code"),
            QCoreApplication.translate("VerificationModel", "Status"),
            QCoreApplication.translate("VerificationModel", "Mentorkaart"),
        )

    def cell(self, row: VerificationRow, column: int, role: int) -> Any:
        if role == self.StatusRole:
            return row.status
        if role == Qt.ItemDataRole.DisplayRole:
            mentor = row.mentor
            if not row.name_confirmed and row.fingerprint:
                mentor = QCoreApplication.translate(
                    "VerificationModel", "{0} (naam niet bevestigd)"
                ).format(row.mentor)
            status = status_text(row.status, row.decision)
            if row.decision == "refuse" and row.comment:
                status = f"{status}: {row.comment}"
            return (
                row.label,
                mentor,
                row.fingerprint,
                row.code,
                status,
                card_text(row.school_fingerprint) if row.fingerprint else "",
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.COL_ITEM, self.COL_CARD):
            return (
                row.label
                if column == self.COL_ITEM
                else self.cell(row, column, Qt.ItemDataRole.DisplayRole)
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_STATUS:
            if row.decision == "refuse":
                return self.cell(row, column, Qt.ItemDataRole.DisplayRole)
            return {
                "valid": QCoreApplication.translate(
                    "VerificationModel", "De handtekening klopt met het item zoals het nu is."
                ),
                "changed": QCoreApplication.translate(
                    "VerificationModel",
                    "De handtekening is echt, maar het item is na de aftekening gewijzigd of "
                    "verwijderd.",
                ),
                "invalid": QCoreApplication.translate(
                    "VerificationModel", "De handtekening klopt niet (vervalst of beschadigd)."
                ),
                "unsigned": QCoreApplication.translate(
                    "VerificationModel",
                    "Een aftekening zonder handtekening: ze telt voor geen enkele regel.",
                ),
                "history": QCoreApplication.translate(
                    "VerificationModel",
                    "Over een eerdere versie van het item; een latere beslissing vervangt ze.",
                ),
            }.get(row.status)
        return None


def verification_rows(verifications: Any) -> list[VerificationRow]:
    return [
        VerificationRow(
            id=str(v.signoff_id),
            label=str(v.label),
            mentor=str(v.mentor_name),
            fingerprint=str(v.fingerprint),
            code=str(v.code),
            status=str(v.status),
            school_fingerprint=v.card.school_fingerprint if v.card is not None else "",
            name_confirmed=bool(v.name_confirmed),
            decision=str(v.decision),
            comment=str(v.comment),
        )
        for v in verifications
    ]


class VerificationDialog(QDialog):
    """Every signature of the portfolio with its status: read-only."""

    def __init__(self, rows: list[VerificationRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Handtekeningen controleren"))
        counts = {
            s: sum(1 for r in rows if r.status == s)
            for s in ("valid", "changed", "invalid", "unsigned")
        }
        if not rows:
            summary = self.tr("Er zijn nog geen handtekeningen in dit portfolio.")
        else:
            summary = self.tr(
                "{0} geldig, {1} gewijzigd na aftekening, {2} ongeldig, {3} zonder handtekening."
            ).format(counts["valid"], counts["changed"], counts["invalid"], counts["unsigned"])
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        explain = QLabel(
            self.tr(
                "Dit zijn feiten, geen oordeel van de school. Een school bevestigt een mentor "
                "door diens mentorkaart met de schoolsleutel te ondertekenen. Of die sleutel "
                "echt van je school is, gaat wie je portfolio ontvangt zelf na met de "
                "vingerafdruk van de school (stageportfolio verify BESTAND --trust SCHOOL.pub)."
            )
        )
        explain.setTextFormat(Qt.TextFormat.PlainText)
        explain.setWordWrap(True)
        self.model = VerificationModel(self)
        self.model.set_rows(rows)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Handtekeningen"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VerificationModel.COL_ITEM, QHeaderView.ResizeMode.Stretch)
        # The card column holds a sentence: a fixed width, the whole text in the tooltip.
        for column, width in (
            (VerificationModel.COL_STATUS, 180),
            (VerificationModel.COL_CARD, 220),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(explain)
        layout.addWidget(buttons)
        # Wide enough that the item column reads; never wider than the screen.
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(min(1160, screen.width() - 40) if screen else 980, 460)


# -- the actions ------------------------------------------------------------------------------


def _guard(window: QWidget, title: str, work: Callable[[], Any]) -> Any:
    """Run ``work``; an error the services raise becomes a clear message."""
    try:
        return work()
    except (ServiceError, StoreError, ValueError, LookupError, OSError) as exc:
        QMessageBox.warning(window, title, str(exc) or exc.__class__.__name__)
    return None


def sign_on_the_spot(window: Any) -> QDialog | None:
    """Open the sign-off dialog; after each signing the sections refresh."""
    from stageportfolio.ui.dialogs.signoff_dialog import SignOffDialog

    title = QCoreApplication.translate("SigningActions", "Aftekenen door de mentor")
    signoffs = _guard(window, title, lambda: signoff_service(window.service))
    if signoffs is None:
        return None
    if not window.service.mentors():
        QMessageBox.information(
            window,
            title,
            QCoreApplication.translate(
                "SigningActions", "Voeg eerst een mentor toe bij Stageplaatsen."
            ),
        )
        return None
    dialog = SignOffDialog(window.service, signoffs, window)
    dialog.signed.connect(lambda _count: window.refresh_all())
    dialog.exec()
    return dialog


def paper_sheet(window: Any) -> QDialog | None:
    """Aftekenen > Papieren aftekenblad…"""
    from stageportfolio.ui.dialogs.paper_dialog import PaperDialog

    dialog = PaperDialog(window.service, window)
    dialog.signed.connect(lambda _count: window.refresh_all())
    dialog.exec()
    return dialog


def _safe_name(text: str) -> str:
    return re.sub(r"[^\w.-]+", "_", text).strip("_") or "portfolio"


def _choose_mentor(window: Any, title: str) -> tuple[bool, str | None]:
    """(chosen, mentor id or None for every mentor)."""
    mentors = window.service.mentors()
    if len(mentors) <= 1:
        return True, mentors[0].id if mentors else None
    names = [m.name for m in mentors]
    every = QCoreApplication.translate("SigningActions", "Alle mentors")
    choice, ok = QInputDialog.getItem(
        window,
        title,
        QCoreApplication.translate("SigningActions", "Voor welke mentor is het verzoek?"),
        [*names, every],
        0,
        False,
    )
    if not ok:
        return False, None
    return True, None if choice == every else mentors[names.index(choice)].id


def export_request(window: Any) -> Path | None:
    title = QCoreApplication.translate("SigningActions", "Aftekenverzoek maken")
    signoffs = _guard(window, title, lambda: signoff_service(window.service))
    if signoffs is None:
        return None
    chosen, mentor_id = _choose_mentor(window, title)
    if not chosen:
        return None
    suggested = str(Path.home() / f"{_safe_name(window.service.info.name)}.aftekenverzoek")
    path, _ = QFileDialog.getSaveFileName(
        window,
        title,
        suggested,
        QCoreApplication.translate("SigningActions", "Aftekenverzoek (*.aftekenverzoek)"),
    )
    if not path:
        return None
    target = with_extension(Path(path), SIGNOFF_REQUEST)
    refused = own_data_problem(target)
    if refused:
        QMessageBox.warning(window, title, refused)
        return None
    done = _guard(
        window, title, lambda: signoffs.export_request(target, mentor_id=mentor_id) or True
    )
    if done is None:
        return None
    QMessageBox.information(
        window,
        title,
        QCoreApplication.translate(
            "SigningActions",
            "Het aftekenverzoek staat in {0}. Bezorg dit bestand aan je mentor (bv. via e-mail "
            "of een USB-stick). De mentor opent het in Stageportfolio en stuurt een "
            "aftekening terug.",
        ).format(target),
    )
    return target


class SigningCounts(QObject):
    """The counted messages of the signing actions, with Qt's %n plural forms (Dutch forms in
    stageportfolio_nl.ts, English in _en.ts). They are methods because pyside6-lupdate marks
    only ``self.tr(text, "", n)`` as a plural, not ``QCoreApplication.translate(..., n)``."""

    def added(self, n: int) -> str:
        return self.tr("%n aftekening(en) toegevoegd.", "", n)

    def disagreed(self, n: int) -> str:
        return self.tr(
            "Bij %n daarvan is de mentor niet akkoord; de reden staat bij het item. Pas het aan "
            "en vraag opnieuw om aftekening.",
            "",
            n,
        )

    def already(self, n: int) -> str:
        return self.tr("%n stond(en) er al in en werd(en) overgeslagen.", "", n)

    def mentor_cards(self, n: int) -> str:
        return self.tr(
            "%n bevestigde mentorkaart(en) toegevoegd. Ze gaan mee in je archief en je PDF.",
            "",
            n,
        )


def import_response(window: Any, path: Path | None = None) -> Any:
    """Read a mentor's answer: ``path`` (a double-clicked file) or one the user picks."""
    title = QCoreApplication.translate("SigningActions", "Aftekening inlezen")
    signoffs = _guard(window, title, lambda: signoff_service(window.service))
    if signoffs is None:
        return None
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            window,
            title,
            str(Path.home()),
            QCoreApplication.translate(
                "SigningActions",
                "Aftekening (*.aftekening *.aftekening.json);;JSON-bestanden (*.json)",
            ),
        )
        if not chosen:
            return None
        path = Path(chosen)
    summary = _guard(window, title, lambda: signoffs.import_response(Path(path)))
    if summary is None:
        return None
    refused = summary.refused
    counts = SigningCounts()
    text = counts.added(summary.added)
    if summary.disagreed:
        text += " " + counts.disagreed(summary.disagreed)
    already = summary.already
    if already:
        text += " " + counts.already(already)
    if refused:
        text += "\n\n" + QCoreApplication.translate(
            "SigningActions", "Niet toegevoegd ({0}):"
        ).format(len(refused))
        text += "\n" + "\n".join(f"• {reason}" for reason in refused)
    window.refresh_all()
    if refused:
        QMessageBox.warning(window, title, text)
    else:
        QMessageBox.information(window, title, text)
    return summary


def import_mentor_cards(window: Any, paths: list[Path] | None = None) -> int | None:
    """Add mentor cards the school vouched for: ``paths`` (a double-clicked file) or the ones
    the user picks."""
    title = QCoreApplication.translate("SigningActions", "Bevestigde mentorkaarten toevoegen")
    signoffs = _guard(window, title, lambda: signoff_service(window.service))
    if signoffs is None:
        return None
    if paths is None:
        chosen, _ = QFileDialog.getOpenFileNames(
            window,
            title,
            str(Path.home()),
            QCoreApplication.translate(
                "SigningActions",
                "Mentorkaarten (*.mentorkaart *.mentorkaart.json);;JSON-bestanden (*.json)",
            ),
        )
        if not chosen:
            return None
        paths = [Path(p) for p in chosen]
    total = 0
    for path in paths:
        count = _guard(window, title, partial(signoffs.import_mentor_cards, Path(path)))
        if count is None:
            return None
        total += int(count)
    window.refresh_all()
    QMessageBox.information(
        window,
        title,
        SigningCounts().mentor_cards(total),
    )
    return total


def check_signatures(window: Any) -> QDialog | None:
    title = QCoreApplication.translate("SigningActions", "Handtekeningen controleren")
    signoffs = _guard(window, title, lambda: signoff_service(window.service))
    if signoffs is None:
        return None
    verifications = _guard(window, title, signoffs.verify_all)
    if verifications is None:
        return None
    dialog = VerificationDialog(verification_rows(verifications), window)
    dialog.exec()
    return dialog


def add_signing_menu(window: QMainWindow, before: QAction | None = None) -> QMenu:
    """Add the "Aftekenen" menu to ``window``'s menu bar (before ``before`` when given)."""
    menu = QMenu(QCoreApplication.translate("SigningActions", "&Aftekenen"), window)
    menu.setObjectName("signingMenu")
    for text, slot in (
        (
            QCoreApplication.translate("SigningActions", "Aftekenen door de &mentor…"),
            sign_on_the_spot,
        ),
        (QCoreApplication.translate("SigningActions", "&Aftekenverzoek maken…"), export_request),
        (QCoreApplication.translate("SigningActions", "Aftekening &inlezen…"), import_response),
        (QCoreApplication.translate("SigningActions", "&Papieren aftekenblad…"), paper_sheet),
        (None, None),
        (
            QCoreApplication.translate("SigningActions", "Handtekeningen &controleren…"),
            check_signatures,
        ),
        (
            QCoreApplication.translate("SigningActions", "Bevestigde mentor&kaarten toevoegen…"),
            import_mentor_cards,
        ),
    ):
        if text is None or slot is None:
            menu.addSeparator()
            continue
        action = QAction(text, window)
        action.triggered.connect(lambda _=False, run=slot: run(window))
        menu.addAction(action)
    bar = window.menuBar()
    if before is not None:
        bar.insertMenu(before, menu)
    else:
        bar.addMenu(menu)
    return menu
