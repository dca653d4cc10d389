"""Moodle's competency framework CSV export (admin tool ``tool_lpimportcsv``), read as a tree.

Moodle writes one header row and one row per competency, comma separated, UTF-8 without BOM,
with PHP's ``fputcsv`` (a cell is quoted when it holds a comma, a quote, a space or a line
break; a quote inside is doubled). The 14 columns, in this order (English names; Moodle writes
them in the language of the user who exports, and reads them by position, as we do):

==  ==========================================  ==============================================
 0  Parent ID number                            the ``ID number`` of the parent; empty on top
 1  ID number                                   the competency's own id (unique in the file)
 2  Short name                                  its name (Moodle cuts it at 100 characters)
 3  Description                                 a longer text, usually HTML
 4  Description format                          0 Moodle, 1 HTML, 2 plain text, 4 Markdown
 5  Scale values                                e.g. ``Not yet competent,Competent``
 6  Scale configuration                         JSON
 7  Rule type (optional)                        e.g. ``core_competency\\competency_rule_all``
 8  Rule outcome (optional)                     0 to 3
 9  Rule config (optional)                      JSON, or ``null``
10  Cross-referenced competency ID numbers      comma separated
11  Exported ID (optional)                      Moodle's database id
12  Is framework                                ``1`` on the first data row (the framework)
13  Taxonomy                                    of the framework's levels, comma separated
==  ==========================================  ==============================================

This module builds the tree (``read_framework``) and reports what Moodle's own importer would
choke on (an ID number twice, a parent that is not in the file, a cycle); which node is a BK
competence and which an activity is decided by ``core.schoollist``.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from stageportfolio.core.contexts import normalise
from stageportfolio.core.gate import Problem
from stageportfolio.core.sheetread import Row, Table

COLUMNS = (
    "Parent ID number",
    "ID number",
    "Short name",
    "Description",
    "Description format",
    "Scale values",
    "Scale configuration",
    "Rule type (optional)",
    "Rule outcome (optional)",
    "Rule config (optional)",
    "Cross-referenced competency ID numbers",
    "Exported ID (optional)",
    "Is framework",
    "Taxonomy",
)
# Header names of older Moodle versions (and of its test fixture), folded.
_OLD_NAMES = {"parent id number": 0, "id number": 1, "shortname": 2}
_FOLDED = {normalise(name): i for i, name in enumerate(COLUMNS)} | _OLD_NAMES
PARENT, IDNUMBER, SHORTNAME, DESCRIPTION, FORMAT = 0, 1, 2, 3, 4
SCALE_VALUES, IS_FRAMEWORK = 5, 12
FORMAT_HTML = "1"
NAME_LIMIT = 100  # Moodle keeps 100 characters of a short name (and of an ID number)


def is_moodle_header(cells: tuple[str, ...]) -> bool:
    """A header row as Moodle writes it: 14 columns or more, the first ones Moodle's names (in
    English; another language is read with ``moodle=True``)."""
    if len(cells) < len(COLUMNS):
        return False
    firsts = [_FOLDED.get(normalise(cell)) for cell in cells[:3]]
    return firsts == [0, 1, 2]


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in {"br", "p", "div", "li", "tr"}:
            self.parts.append(" ")


def plain_text(text: str, text_format: str) -> str:
    """A description as one line of plain text (HTML tags and entities gone)."""
    if text_format.strip() == FORMAT_HTML:
        parser = _Text()
        parser.feed(text)
        parser.close()
        text = "".join(parser.parts)
    return " ".join(html.unescape(text).split())


@dataclass
class Node:
    row: int  # the line where the competency's row starts
    idnumber: str
    parent: str
    name: str  # Short name
    description: str  # as plain text
    children: list[Node] = field(default_factory=list)

    @property
    def text(self) -> str:
        """What the competency says: its short name, or its description when the short name is
        the description cut at Moodle's 100 characters ("…" or "..." at the end, or not)."""
        name = " ".join(self.name.split())
        cut = re.sub(r"(\.\.\.|…)$", "", name).rstrip()
        if (
            self.description
            and len(self.description) > len(cut)
            and len(name) >= NAME_LIMIT - 3
            and self.description.casefold().startswith(cut.casefold())
        ):
            return self.description
        return name or self.description


@dataclass
class Framework:
    """The framework row (if any) and its competencies as a tree, with the problems found."""

    name: str | None
    scale: str | None  # the framework's scale values ("Not yet competent,Competent")
    roots: list[Node]
    problems: list[tuple[int | None, str | None, str]]  # (line, column, message)


def _cell(row: Row, index: int) -> str:
    return row.cells[index] if index < len(row.cells) else ""


def read_framework(table: Table, header: int) -> Framework:
    """The tree of the rows after ``header`` (an index into ``table.rows``)."""
    problems: list[tuple[int | None, str | None, str]] = []
    framework: Row | None = None
    nodes: dict[str, Node] = {}
    order: list[Node] = []
    for row in table.rows[header + 1 :]:
        if _cell(row, IS_FRAMEWORK) not in ("", "0"):
            if framework is not None:
                problems.append(
                    (
                        row.number,
                        COLUMNS[IS_FRAMEWORK],
                        Problem(
                            f"een tweede kader (het eerste staat op regel {framework.number}): "
                            "exporteer één competentiekader per bestand",
                            f"a second framework (the first is on line {framework.number}): "
                            "export one competency framework per file",
                        ),
                    )
                )
            framework = row
            continue
        idnumber = _cell(row, IDNUMBER)
        name = _cell(row, SHORTNAME)
        if not idnumber or not name:
            missing = COLUMNS[IDNUMBER] if not idnumber else COLUMNS[SHORTNAME]
            problems.append(
                (
                    row.number,
                    missing,
                    Problem(
                        "ontbreekt: Moodle zelf slaat een competentie zonder ID number of Short "
                        "name over",
                        "missing: Moodle itself skips a competency without an ID number or "
                        "Short name",
                    ),
                )
            )
            continue
        if idnumber in nodes:
            problems.append(
                (
                    row.number,
                    COLUMNS[IDNUMBER],
                    Problem(
                        f"ID number {idnumber!r} staat al op regel {nodes[idnumber].row}: elke "
                        "competentie heeft een eigen ID number",
                        f"ID number {idnumber!r} is already on line {nodes[idnumber].row}: each "
                        "competency has its own ID number",
                    ),
                )
            )
            continue
        description = plain_text(_cell(row, DESCRIPTION), _cell(row, FORMAT))
        node = Node(row.number, idnumber, _cell(row, PARENT), name, description)
        nodes[idnumber] = node
        order.append(node)
    roots: list[Node] = []
    top = _cell(framework, IDNUMBER) if framework is not None else ""
    for node in order:
        if not node.parent or (top and node.parent == top and top not in nodes):
            roots.append(node)
        elif node.parent in nodes:
            nodes[node.parent].children.append(node)
        else:
            problems.append(
                (
                    node.row,
                    COLUMNS[PARENT],
                    Problem(
                        f"er is geen competentie met ID number {node.parent!r} in dit bestand",
                        f"there is no competency with ID number {node.parent!r} in this file",
                    ),
                )
            )
    reached: set[int] = set()
    stack = list(roots)
    while stack:
        node = stack.pop()
        reached.add(id(node))
        stack.extend(node.children)
    for node in order:
        if id(node) not in reached and _in_cycle(node, nodes):
            problems.append(
                (
                    node.row,
                    COLUMNS[PARENT],
                    Problem(
                        "deze competentie hangt (via haar ouders) onder zichzelf: een kring",
                        "this competency sits (through its parents) under itself: a cycle",
                    ),
                )
            )
    title = _cell(framework, SHORTNAME) if framework is not None else None
    scale = _cell(framework, SCALE_VALUES) if framework is not None else None
    return Framework(title or None, scale or None, roots, problems)


def _in_cycle(node: Node, nodes: dict[str, Node]) -> bool:
    """Whether following the parents from ``node`` comes back to it (not: ends at a parent
    that is not in the file, which is reported on its own)."""
    seen = {node.idnumber}
    current = node
    while current.parent in nodes:
        current = nodes[current.parent]
        if current.idnumber == node.idnumber:
            return True
        if current.idnumber in seen:
            return False  # a cycle above this node: reported on its own members
        seen.add(current.idnumber)
    return False
