"""``stageportfolio list-import``: a coordinator makes the school's list from the workbook or the
Moodle export, in a real process; a pupil adds the one file and starts a portfolio on it."""

from __future__ import annotations

import subprocess
import tomllib
from pathlib import Path

import pytest

from stageportfolio.core.catalog import Catalog, load_catalog
from tests.cli.test_cli_pdf import run
from tests.schoollist_files import C2, C2_CODE, moodle_csv, school_csv, school_workbook


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    return result.stdout


def test_a_workbook_becomes_one_list_file_a_pupil_adds(tmp_path: Path, catalog: Catalog) -> None:
    workbook = school_workbook(tmp_path / "Stagelijst 2025-2026.xlsx", catalog)
    out = tmp_path / "gezondheidszorg-sint-jozef.toml"
    coordinator = tmp_path / "coordinator"
    printed = ok(
        run(
            coordinator,
            "list-import",
            str(workbook),
            "--based-on",
            "gezondheidszorg",
            "--id",
            "gezondheidszorg-sint-jozef",
            "--title",
            "Gezondheidszorg (Sint-Jozef)",
            "--school-year",
            "2025-2026",
            "--out",
            str(out),
            "--add",
        )
    )
    lines = printed.splitlines()
    assert lines[0] == (
        "Stagelijst 2025-2026.xlsx (blad Activiteiten): stagelijst ingelezen als lijst "
        "gezondheidszorg-sint-jozef versie 1 (Gezondheidszorg (Sint-Jozef)), variant van "
        "gezondheidszorg versie 1"
    )
    assert lines[1] == (
        "  5 activiteiten: 2 officiële (met hun officiële id), 3 eigen van de school; "
        "5 regels, alle geërfd van de basislijst"
    )
    assert f"Geschreven: {out}." in printed
    assert "Toegevoegd aan je eigen lijsten:" in printed
    data = tomllib.loads(out.read_text("utf-8"))
    assert data["based_on"] == "gezondheidszorg" and data["school_year"] == "2025-2026"
    # the coordinator's own app has it now, with every rule of the official list
    shown = ok(run(coordinator, "lists", "gezondheidszorg-sint-jozef"))
    assert "registratie-300-uur" in shown and "Schoolvariant van Gezondheidszorg" in shown
    # a pupil gets the one file, checks it and starts a portfolio on it
    pupil = tmp_path / "pupil"
    checked = ok(run(pupil, "validate-list", str(out)))
    assert "geldig: lijst gezondheidszorg-sint-jozef versie 1" in checked
    assert (
        "  eigen activiteitenlijst: 5 activiteiten voor 2 competenties (2 officiële, 3 eigen van "
        "de school)" in checked
    )
    (pupil / "lists").mkdir(parents=True)
    (pupil / "lists" / out.name).write_bytes(out.read_bytes())
    ok(run(pupil, "init", "--name", "Lotte", "--list", "gezondheidszorg-sint-jozef"))
    status = run(pupil, "status")  # exit 1: no hours yet, the federal rules are not met
    assert status.returncode == 1 and "Traceback" not in status.stderr
    assert "Lijst: Gezondheidszorg (Sint-Jozef) (gezondheidszorg-sint-jozef, versie 1)" in (
        status.stdout
    )
    assert "Loop nog 300 uur stage" in status.stdout
    # the list travels in the pupil's archive: a receiver without it gets it from there
    archive = tmp_path / "lotte.zip"
    ok(run(pupil, "export", "--out", str(archive)))
    receiver = tmp_path / "receiver"
    ok(run(receiver, "import", str(archive)))
    carried = receiver / "archive-lists" / "gezondheidszorg-sint-jozef-v1.toml"
    assert carried.read_bytes() == out.read_bytes()
    assert "Gezondheidszorg (Sint-Jozef)" in run(receiver, "status").stdout


def test_a_moodle_export_through_the_command(tmp_path: Path, catalog: Catalog) -> None:
    export = moodle_csv(
        tmp_path / "Stagelijst Gezondheidszorg-SJ-GZ-20260301_1012-comma_separated.csv", catalog
    )
    out = tmp_path / "sj.toml"
    printed = ok(
        run(
            tmp_path / "home",
            "list-import",
            str(export),
            "--based-on",
            "gezondheidszorg",
            "--id",
            "gezondheidszorg-sj",
            "--out",
            str(out),
        )
    )
    assert "Moodle-competentiekader ingelezen als lijst gezondheidszorg-sj versie 1" in printed
    assert "(Stagelijst Gezondheidszorg (Sint-Jozef))" in printed  # the framework's name
    data = tomllib.loads(out.read_text("utf-8"))
    assert {"competence": C2, "id": C2_CODE}.items() <= data["activities"][0].items()


def test_problems_are_printed_grouped_and_nothing_is_written(
    tmp_path: Path, catalog: Catalog
) -> None:
    rows = [[None, "bkc0023617", None, f"Activiteit {i}", None, None, 9] for i in range(40)]
    path = school_csv(tmp_path / "lijst.csv", catalog, rows)
    out = tmp_path / "lijst.toml"
    result = run(
        tmp_path / "home",
        "list-import",
        str(path),
        "--based-on",
        "gezondheidszorg",
        "--id",
        "gezondheidszorg-x",
        "--out",
        str(out),
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines[0] == "lijst.csv: 40 problemen; er is geen lijst gemaakt."
    assert lines[1].startswith("  regels 4–43, kolom Niveau: niveau '9' staat niet in de schaal")
    assert len(lines) == 2
    assert not out.exists()


def test_an_unknown_base_or_a_bad_id_is_refused(tmp_path: Path, catalog: Catalog) -> None:
    path = school_workbook(tmp_path / "l.xlsx", catalog)
    result = run(
        tmp_path / "home", "list-import", str(path), "--based-on", "gezondheidszorg",
        "--id", "Sint Jozef", "--out", str(tmp_path / "x.toml"),
    )  # fmt: skip
    assert result.returncode == 2 and "de id 'Sint Jozef' kan niet" in result.stderr
    result = run(
        tmp_path / "home", "list-import", str(path), "--based-on", "gezondheidszorg",
        "--id", "gezondheidszorg", "--out", str(tmp_path / "x.toml"),
    )  # fmt: skip
    assert result.returncode == 2 and "is de id van een lijst die al bestaat" in result.stderr
