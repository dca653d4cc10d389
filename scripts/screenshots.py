"""Render every main screen of the demo portfolio to docs/screenshots/*.png (1200x760).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--lang en] [--out DIR]
        [--size 800x600] [--dark]

``--size`` sets the main window's size (under Xvfb with a small screen: the window then fits
that screen); ``--dark`` uses a dark Fusion palette (status colours must follow it).

Builds the demo portfolio in a temporary folder (never the user's own data), opens the main
window on it and grabs each section, the first page of the first-start wizard and the hour
dialog. Look at the results before committing them.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SIZE = (1200, 760)
SECTION_FILES = (
    "overzicht",
    "uren",
    "activiteiten",
    "stageplaatsen",
    "bewijsstukken",
    "portfolio",
)


def settle(app: object, rounds: int = 8) -> None:
    for _ in range(rounds):
        app.processEvents()  # type: ignore[attr-defined]


def start_app(lang: str, work: Path, *, dark: bool = False) -> Any:
    """The QApplication as the app starts it in ``lang`` (nl or en), with its settings and the
    demo's data folder in ``work`` (never the user's own)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("LANG", "C.UTF-8")
    os.environ["STAGEPORTFOLIO_HOME"] = str(work / "demo")

    from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    if dark:
        from PySide6.QtGui import QColor, QPalette

        app.setStyle("Fusion")  # type: ignore[attr-defined]
        palette = QPalette()
        for role, colour in (
            (QPalette.ColorRole.Window, "#2b2b2b"),
            (QPalette.ColorRole.WindowText, "#e6e6e6"),
            (QPalette.ColorRole.Base, "#1e1e1e"),
            (QPalette.ColorRole.AlternateBase, "#353535"),
            (QPalette.ColorRole.Text, "#e6e6e6"),
            (QPalette.ColorRole.Button, "#353535"),
            (QPalette.ColorRole.ButtonText, "#e6e6e6"),
            (QPalette.ColorRole.Highlight, "#3d6fb4"),
            (QPalette.ColorRole.HighlightedText, "#ffffff"),
            (QPalette.ColorRole.ToolTipBase, "#353535"),
            (QPalette.ColorRole.ToolTipText, "#e6e6e6"),
            (QPalette.ColorRole.PlaceholderText, "#a0a0a0"),
        ):
            palette.setColor(role, QColor(colour))
        app.setPalette(palette)  # type: ignore[attr-defined]
    QCoreApplication.setOrganizationName("stageportfolio-screenshots")
    QCoreApplication.setApplicationName("stageportfolio-screenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    QSettings().setValue("language", lang)
    QLocale.setDefault(QLocale("nl_BE"))
    # As the app does: English, or the Dutch plural forms (%n) and Qt's own buttons in Dutch.
    from PySide6.QtCore import QLibraryInfo

    from stageportfolio.app import TRANSLATIONS

    translator = QTranslator(app)
    if translator.load(str(TRANSLATIONS / f"stageportfolio_{'en' if lang == 'en' else 'nl'}.qm")):
        app.installTranslator(translator)
    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if lang != "en" and qt_translator.load(QLocale("nl_BE"), "qtbase", "_", qt_dir):
        app.installTranslator(qt_translator)

    return app


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=["nl", "en"], default="nl")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--size", default=f"{SIZE[0]}x{SIZE[1]}", help="WIDTHxHEIGHT")
    parser.add_argument("--dark", action="store_true", help="a dark palette")
    args = parser.parse_args(argv)
    width, _x, height = args.size.partition("x")
    size = (int(width), int(height))
    work = Path(tempfile.mkdtemp(prefix="stageportfolio-shots-"))
    app = start_app(args.lang, work, dark=args.dark)

    from stageportfolio.services.demo import build_demo
    from stageportfolio.services.portfolio import PortfolioService, open_current
    from stageportfolio.ui.mainwindow import MainWindow
    from stageportfolio.ui.wizard import FirstStartWizard

    build_demo(work / "demo")
    opened = open_current()
    service = PortfolioService.open(opened)
    assert service is not None
    suffix = "" if args.lang == "nl" else f"-{args.lang}"
    args.out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    window = MainWindow(service, demo=True)
    window.resize(*size)
    window.show()
    settle(app)
    for row, name in enumerate(SECTION_FILES[: window.nav.count()]):
        window.nav.setCurrentRow(row)
        settle(app)
        path = args.out / f"{name}{suffix}.png"
        window.grab().save(str(path))
        written.append(path)

    try:
        from stageportfolio.ui.dialogs.hour_dialog import HourDialog
    except ImportError:  # the dialog is not there yet
        HourDialog = None  # type: ignore[assignment,misc]
    if HourDialog is not None:
        from stageportfolio.ui.sections.hours import HoursSection

        # As Ctrl+N opens it: the next stage day, the placement and its usual day.
        defaults = window.section(HoursSection)._defaults()  # type: ignore[attr-defined]
        dialog = HourDialog(service, values=defaults, parent=window)
        dialog.show()
        settle(app)
        path = args.out / f"uren-dialoog{suffix}.png"
        dialog.grab().save(str(path))
        written.append(path)
        dialog.close()
    written += dialogs(app, window, service, args.out, suffix)
    window.close()

    wizard = FirstStartWizard(opened)
    wizard.resize(720, 520)
    wizard.show()
    settle(app)
    path = args.out / f"wizard{suffix}.png"
    wizard.grab().save(str(path))
    written.append(path)
    wizard.close()

    service.engine.dispose()
    opened.engine.dispose()
    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


def dialogs(app: Any, window: Any, service: Any, out: Path, suffix: str) -> list[Path]:
    """The daily-use dialogs: a week, a placement with its schedule, an import that meets an
    unknown placement, another studierichting, the how-tos, the mentor's sign-off by the week
    (with the eID button), the paper sheet, and the lists and their rules."""
    from stageportfolio.ui.dialogs.csv_import_dialog import CsvImportDialog
    from stageportfolio.ui.dialogs.howto_dialog import HowToDialog
    from stageportfolio.ui.dialogs.list_change_dialog import ListChangeDialog
    from stageportfolio.ui.dialogs.paper_dialog import PaperDialog
    from stageportfolio.ui.dialogs.placement_dialog import PlacementDialog
    from stageportfolio.ui.dialogs.signoff_dialog import SignOffDialog
    from stageportfolio.ui.dialogs.week_dialog import WeekDialog
    from stageportfolio.ui.listbrowser import ListBrowserWindow
    from stageportfolio.ui.signing_actions import signoff_service
    from stageportfolio.ui.widgets import ui_language

    placements = service.placements()
    rows = [f"{day}/11/2025;thuiszorg;7,5;Thuiszorg Aalst" for day in (17, 18, 20)]
    data = ("Datum;Context;Uren;Stageplaats\n" + "\n".join(rows) + "\n").encode()
    made = {
        "week-invullen": lambda: WeekDialog(service, parent=window),
        "stageplaats-rooster": lambda: PlacementDialog(
            service, placements[0] if placements else None, window
        ),
        "uren-importeren": lambda: CsvImportDialog(service, Path("uren.xlsx"), data, parent=window),
        "studierichting-wijzigen": lambda: ListChangeDialog(service, window),
        "hoe-werkt-het": lambda: HowToDialog(parent=window),
        "aftekenen-eid": lambda: SignOffDialog(service, signoff_service(service), window),
        "papieren-aftekenblad": lambda: PaperDialog(service, window),
        "lijsten": lambda: ListBrowserWindow(service.catalog, lang=ui_language()),
    }
    written = []
    for name, make in made.items():
        dialog = make()
        dialog.show()
        settle(app)
        path = out / f"{name}{suffix}.png"
        dialog.grab().save(str(path))
        written.append(path)
        dialog.close()
    return written


if __name__ == "__main__":
    raise SystemExit(main())
