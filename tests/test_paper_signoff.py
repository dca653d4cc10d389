"""The paper bridge: a weekly sheet with the exact entries and their code (and QR code), a
signed sheet registered by its code or by the QR code read from the scan, a code that does not
match, a later change that flags it, and "papieren aftekening" said wherever it shows."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from stageportfolio.core import paper
from stageportfolio.core.paper import PaperCodeError
from tests.cli.test_cli import run

WEEK = "2025-W41"  # 6 to 12 October 2025 in docs/examples/uren-voorbeeld.csv


@pytest.fixture
def portfolio(private_home: Path) -> Path:
    made = run("init", "--name", "Lotte Vermeulen", "--list", "verzorgende-zorgkundige")
    assert made.returncode == 0
    csv = Path(__file__).parents[1] / "docs" / "examples" / "uren-voorbeeld.csv"
    assert run("import-hours", str(csv), "--nieuwe-stageplaatsen", "aanmaken").returncode == 0
    return private_home.parent


def _sheet(folder: Path, *extra: str) -> tuple[Path, str]:
    out = folder / "blad.pdf"
    result = run("paper-sheet", "--week", WEEK, "--out", str(out), *extra)
    assert result.returncode == 0, result.stderr
    code = result.stdout.split("code ")[1][:11]
    return out, code


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip


def test_the_sheet_lists_the_exact_entries_with_the_code(portfolio: Path) -> None:
    pdf, code = _sheet(portfolio)
    text = _text(pdf)
    assert "Aftekenblad stage-uren" in text and "Lotte Vermeulen" in text
    assert "2025-W41" in text and code in text
    for day in ("ma 6/10/2025", "di 7/10/2025", "wo 8/10/2025", "do 9/10/2025"):
        assert day in text
    assert "7:30" in text and "37:30" in text and "WZC De Linde" in text
    assert "zwakker dan een digitale sleutel of een eID" in text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "Helvetica" not in fonts  # every font embedded
    # French and English words, the same code.
    fr, code_fr = _sheet(portfolio, "--taal", "fr")
    assert code_fr == code
    assert "Feuille de validation" in _text(fr) and "plus faible" in _text(fr)
    en, _ = _sheet(portfolio, "--taal", "en")
    assert "Placement hours sign-off sheet" in _text(en)
    # A week without hours: a clear message, no file.
    empty = portfolio / "leeg.pdf"
    result = run("paper-sheet", "--week", "2024-W02", "--out", str(empty))
    assert result.returncode == 2 and "geen uren" in result.stderr and not empty.exists()
    assert run("paper-sheet", "--week", "week 49", "--out", str(empty)).returncode == 2


def test_a_signed_scan_is_read_by_its_qr_code_and_weaker_everywhere(portfolio: Path) -> None:
    pdf, code = _sheet(portfolio)
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(pdf), str(portfolio / "scan")],
                   check=True)  # fmt: skip
    png = portfolio / "scan-1.png"
    scan = portfolio / "scan.pdf"  # what a scanner makes: a PDF with the page as an image
    from PIL import Image

    with Image.open(png) as image:
        image.convert("RGB").save(scan, "PDF", resolution=150)
    result = run("paper-signoff", "--scan", str(scan))
    assert result.returncode == 0, result.stderr
    assert "5 urenregels afgetekend op papier" in result.stdout
    assert "zwakker dan een sleutel" in result.stdout
    status = run("status")
    assert "37,5 uur daarvan alleen op een papieren aftekenblad" in status.stdout
    verified = run("verify")
    assert verified.returncode == 1  # never trusted
    assert "papieren aftekening" in verified.stdout and code in verified.stdout
    out = portfolio / "p.pdf"
    assert run("export-pdf", "--out", str(out)).returncode == 0
    assert "papieren aftekening" in _text(out).replace("\n", " ")
    received = run("verify", str(out), "--json")
    assert '"method": "paper"' in received.stdout and received.returncode == 1
    trusted = run("verify", str(out), "--trust", "AB" * 8, "--json")
    assert '"trusted": false' in trusted.stdout and '"trusted": true' not in trusted.stdout
    # The same sheet twice adds nothing new that counts twice; the evidence holds both scans.
    again = run("paper-signoff", "--code", code, "--scan", str(scan))
    assert again.returncode == 0


def test_a_code_that_does_not_match_is_refused(portfolio: Path) -> None:
    pdf, code = _sheet(portfolio)
    scan = portfolio / "scan.pdf"
    scan.write_bytes(pdf.read_bytes())
    typo = code[:-1] + ("0" if code[-1] != "0" else "1")
    result = run("paper-signoff", "--code", typo, "--scan", str(scan))
    assert result.returncode == 2 and "verkeerd overgetypt" in result.stderr
    # A valid code of another sheet (another learner's, or entries changed since printing).
    other = paper.sheet_code(b"another sheet")
    result = run("paper-signoff", "--code", other, "--scan", str(scan))
    assert result.returncode == 2 and "past niet bij" in result.stderr
    assert "Er is niets afgetekend" in result.stderr
    assert "papier" not in run("status").stdout


def test_a_later_change_to_an_entry_flags_the_paper_signoff(portfolio: Path) -> None:
    pdf, code = _sheet(portfolio)
    scan = portfolio / "scan.pdf"
    scan.write_bytes(pdf.read_bytes())
    assert run("paper-signoff", "--code", code, "--scan", str(scan)).returncode == 0
    # The pupil edits one of the signed hours in the CSV export and imports it into a new folder
    # is not needed: change it in place through the database, as an editor would.
    import sqlite3

    db = next((portfolio / "home").glob("*.sqlite3"))
    with sqlite3.connect(db) as con:
        con.execute("UPDATE hour_entry SET minutes = 600 WHERE day = '2025-10-06'")
    status = run("status")
    assert "GEWIJZIGD na aftekening" in status.stdout
    assert "30 uur daarvan alleen op een papieren aftekenblad" in status.stdout
    # And a new sheet for the week has another code.
    _, new_code = _sheet(portfolio)
    assert new_code != code


def test_codes_are_typable_and_checked() -> None:
    statement = paper.sheet_statement(portfolio_id="p", learner="L", week=WEEK, items=[])
    code = paper.sheet_code(statement)
    assert len(code) == 11 and code[4] == "-" and code[9] == "-"
    assert paper.normalise_code(code.lower().replace("-", " ")) == code
    assert paper.normalise_code("STAGEPORTFOLIO:" + code) == code
    with pytest.raises(PaperCodeError, match="9"):
        paper.normalise_code("ABC")
    with pytest.raises(PaperCodeError, match="tekens"):
        paper.normalise_code("UUUU-UUUU-U")
    assert paper.parse_week("2026-W49")[0].isoformat() == "2026-11-30"
    with pytest.raises(PaperCodeError):
        paper.parse_week("2026-W54")
