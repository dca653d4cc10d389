"""The Bewijsstukken section: evidence files, what they show and which competences they cover.

For the EVC candidate this is the main page. Files come in with "Bestand toevoegen…" or by
dragging them from the file manager onto the section; each gets a description and links to
competences. The coverage panel shows per competence whether there is evidence (text and icon).
When the list's BKs ask attestations (an uittreksel uit het strafregister, an attest
levensreddend handelen, ...), a checklist below it shows each with its linked evidence or
"nog geen bewijsstuk"; an attestation is linked like a competence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stageportfolio.services.errors import StoreError
from stageportfolio.services.portfolio import AttestationStatus, EvidenceInfo, PortfolioService
from stageportfolio.ui.dialogs.evidence_dialog import EvidenceDialog, competence_code
from stageportfolio.ui.models.evidence_model import EvidenceModel, EvidenceRow
from stageportfolio.ui.sections.base import Section

NAME_COLUMN_CHARS = 10  # the evidence table's name column at least (elided in the middle)


class EvidenceTable(QTableView):
    """The list of evidence; tells the section when its width changes (to fit the name)."""

    def __init__(self, on_resize: Callable[[], None]) -> None:
        super().__init__()
        self._on_resize = on_resize

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._on_resize()


ERRORS = (ValueError, LookupError, OSError, StoreError)
IdRole = Qt.ItemDataRole.UserRole + 1


def local_files(mime: QMimeData) -> list[Path]:
    """The local files (not folders, not web links) among the dragged urls."""
    if not mime.hasUrls():
        return []
    out = []
    for url in mime.urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.is_file():
                out.append(path)
    return out


def status_tree(headers: tuple[str, str], name: str) -> QTreeWidget:
    """A two-column tree: what (stretched) and its evidence status (fitted to its text)."""
    tree = QTreeWidget()
    tree.setColumnCount(2)
    tree.setHeaderLabels(list(headers))
    tree.setAccessibleName(name)
    tree.setUniformRowHeights(True)
    tree.header().setStretchLastSection(False)
    tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    return tree


class EditEvidenceCommand(QUndoCommand):
    """Change an evidence item's description and links; undo puts the old ones back."""

    def __init__(
        self, section: EvidenceSection, info: EvidenceInfo, description: str, links: list[str]
    ) -> None:
        super().__init__(section.tr("Bewijsstuk {0} beschrijven").format(info.original_name))
        self.section = section
        self.evidence_id = info.id
        self.old = (info.description, list(info.links))
        self.new = (description, links)

    def _set(self, values: tuple[str, list[str]]) -> None:
        try:
            self.section.service.set_evidence_details(
                self.evidence_id, description=values[0], links=values[1]
            )
        except ERRORS as exc:
            self.setObsolete(True)
            self.section.show_error(
                self.section.tr("Het bewijsstuk kon niet bewaard worden: {0}").format(exc)
            )
        self.section.after_change()

    def redo(self) -> None:
        self._set(self.new)

    def undo(self) -> None:
        self._set(self.old)


class EvidenceSection(Section):
    def __init__(
        self, service: PortfolioService, undo: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(service, undo, parent)
        self.setAcceptDrops(True)
        self.dialog: EvidenceDialog | None = None
        self._queue: list[tuple[Path, list[str]]] = []
        self._queue_total = 0
        self._evidence: dict[str, EvidenceInfo] = {}
        self._competences = {comp.id: (bk, comp) for bk, comp in service.alist.competences()}
        self._attestations = {item.id: item for item in service.alist.attestations()}
        self._multi_bk = len({bk.code for bk, _ in service.alist.competences()}) > 1
        style = self.style()
        self.icon_ok = style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        self.icon_missing = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

        # -- welcome (no evidence yet) --------------------------------------------------------
        self.welcome = QFrame()
        self.welcome.setFrameShape(QFrame.Shape.StyledPanel)
        # Written for who uses it: an EVC adult shows what they can from work and volunteering;
        # a pupil on stage keeps the attestations and documents of the stage.
        evc = service.info.role == "evc"
        welcome_title = QLabel(
            self.tr("Toon wat je al kunt") if evc else self.tr("Bewaar de documenten van je stage")
        )
        welcome_title.setObjectName("welcomeTitle")
        welcome_title.setWordWrap(True)  # fits a window of 800 wide
        font = welcome_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        welcome_title.setFont(font)
        if evc:
            text = self.tr(
                "Een bewijsstuk is een document dat toont wat je in je werk of als vrijwilliger "
                "geleerd en gedaan hebt. Bijvoorbeeld:\n"
                "• attesten van opleidingen en getuigschriften of diploma's\n"
                "• werkgeversverklaringen of een verklaring van de organisatie waar je "
                "vrijwilligerswerk deed\n"
                "• foto's van je werk (zonder cliënten of bewoners in beeld)\n\n"
                "Voeg een bestand toe, schrijf kort wat het toont en vink de competenties aan "
                "waarvoor het bewijs is. Je kunt bestanden ook vanuit je bestandsbeheerder naar "
                "dit venster slepen."
            )
        else:
            text = self.tr(
                "Hier bewaar je de documenten van je stage. Bijvoorbeeld:\n"
                "• de attesten die je opleiding vraagt, zoals een attest levensreddend handelen "
                "of een uittreksel uit het strafregister\n"
                "• je stagecontract of een verslag van je mentor\n"
                "• een foto van iets wat je maakte (zonder cliënten of bewoners in beeld)\n\n"
                "Voeg een bestand toe, schrijf kort wat het is en vink aan bij welk attest of "
                "welke competentie het hoort. Je kunt bestanden ook naar dit venster slepen."
            )
        welcome_text = QLabel(text)
        welcome_text.setObjectName("welcomeText")
        welcome_text.setWordWrap(True)
        self.welcome_button = QPushButton(self.tr("Bestand toevoegen"))
        self.welcome_button.setAccessibleName(self.tr("Bestand toevoegen"))
        big = self.welcome_button.font()
        big.setPointSizeF(big.pointSizeF() * 1.3)
        self.welcome_button.setFont(big)
        self.welcome_button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.welcome_button.setMinimumHeight(self.welcome_button.sizeHint().height() * 2)
        welcome_layout = QVBoxLayout(self.welcome)
        welcome_layout.addWidget(welcome_title)
        welcome_layout.addWidget(welcome_text)
        welcome_layout.addWidget(self.welcome_button, 0, Qt.AlignmentFlag.AlignLeft)

        # -- the list of evidence ------------------------------------------------------------
        self.model = EvidenceModel(self)
        self.table = EvidenceTable(lambda: self._fit_name_column())
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Bewijsstukken"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EvidenceModel.COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        # A long file name must not push the date out of the pane: the name column is given a
        # width from the font (elided in the middle, so the extension shows; the whole name is
        # the tooltip), and Type and Datum follow it in full.
        header.setSectionResizeMode(EvidenceModel.COL_NAME, QHeaderView.ResizeMode.Interactive)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.add_button = QPushButton(self.tr("Bestand &toevoegen…"))
        self.edit_button = QPushButton(self.tr("Beschrijven en &koppelen…"))
        self.open_button = QPushButton(self.tr("&Openen"))
        self.add_button.setToolTip(self.tr("Ctrl+N; je kunt bestanden ook hierheen slepen"))
        self.edit_button.setToolTip(self.tr("Enter"))
        self.open_button.setToolTip(self.tr("Openen met het standaardprogramma (Ctrl+O)"))
        # Two rows of buttons, so the list and the coverage fit side by side at 800 pixels.
        buttons = QGridLayout()
        buttons.addWidget(self.add_button, 0, 0)
        buttons.addWidget(self.open_button, 0, 1)
        buttons.addWidget(self.edit_button, 1, 0, 1, 2)
        buttons.setColumnStretch(2, 1)
        self.drop_hint = QLabel(self.tr("Sleep bestanden hierheen om ze toe te voegen."))
        self.drop_hint.setWordWrap(True)
        self.list_box = QWidget()
        list_layout = QVBoxLayout(self.list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(buttons)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.drop_hint)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.welcome)
        left_layout.addWidget(self.list_box, 1)
        self.welcome_spacer = QWidget()
        left_layout.addWidget(self.welcome_spacer, 1)

        # -- coverage -------------------------------------------------------------------------
        coverage = QGroupBox(self.tr("Welke competenties hebben bewijs?"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Samenvatting van het bewijs"))
        self.coverage = status_tree(
            (self.tr("Competentie"), self.tr("Bewijs")), self.tr("Bewijs per competentie")
        )
        self.coverage_button = QPushButton(self.tr("Bewijs toevoegen voor deze &competentie…"))
        self.coverage_button.setEnabled(False)
        coverage_hint = QLabel(
            self.tr(
                "Kies een competentie en druk Enter of dubbelklik om er bewijs voor toe te voegen."
            )
        )
        coverage_hint.setWordWrap(True)
        coverage_layout = QVBoxLayout(coverage)
        coverage_layout.addWidget(self.summary)
        coverage_layout.addWidget(self.coverage, 1)
        coverage_layout.addWidget(coverage_hint)
        coverage_layout.addWidget(self.coverage_button)

        # -- attestations ---------------------------------------------------------------------
        self.attest_box = QGroupBox(self.tr("Welke attesten heb je al?"))
        attest_intro = QLabel(
            self.tr(
                "Naast de competenties vraagt de beroepskwalificatie deze attesten. Voeg een "
                "scan of foto van elk attest toe."
            )
        )
        attest_intro.setWordWrap(True)
        self.attest_summary = QLabel()
        self.attest_summary.setWordWrap(True)
        self.attest_summary.setAccessibleName(self.tr("Samenvatting van de attesten"))
        self.attest_tree = status_tree(
            (self.tr("Attest"), self.tr("Bewijsstuk")), self.tr("Attesten met hun bewijsstuk")
        )
        self.attest_tree.setRootIsDecorated(False)
        self.attest_button = QPushButton(self.tr("Bewijsstuk voor dit attest toe&voegen…"))
        self.attest_button.setEnabled(False)
        attest_layout = QVBoxLayout(self.attest_box)
        attest_layout.addWidget(attest_intro)
        attest_layout.addWidget(self.attest_summary)
        attest_layout.addWidget(self.attest_tree, 1)
        attest_layout.addWidget(self.attest_button)
        self.attest_box.setVisible(bool(self._attestations))

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(coverage)
        right.addWidget(self.attest_box)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        right.setChildrenCollapsible(False)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)  # competence titles are long; give them the room
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.welcome_button.clicked.connect(lambda: self.choose_files())
        self.add_button.clicked.connect(lambda: self.choose_files())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.open_button.clicked.connect(self.open_selected)
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.coverage.itemActivated.connect(lambda item, _col: self._coverage_activated(item))
        self.coverage.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.coverage_button.clicked.connect(
            lambda: self._coverage_activated(self.coverage.currentItem())
        )
        self.attest_tree.itemActivated.connect(lambda item, _col: self._attest_activated(item))
        self.attest_tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.attest_button.clicked.connect(
            lambda: self._attest_activated(self.attest_tree.currentItem())
        )
        for sequence, slot in (
            (QKeySequence.StandardKey.New, lambda: self.choose_files()),
            (QKeySequence.StandardKey.Open, self.open_selected),
        ):
            shortcut = QShortcut(QKeySequence(sequence), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.setTabOrder(self.welcome_button, self.add_button)
        self.setTabOrder(self.add_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.open_button)
        self.setTabOrder(self.open_button, self.table)
        self.setTabOrder(self.table, self.coverage)
        self.setTabOrder(self.coverage, self.coverage_button)
        self.setTabOrder(self.coverage_button, self.attest_tree)
        self.setTabOrder(self.attest_tree, self.attest_button)
        self.refresh()

    def title(self) -> str:
        return self.tr("Bewijsstukken")

    # -- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            items = self.service.evidence()
        except ERRORS as exc:
            self.show_error(self.tr("De bewijsstukken konden niet gelezen worden: {0}").format(exc))
            return
        self._evidence = {e.id: e for e in items}
        current = self.selected_id()
        self.model.set_rows(
            [
                EvidenceRow(
                    id=e.id,
                    name=e.original_name,
                    kind=self.kind_label(e.media_type, e.original_name, e.stored_name),
                    day=f"{e.day.day}/{e.day.month}/{e.day.year}",
                    description=e.description,
                    linked=self.links_label(e.links),
                    stored_name=e.stored_name,
                )
                for e in items
            ]
        )
        self._fit_name_column()
        row = self.model.row_of(current) if current else -1
        if row >= 0:
            self.table.selectRow(row)
        self.welcome.setVisible(not items)
        self.welcome_spacer.setVisible(not items)
        self.list_box.setVisible(bool(items))
        self._fill_coverage(items)
        self._fill_attestations(self.service.attestations(items))
        self._update_buttons()

    def _fit_name_column(self) -> None:
        """The name column as wide as its longest name, but no wider than leaves Type and Datum
        in view in the list's pane (at 1200x760 and at 800x600); never narrower than about
        ``NAME_COLUMN_CHARS`` characters of the table's font."""
        table = self.table
        header = table.horizontalHeader()
        needed = max(
            table.sizeHintForColumn(EvidenceModel.COL_NAME),
            header.sectionSizeHint(EvidenceModel.COL_NAME),
        )
        beside = sum(
            max(table.sizeHintForColumn(c), header.sectionSizeHint(c))
            for c in (EvidenceModel.COL_KIND, EvidenceModel.COL_DAY)
        )
        room = table.viewport().width() - beside
        least = table.fontMetrics().horizontalAdvance("x" * NAME_COLUMN_CHARS)
        table.setColumnWidth(EvidenceModel.COL_NAME, min(needed, max(room, least)))

    def kind_label(self, media_type: str, name: str, stored_name: str = "") -> str:
        if stored_name and self.service.evidence_kind(stored_name) is None:
            # Stored by an older version: shown as what it is, and never opened.
            suffix = Path(stored_name).suffix or "?"
            return self.tr("⚠ niet te openen ({0})").format(suffix)
        main, _, sub = media_type.partition("/")
        if sub == "pdf":
            return self.tr("PDF")
        if main == "image":
            return self.tr("afbeelding")
        if "word" in sub or sub.endswith("opendocument.text"):
            return self.tr("tekstdocument")
        if "sheet" in sub or "excel" in sub:
            return self.tr("rekenblad")
        if main == "text":
            return self.tr("tekst")
        if main == "video":
            return self.tr("video")
        if main == "audio":
            return self.tr("geluid")
        suffix = Path(name).suffix.lstrip(".").upper()
        return suffix or self.tr("bestand")

    def links_label(self, links: tuple[str, ...] | list[str]) -> str:
        """``("bkc…", "bkc…")`` -> ``"C11, C13"`` (per BK when the list has more than one)."""
        per_bk: dict[str, list[int]] = {}
        titles: dict[str, str] = {}
        other = []
        for link in links:
            found = self._competences.get(link)
            if found is None:
                other.append(link)
                continue
            bk, comp = found
            per_bk.setdefault(bk.code, []).append(comp.nr)
            titles[bk.code] = bk.title
        order = [bk.code for bk in self.service.alist.bks if bk.code in per_bk]
        parts = []
        for code in order:
            numbers = ", ".join(competence_code(nr) for nr in sorted(per_bk[code]))
            parts.append(f"{titles[code]}: {numbers}" if self._multi_bk else numbers)
        attests = [
            self.tr("attest: {0}").format(self._attestations[link].text)
            for link in other
            if link in self._attestations
        ]
        rest = [link for link in other if link not in self._attestations]
        return "; ".join(parts + attests + rest)

    def _fill_attestations(self, statuses: list[AttestationStatus]) -> None:
        current = self.attest_tree.currentItem()
        current_id = current.data(0, IdRole) if current is not None else None
        self.attest_tree.clear()
        restore = None
        for status in statuses:
            if status.evidence:
                names = ", ".join(e.original_name for e in status.evidence)
                text = "✓ " + names
            else:
                text = self.tr("✗ nog geen bewijsstuk")
            item = QTreeWidgetItem(self.attest_tree, [status.text, text])
            item.setData(0, IdRole, status.id)
            item.setIcon(1, self.icon_ok if status.done else self.icon_missing)
            details = [status.text]
            if status.type:
                details.append(status.type)
            if status.regulation:
                details.append(status.regulation)
            details.append(self.tr("Gevraagd door: {0}").format(", ".join(status.bks)))
            item.setToolTip(0, "\n".join(details))
            item.setToolTip(
                1,
                self.tr("Dubbelklik of Enter: nog een bestand toevoegen")
                if status.done
                else self.tr("Dubbelklik of Enter: een bestand toevoegen voor dit attest"),
            )
            if status.id == current_id:
                restore = item
        if statuses:  # room for every attestation (a BK asks a handful at most)
            rows = self.attest_tree.sizeHintForRow(0) * min(len(statuses), 6)
            header = self.attest_tree.header().sizeHint().height()
            frame = 2 * self.attest_tree.frameWidth() + 8
            self.attest_tree.setMinimumHeight(rows + header + frame)
        done = sum(1 for status in statuses if status.done)
        self.attest_summary.setText(
            self.tr("{0} van {1} attesten hebben een bewijsstuk").format(done, len(statuses))
        )
        if restore is not None:
            self.attest_tree.setCurrentItem(restore)

    def _attest_activated(self, item: QTreeWidgetItem | None) -> None:
        attest_id = item.data(0, IdRole) if item is not None else None
        if attest_id is None:
            return
        self.choose_files(
            links=[attest_id],
            caption=self.tr("Bewijsstuk kiezen voor het attest {0}").format(
                self._attestations[attest_id].text
            ),
        )

    def _fill_coverage(self, items: list[EvidenceInfo]) -> None:
        counts: Counter[str] = Counter()
        for e in items:
            for link in set(e.links):
                counts[link] += 1
        current = self.coverage.currentItem()
        current_id = current.data(0, IdRole) if current is not None else None
        self.coverage.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        covered = 0
        total = 0
        restore = None
        for bk, comp in self.service.alist.competences():
            group = groups.get(bk.code)
            if group is None:
                group = QTreeWidgetItem(self.coverage, [f"{bk.code} {bk.title}", ""])
                group.setFirstColumnSpanned(True)
                group.setExpanded(True)
                groups[bk.code] = group
            count = counts.get(comp.id, 0)
            total += 1
            covered += bool(count)
            if count:
                status = self.tr("✓ %n bewijsstuk(ken)", "", count)
            else:
                status = self.tr("✗ nog geen bewijs")
            item = QTreeWidgetItem(group, [f"{competence_code(comp.nr)}  {comp.title}", status])
            item.setIcon(1, self.icon_ok if count else self.icon_missing)
            item.setData(0, IdRole, comp.id)
            item.setToolTip(0, comp.title)
            item.setToolTip(
                1,
                self.tr("Dubbelklik of Enter: nog een bestand toevoegen")
                if count
                else self.tr("Dubbelklik of Enter: een bestand toevoegen voor deze competentie"),
            )
            if comp.id == current_id:
                restore = item
        for code, group in groups.items():
            children = [c for i in range(group.childCount()) if (c := group.child(i))]
            done = sum(1 for c in children if counts.get(c.data(0, IdRole), 0))
            title = next(bk.title for bk in self.service.alist.bks if bk.code == code)
            group.setText(
                0, self.tr("{0} {1}: {2} van {3}").format(code, title, done, len(children))
            )
        self.summary.setText(
            self.tr("{0} van {1} competenties hebben bewijs").format(covered, total)
        )
        if restore is not None:
            self.coverage.setCurrentItem(restore)

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        rows = self.table.selectionModel().selectedRows()
        if rows:
            index = rows[0]
        return index.data(EvidenceModel.IdRole) if index.isValid() else None

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        self.edit_button.setEnabled(has)
        self.open_button.setEnabled(has)
        item = self.coverage.currentItem()
        self.coverage_button.setEnabled(item is not None and item.data(0, IdRole) is not None)
        self.attest_button.setEnabled(self.attest_tree.currentItem() is not None)

    def after_change(self) -> None:
        self.refresh()
        self.changed.emit()

    # -- adding -----------------------------------------------------------------------------

    def choose_files(self, links: list[str] | None = None, caption: str | None = None) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            caption or self.tr("Bewijsstukken kiezen"),
            str(Path.home()),
            self.tr(
                "Documenten en foto's (*.pdf *.jpg *.jpeg *.png *.heic *.doc *.docx *.odt "
                "*.txt);;Alle bestanden (*)"
            ),
        )
        self.add_files([Path(n) for n in names if n], links=links or [])

    def add_files(self, paths: list[Path], *, links: list[str] | None = None) -> None:
        """Ask a description and links for each file in turn, then save it."""
        if not paths:
            return
        busy = bool(self._queue) or (self.dialog is not None and self.dialog.isVisible())
        self._queue.extend((p, list(links or [])) for p in paths)
        self._queue_total = self._queue_total + len(paths) if busy else len(paths)
        if not busy:
            self._next_file()

    def _next_file(self) -> None:
        if not self._queue:
            self.dialog = None
            self._queue_total = 0
            return
        path, links = self._queue.pop(0)
        position = (self._queue_total - len(self._queue), self._queue_total)
        dialog = EvidenceDialog(
            self.service.alist, file_name=path.name, links=links, position=position, parent=self
        )
        dialog.accepted.connect(lambda: self._save_new(path, dialog))
        dialog.finished.connect(lambda _result: self._next_file())
        self.dialog = dialog
        dialog.open()

    def _save_new(self, path: Path, dialog: EvidenceDialog) -> None:
        values = dialog.values()
        try:
            evidence_id = self.service.add_evidence(
                path,
                description=values["description"],
                links=values["links"],
            )
        except ERRORS as exc:
            self.show_error(self.tr("{0} kon niet toegevoegd worden: {1}").format(path.name, exc))
            return
        self.after_change()
        row = self.model.row_of(evidence_id)
        if row >= 0:
            self.table.selectRow(row)

    def _coverage_activated(self, item: QTreeWidgetItem | None) -> None:
        competence_id = item.data(0, IdRole) if item is not None else None
        if competence_id is None:
            return
        _bk, comp = self._competences[competence_id]
        self.choose_files(
            links=[competence_id],
            caption=self.tr("Bewijs kiezen voor {0} {1}").format(
                competence_code(comp.nr), comp.title
            ),
        )

    # -- drag and drop ----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event.mimeData())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(files)

    # -- editing and opening --------------------------------------------------------------

    def edit_selected(self) -> EvidenceDialog | None:
        evidence_id = self.selected_id()
        info = self._evidence.get(evidence_id) if evidence_id else None
        if info is None:
            return None
        dialog = EvidenceDialog(
            self.service.alist,
            file_name=info.original_name,
            description=info.description,
            links=info.links,
            editing=True,
            parent=self,
        )
        dialog.accepted.connect(lambda: self._save_details(info, dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save_details(self, info: EvidenceInfo, dialog: EvidenceDialog) -> None:
        values = dialog.values()
        description = values["description"]
        links = list(values["links"])
        if description == info.description and sorted(links) == sorted(info.links):
            return
        self.undo.push(EditEvidenceCommand(self, info, description, links))

    def open_selected(self) -> None:
        evidence_id = self.selected_id()
        info = self._evidence.get(evidence_id) if evidence_id else None
        if info is None:
            return
        try:
            # Only a document or picture whose content matches its type; never a program.
            path = self.service.evidence_file(info.stored_name, info.original_name)
        except ERRORS as exc:
            self.show_error(str(exc))
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.show_error(
                self.tr("Er is geen programma gevonden om {0} te openen.").format(
                    info.original_name
                )
            )
