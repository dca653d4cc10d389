"""Files that are never half there, and temporary files that never outlive a crash for long.

Every temporary file or folder the app makes is named ``.stageportfolio-tmp-<run>-…`` and is
written down, *before* it is created, in a journal of the running process: the *run file*
``<data>/.stageportfolio-runs/<run>.run``. The process holds an exclusive lock on its run file
for as long as it lives. The next start (``sweep``) takes the lock of every run file it can:
a lock it gets belongs to a process that ended (killed, crashed, power cut), so every file in
that journal is a leftover and is removed. A run that still holds its lock is left alone, so
two processes never clean up each other's work in progress.

Besides temporary files, a run can note *placed* files: an evidence file moved to its final
name before the transaction that records it has committed. Whether such a file is a leftover
depends on the database, so ``sweep`` hands those to a callback (``store.db`` keeps the files
that a row refers to and removes the others).

Written to a file outside the data folder (an export next to the user's own files), the
temporary file is still in the journal, so a killed export does not leave a hidden copy of the
portfolio there either.
"""

from __future__ import annotations

import atexit
import os
import re
import secrets
import shutil
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from stageportfolio import paths

TEMP_PREFIX = ".stageportfolio-tmp-"
RUNS_DIR = ".stageportfolio-runs"
RUN_SUFFIX = ".run"
_RUN_ID = re.compile(r"^[0-9a-f]{16}$")
_TEMP_NAME = re.compile(rf"^{re.escape(TEMP_PREFIX)}([0-9a-f]{{16}})-")
# Leftovers of the first release, which named its temporary files after mkstemp:
# ".<stored name>.<random>.tmp" for evidence, ".<file name>.<random>.tmp" for atomic writes.
_OLD_TEMP = re.compile(r"^\..+\.[A-Za-z0-9_]{8}\.tmp$")
# SQLite's own files next to a temporary database.
_SQLITE_SIDES = ("-journal", "-wal", "-shm")


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` survive a power cut (POSIX; no-op elsewhere)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# --- locks ------------------------------------------------------------------------------------


def try_lock(fd: int) -> bool:
    """An exclusive lock on an open file, without waiting; False when someone else holds it."""
    if sys.platform == "win32":
        import msvcrt

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


@contextmanager
def folder_lock(folder: Path, name: str) -> Iterator[bool]:
    """Hold ``<folder>/<name>`` locked for the block; yields False if another process has it."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(folder / name, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        yield try_lock(fd)  # never wait: another process holding it is the answer
    finally:
        unlock(fd)
        os.close(fd)


# --- runs -------------------------------------------------------------------------------------


@dataclass
class _Run:
    """This process's journal of temporary and placed files in one data folder."""

    home: Path
    id: str
    path: Path
    fd: int
    temps: set[Path] = field(default_factory=set)

    def note(self, kind: str, target: Path) -> None:
        line = f"{kind} {target}\n".encode("utf-8", "surrogateescape")
        os.write(self.fd, line)

    def close(self) -> None:
        for temp in list(self.temps):
            _remove(temp)
        self.temps.clear()
        try:
            unlock(self.fd)
            os.close(self.fd)
        except OSError:
            pass
        self.path.unlink(missing_ok=True)


_RUNS: dict[Path, _Run] = {}


def _runs_dir(home: Path) -> Path:
    return home / RUNS_DIR


def _run(home: Path | None = None) -> _Run | None:
    """The run of this process for the data folder ``home`` (made on first use), or None when
    no journal can be kept there (a read-only or missing folder): then the temporary files are
    only cleaned up by the code that made them."""
    home = (home or paths.data_dir()).absolute()
    run = _RUNS.get(home)
    if run is not None:
        return run
    folder = _runs_dir(home)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        run_id = secrets.token_hex(8)
        path = folder / f"{run_id}{RUN_SUFFIX}"
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_APPEND, 0o600)
    except OSError:
        return None
    if not try_lock(fd):  # pragma: no cover - a fresh random name nobody else can hold
        os.close(fd)
        return None
    run = _RUNS[home] = _Run(home, run_id, path, fd)
    return run


@atexit.register
def _close_runs() -> None:
    for run in list(_RUNS.values()):
        run.close()
    _RUNS.clear()


def forget_run(home: Path) -> None:
    """Close this process's run of ``home`` (before the folder is erased)."""
    run = _RUNS.pop(home.absolute(), None)
    if run is not None:
        run.close()


def _temp_name(run: _Run | None, hint: str) -> str:
    run_id = run.id if run is not None else "0" * 16
    clean = re.sub(r"[^A-Za-z0-9._-]", "_", hint)[-60:]
    return f"{TEMP_PREFIX}{run_id}-{secrets.token_hex(6)}-{clean}"


def temp_path(folder: Path, hint: str = "", *, home: Path | None = None) -> Path:
    """A fresh temporary name in ``folder``, noted in the journal; the caller creates it."""
    run = _run(home)
    path = folder.absolute() / _temp_name(run, hint)
    if run is not None:
        with suppress(OSError):
            run.note("T", path)
        run.temps.add(path)
    return path


def done_with(path: Path) -> None:
    """The temporary ``path`` was renamed or removed by its maker: nothing to clean up at exit."""
    for run in _RUNS.values():
        run.temps.discard(path.absolute())


def discard(path: Path) -> None:
    """Remove a temporary file (and SQLite's files next to it) that is not needed any more."""
    _remove(path)
    done_with(path)


def note_placed(path: Path, *, home: Path | None = None) -> None:
    """``path`` gets its final name before the transaction that records it commits."""
    run = _run(home)
    if run is not None:
        with suppress(OSError):
            run.note("P", path.absolute())


@contextmanager
def temp_file(
    folder: Path, hint: str = "", *, mode: int | None = 0o600, home: Path | None = None
) -> Iterator[tuple[IO[bytes], Path]]:
    """A new temporary file in ``folder``, open for writing; removed if the block fails.

    On success the file stays for the caller to rename (and the name stays in the journal
    until the process ends, so a kill before the rename still cleans it up).
    """
    path = temp_path(folder, hint, home=home)
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o600 if mode is None else mode)
    try:
        if mode is not None and os.name == "posix":
            os.fchmod(fd, mode)
        with os.fdopen(fd, "w+b") as fh:
            yield fh, path
    except BaseException:
        _remove(path)
        done_with(path)
        raise


def write_atomically(path: Path, data: bytes, *, mode: int | None = None) -> None:
    """Write ``data`` to ``path`` through a temporary file, fsync and ``os.replace``.

    ``mode`` (e.g. 0o600 for private files) is set before any byte is written. Raises OSError
    (a full disk, a read-only folder, ...) with nothing left behind.
    """
    path = Path(path)
    with temp_file(path.parent, path.name, mode=mode) as (fh, temp):
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    try:
        os.replace(temp, path)
    except BaseException:
        _remove(temp)
        raise
    finally:
        done_with(temp)
    fsync_dir(path.parent)


def read_at_most(path: Path, limit: int) -> bytes:
    """The bytes of a small file someone picked, but never more than ``limit + 1`` of them: a
    result longer than ``limit`` means the file is too big (a limit of ``core.limits``). Unlike
    a size check before ``read_bytes``, this also holds for a file that grows while it is read,
    a pipe or a device. Raises OSError (FileNotFoundError, IsADirectoryError, ...)."""
    with Path(path).open("rb") as handle:
        return handle.read(limit + 1)


# --- the app's own data -----------------------------------------------------------------------


class OwnDataError(ValueError):
    """An output path inside the app's data folder; the message (Dutch) says what to do."""


def check_output_path(path: Path, *, home: Path | None = None) -> None:
    """Refuse to write a user's file (export, PDF, CSV, request, card) into the data folder:
    it would overwrite the portfolio itself, its evidence or its backups, or be wiped by
    ``erase``. Raises OwnDataError."""
    home = (home or paths.data_dir()).resolve()
    target = Path(path).expanduser().resolve()
    if target == home or target.is_relative_to(home):
        raise OwnDataError(
            f"{path} ligt in de gegevensmap van stageportfolio ({home}), waar de app het "
            "portfolio, de bewijsstukken en de reservekopieën bewaart; er is niets geschreven. "
            "Kies een andere plaats, bijvoorbeeld je map Documenten."
        )


# --- cleaning up after a crash ----------------------------------------------------------------


def _remove(path: Path) -> bool:
    """Remove a temporary file or folder (and SQLite's files next to it); True if it was there."""
    found = False
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
            found = True
        elif path.exists() or path.is_symlink():
            path.unlink(missing_ok=True)
            found = True
    except OSError:
        pass
    for side in _SQLITE_SIDES:
        sibling = Path(f"{path}{side}")
        if sibling.exists():
            sibling.unlink(missing_ok=True)
            found = True
    return found


@dataclass
class SweepReport:
    removed: list[Path] = field(default_factory=list)  # temporary files and folders
    placed: list[Path] = field(default_factory=list)  # placed files handed to the callback


def _read_journal(fd: int) -> list[tuple[str, Path]]:
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    while chunk := os.read(fd, 1 << 16):
        chunks.append(chunk)
    entries = []
    for line in b"".join(chunks).decode("utf-8", "surrogateescape").splitlines():
        kind, _, rest = line.partition(" ")
        if kind in ("T", "P") and rest:
            entries.append((kind, Path(rest)))
    return entries


def _own_temp(path: Path, run_id: str) -> bool:
    """Only ever remove a file this app named, for this run."""
    return path.name.startswith(f"{TEMP_PREFIX}{run_id}-")


def _live_runs(home: Path) -> set[str]:
    """Ids of the runs whose process still holds its lock (this process's own included)."""
    live = {run.id for run in _RUNS.values() if run.home == home.absolute()}
    folder = _runs_dir(home)
    if not folder.is_dir():
        return live
    for entry in folder.iterdir():
        run_id = entry.name.removesuffix(RUN_SUFFIX)
        if run_id in live or not _RUN_ID.match(run_id):
            continue
        try:
            fd = os.open(entry, os.O_RDWR)
        except OSError:
            continue
        try:
            if not try_lock(fd):
                live.add(run_id)
            else:
                unlock(fd)
        finally:
            os.close(fd)
    return live


def sweep(
    home: Path | None = None,
    *,
    folders: Sequence[Path] = (),
    placed: Callable[[list[Path]], None] | None = None,
) -> SweepReport:
    """Remove what processes that ended left behind in data folder ``home``.

    Every journal of an ended run: its temporary files (wherever they are) are removed, its
    placed files go to ``placed`` (which decides), and the journal itself is removed. Then
    ``home`` and ``folders`` are scanned for temporary names of runs that are not alive (a
    journal lost in a crash) and for the first release's leftovers.
    """
    home = (home or paths.data_dir()).absolute()
    report = SweepReport()
    folder = _runs_dir(home)
    own = {run.id for run in _RUNS.values() if run.home == home}
    if folder.is_dir():
        for entry in sorted(folder.iterdir()):
            run_id = entry.name.removesuffix(RUN_SUFFIX)
            if not _RUN_ID.match(run_id) or run_id in own:
                continue
            try:
                fd = os.open(entry, os.O_RDWR)
            except OSError:
                continue
            finished = False
            try:
                if not try_lock(fd):
                    continue  # alive: its files are work in progress
                pending: list[Path] = []
                for kind, target in _read_journal(fd):
                    if kind == "T" and _own_temp(target, run_id):
                        if _remove(target):
                            report.removed.append(target)
                    elif kind == "P":
                        pending.append(target)
                if pending:
                    if placed is None:
                        continue  # keep the journal until someone can decide
                    placed(pending)
                    report.placed.extend(pending)
                finished = True
                if os.name == "posix":  # still locked: nobody else handles it meanwhile
                    with suppress(OSError):
                        entry.unlink(missing_ok=True)
            finally:
                with suppress(OSError):
                    unlock(fd)
                os.close(fd)
            if finished and os.name != "posix":  # Windows removes no file that is open
                with suppress(OSError):
                    entry.unlink(missing_ok=True)
    live = _live_runs(home)
    for scan in (home, *folders):
        if not scan.is_dir():
            continue
        for entry in scan.iterdir():
            name = entry.name
            match = _TEMP_NAME.match(name)
            stale = (match is not None and match.group(1) not in live) or (
                match is None and _OLD_TEMP.match(name) is not None and entry.is_file()
            )
            if stale and _remove(entry):
                report.removed.append(entry)
    return report
