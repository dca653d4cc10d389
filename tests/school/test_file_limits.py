"""The limits of core/limits.py on what a coordinator picks (docs/limits.md): a class list, a
mentor card to vouch for and the school's own ``settings.json``. A file over the limit, or a
broken one, is refused with a Dutch message that names the file and the limit (exit 2), and
nothing is written."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from stageportfolio.core.limits import (
    MAX_CLASS_LIST_BYTES,
    MAX_MENTOR_CARD_BYTES,
    MAX_SETTINGS_BYTES,
    size_text,
)
from stageportfolio.services import school_overview
from stageportfolio.services.school import SchoolError
from stageportfolio.services.school_mode import open_school
from stageportfolio.store.school_db import target_for

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "school"


def run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, STAGEPORTFOLIO_HOME=str(home))
    env.pop("STAGEPORTFOLIO_SCHOOL_DB", None)  # the school folder's own database
    return subprocess.run(
        [sys.executable, "-m", "stageportfolio", *args],
        capture_output=True, text=True, encoding="utf-8", env=env, cwd=ROOT, timeout=300,
    )  # fmt: skip


def sparse(path: Path, size: int) -> Path:
    """A file of ``size`` bytes that takes no room on disk."""
    with path.open("wb") as handle:
        handle.truncate(size)
    return path


def class_members(home: Path) -> int:
    with sqlite3.connect(home / "school" / "school.sqlite3") as db:
        (count,) = db.execute("select count(*) from school_class_member").fetchone()
    return int(count)


def test_a_class_list_over_the_limit_is_refused_and_the_old_one_stays(
    private_home: Path, tmp_path: Path
) -> None:
    done = run(private_home, "school-classes", str(DATA / "smartschool-klaslijst.csv"))
    assert done.returncode == 0, done.stderr
    assert class_members(private_home) == 4
    big = sparse(tmp_path / "klaslijst.csv", MAX_CLASS_LIST_BYTES + 1)
    refused = run(private_home, "school-classes", str(big))
    assert refused.returncode == 2, refused.stderr
    assert f"{big}: geen bruikbare klassenlijst; er is niets veranderd" in refused.stderr
    assert "te groot voor een klassenlijst (20 MB; hoogstens 20 MB)" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert class_members(private_home) == 4
    # One at the limit is read (and refused for what it is: no class list), not for its size.
    at_limit = sparse(tmp_path / "precies.csv", MAX_CLASS_LIST_BYTES)
    read = run(private_home, "school-classes", str(at_limit))
    assert read.returncode == 2 and "te groot" not in read.stderr
    assert class_members(private_home) == 4


@pytest.mark.parametrize("name", ["smartschool-klaslijst.csv", "smartschool-klaslijst.xlsx"])
def test_a_class_list_with_too_many_rows_is_refused(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    pupils = len(school_overview.read_class_list(DATA / name))  # 4 (CSV) or 3 (xlsx)
    assert pupils >= 3
    monkeypatch.setattr(school_overview, "MAX_CLASS_LIST_ROWS", pupils)  # and a header row
    with pytest.raises(school_overview.ClassListError) as refused:
        school_overview.read_class_list(DATA / name)
    assert str(refused.value).startswith(f"{DATA / name}: ")
    assert f"meer dan {pupils} regels: geen klassenlijst" in str(refused.value)


def test_a_mentor_card_over_the_limit_is_refused_by_the_cli_and_the_window(
    school_home: Path, tmp_path: Path
) -> None:
    assert size_text(MAX_MENTOR_CARD_BYTES) == "1 MB"
    big = sparse(tmp_path / "an.mentorkaart.json", MAX_MENTOR_CARD_BYTES + 1)
    out = tmp_path / "an.bevestigd.mentorkaart.json"
    refused = run(school_home, "school-vouch", str(big), "--out", str(out), "--fingerprint", "x")
    assert refused.returncode == 2, refused.stderr
    assert f"{big}: te groot voor een mentorkaart (hoogstens 1 MB)" in refused.stderr
    assert "Er is niets ondertekend." in refused.stderr and not out.exists()
    # "Mentorkaart bevestigen…" in the school window reads the card through the same gate.
    school = open_school(target_for(school_home / "school" / "school.sqlite3"))
    try:
        with pytest.raises(SchoolError) as too_big:
            school_overview.vouch_card_file(school, big, "wachtzin", checked_fingerprint="x")
        assert str(too_big.value) == f"{big}: te groot voor een mentorkaart (hoogstens 1 MB)"
        # Nesting that made json.loads overflow the stack: a message, not a crash.
        deep = tmp_path / "diep.mentorkaart.json"
        deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
        with pytest.raises(SchoolError, match="te diep genest"):
            school_overview.vouch_card_file(school, deep, "wachtzin", checked_fingerprint="x")
        assert school_overview.vouched_register(school) == []
    finally:
        school.close()
    assert not out.exists()
    assert not (tmp_path / "diep.bevestigd.mentorkaart.json").exists()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"database": "school.sqlite3",', "is geen geldige JSON (regel 1"),
        (b"[" * 100_000 + b"]" * 100_000, "te diep genest"),
        (b'["school.sqlite3"]', "de schoolinstellingen zijn geen JSON-object"),
        (b'{"database": "\\ud800"}', "ongeldig teken"),
        (None, f"te groot voor de schoolinstellingen (hoogstens {size_text(MAX_SETTINGS_BYTES)})"),
    ],
    ids=["broken", "deep", "list", "surrogate", "too-big"],
)
def test_a_broken_settings_file_is_a_message_and_is_kept(
    private_home: Path, content: bytes | None, reason: str
) -> None:
    folder = private_home / "school"
    folder.mkdir(parents=True, mode=0o700)
    settings = folder / "settings.json"
    if content is None:
        sparse(settings, MAX_SETTINGS_BYTES + 1)
    else:
        settings.write_bytes(content)
    before = settings.read_bytes()
    for args in (
        ("school-overview",),
        ("school-database",),
        ("school-database", str(folder / "ander.sqlite3")),
    ):
        refused = run(private_home, *args)
        assert refused.returncode == 2, (args, refused.returncode, refused.stderr)
        assert str(settings) in refused.stderr and reason in refused.stderr, refused.stderr
        assert "Er is niets veranderd" in refused.stderr and "school-database" in refused.stderr
        assert settings.read_bytes() == before  # never overwritten
    assert not (folder / "school.sqlite3").exists() and not (folder / "ander.sqlite3").exists()
