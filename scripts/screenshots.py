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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=["nl", "en"], default="nl")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--size", default=f"{SIZE[0]}x{SIZE[1]}", help="WIDTHxHEIGHT")
    parser.add_argument("--dark", action="store_true", help="a dark palette")
    args = parser.parse_args(argv)
    width, _x, height = args.size.partition("x")
    size = (int(width), int(height))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("LANG", "C.UTF-8")
    work = Path(tempfile.mkdtemp(prefix="stageportfolio-shots-"))
    os.environ["STAGEPORTFOLIO_HOME"] = str(work / "demo")

    from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    if args.dark:
        from PySide6.QtGui import QColor, QPalette

        app.setStyle("Fusion")  # type: ignore[attr-defined]
        dark = QPalette()
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
            dark.setColor(role, QColor(colour))
        app.setPalette(dark)  # type: ignore[attr-defined]
    QCoreApplication.setOrganizationName("stageportfolio-screenshots")
    QCoreApplication.setApplicationName("stageportfolio-screenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    QSettings().setValue("language", args.lang)
    QLocale.setDefault(QLocale("nl_BE"))
    translator = QTranslator(app)
    if args.lang == "en":
        from stageportfolio.app import TRANSLATIONS

        if translator.load(str(TRANSLATIONS / "stageportfolio_en.qm")):
            app.installTranslator(translator)

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


def dialogs(app: object, window: object, service: object, out: Path, suffix: str) -> list[Path]:
    """The daily-use dialogs: a week, a placement with its schedule, an import that meets an
    unknown placement, another studierichting, the how-tos."""
    from stageportfolio.ui.dialogs.csv_import_dialog import CsvImportDialog
    from stageportfolio.ui.dialogs.howto_dialog import HowToDialog
    from stageportfolio.ui.dialogs.list_change_dialog import ListChangeDialog
    from stageportfolio.ui.dialogs.placement_dialog import PlacementDialog
    from stageportfolio.ui.dialogs.week_dialog import WeekDialog

    placements = service.placements()  # type: ignore[attr-defined]
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
    }
    written = []
    for name, make in made.items():
        dialog = make()
        dialog.show()  # type: ignore[attr-defined]
        settle(app)
        path = out / f"{name}{suffix}.png"
        dialog.grab().save(str(path))  # type: ignore[attr-defined]
        written.append(path)
        dialog.close()  # type: ignore[attr-defined]
    return written


if __name__ == "__main__":
    raise SystemExit(main())
