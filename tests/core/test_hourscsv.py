"""Reading hour logs from CSV files as Excel and other tools write them."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from stageportfolio.core.catalog import SHIPPED_DIR, load_contexts
from stageportfolio.core.contexts import ContextRegistry
from stageportfolio.core.hours import HourEntry
from stageportfolio.core.hourscsv import (
    CsvProblem,
    HoursCsvError,
    ParsedHours,
    parse_hours_csv,
)

TODAY = date(2026, 11, 23)
DATA = Path(__file__).resolve().parents[1] / "data" / "csv"
HEADER = "Datum;Context;Uren"
_REGISTRY = load_contexts(SHIPPED_DIR / "contexts.toml")


@pytest.fixture(scope="module")
def contexts() -> ContextRegistry:
    return _REGISTRY


Periods = Mapping[str, tuple[date, date]]


def parse(data: bytes, contexts: ContextRegistry, periods: Periods | None = None) -> ParsedHours:
    return parse_hours_csv(data, contexts, today=TODAY, periods=periods)


def problems(
    data: bytes, contexts: ContextRegistry, periods: Periods | None = None
) -> list[CsvProblem]:
    with pytest.raises(HoursCsvError) as caught:
        parse(data, contexts, periods)
    found = caught.value.problems
    assert found, "an HoursCsvError always names at least one problem"
    assert str(caught.value) == "\n".join(str(p) for p in found)
    return found


def fixture(name: str) -> bytes:
    return (DATA / name).read_bytes()


def csv_bytes(*rows: str, header: str = HEADER, encoding: str = "cp1252") -> bytes:
    return "".join(f"{row}\r\n" for row in (header, *rows)).encode(encoding)


def only(found: list[CsvProblem]) -> CsvProblem:
    assert len(found) == 1, found
    return found[0]


# --- the fixture files ---------------------------------------------------------------------


def test_fixture_files_match_their_generator() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("csv_fixtures", DATA / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name, make in module.FIXTURES.items():
        assert fixture(name) == make(), f"{name} differs from generate.py: run it again"


def test_excel_nl_be(contexts: ContextRegistry) -> None:
    data = fixture("excel_nl_be.csv")
    assert b"\r\n" in data and "ë".encode("cp1252") in data  # really what Excel writes
    result = parse(data, contexts)
    linde, thuis, kdv = (
        "Woonzorgcentrum De Linde",
        "Thuiszorg Vlaanderen",
        "Kinderdagverblijf ’t Kabouterke",
    )
    assert result.entries == [
        HourEntry(date(2025, 2, 3), "residentieel", 450, linde, "Marleen Peeters",
                  "Eerste dag: rondleiding"),
        HourEntry(date(2025, 2, 4), "residentieel", 480, linde, "Marleen Peeters",
                  "Ochtendzorg, daarna maaltijd"),
        HourEntry(date(2025, 2, 5), "residentieel", 375, linde, "Marleen Peeters", None),
        HourEntry(date(2025, 3, 10), "thuiszorg", 270, thuis, "José Verbeke",
                  "Café met zorgvrager (€ 2)"),
        HourEntry(date(2025, 3, 11), "thuiszorg", 225, thuis, "José Verbeke",
                  'Zei: "tot morgen"; daarna verslag'),
        HourEntry(date(2025, 3, 12), "baby-peuter", 420, kdv, "Ann Claes",
                  "Eerste lijn\nTweede lijn"),
        HourEntry(date(2025, 3, 13), "baby-peuter", 420, kdv, "Ann Claes", None),
    ]  # fmt: skip
    # Physical lines: line 5 holds only separators, the note on line 8 runs on to line 9.
    assert result.rows == [2, 3, 4, 6, 7, 8, 10]
    assert result.warnings == []


def test_utf8_with_bom(contexts: ContextRegistry) -> None:
    result = parse(fixture("utf8_bom.csv"), contexts)
    assert [(e.day, e.context, e.minutes) for e in result.entries] == [
        (date(2025, 2, 3), "residentieel", 450),
        (date(2025, 2, 4), "baby-peuter", 405),
        (date(2025, 2, 5), "residentieel", 480),
        (date(2025, 2, 6), "ziekenhuis", 450),
    ]
    assert result.entries[0].placement == "WZC Zonnebloem"  # no BOM left in the first column
    assert result.entries[2].note == "Ärztin → arts (ł)"  # UTF-8, not read as Windows-1252
    assert result.entries[3].mentor == "Łukasz Nowak"
    assert result.rows == [2, 3, 4, 5]


def test_comma_separated_iso_dates(contexts: ContextRegistry) -> None:
    result = parse(fixture("comma_iso.csv"), contexts)
    assert [(e.day, e.context, e.minutes, e.placement) for e in result.entries] == [
        (date(2025, 4, 1), "thuiszorg", 450, "Familiehulp"),
        (date(2025, 4, 2), "thuiszorg", 450, "Familiehulp"),
        (date(2025, 4, 3), "ziekenhuis", 450, "AZ Groeninge"),  # "7,5" quoted
        (date(2025, 4, 4), "kinderziekenhuis", 15, "AZ Groeninge"),
    ]


def test_english_headers_and_unknown_extra_column(contexts: ContextRegistry) -> None:
    result = parse(fixture("english_headers.csv"), contexts)
    assert result.entries == [
        HourEntry(date(2025, 5, 5), "thuiszorg", 390, "Familiehulp", "Sam Peeters", "first day"),
        HourEntry(date(2025, 5, 6), "ziekenhuis", 435, "UZ Gent", "Sam Peeters", None),
        HourEntry(date(2025, 5, 7), "residentieel", 480, "WZC Het Anker", None, "night shift"),
    ]


def test_sep_line_decides_the_separator(contexts: ContextRegistry) -> None:
    data = b'sep=,\r\nDatum,Context,Uren,Opmerking\r\n01/03/2025,thuiszorg,"7,5",a;b\r\n'
    result = parse(data, contexts)
    assert result.rows == [3]
    assert (result.entries[0].minutes, result.entries[0].note) == (450, "a;b")


def test_excel_sep_line_is_skipped(contexts: ContextRegistry) -> None:
    result = parse(fixture("excel_sep_line.csv"), contexts)
    assert [(e.context, e.minutes) for e in result.entries] == [
        ("school", 240),
        ("schoolgaand", 210),
    ]
    assert result.rows == [3, 4]  # physical lines: sep=; is line 1, the header line 2


# --- bad fixture files ---------------------------------------------------------------------


def test_negative_hours(contexts: ContextRegistry) -> None:
    problem = only(problems(fixture("bad_negative_hours.csv"), contexts))
    assert (problem.line, problem.field) == (3, "Uren")
    assert '"-7,5"' in problem.message and "negatief" in problem.message
    assert str(problem).startswith("regel 3, kolom Uren: ")


def test_hours_not_a_number(contexts: ContextRegistry) -> None:
    problem = only(problems(fixture("bad_not_a_number.csv"), contexts))
    assert (problem.line, problem.field) == (2, "Uren")
    assert '"zeven"' in problem.message
    assert "geen getal" in problem.message and "7,5" in problem.message
    assert "7:30" in problem.message


def test_unknown_and_empty_context(contexts: ContextRegistry) -> None:
    found = problems(fixture("bad_unknown_context.csv"), contexts)
    assert [(p.line, p.field) for p in found] == [
        (2, "Context"),
        (3, "Context"),
        (4, "Context"),
        (5, "Context"),
    ]
    first, typo, empty, again = (p.message for p in found)
    assert '"Sportclub De Hoop"' in first and "onbekende context" in first
    for ctx in contexts:  # an unknown value lists every known context
        assert ctx.id in first and ctx.id in typo
    assert "residentieel (residentiële ouderenzorg)" in first
    assert '"thuiszrog"' in typo and "bedoel je thuiszorg?" in typo
    assert "context ontbreekt" in empty
    # The same unknown value again refers back instead of repeating the list.
    assert '"sportclub de hoop"' in again and "zie regel 2" in again.lower()
    assert "ziekenhuis" not in again


def test_impossible_dates(contexts: ContextRegistry) -> None:
    found = problems(fixture("bad_impossible_date.csv"), contexts)
    assert [(p.line, p.field) for p in found] == [(2, "Datum"), (3, "Datum"), (4, "Datum")]
    for problem, value in zip(found, ["31/02/2025", "13/13/2025", "29/02/2025"], strict=True):
        assert "ongeldige datum" in problem.message
        assert f'"{value}"' in problem.message


def test_future_date(contexts: ContextRegistry) -> None:
    problem = only(problems(fixture("bad_future_date.csv"), contexts))  # today itself is fine
    assert (problem.line, problem.field) == (3, "Datum")
    assert '"24/11/2026"' in problem.message and "ligt in de toekomst" in problem.message


def test_more_than_24_hours_on_one_day(contexts: ContextRegistry) -> None:
    problem = only(problems(fixture("bad_day_over_24h.csv"), contexts))
    assert (problem.line, problem.field) == (2, "Uren")
    assert "05/03/2025" in problem.message
    assert "25 uur" in problem.message
    assert "regels 2, 3 en 5" in problem.message  # line 4 is another day


def test_missing_column(contexts: ContextRegistry) -> None:
    with pytest.raises(ValueError, match="ontbreekt") as caught:  # HoursCsvError is a ValueError
        parse(fixture("bad_missing_column.csv"), contexts)
    assert isinstance(caught.value, HoursCsvError)
    problem = only(problems(fixture("bad_missing_column.csv"), contexts))
    assert (problem.line, problem.field) == (None, None)
    assert '"uren"' in problem.message and "ontbreekt" in problem.message
    assert '"Datum", "Context", "Stageplaats"' in problem.message
    assert str(problem) == problem.message


def test_undecodable_bytes(contexts: ContextRegistry) -> None:
    problem = only(problems(fixture("bad_undecodable.csv"), contexts))
    assert problem.line is None
    assert "geen CSV-tekstbestand" in problem.message
    assert "0x81" in problem.message and "regel 3" in problem.message


@pytest.mark.parametrize("data", [fixture("bad_xlsx.csv"), b"PK\x05\x06" + bytes(18), b"PK\x00"])
def test_xlsx_given_by_mistake(contexts: ContextRegistry, data: bytes) -> None:
    problem = only(problems(data, contexts))
    assert problem.line is None
    assert "geen CSV-tekstbestand" in problem.message
    assert '"CSV (gescheiden door lijstscheidingsteken)"' in problem.message


def test_decimal_comma_in_comma_separated_file(contexts: ContextRegistry) -> None:
    problem = only(problems(fixture("bad_comma_split.csv"), contexts))
    assert (problem.line, problem.field) == (2, "uren")
    assert '"7,5"' in problem.message
    assert "aanhalingstekens" in problem.message and ";" in problem.message


# --- encodings and file shapes -------------------------------------------------------------


@pytest.mark.parametrize("byte", [0x81, 0x8D, 0x8F, 0x90, 0x9D])
def test_bytes_undefined_in_windows_1252(contexts: ContextRegistry, byte: int) -> None:
    data = csv_bytes("01/03/2025;thuiszorg;7") + bytes([byte])
    assert "geen CSV-tekstbestand" in only(problems(data, contexts)).message


@pytest.mark.parametrize(
    "data",
    [
        b"\x00\x01\x02\x03\x04binary\x00\x00\xff",
        bytes(range(256)) * 4,
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100,  # old .xls
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
    ],
)
def test_binary_files(contexts: ContextRegistry, data: bytes) -> None:
    problem = only(problems(data, contexts))
    assert problem.line is None and "geen CSV-tekstbestand" in problem.message


def test_encoding_is_decided_per_file(contexts: ContextRegistry) -> None:
    """One Windows-1252 byte makes the whole file Windows-1252, also its ASCII lines."""
    data = csv_bytes("01/03/2025;thuiszorg;7;Brûlé", header="Datum;Context;Uren;Opmerking")
    assert parse(data, contexts).entries[0].note == "Brûlé"
    assert parse(data.decode("cp1252").encode("utf-8"), contexts).entries[0].note == "Brûlé"


def test_mixed_encodings_are_reported(contexts: ContextRegistry) -> None:
    data = csv_bytes("01/03/2025;thuiszorg;7;Brûlé", header="Datum;Context;Uren;Opmerking")
    data += "02/03/2025;thuiszorg;7;Brûlé\r\n".encode()
    problem = only(problems(data, contexts))
    assert problem.line is None
    assert "tekencoderingen" in problem.message and "regel 3" in problem.message


def test_utf16_unicode_text_from_excel(contexts: ContextRegistry) -> None:
    """Excel's "Unicode-tekst": UTF-16 with BOM, tab-separated."""
    text = "Datum\tContext\tUren\r\n01/03/2025\tRésidentiële ouderenzorg\t7,5\r\n"
    result = parse(text.encode("utf-16"), contexts)
    assert [(e.context, e.minutes) for e in result.entries] == [("residentieel", 450)]


def test_tab_separated(contexts: ContextRegistry) -> None:
    data = b"Datum\tContext\tUren\tOpmerking\n01/03/2025\tthuiszorg\t7,5\tkomma, puntkomma;\n"
    result = parse(data, contexts)
    assert [(e.minutes, e.note) for e in result.entries] == [(450, "komma, puntkomma;")]


def test_old_mac_line_endings_and_no_final_newline(contexts: ContextRegistry) -> None:
    data = b"Datum;Context;Uren\r01/03/2025;thuiszorg;7\r02/03/2025;thuiszorg;6"
    result = parse(data, contexts)
    assert [e.minutes for e in result.entries] == [420, 360] and result.rows == [2, 3]


def test_empty_lines_and_separator_lines_are_skipped(contexts: ContextRegistry) -> None:
    data = csv_bytes("", ";;", "01/03/2025;thuiszorg;7", "  ;  ; ", '"";"";""', "02/03/2025;KDV;3")
    result = parse(data, contexts)
    assert result.rows == [4, 7]
    assert [e.context for e in result.entries] == ["thuiszorg", "baby-peuter"]


@pytest.mark.parametrize(
    "data", [b"", b"\xef\xbb\xbf", b"\r\n\r\n", b";;;\r\n;;;\r\n", b"sep=;\r\n"]
)
def test_empty_file(contexts: ContextRegistry, data: bytes) -> None:
    problem = only(problems(data, contexts))
    assert problem.line is None and "leeg" in problem.message


def test_header_without_rows(contexts: ContextRegistry) -> None:
    problem = only(problems(csv_bytes(";;"), contexts))
    assert problem.line is None and "geen uurregels" in problem.message


def test_header_spelling_is_forgiving(contexts: ContextRegistry) -> None:
    header = ' DATUM ;"Context";Urén (decimaal);Extra kolom;OPMERKING '
    data = csv_bytes("01/03/2025;thuiszorg;7;x;notitie", header=header)
    result = parse(data, contexts)
    assert [(e.minutes, e.note) for e in result.entries] == [(420, "notitie")]
    problem = only(problems(csv_bytes("01/03/2025;thuiszorg;abc", header=header), contexts))
    assert problem.field == "Urén (decimaal)"  # the column as written


def test_title_lines_above_the_header(contexts: ContextRegistry) -> None:
    data = csv_bytes(
        "Datum;Context;Uren", "01/03/2025;thuiszorg;7", header="Urenlijst An Peeters;;"
    )
    result = parse(data, contexts)
    assert result.rows == [3] and result.entries[0].minutes == 420


def test_missing_columns_are_all_named(contexts: ContextRegistry) -> None:
    problem = only(problems(b"Date,Note\n2025-03-01,x\n", contexts))
    assert '"context" en "hours"' in problem.message
    assert '"Date", "Note"' in problem.message


def test_header_missing_altogether(contexts: ContextRegistry) -> None:
    problem = only(problems(b"01/03/2025;thuiszorg;7\r\n", contexts))
    assert "ontbreken" in problem.message and "kopregel erboven" in problem.message


def test_unusable_separator(contexts: ContextRegistry) -> None:
    problem = only(problems(b"Datum|Context|Uren\n01/03/2025|thuiszorg|7\n", contexts))
    assert '"Datum|Context|Uren"' in problem.message and "scheidingsteken" in problem.message


def test_duplicate_column(contexts: ContextRegistry) -> None:
    problem = only(
        problems(csv_bytes("01/03/2025;thuiszorg;7;8", header=HEADER + ";uren"), contexts)
    )
    assert problem.line is None
    assert '"Uren" (kolom 3)' in problem.message and '"uren" (kolom 4)' in problem.message


# --- values --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1/3/2025", date(2025, 3, 1)),
        ("01/03/2025", date(2025, 3, 1)),
        ("1-3-2025", date(2025, 3, 1)),
        ("01-03-2025", date(2025, 3, 1)),
        ("1.3.2025", date(2025, 3, 1)),
        ("2025-03-01", date(2025, 3, 1)),
        ("2025-3-1", date(2025, 3, 1)),
        ("01/03/2025 0:00", date(2025, 3, 1)),  # a date formatted as date and time
        ("2025-03-01 00:00:00", date(2025, 3, 1)),
        (" 29/02/2024 ", date(2024, 2, 29)),
    ],
)
def test_accepted_dates(contexts: ContextRegistry, text: str, expected: date) -> None:
    assert parse(csv_bytes(f"{text};thuiszorg;7"), contexts).entries[0].day == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("1/3/25", ["jaartal", "dd/mm/jjjj", "jjjj-mm-dd"]),
        ("01/03", ["niet herkend", "dd/mm/jjjj"]),
        ("1 maart 2025", ["niet herkend", "dd/mm/jjjj"]),
        ("2025/03/01", ["niet herkend", "jjjj-mm-dd"]),
        ("1/3-2025", ["niet herkend"]),
        ("45717", ["Excel-datumgetal"]),
        ("00/03/2025", ["ongeldige datum"]),
        ("2025-02-30", ["ongeldige datum"]),
        ("", ["datum ontbreekt"]),
    ],
)
def test_rejected_dates(contexts: ContextRegistry, text: str, words: list[str]) -> None:
    problem = only(problems(csv_bytes(f"{text};thuiszorg;7"), contexts))
    assert (problem.line, problem.field) == (2, "Datum")
    for word in words:
        assert word in problem.message
    if text:
        assert f'"{text}"' in problem.message


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("7,5", 450),
        ("7.5", 450),
        ("7:30", 450),
        ("7u30", 450),
        ("7:30:00", 450),  # Excel's [u]:mm:ss time format
        ("0,25", 15),
        ("24", 1440),
        ("7,33", 440),
    ],
)
def test_accepted_hours(contexts: ContextRegistry, text: str, minutes: int) -> None:
    assert parse(csv_bytes(f"01/03/2025;thuiszorg;{text}"), contexts).entries[0].minutes == minutes


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("-7,5", ["negatief"]),
        ("-7:30", ["negatief"]),
        ("abc", ["geen getal", "7,5", "7:30"]),
        ("7:30:15", ["geen getal"]),
        ("0", ["meer dan 0"]),
        ("0:00", ["meer dan 0"]),
        ("", ["uren ontbreekt", "groter dan 0"]),
        ("7:75", ["minuten", "onder 60"]),
        ("25", ["meer dan 24 uur"]),
        ("9" * 5000, ["meer dan 24 uur", "…"]),
    ],
)
def test_rejected_hours(contexts: ContextRegistry, text: str, words: list[str]) -> None:
    problem = only(problems(csv_bytes(f"01/03/2025;thuiszorg;{text}"), contexts))
    assert (problem.line, problem.field) == (2, "Uren")
    for word in words:
        assert word in problem.message
    if text and len(text) < 20:
        assert f'"{text}"' in problem.message
    assert len(problem.message) < 300


def test_contexts_match_aliases_in_any_case(contexts: ContextRegistry) -> None:
    rows = ["01/03/2025;RUSTHUIS;1", "02/03/2025;Baby’s en peuters;1", "03/03/2025; az ;1"]
    result = parse(csv_bytes(*rows), contexts)
    assert [e.context for e in result.entries] == ["residentieel", "baby-peuter", "ziekenhuis"]


# --- whole-file checks ---------------------------------------------------------------------


def test_long_day_is_a_warning_not_an_error(contexts: ContextRegistry) -> None:
    result = parse(csv_bytes("01/03/2025;thuiszorg;6", "01/03/2025;ziekenhuis;4:30"), contexts)
    assert len(result.entries) == 2
    warning = only(result.warnings)
    assert (warning.line, warning.field) == (2, "Uren")
    assert "01/03/2025" in warning.message and "10,5 uur" in warning.message
    assert "regels 2 en 3" in warning.message


def test_exactly_24_and_10_hours_are_fine(contexts: ContextRegistry) -> None:
    result = parse(csv_bytes("01/03/2025;thuiszorg;12", "01/03/2025;ziekenhuis;12"), contexts)
    assert len(result.warnings) == 1  # 24 h is allowed but more than 10 h
    assert parse(csv_bytes("02/03/2025;thuiszorg;10"), contexts).warnings == []


def test_duplicate_rows_are_a_warning(contexts: ContextRegistry) -> None:
    result = parse(csv_bytes("01/03/2025;thuiszorg;4", "01/03/2025;Thuiszorg;4:00"), contexts)
    assert len(result.entries) == 2
    warning = only(result.warnings)
    assert warning.line == 3 and "regel 2" in warning.message


def test_day_total_counts_rows_with_other_problems(contexts: ContextRegistry) -> None:
    found = problems(csv_bytes("01/03/2025;onbekend;20", "01/03/2025;thuiszorg;5"), contexts)
    assert [(p.line, p.field) for p in found] == [(2, "Context"), (2, "Uren")]
    assert "25 uur" in found[1].message


PERIODS = {
    "WZC De Linde": (date(2025, 2, 3), date(2025, 3, 28)),
    "Familiehulp": (date(2025, 4, 1), date(2025, 5, 30)),
}


def test_placements_inside_their_period(contexts: ContextRegistry) -> None:
    header = "Datum;Context;Uren;Stageplaats"
    data = csv_bytes(
        "03/02/2025;wzc;7;wzc  de linde",
        "30/05/2025;thuiszorg;7;Familiehulp",
        "01/06/2025;KDV;7;",
        header=header,
    )
    result = parse(data, contexts, PERIODS)
    assert [e.placement for e in result.entries] == ["WZC De Linde", "Familiehulp", None]


def test_placement_problems(contexts: ContextRegistry) -> None:
    header = "Datum;Context;Uren;Stageplaats"
    data = csv_bytes(
        "02/02/2025;wzc;7;WZC De Linde", "01/04/2025;thuiszorg;7;Elders", header=header
    )
    found = problems(data, contexts, PERIODS)
    assert [(p.line, p.field) for p in found] == [(2, "Datum"), (3, "Stageplaats")]
    outside, unknown = (p.message for p in found)
    assert "02/02/2025" in outside and '"WZC De Linde"' in outside
    assert "03/02/2025 tot en met 28/03/2025" in outside
    assert '"Elders"' in unknown and '"WZC De Linde", "Familiehulp"' in unknown
    assert parse(data, contexts).entries[1].placement == "Elders"  # no periods: not checked
    problem = only(problems(data, contexts, {})[1:])
    assert "nog geen stageplaatsen" in problem.message


def test_every_problem_is_reported_and_nothing_returned(contexts: ContextRegistry) -> None:
    header = "Datum;Context;Uren;Stageplaats"
    data = csv_bytes(
        "01/03/2025;thuiszorg;7;Familiehulp",
        "31/02/2025;thuiszorg;7;",
        "01/03/2025;xyz;abc;",
        "01/03/2099;;-1;Elders",
        header=header,
    )
    found = problems(data, contexts, PERIODS)
    assert [(p.line, p.field) for p in found] == [
        (2, "Datum"),
        (3, "Datum"),
        (4, "Context"),
        (4, "Uren"),
        (5, "Datum"),
        (5, "Context"),
        (5, "Uren"),
        (5, "Stageplaats"),
    ]


def test_total_row(contexts: ContextRegistry) -> None:
    found = problems(csv_bytes("01/03/2025;thuiszorg;7", "Totaal;;7", ";TOTAAL UREN;7"), contexts)
    assert [(p.line, p.field) for p in found] == [(3, None), (4, None)]
    assert all("totaalregel" in p.message for p in found)


def test_row_with_only_a_note(contexts: ContextRegistry) -> None:
    data = csv_bytes("01/03/2025;thuiszorg;7;", ";;;vergeten", header=HEADER + ";Opmerking")
    problem = only(problems(data, contexts))
    assert problem.line == 3 and '"vergeten"' in problem.message


def test_extra_cells_in_semicolon_file(contexts: ContextRegistry) -> None:
    data = csv_bytes("01/03/2025;thuiszorg;7;;", "02/03/2025;thuiszorg;7;;los")
    problem = only(problems(data, contexts))  # trailing empty cells are fine
    assert problem.line == 3 and '"los"' in problem.message
    assert "aanhalingstekens" in problem.message


def test_decimal_comma_split_into_an_empty_optional_column(contexts: ContextRegistry) -> None:
    data = b"datum,context,uren,opmerking\n2025-03-01,thuiszorg,7,5\n2025-03-02,thuiszorg,7,\n"
    problem = only(problems(data, contexts))
    assert (problem.line, problem.field) == (2, "uren")
    assert "bedoel je 7,5?" in problem.message and '"7,5"' in problem.message
    # A number in a column of its own is not taken for decimals.
    data = b"datum,context,uren,week\n2025-03-01,thuiszorg,7,5\n"
    assert parse(data, contexts).entries[0].minutes == 420


def test_extra_cells_in_comma_file(contexts: ContextRegistry) -> None:
    data = b"datum,context,uren,opmerking\n2025-03-01,thuiszorg,7,goed, zeer goed\n"
    problem = only(problems(data, contexts))
    assert problem.line == 2 and problem.field is None
    assert '"7,5"' in problem.message and ";" in problem.message


def test_unclosed_quote_does_not_swallow_rows(contexts: ContextRegistry) -> None:
    data = csv_bytes(
        '01/03/2025;thuiszorg;7;"Begin van een opmerking',
        "02/03/2025;thuiszorg;7;",
        "03/03/2025;thuiszorg;7;",
        header=HEADER + ";Opmerking",
    )
    problem = only(problems(data, contexts))
    assert (problem.line, problem.field) == (2, "Opmerking")
    assert "aanhalingsteken" in problem.message and "regels 2 tot en met 4" in problem.message


def test_line_with_nul_byte(contexts: ContextRegistry) -> None:
    rows = [f"{day:02d}/03/2025;thuiszorg;7" for day in range(1, 21)]
    data = csv_bytes(*rows).replace(b"05/03/2025;thuiszorg;7", b"05/03/2025;thuis\x00zorg;7")
    problem = only(problems(data, contexts))
    assert problem.line == 6 and "NUL" in problem.message


def test_field_larger_than_csv_limit(contexts: ContextRegistry) -> None:
    huge = "x" * (csv.field_size_limit() + 10)
    data = csv_bytes(
        "01/03/2025;thuiszorg;7", f'02/03/2025;thuiszorg;7;"{huge}"', "03/03/2025;KDV;1"
    )
    found = problems(data, contexts)
    assert [p.line for p in found] == [3]
    assert "tekens" in found[0].message and len(found[0].message) < 300


# --- robustness ----------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_give_a_result_or_hours_csv_error(data: bytes) -> None:
    registry = _REGISTRY
    try:
        parse_hours_csv(data, registry, today=TODAY)
    except HoursCsvError as exc:
        assert exc.problems


CSVISH = st.lists(
    st.sampled_from(
        [*';,\t"\r\n 0123456789/-.:uabc\x00é€', "thuiszorg", "01/03/2025", "7,5", "Totaal"]
    ),
    max_size=80,
).map("".join)


HEADERS = [
    "Datum;Context;Uren",
    "date,context,hours,note",
    "Datum\tContext\tUren\tStageplaats",
    "sep=,\nDatum,Context,Uren,Stageplaats,Mentor",
    "",
]


@settings(max_examples=300, deadline=None)
@given(body=CSVISH, header=st.sampled_from(HEADERS), with_periods=st.booleans())
def test_arbitrary_csv_text_gives_a_result_or_hours_csv_error(
    body: str, header: str, with_periods: bool
) -> None:
    registry = _REGISTRY
    periods = {"thuiszorg": (date(2025, 1, 1), date(2025, 6, 30))} if with_periods else None
    for encoding in ("utf-8", "cp1252"):
        data = f"{header}\n{body}".encode(encoding)
        try:
            result = parse_hours_csv(data, registry, today=TODAY, periods=periods)
        except HoursCsvError as exc:
            assert exc.problems
        else:
            assert len(result.entries) == len(result.rows)


# --- round trip ----------------------------------------------------------------------------


def _cp1252_names(registry: ContextRegistry) -> list[tuple[str, str]]:
    names = []
    for ctx in registry:
        for name in (ctx.id, ctx.label, ctx.label_en, *ctx.words):
            try:
                name.encode("cp1252")
            except UnicodeEncodeError:
                continue
            names.append((name, ctx.id))
    return names


@st.composite
def hours_texts(draw: st.DrawFn) -> tuple[str, int]:
    """Hours in one of the three notations, with the minutes they stand for."""
    notation = draw(st.sampled_from(["comma", "point", "clock"]))
    if notation == "clock":
        hours = draw(st.integers(0, 10))
        minutes = draw(st.integers(1 if hours == 0 else 0, 59))
        return f"{hours}:{minutes:02d}", hours * 60 + minutes
    hundredths = draw(st.integers(1, 1000))
    whole, fraction = divmod(hundredths, 100)
    text = str(whole)
    if fraction:
        text += f".{fraction:02d}".rstrip("0")
    elif draw(st.booleans()):
        text += ".0"
    expected = (hundredths * 6 + 5) // 10  # hundredths of an hour * 0.6, half up
    return text.replace(".", ",") if notation == "comma" else text, expected


@st.composite
def random_case(draw: st.DrawFn, text: str) -> str:
    flips = draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    return "".join(ch.upper() if flip else ch.lower() for ch, flip in zip(text, flips, strict=True))


NOTE = st.text(alphabet=list("abc xyz;,\"'\néëè€’"), max_size=20)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@dataclass(frozen=True)
class Row:
    day: date
    day_text: str
    context_text: str
    context_id: str
    hours_text: str
    minutes: int
    note: str


@st.composite
def valid_rows(draw: st.DrawFn) -> Row:
    day = draw(st.dates(min_value=date(2015, 1, 1), max_value=TODAY))
    date_format = draw(st.sampled_from(["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"]))
    name, context_id = draw(st.sampled_from(_cp1252_names(_REGISTRY)))
    hours_text, minutes = draw(hours_texts())
    return Row(
        day=day,
        day_text=day.strftime(date_format),
        context_text=draw(random_case(name)),
        context_id=context_id,
        hours_text=hours_text,
        minutes=minutes,
        note=draw(NOTE),
    )


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(valid_rows(), min_size=1, max_size=12, unique_by=lambda row: row.day),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
    delimiter=st.sampled_from([";", ",", "\t"]),
    newline=st.sampled_from(["\r\n", "\n"]),
    sep_line=st.booleans(),
    english=st.booleans(),
)
def test_written_rows_read_back_exactly(
    rows: list[Row], encoding: str, delimiter: str, newline: str, sep_line: bool, english: bool
) -> None:
    buffer = io.StringIO(newline="")
    if sep_line:
        buffer.write(f"sep={delimiter}{newline}")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=newline)
    header = (
        ["Date", "Context", "Hours", "Note"]
        if english
        else ["Datum", "Context", "Uren", "Opmerking"]
    )
    writer.writerow(header)
    for row in rows:
        writer.writerow([row.day_text, row.context_text, row.hours_text, row.note])
    data = buffer.getvalue().encode(encoding)
    # Windows-1252 text whose accents happen to form valid UTF-8 ("è’’" is E8 92 92, "蒒" in
    # UTF-8) is read as UTF-8, as it must be: the encoding is decided per file, UTF-8 first.
    assume(encoding != "cp1252" or data.isascii() or not _is_utf8(data))
    result = parse_hours_csv(data, _REGISTRY, today=TODAY)
    assert [e.minutes for e in result.entries] == [row.minutes for row in rows]
    assert [(e.day, e.context, e.note) for e in result.entries] == [
        (row.day, row.context_id, row.note.strip() or None) for row in rows
    ]
    assert result.rows == sorted(set(result.rows))
