"""Every problem and warning the hours import makes has an English form, and that form is
English: the app shows CSV problems in the app's language (the CLI stays Dutch)."""

from __future__ import annotations

import ast
import io
import re
import zipfile
from datetime import date
from pathlib import Path

import pytest

from stageportfolio.core import hourscsv
from stageportfolio.core.catalog import SHIPPED_DIR, load_contexts
from stageportfolio.core.hourscsv import CsvProblem, HoursCsvError, parse_hours_csv
from stageportfolio.core.limits import MAX_CSV_COLUMNS, MAX_CSV_LINE

TODAY = date(2026, 11, 23)
REGISTRY = load_contexts(SHIPPED_DIR / "contexts.toml")
PERIODS = {"WZC De Linde": (date(2026, 9, 1), date(2026, 10, 31))}
H = "Datum;Context;Uren\n"

# Dutch words that are not English words; a message_en holding one is not (all) English.
# The values quoted from the file ("totaal", "kinderopvang") are the pupil's own and are taken
# out before the check, like the Dutch header named in the English text.
DUTCH = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "van",
        "niet",
        "nog",
        "uur",
        "uren",
        "voor",
        "je",
        "geen",
        "naar",
        "bij",
        "wordt",
        "zijn",
        "regel",
        "regels",
        "kolom",
        "kolommen",
        "datum",
        "bestand",
        "deze",
        "dit",
        "die",
        "dat",
        "er",
        "om",
        "uit",
        "tot",
        "ligt",
        "toekomst",
        "gelezen",
        "als",
        "zo",
        "ook",
        "op",
        "andere",
        "totaalregel",
        "kopregel",
        "stageplaats",
        "stageplaatsen",
        "onbekende",
        "gekende",
        "cellen",
        "tekens",
        "lang",
        "teken",
        "beschadigd",
        "werkmap",
        "tekstbestand",
        "leeg",
        "verwijder",
        "sla",
        "opslaan",
        "kies",
        "dezelfde",
        "meer",
        "dan",
        "eens",
        "hou",
        "jaartal",
        "kan",
        "kloppen",
        "toegelaten",
        "valt",
        "buiten",
        "stageperiode",
        "dubbel",
        "ingevoerd",
        "gelijk",
        "zelfde",
        "opmerking",
        "samen",
        "dag",
        "klopt",
        "mengt",
        "codering",
    ]
)
# Quoted values, the Dutch header as named in the English text, and the file's own column
# names ("column Uren": the name as the file writes it).
QUOTED = re.compile(r'"[^"]*"|Datum;Context;Uren|\b(?:Datum|Uren|Opmerking|Stageplaats)\b')


def dutch_words(text: str) -> list[str]:
    return [w for w in re.findall(r"\w+", QUOTED.sub(" ", text)) if w.lower() in DUTCH]


def _xlsx_broken() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("xl/workbook.xml", "<not xml")
        archive.writestr("[Content_Types].xml", "<not xml")
    return out.getvalue()


# Bad files, each with the problems pupils' files really have.
BAD_FILES: dict[str, bytes] = {
    "too long line": (H + "2026-09-15;thuiszorg;7\n" + "x" * (MAX_CSV_LINE + 5) + "\n").encode(),
    "NUL character": (H + "2026-09-15;thuis\x00zorg;7\n").encode(),
    "duplicate columns": b"Datum;Context;Uren;Uren\n2026-09-15;thuiszorg;7;7\n",
    "total row": (H + "2026-09-15;thuiszorg;7\nTotaal;;7\n").encode(),
    "future date": (H + "2026-12-15;thuiszorg;7\n").encode(),
    "year out of range": (H + "15/09/1826;thuiszorg;7\n").encode(),
    "two-digit year": (H + "15/09/26;thuiszorg;7\n").encode(),
    "xlsx guessed": b"PK\x03\x04" + b"\x00" * 40,
    "xls guessed": b"\xd0\xcf\x11\xe0" + b"\x00" * 40,
    "pdf guessed": b"%PDF-1.7\n" + b"\x00" * 40,
    "bad byte": H.encode() + b"2026-09-15;thuiszorg;7\x81\x8d\n",
    "binary": b"\x01\x02\x03\x04Datum;Context;Uren\n\x05\x06\x07\n",
    "empty": b"\n\n",
    "sep only": b"sep=;\n",
    "header only": H.encode(),
    "too many columns": (
        ";".join(["Datum", "Context", "Uren"] + ["x"] * MAX_CSV_COLUMNS) + "\n"
    ).encode(),
    "too many cells": (H + "2026-09-15;thuiszorg;7" + ";" * (MAX_CSV_COLUMNS + 2) + "x\n").encode(),
    "no date context hours": b"Datum;Context;Uren;Opmerking\n;;;alleen een opmerking\n",
    "extra cell": (H + "2026-09-15;thuiszorg;7;weg\n").encode(),
    "comma split hours": b"Datum,Context,Uren\n2026-09-15,thuiszorg,7,5\n",
    "comma split into note": b"Datum,Context,Uren,Opmerking\n2026-09-15,thuiszorg,7,5\n",
    "quote never closed": (H + '2026-09-15;"thuiszorg;7\n2026-09-16;thuiszorg;7\n').encode(),
    "unknown placement": b"Datum;Context;Uren;Stageplaats\n2026-09-15;thuiszorg;7;Nergens\n",
    "outside period": b"Datum;Context;Uren;Stageplaats\n2026-11-15;thuiszorg;7;WZC De Linde\n",
    "more than 24 h": (H + "2026-09-15;thuiszorg;14\n2026-09-15;thuiszorg;12\n").encode(),
    "mixed encodings": b"Datum;Context;Uren;Opmerking\n2026-09-16;thuiszorg;7;caf\xe9\n"
    + "2026-09-17;thuiszorg;7;café\n".encode(),
    "damaged workbook": _xlsx_broken(),
}
# Files read without problems but with warnings worth a look.
WARNED_FILES: dict[str, bytes] = {
    "long day": (H + "2026-09-15;thuiszorg;6\n2026-09-15;thuiszorg;5\n").encode(),
    "entered twice": (H + "2026-09-15;thuiszorg;7\n2026-09-15;thuiszorg;7\n").encode(),
    "read as": (
        H + "2026-09-15;thuiszorg bij mevrouw Peeters;7\n2026-09-16;thuiszorg bij "
        "mevrouw Peeters;7\n"
    ).encode(),
}


def _read(data: bytes, *, periods: bool = True) -> list[CsvProblem]:
    try:
        parsed = parse_hours_csv(data, REGISTRY, today=TODAY, periods=PERIODS if periods else None)
    except HoursCsvError as exc:
        return exc.problems
    return parsed.warnings


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_every_problem_has_english(name: str) -> None:
    found = _read(BAD_FILES[name], periods="placement" in name or "period" in name)
    assert found, name
    for problem in found:
        assert problem.message_en, f"{name}: no English for {problem.message!r}"
        english = problem.text("en")
        assert not dutch_words(english), (name, english, dutch_words(english))
        assert problem.text("nl") != english
        if problem.line is not None:
            assert english.startswith(f"line {problem.line}"), english


@pytest.mark.parametrize("name", sorted(WARNED_FILES))
def test_every_warning_has_english(name: str) -> None:
    found = _read(WARNED_FILES[name], periods=False)
    assert found, name
    for problem in found:
        assert problem.message_en, f"{name}: no English for {problem.message!r}"
        english = problem.text("en")
        assert not dutch_words(english), (name, english, dutch_words(english))


def test_no_problem_is_made_without_english() -> None:
    """Read the module: every CsvProblem, every problem of a line and every problem of the
    whole file is given its English form (a new message without one fails here)."""
    tree = ast.parse(Path(hourscsv.__file__).read_text("utf-8"))
    missing = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        needed = {"CsvProblem": 4, "problem": 4, "_whole": 2, "_DateError": 2}.get(name)
        if needed is None:
            continue
        given = len(node.args) + len(node.keywords)
        if given < needed:
            missing.append(f"line {node.lineno}: {ast.unparse(node)[:80]}")
    assert not missing, "\n".join(missing)
