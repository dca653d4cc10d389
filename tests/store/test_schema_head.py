"""Opening an up-to-date database must not need Alembic; the shortcut must stay true."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from stageportfolio.store.db import SCHEMA_HEAD, StoreError, head_revision, open_database


def test_schema_head_constant_is_alembics_head() -> None:
    assert head_revision() == SCHEMA_HEAD


def test_opening_a_current_database_does_not_import_alembic(tmp_path: Path) -> None:
    db = tmp_path / "p.sqlite3"
    open_database(db).dispose()
    code = (
        "import sys; from stageportfolio.store.db import open_database; "
        f"open_database(__import__('pathlib').Path({str(db)!r})).dispose(); "
        "print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_database_from_a_newer_app_is_refused_untouched(tmp_path: Path) -> None:
    db = tmp_path / "p.sqlite3"
    open_database(db).dispose()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = db.read_bytes()
    with pytest.raises(StoreError, match="nieuwere versie"):
        open_database(db)
    assert db.read_bytes() == before
