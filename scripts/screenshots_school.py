"""Render school mode to docs/screenshots/school-*.png: the overview, a student opened read-only
and the mentors across the school.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_school.py [--out DIR]

Makes a small school in a temporary folder with the student generator of the benchmarks
(twelve students, one with a forged sign-off, one changed after sign-off, one with a
student-made mentor key, one far behind), imports their exports and a Smartschool class list,
then grabs the windows. Look at the results before committing them.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SIZE = (1280, 760)


def settle(app: object, rounds: int = 8) -> None:
    for _ in range(rounds):
        app.processEvents()  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="stageportfolio-school-shots-"))
    try:
        from benchmarks import school_students as gen

        world = gen.make_world(work / "school-home", seed=7)
        exports = work / "exports"
        plans = gen.plans(12, seed=7)
        plans[0] = replace(plans[0], name="Lotte Vermeulen", mentors=(0, 8))
        plans[1] = replace(plans[1], name="Arne Jacobs", tamper="invalid", mentors=(0, 9))
        plans[2] = replace(plans[2], name="Noor Claes", days_share=0.08, mentors=(0, 6))
        plans[3] = replace(plans[3], name="Chloë Dubois", tamper="changed")
        plans[4] = replace(plans[4], self_made_mentor=True, signed_share=1.0)
        for number, plan in enumerate(plans):
            service = gen.make_student(world, work / "homes" / f"{number}", plan)
            try:
                gen.export(service, exports / f"{number:02d}.zip")
            finally:
                service.engine.dispose()
        home = work / "coordinator"
        (home / "school").mkdir(parents=True)
        shutil.copyfile(
            world.school_home / "school" / "identity.json", home / "school" / "identity.json"
        )
        os.environ["STAGEPORTFOLIO_HOME"] = str(home)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

        from PySide6.QtWidgets import QApplication

        from stageportfolio.services.school_import import import_files
        from stageportfolio.services.school_mode import open_school
        from stageportfolio.ui.school.window import SchoolWindow

        app = QApplication.instance() or QApplication([])
        school = open_school()
        from stageportfolio.services.school_overview import vouch_card

        for mentor in world.mentors[:3]:  # three cards vouched in the window, kept in its register
            vouch_card(school, mentor.card(), gen.SCHOOL_PASSPHRASE,
                       checked_fingerprint=mentor.fingerprint)  # fmt: skip
        import_files(school, [exports])
        window = SchoolWindow(school)
        window.import_class_list(ROOT / "tests" / "data" / "school" / "smartschool-klaslijst.csv")
        window.resize(*SIZE)
        window.show()
        settle(app)
        args.out.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(args.out / "school-overzicht.png"))
        lotte = next(r for r in window.rows if r.name == "Arne Jacobs")
        window.open_student(lotte.portfolio_id)
        student = window.student_windows[-1]
        student.resize(*SIZE)
        settle(app)
        student.grab().save(str(args.out / "school-leerling.png"))
        student.tabs.setCurrentIndex(1)
        settle(app)
        student.grab().save(str(args.out / "school-leerling-uren.png"))
        student.close()
        window.tabs.setCurrentIndex(1)
        settle(app)
        window.grab().save(str(args.out / "school-mentoren.png"))
        window.close()
        school.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"school screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
