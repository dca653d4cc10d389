"""Preview of an hour CSV before importing it: the rows as they will be saved, or every
problem of the file line by line (then nothing can be imported).

All or nothing: a file is importable only when every row passes the parser and the same sanity
checks as a typed entry, together with the hours already in the portfolio.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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
from stageportfolio.core.hours import LONG_DAY_MINUTES
from stageportfolio.core.hourscsv import (
    AmbiguousContext,
    HoursCsvError,
    ParsedHours,
    parse_hours_csv,
)
from stageportfolio.core.messages import line_numbers
from stageportfolio.services.portfolio import PortfolioService
from stageportfolio.ui.dialogs.hour_dialog import ERROR_STYLE, HourValues
from stageportfolio.ui.models.hours_model import (
    COL_NOTE,
    COL_PLACEMENT,
    COL_SIGNED,
    HourLine,
    HoursModel,
    hours_text,
)
from stageportfolio.ui.widgets import ui_language


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
        self._lines: list[tuple[int, HourValues, bool]] = []  # (line, values, already there)

        registry = service.catalog.contexts
        self.registry = registry
        self.data = data
        placements = service.placements()
        mentors = {m.id: m.name for m in service.mentors()}
        periods = {p.label: (p.start_date, p.end_date) for p in placements}
        self.periods = periods
        self._placement_ids = {p.label: p.id for p in placements}
        self._mentor_of = {p.label: mentors.get(p.mentor_id or "", "") for p in placements}

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
        self.preview.verticalHeader().hide()
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_PLACEMENT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)

        self.problems_title = QLabel(self.tr("Problemen: er wordt niets geïmporteerd"))
        self.problems_title.setStyleSheet(ERROR_STYLE + "font-weight: bold;")
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
        self.skip_duplicates = QCheckBox(self.tr("Regels die al in je uren staan &overslaan"))
        self.skip_duplicates.setChecked(True)
        self.skip_duplicates.hide()

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
        layout.addWidget(self.problems_title)
        layout.addWidget(self.problem_list, 2)
        layout.addWidget(self.preview, 3)
        layout.addWidget(self.warnings_title)
        layout.addWidget(self.warning_list, 1)
        layout.addWidget(self.skip_duplicates)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 32)

        self.parsed: ParsedHours | None = None
        self._parse()
        self.skip_duplicates.toggled.connect(self._recheck)
        self._recheck()

    def _parse(self) -> None:
        """Read the file (again, with the contexts chosen so far) into rows or problems."""
        self.parsed = None
        self.file_problems = []
        self._lines = []
        try:
            self.parsed = parse_hours_csv(
                self.data, self.registry, today=self.today, periods=self.periods,
                choices=self.choices,
            )  # fmt: skip
        except HoursCsvError as exc:
            self.file_problems = [str(problem) for problem in exc.problems]
            self._ask(exc.ambiguous)
        if self.parsed is not None:
            existing = {
                (r.day, r.context, r.minutes, r.placement_id, r.note) for r in self.service.hours()
            }
            for line, entry in zip(self.parsed.rows, self.parsed.entries, strict=True):
                values = HourValues(
                    day=entry.day,
                    minutes=entry.minutes,
                    context=entry.context,
                    placement_id=self._placement_ids.get(entry.placement or ""),
                    note=entry.note or "",
                )
                key = (values.day, values.context, values.minutes, values.placement_id, values.note)
                self._lines.append((line, values, key in existing))
            self.skip_duplicates.setVisible(any(there for _, _, there in self._lines))

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
            where = line_numbers(word.lines)
            self.choice_form.addRow(self.tr("‘{0}’ ({1}):").format(word.text, where), box)
            self.choice_boxes[word.key] = box
        self.choice_group.setVisible(bool(self.choice_boxes))

    def _chosen(self, key: str) -> None:
        context_id = self.choice_boxes[key].currentData()
        if context_id is None:
            self.choices.pop(key, None)
        else:
            self.choices[key] = str(context_id)
        self._parse()
        self._recheck()

    # -- checking --------------------------------------------------------------------------

    def rows(self) -> list[tuple[int, HourValues]]:
        """(line, entry) of every row that will be imported, in file order."""
        if self.parsed is None:
            return []
        skip = self.skip_duplicates.isChecked()
        return [(line, values) for line, values, there in self._lines if not (skip and there)]

    def _recheck(self) -> None:
        problems = list(self.file_problems) if self.parsed is None else []
        warnings: list[str] = []
        rows = self.rows()
        if self.parsed is not None:
            warnings += [str(w) for w in self.parsed.warnings]
            skip = self.skip_duplicates.isChecked()
            for line, _values, there in self._lines:
                if there:
                    what = self.tr("overgeslagen") if skip else self.tr("wordt dubbel ingevoerd")
                    warnings.append(
                        self.tr("regel {0}: staat al in je uren ({1})").format(line, what)
                    )
            problems += self._sanity(rows, warnings)
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
        self.model.set_rows([] if failed else [self._line(n, v) for n, v in rows])
        self.import_button.setEnabled(not failed and bool(rows))
        if failed:
            count = (
                self.tr("1 probleem")
                if len(problems) == 1
                else self.tr("{0} problemen").format(len(problems))
            )
            self.summary.setText(
                self.tr(
                    "Dit bestand kan niet geïmporteerd worden: {0}. Verbeter het bestand en "
                    "importeer het opnieuw."
                ).format(count)
            )
        elif not rows:
            self.summary.setText(self.tr("Alle regels van dit bestand staan al in je uren."))
        else:
            total = sum(v.minutes for _, v in rows)
            if len(rows) == 1:
                text = self.tr("1 regel van {0} uur wordt toegevoegd.").format(hours_text(total))
            else:
                text = self.tr("{0} regels, samen {1} uur, worden toegevoegd.").format(
                    len(rows), hours_text(total)
                )
            self.summary.setText(text)
        self.problems = problems
        self.warnings = warnings

    def _sanity(self, rows: list[tuple[int, HourValues]], warnings: list[str]) -> list[str]:
        """The checks of a typed entry, with the file's earlier rows of the same day counted."""
        problems: list[str] = []
        lang = ui_language()
        so_far: dict[date, int] = {}
        in_file: dict[date, int] = {}
        for _, values in rows:
            in_file[values.day] = in_file.get(values.day, 0) + values.minutes
        warned: set[date] = {day for day, total in in_file.items() if total > LONG_DAY_MINUTES}
        for line, values in rows:
            so_far[values.day] = so_far.get(values.day, 0) + values.minutes
            issues = self.service.check_hours(
                day=values.day,
                minutes=so_far[values.day],
                context=values.context,
                placement_id=values.placement_id,
                today=self.today,
            )
            for issue in issues:
                if issue.code == "long_day":  # once per day; the parser warned within the file
                    if values.day in warned:
                        continue
                    warned.add(values.day)
                text = self.tr("regel {0}: {1}").format(line, issue.message(lang))
                (problems if issue.severity == "error" else warnings).append(text)
        return problems

    def _line(self, line: int, values: HourValues) -> HourLine:
        label = next((k for k, v in self._placement_ids.items() if v == values.placement_id), "")
        return HourLine(
            id=f"regel-{line}",
            day=values.day,
            minutes=values.minutes,
            context=values.context,
            placement=label,
            mentor=self._mentor_of.get(label, ""),
            note=values.note,
        )
