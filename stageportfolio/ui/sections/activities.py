"""The Activiteiten section: BK > competence > activity, the student's proposals and the
mentor's sign-offs, with a status filter, a search field and a detail pane.

Enter, a double-click or "Niveau voorstellen" opens :class:`ActivityDialog` for the selected
activity; "Voorstel verwijderen" (Delete) removes an unsigned proposal and is undoable.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from stageportfolio.services.portfolio import PortfolioService
from stageportfolio.ui.dialogs.activity_dialog import ActivityDialog
from stageportfolio.ui.models.activities_model import (
    COL_DATE,
    COL_LEVEL,
    COL_SIGNOFF,
    COL_TEXT,
    KIND_ROLE,
    ROW_ROLE,
    STATUS_OPEN,
    STATUS_PROPOSED,
    STATUS_SIGNED,
    ActivitiesModel,
    ActivityFilterProxy,
    ActivityRow,
    CompetenceRow,
    SignOffRow,
    build_rows,
    format_day,
    progress_text,
)
from stageportfolio.ui.sections.base import Section
from stageportfolio.ui.widgets import ui_language

_SERVICE_ERRORS = (ValueError, LookupError, OSError)


class DeleteProposalCommand(QUndoCommand):
    """Remove an unsigned proposal; undo saves it again with the same values."""

    def __init__(self, section: ActivitiesSection, act: ActivityRow, text: str) -> None:
        super().__init__(text)
        self._section = section
        self._act = act
        self._record_id = act.record_id

    def redo(self) -> None:
        if self._record_id is None:
            self.setObsolete(True)
            return
        try:
            self._section.service.delete_record(self._record_id)
        except _SERVICE_ERRORS as exc:
            self.setObsolete(True)
            self._section.show_error(self._section.delete_failed_text(exc))
            return
        self._section.after_change(self._act.activity_id)

    def undo(self) -> None:
        act = self._act
        assert act.proposed_level is not None and act.day is not None
        try:
            self._record_id = self._section.service.save_record(
                activity_id=act.activity_id,
                competence_id=act.competence_id,
                proposed_level=act.proposed_level,
                day=act.day,
                reflection=act.reflection,
            )
        except _SERVICE_ERRORS as exc:
            self.setObsolete(True)
            self._section.show_error(self._section.save_failed_text(exc))
            return
        self._section.after_change(act.activity_id)


class ActivitiesSection(Section):
    def __init__(
        self, service: PortfolioService, undo: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(service, undo, parent)
        self.dialog: ActivityDialog | None = None
        self._closed_dialog: ActivityDialog | None = None
        self._levels = {lvl.value: lvl.text(ui_language()) for lvl in service.alist.levels}

        self.model = ActivitiesModel(self)
        self.proxy = ActivityFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        # -- filter bar ------------------------------------------------------------------------
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Toon activiteiten"))
        for text, status, tip in (
            (self.tr("Alle"), None, self.tr("Alle activiteiten")),
            (self.tr("Open"), STATUS_OPEN, self.tr("Nog geen voorstel")),
            (self.tr("Voorgesteld"), STATUS_PROPOSED, self.tr("Voorstel wacht op de mentor")),
            (self.tr("Afgetekend"), STATUS_SIGNED, self.tr("Door de mentor afgetekend")),
        ):
            self.status_combo.addItem(text, status)
            self.status_combo.setItemData(
                self.status_combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole
            )
        status_label = QLabel(self.tr("&Toon:"))
        status_label.setBuddy(self.status_combo)

        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Zoeken in activiteiten en competenties"))
        self.search.setPlaceholderText(self.tr("bv. mondzorg, glycemie, hygiëne… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Zoeken:"))
        search_label.setBuddy(self.search)

        bar = QHBoxLayout()
        bar.addWidget(status_label)
        bar.addWidget(self.status_combo)
        bar.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        bar.addWidget(search_label)
        bar.addWidget(self.search, 1)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Voortgang"))

        # -- tree --------------------------------------------------------------------------------
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setAccessibleName(self.tr("Competenties en activiteiten"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setAllColumnsShowFocus(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (COL_LEVEL, COL_DATE, COL_SIGNOFF):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.activated.connect(self._activated)
        self.tree.selectionModel().currentRowChanged.connect(self._current_changed)

        self.tree.installEventFilter(self)  # Delete removes the selected proposal
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WindowShortcut)
        find.activated.connect(self._focus_search)

        # -- actions -----------------------------------------------------------------------------
        self.propose_button = QPushButton(self.tr("Niveau &voorstellen…"))
        self.propose_button.setToolTip(self.tr("Enter of dubbelklik op een activiteit"))
        self.new_button = QPushButton(self.tr("&Nieuw voorstel…"))
        self.new_button.setToolTip(
            self.tr(
                "Een afgetekend voorstel blijft zoals het is; opnieuw geoefend? Stel opnieuw voor."
            )
        )
        self.delete_button = QPushButton(self.tr("Voorstel ve&rwijderen"))
        self.delete_button.setToolTip(self.tr("Delete; ongedaan maken met Ctrl+Z"))
        self.propose_button.clicked.connect(self.propose)
        self.new_button.clicked.connect(self.new_proposal)
        self.delete_button.clicked.connect(self.delete_proposal)
        buttons = QHBoxLayout()
        buttons.addWidget(self.propose_button)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)

        # -- details -----------------------------------------------------------------------------
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Details van de gekozen activiteit"))
        self.details.setOpenLinks(False)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.tree, 1)
        top_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

        QWidget.setTabOrder(self.status_combo, self.search)
        QWidget.setTabOrder(self.search, self.tree)
        QWidget.setTabOrder(self.tree, self.propose_button)
        QWidget.setTabOrder(self.propose_button, self.new_button)
        QWidget.setTabOrder(self.new_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.details)

        self.status_combo.currentIndexChanged.connect(self._filter_changed)
        self.search.textChanged.connect(self._filter_changed)

        self.refresh()
        self._default_expansion()
        first = self.proxy.index(0, 0)
        if first.isValid():
            self.tree.setCurrentIndex(first)
        self._update_actions()

    def title(self) -> str:
        return self.tr("Activiteiten")

    # -- reading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reread proposals and sign-offs; keep what was expanded and selected."""
        current = self.current_activity_id() or self._current_key()
        expanded = self._expanded_keys()
        try:
            from stageportfolio.services.signoffs import SignOffService

            rows = build_rows(
                self.service.alist.competences(),
                records=self.service.records(),
                signoffs=SignOffService(self.service).verify_all(),
                level_labels=self._levels,
            )
        except _SERVICE_ERRORS as exc:
            self.show_error(self.tr("De activiteiten konden niet gelezen worden: {0}").format(exc))
            return
        self.model.set_rows(rows)
        if self.proxy.is_filtering():
            self.tree.expandAll()
        else:
            for key in expanded:
                index = self._proxy_index_for_key(key)
                if index.isValid():
                    self.tree.expand(index)
        if current:
            self.select(current)
        self._update_summary(rows)
        self._update_actions()
        self._show_details()

    def _update_summary(self, rows: list) -> None:
        total = proposed = signed = 0
        for bk in rows:
            t, p, s = bk.counts()
            total, proposed, signed = total + t, proposed + p, signed + s
        self.summary.setText(
            self.tr("Alle BK's samen: {0}").format(progress_text((total, proposed, signed)))
            + self._filter_note()
        )

    def _filter_note(self) -> str:
        if not self.proxy.is_filtering():
            return ""
        shown = self._count_shown_activities(QModelIndex())
        if shown == 0:
            return self.tr(" · Geen activiteiten gevonden met deze filter.")
        return self.tr(" · %n activiteit(en) getoond.", "", shown)

    def _count_shown_activities(self, parent: QModelIndex) -> int:
        count = 0
        for row in range(self.proxy.rowCount(parent)):
            index = self.proxy.index(row, 0, parent)
            if self.proxy.data(index, KIND_ROLE) == "activity":
                count += 1
            else:
                count += self._count_shown_activities(index)
        return count

    # -- selection and expansion ---------------------------------------------------------------

    def current_activity(self) -> ActivityRow | None:
        row = self.proxy.data(self.tree.currentIndex(), ROW_ROLE)
        return row if isinstance(row, ActivityRow) else None

    def current_activity_id(self) -> str | None:
        act = self.current_activity()
        return act.activity_id if act else None

    def _current_key(self) -> str | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return self._key(index)

    def _key(self, index: QModelIndex | QPersistentModelIndex) -> str:
        row = self.proxy.data(index, ROW_ROLE)
        if isinstance(row, ActivityRow):
            return row.activity_id
        if isinstance(row, CompetenceRow):
            return row.competence_id
        return str(getattr(row, "code", ""))

    def _proxy_index_for_key(self, key: str) -> QModelIndex:
        source = self.model.activity_index(key)
        if not source.isValid():
            source = self.model.competence_index(key)
        if not source.isValid():
            for row in range(self.model.rowCount()):
                index = self.model.index(row, 0)
                if self._source_key(index) == key:
                    source = index
                    break
        return self.proxy.mapFromSource(source) if source.isValid() else QModelIndex()

    def _source_key(self, index: QModelIndex) -> str:
        row = self.model.data(index, ROW_ROLE)
        return str(getattr(row, "code", ""))

    def _expanded_keys(self) -> list[str]:
        keys: list[str] = []

        def walk(parent: QModelIndex) -> None:
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                if self.tree.isExpanded(index):
                    keys.append(self._key(index))
                    walk(index)

        walk(QModelIndex())
        return keys

    def _default_expansion(self) -> None:
        self.tree.collapseAll()
        for row in range(self.proxy.rowCount()):
            self.tree.expand(self.proxy.index(row, 0))

    def select(self, key: str) -> bool:
        """Make the activity (or competence) with this id current, opening its parents."""
        index = self._proxy_index_for_key(key)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._update_actions()
        self._show_details()

    def _update_actions(self) -> None:
        act = self.current_activity()
        self.propose_button.setEnabled(act is not None)
        if act is not None and act.status == STATUS_SIGNED:
            self.propose_button.setText(self.tr("Voorstel be&kijken…"))
        else:
            self.propose_button.setText(self.tr("Niveau &voorstellen…"))
        self.new_button.setEnabled(act is not None and act.status == STATUS_SIGNED)
        self.delete_button.setEnabled(act is not None and act.editable)

    # -- filtering -----------------------------------------------------------------------------

    def _filter_changed(self) -> None:
        current = self._current_key()
        self.proxy.set_status(self.status_combo.currentData())
        self.proxy.set_search(self.search.text())
        if self.proxy.is_filtering():
            self.tree.expandAll()
        else:
            self._default_expansion()
        if current is None or not self.select(current) or self.current_activity() is None:
            first = self._first_activity(QModelIndex())
            if first.isValid():
                self.tree.setCurrentIndex(first)
                self.tree.scrollTo(first)
        self.summary.setText(self.summary.text().split(" · ")[0] + self._filter_note())
        self._update_actions()
        self._show_details()

    def _first_activity(self, parent: QModelIndex) -> QModelIndex:
        for row in range(self.proxy.rowCount(parent)):
            index = self.proxy.index(row, 0, parent)
            if self.proxy.data(index, KIND_ROLE) == "activity":
                return index
            found = self._first_activity(index)
            if found.isValid():
                return found
        return QModelIndex()

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- details -------------------------------------------------------------------------------

    def _show_details(self) -> None:
        row = self.proxy.data(self.tree.currentIndex(), ROW_ROLE)
        if isinstance(row, ActivityRow):
            self.details.setHtml(self._activity_html(row))
        elif isinstance(row, CompetenceRow):
            self.details.setHtml(self._competence_html(row))
        elif row is not None:
            self.details.setHtml(
                f"<p><b>{escape(row.label)}</b></p><p>{escape(progress_text(row.counts()))}</p>"
            )
        else:
            self.details.setHtml(
                "<p>" + escape(self.tr("Kies een activiteit om ze hier te zien.")) + "</p>"
            )

    def _competence_html(self, comp: CompetenceRow) -> str:
        parts = [
            f"<p><b>{escape(comp.label)}</b><br>"
            f"{escape(comp.bk_code)} · {escape(comp.competence_id)}</p>",
            f"<p>{escape(progress_text(comp.counts()))}</p>",
        ]
        if comp.signoff is not None:
            parts.append(self._signoff_html(comp.signoff, self.tr("Competentie afgetekend")))
        return "".join(parts)

    def _activity_html(self, act: ActivityRow) -> str:
        comp = self.model.competence(act.competence_id)
        parts = [f"<p><b>{escape(act.text)}</b></p>"]
        if comp is not None:
            parts.append(
                "<p>"
                + escape(self.tr("Competentie {0} ({1})").format(comp.label, comp.bk_code))
                + "</p>"
            )
        if act.source:
            parts.append("<p><i>" + escape(self.tr("Bron: {0}").format(act.source)) + "</i></p>")
        if act.record_id is None:
            parts.append(
                "<p>"
                + escape(self.tr("Nog geen voorstel. Druk Enter om een niveau voor te stellen."))
                + "</p>"
            )
            return "".join(parts)
        parts.append(
            "<p><b>"
            + escape(self.tr("Jouw voorstel:"))
            + "</b> "
            + escape(
                self.tr("niveau {0} – {1}, {2}").format(
                    act.proposed_level, act.level_label, format_day(act.day)
                )
            )
            + "</p>"
        )
        reflection = act.reflection or self.tr("(geen reflectie)")
        parts.append(
            "<p><b>"
            + escape(self.tr("Reflectie:"))
            + "</b><br>"
            + escape(reflection).replace("\n", "<br>")
            + "</p>"
        )
        if act.signoff is not None and act.signoff.refused:
            parts.append(
                self._signoff_html(
                    act.signoff,
                    self.tr("Niet akkoord: pas het voorstel aan en vraag opnieuw om aftekening"),
                )
            )
        elif act.signoff is not None:
            parts.append(self._signoff_html(act.signoff, self.tr("Afgetekend door de mentor")))
        else:
            parts.append(
                "<p><b>"
                + escape(self.tr("Mentor:"))
                + "</b> "
                + escape(self.tr("nog niet afgetekend (wacht op mentor)"))
                + "</p>"
            )
            if act.earlier_signoff is not None:
                parts.append(
                    self._signoff_html(act.earlier_signoff, self.tr("Eerder voorstel afgetekend"))
                )
        return "".join(parts)

    def _signoff_html(self, signoff: SignOffRow, heading: str) -> str:
        level = (
            self.tr("niveau {0} – {1}").format(
                signoff.level, self._levels.get(signoff.level, str(signoff.level))
            )
            if signoff.level is not None
            else self.tr("zonder niveau")
        )
        mark = "✓" if signoff.counts else "✗"
        if signoff.refused:
            level = ""
        lines = [
            f"<b>{mark} {escape(heading)}:</b> {escape(level)}",
            escape(
                self.tr("door {0} op {1}").format(
                    signoff.mentor_name or self.tr("(naam onbekend)"), format_day(signoff.signed_at)
                )
            ),
        ]
        if signoff.comment:
            label = self.tr("Reden: {0}") if signoff.refused else self.tr("Commentaar: {0}")
            lines.append(escape(label.format(signoff.comment)))
        if signoff.status == "changed":
            lines.append(escape(self.tr("⚠ gewijzigd na aftekening: telt niet meer")))
        elif signoff.status in ("invalid", "unsigned"):
            lines.append(escape(self.tr("✗ geen geldige handtekening: telt niet")))
        lines.append(
            escape(
                signoff.fact
                if signoff.signed and signoff.fact
                else self.tr("bevestigd zonder digitale handtekening: telt niet")
            )
        )
        return "<p>" + "<br>".join(lines) + "</p>"

    # -- proposing -----------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        if isinstance(self.proxy.data(index, ROW_ROLE), ActivityRow):
            self.propose()
        else:
            self.tree.setExpanded(index, not self.tree.isExpanded(index))

    def propose(self) -> None:
        """Open the dialog for the current activity: new, change, or view when signed."""
        act = self.current_activity()
        if act is None:
            return
        if act.record_id is None:
            self._open_dialog(act, record=False, read_only=False)
        else:
            self._open_dialog(act, record=True, read_only=act.status == STATUS_SIGNED)

    def new_proposal(self) -> None:
        """A new proposal next to a signed one (a signed proposal never changes)."""
        act = self.current_activity()
        if act is None:
            return
        if act.editable:
            self._open_dialog(act, record=True, read_only=False)
        else:
            self._open_dialog(act, record=False, read_only=False)

    def _open_dialog(self, act: ActivityRow, *, record: bool, read_only: bool) -> None:
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        if self._closed_dialog is not None:
            # The previous dialog, closed and out of its own signals by now: free it.
            self._closed_dialog.deleteLater()
            self._closed_dialog = None
        comp = self.model.competence(act.competence_id)
        competence_text = (
            self.tr("Competentie {0} ({1})").format(comp.label, comp.bk_code) if comp else ""
        )
        dialog = ActivityDialog(
            levels=self.service.alist.levels,
            activity_text=act.text,
            competence_text=competence_text,
            record_id=act.record_id if record else None,
            level=act.proposed_level,
            day=act.day if record else None,
            reflection=act.reflection if record else "",
            read_only=read_only,
            parent=self,
        )
        dialog.accepted.connect(lambda: self._save(dialog, act))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self, dialog: ActivityDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        self._closed_dialog = dialog
        self.tree.setFocus()

    def _save(self, dialog: ActivityDialog, act: ActivityRow) -> None:
        proposal = dialog.proposal()
        if proposal.level < 0:
            self.show_error(self.tr("Kies een niveau."))
            return
        try:
            self.service.save_record(
                activity_id=act.activity_id,
                competence_id=act.competence_id,
                proposed_level=proposal.level,
                day=proposal.day,
                reflection=proposal.reflection,
                record_id=dialog.record_id,
            )
        except _SERVICE_ERRORS as exc:
            self.show_error(self.save_failed_text(exc))
            return
        self.after_change(act.activity_id)

    # -- deleting ------------------------------------------------------------------------------

    def delete_proposal(self) -> None:
        act = self.current_activity()
        if act is None or act.record_id is None:
            return
        if not act.editable:
            self.show_error(
                self.tr("Dit voorstel is afgetekend door je mentor en kan niet verwijderd worden.")
            )
            return
        text = self.tr("Voorstel verwijderen: {0}").format(act.text[:60])
        self.undo.push(DeleteProposalCommand(self, act, text))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.tree
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.delete_proposal()
            return True
        return super().eventFilter(watched, event)

    # -- after a change ------------------------------------------------------------------------

    def after_change(self, activity_id: str) -> None:
        self.refresh()
        self.select(activity_id)
        self.changed.emit()

    def save_failed_text(self, exc: Exception) -> str:
        return self.tr("Het voorstel kon niet bewaard worden: {0}").format(exc)

    def delete_failed_text(self, exc: Exception) -> str:
        return self.tr("Het voorstel kon niet verwijderd worden: {0}").format(exc)
