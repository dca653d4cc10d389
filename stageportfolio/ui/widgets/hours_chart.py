"""Hours per context as horizontal bars, drawn with QPainter (no chart module needed).

Every bar carries its number in text ("150 u"), so the chart never relies on colour or
length alone; the same content is available as plain text for screen readers
(``accessibleDescription`` and :meth:`HoursChart.text_alternative`).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from stageportfolio.core.hours import format_hours
from stageportfolio.ui.widgets import ui_language


class HoursChart(QWidget):
    """``set_values([(label, minutes), ...])``; bars scale to the largest value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: list[tuple[str, int]] = []
        self.setAccessibleName(self.tr("Uren per context"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable, so a screen reader reads it
        self._update_text()

    # -- data ------------------------------------------------------------------------------

    def set_values(self, values: Sequence[tuple[str, int]]) -> None:
        self._values = [(label, int(minutes)) for label, minutes in values]
        self._update_text()
        self.updateGeometry()
        self.update()

    def values(self) -> list[tuple[str, int]]:
        return list(self._values)

    def value_text(self, minutes: int) -> str:
        mark = "." if ui_language() == "en" else ","
        return self.tr("{0} u").format(format_hours(minutes, decimal_mark=mark))

    def text_alternative(self) -> str:
        if not self._values:
            return self.tr("Nog geen uren gelogd.")
        return "; ".join(f"{label}: {self.value_text(m)}" for label, m in self._values)

    def _update_text(self) -> None:
        text = self.text_alternative()
        self.setAccessibleDescription(text)
        self.setToolTip(text)

    # -- geometry and painting ---------------------------------------------------------------

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 10

    def sizeHint(self) -> QSize:
        rows = max(1, len(self._values))
        return QSize(420, rows * (self._row_height() + 4) + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = self.fontMetrics()
        if not self._values:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.text_alternative(),
            )  # fmt: skip
            painter.end()
            return
        label_width = min(
            max(metrics.horizontalAdvance(label) for label, _ in self._values) + 12,
            self.width() // 2,
        )
        value_width = max(metrics.horizontalAdvance(self.value_text(m)) for _, m in self._values)
        bar_space = max(20, self.width() - label_width - value_width - 16)
        largest = max((m for _, m in self._values), default=1) or 1
        row = self._row_height()
        y = 4
        bar_colour = palette.color(QPalette.ColorRole.Highlight)
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        for label, minutes in self._values:
            painter.setPen(text_colour)
            label_rect = QRectF(0, y, label_width - 8, row)
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(
                label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, elided
            )
            length = max(2.0, bar_space * minutes / largest)
            bar = QRectF(label_width, y + 3, length, row - 6)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(bar_colour)
            painter.drawRoundedRect(bar, 3, 3)
            painter.setPen(text_colour)
            value_rect = QRectF(bar.right() + 6, y, value_width + 4, row)
            painter.drawText(
                value_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.value_text(minutes),
            )
            y += row + 4
        painter.end()
