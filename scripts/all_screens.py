"""Every screen, for looking at (not for the docs): the demo's sections, every dialog and window
each menu action and each section button opens, the first-start wizard's pages (pupil and EVC),
school mode (the coordinator's window, the import results, a student read-only, the mentors
tab, the vouch dialog) and, with ``--lang fr``, the mentor's screens in French (the sign-off
dialog, mentor mode with a request, and the paper sheet's PDF page).

    xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python scripts/all_screens.py --lang en --out /work/shots

Files are named ``<lang>-<part>-<nnn>-<what>.png``. Builds everything in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from screenshots import start_app  # noqa: E402


class Shots:
    """Grabs what is shown into ``out``, numbered in the order taken."""

    def __init__(self, out: Path, lang: str, part: str) -> None:
        self.out, self.lang, self.part, self.count = out, lang, part, 0
        self.written: list[Path] = []

    def wait(self, ms: int = 250) -> None:
        from PySide6.QtTest import QTest

        QTest.qWait(ms)

    def save(self, widget: Any, what: str) -> None:
        self.count += 1
        slug = re.sub(r"[^\w]+", "-", what.replace("&", "")).strip("-").lower()[:70]
        path = self.out / f"{self.lang}-{self.part}-{self.count:03d}-{slug}.png"
        widget.grab().save(str(path))
        self.written.append(path)

    def opened_by(self, what: str, trigger: Callable[[], object], keep: set[Any]) -> None:
        """Run ``trigger``; grab and close every dialog or window it opens (modal ones too)."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QDialog

        def close(widget: Any) -> None:
            if isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.close()

        def poll() -> None:
            modal = QApplication.activeModalWidget()
            if modal is not None and modal not in keep:
                timer.stop()
                self.wait(300)
                self.save(modal, f"{what} {type(modal).__name__}")
                close(modal)
                timer.start()

        before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
        timer = QTimer()
        timer.setInterval(100)
        timer.timeout.connect(poll)
        timer.start()
        trigger()
        self.wait(300)
        timer.stop()
        for window in {w for w in QApplication.topLevelWidgets() if w.isVisible()} - before:
            if window in keep:
                continue
            self.wait(200)
            self.save(window, f"{what} {type(window).__name__}")
            close(window)


def student_screens(shots: Shots, work: Path) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QMenu

    from stageportfolio.services.demo import build_demo
    from stageportfolio.services.portfolio import PortfolioService, open_current
    from stageportfolio.ui.mainwindow import MainWindow
    from stageportfolio.ui.wizard import FirstStartWizard
    from tests.ui.test_english_everywhere import _select_first_leaf as select_first_leaf

    os.environ["STAGEPORTFOLIO_HOME"] = str(build_demo(work / "demo"))
    opened = open_current()
    service = PortfolioService.open(opened)
    assert service is not None
    window = MainWindow(service, demo=True)
    window.resize(1200, 760)
    window.show()
    shots.wait(500)
    keep: set[Any] = {window}
    names = [window.nav.item(row).text() for row in range(window.nav.count())]
    for row, name in enumerate(names):
        window.nav.setCurrentRow(row)
        shots.wait()
        shots.save(window, f"section {name}")
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        assert isinstance(menu, QMenu)
        menu.popup(window.mapToGlobal(window.menuBar().actionGeometry(menu_action).bottomLeft()))
        shots.wait()
        shots.save(menu, f"menu {menu.title()}")
        menu.hide()
        for action in menu.actions():
            if action.menu() is not None or action.isSeparator() or not action.isEnabled():
                continue
            if action.isCheckable() or action.shortcut().toString() == "Ctrl+Q":
                continue
            shots.opened_by(f"{menu.title()} {action.text()}", action.trigger, keep)
    for row, name in enumerate(names):
        window.nav.setCurrentRow(row)
        shots.wait(100)
        section = window.sections[row]
        for view in section.findChildren(QAbstractItemView):
            select_first_leaf(view)  # so Edit, Propose… are enabled, as the English test does
        for button in section.findChildren(QAbstractButton):
            if not (button.isVisible() and button.isEnabled()) or button.isCheckable():
                continue
            if button is getattr(section, "open_button", None):
                continue
            shots.opened_by(f"{name} {button.text()}", button.click, keep)
    window.close()
    for role in ("student", "evc"):
        wizard = FirstStartWizard(opened)
        wizard.resize(720, 520)
        wizard.show()
        shots.wait()
        shots.save(wizard, "wizard role")
        getattr(wizard.role_page, role).setChecked(True)
        wizard.next()
        wizard.name_page.name_edit.setText("Sam Peeters")
        shots.wait()
        shots.save(wizard, f"wizard {role} name")
        wizard.next()
        shots.wait()
        shots.save(wizard, f"wizard {role} list")
        wizard.next()
        shots.wait()
        shots.save(wizard, f"wizard {role} last page")
        wizard.reject()
    service.engine.dispose()
    opened.engine.dispose()


def school_screens(shots: Shots, work: Path) -> None:
    from benchmarks import school_students as gen
    from stageportfolio.services.school_import import import_files
    from stageportfolio.services.school_mode import open_school
    from stageportfolio.store.school_db import target_for
    from stageportfolio.ui.school.window import SchoolWindow

    world = gen.make_world(work / "school-home", seed=13)
    plans = (
        gen.Plan(name="Lotte Vermeulen", seed=41, mentors=(0, 6), days_share=0.5),
        gen.Plan(name="Arne Jacobs", seed=42, mentors=(0, 7), days_share=0.5, tamper="invalid"),
        gen.Plan(name="Noor Claes", seed=43, mentors=(0, 8), days_share=0.1),
    )
    exports = []
    for number, plan in enumerate(plans):
        service = gen.make_student(world, work / "students" / str(number), plan)
        try:
            exports.append(gen.export(service, work / "exports" / f"{number}.zip"))
        finally:
            service.engine.dispose()
    os.environ["STAGEPORTFOLIO_HOME"] = str(world.school_home)
    school = open_school(target_for(str(world.school_home / "school" / "school.sqlite3")))
    import_files(school, exports[1:])
    window = SchoolWindow(school)
    window.resize(1280, 760)
    window.show()
    shots.wait(500)
    keep: set[Any] = {window}
    shots.opened_by("school import", lambda: window.import_paths([exports[0]]), keep)
    for _ in range(100):
        if window.last_outcomes:
            break
        shots.wait(100)
    shots.wait(300)
    if window.results.isVisible():
        shots.save(window.results, "school import results")
        window.results.close()
    shots.save(window, "school overview")
    window.table.selectRow(0)
    window.open_student(window.selected_id())
    student: Any = window.student_windows[-1]
    student.resize(1280, 760)
    shots.wait(500)
    for tab in range(student.tabs.count()):
        student.tabs.setCurrentIndex(tab)
        shots.wait()
        shots.save(student, f"school student {student.tabs.tabText(tab)}")
    student.close()
    window.tabs.setCurrentIndex(1)
    shots.wait()
    shots.save(window, "school mentors")
    shots.opened_by("school vouch", window.mentors.vouch, keep)
    bad = work / "klaslijst.csv"
    bad.write_text("Voornaam;Achternaam\nLotte;Vermeulen\n", encoding="utf-8")
    shots.opened_by("school class list refused", lambda: window.import_class_list(bad), keep)
    window.close()
    school.close()


def mentor_screens(shots: Shots, work: Path) -> None:
    """The mentor's screens in the mentor's language (``--lang fr``: the app is Dutch, the
    mentor French)."""
    from stageportfolio.services.demo import build_demo
    from stageportfolio.services.paper_signoff import PaperService
    from stageportfolio.services.portfolio import PortfolioService, open_current
    from stageportfolio.ui import mentor_language
    from stageportfolio.ui.dialogs.paper_dialog import PaperDialog
    from stageportfolio.ui.dialogs.signoff_dialog import SignOffDialog
    from stageportfolio.ui.mentor_window import MentorWindow
    from stageportfolio.ui.signing_actions import signoff_service

    mentor_language.set_session_language(shots.lang)
    os.environ["STAGEPORTFOLIO_HOME"] = str(build_demo(work / "demo"))
    opened = open_current()
    service = PortfolioService.open(opened)
    assert service is not None
    signoffs = signoff_service(service)
    dialog = SignOffDialog(service, signoffs)
    dialog.show()
    shots.wait(500)
    shots.save(dialog, "mentor sign-off dialog")
    dialog.items.weeks[0].box.click()
    shots.wait()
    shots.save(dialog, "mentor sign-off dialog week ticked")
    dialog.close()
    paper = PaperDialog(service)
    paper.show()
    shots.wait()
    shots.save(paper, "paper sheet dialog")
    paper.close()
    papers = PaperService(service)
    for week in papers.weeks_with_hours()[:1]:
        pdf = shots.out / f"{shots.lang}-{shots.part}-paper-sheet.pdf"
        pdf.write_bytes(papers.sheet_pdf(week, language=shots.lang))  # type: ignore[arg-type]
        subprocess.run(["pdftoppm", "-png", "-r", "70", str(pdf), str(pdf.with_suffix(""))],
                       check=True)  # fmt: skip
    request = work / "verzoek.aftekenverzoek.json"
    signoffs.export_request(request)
    window = MentorWindow()
    window.resize(1000, 700)
    window.show()
    shots.wait(500)
    shots.save(window, "mentor mode profile")
    window.name_edit.setText("Sophie Dubois")
    window.new_passphrase.setText("rivière lente sous le pont gris")
    window.repeat_passphrase.setText("rivière lente sous le pont gris")
    window.create_profile()
    shots.wait()
    shots.save(window, "mentor mode after profile")
    window.load_request(request)
    shots.wait()
    shots.save(window, "mentor mode request")
    window.close()
    service.engine.dispose()
    opened.engine.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=["nl", "en", "fr"], default="nl")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--only", choices=["student", "school", "mentor"], default=None)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="stageportfolio-all-screens-"))
    start_app("nl" if args.lang == "fr" else args.lang, work)
    parts = {"student": student_screens, "school": school_screens, "mentor": mentor_screens}
    if args.lang == "fr":
        parts = {"mentor": mentor_screens}
    for name, part in parts.items():
        if args.only in (None, name):
            shots = Shots(args.out, args.lang, name)
            part(shots, work / name)
            for path in shots.written:
                print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
