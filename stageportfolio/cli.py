"""Headless commands on the same core as the app; schools and users script these.

Exit codes: 0 fine, 1 the check found a gap of severity error, 2 bad input (a message says
what and where), 70 an unexpected failure (reported in one line, never as a traceback).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from stageportfolio import paths
from stageportfolio.core.catalog import (
    ActivityList,
    Catalog,
    ListFileError,
    UnknownListError,
    load_catalog,
    validate_file,
)
from stageportfolio.core.hours import hours_decimal
from stageportfolio.core.hourscsv import HoursCsvError, parse_hours_csv
from stageportfolio.core.messages import number
from stageportfolio.core.rules import Evaluation, RuleResult, evaluate

EXIT_OK, EXIT_GAPS, EXIT_BAD_INPUT, EXIT_FAILURE = 0, 1, 2, 70


class BadInput(Exception):
    """Input the user can fix; the message says what and where."""


def _catalog(args: argparse.Namespace) -> Catalog:
    catalog = load_catalog(paths.user_lists_dir())
    for problem in catalog.problems:
        print(f"Waarschuwing: lijst overgeslagen: {problem}", file=sys.stderr)
    return catalog


def _lang(args: argparse.Namespace) -> str:
    return str(getattr(args, "lang", "nl") or "nl")


# --- lists ------------------------------------------------------------------------------


def list_summary(alist: ActivityList) -> dict[str, Any]:
    spec = alist.spec
    return {
        "id": spec.id,
        "version": spec.version,
        "kind": spec.kind,
        "title": spec.title,
        "title_en": spec.title_en,
        "programme": spec.programme,
        "grade": spec.grade,
        "track": spec.track,
        "structuuronderdelen": list(spec.structuuronderdelen),
        "based_on": spec.based_on,
        "bks": [link.code for link in spec.bks],
        "bks_detail": [
            {"code": link.code, "scope": link.scope, "competences": list(link.competences)}
            for link in spec.bks
        ],
        "contexts": list(spec.contexts),
        "rules": [rule.kind for rule in spec.rules],
        "path": str(alist.path) if alist.path else None,
    }


def cmd_lists(args: argparse.Namespace) -> int:
    catalog = _catalog(args)
    lists = catalog.latest()
    if args.json:
        json.dump([list_summary(al) for al in lists], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    en = _lang(args) == "en"
    width = max(len(al.id) for al in lists)
    for al in lists:
        spec = al.spec
        title = spec.title_en if en and spec.title_en else spec.title
        kind = spec.kind.upper() if spec.kind == "evc" else ""
        bks = ", ".join(
            link.code + ("*" if link.scope == "gedeeltelijk" else "") for link in spec.bks
        )
        print(f"{al.id:<{width}}  v{spec.version}  {kind:<3}  {title}  [{bks}]")
    print(
        "\n* = gedeeltelijk (enkel enkele competenties)"
        if not en
        else "\n* = partly (some competences)"
    )
    return EXIT_OK


# --- validate-list ----------------------------------------------------------------------


def cmd_validate_list(args: argparse.Namespace) -> int:
    path = Path(args.path)
    if not path.is_file():
        raise BadInput(f"{path}: bestand niet gevonden")
    catalog = _catalog(args)
    try:
        result = validate_file(path, catalog)
    except ListFileError as exc:
        count = len(exc.problems)
        print(f"{path}: {count} {'fout' if count == 1 else 'fouten'}", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if isinstance(result, ActivityList):
        spec = result.spec
        competences = len(result.competence_ids())
        print(
            f"{path}: geldig: lijst {spec.id} versie {spec.version} ({spec.title}), "
            f"{len(spec.bks)} BK's, {competences} competenties, {len(spec.rules)} regels"
        )
    else:
        activities = sum(len(comp.activities) for comp in result.competences)
        print(
            f"{path}: geldig: {result.code} {result.title}, {len(result.competences)} "
            f"competenties, {activities} activiteiten"
        )
    return EXIT_OK


# --- check ------------------------------------------------------------------------------

_STATUS_NL = {"met": "VOLDAAN", "unmet": "NIET VOLDAAN", "not_evaluated": "NIET BEOORDEELD"}
_STATUS_EN = {"met": "MET", "unmet": "NOT MET", "not_evaluated": "NOT EVALUATED"}
_SEVERITY_NL = {"error": "verplicht", "warning": "advies"}
_SEVERITY_EN = {"error": "required", "warning": "advice"}


def _hours(minutes: int) -> float:
    return float(hours_decimal(minutes))


def evaluation_json(evaluation: Evaluation, lang: str, extra: dict[str, Any]) -> dict[str, Any]:
    def as_dict(result: RuleResult) -> dict[str, Any]:
        return result.as_dict(lang)

    return {
        "list": evaluation.alist.id,
        "version": evaluation.alist.version,
        "ok": evaluation.ok,
        "counted_hours": _hours(evaluation.counted_minutes),
        "counted_minutes": evaluation.counted_minutes,
        "total_hours": _hours(sum(evaluation.totals.values())),
        "totals": {ctx: _hours(m) for ctx, m in sorted(evaluation.totals.items())},
        "gaps": [as_dict(r) for r in evaluation.gaps],
        "rules": [as_dict(r) for r in evaluation.results],
        **extra,
    }


def print_evaluation(evaluation: Evaluation, lang: str) -> None:
    en = lang == "en"
    alist = evaluation.alist
    title = alist.spec.title_en if en and alist.spec.title_en else alist.spec.title
    print(
        f"{'List' if en else 'Lijst'}: {title} ({alist.id}, {'version' if en else 'versie'} "
        f"{alist.version})"
    )
    print("Hours per context:" if en else "Uren per context:")
    totals = sorted(evaluation.totals.items(), key=lambda kv: -kv[1])
    width = max((len(alist.contexts.label(ctx, lang)) for ctx, _ in totals), default=0)
    for ctx, minutes in totals:
        print(
            f"  {alist.contexts.label(ctx, lang):<{width}}  "
            f"{number(hours_decimal(minutes), lang):>8}"
        )
    if not totals:
        print("  (no hours)" if en else "  (geen uren)")
    counted = number(hours_decimal(evaluation.counted_minutes), lang)
    print(f"{'Counted hours' if en else 'Getelde uren'}: {counted}")
    print("Rules:" if en else "Regels:")
    statuses, severities = (_STATUS_EN, _SEVERITY_EN) if en else (_STATUS_NL, _SEVERITY_NL)
    for result in evaluation.results:
        tag = f"[{statuses[result.status]}, {severities[result.rule.severity]}]"
        print(f"  {tag} {result.message(lang)}")
    blocking = [r for r in evaluation.gaps if r.rule.severity == "error"]
    if not blocking:
        print("Result: no blocking gaps." if en else "Resultaat: geen blokkerende tekorten.")
    elif en:
        print(f"Result: {len(blocking)} blocking {'gap' if len(blocking) == 1 else 'gaps'}.")
    elif len(blocking) == 1:
        print("Resultaat: nog 1 tekort dat de kwalificatie of registratie blokkeert.")
    else:
        print(
            f"Resultaat: nog {len(blocking)} tekorten die de kwalificatie of registratie blokkeren."
        )


def read_input_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise BadInput(f"{path}: bestand niet gevonden") from exc
    except IsADirectoryError as exc:
        raise BadInput(f"{path}: is een map, geen bestand") from exc
    except OSError as exc:
        raise BadInput(f"{path}: kan niet gelezen worden ({exc.strerror})") from exc


def cmd_check(args: argparse.Namespace) -> int:
    catalog = _catalog(args)
    try:
        alist = catalog.get(args.list)
    except UnknownListError as exc:
        raise BadInput(str(exc)) from exc
    path = Path(args.csv)
    data = read_input_file(path)
    try:
        parsed = parse_hours_csv(data, catalog.contexts, today=date.today())
    except HoursCsvError as exc:
        count = len(exc.problems)
        lines = [f"{path}: {count} {'fout' if count == 1 else 'fouten'}; niets gecontroleerd."]
        lines += [f"  {problem}" for problem in exc.problems]
        raise BadInput("\n".join(lines)) from exc
    unknown = sorted({e.context for e in parsed.entries} - set(alist.spec.contexts))
    extra_warnings = [
        f"context {alist.contexts.label(ctx)!r} staat niet in de lijst {alist.id}; de uren tellen "
        "enkel waar een regel ze toelaat"
        for ctx in unknown
    ]
    evaluation = evaluate(alist, entries=parsed.entries)
    lang = _lang(args)
    warnings = [str(w) for w in parsed.warnings] + extra_warnings
    if args.json:
        payload = evaluation_json(evaluation, lang, {"warnings": warnings})
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for warning in warnings:
            print(f"Waarschuwing: {warning}", file=sys.stderr)
        print_evaluation(evaluation, lang)
    return EXIT_OK if evaluation.ok else EXIT_GAPS


# --- the stored portfolio ---------------------------------------------------------------


def _open_store() -> Any:
    from stageportfolio.portfolio import open_current
    from stageportfolio.store.db import StoreError

    try:
        return open_current()
    except StoreError as exc:
        raise BadInput(str(exc)) from exc


def _current(session: Any) -> Any:
    from stageportfolio.store import services

    try:
        return services.current_portfolio(session)
    except services.NoPortfolioError as exc:
        raise BadInput(
            "Er is nog geen portfolio in "
            f"{paths.data_dir()}. Maak er een met: stageportfolio init --name NAAM --list ID"
        ) from exc


def cmd_init(args: argparse.Namespace) -> int:
    from stageportfolio.store import services
    from stageportfolio.store.db import session_scope

    opened = _open_store()
    try:
        alist = opened.catalog.get(args.list)
    except UnknownListError as exc:
        raise BadInput(str(exc)) from exc
    role = "evc" if alist.spec.kind == "evc" else "student"
    if not args.name.strip():
        raise BadInput("--name mag niet leeg zijn")
    with session_scope(opened.engine) as session:
        if services.find_portfolio(session) is not None:
            raise BadInput(
                f"Er is al een portfolio in {paths.data_dir()}; wis het eerst met "
                "'stageportfolio erase --yes' of kies een andere map met STAGEPORTFOLIO_HOME."
            )
        info = services.create_portfolio(
            session,
            role=role,
            name=args.name.strip(),
            organisation=args.organisation,
            programme=alist.spec.programme,
            list_id=alist.id,
            list_version=alist.version,
            school_year=args.school_year,
        )
    print(f"Portfolio gemaakt voor {info.name}: {alist.spec.title} (versie {alist.version}).")
    return EXIT_OK


def cmd_import_hours(args: argparse.Namespace) -> int:
    from stageportfolio.core.hours import MAX_MINUTES_PER_DAY, format_hours
    from stageportfolio.store import services
    from stageportfolio.store.db import session_scope

    path = Path(args.csv)
    data = read_input_file(path)
    opened = _open_store()
    with session_scope(opened.engine) as session:
        info = _current(session)
        placements = services.list_placements(session, portfolio_id=info.id)
        try:
            parsed = parse_hours_csv(data, opened.catalog.contexts, today=date.today())
        except HoursCsvError as exc:
            count = len(exc.problems)
            lines = [f"{path}: {count} {'fout' if count == 1 else 'fouten'}; niets toegevoegd."]
            lines += [f"  {problem}" for problem in exc.problems]
            raise BadInput("\n".join(lines)) from exc
        outside = _outside_placement_periods(parsed, placements)
        if outside:
            raise BadInput(
                f"{path}: {len(outside)} regels vallen buiten de periode van hun stageplaats; "
                "niets toegevoegd.\n" + "\n".join(f"  {line}" for line in outside[:20])
            )
        rows = [
            services.ImportRow(e.day, e.context, e.minutes, e.placement, e.note, e.mentor)
            for e in parsed.entries
        ]
        new_placements = services.ensure_placements(session, portfolio_id=info.id, rows=rows)
        before = services.minutes_on_days(
            session, portfolio_id=info.id, days=[row.day for row in rows]
        )
        result = services.import_hours(
            session,
            portfolio_id=info.id,
            rows=rows,
            placements_by_name=services.placements_by_name(session, portfolio_id=info.id),
        )
        after = services.minutes_on_days(
            session, portfolio_id=info.id, days=[row.day for row in rows]
        )
        too_long = sorted(day for day, total in after.items() if total > MAX_MINUTES_PER_DAY)
        if too_long:
            session.rollback()
            shown = ", ".join(
                f"{d.day}/{d.month}/{d.year} ({format_hours(before.get(d, 0))} uur al in het "
                f"portfolio, {format_hours(after[d])} uur samen)"
                for d in too_long[:5]
            )
            raise BadInput(
                f"{path}: meer dan 24 uur op één dag samen met de uren die al in het portfolio "
                f"staan: {shown}; niets toegevoegd."
            )
    for warning in parsed.warnings:
        print(f"Waarschuwing: {warning}", file=sys.stderr)
    if new_placements:
        print(f"{new_placements} nieuwe stageplaatsen aangemaakt uit de kolom stageplaats.")
    if result.added == 0:
        print(f"Niets toegevoegd: alle {result.skipped} regels staan al in het portfolio.")
    elif result.skipped:
        print(
            f"{result.added} regels toegevoegd; {result.skipped} stonden er al en zijn "
            "niet dubbel toegevoegd."
        )
    else:
        print(f"{result.added} regels toegevoegd.")
    return EXIT_OK


def _outside_placement_periods(parsed: Any, placements: Sequence[Any]) -> list[str]:
    """Rows naming a known placement whose date falls outside that placement's period."""
    by_name = {}
    for p in placements:
        by_name[p.organisation.strip().casefold()] = p
        by_name[p.label.strip().casefold()] = p
    problems = []
    for line, entry in zip(parsed.rows, parsed.entries, strict=True):
        placement = by_name.get((entry.placement or "").strip().casefold())
        if placement and not placement.start_date <= entry.day <= placement.end_date:
            problems.append(
                f"regel {line}, kolom stageplaats: {entry.day:%d/%m/%Y} valt buiten de periode "
                f"van {placement.label} ({placement.start_date:%d/%m/%Y} tot "
                f"{placement.end_date:%d/%m/%Y})"
            )
    return problems


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file next to ``path``, then rename: never a half-written file."""
    import os
    import tempfile

    from stageportfolio.store.db import DISK_FULL_ERRNOS, disk_full_message

    full = disk_full_message(f"{path} is niet geschreven")
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        if exc.errno in DISK_FULL_ERRNOS:
            raise BadInput(full) from exc
        raise BadInput(f"{path}: kan niet schrijven in {path.parent} ({exc.strerror})") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        if exc.errno in DISK_FULL_ERRNOS:
            raise BadInput(full) from exc
        raise BadInput(f"{path}: kan niet geschreven worden ({exc.strerror})") from exc


def cmd_export_hours(args: argparse.Namespace) -> int:
    from stageportfolio.core.hoursexport import ExportRow, hours_csv
    from stageportfolio.store import services
    from stageportfolio.store.db import session_scope

    opened = _open_store()
    with session_scope(opened.engine) as session:
        info = _current(session)
        rows = services.list_hours(session, portfolio_id=info.id)
    data = hours_csv(
        (ExportRow(r.day, r.context, r.minutes, r.placement, r.mentor, r.note) for r in rows),
        opened.catalog.contexts,
    )
    path = Path(args.out)
    write_atomically(path, data)
    print(f"{len(rows)} regels geschreven naar {path}.")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from stageportfolio.store import services
    from stageportfolio.store.archive import ArchiveError, describe_counts, export_archive

    opened = _open_store()
    try:
        summary = export_archive(opened.engine, Path(args.out))
    except services.NoPortfolioError:
        from stageportfolio.store.db import session_scope

        with session_scope(opened.engine) as session:
            _current(session)  # raises BadInput with the usual message
        raise
    except ArchiveError as exc:
        raise BadInput(str(exc)) from exc
    finally:
        opened.engine.dispose()
    print(
        f"Archief geschreven naar {summary.path}: portfolio van {summary.portfolio_name} met "
        f"{describe_counts(summary.counts)}."
    )
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from stageportfolio.store.archive import (
        ArchiveError,
        describe_counts,
        import_archive,
        read_archive,
    )

    if _starts_like_pdf(Path(args.archive)):
        return _import_pdf(Path(args.archive))
    try:
        contents = read_archive(Path(args.archive))
    except ArchiveError as exc:
        raise BadInput(f"{exc}\nEr is niets geïmporteerd.") from exc
    opened = _open_store()
    try:
        summary = import_archive(opened.engine, contents)
    except ArchiveError as exc:
        raise BadInput(str(exc)) from exc
    finally:
        opened.engine.dispose()
    print(
        f"Portfolio van {summary.portfolio_name} geïmporteerd uit {args.archive}: "
        f"{describe_counts(summary.counts)}."
    )
    return EXIT_OK


def _starts_like_pdf(path: Path) -> bool:
    """True for a file that starts with ``%PDF-``; any other case is left to the zip reader."""
    try:
        with path.open("rb") as fh:
            return fh.read(5) == b"%PDF-"
    except OSError:
        return False


def _import_pdf(path: Path) -> int:
    from stageportfolio.pdfexport import read_pdf_archive
    from stageportfolio.store.archive import ArchiveError, describe_counts, import_archive

    data = read_input_file(path)
    try:
        contents = read_pdf_archive(data, name=path.name)
    except ArchiveError as exc:
        raise BadInput(f"{exc}\nEr is niets geïmporteerd.") from exc
    opened = _open_store()
    try:
        summary = import_archive(opened.engine, contents)
    except ArchiveError as exc:
        raise BadInput(str(exc)) from exc
    finally:
        opened.engine.dispose()
    print(
        f"Portfolio van {summary.portfolio_name} geïmporteerd uit {path}: "
        f"{describe_counts(summary.counts)}."
    )
    return EXIT_OK


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{number(round(size / 1024, 1))} kB"
    return f"{number(round(size / (1024 * 1024), 1))} MB"


def cmd_export_pdf(args: argparse.Namespace) -> int:
    from stageportfolio.pdfexport import portfolio_pdf
    from stageportfolio.portfolio import PortfolioService
    from stageportfolio.report.pdfa import page_count
    from stageportfolio.store.archive import ArchiveError
    from stageportfolio.store.db import session_scope

    opened = _open_store()
    try:
        with session_scope(opened.engine) as session:
            info = _current(session)  # no portfolio: BadInput with the usual message
        try:
            service = PortfolioService(opened.engine, opened.catalog, info)
            data = portfolio_pdf(service, variant=args.variant)
        except UnknownListError as exc:
            raise BadInput(
                f"De lijst van dit portfolio ({info.list_id} versie {info.list_version}) is "
                "niet meer beschikbaar; zet het lijstbestand terug in de map met lijsten."
            ) from exc
        except ArchiveError as exc:
            raise BadInput(f"{exc}\nEr is geen PDF gemaakt.") from exc
    finally:
        opened.engine.dispose()
    path = Path(args.out)
    write_atomically(path, data)
    pages = page_count(data)
    print(
        f"PDF geschreven naar {path}: {pages} {'pagina' if pages == 1 else 'pagina’s'}, "
        f"{_size(len(data))}, met het hele portfolio als bijlage (PDF/A-3b)."
    )
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    from stageportfolio.portfolio import evaluate_portfolio
    from stageportfolio.store import services
    from stageportfolio.store.db import session_scope

    opened = _open_store()
    with session_scope(opened.engine) as session:
        info = _current(session)
    try:
        evaluation = evaluate_portfolio(opened.engine, opened.catalog)
    except UnknownListError as exc:
        raise BadInput(
            f"De lijst van dit portfolio ({info.list_id} versie {info.list_version}) is niet "
            "meer beschikbaar; zet het lijstbestand terug in de map met lijsten."
        ) from exc
    except services.NoPortfolioError as exc:  # pragma: no cover - checked just above
        raise BadInput(str(exc)) from exc
    lang = _lang(args)
    if args.json:
        owner = {"name": info.name, "role": info.role, "organisation": info.organisation}
        payload = evaluation_json(evaluation, lang, {"portfolio": owner})
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(f"Portfolio: {info.name}")
        print_evaluation(evaluation, lang)
    return EXIT_OK if evaluation.ok else EXIT_GAPS


def cmd_erase(args: argparse.Namespace) -> int:
    import shutil

    from stageportfolio.store.db import DB_NAME

    if not args.yes:
        raise BadInput(
            "Dit wist het portfolio en alle bewijsstukken definitief. "
            "Bevestig met: stageportfolio erase --yes"
        )
    home = paths.data_dir()
    removed = 0
    for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm"):
        target = home / name
        if target.exists():
            target.unlink()
            removed += 1
    for folder in ("evidence", "backups"):
        if (home / folder).exists():
            shutil.rmtree(home / folder)
            removed += 1
    if removed:
        print(f"Portfolio, bewijsstukken en reservekopieën gewist uit {home}.")
    else:
        print(f"Er was geen portfolio in {home}.")
    return EXIT_OK


# --- main -------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="stageportfolio",
        description="Stageportfolio: stage-uren, activiteiten en competenties voor zorg en "
        "welzijn. "
        "Zonder commando start de app.",
    )
    parser.add_argument("--lang", choices=["nl", "en"], default=None, help="taal (standaard nl)")
    parser.add_argument("--demo", action="store_true", help="open de app met een demoportfolio")
    sub = parser.add_subparsers(dest="command", metavar="COMMANDO")

    p = sub.add_parser("lists", help="toon alle stage-activiteitenlijsten en EVC-lijsten")
    p.add_argument("--json", action="store_true", help="als JSON")
    p.set_defaults(func=cmd_lists)

    p = sub.add_parser("validate-list", help="controleer een lijst- of BK-bestand (TOML)")
    p.add_argument("path", metavar="PAD")
    p.set_defaults(func=cmd_validate_list)

    p = sub.add_parser("check", help="toets uren uit een CSV-bestand aan de regels van een lijst")
    p.add_argument("--list", required=True, metavar="ID", help="id van de lijst (zie: lists)")
    p.add_argument("csv", metavar="UREN.csv")
    p.add_argument("--json", action="store_true", help="als JSON")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("init", help="maak een portfolio in de gegevensmap")
    p.add_argument("--name", required=True, metavar="NAAM")
    p.add_argument("--list", required=True, metavar="ID", help="lijst (studierichting of EVC)")
    p.add_argument("--organisation", default="", metavar="SCHOOL", help="school of testcentrum")
    p.add_argument("--school-year", default="", metavar="JAAR", help="bv. 2025-2026")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("import-hours", help="voeg uren uit een CSV-bestand toe (alles of niets)")
    p.add_argument("csv", metavar="UREN.csv")
    p.set_defaults(func=cmd_import_hours)

    p = sub.add_parser("export-hours", help="schrijf alle uren naar een CSV-bestand voor Excel")
    p.add_argument("out", metavar="UIT.csv")
    p.set_defaults(func=cmd_export_hours)

    p = sub.add_parser(
        "export", help="schrijf het hele portfolio met bewijsstukken naar een archief"
    )
    p.add_argument("--out", required=True, metavar="ARCHIEF.zip", help="het archiefbestand")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", help="zet een portfolio-archief terug in een lege gegevensmap")
    p.add_argument("archive", metavar="ARCHIEF.zip", help="een archief (.zip) of portfolio-PDF")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser(
        "export-pdf",
        help="schrijf het portfolio als archief-PDF (PDF/A-3b) met het hele portfolio als bijlage",
    )
    p.add_argument("--out", required=True, metavar="PORTFOLIO.pdf", help="het PDF-bestand")
    p.add_argument(
        "--variant",
        choices=["stage", "evc"],
        default="stage",
        help="stage (standaard) of evc: het EVC-portfolio",
    )
    p.set_defaults(func=cmd_export_pdf)

    p = sub.add_parser("status", help="toets het portfolio aan alle regels van zijn lijst")
    p.add_argument("--json", action="store_true", help="als JSON")
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("erase", help="wis het portfolio en alle bestanden ervan")
    p.add_argument("--yes", action="store_true", help="bevestig het wissen")
    p.set_defaults(func=cmd_erase)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse already printed the usage message
        return EXIT_BAD_INPUT if exc.code not in (0, None) else EXIT_OK
    if args.command is None:
        from stageportfolio.app import run_app

        return run_app(demo=args.demo, lang=args.lang)
    try:
        return int(args.func(args))
    except BadInput as exc:
        print(exc, file=sys.stderr)
        return EXIT_BAD_INPUT
    except ListFileError as exc:
        print("Fout in de meegeleverde lijsten:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # never a traceback for a user; say what failed in one line
        # The store is imported lazily; if it is not loaded, the error cannot come from it.
        store = sys.modules.get("stageportfolio.store.db")
        if store is not None:  # a full disk, a read-only database, …: the user can act on it
            known = exc if isinstance(exc, store.StoreError) else store.translate_db_error(exc)
            if known is not None:
                print(known, file=sys.stderr)
                return EXIT_BAD_INPUT
        print(f"Onverwachte fout ({type(exc).__name__}): {exc}", file=sys.stderr)
        return EXIT_FAILURE
