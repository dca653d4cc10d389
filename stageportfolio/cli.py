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
from decimal import Decimal
from pathlib import Path
from typing import Any

from stageportfolio import paths
from stageportfolio.core import clock
from stageportfolio.core.catalog import (
    ActivityList,
    Catalog,
    ListFileError,
    UnknownListError,
    validate_file,
)
from stageportfolio.core.hours import format_clock, hours_decimal
from stageportfolio.core.hourscsv import HoursCsvError, ParsedHours, parse_hours_csv
from stageportfolio.core.limits import count_text
from stageportfolio.core.messages import counted, join_and, line_numbers, number
from stageportfolio.core.rules import Evaluation, RuleResult, evaluate
from stageportfolio.core.schoolcalendar import SchoolCalendar
from stageportfolio.core.variants import list_notes, result_line, rule_tag, rule_title

EXIT_OK, EXIT_GAPS, EXIT_BAD_INPUT, EXIT_FAILURE = 0, 1, 2, 70


class BadInput(Exception):
    """Input the user can fix; the message says what and where."""


def _catalog(args: argparse.Namespace) -> Catalog:
    from stageportfolio.services.lists import load_user_catalog

    catalog = load_user_catalog()
    for problem in catalog.problems:
        print(f"Waarschuwing: lijst overgeslagen: {problem}", file=sys.stderr)
    for problem in catalog.conflicts:
        print(f"Waarschuwing: {problem}", file=sys.stderr)
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
        "rules_detail": [
            {
                "id": rule.id,
                "kind": rule.kind,
                "severity": rule.severity,
                "basis": rule.basis,
                "tightens": rule.tightens,
                "school_year": rule.school_year,
                "title": rule_title(rule),
                "source": rule.source,
            }
            for rule in spec.rules
        ],
        "dropped_rules": [
            {
                "id": d.rule.id,
                "title": rule_title(d.rule),
                "basis": d.rule.basis,
                "reason": d.reason,
            }
            for d in (alist.variant.dropped if alist.variant else ())
        ],
        "base": (
            {"id": alist.variant.base_id, "version": alist.variant.base_version}
            if alist.variant
            else None
        ),
        "counts_as": {ctx: list(broader) for ctx, broader in spec.counts_as.items()},
        "origin": alist.origin,
        "notes": list_notes(alist),
        "path": str(alist.path) if alist.path else None,
    }


def print_rules(alist: ActivityList, lang: str, indent: str = "    ") -> None:
    """A list's notes (variant, rules left out) and every rule with what it rests on."""
    en = lang == "en"
    for note in list_notes(alist, lang):
        print(f"{indent}{note}")
    print(f"{indent}{'Rules' if en else 'Regels'}:")
    severities = _SEVERITY_EN if en else _SEVERITY_NL
    for rule in alist.spec.rules:
        tag = ", ".join(t for t in (severities[rule.severity], rule_tag(alist, rule, lang)) if t)
        print(f"{indent}  {rule.id}: {rule_title(rule, lang)} [{tag}]")


def cmd_lists(args: argparse.Namespace) -> int:
    catalog = _catalog(args)
    lists = catalog.latest()
    if args.id:
        try:
            lists = [catalog.get(args.id)]
        except UnknownListError as exc:
            raise BadInput(str(exc)) from exc
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
        if args.id or al.variant is not None or al.origin == "archive" or spec.counts_as:
            print_rules(al, _lang(args))
    if any(link.scope == "gedeeltelijk" for al in lists for link in al.spec.bks):
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
        print(f"{path}: {counted(count, 'fout', 'fouten')}", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if isinstance(result, SchoolCalendar):
        years = sorted(result.years)
        span = years[0] if len(years) == 1 else f"{years[0]} tot en met {years[-1]}"
        print(
            f"{path}: geldig: schoolkalender, {counted(len(years), 'schooljaar', 'schooljaren')}"
            f" ({span}), {counted(len(result.public_holidays), 'feestdag', 'feestdagen')}"
        )
        return EXIT_OK
    if isinstance(result, ActivityList):
        spec = result.spec
        competences = len(result.competence_ids())
        print(
            f"{path}: geldig: lijst {spec.id} versie {spec.version} ({spec.title}), "
            f"{len(spec.bks)} BK's, {counted(competences, 'competentie', 'competenties')}, "
            f"{counted(len(spec.rules), 'regel', 'regels')}"
        )
        if spec.activities:
            bks = result.bks
            official = {a.id for bk in bks for c in bk.competences for a in c.activities}
            mine = sum(1 for item in spec.activities if item.id not in official)
            named = len({item.competence for item in spec.activities})
            total = counted(len(spec.activities), "activiteit", "activiteiten")
            print(
                f"  eigen activiteitenlijst: {total}"
                f" voor {counted(named, 'competentie', 'competenties')} "
                f"({len(spec.activities) - mine} officiële, {mine} eigen van de school)"
            )
        variant = result.variant
        if variant is not None:
            own, dropped = len(variant.own_rule_ids), len(variant.dropped)
            inherited = len(spec.rules) - own
            print(
                f"  variant van {variant.base_id} versie {variant.base_version}: "
                f"{inherited} {'regel' if inherited == 1 else 'regels'} geërfd, "
                f"{own} eigen {'regel' if own == 1 else 'regels'} van de school, "
                f"{dropped} {'regel' if dropped == 1 else 'regels'} laten vallen"
            )
            print_rules(result, "nl", indent="  ")
    else:
        activities = sum(len(comp.activities) for comp in result.competences)
        print(
            f"{path}: geldig: {result.code} {result.title}, "
            f"{counted(len(result.competences), 'competentie', 'competenties')}, "
            f"{counted(activities, 'activiteit', 'activiteiten')}"
        )
    return EXIT_OK


# --- list-import ------------------------------------------------------------------------


def cmd_list_import(args: argparse.Namespace) -> int:
    from stageportfolio.services.list_import import (
        ImportOptions,
        ListImportError,
        import_list_file,
        save_imported_list,
    )

    path = Path(args.file)
    if not path.is_file():
        raise BadInput(f"{path}: bestand niet gevonden")
    catalog = _catalog(args)
    options = ImportOptions(
        list_id=args.id,
        title=args.title,
        title_en=args.title_en,
        version=args.version,
        source=args.source,
        school_year=args.school_year,
    )
    try:
        imported = import_list_file(
            path, catalog, based_on=args.based_on, options=options, moodle=args.moodle
        )
    except ListImportError as exc:
        raise BadInput("\n".join([exc.heading, *(f"  {line}" for line in exc.lines)])) from exc
    out = Path(args.out)
    try:
        added = save_imported_list(imported, out, catalog, add=args.add)
    except OSError as exc:
        raise write_error(out, exc) from exc
    spec, variant = imported.alist.spec, imported.alist.variant
    source = f"{path.name} (blad {imported.sheet})" if imported.sheet else path.name
    kind = "Moodle-competentiekader" if imported.kind == "moodle" else "stagelijst"
    print(
        f"{source}: {kind} ingelezen als lijst {spec.id} versie {spec.version} ({spec.title}), "
        f"variant van {variant.base_id if variant else spec.based_on} versie "
        f"{variant.base_version if variant else '?'}"
    )
    total = imported.official + imported.own
    print(
        f"  {counted(total, 'activiteit', 'activiteiten')}: {imported.official} officiële (met "
        f"hun officiële id), {imported.own} eigen van de school; "
        f"{counted(len(spec.rules), 'regel', 'regels')}, alle geërfd van de basislijst"
    )
    for note in imported.notes:
        print(f"  {note}")
    print(
        f"Geschreven: {out}. Geef dit ene bestand aan je leerlingen: zij voegen het toe met "
        "Bestand > Lijst toevoegen…"
    )
    if added is not None:
        print(f"Toegevoegd aan je eigen lijsten: {added}")
    return EXIT_OK


# --- check ------------------------------------------------------------------------------

_STATUS_NL = {"met": "VOLDAAN", "unmet": "NIET VOLDAAN", "not_evaluated": "NIET BEOORDEELD"}
_STATUS_EN = {"met": "MET", "unmet": "NOT MET", "not_evaluated": "NOT EVALUATED"}
_SEVERITY_NL = {"error": "verplicht", "warning": "advies"}
_SEVERITY_EN = {"error": "required", "warning": "advice"}


def _hours(minutes: int) -> float:
    return float(hours_decimal(minutes))


def _hhmm(args: argparse.Namespace) -> bool:
    """Whether hours are shown as hours and minutes (``--uren-als uu:mm``)."""
    return getattr(args, "uren_als", "decimaal") in ("uu:mm", "hh:mm")


def evaluation_json(
    evaluation: Evaluation, lang: str, extra: dict[str, Any], *, hhmm: bool = False
) -> dict[str, Any]:
    def as_dict(result: RuleResult) -> dict[str, Any]:
        return result.as_dict(lang, hhmm=hhmm)

    blocking = evaluation.blocking()
    return {
        "list": evaluation.alist.id,
        "version": evaluation.alist.version,
        "ok": evaluation.ok,
        "counted_hours": _hours(evaluation.counted_minutes),
        "counted_minutes": evaluation.counted_minutes,
        "total_hours": _hours(sum(evaluation.totals.values())),
        "totals": {ctx: _hours(m) for ctx, m in sorted(evaluation.totals.items())},
        "blocking": {basis: [r.rule.id for r in found] for basis, found in blocking.items()},
        "result": result_line(evaluation, lang),
        "gaps": [as_dict(r) for r in evaluation.gaps],
        "rules": [as_dict(r) for r in evaluation.results],
        **extra,
    }


def print_evaluation(evaluation: Evaluation, lang: str, *, hhmm: bool = False) -> None:
    en = lang == "en"
    alist = evaluation.alist
    title = alist.spec.title_en if en and alist.spec.title_en else alist.spec.title

    def shown(minutes: int) -> str:
        return format_clock(minutes) if hhmm else number(hours_decimal(minutes), lang)

    print(
        f"{'List' if en else 'Lijst'}: {title} ({alist.id}, {'version' if en else 'versie'} "
        f"{alist.version})"
    )
    print("Hours per context:" if en else "Uren per context:")
    totals = sorted(evaluation.totals.items(), key=lambda kv: -kv[1])
    width = max((len(alist.contexts.label(ctx, lang)) for ctx, _ in totals), default=0)
    for ctx, minutes in totals:
        print(f"  {alist.contexts.label(ctx, lang):<{width}}  {shown(minutes):>8}")
    if not totals:
        print("  (no hours)" if en else "  (geen uren)")
    print(f"{'Counted hours' if en else 'Getelde uren'}: {shown(evaluation.counted_minutes)}")
    for note in list_notes(alist, lang):
        print(f"{'Note' if en else 'Let op'}: {note}")
    print("Rules:" if en else "Regels:")
    statuses, severities = (_STATUS_EN, _SEVERITY_EN) if en else (_STATUS_NL, _SEVERITY_NL)
    for result in evaluation.results:
        parts = (statuses[result.status], severities[result.rule.severity])
        basis = rule_tag(alist, result.rule, lang)
        tag = f"[{', '.join((*parts, basis) if basis else parts)}]"
        print(f"  {tag} {result.message(lang, hhmm=hhmm)}")
    print(result_line(evaluation, lang))


def context_notes(parsed: ParsedHours, evaluation: Evaluation, lang: str = "nl") -> list[str]:
    """Warnings about contexts, naming what the file says ("'Hotel Zeezicht' (regel 12)"):
    hours that count for nothing towards a rule, and contexts the list does not offer."""
    alist = evaluation.alist
    reg = alist.contexts
    en = lang == "en"
    not_counted: dict[str, list[Decimal]] = {}
    for result in evaluation.results:
        for ctx in result.facts.get("not_counted", {}):
            not_counted.setdefault(ctx, []).append(result.needed)
    notes = []
    for ctx in dict.fromkeys(e.context for e in parsed.entries):
        for text, lines in parsed.written(ctx):
            where = f"'{text}' ({line_numbers(lines, lang)})"
            label = reg.label(ctx, lang)
            if ctx in not_counted:
                needed = join_and([number(n, lang) for n in not_counted[ctx]], lang)
                notes.append(
                    f"{where}: {label}; those hours do not count towards the {needed} hours of "
                    "stage: the programme's competences cannot be practised there"
                    if en
                    else f"{where}: {label}; die uren tellen niet mee voor de {needed} uur "
                    "stage: daar kan je de competenties van de opleiding niet inoefenen"
                )
            elif ctx not in alist.spec.contexts:
                notes.append(
                    f"{where}: {label} is not one of the contexts of list {alist.id}; those "
                    "hours count only where a rule allows them"
                    if en
                    else f"{where}: {label} hoort niet bij de contexten van de lijst {alist.id}; "
                    "die uren tellen enkel waar een regel ze toelaat"
                )
    return notes


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
        parsed = parse_hours_csv(data, catalog.contexts, today=clock.today())
    except HoursCsvError as exc:
        raise BadInput(_csv_refusal(path, exc, "niets gecontroleerd")) from exc
    evaluation = evaluate(alist, entries=parsed.entries, calendar=catalog.calendar)
    lang = _lang(args)
    hhmm = _hhmm(args)
    warnings = parsed.warning_lines() + context_notes(parsed, evaluation, lang)
    if args.json:
        payload = evaluation_json(evaluation, lang, {"warnings": warnings}, hhmm=hhmm)
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for warning in warnings:
            print(f"{'Warning' if lang == 'en' else 'Waarschuwing'}: {warning}", file=sys.stderr)
        print_evaluation(evaluation, lang, hhmm=hhmm)
    return EXIT_OK if evaluation.ok else EXIT_GAPS


# --- the stored portfolio ---------------------------------------------------------------


def _open_store() -> Any:
    from stageportfolio.services.errors import StoreError
    from stageportfolio.services.portfolio import open_current

    try:
        opened = open_current()
    except StoreError as exc:
        raise BadInput(str(exc)) from exc
    for notice in opened.notices:
        print(f"Let op: {notice}", file=sys.stderr)
    for problem in opened.catalog.problems:
        print(f"Waarschuwing: lijst overgeslagen: {problem}", file=sys.stderr)
    return opened


def _no_portfolio() -> BadInput:
    return BadInput(
        "Er is nog geen portfolio in "
        f"{paths.data_dir()}. Maak er een met: stageportfolio init --name NAAM --list ID"
    )


def _current(opened: Any) -> Any:
    """The stored portfolio's info (who, which list); BadInput when there is none yet."""
    from stageportfolio.services.portfolio import NoPortfolioError, portfolio_info

    try:
        return portfolio_info(opened)
    except NoPortfolioError as exc:
        raise _no_portfolio() from exc


def cmd_init(args: argparse.Namespace) -> int:
    from stageportfolio.services.portfolio import PortfolioExistsError, PortfolioService

    opened = _open_store()
    try:
        alist = opened.catalog.get(args.list)
    except UnknownListError as exc:
        raise BadInput(str(exc)) from exc
    role = "evc" if alist.spec.kind == "evc" else "student"
    if not args.name.strip():
        raise BadInput("--name mag niet leeg zijn")
    try:
        service = PortfolioService.create(
            opened,
            role=role,
            name=args.name.strip(),
            organisation=args.organisation,
            list_id=alist.id,
            school_year=args.school_year,
        )
    except PortfolioExistsError as exc:
        raise BadInput(
            f"Er is al een portfolio in {paths.data_dir()}; wis het eerst met "
            "'stageportfolio erase --yes' of kies een andere map met STAGEPORTFOLIO_HOME."
        ) from exc
    info = service.info
    print(f"Portfolio gemaakt voor {info.name}: {alist.spec.title} (versie {alist.version}).")
    return EXIT_OK


def cmd_import_hours(args: argparse.Namespace) -> int:
    from stageportfolio.services import hours_import
    from stageportfolio.services.portfolio import EntryRejected, PortfolioService

    path = Path(args.csv)
    source = open_input_file(path)
    with source:
        opened = _open_store()
        try:
            info = _current(opened)
            try:
                service = PortfolioService(opened.engine, opened.catalog, info)
            except UnknownListError as exc:
                raise BadInput(f"De lijst van dit portfolio is niet beschikbaar: {exc}") from exc
            placements = service.placements()
            links = _placement_links(args.koppel, placements)
            others = {"aanmaken": hours_import.CREATE, "negeren": hours_import.IGNORE}.get(
                args.nieuwe_stageplaatsen or ""
            )
            try:
                # Streamed: the rows go to the database as they are read, in one transaction.
                result = hours_import.import_csv(service, source, decisions=links, others=others)
            except HoursCsvError as exc:
                raise BadInput(_csv_refusal(path, exc, "niets toegevoegd")) from exc
            except hours_import.UnknownPlacementsError as exc:
                raise BadInput(_unknown_placements(path, exc.unknown, placements)) from exc
            except hours_import.UnusedDecisionError as exc:
                raise BadInput(_unused_links(path, args.koppel, exc)) from exc
            except hours_import.RowsRejected as exc:
                count = counted(exc.log.total, "probleem", "problemen")
                raise BadInput(
                    f"{path}: {count}; niets toegevoegd.\n"
                    + "\n".join(f"  {line}" for line in exc.log.summary(noun=_PROBLEM))
                ) from exc
            except EntryRejected as exc:
                shown = " ".join(issue.message() for issue in exc.issues[:5])
                raise BadInput(
                    f"{path}: meer dan 24 uur op één dag samen met de uren die al in het "
                    f"portfolio staan. {shown} Niets toegevoegd."
                ) from exc
        finally:
            opened.engine.dispose()
    for warning in result.warnings:
        print(f"Waarschuwing: {warning}", file=sys.stderr)
    if result.placements_added:
        made = counted(result.placements_added, "nieuwe stageplaats", "nieuwe stageplaatsen")
        print(f"{made} aangemaakt uit de kolom stageplaats.")
    if result.ignored:
        left = counted(result.ignored, "regel", "regels")
        print(f"{left} van genegeerde stageplaatsen niet toegevoegd.")
    if result.added == 0 and result.skipped:
        there = "de regel staat" if result.skipped == 1 else f"alle {result.skipped} regels staan"
        print(f"Niets toegevoegd: {there} al in het portfolio.")
    elif result.skipped:
        were = "stond er al en is" if result.skipped == 1 else "stonden er al en zijn"
        print(
            f"{counted(result.added, 'regel', 'regels')} toegevoegd; {result.skipped} {were} "
            "niet dubbel toegevoegd."
        )
    else:
        print(f"{counted(result.added, 'regel', 'regels')} toegevoegd.")
    return EXIT_OK


_PROBLEM = ("probleem", "problemen")


def _csv_refusal(path: Path, exc: HoursCsvError, outcome: str) -> str:
    """Every problem of a CSV file, identical ones grouped, each kind capped."""
    count = exc.total
    lines = [f"{path}: {count_text(count)} {'fout' if count == 1 else 'fouten'}; {outcome}."]
    lines += [f"  {line}" for line in exc.summary()]
    return "\n".join(lines)


def check_output(path: Path) -> None:
    """Refuse an output path inside the app's own data (it would overwrite the portfolio)."""
    from stageportfolio import fileio

    try:
        fileio.check_output_path(path)
    except fileio.OwnDataError as exc:
        raise BadInput(str(exc)) from exc


def _placement_links(values: Sequence[str], placements: Sequence[Any]) -> dict[str, Any]:
    """``--koppel NAAM=BESTAANDE`` values as decisions: NAAM's rows go to BESTAANDE."""
    from stageportfolio.services import hours_import

    by_key: dict[str, Any] = {}
    for p in placements:
        by_key.setdefault(hours_import.placement_key(p.label), p)
        by_key.setdefault(hours_import.placement_key(p.organisation), p)
    known = ", ".join(repr(p.label) for p in placements) or "geen"
    links: dict[str, Any] = {}
    for value in values:
        name, sign, target = value.partition("=")
        if not sign or not name.strip() or not target.strip():
            raise BadInput(
                f"--koppel {value!r}: schrijf NAAM=BESTAANDE, bv. --koppel 'De Linde=WZC De Linde'"
            )
        found = by_key.get(hours_import.placement_key(target))
        if found is None:
            raise BadInput(
                f"--koppel {value!r}: er is geen stageplaats {target.strip()!r} in het portfolio; "
                f"gekende stageplaatsen: {known}. Niets toegevoegd."
            )
        links[hours_import.placement_key(name)] = hours_import.link(found.id)
    return links


def _unknown_placements(path: Path, unknown: Sequence[Any], placements: Sequence[Any]) -> str:
    """The refusal for placements the file names and the portfolio does not know."""
    lines = [
        f"{path}: {counted(len(unknown), 'onbekende stageplaats', 'onbekende stageplaatsen')}; "
        "niets toegevoegd."
    ]
    lines += [f"  {u.name!r} ({u.where()})" for u in unknown]
    if placements:
        lines.append("Gekende stageplaatsen: " + ", ".join(repr(p.label) for p in placements) + ".")
    else:
        lines.append("Er zijn nog geen stageplaatsen in dit portfolio.")
    example = unknown[0].name
    lines += [
        "Zeg wat er met hun regels gebeurt en importeer opnieuw:",
        "  --nieuwe-stageplaatsen aanmaken   maak ze aan (periode: van hun eerste tot hun "
        "laatste dag)",
        "  --nieuwe-stageplaatsen negeren    laat hun regels weg",
        f"  --koppel '{example}=BESTAANDE'   zet hun uren bij een stageplaats die er al is",
    ]
    return "\n".join(lines)


def _unused_links(path: Path, values: Sequence[str], exc: Any) -> str:
    """The refusal for ``--koppel NAAM=…`` where NAAM is no unknown placement of the file."""
    from stageportfolio.services import hours_import

    value = next(
        (v for v in values if hours_import.placement_key(v.partition("=")[0]) in exc.keys),
        exc.keys[0],
    )
    name = value.partition("=")[0]
    known = (
        "; onbekend zijn: " + ", ".join(repr(u.name) for u in exc.unknown)
        if exc.unknown
        else "; elke stageplaats van het bestand bestaat al"
    )
    return (
        f"--koppel {value!r}: {name.strip()!r} is geen onbekende stageplaats in {path}{known}. "
        "Niets toegevoegd."
    )


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
    from stageportfolio.services.errors import DISK_FULL_ERRNOS, disk_full_message

    if exc.errno in DISK_FULL_ERRNOS:
        return BadInput(disk_full_message(f"{path} is niet geschreven"))
    return BadInput(f"{path}: kan niet geschreven worden ({exc.strerror})")


def cmd_export_hours(args: argparse.Namespace) -> int:
    from stageportfolio.core.hoursexport import ExportRow, hours_csv
    from stageportfolio.services.portfolio import hour_rows

    check_output(Path(args.out))  # before any work: never over the app's own data
    opened = _open_store()
    rows = hour_rows(opened, _current(opened))
    data = hours_csv(
        (ExportRow(r.day, r.context, r.minutes, r.placement, r.mentor, r.note) for r in rows),
        opened.catalog.contexts,
    )
    path = Path(args.out)
    write_atomically(path, data)
    print(f"{counted(len(rows), 'regel', 'regels')} geschreven naar {path}.")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from stageportfolio.services.archive_lists import (
        ArchiveError,
        describe_counts,
        export_portfolio,
    )
    from stageportfolio.services.errors import NoPortfolioError

    check_output(Path(args.out))
    opened = _open_store()
    try:
        summary = export_portfolio(opened.engine, opened.catalog, Path(args.out))
    except NoPortfolioError as exc:
        raise _no_portfolio() from exc
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
    from stageportfolio.services.archive_lists import describe_counts
    from stageportfolio.services.portfolio_file import (
        ArchiveError,
        ArchiveListError,
        import_portfolio_file,
    )

    path = Path(args.archive)
    if not path.exists():
        raise BadInput(f"{path}: bestand niet gevonden\nEr is niets geïmporteerd.")
    opened = _open_store()
    try:
        imported = import_portfolio_file(opened.engine, opened.catalog, path)
    except ArchiveListError as exc:
        raise BadInput(f"{exc}\nEr is niets geïmporteerd.") from exc
    except ArchiveError as exc:
        text = str(exc)
        if "niets geïmporteerd" not in text:
            text += "\nEr is niets geïmporteerd."
        raise BadInput(text) from exc
    finally:
        opened.engine.dispose()
    summary = imported.summary
    print(
        f"Portfolio van {summary.portfolio_name} geïmporteerd uit {args.archive}: "
        f"{describe_counts(summary.counts)}."
    )
    for name in imported.flagged:
        print(
            f"Let op: bewijsstuk {name!r} is geen document of afbeelding die de app opent; het "
            "staat in het portfolio, maar wordt niet geopend.",
            file=sys.stderr,
        )
    alist = imported.lists.alist
    if alist is not None and alist.origin == "archive":
        print(
            f"De lijst {alist.id} versie {alist.version} kwam mee met het archief en is hier niet "
            "geïnstalleerd: het portfolio wordt getoetst aan de lijst zoals het archief ze "
            "meebracht."
        )
    for conflict in imported.lists.conflicts:
        print(
            f"Waarschuwing: {conflict}. Het meegekomen bestand is niet gebruikt en staat apart in "
            "de map archive-lists/afwijkend.",
            file=sys.stderr,
        )
    return EXIT_OK


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{number(round(size / 1024, 1))} kB"
    return f"{number(round(size / (1024 * 1024), 1))} MB"


def cmd_export_pdf(args: argparse.Namespace) -> int:
    from stageportfolio.report.pdfa import page_count
    from stageportfolio.services.archive_lists import ArchiveError
    from stageportfolio.services.pdf_export import portfolio_pdf
    from stageportfolio.services.portfolio import PortfolioService

    check_output(Path(args.out))  # before any work: never over the app's own data
    opened = _open_store()
    try:
        info = _current(opened)  # no portfolio: BadInput with the usual message
        try:
            service = PortfolioService(opened.engine, opened.catalog, info)
            data = portfolio_pdf(service, variant=args.variant, lang=_lang(args))
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

    opened = _open_store()
    info = _current(opened)
    try:
        evaluation = evaluate_portfolio(opened.engine, opened.catalog)
    except UnknownListError as exc:
        raise BadInput(
            f"De lijst van dit portfolio ({info.list_id} versie {info.list_version}) is niet "
            "meer beschikbaar; zet het lijstbestand terug in de map met lijsten."
        ) from exc
    lang = _lang(args)
    hhmm = _hhmm(args)
    signoffs = _signoff_service(opened)
    totals = signoffs.hour_totals()
    checked = signoffs.verify_all()
    not_counting = [v for v in checked if v.problem]
    refused = [v for v in checked if v.status == "valid" and v.decision == "refuse"]
    opened.engine.dispose()
    if args.json:
        owner = {"name": info.name, "role": info.role, "organisation": info.organisation}
        extra = {
            "portfolio": owner,
            "hours": {
                "logged_minutes": totals.logged,
                "confirmed_minutes": totals.confirmed,
                "paper_minutes": totals.on_paper,
            },
            "signoffs_not_counting": [
                {"label": v.label, "status": v.status, "mentor": v.mentor_name}
                for v in not_counting
            ],
            "not_agreed": [
                {"label": v.label, "mentor": v.mentor_name, "reason": v.comment} for v in refused
            ],
        }
        payload = evaluation_json(evaluation, lang, extra, hhmm=hhmm)
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(f"Portfolio: {_safe(info.name)}")
        print_evaluation(evaluation, lang, hhmm=hhmm)
        en = lang == "en"
        logged, confirmed = _hours_text(totals.logged), _hours_text(totals.confirmed)
        print(
            f"Hours: {logged} logged, of which {confirmed} confirmed by a mentor."
            if en
            else f"Uren: {logged} uur gelogd, waarvan {confirmed} bevestigd door een mentor."
        )
        if totals.on_paper:
            paper = _hours_text(totals.on_paper)
            print(
                f"  {paper} of them on a paper sheet only (papieren aftekening): weaker than a "
                "key or an eID, the app cannot check a signature on paper."
                if en
                else f"  {paper} uur daarvan alleen op een papieren aftekenblad (papieren "
                "aftekening): zwakker dan een sleutel of eID, de app kan een handtekening op "
                "papier niet nakijken."
            )
        if not_counting:
            print(
                "Sign-offs that do not count:"
                if en
                else "Aftekeningen die niet meetellen (voor geen enkele regel):"
            )
            for v in not_counting:
                print(f"  {_STATUS_TEXT[v.status]}: {_safe(v.label)} — {_safe(v.mentor_name)}")
        if refused:
            print("Not agreed by a mentor:" if en else "Niet akkoord volgens de mentor:")
            for v in refused:
                print(f"  {_safe(v.label)} — {_safe(v.mentor_name)}: {_safe(v.comment)}")
    return EXIT_OK if evaluation.ok else EXIT_GAPS


def cmd_erase(args: argparse.Namespace) -> int:
    from stageportfolio.services.erase import erase_everything

    if not args.yes:
        raise BadInput(
            "Dit wist het portfolio, alle bewijsstukken, de reservekopieën, het mentorprofiel en "
            "de schoolsleutel definitief. Bevestig met: stageportfolio erase --yes"
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


MENTOR_COMMANDS = frozenset({"mentor-init", "mentor-card", "mentor-sign"})


def _words(args: argparse.Namespace) -> Any:
    """The mentor's texts in the language of ``--lang`` (nl, en or fr)."""
    from stageportfolio.services.mentor_text import words

    return words(_lang(args))


def _passphrase(*, twice: bool, t: Any = None, school: bool = False) -> str:
    """A passphrase: from STAGEPORTFOLIO_PASSPHRASE (scripts), else typed (hidden). The
    mentor's prompts are in the mentor's language (``t``); the school's are Dutch."""
    import getpass
    import os

    from stageportfolio.services.mentor_text import words

    t = t or words("nl")
    given = os.environ.get(PASSPHRASE_ENV)
    if given is not None:
        return given
    try:
        if school:
            first = getpass.getpass("Wachtzin van de school: ")
        else:
            first = getpass.getpass(t._("Wachtzin van de mentor: "))
        if twice:
            second = getpass.getpass(t._("Typ de wachtzin nog eens: "))
            if first != second:
                raise BadInput(t._("De twee wachtzinnen verschillen; er is niets gemaakt."))
    except EOFError as exc:
        raise BadInput(
            t._("Geen wachtzin gekregen; typ ze in een terminal of zet {variable}.").format(
                variable=PASSPHRASE_ENV
            )
        ) from exc
    return first


def _mentor_identity(t: Any) -> Any:
    from stageportfolio.services import mentormode

    try:
        identity = mentormode.load_identity()
    except mentormode.IdentityError as exc:
        raise BadInput(
            t._("Het mentorprofiel kan niet gelezen worden ({detail}).").format(detail=exc)
        ) from exc
    if identity is None:
        raise BadInput(
            t._(
                "Er is nog geen mentorprofiel in {folder}. Maak er een met: stageportfolio "
                "mentor-init --name NAAM --organisation ORGANISATIE --sector SECTOR"
            ).format(folder=mentormode.mentor_dir())
        )
    return identity


def cmd_mentor_init(args: argparse.Namespace) -> int:
    from stageportfolio.core.signing import WeakPassphraseError
    from stageportfolio.services import mentormode

    t = _words(args)
    if not args.name.strip():
        raise BadInput(t._("--name mag niet leeg zijn"))
    try:
        existing = mentormode.load_identity()
    except mentormode.IdentityError:
        existing = None  # a damaged profile may be replaced with --replace
    if (existing is not None or mentormode.identity_path().exists()) and not args.replace:
        raise BadInput(
            t._(
                "Er is al een mentorprofiel in {folder}. Een nieuw profiel maakt een nieuwe "
                "sleutel die de school nog niet kent; vervang het enkel bewust met --replace."
            ).format(folder=mentormode.mentor_dir())
        )
    passphrase = _passphrase(twice=True, t=t)
    try:
        identity = mentormode.create_identity(
            args.name, args.organisation, args.sector, passphrase, replace=args.replace
        )
    except WeakPassphraseError as exc:
        raise BadInput(t.passphrase_hint(exc.reason) + " " + t._("Er is niets gemaakt.")) from exc
    except (ValueError, mentormode.IdentityError) as exc:
        raise BadInput(str(exc)) from exc
    who = _safe(identity.name) + (
        f" ({_safe(identity.organisation)})" if identity.organisation else ""
    )
    print(
        t._("Mentorprofiel gemaakt voor {who}. Vingerafdruk van de sleutel: {fingerprint}.")
        .format(who=who, fingerprint=identity.fingerprint)
    )  # fmt: skip
    print(
        t._(
            "Schrijf die vingerafdruk op: de school vraagt ernaar voor ze je mentorkaart "
            "bevestigt. Bewaar de wachtzin goed: zonder wachtzin kan er niet afgetekend worden. "
            "Geef de school je mentorkaart: stageportfolio mentor-card --out MIJN.mentorkaart"
        )
    )
    return EXIT_OK


def cmd_mentor_card(args: argparse.Namespace) -> int:
    from stageportfolio.services import mentormode

    t = _words(args)
    path = Path(args.out)
    check_output(path)
    if args.eid:
        from stageportfolio.services import eid_signing

        identity = mentormode.load_identity()
        try:
            card = eid_signing.mentor_card(
                _eid_module(args, t),
                organisation=identity.organisation if identity else args.organisation,
                sector=identity.sector if identity else "social_profit",
            )
        except eid_signing.EidUnavailable as exc:
            raise BadInput(str(exc)) from exc
        write_atomically(path, (json.dumps(card, ensure_ascii=False, indent=2) + "\n").encode())
        print(
            t._(
                "Mentorkaart van de eID van {name} geschreven naar {path} (vingerafdruk "
                "{fingerprint}). Lees die vingerafdruk voor aan de school."
            ).format(name=_safe(card["name"]), path=path, fingerprint=card["fingerprint"])
        )
        return EXIT_OK
    identity = _mentor_identity(t)
    try:
        card = mentormode.write_card(path, identity)
    except OSError as exc:
        raise BadInput(
            t._("{path}: kan niet geschreven worden ({reason}); er is niets bewaard.").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc
    print(
        t._("Mentorkaart geschreven naar {path} (vingerafdruk {fingerprint}).").format(
            path=path, fingerprint=card["fingerprint"]
        )
    )
    return EXIT_OK


def _safe(text: object, *, one_line: bool = True) -> str:
    """Text from a file made safe for a terminal: no control characters or escapes."""
    from stageportfolio.core.text import plain

    return plain(str(text), one_line=one_line)


def _ask(prompt: str, *, lower: bool = True, t: Any = None) -> str:
    from stageportfolio.services.mentor_text import words

    try:
        answer = input(prompt).strip()
        return answer.lower() if lower else answer
    except EOFError as exc:
        raise BadInput(
            (t or words("nl"))._(
                "Geen antwoord gekregen; er is niets geschreven. Gebruik --approve-all om alles "
                "zonder vragen af te tekenen."
            )
        ) from exc


# The answers to "Akkoord?" in each language: yes, no (niet akkoord), skip. Dutch, English and
# French each have their own letters ("o" is "overslaan" in Dutch but "oui" in French).
_ANSWERS: dict[str, tuple[set[str], set[str], set[str]]] = {
    "nl": ({"j", "ja"}, {"n", "nee", "niet akkoord"}, {"o", "overslaan"}),
    "en": ({"y", "yes"}, {"n", "no"}, {"s", "skip"}),
    "fr": ({"o", "oui"}, {"n", "non"}, {"p", "passer"}),
}


def _ask_decision(entry: Any, level: int | None, comment: str, t: Any) -> Any:
    from stageportfolio.services.mentormode import Decision

    yes, no, skip = _ANSWERS[t.lang]
    while True:
        answer = _ask("  " + t._("Akkoord? (j = ja, n = niet akkoord, o = overslaan) "), t=t)
        if answer in yes:
            break
        if answer in skip:
            return Decision(approve=False)
        if answer in no:
            while True:
                reason = _ask("  " + t._("Waarom niet akkoord? "), lower=False, t=t)
                if reason:
                    return Decision(approve=False, refuse=True, comment=reason)
                print("  " + t._("Geef een korte reden; de student ziet ze bij het item."))
        print("  " + t._("Antwoord met j (ja), n (niet akkoord) of o (overslaan)."))
    if entry.kind == "activity_record" and level is None:
        while True:
            text = _ask("  " + t._("Niveau [{level}]: ").format(level=entry.proposed_level), t=t)
            if not text:
                break
            if text.isdigit() and int(text) >= 1:
                level = int(text)
                break
            print("  " + t._("Geef een niveau als getal (1, 2, 3, …) of druk op Enter."))
    return Decision(approve=True, level=level, comment=comment)


def _refusals(values: Sequence[str], count: int, t: Any) -> dict[int, str]:
    """``--refuse N:REDEN`` values as {item number: reason}."""
    out = {}
    for value in values:
        number, _, reason = value.partition(":")
        if not number.strip().isdigit() or not reason.strip():
            raise BadInput(
                t._("--refuse {value}: schrijf NUMMER:REDEN, bv. --refuse 2:'te laat'").format(
                    value=repr(value)
                )
            )
        index = int(number)
        if not 1 <= index <= count:
            raise BadInput(
                t._("--refuse {value}: er is geen item {index} (1 tot {count})").format(
                    value=repr(value), index=index, count=count
                )
            )
        out[index] = reason.strip()
    return out


def cmd_mentor_sign(args: argparse.Namespace) -> int:
    from stageportfolio.core.weeks import by_week
    from stageportfolio.services import mentormode

    t = _words(args)
    check_output(Path(args.out))  # before any work: never over the app's own data
    identity = mentormode.load_identity() if args.eid else _mentor_identity(t)
    try:
        request = mentormode.read_request(Path(args.request))
    except mentormode.RequestError as exc:
        raise BadInput(
            t._(
                "Dit bestand kan niet geopend worden als aftekenverzoek; vraag de student om "
                "een nieuw verzoek. Details: {detail}"
            ).format(detail=_safe(exc))
            + "\n"
            + t._("Er is niets afgetekend.")
        ) from exc
    if args.level is not None and args.level < 1:
        raise BadInput(t._("--level moet 1 of hoger zijn"))
    refusals = _refusals(args.refuse, len(request.items), t)
    # Everything shown comes from what is signed: the learner's name, the portfolio's code
    # and each item's own fields. The student's note or reflection is shown as plain text.
    count = len(request.items)
    print(
        t.n_(
            "Aftekenverzoek van {learner} (portfolio {code}): {count} item.",
            "Aftekenverzoek van {learner} (portfolio {code}): {count} items.",
            count,
        ).format(
            learner=_safe(request.learner_name), code=request.portfolio_fingerprint, count=count
        )
    )
    warning = mentormode.load_warning(identity, request, t.lang) if identity is not None else None
    if warning:
        print(t._("Waarschuwing: {warning}").format(warning=_safe(warning)), file=sys.stderr)
    # Per ISO week (Monday to Sunday), numbered as in the request: --refuse N stays N.
    numbered = list(enumerate(request.items, start=1))
    weeks, undated = by_week(numbered, lambda pair: pair[1].day)
    groups = [(t.week_title(week), items) for week, items in weeks]
    if undated:
        groups.append((t.undated_title(), undated))
    decisions = {}
    for title, items in groups:
        print(title)
        for index, entry in items:
            print(f"{index}. {_safe(entry.text(t.lang))}")
            if entry.reflection:
                what = (
                    t._("Notitie van de student: {text}")
                    if entry.kind == "hour_entry"
                    else t._("Reflectie van de student: {text}")
                )
                print("   " + what.format(text=_safe(entry.reflection)))
            if index in refusals:
                decisions[entry.id] = mentormode.Decision(
                    False, refuse=True, comment=refusals[index]
                )
            elif args.approve_all:
                decisions[entry.id] = mentormode.Decision(True, args.level, args.comment)
            else:
                decisions[entry.id] = _ask_decision(entry, args.level, args.comment, t)
    approved = sum(1 for d in decisions.values() if d.approve)
    refused = sum(1 for d in decisions.values() if d.refuse)
    if args.eid:
        data = _eid_sign(args, request, decisions, identity, t)
    else:
        data = _key_sign(request, identity, decisions, t)
    path = Path(args.out)
    write_atomically(path, data)
    if args.eid:
        done = t.n_(
            "{approved} van {count} item afgetekend met je eID (gekwalificeerde handtekening)",
            "{approved} van {count} items afgetekend met je eID (gekwalificeerde handtekening)",
            count,
        ).format(approved=approved, count=count)
    else:
        done = t.n_(
            "{approved} van {count} item afgetekend",
            "{approved} van {count} items afgetekend",
            count,
        ).format(approved=approved, count=count)
    if refused:
        done += t._(", {refused} niet akkoord").format(refused=refused)
    print(
        t._("{done}; geef {path} terug aan {learner}.").format(
            done=done, path=path, learner=_safe(request.learner_name)
        )
    )
    return EXIT_OK


PIN_ENV = "STAGEPORTFOLIO_EID_PIN"


def _eid_module(args: argparse.Namespace, t: Any = None) -> Any:
    from stageportfolio.services import eid_signing
    from stageportfolio.services.mentor_text import words

    t = t or words("nl")
    module = eid_signing.find_module(getattr(args, "pkcs11_module", None))
    if module is None:
        raise BadInput(
            t._(
                "Geen eID-middleware gevonden. Installeer de eID-software van eid.belgium.be, "
                "sluit een kaartlezer aan, of geef de PKCS#11-module met --pkcs11-module PAD "
                "(of {variable})."
            ).format(variable=eid_signing.MODULE_ENV)
        )
    return module


def _eid_sign(
    args: argparse.Namespace, request: Any, decisions: Any, identity: Any, t: Any
) -> bytes:
    import os

    from stageportfolio.services import eid_signing

    module = _eid_module(args, t)
    print(t._("Steek je eID in de lezer; de eID-software vraagt je pincode."), file=sys.stderr)
    try:
        return eid_signing.sign_request(
            request, decisions, module=module, pin=os.environ.get(PIN_ENV) or None,
            organisation=identity.organisation if identity else "",
            sector=identity.sector if identity else "social_profit",
        )  # fmt: skip
    except (eid_signing.EidUnavailable, eid_signing.EidSignError, ValueError) as exc:
        raise BadInput(f"{exc}\n" + t._("Er is niets afgetekend.")) from exc


def _key_sign(request: Any, identity: Any, decisions: Any, t: Any) -> bytes:
    from stageportfolio.core.signing import SealedKeyError, WrongPassphraseError
    from stageportfolio.services import mentormode

    passphrase = _passphrase(twice=False, t=t)
    try:
        return mentormode.sign_request(request, identity, passphrase, decisions)
    except WrongPassphraseError as exc:
        raise BadInput(t._("Verkeerde wachtzin; er is niets afgetekend of geschreven.")) from exc
    except (SealedKeyError, ValueError) as exc:
        raise BadInput(str(exc)) from exc


# --- the school's key ---------------------------------------------------------------------


def cmd_school_init(args: argparse.Namespace) -> int:
    from stageportfolio.core.signing import WeakPassphraseError
    from stageportfolio.services import school

    if not args.name.strip():
        raise BadInput("--name mag niet leeg zijn")
    if school.identity_path().exists() and not args.replace:
        raise BadInput(
            f"Er is al een schoolsleutel in {school.school_dir()}; vervang hem enkel bewust "
            "met --replace (alle bevestigde mentorkaarten moeten dan opnieuw)."
        )
    passphrase = _passphrase(twice=True, school=True)
    try:
        identity = school.create_school(args.name, passphrase, replace=args.replace)
    except WeakPassphraseError as exc:
        raise BadInput(f"{exc} Er is niets gemaakt.") from exc
    except school.SchoolError as exc:
        raise BadInput(str(exc)) from exc
    print(f"Schoolsleutel gemaakt voor {_safe(identity.name)}.")
    print(f"Vingerafdruk: {identity.fingerprint} (lang: {identity.long_fingerprint})")
    print(
        "Maak die vingerafdruk bekend (stageovereenkomst, website, Smartschool) en geef "
        "ontvangers het publieke deel: stageportfolio school-key --out SCHOOL.pub"
    )
    return EXIT_OK


def _school() -> Any:
    from stageportfolio.services import school

    try:
        return school.load_school()
    except school.SchoolError as exc:
        raise BadInput(str(exc)) from exc


def cmd_school_key(args: argparse.Namespace) -> int:
    from stageportfolio.services import school

    identity = _school()
    path = Path(args.out)
    check_output(path)
    try:
        school.write_public_key(path, identity)
    except OSError as exc:
        raise write_error(path, exc) from exc
    print(
        f"Publieke schoolsleutel van {_safe(identity.name)} geschreven naar {path} "
        f"(vingerafdruk {identity.fingerprint})."
    )
    return EXIT_OK


def cmd_school_vouch(args: argparse.Namespace) -> int:
    from stageportfolio.core.signing import SealedKeyError, WrongPassphraseError
    from stageportfolio.services import school

    identity = _school()
    source = Path(args.card)
    try:
        card = school.read_card(school.read_card_file(source), str(source))
    except school.SchoolError as exc:
        raise BadInput(f"{exc}\nEr is niets ondertekend.") from exc
    until = None
    if args.valid_until:
        try:
            until = date.fromisoformat(args.valid_until)
        except ValueError as exc:
            raise BadInput(f"--valid-until {args.valid_until!r}: geen datum (JJJJ-MM-DD)") from exc
    print(
        f"Mentorkaart van {_safe(card.name)}"
        + (f" ({_safe(card.organisation)})" if card.organisation else "")
        + f", vingerafdruk {card.fingerprint}."
    )
    heard = args.fingerprint
    if heard is None:
        print(
            "Vraag de mentor zelf (telefonisch of persoonlijk, niet via de leerling) om de "
            "vingerafdruk voor te lezen uit de eigen app."
        )
        heard = _ask("Vingerafdruk volgens de mentor: ", lower=False)
    passphrase = _passphrase(twice=False, school=True)
    try:
        vouched = school.vouch(
            card, identity, passphrase, checked_fingerprint=heard, today=clock.today(),
            valid_until=until,
        )  # fmt: skip
    except WrongPassphraseError as exc:
        raise BadInput("Verkeerde wachtzin; er is niets ondertekend.") from exc
    except (school.SchoolError, SealedKeyError) as exc:
        raise BadInput(str(exc)) from exc
    path = Path(args.out)
    check_output(path)
    try:
        school.write_vouched(path, vouched)
    except OSError as exc:
        raise write_error(path, exc) from exc
    print(
        f"Bevestigde mentorkaart geschreven naar {path} (geldig van {vouched['valid_from']} "
        f"tot {vouched['valid_until']}). Geef ze aan de leerling: stageportfolio "
        "mentor-cards-import BESTAND"
    )
    return EXIT_OK


def _add_pkcs11_module(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--pkcs11-module", default=None, metavar="PAD",
        help="de PKCS#11-module van de eID-software (standaard: gezocht op de gewone plaats; "
        "Linux libbeidpkcs11.so.0, Windows beidpkcs11.dll)",
    )  # fmt: skip


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
    p.add_argument("--out", required=True, metavar="KAART.mentorkaart")
    p.add_argument("--eid", action="store_true", help="de kaart van je eID (naam van de eID)")
    p.add_argument("--organisation", default="", metavar="ORGANISATIE", help="met --eid")
    _add_pkcs11_module(p)
    p.set_defaults(func=cmd_mentor_card)

    p = sub.add_parser("mentor-sign", help="mentor: teken een aftekenverzoek van een student af")
    p.add_argument("request", metavar="VERZOEK.aftekenverzoek")
    p.add_argument("--out", required=True, metavar="ANTWOORD.aftekening")
    p.add_argument("--approve-all", action="store_true", help="teken alle items af zonder vragen")
    p.add_argument(
        "--level", type=int, default=None, metavar="N", help="niveau voor alle activiteiten"
    )
    p.add_argument("--comment", default="", metavar="TEKST", help="opmerking bij elk item")
    p.add_argument(
        "--refuse",
        action="append",
        default=[],
        metavar="NUMMER:REDEN",
        help="niet akkoord met item NUMMER (zoals getoond), met de reden; mag vaker",
    )
    p.add_argument(
        "--eid", action="store_true",
        help="onderteken met je Belgische eID (gekwalificeerde handtekening) in plaats van je "
        "sleutel; de eID-software vraagt je pincode",
    )  # fmt: skip
    _add_pkcs11_module(p)
    p.set_defaults(func=cmd_mentor_sign)

    p = sub.add_parser("school-init", help="school: maak de schoolsleutel (eenmalig)")
    p.add_argument("--name", required=True, metavar="SCHOOL")
    p.add_argument("--replace", action="store_true", help="vervang een bestaande schoolsleutel")
    p.set_defaults(func=cmd_school_init)

    p = sub.add_parser(
        "school-key", help="school: schrijf de publieke schoolsleutel die ontvangers vertrouwen"
    )
    p.add_argument("--out", required=True, metavar="SCHOOL.pub")
    p.set_defaults(func=cmd_school_key)

    p = sub.add_parser(
        "school-vouch",
        help="school: bevestig een mentorkaart, nadat de mentor de vingerafdruk gaf",
    )
    p.add_argument("card", metavar="KAART.mentorkaart")
    p.add_argument("--out", required=True, metavar="BEVESTIGD.mentorkaart")
    p.add_argument(
        "--fingerprint",
        default=None,
        metavar="VINGERAFDRUK",
        help="de vingerafdruk die de mentor zelf gaf (anders gevraagd)",
    )
    p.add_argument("--valid-until", default=None, metavar="JJJJ-MM-DD", help="geldig tot")
    p.set_defaults(func=cmd_school_vouch)


# --- mentor signatures ------------------------------------------------------------------


def _signoff_service(opened: Any) -> Any:
    from stageportfolio.services.portfolio import PortfolioService
    from stageportfolio.services.signoffs import SignOffService

    info = _current(opened)
    try:
        return SignOffService(PortfolioService(opened.engine, opened.catalog, info))
    except UnknownListError as exc:
        raise BadInput(
            f"De lijst van dit portfolio ({info.list_id} versie {info.list_version}) is niet "
            "meer beschikbaar; zet het lijstbestand terug in de map met lijsten."
        ) from exc


_STATUS_TEXT = {
    "valid": "geldig",
    "changed": "GEWIJZIGD na aftekening",
    "history": "eerdere versie",
    "invalid": "ONGELDIG",
    "unsigned": "ZONDER HANDTEKENING",
}


def _hours_text(minutes: int) -> str:
    from stageportfolio.core.hours import format_hours

    return format_hours(minutes)


def _report_json(report: Any) -> dict[str, Any]:
    return {
        "ok": report.ok,
        "source": report.source,
        "kind": report.kind,
        "portfolio": {
            "id": report.portfolio_id,
            "fingerprint": report.portfolio_fingerprint,
            "name": report.learner,
            "list_id": report.list_id,
            "list_version": report.list_version,
        },
        "trusted_school_keys": [
            {"label": a.label, "fingerprint": a.fingerprint, "name": a.name} for a in report.anchors
        ],
        "pages_match": report.pages_match,
        "document_seal": _seal_json(report.seal),
        "school_seal": _school_seal_json(report.school_seal),
        "problems": list(report.problems),
        "unusable_cards": list(report.unusable_cards),
        "hours": {
            "logged_minutes": report.logged_minutes,
            "confirmed_minutes": report.confirmed_minutes,
            "trusted_minutes": report.trusted_minutes,
        },
        "signoffs": [
            {
                "id": v.signoff_id,
                "target_kind": v.target_kind,
                "target_id": v.target_id,
                "label": v.label,
                "decision": v.decision,
                "comment": v.comment,
                "level": v.level,
                "name": v.mentor_name,
                "name_confirmed": v.name_confirmed,
                "signer": v.signer,
                "method": v.method,
                "fingerprint": v.fingerprint,
                "code": v.code,
                "signed_at": v.signed_at.isoformat(timespec="seconds"),
                "status": v.status,
                "trusted": v.trusted,
                "school_fingerprint": v.card.school_fingerprint if v.card else None,
                "school_name": v.card.school_name if v.card else None,
                "fact": v.fact,
                "reasons": list(v.reasons),
            }
            for v in report.signoffs
        ],
    }


def _seal_json(seal: Any) -> dict[str, Any] | None:
    if seal is None:
        return None
    return {
        "state": seal.state,
        "signer": seal.signer,
        "signed_at": seal.signed_at.isoformat(timespec="seconds") if seal.signed_at else None,
        "certificate_sha256": seal.certificate_sha256,
        "detail": seal.detail,
    }


def _school_seal_json(seal: Any) -> dict[str, Any] | None:
    if seal is None or seal.state == "missing":
        return None
    return {
        "state": seal.state,
        "school": seal.school,
        "school_fingerprint": seal.school_fingerprint or None,
        "trusted": seal.trusted,
        "signed_at": seal.signed_at.isoformat(timespec="seconds") if seal.signed_at else None,
        "detail": seal.detail,
    }


_SCHOOL_SEAL_TEXT = {
    "intact": "INTACT",
    "changed": "GEWIJZIGD na het verzegelen door de school",
    "invalid": "ONGELDIG: de PDF is gewijzigd",
}


def _print_school_seal(seal: Any) -> None:
    if seal is None or seal.state == "missing":
        return
    text = _SCHOOL_SEAL_TEXT[seal.state]
    if seal.state == "intact":
        if seal.trusted:
            text += ", door een vertrouwde school"
        elif seal.school_fingerprint:
            text += ", maar NIET door een school die je vertrouwt"
        else:
            text += ", maar NIET gezet met een schoolsleutel"
    print(f"Schoolzegel van {_safe(seal.school)}: {text} ({_safe(seal.detail)}).")


_SEAL_TEXT = {
    "intact": "INTACT: ongewijzigd sinds de export",
    "changed": "GEWIJZIGD na de export",
    "invalid": "ONGELDIG: de PDF is gewijzigd",
    "missing": "ONTBREEKT",
}


def _print_seal(seal: Any) -> None:
    if seal is None:
        return
    print(f"Documentzegel (PAdES): {_SEAL_TEXT[seal.state]} ({_safe(seal.detail)}).")
    if seal.state != "missing":
        print(
            "  Het zegel is gezet met een sleutel van het portfolio zelf: het toont alleen of de "
            "PDF na de export gewijzigd is, niet wie hem maakte."
        )


def _print_report(report: Any) -> None:
    kind = {"pdf": "portfolio-PDF", "archive": "portfolio-archief", "portfolio": "portfolio"}
    print(
        f"{kind[report.kind].capitalize()} van {_safe(report.learner)} (portfolio "
        f"{report.portfolio_fingerprint}; lijst {_safe(report.list_id)} versie "
        f"{report.list_version})."
    )
    if report.anchors:
        for anchor in report.anchors:
            name = f" ({_safe(anchor.name)})" if anchor.name else ""
            print(f"Vertrouwde schoolsleutel: {anchor.fingerprint}{name}, uit {anchor.label}")
    else:
        print(
            "Geen vertrouwde schoolsleutel opgegeven: alleen feiten, geen oordeel. Geef de "
            "sleutel of de vingerafdruk van de school mee met --trust SCHOOL.pub of "
            "--trust VINGERAFDRUK."
        )
    _print_seal(report.seal)
    _print_school_seal(report.school_seal)
    if report.pages_match is True:
        print("Pagina's: komen overeen met de ingesloten gegevens.")
    for problem in report.problems:
        print(f"PROBLEEM: {_safe(problem)}")
    for card in report.unusable_cards:
        print(f"Mentorkaart niet bruikbaar: {_safe(card)}")
    line = (
        f"Uren: {_hours_text(report.logged_minutes)} uur gelogd, waarvan "
        f"{_hours_text(report.confirmed_minutes)} bevestigd door een mentor"
    )
    if report.anchors:
        line += (
            f" ({_hours_text(report.trusted_minutes)} door een mentor die een vertrouwde "
            "school bevestigde)"
        )
    print(line + ".")
    shown = [v for v in report.signoffs if v.status != "history"]
    if not shown:
        print("Er zijn geen aftekeningen met een handtekening.")
    trusted = sum(1 for v in shown if v.trusted)
    problems = [v for v in report.signoffs if v.problem]
    if report.anchors:
        print(f"Aftekeningen: {len(shown)}, waarvan {trusted} vertrouwd.")
    else:
        valid = sum(1 for v in shown if v.status == "valid")
        print(f"Aftekeningen: {len(shown)}, waarvan {valid} met een geldige handtekening.")
    for v in shown:
        if v.problem:
            continue
        name = _safe(v.mentor_name) + ("" if v.name_confirmed else " (naam niet bevestigd)")
        verdict = "VERTROUWD: " if v.trusted else ""
        what = "NIET AKKOORD" if v.decision == "refuse" else "akkoord"
        extra = f" ({_safe(v.comment)})" if v.decision == "refuse" and v.comment else ""
        print(f"  {verdict}{_safe(v.label)}: {what}{extra}, door {name}; {_safe(v.fact)}")
    if problems:
        print(f"Niet in orde ({len(problems)}):")
        for v in problems:
            name = _safe(v.mentor_name) + ("" if v.name_confirmed else " (naam niet bevestigd)")
            what = "NIET VERTROUWD" if v.status in ("valid", "history") else _STATUS_TEXT[v.status]
            print(
                f"  {what}: {_safe(v.label)} — {name}, sleutel {v.fingerprint or '–'}, "
                f"code {v.code}"
            )
            for reason in v.reasons:
                print(f"      {_safe(reason)}")
    print(
        "Resultaat: VERTROUWD: elke aftekening is geldig en door een vertrouwde school bevestigd."
        if report.ok
        else "Resultaat: NIET VERTROUWD (zie hierboven)."
    )


def cmd_verify(args: argparse.Namespace) -> int:
    from stageportfolio.services.verify_file import (
        AnchorError,
        VerifyError,
        read_anchors,
        verify_file,
        verify_local,
    )

    try:
        anchors = read_anchors(args.trust)
    except AnchorError as exc:
        raise BadInput(str(exc)) from exc
    if args.eid_root:
        from stageportfolio.services.eid_signing import EidUnavailable, trust_eid_roots

        try:
            trust_eid_roots([Path(p) for p in args.eid_root])
        except EidUnavailable as exc:
            raise BadInput(str(exc)) from exc
    if args.file is not None:
        try:
            report = verify_file(Path(args.file), anchors)
        except VerifyError as exc:
            raise BadInput(f"{exc}\nEr is niets nagekeken.") from exc
    else:
        opened = _open_store()
        try:
            report = verify_local(_signoff_service(opened).service, anchors)
        finally:
            opened.engine.dispose()
    if args.json:
        json.dump(_report_json(report), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        _print_report(report)
    return EXIT_OK if report.ok else EXIT_GAPS


def cmd_signoff_request(args: argparse.Namespace) -> int:
    check_output(Path(args.out))  # before any work: never over the app's own data
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
    if summary.disagreed:
        print(
            f"{summary.disagreed} daarvan: niet akkoord; de reden staat bij het item. Pas het "
            "aan en vraag opnieuw om aftekening."
        )
    if summary.already:
        print(f"{summary.already} stonden er al.")
    if summary.refused:
        print(f"{len(summary.refused)} geweigerd:", file=sys.stderr)
        for reason in summary.refused:
            print(f"  {_safe(reason)}", file=sys.stderr)
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
    print(
        f"{count} {'bevestigde mentorkaart' if count == 1 else 'bevestigde mentorkaarten'} "
        "toegevoegd. Ze reizen mee in het archief en de PDF; wie ze ontvangt, beslist zelf of "
        "hij de schoolsleutel vertrouwt."
    )
    return EXIT_OK


# --- the paper bridge ------------------------------------------------------------------


def _paper_service(opened: Any) -> Any:
    from stageportfolio.services.paper_signoff import PaperService

    return PaperService(_signoff_service(opened).service)


def cmd_paper_sheet(args: argparse.Namespace) -> int:
    from stageportfolio.services.paper_signoff import PaperCodeError, PaperError

    check_output(Path(args.out))  # before any work: never over the app's own data
    opened = _open_store()
    try:
        papers = _paper_service(opened)
        try:
            sheet = papers.week_sheet(args.week, mentor=args.mentor)
            data = papers.sheet_pdf(args.week, language=args.taal, mentor=args.mentor)
        except (PaperCodeError, PaperError) as exc:
            raise BadInput(f"{exc}. Er is geen aftekenblad gemaakt.") from exc
    finally:
        opened.engine.dispose()
    path = Path(args.out)
    write_atomically(path, data)
    count = len(sheet.facts)
    print(
        f"Aftekenblad van week {sheet.week} geschreven naar {path}: "
        f"{count} {'urenregel' if count == 1 else 'urenregels'}, code {sheet.code}. Laat het "
        "de mentor tekenen, scan het en lees het in met: stageportfolio paper-signoff "
        f"--code {sheet.code} --scan SCAN."
    )
    return EXIT_OK


def cmd_paper_signoff(args: argparse.Namespace) -> int:
    from stageportfolio.core.trust import PAPER_FACT
    from stageportfolio.services.paper_signoff import PaperCodeError, PaperError

    opened = _open_store()
    try:
        try:
            count = _paper_service(opened).register(
                code=args.code, scan=Path(args.scan), week=args.week, signer=args.mentor or ""
            )
        except (PaperCodeError, PaperError) as exc:
            raise BadInput(f"{exc}\nEr is niets afgetekend.") from exc
    finally:
        opened.engine.dispose()
    print(
        f"{count} {'urenregel' if count == 1 else 'urenregels'} afgetekend op papier; de scan "
        f"staat bij de bewijsstukken. Let op: {PAPER_FACT}."
    )
    return EXIT_OK


def _add_paper_commands(sub: Any) -> None:
    p = sub.add_parser(
        "paper-sheet", help="schrijf een papieren aftekenblad van een week (PDF) voor de mentor"
    )
    p.add_argument("--week", required=True, metavar="JJJJ-Www", help="bv. 2026-W49")
    p.add_argument("--out", required=True, metavar="BLAD.pdf")
    p.add_argument(
        "--taal", "--language", dest="taal", choices=["nl", "fr", "en"], default="nl",
        help="taal van het blad: nl (standaard), fr of en",
    )  # fmt: skip
    p.add_argument("--mentor", default=None, metavar="NAAM", help="enkel de uren bij deze mentor")
    p.set_defaults(func=cmd_paper_sheet)

    p = sub.add_parser(
        "paper-signoff",
        help="lees een getekend papieren aftekenblad in (scan en code); zwakker dan een sleutel",
    )
    p.add_argument(
        "--code", default=None, metavar="CODE",
        help="de code onderaan het blad (zonder: de app leest de QR-code uit de scan)",
    )  # fmt: skip
    p.add_argument("--scan", required=True, metavar="SCAN", help="de scan (PDF of foto)")
    p.add_argument("--week", default=None, metavar="JJJJ-Www", help="de week van het blad")
    p.add_argument("--mentor", default=None, metavar="NAAM", help="wie tekende (de mentor)")
    p.set_defaults(func=cmd_paper_signoff)


# --- main -------------------------------------------------------------------------------


def _add_hours_format(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--uren-als",
        dest="uren_als",
        choices=["decimaal", "uu:mm", "hh:mm"],
        default="decimaal",
        help="uren als decimaal getal (7,75, standaard) of als uren en minuten (uu:mm: 7:45)",
    )


def build_parser() -> argparse.ArgumentParser:
    from stageportfolio import LICENCE, __version__

    parser = argparse.ArgumentParser(
        prog="stageportfolio",
        usage="%(prog)s [OPTIES] [BESTAND | COMMANDO ...]",
        description="Stageportfolio: stage-uren, activiteiten en competenties voor zorg en "
        "welzijn. Zonder commando start de app; met een BESTAND van Stageportfolio "
        "(.stageportfolio, .aftekenverzoek, .aftekening, .mentorkaart) opent de app dat "
        "bestand, zoals bij dubbelklikken.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"stageportfolio {__version__} (licentie {LICENCE})",
        help="toon de versie en de licentie",
    )
    parser.add_argument(
        "--screenshot",
        metavar="BEELD.png",
        default=None,
        help="(voor tests en documentatie) bewaar het eerste venster als afbeelding en stop",
    )
    parser.add_argument(
        "--lang",
        choices=["nl", "en", "fr"],
        default=None,
        help="taal (standaard nl); fr: enkel voor de mentor (mentormodus en mentor-*)",
    )
    parser.add_argument("--demo", action="store_true", help="open de app met een demoportfolio")
    parser.add_argument(
        "--mentor", action="store_true", help="start in mentormodus: aftekenen zonder portfolio"
    )
    parser.add_argument(
        "--school", action="store_true", help="start in schoolmodus: het overzicht van de school"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMANDO")

    p = sub.add_parser("lists", help="toon alle stage-activiteitenlijsten en EVC-lijsten")
    p.add_argument("id", nargs="?", metavar="ID", help="toon enkel deze lijst, met al haar regels")
    p.add_argument("--json", action="store_true", help="als JSON")
    p.set_defaults(func=cmd_lists)

    p = sub.add_parser("validate-list", help="controleer een lijst- of BK-bestand (TOML)")
    p.add_argument("path", metavar="PAD")
    p.set_defaults(func=cmd_validate_list)

    p = sub.add_parser(
        "list-import",
        help="maak van de stagelijst van de school (.xlsx, CSV of Moodle-competentiekader) een "
        "variant van een lijst (TOML)",
    )
    p.add_argument("file", metavar="BESTAND", help=".xlsx, .csv of de CSV-export van Moodle")
    p.add_argument("--based-on", required=True, metavar="ID", help="de basislijst (zie: lists)")
    p.add_argument("--id", required=True, metavar="NIEUW_ID", help="de id van de schoollijst")
    p.add_argument("--out", required=True, metavar="LIJST.toml", help="het lijstbestand")
    p.add_argument("--title", default=None, metavar="TITEL")
    p.add_argument("--title-en", default=None, metavar="TITLE", help="de Engelse titel")
    p.add_argument("--version", type=int, default=1, metavar="N", help="versie (standaard 1)")
    p.add_argument("--source", default=None, metavar="BRON", help="waar de lijst vandaan komt")
    p.add_argument("--school-year", default=None, metavar="JAAR", help="bv. 2025-2026")
    p.add_argument(
        "--moodle",
        action="store_true",
        help="lees het bestand als Moodle-export, ook met kolomnamen in een andere taal",
    )
    p.add_argument("--add", action="store_true", help="voeg de lijst ook toe aan je eigen lijsten")
    p.set_defaults(func=cmd_list_import)

    p = sub.add_parser("check", help="toets uren uit een CSV-bestand aan de regels van een lijst")
    p.add_argument("--list", required=True, metavar="ID", help="id van de lijst (zie: lists)")
    p.add_argument("csv", metavar="UREN.csv/.xlsx")
    p.add_argument("--json", action="store_true", help="als JSON")
    _add_hours_format(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("init", help="maak een portfolio in de gegevensmap")
    p.add_argument("--name", required=True, metavar="NAAM")
    p.add_argument("--list", required=True, metavar="ID", help="lijst (studierichting of EVC)")
    p.add_argument("--organisation", default="", metavar="SCHOOL", help="school of testcentrum")
    p.add_argument("--school-year", default="", metavar="JAAR", help="bv. 2025-2026")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser(
        "import-hours", help="voeg uren uit een CSV-bestand of Excel-werkmap toe (alles of niets)"
    )
    p.add_argument("csv", metavar="UREN.csv/.xlsx")
    p.add_argument(
        "--nieuwe-stageplaatsen",
        dest="nieuwe_stageplaatsen",
        choices=["aanmaken", "negeren"],
        default=None,
        help="wat met stageplaatsen die het portfolio nog niet kent: aanmaken, of hun regels "
        "negeren (standaard: niets importeren en ze opsommen)",
    )
    p.add_argument(
        "--koppel",
        action="append",
        default=[],
        metavar="NAAM=BESTAANDE",
        help="zet de uren van stageplaats NAAM uit het bestand bij de bestaande stageplaats "
        "BESTAANDE; mag vaker",
    )
    p.set_defaults(func=cmd_import_hours)

    p = sub.add_parser("export-hours", help="schrijf alle uren naar een CSV-bestand voor Excel")
    p.add_argument("out", metavar="UIT.csv")
    p.set_defaults(func=cmd_export_hours)

    p = sub.add_parser(
        "export", help="schrijf het hele portfolio met bewijsstukken naar een archief"
    )
    p.add_argument(
        "--out", required=True, metavar="ARCHIEF.stageportfolio", help="het archiefbestand"
    )
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", help="zet een portfolio-archief terug in een lege gegevensmap")
    p.add_argument(
        "archive",
        metavar="ARCHIEF.stageportfolio",
        help="een archief (.stageportfolio of .zip) of een portfolio-PDF",
    )
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
    p.add_argument(
        "--lang",
        choices=["nl", "en"],
        default=argparse.SUPPRESS,  # else it would undo a --lang given before the command
        help="de taal van de PDF (standaard nl; ook: --lang en vóór het commando)",
    )
    p.set_defaults(func=cmd_export_pdf)

    p = sub.add_parser("status", help="toets het portfolio aan alle regels van zijn lijst")
    p.add_argument("--json", action="store_true", help="als JSON")
    _add_hours_format(p)
    p.set_defaults(func=cmd_status)

    p = sub.add_parser(
        "verify",
        help="controleer de aftekeningen van een portfolio-PDF of -archief (of van dit "
        "portfolio) tegen de schoolsleutels die jij vertrouwt",
    )
    p.add_argument("file", nargs="?", default=None, metavar="BESTAND", help="PDF of archief")
    p.add_argument(
        "--trust",
        action="append",
        default=[],
        metavar="SCHOOL.pub|VINGERAFDRUK",
        help="een schoolsleutel die je vertrouwt (bestand of vingerafdruk); mag vaker",
    )
    p.add_argument("--json", action="store_true", help="als JSON")
    p.add_argument(
        "--eid-root", action="append", default=[], metavar="ROOT.pem",
        help="vertrouw ook dit basiscertificaat voor eID-handtekeningen (naast Belgium Root "
        "CA4 en CA6); mag vaker",
    )  # fmt: skip
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser(
        "signoff-request", help="schrijf een aftekenverzoek voor een mentor (JSON-bestand)"
    )
    p.add_argument("--out", required=True, metavar="VERZOEK.aftekenverzoek")
    p.add_argument("--mentor", default=None, metavar="NAAM", help="enkel items van deze mentor")
    p.set_defaults(func=cmd_signoff_request)

    p = sub.add_parser("signoff-import", help="importeer de aftekening van een mentor")
    p.add_argument("file", metavar="AFTEKENING.aftekening")
    p.set_defaults(func=cmd_signoff_import)

    p = sub.add_parser(
        "mentor-cards-import",
        help="voeg mentorkaarten toe die je school bevestigde (school-vouch)",
    )
    p.add_argument("file", metavar="KAART.mentorkaart")
    p.set_defaults(func=cmd_mentor_cards_import)

    p = sub.add_parser("erase", help="wis het portfolio en alle bestanden ervan")
    p.add_argument("--yes", action="store_true", help="bevestig het wissen")
    p.set_defaults(func=cmd_erase)

    _add_mentor_commands(sub)
    _add_paper_commands(sub)
    from stageportfolio.cli_school import add_school_commands

    add_school_commands(sub)
    return parser


EID_ROOTS_ENV = "STAGEPORTFOLIO_EID_EXTRA_ROOTS"


def _extra_eid_roots() -> None:
    """Root certificates to trust for eID signatures next to the Belgian ones, from
    ``$STAGEPORTFOLIO_EID_EXTRA_ROOTS`` (paths separated by the OS path separator): for test
    cards (SoftHSM2). Said on stderr every time, so it never goes unnoticed."""
    import os

    value = os.environ.get(EID_ROOTS_ENV)
    if not value:
        return
    from stageportfolio.services.eid_signing import EidUnavailable, trust_eid_roots

    files = [Path(p) for p in value.split(os.pathsep) if p]
    try:
        trust_eid_roots(files)
    except EidUnavailable as exc:
        raise BadInput(f"{EID_ROOTS_ENV}: {exc}") from exc
    print(
        f"Let op: {EID_ROOTS_ENV} is gezet; ook deze basiscertificaten gelden voor "
        f"eID-handtekeningen: {', '.join(str(f) for f in files)}",
        file=sys.stderr,
    )


_OPTIONS_WITH_VALUE = frozenset({"--lang", "--screenshot"})


def split_file_argument(
    argv: Sequence[str], commands: Sequence[str]
) -> tuple[list[str], str | None]:
    """``stageportfolio [OPTIONS] FILE`` (what a double-click runs): the file, taken out of
    the arguments. The first argument that is not an option, an option's value or a
    command is the file; a command keeps every argument after it."""
    args = list(argv)
    index = 0
    while index < len(args):
        arg = args[index]
        if arg == "--":
            index += 1
            break
        if arg.startswith("-") and arg != "-":
            index += 2 if arg in _OPTIONS_WITH_VALUE else 1
            continue
        break
    if index >= len(args) or args[index] in commands:
        return args, None
    candidate = args[index]
    if not (Path(candidate).exists() or "." in Path(candidate).name or "/" in candidate):
        return args, None  # a mistyped command: argparse says which commands there are
    return args[:index] + args[index + 1 :], args[index]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    commands = next(
        list(action.choices)
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
    )
    rest, open_path = split_file_argument(sys.argv[1:] if argv is None else argv, commands)
    try:
        args = parser.parse_args(rest)
    except SystemExit as exc:  # argparse already printed the usage message
        return EXIT_BAD_INPUT if exc.code not in (0, None) else EXIT_OK
    if args.lang == "fr" and args.command is not None and args.command not in MENTOR_COMMANDS:
        print(
            "--lang fr geldt enkel voor wat een mentor leest: mentor-init, mentor-card, "
            "mentor-sign en de mentormodus (--mentor). Kies nl of en voor dit commando.",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    if args.command is None:
        from stageportfolio.app import run_app

        return run_app(
            demo=args.demo,
            lang=args.lang,
            mentor=args.mentor,
            school=args.school,
            open_path=open_path,
            screenshot=Path(args.screenshot) if args.screenshot else None,
        )
    try:
        _extra_eid_roots()
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
        known = _known_failure(exc)
        if known is not None:  # a full disk, a read-only database, …: the user can act on it
            print(known, file=sys.stderr)
            return EXIT_BAD_INPUT
        print(f"Onverwachte fout ({type(exc).__name__}): {exc}", file=sys.stderr)
        return EXIT_FAILURE


def _known_failure(exc: Exception) -> Exception | None:
    """A failure the user can act on, worded by the services; None for a bug. The database
    stack is imported lazily: when no service was loaded, the error cannot come from one."""
    if "stageportfolio.services" not in sys.modules:
        return None
    from stageportfolio.services.errors import known_failure

    return known_failure(exc)
