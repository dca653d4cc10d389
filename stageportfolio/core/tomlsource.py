"""Reading TOML files people edit by hand, with line numbers for error messages.

``tomllib`` reports a line for syntax errors but not for values that parse and are wrong. The
locator below maps a key path such as ``("rules", 2, "hours")`` to the line where that key is
written, which is all an error message needs.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from stageportfolio.core.jsonread import JsonFileError, check_value
from stageportfolio.core.limits import MAX_LIST_FILE_BYTES, MAX_TOML_DEPTH, size_text

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_.\-\"' ]+?)\s*=")

LocPart = str | int


@dataclass(frozen=True)
class SourceText:
    """A TOML file's text, parsed, with a key-path-to-line index built when first needed."""

    path: Path
    text: str
    data: dict[str, Any]

    @cached_property
    def lines(self) -> dict[tuple[LocPart, ...], int]:
        # Only error messages need line numbers: indexing every file at start-up cost 0.2 s.
        return index_lines(self.text)

    def line_of(self, loc: Sequence[LocPart]) -> int | None:
        """The line of the deepest known key on ``loc`` (1-based), or None."""
        parts = tuple(loc)
        while parts:
            line = self.lines.get(parts)
            if line is not None:
                return line
            parts = parts[:-1]
        return None


class TomlSyntaxError(ValueError):
    def __init__(self, path: Path, line: int | None, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.line = line
        self.message = message


class UnreadableFileError(ValueError):
    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


def _split_key(key: str) -> list[str]:
    return [part.strip().strip("\"'") for part in key.split(".")]


@dataclass
class _Continued:
    """What a line leaves open for the next: a multi-line string, brackets of a value."""

    string: str | None = None  # '"""' or "'''" while inside a multi-line string
    depth: int = 0  # open [ and { of a value (arrays may span lines)

    def scan(self, line: str) -> None:
        """Follow strings, brackets and comments through one line of valid TOML."""
        i, end = 0, len(line)
        while i < end:
            if self.string is not None:
                close = line.find(self.string, i)
                if self.string == '"""':
                    # Skip escaped characters (\" is a quote inside the string).
                    escape = line.find("\\", i)
                    while escape != -1 and (close == -1 or escape < close):
                        i = escape + 2
                        close = line.find(self.string, i)
                        escape = line.find("\\", i)
                if close == -1:
                    return
                i = close + 3
                while i < end and line[i] == self.string[0]:  # up to two quotes end the text
                    i += 1
                self.string = None
                continue
            char = line[i]
            if char == "#":
                return
            if line.startswith(('"""', "'''"), i):
                self.string = line[i : i + 3]
                i += 3
            elif char in "\"'":
                i += 1
                while i < end and line[i] != char:
                    i += 2 if char == '"' and line[i] == "\\" else 1
                i += 1
            else:
                if char in "[{":
                    self.depth += 1
                elif char in "]}":
                    self.depth = max(0, self.depth - 1)
                i += 1


def index_lines(text: str) -> dict[tuple[LocPart, ...], int]:
    """Map key paths to the 1-based line where they are defined (tables, arrays of tables, keys).

    Lines inside a multi-line string or a multi-line array are values, never keys or headers.
    """
    lines: dict[tuple[LocPart, ...], int] = {}
    counters: dict[tuple[LocPart, ...], int] = {}
    table: tuple[LocPart, ...] = ()
    continued = _Continued()
    for number, raw in enumerate(text.splitlines(), start=1):
        inside_value = continued.string is not None or continued.depth > 0
        continued.scan(raw)
        stripped = raw.strip()
        if inside_value or not stripped or stripped.startswith("#"):
            continue
        header = _HEADER.match(raw)
        if header and not _KEY.match(raw):
            names = _split_key(header.group(2))
            # Resolve the parent path through any array-of-tables already seen.
            path: list[LocPart] = []
            for name in names[:-1]:
                path.append(name)
                if tuple(path) in counters:
                    path.append(counters[tuple(path)])
            path.append(names[-1])
            key = tuple(path)
            if header.group(1) == "[[":
                counters[key] = counters.get(key, -1) + 1
                key = (*key, counters[key])
            table = key
            lines.setdefault(key, number)
            continue
        match = _KEY.match(raw)
        if match:
            lines.setdefault((*table, *_split_key(match.group(1))), number)
    return lines


def read_toml(path: Path) -> SourceText:
    """Read and parse a TOML file; raises TomlSyntaxError or UnreadableFileError."""
    try:
        size = path.stat().st_size
        if size > MAX_LIST_FILE_BYTES:
            raise UnreadableFileError(
                path,
                f"te groot voor een lijstbestand ({size_text(size)}; hoogstens "
                f"{size_text(MAX_LIST_FILE_BYTES)})",
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise UnreadableFileError(path, exc.strerror or str(exc)) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise TomlSyntaxError(path, line, "het bestand is geen geldige UTF-8-tekst") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        where, message = explain_syntax_error(str(exc), text)
        raise TomlSyntaxError(path, where, message) from exc
    except RecursionError as exc:  # tomllib parses nested arrays recursively
        raise TomlSyntaxError(
            path, None, f"de waarden zijn te diep genest (meer dan {MAX_TOML_DEPTH} niveaus)"
        ) from exc
    except (ValueError, OverflowError) as exc:  # what else tomllib cannot handle
        raise TomlSyntaxError(path, None, f"kan niet gelezen worden ({exc})") from exc
    try:
        # tomllib admits neither lone surrogates nor NaN in text: depth and numbers remain.
        check_value(data, str(path), max_depth=MAX_TOML_DEPTH, texts=False)
    except JsonFileError as exc:
        raise TomlSyntaxError(path, None, str(exc).removeprefix(f"{path}: ")) from exc
    return SourceText(path=path, text=text, data=data)


# tomllib's messages (English, for programmers) as a coordinator needs them, in Dutch.
_SYNTAX_NL = (
    ("Expected newline or end of document", "na de waarde staat nog iets op deze regel"),
    ("Invalid value", "ongeldige waarde"),
    ("Cannot overwrite a value", "deze sleutel staat twee keer in dezelfde tabel"),
    ("Cannot declare", "deze tabel staat al eerder in het bestand"),
    ("Cannot redefine namespace", "deze tabel staat al eerder in het bestand"),
    ("Cannot mutate immutable namespace", "deze tabel staat al eerder in het bestand"),
    ("Unclosed array", "een lijst [ … ] wordt niet afgesloten met ]"),
    ("Unclosed inline table", "een tabel { … } wordt niet afgesloten met }"),
    ("Unterminated string", 'een tekst tussen aanhalingstekens (") wordt niet afgesloten'),
    ("Invalid statement", "deze regel is geen sleutel = waarde en geen [tabel]"),
    ("Expected '=' after a key", "na de sleutel ontbreekt ="),
    ("Invalid initial character for a key", "een sleutel bestaat uit letters, cijfers, - en _"),
    ("Expected ']]' at the end", "de tabelkop [[…]] wordt niet afgesloten met ]]"),
    ("Expected ']' at the end", "de tabelkop […] wordt niet afgesloten met ]"),
    ("Invalid date or datetime", "ongeldige datum: schrijf jjjj-mm-dd, bv. 2025-09-01"),
    ("Unescaped '\\' in a string", 'een \\ in tekst tussen "…": schrijf \\\\ of zet de tekst '
     "tussen enkele aanhalingstekens ('…')"),
    ("Illegal character", "ongeldig teken in de tekst"),
    ("Found invalid character", "ongeldig teken"),
    ("Duplicate inline table key", "deze sleutel staat twee keer in dezelfde tabel"),
    ("Invalid hex value", "ongeldige \\u-code in de tekst"),
    ("Escaped character is not a Unicode", "ongeldige \\u-code in de tekst"),
)  # fmt: skip
_DECIMAL_COMMA = re.compile(r"^\s*([A-Za-z0-9_.\-\"' ]+?)\s*=\s*(-?\d+),(\d+)\s*(#.*)?$")
_BARE_WORD = re.compile(r"^\s*([A-Za-z0-9_.\-\"' ]+?)\s*=\s*([^\s\"'\[{#0-9+\-][^#]*?)\s*(#.*)?$")


def explain_syntax_error(error: str, text: str) -> tuple[int | None, str]:
    """A TOML syntax error as (line, Dutch message with a hint), never parser English."""
    lines = text.splitlines()
    found = re.search(r"\(at line (\d+), column \d+\)", error)
    line: int | None = int(found.group(1)) if found else None
    raw = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", error)
    message = next((nl for en, nl in _SYNTAX_NL if raw.startswith(en)), "syntaxfout in TOML")
    if raw.startswith("Cannot overwrite a value") and line is None:
        line = _repeated_key(lines)
    current = lines[line - 1] if line is not None and 0 < line <= len(lines) else ""
    comma = _DECIMAL_COMMA.match(current)
    bare = _BARE_WORD.match(current)
    if comma:
        key, whole, part = comma.group(1).strip(), comma.group(2), comma.group(3)
        message = (
            f"een getal met een komma: schrijf een punt, {key} = {whole}.{part} "
            f"(niet {whole},{part})"
        )
    elif bare and raw.startswith("Invalid value"):
        key, value = bare.group(1).strip(), bare.group(2).strip()
        if value in ("True", "False", "waar", "onwaar", "ja", "nee"):
            message = (
                f"schrijf {key} = true of {key} = false (kleine letters, zonder aanhalingstekens)"
            )
        else:
            message = f'tekst staat tussen aanhalingstekens: schrijf {key} = "{value}"'
    return line, message


def _repeated_key(lines: Sequence[str]) -> int | None:
    """The line of the first key that repeats a key of the same table, or None."""
    seen: set[tuple[str, str]] = set()
    table = ""
    for number, raw in enumerate(lines, start=1):
        stripped = raw.strip()
        if stripped.startswith("["):
            table = f"{stripped}#{number}" if stripped.startswith("[[") else stripped
            continue
        match = _KEY.match(raw)
        if match and not stripped.startswith("#"):
            key = (table, match.group(1).strip())
            if key in seen:
                return number
            seen.add(key)
    return None
