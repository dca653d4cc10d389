"""A school's stage list as the files it keeps it in, written the way the tools write them.

- ``school_workbook``: an Excel workbook made with openpyxl: a title row and a blank row above
  the header, the competence written once above its activities (the cells below it merged),
  chapter headings in the Cluster column, official activities by their id or by their text, the
  school's own activities, per-year targets, and the activities on the second sheet.
- ``school_csv``: the same rows as Excel's "CSV (gescheiden door lijstscheidingsteken)" writes
  them on a Belgian PC: Windows-1252, ``;``, CRLF, a cell quoted when it holds ``;``, ``"`` or a
  line break (or Excel's "CSV UTF-8": a BOM, the same separators).
- ``moodle_csv``: Moodle's competency framework export (tool_lpimportcsv): its 14 columns, one
  framework row, PHP ``fputcsv`` quoting (a cell holding a comma, quote, backslash, space, tab
  or line break is quoted, a quote doubled), ``\\n`` line ends, UTF-8 without BOM, HTML
  descriptions, short names cut at 100 characters.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import openpyxl

from stageportfolio.core.catalog import Catalog

# BK-0243-2 Zorgkundige, competence 2 "Handelt volgens de professionele gedragscode".
C1, C2, C3 = "bkc0023617", "bkc0023618", "bkc0023619"
C2_CODE = "bkc0023618-006763"  # "Handelt volgens de professionele (gedrags-)code (…)"
C2_SAFE = "bkc0023618-e0bbfc"  # "Creëert een veilige omgeving voor de cliënt"
OWN_TEXTS = (
    "Stelt zich voor aan de bewoner en aan zijn familie",
    "Respecteert de huisregels van de afdeling en meldt afwijkingen",
)
HEADER = ["BK", "Competentie", "Activiteit-id", "Activiteit", "Cluster", "Jaar", "Niveau"]


def official_text(catalog: Catalog, activity_id: str) -> str:
    for bk in catalog.bks.values():
        for comp in bk.competences:
            for act in comp.activities:
                if act.id == activity_id:
                    return act.text
    raise KeyError(activity_id)


def school_rows(catalog: Catalog) -> list[list[Any]]:
    """The rows under the header: 5 activities (2 official by id or text, 3 of the school)."""
    return [
        ["BK-0243-2", "2. Handelt volgens de professionele gedragscode", None, None,
         "Beroepshouding", None, None],
        [None, None, C2_CODE, None, None, 1, 2],
        [None, None, None, official_text(catalog, C2_SAFE), None, 2, "zelfstandig uitgevoerd"],
        [None, None, None, OWN_TEXTS[0], None, 1, 2],
        [None, C1, None, None, "Wettelijk kader", None, None],
        [None, None, None, OWN_TEXTS[1], None, 1, 3],
        [None, None, None, 'Past de procedure "valpreventie" toe; noteert in het dossier', None,
         2, 3],
    ]  # fmt: skip


def school_workbook(path: Path, catalog: Catalog, rows: list[list[Any]] | None = None) -> Path:
    book = openpyxl.Workbook()
    info = book.active
    info.title = "Uitleg"
    info.append(["Stagelijst Gezondheidszorg, Sint-Jozefsinstituut, 2025-2026"])
    sheet = book.create_sheet("Activiteiten")
    sheet.append(["Stagelijst Sint-Jozef – 3de graad Gezondheidszorg"])
    sheet.append([])
    sheet.append(HEADER)
    for row in school_rows(catalog) if rows is None else rows:
        sheet.append(row)
    if rows is None:
        sheet.merge_cells("B4:B7")  # the competence once, beside its activities
    book.save(path)
    return path


def school_csv(
    path: Path,
    catalog: Catalog,
    rows: list[list[Any]] | None = None,
    *,
    encoding: str = "cp1252",
) -> Path:
    """As Excel saves a sheet: ``cp1252`` for "CSV (gescheiden door lijstscheidingsteken)",
    ``utf-8-sig`` for "CSV UTF-8"."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Stagelijst Sint-Jozef – 3de graad Gezondheidszorg"])
    writer.writerow([])
    writer.writerow(HEADER)
    for row in school_rows(catalog) if rows is None else rows:
        writer.writerow(["" if cell is None else cell for cell in row])
    path.write_bytes(out.getvalue().encode(encoding))
    return path


# --- Moodle ---------------------------------------------------------------------------------

MOODLE_HEADER = [
    "Parent ID number", "ID number", "Short name", "Description", "Description format",
    "Scale values", "Scale configuration", "Rule type (optional)", "Rule outcome (optional)",
    "Rule config (optional)", "Cross-referenced competency ID numbers", "Exported ID (optional)",
    "Is framework", "Taxonomy",
]  # fmt: skip


def fputcsv(row: list[Any]) -> str:
    """One line as PHP's fputcsv writes it (delimiter ",", enclosure '"', escape "\\")."""
    cells = []
    for value in row:
        text = "1" if value is True else "" if value is False or value is None else str(value)
        if any(ch in text for ch in ',"\\\n\r\t '):
            text = '"' + text.replace('"', '""') + '"'
        cells.append(text)
    return ",".join(cells) + "\n"


def shorten(text: str, limit: int = 100) -> str:
    """Moodle's shorten_text(text, 100) as its importer stores a long short name."""
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


def competency(
    parent: str, idnumber: str, name: str, description: str, export_id: int, **extra: Any
) -> list[Any]:
    return [
        parent,
        idnumber,
        shorten(name),
        description,
        1,
        "",
        "",
        extra.get("rule_type", ""),
        extra.get("rule_outcome", 0),
        extra.get("rule_config", "null"),
        extra.get("related", ""),
        export_id,
        False,
        "",
    ]


def moodle_rows(catalog: Catalog) -> list[list[Any]]:
    code = official_text(catalog, C2_CODE)  # longer than 100 characters: cut in the short name
    scale_config = json.dumps(
        [{"scaleid": "2"}, {"id": 1, "scaledefault": 1, "proficient": 0},
         {"id": 2, "scaledefault": 0, "proficient": 1}]
    )  # fmt: skip
    return [
        ["", "SJ-GZ", "Stagelijst Gezondheidszorg (Sint-Jozef)",
         "<p dir=\"ltr\">De stagelijst van onze school,\nper competentie van de BK.</p>", 1,
         "Niet verworven,Verworven", scale_config, "", "", "", "", "", True,
         "domain,competency,behaviour"],
        competency("", "SJ-BH", "Beroepshouding", "<p>Hoe een zorgkundige zich gedraagt</p>", 11),
        competency("SJ-BH", C2, "Handelt volgens de professionele gedragscode", "", 12,
                   rule_type="core_competency\\competency_rule_all", rule_outcome=1,
                   related="SJ-KW-1"),
        competency(C2, C2_CODE, code, f"<p>{code}<br></p>", 13),
        competency(C2, "SJ-BH-1", OWN_TEXTS[0],
                   f"<p>{OWN_TEXTS[0]}</p>\n<p>Bij de eerste kennismaking.</p>", 14),
        competency("", "SJ-KW", "Kwaliteit", "", 15),
        competency("SJ-KW", "SJ-C3", "Waarborgt de zorg aan de hand van de kwaliteitsnormen",
                   "", 16),
        competency("SJ-C3", "SJ-KW-1", OWN_TEXTS[1], "", 17, related="SJ-BH-1"),
    ]  # fmt: skip


def moodle_csv(path: Path, catalog: Catalog, rows: list[list[Any]] | None = None) -> Path:
    lines = [fputcsv(MOODLE_HEADER)]
    lines += [fputcsv(row) for row in (moodle_rows(catalog) if rows is None else rows)]
    path.write_bytes("".join(lines).encode("utf-8"))
    return path
