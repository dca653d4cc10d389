"""Reading hour logs from CSV files as people make them in Excel.

A Belgian Excel writes ``;``-separated Windows-1252 text with decimal commas and dd/mm/yyyy
dates; other tools write UTF-8 (with or without BOM), commas, ISO dates or tabs. This module
reads all of them into :class:`~stageportfolio.core.hours.HourEntry` objects, and otherwise
reports *every* problem in the file at once, each located by physical line and column, in
Dutch, so a student can fix the file in one go. It is all or nothing: a file with any problem
gives no entries.

Hours are parsed by :func:`~stageportfolio.core.hours.parse_hours` and contexts matched by
:meth:`~stageportfolio.core.contexts.ContextRegistry.match`; this module only adds the file
handling around them and the checks that need the whole file (at most 24 h per calendar day,
placement periods).
"""

from __future__ import annotations

import codecs
import csv
import difflib
import io
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import BinaryIO

from stageportfolio.core.contexts import ContextMatch, ContextRegistry, normalise
from stageportfolio.core.gate import year_problem
from stageportfolio.core.hours import (
    LONG_DAY_MINUTES,
    MAX_MINUTES_PER_DAY,
    HourEntry,
    HoursFormatError,
    format_hours,
    parse_hours,
)
from stageportfolio.core.limits import (
    EARLIEST_YEAR,
    LATEST_YEAR,
    MAX_CSV_BYTES,
    MAX_CSV_COLUMNS,
    MAX_CSV_LINE,
    MAX_PROBLEMS_KEPT,
    count_text,
    size_text,
)
from stageportfolio.core.messages import join_and, join_or, line_numbers
from stageportfolio.core.problems import ProblemLog
from stageportfolio.core.sheetread import SheetReadError, is_workbook, read_tables


@dataclass(frozen=True)
class CsvProblem:
    """One thing wrong (or worth a look) in a CSV file."""

    line: int | None  # 1-based physical line; None for problems with the whole file
    field: str | None  # the column as written in the header, or None
    message: str  # Dutch
    # English, as the app shows it in English (the CLI stays Dutch); None: only Dutch so far.
    message_en: str | None = None

    def __str__(self) -> str:
        return self.text()

    def text(self, lang: str = "nl") -> str:
        """The problem with where it is, in ``lang`` (nl or en; Dutch without an English form)."""
        en = lang.startswith("en") and self.message_en is not None
        where = []
        if self.line is not None:
            where.append(f"line {self.line}" if en else f"regel {self.line}")
        if self.field:
            where.append(f"column {self.field}" if en else f"kolom {self.field}")
        message = self.message_en if en and self.message_en else self.message
        return f"{', '.join(where)}: {message}" if where else message


@dataclass(frozen=True)
class ParsedHours:
    """A CSV file read without problems."""

    entries: list[HourEntry]  # in file order (empty when the rows went to a sink)
    warnings: list[CsvProblem]  # allowed but worth a look, e.g. more than 10 h on one day
    rows: list[int]  # the physical line of each entry, same order as ``entries``
    warning_log: ProblemLog = field(default_factory=ProblemLog)  # every warning, counted
    # The context of each entry as written in the file ("Hotel Zeezicht"), same order
    # (empty when the rows went to a sink).
    context_texts: list[str] = field(default_factory=list)

    def warning_lines(self) -> list[str]:
        """The warnings to print: identical ones grouped, each kind capped."""
        log = self.warning_log or _log_of(self.warnings)
        return [line.strip() for line in log.summary(noun=("waarschuwing", "waarschuwingen"))]

    def written(self, context_id: str) -> list[tuple[str, list[int]]]:
        """How the file wrote a context: each distinct text with its lines, in file order."""
        found: dict[str, list[int]] = {}
        for line, entry, text in zip(self.rows, self.entries, self.context_texts, strict=True):
            if entry.context == context_id:
                found.setdefault(text, []).append(line)
        return list(found.items())


@dataclass(frozen=True)
class AmbiguousContext:
    """A context word in the file that can mean more than one context ("kinderopvang")."""

    text: str  # as first written
    key: str  # normalised: the key to give in ``parse_hours_csv(choices=...)``
    choices: tuple[str, ...]
    lines: tuple[int, ...]  # the first ``_LINES_KEPT`` of them


class _ProblemList(list[CsvProblem]):
    """Problems as found: the first ``MAX_PROBLEMS_KEPT`` kept, every one counted in ``log``
    (a file of a million bad rows must not hold a million messages)."""

    def __init__(self) -> None:
        super().__init__()
        self.log = ProblemLog()

    def append(self, problem: CsvProblem) -> None:
        self.log.add(problem.line, problem.field, problem.message)
        if len(self) < MAX_PROBLEMS_KEPT:
            super().append(problem)


def _log_of(problems: Iterable[CsvProblem]) -> ProblemLog:
    log = ProblemLog()
    for problem in problems:
        log.add(problem.line, problem.field, problem.message)
    return log


class HoursCsvError(ValueError):
    """A CSV file that cannot be imported; ``problems`` lists the problems found in it (the
    first ``MAX_PROBLEMS_KEPT``), ``total`` counts them all and ``summary()`` gives them
    grouped and capped for printing.

    ``ambiguous`` lists the context words that can mean more than one context: a caller that
    can ask (the app) reads the file again with the user's ``choices``.
    """

    def __init__(
        self,
        problems: Sequence[CsvProblem],
        ambiguous: Sequence[AmbiguousContext] = (),
        *,
        log: ProblemLog | None = None,
    ) -> None:
        self.problems = list(problems)
        self.ambiguous = list(ambiguous)
        self.log = log if log is not None else _log_of(self.problems)
        self.total = max(self.log.total, len(self.problems))
        super().__init__("\n".join(self.summary()))

    def summary(self) -> list[str]:
        return self.log.summary()


# --- columns -------------------------------------------------------------------------------

# Internal field name -> header names (compared after folding case, accents and punctuation).
_COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "day": ("datum", "date"),
    "context": ("context",),
    "hours": ("uren", "hours", "aantal uren"),
    "placement": ("stageplaats", "placement", "stageplek"),
    "mentor": ("mentor",),
    "note": ("opmerking", "note", "opmerkingen", "notes"),
}
_REQUIRED = ("day", "context", "hours")
_NAME_NL = {"day": "datum", "context": "context", "hours": "uren"}
_NAME_EN = {"day": "date", "context": "context", "hours": "hours"}
_ENGLISH_ONLY = frozenset({"date", "hours", "placement", "note", "notes"})
_HEADER_KEYS = {key: name for name, keys in _COLUMN_NAMES.items() for key in keys}
_EXPECTED_HEADER = (
    "Verwacht wordt een kopregel Datum;Context;Uren, eventueel met Stageplaats;Mentor;Opmerking."
)
_EXPECTED_HEADER_EN = (
    "A header Date;Context;Hours is expected (Datum;Context;Uren in Dutch), optionally with "
    "Placement;Mentor;Note."
)
_HEADER_SEARCH_LINES = 10  # title lines above the header that are skipped
_DELIMITERS = (";", "\t", ",")


def _header_key(name: str) -> str:
    return normalise(re.sub(r"\(.*?\)|\[.*?\]", " ", name))


# --- values --------------------------------------------------------------------------------

_DMY = re.compile(r"^([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]+)$")
_YMD = re.compile(r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$")
_SERIAL = re.compile(r"^[2-7][0-9]{4}$")  # an Excel date serial number (1954 to 2119)
_WHOLE = re.compile(r"^[0-9]+$")
_DECIMALS = re.compile(r"^[0-9]{1,2}$")
_MIDNIGHT = re.compile(r"\s+0?0:00(?::00)?$")  # Excel adds this to dates formatted as date-time
_DATE_FORMATS = "dd/mm/jjjj, dd-mm-jjjj, dd.mm.jjjj of jjjj-mm-dd (bv. 01/03/2025 of 2025-03-01)"
_HOURS_EXAMPLES = "bv. 7,5 of 7:30"
_HOURS_EXAMPLES_EN = "e.g. 7.5 or 7:30"
_DATE_FORMATS_EN = (
    "dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy or yyyy-mm-dd (e.g. 01/03/2025 or 2025-03-01)"
)
_CLOCK_SECONDS = re.compile(r"^\s*(\d{1,3}:\d{2}):00\s*$")  # Excel's [u]:mm:ss time format
_TOTAL_WORDS = frozenset({"totaal", "total", "totalen", "subtotaal", "som"})


class _DateError(ValueError):
    def __init__(self, message: str, en: str | None = None) -> None:
        super().__init__(message)
        self.en = en  # the English form, when there is one


def _parse_date(text: str) -> date:
    """A date in one of the accepted formats; :class:`_DateError` (Dutch message) otherwise."""
    raw = _MIDNIGHT.sub("", text.strip())
    if not raw:
        raise _DateError(
            "datum ontbreekt; schrijf bv. 01/03/2025", "date missing; write e.g. 01/03/2025"
        )
    dmy = _DMY.match(raw)
    ymd = _YMD.match(raw)
    if dmy:
        if len(dmy.group(4)) != 4:
            raise _DateError(
                f"datum {_quote(text)} heeft geen jaartal van vier cijfers; "
                f"schrijf het jaar voluit. Toegelaten: {_DATE_FORMATS}",
                f"date {_quote(text)} has no four-digit year; write the year in full. "
                f"Allowed: {_DATE_FORMATS_EN}",
            )
        year, month, day = int(dmy.group(4)), int(dmy.group(3)), int(dmy.group(1))
        order = "dag/maand/jaar"
    elif ymd:
        year, month, day = int(ymd.group(1)), int(ymd.group(2)), int(ymd.group(3))
        order = "jaar-maand-dag"
    else:
        hint = ""
        if _SERIAL.match(raw):
            hint = (
                " Dit lijkt een Excel-datumgetal: geef de kolom in Excel de opmaak Datum"
                " en sla opnieuw op."
            )
        raise _DateError(
            f"datum {_quote(text)} wordt niet herkend. Toegelaten: {_DATE_FORMATS}.{hint}",
            f"date {_quote(text)} is not recognised. Allowed: {_DATE_FORMATS_EN}."
            + (
                " This looks like an Excel date number: format the column as a date."
                if hint
                else ""
            ),
        )
    try:
        return date(year, month, day)
    except ValueError:
        order_en = "day/month/year" if order == "dag/maand/jaar" else "year-month-day"
        raise _DateError(
            f"ongeldige datum {_quote(text)}: die dag bestaat niet (volgorde {order})",
            f"invalid date {_quote(text)}: that day does not exist (order {order_en})",
        ) from None


def _looks_like_date(text: str) -> bool:
    raw = text.strip()
    dmy = _DMY.match(raw)
    return bool((dmy and len(dmy.group(4)) == 4) or _YMD.match(raw))


def _hours_message_en(text: str, reason: str) -> str:
    """:func:`_hours_message` in English."""
    value = _quote(text)
    if reason == "negative" or (reason == "not_a_number" and text.strip().startswith("-")):
        return f"hours {value} is negative; write a number above 0, {_HOURS_EXAMPLES_EN}"
    if reason == "not_a_number":
        return f"hours {value} is not a number; write the number of hours, {_HOURS_EXAMPLES_EN}"
    if reason == "empty":
        return f"hours missing; write a number above 0, {_HOURS_EXAMPLES_EN}"
    if reason == "not_positive":
        return (
            f"hours {value} must be more than 0 (at least 1 minute); leave the line out if "
            f"there were no hours, or write {_HOURS_EXAMPLES_EN}"
        )
    if reason == "minutes_out_of_range":
        return f"hours {value}: the minutes must be below 60, e.g. 7:45 (7 hours 45 minutes)"
    if reason == "too_large":
        return f"hours {value} is more than 24 hours; a day has only 24 hours"
    return f"hours {value} is not recognised; {_HOURS_EXAMPLES_EN}"


def _hours_message(text: str, reason: str) -> str:
    value = _quote(text)
    if reason == "negative" or (reason == "not_a_number" and text.strip().startswith("-")):
        return f"uren {value} is negatief; schrijf een aantal groter dan 0, {_HOURS_EXAMPLES}"
    if reason == "not_a_number":
        return f"uren {value} is geen getal; schrijf het aantal uren, {_HOURS_EXAMPLES}"
    if reason == "empty":
        return f"uren ontbreekt; schrijf een aantal groter dan 0, {_HOURS_EXAMPLES}"
    if reason == "not_positive":
        return (
            f"uren {value} moet meer dan 0 zijn (minstens 1 minuut); "
            f"laat de regel weg als er geen uren waren, of schrijf {_HOURS_EXAMPLES}"
        )
    if reason == "minutes_out_of_range":
        return f"uren {value}: de minuten moeten onder 60 liggen, bv. 7:45 (7 uur en 45 minuten)"
    if reason == "too_large":
        return f"uren {value} is meer dan 24 uur; een dag telt maar 24 uur"
    return f"uren {value} wordt niet herkend; {_HOURS_EXAMPLES}"


def _quote(value: str, limit: int = 60) -> str:
    """A value as shown in a message: printable, on one line, not too long."""
    flat = " ".join("".join(ch if ch.isprintable() else " " for ch in value).split())
    if len(flat) > limit:
        flat = flat[: limit - 1] + "…"
    return f'"{flat}"'


def _show_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def _lines(numbers: Sequence[int], total: int | None = None, lang: str = "nl") -> str:
    shown = [str(n) for n in numbers]
    more = (total or len(shown)) - len(shown)
    if lang == "en":
        if more > 0:
            return f"lines {', '.join(shown)} and {count_text(more, 'en')} more"
        return f"line {shown[0]}" if len(shown) == 1 else f"lines {join_and(shown, 'en')}"
    if more > 0:
        return f"regels {', '.join(shown)} en nog {count_text(more)} andere"
    return f"regel {shown[0]}" if len(shown) == 1 else f"regels {join_and(shown)}"


def _year_problem_en(day: date) -> str | None:
    """:func:`year_problem` in English."""
    if year_problem(day) is None:
        return None
    return f"the year {day.year} cannot be right (allowed: {EARLIEST_YEAR} to {LATEST_YEAR})"


_MEMO_SIZE = 100_000  # distinct texts remembered per column: a million-row file stays flat
_LINES_PER_DAY = 10  # lines named in a message about one day
_LINES_KEPT = 200  # lines kept of one context word read by its first word(s), or ambiguous


def _fold(text: str) -> str:
    """Case-, accent- and space-insensitive key for placement names."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


# --- decoding ------------------------------------------------------------------------------

_CSV_TYPE = '"CSV (gescheiden door lijstscheidingsteken)"'
_SAVE_AS_CSV = f"Sla het in Excel op via Opslaan als > {_CSV_TYPE}."
_CHOOSE = f"Kies het juiste bestand, of sla het in Excel op als {_CSV_TYPE}."
_NOT_TEXT = "Dit bestand is geen CSV-tekstbestand"
_CSV_TYPE_EN = '"CSV (Comma delimited)"'
_SAVE_AS_CSV_EN = f"Save it in Excel with Save As > {_CSV_TYPE_EN}."
_CHOOSE_EN = f"Choose the right file, or save it in Excel as {_CSV_TYPE_EN}."
_NOT_TEXT_EN = "This file is not a CSV text file"
_ZIP = re.compile(rb"PK[\x00-\x1f]")  # a zip file, as an .xlsx is: "PK" and a control byte
# (magic bytes, what the file is in Dutch, in English)
_MAGIC = (
    (
        _ZIP,
        "een Excel-werkmap (.xlsx) of een ander zip-bestand",
        "an Excel workbook (.xlsx) or another zip file",
    ),
    (
        re.compile(rb"\xd0\xcf\x11\xe0"),
        "een Excel-werkmap (.xls) of een ander Office-bestand",
        "an Excel workbook (.xls) or another Office file",
    ),
    (re.compile(rb"%PDF-"), "een PDF-bestand", "a PDF file"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x19\x1b-\x1f]")  # not tab, CR, LF, VT, FF, Ctrl-Z
# UTF-8 for the letters à..ÿ and for ’ “ ” – — … €, as they look when read as Windows-1252
# ("Ã«", "â€™"); other byte pairs are too likely in real Windows-1252 text ("É" + nbsp).
_UTF8_SEQUENCE = re.compile(rb"\xc3[\x80-\xbf]|\xe2\x80[\x93\x94\x98\x99\x9c\x9d\xa6]|\xe2\x82\xac")


def _whole(message: str, en: str) -> HoursCsvError:
    """A problem with the whole file, in Dutch and in English."""
    return HoursCsvError([CsvProblem(None, None, message, en)])


_CHUNK = 1 << 16
_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class _Scan:
    """What a first pass over the bytes found out, without holding the file in memory."""

    encoding: str  # for codecs: "utf-16", "utf-8-sig" or "cp1252"
    skip: int  # bytes to skip before decoding (a UTF-8 BOM in a Windows-1252 file)
    chars: int
    controls: int
    mixed: tuple[int, ...]  # lines (the first 10) with UTF-8 in a Windows-1252 file
    mixed_count: int


def _chunks(source: BinaryIO, skip: int = 0) -> Iterator[bytes]:
    source.seek(skip)
    while chunk := source.read(_CHUNK):
        yield chunk


def _decoded(source: BinaryIO, encoding: str, skip: int = 0) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder(encoding)()
    for chunk in _chunks(source, skip):
        yield decoder.decode(chunk)
    yield decoder.decode(b"", final=True)


def _count(texts: Iterable[str]) -> tuple[int, int]:
    """(characters, control characters) of decoded text."""
    chars = controls = 0
    for text in texts:
        chars += len(text)
        controls += len(_CONTROL.findall(text))
    return chars, controls


def _bad_byte(source: BinaryIO, skip: int) -> tuple[int, int] | None:
    """(line, byte) of the first byte Windows-1252 cannot decode, or None."""
    decoder = codecs.getincrementaldecoder("cp1252")()
    line = 1
    for chunk in _chunks(source, skip):
        try:
            decoder.decode(chunk)
        except UnicodeDecodeError as exc:
            return line + chunk[: exc.start].count(b"\n"), chunk[exc.start]
        line += chunk.count(b"\n")
    return None


def _mixed_lines(source: BinaryIO, skip: int) -> tuple[tuple[int, ...], int]:
    """Lines of a Windows-1252 file holding UTF-8 sequences: (the first 10, how many)."""
    found: list[int] = []
    count = 0
    last = 0
    line = 1  # line at the start of ``chunk``
    prev = b""  # the end of the previous chunk, for a sequence split over two chunks
    for chunk in _chunks(source, skip):
        data = prev + chunk
        base = line - prev.count(b"\n")
        for match in _UTF8_SEQUENCE.finditer(data):
            if match.end() <= len(prev):
                continue  # found in the previous window already
            at = base + data.count(b"\n", 0, match.start())
            if at != last:
                last = at
                count += 1
                if len(found) < 10:
                    found.append(at)
        line += chunk.count(b"\n")
        prev = data[-2:]
    return tuple(found), count


def _scan(source: BinaryIO) -> _Scan:
    """The file's encoding and what the checks before parsing need (binary content, mixed
    encodings), in passes over the bytes (the file is never held whole)."""
    source.seek(0, io.SEEK_END)
    size = source.tell()
    if size > MAX_CSV_BYTES:
        raise _whole(
            f"Het bestand is te groot voor een urenlijst ({size_text(size)}; hoogstens "
            f"{size_text(MAX_CSV_BYTES)}).",
            f"The file is too large for an hour log ({size_text(size, 'en')}; at most "
            f"{size_text(MAX_CSV_BYTES, 'en')}).",
        )
    source.seek(0)
    start = source.read(8)
    for magic, what, what_en in _MAGIC:
        if magic.match(start):
            raise _whole(
                f"{_NOT_TEXT} maar {what}. {_SAVE_AS_CSV}",
                f"{_NOT_TEXT_EN} but {what_en}. {_SAVE_AS_CSV_EN}",
            )
    if start.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode-tekst" (UTF-16)
        try:
            chars, controls = _count(_decoded(source, "utf-16"))
        except UnicodeDecodeError:
            raise _whole(
                f"{_NOT_TEXT}: de UTF-16-tekst is beschadigd. {_SAVE_AS_CSV}",
                f"{_NOT_TEXT_EN}: its UTF-16 text is damaged. {_SAVE_AS_CSV_EN}",
            ) from None
        return _Scan("utf-16", 0, chars, controls, (), 0)
    try:
        chars, controls = _count(_decoded(source, "utf-8-sig"))
        return _Scan("utf-8-sig", 0, chars, controls, (), 0)
    except UnicodeDecodeError:
        pass
    skip = len(_BOM) if start.startswith(_BOM) else 0
    bad = _bad_byte(source, skip)
    if bad is not None:
        line, byte = bad
        raise _whole(
            f"{_NOT_TEXT}: op regel {line} staat een byte (0x{byte:02X}) die in UTF-8 noch in "
            f"Windows-1252 tekst kan zijn. {_CHOOSE}",
            f"{_NOT_TEXT_EN}: line {line} holds a byte (0x{byte:02X}) that can be text neither "
            f"in UTF-8 nor in Windows-1252. {_CHOOSE_EN}",
        )
    chars, controls = _count(_decoded(source, "cp1252", skip))
    mixed, mixed_count = _mixed_lines(source, skip)
    return _Scan("cp1252", skip, chars, controls, mixed, mixed_count)


_EOL = re.compile(r"\r\n|\r|\n")


class _Lines:
    """The physical lines of decoded text (with their line ends), read in chunks.

    A line of more than ``MAX_CSV_LINE`` characters is never held whole: it is skipped,
    given as an empty line (so line numbers stay right) and noted in ``too_long``.
    """

    def __init__(self, texts: Iterable[str]) -> None:
        self.texts = texts
        self.too_long: list[int] = []
        self.too_long_count = 0

    def _long(self, number: int) -> str:
        self.too_long_count += 1
        if len(self.too_long) < MAX_PROBLEMS_KEPT:
            self.too_long.append(number)
        return "\n"

    def __iter__(self) -> Iterator[str]:
        buffer = ""
        number = 0
        skipping = False
        first = True
        for text in itertools.chain(self.texts, [""]):
            end_of_text = text == ""
            if first and text:
                text = text.removeprefix("\ufeff")
                first = False
            buffer += text
            pos = 0
            while True:
                found = _EOL.search(buffer, pos)
                if found is None:
                    break
                if found.group() == "\r" and found.end() == len(buffer) and not end_of_text:
                    break  # maybe the first half of "\r\n": wait for more text
                line = buffer[pos : found.end()]
                pos = found.end()
                number += 1
                if skipping or len(line) - len(found.group()) > MAX_CSV_LINE:
                    skipping = False
                    yield self._long(number)
                else:
                    yield line
            buffer = buffer[pos:]
            if len(buffer) > MAX_CSV_LINE + 2:
                skipping = True
                buffer = "\r" if buffer.endswith("\r") else ""
            if end_of_text:
                break
        if skipping:
            yield self._long(number + 1)
        elif buffer:
            last = buffer.rstrip("\x1a")  # Ctrl-Z: the end-of-file mark of old DOS tools
            if last:
                yield last


def workbook_as_csv(data: bytes) -> bytes:
    """An Excel workbook (``.xlsx``) as the CSV text this module reads: the first sheet with
    the hour columns (else the first sheet), one line per sheet row, so "regel 7" in a message
    is row 7 in Excel. Dates and times typed as such in Excel come out as 2026-02-02 and 7:30."""
    try:
        tables = read_tables(data)
    except SheetReadError as exc:
        raise _whole(
            f"{_NOT_TEXT} en geen leesbare Excel-werkmap: {exc}. {_SAVE_AS_CSV}",
            f"{_NOT_TEXT_EN} nor a readable Excel workbook ({exc.en}). {_SAVE_AS_CSV_EN}",
        ) from None
    texts = []
    for table in tables:
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";", lineterminator="\n")
        line = 1
        for row in table.rows:
            out.write("\n" * (row.number - line))
            writer.writerow(row.cells)
            line = row.number + 1
        texts.append(out.getvalue())
    for text in texts:
        lines = list(io.StringIO(text, newline=""))
        first = next((i for i, line in enumerate(lines) if not _blank(line)), None)
        if first is None:
            continue
        try:
            _find_header(lines, first, ";")
        except HoursCsvError:
            continue
        return text.encode("utf-8")
    return next((t for t in texts if t.strip()), "").encode("utf-8")


def _blank(line: str) -> bool:
    return not line.strip(" \t\r\n\f\v;,\"'\u00a0\ufeff")


# --- parsing -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Header:
    index: int  # 0-based index into the physical lines
    delimiter: str
    names: list[str]  # as written, stripped
    columns: dict[str, int]  # field -> cell index


def _split(line: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=delimiter, skipinitialspace=True), [])
    except csv.Error:
        return [line]


def _read_header(line: str, index: int, delimiter: str) -> tuple[_Header, list[CsvProblem]]:
    names = [cell.strip() for cell in _split(line.rstrip("\r\n"), delimiter)]
    columns: dict[str, int] = {}
    problems: list[CsvProblem] = []
    seen: dict[str, list[int]] = {}
    for position, name in enumerate(names):
        field = _HEADER_KEYS.get(_header_key(name))
        if field is not None:
            seen.setdefault(field, []).append(position)
            columns.setdefault(field, position)
    for positions in seen.values():
        if len(positions) > 1:
            shown = join_and([f'"{names[p]}" (kolom {p + 1})' for p in positions])
            shown_en = join_and([f'"{names[p]}" (column {p + 1})' for p in positions], "en")
            problems.append(
                CsvProblem(
                    None,
                    None,
                    f"De kopregel bevat dezelfde kolom meer dan eens: {shown}. Hou er één over.",
                    f"The header names the same column more than once: {shown_en}. Keep one.",
                )
            )
    return _Header(index, delimiter, names, columns), problems


def _find_header(lines: Sequence[str], first: int, forced: str | None) -> _Header:
    """The header line: the first line (of the first few) that names all required columns."""
    candidates = [i for i in range(first, len(lines)) if not _blank(lines[i])]
    delimiters = (forced,) if forced else _DELIMITERS
    for i in candidates[:_HEADER_SEARCH_LINES]:
        for delimiter in delimiters:
            header, problems = _read_header(lines[i], i, delimiter)
            if all(field in header.columns for field in _REQUIRED):
                if problems:
                    raise HoursCsvError(problems)
                return header
    # No header found: report on the first non-blank line.
    i = candidates[0]
    line = lines[i]
    delimiter = forced or next((d for d in _DELIMITERS if d in line), ",")
    header, _ = _read_header(line, i, delimiter)
    names = _NAME_EN if any(_header_key(n) in _ENGLISH_ONLY for n in header.names) else _NAME_NL
    missing = [f'"{names[field]}"' for field in _REQUIRED if field not in header.columns]
    found = [_quote(n, 40) for n in header.names if n]
    if len(missing) == 1:
        text = f"De verplichte kolom {missing[0]} ontbreekt in de kopregel (regel {i + 1})."
    else:
        text = (
            f"De verplichte kolommen {join_and(missing)} ontbreken in de kopregel (regel {i + 1})."
        )
    text += f" Gevonden kolommen: {', '.join(found) if found else 'geen'}. {_EXPECTED_HEADER}"
    are = "columns" if len(missing) > 1 else "column"
    en = (
        f"Required {are} missing from the header (line {i + 1}): {join_and(missing, 'en')}."
        f" Columns found: {', '.join(found) if found else 'none'}. {_EXPECTED_HEADER_EN}"
    )
    first_cells = _split(line, delimiter)
    if first_cells and _looks_like_date(first_cells[0]):
        text += " De eerste regel lijkt al een uurregel: zet de kopregel erboven."
        en += " The first line already looks like a line of hours: put the header above it."
    elif len(header.names) == 1:
        text += " Het scheidingsteken tussen de kolommen moet ; , of een tab zijn."
        en += " The separator between the columns must be ; , or a tab."
    raise HoursCsvError([CsvProblem(None, None, text, en)])


class _Parser:
    def __init__(
        self,
        header: _Header,
        contexts: ContextRegistry,
        today: date,
        periods: Mapping[str, tuple[date, date]] | None,
        sink: Sink | None = None,
        choices: Mapping[str, str] | None = None,
    ) -> None:
        self.header = header
        self.contexts = contexts
        self.today = today
        self.periods = periods
        self.sink = sink
        self.choices = {normalise(k): v for k, v in (choices or {}).items()}
        self.placements = {_fold(name): name for name in reversed(list(periods or {}))}
        self.problems = _ProblemList()
        self.warnings = _ProblemList()
        self.entries: list[HourEntry] = []
        self.rows: list[int] = []
        self.context_texts: list[str] = []
        # Rows with a valid date and hours, per day (for the 24 h check): minutes, and the
        # first lines (a few are enough for a message; the count says how many there were).
        self.day_minutes: dict[date, int] = {}
        self.day_lines: dict[date, list[int]] = {}
        self.day_rows: dict[date, int] = {}
        self.named = max((i + 1 for i, name in enumerate(header.names) if name), default=0)
        self.unknown_contexts: dict[str, int] = {}  # normalised value -> first line (capped)
        # Context words that can mean more than one context: key -> (text, choices, lines);
        # words read by their first word(s): key -> (text, context, name, lines, count).
        # Both keep at most ``_LINES_KEPT`` lines, so a file of a million rows stays flat.
        self.ambiguous: dict[str, tuple[str, tuple[str, ...], list[int]]] = {}
        self.partial: dict[str, tuple[str, str, str, list[int], list[int]]] = {}
        self.context_keys = contexts.known_names()
        # A log repeats the same few dates, contexts and amounts: each distinct text is read
        # once (its outcome kept), the messages per line are still written from it.
        self._dates: dict[str, date | _DateError] = {}
        self._readings: dict[str, tuple[str, ContextMatch]] = {}
        self._amounts: dict[str, int | str] = {}  # text -> minutes, or the reason it is wrong
        self._folded: dict[str, str] = {}
        self._fields = tuple(
            header.columns.get(name)
            for name in ("day", "context", "hours", "placement", "mentor", "note")
        )

    def name(self, field: str) -> str:
        return self.header.names[self.header.columns[field]]

    def problem(self, line: int, field: str | None, message: str, en: str | None = None) -> None:
        """A problem on ``line``; ``en`` is its English form (the app shows it in English)."""
        self.problems.append(CsvProblem(line, self.name(field) if field else None, message, en))

    # Rows ------------------------------------------------------------------------------------

    def records(self, lines: Iterable[str]) -> Iterator[tuple[int, int, list[str] | None]]:
        """(first line, last line, cells) per record; cells is None if it could not be read.

        ``lines`` are the physical lines after the header."""
        offset = self.header.index + 1  # lines before the first record
        nul_lines: set[int] = set()

        def feed() -> Iterator[str]:
            for i, line in enumerate(lines, start=offset):
                if "\x00" in line:
                    nul_lines.add(i + 1)
                    line = line.replace("\x00", "")
                yield line

        reader = csv.reader(feed(), delimiter=self.header.delimiter, skipinitialspace=True)
        consumed = 0
        while True:
            start = offset + consumed + 1
            try:
                cells: list[str] | None = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                cells = None
                limit = csv.field_size_limit()
                if "field limit" in str(exc):
                    message = (
                        f"deze regel heeft een cel van meer dan {limit} tekens; waarschijnlijk "
                        'ontbreekt er een afsluitend aanhalingsteken (")'
                    )
                    en = (
                        f"this line has a cell of more than {limit} characters; probably a "
                        'closing quote (") is missing'
                    )
                else:
                    message = (
                        f"deze regel kan niet als CSV gelezen worden (technische melding: {exc})"
                    )
                    en = f"this line cannot be read as CSV (technical message: {exc})"
                self.problems.append(CsvProblem(start, None, message, en))
            consumed = reader.line_num
            end = offset + consumed
            if cells is not None and nul_lines and nul_lines.intersection(range(start, end + 1)):
                self.problems.append(
                    CsvProblem(
                        start,
                        None,
                        "deze regel bevat een NUL-teken (een onzichtbaar teken dat niet in tekst "
                        "hoort); het bestand is mogelijk beschadigd. Sla het opnieuw op als CSV.",
                        "this line holds a NUL character (an invisible character that does not "
                        "belong in text); the file may be damaged. Save it again as CSV.",
                    )
                )
                cells = None
            nul_lines.difference_update(range(start, end + 1))
            yield start, end, cells

    def row(self, line: int, end: int, cells: list[str]) -> None:
        if len(cells) > MAX_CSV_COLUMNS:
            self.problem(
                line,
                None,
                f"deze regel heeft {count_text(len(cells))} cellen; een urenlijst heeft er "
                f"hoogstens {MAX_CSV_COLUMNS}. Is dit wel een urenlijst?",
                f"this line has {count_text(len(cells), 'en')} cells; an hour log has at most "
                f"{MAX_CSV_COLUMNS}. Is this an hour log?",
            )
            return
        values = [cell.strip() for cell in cells]
        if not any(values):
            return
        if not (
            self.fits(line, values)
            and self.whole_rows(line, end, cells)
            and self.unsplit_hours(line, values)
        ):
            return
        count = len(values)
        day_text, context_text, hours_text, placement_text, mentor_text, note_text = (
            values[index] if index is not None and index < count else "" for index in self._fields
        )
        if not (day_text or context_text or hours_text):
            rest = next(v for v in values if v)
            self.problem(
                line,
                None,
                f"deze regel heeft geen datum, context en uren, alleen {_quote(rest)}. "
                "Vul ze aan of verwijder de regel.",
                f"this line has no date, context and hours, only {_quote(rest)}. "
                "Fill them in or delete the line.",
            )
            return
        day: date | None = None
        parsed = self._dates.get(day_text)
        if parsed is None:
            try:
                parsed = _parse_date(day_text)
            except _DateError as exc:
                parsed = exc
            if len(self._dates) < _MEMO_SIZE:
                self._dates[day_text] = parsed
        if isinstance(parsed, date):
            day = parsed
        else:
            error = parsed
            first_words = {normalise(day_text).partition(" ")[0]}
            first_words.add(normalise(context_text).partition(" ")[0])
            if first_words & _TOTAL_WORDS:
                shown = _quote(day_text if day_text else context_text)
                self.problem(
                    line,
                    None,
                    f"dit lijkt een totaalregel ({shown}); verwijder die regel, "
                    "de app telt de uren zelf op.",
                    f"this looks like a total row ({shown}); delete that line, "
                    "the app adds up the hours itself.",
                )
                return
            self.problem(line, "day", str(error), error.en)
        if day is not None and (problem := year_problem(day)) is not None:
            self.problem(
                line,
                "day",
                f"datum {_quote(day_text)}: {problem}",
                f"date {_quote(day_text)}: {_year_problem_en(day)}",
            )
            day = None
        if day is not None and day > self.today:
            self.problem(
                line,
                "day",
                f"datum {_quote(day_text)} ligt in de toekomst (vandaag is "
                f"{_show_date(self.today)}); alleen gepresteerde uren horen in de lijst",
                f"date {_quote(day_text)} is in the future (today is "
                f"{_show_date(self.today)}); only hours worked belong in the list",
            )
            day = None

        context = self.context(line, context_text)
        minutes = self.hours(line, hours_text)
        placement = self.placement(line, unguard_text(placement_text), day)

        if day is not None and minutes is not None:
            entry = HourEntry(
                day=day,
                context=context or "",
                minutes=minutes,
                placement=placement,
                mentor=unguard_text(mentor_text) or None,
                note=unguard_text(note_text) or None,
            )
            self.count_day(line, entry)
            if context is not None:
                self.accept(line, entry, context_text)

    def count_day(self, line: int, entry: HourEntry) -> None:
        day = entry.day
        self.day_minutes[day] = self.day_minutes.get(day, 0) + entry.minutes
        self.day_rows[day] = self.day_rows.get(day, 0) + 1
        shown = self.day_lines.setdefault(day, [])
        if len(shown) < _LINES_PER_DAY:
            shown.append(line)

    def accept(self, line: int, entry: HourEntry, context_text: str) -> None:
        if self.sink is None:
            self.entries.append(entry)
            self.rows.append(line)
            self.context_texts.append(context_text)
            return
        refused = self.sink(line, entry)
        if refused is not None:
            field_name, message, en = refused
            self.problem(
                line, field_name if field_name in self.header.columns else None, message, en
            )

    def fits(self, line: int, values: list[str]) -> bool:
        """Whether the row has no more (non-empty) cells than the header names columns."""
        extra = [v for v in values[self.named :] if v]
        if not extra:
            return True
        counted = f"deze regel heeft {len(values)} cellen, de kopregel maar {self.named}"
        counted_en = f"this line has {len(values)} cells, the header only {self.named}"
        hours_at = self.header.columns["hours"]
        if self.header.delimiter == ",":
            if (
                hours_at + 1 < len(values)
                and _WHOLE.match(values[hours_at])
                and _WHOLE.match(values[hours_at + 1])
            ):
                split = f"{values[hours_at]},{values[hours_at + 1]}"
                self.problem(
                    line,
                    "hours",
                    f"uren {_quote(split)} is in twee cellen gesplitst omdat de komma ook het "
                    f"scheidingsteken is ({counted}). Zet de uren tussen aanhalingstekens "
                    f'("{split}"), schrijf {values[hours_at]}.{values[hours_at + 1]} of '
                    "gebruik ; als scheidingsteken.",
                    f"hours {_quote(split)} is split over two cells because the comma is also "
                    f"the separator ({counted_en}). Put the hours between quotes "
                    f'("{split}"), write {values[hours_at]}.{values[hours_at + 1]} or use ; as '
                    "the separator.",
                )
            else:
                self.problem(
                    line,
                    None,
                    f"{counted}. Staat er een komma in een waarde (bv. 7,5)? Zet die waarde "
                    'tussen aanhalingstekens ("7,5") of gebruik ; als scheidingsteken.',
                    f"{counted_en}. Is there a comma in a value (e.g. 7,5)? Put that value "
                    'between quotes ("7,5") or use ; as the separator.',
                )
        else:
            shown = "tab" if self.header.delimiter == "\t" else self.header.delimiter
            self.problem(
                line,
                None,
                f"{counted} (met {_quote(extra[0])} in een kolom zonder naam). Staat er een "
                f"{shown} in een waarde? Zet die waarde dan tussen aanhalingstekens, of geef "
                "de kolom een naam in de kopregel.",
                f"{counted_en} (with {_quote(extra[0])} in a column without a name). Is there "
                f"a {shown} in a value? Then put that value between quotes, or give the column "
                "a name in the header.",
            )
        return False

    def unsplit_hours(self, line: int, values: list[str]) -> bool:
        """Whether no decimal comma split the hours over their own and the next column.

        ``...,7,5,`` with the next column (stageplaats, mentor, opmerking) empty fits the header
        exactly but would read as 7 hours and a note "5"; a known column holding just the
        digits of a decimal fraction is taken for that.
        """
        hours_at = self.header.columns["hours"]
        after = hours_at + 1
        if self.header.delimiter != "," or after >= min(len(values), self.named):
            return True
        next_field = next((f for f, i in self.header.columns.items() if i == after), None)
        known = next_field in ("placement", "mentor", "note") or not self.header.names[after]
        if not (known and _WHOLE.match(values[hours_at]) and _DECIMALS.match(values[after])):
            return True
        split = f"{values[hours_at]},{values[after]}"
        self.problem(
            line,
            "hours",
            f"uren {_quote(values[hours_at])} met {_quote(values[after])} in de kolom "
            f"{self.header.names[after] or after + 1} erna: bedoel je {split}? De komma is ook het "
            f'scheidingsteken. Zet de uren tussen aanhalingstekens ("{split}"), schrijf '
            f"{values[hours_at]}.{values[after]} of gebruik ; als scheidingsteken.",
            f"hours {_quote(values[hours_at])} with {_quote(values[after])} in the column "
            f"{self.header.names[after] or after + 1} after it: do you mean {split}? The comma is "
            f'also the separator. Put the hours between quotes ("{split}"), write '
            f"{values[hours_at]}.{values[after]} or use ; as the separator.",
        )
        return False

    def whole_rows(self, line: int, end: int, cells: list[str]) -> bool:
        """Whether no cell swallowed further rows through a quote that is never closed."""
        if end == line:
            return True
        date_at = self.header.columns["day"]
        for position, cell in enumerate(cells):
            for part in re.split(r"\r\n|\r|\n", cell)[1:]:
                sub = _split(part, self.header.delimiter)
                long_enough = len(sub) >= max(len(_REQUIRED), date_at + 1)
                if long_enough and _looks_like_date(sub[date_at]):
                    name = self.header.names[position] if position < self.named else None
                    self.problems.append(
                        CsvProblem(
                            line,
                            name or None,
                            'een aanhalingsteken (") in deze regel wordt niet afgesloten, '
                            f"zodat regels {line} tot en met {end} als één cel gelezen worden "
                            "en de uurregels daarin verloren zouden gaan. Verwijder het "
                            "aanhalingsteken of sluit het af.",
                            'a quote (") on this line is never closed, so lines '
                            f"{line} to {end} are read as one cell and the lines of hours in "
                            "it would be lost. Delete the quote or close it.",
                        )
                    )
                    return False
        return True

    def context(self, line: int, text: str) -> str | None:
        if not text:
            examples = join_or(self.contexts.ids()[:3])
            examples_en = join_or(self.contexts.ids()[:3], "en")
            self.problem(
                line,
                "context",
                f"context ontbreekt; schrijf de setting, bv. {examples}",
                f"context missing; write the setting, e.g. {examples_en}",
            )
            return None
        memo = self._readings.get(text)
        if memo is None:
            memo = (normalise(text), self.contexts.resolve(text))
            if len(self._readings) < _MEMO_SIZE:
                self._readings[text] = memo
        key, reading = memo
        chosen = self.choices.get(key)
        if chosen is not None and chosen in self.contexts:
            return chosen
        if reading.context is not None:
            kept = key in self.partial or len(self.partial) < MAX_PROBLEMS_KEPT
            if reading.partial and kept:
                first = self.partial.setdefault(key, (text, reading.context, reading.name, [], [0]))
                _keep_line(first[3], line)
                first[4][0] += 1
            return reading.context
        if reading.ambiguous:
            self.ambiguous_context(line, text, key, reading.choices)
            return None
        if len(self.unknown_contexts) < MAX_PROBLEMS_KEPT:
            earlier = self.unknown_contexts.setdefault(key, line)
        else:
            earlier = self.unknown_contexts.get(key, line)
        message = f"onbekende context {_quote(text)}"
        en = f"unknown context {_quote(text)}"
        if earlier != line:  # the same value again: refer back rather than repeat the list
            message += f". Zie regel {earlier} voor de gekende contexten"
            en += f". See line {earlier} for the known contexts"
            self.problem(line, "context", message, en)
            return None
        close = difflib.get_close_matches(key, self.context_keys, n=1, cutoff=0.8)
        if close:
            meant = self.context_keys[close[0]]
            message += f" (bedoel je {self.contexts.label(meant)}?)"
            en += f" (did you mean {self.contexts.label(meant, 'en')}?)"
        known, known_en = [], []
        for ctx in self.contexts:
            same = normalise(ctx.label) == normalise(ctx.id)
            known.append(ctx.id if same else f"{ctx.id} ({ctx.label})")
            known_en.append(f"{ctx.id} ({self.contexts.label(ctx.id, 'en')})")
        message += f". Gekende contexten: {', '.join(known)}"
        en += f". Known contexts: {', '.join(known_en)}"
        self.problem(line, "context", message, en)
        return None

    def ambiguous_context(self, line: int, text: str, key: str, choices: tuple[str, ...]) -> None:
        if key not in self.ambiguous and len(self.ambiguous) >= MAX_PROBLEMS_KEPT:
            self.problem(
                line,
                "context",
                f"context {_quote(text)} kan meer dan één context zijn",
                f"context {_quote(text)} can mean more than one context",
            )
            return
        first = self.ambiguous.setdefault(key, (text, choices, []))
        earlier = first[2][0] if first[2] else None
        _keep_line(first[2], line)
        if earlier is not None:
            self.problem(
                line,
                "context",
                f"context {_quote(text)} kan meer dan één context zijn; zie regel {earlier}",
                f"context {_quote(text)} can mean more than one context; see line {earlier}",
            )
            return
        labels = [f'"{self.contexts.label(c)}"' for c in choices]
        labels_en = [f'"{self.contexts.label(c, "en")}"' for c in choices]
        self.problem(
            line,
            "context",
            f"context {_quote(text)} kan meer dan één context zijn: {join_or(labels)}. "
            "Schrijf in de kolom context welke je bedoelt.",
            f"context {_quote(text)} can mean more than one context: {join_or(labels_en, 'en')}. "
            "Write in the context column which one you mean.",
        )

    def partial_warnings(self) -> None:
        """Once per distinct text: how a setting with a name after it was read."""
        for text, context, name, lines, (count,) in self.partial.values():
            also = also_en = ""
            if count > 1:
                more = count - len(lines)
                tail = f" en nog {count_text(more)} andere" if more > 0 else ""
                tail_en = f" and {count_text(more, 'en')} more" if more > 0 else ""
                also = f"; zo ook op {line_numbers(lines[1:])}{tail}"
                also_en = f"; likewise on {line_numbers(lines[1:], 'en')}{tail_en}"
            self.warnings.append(
                CsvProblem(
                    lines[0],
                    self.name("context"),
                    f"{_quote(text)} gelezen als {self.contexts.label(context)} "
                    f"(naar {_quote(name)}){also}",
                    f"{_quote(text)} read as {self.contexts.label(context, 'en')} "
                    f"(from {_quote(name)}){also_en}",
                )
            )

    def hours(self, line: int, text: str) -> int | None:
        minutes = self._amounts.get(text)
        if minutes is None:
            seconds = _CLOCK_SECONDS.match(text)
            try:
                minutes = parse_hours(seconds.group(1) if seconds else text)
            except HoursFormatError as exc:
                minutes = exc.reason
            if len(self._amounts) < _MEMO_SIZE:
                self._amounts[text] = minutes
        if isinstance(minutes, str):
            self.problem(
                line, "hours", _hours_message(text, minutes), _hours_message_en(text, minutes)
            )
            return None
        if minutes > MAX_MINUTES_PER_DAY:
            self.problem(
                line,
                "hours",
                f"uren {_quote(text)} is meer dan 24 uur; een dag telt maar 24 uur",
                _hours_message_en(text, "too_large"),
            )
            return None
        return minutes

    def placement(self, line: int, text: str, day: date | None) -> str | None:
        if not text or self.periods is None:
            return text or None
        folded = self._folded.get(text)
        if folded is None:
            folded = _fold(text)
            if len(self._folded) < _MEMO_SIZE:
                self._folded[text] = folded
        name = self.placements.get(folded)
        if name is None:
            field = "placement"
            if self.placements:
                known = ", ".join(_quote(n) for n in self.periods)
                self.problem(
                    line,
                    field,
                    f"onbekende stageplaats {_quote(text)}; gekende stageplaatsen: {known}",
                    f"unknown placement {_quote(text)}; known placements: {known}",
                )
            else:
                self.problem(
                    line,
                    field,
                    f"onbekende stageplaats {_quote(text)}: er zijn nog geen stageplaatsen "
                    "ingevoerd. Voeg ze eerst toe of laat de kolom leeg.",
                    f"unknown placement {_quote(text)}: no placements have been entered yet. "
                    "Add them first or leave the column empty.",
                )
            return None
        start, end = self.periods[name]
        if day is not None and not start <= day <= end:
            self.problem(
                line,
                "day",
                f"datum {_show_date(day)} valt buiten de stageperiode van {_quote(name)} "
                f"({_show_date(start)} tot en met {_show_date(end)})",
                f"date {_show_date(day)} is outside the placement period of {_quote(name)} "
                f"({_show_date(start)} to {_show_date(end)})",
            )
        return name

    # Whole-file checks -----------------------------------------------------------------------

    def days(self) -> None:
        lines = self.day_lines
        for day, total in self.day_minutes.items():
            where = _lines(lines[day], self.day_rows[day])
            where_en = _lines(lines[day], self.day_rows[day], "en")
            if total > MAX_MINUTES_PER_DAY:
                self.problems.append(
                    CsvProblem(
                        lines[day][0],
                        self.name("hours"),
                        f"op {_show_date(day)} staan samen {format_hours(total)} uur ({where}); "
                        "meer dan 24 uur op één dag kan niet. Verbeter de uren op die regels.",
                        f"{_show_date(day)} has {format_hours(total, decimal_mark='.')} hours in "
                        f"all ({where_en}); more than 24 hours on one day is impossible. Correct "
                        "the hours on those lines.",
                    )
                )
            elif total > LONG_DAY_MINUTES:
                self.warnings.append(
                    CsvProblem(
                        lines[day][0],
                        self.name("hours"),
                        f"op {_show_date(day)} staan samen {format_hours(total)} uur ({where}); "
                        "dat is meer dan 10 uur op één dag. Klopt dat?",
                        f"{_show_date(day)} has {format_hours(total, decimal_mark='.')} hours in "
                        f"all ({where_en}); that is more than 10 hours on one day. Is that right?",
                    )
                )

    def duplicates(self) -> None:
        first: dict[HourEntry, int] = {}
        for line, entry in zip(self.rows, self.entries, strict=True):
            earlier = first.setdefault(entry, line)
            if earlier != line:
                self.warnings.append(
                    CsvProblem(
                        line,
                        None,
                        f"deze regel is gelijk aan regel {earlier} (zelfde datum, context, uren "
                        "en opmerking); dubbel ingevoerd?",
                        f"this line is the same as line {earlier} (same date, context, hours "
                        "and note); entered twice?",
                    )
                )


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def guard_text(text: str) -> str:
    """Text a spreadsheet must show as text, never run as a formula (CSV injection).

    A cell starting with = + - @ gets a leading apostrophe, as Excel itself does for text.
    """
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def unguard_text(text: str) -> str:
    """Undo :func:`guard_text`, so an exported file imports back unchanged."""
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text


def _keep_line(lines: list[int], line: int) -> None:
    if len(lines) < _LINES_KEPT:
        lines.append(line)


def _order(problem: CsvProblem) -> tuple[int, int]:
    return (0, 0) if problem.line is None else (1, problem.line)


# A sink refuses a row with (column, Dutch message, English message), or takes it (None).
Sink = Callable[[int, HourEntry], "tuple[str, str, str] | None"]
_HEAD_LINES = 1_000  # lines read ahead to find the header


def parse_hours_csv(
    data: bytes,
    contexts: ContextRegistry,
    *,
    today: date,
    periods: Mapping[str, tuple[date, date]] | None = None,
    choices: Mapping[str, str] | None = None,
) -> ParsedHours:
    """Read an hour log from CSV bytes or an Excel workbook (``.xlsx``); raises
    :class:`HoursCsvError` listing every problem.

    ``periods`` maps placement names to their (start, end) dates, both inclusive; when given,
    every ``stageplaats`` must be one of them and its dates must fall inside its period.
    ``choices`` maps a context word that can mean more than one context (as in
    ``HoursCsvError.ambiguous``) to the context the user chose.
    """
    if is_workbook(data):
        data = workbook_as_csv(data)
    return read_hours_csv(io.BytesIO(data), contexts, today=today, periods=periods, choices=choices)


def read_hours_csv(
    source: BinaryIO,
    contexts: ContextRegistry,
    *,
    today: date,
    periods: Mapping[str, tuple[date, date]] | None = None,
    sink: Sink | None = None,
    choices: Mapping[str, str] | None = None,
) -> ParsedHours:
    """Read an hour log from a seekable binary stream, in flat memory when ``sink`` is given.

    Without ``sink`` the entries are returned (as ``parse_hours_csv`` does). With it, every
    entry is handed to ``sink(line, entry)`` as it is read and nothing is kept: the caller
    stores it (in one transaction that it rolls back when this raises). The sink may refuse a
    row by returning (column, message, English message), which counts as a problem of that
    line. Only the minutes per day are kept (for the 24-hour check), and at most
    ``MAX_PROBLEMS_KEPT`` problems; line lengths and column counts are capped (``core.limits``).
    """
    scan = _scan(source)
    lines = _Lines(_decoded(source, scan.encoding, scan.skip))
    stream = iter(lines)
    head: list[str] = []
    first: int | None = None
    nonblank = 0
    for line in stream:
        head.append(line)
        if not _blank(line):
            first = len(head) - 1 if first is None else first
            nonblank += 1
            if nonblank >= _HEADER_SEARCH_LINES + 2:
                break
        if len(head) >= _HEAD_LINES:
            break
    if first is None:
        raise _whole(
            f"Het bestand is leeg. {_EXPECTED_HEADER} Daaronder komt één regel per dag.",
            f"The file is empty. {_EXPECTED_HEADER_EN} Below it, one line per day.",
        )
    if _CONTROL.search(head[first]) or scan.controls * 20 > scan.chars:
        raise _whole(
            f"{_NOT_TEXT}: het bevat binaire gegevens (zoals NUL-tekens). {_CHOOSE}",
            f"{_NOT_TEXT_EN}: it holds binary data (such as NUL characters). {_CHOOSE_EN}",
        )

    forced: str | None = None
    sep = re.match(r"(?i)^\s*\"?sep=([^\s\w\"]|\t)", head[first])
    if sep:
        forced = sep.group(1)
        first += 1
        if nonblank < 2:
            raise _whole(
                f"Het bestand is leeg. {_EXPECTED_HEADER}",
                f"The file is empty. {_EXPECTED_HEADER_EN}",
            )

    header = _find_header(head, first, forced)
    if len(header.names) > MAX_CSV_COLUMNS:
        raise _whole(
            f"De kopregel (regel {header.index + 1}) heeft {count_text(len(header.names))} "
            f"kolommen; een urenlijst heeft er hoogstens {MAX_CSV_COLUMNS}.",
            f"The header (line {header.index + 1}) has {count_text(len(header.names), 'en')} "
            f"columns; an hour log has at most {MAX_CSV_COLUMNS}.",
        )
    parser = _Parser(header, contexts, today, periods, sink, choices)
    if scan.mixed:
        mixed, count = list(scan.mixed), scan.mixed_count
        shown = _lines(mixed, count)
        shown_en = _lines(mixed, count, "en")
        parser.problems.append(
            CsvProblem(
                None,
                None,
                f"Het bestand mengt twee tekencoderingen: {shown} "
                f"{'bevat' if count == 1 else 'bevatten'} UTF-8-tekens "
                "(bv. Ã« in plaats van ë), de rest is Windows-1252. "
                'Sla het hele bestand in één codering op, bv. in Excel als "CSV UTF-8".',
                f"The file mixes two character encodings: {shown_en} "
                f"{'holds' if count == 1 else 'hold'} UTF-8 characters "
                "(e.g. Ã« instead of ë), the rest is Windows-1252. "
                'Save the whole file in one encoding, e.g. in Excel as "CSV UTF-8".',
            )
        )
    any_row = False
    rest = itertools.chain(head[header.index + 1 :], stream)
    for line_number, end, cells in parser.records(rest):
        if cells is not None:
            any_row = any_row or any(cell.strip() for cell in cells)
            parser.row(line_number, end, cells)
    for number in lines.too_long:
        parser.problems.append(
            CsvProblem(
                number,
                None,
                f"deze regel is te lang (meer dan {count_text(MAX_CSV_LINE)} tekens); een "
                "uurregel is hooguit een paar honderd tekens. Is dit wel een urenlijst?",
                f"this line is too long (more than {count_text(MAX_CSV_LINE, 'en')} characters); a "
                "line of hours is a few hundred characters at most. Is this an hour log?",
            )
        )
    if not any_row and not parser.problems:
        parser.problems.append(
            CsvProblem(
                None,
                None,
                f"Het bestand bevat alleen een kopregel (regel {header.index + 1}) en geen "
                "uurregels. Zet onder de kopregel één regel per dag.",
                f"The file holds only a header (line {header.index + 1}) and no lines of "
                "hours. Put one line per day below the header.",
            )
        )
    parser.days()
    if parser.problems:
        ambiguous = [
            AmbiguousContext(text, key, choices_, tuple(lines))
            for key, (text, choices_, lines) in parser.ambiguous.items()
        ]
        raise HoursCsvError(sorted(parser.problems, key=_order), ambiguous, log=parser.problems.log)
    if sink is None:
        parser.duplicates()
    parser.partial_warnings()
    return ParsedHours(
        entries=parser.entries,
        warnings=sorted(parser.warnings, key=_order),
        rows=parser.rows,
        warning_log=parser.warnings.log,
        context_texts=parser.context_texts,
    )
