"""Bestand > Studierichting wijzigen…: choose another list for the portfolio, see what changes,
then confirm. What a change does is ``PortfolioService.list_change`` / ``change_list``: hours,
placements, proposals, evidence and sign-offs stay; the verdict follows the new list.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from stageportfolio.core.messages import verdict
from stageportfolio.core.rules import Evaluation
from stageportfolio.services.portfolio import ListChange, PortfolioService
from stageportfolio.ui.widgets import list_title, ui_language
from stageportfolio.ui.wizard import LIST_ID_ROLE, fill_lists


class ListChangeDialog(QDialog):
    """Choose the new list; :meth:`chosen` gives its id after ``accepted``."""

    def __init__(self, service: PortfolioService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        evc = service.alist.spec.kind == "evc"
        self.setWindowTitle(
            self.tr("Beroepskwalificatie wijzigen") if evc else self.tr("Studierichting wijzigen")
        )
        intro = QLabel(
            self.tr(
                "Je portfolio volgt nu {0}. Kies een andere lijst als je van studierichting "
                "veranderde. Je uren, stageplaatsen, activiteiten, bewijsstukken en "
                "aftekeningen blijven bewaard; de regels en activiteiten van de nieuwe lijst "
                "gelden vanaf dan. Je ziet eerst wat er verandert."
            ).format(list_title(service.alist.spec.title, service.alist.spec.title_en))
        )
        intro.setWordWrap(True)
        self.lists = QListWidget()
        self.lists.setAccessibleName(
            self.tr("Beroepskwalificatie") if evc else self.tr("Studierichting")
        )
        label = QLabel(self.tr("&Beroepskwalificatie:") if evc else self.tr("&Studierichting:"))
        label.setBuddy(self.lists)
        fill_lists(
            self.lists,
            service.catalog,
            service.alist.spec.kind,
            ui_language(),
            service.alist.id,
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Verder…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.lists.currentItemChanged.connect(lambda *_: self._update())
        self.lists.itemDoubleClicked.connect(lambda *_: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.lists, 1)
        layout.addWidget(self.buttons)
        # Wide enough for the longest list name (never wider than the screen).
        wanted = max(
            self.fontMetrics().averageCharWidth() * 70,
            self.lists.sizeHintForColumn(0) + 4 * self.lists.frameWidth() + 40,
        )
        room = self.screen().availableGeometry().width() - 40
        self.resize(min(wanted, room), self.sizeHint().height())
        self._update()
        self.lists.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> str | None:
        item = self.lists.currentItem()
        return None if item is None else str(item.data(LIST_ID_ROLE))

    def _update(self) -> None:
        self.ok_button.setEnabled(self.chosen() not in (None, self.service.alist.id))


def change_summary(change: ListChange) -> str:
    """The warning before the change: what the verdict becomes, what stays, what stops counting."""
    lang = ui_language()

    def state(evaluation: Evaluation) -> str:
        blocking = {basis: len(found) for basis, found in evaluation.blocking().items()}
        if not blocking:
            return QCoreApplication.translate("ListChangeDialog", "alle verplichte regels voldaan")
        text = verdict(blocking, lang).rstrip(".")
        return text[:1].lower() + text[1:]

    lines = [
        QCoreApplication.translate(
            "ListChangeDialog", "Je portfolio gaat naar {0} (versie {1})."
        ).format(
            list_title(change.alist.spec.title, change.alist.spec.title_en), change.alist.version
        ),
        QCoreApplication.translate("ListChangeDialog", "Nu: {0}. Met de nieuwe lijst: {1}.").format(
            state(change.before), state(change.after)
        ),
        QCoreApplication.translate(
            "ListChangeDialog",
            "Je uren, stageplaatsen, bewijsstukken en alle aftekeningen blijven bewaard.",
        ),
    ]
    if change.records_off_list:
        lines.append(
            QCoreApplication.translate(
                "ListChangeDialog",
                "{0} van je {1} voorstellen horen bij activiteiten die de nieuwe lijst niet "
                "heeft: ze blijven bewaard, maar tellen niet mee.",
            ).format(change.records_off_list, change.records)
        )
    lines.append(QCoreApplication.translate("ListChangeDialog", "Toch wijzigen?"))
    return "\n\n".join(lines)


__all__ = ["ListChangeDialog", "change_summary"]
