"""Render every screen a mentor sees, in Dutch, English and French, to PNG files.

    xvfb-run -a -s "-screen 0 1280x1024x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python scripts/screenshot_mentor.py --out /tmp/mentor-shots

The sign-off dialog on a pupil's laptop (first time, with a new passphrase; after signing a
week; at 800x600) and mentor mode (the profile, the empty window, a request open with a week
ticked, after signing a week), each in ``nl``, ``en`` and ``fr``, on a made-up portfolio in a
temporary folder (never the user's own data), on Monday 23 November 2026. The ``mentor-*``
commands' output goes next to them as text. Look at every image before trusting a change.
Needs time-machine (the ``test`` extra).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PASSPHRASE = "zonnebloem lampenkap fietsbel"
TODAY = date(2026, 11, 23)


def settle(app: Any, rounds: int = 10) -> None:
    for _ in range(rounds):
        app.processEvents()


def portfolio(home: Path) -> tuple[Any, str]:
    """A pupil with a week and a half at WZC De Linde and two activities to sign."""
    os.environ["STAGEPORTFOLIO_HOME"] = str(home)
    from stageportfolio.services.portfolio import PortfolioService, open_current

    service = PortfolioService.create(
        open_current(), role="student", name="Lotte Vermeulen",
        list_id="verzorgende-zorgkundige", organisation="Sint-Jozefsinstituut",
        school_year="2026-2027",
    )  # fmt: skip
    an = service.add_mentor(name="An Peeters", organisation="WZC De Linde")
    service.add_mentor(name="Sophie Dubois", organisation="MR Les Tilleuls")
    wzc = service.add_placement(
        organisation="WZC De Linde", unit="Afdeling Zonnebloem", context="residentieel",
        start_date=date(2026, 9, 7), end_date=date(2026, 10, 30), mentor_id=an,
    )  # fmt: skip
    for day in range(7, 12):
        note = "Ochtendzorg en maaltijdbegeleiding." if day == 8 else ""
        service.add_hours(
            day=date(2026, 9, day), minutes=450, context="residentieel", placement_id=wzc,
            note=note,
        )  # fmt: skip
    for day in range(14, 17):
        service.add_hours(
            day=date(2026, 9, day), minutes=450, context="residentieel", placement_id=wzc
        )
    activities = [(a, c) for _, c in service.alist.competences() for a in c.activities]
    for (activity, competence), day in zip(activities[:2], (15, 16), strict=True):
        service.save_record(
            activity_id=activity.id, competence_id=competence.id, proposed_level=2,
            day=date(2026, 9, day),
            reflection="Ik hielp mevrouw bij het wassen en vroeg eerst wat ze zelf wou doen.",
        )  # fmt: skip
    return service, an


def request_file(service: Any, mentor_id: str, folder: Path) -> Path:
    from stageportfolio.services.signoffs import SignOffService

    path = folder / "Lotte Vermeulen.aftekenverzoek"
    SignOffService(service).export_request(path, mentor_id=mentor_id)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--lang", action="append", choices=["nl", "en", "fr"])
    args = parser.parse_args(argv)
    languages = args.lang or ["nl", "en", "fr"]
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import time_machine

    travel = time_machine.travel(TODAY, tick=False)
    travel.start()
    work = Path(tempfile.mkdtemp(prefix="stageportfolio-mentor-shots-"))

    from PySide6.QtCore import QCoreApplication, QLocale, QSettings
    from PySide6.QtWidgets import QApplication, QFileDialog

    app = QApplication.instance() or QApplication([sys.argv[0]])
    QCoreApplication.setOrganizationName("stageportfolio-screenshots")
    QCoreApplication.setApplicationName("stageportfolio-screenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    QLocale.setDefault(QLocale("nl_BE"))

    from stageportfolio.services.signoffs import SignOffService
    from stageportfolio.ui import mentor_language
    from stageportfolio.ui.dialogs.signoff_dialog import SignOffDialog
    from stageportfolio.ui.mentor_window import MentorWindow

    def shot(widget: Any, name: str) -> None:
        settle(app)
        path = args.out / f"{name}.png"
        widget.grab().save(str(path))
        print(path)

    for lang in languages:
        mentor_language.set_session_language(lang)
        QSettings().clear()
        service, an = portfolio(work / lang / "pupil")
        request = request_file(service, an, work / lang)
        signoffs = SignOffService(service)
        dialog = SignOffDialog(service, signoffs)
        dialog.select_mentor(an)
        dialog.resize(900, 720)
        dialog.show()
        dialog.items.weeks[0].box.click()
        for row in dialog.rows:
            if row.item.kind == "activity_record":
                row.approve.click()
        shot(dialog, f"aftekenen-eerste-keer-{lang}")
        dialog.resize(800, 600)
        first = next(row for row in dialog.rows if row.item.kind == "activity_record")
        first.refuse.click()
        settle(app)
        dialog.items.ensureWidgetVisible(first.comment)
        shot(dialog, f"aftekenen-800x600-{lang}")
        first.refuse.click()
        first.approve.click()
        dialog.resize(900, 720)
        dialog.new_passphrase.setText(PASSPHRASE)
        dialog.repeat_passphrase.setText(PASSPHRASE)
        dialog.sign()
        shot(dialog, f"aftekenen-afgetekend-{lang}")
        dialog.close()
        service.engine.dispose()

        # mentor mode, on the mentor's own computer
        os.environ["STAGEPORTFOLIO_HOME"] = str(work / lang / "mentor")
        window = MentorWindow()
        window.resize(1000, 760)
        window.show()
        window.name_edit.setText("An Peeters")
        window.organisation_edit.setText("WZC De Linde")
        window.new_passphrase.setText("welkom123")
        window.repeat_passphrase.setText("welkom123")
        window.create_profile()  # the passphrase hint, in the mentor's language
        shot(window, f"mentormodus-profiel-{lang}")
        window.new_passphrase.setText(PASSPHRASE)
        window.repeat_passphrase.setText(PASSPHRASE)
        window.create_profile()
        shot(window, f"mentormodus-leeg-{lang}")
        window.load_request(request)
        window.items.weeks[0].box.click()
        shot(window, f"mentormodus-verzoek-{lang}")
        window.passphrase.setText(PASSPHRASE)
        answer = work / lang / "Lotte Vermeulen.aftekening"
        original = QFileDialog.getSaveFileName
        QFileDialog.getSaveFileName = lambda *a, to=answer, **k: (str(to), "")  # type: ignore[method-assign]
        try:
            window.sign_and_save()
        finally:
            QFileDialog.getSaveFileName = original  # type: ignore[method-assign]
        shot(window, f"mentormodus-afgetekend-{lang}")
        window.close()

        # the commands, as the mentor reads them
        from stageportfolio import cli

        os.environ["STAGEPORTFOLIO_HOME"] = str(work / lang / "cli")
        os.environ["STAGEPORTFOLIO_PASSPHRASE"] = PASSPHRASE
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            for command in (
                ["mentor-init", "--name", "An Peeters", "--organisation", "WZC De Linde",
                 "--sector", "social_profit"],
                ["mentor-card", "--out", str(work / lang / "an.mentorkaart")],
                ["mentor-sign", str(request), "--out", str(work / lang / "cli.aftekening"),
                 "--approve-all", "--refuse", "2:—"],
            ):  # fmt: skip
                print(f"$ stageportfolio --lang {lang} {' '.join(command)}")
                print(f"(exit {cli.main(['--lang', lang, *command])})")
        text = out.getvalue().replace(str(work), "…")
        (args.out / f"mentor-cli-{lang}.txt").write_text(text, encoding="utf-8")
        print(args.out / f"mentor-cli-{lang}.txt")
        del os.environ["STAGEPORTFOLIO_PASSPHRASE"]
        json.loads(answer.read_text("utf-8"))  # the answer was written
    travel.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
