"""The stored portfolio seen through the core: what the CLI, the app and the PDF share.

Reads plain data from ``store`` and hands it to the core's rules engine; knows neither Qt nor
SQL itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from stageportfolio import paths
from stageportfolio.core.catalog import ActivityList, Catalog, load_catalog
from stageportfolio.core.rules import Evaluation, evaluate
from stageportfolio.store import services
from stageportfolio.store.db import open_database, session_scope


@dataclass(frozen=True)
class Opened:
    engine: Engine
    catalog: Catalog


def open_current() -> Opened:
    return Opened(engine=open_database(), catalog=load_catalog(paths.user_lists_dir()))


def pinned_list(catalog: Catalog, info: services.PortfolioInfo) -> ActivityList:
    """The exact list version the portfolio was started with."""
    return catalog.get(info.list_id, info.list_version)


def evaluate_portfolio(engine: Engine, catalog: Catalog) -> Evaluation:
    with session_scope(engine) as session:
        info = services.current_portfolio(session)
        entries = services.hour_entries(session, portfolio_id=info.id)
        periods = services.placement_periods(session, portfolio_id=info.id)
        signoffs = services.signed_levels(session, portfolio_id=info.id)
        evidence = services.evidence_counts(session, portfolio_id=info.id)
    return evaluate(
        pinned_list(catalog, info),
        entries=entries,
        periods=periods,
        signoffs=signoffs,
        evidence=evidence,
    )
