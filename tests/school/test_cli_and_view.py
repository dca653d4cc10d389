"""The coordinator's commands end to end, and the read-only view of one student."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from benchmarks import school_students as gen
from stageportfolio.services.school_import import import_files
from stageportfolio.services.school_mode import School
from stageportfolio.services.school_overview import open_student, overview
from stageportfolio.store.db import StoreError

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "school"


def run(home: Path, *args: str, database: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, STAGEPORTFOLIO_HOME=str(home))
    if database is not None:
        env["STAGEPORTFOLIO_SCHOOL_DB"] = database
    return subprocess.run(
        [sys.executable, "-m", "stageportfolio", *args],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=300,
    )  # fmt: skip


def test_the_coordinators_commands(
    school_home: Path, backend: str, exports, tmp_path: Path
) -> None:
    folder = tmp_path / "download"
    folder.mkdir()
    for plan in (
        gen.Plan(name="Lotte Vermeulen", seed=21),
        gen.Plan(name="Noor Claes", seed=22, tamper="invalid"),
    ):
        (folder / f"{plan.name}.zip").write_bytes(exports(plan).read_bytes())
    (folder / "leesmij.txt").write_text("geen portfolio", encoding="utf-8")
    done = run(school_home, "school-import", str(folder), database=backend)
    assert done.returncode == 1, done.stderr  # one file refused
    assert "[NIEUW] Lotte Vermeulen.zip (Lotte Vermeulen): nieuw" in done.stdout
    assert "[GEWEIGERD] leesmij.txt: geen portfolio-archief" in done.stdout
    assert (
        "3 bestanden: 2 nieuw, 0 vervangen, 0 ongewijzigd, 0 ouder (overgeslagen), 1 geweigerd."
        in done.stdout
    )
    again = run(school_home, "school-import", str(folder / "Lotte Vermeulen.zip"), database=backend)
    assert again.returncode == 0 and "[ONGEWIJZIGD]" in again.stdout

    classes = run(
        school_home, "school-classes", str(DATA / "smartschool-klaslijst.csv"), database=backend
    )
    assert classes.returncode == 0, classes.stderr
    assert "4 leerlingen in 2 klassen (6GZ-B, 7VZ-A)" in classes.stdout

    listed = run(school_home, "school-overview", "--invalid", "--json", database=backend)
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert [(r["name"], r["class"], r["invalid_signatures"]) for r in rows] == [
        ("Noor Claes", "6GZ-B", 1)
    ]
    text = run(school_home, "school-overview", "--klas", "7VZ-A", database=backend).stdout
    assert (
        text.startswith("Lotte Vermeulen [7VZ-A] Verzorgende/zorgkundige")
        and "1 leerlingen" in text
    )

    for name in ("overzicht.xlsx", "overzicht.csv", "klas.pdf"):
        written = run(school_home, "school-export", "--out", str(tmp_path / name), database=backend)
        assert written.returncode == 0, written.stderr
        assert (tmp_path / name).stat().st_size > 0
    wrong = run(school_home, "school-export", "--out", str(tmp_path / "x.docx"), database=backend)
    assert wrong.returncode == 2 and ".xlsx, .csv of .pdf" in wrong.stderr

    mentors = run(school_home, "school-mentors", "--json", database=backend)
    assert mentors.returncode == 0 and json.loads(mentors.stdout)

    student = run(
        school_home, "school-student", "Noor", "--out", str(tmp_path / "noor.zip"), database=backend
    )
    assert student.returncode == 0, student.stderr
    assert "met een ongeldige handtekening" in student.stdout
    assert (tmp_path / "noor.zip").read_bytes() == (folder / "Noor Claes.zip").read_bytes()

    (tmp_path / "namen.csv").write_text("Voornaam;Naam\nLotte;Vermeulen\n", encoding="utf-8")
    bad = run(school_home, "school-classes", str(tmp_path / "namen.csv"), database=backend)
    assert bad.returncode == 2
    assert "regel 1: kolom Klas niet gevonden" in bad.stderr and "niets veranderd" in bad.stderr


def test_a_students_portfolio_read_only(school: School, exports) -> None:
    plan = gen.Plan(name="Lotte Vermeulen", seed=31)
    import_files(
        school, [exports(plan), exports(gen.Plan(name="Arne Jacobs", seed=32), kind="pdf")]
    )
    rows = {r.name: r for r in overview(school)}
    view = open_student(school, rows["Lotte Vermeulen"].portfolio_id)
    try:
        service = view.service
        assert service.info.name == "Lotte Vermeulen"
        assert (
            sum(h.minutes for h in service.hours()) == rows["Lotte Vermeulen"].trust.logged_minutes
        )
        assert len(service.placements()) == 2
        with pytest.raises(StoreError, match="alleen-lezen"):
            service.add_hours(day=date(2026, 3, 2), minutes=60, context="residentieel")
        assert view.pdf().startswith(b"%PDF-")
    finally:
        view.close()
    arne = open_student(school, rows["Arne Jacobs"].portfolio_id)
    try:
        assert arne.kind == "pdf" and arne.pdf() == arne.data  # the PDF the student handed in
    finally:
        arne.close()
