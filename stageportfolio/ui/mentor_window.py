"""Mentor mode (``stageportfolio --mentor``): a mentor signs a student's request, no portfolio.

The first time, the mentor makes a mentor profile (name, organisation, sector and a key sealed
under a passphrase) and saves a mentor card for the school. After that the mentor opens a
sign-off request file (``*.aftekenverzoek``), ticks what they agree with (an activity's
level can be corrected, a comment added), types the passphrase and saves the response file
(``*.aftekening``) to give back to the student. All the work is in
``stageportfolio.services.mentormode``; this window only collects the mentor's choices.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QScrollArea,
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
    RequestItem,
    SignRequest,
    create_identity,
    load_identity,
    load_warning,
    read_request,
    sign_request,
    write_card,
)


@dataclass
class _Row:
    """The controls of one item of the request."""

    entry: RequestItem
    approve: QCheckBox
    level: QComboBox | None
    comment: QLineEdit
    refuse: QCheckBox | None = None


def _file_name(text: str) -> str:
    """A safe file name part from a learner's name."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text).strip().strip(".")
    return re.sub(r"\s+", " ", cleaned) or "aftekening"


class MentorWindow(QMainWindow):
    """The mentor's own window: profile, then open, sign and save requests."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Stageportfolio – mentormodus"))
        self.identity: MentorIdentity | None = None
        self.request: SignRequest | None = None
        self.request_path: Path | None = None
        self.rows: list[_Row] = []
        self.pending_request: Path | None = None  # opened before the profile existed

        self.pages = QStackedWidget()
        self.profile_page = self._build_profile_page()
        self.work_page = self._build_work_page()
        self.pages.addWidget(self.profile_page)
        self.pages.addWidget(self.work_page)
        self.setCentralWidget(self.pages)
        self.resize(900, 680)

        try:
            self.identity = load_identity()
        except IdentityError as exc:
            self.identity = None
            self._show(self.profile_message, str(exc))
        if self.identity is None:
            self.pages.setCurrentWidget(self.profile_page)
        else:
            self._show_identity()

    # -- the profile form ------------------------------------------------------------------------

    def _build_profile_page(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("<h2>Je mentorprofiel</h2>"))
        intro = QLabel(
            self.tr(
                "Maak eenmalig je mentorprofiel. Daarmee teken je de aftekenverzoeken van je "
                "studenten af; de school herkent je handtekening aan je mentorkaart."
            )
        )
        intro.setWordWrap(True)

        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Naam van de mentor"))
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setAccessibleName(self.tr("Organisatie"))
        self.social_radio = QRadioButton(self.tr("&Social profit"))
        self.local_radio = QRadioButton(self.tr("&Lokaal bestuur"))
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
        self.new_passphrase.setAccessibleName(self.tr("Wachtzin"))
        self.repeat_passphrase = QLineEdit()
        self.repeat_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_passphrase.setAccessibleName(self.tr("Wachtzin herhalen"))

        form = QFormLayout()
        for text, widget in (
            (self.tr("&Naam"), self.name_edit),
            (self.tr("&Organisatie"), self.organisation_edit),
            (self.tr("&Wachtzin"), self.new_passphrase),
            (self.tr("&Herhaal de wachtzin"), self.repeat_passphrase),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.insertRow(2, QLabel(self.tr("Sector")), sector_row)

        explain = QLabel(
            self.tr(
                "De wachtzin beschermt je sleutel: zonder wachtzin kan niemand in jouw naam "
                "aftekenen. Kies een paar gewone woorden die niet bij elkaar horen; een korte "
                "of bekende wachtzin wordt geweigerd. De wachtzin wordt nergens bewaard; "
                "onthoud ze goed."
            )
        )
        explain.setWordWrap(True)

        self.profile_message = self._message_label()
        self.create_button = QPushButton(self.tr("&Mentorprofiel maken"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_profile)
        self.repeat_passphrase.returnPressed.connect(self.create_profile)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.create_button)

        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(explain)
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
        try:
            self.identity = create_identity(
                self.name_edit.text(),
                self.organisation_edit.text(),
                sector,
                self.new_passphrase.text(),
            )
        except WeakPassphraseError as exc:
            self._show(self.profile_message, str(exc))
            self.new_passphrase.setFocus()
            return
        except IdentityError as exc:
            self._show(self.profile_message, str(exc))
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
        self.identity_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.card_button = QPushButton(self.tr("Mentor&kaart opslaan…"))
        self.card_button.clicked.connect(self.save_card)
        self.open_button = QPushButton(self.tr("Aftekenverzoek &openen…"))
        self.open_button.clicked.connect(self.open_request)
        top = QHBoxLayout()
        top.addWidget(self.identity_label, 1)
        top.addWidget(self.card_button)
        top.addWidget(self.open_button)

        self.work_message = self._message_label()

        self.request_box = QGroupBox(self.tr("Aftekenverzoek"))
        self.learner_label = QLabel()
        self.learner_label.setWordWrap(True)
        self.learner_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setAccessibleName(self.tr("Waarschuwing"))
        self.warning_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warning_label.setVisible(False)
        self.all_button = QPushButton(self.tr("&Alles aanvinken"))
        self.all_button.setAutoDefault(False)
        self.all_button.clicked.connect(self.tick_all)
        head = QHBoxLayout()
        head.addWidget(self.learner_label, 1)
        head.addWidget(self.all_button)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidget(QWidget())

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Wachtzin van de mentor"))
        self.passphrase.returnPressed.connect(self.sign_and_save)
        passphrase_label = QLabel(self.tr("&Wachtzin"))
        passphrase_label.setBuddy(self.passphrase)
        self.sign_button = QPushButton(self.tr("Aftekenen en op&slaan…"))
        self.sign_button.clicked.connect(self.sign_and_save)
        from stageportfolio.services.eid_signing import find_module

        self.eid_module = find_module()
        self.eid_button = QPushButton(self.tr("Ondertekenen met &eID…"))
        self.eid_button.setAccessibleName(
            self.tr("Ondertekenen met je eID (gekwalificeerde handtekening) en opslaan")
        )
        self.eid_button.clicked.connect(lambda: self.sign_and_save(eid=True))
        self.eid_button.setVisible(self.eid_module is not None)
        bottom = QHBoxLayout()
        bottom.addWidget(passphrase_label)
        bottom.addWidget(self.passphrase, 1)
        bottom.addWidget(self.sign_button)
        bottom.addWidget(self.eid_button)
        self.sign_message = self._message_label()

        box = QVBoxLayout(self.request_box)
        box.addLayout(head)
        box.addWidget(self.warning_label)
        box.addWidget(self.scroll_area, 1)
        box.addLayout(bottom)
        box.addWidget(self.sign_message)
        self.request_box.setVisible(False)

        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.work_message)
        layout.addWidget(self.request_box, 1)
        self.empty_label = QLabel(
            self.tr(
                "Open het aftekenverzoek dat je van je student kreeg "
                "(een bestand dat eindigt op .aftekenverzoek)."
            )
        )
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        layout.addStretch(0)
        return page

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
                self.tr("Dit bestand kan niet geopend worden: {0}").format(exc),
            )
            return
        self.request, self.request_path = request, path
        self.work_message.setVisible(False)
        self.sign_message.setVisible(False)
        programme = str(request.portfolio.get("list_title") or "")
        # The learner's name is signed with every item; the code comes from the signed
        # portfolio id: the student's app shows the same code.
        text = self.tr("Student: {0} (portfolio {1})").format(
            request.learner_name, request.portfolio_fingerprint
        )
        if programme:
            text += "\n" + self.tr("Opleiding volgens het verzoek: {0}").format(programme)
        self.learner_label.setText(text)
        warning = load_warning(self.identity, request) if self.identity else None
        self.warning_label.setText("⚠ " + warning if warning else "")
        self.warning_label.setVisible(bool(warning))
        self._fill_grid(request)
        self.empty_label.setVisible(False)
        self.request_box.setVisible(True)
        if self.rows:
            self.rows[0].approve.setFocus()

    def _fill_grid(self, request: SignRequest) -> None:
        self.rows = []
        holder = QWidget()
        grid = QGridLayout(holder)
        for column, text in enumerate(
            (
                self.tr("Akkoord"),
                self.tr("Niveau"),
                self.tr("Opmerking, of reden bij niet akkoord"),
                self.tr("Niet akkoord"),
            )
        ):
            header = QLabel(text)
            header.setTextFormat(Qt.TextFormat.PlainText)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            grid.addWidget(header, 0, column)
        line = 1
        for entry in request.items:
            approve = QCheckBox()
            # Long activity texts are shortened (in characters, so it scales with the font);
            # the whole text stays in the tooltip and the accessible name.
            width = approve.fontMetrics().averageCharWidth() * 70
            approve.setText(
                approve.fontMetrics().elidedText(entry.label, Qt.TextElideMode.ElideRight, width)
            )
            approve.setToolTip(entry.label)
            approve.setAccessibleName(self.tr("Akkoord met {0}").format(entry.label))
            grid.addWidget(approve, line, 0)
            level: QComboBox | None = None
            if entry.kind == "activity_record":
                level = QComboBox()
                level.setAccessibleName(self.tr("Niveau voor {0}").format(entry.label))
                names = {
                    1: self.tr("1 – geobserveerd"),
                    2: self.tr("2 – onder begeleiding uitgevoerd"),
                    3: self.tr("3 – zelfstandig uitgevoerd"),
                }
                top = max(3, entry.proposed_level or 1)
                for value in range(1, top + 1):
                    level.addItem(names.get(value, str(value)), value)
                level.setCurrentIndex(level.findData(entry.proposed_level or 1))
                grid.addWidget(level, line, 1)
            elif entry.kind == "competence":
                grid.addWidget(QLabel(self.tr("niveau {0}").format(entry.proposed_level)), line, 1)
            else:
                grid.addWidget(QLabel(self.tr("uren")), line, 1)
            comment = QLineEdit()
            comment.setAccessibleName(self.tr("Opmerking bij {0}").format(entry.label))
            comment.setPlaceholderText(self.tr("Opmerking (niet verplicht)"))
            grid.addWidget(comment, line, 2)
            refuse = QCheckBox(self.tr("niet akkoord"))
            refuse.setAccessibleName(self.tr("Niet akkoord met {0}").format(entry.label))
            grid.addWidget(refuse, line, 3)
            approve.toggled.connect(lambda on, r=refuse: on and r.setChecked(False))
            refuse.toggled.connect(lambda on, a=approve: on and a.setChecked(False))
            line += 1
            if entry.reflection:
                shown = (
                    self.tr("Notitie van de student: {0}")
                    if entry.kind == "hour_entry"
                    else self.tr("Reflectie: {0}")
                )
                reflection = QLabel(shown.format(entry.reflection))
                reflection.setTextFormat(Qt.TextFormat.PlainText)  # never markup
                reflection.setWordWrap(True)
                reflection.setIndent(24)
                grid.addWidget(reflection, line, 0, 1, 4)
                line += 1
            self.rows.append(_Row(entry, approve, level, comment, refuse))
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        grid.setRowStretch(line, 1)
        self.scroll_area.setWidget(holder)
        # Tab order: per item akkoord, level, comment; then the passphrase and the button.
        order: list[QWidget] = [self.open_button, self.all_button]
        for row in self.rows:
            order += [row.approve, *([row.level] if row.level else []), row.comment]
            order += [row.refuse] if row.refuse else []
        order += [self.passphrase, self.sign_button]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def tick_all(self) -> None:
        for row in self.rows:
            if row.refuse is None or not row.refuse.isChecked():
                row.approve.setChecked(True)

    def decisions(self) -> dict[str, Decision]:
        out = {}
        for row in self.rows:
            if row.refuse is not None and row.refuse.isChecked():
                out[row.entry.id] = Decision(
                    approve=False, refuse=True, comment=row.comment.text().strip()
                )
            elif row.approve.isChecked():
                out[row.entry.id] = Decision(
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
            self._show(self.sign_message, self.tr("Vink eerst aan waarmee je akkoord gaat."))
            return
        missing = next(
            (row for row in self.rows if row.entry.id in decisions
             and decisions[row.entry.id].refuse and not decisions[row.entry.id].comment),
            None,
        )  # fmt: skip
        if missing is not None:
            self._show(self.sign_message, self.tr("Geef een reden bij ‘niet akkoord’."))
            missing.comment.setFocus()
            return
        data = self._sign_with_eid(decisions) if eid else self._sign_with_key(decisions)
        if data is None:
            return
        self._save_response(data, decisions)

    def _sign_with_key(self, decisions: dict[str, Decision]) -> bytes | None:
        assert self.request is not None and self.identity is not None
        try:
            return sign_request(self.request, self.identity, self.passphrase.text(), decisions)
        except WrongPassphraseError:
            self._show(self.sign_message, self.tr("Verkeerde wachtzin; er is niets afgetekend."))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return None
        except ValueError as exc:
            self._show(self.sign_message, self.tr("Aftekenen lukte niet: {0}").format(exc))
            return None

    def _save_response(self, data: bytes, decisions: dict[str, Decision]) -> None:
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
                self.tr("Niet opgeslagen: de aftekening is niet bewaard."),
            )
            return
        try:
            write_atomically(Path(path), data)
        except OSError as exc:
            self._show(
                self.sign_message,
                self.tr("De aftekening kon niet bewaard worden: {0}").format(exc.strerror),
            )
            return
        self.passphrase.clear()
        self._show(
            self.sign_message,
            self.tr("{0} item(s) afgetekend en bewaard in {1}. Geef dit bestand aan {2}.").format(
                len(decisions), path, self.request.learner_name
            ),
        )

    # -- helpers ---------------------------------------------------------------------------------

    def _message_label(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setAccessibleName(self.tr("Melding"))
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setVisible(False)
        return label

    def _show(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(True)
