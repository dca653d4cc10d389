"""Sign-off on the spot: the mentor signs hours and activities on the student's laptop.

The mentor picks their name, ticks a whole week or single items (an activity's level can be
corrected, a comment added) or marks "niet akkoord" with a reason, and types their passphrase.
What waits is grouped per ISO week (``ui.widgets.signoff_items``), with the ticked hours
totalled. The first time, the mentor chooses a passphrase (judged by strength) and a key is
made for them; the key is kept sealed under that passphrase, so the student cannot sign
without it. The dialog then shows the key's fingerprint for the mentor to note and offers the
mentor card for the school: until a school vouches for that card, the key stays "niet
bevestigd". The passphrase is only handed to the sign-off service and never stored or shown.

The mentor reads it in their own language (Dutch, English or French: the switch at the top,
remembered per mentor), whatever language the pupil's app is in (``ui.mentor_language``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
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

from stageportfolio.core.signing import WeakPassphraseError, WrongPassphraseError
from stageportfolio.fileio import write_atomically
from stageportfolio.services.portfolio import PortfolioService
from stageportfolio.services.signoffs import Decision
from stageportfolio.ui.mentor_language import (
    SWITCH_NAME,
    LanguageSwitch,
    MentorLanguage,
    MentorTexts,
    initial,
    remember,
    remembered,
)
from stageportfolio.ui.widgets import own_data_problem
from stageportfolio.ui.widgets.screen import available
from stageportfolio.ui.widgets.signoff_items import ItemRow, SignItem, SignOffItems, chain_focus
from stageportfolio.ui.widgets.status_line import StatusLine, WholeLabel

LAST_MENTOR = "signoff/last_mentor"  # the mentor who signed last on this laptop


class _MentorBox(QComboBox):
    """The mentor's name: choosing one (with the mouse, a letter or Enter) moves on to the
    passphrase; browsing with the arrow keys stays."""

    chosen = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._browsing = False
        self.activated.connect(lambda _index: None if self._browsing else self.chosen.emit())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.chosen.emit()
            return
        arrows = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
        self._browsing = event.key() in (*arrows, Qt.Key.Key_Home, Qt.Key.Key_End)
        try:
            super().keyPressEvent(event)
        finally:
            self._browsing = False


class SignOffDialog(MentorTexts, QDialog):
    """``signed(count)`` is emitted after the mentor signed ``count`` items."""

    TR_CONTEXT = "SignOffDialog"
    signed = Signal(int)

    def __init__(
        self, service: PortfolioService, signoffs: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.signoffs = signoffs
        mentors = service.mentors()
        start = self._first_mentor(mentors)
        self.language = MentorLanguage(initial(start), self)

        self.intro = WholeLabel()
        self.mentor = _MentorBox()
        for mentor in mentors:
            text = mentor.name + (f" ({mentor.organisation})" if mentor.organisation else "")
            self.mentor.addItem(text, mentor.id)
        if start is not None:
            self.mentor.setCurrentIndex(self.mentor.findData(start))
        self.mentor_label = QLabel()
        self.mentor_label.setBuddy(self.mentor)
        self.language_switch = LanguageSwitch(self.language)
        language_label = QLabel(SWITCH_NAME)
        language_label.setBuddy(self.language_switch)
        mentor_row = QHBoxLayout()
        mentor_row.addWidget(self.mentor_label)
        mentor_row.addWidget(self.mentor, 1)
        mentor_row.addSpacing(12)
        mentor_row.addWidget(language_label)
        mentor_row.addWidget(self.language_switch)

        # -- the pending items, per week -----------------------------------------------------
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        self.all_button = QPushButton()
        self.all_button.setAutoDefault(False)  # Enter always means "Aftekenen"
        self.all_button.clicked.connect(self._tick_all)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count_label, 1)
        count_row.addWidget(self.all_button)
        self.items = SignOffItems(self.language, self._describe, service.alist.levels)
        self.scroll_area = self.items
        self.total_label = self.items.total_label

        # -- the passphrase ------------------------------------------------------------------
        self.new_key_box = QGroupBox()
        self.new_text = WholeLabel()
        self.new_passphrase = QLineEdit()
        self.new_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_passphrase = QLineEdit()
        self.repeat_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        new_form = QFormLayout()
        self.new_label = QLabel()
        self.new_label.setBuddy(self.new_passphrase)
        self.repeat_label = QLabel()
        self.repeat_label.setBuddy(self.repeat_passphrase)
        new_form.addRow(self.new_label, self.new_passphrase)
        new_form.addRow(self.repeat_label, self.repeat_passphrase)
        new_layout = QVBoxLayout(self.new_key_box)
        new_layout.addWidget(self.new_text)
        new_layout.addLayout(new_form)

        self.passphrase_row = QWidget()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label = QLabel()
        self.passphrase_label.setBuddy(self.passphrase)
        row = QHBoxLayout(self.passphrase_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.passphrase_label)
        row.addWidget(self.passphrase, 1)

        self.explain = WholeLabel()

        # The outcome of signing, which can run to three lines (an eID signature names the
        # card holder): shown in full, the items list above gives up the room.
        self.message = StatusLine()
        self.message.setObjectName("signOffMessage")
        self.message.setVisible(False)

        self.card_button = QPushButton()
        self.card_button.setAutoDefault(False)
        self.card_button.clicked.connect(self.save_card)
        self.card_button.setVisible(False)

        # -- the Belgian eID, when the middleware is installed ---------------------------------
        from stageportfolio.services.eid_signing import find_module

        self.eid_module = find_module()
        self.eid_row = QWidget()
        self.eid_pin = QLineEdit()
        self.eid_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_label = QLabel()
        self.pin_label.setBuddy(self.eid_pin)
        self.eid_button = QPushButton()
        self.eid_button.setAutoDefault(False)
        self.eid_button.clicked.connect(self.sign_with_eid)
        eid_layout = QHBoxLayout(self.eid_row)
        eid_layout.setContentsMargins(0, 0, 0, 0)
        eid_layout.addWidget(self.pin_label)
        eid_layout.addWidget(self.eid_pin, 1)
        eid_layout.addWidget(self.eid_button)
        self.eid_row.setVisible(self.eid_module is not None)

        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.card_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.sign_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.sign_button.setDefault(True)
        self.sign_button.clicked.connect(self.sign)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(mentor_row)
        layout.addLayout(count_row)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.total_label)
        layout.addWidget(self.new_key_box)
        layout.addWidget(self.passphrase_row)
        layout.addWidget(self.eid_row)
        layout.addWidget(self.explain)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(820, 640)

        self.retranslate()
        self.language.changed.connect(self._language_changed)
        self.mentor.currentIndexChanged.connect(self._mentor_changed)
        self.mentor.chosen.connect(self._focus_passphrase)
        self.reload()

    # -- language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every fixed text in the mentor's language (the items follow on their own)."""
        self.setWindowTitle(self.tr("Aftekenen door de mentor"))
        self.intro.setText(
            self.tr(
                "De mentor kiest zijn of haar naam, vinkt een hele week of losse items aan "
                "waarmee hij of zij akkoord gaat (of ‘niet akkoord’, met een reden) en tekent af "
                "met de eigen wachtzin."
            )
        )
        self.mentor.setAccessibleName(self.tr("Mentor die aftekent"))
        self.mentor_label.setText(self.tr("&Mentor"))
        self.all_button.setText(self.tr("&Alles aanvinken"))
        self.all_button.setAccessibleName(self.tr("Alle items aanvinken"))
        self.new_key_box.setTitle(self.tr("Eerste keer voor deze mentor"))
        self.new_text.setText(
            self.tr(
                "Nieuwe mentorsleutel: kies een wachtzin van een paar gewone woorden die niet "
                "bij elkaar horen, en herhaal ze. Een korte of bekende wachtzin wordt geweigerd."
            )
        )
        self.new_passphrase.setAccessibleName(self.tr("Nieuwe wachtzin"))
        self.repeat_passphrase.setAccessibleName(self.tr("Nieuwe wachtzin herhalen"))
        self.new_label.setText(self.tr("&Nieuwe wachtzin"))
        self.repeat_label.setText(self.tr("&Herhaal de wachtzin"))
        self.passphrase.setAccessibleName(self.tr("Wachtzin van de mentor"))
        self.passphrase_label.setText(self.tr("&Wachtzin van de mentor"))
        self.explain.setText(
            self.tr(
                "De wachtzin verlaat dit venster nooit en wordt nergens bewaard. Zonder de "
                "wachtzin van de mentor kan de leerling niets aftekenen."
            )
        )
        self.message.setAccessibleName(self.tr("Melding"))
        self.card_button.setText(self.tr("Mentor&kaart opslaan…"))
        self.card_button.setAccessibleName(self.tr("Mentorkaart voor de school opslaan"))
        self.sign_button.setText(self.tr("Aftekenen"))
        self.sign_button.setAccessibleName(self.tr("Aftekenen met de wachtzin"))
        self.close_button.setText(self.tr("Sluiten"))
        self.eid_pin.setAccessibleName(self.tr("Pincode van de eID"))
        self.eid_pin.setPlaceholderText(self.tr("leeg laten: de eID-software vraagt ze zelf"))
        self.pin_label.setText(self.tr("eID-&pincode"))
        self.eid_button.setText(self.tr("Ondertekenen met &eID"))
        self.eid_button.setAccessibleName(
            self.tr("Ondertekenen met de eID van de mentor (gekwalificeerde handtekening)")
        )
        self._update_count()

    def _language_changed(self, _code: str) -> None:
        self.retranslate()
        self.show_message("")  # a message in the other language would read oddly

    # -- state -----------------------------------------------------------------------------------

    def _first_mentor(self, mentors: Any) -> str | None:
        """The mentor who signed last here, else the first with something to sign."""
        ids = [m.id for m in mentors]
        last = QSettings().value(LAST_MENTOR)
        if isinstance(last, str) and last in ids:
            return last
        for mentor_id in ids:
            if self.signoffs.pending(mentor_id):
                return str(mentor_id)
        return str(ids[0]) if ids else None

    @property
    def rows(self) -> list[ItemRow]:
        return self.items.rows

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

    def _mentor_changed(self) -> None:
        mentor_id = self.mentor_id()
        chosen = remembered(mentor_id) if mentor_id else None
        if chosen is not None:
            self.language.set(chosen)
        self.reload()

    def _focus_passphrase(self) -> None:
        field = self.new_passphrase if self.needs_new_key() else self.passphrase
        if field.isVisible():
            field.setFocus()

    def _describe(self, item: SignItem, lang: str) -> str:
        return str(self.signoffs.describe(item.item, lang))

    def reload(self) -> None:
        """Reread the pending items of the chosen mentor and whether they have a key."""
        mentor_id = self.mentor_id()
        pending = [] if mentor_id is None else list(self.signoffs.pending(mentor_id))
        self.items.set_items(
            [
                SignItem(
                    kind=p.kind,
                    id=p.id,
                    day=p.day,
                    minutes=p.minutes,
                    proposed_level=p.proposed_level,
                    item=p.item,
                    student_text=str(p.reflection or ""),
                    earlier_refusal=str(getattr(p, "refused_reason", "") or ""),
                )
                for p in pending
            ],
            keep=False,
        )
        chain_focus([self.mentor, self.language_switch, *self.items.focus_order(), self.all_button])
        self._update_count()
        new_key = self.needs_new_key()
        self.new_key_box.setVisible(new_key)
        self.passphrase_row.setVisible(not new_key and mentor_id is not None)
        self.sign_button.setEnabled(mentor_id is not None)
        self.card_button.setVisible(not new_key and mentor_id is not None)
        for field in (self.passphrase, self.new_passphrase, self.repeat_passphrase):
            field.clear()

    def _update_count(self) -> None:
        count = len(self.items.rows)
        if self.mentor_id() is None:
            text = self.tr("Er is nog geen mentor. Voeg eerst een mentor toe bij Stageplaatsen.")
        elif not count:
            text = self.tr("Niets meer af te tekenen voor deze mentor.")
        else:
            text = self.tr("%n item(s) wacht(en) op aftekening.", "", count)
        self.count_label.setText(text)
        self.all_button.setEnabled(bool(count))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.sign_button.setDefault(True)  # Enter in the passphrase field signs
        self._focus_passphrase()

    def _tick_all(self) -> None:
        self.items.tick_all()

    def decisions(self) -> list[Decision]:
        out = []
        for row in self.items.rows:
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
                    refuse=row.refuse.isChecked(),
                )
            )
        return out

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        layout = self.layout()
        if text and layout is not None:
            # Grow the dialog when even the shrunk items list leaves too little room for the
            # whole message, but never past the screen.
            layout.activate()
            needed = layout.totalMinimumSize().height()
            if needed > self.height():
                room = available(self).height() - (self.frameGeometry().height() - self.height())
                self.resize(self.width(), max(self.height(), min(needed, room)))

    # -- signing ----------------------------------------------------------------------------------

    def _what_was_signed(self, decisions: list[Decision]) -> str:
        """``37 uur 30 · 2 activiteiten`` for the decisions about to be signed."""
        minutes = sum(
            row.item.minutes or 0
            for row, d in zip(self.items.rows, decisions, strict=True)
            if d.approve
        )
        activities = sum(1 for d in decisions if d.approve and d.kind != "hour_entry")
        refused = sum(1 for d in decisions if d.refuse)
        parts = [self.language.words.hours(minutes)] if minutes else []
        if activities:
            parts.append(self.tr("%n activiteit(en)", "", activities))
        if refused:
            parts.append(self.tr("%n keer niet akkoord", "", refused))
        return " · ".join(parts)

    def sign(self) -> None:
        """Make the key the first time, then sign the ticked items; errors are shown inline."""
        mentor_id = self.mentor_id()
        if mentor_id is None:
            return
        decisions = self.decisions()
        chosen = [d for d in decisions if d.approve or d.refuse]
        for decision, row in zip(decisions, self.items.rows, strict=True):
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
                reason = getattr(exc, "reason", "guessable")
                self.show_message("⚠ " + self.language.words.passphrase_hint(reason))
                self.new_passphrase.setFocus()
                self.new_passphrase.selectAll()
                return
            except (ValueError, LookupError, OSError) as exc:
                self.show_message(self.tr("⚠ De sleutel kon niet gemaakt worden: {0}").format(exc))
                return
            remember(mentor_id, self.language.code)
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
        if not chosen:
            if created:
                self.show_message(created)
            else:
                self.show_message(self.tr("⚠ Vink minstens één item of een hele week aan."))
            return
        what = self._what_was_signed(decisions)
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
        remember(mentor_id, self.language.code)
        QSettings().setValue(LAST_MENTOR, mentor_id)
        done = self.tr("✓ %n item(s) afgetekend", "", count) + (f" ({what})." if what else ".")
        self.reload()
        self.show_message(" ".join(t for t in (created, done) if t))
        self._focus_passphrase()
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
            self.show_message(self.tr("⚠ Vink minstens één item of een hele week aan."))
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
                "✓ %n item(s) ondertekend met de eID van {0} (gekwalificeerde handtekening). "
                "Of {0} de mentor is, bevestigt de school.",
                "",
                count,
            ).format(card.name)
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
        refused = own_data_problem(Path(path))
        if refused:
            self.show_message(f"✗ {refused}")
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
    """A wait cursor while the key is derived (Argon2id takes a moment)."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()
