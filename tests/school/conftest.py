"""School-mode fixtures: the school's key and mentors (made once), students' exports made with
the app's own services, and the school database on both back-ends.

Every test that takes ``school`` runs twice: on a SQLite file and on PostgreSQL. The PostgreSQL
server is a real one: the one whose URL is in ``STAGEPORTFOLIO_TEST_POSTGRES`` (CI starts it in
``.ci/run``), or one the session starts itself (``scripts/start_postgres.sh``); without
PostgreSQL installed those tests FAIL, they never skip.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks import school_students as gen
from stageportfolio.services.school_mode import School, open_school
from stageportfolio.store.school_db import target_for

POSTGRES_ENV = "STAGEPORTFOLIO_TEST_POSTGRES"


@pytest.fixture(scope="session")
def world(tmp_path_factory: pytest.TempPathFactory) -> gen.World:
    """The school key (sealed, Argon2id: made once) and the mentors it vouched for."""
    return gen.make_world(tmp_path_factory.mktemp("world"), seed=13)


@pytest.fixture(scope="session")
def students_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("students")


def make_export(
    world: gen.World, folder: Path, plan: gen.Plan, kind: str = "archive", name: str = ""
) -> Path:
    """One student's export, made with the app (cached per plan for the session)."""
    name = name or f"{plan.name.replace(' ', '_')}-{abs(hash(plan)) % 10**8}"
    out = folder / "exports" / f"{name}.{'pdf' if kind == 'pdf' else 'zip'}"
    if out.exists():
        return out
    service = gen.make_student(world, folder / "homes" / name, plan)
    try:
        gen.export(service, out, kind)
    finally:
        service.engine.dispose()
    return out


@pytest.fixture
def exports(world: gen.World, students_dir: Path):  # type: ignore[no-untyped-def]
    def make(plan: gen.Plan, kind: str = "archive", name: str = "") -> Path:
        return make_export(world, students_dir, plan, kind, name)

    return make


_STARTED: dict[str, str] = {}


def postgres_url() -> str:
    """The PostgreSQL server the school tests use: ``STAGEPORTFOLIO_TEST_POSTGRES`` (CI starts one
    in .ci/run), or else a throw-away server this session starts itself with
    ``scripts/start_postgres.sh`` (stopped when the session ends). Without PostgreSQL installed
    the tests FAIL with what to install: they never skip a back-end."""
    url = os.environ.get(POSTGRES_ENV, "").strip()
    if url:
        return url
    if "url" not in _STARTED:
        import atexit
        import subprocess
        import tempfile

        root = Path(__file__).resolve().parents[2]
        script = root / "scripts" / "start_postgres.sh"
        folder = Path(tempfile.mkdtemp(prefix="stageportfolio-pg-"))
        port = str(55000 + os.getpid() % 900)
        done = subprocess.run(
            ["bash", str(script), str(folder), port], capture_output=True, text=True, timeout=120
        )
        if done.returncode != 0:
            pytest.fail(
                f"{POSTGRES_ENV} is not set and no PostgreSQL server could be started "
                f"({done.stderr.strip() or done.stdout.strip()}). Install PostgreSQL "
                "(Debian: apt-get install postgresql) or export the URL of a server. School "
                "tests never skip a back-end."
            )
        _STARTED["url"] = done.stdout.strip().splitlines()[-1]
        atexit.register(
            subprocess.run, ["bash", str(script), str(folder), port, "stop"], check=False
        )
    return _STARTED["url"]


@pytest.fixture
def postgres_database() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test (dropped afterwards)."""
    import psycopg

    base = postgres_url()
    name = f"school_{uuid.uuid4().hex[:12]}"
    admin = base.replace("postgresql://", "postgresql://", 1)
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    prefix, _, _ = base.rpartition("/")
    try:
        yield f"{prefix}/{name}"
    finally:
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest, private_home: Path) -> str:
    """Where the school database lives: a SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return str(private_home / "school" / "school.sqlite3")
    return str(request.getfixturevalue("postgres_database"))


@pytest.fixture
def school_home(world: gen.World, private_home: Path) -> Path:
    """This test's data folder holds the school key (a copy of the world's)."""
    folder = private_home / "school"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    shutil.copyfile(world.school_home / "school" / "identity.json", folder / "identity.json")
    return private_home


@pytest.fixture
def school(school_home: Path, backend: str) -> Iterator[School]:
    opened = open_school(target_for(backend))
    try:
        yield opened
    finally:
        opened.close()
