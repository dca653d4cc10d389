"""The exported PDF carries a PAdES document seal: pdfsig, qpdf and verify see whether it
changed after export; the PDF stays PDF/A-3b; the key stays in the data folder."""

from __future__ import annotations

import io
import subprocess
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from stageportfolio.report.pades import seal_pdf, seal_status
from stageportfolio.report.pdfa import check_pdfa, page_digests
from tests.cli.test_cli import run


def _portfolio(home: Path) -> Path:
    assert (
        run("init", "--name", "Lotte Vermeulen", "--list", "verzorgende-zorgkundige").returncode
        == 0
    )
    csv = Path(__file__).parents[1] / "docs" / "examples" / "uren-voorbeeld.csv"
    assert run("import-hours", str(csv), "--nieuwe-stageplaatsen", "aanmaken").returncode == 0
    out = home.parent / "p.pdf"
    assert run("export-pdf", "--out", str(out)).returncode == 0
    return out


def _pdfsig(path: Path) -> str:
    return subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout


def test_the_exported_pdf_is_sealed_and_stays_archival(private_home: Path) -> None:
    pdf = _portfolio(private_home)
    data = pdf.read_bytes()
    shown = _pdfsig(pdf)
    assert "Signature Field Name: Documentzegel" in shown
    assert "Total document signed" in shown and "Signature is Valid" in shown
    assert "Documentzegel portfolio Lotte Vermeulen" in shown
    assert subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True).returncode == 0
    assert check_pdfa(data) == []
    assert seal_status(data).state == "intact"
    # The key stays in the pupil's data folder: in no archive, no PDF.
    key = private_home / "documentzegel" / "sleutel.pem"
    assert key.is_file() and oct(key.stat().st_mode & 0o777) == "0o600"
    secret = key.read_bytes().split(b"\n")[1]
    assert secret not in data
    archive = private_home.parent / "a.zip"
    assert run("export", "--out", str(archive)).returncode == 0
    with zipfile.ZipFile(archive) as zf:
        assert not any("documentzegel" in n for n in zf.namelist())
        assert all(secret not in zf.read(n) for n in zf.namelist())
    # The same key seals the next export.
    again = private_home.parent / "q.pdf"
    assert run("export-pdf", "--out", str(again)).returncode == 0
    assert (
        seal_status(again.read_bytes()).certificate_sha256 == seal_status(data).certificate_sha256
    )
    result = run("verify", str(pdf))
    assert "Documentzegel (PAdES): INTACT" in result.stdout
    assert "niet wie hem maakte" in result.stdout


def test_a_change_after_export_shows_in_pdfsig_and_verify(private_home: Path) -> None:
    pdf = _portfolio(private_home)
    data = pdf.read_bytes()
    # One byte inside the signed range (in a compressed stream: the PDF still opens).
    flipped = bytearray(data)
    spot = data.find(b"stream\n", 2000) + 20
    flipped[spot] ^= 0x01
    edited = pdf.with_name("edited.pdf")
    edited.write_bytes(bytes(flipped))
    assert "Signature is Invalid" in _pdfsig(edited) or "Digest Mismatch" in _pdfsig(edited)
    assert seal_status(bytes(flipped)).state == "invalid"
    # An update appended after export (what an editor's "save" does).
    appended = pdf.with_name("appended.pdf")
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    writer.root["/PageMode"] = generic.NameObject("/UseOutlines")
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    appended.write_bytes(out.getvalue())
    assert "Total document signed" not in _pdfsig(appended)
    result = run("verify", str(appended))
    assert result.returncode == 1
    assert "Documentzegel (PAdES): GEWIJZIGD na de export" in result.stdout
    # Without a seal (the update stripped): said, and the pages still decide.
    bare = pdf.with_name("bare.pdf")
    assert run("export-pdf", "--out", str(bare)).returncode == 0
    first = data[: data.find(b"%%EOF") + 6]
    assert seal_status(first).state == "missing"


def test_the_seal_takes_any_key_and_certificate() -> None:
    """The school's seal (issue 13) reuses seal_pdf with the school's key and certificate."""
    import io

    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(100, 700, "Sint-Jozefsinstituut")
    page.showPage()
    page.save()
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Sint-Jozefsinstituut Brugge")])
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(7)
        .not_valid_before(datetime(2020, 1, 1, tzinfo=UTC))
        .not_valid_after(datetime(2040, 1, 1, tzinfo=UTC))
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    sealed = seal_pdf(buffer.getvalue(), key=key, certificate=cert, field_name="Schoolzegel")
    assert seal_status(sealed, field_name="Schoolzegel").signer == "Sint-Jozefsinstituut Brugge"
    assert seal_status(sealed).state == "missing"  # no portfolio seal in it
    # An invisible seal does not change how the pages look.
    assert page_digests(sealed) == page_digests(buffer.getvalue())
