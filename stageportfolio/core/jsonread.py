"""Reading JSON that someone else made (archives, sign-off files, mentor cards) without surprises.

``json.loads`` alone lets through what later breaks the app: nesting so deep that a walk over
it overflows the stack, integers too big for SQLite (or so long that Python refuses to convert
them), text with lone surrogates that cannot be written as UTF-8, ``NaN``. ``load_json``
refuses all of these with a message that names the file, the place and the reason, in Dutch.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from stageportfolio.core.limits import (
    MAX_JSON_DEPTH,
    MAX_JSON_INT_DIGITS,
    MAX_JSON_STRING,
    count_text,
    size_text,
)

_SURROGATE = re.compile(r"[\ud800-\udfff]")
_INT_LIMIT = 10**MAX_JSON_INT_DIGITS


class JsonFileError(ValueError):
    """JSON that cannot be used; the message (Dutch) names the file, the place and the reason;
    ``en`` is the same in English where it was worded."""

    def __init__(self, message: str, en: str | None = None) -> None:
        super().__init__(message)
        self.en = en


class JsonSyntaxError(JsonFileError):
    """Not JSON at all (or not UTF-8 text): the file is of another kind or damaged."""


class _TooLong:
    """An integer literal with too many digits, kept as text until its place is known."""

    def __init__(self, text: str) -> None:
        self.text = text


def _int(text: str) -> int | _TooLong:
    digits = text.lstrip("-")
    if len(digits) > MAX_JSON_INT_DIGITS:
        return _TooLong(text)
    return int(text)


def _float(text: str) -> float | _TooLong:
    value = float(text)
    if not math.isfinite(value):
        return _TooLong(text)
    return value


def _constant(text: str) -> _TooLong:
    return _TooLong(text)  # NaN, Infinity, -Infinity: not JSON numbers


def _place(path: list[str | int], whole: str = "(het geheel)") -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out or whole


def _place_en(path: list[str | int]) -> str:
    return _place(path, "(the whole)")


def _shown(text: str) -> str:
    return text if len(text) <= 30 else text[:27] + "…"


def check_value(
    value: Any, name: str, *, max_depth: int = MAX_JSON_DEPTH, texts: bool = True
) -> None:
    """Walk a loaded value (iteratively): depth, numbers out of range and (with ``texts``)
    long text or text with lone surrogates."""
    stack: list[tuple[Any, list[str | int]]] = [(value, [])]
    while stack:
        item, path = stack.pop()
        if len(path) > max_depth:
            raise JsonFileError(
                f"{name}: de gegevens zijn te diep genest bij {_place(path[:max_depth])} "
                f"(meer dan {max_depth} niveaus); dit is geen bestand van stageportfolio",
                f"{name}: the data are nested too deeply at {_place_en(path[:max_depth])} "
                f"(more than {max_depth} levels); this is not a stageportfolio file",
            )
        if isinstance(item, dict):
            for key, child in item.items():
                if texts:
                    _check_text(key, name, path)
                stack.append((child, [*path, key]))
        elif isinstance(item, list):
            stack.extend((child, [*path, i]) for i, child in enumerate(item))
        elif isinstance(item, str):
            if texts:
                _check_text(item, name, path)
        elif isinstance(item, int) and not isinstance(item, bool) and abs(item) >= _INT_LIMIT:
            raise JsonFileError(
                f"{name}: bij {_place(path)} staat een getal dat de app niet kan bewaren "
                f"({_shown(str(item))}): te groot",
                f"{name}: at {_place_en(path)} there is a number the app cannot keep "
                f"({_shown(str(item))}): too large",
            )
        elif isinstance(item, _TooLong):
            raise JsonFileError(
                f"{name}: bij {_place(path)} staat een getal dat de app niet kan bewaren "
                f"({_shown(item.text)}): te groot, of geen gewoon getal",
                f"{name}: at {_place_en(path)} there is a number the app cannot keep "
                f"({_shown(item.text)}): too large, or not an ordinary number",
            )


def _check_text(text: str, name: str, path: list[str | int]) -> None:
    if len(text) > MAX_JSON_STRING:
        raise JsonFileError(
            f"{name}: de tekst bij {_place(path)} is te lang ({count_text(len(text))} tekens; "
            f"hoogstens {count_text(MAX_JSON_STRING)})",
            f"{name}: the text at {_place_en(path)} is too long ({len(text):,} characters; "
            f"at most {MAX_JSON_STRING:,})",
        )
    if _SURROGATE.search(text):
        raise JsonFileError(
            f"{name}: de tekst bij {_place(path)} bevat een ongeldig teken (een losse "
            "UTF-16-helft, \\ud800 tot \\udfff); het bestand is beschadigd of gemaakt om de app "
            "te misleiden",
            f"{name}: the text at {_place_en(path)} holds an invalid character (a lone UTF-16 "
            "half, \\ud800 to \\udfff); the file is damaged or made to mislead the app",
        )


def load_json(
    data: bytes, name: str, *, max_bytes: int | None = None, max_depth: int = MAX_JSON_DEPTH
) -> Any:
    """Parse JSON bytes (UTF-8, optionally with a BOM); raise JsonFileError (Dutch) otherwise."""
    if max_bytes is not None and len(data) > max_bytes:
        raise JsonFileError(
            f"{name}: te groot ({size_text(len(data))}; hoogstens {size_text(max_bytes)})",
            f"{name}: too large ({size_text(len(data), 'en')}; at most "
            f"{size_text(max_bytes, 'en')})",
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise JsonSyntaxError(f"{name}: regel {line}: geen geldige UTF-8-tekst") from None
    try:
        value = json.loads(text, parse_int=_int, parse_float=_float, parse_constant=_constant)
    except RecursionError:
        raise JsonFileError(
            f"{name}: de gegevens zijn te diep genest (meer dan {max_depth} niveaus); dit is "
            "geen bestand van stageportfolio",
            f"{name}: the data are nested too deeply (more than {max_depth} levels); this is "
            "not a stageportfolio file",
        ) from None
    except json.JSONDecodeError as exc:
        raise JsonSyntaxError(
            f"{name} is geen geldige JSON (regel {exc.lineno}, kolom {exc.colno}: {exc.msg})"
        ) from None
    except ValueError as exc:  # e.g. a float literal Python cannot convert
        raise JsonSyntaxError(f"{name} is geen geldige JSON ({exc})") from None
    check_value(value, name, max_depth=max_depth)
    return value
