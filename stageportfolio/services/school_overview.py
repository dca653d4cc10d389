"""What a coordinator does with the imported students: the overview (sorted and filtered), the
mentors across the school with their load per day, the class list, vouching for mentor cards,
and a read-only look at one student's portfolio and PDF.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from stageportfolio.core import clock
from stageportfolio.core.classlist import ClassListError, parse_rows
from stageportfolio.core.limits import (
    MAX_CLASS_LIST_BYTES,
    MAX_CLASS_LIST_ROWS,
    count_text,
    size_text,
)
from stageportfolio.core.schoolview import (
    ClassMember,
    MentorDayLoad,
    OverviewFilter,
    OverviewRow,
)
from stageportfolio.core.signoff_formats import VouchedCard
from stageportfolio.services import school as school_key
from stageportfolio.services.mentormode import MAX_LEARNERS
from stageportfolio.services.school_mode import School
from stageportfolio.store import school_store
from stageportfolio.store.school_db import school_session

__all__ = [
    "ClassImport",
    "ClassListError",
    "MentorLoad",
    "StudentView",
    "filter_choices",
    "import_class_list",
    "mentor_load",
    "open_student",
    "overview",
    "read_class_list",
    "student_file",
    "vouch_card",
]


def overview(
    school: School,
    filters: OverviewFilter | None = None,
    *,
    sort: str = "name",
    descending: bool = False,
) -> list[OverviewRow]:
    with school_session(school.engine) as session:
        return school_store.overview(session, filters=filters, sort=sort, descending=descending)


PAGE = 200  # rows a screen loads at a time


@dataclass(frozen=True)
class OverviewPage:
    total: int  # students the filters leave
    rows: list[OverviewRow]  # ``limit`` of them from ``offset``, in order
    offset: int


def overview_page(
    school: School,
    filters: OverviewFilter | None = None,
    *,
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int = PAGE,
) -> OverviewPage:
    """One screenful of the overview, sorted and filtered in the database, and how many rows
    there are in all: what the window asks, however many students the school has."""
    with school_session(school.engine) as session:
        rows = school_store.overview(
            session, filters=filters, sort=sort, descending=descending, limit=limit, offset=offset
        )
        total = (
            offset + len(rows)
            if len(rows) < limit
            else school_store.count_overview(session, filters=filters)
        )
    return OverviewPage(total, rows, offset)


def filter_choices(school: School) -> dict[str, list[str]]:
    with school_session(school.engine) as session:
        return school_store.filter_choices(session)


def count_students(school: School) -> int:
    with school_session(school.engine) as session:
        return school_store.count_students(session)


def remove_student(school: School, portfolio_id: str) -> None:
    with school_session(school.engine) as session:
        school_store.remove_student(session, portfolio_id=portfolio_id)


# --- mentors across the school ---------------------------------------------------------------


@dataclass(frozen=True)
class MentorLoad:
    """One mentor key across every student: on which days they guided whom."""

    mentor: school_store.SignerRow
    allowed: int
    days: tuple[MentorDayLoad, ...] = field(default_factory=tuple)

    public_key = property(lambda self: self.mentor.public_key)
    fingerprint = property(lambda self: self.mentor.fingerprint)
    name = property(lambda self: self.mentor.name)
    organisation = property(lambda self: self.mentor.organisation)
    sector = property(lambda self: self.mentor.sector)
    trusted = property(lambda self: self.mentor.trusted)
    students = property(lambda self: self.mentor.students)

    @property
    def most(self) -> int:
        return max((len(d.students) for d in self.days), default=0)

    @property
    def over_days(self) -> tuple[MentorDayLoad, ...]:
        return tuple(d for d in self.days if d.over)


def mentor_load(school: School) -> list[MentorLoad]:
    """Per mentor key (a mentor is their key; its name comes from the card this school vouched
    for, else it is the signer's own claim): the students whose hours it signed, per day, and
    the days with more students at once than the sector allows (2 in the social profit, 3 in
    local government)."""
    with school_session(school.engine) as session:
        signers = school_store.signers(session)
        days = school_store.mentor_days(session)
    per_key: dict[str, dict[date, list[str]]] = {}
    for row in days:
        per_key.setdefault(row.public_key, {}).setdefault(row.day, []).append(row.student)
    out = []
    for signer in signers:
        allowed = MAX_LEARNERS.get(signer.sector, min(MAX_LEARNERS.values()))
        loads = tuple(
            MentorDayLoad(day=day, students=tuple(sorted(set(names))), allowed=allowed)
            for day, names in sorted(per_key.get(signer.public_key, {}).items())
        )
        out.append(MentorLoad(signer, allowed, loads))
    out.sort(key=lambda m: (-len(m.over_days), m.name.casefold(), m.fingerprint))
    return out


# --- the class list --------------------------------------------------------------------------


def _too_many_rows(path: Path) -> ClassListError:
    return ClassListError(
        str(path),
        [f"meer dan {count_text(MAX_CLASS_LIST_ROWS)} regels: geen klassenlijst"],
        [f"more than {count_text(MAX_CLASS_LIST_ROWS, 'en')} lines: not a class list"],
    )


def _xlsx_rows(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise ClassListError(
            str(path),
            [f"geen leesbaar Excel-bestand ({type(exc).__name__})"],
            [f"not a readable Excel file ({type(exc).__name__})"],
        ) from exc
    try:
        sheet = workbook.worksheets[0]
        rows = []
        for values in sheet.iter_rows(values_only=True):
            rows.append(["" if v is None else str(v) for v in values])
            if len(rows) > MAX_CLASS_LIST_ROWS:
                raise _too_many_rows(path)
        return rows
    finally:
        workbook.close()


def _csv_rows(path: Path, data: bytes) -> list[list[str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), "")
    delimiter = max((";", ",", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    rows = []
    try:
        for row in reader:
            rows.append(row)
            if len(rows) > MAX_CLASS_LIST_ROWS:
                raise _too_many_rows(path)
    except csv.Error as exc:  # a field beyond csv's limit, a NUL character
        raise ClassListError(
            str(path),
            [f"regel {reader.line_num}: geen leesbare CSV (een veld is te lang of bevat een "
             "ongeldig teken): geen klassenlijst"],
            [f"line {reader.line_num}: not a readable CSV (a field is too long or holds an "
             "invalid character): not a class list"],
        ) from exc  # fmt: skip
    return rows


def read_class_list(path: Path) -> list[ClassMember]:
    """A Smartschool class-list export (CSV or ``.xlsx``). Raises ClassListError (Dutch)."""
    try:
        size = path.stat().st_size
        if size > MAX_CLASS_LIST_BYTES:
            raise ClassListError(
                str(path),
                [
                    f"te groot voor een klassenlijst ({size_text(size)}; hoogstens "
                    f"{size_text(MAX_CLASS_LIST_BYTES)})"
                ],
                [
                    f"too large for a class list ({size_text(size, 'en')}; at most "
                    f"{size_text(MAX_CLASS_LIST_BYTES, 'en')})"
                ],
            )
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise ClassListError(str(path), ["bestand niet gevonden"], ["file not found"]) from exc
    except OSError as exc:
        raise ClassListError(
            str(path),
            [f"kan niet gelezen worden ({exc.strerror})"],
            [f"cannot be read ({exc.strerror})"],
        ) from exc
    if data.startswith(b"PK\x03\x04"):
        rows = _xlsx_rows(path)
    elif data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ClassListError(
            str(path),
            ["een oud Excel-bestand (.xls): bewaar het als .xlsx of als CSV"],
            ["an old Excel file (.xls): save it as .xlsx or as CSV"],
        )
    else:
        rows = _csv_rows(path, data)
    return parse_rows(rows, str(path))


@dataclass(frozen=True)
class ClassImport:
    members: int
    classes: tuple[str, ...]
    unmatched: tuple[str, ...]  # imported students on no row of the list


def import_class_list(school: School, path: Path) -> ClassImport:
    """Replace the school's class list with the file's (all or nothing)."""
    members = read_class_list(path)
    with school_session(school.engine) as session:
        count = school_store.replace_class_list(session, members=members)
        unmatched = school_store.unmatched_students(session)
    return ClassImport(count, tuple(sorted({m.class_name for m in members})), tuple(unmatched))


# --- vouching for mentor cards --------------------------------------------------------------


def vouch_card(
    school: School,
    card: Any,
    passphrase: str,
    *,
    checked_fingerprint: str,
    where: str = "mentorkaart",
    today: date | None = None,
) -> dict[str, Any]:
    """Vouch for a mentor card with the school key (``school-vouch``) and keep it in the
    school's own register, so the school's verdict knows the mentor even when the pupil never
    added the card. Raises SchoolError, WrongPassphraseError (nothing signed, nothing kept)."""
    if school.identity is None:
        raise school_key.SchoolError(
            "Er is nog geen schoolsleutel. Maak er een in het venster (Schoolsleutel maken…) "
            "of met: stageportfolio school-init --name SCHOOL"
        )
    mentor_card = school_key.read_card(card, where)
    vouched = school_key.vouch(
        mentor_card,
        school.identity,
        passphrase,
        checked_fingerprint=checked_fingerprint,
        today=today or clock.today(),
    )
    with school_session(school.engine) as session:
        school_store.add_vouched_card(
            session,
            vouched=VouchedCard.model_validate(vouched),
            document=json.dumps(vouched, ensure_ascii=False, sort_keys=True),
        )
    return vouched


def vouched_register(school: School) -> list[school_store.VouchedRow]:
    with school_session(school.engine) as session:
        return school_store.vouched_cards(session)


# --- one student, read-only ------------------------------------------------------------------


def student_file(school: School, portfolio_id: str) -> tuple[str, str, bytes]:
    """(file name, "pdf" or "archive", bytes) of what the student handed in."""
    with school_session(school.engine) as session:
        found = school_store.export_file(session, portfolio_id=portfolio_id)
    if found is None:
        raise LookupError(f"geen leerling met portfolio {portfolio_id} in de schooldatabank")
    return found


@dataclass
class StudentView:
    """A student's portfolio opened read-only from the file they handed in: the app's own
    ``PortfolioService`` on a throw-away copy that SQLite opens read-only, so the student's
    sections show it as the student sees it and nothing can be changed."""

    service: Any  # services.portfolio.PortfolioService
    folder: Path
    file_name: str
    kind: str
    data: bytes

    def pdf(self) -> bytes:
        """The student's PDF: the one handed in, or for an archive the pages this app renders
        from it (without the evidence files, which stay in the archive)."""
        if self.kind == "pdf":
            return self.data
        from stageportfolio.report.pdf import render_pdf
        from stageportfolio.services.snapshot import build_snapshot

        return render_pdf(build_snapshot(self.service), variant="stage")

    def close(self) -> None:
        self.service.engine.dispose()
        shutil.rmtree(self.folder, ignore_errors=True)


def open_student(school: School, portfolio_id: str) -> StudentView:
    """The student's portfolio, read-only (raises LookupError, ArchiveError)."""
    from sqlalchemy import create_engine

    from stageportfolio.services.pdf_export import read_pdf_archive
    from stageportfolio.services.portfolio import PortfolioService
    from stageportfolio.services.school_import import ListSource
    from stageportfolio.store import queries
    from stageportfolio.store.archive import discard, load_rows, read_archive
    from stageportfolio.store.db import open_database, session_scope

    name, kind, data = student_file(school, portfolio_id)
    folder = Path(tempfile.mkdtemp(prefix="stageportfolio-school-view-"))
    try:
        # Read again with the app's own readers, as at the import.
        received = folder / ("ingeleverd.pdf" if kind == "pdf" else "ingeleverd.zip")
        received.write_bytes(data)
        if kind == "pdf":
            contents = read_pdf_archive(received, name=name)
            discard(contents)  # the rows and lists are read; the temporary zip goes
        else:
            contents = read_archive(received, name=name)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    found = ListSource(school.catalog).find(contents)
    catalog = school.catalog if found is None else found[1]
    try:
        database = folder / "portfolio.sqlite3"
        engine = open_database(database)
        load_rows(engine, contents.payload)
        engine.dispose()
        with sqlite3.connect(database) as connection:  # one file, no WAL: read-only works
            connection.execute("PRAGMA journal_mode=DELETE")
        database.chmod(0o400)
        readonly = create_engine(f"sqlite:///file:{database}?mode=ro&uri=true")
        with session_scope(readonly) as session:
            info = queries.current_portfolio(session)
        service = PortfolioService(readonly, catalog, info)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return StudentView(service, folder, name, kind, data)


def summary_lines(row: OverviewRow, lang: str = "nl") -> list[str]:
    """The school's verdict on one student in sentences (drill-down header, CLI): Dutch, or
    English for ``lang="en"``. The remarks the import noted (``row.notes``) follow, in ``lang``."""
    from stageportfolio.core.hours import format_hours

    en = lang.startswith("en")
    mark = "." if en else ","
    trust = row.trust
    logged = format_hours(trust.logged_minutes, decimal_mark=mark)
    confirmed = format_hours(trust.confirmed_minutes, decimal_mark=mark)
    lines = [
        f"{logged} h logged, of which {confirmed} confirmed by a mentor the school vouched for"
        if en
        else f"{logged} uur gelogd, waarvan {confirmed} bevestigd door een mentor die de school "
        "bevestigde",
    ]
    hours = (
        (trust.changed_minutes, "gewijzigd na aftekening", "changed after sign-off"),
        (trust.invalid_minutes, "met een ongeldige handtekening", "with an invalid signature"),
        (trust.untrusted_minutes,
         "ondertekend met een sleutel die de school niet bevestigde",
         "signed with a key the school did not vouch for"),
        (trust.unsigned_minutes, "niet afgetekend", "not signed off"),
    )  # fmt: skip
    lines += [
        f"{format_hours(m, decimal_mark=mark)} h {what_en}"
        if en
        else f"{format_hours(m)} uur {what}"
        for m, what, what_en in hours
        if m
    ]
    activities = (
        (trust.activities_changed, "gewijzigd na aftekening", "changed after sign-off"),
        (trust.activities_invalid, "met een ongeldige handtekening", "with an invalid signature"),
        (trust.activities_untrusted, "met een niet-bevestigde sleutel", "with an unvouched key"),
        (trust.activities_unsigned, "niet afgetekend", "not signed off"),
    )
    first = (
        f"{trust.activities} activities, of which {trust.activities_confirmed} confirmed"
        if en
        else f"{trust.activities} activiteiten, waarvan {trust.activities_confirmed} bevestigd"
    )
    lines.append(
        first + "".join(f", {n} {what_en if en else what}" for n, what, what_en in activities if n)
    )
    lines += row.notes_text(lang)
    return lines


def vouch_card_file(
    school: School,
    card_file: Path,
    passphrase: str,
    *,
    checked_fingerprint: str,
    out: Path | None = None,
    today: date | None = None,
) -> Path:
    """The window's "Mentorkaart bevestigen…": read a mentor card, vouch for it (kept in the
    school's register) and write the vouched card next to it (``NAAM.bevestigd.mentorkaart.json``
    or ``out``) for the pupils. Raises SchoolError (Dutch) for a file that is no mentor card."""
    from stageportfolio.fileio import write_atomically

    data = school_key.read_card_file(card_file)
    vouched = vouch_card(
        school, data, passphrase, checked_fingerprint=checked_fingerprint, where=str(card_file),
        today=today,
    )  # fmt: skip
    if out is None:
        stem = card_file.name.removesuffix(".json").removesuffix(".mentorkaart")
        out = card_file.with_name(f"{stem}.bevestigd.mentorkaart.json")
    payload = (json.dumps(vouched, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    write_atomically(out, payload)
    return out
