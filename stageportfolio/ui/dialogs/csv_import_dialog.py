"""Preview of an hour CSV before importing it: the rows as they will be saved, or every
problem of the file line by line (then nothing can be imported).

What an import does is decided by ``services.hours_import`` (the same for ``import-hours``):
all or nothing; every row passes the parser and the checks of a typed entry together with the
hours already in the portfolio; a row already there is skipped, never added twice; a placement
the portfolio does not know stops the import until the user says what to do with it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stageportfolio.core import clock
from stageportfolio.core.hourscsv import AmbiguousContext
from stageportfolio.core.messages import line_numbers
from stageportfolio.services import hours_import
from stageportfolio.services.hours_import import HoursCsvError, HoursPreview, PlannedRow
from stageportfolio.services.portfolio import PortfolioService
from stageportfolio.ui.models.hours_model import (
    COL_NOTE,
    COL_PLACEMENT,
    COL_SIGNED,
    HourLine,
    HoursModel,
    hours_text,
)
from stageportfolio.ui.widgets import ui_language
from stageportfolio.ui.widgets.colours import set_status_colour
from stageportfolio.ui.widgets.dayedit import show_day


class CsvImportDialog(QDialog):
    def __init__(
        self,
        service: PortfolioService,
        path: Path,
        data: bytes,
        *,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.today = today or clock.today()
        self.setWindowTitle(self.tr("Uren importeren: {0}").format(path.name))
        self.file_problems: list[str] = []  # from the parser
        self.problems: list[str] = []  # everything shown, the parser's and the checks'
        self.warnings: list[str] = []
        self.plan: HoursPreview | None = None

        registry = service.catalog.contexts
        self.registry = registry
        self.data = data
        mentors = {m.id: m.name for m in service.mentors()}
        self._mentor_of = {p.id: mentors.get(p.mentor_id or "", "") for p in service.placements()}

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        lang = ui_language()
        self.model = HoursModel(lambda c: registry.label(c, lang), self)
        self.preview = QTableView()
        self.preview.setAccessibleName(self.tr("Voorbeeld van de te importeren uren"))
        self.preview.setModel(self.model)
        self.preview.setColumnHidden(COL_SIGNED, True)  # nothing imported is signed yet
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setAlternatingRowColors(True)
        self.preview.setTabKeyNavigation(False)
        self.preview.verticalHeader().hide()
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_PLACEMENT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)

        self.problems_title = QLabel(self.tr("Problemen: er wordt niets geïmporteerd"))
        set_status_colour(self.problems_title, "error")
        bold = self.problems_title.font()
        bold.setBold(True)
        self.problems_title.setFont(bold)
        self.problem_list = QListWidget()
        self.problem_list.setAccessibleName(self.tr("Problemen per regel"))
        self.problem_list.setWordWrap(True)
        self.problem_list.setSpacing(3)
        self.problem_list.setAlternatingRowColors(True)
        self.warnings_title = QLabel(self.tr("Let op (importeren kan wel):"))
        self.warning_list = QListWidget()
        self.warning_list.setAccessibleName(self.tr("Waarschuwingen per regel"))
        self.warning_list.setWordWrap(True)
        self.warning_list.setSpacing(2)
        # A word that can mean two contexts ("kinderopvang") is never guessed: the user chooses.
        self.choices: dict[str, str] = {}
        self.choice_boxes: dict[str, QComboBox] = {}
        self.choice_group = QGroupBox(self.tr("Welke context bedoel je?"))
        self.choice_form = QFormLayout(self.choice_group)
        self.choice_group.hide()
        # A placement the portfolio does not know: make it, link it to one that exists, import
        # its rows without a placement, or leave them out (services.hours_import decides).
        self.decisions: dict[str, hours_import.PlacementDecision] = {}
        self.placement_boxes: dict[str, QComboBox] = {}
        self.placement_group = QGroupBox(
            self.tr("Stageplaatsen die nog niet in je portfolio staan")
        )
        self.placement_form = QFormLayout(self.placement_group)
        self.placement_group.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.import_button = self.buttons.addButton(
            self.tr("&Importeren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.choice_group)
        layout.addWidget(self.placement_group)
        layout.addWidget(self.problems_title)
        layout.addWidget(self.problem_list, 2)
        layout.addWidget(self.preview, 3)
        layout.addWidget(self.warnings_title)
        layout.addWidget(self.warning_list, 1)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 32)

        self._read()

    def _read(self) -> None:
        """Read the file (again, with the contexts chosen so far): what importing it does."""
        self.plan = None
        self.file_problems = []
        try:
            self.plan = hours_import.preview(
                self.service,
                self.data,
                today=self.today,
                choices=self.choices,
                decisions=self.decisions,
            )
        except HoursCsvError as exc:
            lang = ui_language()
            self.file_problems = [problem.text(lang) for problem in exc.problems]
            self._ask(exc.ambiguous)
        if self.plan is not None and self._ask_placements(self.plan):
            self._read()  # again, with the suggested decisions
            return
        self._show()

    def _ask_placements(self, plan: HoursPreview) -> bool:
        """One choice per unknown placement, with a suggestion: link it to a placement of
        nearly the same name, else make it. True when new choices were added."""
        added = False
        placements = self.service.placements()
        lang = ui_language()
        for unknown in plan.unknown:
            if unknown.key in self.placement_boxes:
                continue
            box = QComboBox()
            box.addItem(self.tr("Nieuwe stageplaats maken"), "create")
            for placement in placements:
                box.addItem(self.tr("Bij ‘{0}’ zetten").format(placement.label), placement.id)
            box.addItem(self.tr("Importeren zonder stageplaats"), "none")
            box.addItem(self.tr("Deze regels niet importeren"), "ignore")
            similar = hours_import.similar_placement(unknown.name, placements)
            box.setCurrentIndex(box.findData(similar.id) if similar is not None else 0)
            box.setAccessibleName(self.tr("Wat met stageplaats ‘{0}’").format(unknown.name))
            box.setToolTip(
                self.tr("{0} tot {1}, {2}; mentor: {3}").format(
                    show_day(unknown.start),
                    show_day(unknown.end),
                    self.registry.label(unknown.context, lang)
                    if unknown.context in self.registry
                    else unknown.context,
                    unknown.mentor or self.tr("geen"),
                )
            )
            box.currentIndexChanged.connect(lambda _=0, key=unknown.key: self._decided(key))
            label = QLabel(
                self.tr("‘{0}’ ({1}):").format(unknown.name, line_numbers(unknown.lines, lang))
            )
            label.setBuddy(box)
            self.placement_form.addRow(label, box)
            self.placement_boxes[unknown.key] = box
            self.decisions[unknown.key] = self._decision(box)
            added = True
        self.placement_group.setVisible(bool(self.placement_boxes))
        return added

    @staticmethod
    def _decision(box: QComboBox) -> hours_import.PlacementDecision:
        data = str(box.currentData())
        if data == "create":
            return hours_import.CREATE
        if data == "none":
            return hours_import.NONE
        if data == "ignore":
            return hours_import.IGNORE
        return hours_import.link(data)

    def _decided(self, key: str) -> None:
        self.decisions[key] = self._decision(self.placement_boxes[key])
        self._read()

    def _ask(self, ambiguous: list[AmbiguousContext]) -> None:
        """One choice per word with two meanings; choosing reads the file again."""
        lang = ui_language()
        for word in ambiguous:
            if word.key in self.choice_boxes:
                continue
            box = QComboBox()
            box.addItem(self.tr("— kies —"), None)
            for context_id in word.choices:
                box.addItem(self.registry.label(context_id, lang), context_id)
            box.setAccessibleName(self.tr("Context voor ‘{0}’").format(word.text))
            box.currentIndexChanged.connect(lambda _=0, key=word.key: self._chosen(key))
            where = line_numbers(word.lines, lang)
            self.choice_form.addRow(self.tr("‘{0}’ ({1}):").format(word.text, where), box)
            self.choice_boxes[word.key] = box
        self.choice_group.setVisible(bool(self.choice_boxes))

    def _chosen(self, key: str) -> None:
        context_id = self.choice_boxes[key].currentData()
        if context_id is None:
            self.choices.pop(key, None)
        else:
            self.choices[key] = str(context_id)
        self._read()

    # -- showing what the import does ------------------------------------------------------

    def rows(self) -> list[PlannedRow]:
        """Every row that will be imported, in file order (with the rows of a placement still
        to decide: the import refuses them, never adds the others alone)."""
        if self.plan is None:
            return []
        return [row for row in self.plan.rows if row.status in ("add", "undecided")]

    def _show(self) -> None:
        plan = self.plan
        problems = list(self.file_problems)
        warnings: list[str] = []
        rows = self.rows()
        if plan is not None:
            lang = ui_language()
            known = ", ".join(f"‘{p.label}’" for p in plan.placements)
            for unknown in plan.undecided:
                where = line_numbers(unknown.lines, lang)
                if known:
                    text = self.tr(
                        "{0}: onbekende stageplaats ‘{1}’; gekende stageplaatsen: {2}. Voeg ze "
                        "eerst toe of verbeter het bestand."
                    ).format(where, unknown.name, known)
                else:
                    text = self.tr(
                        "{0}: onbekende stageplaats ‘{1}’: er zijn nog geen stageplaatsen "
                        "ingevoerd. Voeg ze eerst toe of laat de kolom leeg."
                    ).format(where, unknown.name)
                problems.append(text)
            problems += [
                self.tr("regel {0}: {1}").format(found.line, found.issue.message(lang))
                for found in plan.problems
            ]
            warnings += [w.text(lang) for w in plan.file_warnings]
            warnings += [
                self.tr("regel {0}: staat al in je uren (overgeslagen)").format(row.line)
                for row in plan.duplicates
            ]
            warnings += [
                self.tr("regel {0}: {1}").format(found.line, found.issue.message(lang))
                for found in plan.warnings
            ]
        self.problem_list.clear()
        self.problem_list.addItems(problems)
        self.warning_list.clear()
        self.warning_list.addItems(warnings)
        failed = bool(problems)
        self.problems_title.setVisible(failed)
        self.problem_list.setVisible(failed)
        self.preview.setVisible(not failed)
        self.warnings_title.setVisible(bool(warnings))
        self.warning_list.setVisible(bool(warnings))
        self.model.set_rows([] if failed else [self._line(row) for row in rows])
        self.import_button.setEnabled(not failed and bool(rows))
        if failed:
            count = self.tr("%n probleem/problemen", "", len(problems))
            self.summary.setText(
                self.tr(
                    "Dit bestand kan niet geïmporteerd worden: {0}. Verbeter het bestand en "
                    "importeer het opnieuw."
                ).format(count)
            )
        elif not rows:
            self.summary.setText(self.tr("Alle regels van dit bestand staan al in je uren."))
        else:
            total = sum(row.minutes for row in rows)
            text = self.tr(
                "%n regel(s), samen {0} uur, wordt/worden toegevoegd.", "", len(rows)
            ).format(hours_text(total))
            self.summary.setText(text)
        self.problems = problems
        self.warnings = warnings

    def _line(self, row: PlannedRow) -> HourLine:
        assert self.plan is not None
        mentor = self._mentor_of.get(row.placement_id or "", "") or row.mentor
        return HourLine(
            id=f"regel-{row.line}",
            day=row.day,
            minutes=row.minutes,
            context=row.context,
            placement=self.plan.placement_label(row),
            mentor=mentor,
            note=row.note,
        )
