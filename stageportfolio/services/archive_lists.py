"""Export of a whole portfolio together with the list files it is checked against.

The archive (and the PDF, which embeds the same files) carries the portfolio's list file, its
base list for a variant and the user's BK files they link (``services.lists.travelling_files``),
so whoever imports it gets the same verdict without the list installed. Importing one is
``services.portfolio_file`` (the checks, the gate, the carried lists). See
docs/portfolio-archive.md.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from stageportfolio.core.catalog import Catalog
from stageportfolio.services.lists import portfolio_list_files
from stageportfolio.store import queries
from stageportfolio.store.archive import (
    ArchiveError,
    ExportSummary,
    describe_counts,
    export_archive,
)
from stageportfolio.store.db import session_scope

__all__ = ["ArchiveError", "describe_counts", "export_portfolio"]


def export_portfolio(engine: Engine, catalog: Catalog, out: Path) -> ExportSummary:
    """``stageportfolio export``: the archive, with the portfolio's list files in it."""
    with session_scope(engine) as session:
        info = queries.current_portfolio(session)
    lists = portfolio_list_files(catalog, info.list_id, info.list_version)
    return export_archive(engine, out, lists=lists)
