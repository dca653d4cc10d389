"""A PDF preview: every page under the other, fit to the width, drawn by PDFium (pypdfium2).

It replaces Qt's QPdfView, which sits in PySide6-Addons (600 MB with QtWebEngine) for the one
widget this app needs. Pages are rendered when they come into view, at the size they are shown
(times the screen's pixel ratio, so text stays sharp), and kept until the width changes.
PDFium is not thread-safe: every call happens in the GUI thread.
"""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtCore import QObject, QRect, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

MARGIN = 12  # around the pages, in pixels
SPACING = 12  # between two pages
CACHE_PAGES = 12  # rendered pages kept at one width


class _Open:
    """The open PDFium document, closed with the Qt object that shows it (not at exit)."""

    def __init__(self) -> None:
        self.pdf: pdfium.PdfDocument | None = None

    def close(self) -> None:
        if self.pdf is not None:
            self.pdf.close()
            self.pdf = None


class PdfDocument(QObject):
    """A PDF in memory: its page count and page sizes, and pages rendered to images."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open = _Open()
        self._sizes: list[QSizeF] = []
        self.destroyed.connect(self._open.close)

    @property
    def _pdf(self) -> pdfium.PdfDocument | None:
        return self._open.pdf

    def load(self, data: bytes) -> bool:
        """Show ``data``; False (and an empty document) when it is not a readable PDF."""
        self.close(notify=False)
        try:
            pdf = pdfium.PdfDocument(bytes(data))
        except pdfium.PdfiumError:
            self.changed.emit()
            return False
        self._open.pdf = pdf
        try:
            self._sizes = [QSizeF(*pdf[index].get_size()) for index in range(len(pdf))]
        except pdfium.PdfiumError:
            self.close(notify=False)
        self.changed.emit()
        return bool(self._sizes)

    def close(self, *, notify: bool = True) -> None:
        self._open.close()
        self._sizes = []
        if notify:
            self.changed.emit()

    def pageCount(self) -> int:
        return len(self._sizes)

    def page_size(self, index: int) -> QSizeF:
        """The page's size in points (1/72 inch)."""
        return self._sizes[index]

    def render(self, index: int, width: int) -> QImage:
        """Page ``index`` as an image ``width`` pixels wide (white background)."""
        if self._pdf is None:
            raise ValueError("no document loaded")
        scale = width / self._sizes[index].width()
        page = self._pdf[index]
        bitmap = page.render(scale=scale, prefer_bgrx=True, rev_byteorder=True)
        image = QImage(
            bytes(bitmap.buffer),
            bitmap.width,
            bitmap.height,
            bitmap.stride,
            QImage.Format.Format_RGBX8888,
        ).copy()  # own the pixels: the bitmap's buffer goes away with it
        bitmap.close()
        page.close()
        return image


class PdfView(QAbstractScrollArea):
    """Shows a :class:`PdfDocument` page under page, fit to width.

    Page Up/Down (and Ctrl+Home/End) jump a page; the arrows and the wheel scroll.
    ``currentPageChanged`` gives the page at the top of the view.
    """

    currentPageChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document: PdfDocument | None = None
        self._tops: list[int] = []  # y of each page in content coordinates
        self._heights: list[int] = []
        self._page_width = 0
        self._cache: dict[int, QImage] = {}
        self._current = 0
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.viewport().setAutoFillBackground(True)
        palette = self.viewport().palette()
        palette.setColor(self.viewport().backgroundRole(), QColor("#808080"))
        self.viewport().setPalette(palette)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    # -- the document ------------------------------------------------------------------------

    def setDocument(self, document: PdfDocument) -> None:
        if self._document is not None:
            self._document.changed.disconnect(self._document_changed)
        self._document = document
        document.changed.connect(self._document_changed)
        self._document_changed()

    def document(self) -> PdfDocument | None:
        return self._document

    def _document_changed(self) -> None:
        self._cache.clear()
        self._layout()
        self.verticalScrollBar().setValue(0)
        self._set_current(0, force=True)
        self.viewport().update()

    # -- layout --------------------------------------------------------------------------------

    def _layout(self) -> None:
        doc = self._document
        self._page_width = max(self.viewport().width() - 2 * MARGIN, 16)
        self._tops, self._heights = [], []
        y = MARGIN
        for index in range(doc.pageCount() if doc is not None else 0):
            size = doc.page_size(index) if doc is not None else QSizeF(1, 1)
            height = round(self._page_width * size.height() / size.width())
            self._tops.append(y)
            self._heights.append(height)
            y += height + SPACING
        total = y - SPACING + MARGIN if self._tops else 0
        bar = self.verticalScrollBar()
        bar.setRange(0, max(total - self.viewport().height(), 0))
        bar.setPageStep(self.viewport().height())
        bar.setSingleStep(40)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        old_width = self._page_width
        page = self._current
        self._layout()
        if self._page_width != old_width:
            self._cache.clear()
            if self._tops:
                self.verticalScrollBar().setValue(self._tops[page] - MARGIN)

    def page_rect(self, index: int) -> QRect:
        """Where page ``index`` is drawn, in viewport coordinates."""
        top = self._tops[index] - self.verticalScrollBar().value()
        return QRect(MARGIN, top, self._page_width, self._heights[index])

    # -- pages ---------------------------------------------------------------------------------

    def currentPage(self) -> int:
        return self._current

    def jump(self, page: int) -> None:
        """Scroll so that page ``page`` starts at the top."""
        if not self._tops:
            return
        page = min(max(page, 0), len(self._tops) - 1)
        self.verticalScrollBar().setValue(self._tops[page] - MARGIN)
        self._set_current(page)

    def _scrolled(self, value: int) -> None:
        self.viewport().update()
        if not self._tops:
            return
        # The current page is the last one whose top is at or above the top of the view (a
        # little slack, so a jump lands on the page it asked for).
        page = 0
        for index, top in enumerate(self._tops):
            if top - MARGIN <= value + 1:
                page = index
        self._set_current(page)

    def _set_current(self, page: int, *, force: bool = False) -> None:
        if page != self._current or force:
            self._current = page
            self.currentPageChanged.emit(page)

    def page_image(self, index: int) -> QImage:
        """Page ``index`` rendered at the shown width (and the screen's pixel ratio)."""
        image = self._cache.get(index)
        if image is None and self._document is not None:
            ratio = self.devicePixelRatioF()
            image = self._document.render(index, round(self._page_width * ratio))
            image.setDevicePixelRatio(ratio)
            if len(self._cache) >= CACHE_PAGES:
                far = max(self._cache, key=lambda kept: abs(kept - index))
                del self._cache[far]
            self._cache[index] = image
        return image if image is not None else QImage()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        visible = event.rect()
        for index in range(len(self._tops)):
            rect = self.page_rect(index)
            if rect.bottom() < visible.top() or rect.top() > visible.bottom():
                continue
            painter.fillRect(rect.translated(2, 2), QColor(0, 0, 0, 60))  # a little shadow
            painter.drawImage(rect, self.page_image(index))
        painter.end()

    # -- keys --------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        pages = len(self._tops)
        key = event.key()
        target = None
        if pages:
            if key == Qt.Key.Key_PageDown:
                target = min(self._current + 1, pages - 1)
            elif key == Qt.Key.Key_PageUp:
                target = max(self._current - 1, 0)
            elif event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                if key == Qt.Key.Key_Home:
                    target = 0
                elif key == Qt.Key.Key_End:
                    target = pages - 1
        if target is not None:
            self.jump(target)
            event.accept()
            return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(600, 700)
