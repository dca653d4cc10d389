"""The checked catalog is kept in the cache folder between starts: refreshed when a list file
changes, ignored when damaged, one per pair of list folders, never in the real home."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from stageportfolio.core.catalog import SHIPPED_DIR
from stageportfolio.services import catalog_cache
from stageportfolio.services.catalog_cache import cache_file, load_catalog_cached

SHIPPED_LIST = SHIPPED_DIR / "lists" / "gezondheidszorg.toml"


def own_list(folder: Path, title: str) -> Path:
    """A user list file: the shipped gezondheidszorg list under its own id and title."""
    folder.mkdir(parents=True, exist_ok=True)
    text = SHIPPED_LIST.read_text(encoding="utf-8")
    text = text.replace('id = "gezondheidszorg"', 'id = "eigen-lijst"', 1)
    text = text.replace('title = "Gezondheidszorg"', f'title = "{title}"', 1)
    path = folder / "eigen-lijst.toml"
    path.write_text(text, encoding="utf-8")
    backdate(path)
    return path


def backdate(path: Path) -> None:
    """An hour earlier: the file is not "racy" next to the cache written after it."""
    stat = path.stat()
    hour = 3600 * 10**9
    os.utime(path, ns=(stat.st_atime_ns - hour, stat.st_mtime_ns - hour))


def no_rebuild(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("the catalog was read from the list files, not from the cache")

    monkeypatch.setattr(catalog_cache, "load_catalog", refuse)


def test_the_cache_lives_in_the_private_home_and_is_used(
    private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lists = private_home / "lists"
    own_list(lists, "Eigen lijst")
    first = load_catalog_cached(lists)
    path = cache_file(lists, None)
    assert path.is_relative_to(private_home / "cache") and path.is_file()
    no_rebuild(monkeypatch)
    again = load_catalog_cached(lists)
    assert again.get("eigen-lijst").spec.title == "Eigen lijst"
    assert sorted(again.lists) == sorted(first.lists)
    assert again.get("eigen-lijst").competence_ids() == first.get("eigen-lijst").competence_ids()


def test_an_edited_list_file_refreshes_the_cache(private_home: Path) -> None:
    lists = private_home / "lists"
    path = own_list(lists, "Eigen lijst")
    assert load_catalog_cached(lists).get("eigen-lijst").spec.title == "Eigen lijst"
    stat = path.stat()
    # Same size, same second: only mtime_ns tells the edit apart.
    path.write_text(path.read_text(encoding="utf-8").replace("Eigen lijst", "Eigen lijsT"))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1))
    assert load_catalog_cached(lists).get("eigen-lijst").spec.title == "Eigen lijsT"
    # A new file in the folder is seen too.
    (lists / "tweede.toml").write_text(
        path.read_text(encoding="utf-8").replace('id = "eigen-lijst"', 'id = "tweede"', 1)
    )
    backdate(lists / "tweede.toml")
    assert "tweede" in load_catalog_cached(lists).ids()
    # The refreshed cache holds the new state.
    stored_key, stored = pickle.loads(cache_file(lists, None).read_bytes())
    assert stored_key == catalog_cache.cache_key(lists, None)
    assert stored.get("eigen-lijst").spec.title == "Eigen lijsT"


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # truncated
        lambda data: b"garbage" * 10,  # not a pickle
        lambda data: pickle.dumps(("another key", "not a catalog")),
        lambda data: b"",
    ],
    ids=["truncated", "garbage", "foreign", "empty"],
)
def test_a_damaged_cache_is_ignored_and_rewritten(private_home: Path, damage) -> None:  # type: ignore[no-untyped-def]
    lists = private_home / "lists"
    own_list(lists, "Eigen lijst")
    load_catalog_cached(lists)
    path = cache_file(lists, None)
    path.write_bytes(damage(path.read_bytes()))
    assert load_catalog_cached(lists).get("eigen-lijst").spec.title == "Eigen lijst"
    stored_key, stored = pickle.loads(path.read_bytes())
    assert stored_key == catalog_cache.cache_key(lists, None)
    assert stored.get("eigen-lijst").spec.title == "Eigen lijst"


def test_two_list_folders_do_not_collide(
    private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one, other = private_home / "one", private_home / "other"
    own_list(one, "Lijst van de ene school")
    own_list(other, "Lijst van de andere school")
    assert load_catalog_cached(one).get("eigen-lijst").spec.title == "Lijst van de ene school"
    assert load_catalog_cached(other).get("eigen-lijst").spec.title == "Lijst van de andere school"
    assert cache_file(one, None) != cache_file(other, None)
    assert cache_file(one, None) != cache_file(one, other)
    no_rebuild(monkeypatch)
    assert load_catalog_cached(one).get("eigen-lijst").spec.title == "Lijst van de ene school"
    assert load_catalog_cached(other).get("eigen-lijst").spec.title == "Lijst van de andere school"


def test_an_unwritable_cache_folder_only_costs_time(private_home: Path) -> None:
    lists = private_home / "lists"
    own_list(lists, "Eigen lijst")
    (private_home / "cache").parent.mkdir(parents=True, exist_ok=True)
    (private_home / "cache").write_text("a file where the cache folder should be")
    assert load_catalog_cached(lists).get("eigen-lijst").spec.title == "Eigen lijst"


def test_a_file_rewritten_within_one_clock_tick_is_read_again(private_home: Path) -> None:
    """Same size and the same mtime_ns (a coarse file-system clock): the key cannot tell, so a
    file changed just before the cache was written makes the cache untrusted."""
    lists = private_home / "lists"
    path = own_list(lists, "Eigen lijst")
    stat = path.stat()
    os.utime(path)  # changed just now, as a user saving the file in an editor
    recent = path.stat()
    assert load_catalog_cached(lists).get("eigen-lijst").spec.title == "Eigen lijst"
    path.write_text(path.read_text(encoding="utf-8").replace("Eigen lijst", "Eigen lijsT"))
    os.utime(path, ns=(recent.st_atime_ns, recent.st_mtime_ns))  # the same tick
    assert path.stat().st_size == stat.st_size
    assert load_catalog_cached(lists).get("eigen-lijst").spec.title == "Eigen lijsT"


def test_erasing_removes_the_cache_in_the_data_folder(private_home: Path) -> None:
    from stageportfolio.services.erase import erase_everything
    from stageportfolio.services.lists import load_user_catalog

    load_user_catalog()
    assert any((private_home / "cache").iterdir())
    report = erase_everything(private_home)
    assert not (private_home / "cache").exists()
    assert any("cache/" in line for line in report.removed)
    assert not any("cache" in line for line in report.kept)


def test_erasing_removes_the_users_cache_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without STAGEPORTFOLIO_HOME the cache lives in the user's cache folder, outside the data
    folder: erasing removes it too (it holds the pupil's name)."""
    from stageportfolio import paths
    from stageportfolio.services.erase import erase_everything
    from stageportfolio.services.lists import load_user_catalog

    monkeypatch.delenv("STAGEPORTFOLIO_HOME")
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    load_user_catalog()
    cache = paths.cache_dir()
    assert cache.is_relative_to(tmp_path / "xdg_cache_home") and any(cache.iterdir())
    paths.data_dir(create=True)
    report = erase_everything()
    assert not cache.exists()
    assert any(str(cache) in line for line in report.removed)
