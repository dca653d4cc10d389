"""``export-pdf`` and ``import`` of a portfolio PDF as a user runs them: a real process on the
demo portfolio, an archival PDF that carries the whole portfolio, an identical round trip, and
every PDF without (valid) portfolio data refused with exit code 2 and a Dutch message."""

from __future__ import annotations

import importlib.util
import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pikepdf
import pytest

from stageportfolio.report.pdfa import check_pdfa, read_attachments
from stageportfolio.services.demo import build_demo
from stageportfolio.store.archive import count_rows
from stageportfolio.store.db import DB_NAME, open_database

RENDERER = importlib.util.find_spec("stageportfolio.report.pdf") is not None
pytestmark = pytest.mark.skipif(
    not RENDERER, reason="stageportfolio.report.pdf (render_pdf) is not there yet"
)


def run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "stageportfolio", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "STAGEPORTFOLIO_HOME": str(home)},
        timeout=120,
    )


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    return result.stdout


def refused(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    for word in words:
        assert word in result.stderr


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def rows(home: Path) -> dict[str, int]:
    engine = open_database(home / DB_NAME)
    try:
        return count_rows(engine)
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The demo portfolio, once, with its zip archive and both PDFs made from it."""
    base = tmp_path_factory.mktemp("pdf")
    demo = build_demo(base / "demo", today=date(2026, 11, 23))
    out = {"demo": demo, "zip": base / "before.zip", "pdf": base / "p.pdf", "evc": base / "e.pdf"}
    ok(run(demo, "export", "--out", str(out["zip"])))
    stdout = ok(run(demo, "export-pdf", "--out", str(out["pdf"])))
    assert f"PDF geschreven naar {out['pdf']}:" in stdout
    assert "pagina" in stdout and "kB" in stdout
    ok(run(demo, "export-pdf", "--out", str(out["evc"]), "--variant", "evc"))
    return out


@pytest.fixture
def home(made: dict[str, Path], tmp_path: Path) -> Path:
    """A private copy of the demo's data folder for one test."""
    copy = tmp_path / "demo"
    shutil.copytree(made["demo"], copy)
    return copy


def test_export_pdf_is_archival_and_carries_the_archive(made: dict[str, Path]) -> None:
    for key in ("pdf", "evc"):
        data = made[key].read_bytes()
        assert check_pdfa(data) == []
        attached = read_attachments(data)
        archive = members(made["zip"])
        assert set(attached) == {f"stageportfolio/{name}" for name in archive}
        assert attached["stageportfolio/portfolio.json"] == archive["portfolio.json"]
        for name, content in archive.items():
            if name.startswith("evidence/"):
                assert attached[f"stageportfolio/{name}"] == content
    with pikepdf.open(made["pdf"]) as doc:
        assert str(doc.docinfo.Title) == "Portfolio Lotte Vermeulen – Verzorgende/zorgkundige"
        assert str(doc.docinfo.Author) == "Lotte Vermeulen"
        assert str(doc.docinfo.Subject) == "Stageportfolio (stage)"
    with pikepdf.open(made["evc"]) as doc:
        assert str(doc.docinfo.Subject) == "EVC-portfolio"


@pytest.mark.parametrize("key", ["pdf", "evc"])
def test_export_pdf_erase_import_export_is_identical(
    key: str, made: dict[str, Path], home: Path, tmp_path: Path
) -> None:
    ok(run(home, "erase", "--yes"))
    assert not (home / "evidence").exists()
    stdout = ok(run(home, "import", str(made[key])))
    assert "Portfolio van Lotte Vermeulen geïmporteerd uit" in stdout
    assert "31 urenregels, 2 stageplaatsen" in stdout
    again = tmp_path / "after.zip"
    ok(run(home, "export", "--out", str(again)))
    first, second = members(made["zip"]), members(again)
    assert json.loads(second["portfolio.json"]) == json.loads(first["portfolio.json"])
    evidence = {n: d for n, d in first.items() if n.startswith("evidence/")}
    assert len(evidence) == 2
    assert {n: d for n, d in second.items() if n.startswith("evidence/")} == evidence
    status = run(home, "status", "--json")
    assert status.returncode in (0, 1), status.stderr


def test_import_pdf_into_a_folder_with_a_portfolio_is_refused(
    made: dict[str, Path], home: Path
) -> None:
    before = rows(home)
    refused(run(home, "import", str(made["pdf"])), "Er is al een portfolio", "erase --yes")
    assert rows(home) == before


def tampered(source: Path, target: Path) -> Path:
    with pikepdf.open(source) as doc:
        name = next(n for n in doc.attachments if n.startswith("stageportfolio/evidence/"))
        stream = doc.attachments[name].obj.EF.F
        data = bytearray(stream.read_bytes())
        data[len(data) // 2] ^= 0x20
        stream.write(bytes(data))
        doc.save(target)
    return target


def plain_pdf(target: Path) -> Path:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer)
    c.drawString(72, 720, "Stageverslag")
    c.showPage()
    c.save()
    target.write_bytes(buffer.getvalue())
    return target


@pytest.mark.parametrize("case", ["plain", "broken", "tampered", "random", "empty"])
def test_bad_pdfs_and_other_files_are_refused(
    case: str, made: dict[str, Path], home: Path, tmp_path: Path
) -> None:
    ok(run(home, "erase", "--yes"))
    bad = tmp_path / f"{case}.pdf"
    expected = {
        "plain": "Deze PDF bevat geen stageportfolio-gegevens",
        "broken": "beschadigd",
        "tampered": "gewijzigd",
        "random": "geen geldig portfolio-archief",
        "empty": "geen geldig portfolio-archief",
    }[case]
    if case == "plain":
        plain_pdf(bad)
    elif case == "broken":
        bad.write_bytes(made["pdf"].read_bytes()[:2000])
    elif case == "tampered":
        tampered(made["pdf"], bad)
    elif case == "random":
        bad = tmp_path / "ruis.bin"
        bad.write_bytes(os.urandom(4096).replace(b"PK", b"pk"))
    else:
        bad.write_bytes(b"")
    refused(run(home, "import", str(bad)), expected, bad.name, "niets geïmporteerd")
    assert rows(home)["portfolio"] == 0
    assert not (home / "evidence").exists() or not any((home / "evidence").iterdir())


def test_export_pdf_without_portfolio_says_how_to_start(tmp_path: Path) -> None:
    refused(run(tmp_path / "leeg", "export-pdf", "--out", str(tmp_path / "p.pdf")), "init")
    assert not (tmp_path / "p.pdf").exists()


def test_export_pdf_refuses_changed_evidence(home: Path, tmp_path: Path) -> None:
    victim = next((home / "evidence").iterdir())
    victim.write_bytes(victim.read_bytes() + b"!")
    out = tmp_path / "p.pdf"
    refused(run(home, "export-pdf", "--out", str(out)), "gewijzigd", "geen PDF gemaakt")
    assert not out.exists()


def test_export_pdf_to_a_missing_folder(home: Path, tmp_path: Path) -> None:
    refused(run(home, "export-pdf", "--out", str(tmp_path / "nergens" / "p.pdf")), "kan niet")


def test_export_pdf_unknown_variant_is_a_usage_error(home: Path, tmp_path: Path) -> None:
    result = run(home, "export-pdf", "--out", str(tmp_path / "p.pdf"), "--variant", "x")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def _export_at(home: Path, out: Path, moment: str, seed: str, *args: str) -> bytes:
    """``export-pdf`` in its own process, with the clock at ``moment`` (time-machine) and
    its own hash seed: nothing may depend on the time of day or on set order."""
    code = (
        "import sys, time_machine\n"
        "from stageportfolio.cli import main\n"
        f"with time_machine.travel({moment!r}, tick=False):\n"
        "    sys.exit(main(sys.argv[1:]))\n"
    )
    env = {**os.environ, "STAGEPORTFOLIO_HOME": str(home), "PYTHONHASHSEED": seed}
    result = subprocess.run(
        [sys.executable, "-c", code, "export-pdf", "--out", str(out), *args],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=120,
    )  # fmt: skip
    ok(result)
    return out.read_bytes()


@pytest.mark.parametrize("args", [(), ("--variant", "evc", "--lang", "en")])
def test_export_pdf_gives_the_same_bytes_all_day(
    home: Path, tmp_path: Path, args: tuple[str, ...]
) -> None:
    morning = _export_at(home, tmp_path / "a.pdf", "2026-11-23 08:05:13+01:00", "1", *args)
    evening = _export_at(home, tmp_path / "b.pdf", "2026-11-23 21:47:02+01:00", "2", *args)
    assert morning == evening
    assert check_pdfa(morning) == []
    next_day = _export_at(home, tmp_path / "c.pdf", "2026-11-24 09:00:00+01:00", "3", *args)
    assert next_day != morning  # the printed date is on every page


def test_an_english_pdf_is_english_and_verifies(made: dict[str, Path], home: Path) -> None:
    out = home.parent / "en.pdf"
    stdout = ok(run(home, "--lang", "en", "export-pdf", "--out", str(out), "--variant", "evc"))
    assert "PDF" in stdout
    with pikepdf.open(out) as doc:
        assert str(doc.Root.Lang) == "en"
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Coverage of the competences" in text and "Dekking" not in text
    result = run(home, "verify", str(out), "--json")
    assert result.returncode in (0, 1), result.stderr
    report = json.loads(result.stdout)
    assert report["pages_match"] is True, report["problems"]
