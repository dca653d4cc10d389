"""The Portfolio section: background preview, variants, saving; and the background worker."""

from __future__ import annotations

import dataclasses
import errno
import io
import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt, QThreadPool
from PySide6.QtGui import QColor, QImage, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from stageportfolio import fileio
from stageportfolio.services.portfolio import PortfolioService
from stageportfolio.ui.sections.portfoliopdf import PortfolioPdfSection, default_file_name
from stageportfolio.ui.worker import Worker

FONT = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "DejaVuSans.ttf"
PAGES = {"stage": 2, "evc": 3}
WAIT = 10_000


def small_pdf(title: str, pages: int, progress: Callable[[int, int], None] | None) -> bytes:
    """A real PDF with an embedded font, ``pages`` pages long."""
    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT)))
    out = io.BytesIO()
    pdf = canvas.Canvas(out, initialFontName="DejaVuSans")
    for page in range(pages):
        pdf.setFont("DejaVuSans", 14)
        pdf.drawString(72, 760, f"{title} – pagina {page + 1} van {pages}")
        pdf.showPage()
        if progress is not None:
            progress(page + 1, pages)
    pdf.save()
    return out.getvalue()


class FakeRenderer:
    """Stands in for ``stageportfolio.services.pdf_export.portfolio_pdf``; reads the service
    from the worker thread like the real one does."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []
        self.threads: list[threading.Thread] = []

    def __call__(
        self,
        service: PortfolioService,
        *,
        variant: str = "stage",
        progress: Callable[[int, int], None] | None = None,
        today: date | None = None,
        lang: str = "nl",
    ) -> bytes:
        self.calls.append({"variant": variant, "lang": lang})
        self.threads.append(threading.current_thread())
        minutes = sum(service.totals().values())
        return small_pdf(f"{service.info.name} {variant} {minutes}", PAGES[variant], progress)


@pytest.fixture
def fake() -> FakeRenderer:
    return FakeRenderer()


@pytest.fixture
def make_section(qtbot) -> Iterator[Callable[..., PortfolioPdfSection]]:  # type: ignore[no-untyped-def]
    made: list[PortfolioPdfSection] = []

    def make(service: PortfolioService, **kwargs: Any) -> PortfolioPdfSection:
        section = PortfolioPdfSection(service, QUndoStack(), **kwargs)
        qtbot.addWidget(section)
        section.resize(900, 700)
        made.append(section)
        return section

    yield make
    for section in made:
        section.worker.cancel()
        assert section.worker.wait(WAIT)
    assert QThreadPool.globalInstance().waitForDone(WAIT)


def shown(qtbot, section: PortfolioPdfSection) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(section.rendered, timeout=WAIT):
        section.show()


# -- the section --------------------------------------------------------------------------------


def test_in_english_the_pdf_is_made_in_english(qtbot, filled, fake, make_section) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTranslator

    from stageportfolio.app import TRANSLATIONS

    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "stageportfolio_en.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        section = make_section(filled, render=fake)
        shown(qtbot, section)
    finally:
        QCoreApplication.removeTranslator(translator)
    assert fake.calls == [{"variant": "stage", "lang": "en"}]


def test_showing_renders_in_the_background(qtbot, filled, fake, make_section) -> None:  # type: ignore[no-untyped-def]
    section = make_section(filled, render=fake)
    assert section.title() == "Portfolio"
    assert not section.save_button.isEnabled()
    shown(qtbot, section)
    assert fake.calls == [{"variant": "stage", "lang": "nl"}]
    assert fake.threads[0] is not threading.main_thread()
    assert section.view.document() is section.document
    assert section.document.pageCount() == PAGES["stage"]
    assert "2 pagina's" in section.status.text()
    assert section.save_button.isEnabled()
    assert section.page_label.text().startswith("Pagina 1 van 2")


def test_progress_bar_moves_and_completes(qtbot, filled, fake, make_section) -> None:  # type: ignore[no-untyped-def]
    section = make_section(filled, render=fake)
    values: list[tuple[int, int]] = []
    section.progress.valueChanged.connect(
        lambda value: values.append((value, section.progress.maximum()))
    )
    shown(qtbot, section)
    assert (1, 2) in values
    assert section.progress.value() == section.progress.maximum() > 0


def test_evc_candidate_gets_the_evc_variant_by_default(qtbot, service, fake, make_section) -> None:  # type: ignore[no-untyped-def]
    service.info = dataclasses.replace(service.info, role="evc")
    section = make_section(service, render=fake)
    assert section.current_variant() == "evc"
    shown(qtbot, section)
    assert fake.calls == [{"variant": "evc", "lang": "nl"}]
    assert section.document.pageCount() == PAGES["evc"]


def test_switching_variant_rerenders(qtbot, filled, fake, make_section) -> None:  # type: ignore[no-untyped-def]
    section = make_section(filled, render=fake)
    shown(qtbot, section)
    section.variant.setFocus()
    with qtbot.waitSignal(section.rendered, timeout=WAIT):
        qtbot.keyClick(section.variant, Qt.Key.Key_Down)
    assert section.current_variant() == "evc"
    assert fake.calls[-1] == {"variant": "evc", "lang": "nl"}
    assert section.document.pageCount() == PAGES["evc"]
    assert section.save_button.isEnabled()


def test_preview_button_renders_again(qtbot, filled, fake, make_section) -> None:  # type: ignore[no-untyped-def]
    section = make_section(filled, render=fake)
    shown(qtbot, section)
    with qtbot.waitSignal(section.rendered, timeout=WAIT):
        qtbot.mouseClick(section.preview_button, Qt.MouseButton.LeftButton)
    assert len(fake.calls) == 2


def test_page_down_and_up_go_page_by_page(qtbot, filled, fake, make_section) -> None:  # type: ignore[no-untyped-def]
    section = make_section(filled, render=fake)
    section.variant.setCurrentIndex(1)  # evc: three pages
    shown(qtbot, section)
    view = section.view
    assert view.currentPage() == 0
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.currentPage() == 1
    assert view.page_rect(1).top() <= 12  # page 2 is at the top of the view now
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.currentPage() == 2
    assert section.page_label.text().startswith("Pagina 3 van 3")
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert view.currentPage() == 1
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert view.currentPage() == 0
    assert view.verticalScrollBar().value() == 0
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert view.currentPage() == 2


def dark_pixels(image: QImage, rect: QRect) -> int:
    """Pixels clearly darker than paper inside ``rect`` (text, lines)."""
    count = 0
    for y in range(rect.top(), rect.bottom(), 2):
        for x in range(rect.left(), rect.right(), 2):
            if QColor(image.pixel(x, y)).lightness() < 128:
                count += 1
    return count


def test_the_preview_draws_the_pages_fit_to_width(
    qtbot, filled, fake, make_section, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    section = make_section(filled, render=fake)
    shown(qtbot, section)
    view = section.view
    first = view.page_rect(0)
    # fit to width: the page fills the view's width (less the margins), A4 proportions
    assert first.width() == view.viewport().width() - 24
    assert abs(first.height() / first.width() - 842 / 595) < 0.01
    shot = view.viewport().grab().toImage()
    shot.save(str(tmp_path / "preview.png"))
    assert shot.height() > first.height() // 3 + 60
    top = QRect(first.left(), first.top(), first.width(), first.height() // 6)
    paper = QColor(shot.pixel(first.left() + 3, first.top() + 3))
    assert paper.lightness() > 240  # white paper on a grey background
    assert QColor(shot.pixel(2, 2)).lightness() < 200
    assert dark_pixels(shot, top) > 20  # the title line is drawn on the page
    lower = QRect(first.left(), first.top() + first.height() // 3, first.width(), 40)
    assert dark_pixels(shot, lower) == 0  # and nothing where the page is empty
    # the title is the text the renderer wrote: PDFium reads it back from the same bytes
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(section.pdf_bytes())
    assert "pagina 1 van 2" in pdf[0].get_textpage().get_text_range()
    pdf.close()


def test_a_broken_pdf_shows_a_message_not_an_empty_preview(qtbot, filled, make_section) -> None:  # type: ignore[no-untyped-def]
    section = make_section(filled, render=lambda service, **kwargs: b"%PDF-1.7 kapot")
    with qtbot.waitSignal(section.render_failed, timeout=WAIT):
        section.show()
    assert "kan niet getoond worden" in section.status.text()
    assert section.document.pageCount() == 0
    assert not section.save_button.isEnabled()


def test_many_changes_make_one_new_preview(qtbot, filled, fake, make_section) -> None:  # type: ignore[no-untyped-def]
    section = make_section(filled, render=fake)
    shown(qtbot, section)
    section.refresh()  # nothing changed: no new render
    assert not section._debounce.isActive()
    placement = filled.placements()[1].id
    with qtbot.waitSignal(section.rendered, timeout=WAIT):
        for day in (16, 17, 18, 19):
            filled.add_hours(
                day=date(2026, 11, day),
                minutes=60,
                context="thuiszorg",
                placement_id=placement,
                today=date(2026, 11, 23),
            )
            section.refresh()
    qtbot.waitUntil(lambda: not section._debounce.isActive() and not section.worker.is_busy())
    assert len(fake.calls) == 2


def test_changes_while_hidden_render_when_shown_again(qtbot, filled, fake, make_section) -> None:  # type: ignore[no-untyped-def]
    section = make_section(filled, render=fake)
    shown(qtbot, section)
    section.hide()
    section.refresh()
    assert not section._debounce.isActive()
    shown(qtbot, section)
    assert len(fake.calls) == 2


def test_saving_writes_the_exact_bytes(
    qtbot, filled, fake, make_section, tmp_path, monkeypatch, fixed_today
) -> None:  # type: ignore[no-untyped-def]
    section = make_section(filled, render=fake)
    shown(qtbot, section)
    asked: list[str] = []

    def choose(parent, caption, suggested, filter_):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(tmp_path / "mijn portfolio"), filter_

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "mijn portfolio.pdf"
    assert target.read_bytes() == section.pdf_bytes()
    assert target.read_bytes().startswith(b"%PDF")
    assert Path(asked[0]).name == f"Portfolio Lotte Vermeulen {fixed_today.isoformat()}.pdf"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".tmp") == []
    assert "Opgeslagen" in section.status.text()
    # the next time the dialog opens in the same folder
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert Path(asked[1]).parent == tmp_path


@pytest.mark.parametrize(
    ("where", "error", "expected"),
    [
        ("create", PermissionError(errno.EACCES, "Permission denied"), "niet schrijven"),
        ("replace", OSError(errno.ENOSPC, "No space left on device"), "schijf is vol"),
    ],
)
def test_saving_problems_become_a_clear_message(  # type: ignore[no-untyped-def]
    qtbot, filled, fake, make_section, tmp_path, monkeypatch, where, error, expected
) -> None:
    section = make_section(filled, render=fake)
    shown(qtbot, section)
    target = tmp_path / "uit.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (str(target), "PDF-bestanden (*.pdf)")
    )

    def fail(*args: object, **kwargs: object) -> None:
        raise error

    if where == "create":  # the temporary file cannot be made
        real_open = fileio.os.open

        def fail_temporary(path: object, *args: object, **kwargs: object) -> object:
            if Path(str(path)).name.startswith(fileio.TEMP_PREFIX):
                raise error
            return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(fileio.os, "open", fail_temporary)
    else:
        monkeypatch.setattr(fileio.os, "replace", fail)
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: messages.append(text))
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert len(messages) == 1 and expected in messages[0]
    assert list(tmp_path.iterdir()) == [] or not target.exists()
    assert not any(p.name.startswith(fileio.TEMP_PREFIX) for p in tmp_path.iterdir())


def test_a_failing_renderer_shows_a_message(qtbot, filled, make_section) -> None:  # type: ignore[no-untyped-def]
    def broken(service: PortfolioService, **kwargs: object) -> bytes:
        raise RuntimeError("bijlage onleesbaar")

    section = make_section(filled, render=broken)
    with qtbot.waitSignal(section.render_failed, timeout=WAIT) as blocker:
        section.show()
    assert "bijlage onleesbaar" in blocker.args[0]
    assert "kon niet gemaakt worden" in section.status.text()
    assert not section.save_button.isEnabled()
    assert section.progress.value() == 0


def test_a_renderer_that_returns_no_pdf_shows_a_message(qtbot, filled, make_section) -> None:  # type: ignore[no-untyped-def]
    section = make_section(filled, render=lambda service, **kwargs: b"geen pdf")
    with qtbot.waitSignal(section.render_failed, timeout=WAIT):
        section.show()
    assert "geen PDF" in section.status.text()


def test_the_newest_render_wins(qtbot, filled, make_section) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    calls: list[str] = []

    def render(service: PortfolioService, *, variant: str, progress: Any, lang: str) -> bytes:
        calls.append(variant)
        if len(calls) == 1:
            assert release.wait(WAIT / 1000)  # the first render is the slow one
        return small_pdf(variant, PAGES[variant], progress)

    section = make_section(filled, render=render)
    shown_variants: list[str | None] = []
    section.rendered.connect(lambda: shown_variants.append(section._pdf_variant))
    section.show()
    qtbot.waitUntil(lambda: calls == ["stage"], timeout=WAIT)
    with qtbot.waitSignal(section.rendered, timeout=WAIT):
        section.variant.setCurrentIndex(1)  # second request while the first still runs
        release.set()
    assert section.worker.wait(WAIT)
    QCoreApplication.processEvents()
    assert calls == ["stage", "evc"]
    assert shown_variants == ["evc"]  # the slow first result was dropped
    assert section.document.pageCount() == PAGES["evc"]


default_names = [
    ("Lotte Vermeulen", "Portfolio Lotte Vermeulen 2026-11-23.pdf"),
    ("A/B: C?", "Portfolio A B C 2026-11-23.pdf"),
    ("", "Portfolio 2026-11-23.pdf"),
]


@pytest.mark.parametrize(("owner", "expected"), default_names)
def test_default_file_name(owner: str, expected: str) -> None:
    assert default_file_name(owner, date(2026, 11, 23)) == expected


# -- the worker ---------------------------------------------------------------------------------


@pytest.fixture
def worker(qapp) -> Iterator[Worker]:  # type: ignore[no-untyped-def]
    made = Worker(max_threads=2)
    yield made
    made.cancel()
    assert made.wait(WAIT)


def test_worker_reports_progress_and_result_in_the_gui_thread(qtbot, worker) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[int, int, bool]] = []
    worker.progress.connect(
        lambda done, total: seen.append(
            (done, total, threading.current_thread() is threading.main_thread())
        )
    )

    def work(progress: Callable[[int, int], None]) -> str:
        for step in range(1, 4):
            progress(step, 3)
        return "klaar"

    with qtbot.waitSignal(worker.finished, timeout=WAIT) as blocker:
        worker.start(work)
    assert blocker.args == ["klaar"]
    assert seen == [(1, 3, True), (2, 3, True), (3, 3, True)]
    assert not worker.is_busy()


def test_worker_reports_failure_as_a_message(qtbot, worker) -> None:  # type: ignore[no-untyped-def]
    def work(progress: Callable[[int, int], None]) -> None:
        raise ValueError("kapot")

    with qtbot.waitSignal(worker.failed, timeout=WAIT) as blocker:
        worker.start(work)
    assert blocker.args == ["kapot"]


def test_worker_drops_an_outdated_result(qtbot, worker) -> None:  # type: ignore[no-untyped-def]
    """Two requests at once, the first slower: only the second one's result arrives."""
    release = threading.Event()
    results: list[object] = []
    worker.finished.connect(results.append)

    def slow(progress: Callable[[int, int], None]) -> str:
        assert release.wait(WAIT / 1000)
        return "eerste"

    worker.start(slow)
    with qtbot.waitSignal(worker.finished, timeout=WAIT):
        worker.start(lambda progress: "tweede")
    release.set()
    assert worker.wait(WAIT)
    QCoreApplication.processEvents()
    assert results == ["tweede"]


def test_worker_stops_outdated_work_at_its_next_progress(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    serial = Worker()  # one thread: the second request waits for the first to stop
    started = threading.Event()
    steps: list[int] = []

    def endless(progress: Callable[[int, int], None]) -> str:
        started.set()
        step = 0
        while step < 1_000_000:
            step += 1
            steps.append(step)
            progress(step, 1_000_000)
        return "nooit"

    try:
        serial.start(endless)
        assert started.wait(WAIT / 1000)
        with qtbot.waitSignal(serial.finished, timeout=WAIT) as blocker:
            serial.start(lambda progress: "tweede")
        assert blocker.args == ["tweede"]
        assert len(steps) < 1_000_000
    finally:
        serial.cancel()
        assert serial.wait(WAIT)
