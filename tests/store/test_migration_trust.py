"""Schema 0003 (trust): a database of schema 0002 with signatures upgrades with nothing lost,
its signatures become ``method = 'key'`` approvals, and they still verify."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from alembic import command

from stageportfolio.store.db import DB_NAME, alembic_config, head_revision, open_database


def test_a_schema_0002_database_with_signatures_upgrades(tmp_path: Path) -> None:
    db = tmp_path / DB_NAME
    command.upgrade(alembic_config(f"sqlite:///{db}"), "0002")
    with closing(sqlite3.connect(db)) as con, con:
        con.execute(
            "INSERT INTO portfolio (id, role, name, organisation, programme, list_id, "
            "list_version, school_year, created_at, updated_at) VALUES ('pf', 'student', 'Lotte', "
            "'', '', 'verzorgende-zorgkundige', 1, '', '2026-09-01 00:00:00', "
            "'2026-09-01 00:00:00')"
        )
        con.execute(
            "INSERT INTO signoff (id, portfolio_id, target_kind, target_id, level, mentor_name, "
            "comment, signed_at, payload, signature, key_fingerprint, public_key) VALUES "
            "('s1', 'pf', 'competence', 'bkc1', 3, 'An', '', '2026-10-01 10:00:00', '{}', 'c2ln', "
            "'AB', 'cHVi'), ('s2', 'pf', 'competence', 'bkc2', 2, 'An', '', "
            "'2026-10-01 10:00:00', NULL, NULL, NULL, NULL)"
        )
        con.execute(
            "INSERT INTO mentor_card (id, name, organisation, sector, public_key, fingerprint, "
            "imported_at) VALUES ('c', 'An', '', 'social_profit', 'cHVi', 'AB', "
            "'2026-10-01 10:00:00')"
        )
    open_database(db).dispose()
    with closing(sqlite3.connect(db)) as con:
        rows = con.execute(
            "SELECT id, method, decision, method_data, signature FROM signoff ORDER BY id"
        ).fetchall()
        assert rows == [("s1", "key", "approve", None, "c2ln"), ("s2", None, "approve", None, None)]
        assert con.execute("SELECT count(*) FROM mentor_card").fetchone() == (1,)  # kept
        assert con.execute("SELECT count(*) FROM vouched_card").fetchone() == (0,)
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),
        )
