"""Importing a whole portfolio from a file: a portfolio archive (zip) or a portfolio PDF.

One use case for ``stageportfolio import`` and the app's Open (a double-clicked archive). Both
kinds of file go through the same checks (``store.archive``: format, checksums, schema,
references, limits), then the list files the archive carries are checked and staged
(``services.lists``: the portfolio's list must be installed or usable from the archive), then
the gate every way in passes (``core.gate``: sane years, no future dates, at most 24 hours a
day, known contexts, the levels of the portfolio's own list). An archive that fails the gate is
refused with every reason (grouped and capped); nothing is written. Evidence of a type the app
no longer takes in (a program, say) is imported as it is but flagged, and never opened (see
``docs/portfolio-archive.md``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine

from stageportfolio.core import clock
from stageportfolio.core.activitylist import DEFAULT_LEVELS
from stageportfolio.core.catalog import ActivityList, Catalog, UnknownListError
from stageportfolio.core.evidencetypes import evidence_type
from stageportfolio.core.gate import (
    Finding,
    HourFact,
    check_hours,
    context_problem,
    date_problem,
    level_problem,
    moment_problem,
    show_date,
)
from stageportfolio.core.problems import ProblemLog
from stageportfolio.services.lists import (
    ArchiveListError,
    ArchiveLists,
    archive_lists_dir,
    stage_archive_lists,
)
from stageportfolio.store.archive import (
    PAYLOAD,
    ArchiveContents,
    ArchiveError,
    ImportSummary,
    discard,
    import_archive,
    read_archive,
)
from stageportfolio.store.evidence import stored_suffix

__all__ = [
    "ArchiveError",
    "ArchiveListError",
    "ImportSummary",
    "PortfolioImport",
    "content_findings",
    "discard",
    "import_contents",
    "import_portfolio_file",
    "read_portfolio_file",
]


def _starts_like_pdf(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(5) == b"%PDF-"
    except OSError:
        return False


def read_portfolio_file(path: Path) -> ArchiveContents:
    """Read and check a zip archive or a portfolio PDF; raises ArchiveError (Dutch)."""
    if _starts_like_pdf(path):
        from stageportfolio.services.pdf_export import read_pdf_archive

        return read_pdf_archive(path)
    return read_archive(path)


def _levels(catalog: Catalog, list_id: str, version: int) -> tuple[int, ...]:
    try:
        alist = catalog.get(list_id, version)
    except UnknownListError:
        return tuple(level.value for level in DEFAULT_LEVELS)
    return tuple(level.value for level in alist.levels)


def content_findings(
    contents: ArchiveContents,
    catalog: Catalog,
    *,
    today: date,
    now: datetime | None = None,
    alist: ActivityList | None = None,
) -> list[Finding]:
    """What the gate says about an archive's rows (an empty list: it may come in).

    ``alist`` is the portfolio's list as it will be checked (carried in the archive or
    installed); without it the list is looked up in ``catalog``."""
    payload = contents.payload
    contexts = catalog.contexts
    findings: list[Finding] = []

    def where(key: str, index: int, day: date | None = None) -> str:
        shown = f" ({show_date(day)})" if day is not None else ""
        return f"{PAYLOAD}, {key}[{index}]{shown}"

    findings += check_hours(
        (
            HourFact(where("hour_entries", i, e.day), e.day, e.minutes, e.context)
            for i, e in enumerate(payload.hour_entries)
        ),
        contexts=contexts,
        today=today,
    )
    for i, p in enumerate(payload.placements):
        problem = context_problem(p.context, contexts)
        if problem:
            findings.append(Finding(where("placements", i), "context", problem))
        for day in (p.start_date, p.end_date):
            problem = date_problem(day, today, future=True)
            if problem:
                findings.append(Finding(where("placements", i, day), "datum", problem))
    levels = (
        tuple(level.value for level in alist.levels)
        if alist is not None
        else _levels(catalog, payload.portfolio.list_id, payload.portfolio.list_version)
    )
    for i, r in enumerate(payload.activity_records):
        problem = date_problem(r.day, today)
        if problem:
            findings.append(Finding(where("activity_records", i, r.day), "datum", problem))
        problem = level_problem(r.proposed_level, levels)
        if problem:
            findings.append(Finding(where("activity_records", i), "niveau", problem))
    moment = now or clock.now()
    for i, s in enumerate(payload.signoffs):
        if s.level is not None:
            problem = level_problem(s.level, levels)
            if problem:
                findings.append(Finding(where("signoffs", i), "niveau", problem))
        problem = moment_problem(s.signed_at, moment)
        if problem:
            findings.append(Finding(where("signoffs", i), "signed_at", problem))
    for i, ev in enumerate(payload.evidence):
        problem = date_problem(ev.day, today)
        if problem:
            findings.append(Finding(where("evidence", i, ev.day), "datum", problem))
    return findings


def refusal(name: str, findings: Iterable[Finding]) -> str:
    """The refusal of an archive that fails the gate: every reason, grouped and capped."""
    log = ProblemLog()
    for finding in findings:
        log.add(None, None, f"{finding.where}: {finding.message}")
    count = log.total
    lines = [
        f"{name}: {count} {'probleem' if count == 1 else 'problemen'} met de inhoud; er is "
        "niets geïmporteerd. Een portfolio komt alleen binnen als het voldoet aan dezelfde "
        "regels als uren die je intypt of uit een CSV-bestand haalt:"
    ]
    lines += [f"  {line}" for line in log.summary()]
    return "\n".join(lines)


MAX_FINDINGS_EN = 10  # the English refusal lists this many findings, then counts the rest


def refusal_en(name: str, findings: Sequence[Finding]) -> str:
    """:func:`refusal` in English: every reason up to :data:`MAX_FINDINGS_EN`, then a count."""
    count = len(findings)
    lines = [
        f"{name}: {count} {'problem' if count == 1 else 'problems'} with the content; nothing "
        "was imported. A portfolio only comes in when it meets the same rules as hours you type "
        "in or take from a CSV file:"
    ]
    lines += [f"  {f.where}: {f.message_en}" for f in findings[:MAX_FINDINGS_EN]]
    if count > MAX_FINDINGS_EN:
        lines.append(f"  … and {count - MAX_FINDINGS_EN} more")
    return "\n".join(lines)


def flagged_evidence(contents: ArchiveContents) -> list[str]:
    """Evidence files of a type the app does not open (imported, but flagged)."""
    return [
        row.original_name
        for row in contents.payload.evidence
        if evidence_type(stored_suffix(row.stored_name)) is None
    ]


@dataclass(frozen=True)
class PortfolioImport:
    summary: ImportSummary
    lists: ArchiveLists
    # Evidence files of a type the app does not open: imported, flagged, never opened.
    flagged: list[str] = field(default_factory=list)


def import_contents(
    engine: Engine,
    catalog: Catalog,
    contents: ArchiveContents,
    *,
    today: date | None = None,
    now: datetime | None = None,
) -> PortfolioImport:
    """Import a read and checked portfolio file into an empty data folder, all or nothing.

    The carried list files are checked and staged first (``ArchiveListError`` when the
    portfolio's list can be neither found installed nor taken from the archive), then the
    rows pass the gate against that list (``ArchiveError`` with every reason), then the
    portfolio is imported with its evidence (``store.archive``), and last the list files are
    put in place. The caller discards ``contents`` (``discard``).
    """
    portfolio = contents.payload.portfolio
    staged = stage_archive_lists(
        contents.lists,
        list_id=portfolio.list_id,
        list_version=portfolio.list_version,
        name=contents.name or contents.path.name,
    )
    try:
        findings = content_findings(
            contents, catalog, today=today or clock.today(), now=now, alist=staged.alist
        )
        if findings:
            raise ArchiveError(refusal(contents.name or contents.path.name, findings))
        summary = import_archive(engine, contents)
    except BaseException:
        staged.discard()
        raise
    try:
        staged.commit()
    except OSError as exc:
        staged.discard()
        raise ArchiveError(
            f"het portfolio is geïmporteerd, maar de lijstbestanden uit het archief konden niet "
            f"in {archive_lists_dir()} gezet worden ({exc.strerror})"
        ) from exc
    return PortfolioImport(summary, staged, flagged_evidence(contents))


def import_portfolio_file(
    engine: Engine,
    catalog: Catalog,
    path: Path,
    *,
    today: date | None = None,
    now: datetime | None = None,
) -> PortfolioImport:
    """Read, check and import a portfolio file (zip or PDF) into an empty data folder, all
    or nothing. Raises ArchiveError or ArchiveListError (Dutch) with every reason when the
    file is refused."""
    contents = read_portfolio_file(path)
    try:
        return import_contents(engine, catalog, contents, today=today, now=now)
    finally:
        discard(contents)
