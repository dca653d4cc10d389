"""A read-only browser of the shipped and user lists: BK > competence > activity, and the rules."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stageportfolio.core.catalog import Catalog
from stageportfolio.ui.widgets import list_detail, list_title
from stageportfolio.ui.widgets.rules_table import RulesTable, notes_html


class ListBrowserWindow(QMainWindow):
    def __init__(self, catalog: Catalog, *, lang: str = "nl") -> None:
        super().__init__()
        self._catalog = catalog
        self._lang = lang
        self.setWindowTitle(self.tr("Stageportfolio: stage-activiteitenlijsten"))
        self.resize(1100, 720)

        self.picker = QComboBox()
        self.picker.setAccessibleName(self.tr("Lijst"))
        for alist in catalog.latest():
            title = list_title(alist.spec.title, alist.spec.title_en)
            # The English titles of EVC lists say "Recognition of prior learning" themselves.
            evc = alist.spec.kind == "evc" and title == alist.spec.title
            prefix = "EVC: " if evc else ""
            self.picker.addItem(f"{prefix}{title} (v{alist.version})", alist.id)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.rules = RulesTable(lang=lang)
        self.competences = QTreeWidget()
        self.competences.setAccessibleName(self.tr("Competenties en activiteiten"))
        self.competences.setHeaderLabels([self.tr("BK / competentie / activiteit"), self.tr("Id")])

        self.competences.setWordWrap(True)
        self.competences.header().setStretchLastSection(False)
        self.competences.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.competences.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.rules)
        splitter.addWidget(self.competences)
        splitter.setSizes([300, 420])

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.picker)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(body)
        self.picker.currentIndexChanged.connect(self._show_current)
        self._show_current()

    def _show_current(self) -> None:
        list_id = self.picker.currentData()
        if list_id is None:
            return
        alist = self._catalog.get(list_id)
        spec = alist.spec
        parts = [spec.programme, list_detail(spec.grade), list_detail(spec.track)]
        contexts = ", ".join(alist.contexts.labels(spec.contexts, self._lang))
        title = list_title(spec.title, spec.title_en)
        self.summary.setText(
            f"<b>{escape(title)}</b> — {escape(' · '.join(p for p in parts if p))}<br>"
            + self.tr("Contexten: ")
            + escape(contexts)
            + notes_html(alist, self._lang)
        )
        self.rules.show_list(alist)
        self.competences.clear()
        by_bk: dict[str, QTreeWidgetItem] = {}
        for bk, comp in alist.competences():
            parent = by_bk.get(bk.code)
            if parent is None:
                parent = QTreeWidgetItem([f"{bk.code} {bk.title} (VKS {bk.vks_level})", ""])
                self.competences.addTopLevelItem(parent)
                by_bk[bk.code] = parent
            comp_item = QTreeWidgetItem([f"{comp.nr}. {comp.title}", comp.id])
            parent.addChild(comp_item)
            for act in comp.activities:
                act_item = QTreeWidgetItem([act.text, act.id])
                act_item.setToolTip(
                    0, act.text if not act.source else f"{act.text}\n({act.source})"
                )
                comp_item.addChild(act_item)
        for item in by_bk.values():
            item.setExpanded(True)
