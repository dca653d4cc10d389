"""The overview: one row per student, sorted and filtered in the database; the class list from
a Smartschool export; mentors across the school; the exports agree with the overview."""

from __future__ import annotations

import csv
import io
import subprocess
from datetime import date
from pathlib import Path

import pytest

from benchmarks import school_students as gen
from stageportfolio.core.classlist import ClassListError
from stageportfolio.core.schoolview import OverviewFilter
from stageportfolio.services import school_reports
from stageportfolio.services.school_import import import_files
from stageportfolio.services.school_mode import School
from stageportfolio.services.school_overview import (
    import_class_list,
    mentor_load,
    overview,
    read_class_list,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "school"
# Lotte, Arne and Chloë share their residential mentor (index 0); Noor's (4) is in local
# government.
PLANS = (
    gen.Plan(name="Lotte Vermeulen", seed=11, mentors=(0, 6), days_share=0.5),
    gen.Plan(
        name="Arne Jacobs", seed=12, mentors=(0, 7), days_share=0.5, list_id="gezondheidszorg"
    ),
    gen.Plan(name="Noor Claes", seed=13, mentors=(4, 8), days_share=0.1, tamper="invalid"),
    gen.Plan(name="Chloë Dubois", seed=14, mentors=(0, 9), days_share=0.5),
)


@pytest.fixture
def filled(school: School, exports) -> School:
    outcomes = import_files(school, [exports(plan) for plan in PLANS])
    assert all(o.status == "new" for o in outcomes), outcomes
    import_class_list(school, DATA / "smartschool-klaslijst.csv")
    return school


def names(rows) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.name for r in rows]


def test_one_row_per_student_with_class_list_and_verdict(filled: School) -> None:
    rows = {r.name: r for r in overview(filled)}
    assert set(rows) == {p.name for p in PLANS}
    assert rows["Lotte Vermeulen"].class_name == "7VZ-A"  # matched by name (cp1252 CSV)
    assert rows["Chloë Dubois"].class_name == "6GZ-B"  # accents survive Windows-1252
    lotte = rows["Lotte Vermeulen"]
    assert lotte.required_minutes == 300 * 60
    assert lotte.counted_minutes == sum(lotte.context_minutes.values())
    assert lotte.list_label.startswith("Verzorgende/zorgkundige")
    noor = rows["Noor Claes"]
    assert noor.unmet_rules >= 1 and noor.first_unmet.startswith("Loop nog ")
    assert noor.behind  # few hours in a school year that has ended
    assert noor.forecast is None or noor.forecast > date(2026, 6, 30)


def test_sort_and_filter(filled: School) -> None:
    assert names(overview(filled, OverviewFilter(class_name="7VZ-A"))) == [
        "Arne Jacobs",
        "Lotte Vermeulen",
    ]
    assert names(overview(filled, OverviewFilter(programme="Gezondheidszorg"))) == ["Arne Jacobs"]
    assert names(overview(filled, OverviewFilter(behind=True))) == ["Noor Claes"]
    assert names(overview(filled, OverviewFilter(invalid_signature=True))) == ["Noor Claes"]
    hof = gen.PLACES[2][0]
    assert names(overview(filled, OverviewFilter(placement=hof.split()[-1].lower()))) == [
        "Noor Claes"
    ]
    counted = [r.counted_minutes for r in overview(filled, sort="counted", descending=True)]
    assert counted == sorted(counted, reverse=True)
    by_class = [r.class_name for r in overview(filled, sort="class")]
    assert by_class == sorted(by_class)
    assert names(overview(filled, OverviewFilter(search="chlo"))) == ["Chloë Dubois"]


def test_filter_by_mentor_name(filled: School, world: gen.World) -> None:
    shared = world.mentors[0].name
    found = names(overview(filled, OverviewFilter(mentor=shared.split()[0])))
    assert {"Lotte Vermeulen", "Arne Jacobs", "Chloë Dubois"} <= set(found)


def test_mentor_load_per_day_across_the_school(filled: School, world: gen.World) -> None:
    loads = {m.fingerprint: m for m in mentor_load(filled)}
    shared = loads[world.mentors[0].fingerprint]
    assert shared.trusted and shared.name == world.mentors[0].name
    assert shared.students == 3 and shared.allowed == 2  # social profit: 2 at once
    over = shared.over_days
    assert over, "three pupils signed on the same days must warn"
    assert all(len(day.students) == 3 for day in over)
    local = loads[world.mentors[4].fingerprint]
    assert local.allowed == 3 and not local.over_days


def test_class_list_xlsx_and_bad_files(tmp_path: Path) -> None:
    members = read_class_list(DATA / "smartschool-klaslijst.xlsx")
    assert [(m.full_name, m.class_name, m.number) for m in members][:2] == [
        ("Lotte Vermeulen", "7VZ-A", "4711"),
        ("Arne Jacobs", "7VZ-A", "4712"),
    ]
    one_column = tmp_path / "namen.csv"
    one_column.write_text('Naam leerling,Klasnaam\n"Vermeulen, Lotte",7VZ-A\n', encoding="utf-8")
    assert read_class_list(one_column)[0].first_name == "Lotte"
    bad = tmp_path / "fout.csv"
    bad.write_text("Voornaam;Naam;Klas\nLotte;Vermeulen;7VZ-A\nArne;Jacobs;\n", encoding="utf-8")
    with pytest.raises(ClassListError) as caught:
        read_class_list(bad)
    assert caught.value.problems == ["regel 3, kolom Klas: de klas ontbreekt"]
    no_class = tmp_path / "geenklas.csv"
    no_class.write_text("Voornaam;Naam\nLotte;Vermeulen\n", encoding="utf-8")
    with pytest.raises(ClassListError, match="regel 1: kolom Klas niet gevonden"):
        read_class_list(no_class)


def test_xlsx_and_csv_agree_with_the_overview(filled: School, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    rows = overview(filled, sort="name")
    contexts = filled.catalog.contexts
    book = load_workbook(io.BytesIO(school_reports.overview_xlsx(rows, contexts)))
    sheet = book.active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    header = list(values[0])
    assert header[:6] == [
        "Naam",
        "Klas",
        "Studierichting",
        "Lijst",
        "Getelde uren",
        "Vereiste uren",
    ]
    for row, line in zip(rows, values[1:], strict=True):
        got = dict(zip(header, line, strict=True))
        assert got["Naam"] == row.name and got["Klas"] == (row.class_name or None)
        assert got["Getelde uren"] == pytest.approx(row.counted_minutes / 60)
        assert got["Bevestigde uren"] == pytest.approx(row.trust.confirmed_minutes / 60)
        assert got["Open regels"] == row.unmet_rules
        assert got["Achter op schema"] == ("ja" if row.behind else "nee")
        assert got["Ongeldige handtekeningen"] == row.trust.invalid_signatures
        for ctx, minutes in row.context_minutes.items():
            assert got[f"Uren {contexts.label(ctx)}"] == pytest.approx(minutes / 60)
    data = school_reports.overview_csv(rows, contexts)
    assert data.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert table[0] == header
    lotte = next(line for line in table if line[0] == "Lotte Vermeulen")
    assert "," in lotte[4] or lotte[4].isdigit()  # decimal comma, never a point


def test_text_that_looks_like_a_formula_stays_text(filled: School) -> None:
    from dataclasses import replace

    from openpyxl import load_workbook

    row = replace(overview(filled)[0], name='=HYPERLINK("http://x")', placements="+32 50 12")
    data = school_reports.overview_csv([row], filled.catalog.contexts).decode("utf-8-sig")
    assert "'=HYPERLINK" in data and "'+32 50 12" in data
    book = load_workbook(io.BytesIO(school_reports.overview_xlsx([row], filled.catalog.contexts)))
    cell = book.active["A2"]  # type: ignore[index]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")


def test_class_report_pdf(filled: School, tmp_path: Path) -> None:
    rows = overview(filled)
    pdf = tmp_path / "klasrapport.pdf"
    pdf.write_bytes(
        school_reports.class_report_pdf(
            rows, filled.catalog.contexts, school_name=gen.SCHOOL_NAME,
            filters=OverviewFilter(class_name="7VZ-A"),
        )
    )  # fmt: skip
    raw = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    text = " ".join(raw.stdout.split())
    for row in rows:
        assert row.name in text
    assert "klas 7VZ-A" in text and "achter op schema" in text
    fonts = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    assert "DejaVuSans" in fonts and all(" yes " in line for line in fonts.splitlines()[2:])
    subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, check=True)
    import pikepdf

    with pikepdf.open(pdf) as doc:
        assert "pdfaid" in str(doc.open_metadata())
