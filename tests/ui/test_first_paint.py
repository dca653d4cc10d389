"""The main window paints before the database stack is imported, from the summary kept at the
last close, and the real figures replace the summary's right after; sections are built when
they are first shown, so no hidden section reads its data at start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow

from stageportfolio import paths
from stageportfolio.services.portfolio import PortfolioService, open_current
from stageportfolio.services.startup_summary import (
    StartupSummary,
    read_summary,
    summary_file,
    write_summary,
)
from stageportfolio.ui.mainwindow import SECTIONS, MainWindow
from stageportfolio.ui.sections.hours import HoursSection
from stageportfolio.ui.sections.overview import OverviewSection

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "pydantic", "pydantic_core", "reportlab")

# Starts the real app as the `stageportfolio` command does (stageportfolio.launch.main). At the
# first paint of a QMainWindow it records the loaded packages, the title and the status line; then
# it waits, turn by turn of the event loop, until the window has the portfolio, records that, and
# closes the window (the app then keeps its summary for the next start).
CHILD = """
import json, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

HEAVY = __HEAVY__
report = {}

def shown(window):
    status = getattr(window, "status", None)
    return {
        "title": window.windowTitle(),
        "status": status.text() if status else None,
        "current": status.isEnabled() if status else None,
    }

class Probe(QObject):
    def eventFilter(self, obj, event):
        if ("paint" not in report and event.type() == QEvent.Type.Paint
                and isinstance(obj, QMainWindow)):
            loaded = sorted({m.split(".")[0] for m in sys.modules} & set(HEAVY))
            report["paint"] = dict(shown(obj), modules=loaded)
            report["turns"] = 0
            painted = time.perf_counter()

            def check():
                if getattr(obj, "attached", False):
                    report["real"] = shown(obj)
                    report["seconds"] = time.perf_counter() - painted
                    print("REPORT " + json.dumps(report), flush=True)
                    obj.close()
                    return
                report["turns"] += 1
                QTimer.singleShot(0, check)

            QTimer.singleShot(0, check)
        return False

app = QApplication(sys.argv)
probe = Probe()
app.installEventFilter(probe)
QTimer.singleShot(30000, lambda: app.exit(3))
from stageportfolio.launch import main  # what the `stageportfolio` command runs
sys.exit(main([]))
""".replace("__HEAVY__", repr(HEAVY))


def start_app(home: Path, config: Path) -> dict:  # type: ignore[type-arg]
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        STAGEPORTFOLIO_HOME=str(home),
        XDG_CONFIG_HOME=str(config),
        PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
    )
    proc = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = [line for line in proc.stdout.splitlines() if line.startswith("REPORT ")]
    assert lines, (proc.stdout, proc.stderr[-3000:])
    report: dict = json.loads(lines[0].removeprefix("REPORT "))  # type: ignore[type-arg]
    return report


@pytest.fixture
def portfolio(private_home: Path) -> Path:
    service = PortfolioService.create(
        open_current(), role="student", name="Lotte Vermeulen", list_id="verzorgende-zorgkundige"
    )
    service.add_placement(
        organisation="WZC Ter Linde",
        context="residentieel",
        start_date=date(2025, 9, 1),
        end_date=date(2026, 6, 30),
    )
    for day in (1, 2, 3):
        service.add_hours(
            day=date(2025, 9, day), minutes=420, context="residentieel", today=date(2025, 9, 5)
        )
    service.engine.dispose()
    return private_home


def test_first_paint_loads_no_database_stack_and_the_real_figures_follow(
    portfolio: Path, tmp_path: Path
) -> None:
    config = tmp_path / "config"
    # A first start: no summary yet. The window paints with the app's name only.
    first = start_app(portfolio, config)
    assert first["paint"]["modules"] == []
    assert first["paint"]["title"] == "Stageportfolio"
    real_title = first["real"]["title"]
    real_status = first["real"]["status"]
    assert "Lotte Vermeulen" in real_title and real_status
    assert summary_file().is_file()  # kept at the close

    # The next start paints from the summary, still without the database stack.
    second = start_app(portfolio, config)
    assert second["paint"]["modules"] == []
    assert second["paint"]["title"] == real_title
    assert second["paint"]["status"] == real_status
    assert second["real"] == first["real"]

    # A summary that says something else than the database (figures painted from it) is
    # replaced by the real figures on the first turn of the event loop after the paint.
    data = json.loads(summary_file().read_text(encoding="utf-8"))
    data["summary"]["status"] = "Figures from the summary"
    summary_file().write_text(json.dumps(data), encoding="utf-8")
    third = start_app(portfolio, config)
    assert third["paint"]["modules"] == []
    assert third["paint"]["status"] == "Figures from the summary"
    assert third["real"]["status"] == real_status
    # The probe sees the paint before the window does, so its first check runs one turn early.
    assert third["turns"] <= 1  # opened in the turn right after the paint, not later
    # Meanwhile the summary's figures are greyed, not shown as current; the real ones are not.
    assert third["paint"]["current"] is False and third["real"]["current"] is True
    print(f"real figures {third['seconds']:.2f} s after the first paint")


def test_a_summary_of_a_changed_database_is_not_used(portfolio: Path) -> None:
    summary = StartupSummary(
        name="Lotte Vermeulen",
        list_title="Verzorgende",
        list_title_en=None,
        kind="opleiding",
        status="Nog 3 regels open",
        language="nl",
    )
    assert write_summary(summary)
    assert read_summary() == summary
    service = PortfolioService.open(open_current())
    assert service is not None
    service.add_hours(
        day=date(2025, 9, 8), minutes=60, context="residentieel", today=date(2025, 9, 9)
    )
    service.engine.dispose()
    assert read_summary() is None  # the database changed since the summary was written
    assert write_summary(summary)
    for damaged in ("{", "[]", '{"format": 1}', "\0" * 10):
        summary_file().write_text(damaged, encoding="utf-8")
        assert read_summary() is None
    paths.portfolio_db_path().unlink()
    assert read_summary() is None


def test_the_window_paints_from_the_summary_then_shows_the_real_figures(
    portfolio: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    summary = StartupSummary(
        name="Iemand anders",
        list_title="Oude lijst",
        list_title_en=None,
        kind="opleiding",
        status="Figures from the summary",
        language="nl",
    )
    window = MainWindow(None, summary=summary)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    assert window.status.text() == "Figures from the summary"
    assert not window.status.isEnabled()  # greyed: not presented as current
    assert "Iemand anders" in window.windowTitle()
    assert not window.attached and window.built_sections() == []
    service = PortfolioService.open(open_current())
    assert service is not None
    window.attach(service)
    assert "Lotte Vermeulen" in window.windowTitle()
    assert window.status.text() != "Figures from the summary"
    assert window.status.isEnabled()
    assert window.status.text() == MainWindow(service).status.text()
    assert window.startup_summary() == StartupSummary(
        name="Lotte Vermeulen",
        list_title=service.alist.spec.title,
        list_title_en=service.alist.spec.title_en,
        kind=service.alist.spec.kind,
        status=window.status.text(),
        language="nl",
    )
    service.engine.dispose()


def test_hidden_sections_are_not_built_at_start(portfolio: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    service = PortfolioService.open(open_current())
    assert service is not None
    window = MainWindow(service)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    # Only the Overview is built: no hidden section asks its model for data.
    assert [type(s) for s in window.built_sections()] == [OverviewSection]
    assert window.stack.currentWidget() is window.built_sections()[0]
    # A section is built the first time it is shown, in its own place.
    window.show_section(HoursSection)
    hours = window.stack.currentWidget()
    assert isinstance(hours, HoursSection) and window.section(HoursSection) is hours
    assert window.stack.indexOf(hours) == 1
    assert [type(s) for s in window.built_sections()] == [OverviewSection, HoursSection]
    # Every section, in the list's order, when asked for all of them.
    assert [type(s).__name__ for s in window.sections] == [spec.name for spec in SECTIONS]
    assert window.stack.currentWidget() is hours
    service.engine.dispose()


def test_the_section_names_are_the_sections_own_titles(portfolio: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    service = PortfolioService.open(open_current())
    assert service is not None
    window = MainWindow(service)
    qtbot.addWidget(window)
    names = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert names == [section.title() for section in window.sections]
    view_menu = [a.text() for a in window.view_menu.actions() if a.text()][: len(SECTIONS)]
    assert view_menu == names
    assert isinstance(window, QMainWindow)
    service.engine.dispose()


def test_a_damaged_database_found_after_the_paint_gives_a_message_not_a_traceback(
    private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The database is opened after the first paint, inside the event loop: a file that is no
    portfolio still ends in a clear message and exit code 2, as before the paint came first."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication, QMessageBox

    from stageportfolio import cli

    paths.data_dir(create=True)
    paths.portfolio_db_path().write_bytes(b"dit is geen databank " * 200)
    shown: list[tuple[str, str]] = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(
            QMessageBox, kind, lambda *a, k=kind, **kw: shown.append((k, a[2])) or None
        )
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own
    loop = QEventLoop()
    monkeypatch.setattr(QApplication, "exec", lambda self: loop.exec())
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: loop.exit(0)))
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: loop.exit(code)))
    windows: list[MainWindow] = []
    original = MainWindow.show
    monkeypatch.setattr(MainWindow, "show", lambda self: (windows.append(self), original(self)))
    assert cli.main([]) == 2
    assert len(windows) == 1 and not windows[0].attached and windows[0].isHidden()
    # One clear message; an unexpected error would have shown run_app's warning instead.
    assert [kind for kind, _ in shown] == ["critical"], shown
    assert "portfolio.sqlite3" in shown[0][1], shown
    windows[0].deleteLater()
