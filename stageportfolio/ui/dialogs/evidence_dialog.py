"""Describe an evidence file and link it to competences of the portfolio's list.

The competences are a checklist grouped per BK, with a filter field ("C11", "hygiëne", ...).
Below it, when the list's BKs ask attestations (an uittreksel uit het strafregister, ...), a
second checklist links the file to those. Only collects the values; the caller saves them
through the service.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypedDict

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stageportfolio.core.catalog import ActivityList
from stageportfolio.ui.widgets.privacy import PrivacyWarning

IdRole = Qt.ItemDataRole.UserRole + 1


def competence_code(nr: int) -> str:
    return f"C{nr}"


class EvidenceValues(TypedDict):
    description: str
    links: list[str]  # competence and attestation ids


class EvidenceDialog(QDialog):
    def __init__(
        self,
        alist: ActivityList,
        *,
        file_name: str,
        description: str = "",
        links: Iterable[str] = (),
        position: tuple[int, int] | None = None,
        editing: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Bewijsstuk beschrijven") if editing else self.tr("Bewijsstuk toevoegen")
        )
        heading = self.tr("Bestand: {0}").format(file_name)
        if position is not None and position[1] > 1:
            heading += "  " + self.tr("({0} van {1})").format(*position)
        self.file_label = QLabel(heading)
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setAccessibleName(self.tr("Beschrijving"))
        self.description.setPlaceholderText(
            self.tr("Wat toont dit stuk? bv. Attest van de opleiding tiltechnieken, 2024")
        )
        self.description.setPlainText(description)
        lines = self.fontMetrics().lineSpacing()
        self.description.setMinimumHeight(lines * 3)
        self.description.setMaximumHeight(lines * 6)
        description_label = QLabel(self.tr("&Beschrijving"))
        description_label.setBuddy(self.description)
        self.privacy = PrivacyWarning()
        self.description.textChanged.connect(
            lambda: self.privacy.check(self.description.toPlainText())
        )
        self.privacy.check(description)

        self.filter = QLineEdit()
        self.filter.setAccessibleName(self.tr("Competenties filteren"))
        self.filter.setPlaceholderText(self.tr("Zoek een competentie: nummer (C11) of woord"))
        self.filter.setClearButtonEnabled(True)
        filter_label = QLabel(self.tr("Koppel aan &competenties:"))
        filter_label.setBuddy(self.filter)

        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Competenties om aan te vinken"))
        self.tree.setUniformRowHeights(True)
        self.items: dict[str, QTreeWidgetItem] = {}
        wanted = set(links)
        attestations = alist.attestations()
        known = set(alist.competence_ids()) | {item.id for item in attestations}
        self._other_links = [link for link in links if link not in known]
        groups: dict[str, QTreeWidgetItem] = {}
        for bk, comp in alist.competences():
            group = groups.get(bk.code)
            if group is None:
                group = QTreeWidgetItem(self.tree, [f"{bk.code} {bk.title}"])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setExpanded(True)
                groups[bk.code] = group
            item = QTreeWidgetItem(group, [f"{competence_code(comp.nr)}  {comp.title}"])
            item.setData(0, IdRole, comp.id)
            item.setToolTip(0, comp.title)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            checked = comp.id in wanted
            item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.items.setdefault(comp.id, item)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Aantal gekoppelde competenties"))

        # The attestations the list's BKs ask: a file can be the attestation itself.
        self.attest_list = QListWidget()
        self.attest_list.setAccessibleName(self.tr("Attesten om aan te vinken"))
        self.attest_items: dict[str, QListWidgetItem] = {}
        for attestation in attestations:
            entry = QListWidgetItem(attestation.text, self.attest_list)
            entry.setData(IdRole, attestation.id)
            entry.setToolTip(attestation.regulation or attestation.text)
            entry.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            checked = attestation.id in wanted
            entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.attest_items[attestation.id] = entry
        rows = max(1, min(len(attestations), 5))
        self.attest_list.setFixedHeight(
            self.attest_list.sizeHintForRow(0) * rows + 2 * self.attest_list.frameWidth() + 4
        )
        attest_label = QLabel(self.tr("Is dit bestand een van deze &attesten?"))
        attest_label.setBuddy(self.attest_list)
        attest_label.setWordWrap(True)
        for widget in (attest_label, self.attest_list):
            widget.setVisible(bool(attestations))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button().setText(self.tr("Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Annuleren") if editing else self.tr("Niet toevoegen")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(description_label)
        layout.addWidget(self.description)
        layout.addWidget(self.privacy)
        layout.addWidget(filter_label)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(attest_label)
        layout.addWidget(self.attest_list)
        layout.addWidget(self.buttons)
        self.resize(640, 560)

        self.filter.textChanged.connect(self.apply_filter)
        self.tree.itemChanged.connect(lambda *_: self._update_count())
        self.attest_list.itemChanged.connect(lambda *_: self._update_count())
        self._update_count()
        first = next((i for i in self.items.values() if not i.isHidden()), None)
        if first is not None:
            self.tree.setCurrentItem(first)

    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            if group is None:
                continue
            visible = 0
            for child_index in range(group.childCount()):
                child = group.child(child_index)
                if child is None:
                    continue
                code = child.text(0).split()[0].casefold()
                if not needle:
                    match = True
                elif needle.isdigit() or (needle[0] == "c" and needle[1:].isdigit()):
                    match = code == needle or code == "c" + needle  # "C1" is not "C11"
                else:
                    match = needle in child.text(0).casefold()
                child.setHidden(not match)
                visible += bool(match)
            group.setHidden(visible == 0)

    def _update_count(self) -> None:
        competences = len(self._checked_competences())
        attestations = len(self._checked_attestations())
        checked = self.tr("%n competentie(s)", "", competences)
        if attestations:
            text = self.tr("{0} en %n attest(en) aangevinkt", "", attestations).format(checked)
        else:
            text = self.tr("{0} aangevinkt").format(checked)
        self.count_label.setText(text)

    def _checked_competences(self) -> list[str]:
        return [
            comp_id
            for comp_id, item in self.items.items()
            if item.checkState(0) == Qt.CheckState.Checked
        ]

    def _checked_attestations(self) -> list[str]:
        return [
            attest_id
            for attest_id, entry in self.attest_items.items()
            if entry.checkState() == Qt.CheckState.Checked
        ]

    def links(self) -> list[str]:
        return self._checked_competences() + self._checked_attestations() + self._other_links

    def set_checked(self, competence_id: str, checked: bool = True) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if competence_id in self.attest_items:
            self.attest_items[competence_id].setCheckState(state)
        else:
            self.items[competence_id].setCheckState(0, state)

    def values(self) -> EvidenceValues:
        return EvidenceValues(
            description=self.description.toPlainText().strip(), links=self.links()
        )
