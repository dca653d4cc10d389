"""Add or edit a mentor: name (required), organisation, sector and e-mail."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from stageportfolio.core.mentorload import MAX_LEARNERS
from stageportfolio.services.portfolio import MentorInfo

SOCIAL_PROFIT = "social_profit"
LOCAL_GOVERNMENT = "local_government"


class MentorDialog(QDialog):
    """Only collects the values; the caller saves them through the service."""

    def __init__(self, mentor: MentorInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mentor = mentor
        self.setWindowTitle(self.tr("Mentor bewerken") if mentor else self.tr("Nieuwe mentor"))

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Naam van de mentor (verplicht)"))
        self.name.setPlaceholderText(self.tr("bv. An Peeters"))
        self.organisation = QLineEdit()
        self.organisation.setAccessibleName(self.tr("Organisatie van de mentor"))
        self.email = QLineEdit()
        self.email.setAccessibleName(self.tr("E-mailadres van de mentor"))
        self.email.setPlaceholderText(self.tr("naam@organisatie.be (mag leeg blijven)"))
        # The whole hint shows, in every language ("(may stay empty)" was cut in English).
        self.email.setMinimumWidth(
            self.email.fontMetrics().horizontalAdvance(self.email.placeholderText()) + 24
        )

        limits = self.tr(
            "Een mentor mag tegelijk hoogstens {0} leerlingen begeleiden in de social profit "
            "en hoogstens {1} bij een lokaal bestuur."
        ).format(MAX_LEARNERS[SOCIAL_PROFIT], MAX_LEARNERS[LOCAL_GOVERNMENT])
        self.social_profit = QRadioButton(self.tr("Social profit"))
        self.local_government = QRadioButton(self.tr("Lokaal bestuur"))
        self.sector_group = QButtonGroup(self)
        sector_row = QHBoxLayout()
        for button in (self.social_profit, self.local_government):
            button.setToolTip(limits)
            button.setAccessibleDescription(limits)
            self.sector_group.addButton(button)
            sector_row.addWidget(button)
        sector_row.addStretch(1)
        sector_label = QLabel(self.tr("Sector ℹ"))
        sector_label.setToolTip(limits)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Melding"))

        form = QFormLayout()
        name_label = QLabel(self.tr("&Naam *"))
        name_label.setBuddy(self.name)
        form.addRow(name_label, self.name)
        org_label = QLabel(self.tr("&Organisatie"))
        org_label.setBuddy(self.organisation)
        form.addRow(org_label, self.organisation)
        form.addRow(sector_label, sector_row)
        email_label = QLabel(self.tr("&E-mail"))
        email_label.setBuddy(self.email)
        form.addRow(email_label, self.email)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        if mentor is not None:
            self.name.setText(mentor.name)
            self.organisation.setText(mentor.organisation)
            self.email.setText(mentor.email)
        sector = mentor.sector if mentor is not None else SOCIAL_PROFIT
        (self.local_government if sector == LOCAL_GOVERNMENT else self.social_profit).setChecked(
            True
        )
        self.setTabOrder(self.name, self.organisation)
        self.setTabOrder(self.organisation, self.social_profit)
        self.setTabOrder(self.social_profit, self.local_government)
        self.setTabOrder(self.local_government, self.email)
        self.name.textChanged.connect(self._validate)
        self.email.textChanged.connect(self._validate)
        self._validate()

    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def problems(self, *, include_empty_name: bool = True) -> list[str]:
        out = []
        if include_empty_name and not self.name.text().strip():
            out.append(self.tr("Vul de naam van de mentor in."))
        email = self.email.text().strip()
        if email and ("@" not in email or email.startswith("@") or email.endswith("@")):
            out.append(self.tr("Het e-mailadres lijkt niet juist (er ontbreekt iets rond de @)."))
        return out

    def _validate(self) -> None:
        self.save_button().setEnabled(not self.problems())
        # An empty name is not shown as an error: the * already says it is needed.
        shown = self.problems(include_empty_name=False)
        self.message.setText("\n".join("⚠ " + p for p in shown))
        self.message.setVisible(bool(shown))

    def accept(self) -> None:
        if self.problems():
            return
        super().accept()

    def values(self) -> dict[str, str]:
        return {
            "name": self.name.text().strip(),
            "organisation": self.organisation.text().strip(),
            "sector": LOCAL_GOVERNMENT if self.local_government.isChecked() else SOCIAL_PROFIT,
            "email": self.email.text().strip(),
        }
