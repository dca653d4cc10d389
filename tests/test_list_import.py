"""A school's list from a spreadsheet or a Moodle framework becomes a variant of an official list:
official activities keep their official ids, the school's own get stable ids of their own,
every rule of the official list still applies, and every problem of the file comes at once
with its row and column, in Dutch, identical ones grouped."""

from __future__ import annotations

import io
import re
import tomllib
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from stageportfolio.core.catalog import Catalog, load_catalog, validate_file
from stageportfolio.core.schoollist import activity_id
from stageportfolio.core.sheetread import MAX_SHEET_BYTES, MAX_SHEET_ROWS
from stageportfolio.services.list_import import (
    ImportOptions,
    ListImportError,
    import_list_file,
    save_imported_list,
)
from tests.schoollist_files import (
    C1,
    C2,
    C2_CODE,
    C2_SAFE,
    C3,
    OWN_TEXTS,
    competency,
    moodle_csv,
    moodle_rows,
    school_csv,
    school_workbook,
)

OPTIONS = ImportOptions(list_id="gezondheidszorg-sint-jozef", title="Gezondheidszorg (Sint-Jozef)")


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def imported(path: Path, catalog: Catalog, *, moodle: bool = False):  # type: ignore[no-untyped-def]
    return import_list_file(
        path, catalog, based_on="gezondheidszorg", options=OPTIONS, moodle=moodle
    )


def problems(path: Path, catalog: Catalog, based_on: str = "gezondheidszorg") -> ListImportError:
    with pytest.raises(ListImportError) as caught:
        import_list_file(path, catalog, based_on=based_on, options=OPTIONS)
    return caught.value


def own_ids(texts: tuple[str, ...], competences: tuple[str, ...]) -> list[str]:
    return [activity_id(comp, text) for comp, text in zip(competences, texts, strict=True)]


SPREADSHEET_ACTIVITIES = {
    C2: [C2_CODE, C2_SAFE, activity_id(C2, OWN_TEXTS[0])],
    C1: [
        activity_id(C1, OWN_TEXTS[1]),
        activity_id(C1, 'Past de procedure "valpreventie" toe; noteert in het dossier'),
    ],
}


@pytest.mark.parametrize("kind", ["xlsx", "csv-cp1252", "csv-utf8-bom"])
def test_a_spreadsheet_becomes_a_variant_with_official_and_own_activities(
    kind: str, tmp_path: Path, catalog: Catalog
) -> None:
    if kind == "xlsx":
        path = school_workbook(tmp_path / "stagelijst.xlsx", catalog)
    else:
        encoding = "cp1252" if kind == "csv-cp1252" else "utf-8-sig"
        path = school_csv(tmp_path / "stagelijst.csv", catalog, encoding=encoding)
    result = imported(path, catalog)
    alist = result.alist
    assert (alist.id, alist.version, alist.spec.based_on) == (OPTIONS.list_id, 1, "gezondheidszorg")
    by_competence = alist.activities_by_competence()
    for competence, expected in SPREADSHEET_ACTIVITIES.items():
        assert list(by_competence[competence]) == expected
    base = catalog.get("gezondheidszorg")
    # the other competences keep the BK's activities, and every rule of the base applies
    assert by_competence["bkc0023619"] == base.activities_by_competence()["bkc0023619"]
    assert [rule.id for rule in alist.spec.rules] == [rule.id for rule in base.spec.rules]
    assert (result.official, result.own) == (2, 3)
    assert result.sheet == ("Activiteiten" if kind == "xlsx" else None)
    data = tomllib.loads(result.toml)
    assert [c["title"] for c in data["clusters"]] == ["Beroepshouding", "Wettelijk kader"]
    targets = {a["id"]: (a.get("year"), a.get("level")) for a in data["activities"]}
    assert targets[C2_SAFE] == (2, 3)  # "zelfstandig uitgevoerd" is level 3 of the scale
    # the file is a list file that validates as any other
    out = tmp_path / "gezondheidszorg-sint-jozef.toml"
    save_imported_list(result, out, catalog)
    again = validate_file(out, catalog)
    assert again.same_content(alist)  # type: ignore[union-attr]


def test_the_same_file_gives_the_same_ids_again(tmp_path: Path, catalog: Catalog) -> None:
    first = imported(school_workbook(tmp_path / "a.xlsx", catalog), catalog)
    second = imported(school_csv(tmp_path / "b.csv", catalog), catalog)
    assert first.alist.activities_by_competence() == second.alist.activities_by_competence()
    # the school's own ids follow the docs' scheme: competence id and 6 hex digits of the text
    assert activity_id(C1, OWN_TEXTS[1]).startswith(f"{C1}-")
    assert len(activity_id(C1, OWN_TEXTS[1])) == len(C1) + 7
    assert activity_id(
        C1, "  Respecteert de HUISREGELS\n van de afdeling en meldt afwijkingen"
    ) == (activity_id(C1, OWN_TEXTS[1]))


def test_a_moodle_framework_export_becomes_a_variant(tmp_path: Path, catalog: Catalog) -> None:
    path = moodle_csv(tmp_path / "Stagelijst Gezondheidszorg-SJ-GZ.csv", catalog)
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and b"\r\n" not in raw  # as Moodle writes it
    assert b'"core_competency\\competency_rule_all"' in raw
    result = imported(path, catalog)
    assert result.kind == "moodle"
    by_competence = result.alist.activities_by_competence()
    # the official activity by its ID number (its short name cut at 100 characters by Moodle,
    # the description whole), the school's own from their short names; the competence found
    # by its ID number (bkc…) or by its title ("SJ-C1")
    assert list(by_competence[C2]) == [C2_CODE, activity_id(C2, OWN_TEXTS[0])]
    assert list(by_competence[C3]) == [activity_id(C3, OWN_TEXTS[1])]
    data = tomllib.loads(result.toml)
    assert [(c["title"], c["competences"]) for c in data["clusters"]] == [
        ("Beroepshouding", [C2]),
        ("Kwaliteit", [C3]),
    ]
    assert any("Niet verworven,Verworven" in note for note in result.notes)  # scale not taken


def test_moodle_headers_in_another_language_are_read_by_position(
    tmp_path: Path, catalog: Catalog
) -> None:
    path = moodle_csv(tmp_path / "kader.csv", catalog)
    text = path.read_text("utf-8").split("\n", 1)
    dutch = "Ouder-ID-nummer,ID-nummer,Korte naam,Beschrijving,Formaat,Schaal,Schaalconfiguratie,"
    dutch += (
        "Regeltype,Regeluitkomst,Regelconfiguratie,Kruisverwijzingen,Export-ID,Is kader,Taxonomie"
    )
    path.write_text(dutch + "\n" + text[1], "utf-8")
    with pytest.raises(ListImportError):
        imported(path, catalog)  # without --moodle, no known columns
    assert imported(path, catalog, moodle=True).own == 2


def lines_of(error: ListImportError) -> str:
    return "\n".join([error.heading, *error.lines])


def test_every_problem_of_a_spreadsheet_at_once_with_row_and_column(
    tmp_path: Path, catalog: Catalog
) -> None:
    rows = [
        ["BK-0243-2", "bkc0023618", None, "Doet iets", "Beroepshouding", 1, 5],  # row 4: level
        [None, "99", None, "Een", None, None, None],  # 5: no competence 99
        [None, "99", None, "Twee", None, None, None],  # 6: the same problem: grouped
        [None, "bkc9999999", None, "Drie", None, None, None],  # 7: not a competence of the list
        [None, C1, C2_CODE, None, None, None, None],  # 8: official id of another competence
        [None, C2, C2_SAFE, "Iets anders", None, None, None],  # 9: text differs from official
        [None, C2, None, "Doet iets", None, None, None],  # 10: the same activity twice
        [None, C2, "SJ-7", "Eigen id", None, None, None],  # 11: own id without competence id
        [None, C2, None, "Vijf", None, "eerste", None],  # 12: year is no number
    ]
    path = school_workbook(tmp_path / "fouten.xlsx", catalog, rows)
    error = problems(path, catalog)
    text = lines_of(error)
    assert error.heading == "fouten.xlsx, blad Activiteiten: 9 problemen; er is geen lijst gemaakt."
    assert "rij 4, kolom Niveau: niveau '5' staat niet in de schaal van de lijst" in text
    assert "rijen 5, 6, kolom Competentie: BK-0243-2 Zorgkundige heeft geen competentie 99" in text
    assert "rij 7, kolom Competentie: bkc9999999 is geen competentie van de BK's" in text
    assert (
        f"rij 8, kolom Activiteit-id: {C2_CODE} is een activiteit van {C2}, niet van {C1}" in text
    )
    assert (
        f"rij 9, kolom Activiteit: de tekst verschilt van de officiële activiteit {C2_SAFE}" in text
    )
    assert "rij 10, kolom Activiteit: dezelfde activiteit staat al op rij 4" in text
    assert "rij 11, kolom Activiteit-id: 'SJ-7' is geen officiële activiteit" in text
    assert "rij 12, kolom Jaar: jaar 'eerste'" in text
    assert not (tmp_path / "gezondheidszorg-sint-jozef.toml").exists()


def test_csv_problems_name_the_line_and_a_competence_number_needs_its_bk(
    tmp_path: Path, catalog: Catalog
) -> None:
    rows = [[None, "3", None, "Doet iets", None, None, None]]
    path = school_csv(tmp_path / "lijst.csv", catalog, rows)
    text = lines_of(problems(path, catalog))
    assert text.startswith("lijst.csv: 1 probleem")
    assert "regel 4, kolom Competentie: competentie 3 van welke BK? Vul de kolom BK in" in text
    # with one BK in the base list, the number is enough
    rows = [
        [None, "C1", None, "Doet iets", None, None, None],
        [None, "3", None, "Iets", None, None, None],
    ]
    path = school_csv(tmp_path / "pb.csv", catalog, rows)
    result = import_list_file(path, catalog, based_on="persoonsbegeleider", options=OPTIONS)
    bk = catalog.bks["BK-0445-2"]
    assert set(result.alist.activities_by_competence()) >= {
        bk.competences[0].id,
        bk.competences[2].id,
    }
    assert result.own == 2


def test_a_moodle_export_with_broken_links_names_its_lines(
    tmp_path: Path, catalog: Catalog
) -> None:
    rows = moodle_rows(catalog)
    rows.append(competency("SJ-NIET", "SJ-X", "Hangt nergens aan", "", 18))
    rows.append(competency("SJ-KW", "SJ-KW", "Dubbel", "", 19))
    rows.append(competency("", "SJ-LOS", "Een losse activiteit", "<p>Los</p>", 20))
    path = moodle_csv(tmp_path / "kader.csv", catalog, rows)
    text = lines_of(problems(path, catalog))
    # descriptions hold line breaks: a row's line is where it starts in the file
    first = (
        path.read_text("utf-8")
        .split("\n")
        .index(',SJ-LOS,"Een losse activiteit",<p>Los</p>,1,,,,0,null,,20,,')
        - 1
    )
    assert len(moodle_rows(catalog)) + 1 < first
    assert (
        f"regel {first}, kolom Parent ID number: er is geen competentie met ID number 'SJ-NIET'"
        in text
    )
    assert f"regel {first + 1}, kolom ID number: ID number 'SJ-KW' staat al op regel" in text
    loose = "'Een losse activiteit' (SJ-LOS) hangt onder geen competentie"
    assert f"regel {first + 2}, kolom ID number: {loose}" in text


def test_files_that_are_no_list_are_refused_with_what_to_do(
    tmp_path: Path, catalog: Catalog
) -> None:
    xls = tmp_path / "oud.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    assert "oude Excel-werkmap (.xls)" in str(problems(xls, catalog))
    broken = tmp_path / "kapot.xlsx"
    broken.write_bytes(b"PK\x03\x04" + bytes(100))
    assert "geen geldige Excel-werkmap" in str(problems(broken, catalog))
    other = tmp_path / "uren.csv"
    other.write_text("datum;context;uren\n1/9/2025;WZC;7\n", "utf-8")
    error = problems(other, catalog)
    assert "geen kopregel met de kolommen Competentie en Activiteit" in error.heading
    assert "Gevonden: 'datum', 'context', 'uren'." in error.lines
    assert "onbekende basislijst 'bestaat-niet'" in str(problems(other, catalog, "bestaat-niet"))


def test_a_huge_sheet_is_refused_without_reading_it_all(tmp_path: Path, catalog: Catalog) -> None:
    path = tmp_path / "groot.csv"
    path.write_text("Competentie;Activiteit\n" + "bkc0023617;x\n" * (MAX_SHEET_ROWS + 5), "utf-8")
    assert "meer dan 20.000 rijen" in str(problems(path, catalog))


def test_a_partial_bk_takes_the_competences_the_school_names(
    tmp_path: Path, catalog: Catalog
) -> None:
    base = catalog.get("basiszorg-en-ondersteuning")
    bk = catalog.bks["BK-0243-2"]
    chosen = [comp for comp in bk.competences if comp.id not in base.competence_ids()][:1]
    rows = [["BK-0243-2", chosen[0].id, None, "Helpt bij de maaltijd", None, None, None]]
    path = school_workbook(tmp_path / "basiszorg.xlsx", catalog, rows)
    result = import_list_file(path, catalog, based_on="basiszorg-en-ondersteuning", options=OPTIONS)
    link = next(link for link in result.alist.spec.bks if link.code == "BK-0243-2")
    assert link.competences == (chosen[0].id,)
    assert any("BK-0243-2" in note for note in result.notes)


def test_a_list_with_its_own_activities_travels_in_the_pupils_archive(
    tmp_path: Path, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The coordinator hands one file; a pupil adds it (Bestand > Lijst toevoegen…), starts a
    portfolio on it and exports: the archive carries the list, with its activities."""
    from stageportfolio.services.archive_lists import export_portfolio
    from stageportfolio.services.lists import (
        install_list_file,
        load_user_catalog,
        preview_list_file,
    )
    from stageportfolio.services.portfolio import PortfolioService, open_current

    out = tmp_path / "gezondheidszorg-sint-jozef.toml"
    save_imported_list(
        imported(school_workbook(tmp_path / "l.xlsx", catalog), catalog), out, catalog
    )
    monkeypatch.setenv("STAGEPORTFOLIO_HOME", str(tmp_path / "pupil"))
    install_list_file(preview_list_file(out, load_user_catalog()))
    opened = open_current()
    service = PortfolioService.create(
        opened,
        role="student",
        name="Lotte",
        list_id=OPTIONS.list_id,
        organisation="",
        school_year="",
    )
    try:
        assert list(service.alist.activities_by_competence()[C1]) == SPREADSHEET_ACTIVITIES[C1]
        archive = tmp_path / "lotte.zip"
        export_portfolio(service.engine, service.catalog, archive)
    finally:
        service.engine.dispose()
    with zipfile.ZipFile(archive) as zf:
        carried = zf.read(f"lists/{OPTIONS.list_id}-v1.toml")
    assert carried == out.read_bytes()
    assert "lists/gezondheidszorg-v1.toml" in zipfile.ZipFile(archive).namelist()


def test_the_doc_describes_the_format_and_the_columns() -> None:
    from stageportfolio.core.activitylist import ListActivity
    from stageportfolio.core.moodlecsv import COLUMNS
    from stageportfolio.core.schoollist import COLUMN_NAMES

    doc = (Path(__file__).parents[1] / "docs" / "activity-lists.md").read_text("utf-8")
    for field in ListActivity.model_fields:
        assert f"| `{field}` |" in doc, field
    for names in COLUMN_NAMES.values():
        assert f"| `{names[0]}` |" in doc, names[0]
    for column in COLUMNS:
        assert column.split(" (")[0] in doc, column


@pytest.mark.parametrize(("written", "year"), [("1", 1), ("2de jaar", 2), ("3e", 3), (" 2 ", 2)])
def test_a_year_as_teachers_write_it(
    tmp_path: Path, catalog: Catalog, written: str, year: int
) -> None:
    rows = [[None, C1, None, "Een activiteit", None, written, None]]
    result = imported(school_csv(tmp_path / "j.csv", catalog, rows), catalog)
    assert result.alist.spec.activities[0].year == year


def rewritten(path: Path, change: Callable[[str, bytes], bytes]) -> bytes:
    """The workbook's zip with each member passed through ``change``."""
    out = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            target.writestr(info, change(info.filename, source.read(info.filename)))
    return out.getvalue()


def test_a_workbook_that_states_a_wrong_size_is_read_whole(
    tmp_path: Path, catalog: Catalog
) -> None:
    """Some tools write <dimension ref="A1"/> for any sheet; read-only openpyxl would stop
    there and see one cell."""
    path = school_workbook(tmp_path / "l.xlsx", catalog)

    def one_cell(name: str, data: bytes) -> bytes:
        if name.startswith("xl/worksheets/"):
            return re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1"/>', data)
        return data

    path.write_bytes(rewritten(path, one_cell))
    assert imported(path, catalog).own == 3


def test_a_workbook_that_unpacks_to_gigabytes_is_refused(tmp_path: Path, catalog: Catalog) -> None:
    path = school_workbook(tmp_path / "bom.xlsx", catalog)
    data = bytearray(path.read_bytes())
    central = data.index(b"PK\x01\x02")  # the first entry of the central directory
    data[central + 24 : central + 28] = (0xFFFF0000).to_bytes(4, "little")  # its unpacked size
    path.write_bytes(bytes(data))
    assert "uitgepakt te groot (4 GB; hoogstens 256 MB)" in str(problems(path, catalog))


def test_a_loop_in_the_moodle_tree_is_named_and_a_lost_branch_only_once(
    tmp_path: Path, catalog: Catalog
) -> None:
    rows = moodle_rows(catalog)
    rows.append(competency("SJ-B", "SJ-A", "A", "", 30))
    rows.append(competency("SJ-A", "SJ-B", "B", "", 31))
    rows.append(competency("SJ-WEG", "SJ-C", "C", "", 32))  # its parent is not in the file
    rows.append(competency("SJ-C", "SJ-D", "D", "", 33))  # under C: no second message
    path = moodle_csv(tmp_path / "kader.csv", catalog, rows)
    error = problems(path, catalog)
    text = lines_of(error)
    assert error.total == 3
    assert "regels 12, 13, kolom Parent ID number: deze competentie hangt (via haar ouders) " in (
        text
    )
    assert "er is geen competentie met ID number 'SJ-WEG'" in text


def test_a_title_with_a_comma_above_a_semicolon_header(tmp_path: Path, catalog: Catalog) -> None:
    path = tmp_path / "lijst.csv"
    path.write_bytes(
        "Stagelijst, Sint-Jozef 2025-2026\r\n"
        "Competentie;Activiteit\r\n"
        "bkc0023617;Kent de huisregels, en past ze toe\r\n".encode("cp1252")
    )
    result = imported(path, catalog)
    assert [a.text for a in result.alist.spec.activities] == ["Kent de huisregels, en past ze toe"]


def test_leaving_out_delegated_nursing_acts_is_said_apart(tmp_path: Path, catalog: Catalog) -> None:
    rows = [["BK-0243-2", 11, "bkc0023627-kb01", None, None, None, None]]
    result = imported(school_csv(tmp_path / "c11.csv", catalog, rows), catalog)
    assert any(
        note.startswith(
            "Let op: 22 van de 23 gedelegeerde verpleegkundige handelingen van C11 "
            "Zorgkundige (KB 12 januari 2006, gewijzigd bij KB 27 februari 2019) staan niet in "
            "de lijst van de school"
        )
        for note in result.notes
    ), result.notes


def test_a_file_too_big_for_a_list_is_refused_before_it_is_read(
    tmp_path: Path, catalog: Catalog
) -> None:
    path = tmp_path / "groot.csv"
    with path.open("wb") as out:
        out.truncate(MAX_SHEET_BYTES + 8 * 1024 * 1024)  # sparse: no disk used
    assert "te groot voor een stagelijst (40 MB; hoogstens 32 MB)" in str(problems(path, catalog))
