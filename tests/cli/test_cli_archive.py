"""``export`` and ``import`` as a user runs them: a real process, an identical round trip, and
every bad archive refused with exit code 2, a Dutch message and an untouched database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from stageportfolio.store.archive import count_rows
from stageportfolio.store.db import open_database
from stageportfolio.store.evidence import evidence_dir
from tests.store.test_archive import build_portfolio, edit_json, evidence_member, rewrite


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "stageportfolio", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=dict(os.environ),
        timeout=120,
    )


def refused(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    for word in words:
        assert word in result.stderr


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def rows_now() -> dict[str, int]:
    engine = open_database()
    try:
        return count_rows(engine)
    finally:
        engine.dispose()


@pytest.fixture
def archive_file(tmp_path: Path) -> Path:
    engine = open_database()
    try:
        build_portfolio(engine, tmp_path / "bronnen")
    finally:
        engine.dispose()
    out = tmp_path / "x.zip"
    result = run("export", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "50 urenregels" in result.stdout
    assert "2 bewijsstukken" in result.stdout
    return out


def test_export_erase_import_export_is_identical(archive_file: Path, tmp_path: Path) -> None:
    assert run("erase", "--yes").returncode == 0
    assert not evidence_dir().exists()
    result = run("import", str(archive_file))
    assert result.returncode == 0, result.stderr
    assert "geïmporteerd" in result.stdout
    assert "50 urenregels, 2 stageplaatsen" in result.stdout
    again = tmp_path / "y.zip"
    assert run("export", "--out", str(again)).returncode == 0
    first, second = members(archive_file), members(again)
    assert json.loads(second["portfolio.json"]) == json.loads(first["portfolio.json"])
    evidence = {n: d for n, d in first.items() if n.startswith("evidence/")}
    assert len(evidence) == 2
    assert {n: d for n, d in second.items() if n.startswith("evidence/")} == evidence
    status = run("status", "--json")
    assert status.returncode in (0, 1), status.stderr


def test_import_into_a_folder_with_a_portfolio_is_refused(archive_file: Path) -> None:
    before = rows_now()
    refused(run("import", str(archive_file)), "Er is al een portfolio", "erase --yes")
    assert rows_now() == before


def test_export_without_portfolio_says_how_to_start() -> None:
    refused(run("export", "--out", "x.zip"), "stageportfolio init")


def test_export_to_a_missing_folder(archive_file: Path, tmp_path: Path) -> None:
    refused(run("export", "--out", str(tmp_path / "bestaat-niet" / "a.zip")), "kan niet")


@pytest.mark.parametrize("case", ["truncated", "foreign", "docx", "tampered", "newer", "text"])
def test_bad_archives_are_refused_and_change_nothing(
    case: str, archive_file: Path, tmp_path: Path
) -> None:
    bad = tmp_path / f"{case}.zip"
    expected = {
        "truncated": "beschadigd",
        "foreign": "geen stageportfolio-archief",
        "docx": "Word",
        "tampered": "gewijzigd",
        "newer": "gemaakt met een nieuwere versie van stageportfolio",
        "text": "geen zip-bestand",
    }[case]
    if case == "truncated":
        bad.write_bytes(archive_file.read_bytes()[:-300])
    elif case == "foreign":
        with zipfile.ZipFile(bad, "w") as zf:
            zf.writestr("readme.txt", "hallo")
    elif case == "docx":
        bad = tmp_path / "stageverslag.docx"
        with zipfile.ZipFile(bad, "w") as zf:
            zf.writestr("[Content_Types].xml", "<Types/>")
            zf.writestr("word/document.xml", "<w:document/>")
    elif case == "tampered":

        def change(found: dict[str, bytes]) -> None:
            name = evidence_member(found)
            data = bytearray(found[name])
            data[len(data) // 2] ^= 0x20
            found[name] = bytes(data)

        rewrite(archive_file, bad, change)
    elif case == "newer":
        rewrite(archive_file, bad, edit_json("manifest.json", lambda m: m.update(format_version=9)))
    else:
        bad.write_text("geen archief", encoding="utf-8")
    before = rows_now()
    files = sorted(p.name for p in evidence_dir().iterdir())
    result = run("import", str(bad))
    refused(result, expected, bad.name, "niets geïmporteerd")
    assert rows_now() == before
    assert sorted(p.name for p in evidence_dir().iterdir()) == files


def test_bad_archive_refused_in_an_empty_folder_too(archive_file: Path, tmp_path: Path) -> None:
    assert run("erase", "--yes").returncode == 0
    bad = rewrite(
        archive_file,
        tmp_path / "bad.zip",
        edit_json("manifest.json", lambda m: m.update(format="x")),
    )
    refused(run("import", str(bad)), "bad.zip", "formaat")
    assert set(rows_now().values()) == {0}
    assert not evidence_dir().exists() or list(evidence_dir().iterdir()) == []
