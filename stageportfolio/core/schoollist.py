"""A school's activity list from where the school keeps it: a spreadsheet (``.xlsx`` or CSV) or a
Moodle competency framework export, made into a variant of an official list.

The result is one list file (TOML): ``based_on`` the official list, so every rule of that list
keeps applying, with the school's activities in ``[[activities]]`` (official activities by
their official id, the school's own with a stable id of their own) and its chapters in
``[[clusters]]``. See docs/activity-lists.md, "A school's list from a spreadsheet".

Everything wrong in the file is reported at once, each problem with its row and column, in
Dutch, identical problems grouped; nothing is made from a file with a problem.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stageportfolio.core.activitylist import BKFile, Competence
from stageportfolio.core.catalog import ActivityList, Base, ListFileError, resolve_list, same_text
from stageportfolio.core.contexts import ContextRegistry, normalise
from stageportfolio.core.gate import Problem, english
from stageportfolio.core.limits import MAX_PROBLEMS_SHOWN
from stageportfolio.core.moodlecsv import COLUMNS as MOODLE_COLUMNS
from stageportfolio.core.moodlecsv import Node, is_moodle_header, read_framework
from stageportfolio.core.problems import ProblemLog
from stageportfolio.core.sheetread import Row, Table

# Column -> the header names it is known by (compared folded: case, accents, punctuation).
COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "bk": ("BK", "BK-code", "beroepskwalificatie"),
    "competence": (
        "Competentie",
        "competentie-id",
        "competentienummer",
        "nr competentie",
        "competence",
        "competence id",
    ),
    "id": ("Activiteit-id", "id", "id activiteit", "activity id"),
    "text": ("Activiteit", "activiteiten", "omschrijving", "tekst", "vaardigheid", "activity"),
    "cluster": ("Cluster", "rubriek", "thema", "hoofdstuk", "domein"),
    "year": ("Jaar", "leerjaar", "year"),
    "level": ("Niveau", "doelniveau", "level"),
}
REQUIRED = ("competence", "text")
_KEYS = {normalise(name): column for column, names in COLUMN_NAMES.items() for name in names}
_HEADER_SEARCH_ROWS = 10
_PREFERRED_SHEETS = ("activiteiten", "activities", "stagelijst")
_BKC = re.compile(r"\bbkc\d+\b", re.I)
_BK_CODE = re.compile(r"\bBK-\d{4}-\d+\b", re.I)
_NUMBER = re.compile(r"^\s*(?:c|comp|competentie)?\s*\.?\s*(\d{1,3})(?:\s*[.):]|\s|$)", re.I)
_WHOLE = re.compile(r"^\s*(\d{1,2})(?!\d)")
_DELEGATED = "Gedelegeerde verpleegkundige handeling"  # the type of the KB acts in BK-0243-2
_SHOWN = 6  # competences named in a note before "en nog …"
_BK_BLAME = ("BK ", "geen BK-code:")  # messages about the BK column, not the competence


def name(column: str) -> str:
    """The documented header name of a column."""
    return COLUMN_NAMES[column][0]


def activity_id(competence_id: str, text: str, length: int = 6) -> str:
    """The stable id of an activity (docs: Versions and ids): the competence id and the first
    hexadecimal digits of the SHA-256 of the text (runs of whitespace collapsed, case folded)."""
    key = " ".join(text.split()).casefold().encode("utf-8")
    return f"{competence_id}-{hashlib.sha256(key).hexdigest()[:length]}"


class ListImportError(ValueError):
    """The file cannot be made into a list; ``lines`` say every problem (grouped, capped).
    ``heading_en`` is the heading in English where it was worded (the app shows it then)."""

    def __init__(
        self,
        heading: str,
        lines: Sequence[str],
        total: int,
        heading_en: str | None = None,
        lines_en: Sequence[str] | None = None,
    ) -> None:
        super().__init__("\n".join([heading, *lines]))
        self.heading = heading
        self.lines = list(lines)
        self.total = total
        self.heading_en = heading_en
        self.lines_en = list(lines_en) if lines_en is not None else None

    def lines_in(self, lang: str = "nl") -> list[str]:
        """The problems in ``lang``; Dutch where they were not worded in English."""
        return self.lines_en if lang.startswith("en") and self.lines_en is not None else self.lines

    def heading_in(self, lang: str = "nl") -> str:
        """The heading in ``lang``; Dutch where there is no English form."""
        return self.heading_en if lang.startswith("en") and self.heading_en else self.heading


@dataclass(frozen=True)
class Entry:
    """One activity as the file gives it, with its competence resolved."""

    row: int
    competence: str
    given_id: str | None
    text: str
    cluster: str | None = None
    year: int | None = None
    level: int | None = None


@dataclass(frozen=True)
class ImportOptions:
    list_id: str
    title: str | None = None
    title_en: str | None = None
    version: int = 1
    source: str | None = None
    school_year: str | None = None


@dataclass
class ImportedList:
    """What the file makes: the variant's TOML text, the list it resolves to, and notes for the
    coordinator (what is kept, what is new, what is left out)."""

    toml: str
    alist: ActivityList
    kind: str  # "spreadsheet" or "moodle"
    sheet: str | None
    official: int  # official activities taken over (by id or by the same text)
    own: int  # the school's own activities
    notes: list[str] = field(default_factory=list)


# --- what the base list offers ----------------------------------------------------------


class _Offer:
    """The competences a file may name, for a base list: every competence of its BKs (for a BK
    the base takes in part, the file's choice replaces the base's)."""

    def __init__(self, base: ActivityList) -> None:
        self.base = base
        self.bks = {bk.code: bk for bk in base.bks}
        self.partial = {link.code for link in base.spec.bks if link.scope == "gedeeltelijk"}
        taken = set(base.competence_ids())
        self.competences: dict[str, tuple[BKFile, Competence]] = {}
        for bk in base.bks:
            for comp in bk.competences:
                if comp.id in taken or bk.code in self.partial:
                    self.competences[comp.id] = (bk, comp)
        titles: dict[str, list[str]] = {}
        for comp_id, (_, comp) in self.competences.items():
            titles.setdefault(normalise(comp.title), []).append(comp_id)
        self.titles = titles
        self.official: dict[str, str] = {}  # activity id -> competence id
        for bk in base.bks:
            for comp in bk.competences:
                self.official.update({act.id: comp.id for act in comp.activities})
        self.levels = {level.value: level for level in base.levels}
        self.level_names = {normalise(level.label): level.value for level in base.levels}
        self.level_names |= {normalise(level.label_en): level.value for level in base.levels}

    def titled(self, text: str) -> tuple[str | None, str | None]:
        """The competence whose title ``text`` is; why not when two competences have it."""
        found = self.titles.get(normalise(text), [])
        if len(found) > 1:
            return None, (
                f"de titel {text!r} is die van meer dan één competentie "
                f"({', '.join(f'{c} {self.label(c)}' for c in found)}): schrijf de id van de "
                "competentie"
            )
        return (found[0], None) if found else (None, None)

    def label(self, comp_id: str) -> str:
        bk, comp = self.competences[comp_id]
        return f"C{comp.nr} {bk.title}"

    def bk_of(self, text: str) -> tuple[BKFile | None, str | None]:
        """The BK a cell names (a code), or why not."""
        found = _BK_CODE.search(text)
        if found is None:
            example = next(iter(self.bks))
            return None, Problem(
                f"geen BK-code: {text!r}; schrijf bv. {example!r}",
                f"no BK code: {text!r}; write e.g. {example!r}",
            )
        code = found.group().upper()
        if code not in self.bks:
            return None, Problem(
                f"BK {code} zit niet in de basislijst {self.base.id} "
                f"({', '.join(self.bks)}): kies een andere basislijst",
                f"BK {code} is not in the base list {self.base.id} "
                f"({', '.join(self.bks)}): choose another base list",
            )
        return self.bks[code], None

    def competence(self, text: str, bk_text: str) -> tuple[str | None, str | None]:
        """The competence a cell names: its id, its number (with the BK), or its title."""
        found = _BKC.search(text)
        if found is not None:
            comp_id = found.group().lower()
            if comp_id in self.competences:
                owner = self.competences[comp_id][0]
                named = _BK_CODE.search(bk_text)
                if named is not None and named.group().upper() != owner.code:
                    return None, Problem(
                        f"{comp_id} is een competentie van {owner.code} {owner.title}, niet van "
                        f"{named.group().upper()}",
                        f"{comp_id} is a competence of {owner.code} {owner.title}, not of "
                        f"{named.group().upper()}",
                    )
                return comp_id, None
            return None, Problem(
                f"{comp_id} is geen competentie van de BK's van {self.base.id} "
                f"({', '.join(self.bks)})",
                f"{comp_id} is not a competence of the BKs of {self.base.id} "
                f"({', '.join(self.bks)})",
            )
        number = _NUMBER.match(text)
        if number is not None:
            if bk_text:
                bk, why = self.bk_of(bk_text)
                if bk is None:
                    return None, why
            elif len(self.bks) == 1:
                bk = next(iter(self.bks.values()))
            else:
                return None, Problem(
                    f"competentie {number.group(1)} van welke BK? Vul de kolom {name('bk')} in "
                    f"(de basislijst heeft {' en '.join(self.bks)}), of schrijf de id van de "
                    "competentie (bv. bkc0023617)",
                    f"competence {number.group(1)} of which BK? Fill in the column {name('bk')} "
                    f"(the base list has {' and '.join(self.bks)}), or write the competence's id "
                    "(e.g. bkc0023617)",
                )
            nr = int(number.group(1))
            for comp in bk.competences:
                if comp.nr == nr and comp.id in self.competences:
                    return comp.id, None
            return None, Problem(
                f"{bk.code} {bk.title} heeft geen competentie {nr} in deze lijst",
                f"{bk.code} {bk.title} has no competence {nr} in this list",
            )
        titled, why = self.titled(text)
        if titled is not None or why is not None:
            return titled, why
        return None, Problem(
            f"competentie {text!r} niet herkend: schrijf haar id (bv. bkc0023617), haar nummer "
            f"(met de BK in de kolom {name('bk')}) of haar titel zoals de BK ze schrijft",
            f"competence {text!r} not recognised: write its id (e.g. bkc0023617), its number "
            f"(with the BK in the column {name('bk')}) or its title as the BK writes it",
        )

    def level(self, text: str) -> tuple[int | None, str | None]:
        value = self.level_names.get(normalise(text))
        if value is None:
            number = _WHOLE.match(text)
            value = int(number.group(1)) if number else None
        if value is None or value not in self.levels:
            scale = ", ".join(f"{v} {level.label}" for v, level in self.levels.items())
            return None, Problem(
                f"niveau {text!r} staat niet in de schaal van de lijst ({scale})",
                f"level {text!r} is not in the list's scale ({scale})",
            )
        return value, None


def _year(text: str) -> tuple[int | None, str | None]:
    number = _WHOLE.match(text)
    if number is None or int(number.group(1)) < 1:
        return None, Problem(
            f"jaar {text!r}: schrijf het jaar van de opleiding als getal (1, 2, …)",
            f"year {text!r}: write the year of the programme as a number (1, 2, …)",
        )
    return int(number.group(1)), None


# --- reading the file -------------------------------------------------------------------


@dataclass
class _Reading:
    table: Table
    found: list[tuple[int | None, str | None, str]] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    framework_name: str | None = None
    notes: list[str] = field(default_factory=list)

    def problem(self, row: int | None, column: str | None, message: str) -> None:
        """``message`` is Dutch; a :class:`~stageportfolio.core.gate.Problem` carries its
        English form too."""
        self.found.append((row, column, message))

    def lines_en(self) -> list[str]:
        """The problems in English, in the order of the file, at most ``MAX_PROBLEMS_SHOWN``
        (a problem without an English form keeps its Dutch text)."""
        word = "line" if self.table.kind == "csv" else "row"
        ordered = sorted(self.found, key=lambda p: p[0] or 0)
        lines = []
        for row, column, message in ordered[:MAX_PROBLEMS_SHOWN]:
            where = [f"{word} {row}"] if row is not None else []
            where += [f"column {column}"] if column else []
            text = english(message)
            lines.append(f"{', '.join(where)}: {text}" if where else text)
        if len(ordered) > MAX_PROBLEMS_SHOWN:
            lines.append(f"… and {len(ordered) - MAX_PROBLEMS_SHOWN} more")
        return lines

    def log(self) -> ProblemLog:
        """The problems in the order of the file, identical ones grouped."""
        log = ProblemLog()
        for row, column, message in sorted(self.found, key=lambda p: p[0] or 0):
            log.add(row, column, message)
        return log


def _header(table: Table) -> tuple[int, dict[str, int]] | None:
    """The header row (an index into the rows) and the position of each known column."""
    for index, row in enumerate(table.rows[:_HEADER_SEARCH_ROWS]):
        columns: dict[str, int] = {}
        for position, cell in enumerate(row.cells):
            column = _KEYS.get(normalise(re.sub(r"\(.*?\)", " ", cell)))
            if column is not None:
                columns.setdefault(column, position)
        if all(column in columns for column in REQUIRED):
            return index, columns
    return None


def _moodle_header(table: Table) -> int | None:
    for index, row in enumerate(table.rows[:_HEADER_SEARCH_ROWS]):
        if is_moodle_header(row.cells):
            return index
    return None


def _choose_sheet(
    tables: Sequence[Table], moodle: bool
) -> tuple[Table, int, dict[str, int] | None]:
    """The table to read and its header: a Moodle export, or the sheet named Activiteiten, or
    the first sheet with the columns."""
    ordered = sorted(
        tables, key=lambda t: normalise(t.sheet or "") not in _PREFERRED_SHEETS
    )  # stable: the preferred sheet first, then the workbook's order
    for table in ordered:
        index = _moodle_header(table)
        if index is not None or (moodle and table.rows):
            return table, index or 0, None
        found = _header(table)
        if found is not None:
            return table, found[0], found[1]
    first = tables[0] if tables else None
    seen = [cell for cell in (first.rows[0].cells if first and first.rows else ()) if cell]
    where = f"blad {first.sheet!r}" if first and first.sheet else "het bestand"
    raise ListImportError(
        f"In {where} staat geen kopregel met de kolommen {name('competence')} en {name('text')}.",
        [
            "Verwacht: een kopregel met "
            + ", ".join(name(c) for c in COLUMN_NAMES)
            + f" (verplicht: {name('competence')} en {name('text')}), of de 14 kolommen van "
            "een Moodle-export van een competentiekader.",
            "Gevonden: " + (", ".join(repr(cell) for cell in seen[:14]) or "geen kolommen") + ".",
        ],
        1,
    )


def _read_spreadsheet(reading: _Reading, offer: _Offer, index: int, cols: dict[str, int]) -> None:
    table = reading.table
    header = table.rows[index]
    names = {column: header.cells[position] for column, position in cols.items()}
    current = {"bk": "", "competence": "", "cluster": ""}
    for row in table.rows[index + 1 :]:

        def get(column: str, row: Row = row) -> str:
            position = cols.get(column)
            return row.cells[position] if position is not None and position < len(row.cells) else ""

        # A cell left empty under a filled one (or under merged cells) means "the same":
        # competences, BKs and clusters are often written once above their activities.
        for column in current:
            if get(column):
                current[column] = get(column)
        text, given = get("text"), get("id")
        if not text and not given:
            continue  # a heading row: a competence or cluster for the rows below
        comp_text = current["competence"]
        comp_id = None
        if not comp_text:
            missing = Problem("ontbreekt: bij welke competentie?", "missing: which competence?")
            reading.problem(row.number, names["competence"], missing)
        else:
            comp_id, why = offer.competence(comp_text, current["bk"])
            if why:
                about_bk = why.startswith(_BK_BLAME) and "bk" in names
                reading.problem(row.number, names["bk" if about_bk else "competence"], why)
        year = level = None
        if get("year"):
            year, why = _year(get("year"))
            if why:
                reading.problem(row.number, names["year"], why)
        if get("level"):
            level, why = offer.level(get("level"))
            if why:
                reading.problem(row.number, names["level"], why)
        if comp_id is not None:
            reading.entries.append(
                Entry(
                    row.number,
                    comp_id,
                    given or None,
                    text,
                    current["cluster"] or None,
                    year,
                    level,
                )
            )


def _read_moodle(reading: _Reading, offer: _Offer, index: int) -> None:
    framework = read_framework(reading.table, index)
    for line, column, message in framework.problems:
        reading.problem(line, column, message)
    reading.framework_name = framework.name
    if framework.scale:
        reading.notes.append(
            f"De schaal van het Moodle-kader ({framework.scale}) wordt niet overgenomen: de "
            f"lijst houdt de aftekenniveaus van {offer.base.id}."
        )
    id_column = MOODLE_COLUMNS[1]

    def walk(node: Node, comp_id: str | None, cluster: str | None) -> None:
        own = node.idnumber.strip()
        if comp_id is None:
            found = None
            if _BKC.search(own):
                found, why = offer.competence(own, "")
                if why:
                    reading.problem(node.row, id_column, why)
                    return
            if found is None:
                found, why = offer.titled(node.text)
                if why is not None:
                    reading.problem(node.row, MOODLE_COLUMNS[2], why)
                    return
            if found is not None:
                if found in seen:
                    reading.problem(
                        node.row,
                        id_column,
                        Problem(
                            f"competentie {found} ({offer.label(found)}) staat al eerder in het "
                            f"kader (regel {seen[found]})",
                            f"competence {found} ({offer.label(found)}) is already earlier in "
                            f"the framework (line {seen[found]})",
                        ),
                    )
                    return
                seen[found] = node.row
                for child in node.children:
                    walk(child, found, cluster)
                return
            if not node.children:
                if own in offer.official:
                    reading.entries.append(
                        Entry(node.row, offer.official[own], own, node.text, cluster)
                    )
                    return
                reading.problem(
                    node.row,
                    id_column,
                    Problem(
                        f"{node.text!r} ({own}) hangt onder geen competentie van de lijst: geef "
                        "de competentie erboven als ID number de id van een BK-competentie (bv. "
                        "bkc0023617), of haar titel zoals de BK ze schrijft",
                        f"{node.text!r} ({own}) is under no competence of the list: give the "
                        "competence above it the id of a BK competence as its ID number (e.g. "
                        "bkc0023617), or its title as the BK writes it",
                    ),
                )
                return
            # A grouping above competences: a chapter (cluster) of the school's list, unless it
            # only names a BK.
            chapter = cluster if _BK_CODE.search(own + " " + node.name) else node.text
            for child in node.children:
                walk(child, None, chapter)
            return
        if node.children:  # a grouping inside a competence: its leaves are the activities
            for child in node.children:
                walk(child, comp_id, node.text)
            return
        given = own if own in offer.official or own.startswith(f"{comp_id}-") else None
        reading.entries.append(Entry(node.row, comp_id, given, node.text, cluster))

    seen: dict[str, int] = {}
    for root in framework.roots:
        walk(root, None, None)


# --- making the list --------------------------------------------------------------------


def _slug(title: str, taken: set[str]) -> str:
    base = normalise(title).replace(" ", "-")[:40].strip("-") or "cluster"
    slug, counter = base, 2
    while slug in taken:
        slug, counter = f"{base}-{counter}", counter + 1
    taken.add(slug)
    return slug


def _resolve_activities(reading: _Reading, offer: _Offer, id_column: str, text_column: str) -> None:
    """Official ids for the official activities, stable new ids for the school's own; every
    problem with an id or a duplicate row goes to the log."""
    texts: dict[str, dict[str, str]] = {}  # competence -> folded text -> official id
    for comp_id, (_, comp) in offer.competences.items():
        texts[comp_id] = {" ".join(a.text.split()).casefold(): a.id for a in comp.activities}
    official_text = {
        act.id: act.text for _, comp in offer.competences.values() for act in comp.activities
    }
    used: dict[str, int] = {}  # id -> row
    resolved: list[Entry] = []
    for entry in reading.entries:
        ident = entry.given_id
        if ident is not None:
            owner = offer.official.get(ident)
            if owner is not None and owner != entry.competence:
                reading.problem(
                    entry.row,
                    id_column,
                    Problem(
                        f"{ident} is een activiteit van {owner}, niet van {entry.competence} "
                        f"({offer.label(entry.competence)})",
                        f"{ident} is an activity of {owner}, not of {entry.competence} "
                        f"({offer.label(entry.competence)})",
                    ),
                )
                continue
            if owner is not None and entry.text and not same_text(entry.text, official_text[ident]):
                reading.problem(
                    entry.row,
                    text_column,
                    Problem(
                        f"de tekst verschilt van de officiële activiteit {ident} "
                        f"({official_text[ident]!r}): laat de id weg om er een eigen activiteit "
                        "van te maken, of neem de officiële tekst over",
                        f"the text differs from the official activity {ident} "
                        f"({official_text[ident]!r}): leave the id out to make it an activity of "
                        "the school's own, or take over the official text",
                    ),
                )
                continue
            if owner is None and not ident.startswith(f"{entry.competence}-"):
                reading.problem(
                    entry.row,
                    id_column,
                    Problem(
                        f"{ident!r} is geen officiële activiteit van {entry.competence}; een "
                        f"eigen id begint met de id van de competentie (bv. "
                        f"{entry.competence}-sj01). Laat de kolom leeg: dan krijgt de activiteit "
                        "een vaste id van de app",
                        f"{ident!r} is not an official activity of {entry.competence}; an id of "
                        f"the school's own starts with the competence's id (e.g. "
                        f"{entry.competence}-sj01). Leave the column empty: then the app gives "
                        "the activity a fixed id",
                    ),
                )
                continue
            if owner is None and not entry.text:
                missing = Problem(
                    "ontbreekt: wat is de activiteit?", "missing: what is the activity?"
                )
                reading.problem(entry.row, text_column, missing)
                continue
        else:
            ident = texts[entry.competence].get(" ".join(entry.text.split()).casefold())
            if ident is None:
                length = 6
                ident = activity_id(entry.competence, entry.text, length)
                while ident in offer.official or (
                    ident in used and resolved[used[ident]].text != entry.text
                ):
                    length += 2
                    ident = activity_id(entry.competence, entry.text, length)
        if ident in used:
            earlier = resolved[used[ident]]
            reading.problem(
                entry.row,
                text_column,
                Problem(
                    f"dezelfde activiteit staat al op {reading.table.line_word[0]} {earlier.row}",
                    f"the same activity is already on "
                    f"{'line' if reading.table.kind == 'csv' else 'row'} {earlier.row}",
                ),
            )
            continue
        used[ident] = len(resolved)
        if not entry.text:  # an official activity named by its id: its text, for the reader
            entry = Entry(entry.row, entry.competence, ident, official_text[ident], entry.cluster,
                          entry.year, entry.level)  # fmt: skip
        resolved.append(
            Entry(
                entry.row,
                entry.competence,
                ident,
                entry.text,
                entry.cluster,
                entry.year,
                entry.level,
            )
        )
    reading.entries = resolved


def _toml_text(value: str) -> str:
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def _toml_value(value: Any) -> str:
    if isinstance(value, str):
        return _toml_text(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    raise TypeError(f"no TOML for {value!r}")


def _toml(head: Sequence[str], data: Mapping[str, Any], labels: Mapping[str, str]) -> str:
    lines = [f"# {line}" if line else "#" for line in head]
    tables = {k: v for k, v in data.items() if isinstance(v, list) and v and isinstance(v[0], dict)}
    for key, value in data.items():
        if key not in tables:
            lines.append(f"{key} = {_toml_value(value)}")
    last_competence = None
    for key, items in tables.items():
        for item in items:
            competence = item.get("competence") if key == "activities" else None
            lines.append("")
            if competence is not None and competence != last_competence:
                lines.append(f"# {competence}: {labels.get(competence, '')}".rstrip())
                last_competence = competence
            lines.append(f"[[{key}]]")
            lines.extend(f"{k} = {_toml_value(v)}" for k, v in item.items() if v is not None)
    return "\n".join(lines) + "\n"


def _variant_data(
    reading: _Reading, offer: _Offer, options: ImportOptions, default_title: str, file_name: str
) -> tuple[dict[str, Any], list[str]]:
    base = offer.base
    data: dict[str, Any] = {
        "format": 1,
        "based_on": base.id,
        "id": options.list_id,
        "version": options.version,
        "title": options.title or default_title,
    }
    if options.title_en:
        data["title_en"] = options.title_en
    data["source"] = options.source or f"stagelijst van de school, ingelezen uit {file_name}"
    if options.school_year:
        data["school_year"] = options.school_year
    notes: list[str] = []
    named = {entry.competence for entry in reading.entries}
    if offer.partial:
        bks: list[dict[str, Any]] = []
        for link in base.spec.bks:
            if link.code not in offer.partial:
                bks.append({"code": link.code, "scope": "volledig"})
                continue
            bk = offer.bks[link.code]
            chosen = [comp.id for comp in bk.competences if comp.id in named] or list(
                link.competences
            )
            if len(chosen) == len(bk.competences):
                bks.append({"code": link.code, "scope": "volledig"})
            else:
                bks.append(
                    {
                        "code": link.code,
                        "scope": "gedeeltelijk",
                        "competences": chosen,
                        "note": "de competenties van de stagelijst van de school",
                    }
                )
            if set(chosen) != set(link.competences):
                notes.append(
                    f"{link.code} {bk.title}: de lijst neemt {len(chosen)} competenties op, "
                    f"die van het bestand (de basislijst nam er {len(link.competences)})."
                )
        if notes:  # the file chose other competences of a partial BK than the base
            data["bks"] = bks
    clusters: dict[str, dict[str, Any]] = {}
    taken: set[str] = set()
    for entry in reading.entries:
        if entry.cluster is None:
            continue
        cluster = clusters.get(entry.cluster)
        if cluster is None:
            cluster = clusters[entry.cluster] = {
                "id": _slug(entry.cluster, taken),
                "title": entry.cluster,
                "competences": [],
            }
        if entry.competence not in cluster["competences"]:
            cluster["competences"].append(entry.competence)
    if clusters:
        data["clusters"] = list(clusters.values())
    data["activities"] = [
        {
            "competence": entry.competence,
            "id": entry.given_id,
            "text": entry.text or None,
            "cluster": clusters[entry.cluster]["id"] if entry.cluster else None,
            "year": entry.year,
            "level": entry.level,
        }
        for entry in reading.entries
    ]
    return data, notes


def import_list(
    tables: Sequence[Table],
    *,
    file_name: str,
    base: Base,
    bks: Mapping[str, BKFile],
    contexts: ContextRegistry,
    bases: Mapping[str, Base],
    options: ImportOptions,
    moodle: bool = False,
) -> ImportedList:
    """Make the variant of ``base`` that the file describes; raises ``ListImportError`` with
    every problem of the file."""
    table, index, columns = _choose_sheet(tables, moodle)
    reading = _Reading(table)
    offer = _Offer(base.alist)
    where = f"{file_name}, blad {table.sheet}" if table.sheet else file_name
    for row, message in table.oversized:
        reading.problem(row, None, message)
    if columns is None:
        kind = "moodle"
        _read_moodle(reading, offer, index)
        id_column, text_column = MOODLE_COLUMNS[1], MOODLE_COLUMNS[2]
    else:
        kind = "spreadsheet"
        _read_spreadsheet(reading, offer, index, columns)
        header = table.rows[index].cells
        id_column = header[columns["id"]] if "id" in columns else name("id")
        text_column = header[columns["text"]]
    _resolve_activities(reading, offer, id_column, text_column)
    if not reading.entries and not reading.found:
        reading.problem(
            None,
            None,
            Problem("het bestand noemt geen enkele activiteit", "the file names no activity"),
        )
    if reading.found:
        _fail(where, reading, table)
    default_title = reading.framework_name or f"{base.alist.spec.title} ({Path(file_name).stem})"
    data, notes = _variant_data(reading, offer, options, default_title, file_name)
    labels = {
        comp_id: f"{offer.label(comp_id)}: {offer.competences[comp_id][1].title}"
        for comp_id in offer.competences
    }
    head = [
        f"{data['title']}: de stagelijst van de school, ingelezen uit {file_name}.",
        f"Een variant van {base.alist.id}: elke regel van die lijst geldt. De activiteiten",
        "hieronder vervangen die van hun competentie; een competentie die hier niet staat, houdt",
        "de activiteiten van de BK. Controleer met: stageportfolio validate-list BESTAND",
        "",
    ]
    text = _toml(head, data, labels)
    alist = _resolve(text, file_name, bks, contexts, bases)
    official = sum(1 for e in reading.entries if e.given_id in offer.official)
    notes += reading.notes + _coverage_notes(reading.entries, offer, alist)
    return ImportedList(
        toml=text,
        alist=alist,
        kind=kind,
        sheet=table.sheet,
        official=official,
        own=len(reading.entries) - official,
        notes=notes,
    )


def _fail(where: str, reading: _Reading, table: Table) -> None:
    log = reading.log()
    noun = "probleem" if log.total == 1 else "problemen"
    where_en = where.replace(", blad ", ", sheet ")
    raise ListImportError(
        f"{where}: {log.total} {noun}; er is geen lijst gemaakt.",
        log.summary(line_word=table.line_word, noun=("probleem", "problemen")),
        log.total,
        f"{where_en}: {log.total} {'problem' if log.total == 1 else 'problems'}; no list was made.",
        reading.lines_en(),
    )


def _resolve(
    text: str,
    file_name: str,
    bks: Mapping[str, BKFile],
    contexts: ContextRegistry,
    bases: Mapping[str, Base],
) -> ActivityList:
    """The made file checked as any list file is: what it inherits, what it refers to."""
    from stageportfolio.core.tomlsource import SourceText

    path = Path(Path(file_name).stem + ".toml")
    try:
        return resolve_list(SourceText(path, text, tomllib.loads(text)), bks, contexts, bases)
    except ListFileError as exc:
        raise ListImportError(
            f"{file_name}: de gemaakte lijst is niet geldig ({len(exc.problems)}):",
            [str(problem) for problem in exc.problems],
            len(exc.problems),
        ) from exc


def _coverage_notes(entries: Iterable[Entry], offer: _Offer, alist: ActivityList) -> list[str]:
    """What the coordinator should know: competences the file does not name (they keep the BK's
    activities) and official activities the school's list leaves out."""
    named = {entry.competence for entry in entries}
    given = {entry.given_id for entry in entries}
    notes = []
    kept = [offer.label(c) for c in alist.competence_ids() if c not in named]
    if kept:
        shown = ", ".join(kept[:_SHOWN])
        if len(kept) > _SHOWN:
            shown += f" en nog {len(kept) - _SHOWN}"
        notes.append(
            f"{len(kept)} competenties staan niet in het bestand en houden de activiteiten van "
            f"de BK: {shown}."
        )
    left_out = 0
    for bk, comp in offer.competences.values():
        if comp.id not in named:
            continue
        missing = [act for act in comp.activities if act.id not in given]
        left_out += len(missing)
        # The delegated nursing acts are what a zorgkundige is registered for: say it apart.
        acts = [act for act in comp.activities if act.type == _DELEGATED]
        gone = [act for act in missing if act.type == _DELEGATED]
        if gone:
            notes.append(
                f"Let op: {len(gone)} van de {len(acts)} gedelegeerde verpleegkundige handelingen "
                f"van C{comp.nr} {bk.title} (KB 12 januari 2006, gewijzigd bij KB 27 februari "
                "2019) staan niet in de lijst van de school."
            )
    if left_out:
        notes.append(
            f"{left_out} officiële activiteiten van de genoemde competenties staan niet in de "
            "lijst van de school."
        )
    return notes


__all__ = [
    "COLUMN_NAMES",
    "Entry",
    "ImportOptions",
    "ImportedList",
    "ListImportError",
    "activity_id",
    "import_list",
]
