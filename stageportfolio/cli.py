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
from stageportfolio.core.limits import count_text
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


def open_input_file(path: Path) -> Any:
    """The file opened for reading (binary); errors become a clear message."""
    try:
        return path.open("rb")
    except FileNotFoundError as exc:
        raise BadInput(f"{path}: bestand niet gevonden") from exc
    except IsADirectoryError as exc:
        raise BadInput(f"{path}: is een map, geen bestand") from exc
    except OSError as exc:
        raise BadInput(f"{path}: kan niet gelezen worden ({exc.strerror})") from exc


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
        raise BadInput(_csv_refusal(path, exc, "niets gecontroleerd")) from exc
    unknown = sorted({e.context for e in parsed.entries} - set(alist.spec.contexts))
    extra_warnings = [
        f"context {alist.contexts.label(ctx)!r} staat niet in de lijst {alist.id}; de uren tellen "
        "enkel waar een regel ze toelaat"
        for ctx in unknown
    ]
    evaluation = evaluate(alist, entries=parsed.entries)
    lang = _lang(args)
    warnings = parsed.warning_lines() + extra_warnings
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
    from stageportfolio.services.portfolio import open_current
    from stageportfolio.store.db import StoreError

    try:
        opened = open_current()
    except StoreError as exc:
        raise BadInput(str(exc)) from exc
    for notice in opened.notices:
        print(f"Let op: {notice}", file=sys.stderr)
    for problem in opened.catalog.problems:
        print(f"Waarschuwing: lijst overgeslagen: {problem}", file=sys.stderr)
    return opened


def _current(session: Any) -> Any:
    from stageportfolio.store import queries

    try:
        return queries.current_portfolio(session)
    except queries.NoPortfolioError as exc:
        raise BadInput(
            "Er is nog geen portfolio in "
            f"{paths.data_dir()}. Maak er een met: stageportfolio init --name NAAM --list ID"
        ) from exc


def cmd_init(args: argparse.Namespace) -> int:
    from stageportfolio.store import queries
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
        if queries.find_portfolio(session) is not None:
            raise BadInput(
                f"Er is al een portfolio in {paths.data_dir()}; wis het eerst met "
                "'stageportfolio erase --yes' of kies een andere map met STAGEPORTFOLIO_HOME."
            )
        info = queries.create_portfolio(
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
    from stageportfolio.services.portfolio import EntryRejected, PortfolioService

    path = Path(args.csv)
    source = open_input_file(path)
    with source:
        opened = _open_store()
        with _session(opened) as session:
            info = _current(session)
        try:
            service = PortfolioService(opened.engine, opened.catalog, info)
        except UnknownListError as exc:
            raise BadInput(f"De lijst van dit portfolio is niet beschikbaar: {exc}") from exc
        try:
            # Streamed: the rows go to the database as they are read, in one transaction.
            result = service.import_hours_csv(source, today=date.today())
        except HoursCsvError as exc:
            raise BadInput(_csv_refusal(path, exc, "niets toegevoegd")) from exc
        except EntryRejected as exc:
            shown = " ".join(issue.message() for issue in exc.issues[:5])
            raise BadInput(
                f"{path}: meer dan 24 uur op één dag samen met de uren die al in het portfolio "
                f"staan. {shown} Niets toegevoegd."
            ) from exc
        finally:
            opened.engine.dispose()
    for warning in result.warnings:
        print(f"Waarschuwing: {warning}", file=sys.stderr)
    if result.placements_added:
        print(
            f"{result.placements_added} nieuwe stageplaatsen aangemaakt uit de kolom stageplaats."
        )
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


def _csv_refusal(path: Path, exc: HoursCsvError, outcome: str) -> str:
    """Every problem of a CSV file, identical ones grouped, each kind capped."""
    count = exc.total
    lines = [f"{path}: {count_text(count)} {'fout' if count == 1 else 'fouten'}; {outcome}."]
    lines += [f"  {line}" for line in exc.summary()]
    return "\n".join(lines)


def _session(opened: Any) -> Any:
    from stageportfolio.store.db import session_scope

    return session_scope(opened.engine)


def check_output(path: Path) -> None:
    """Refuse an output path inside the app's own data (it would overwrite the portfolio)."""
    from stageportfolio import fileio

    try:
        fileio.check_output_path(path)
    except fileio.OwnDataError as exc:
        raise BadInput(str(exc)) from exc


def write_atomically(path: Path, data: bytes) -> None:
    """Write a user's file completely or not at all; errors become a clear message."""
    from stageportfolio import fileio

    check_output(path)
    try:
        fileio.write_atomically(path, data)
    except OSError as exc:
        raise write_error(path, exc) from exc


def write_error(path: Path, exc: OSError) -> BadInput:
    """A failed write as a message that says what to do."""
    from stageportfolio.store.db import DISK_FULL_ERRNOS, disk_full_message

    if exc.errno in DISK_FULL_ERRNOS:
        return BadInput(disk_full_message(f"{path} is niet geschreven"))
    return BadInput(f"{path}: kan niet geschreven worden ({exc.strerror})")


def cmd_export_hours(args: argparse.Namespace) -> int:
    from stageportfolio.core.hoursexport import ExportRow, hours_csv
    from stageportfolio.store import queries
    from stageportfolio.store.db import session_scope

    check_output(Path(args.out))  # before any work: never over the app's own data
    opened = _open_store()
    with session_scope(opened.engine) as session:
        info = _current(session)
        rows = queries.list_hours(session, portfolio_id=info.id)
    data = hours_csv(
        (ExportRow(r.day, r.context, r.minutes, r.placement, r.mentor, r.note) for r in rows),
        opened.catalog.contexts,
    )
    path = Path(args.out)
    write_atomically(path, data)
    print(f"{len(rows)} regels geschreven naar {path}.")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from stageportfolio.store import queries
    from stageportfolio.store.archive import ArchiveError, describe_counts, export_archive

    check_output(Path(args.out))
    opened = _open_store()
    try:
        summary = export_archive(opened.engine, Path(args.out))
    except queries.NoPortfolioError:
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
    """Import a whole portfolio from a zip archive or from a portfolio PDF (same checks)."""
    from stageportfolio.services.portfolio_file import ArchiveError, import_portfolio_file
    from stageportfolio.store.archive import describe_counts

    path = Path(args.archive)
    if not path.exists():
        raise BadInput(f"{path}: bestand niet gevonden\nEr is niets geïmporteerd.")
    opened = _open_store()
    try:
        summary, flagged = import_portfolio_file(
            opened.engine, opened.catalog, path, today=date.today()
        )
    except ArchiveError as exc:
        text = str(exc)
        if "niets geïmporteerd" not in text:
            text += "\nEr is niets geïmporteerd."
        raise BadInput(text) from exc
    finally:
        opened.engine.dispose()
    print(
        f"Portfolio van {summary.portfolio_name} geïmporteerd uit {args.archive}: "
        f"{describe_counts(summary.counts)}."
    )
    for name in flagged:
        print(
            f"Let op: bewijsstuk {name!r} is geen document of afbeelding die de app opent; het "
            "staat in het portfolio, maar wordt niet geopend.",
            file=sys.stderr,
        )
    return EXIT_OK


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{number(round(size / 1024, 1))} kB"
    return f"{number(round(size / (1024 * 1024), 1))} MB"


def cmd_export_pdf(args: argparse.Namespace) -> int:
    from stageportfolio.report.pdfa import page_count
    from stageportfolio.services.pdf_export import portfolio_pdf
    from stageportfolio.services.portfolio import PortfolioService
    from stageportfolio.store.archive import ArchiveError
    from stageportfolio.store.db import session_scope

    check_output(Path(args.out))  # before any work: never over the app's own data
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
    from stageportfolio.services.portfolio import evaluate_portfolio
    from stageportfolio.store import queries
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
    except queries.NoPortfolioError as exc:  # pragma: no cover - checked just above
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
    from stageportfolio.services.erase import erase_everything

    if not args.yes:
        raise BadInput(
            "Dit wist het portfolio, alle bewijsstukken, de reservekopieën en het mentorprofiel "
            "definitief. Bevestig met: stageportfolio erase --yes"
        )
    home = paths.data_dir()
    try:
        erased = erase_everything(home)
    except OSError as exc:
        raise BadInput(
            f"{exc.filename or home}: kan niet gewist worden ({exc.strerror}); sluit de app en "
            "probeer opnieuw."
        ) from exc
    if not erased.anything:
        print(f"Er was niets van stageportfolio in {home}.")
    else:
        print(f"Gewist uit {home}:")
        for line in erased.removed:
            print(f"  - {line}")
    for line in erased.kept:
        print(f"Niet gewist: {line}")
    return EXIT_OK


# --- mentor mode: the mentor's own copy of the app (no portfolio needed) -----------------

PASSPHRASE_ENV = "STAGEPORTFOLIO_PASSPHRASE"


def _passphrase(*, twice: bool) -> str:
    """The mentor's passphrase: from STAGEPORTFOLIO_PASSPHRASE (scripts), else typed (hidden)."""
    import getpass
    import os

    given = os.environ.get(PASSPHRASE_ENV)
    if given is not None:
        return given
    try:
        first = getpass.getpass("Wachtzin van de mentor: ")
        if twice:
            second = getpass.getpass("Typ de wachtzin nog eens: ")
            if first != second:
                raise BadInput("De twee wachtzinnen verschillen; er is niets gemaakt.")
    except EOFError as exc:
        raise BadInput(
            f"Geen wachtzin gekregen; typ ze in een terminal of zet {PASSPHRASE_ENV}."
        ) from exc
    return first


def _mentor_identity() -> Any:
    from stageportfolio.services import mentormode

    try:
        identity = mentormode.load_identity()
    except mentormode.IdentityError as exc:
        raise BadInput(str(exc)) from exc
    if identity is None:
        raise BadInput(
            f"Er is nog geen mentorprofiel in {mentormode.mentor_dir()}. Maak er een met: "
            "stageportfolio mentor-init --name NAAM --organisation ORGANISATIE --sector SECTOR"
        )
    return identity


def cmd_mentor_init(args: argparse.Namespace) -> int:
    from stageportfolio.core.signing import MIN_PASSPHRASE, WeakPassphraseError
    from stageportfolio.services import mentormode

    if not args.name.strip():
        raise BadInput("--name mag niet leeg zijn")
    try:
        existing = mentormode.load_identity()
    except mentormode.IdentityError:
        existing = None  # a damaged profile may be replaced with --replace
    if (existing is not None or mentormode.identity_path().exists()) and not args.replace:
        raise BadInput(
            f"Er is al een mentorprofiel in {mentormode.mentor_dir()}. Een nieuw profiel maakt "
            "een nieuwe sleutel die de school nog niet kent; vervang het enkel bewust met "
            "--replace."
        )
    passphrase = _passphrase(twice=True)
    try:
        identity = mentormode.create_identity(
            args.name, args.organisation, args.sector, passphrase, replace=args.replace
        )
    except WeakPassphraseError as exc:
        raise BadInput(
            f"De wachtzin is te kort: gebruik minstens {MIN_PASSPHRASE} tekens. "
            "Er is niets gemaakt."
        ) from exc
    except (ValueError, mentormode.IdentityError) as exc:
        raise BadInput(str(exc)) from exc
    print(
        f"Mentorprofiel gemaakt voor {identity.name}"
        + (f" ({identity.organisation})" if identity.organisation else "")
        + f". Vingerafdruk van de sleutel: {identity.fingerprint}."
    )
    print(
        "Bewaar de wachtzin goed: zonder wachtzin kan er niet afgetekend worden. Geef de "
        "school je mentorkaart: stageportfolio mentor-card --out MIJN.mentorkaart.json"
    )
    return EXIT_OK


def cmd_mentor_card(args: argparse.Namespace) -> int:
    from stageportfolio.services import mentormode

    identity = _mentor_identity()
    path = Path(args.out)
    check_output(path)
    try:
        card = mentormode.write_card(path, identity)
    except OSError as exc:
        raise write_error(path, exc) from exc
    print(f"Mentorkaart geschreven naar {path} (vingerafdruk {card['fingerprint']}).")
    return EXIT_OK


def _ask(prompt: str) -> str:
    try:
        return input(prompt).strip().lower()
    except EOFError as exc:
        raise BadInput(
            "Geen antwoord gekregen; er is niets geschreven. Gebruik --approve-all om alles "
            "zonder vragen af te tekenen."
        ) from exc


def _ask_decision(entry: Any, level: int | None, comment: str) -> Any:
    from stageportfolio.services.mentormode import Decision

    while True:
        answer = _ask("  Aftekenen? (j/n) ")
        if answer in {"j", "ja", "y", "yes"}:
            break
        if answer in {"n", "nee", "no"}:
            return Decision(approve=False)
        print("  Antwoord met j (ja) of n (nee).")
    if entry.kind == "activity_record" and level is None:
        while True:
            text = _ask(f"  Niveau [{entry.proposed_level}]: ")
            if not text:
                break
            if text.isdigit() and int(text) >= 1:
                level = int(text)
                break
            print("  Geef een niveau als getal (1, 2, 3, …) of druk op Enter.")
    return Decision(approve=True, level=level, comment=comment)


def cmd_mentor_sign(args: argparse.Namespace) -> int:
    from stageportfolio.core.signing import WrongPassphraseError
    from stageportfolio.services import mentormode

    identity = _mentor_identity()
    try:
        request = mentormode.read_request(Path(args.request))
    except mentormode.RequestError as exc:
        raise BadInput(f"{exc}\nEr is niets afgetekend.") from exc
    if args.level is not None and args.level < 1:
        raise BadInput("--level moet 1 of hoger zijn")
    print(f"Aftekenverzoek van {request.learner_name}: {len(request.items)} items.")
    warning = mentormode.load_warning(identity, request)
    if warning:
        print(f"Waarschuwing: {warning}", file=sys.stderr)
    decisions = {}
    for index, entry in enumerate(request.items, start=1):
        print(f"{index}. {mentormode.describe_item(entry)}")
        if entry.reflection:
            print(f"   Reflectie: {entry.reflection}")
        if args.approve_all:
            decisions[entry.id] = mentormode.Decision(True, args.level, args.comment)
        else:
            decisions[entry.id] = _ask_decision(entry, args.level, args.comment)
    approved = sum(1 for d in decisions.values() if d.approve)
    passphrase = _passphrase(twice=False)
    try:
        data = mentormode.sign_request(request, identity, passphrase, decisions)
    except WrongPassphraseError as exc:
        raise BadInput("Verkeerde wachtzin; er is niets afgetekend of geschreven.") from exc
    except ValueError as exc:
        raise BadInput(str(exc)) from exc
    path = Path(args.out)
    write_atomically(path, data)
    print(
        f"{approved} van {len(request.items)} items afgetekend; geef {path} terug aan "
        f"{request.learner_name}."
    )
    return EXIT_OK


def _add_mentor_commands(sub: Any) -> None:
    p = sub.add_parser("mentor-init", help="mentor: maak een mentorprofiel met een sleutel")
    p.add_argument("--name", required=True, metavar="NAAM")
    p.add_argument("--organisation", default="", metavar="ORGANISATIE", help="de stageplaats")
    p.add_argument(
        "--sector",
        required=True,
        choices=["social_profit", "local_government"],
        help="social_profit of local_government (bepaalt hoeveel lerenden tegelijk)",
    )
    p.add_argument("--replace", action="store_true", help="vervang een bestaand profiel")
    p.set_defaults(func=cmd_mentor_init)

    p = sub.add_parser("mentor-card", help="mentor: schrijf de mentorkaart voor de school")
    p.add_argument("--out", required=True, metavar="KAART.mentorkaart.json")
    p.set_defaults(func=cmd_mentor_card)

    p = sub.add_parser("mentor-sign", help="mentor: teken een aftekenverzoek van een student af")
    p.add_argument("request", metavar="VERZOEK.aftekenverzoek.json")
    p.add_argument("--out", required=True, metavar="ANTWOORD.aftekening.json")
    p.add_argument("--approve-all", action="store_true", help="teken alle items af zonder vragen")
    p.add_argument(
        "--level", type=int, default=None, metavar="N", help="niveau voor alle activiteiten"
    )
    p.add_argument("--comment", default="", metavar="TEKST", help="opmerking bij elk item")
    p.set_defaults(func=cmd_mentor_sign)


# --- mentor signatures ------------------------------------------------------------------


def _signoff_service(opened: Any) -> Any:
    from stageportfolio.services.portfolio import PortfolioService
    from stageportfolio.services.signoffs import SignOffService
    from stageportfolio.store.db import session_scope

    with session_scope(opened.engine) as session:
        info = _current(session)
    try:
        return SignOffService(PortfolioService(opened.engine, opened.catalog, info))
    except UnknownListError as exc:
        raise BadInput(
            f"De lijst van dit portfolio ({info.list_id} versie {info.list_version}) is niet "
            "meer beschikbaar; zet het lijstbestand terug in de map met lijsten."
        ) from exc


_SIGNATURE_STATUS = {
    "valid": "geldig",
    "changed": "GEWIJZIGD na aftekening",
    "invalid": "ONGELDIG",
}


def cmd_verify(args: argparse.Namespace) -> int:
    opened = _open_store()
    try:
        results = _signoff_service(opened).verify_all()
    finally:
        opened.engine.dispose()
    ok = all(v.status == "valid" for v in results)
    if args.json:
        payload = {
            "ok": ok,
            "signoffs": [
                {
                    "id": v.signoff_id,
                    "target_kind": v.target_kind,
                    "target_id": v.target_id,
                    "label": v.label,
                    "mentor": v.mentor_name,
                    "fingerprint": v.fingerprint,
                    "code": v.code,
                    "level": v.level,
                    "signed_at": v.signed_at.isoformat(timespec="seconds"),
                    "status": v.status,
                    "school_verified": v.school_verified,
                }
                for v in results
            ],
        }
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK if ok else EXIT_GAPS
    if not results:
        print("Er zijn nog geen ondertekende aftekeningen in dit portfolio.")
        return EXIT_OK
    valid = [v for v in results if v.status == "valid"]
    vouched = sum(1 for v in valid if v.school_verified)
    print(
        f"{len(valid)} van {len(results)} handtekeningen geldig; {vouched} daarvan met een "
        "sleutel die de school kent."
    )
    for v in results:
        if v.status != "valid":
            print(
                f"  {_SIGNATURE_STATUS[v.status]}: {v.label} — mentor {v.mentor_name}, "
                f"sleutel {v.fingerprint}, code {v.code}"
            )
    return EXIT_OK if ok else EXIT_GAPS


def cmd_signoff_request(args: argparse.Namespace) -> int:
    opened = _open_store()
    try:
        signoffs = _signoff_service(opened)
        mentor_id = None
        if args.mentor:
            wanted = args.mentor.strip().casefold()
            found = [m for m in signoffs.service.mentors() if m.name.strip().casefold() == wanted]
            if not found:
                known = ", ".join(m.name for m in signoffs.service.mentors()) or "geen"
                raise BadInput(f"Onbekende mentor {args.mentor!r}; mentoren: {known}.")
            mentor_id = found[0].id
        data = signoffs.request_bytes(mentor_id=mentor_id)
    finally:
        opened.engine.dispose()
    path = Path(args.out)
    write_atomically(path, data)
    count = len(json.loads(data)["items"])
    print(f"Aftekenverzoek geschreven naar {path}: {count} items om af te tekenen.")
    return EXIT_OK


def cmd_signoff_import(args: argparse.Namespace) -> int:
    from stageportfolio.services.signoffs import SignOffFileError

    opened = _open_store()
    try:
        try:
            summary = _signoff_service(opened).import_response(Path(args.file))
        except SignOffFileError as exc:
            raise BadInput(f"{exc}\nEr is niets geïmporteerd.") from exc
    finally:
        opened.engine.dispose()
    print(f"{summary.added} aftekeningen toegevoegd uit {args.file}.")
    if summary.already:
        print(f"{summary.already} stonden er al.")
    if summary.refused:
        print(f"{len(summary.refused)} geweigerd:", file=sys.stderr)
        for reason in summary.refused:
            print(f"  {reason}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK


def cmd_mentor_cards_import(args: argparse.Namespace) -> int:
    from stageportfolio.services.signoffs import SignOffFileError

    opened = _open_store()
    try:
        try:
            count = _signoff_service(opened).import_mentor_cards(Path(args.file))
        except SignOffFileError as exc:
            raise BadInput(f"{exc}\nEr is niets geïmporteerd.") from exc
    finally:
        opened.engine.dispose()
    print(f"{count} {'mentorkaart' if count == 1 else 'mentorkaarten'} geïmporteerd.")
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
    parser.add_argument(
        "--mentor", action="store_true", help="start in mentormodus: aftekenen zonder portfolio"
    )
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

    p = sub.add_parser("verify", help="controleer alle handtekeningen van mentoren")
    p.add_argument("--json", action="store_true", help="als JSON")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser(
        "signoff-request", help="schrijf een aftekenverzoek voor een mentor (JSON-bestand)"
    )
    p.add_argument("--out", required=True, metavar="VERZOEK.aftekenverzoek.json")
    p.add_argument("--mentor", default=None, metavar="NAAM", help="enkel items van deze mentor")
    p.set_defaults(func=cmd_signoff_request)

    p = sub.add_parser("signoff-import", help="importeer de aftekening van een mentor")
    p.add_argument("file", metavar="AFTEKENING.aftekening.json")
    p.set_defaults(func=cmd_signoff_import)

    p = sub.add_parser(
        "mentor-cards-import", help="importeer mentorkaarten: sleutels die de school kent"
    )
    p.add_argument("file", metavar="KAART.mentorkaart.json")
    p.set_defaults(func=cmd_mentor_cards_import)

    p = sub.add_parser("erase", help="wis het portfolio en alle bestanden ervan")
    p.add_argument("--yes", action="store_true", help="bevestig het wissen")
    p.set_defaults(func=cmd_erase)

    _add_mentor_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse already printed the usage message
        return EXIT_BAD_INPUT if exc.code not in (0, None) else EXIT_OK
    if args.command is None:
        from stageportfolio.app import run_app

        return run_app(demo=args.demo, lang=args.lang, mentor=args.mentor)
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
