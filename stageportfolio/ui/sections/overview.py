"""The Overzicht section: where the portfolio stands, at a glance.

Every rule of the list with its status (text and symbol, never colour alone), a progress bar and
the plain message of what is still missing; the hours per context as a bar chart; per BK the
share of competences signed off; and when the hour rules will be met at the current pace.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stageportfolio.core.hours import format_hours
from stageportfolio.core.messages import message_parts, verdict
from stageportfolio.core.rules import Evaluation, RuleResult
from stageportfolio.core.variants import result_line, rule_tag
from stageportfolio.services.portfolio import Forecast, PortfolioService
from stageportfolio.ui.models.rules_model import RuleRow, RulesModel
from stageportfolio.ui.sections.base import Section
from stageportfolio.ui.widgets import ui_language
from stageportfolio.ui.widgets.hours_chart import HoursChart
from stageportfolio.ui.widgets.rules_table import notes_html

DEFAULT_SIGN_LEVEL = 3


@dataclass(frozen=True)
class BkShare:
    code: str
    title: str
    done: int
    total: int


class ProgressDelegate(QStyledItemDelegate):
    """Draws the progress column as a progress bar that also shows its percentage."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        value = index.data(RulesModel.ProgressRole)
        if value is None:
            super().paint(painter, option, index)
            return
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(4, 6, -4, -6)
        bar.minimum, bar.maximum = 0, 100
        bar.progress = round(float(value) * 100)
        bar.text = str(index.data(Qt.ItemDataRole.DisplayRole))
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal
        bar.palette = option.palette
        bar.fontMetrics = option.fontMetrics
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)


class RulesTable(QTableView):
    """A table that is as tall as its rows, so the page scrolls and not the table."""

    height_changed = Signal()

    def fit_height(self) -> None:
        self.resizeRowsToContents()
        height = self.horizontalHeader().height() + self.verticalHeader().length()
        height += 2 * self.frameWidth() + 2
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)
            self.height_changed.emit()

    def fit_columns(self) -> None:
        """The rule's title and the bar give way in a narrow window, so the explanation keeps
        room to read (the title from 34 down to 16 characters, the bar from 14 to 9)."""
        chars = self.fontMetrics().averageCharWidth()
        width = self.viewport().width()
        header = self.horizontalHeader()
        title = max(16 * chars, min(34 * chars, int(width * 0.28)))
        bar = max(9 * chars, min(14 * chars, int(width * 0.12)))
        if header.sectionSize(RulesModel.TITLE) != title:
            header.resizeSection(RulesModel.TITLE, title)
        if header.sectionSize(RulesModel.PROGRESS) != bar:
            header.resizeSection(RulesModel.PROGRESS, bar)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()
        self.fit_height()


class OverviewSection(Section):
    def __init__(
        self, service: PortfolioService, undo: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(service, undo, parent)
        self.setObjectName("overviewSection")
        self.lang = ui_language()
        self.today: date | None = None  # None: the real today (tests pin it)

        self.heading = QLabel()
        self.heading.setObjectName("overviewHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)

        # Rules
        self.rules_model = RulesModel(self)
        self.rules_view = RulesTable()
        self.rules_view.setObjectName("rulesTable")
        self.rules_view.setModel(self.rules_model)
        self.rules_view.setAccessibleName(self.tr("Regels van je lijst"))
        self.rules_view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.rules_view.setItemDelegateForColumn(RulesModel.PROGRESS, ProgressDelegate(self))
        self.rules_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rules_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rules_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rules_view.setWordWrap(True)
        self.rules_view.setAlternatingRowColors(True)
        self.rules_view.verticalHeader().hide()
        self.rules_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rules_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.rules_view.horizontalHeader()
        for column in (RulesModel.STATUS, RulesModel.SEVERITY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RulesModel.TITLE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(RulesModel.TITLE, self.fontMetrics().horizontalAdvance("x") * 34)
        header.setSectionResizeMode(RulesModel.PROGRESS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(RulesModel.PROGRESS, self.fontMetrics().horizontalAdvance("0") * 14)
        header.setSectionResizeMode(RulesModel.MESSAGE, QHeaderView.ResizeMode.Stretch)
        # What the list itself says: a school variant, the rules it leaves out (loudly).
        self.list_notes = QLabel()
        self.list_notes.setObjectName("listNotes")
        self.list_notes.setWordWrap(True)
        self.list_notes.setTextFormat(Qt.TextFormat.RichText)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdictLine")
        self.verdict.setWordWrap(True)
        rules_box = QGroupBox(self.tr("Regels van je lijst"))
        rules_layout = QVBoxLayout(rules_box)
        rules_layout.addWidget(self.list_notes)
        rules_layout.addWidget(self.rules_view)
        # ℹ: the source of the chosen rule, for teachers (the pupil reads what to do).
        self.source_line = QLabel()
        self.source_line.setObjectName("ruleSource")
        self.source_line.setWordWrap(True)
        self.source_line.setTextFormat(Qt.TextFormat.PlainText)
        self.source_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rules_layout.addWidget(self.source_line)
        self.rules_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_source(current.row())
        )
        rules_layout.addWidget(self.verdict)

        # Forecast
        self.forecast = QLabel()
        self.forecast.setObjectName("forecastLabel")
        self.forecast.setWordWrap(True)
        self.forecast.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.forecast_box = QGroupBox(self.tr("Tempo"))
        forecast_layout = QVBoxLayout(self.forecast_box)
        forecast_layout.addWidget(self.forecast)

        # Hours per context
        self.chart = HoursChart()
        self.chart.setObjectName("hoursChart")
        self.hours_summary = QLabel()
        self.hours_summary.setWordWrap(True)
        hours_box = QGroupBox(self.tr("Uren per context"))
        hours_layout = QVBoxLayout(hours_box)
        hours_layout.addWidget(self.chart)
        hours_layout.addWidget(self.hours_summary)
        hours_layout.addStretch(1)

        # Competences per BK
        self.bk_box = QGroupBox(self.tr("Competenties per beroepskwalificatie"))
        self.bk_layout = QGridLayout(self.bk_box)
        self.bk_labels: list[QLabel] = []
        self.bk_bars: list[QProgressBar] = []
        self.bk_note = QLabel()
        self.bk_note.setWordWrap(True)

        lower = QHBoxLayout()
        lower.addWidget(hours_box, 1)
        lower.addWidget(self.bk_box, 1)

        page = QWidget()
        self.page = page
        page.setObjectName("overviewPage")
        layout = QVBoxLayout(page)
        layout.addWidget(self.heading)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.forecast_box)
        layout.addWidget(rules_box)
        layout.addLayout(lower)
        layout.addStretch(1)
        for box in (self.forecast_box, rules_box, hours_box, self.bk_box):
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        scroll = self.scroll_area = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._resync = QTimer(self)
        self._resync.setSingleShot(True)
        self._resync.setInterval(0)
        # The table's height follows its column widths; let the scroll area size the page anew.
        self._resync.timeout.connect(lambda: self.scroll_area.setWidgetResizable(True))
        self.rules_view.height_changed.connect(self._resync.start)
        self.refresh()

    def title(self) -> str:
        return self.tr("Overzicht")

    # -- reading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.lang = ui_language()
        evaluation = self.service.evaluation()
        self._show_summary(evaluation)
        self._show_rules(evaluation)
        self._show_forecast(evaluation, self.service.forecasts(evaluation, today=self.today))
        self._show_hours(evaluation)
        self._show_bks(evaluation)

    def _show_summary(self, evaluation: Evaluation) -> None:
        info = self.service.info
        self.heading.setText(self.tr("Portfolio van {0}").format(info.name))
        blocking = {basis: len(found) for basis, found in evaluation.blocking().items()}
        if blocking:  # what is blocked: the registration, the qualification, a school rule
            status = "✗ " + verdict(blocking, self.lang)
        else:
            status = self.tr("✓ Alle verplichte regels zijn voldaan.")
        title = self.service.alist.spec.title
        if self.lang == "en" and self.service.alist.spec.title_en:
            title = self.service.alist.spec.title_en
        self.subtitle.setText(f"{title} · {status}")

    def rule_rows(self, evaluation: Evaluation) -> list[RuleRow]:
        rows = []
        for r in evaluation.results:
            parts = message_parts(r, self.lang)
            rows.append(
                RuleRow(
                    rule_id=r.rule.id,
                    status=r.status,
                    severity=r.rule.severity,
                    title=(r.rule.title_en if self.lang == "en" else None)
                    or r.rule.title
                    or r.rule.id,
                    progress=r.progress,
                    message=" ".join(p for p in (parts.action, parts.body) if p),
                    tag=rule_tag(evaluation.alist, r.rule, self.lang),
                    source=parts.source,
                )
            )
        return rows

    def _show_rules(self, evaluation: Evaluation) -> None:
        notes = notes_html(evaluation.alist, self.lang).removeprefix("<br>")
        self.list_notes.setText(notes)
        self.list_notes.setVisible(bool(notes))
        self.verdict.setText(result_line(evaluation, self.lang))
        self.rules_model.set_rows(self.rule_rows(evaluation))
        self.rules_view.fit_height()
        self._show_source(self.rules_view.currentIndex().row())

    def _show_source(self, row: int) -> None:
        if not 0 <= row < self.rules_model.rowCount():
            self.source_line.setText(
                self.tr("ℹ Kies een regel om te zien waar ze vandaan komt (voor leerkrachten).")
            )
            return
        found = self.rules_model.row_at(row)
        self.source_line.setText(f"ℹ {found.title}: {found.source}")

    # -- forecast ------------------------------------------------------------------------------

    def _number(self, value: float) -> str:
        text = f"{value:.1f}"
        if text.endswith(".0"):
            text = text[:-2]
        return text if self.lang == "en" else text.replace(".", ",")

    def _hours(self, minutes: int) -> str:
        return format_hours(minutes, decimal_mark="." if self.lang == "en" else ",")

    def _date(self, day: date) -> str:
        fmt = self.tr("d/M/yyyy", "Qt date format of the forecast; English: d MMMM yyyy")
        return QDate(day.year, day.month, day.day).toString(fmt)

    def forecast_lines(self, evaluation: Evaluation, forecasts: list[Forecast]) -> list[str]:
        results = {r.rule.id: r for r in evaluation.results}
        hour_rules = [r for r in evaluation.results if r.unit == "hours"]
        if not hour_rules:
            return []
        if not forecasts:
            return [self.tr("✓ Alle uurregels zijn voldaan.")]
        lines: list[str] = []
        for forecast in forecasts:
            if forecast.pace_minutes_per_day <= 0:
                return [self.tr("Nog geen tempo: log eerst enkele dagen.")]
            result: RuleResult | None = results.get(forecast.rule_id)
            needed = self._hours(int(result.needed * 60)) if result is not None else "?"
            if self.lang == "en":
                needed = needed.replace(",", ".")
            pace = self._number(forecast.pace_minutes_per_day / 60)
            days = self.stage_days_text(forecast.days_needed)
            if forecast.expected is not None:
                lines.append(
                    self.tr(
                        "Aan dit tempo (gemiddeld {0} uur per stagedag) heb je nog {1} nodig: "
                        "dan haal je de {2} uur rond {3}."
                    ).format(pace, days, needed, self._date(forecast.expected))
                )
            elif forecast.planned_until is not None:
                lines.append(
                    self.tr(
                        "Aan dit tempo (gemiddeld {0} uur per stagedag) heb je nog {1} nodig "
                        "voor de {2} uur, maar je stageplaatsen lopen tot {3} ({4}). Voeg je "
                        "volgende stageplaats toe of spreek meer uren af."
                    ).format(
                        pace,
                        days,
                        needed,
                        self._date(forecast.planned_until),
                        self.stage_days_text(forecast.planned_days),
                    )
                )
            else:
                lines.append(
                    self.tr(
                        "Aan dit tempo (gemiddeld {0} uur per stagedag) heb je nog {1} nodig "
                        "voor de {2} uur."
                    ).format(pace, days, needed)
                )
        return lines

    def stage_days_text(self, count: int) -> str:
        if count == 1:
            return self.tr("1 stagedag")
        return self.tr("{0} stagedagen").format(count)

    def _show_forecast(self, evaluation: Evaluation, forecasts: list[Forecast]) -> None:
        lines = self.forecast_lines(evaluation, forecasts)
        self.forecast_box.setVisible(bool(lines))
        self.forecast.setText("\n".join(lines))

    # -- hours ---------------------------------------------------------------------------------

    def _show_hours(self, evaluation: Evaluation) -> None:
        contexts = self.service.catalog.contexts
        order = list(self.service.alist.spec.contexts)
        totals = evaluation.totals
        keys = [c for c in order if totals.get(c)] + sorted(c for c in totals if c not in order)
        values = []
        for key in keys:
            try:
                label = contexts.label(key, self.lang)
            except (KeyError, LookupError):
                label = key
            values.append((label, totals[key]))
        self.chart.set_values(values)
        total = sum(totals.values())
        if total == 0:
            self.hours_summary.setText(self.tr("Log je eerste uren in het onderdeel Uren."))
        else:
            # Honest totals: how much a mentor confirmed (a change after sign-off undoes it).
            confirmed = self.service.hour_totals().confirmed
            self.hours_summary.setText(
                self.tr(
                    "{0} uur gelogd, waarvan {1} bevestigd door een mentor; {2} uur tellen mee "
                    "voor de uurregels."
                ).format(
                    self._hours(total),
                    self._hours(confirmed),
                    self._hours(evaluation.counted_minutes),
                )
            )

    # -- competences per BK ----------------------------------------------------------------------

    def _competence_rule(self, evaluation: Evaluation) -> RuleResult | None:
        for kind in ("competences_signed", "competences_evidenced"):
            for result in evaluation.results:
                if result.rule.kind == kind:
                    return result
        return None

    def sign_level(self, evaluation: Evaluation) -> int:
        for result in evaluation.results:
            if result.rule.kind == "competences_signed":
                return int(getattr(result.rule, "min_level", DEFAULT_SIGN_LEVEL))
        return DEFAULT_SIGN_LEVEL

    def bk_shares(self, evaluation: Evaluation) -> list[BkShare]:
        alist = self.service.alist
        rule = self._competence_rule(evaluation)
        open_ids: set[str] | None = None
        scope: set[str] = set()
        if rule is not None and rule.status != "not_evaluated":
            open_ids = set(rule.facts.get("open", ()))
            scope = set(getattr(rule.rule, "competences", ()) or alist.competence_ids())
        level = self.sign_level(evaluation)
        signed = self.service.signed_levels()
        activities = alist.activities_by_competence()

        def done(competence: str) -> bool:
            if open_ids is not None and competence in scope:
                return competence not in open_ids
            if signed.get(competence, 0) >= level:
                return True
            acts: tuple[str, ...] = activities.get(competence, ())
            return bool(acts) and all(signed.get(a, 0) >= level for a in acts)

        shares: dict[str, BkShare] = {}
        for bk, competence in alist.competences():
            share = shares.get(bk.code, BkShare(bk.code, bk.title, 0, 0))
            shares[bk.code] = BkShare(
                bk.code, bk.title, share.done + int(done(competence.id)), share.total + 1
            )
        return list(shares.values())

    def _evidence_based(self, evaluation: Evaluation) -> bool:
        rule = self._competence_rule(evaluation)
        return rule is not None and rule.rule.kind == "competences_evidenced"

    def bk_text(self, share: BkShare, evidence: bool = False) -> str:
        if evidence:
            return self.tr("{0}: {1} van {2} competenties met bewijsstuk").format(
                share.title, share.done, share.total
            )
        return self.tr("{0}: {1} van {2} competenties afgetekend").format(
            share.title, share.done, share.total
        )

    def _show_bks(self, evaluation: Evaluation) -> None:
        evidence = self._evidence_based(evaluation)
        shares = self.bk_shares(evaluation)
        while len(self.bk_labels) < len(shares):
            label = QLabel()
            label.setWordWrap(True)
            bar = QProgressBar()
            bar.setTextVisible(True)
            row = len(self.bk_labels) * 2
            self.bk_layout.addWidget(label, row, 0)
            self.bk_layout.addWidget(bar, row + 1, 0)
            self.bk_labels.append(label)
            self.bk_bars.append(bar)
        for index, (label, bar) in enumerate(zip(self.bk_labels, self.bk_bars, strict=True)):
            visible = index < len(shares)
            label.setVisible(visible)
            bar.setVisible(visible)
            if not visible:
                continue
            share = shares[index]
            text = self.bk_text(share, evidence)
            label.setText(text)
            bar.setRange(0, max(1, share.total))
            bar.setValue(share.done)
            bar.setFormat(self.tr("{0} van {1}").format(share.done, share.total))
            bar.setAccessibleName(text)
        if evidence:
            note = self.tr("Een competentie telt mee zodra er een bewijsstuk aan gekoppeld is.")
        else:
            level = self.sign_level(evaluation)
            labels = {lv.value: (lv.label_en if self.lang == "en" else lv.label)
                      for lv in self.service.alist.levels}  # fmt: skip
            note = self.tr(
                "Een competentie telt als afgetekend zodra de mentor ze (of al haar activiteiten) "
                "aftekent op niveau {0} ({1}) of hoger."
            ).format(level, labels.get(level, ""))
        self.bk_note.setText(note)
        self.bk_layout.addWidget(self.bk_note, len(self.bk_labels) * 2, 0)
