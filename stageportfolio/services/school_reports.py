"""The overview out of the app: ``.xlsx`` (openpyxl), CSV for Excel on a Belgian PC (``;``,
decimal comma, UTF-8 with a BOM, text that looks like a formula kept as text, as
``export-hours`` does) and a class report PDF (PDF/A, like the portfolio).

All three have the same columns, from :func:`table`, so they always agree with each other and
with the overview in the window.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from stageportfolio.core import clock
from stageportfolio.core.contexts import ContextRegistry
from stageportfolio.core.hours import format_hours, hours_decimal
from stageportfolio.core.hourscsv import guard_text
from stageportfolio.core.schoolview import OverviewFilter, OverviewRow

Cell = str | int | Decimal | None


@dataclass(frozen=True)
class Column:
    title: str
    kind: str  # "text", "hours", "int", "date", "share", "yesno"


FIXED: tuple[Column, ...] = (
    Column("Naam", "text"),
    Column("Klas", "text"),
    Column("Studierichting", "text"),
    Column("Lijst", "text"),
    Column("Getelde uren", "hours"),
    Column("Vereiste uren", "hours"),
)
AFTER: tuple[Column, ...] = (
    Column("Open regels", "int"),
    Column("Blokkerende regels", "int"),
    Column("Eerste open regel", "text"),
    Column("Verwacht klaar op", "date"),
    Column("Achter op schema", "yesno"),
    Column("Gelogde uren", "hours"),
    Column("Bevestigde uren", "hours"),
    Column("Aandeel bevestigd", "share"),
    Column("Uren gewijzigd na aftekening", "hours"),
    Column("Uren met ongeldige handtekening", "hours"),
    Column("Uren met niet-bevestigde sleutel", "hours"),
    Column("Uren niet afgetekend", "hours"),
    Column("Activiteiten", "int"),
    Column("Activiteiten bevestigd", "int"),
    Column("Ongeldige handtekeningen", "int"),
    Column("Laatste export", "date"),
    Column("Stageplaatsen", "text"),
    Column("Mentoren", "text"),
)


def _local_date(moment: datetime) -> Any:
    return clock.local_day(moment)


def table(
    rows: Sequence[OverviewRow], contexts: ContextRegistry
) -> tuple[list[Column], list[list[Any]]]:
    """The columns and the values (hours as minutes, dates as dates) of the overview."""
    used = sorted(
        {ctx for row in rows for ctx in row.context_minutes}, key=lambda c: contexts.label(c)
    )
    columns = [*FIXED, *(Column(f"Uren {contexts.label(c)}", "hours") for c in used), *AFTER]
    values = []
    for row in rows:
        trust = row.trust
        values.append(
            [
                row.name,
                row.class_name,
                row.programme,
                row.list_label,
                row.counted_minutes,
                row.required_minutes,
                *(row.context_minutes.get(c, 0) for c in used),
                row.unmet_rules,
                row.blocking_rules,
                row.first_unmet,
                row.forecast,
                row.behind,
                trust.logged_minutes,
                trust.confirmed_minutes,
                trust.confirmed_share,
                trust.changed_minutes,
                trust.invalid_minutes,
                trust.untrusted_minutes,
                trust.unsigned_minutes,
                trust.activities,
                trust.activities_confirmed,
                trust.invalid_signatures,
                _local_date(row.exported_at),
                row.placements,
                row.mentors,
            ]
        )
    return columns, values


def _csv_cell(column: Column, value: Any) -> str:
    if value is None:
        return ""
    if column.kind == "hours":
        return format_hours(int(value))
    if column.kind == "date":
        return f"{value.day}/{value.month}/{value.year}"
    if column.kind == "yesno":
        return "ja" if value else "nee"
    if column.kind == "share":
        return f"{round(value * 100)} %"
    if column.kind == "int":
        return str(value)
    return guard_text(str(value))


def overview_csv(rows: Sequence[OverviewRow], contexts: ContextRegistry) -> bytes:
    columns, values = table(rows, contexts)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([c.title for c in columns])
    for row in values:
        writer.writerow([_csv_cell(c, v) for c, v in zip(columns, row, strict=True)])
    return buffer.getvalue().encode("utf-8-sig")


def overview_xlsx(
    rows: Sequence[OverviewRow], contexts: ContextRegistry, *, title: str = "Overzicht"
) -> bytes:
    """One sheet: a header row, one row per student; hours as numbers (two decimals), dates as
    dates, text never read as a formula."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    columns, values = table(rows, contexts)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title[:31]
    sheet.append([c.title for c in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in values:
        out: list[Any] = []
        for column, value in zip(columns, row, strict=True):
            if value is None:
                out.append(None)
            elif column.kind == "hours":
                out.append(float(hours_decimal(int(value))))
            elif column.kind == "yesno":
                out.append("ja" if value else "nee")
            elif column.kind == "share":
                out.append(round(float(value), 4))
            else:
                out.append(value)
        sheet.append(out)
        for cell, column in zip(sheet[sheet.max_row], columns, strict=True):
            if column.kind == "hours":
                cell.number_format = "0.00"
            elif column.kind == "share":
                cell.number_format = "0%"
            elif column.kind == "date" and cell.value is not None:
                cell.number_format = "d/m/yyyy"
            elif column.kind == "text" and isinstance(cell.value, str):
                cell.data_type = "s"  # "=…" stays text, never a formula
    for index, column in enumerate(columns, start=1):
        width = max([len(column.title)] + [len(str(r[index - 1] or "")) for r in values[:200]])
        sheet.column_dimensions[get_column_letter(index)].width = min(max(width + 2, 8), 60)
    sheet.freeze_panes = "B2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def filter_text(filters: OverviewFilter) -> str:
    parts = []
    if filters.class_name:
        parts.append(f"klas {filters.class_name}")
    if filters.programme:
        parts.append(f"studierichting {filters.programme}")
    if filters.placement:
        parts.append(f"stageplaats '{filters.placement}'")
    if filters.mentor:
        parts.append(f"mentor '{filters.mentor}'")
    if filters.behind:
        parts.append("achter op schema")
    if filters.invalid_signature:
        parts.append("ongeldige handtekening")
    if filters.search:
        parts.append(f"naam '{filters.search}'")
    return ", ".join(parts)


def class_report_pdf(
    rows: Sequence[OverviewRow],
    contexts: ContextRegistry,
    *,
    school_name: str,
    filters: OverviewFilter | None = None,
    created: datetime | None = None,
) -> bytes:
    """The class report: a PDF/A-2b with one line per student and what is still open."""
    from stageportfolio.report.pdfa import make_archival
    from stageportfolio.report.school_report import ReportLine, render_class_report

    created = created or clock.now()
    lines = [
        ReportLine(
            name=row.name,
            class_name=row.class_name,
            programme=row.programme,
            list_label=row.list_label,
            counted=format_hours(row.counted_minutes),
            required=format_hours(row.required_minutes) if row.required_minutes is not None else "",
            contexts=", ".join(
                f"{contexts.label(c)} {format_hours(m)}"
                for c, m in sorted(row.context_minutes.items())
            ),
            confirmed=(
                f"{round(row.trust.confirmed_share * 100)} %"
                if row.trust.confirmed_share is not None
                else ""
            ),
            unmet=row.unmet_rules,
            first_unmet=row.first_unmet,
            forecast=(
                f"{row.forecast.day}/{row.forecast.month}/{row.forecast.year}"
                if row.forecast
                else ""
            ),
            behind=row.behind,
            invalid=row.trust.invalid_signatures,
            changed=row.trust.changed_minutes + row.trust.activities_changed,
            exported=f"{_local_date(row.exported_at):%d/%m/%Y}",
        )
        for row in rows
    ]
    title = "Klasrapport stage"
    subtitle = filter_text(filters or OverviewFilter())
    rendered = render_class_report(
        lines,
        title=title,
        school=school_name,
        subtitle=subtitle,
        day=clock.local_day(created),
    )
    return make_archival(
        rendered,
        title=f"{title} – {school_name}",
        author=school_name,
        subject="Klasrapport stage",
        lang="nl-BE",
        created=created,
    )
