"""A school's 320-hour variant through the commands a coordinator, a pupil and a receiver run:
real processes, real files, each in its own data folder.

- ``lists``, ``validate-list`` and ``check`` show the federal rule and the school's side by side,
  a rule left out with its reason, and a result line that names the school's rule as what blocks;
- the list travels inside the archive and the PDF: a receiver without it gets the same verdict;
- a carried list never replaces an installed one, and a carried list that is unusable (or was
  edited to leave out the federal rule) stops the import before anything is written.
"""

from __future__ import annotations

import json
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from stageportfolio.report.pdfa import read_attachments
from tests.cli.test_cli_pdf import run
from tests.core.test_variants import HEAD, SCHOOL_320
from tests.store.test_archive import rewrite, zip_members

VARIANT = (
    HEAD.replace('"gezondheidszorg-school"', '"gezondheidszorg-sint-jozef"').replace(
        "(school)", "(Sint-Jozef)"
    )
    + SCHOOL_320.replace("320 uur stage", "320 uur stage (stagereglement)")
    + '\n[[drop_rules]]\nid = "stagevolume"\nreason = "Stage in blokken van vier weken."\n'
)


def ok(result: subprocess.CompletedProcess[str], code: int = 0) -> str:
    assert result.returncode == code, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    return result.stdout


def hours_csv(path: Path, **per_context: int) -> Path:
    """Weekdays of 10 hours (the last one shorter), context after context, from 1/9/2025."""
    lines, day = ["datum;context;uren"], date(2025, 9, 1)
    for context, amount in per_context.items():
        left = amount
        while left > 0:
            if day.weekday() < 5:
                chunk = min(10, left)
                lines.append(f"{day.day}/{day.month}/{day.year};{context};{chunk}")
                left -= chunk
            day += timedelta(days=1)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


PUPIL_310 = {"residentieel": 150, "thuiszorg": 60, "ziekenhuis": 60, "beperking": 40}


@pytest.fixture
def school(tmp_path: Path) -> Path:
    """The coordinator's data folder, with the variant added to its lists."""
    home = tmp_path / "school"
    (home / "lists").mkdir(parents=True)
    (home / "lists" / "gezondheidszorg-sint-jozef.toml").write_text(VARIANT, encoding="utf-8")
    return home


def rule_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("  [")]


def test_lists_validate_and_check_show_the_federal_and_the_school_rule(
    school: Path, tmp_path: Path
) -> None:
    listed = ok(run(school, "lists"))
    block = listed.split("gezondheidszorg-sint-jozef ", 1)[1].split("\nkinderbegeleider ", 1)[0]
    assert (
        "registratie-300-uur: 300 uur stage, waarvan hoogstens 100 uur in een andere setting "
        "[verplicht, federale registratievoorwaarde]" in block
    )
    assert (
        "school-320-uur: 320 uur stage (stagereglement) [verplicht, regel van de school, " in block
    )
    assert "VERVALLEN door de school: de regel 'minstens 8 weken stage'" in block
    assert "Reden van de school: Stage in blokken van vier weken." in block

    (entry,) = [e for e in json.loads(ok(run(school, "lists", "--json"))) if e["based_on"]]
    assert entry["base"] == {"id": "gezondheidszorg", "version": 1}
    basis = {rule["id"]: rule["basis"] for rule in entry["rules_detail"]}
    assert basis["registratie-300-uur"] == "registratie" and basis["school-320-uur"] == "school"
    assert entry["dropped_rules"] == [
        {
            "id": "stagevolume",
            "title": "minstens 8 weken stage",
            "basis": "advies",
            "reason": "Stage in blokken van vier weken.",
        }
    ]

    valid = ok(
        run(school, "validate-list", str(school / "lists" / "gezondheidszorg-sint-jozef.toml"))
    )
    assert "variant van gezondheidszorg versie 1: 4 regels geërfd, 1 eigen regel van de school, " \
        "1 regel laten vallen" in valid  # fmt: skip

    csv = hours_csv(tmp_path / "uren.csv", **PUPIL_310)
    checked = ok(run(school, "check", "--list", "gezondheidszorg-sint-jozef", str(csv)), code=1)
    lines = rule_lines(checked)
    assert lines[0].startswith(
        "  [VOLDAAN, verplicht, federale registratievoorwaarde] Voldaan: 310"
    )
    assert lines[1].startswith(
        "  [NIET VOLDAAN, verplicht, regel van de school, strenger dan: 300 uur stage"
    )
    assert "Loop nog 10 uur stage" in lines[1] and "Je hebt nu 310 van 320 getelde uren" in lines[1]
    assert not any("kalenderweken" in line for line in lines)  # the left-out rule is not checked
    assert checked.rstrip().endswith(
        "Resultaat: nog 1 tekort op een eigen regel van de school; de federale "
        "registratievoorwaarden en de officiële regels van de kwalificatie zijn voldaan."
    )
    english = ok(run(school, "--lang", "en", "check", "--list", "gezondheidszorg-sint-jozef",
                     str(csv)), code=1)  # fmt: skip
    assert "[NOT MET, required, school rule, stricter than: 300 hours of stage" in english
    assert english.rstrip().endswith(
        "Result: 1 gap against a rule of the school's own; the federal registration conditions "
        "and the official rules of the qualification are met."
    )
    as_json = json.loads(
        ok(run(school, "check", "--list", "gezondheidszorg-sint-jozef", str(csv), "--json"), 1)
    )
    assert [(g["id"], g["basis"]) for g in as_json["gaps"]] == [("school-320-uur", "school")]


def pupil_portfolio(school: Path, tmp_path: Path) -> Path:
    ok(run(school, "init", "--name", "Lotte", "--list", "gezondheidszorg-sint-jozef"))
    ok(run(school, "import-hours", str(hours_csv(tmp_path / "uren.csv", **PUPIL_310))))
    return school


def test_the_list_travels_in_the_archive_and_the_pdf(school: Path, tmp_path: Path) -> None:
    pupil = pupil_portfolio(school, tmp_path)
    at_school = rule_lines(ok(run(pupil, "status"), code=1))
    archive, pdf = tmp_path / "lotte.zip", tmp_path / "lotte.pdf"
    ok(run(pupil, "export", "--out", str(archive)))
    ok(run(pupil, "export-pdf", "--out", str(pdf)))

    carried = {n: d for n, d in zip_members(archive).items() if n.startswith("lists/")}
    assert sorted(carried) == [
        "lists/gezondheidszorg-sint-jozef-v1.toml",
        "lists/gezondheidszorg-v1.toml",
    ]
    assert carried["lists/gezondheidszorg-sint-jozef-v1.toml"] == VARIANT.encode()
    manifest = json.loads(zip_members(archive)["manifest.json"])
    assert manifest["format_version"] == 2
    attachments = read_attachments(pdf.read_bytes())
    assert (
        attachments["stageportfolio/lists/gezondheidszorg-sint-jozef-v1.toml"] == VARIANT.encode()
    )
    # the printed rules: both rules with what they rest on, the rule left out, what blocks
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert "(verplicht · federale registratievoorwaarde)" in text
    assert "320 uur stage (stagereglement) (verplicht · regel van de school, strenger" in text
    assert (
        "⚠ VERVALLEN door de school: de regel 'minstens 8 weken stage' "
        "(stagevolume) van Gezondheidszorg geldt niet in deze variant. Reden van de school: "
        "Stage in blokken van vier weken." in text
    )
    assert (
        "Resultaat: nog 1 tekort op een eigen regel van de school; de federale "
        "registratievoorwaarden en de officiële regels van de kwalificatie zijn voldaan." in text
    )

    for name, source in (("centrum", archive), ("ontvanger-pdf", pdf)):
        receiver = tmp_path / name  # no lists folder at all
        imported = ok(run(receiver, "import", str(source)))
        assert "kwam mee met het archief en is hier niet geïnstalleerd" in imported
        status = ok(run(receiver, "status"), code=1)
        assert rule_lines(status) == at_school
        assert "Let op: Deze lijst kwam mee met een geïmporteerd portfolio" in status
        (result,) = [line for line in status.splitlines() if line.startswith("Resultaat:")]
        assert result.endswith(
            "op een eigen regel van de school; de federale registratievoorwaarden en de "
            "officiële regels van de kwalificatie zijn voldaan."
        )
        assert "VERVALLEN" in ok(run(receiver, "lists", "gezondheidszorg-sint-jozef"))
    # erase takes the carried lists with the portfolio
    receiver = tmp_path / "centrum"
    ok(run(receiver, "erase", "--yes"))
    assert not (receiver / "archive-lists").exists()


def test_an_installed_list_wins_over_a_different_carried_one(school: Path, tmp_path: Path) -> None:
    pupil = pupil_portfolio(school, tmp_path)
    archive = tmp_path / "lotte.zip"
    ok(run(pupil, "export", "--out", str(archive)))
    receiver = tmp_path / "school-b"
    (receiver / "lists").mkdir(parents=True)
    own = VARIANT.replace("hours = 320", "hours = 340")
    (receiver / "lists" / "sint-jozef.toml").write_text(own, encoding="utf-8")

    result = run(receiver, "import", str(archive))
    ok(result)
    assert "verschilt van de geïnstalleerde lijst" in result.stderr
    assert "staat apart in de map archive-lists/afwijkend" in result.stderr
    kept = receiver / "archive-lists" / "afwijkend" / "gezondheidszorg-sint-jozef-v1.toml"
    assert kept.read_text("utf-8") == VARIANT
    status = ok(run(receiver, "status"), code=1)
    assert (
        "Loop nog 30 uur stage" in status and "310 van 340 getelde uren" in status
    )  # the receiver's list


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        # a pupil edits the carried variant to leave out the federal 300-hour rule
        (
            lambda text: text.replace('id = "stagevolume"', 'id = "registratie-300-uur"'),
            ["niet bruikbaar", "federale registratievoorwaarde"],
        ),
        (lambda text: text.replace("hours = 320", "hours = veel"), ["niet bruikbaar"]),
    ],
)
def test_an_unusable_carried_list_stops_the_import(
    school: Path, tmp_path: Path, edit: object, words: list[str]
) -> None:
    pupil = pupil_portfolio(school, tmp_path)
    archive = tmp_path / "lotte.zip"
    ok(run(pupil, "export", "--out", str(archive)))
    member = "lists/gezondheidszorg-sint-jozef-v1.toml"

    def change(members: dict[str, bytes]) -> None:
        members[member] = edit(members[member].decode()).encode()  # type: ignore[operator]

    tampered = rewrite(archive, tmp_path / "aangepast.zip", change, fix_manifest=True)
    receiver = tmp_path / "centrum"
    result = run(receiver, "import", str(tampered))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in result.stderr
    assert "Er is niets geïmporteerd." in result.stderr
    assert "Er is nog geen portfolio" in run(receiver, "status").stderr
    assert not (receiver / "archive-lists").exists()


def test_an_archive_of_format_1_still_imports(tmp_path: Path) -> None:
    """Made before lists travelled: no lists/ members; checked against the installed lists."""
    from stageportfolio.store.archive import export_archive
    from stageportfolio.store.db import open_database
    from tests.store.test_archive import build_portfolio

    old = tmp_path / "oud.zip"
    engine = open_database()  # the private home of this test
    try:
        build_portfolio(engine, tmp_path / "bronnen")
        export_archive(engine, old)  # as the app did before: no list files
    finally:
        engine.dispose()
    assert json.loads(zip_members(old)["manifest.json"])["format_version"] == 1
    receiver = tmp_path / "ontvanger"
    ok(run(receiver, "import", str(old)))
    assert not (receiver / "archive-lists").exists()
    assert "Lijst: Gezondheidszorg (gezondheidszorg, versie 1)" in run(receiver, "status").stdout


CVO = """\
format = 1
based_on = "kinderbegeleider"
id = "kinderbegeleider-cvo"
version = 1
title = "Kinderbegeleider (CVO)"

[counts_as]
basisschool = ["schoolgaand"]

[[rules]]
id = "stagemodule-160-lestijden"
kind = "min_total_hours"
severity = "error"
title = "stagemodule van 160 lestijden"
lestijden = 160
contexts = ["baby-peuter", "schoolgaand"]
source = "opleidingsprofiel CVO: stagemodule van 80 of 160 lestijden"

[[rules]]
id = "halve-dagen-2025-2026"
kind = "min_half_days"
severity = "warning"
title = "minstens 9 halve dagen in 2025-2026"
half_days = 9
school_year = "2025-2026"
source = "omzendbrief SO/2015/01"
"""


def test_check_counts_lestijden_half_days_a_school_year_and_the_lists_counts_as(
    tmp_path: Path,
) -> None:
    """A CVO stage module of 160 lestijden (8,000 minutes): 120 h in a crèche and 13 h 20 in an
    after-school club at a primary school, which this list counts as out-of-school care."""
    home = tmp_path / "cvo"
    (home / "lists").mkdir(parents=True)
    (home / "lists" / "cvo.toml").write_text(CVO, encoding="utf-8")
    rows = ["datum;context;uren"]
    day = date(2026, 6, 1)  # 2025-2026
    for _ in range(15):
        rows.append(f"{day.day}/{day.month}/{day.year};kinderdagverblijf;8")
        day += timedelta(days=1)
    rows.append("8/9/2026;basisschool;6:40")  # 2026-2027
    rows.append("9/9/2026;basisschool;6:40")
    csv = tmp_path / "uren.csv"
    csv.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = ok(run(home, "check", "--list", "kinderbegeleider-cvo", str(csv)))
    assert "Voldaan: 160 lestijden in opvang baby's en peuters of opvang schoolgaande kinderen " \
        "(160 nodig; 1 lestijd = 50 minuten)." in out  # fmt: skip
    assert "Schooljaar 2025-2026: Voldaan: 30 halve dagen stage (9 nodig;" in out
    choice = (
        "Keuze van deze lijst: uren in kleuter- of lagere school tellen ook als opvang "
        "schoolgaande kinderen."
    )
    assert choice in out
    assert out.rstrip().endswith("Resultaat: geen blokkerende tekorten.")
    short = csv.read_text("utf-8").replace("9/9/2026;basisschool;6:40", "9/9/2026;basisschool;6")
    csv.write_text(short, encoding="utf-8")
    out = ok(run(home, "check", "--list", "kinderbegeleider-cvo", str(csv)), code=1)
    assert "Loop nog 0,8 lestijden stage in de opvang van baby's en peuters" in out
    assert out.rstrip().endswith(
        "Resultaat: nog 1 tekort op een eigen regel van de school; de officiële regels van de "
        "kwalificatie zijn voldaan."
    )
