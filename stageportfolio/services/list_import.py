"""A school's list from a spreadsheet or a Moodle competency framework, saved as a variant.

``import_list_file`` reads the file (``.xlsx``, CSV as Excel writes it, or Moodle's 14-column
export), checks it against the chosen official list and returns the variant (TOML text,
resolved list, notes), or raises ``ListImportError`` with every problem by row and column.
``save_imported_list`` writes the one file a coordinator hands to the pupils; with
``add=True`` it is also added to this app's lists (as Bestand > Lijst toevoegen… does).
The CLI (``list-import``) and the dialog (Bestand > Lijst importeren uit spreadsheet…) use
these and nothing else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from stageportfolio import fileio
from stageportfolio.core.catalog import Catalog, variant_bases
from stageportfolio.core.limits import size_text
from stageportfolio.core.schoollist import (
    COLUMN_NAMES,
    ImportedList,
    ImportOptions,
    ListImportError,
    import_list,
)
from stageportfolio.core.sheetread import MAX_SHEET_BYTES, SheetReadError, read_tables
from stageportfolio.services.lists import install_list_file, preview_list_file

ID_RULE = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True)
class BaseChoice:
    """A list a school's list can be based on (an official list, or a list of the user's own
    that is not a variant itself)."""

    id: str
    version: int
    title: str
    kind: str
    title_en: str | None = None


def base_choices(catalog: Catalog) -> list[BaseChoice]:
    bases = variant_bases(catalog.lists.values())
    return sorted(
        (
            BaseChoice(
                b.alist.id,
                b.alist.version,
                b.alist.spec.title,
                b.alist.spec.kind,
                b.alist.spec.title_en,
            )
            for b in bases.values()
        ),
        key=lambda choice: (choice.kind != "studierichting", choice.title.casefold()),
    )


def _refuse(file_name: str, message: str, en: str | None = None) -> ListImportError:
    """The whole file refused: ``message`` in Dutch, ``en`` in English (the app shows it)."""
    return ListImportError(
        f"{file_name}: {message}", [], 1, f"{file_name}: {en}" if en is not None else None
    )


def import_list_file(
    path: Path,
    catalog: Catalog,
    *,
    based_on: str,
    options: ImportOptions,
    moodle: bool = False,
) -> ImportedList:
    """The variant of ``based_on`` that the file at ``path`` describes."""
    name = path.name
    if not ID_RULE.match(options.list_id):
        raise _refuse(
            name,
            f"de id {options.list_id!r} kan niet: gebruik kleine letters, cijfers en "
            "koppeltekens, bv. gezondheidszorg-sint-jozef",
            f"the id {options.list_id!r} cannot be used: use lower-case letters, digits and "
            "hyphens, e.g. gezondheidszorg-sint-jozef",
        )
    if options.version < 1:
        raise _refuse(
            name, "de versie is een geheel getal vanaf 1", "the version is a whole number from 1"
        )
    bases = variant_bases(catalog.lists.values())
    base = bases.get(based_on)
    if base is None:
        known = ", ".join(sorted(bases))
        raise _refuse(
            name,
            f"onbekende basislijst {based_on!r}; gekend: {known}",
            f"unknown base list {based_on!r}; known: {known}",
        )
    if options.list_id in bases:
        raise _refuse(
            name,
            f"{options.list_id!r} is de id van een lijst die al bestaat "
            f"({bases[options.list_id].alist.spec.title}): geef de schoollijst een eigen id",
            f"{options.list_id!r} is the id of a list that exists already "
            f"({bases[options.list_id].alist.spec.title}): give the school's list an id of its own",
        )
    try:
        size = path.stat().st_size
        if size > MAX_SHEET_BYTES:  # refused before it is read
            raise _refuse(
                name,
                f"het bestand is te groot voor een stagelijst ({size_text(size)}; hoogstens "
                f"{size_text(MAX_SHEET_BYTES)})",
                f"the file is too large for an activity list ({size_text(size, 'en')}; at most "
                f"{size_text(MAX_SHEET_BYTES, 'en')})",
            )
        data = path.read_bytes()
    except OSError as exc:
        raise _refuse(
            name,
            f"kan niet gelezen worden ({exc.strerror or exc})",
            f"cannot be read ({exc.strerror or exc})",
        ) from exc
    try:
        tables = read_tables(data)
    except SheetReadError as exc:
        raise _refuse(name, str(exc), exc.en) from exc
    imported = import_list(
        tables,
        file_name=name,
        base=base,
        bks=catalog.bks,
        contexts=catalog.contexts,
        bases=bases,
        options=options,
        moodle=moodle,
    )
    existing = catalog.lists.get((options.list_id, options.version))
    if existing is not None and existing.origin != "archive":
        if not existing.same_content(imported.alist):
            raise _refuse(
                name,
                f"de lijst {options.list_id} versie {options.version} bestaat al "
                f"({existing.path}), met een andere inhoud: geef versie {options.version + 1}",
                f"list {options.list_id} version {options.version} exists already "
                f"({existing.path}), with other contents: give version {options.version + 1}",
            )
        imported.notes.append(f"Deze lijst staat al, met dezelfde inhoud, in {existing.path}.")
    return imported


def save_imported_list(
    imported: ImportedList, out: Path, catalog: Catalog, *, add: bool = False
) -> Path | None:
    """Write the list file (whole or not at all); with ``add``, also add it to this app's lists
    (returns where it was added). Raises OSError when it cannot be written."""
    fileio.write_atomically(out, imported.toml.encode("utf-8"))
    if not add:
        return None
    return install_list_file(preview_list_file(out, catalog))


def suggested_id(based_on: str, school: str) -> str:
    """An id for the school's list: the base id and the school's name, as an id may be."""
    from stageportfolio.core.contexts import normalise

    slug = normalise(school).replace(" ", "-")[:30].strip("-")
    return f"{based_on}-{slug}" if slug else f"{based_on}-school"


__all__ = [
    "COLUMN_NAMES",
    "BaseChoice",
    "ImportOptions",
    "ImportedList",
    "ListImportError",
    "base_choices",
    "import_list_file",
    "save_imported_list",
    "suggested_id",
]
