"""Adding a list file (the service behind Bestand > Lijst toevoegen…): what is copied, where, and
what is refused; and the files a portfolio's list needs to travel."""

from __future__ import annotations

from pathlib import Path

import pytest

from stageportfolio import paths
from stageportfolio.core.catalog import ListFileError
from stageportfolio.services.lists import (
    ListAddRefused,
    install_list_file,
    load_user_catalog,
    preview_list_file,
    travelling_files,
)
from tests.core.test_catalog import USER_BK, USER_LIST
from tests.core.test_variants import HEAD, SCHOOL_320


def test_a_list_is_added_with_the_bk_files_next_to_it(tmp_path: Path) -> None:
    folder = tmp_path / "van-de-school"
    (folder / "bk").mkdir(parents=True)
    (folder / "bk" / "BK-0999-1.toml").write_text(USER_BK, encoding="utf-8")
    (folder / "bk" / "ander.toml").write_text(
        USER_BK.replace("BK-0999-1", "BK-0998-1"), encoding="utf-8"
    )
    (folder / "voorbeeld.toml").write_text(USER_LIST, encoding="utf-8")
    preview = preview_list_file(folder / "voorbeeld.toml", load_user_catalog())
    assert [p.name for p in preview.bk_files] == ["BK-0999-1.toml"]  # only what it links
    target = install_list_file(preview)
    assert target == paths.user_lists_dir() / "voorbeeld.toml"
    assert sorted(p.name for p in (paths.user_lists_dir() / "bk").iterdir()) == ["BK-0999-1.toml"]
    catalog = load_user_catalog()
    assert catalog.problems == []
    assert catalog.get("voorbeeld-opleiding").origin == "user"


def test_a_taken_file_name_gets_a_number_and_nothing_is_overwritten(tmp_path: Path) -> None:
    lists = paths.user_lists_dir()
    lists.mkdir(parents=True)
    (lists / "school.toml").write_text(HEAD.replace('"gezondheidszorg-school"', '"oud"'), "utf-8")
    new = tmp_path / "school.toml"
    new.write_text(HEAD + SCHOOL_320, encoding="utf-8")
    target = install_list_file(preview_list_file(new, load_user_catalog()))
    assert target == lists / "school-2.toml"
    assert '"oud"' in (lists / "school.toml").read_text("utf-8")
    assert load_user_catalog().get("gezondheidszorg-school").path == target


def test_a_bk_file_is_added_to_the_bk_folder(tmp_path: Path) -> None:
    path = tmp_path / "BK-0999-1.toml"
    path.write_text(USER_BK, encoding="utf-8")
    preview = preview_list_file(path, load_user_catalog())
    assert preview.bk is not None and preview.alist is None
    assert install_list_file(preview) == paths.user_lists_dir() / "bk" / "BK-0999-1.toml"
    other = tmp_path / "ander.toml"
    other.write_text(USER_BK.replace("Werkt samen", "Anders"), encoding="utf-8")
    with pytest.raises(ListAddRefused, match="staat al in"):
        preview_list_file(other, load_user_catalog())


def test_a_missing_or_broken_file_gives_problems(tmp_path: Path) -> None:
    with pytest.raises(ListFileError, match="bestand niet gevonden"):
        preview_list_file(tmp_path / "weg.toml", load_user_catalog())
    broken = tmp_path / "kapot.toml"
    broken.write_text('format = 1\nid = "x\n', encoding="utf-8")
    with pytest.raises(ListFileError) as caught:
        preview_list_file(broken, load_user_catalog())
    assert caught.value.problems[0].line == 2


def test_a_variant_travels_with_its_base_and_its_own_bk_files(tmp_path: Path) -> None:
    lists = paths.user_lists_dir()
    (lists / "bk").mkdir(parents=True)
    (lists / "bk" / "BK-0999-1.toml").write_text(USER_BK, encoding="utf-8")
    (lists / "voorbeeld.toml").write_text(USER_LIST, encoding="utf-8")
    (lists / "school.toml").write_text(HEAD + SCHOOL_320, encoding="utf-8")
    catalog = load_user_catalog()
    files = travelling_files(catalog, catalog.get("gezondheidszorg-school"))
    assert sorted(files) == [
        "lists/gezondheidszorg-school-v1.toml",
        "lists/gezondheidszorg-v1.toml",
    ]
    assert files["lists/gezondheidszorg-school-v1.toml"] == (lists / "school.toml").read_bytes()
    own = travelling_files(catalog, catalog.get("voorbeeld-opleiding"))
    assert sorted(own) == ["lists/bk/BK-0999-1.toml", "lists/voorbeeld-opleiding-v1.toml"]


def test_a_school_calendar_is_not_added_as_a_list(tmp_path: Path) -> None:
    """Bestand > Lijst toevoegen… with a calendar: a message that says where it goes."""
    source = Path(__file__).resolve().parents[1] / "activity_lists" / "schoolkalender.toml"
    calendar = tmp_path / "kalender-2027.toml"
    calendar.write_bytes(source.read_bytes())
    with pytest.raises(ListAddRefused, match="schoolkalender") as refused:
        preview_list_file(calendar, load_user_catalog())
    assert str(paths.user_lists_dir()) in str(refused.value)
    assert not paths.user_lists_dir().exists() or not any(paths.user_lists_dir().iterdir())
