"""Writes the CSV fixtures in this folder, byte for byte (``python3 tests/data/csv/generate.py``).

The files are committed; this script documents how their bytes were made (encoding, separator,
line endings) and remakes them after a change. Every file is written with ``open(..., "wb")``
so nothing is translated on the way. tests/core/test_hourscsv.py asserts on their contents, so
change both together.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CRLF = "\r\n"


def lines(*rows: str, end: str = CRLF) -> str:
    return "".join(row + end for row in rows)


def excel_nl_be() -> bytes:
    """Excel on a Belgian Windows PC, "CSV (gescheiden door lijstscheidingsteken)"."""
    text = lines(
        "Datum;Context;Uren;Stageplaats;Mentor;Opmerking",
        "03/02/2025;Residentiële ouderenzorg;7,5;Woonzorgcentrum De Linde;Marleen Peeters;"
        "Eerste dag: rondleiding",
        "04/02/2025;Residentiële ouderenzorg;8;Woonzorgcentrum De Linde;Marleen Peeters;"
        "Ochtendzorg, daarna maaltijd",
        "05/02/2025;WZC;6,25;Woonzorgcentrum De Linde;Marleen Peeters;",
        ";;;;;",
        "10/03/2025;Thuiszorg;4,5;Thuiszorg Vlaanderen;José Verbeke;Café met zorgvrager (€ 2)",
        '11/03/2025;thuiszorg;3,75;Thuiszorg Vlaanderen;José Verbeke;"Zei: ""tot morgen""; '
        'daarna verslag"',
        '12/03/2025;Crèche;7;Kinderdagverblijf ’t Kabouterke;Ann Claes;"Eerste lijn\nTweede lijn"',
        "13/03/2025; kinderdagverblijf ;7,00;Kinderdagverblijf ’t Kabouterke;Ann Claes;",
    )
    return text.encode("cp1252")


def utf8_bom() -> bytes:
    """Excel's "CSV UTF-8 (door komma's gescheiden)": BOM, still ``;`` in Belgium."""
    text = lines(
        "Datum;Context;Uren;Stageplaats;Mentor;Opmerking",
        "3/02/2025;Residentiële ouderenzorg;7,5;WZC Zonnebloem;Ilse Maes;Wassen en kleden",
        "4-2-2025;Opvang baby’s en peuters;6:45;Crèche Ukkepuk;Ilse Maes;",
        "5.2.2025;residentiele ouderenzorg;8,0;WZC Zonnebloem;Ilse Maes;Ärztin → arts (ł)",
        "2025-02-06;Ziekenhuis;7u30;AZ Sint-Jan;Łukasz Nowak;",
    )
    return b"\xef\xbb\xbf" + text.encode("utf-8")


def comma_iso() -> bytes:
    """A comma-separated UTF-8 file without BOM (Google Sheets, LibreOffice, a script)."""
    text = lines(
        " datum , context , uren ,stageplaats",
        "2025-04-01,thuiszorg,7.5,Familiehulp",
        "2025-04-02,thuiszorg,7:30,Familiehulp",
        '2025-04-03,Ziekenhuis,"7,5",AZ Groeninge',
        "2025-04-04,kinderziekenhuis,0.25,AZ Groeninge",
        end="\n",
    )
    return text.encode("utf-8")


def english_headers() -> bytes:
    text = lines(
        "Date,Context,Hours,Placement,Mentor,Note,Weekday",
        "2025-05-05,home care,6.5,Familiehulp,Sam Peeters,first day,Monday",
        "2025-05-06,Hospital,7:15,UZ Gent,Sam Peeters,,Tuesday",
        "2025-05-07,residential elderly care,8,WZC Het Anker,,night shift,Wednesday",
    )
    return text.encode("utf-8")


def excel_sep_line() -> bytes:
    """Some templates start with Excel's ``sep=;`` hint, hidden when Excel opens the file."""
    text = lines("sep=;", "Datum;Context;Uren", "01/09/2025;school;4", "02/09/2025;BKO;3,5")
    return text.encode("cp1252")


def bad_negative_hours() -> bytes:
    text = lines("Datum;Context;Uren", "03/02/2025;thuiszorg;7,5", "04/02/2025;thuiszorg;-7,5")
    return text.encode("cp1252")


def bad_not_a_number() -> bytes:
    text = lines("Datum;Context;Uren", "03/02/2025;thuiszorg;zeven", "04/02/2025;thuiszorg;7")
    return text.encode("cp1252")


def bad_unknown_context() -> bytes:
    text = lines(
        "Datum;Context;Uren",
        "03/02/2025;Sportclub De Hoop;7",
        "04/02/2025;thuiszrog;7",
        "05/02/2025;;7",
        "06/02/2025;sportclub de hoop;7",
    )
    return text.encode("cp1252")


def bad_ambiguous_context() -> bytes:
    """Words that can mean two contexts: never guessed (kinderopvang, a psychiatry)."""
    text = lines(
        "Datum;Context;Uren",
        "03/02/2025;Kinderopvang;7",
        "04/02/2025;KDV Okido;7",
        "05/02/2025;kinderopvang De Pinguïn;7",
        "06/02/2025;Psychiatrie;7,5",
        "07/02/2025;kinderopvang;7",
    )
    return text.encode("cp1252")


def bad_impossible_date() -> bytes:
    text = lines(
        "Datum;Context;Uren",
        "31/02/2025;thuiszorg;7",
        "13/13/2025;thuiszorg;7",
        "29/02/2025;thuiszorg;7",
        "28/02/2025;thuiszorg;7",
    )
    return text.encode("cp1252")


def bad_future_date() -> bytes:
    text = lines(
        "Datum;Context;Uren", "23/11/2026;thuiszorg;7", "24/11/2026;thuiszorg;7"
    )  # the tests use today = 23/11/2026
    return text.encode("cp1252")


def bad_day_over_24h() -> bytes:
    text = lines(
        "Datum;Context;Uren;Opmerking",
        "05/03/2025;ziekenhuis;10;vroege dienst",
        "05/03/2025;ziekenhuis;8,5;late dienst",
        "06/03/2025;ziekenhuis;7,5;",
        "05/03/2025;thuiszorg;6,5;nachtdienst",
    )
    return text.encode("cp1252")


def bad_missing_column() -> bytes:
    text = lines("Datum;Context;Stageplaats", "03/02/2025;thuiszorg;Familiehulp")
    return text.encode("cp1252")


def bad_undecodable() -> bytes:
    """Text with a byte that is neither UTF-8 nor Windows-1252 (0x81 is unused there)."""
    text = lines("Datum;Context;Uren", "03/02/2025;thuiszorg;7,5").encode("cp1252")
    return text + b"04/02/2025;thuis\x81zorg;7\r\n"


def bad_xlsx() -> bytes:
    """An Excel workbook renamed to .csv: a zip file, as an .xlsx is."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        # A fixed timestamp keeps the bytes the same on every run.
        info = zipfile.ZipInfo("[Content_Types].xml", date_time=(2025, 1, 1, 0, 0, 0))
        archive.writestr(info, '<?xml version="1.0" encoding="UTF-8"?><Types/>')
        info = zipfile.ZipInfo("xl/worksheets/sheet1.xml", date_time=(2025, 1, 1, 0, 0, 0))
        archive.writestr(info, "<worksheet><sheetData/></worksheet>")
    return buffer.getvalue()


def bad_comma_split() -> bytes:
    """Decimal commas in an unquoted comma-separated file: 7,5 becomes two cells."""
    text = lines(
        "datum,context,uren,opmerking",
        "2025-04-01,thuiszorg,7,5,eerste dag",
        "2025-04-02,thuiszorg,8,",
        end="\n",
    )
    return text.encode("utf-8")


FIXTURES = {
    "excel_nl_be.csv": excel_nl_be,
    "utf8_bom.csv": utf8_bom,
    "comma_iso.csv": comma_iso,
    "english_headers.csv": english_headers,
    "excel_sep_line.csv": excel_sep_line,
    "bad_negative_hours.csv": bad_negative_hours,
    "bad_not_a_number.csv": bad_not_a_number,
    "bad_unknown_context.csv": bad_unknown_context,
    "bad_ambiguous_context.csv": bad_ambiguous_context,
    "bad_impossible_date.csv": bad_impossible_date,
    "bad_future_date.csv": bad_future_date,
    "bad_day_over_24h.csv": bad_day_over_24h,
    "bad_missing_column.csv": bad_missing_column,
    "bad_undecodable.csv": bad_undecodable,
    "bad_xlsx.csv": bad_xlsx,
    "bad_comma_split.csv": bad_comma_split,
}


def main() -> None:
    for name, make in FIXTURES.items():
        with open(HERE / name, "wb") as file:
            file.write(make())


if __name__ == "__main__":
    main()
