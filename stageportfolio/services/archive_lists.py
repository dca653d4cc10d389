"""Export and import of a whole portfolio together with the list files it is checked against.

The archive (and the PDF, which embeds the same files) carries the portfolio's list file, its
base list for a variant and the user's BK files they link (``services.lists.travelling_files``),
so whoever imports it gets the same verdict without the list installed. See
docs/portfolio-archive.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from stageportfolio.core.catalog import Catalog
from stageportfolio.services.lists import (
    ArchiveLists,
    archive_lists_dir,
    portfolio_list_files,
    stage_archive_lists,
)
from stageportfolio.store import queries
from stageportfolio.store.archive import (
    ArchiveContents,
    ArchiveError,
    ExportSummary,
    ImportSummary,
    export_archive,
    import_archive,
)
from stageportfolio.store.db import session_scope


def export_portfolio(engine: Engine, catalog: Catalog, out: Path) -> ExportSummary:
    """``stageportfolio export``: the archive, with the portfolio's list files in it."""
    with session_scope(engine) as session:
        info = queries.current_portfolio(session)
    lists = portfolio_list_files(catalog, info.list_id, info.list_version)
    return export_archive(engine, out, lists=lists)


@dataclass(frozen=True)
class PortfolioImport:
    summary: ImportSummary
    lists: ArchiveLists


def import_portfolio(engine: Engine, contents: ArchiveContents) -> PortfolioImport:
    """``stageportfolio import``: the portfolio (all or nothing), then its list files.

    The carried lists are checked and staged first: when the portfolio's list can be neither
    found installed nor taken from the archive, nothing is imported (``ArchiveListError``).
    """
    portfolio = contents.payload.portfolio
    staged = stage_archive_lists(
        contents.lists,
        list_id=portfolio.list_id,
        list_version=portfolio.list_version,
        name=contents.path.name,
    )
    try:
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
    return PortfolioImport(summary, staged)
