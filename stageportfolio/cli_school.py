"""School-mode commands of ``stageportfolio`` (the coordinator's headless tools):

    school-import FOLDER…         collect students' exports (archives and portfolio PDFs)
    school-overview               one line per student, sorted and filtered (or --json)
    school-export --out FILE      the overview as .xlsx, CSV (Belgian Excel) or class report PDF
    school-classes FILE           the class list from a Smartschool export (CSV or .xlsx)
    school-mentors                each mentor's students per day, with the load warning
    school-student NAME|ID        one student's verdict, and their file with --out
    school-database [URL|PATH]    where the school database lives (SQLite file or PostgreSQL)
    school-seal PDF --out FILE    the school's seal (PAdES) on a checked portfolio PDF

Each command parses its arguments, calls a service and prints its result; the services hold the
rules (``services.school_*``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from stageportfolio.cli import BadInput
from stageportfolio.cli import check_output as _check_output

EXIT_OK, EXIT_PROBLEMS = 0, 1


class _Bad(BadInput):
    """Bad input: printed as is, exit 2."""


def _bad(exc: BaseException) -> _Bad:
    return _Bad(str(exc))


@contextmanager
def _opened() -> Iterator[Any]:
    from stageportfolio.services.school_mode import SchoolModeError, StoreError, open_school

    try:
        school = open_school()
    except (StoreError, SchoolModeError) as exc:
        raise _bad(exc) from exc
    try:
        yield school
    finally:
        school.close()


def _filters(args: argparse.Namespace) -> Any:
    from stageportfolio.core.schoolview import OverviewFilter

    return OverviewFilter(
        class_name=args.klas or "",
        programme=args.programme or "",
        placement=args.placement or "",
        mentor=args.mentor or "",
        behind=bool(args.behind),
        invalid_signature=bool(args.invalid),
        search=args.name or "",
    )


def _hours(minutes: int | None) -> str:
    from stageportfolio.core.hours import format_hours

    return "" if minutes is None else format_hours(minutes)


def cmd_school_import(args: argparse.Namespace) -> int:
    from stageportfolio.services.school_import import dumps, import_files

    sources = [Path(p) for p in args.paths]
    missing = [str(p) for p in sources if not p.exists()]
    if missing:
        raise _Bad(f"{missing[0]}: niet gevonden; er is niets geïmporteerd")
    with _opened() as school:
        if school.identity is None:
            print(
                "Let op: er is nog geen schoolsleutel (stageportfolio school-init); zonder "
                "schoolsleutel is geen enkele handtekening door de school bevestigd.",
                file=sys.stderr,
            )
        outcomes = import_files(school, sources)
    if args.json:
        print(dumps(outcomes))
    else:
        labels = {
            "new": "NIEUW", "replaced": "VERVANGEN", "same": "ONGEWIJZIGD",
            "older": "OUDER", "refused": "GEWEIGERD",
        }  # fmt: skip
        for outcome in outcomes:
            who = f" ({outcome.learner})" if outcome.learner else ""
            print(f"[{labels[outcome.status]}] {outcome.path.name}{who}: {outcome.message}")
        counts = {status: sum(1 for o in outcomes if o.status == status) for status in labels}
        print(
            f"{len(outcomes)} bestanden: {counts['new']} nieuw, {counts['replaced']} vervangen, "
            f"{counts['same']} ongewijzigd, {counts['older']} ouder (overgeslagen), "
            f"{counts['refused']} geweigerd."
        )
    return EXIT_PROBLEMS if any(o.status == "refused" for o in outcomes) else EXIT_OK


def row_json(row: Any, contexts: Any) -> dict[str, Any]:
    trust = row.trust
    return {
        "portfolio_id": row.portfolio_id,
        "name": row.name,
        "class": row.class_name,
        "programme": row.programme,
        "list": {"id": row.list_id, "version": row.list_version, "title": row.list_title,
                 "variant_of": row.variant_of, "source": row.list_source},
        "counted_hours": row.counted_minutes / 60,
        "required_hours": None if row.required_minutes is None else row.required_minutes / 60,
        "hours_per_context": {contexts.label(c): m / 60 for c, m in row.context_minutes.items()},
        "unmet_rules": row.unmet_rules,
        "blocking_rules": row.blocking_rules,
        "first_unmet": row.first_unmet,
        "forecast": row.forecast.isoformat() if row.forecast else None,
        "behind": row.behind,
        "logged_hours": trust.logged_minutes / 60,
        "confirmed_hours": trust.confirmed_minutes / 60,
        "confirmed_share": trust.confirmed_share,
        "changed_hours": trust.changed_minutes / 60,
        "invalid_hours": trust.invalid_minutes / 60,
        "untrusted_hours": trust.untrusted_minutes / 60,
        "unsigned_hours": trust.unsigned_minutes / 60,
        "activities": trust.activities,
        "activities_confirmed": trust.activities_confirmed,
        "activities_changed": trust.activities_changed,
        "activities_invalid": trust.activities_invalid,
        "activities_untrusted": trust.activities_untrusted,
        "activities_unsigned": trust.activities_unsigned,
        "invalid_signatures": trust.invalid_signatures,
        "changed_signatures": trust.changed_signatures,
        "untrusted_signatures": trust.untrusted_signatures,
        "last_export": row.exported_at.isoformat(),
        "file_kind": row.file_kind,
        "placements": row.placements,
        "mentors": row.mentors,
        "notes": list(row.notes),
    }  # fmt: skip


def cmd_school_overview(args: argparse.Namespace) -> int:
    from stageportfolio.services.school_overview import overview

    with _opened() as school:
        rows = overview(school, _filters(args), sort=args.sort, descending=args.desc)
        contexts = school.catalog.contexts
    if args.json:
        print(json.dumps([row_json(r, contexts) for r in rows], ensure_ascii=False, indent=2))
        return EXIT_OK
    for row in rows:
        share = row.trust.confirmed_share
        flags = []
        if row.behind:
            flags.append("ACHTER OP SCHEMA")
        if row.trust.invalid_signatures:
            flags.append(f"{row.trust.invalid_signatures} ONGELDIGE HANDTEKENING(EN)")
        if row.trust.changed_signatures:
            flags.append(f"{row.trust.changed_signatures} gewijzigd na aftekening")
        if row.trust.untrusted_signatures:
            flags.append(f"{row.trust.untrusted_signatures} met niet-bevestigde sleutel")
        per_context = ", ".join(
            f"{contexts.label(c)} {_hours(m)}" for c, m in sorted(row.context_minutes.items())
        )
        print(
            f"{row.name} [{row.class_name or '-'}] {row.list_label}: "
            f"{_hours(row.counted_minutes)} van {_hours(row.required_minutes) or '-'} uur"
            f" ({per_context}); bevestigd {'-' if share is None else f'{round(share * 100)} %'}; "
            f"{row.unmet_rules} open {'regel' if row.unmet_rules == 1 else 'regels'}"
            + (f" ({row.first_unmet})" if row.first_unmet else "")
            + (f"; verwacht {row.forecast:%d/%m/%Y}" if row.forecast else "")
            + f"; export {row.exported_at.astimezone():%d/%m/%Y}"
            + (f"; {'; '.join(flags)}" if flags else "")
        )
    print(f"{len(rows)} leerlingen")
    return EXIT_OK


def cmd_school_export(args: argparse.Namespace) -> int:
    from stageportfolio.fileio import write_atomically
    from stageportfolio.services import school_reports
    from stageportfolio.services.school_overview import overview

    out = Path(args.out)
    _check_output(out)
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".csv", ".pdf"):
        raise _Bad(f"{out}: kies een bestand op .xlsx, .csv of .pdf (klasrapport)")
    with _opened() as school:
        filters = _filters(args)
        rows = overview(school, filters, sort=args.sort, descending=args.desc)
        contexts = school.catalog.contexts
        name = school.identity.name if school.identity else "school"
    if suffix == ".xlsx":
        data = school_reports.overview_xlsx(rows, contexts)
    elif suffix == ".csv":
        data = school_reports.overview_csv(rows, contexts)
    else:
        data = school_reports.class_report_pdf(rows, contexts, school_name=name, filters=filters)
    try:
        write_atomically(out, data)
    except OSError as exc:
        raise _Bad(f"{out}: kan niet geschreven worden ({exc.strerror})") from exc
    print(f"{len(rows)} leerlingen geschreven naar {out}")
    return EXIT_OK


def cmd_school_classes(args: argparse.Namespace) -> int:
    from stageportfolio.services.school_overview import ClassListError, import_class_list

    with _opened() as school:
        try:
            done = import_class_list(school, Path(args.file))
        except ClassListError as exc:
            lines = "\n".join(f"  {p}" for p in exc.problems)
            raise _Bad(
                f"{exc.where}: geen bruikbare klassenlijst; er is niets veranderd.\n{lines}"
            ) from exc
    print(
        f"Klassenlijst: {done.members} leerlingen in {len(done.classes)} klassen "
        f"({', '.join(done.classes)})."
    )
    if done.unmatched:
        print(f"Niet in de klassenlijst gevonden: {', '.join(done.unmatched)}")
    return EXIT_OK


def cmd_school_mentors(args: argparse.Namespace) -> int:
    from stageportfolio.services.school_overview import mentor_load

    with _opened() as school:
        mentors = mentor_load(school)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "fingerprint": m.fingerprint, "name": m.name,
                        "organisation": m.organisation, "sector": m.sector,
                        "vouched_by_this_school": m.trusted, "students": m.students,
                        "allowed_at_once": m.allowed, "most_at_once": m.most,
                        "days": [{"day": d.day.isoformat(), "students": list(d.students),
                                  "over": d.over} for d in m.days],
                    }
                    for m in mentors
                ],
                ensure_ascii=False,
                indent=2,
            )
        )  # fmt: skip
        return EXIT_OK
    for m in mentors:
        who = m.name if m.trusted else f"{m.name} (naam niet bevestigd door de school)"
        print(
            f"{who}, {m.organisation or '-'} [{m.fingerprint}]: {m.students} leerlingen, "
            f"hoogstens {m.most} tegelijk (toegestaan: {m.allowed})"
        )
        for d in m.over_days:
            print(
                f"  LET OP {d.day:%d/%m/%Y}: {len(d.students)} leerlingen tegelijk "
                f"({', '.join(d.students)})"
            )
    return EXIT_OK


def cmd_school_student(args: argparse.Namespace) -> int:
    from stageportfolio.fileio import write_atomically
    from stageportfolio.services.school_overview import overview, student_file, summary_lines

    with _opened() as school:
        rows = overview(school)
        wanted = args.student.casefold()
        found = [r for r in rows if r.portfolio_id == args.student or wanted in r.name.casefold()]
        if len(found) != 1:
            names = ", ".join(r.name for r in found[:10]) or "niemand"
            raise _Bad(f"{args.student!r}: {len(found)} leerlingen gevonden ({names})")
        row = found[0]
        print(
            f"{row.name} ({row.list_label}), export van "
            f"{row.exported_at.astimezone():%d/%m/%Y %H:%M}"
        )
        for line in summary_lines(row):
            print(f"  {line}")
        if args.out:
            _check_output(Path(args.out))
            name, _kind, data = student_file(school, row.portfolio_id)
            write_atomically(Path(args.out), data)
            print(f"{name} geschreven naar {args.out}")
    return EXIT_OK


def cmd_school_seal(args: argparse.Namespace) -> int:
    from stageportfolio.cli import _passphrase, _school, write_error
    from stageportfolio.core.signing import SealedKeyError, WrongPassphraseError
    from stageportfolio.fileio import write_atomically
    from stageportfolio.services.school_seal import SchoolSealError, seal_for_school

    identity = _school()
    source, out = Path(args.pdf), Path(args.out)
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise _Bad(f"{source}: kan niet gelezen worden ({exc.strerror})") from exc
    if out.resolve() == source.resolve():
        raise _Bad(f"--out {out}: kies een ander bestand dan de PDF van de leerling")
    passphrase = _passphrase(twice=False, school=True)
    try:
        sealed = seal_for_school(data, source.name, identity, passphrase)
    except WrongPassphraseError as exc:
        raise _Bad("Verkeerde wachtzin; er is niets verzegeld.") from exc
    except (SchoolSealError, SealedKeyError) as exc:
        raise _bad(exc) from exc
    try:
        write_atomically(out, sealed)
    except OSError as exc:
        raise write_error(out, exc) from exc
    print(
        f"Schoolzegel van {identity.name} gezet (schoolsleutel {identity.fingerprint}): {out}\n"
        f"Nakijken: stageportfolio verify {out} --trust SCHOOL.pub"
    )
    return EXIT_OK


def cmd_school_database(args: argparse.Namespace) -> int:
    from stageportfolio.services.school_mode import (
        SchoolModeError,
        StoreError,
        database_target,
        open_school,
        save_database_setting,
    )

    try:
        target = (
            save_database_setting(args.database) if args.database is not None else database_target()
        )
        school = open_school(target)
    except (StoreError, SchoolModeError) as exc:
        raise _bad(exc) from exc
    school.close()
    print(f"Schooldatabank: {target.label}")
    return EXIT_OK


def add_school_commands(sub: Any) -> None:
    p = sub.add_parser(
        "school-import", help="school: importeer exports van leerlingen (archieven en PDF's)"
    )
    p.add_argument("paths", nargs="+", metavar="MAP|BESTAND")
    p.add_argument("--json", action="store_true", help="als JSON")
    p.set_defaults(func=cmd_school_import)

    def filtering(p: argparse.ArgumentParser) -> None:
        p.add_argument("--klas", metavar="KLAS")
        p.add_argument("--programme", metavar="STUDIERICHTING")
        p.add_argument("--placement", metavar="STAGEPLAATS", help="deel van de naam")
        p.add_argument("--mentor", metavar="MENTOR", help="deel van de naam")
        p.add_argument("--name", metavar="NAAM", help="deel van de naam van de leerling")
        p.add_argument("--behind", action="store_true", help="enkel wie achter op schema is")
        p.add_argument(
            "--invalid", action="store_true", help="enkel wie een ongeldige handtekening heeft"
        )
        p.add_argument(
            "--sort",
            default="name",
            choices=[
                "name",
                "class",
                "programme",
                "counted",
                "confirmed",
                "unmet",
                "forecast",
                "exported",
            ],
        )
        p.add_argument("--desc", action="store_true", help="aflopend sorteren")

    p = sub.add_parser("school-overview", help="school: één regel per leerling")
    filtering(p)
    p.add_argument("--json", action="store_true", help="als JSON")
    p.set_defaults(func=cmd_school_overview)

    p = sub.add_parser(
        "school-export", help="school: het overzicht als .xlsx, CSV of klasrapport (.pdf)"
    )
    p.add_argument("--out", required=True, metavar="BESTAND.xlsx|.csv|.pdf")
    filtering(p)
    p.set_defaults(func=cmd_school_export)

    p = sub.add_parser(
        "school-classes", help="school: lees de klassenlijst uit een Smartschool-export"
    )
    p.add_argument("file", metavar="KLASSENLIJST.csv|.xlsx")
    p.set_defaults(func=cmd_school_classes)

    p = sub.add_parser("school-mentors", help="school: leerlingen per mentor en per dag")
    p.add_argument("--json", action="store_true", help="als JSON")
    p.set_defaults(func=cmd_school_mentors)

    p = sub.add_parser("school-student", help="school: één leerling (en zijn bestand)")
    p.add_argument("student", metavar="NAAM|PORTFOLIO-ID")
    p.add_argument("--out", metavar="BESTAND", help="schrijf het ingeleverde bestand hierheen")
    p.set_defaults(func=cmd_school_student)

    p = sub.add_parser(
        "school-seal",
        help="school: zet het schoolzegel (PAdES) op een nagekeken portfolio-PDF",
    )
    p.add_argument("pdf", metavar="PDF")
    p.add_argument("--out", required=True, metavar="VERZEGELD.pdf")
    p.set_defaults(func=cmd_school_seal)

    p = sub.add_parser(
        "school-database",
        help="school: toon of kies de schooldatabank (SQLite-bestand of postgresql://-URL)",
    )
    p.add_argument("database", nargs="?", default=None, metavar="PAD|URL")
    p.set_defaults(func=cmd_school_database)
