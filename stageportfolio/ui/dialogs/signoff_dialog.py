"""Sign-off on the spot: the mentor signs hours and activities on the student's laptop.

The mentor picks their name, ticks what they agree with (an activity's level can be corrected,
a comment added) or marks "niet akkoord" with a reason, and types their passphrase. The first
time, the mentor chooses a passphrase (judged by strength) and a key is made for them; the key
is kept sealed under that passphrase, so the student cannot sign without it. The dialog then
shows the key's fingerprint for the mentor to note and offers the mentor card for the school:
until a school vouches for that card, the key stays "niet bevestigd". The passphrase is only
handed to the sign-off service and never stored or shown.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from stageportfolio.core.hours import format_hours
from stageportfolio.core.signing import WeakPassphraseError, WrongPassphraseError
from stageportfolio.fileio import write_atomically
from stageportfolio.services.portfolio import PortfolioService
from stageportfolio.services.signoffs import Decision


@dataclass
class _Row:
    """The controls of one pending item."""

    item: Any  # a PendingItem
    approve: QCheckBox
    level: QComboBox | None
    comment: QLineEdit
    refuse: QCheckBox | None = None


class SignOffDialog(QDialog):
    """``signed(count)`` is emitted after the mentor signed ``count`` items."""

    signed = Signal(int)

    def __init__(
        self, service: PortfolioService, signoffs: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.signoffs = signoffs
        self.rows: list[_Row] = []
        self.setWindowTitle(self.tr("Aftekenen door de mentor"))

        intro = QLabel(
            self.tr(
                "De mentor kiest zijn of haar naam, vinkt aan waarmee hij of zij akkoord gaat "
                "(of ‘niet akkoord’, met een reden) en tekent af met de eigen wachtzin."
            )
        )
        intro.setWordWrap(True)

        self.mentor = QComboBox()
        self.mentor.setAccessibleName(self.tr("Mentor die aftekent"))
        for mentor in service.mentors():
            text = mentor.name + (f" ({mentor.organisation})" if mentor.organisation else "")
            self.mentor.addItem(text, mentor.id)
        mentor_label = QLabel(self.tr("&Mentor"))
        mentor_label.setBuddy(self.mentor)
        mentor_row = QHBoxLayout()
        mentor_row.addWidget(mentor_label)
        mentor_row.addWidget(self.mentor, 1)

        # -- the pending items -------------------------------------------------------------
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        self.all_button = QPushButton(self.tr("&Alles aanvinken"))
        self.all_button.setAccessibleName(self.tr("Alle items aanvinken"))
        self.all_button.setAutoDefault(False)  # Enter always means "Aftekenen"
        self.all_button.clicked.connect(self._tick_all)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count_label, 1)
        count_row.addWidget(self.all_button)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._new_grid()

        # -- the passphrase ------------------------------------------------------------------
        self.new_key_box = QGroupBox(self.tr("Eerste keer voor deze mentor"))
        new_text = QLabel(
            self.tr(
                "Nieuwe mentorsleutel: kies een wachtzin van een paar gewone woorden die niet "
                "bij elkaar horen, en herhaal ze. Een korte of bekende wachtzin wordt geweigerd."
            )
        )
        new_text.setWordWrap(True)
        self.new_passphrase = QLineEdit()
        self.new_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_passphrase.setAccessibleName(self.tr("Nieuwe wachtzin"))
        self.repeat_passphrase = QLineEdit()
        self.repeat_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_passphrase.setAccessibleName(self.tr("Nieuwe wachtzin herhalen"))
        new_form = QFormLayout()
        new_label = QLabel(self.tr("&Nieuwe wachtzin"))
        new_label.setBuddy(self.new_passphrase)
        repeat_label = QLabel(self.tr("&Herhaal de wachtzin"))
        repeat_label.setBuddy(self.repeat_passphrase)
        new_form.addRow(new_label, self.new_passphrase)
        new_form.addRow(repeat_label, self.repeat_passphrase)
        new_layout = QVBoxLayout(self.new_key_box)
        new_layout.addWidget(new_text)
        new_layout.addLayout(new_form)

        self.passphrase_row = QWidget()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Wachtzin van de mentor"))
        passphrase_label = QLabel(self.tr("&Wachtzin van de mentor"))
        passphrase_label.setBuddy(self.passphrase)
        row = QHBoxLayout(self.passphrase_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(passphrase_label)
        row.addWidget(self.passphrase, 1)

        explain = QLabel(
            self.tr(
                "De wachtzin verlaat dit venster nooit en wordt nergens bewaard. Zonder de "
                "wachtzin van de mentor kan de leerling niets aftekenen."
            )
        )
        explain.setWordWrap(True)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Melding"))
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setVisible(False)

        self.card_button = QPushButton(self.tr("Mentor&kaart opslaan…"))
        self.card_button.setAccessibleName(self.tr("Mentorkaart voor de school opslaan"))
        self.card_button.setAutoDefault(False)
        self.card_button.clicked.connect(self.save_card)
        self.card_button.setVisible(False)

        # -- the Belgian eID, when the middleware is installed ---------------------------------
        from stageportfolio.services.eid_signing import find_module

        self.eid_module = find_module()
        self.eid_row = QWidget()
        self.eid_pin = QLineEdit()
        self.eid_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.eid_pin.setAccessibleName(self.tr("Pincode van de eID"))
        self.eid_pin.setPlaceholderText(self.tr("leeg laten: de eID-software vraagt ze zelf"))
        pin_label = QLabel(self.tr("eID-&pincode"))
        pin_label.setBuddy(self.eid_pin)
        self.eid_button = QPushButton(self.tr("Ondertekenen met &eID"))
        self.eid_button.setAccessibleName(
            self.tr("Ondertekenen met de eID van de mentor (gekwalificeerde handtekening)")
        )
        self.eid_button.setAutoDefault(False)
        self.eid_button.clicked.connect(self.sign_with_eid)
        eid_layout = QHBoxLayout(self.eid_row)
        eid_layout.setContentsMargins(0, 0, 0, 0)
        eid_layout.addWidget(pin_label)
        eid_layout.addWidget(self.eid_pin, 1)
        eid_layout.addWidget(self.eid_button)
        self.eid_row.setVisible(self.eid_module is not None)

        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.card_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.sign_button = self.buttons.addButton(
            self.tr("Aftekenen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_button.setAccessibleName(self.tr("Aftekenen met de wachtzin"))
        self.close_button = self.buttons.addButton(
            self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.sign_button.setDefault(True)
        self.sign_button.clicked.connect(self.sign)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(mentor_row)
        layout.addLayout(count_row)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.new_key_box)
        layout.addWidget(self.passphrase_row)
        layout.addWidget(self.eid_row)
        layout.addWidget(explain)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(820, 600)

        self.mentor.currentIndexChanged.connect(self.reload)
        self.reload()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.sign_button.setDefault(True)  # Enter in the passphrase field signs

    # -- state -----------------------------------------------------------------------------------

    def mentor_id(self) -> str | None:
        data = self.mentor.currentData()
        return None if data is None else str(data)

    def select_mentor(self, mentor_id: str) -> None:
        index = self.mentor.findData(mentor_id)
        if index >= 0:
            self.mentor.setCurrentIndex(index)

    def needs_new_key(self) -> bool:
        mentor_id = self.mentor_id()
        return mentor_id is not None and not self.signoffs.has_key(mentor_id)

    def reload(self) -> None:
        """Reread the pending items of the chosen mentor and whether they have a key."""
        self._new_grid()
        mentor_id = self.mentor_id()
        items = [] if mentor_id is None else list(self.signoffs.pending(mentor_id))
        header_font = self.font()
        header_font.setBold(True)
        for column, text in enumerate(
            (
                self.tr("Akkoord – wat"),
                self.tr("Niveau of uren"),
                self.tr("Opmerking, of reden bij niet akkoord"),
                self.tr("Niet akkoord"),
            )
        ):
            label = QLabel(text)
            label.setFont(header_font)
            self.grid.addWidget(label, 0, column)
        order: list[QWidget] = [self.mentor]
        for item in items:
            row = self._add_row(item)
            order.extend(
                w for w in (row.approve, row.level, row.comment, row.refuse) if w is not None
            )
        order.append(self.all_button)
        self.grid.setRowStretch(3 * len(items) + 1, 1)
        self.scroll_area.setWidget(self.items_widget)
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        if mentor_id is None:
            self.count_label.setText(
                self.tr("Er is nog geen mentor. Voeg eerst een mentor toe bij Stageplaatsen.")
            )
        elif not items:
            self.count_label.setText(self.tr("Niets meer af te tekenen voor deze mentor."))
        elif len(items) == 1:
            self.count_label.setText(self.tr("1 item wacht op aftekening."))
        else:
            self.count_label.setText(self.tr("{0} items wachten op aftekening.").format(len(items)))
        self.all_button.setEnabled(bool(items))
        new_key = self.needs_new_key()
        self.new_key_box.setVisible(new_key)
        self.passphrase_row.setVisible(not new_key and mentor_id is not None)
        self.sign_button.setEnabled(mentor_id is not None)
        self.card_button.setVisible(not new_key and mentor_id is not None)
        for field in (self.passphrase, self.new_passphrase, self.repeat_passphrase):
            field.clear()

    def _new_grid(self) -> None:
        """A fresh table of items, put in the scroll area (which deletes the previous one)
        by :meth:`reload` once it is filled, so every new control shows at once."""
        self.rows = []
        self.items_widget = QWidget()
        self.items_widget.setAccessibleName(self.tr("Items om af te tekenen"))
        self.grid = QGridLayout(self.items_widget)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(2, 2)

    def _add_row(self, item: Any) -> _Row:
        grid_row = 3 * len(self.rows) + 1
        # The label is built from the signed fields (date, hours, context, activity).
        label = str(item.label)
        approve = QCheckBox()
        # Long activity texts are shortened (the whole text in the tooltip and the name).
        width = approve.fontMetrics().averageCharWidth() * 70
        approve.setText(approve.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, width))
        approve.setToolTip(label)
        approve.setAccessibleName(self.tr("Akkoord: {0}").format(label))
        self.grid.addWidget(approve, grid_row, 0)
        reflection = str(getattr(item, "reflection", "") or "").strip()
        if reflection:
            shown = reflection if len(reflection) <= 300 else reflection[:297] + "…"
            what = (
                self.tr("Notitie van de leerling: {0}")
                if item.kind == "hour_entry"
                else self.tr("Reflectie: {0}")
            )
            student_text = QLabel(what.format(shown))
            student_text.setTextFormat(Qt.TextFormat.PlainText)  # the student's, never markup
            student_text.setWordWrap(True)
            student_text.setIndent(24)
            student_text.setStyleSheet("color: palette(placeholder-text);")
            self.grid.addWidget(student_text, grid_row + 1, 0, 1, 4)
        earlier = str(getattr(item, "refused_reason", "") or "")
        if earlier:
            note = QLabel(self.tr("Eerder niet akkoord: {0}").format(earlier))
            note.setTextFormat(Qt.TextFormat.PlainText)
            note.setWordWrap(True)
            note.setIndent(24)
            self.grid.addWidget(note, grid_row + 2, 0, 1, 4)
        level: QComboBox | None = None
        if item.kind == "activity_record":
            level = QComboBox()
            level.setAccessibleName(self.tr("Niveau volgens de mentor: {0}").format(label))
            for option in self.service.alist.levels:
                level.addItem(f"{option.value} – {option.label}", option.value)
            proposed = getattr(item, "proposed_level", None)
            index = level.findData(proposed)
            level.setCurrentIndex(max(index, 0))
            if proposed is not None:
                level.setToolTip(self.tr("Voorgesteld door de leerling: {0}").format(proposed))
            self.grid.addWidget(level, grid_row, 1)
        else:
            minutes = getattr(item, "minutes", None)
            text = self.tr("{0} uur").format(format_hours(minutes)) if minutes else "–"
            self.grid.addWidget(QLabel(text), grid_row, 1)
        comment = QLineEdit()
        comment.setPlaceholderText(self.tr("opmerking (mag leeg blijven)"))
        comment.setAccessibleName(self.tr("Opmerking bij {0}").format(label))
        self.grid.addWidget(comment, grid_row, 2)
        refuse = QCheckBox(self.tr("niet akkoord"))
        refuse.setAccessibleName(self.tr("Niet akkoord met {0}").format(label))
        self.grid.addWidget(refuse, grid_row, 3)
        approve.toggled.connect(lambda on: refuse.setChecked(False) if on else None)
        refuse.toggled.connect(lambda on: approve.setChecked(False) if on else None)
        refuse.toggled.connect(
            lambda on: comment.setPlaceholderText(
                self.tr("reden (verplicht)") if on else self.tr("opmerking (mag leeg blijven)")
            )
        )
        row = _Row(item, approve, level, comment, refuse)
        self.rows.append(row)
        return row

    def _tick_all(self) -> None:
        for row in self.rows:
            if row.refuse is None or not row.refuse.isChecked():
                row.approve.setChecked(True)

    def decisions(self) -> list[Decision]:
        out = []
        for row in self.rows:
            level = None
            if row.level is not None:
                level = row.level.currentData()
                level = None if level is None else int(level)
            out.append(
                Decision(
                    kind=row.item.kind,
                    id=row.item.id,
                    approve=row.approve.isChecked(),
                    level=level,
                    comment=row.comment.text().strip(),
                    refuse=row.refuse is not None and row.refuse.isChecked(),
                )
            )
        return out

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- signing ----------------------------------------------------------------------------------

    def sign(self) -> None:
        """Make the key the first time, then sign the ticked items; errors are shown inline."""
        mentor_id = self.mentor_id()
        if mentor_id is None:
            return
        decisions = self.decisions()
        approved = [d for d in decisions if d.approve or d.refuse]
        for decision, row in zip(decisions, self.rows, strict=True):
            if decision.refuse and not decision.comment:
                self.show_message(self.tr("⚠ Geef een reden bij ‘niet akkoord’."))
                row.comment.setFocus()
                return
        created = ""
        if self.needs_new_key():
            passphrase = self.new_passphrase.text()
            if passphrase != self.repeat_passphrase.text():
                self.show_message(self.tr("⚠ De twee wachtzinnen zijn niet gelijk."))
                self.repeat_passphrase.setFocus()
                self.repeat_passphrase.selectAll()
                return
            try:
                with _busy():
                    fingerprint = self.signoffs.create_key(mentor_id, passphrase)
            except WeakPassphraseError as exc:
                self.show_message("⚠ " + str(exc))
                self.new_passphrase.setFocus()
                self.new_passphrase.selectAll()
                return
            except (ValueError, LookupError, OSError) as exc:
                self.show_message(self.tr("⚠ De sleutel kon niet gemaakt worden: {0}").format(exc))
                return
            created = self.tr(
                "✓ Mentorsleutel gemaakt, vingerafdruk {0}. Mentor: schrijf die vingerafdruk op "
                "of neem er een foto van; de school vraagt ernaar voor ze je mentorkaart "
                "bevestigt. Tot dan staat bij je handtekeningen ‘niet bevestigd door een "
                "school’."
            ).format(fingerprint)
            self.card_button.setVisible(True)
            self.new_key_box.setVisible(False)
            self.passphrase_row.setVisible(True)
            self.new_passphrase.clear()
            self.repeat_passphrase.clear()
        else:
            passphrase = self.passphrase.text()
            if not passphrase:
                self.show_message(self.tr("⚠ Typ de wachtzin van de mentor."))
                self.passphrase.setFocus()
                return
        if not approved:
            if created:
                self.show_message(created)
            else:
                self.show_message(self.tr("⚠ Vink minstens één item aan."))
            return
        try:
            with _busy():
                count = self.signoffs.sign_on_the_spot(mentor_id, passphrase, decisions)
        except WrongPassphraseError:
            self.show_message(self.tr("✗ Verkeerde wachtzin. Er is niets afgetekend."))
            self.passphrase.setFocus()
            self.passphrase.selectAll()
            return
        except (ValueError, LookupError, OSError) as exc:
            self.show_message(self.tr("✗ Aftekenen lukte niet: {0}").format(exc))
            return
        done = (
            self.tr("✓ 1 item afgetekend.")
            if count == 1
            else self.tr("✓ {0} items afgetekend.").format(count)
        )
        self.reload()
        self.show_message(" ".join(t for t in (created, done) if t))
        self.signed.emit(count)

    def sign_with_eid(self) -> None:
        """Sign the ticked items with the mentor's Belgian eID (one PIN for all); the name
        signed and shown is the card's. The PIN is used for this signature only."""
        from stageportfolio.services import eid_signing

        decisions = self.decisions()
        for decision, row in zip(decisions, self.rows, strict=True):
            if decision.refuse and not decision.comment:
                self.show_message(self.tr("⚠ Geef een reden bij ‘niet akkoord’."))
                row.comment.setFocus()
                return
        if not any(d.approve or d.refuse for d in decisions):
            self.show_message(self.tr("⚠ Vink minstens één item aan."))
            return
        if self.eid_module is None:
            return
        pin = self.eid_pin.text() or None
        self.eid_pin.clear()
        try:
            with _busy():
                card = eid_signing.read_card(self.eid_module)
                count = eid_signing.sign_on_the_spot(
                    self.signoffs, decisions, module=self.eid_module, pin=pin,
                    mentor_id=self.mentor_id(),
                )  # fmt: skip
        except (eid_signing.EidUnavailable, eid_signing.EidSignError) as exc:
            self.show_message(self.tr("✗ Ondertekenen met de eID lukte niet: {0}").format(exc))
            return
        except (ValueError, LookupError, OSError) as exc:
            self.show_message(self.tr("✗ Aftekenen lukte niet: {0}").format(exc))
            return
        self.reload()
        self.show_message(
            self.tr(
                "✓ {0} item(s) ondertekend met de eID van {1} (gekwalificeerde handtekening). "
                "Of {1} de mentor is, bevestigt de school."
            ).format(count, card.name)
        )
        self.signed.emit(count)

    def save_card(self) -> None:
        """Save the mentor card of the chosen mentor's key, for the mentor to hand to the
        school (the school checks the fingerprint with the mentor before vouching)."""
        mentor_id = self.mentor_id()
        if mentor_id is None:
            return
        try:
            card = self.signoffs.mentor_card(mentor_id)
        except (ValueError, LookupError) as exc:
            self.show_message(self.tr("✗ Geen mentorkaart: {0}").format(exc))
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Mentorkaart opslaan"),
            str(Path.home() / _card_file_name(card["name"])),
            self.tr("Mentorkaart (*.mentorkaart)"),
        )
        if not path:
            return
        data = (json.dumps(card, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        try:
            write_atomically(Path(path), data)
        except OSError as exc:
            self.show_message(self.tr("✗ Niet bewaard: {0}").format(exc.strerror))
            return
        self.show_message(
            self.tr(
                "Mentorkaart bewaard in {0}. Bezorg ze aan de school; de school belt je om de "
                "vingerafdruk {1} na te gaan."
            ).format(path, card["fingerprint"])
        )


def _card_file_name(name: str) -> str:
    cleaned = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in name).strip()
    return (cleaned or "mentor") + ".mentorkaart"


class _busy:
    """A wait cursor while the key is derived (scrypt takes a moment)."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()
