"""Writing the hour log as a CSV that opens cleanly in Excel on a Belgian Windows PC.

``;`` as separator, decimal comma, d/m/yyyy dates and UTF-8 with a BOM (so Excel reads the
accents right). The file reads back through :mod:`stageportfolio.core.hourscsv` unchanged.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from stageportfolio.core.contexts import ContextRegistry
from stageportfolio.core.hours import format_hours
from stageportfolio.core.hourscsv import guard_text

HEADER = ("datum", "context", "uren", "stageplaats", "mentor", "opmerking")


@dataclass(frozen=True)
class ExportRow:
    day: date
    context: str
    minutes: int
    placement: str = ""
    mentor: str = ""
    note: str = ""


def _exact_hours(minutes: int) -> str:
    """Decimal comma when exact (7,5), clock notation otherwise (7:20), so nothing is rounded."""
    if (minutes * 100) % 60 == 0:
        return format_hours(minutes)
    return f"{minutes // 60}:{minutes % 60:02d}"


def hours_csv(rows: Iterable[ExportRow], contexts: ContextRegistry) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    for row in rows:
        writer.writerow(
            [
                f"{row.day.day}/{row.day.month}/{row.day.year}",
                contexts.label(row.context),
                _exact_hours(row.minutes),
                guard_text(row.placement),
                guard_text(row.mentor),
                guard_text(row.note),
            ]
        )
    return buffer.getvalue().encode("utf-8-sig")
