"""Opening the school database: one SQLite file by default, or PostgreSQL when several
coordinators share one overview (a ``postgresql://`` URL in the school settings or in
``STAGEPORTFOLIO_SCHOOL_DB``). Both are migrated by the same Alembic scripts.

A SQLite file on a network share is refused: SQLite's locking (and WAL's shared memory) does not
work over SMB, NFS or SSHFS, and a database there gets corrupted when two computers write to it.
The school shares PostgreSQL instead, or each coordinator keeps a local file.
"""

from __future__ import annotations

import ntpath
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath
from typing import Any

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session

from stageportfolio.store.db import StoreError, make_engine

MIGRATIONS = Path(__file__).resolve().parent / "school_migrations"
VERSION_TABLE = "school_alembic_version"
SCHOOL_HEAD = "s0002"
DB_NAME = "school.sqlite3"
# PostgreSQL: one migration at a time when several coordinators open the database together.
_MIGRATION_LOCK = 0x5C4F0013

# Linux/BSD file system types that live on another computer (``/proc/self/mountinfo``, the
# ``mount`` command on macOS). fuseblk (NTFS on a local disk) and overlay are local.
NETWORK_FS = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph",
        "glusterfs", "lustre", "gpfs", "davfs", "webdav", "afpfs", "sshfs", "fuse.sshfs",
        "fuse.rclone", "fuse.s3fs", "fuse.gvfsd-fuse", "fuse.glusterfs", "fuse.cephfs",
        "fuse.davfs", "fuse.smbnetfs", "fuse.afpfs", "fuse.curlftpfs", "fuse.gcsfuse",
        "fuse.goofys", "fuse.juicefs", "osxfuse.sshfs", "macfuse.sshfs",
    }
)  # fmt: skip


class NetworkShareError(StoreError):
    """The SQLite file would be on a network share; the message (Dutch) says what to do."""


@dataclass(frozen=True)
class Target:
    """Where the school database lives: a SQLite file or a server URL."""

    url: str
    path: Path | None  # the SQLite file, None for PostgreSQL

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    @property
    def label(self) -> str:
        """For messages: the file, or the server without the password."""
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)


def target_for(value: str | Path) -> Target:
    """A SQLite path or a ``postgresql://`` URL; StoreError (Dutch) for anything else."""
    text_value = str(value).strip()
    if "://" not in text_value:
        path = Path(text_value).expanduser()
        return Target(url=f"sqlite:///{path}", path=path)
    try:
        url = make_url(text_value)
    except ArgumentError as exc:
        raise StoreError(f"{text_value!r} is geen geldige databank-URL") from exc
    backend = url.get_backend_name()
    if backend == "sqlite":
        if not url.database:
            raise StoreError(
                "een SQLite-URL moet een bestand noemen (sqlite:///pad/school.sqlite3)"
            )
        return target_for(url.database)
    if backend != "postgresql":
        raise StoreError(
            f"databank {backend!r} wordt niet ondersteund: gebruik een SQLite-bestand of "
            "postgresql://gebruiker@server/databank"
        )
    url = url.set(drivername="postgresql+psycopg")
    return Target(url=url.render_as_string(hide_password=False), path=None)


# --- network shares --------------------------------------------------------------------------


def _unescape_mount(field: str) -> str:
    """``/proc/self/mountinfo`` writes a space as ``\\040``."""
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and i + 3 < len(field) and field[i + 1 : i + 4].isdigit():
            out.append(chr(int(field[i + 1 : i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def parse_mountinfo(content: str) -> list[tuple[str, str]]:
    """(mount point, file system type) per line of ``/proc/self/mountinfo``."""
    mounts = []
    for line in content.splitlines():
        left, sep, right = line.partition(" - ")
        parts = left.split()
        fields = right.split()
        if not sep or len(parts) < 5 or not fields:
            continue
        mounts.append((_unescape_mount(parts[4]), fields[0]))
    return mounts


def parse_mount_output(content: str) -> list[tuple[str, str]]:
    """(mount point, file system type) from the ``mount`` command of macOS and the BSDs:
    ``//an@nas/school on /Volumes/school (smbfs, nodev, nosuid, mounted by an)``."""
    mounts = []
    for line in content.splitlines():
        _, on, rest = line.partition(" on ")
        point, paren, options = rest.rpartition(" (")
        if not on or not paren:
            continue
        mounts.append((point, options.split(",")[0].strip().rstrip(")")))
    return mounts


def filesystem_of(path: Path, mounts: list[tuple[str, str]]) -> str | None:
    """The type of the file system holding ``path``: the longest mount point above it."""
    best: tuple[int, str] | None = None
    text_path = str(path)
    for point, fstype in mounts:
        inside = text_path == point or text_path.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > best[0]):
            best = (len(point), fstype)
    return None if best is None else best[1]


def is_network_fstype(fstype: str | None) -> bool:
    if fstype is None:
        return False
    kind = fstype.lower()
    return kind in NETWORK_FS or kind.startswith(("nfs", "smb", "cifs"))


def windows_network_path(path: str, drive_type: Callable[[str], int] | None = None) -> bool:
    """A UNC path (``\\\\server\\share``) or a drive letter mapped to a network share
    (``GetDriveTypeW`` says DRIVE_REMOTE, 4)."""
    pure = PureWindowsPath(path)
    drive = pure.drive
    if drive.startswith(("\\\\", "//")):
        # \\?\C:\… is a local long path; \\?\UNC\server\share and \\server\share are not.
        if drive.startswith(("\\\\?\\", "\\\\.\\")):
            return drive.upper().startswith(("\\\\?\\UNC", "\\\\.\\UNC"))
        return True
    if drive_type is None or not ntpath.splitdrive(path)[0]:
        return False
    return drive_type(drive + "\\") == 4


def _windows_drive_type(root: str) -> int:  # pragma: no cover - Windows only
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def _mount_table() -> list[tuple[str, str]]:
    mountinfo = Path("/proc/self/mountinfo")
    if mountinfo.is_file():
        return parse_mountinfo(mountinfo.read_text(encoding="utf-8", errors="replace"))
    if sys.platform == "darwin" or "bsd" in sys.platform:  # pragma: no cover - not Linux
        import subprocess

        try:
            done = subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=10)
        except (OSError, subprocess.SubprocessError):
            return []
        return parse_mount_output(done.stdout)
    return []  # pragma: no cover


def network_share_reason(path: Path) -> str | None:
    """Why ``path`` is on a network share (the kind of share), or None when it is local."""
    if os.name == "nt":  # pragma: no cover - Windows only
        resolved = os.path.abspath(path)
        if windows_network_path(resolved, _windows_drive_type):
            return "een netwerkschijf"
        return None
    folder = path.parent if not path.exists() else path
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    fstype = filesystem_of(folder.resolve(), _mount_table())
    return f"een netwerkmap ({fstype})" if is_network_fstype(fstype) else None


def refuse_network_share(path: Path, reason: str | None = None) -> None:
    found = reason if reason is not None else network_share_reason(path)
    if found is not None:
        raise NetworkShareError(
            f"{path} staat op {found}. Een SQLite-databank op een gedeelde map raakt beschadigd "
            "als twee computers erin schrijven; er is niets geopend. Kies een map op deze "
            "computer, of deel het overzicht via PostgreSQL (een postgresql://-URL in de "
            "schoolinstellingen of in STAGEPORTFOLIO_SCHOOL_DB)."
        )


# --- opening and migrating --------------------------------------------------------------------


def alembic_config(url: str) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def _revision(engine: Engine) -> str | None:
    from sqlalchemy import inspect

    with engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return None
        row = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).first()
    return None if row is None else str(row[0])


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {
        rev.revision for rev in ScriptDirectory.from_config(alembic_config("")).walk_revisions()
    }


def _migrate(engine: Engine, label: str) -> None:
    from alembic import command

    current = _revision(engine)
    if current == SCHOOL_HEAD:
        return
    if current is not None and current not in _known_revisions():
        raise StoreError(
            f"{label} is gemaakt met een nieuwere versie van stageportfolio (schema {current}); "
            "werk de app bij. Er is niets veranderd."
        )
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
        config = alembic_config(str(engine.url))
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def open_school_database(target: Target, *, check_share: bool = True) -> Engine:
    """Open (creating or upgrading as needed) the school database. StoreError (Dutch) when it
    cannot be opened: a network share, a server that does not answer, a newer schema."""
    if target.path is not None:
        path = target.path
        if check_share:
            refuse_network_share(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise StoreError(
                f"de map {path.parent} kan niet aangemaakt worden: {exc.strerror}"
            ) from exc
        engine = make_engine(path)
    else:
        try:
            engine = create_engine(target.url, pool_pre_ping=True)
        except (ArgumentError, ImportError) as exc:
            raise StoreError(
                f"{target.label}: kan de PostgreSQL-databank niet openen ({exc})"
            ) from exc
    try:
        _migrate(engine, target.label)
    except DBAPIError as exc:
        engine.dispose()
        raise StoreError(
            f"{target.label}: kan de schooldatabank niet openen ({str(exc.orig).strip()})"
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    return engine


@contextmanager
def school_session(engine: Engine) -> Iterator[Session]:
    """One transaction: committed when the block ends, rolled back on any error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
