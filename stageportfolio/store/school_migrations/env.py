"""Alembic environment of the school database (SQLite or PostgreSQL): migrations run on the
connection that ``store.school_db`` hands over, with their own version table."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from stageportfolio.store.school_models import metadata

VERSION_TABLE = "school_alembic_version"
config = context.config


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
        with engine.begin() as connection:
            _migrate(connection)
    else:
        _migrate(connection)


def _migrate(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=metadata,
        version_table=VERSION_TABLE,
        render_as_batch=True,  # SQLite can only ALTER through table copies
    )
    with context.begin_transaction():
        context.run_migrations()


run()
