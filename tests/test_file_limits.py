"""The limits of core/limits.py on files a pupil or a receiver picks once (docs/limits.md): the
scan of a paper sign-off sheet and a root certificate for ``verify --eid-root``. A file over
the limit is refused with a Dutch message that names the file and the limit (exit 2), and
nothing is written."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from stageportfolio.core.eid_roots import BELGIUM_ROOT_CA4
from stageportfolio.core.limits import MAX_CERTIFICATE_BYTES, MAX_SCAN_BYTES, size_text
from tests.cli.test_cli import run

EXAMPLE_CSV = Path(__file__).parents[1] / "docs" / "examples" / "uren-voorbeeld.csv"


def sparse(path: Path, size: int) -> Path:
    """A file of ``size`` bytes that takes no room on disk."""
    with path.open("wb") as handle:
        handle.truncate(size)
    return path


def counts(home: Path) -> tuple[int, int, list[str]]:
    """Sign-offs and evidence rows in the portfolio, and the files in its evidence folder."""
    with sqlite3.connect(f"file:{home / 'portfolio.sqlite3'}?mode=ro", uri=True) as db:
        (signoffs,) = db.execute("select count(*) from signoff").fetchone()
        (evidence,) = db.execute("select count(*) from evidence").fetchone()
    folder = home / "evidence"
    files = sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []
    return int(signoffs), int(evidence), files


@pytest.fixture
def portfolio(private_home: Path) -> Path:
    made = run("init", "--name", "Lotte Vermeulen", "--list", "verzorgende-zorgkundige")
    assert made.returncode == 0, made.stderr
    imported = run("import-hours", str(EXAMPLE_CSV), "--nieuwe-stageplaatsen", "aanmaken")
    assert imported.returncode == 0, imported.stderr
    return private_home


def test_a_scan_over_the_limit_is_refused_and_nothing_is_signed(
    portfolio: Path, tmp_path: Path
) -> None:
    sheet = run("paper-sheet", "--week", "2025-W41", "--out", str(tmp_path / "blad.pdf"))
    assert sheet.returncode == 0, sheet.stderr
    code = sheet.stdout.split("code ")[1][:11]
    before = counts(portfolio)
    big = sparse(tmp_path / "scan.pdf", MAX_SCAN_BYTES + 1)
    refused = run("paper-signoff", "--code", code, "--scan", str(big))
    assert refused.returncode == 2, refused.stderr
    assert size_text(MAX_SCAN_BYTES) == "50 MB"
    assert f"{big}: te groot voor een scan van een aftekenblad" in refused.stderr
    assert "hoogstens 50 MB" in refused.stderr and "Er is niets afgetekend." in refused.stderr
    assert counts(portfolio) == before
    # An empty file is no scan either, and says so.
    empty = tmp_path / "leeg.pdf"
    empty.touch()
    refused = run("paper-signoff", "--code", code, "--scan", str(empty))
    assert refused.returncode == 2 and f"{empty}: dit is geen bruikbare scan" in refused.stderr
    assert "het bestand is leeg" in refused.stderr
    assert counts(portfolio) == before


def test_a_root_certificate_over_the_limit_is_refused(private_home: Path, tmp_path: Path) -> None:
    assert size_text(MAX_CERTIFICATE_BYTES) == "16 kB"
    archive = tmp_path / "portfolio.zip"
    archive.write_bytes(b"no archive")
    big = sparse(tmp_path / "root.pem", MAX_CERTIFICATE_BYTES + 1)
    refused = run("verify", str(archive), "--eid-root", str(big))
    assert refused.returncode == 2, refused.stderr
    assert f"{big}: te groot voor een basiscertificaat (hoogstens 16 kB" in refused.stderr
    assert "Traceback" not in refused.stderr
    # The same file through the variable for test cards: the same refusal.
    os.environ["STAGEPORTFOLIO_EID_EXTRA_ROOTS"] = str(big)
    try:
        refused = run("verify", str(archive))
    finally:
        del os.environ["STAGEPORTFOLIO_EID_EXTRA_ROOTS"]
    assert refused.returncode == 2, refused.stderr
    assert f"STAGEPORTFOLIO_EID_EXTRA_ROOTS: {big}: te groot" in refused.stderr
    # A real root (RSA 4096, 2 kB) passes the limit: what stops this command is the file to
    # verify, not the certificate.
    real = tmp_path / "belgiumrca4.pem"
    real.write_text(BELGIUM_ROOT_CA4, encoding="utf-8")
    checked = run("verify", str(archive), "--eid-root", str(real))
    assert checked.returncode == 2 and "basiscertificaat" not in checked.stderr, checked.stderr
    assert "portfolio.zip: geen geldig portfolio-archief" in checked.stderr
    # Something that is no certificate at all: its name and why.
    other = tmp_path / "notitie.pem"
    other.write_text("geen certificaat\n", encoding="utf-8")
    refused = run("verify", str(archive), "--eid-root", str(other))
    assert refused.returncode == 2
    assert f"{other}: geen basiscertificaat (geen geldig certificaat)" in refused.stderr
