"""Reading a table from a spreadsheet as schools keep one: an Excel workbook (``.xlsx``) or a
CSV file as Excel (or Moodle) writes it.

Bytes in, rows of text out, each with its physical line (CSV) or row number (``.xlsx``), so
every message can name where a problem is. A CSV file may be UTF-8 (with or without BOM),
Windows-1252 or UTF-16 (Excel's "Unicode-tekst"), separated by ``;``, ``,`` or a tab; a cell
may hold line breaks between quotes (a Moodle description does). A workbook is read with
``openpyxl`` in read-only mode, cached values instead of formulas, every sheet in order.

What is read is bounded (``MAX_*`` below, and ``core.limits``): a file that is too big, a row
with too many columns or a cell with too much text is refused with a message, never read whole.
"""

from __future__ import annotations

import csv
import io
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Literal

from stageportfolio.core.gate import Problem
from stageportfolio.core.limits import MAX_CSV_COLUMNS, MAX_CSV_LINE, count_text, size_text

MAX_SHEET_BYTES = 32 * 1024 * 1024  # a school's list is a few hundred rows: some 100 kB
MAX_SHEET_ROWS = 20_000  # rows of one sheet (or records of one CSV file)
MAX_SHEETS = 50
MAX_UNPACKED_BYTES = 256 * 1024 * 1024  # an .xlsx is a zip: all its parts together, unpacked
MAX_CELL_CHARS = MAX_CSV_LINE

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0"  # an old Excel workbook (.xls) or another Office file
_DELIMITERS = (";", "\t", ",")


class SheetReadError(ValueError):
    """The file cannot be read as a table at all; the message (Dutch) says why and what to do,
    ``en`` the same in English (the app shows it in English)."""

    def __init__(self, message: str, en: str) -> None:
        super().__init__(message)
        self.en = en


@dataclass(frozen=True)
class Row:
    number: int  # the physical line (CSV) or row number (.xlsx) where the row starts, 1-based
    cells: tuple[str, ...]  # the cells as text, stripped


@dataclass(frozen=True)
class Table:
    """The non-blank rows of one sheet (or of a CSV file)."""

    kind: Literal["csv", "xlsx"]
    sheet: str | None  # the sheet's name in a workbook
    rows: tuple[Row, ...]
    # Rows with a cell too long, or too many columns: (row number, message), reported by the
    # reader of the table as problems of those rows.
    oversized: tuple[tuple[int, str], ...] = ()
    encoding: str | None = None  # CSV: how the text was decoded
    delimiter: str | None = None  # CSV: the separator

    @property
    def line_word(self) -> tuple[str, str]:
        """How a message names a row: ``regel`` (a line of text) or ``rij`` (a sheet row)."""
        return ("regel", "regels") if self.kind == "csv" else ("rij", "rijen")


def is_workbook(data: bytes) -> bool:
    return data.startswith(_ZIP)


def read_tables(data: bytes) -> list[Table]:
    """Every sheet of a workbook; for a CSV file, its table read with each separator, the most
    likely one first (the reader takes the first in which it finds its header row)."""
    if len(data) > MAX_SHEET_BYTES:
        raise SheetReadError(
            f"het bestand is te groot voor een stagelijst ({size_text(len(data))}; hoogstens "
            f"{size_text(MAX_SHEET_BYTES)})",
            f"the file is too large for an activity list ({size_text(len(data), 'en')}; at most "
            f"{size_text(MAX_SHEET_BYTES, 'en')})",
        )
    if data.startswith(_OLE):
        raise SheetReadError(
            "dit is een oude Excel-werkmap (.xls): open ze in Excel en sla ze op als "
            "Excel-werkmap (.xlsx) of als CSV",
            "this is an old Excel workbook (.xls): open it in Excel and save it as an Excel "
            "workbook (.xlsx) or as CSV",
        )
    if data.startswith(_ZIP):
        return _read_workbook(data)
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SheetReadError(
            "dit is geen tekstbestand (het bevat NUL-tekens)",
            "this is not a text file (it holds NUL characters)",
        )
    text, encoding = decode_text(data)
    likely = _delimiter(text)
    order = [likely, *(d for d in _DELIMITERS if d != likely)]
    return [_read_csv(text, encoding, delimiter) for delimiter in order]


# --- CSV ------------------------------------------------------------------------------------


def decode_text(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was read with."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise SheetReadError(
                "de UTF-16-tekst van dit bestand is beschadigd",
                "the UTF-16 text of this file is damaged",
            ) from None
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    body = data.removeprefix(b"\xef\xbb\xbf")
    try:
        return body.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        line = body[: exc.start].count(b"\n") + 1
        raise SheetReadError(
            f"op regel {line} staat een byte (0x{body[exc.start]:02X}) die in UTF-8 noch in "
            "Windows-1252 tekst kan zijn: is dit wel een CSV-bestand?",
            f"line {line} holds a byte (0x{body[exc.start]:02X}) that can be text neither in "
            "UTF-8 nor in Windows-1252: is this a CSV file?",
        ) from None


def _delimiter(text: str) -> str:
    """The separator of the first line that has one: the one that splits it in most cells."""
    for line in text.splitlines()[:20]:
        counts = {d: len(next(csv.reader([line], delimiter=d), [])) for d in _DELIMITERS}
        best = max(_DELIMITERS, key=lambda d: counts[d])  # ties: the first, ";"
        if counts[best] > 1:
            return best
    return ";"


def _read_csv(text: str, encoding: str, delimiter: str) -> Table:
    rows: list[Row] = []
    oversized: list[tuple[int, str]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    csv.field_size_limit(MAX_CELL_CHARS + 1)
    start = 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error:
            oversized.append(
                (
                    start,
                    Problem(
                        f"een cel van meer dan {count_text(MAX_CELL_CHARS)} tekens; waarschijnlijk "
                        'ontbreekt er een afsluitend aanhalingsteken (")',
                        f"a cell of more than {count_text(MAX_CELL_CHARS, 'en')} characters; a "
                        'closing quotation mark (") is probably missing',
                    ),
                )
            )
            break
        number, start = start, reader.line_num + 1
        _add(rows, oversized, number, record)
        if len(rows) > MAX_SHEET_ROWS:
            raise _too_many_rows()
    return Table("csv", None, tuple(rows), tuple(oversized), encoding, delimiter)


def _too_many_rows() -> SheetReadError:
    return SheetReadError(
        f"meer dan {count_text(MAX_SHEET_ROWS)} rijen: is dit wel een stagelijst? Een lijst met "
        "activiteiten telt er hoogstens enkele honderden",
        f"more than {count_text(MAX_SHEET_ROWS, 'en')} rows: is this an activity list? A list "
        "of activities has a few hundred at most",
    )


def _add(rows: list[Row], oversized: list[tuple[int, str]], number: int, cells: list[str]) -> None:
    values = [cell.strip() for cell in cells]
    while values and not values[-1]:
        values.pop()
    if not values:
        return
    if len(values) > MAX_CSV_COLUMNS:
        oversized.append(
            (
                number,
                Problem(
                    f"meer dan {MAX_CSV_COLUMNS} kolommen", f"more than {MAX_CSV_COLUMNS} columns"
                ),
            )
        )
        return
    if any(len(value) > MAX_CELL_CHARS for value in values):
        oversized.append(
            (
                number,
                Problem(
                    f"een cel van meer dan {count_text(MAX_CELL_CHARS)} tekens",
                    f"a cell of more than {count_text(MAX_CELL_CHARS, 'en')} characters",
                ),
            )
        )
        return
    rows.append(Row(number, tuple(values)))


# --- .xlsx ----------------------------------------------------------------------------------


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else format(value, "g")
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):  # a time of day or a duration typed as 7:30
        return f"{value.hour}:{value.minute:02d}"
    if isinstance(value, timedelta):
        minutes = round(value.total_seconds() / 60)
        return f"{minutes // 60}:{minutes % 60:02d}"
    return str(value)


def _check_zip(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise SheetReadError(
            "dit bestand is geen geldige Excel-werkmap (.xlsx): het is beschadigd of geen "
            "werkmap. Open het in Excel en sla het opnieuw op",
            "this file is not a valid Excel workbook (.xlsx): it is damaged or not a workbook. "
            "Open it in Excel and save it again",
        ) from None
    if "mimetype" in names and "content.xml" in names:
        raise SheetReadError(
            "dit is een OpenDocument-rekenblad (.ods): sla het op als Excel-werkmap (.xlsx) of "
            "als CSV",
            "this is an OpenDocument spreadsheet (.ods): save it as an Excel workbook (.xlsx) "
            "or as CSV",
        )
    if "xl/workbook.xml" not in names:
        raise SheetReadError(
            "dit zip-bestand is geen Excel-werkmap (.xlsx)",
            "this zip file is not an Excel workbook (.xlsx)",
        )
    if unpacked > MAX_UNPACKED_BYTES:
        raise SheetReadError(
            f"deze werkmap is uitgepakt te groot ({size_text(unpacked)}; hoogstens "
            f"{size_text(MAX_UNPACKED_BYTES)})",
            f"this workbook is too large unpacked ({size_text(unpacked, 'en')}; at most "
            f"{size_text(MAX_UNPACKED_BYTES, 'en')})",
        )


def _read_workbook(data: bytes) -> list[Table]:
    _check_zip(data)
    import openpyxl  # imported here: only a list import needs it (about 0.2 s)

    with warnings.catch_warnings():
        # openpyxl warns about workbook features it does not read (data validation,
        # conditional formatting); the cell values are what matters here.
        warnings.simplefilter("ignore")
        try:
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as exc:  # a damaged workbook raises whatever its parser met
            raise SheetReadError(
                f"deze Excel-werkmap kan niet gelezen worden ({type(exc).__name__}); open ze in "
                "Excel en sla ze opnieuw op als Excel-werkmap (.xlsx)",
                f"this Excel workbook cannot be read ({type(exc).__name__}); open it in Excel "
                "and save it again as an Excel workbook (.xlsx)",
            ) from None
        try:
            return [_sheet_table(sheet) for sheet in book.worksheets[:MAX_SHEETS]]
        except SheetReadError:
            raise
        except Exception as exc:
            raise SheetReadError(
                f"deze Excel-werkmap kan niet gelezen worden ({type(exc).__name__}); open ze in "
                "Excel en sla ze opnieuw op als Excel-werkmap (.xlsx)",
                f"this Excel workbook cannot be read ({type(exc).__name__}); open it in Excel "
                "and save it again as an Excel workbook (.xlsx)",
            ) from None
        finally:
            book.close()


def _sheet_rows(sheet: object) -> Iterator[tuple[int, list[str]]]:
    # A workbook may state a wrong size (some tools write "A1" for any sheet); read-only mode
    # would then stop there. Forget it: the rows are read until the sheet's data ends.
    reset = getattr(sheet, "reset_dimensions", None)
    if reset is not None:
        reset()
    for number, values in enumerate(
        sheet.iter_rows(values_only=True, max_col=MAX_CSV_COLUMNS + 1),  # type: ignore[attr-defined]
        start=1,
    ):
        yield number, [_cell_text(value) for value in values]


def _sheet_table(sheet: object) -> Table:
    rows: list[Row] = []
    oversized: list[tuple[int, str]] = []
    for number, cells in _sheet_rows(sheet):
        _add(rows, oversized, number, cells)
        if len(rows) > MAX_SHEET_ROWS:
            raise _too_many_rows()
    return Table("xlsx", str(getattr(sheet, "title", "")), tuple(rows), tuple(oversized))
