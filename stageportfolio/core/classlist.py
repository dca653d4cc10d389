"""A school's class list, as Smartschool (or a spreadsheet) exports it: who is in which class.

Smartschool's user export is a table with a header row; the columns this reader knows (case,
accents and spaces do not matter) are the ones Smartschool's user fields are called:

| field | header names accepted |
|---|---|
| first name | Voornaam, First name |
| last name | Naam, Achternaam, Familienaam, Last name |
| whole name | Volledige naam, Naam leerling, Leerling (when there is no first name column) |
| class | Klas, Klasnaam, Klascode, Officiële klas, Class |
| user name | Gebruikersnaam, Username |
| number | Stamboeknummer, Internnummer, Intern nummer, Leerlingnummer |

Other columns (Klasnummer, Geboortedatum, e-mail, …) are ignored. The rows come in as lists of
cell texts (``services.school_classes`` reads the CSV or ``.xlsx`` file); every problem names
its line and column, and one bad row means nothing is imported.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from stageportfolio.core.schoolview import ClassMember

MAX_PROBLEMS = 20

HEADERS: dict[str, tuple[str, ...]] = {
    "first_name": ("voornaam", "first name", "firstname", "roepnaam"),
    "last_name": ("naam", "achternaam", "familienaam", "last name", "lastname", "surname"),
    "full_name": ("volledige naam", "naam leerling", "leerling", "full name", "name"),
    "class_name": ("klas", "klasnaam", "klascode", "officiele klas", "class", "klasgroep"),
    "username": ("gebruikersnaam", "username", "gebruiker"),
    "number": (
        "stamboeknummer", "internnummer", "intern nummer", "leerlingnummer", "stamnummer",
    ),
}  # fmt: skip


class ClassListError(ValueError):
    """The file is not a usable class list; ``problems`` name line and column (Dutch),
    ``problems_en`` the same in English (the app shows them in English mode)."""

    def __init__(
        self, where: str, problems: Sequence[str], problems_en: Sequence[str] | None = None
    ) -> None:
        self.where = where
        self.problems = list(problems)
        self.problems_en = list(problems_en) if problems_en is not None else list(problems)
        super().__init__(f"{where}: " + "; ".join(self.problems))

    def lines(self, lang: str = "nl") -> list[str]:
        """The problems in ``lang`` ("en" or "nl")."""
        return self.problems_en if lang.startswith("en") else self.problems


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.replace("_", " ").replace(".", " ").split())


def _columns(header: Sequence[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, name in enumerate(header):
        plain = _plain(name)
        for field, names in HEADERS.items():
            if plain in names and field not in found:
                found[field] = index
                break
    return found


def parse_rows(rows: Sequence[Sequence[str]], where: str) -> list[ClassMember]:
    """Rows (the first non-empty one is the header) -> class members. Raises ClassListError."""
    numbered = [(n, [str(c or "").strip() for c in row]) for n, row in enumerate(rows, start=1)]
    numbered = [(n, row) for n, row in numbered if any(row)]
    if not numbered:
        raise ClassListError(where, ["het bestand is leeg"], ["the file is empty"])
    header_line, header = numbered[0]
    columns = _columns(header)
    has_name = "full_name" in columns or {"first_name", "last_name"} <= columns.keys()
    if "last_name" in columns and "first_name" not in columns and "full_name" not in columns:
        columns["full_name"] = columns.pop("last_name")
        has_name = True
    if "class_name" not in columns or not has_name:
        missing, missing_en = [], []
        if "class_name" not in columns:
            missing.append("Klas")
            missing_en.append("Klas (class)")
        if not has_name:
            missing.append("Voornaam en Naam (of Volledige naam)")
            missing_en.append("Voornaam and Naam (or Volledige naam)")
        names = ", ".join(repr(h) for h in header if h)
        raise ClassListError(
            where,
            [
                f"regel {header_line}: kolom {' en '.join(missing)} niet gevonden; de kopregel "
                f"heeft {names or 'geen namen'}"
            ],
            [
                f"line {header_line}: column {' and '.join(missing_en)} not found; the header "
                f"has {names or 'no names'}"
            ],
        )

    def cell(row: list[str], field: str) -> str:
        index = columns.get(field)
        return row[index].strip() if index is not None and index < len(row) else ""

    members: list[ClassMember] = []
    problems: list[str] = []
    problems_en: list[str] = []
    for line, row in numbered[1:]:
        first, last = cell(row, "first_name"), cell(row, "last_name")
        if not first and not last:
            last = cell(row, "full_name")
            if "," in last:  # "Vermeulen, Lotte"
                surname, _, given = last.partition(",")
                first, last = given.strip(), surname.strip()
        class_name = cell(row, "class_name")
        if not (first or last):
            problems.append(f"regel {line}: de naam ontbreekt")
            problems_en.append(f"line {line}: the name is missing")
        if not class_name:
            column = header[columns["class_name"]]
            problems.append(f"regel {line}, kolom {column}: de klas ontbreekt")
            problems_en.append(f"line {line}, column {column}: the class is missing")
        if len(problems) >= MAX_PROBLEMS:
            problems.append("(en misschien meer)")
            problems_en.append("(and maybe more)")
            break
        if first or last:
            members.append(
                ClassMember(
                    first_name=first,
                    last_name=last,
                    class_name=class_name,
                    username=cell(row, "username"),
                    number=cell(row, "number"),
                )
            )
    if problems:
        raise ClassListError(where, problems, problems_en)
    if not members:
        raise ClassListError(
            where,
            [f"regel {header_line}: er staat geen enkele leerling onder de kopregel"],
            [f"line {header_line}: there is not a single student below the header"],
        )
    return members
