"""Mentor mode (``stageportfolio --mentor``): a mentor signs a student's request, no portfolio.

The first time, the mentor makes a mentor profile (name, organisation, sector and a key sealed
under a passphrase) and saves a mentor card for the school. After that the mentor opens a
sign-off request file (``*.aftekenverzoek``), ticks a whole week or single items (an
activity's level can be corrected, a comment added), types the passphrase and saves the
response file (``*.aftekening``) to give back to the student. What was signed leaves the list
and shows under "Afgetekend"; the rest can be signed later in the same sitting, and the file
saved last holds every signature made since the request was opened.

The mentor reads it all in their own language (Dutch, English or French: the switch at the
top, remembered), whatever language the student's app is in. All the work is in
``stageportfolio.services.mentormode``; this window only collects the mentor's choices.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from stageportfolio.core.signing import WeakPassphraseError, WrongPassphraseError
from stageportfolio.fileio import write_atomically
from stageportfolio.services.mentormode import (
    Decision,
    IdentityError,
    MentorIdentity,
    RequestError,
    Signature,
    SignRequest,
    create_identity,
    item_text,
    load_identity,
    load_warning,
    read_request,
    record_learner,
    request_levels,
    response_bytes,
    sign_decisions,
    write_card,
)
from stageportfolio.ui.mentor_language import (
    SWITCH_NAME,
    LanguageSwitch,
    MentorLanguage,
    MentorTexts,
    initial,
    remember,
)
from stageportfolio.ui.widgets import own_data_problem
from stageportfolio.ui.widgets.signoff_items import ItemRow, SignItem, SignOffItems, chain_focus

OWN = "own"  # the settings key of the mentor's own language in mentor mode


@dataclass(frozen=True)
class _Shown:
    """One line under "Afgetekend"."""

    item: Mapping[str, Any]
    refused: bool
    level: int | None
    comment: str
    eid: bool


def _file_name(text: str) -> str:
    """A safe file name part from a learner's name."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text).strip().strip(".")
    return re.sub(r"\s+", " ", cleaned) or "aftekening"


def _describe(item: SignItem, lang: str) -> str:
    return item_text(dict(item.item), lang)


class MentorWindow(MentorTexts, QMainWindow):
    """The mentor's own window: profile, then open, sign and save requests."""

    TR_CONTEXT = "MentorWindow"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = MentorLanguage(initial(OWN), self)
        self.identity: MentorIdentity | None = None
        self.request: SignRequest | None = None
        self.request_path: Path | None = None
        self.signatures: list[Signature] = []  # signed since the request was opened
        # What the mentor saw leave the list, key and eID alike, for "Afgetekend": an eID answer
        # is its own file, so its signatures are not in ``self.signatures``.
        self.shown_signed: list[_Shown] = []
        self.pending_request: Path | None = None  # opened before the profile existed

        self.language_switch = LanguageSwitch(self.language)
        language_label = QLabel(SWITCH_NAME)
        language_label.setBuddy(self.language_switch)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(language_label)
        top.addWidget(self.language_switch)

        self.pages = QStackedWidget()
        self.profile_page = self._build_profile_page()
        self.work_page = self._build_work_page()
        self.pages.addWidget(self.profile_page)
        self.pages.addWidget(self.work_page)
        central = QWidget()
        column = QVBoxLayout(central)
        column.addLayout(top)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.resize(900, 720)

        self.retranslate()
        self.language.changed.connect(self._language_changed)
        try:
            self.identity = load_identity()
        except IdentityError as exc:
            self.identity = None
            self._show(
                self.profile_message,
                self.tr("Je mentorprofiel kan niet gelezen worden ({0}).").format(exc),
            )
        if self.identity is None:
            self.pages.setCurrentWidget(self.profile_page)
        else:
            self._show_identity()

    # -- language --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text of the window in the mentor's language (the items follow on their own)."""
        self.setWindowTitle(self.tr("Stageportfolio – mentormodus"))
        # the profile page
        self.profile_title.setText(self.tr("<h2>Je mentorprofiel</h2>"))
        self.profile_intro.setText(
            self.tr(
                "Maak eenmalig je mentorprofiel. Daarmee teken je de aftekenverzoeken van je "
                "studenten af; de school herkent je handtekening aan je mentorkaart."
            )
        )
        self.name_edit.setAccessibleName(self.tr("Naam van de mentor"))
        self.organisation_edit.setAccessibleName(self.tr("Organisatie"))
        self.social_radio.setText(self.tr("&Social profit"))
        self.local_radio.setText(self.tr("&Lokaal bestuur"))
        self.new_passphrase.setAccessibleName(self.tr("Wachtzin"))
        self.repeat_passphrase.setAccessibleName(self.tr("Wachtzin herhalen"))
        for label, text in zip(
            self.form_labels,
            (
                self.tr("&Naam"),
                self.tr("&Organisatie"),
                self.tr("Sector"),
                self.tr("&Wachtzin"),
                self.tr("&Herhaal de wachtzin"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.profile_explain.setText(
            self.tr(
                "De wachtzin beschermt je sleutel: zonder wachtzin kan niemand in jouw naam "
                "aftekenen. Kies een paar gewone woorden die niet bij elkaar horen; een korte "
                "of bekende wachtzin wordt geweigerd. De wachtzin wordt nergens bewaard; "
                "onthoud ze goed."
            )
        )
        self.create_button.setText(self.tr("&Mentorprofiel maken"))
        # the work page
        self.card_button.setText(self.tr("Mentor&kaart opslaan…"))
        self.open_button.setText(self.tr("Aftekenverzoek &openen…"))
        self.request_box.setTitle(self.tr("Aftekenverzoek"))
        self.warning_label.setAccessibleName(self.tr("Waarschuwing"))
        self.all_button.setText(self.tr("&Alles aanvinken"))
        self.passphrase.setAccessibleName(self.tr("Wachtzin van de mentor"))
        self.passphrase_label.setText(self.tr("&Wachtzin"))
        self.sign_button.setText(self.tr("Aftekenen en op&slaan…"))
        self.eid_button.setText(self.tr("Ondertekenen met &eID…"))
        self.eid_button.setAccessibleName(
            self.tr("Ondertekenen met je eID (gekwalificeerde handtekening) en opslaan")
        )
        self.signed_box.setTitle(self.tr("Afgetekend"))
        self.signed_list.setAccessibleName(self.tr("Wat je al aftekende"))
        self.empty_label.setText(
            self.tr(
                "Open het aftekenverzoek dat je van je student kreeg "
                "(een bestand dat eindigt op .aftekenverzoek)."
            )
        )
        for label in (self.profile_message, self.work_message, self.sign_message):
            label.setAccessibleName(self.tr("Melding"))
        if self.identity is not None:
            self._show_identity()
        if self.request is not None:
            self._show_request_head()
            self._show_signed()

    def _language_changed(self, code: str) -> None:
        remember(OWN, code)
        self.retranslate()
        for label in (self.profile_message, self.work_message, self.sign_message):
            label.setVisible(False)  # a message in the other language would read oddly

    # -- the profile form ------------------------------------------------------------------------

    def _build_profile_page(self) -> QWidget:
        page = QWidget()
        self.profile_title = QLabel()
        self.profile_intro = QLabel()
        self.profile_intro.setWordWrap(True)

        self.name_edit = QLineEdit()
        self.organisation_edit = QLineEdit()
        self.social_radio = QRadioButton()
        self.local_radio = QRadioButton()
        self.social_radio.setChecked(True)
        self.sector_group = QButtonGroup(page)
        self.sector_group.addButton(self.social_radio)
        self.sector_group.addButton(self.local_radio)
        sector_row = QHBoxLayout()
        sector_row.addWidget(self.social_radio)
        sector_row.addWidget(self.local_radio)
        sector_row.addStretch(1)
        self.new_passphrase = QLineEdit()
        self.new_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_passphrase = QLineEdit()
        self.repeat_passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        form = QFormLayout()
        self.form_labels = [QLabel() for _ in range(5)]
        fields: list[QWidget | QHBoxLayout] = [
            self.name_edit,
            self.organisation_edit,
            sector_row,
            self.new_passphrase,
            self.repeat_passphrase,
        ]
        for label, field in zip(self.form_labels, fields, strict=True):
            if isinstance(field, QWidget):
                label.setBuddy(field)
                form.addRow(label, field)
            else:
                form.addRow(label, field)

        self.profile_explain = QLabel()
        self.profile_explain.setWordWrap(True)

        self.profile_message = self._message_label()
        self.create_button = QPushButton()
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_profile)
        self.repeat_passphrase.returnPressed.connect(self.create_profile)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.create_button)

        layout = QVBoxLayout(page)
        layout.addWidget(self.profile_title)
        layout.addWidget(self.profile_intro)
        layout.addLayout(form)
        layout.addWidget(self.profile_explain)
        layout.addWidget(self.profile_message)
        layout.addLayout(button_row)
        layout.addStretch(1)
        return page

    def create_profile(self) -> None:
        if self.new_passphrase.text() != self.repeat_passphrase.text():
            self._show(self.profile_message, self.tr("De twee wachtzinnen verschillen."))
            self.repeat_passphrase.setFocus()
            return
        sector = "local_government" if self.local_radio.isChecked() else "social_profit"
        if not self.name_edit.text().strip():
            self._show(self.profile_message, self.tr("Vul je naam in."))
            self.name_edit.setFocus()
            return
        try:
            self.identity = create_identity(
                self.name_edit.text(),
                self.organisation_edit.text(),
                sector,
                self.new_passphrase.text(),
            )
        except WeakPassphraseError as exc:
            reason = getattr(exc, "reason", "guessable")
            self._show(self.profile_message, self.language.words.passphrase_hint(reason))
            self.new_passphrase.setFocus()
            return
        except IdentityError as exc:
            self._show(
                self.profile_message,
                self.tr("Het mentorprofiel kon niet gemaakt worden: {0}").format(exc),
            )
            return
        except ValueError:
            self._show(self.profile_message, self.tr("Vul je naam in."))
            self.name_edit.setFocus()
            return
        except OSError as exc:
            self._show(
                self.profile_message,
                self.tr("Het mentorprofiel kon niet bewaard worden: {0}").format(exc.strerror),
            )
            return
        remember(OWN, self.language.code)
        self.new_passphrase.clear()
        self.repeat_passphrase.clear()
        self._show_identity()
        self._show(
            self.work_message,
            self.tr(
                "Je mentorprofiel is klaar. Schrijf de vingerafdruk van je sleutel op: de school "
                "vraagt ernaar voor ze je mentorkaart bevestigt. Bewaar nu je mentorkaart en "
                "bezorg ze aan de school."
            ),
        )
        self.card_button.setFocus()
        if self.pending_request is not None:
            pending, self.pending_request = self.pending_request, None
            self.load_request(pending)

    # -- the work page ---------------------------------------------------------------------------

    def _build_work_page(self) -> QWidget:
        page = QWidget()
        self.identity_label = QLabel()
        self.identity_label.setWordWrap(True)
        self.identity_label.setTextFormat(Qt.TextFormat.PlainText)
        self.identity_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.card_button = QPushButton()
        self.card_button.clicked.connect(self.save_card)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_request)
        top = QHBoxLayout()
        top.addWidget(self.identity_label, 1)
        top.addWidget(self.card_button)
        top.addWidget(self.open_button)

        self.work_message = self._message_label()

        self.request_box = QGroupBox()
        self.learner_label = QLabel()
        self.learner_label.setWordWrap(True)
        self.learner_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warning_label.setVisible(False)
        self.all_button = QPushButton()
        self.all_button.setAutoDefault(False)
        self.all_button.clicked.connect(self.tick_all)
        head = QHBoxLayout()
        head.addWidget(self.learner_label, 1)
        head.addWidget(self.all_button)

        self.items = SignOffItems(self.language, _describe)
        self.scroll_area = self.items

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self.sign_and_save)
        self.passphrase_label = QLabel()
        self.passphrase_label.setBuddy(self.passphrase)
        self.sign_button = QPushButton()
        self.sign_button.clicked.connect(self.sign_and_save)
        from stageportfolio.services.eid_signing import find_module

        self.eid_module = find_module()
        self.eid_button = QPushButton()
        self.eid_button.clicked.connect(lambda: self.sign_and_save(eid=True))
        self.eid_button.setVisible(self.eid_module is not None)
        bottom = QHBoxLayout()
        bottom.addWidget(self.passphrase_label)
        bottom.addWidget(self.passphrase, 1)
        bottom.addWidget(self.sign_button)
        bottom.addWidget(self.eid_button)
        self.sign_message = self._message_label()

        box = QVBoxLayout(self.request_box)
        box.addLayout(head)
        box.addWidget(self.warning_label)
        box.addWidget(self.items, 1)
        box.addWidget(self.items.total_label)
        box.addLayout(bottom)
        box.addWidget(self.sign_message)
        self.request_box.setVisible(False)

        # What was signed since the request was opened: it left the list above.
        self.signed_box = QGroupBox()
        self.signed_list = QListWidget()
        self.signed_list.setMaximumHeight(140)
        self.signed_list.setWordWrap(True)
        signed_layout = QVBoxLayout(self.signed_box)
        signed_layout.addWidget(self.signed_list)
        self.signed_box.setVisible(False)

        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.work_message)
        layout.addWidget(self.request_box, 1)
        layout.addWidget(self.signed_box)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        layout.addStretch(0)
        return page

    @property
    def rows(self) -> list[ItemRow]:
        return self.items.rows

    def _show_identity(self) -> None:
        identity = self.identity
        assert identity is not None
        who = identity.name + (f" ({identity.organisation})" if identity.organisation else "")
        self.identity_label.setText(
            self.tr("Mentor: {0}\nVingerafdruk van je sleutel: {1}").format(
                who, identity.fingerprint
            )
        )
        self.pages.setCurrentWidget(self.work_page)

    def save_card(self) -> None:
        if self.identity is None:
            return
        default = str(Path.home() / f"{_file_name(self.identity.name)}.mentorkaart")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Mentorkaart opslaan"),
            default,
            self.tr("Mentorkaart (*.mentorkaart)"),
        )
        if not path:
            return
        refused = own_data_problem(Path(path))
        if refused:
            self._show(self.work_message, refused)
            return
        try:
            write_card(path, self.identity)
        except OSError as exc:
            self._show(
                self.work_message,
                self.tr("De mentorkaart kon niet bewaard worden: {0}").format(exc.strerror),
            )
            return
        self._show(
            self.work_message,
            self.tr("Mentorkaart bewaard in {0}. Bezorg dit bestand aan de school.").format(path),
        )

    def open_request(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Aftekenverzoek openen"),
            str(Path.home()),
            self.tr(
                "Aftekenverzoek (*.aftekenverzoek *.aftekenverzoek.json);;JSON-bestanden (*.json)"
            ),
        )
        if path:
            self.load_request(Path(path))

    def open_file(self, path: Path) -> None:
        """A request given on the command line (a double-click): shown once a profile exists."""
        if self.identity is not None:
            self.load_request(path)
            return
        self.pending_request = path
        self._show(
            self.profile_message,
            self.tr("Maak eerst je mentorprofiel; daarna opent het aftekenverzoek {0}.").format(
                path.name
            ),
        )

    def load_request(self, path: Path) -> None:
        try:
            request = read_request(path)
        except RequestError as exc:
            self._show(
                self.work_message,
                self.tr(
                    "Dit bestand kan niet geopend worden als aftekenverzoek; vraag de student om "
                    "een nieuw verzoek. Details: {0}"
                ).format(exc),
            )
            return
        self.request, self.request_path = request, path
        self.signatures = []
        self.shown_signed = []
        self.work_message.setVisible(False)
        self.sign_message.setVisible(False)
        self.items.levels = request_levels(request)
        self.items.set_items(
            [
                SignItem(
                    kind=entry.kind,
                    id=entry.id,
                    day=entry.day,
                    minutes=int(entry.item["minutes"]) if entry.kind == "hour_entry" else None,
                    proposed_level=entry.proposed_level,
                    item=entry.item,
                    student_text=entry.reflection,
                )
                for entry in request.items
            ],
            keep=False,
        )
        self._show_request_head()
        self._show_signed()
        chain_focus(
            [
                self.open_button,
                self.all_button,
                *self.items.focus_order(),
                self.passphrase,
                self.sign_button,
            ]
        )
        self.empty_label.setVisible(False)
        self.request_box.setVisible(True)
        self.passphrase.setFocus()

    def _show_request_head(self) -> None:
        request = self.request
        assert request is not None
        programme = str(request.portfolio.get("list_title") or "")
        # The learner's name is signed with every item; the code comes from the signed
        # portfolio id: the student's app shows the same code.
        text = self.tr("Student: {0} (portfolio {1})").format(
            request.learner_name, request.portfolio_fingerprint
        )
        if programme:
            text += "\n" + self.tr("Opleiding volgens het verzoek: {0}").format(programme)
        left = len(self.items.rows)
        if left:
            text += "\n" + self.tr("%n item(s) wacht(en) op aftekening.", "", left)
        else:
            text += "\n" + self.tr("Alles uit dit verzoek is afgetekend.")
        self.learner_label.setText(text)
        for widget in (
            self.items,
            self.items.total_label,
            self.all_button,
            self.passphrase_label,
            self.passphrase,
            self.sign_button,
        ):
            widget.setVisible(bool(left))
        warning = (
            load_warning(self.identity, request, self.language.code) if self.identity else None
        )
        self.warning_label.setText("⚠ " + warning if warning else "")
        self.warning_label.setVisible(bool(warning))

    def _show_signed(self) -> None:
        """What was signed since the request was opened, as the mentor decided it."""
        self.signed_list.clear()
        words = self.language.words
        levels = self.items.levels
        for shown in self.shown_signed:
            line = item_text(dict(shown.item), self.language.code)
            if shown.refused:
                text = self.tr("✗ niet akkoord: {0} — {1}").format(line, shown.comment)
            elif shown.item.get("kind") == "activity_record":
                text = self.tr("✓ akkoord: {0} — {1}").format(
                    line, words.level(shown.level, levels)
                )
            else:
                text = self.tr("✓ akkoord: {0}").format(line)
            if shown.comment and not shown.refused:
                text += f" ({shown.comment})"
            if shown.eid:
                text += " · eID"
            self.signed_list.addItem(text)
        self.signed_box.setVisible(bool(self.shown_signed))

    def tick_all(self) -> None:
        self.items.tick_all()

    def decisions(self) -> dict[str, Decision]:
        out = {}
        for row in self.items.rows:
            if row.refuse.isChecked():
                out[row.item.id] = Decision(
                    approve=False, refuse=True, comment=row.comment.text().strip()
                )
            elif row.approve.isChecked():
                out[row.item.id] = Decision(
                    approve=True,
                    level=row.level.currentData() if row.level is not None else None,
                    comment=row.comment.text(),
                )
        return out

    def _sign_with_eid(self, decisions: dict[str, Decision]) -> bytes | None:
        from stageportfolio.services import eid_signing

        assert self.request is not None and self.identity is not None
        if self.eid_module is None:
            return None
        pin, ok = QInputDialog.getText(
            self,
            self.tr("Ondertekenen met eID"),
            self.tr(
                "Steek je eID in de lezer. Pincode (leeg laten als de eID-software ze zelf "
                "vraagt); ze wordt nergens bewaard:"
            ),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return None
        try:
            return eid_signing.sign_request(
                self.request, decisions, module=self.eid_module, pin=pin or None,
                organisation=self.identity.organisation, sector=self.identity.sector,
            )  # fmt: skip
        except (eid_signing.EidUnavailable, eid_signing.EidSignError, ValueError) as exc:
            self._show(
                self.sign_message, self.tr("Ondertekenen met de eID lukte niet: {0}").format(exc)
            )
            return None

    def sign_and_save(self, eid: bool = False) -> None:
        if self.request is None or self.identity is None or self.request_path is None:
            return
        decisions = self.decisions()
        if not decisions:
            self._show(
                self.sign_message,
                self.tr("Vink eerst aan waarmee je akkoord gaat: een hele week of losse items."),
            )
            return
        missing = next(
            (row for row in self.items.rows if row.item.id in decisions
             and decisions[row.item.id].refuse and not decisions[row.item.id].comment),
            None,
        )  # fmt: skip
        if missing is not None:
            self._show(self.sign_message, self.tr("Geef een reden bij ‘niet akkoord’."))
            missing.comment.setFocus()
            return
        if eid:
            signed: list[Signature] = []
            data = self._sign_with_eid(decisions)
            everything = list(self.signatures)
        else:
            new = self._sign_with_key(decisions)
            if new is None:
                return
            signed = new
            everything = [*self.signatures, *signed]
            data = response_bytes(self.request, self.identity, everything)
        if data is None:
            return
        self._save_response(data, decisions, signed, everything, eid=eid)

    def _sign_with_key(self, decisions: dict[str, Decision]) -> list[Signature] | None:
        assert self.request is not None and self.identity is not None
        try:
            # Recorded in the learner log only once the answer is saved.
            return sign_decisions(
                self.request, self.identity, self.passphrase.text(), decisions, record=False
            )
        except WrongPassphraseError:
            self._show(self.sign_message, self.tr("Verkeerde wachtzin; er is niets afgetekend."))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return None
        except ValueError as exc:
            self._show(self.sign_message, self.tr("Aftekenen lukte niet: {0}").format(exc))
            return None

    def _save_response(
        self,
        data: bytes,
        decisions: dict[str, Decision],
        signed: list[Signature],
        everything: list[Signature],
        *,
        eid: bool,
    ) -> None:
        """Save the answer; then the decided items leave the list and show as signed. An eID
        answer holds only its own signatures (the eID signs one form); a key answer holds
        everything signed with the key since the request was opened."""
        assert self.request is not None and self.request_path is not None
        default = self.request_path.parent / f"{_file_name(self.request.learner_name)}.aftekening"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Aftekening opslaan"),
            str(default),
            self.tr("Aftekening (*.aftekening)"),
        )
        if not path:
            self._show(
                self.sign_message,
                self.tr("Niet opgeslagen: er is niets afgetekend; je vinkjes staan er nog."),
            )
            return
        refused = own_data_problem(Path(path))
        if refused:
            self._show(self.sign_message, refused)
            return
        try:
            write_atomically(Path(path), data)
        except OSError as exc:
            self._show(
                self.sign_message,
                self.tr("De aftekening kon niet bewaard worden: {0}").format(exc.strerror),
            )
            return
        record_learner(self.request)
        self.signatures = everything
        if eid:
            by_id = {item.id: item for item in self.items.items}
            self.shown_signed += [
                _Shown(
                    by_id[item_id].item,
                    d.refuse,
                    d.level if d.level is not None else by_id[item_id].proposed_level,
                    d.comment,
                    eid=True,
                )
                for item_id, d in decisions.items()
                if (d.approve or d.refuse) and item_id in by_id
            ]
        else:
            self.shown_signed += [
                _Shown(s.item, s.decision == "refuse", s.level, s.comment, eid=False)
                for s in signed
            ]
        self.passphrase.clear()
        done = (
            {item_id for item_id, d in decisions.items() if d.approve or d.refuse}
            if eid
            else {signature.item["id"] for signature in signed}
        )
        remaining = [item for item in self.items.items if item.id not in done]
        self.items.set_items(remaining)
        chain_focus(
            [
                self.open_button,
                self.all_button,
                *self.items.focus_order(),
                self.passphrase,
                self.sign_button,
            ]
        )
        self._show_request_head()
        self._show_signed()
        if eid:
            message = self.tr("%n item(s) afgetekend met je eID en bewaard in {0}. Geef dit "
                              "bestand aan {1}.", "", len(done)
                              ).format(path, self.request.learner_name)  # fmt: skip
        else:
            message = self.tr("%n item(s) afgetekend en bewaard in {0}. Geef dit bestand aan "
                              "{1}.", "", len(signed)
                              ).format(path, self.request.learner_name)  # fmt: skip
        if len(everything) > len(signed) and not eid:
            message += " " + self.tr(
                "Het bevat ook wat je eerder aftekende sinds je dit verzoek opende: %n "
                "aftekening(en) in totaal.",
                "",
                len(everything),
            )
        self._show(self.sign_message, message)
        self.passphrase.setFocus()

    # -- helpers ---------------------------------------------------------------------------------

    def _message_label(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setVisible(False)
        return label

    def _show(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(True)
