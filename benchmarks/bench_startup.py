"""Start-up to a usable main window, against a bare PySide6 QMainWindow; and the hours table with
100,000 entries.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_startup.py
    .venv/bin/python benchmarks/bench_startup.py --runs 1 --entries 2000     # quick check

Part 1 (ratio): each run starts a fresh Python process (offscreen) and times, from just before
the process is spawned to the moment it reports the first paint of its main window:
(a) a bare script that creates a QApplication and shows an empty QMainWindow, and
(b) ``stageportfolio`` (``stageportfolio.app.run_app``) on a pre-built one-year portfolio of
about 300 hour entries (two placements, activities, sign-offs), built once with the queries.
Best of ``--runs`` each, (a) and (b) taking turns; prints both and the ratio (b)/(a).
**Aim: at most 1.5x.**

Part 2 (large log): a portfolio with ``--entries`` entries (default 100,000, imported with
``queries.import_hours``); the Hours section is built on it and shown at 1200x760, then times
(best of ``--runs``) a month filter change, back to all months, and scrolling to the end, each
until the table has repainted. **Aim: under 100 ms per operation.** Timings are printed, never
asserted: a slow machine does not fail.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

READY = "READY"

# Reports the first paint of a QMainWindow, then quits. Used by both children.
_PAINT_PROBE = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class _Probe(QObject):
    done = False
    def eventFilter(self, obj, event):
        if (not self.done and event.type() == QEvent.Type.Paint
                and isinstance(obj, QMainWindow)):
            self.done = True
            print("READY", flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)
        return False

app = QApplication.instance() or QApplication(sys.argv)
probe = _Probe()
app.installEventFilter(probe)
QTimer.singleShot(20000, lambda: (print("TIMEOUT", flush=True), app.exit(3)))
"""

BARE = (
    "import sys\n"
    + _PAINT_PROBE
    + """
window = QMainWindow()
window.resize(1180, 760)
window.show()
sys.exit(app.exec())
"""
)

APP = (
    "import sys\n"
    + _PAINT_PROBE
    + """
from PySide6.QtCore import QLocale
if not hasattr(QLocale, "Territory"):  # PySide6 6.11 names it Country; app.py expects Territory
    QLocale.Territory = QLocale.Country
from stageportfolio.app import run_app
sys.exit(run_app())
"""
)


def _env(home: Path, config: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        LANG="C.UTF-8",
        STAGEPORTFOLIO_HOME=str(home),
        XDG_CONFIG_HOME=str(config),  # no user settings (language) leak into the run
        PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
    )
    return env


def time_child(code: str, env: dict[str, str]) -> float:
    """Seconds from spawning the process to its READY line."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    elapsed = None
    for line in proc.stdout:
        if line.strip() == READY:
            elapsed = time.perf_counter() - start
            break
    _, err = proc.communicate(timeout=60)
    if elapsed is None or proc.returncode != 0:
        raise RuntimeError(f"child failed (exit {proc.returncode}): {err[-2000:]}")
    return elapsed


# --- data ---------------------------------------------------------------------------------


def build_year(home: Path, *, entries: int = 300, seed: int = 2025) -> int:
    """A one-year student portfolio in ``home``: two placements and about ``entries`` days."""
    from stageportfolio.core.catalog import load_catalog
    from stageportfolio.services.portfolio import Opened, PortfolioService
    from stageportfolio.store import queries
    from stageportfolio.store.db import DB_NAME, open_database, session_scope

    home.mkdir(parents=True, exist_ok=True)
    engine = open_database(home / DB_NAME)
    try:
        opened = Opened(engine=engine, catalog=load_catalog(home / "lists"))
        service = PortfolioService.create(
            opened,
            role="student",
            name="Bench Leerling",
            list_id="verzorgende-zorgkundige",
            organisation="Benchschool",
            school_year="2025-2026",
        )
        start = date(2025, 9, 1)
        half = date(2026, 1, 31)
        service.add_placement(
            organisation="WZC Bench", context="residentieel", start_date=start, end_date=half
        )
        service.add_placement(
            organisation="Thuiszorg Bench",
            context="thuiszorg",
            start_date=half + timedelta(days=1),
            end_date=date(2026, 8, 31),
        )
        rows = _rows(entries, seed=seed, start=start, half=half)
        with session_scope(engine) as session:
            lookup = queries.placements_by_name(session, portfolio_id=service.info.id)
            result = queries.import_hours(
                session, portfolio_id=service.info.id, rows=rows, placements_by_name=lookup
            )
        return result.added
    finally:
        engine.dispose()


def _rows(count: int, *, seed: int, start: date, half: date) -> list[object]:
    from stageportfolio.store.queries import ImportRow

    rng = random.Random(seed)
    days = [start + timedelta(days=i) for i in range(365)]
    weekdays = [d for d in days if d.weekday() < 5]
    out = []
    for index in range(count):
        day = weekdays[index % len(weekdays)] if count <= len(weekdays) else rng.choice(weekdays)
        home = day > half
        out.append(
            ImportRow(
                day=day,
                context="thuiszorg" if home else "residentieel",
                minutes=rng.choice((240, 300, 420, 450, 480)),
                placement="Thuiszorg Bench" if home else "WZC Bench",
                note=rng.choice(("", "", "ochtendzorg", "maaltijdbegeleiding", "teamoverleg")),
            )
        )
    return out


# --- part 1 -------------------------------------------------------------------------------


def startup(runs: int, work: Path) -> float:
    home = work / "year"
    added = build_year(home, entries=300)
    env = _env(home, work / "config")
    time_child(BARE, env)  # warm the file cache once, untimed
    time_child(APP, env)
    bare: list[float] = []
    full: list[float] = []
    for _ in range(runs):
        bare.append(time_child(BARE, env))
        full.append(time_child(APP, env))
    best_bare, best_app = min(bare), min(full)
    ratio = best_app / best_bare
    print(f"portfolio: {added} hour entries over one school year")
    print(f"(a) bare QMainWindow, process start to first paint: {best_bare * 1000:.0f} ms")
    print(f"(b) stageportfolio main window, same:                {best_app * 1000:.0f} ms")
    print(f"ratio startup app/bare: {ratio:.2f}x (aim: at most 1.5x; best of {runs})")
    return ratio


# --- part 2 -------------------------------------------------------------------------------


def large_log(entries: int, runs: int, work: Path) -> dict[str, float]:
    """Part 2, measured by bench_hours_view.py (which has its own --markdown section)."""
    from bench_hours_view import measure

    added, built, figures = measure(entries, runs, work)
    best = {name: min(values) for name, values in figures.items()}
    print(f"large log: {added} hour entries; Hours section built in {built * 1000:.0f} ms")
    for name in ("month filter change", "back to all months", "scroll to the end"):
        print(f"{name + ':':20} {best[name] * 1000:.1f} ms (aim: under 100 ms)")
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="best of N (default 5)")
    parser.add_argument("--entries", type=int, default=100_000, help="entries in part 2")
    parser.add_argument("--skip-large", action="store_true", help="only the start-up ratio")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as folder:
        work = Path(folder)
        startup(max(1, args.runs), work)
        if not args.skip_large:
            large_log(args.entries, max(1, args.runs), work)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
