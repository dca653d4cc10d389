"""The Mentoren tab: every mentor key that signed for some student, with the students it guided
per day across the whole school, and a warning on the days with more students at once than the
sector allows (2 in the social profit, 3 in local government). Below: the mentor cards this
school vouched for, and "Mentorkaart bevestigen…"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stageportfolio.services import school_overview
from stageportfolio.services.school_mode import School
from stageportfolio.ui.widgets import ui_language

WARN = QColor("#FCE9E6")


class MentorsTab(QWidget):
    def __init__(self, school: School, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.school = school
        self.tree = QTreeWidget()
        self.tree.setObjectName("mentorLoad")
        self.tree.setAccessibleName(self.tr("Mentoren en hun leerlingen per dag"))
        self.tree.setHeaderLabels(
            [self.tr("Mentor / dag"), self.tr("Organisatie"), self.tr("Vingerafdruk"),
             self.tr("Bevestigd door de school"), self.tr("Leerlingen"),
             self.tr("Hoogstens tegelijk (toegestaan)")]
        )  # fmt: skip
        # "Bevestigd door de school" / "Vouched for by the school" fits its header.
        for column, width in enumerate((300, 200, 160, 175, 270)):
            self.tree.setColumnWidth(column, width)
        self.all_days = QCheckBox(
            self.tr("&Alle dagen tonen (anders enkel dagen met meer leerlingen)")
        )
        self.all_days.setObjectName("allDays")
        self.all_days.toggled.connect(lambda *_: self.refresh())
        self.vouch_button = QPushButton(self.tr("Mentorkaart &bevestigen…"))
        self.vouch_button.setObjectName("vouchButton")
        self.vouch_button.clicked.connect(self.vouch)
        self.register = QTreeWidget()
        self.register.setObjectName("vouchedRegister")
        self.register.setHeaderLabels(
            [self.tr("Bevestigde mentorkaart"), self.tr("Organisatie"), self.tr("Vingerafdruk"),
             self.tr("Geldig")]
        )  # fmt: skip
        self.register.setColumnWidth(0, 320)
        self.register.setColumnWidth(1, 200)
        self.register.setColumnWidth(2, 170)
        self.register.setMaximumHeight(180)
        top = QHBoxLayout()
        top.addWidget(self.all_days)
        top.addStretch(1)
        top.addWidget(self.vouch_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(QLabel(self.tr("Mentorkaarten die deze school bevestigde:")))
        layout.addWidget(self.register)

    def refresh(self) -> None:
        self.tree.clear()
        everything = self.all_days.isChecked()
        for load in school_overview.mentor_load(self.school):
            name = (
                load.name
                if load.trusted
                else self.tr("{0} (naam niet bevestigd)").format(load.name)
            )
            item = QTreeWidgetItem(
                [name, load.organisation, load.fingerprint,
                 self.tr("ja") if load.trusted else self.tr("nee"), str(load.students),
                 f"{load.most} ({load.allowed})"]
            )  # fmt: skip
            over = load.over_days
            if over:
                text = self.tr("⚠ {0}: %n dag(en) met te veel leerlingen", "", len(over)).format(
                    name
                )
                item.setText(0, text)
                item.setToolTip(0, text)
                for column in range(self.tree.columnCount()):
                    item.setBackground(column, QBrush(WARN))
            for day in load.days:
                if not everything and len(day.students) < 2:
                    continue
                child = QTreeWidgetItem(
                    [f"{day.day:%d/%m/%Y}", "", "", "", ", ".join(day.students),
                     f"{len(day.students)} ({day.allowed})"]
                )  # fmt: skip
                if day.over:
                    child.setToolTip(
                        4,
                        self.tr("Meer dan {0} leerlingen tegelijk bij deze mentor").format(
                            day.allowed
                        ),
                    )
                    for column in range(self.tree.columnCount()):
                        child.setBackground(column, QBrush(WARN))
                item.addChild(child)
            self.tree.addTopLevelItem(item)
            item.setExpanded(bool(over))
        self.register.clear()
        for card in school_overview.vouched_register(self.school):
            self.register.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        card.name,
                        card.organisation,
                        card.fingerprint,
                        f"{card.valid_from:%d/%m/%Y} – {card.valid_until:%d/%m/%Y}",
                    ]
                )
            )

    def vouch(self) -> None:
        dialog = VouchDialog(self.school, self)
        dialog.accepted.connect(self._vouched)
        self.vouch_dialog = dialog
        dialog.open()

    def _vouched(self) -> None:
        self.refresh()
        window = self.window()
        written = self.vouch_dialog.written
        if written is not None and hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                self.tr("Bevestigde mentorkaart geschreven naar {0}; geef ze aan de leerlingen "
                        "van deze mentor.").format(written),
                20000,
            )  # fmt: skip


class VouchDialog(QDialog):
    """Vouch for a mentor card once the mentor read its fingerprint out (docs/signing.md:
    "How a coordinator checks where a card came from")."""

    def __init__(
        self, school: School, parent: QWidget | None = None, card: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.school = school
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Mentorkaart bevestigen"))
        self.card_edit = QLineEdit(str(card) if card else "")
        self.card_edit.setObjectName("cardFile")
        browse = QPushButton(self.tr("&Kiezen…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.card_edit, 1)
        row.addWidget(browse)
        self.fingerprint_edit = QLineEdit()
        self.fingerprint_edit.setObjectName("heardFingerprint")
        self.fingerprint_edit.setPlaceholderText("3F7A-91C2-0B4E-D5A8")
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("schoolPassphrase")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        help_text = QLabel(
            self.tr(
                "Bel de mentor via het nummer van de stageplaats (niet via de leerling) en laat "
                "de mentor de vingerafdruk voorlezen uit de eigen app. Typ wat je hoort; lees "
                "hem niet zelf voor."
            )
        )
        help_text.setWordWrap(True)
        form = QFormLayout()
        # A row of two widgets gets no buddy from the form: the label names its field itself
        # (else Alt+M does nothing and the "&" shows).
        card_label = QLabel(self.tr("&Mentorkaart:"))
        card_label.setBuddy(self.card_edit)
        form.addRow(card_label, row)
        form.addRow(self.tr("&Vingerafdruk die de mentor voorlas:"), self.fingerprint_edit)
        form.addRow(self.tr("&Wachtzin van de school:"), self.passphrase_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(help_text)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Mentorkaart"), "", self.tr("Mentorkaarten (*.json)")
        )
        if name:
            self.card_edit.setText(name)

    def accept(self) -> None:
        from stageportfolio.core.signing import SealedKeyError
        from stageportfolio.services.school import SchoolError

        try:
            self.written = school_overview.vouch_card_file(
                self.school,
                Path(self.card_edit.text().strip()),
                self.passphrase_edit.text(),
                checked_fingerprint=self.fingerprint_edit.text().strip(),
            )
        except (SchoolError, SealedKeyError, ValueError) as exc:
            en = getattr(exc, "en", None) if ui_language() == "en" else None
            QMessageBox.warning(self, self.windowTitle(), en or str(exc))
            return
        super().accept()
