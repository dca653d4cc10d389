"""Aftekenen > Papieren aftekenblad…: print a week's sign-off sheet, and read a signed one back
(the scan as evidence, the code typed or read from the scan's QR code).

A paper sign-off is weaker than a key or an eID; the dialog says so where it is made."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stageportfolio.fileio import write_atomically
from stageportfolio.services.paper_signoff import PaperCodeError, PaperError, PaperService


class PaperDialog(QDialog):
    signed = Signal(int)

    def __init__(self, service: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Papieren aftekenblad"))
        self.service = service
        self.papers = PaperService(service)
        self.scan: Path | None = None

        intro = QLabel(
            self.tr(
                "Voor een mentor die niets kan installeren: druk het blad van een week af, laat "
                "het tekenen, scan het en lees het hier in. Een papieren aftekening is zwakker "
                "dan een sleutel of een eID: de app kan een handtekening op papier niet "
                "nakijken, en dat staat overal waar ze getoond wordt."
            )
        )
        intro.setWordWrap(True)

        # -- print ------------------------------------------------------------------------------
        self.week = QComboBox()
        self.week.setAccessibleName(self.tr("Week"))
        for week in reversed(self.papers.weeks_with_hours()):
            self.week.addItem(week, week)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Taal van het blad"))
        for code, name in (("nl", "Nederlands"), ("fr", "Français"), ("en", "English")):
            self.language.addItem(name, code)
        self.mentor = QComboBox()
        self.mentor.setAccessibleName(self.tr("Mentor"))
        self.mentor.addItem(self.tr("Alle uren van de week"), None)
        for mentor in service.mentors():
            self.mentor.addItem(mentor.name, mentor.name)
        self.code_label = QLabel()
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("Blad &opslaan als PDF…"))
        self.save_button.clicked.connect(self.save_sheet)
        print_box = QGroupBox(self.tr("1. Aftekenblad afdrukken"))
        form = QFormLayout(print_box)
        form.addRow(self.tr("&Week"), self.week)
        form.addRow(self.tr("&Taal"), self.language)
        form.addRow(self.tr("&Mentor"), self.mentor)
        form.addRow(self.tr("Code"), self.code_label)
        form.addRow("", self.save_button)

        # -- read back --------------------------------------------------------------------------
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Code van het getekende blad"))
        self.code.setPlaceholderText(self.tr("bv. 7KQ2-M9XD-4 (leeg: uit de QR-code van de scan)"))
        self.scan_label = QLabel(self.tr("geen scan gekozen"))
        self.scan_button = QPushButton(self.tr("&Scan kiezen…"))
        self.scan_button.clicked.connect(self.choose_scan)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_label, 1)
        scan_row.addWidget(self.scan_button)
        self.register_button = QPushButton(self.tr("Getekend blad &inlezen"))
        self.register_button.clicked.connect(self.register)
        read_box = QGroupBox(self.tr("2. Getekend blad inlezen"))
        read_form = QFormLayout(read_box)
        read_form.addRow(self.tr("S&can"), scan_row)
        read_form.addRow(self.tr("&Code"), self.code)
        read_form.addRow("", self.register_button)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(self.tr("Melding"))
        self.message.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(print_box)
        layout.addWidget(read_box)
        layout.addWidget(self.message)
        layout.addStretch(1)  # room to spare goes below, not between the intro and the boxes
        layout.addWidget(buttons)
        self.week.currentIndexChanged.connect(self.show_code)
        self.mentor.currentIndexChanged.connect(self.show_code)
        self.show_code()
        self.resize(620, max(self.sizeHint().height(), 380))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def show_code(self) -> None:
        week = self.week.currentData()
        if week is None:
            self.code_label.setText(self.tr("geen uren om af te tekenen"))
            self.save_button.setEnabled(False)
            return
        sheet = self.papers.week_sheet(week, mentor=self.mentor.currentData())
        self.save_button.setEnabled(bool(sheet.facts))
        self.code_label.setText(
            self.tr("{0} ({1} urenregels)").format(sheet.code, len(sheet.facts))
            if sheet.facts
            else self.tr("geen uren bij deze mentor in die week")
        )

    def save_sheet(self, path: str | None = None) -> Path | None:
        week = self.week.currentData()
        if week is None:
            return None
        if not path:
            name = f"aftekenblad-{week}.pdf"
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Aftekenblad opslaan"), str(Path.home() / name), "PDF (*.pdf)"
            )
        if not path:
            return None
        try:
            data = self.papers.sheet_pdf(
                week, language=self.language.currentData(), mentor=self.mentor.currentData()
            )
            write_atomically(Path(path), data)
        except (PaperError, PaperCodeError) as exc:
            self.show_message("⚠ " + str(exc))
            return None
        except OSError as exc:
            self.show_message(self.tr("⚠ Het blad kon niet bewaard worden: {0}").format(exc))
            return None
        self.show_message(
            self.tr(
                "✓ Aftekenblad bewaard in {0}. Druk het af en laat het de mentor tekenen."
            ).format(path)
        )
        return Path(path)

    def choose_scan(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Scan van het getekende blad"), str(Path.home()),
                self.tr("Scan (*.pdf *.png *.jpg *.jpeg)"),
            )  # fmt: skip
        if path:
            self.scan = Path(path)
            self.scan_label.setText(self.scan.name)

    def register(self) -> int:
        if self.scan is None:
            self.show_message(self.tr("⚠ Kies eerst de scan van het getekende blad."))
            return 0
        try:
            count = self.papers.register(
                code=self.code.text().strip() or None,
                scan=self.scan,
                language=self.language.currentData(),
            )
        except (PaperError, PaperCodeError) as exc:
            self.show_message("✗ " + str(exc))
            return 0
        self.show_message(
            self.tr(
                "✓ {0} urenregel(s) afgetekend op papier; de scan staat bij de bewijsstukken. "
                "Papieren aftekening: zwakker dan een sleutel of eID."
            ).format(count)
        )
        self.signed.emit(count)
        self.show_code()
        return count
