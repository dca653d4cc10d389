"""The checked catalog, kept between starts: reading and checking 29 list files with pydantic
costs about 0.1 s on every start, and the files rarely change.

The cache is one file per pair of list folders in the user's cache folder (``paths.cache_dir``),
named after a hash of the folders, so two catalogs never collide. It is keyed by the path, size
and ``mtime_ns`` of every list file the catalog reads (shipped, user and archive ``*.toml``,
``bk/`` included), the app version, the pydantic and Python versions and :data:`FORMAT`. A key
that differs, or a file that cannot be read back whole (truncated, corrupt, another format),
means the catalog is loaded from the list files again and the cache rewritten: a cache is never
trusted when stale or damaged, and never raises.

The cache is the app's own file in the user's own cache folder (like Qt's settings), not data
that comes with a pupil's portfolio: nothing from an archive or another person is ever read as a
cache.
"""

from __future__ import annotations

import hashlib
import pickle
import sys
from pathlib import Path
from typing import Any

import pydantic

from stageportfolio import __version__, fileio, paths
from stageportfolio.core.catalog import SHIPPED_DIR, Catalog, load_catalog

FORMAT = 1  # raise when what is pickled changes shape
# A file's mtime moves in steps of the kernel's clock tick (milliseconds), so a file rewritten
# with the same size within one tick of being read keeps its key. As git does for a "racily
# clean" index, a cache is not trusted for a file changed within this margin before the cache
# file was written (both times come from the file system: no clock is read here).
RACY_NS = 2_000_000_000
PREFIX = "catalog-"

Key = tuple[Any, ...]


def _files(folder: Path | None) -> list[tuple[str, int, int]]:
    """Every ``*.toml`` under ``folder`` (what ``load_catalog`` can read there), with its size
    and modification time in nanoseconds."""
    if folder is None or not folder.is_dir():
        return []
    out = []
    for path in sorted(folder.rglob("*.toml")):
        try:
            stat = path.stat()
        except OSError:
            continue
        out.append((str(path), stat.st_size, stat.st_mtime_ns))
    return out


def cache_key(user_dir: Path | None, archive_dir: Path | None) -> Key:
    return (
        FORMAT,
        __version__,
        pydantic.VERSION,
        sys.version_info[:2],
        str(user_dir),
        str(archive_dir),
        tuple(_files(SHIPPED_DIR)),
        tuple(_files(user_dir)),
        tuple(_files(archive_dir)),
    )


def cache_file(user_dir: Path | None, archive_dir: Path | None) -> Path:
    """The cache of the catalog of these folders (one file per pair of folders)."""
    name = hashlib.sha256(f"{user_dir}\0{archive_dir}".encode()).hexdigest()[:16]
    return paths.cache_dir() / f"{PREFIX}{name}.pickle"


def _read(path: Path, key: Key) -> Catalog | None:
    try:
        data = path.read_bytes()
        stored_key, catalog = pickle.loads(data)  # the app's own cache file
    except Exception:  # missing, truncated, corrupt or foreign: rebuild
        return None
    if stored_key != key or not isinstance(catalog, Catalog):
        return None
    try:
        written = path.stat().st_mtime_ns
    except OSError:
        return None
    files = (entry for group in key[-3:] for entry in group)
    if any(mtime >= written - RACY_NS for _, _, mtime in files):
        return None  # a file changed just before the cache was written: read it again
    return catalog


def _write(path: Path, key: Key, catalog: Catalog) -> None:
    try:
        data = pickle.dumps((key, catalog), protocol=pickle.HIGHEST_PROTOCOL)
        paths.cache_dir(create=True)
        fileio.write_atomically(path, data)
    except Exception:  # a cache that cannot be written is only slower
        return


def load_catalog_cached(user_dir: Path | None = None, archive_dir: Path | None = None) -> Catalog:
    """``load_catalog(user_dir, archive_dir)``, from the cache when no list file changed."""
    path = cache_file(user_dir, archive_dir)
    key = cache_key(user_dir, archive_dir)
    found = _read(path, key)
    if found is not None:
        return found
    catalog = load_catalog(user_dir, archive_dir)
    # Read the files' state again: a file changed while loading is not cached under the new key.
    if cache_key(user_dir, archive_dir) == key:
        _write(path, key, catalog)
    return catalog


__all__ = ["FORMAT", "cache_file", "cache_key", "load_catalog_cached"]
