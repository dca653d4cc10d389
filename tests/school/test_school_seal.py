"""Issue 13, point 8: the coordinator seals a checked portfolio PDF with the school's key.

pdfsig lists both signatures (the portfolio's own and the school's) as valid; the PDF stays
PDF/A-3b; ``verify --trust SCHOOL.pub`` says whether the school seal is intact and made by a
school the receiver trusts."""

from __future__ import annotations

import io
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from benchmarks import school_students as gen
from stageportfolio.report.pades import seal_pdf, seal_status
from stageportfolio.report.pdfa import check_pdfa
from stageportfolio.services.school_seal import FIELD_NAME
from tests.cli.test_cli import run

PLAN = gen.Plan(name="Lotte Vermeulen", seed=81, mentors=(0, 6), days_share=0.3)


@pytest.fixture
def handed_in(exports, school_home: Path, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    """A pupil's portfolio PDF as handed in (its own document seal on it)."""
    target = tmp_path / "lotte.pdf"
    target.write_bytes(exports(PLAN, kind="pdf").read_bytes())
    return target


@pytest.fixture
def school_pub(school_home: Path, tmp_path: Path) -> Path:
    path = tmp_path / "sint-jozef.pub"
    assert run("school-key", "--out", str(path)).returncode == 0
    return path


def _seal(
    pdf: Path, out: Path, monkeypatch: pytest.MonkeyPatch
) -> subprocess.CompletedProcess[str]:
    monkeypatch.setenv("STAGEPORTFOLIO_PASSPHRASE", gen.SCHOOL_PASSPHRASE)
    return run("school-seal", str(pdf), "--out", str(out))


def _pdfsig(path: Path) -> list[str]:
    shown = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
    return shown.split("Signature #")[1:]


def test_a_sealed_pdf_verifies_and_keeps_the_portfolio_seal(
    handed_in: Path, school_pub: Path, school_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sealed = handed_in.with_name("lotte-schoolzegel.pdf")
    result = _seal(handed_in, sealed, monkeypatch)
    assert result.returncode == 0, result.stderr
    assert f"Schoolzegel van {gen.SCHOOL_NAME} gezet" in result.stdout
    data = sealed.read_bytes()
    assert data.startswith(handed_in.read_bytes())  # an incremental update on top
    assert data.startswith(b"%PDF-1.7")

    first, second = _pdfsig(sealed)
    assert "Field Name: Documentzegel" in first and "Signature is Valid" in first
    assert "Field Name: Schoolzegel" in second and "Signature is Valid" in second
    assert f"Common Name: Schoolzegel {gen.SCHOOL_NAME}" in second
    assert "Total document signed" in second
    assert subprocess.run(["qpdf", "--check", str(sealed)], capture_output=True).returncode == 0
    assert check_pdfa(data) == []
    assert seal_status(data).state == "intact"  # the portfolio's own seal still verifies

    verified = run("verify", str(sealed), "--trust", str(school_pub))
    assert (
        f"Schoolzegel van {gen.SCHOOL_NAME}: INTACT, door een vertrouwde school" in verified.stdout
    )
    assert "Documentzegel (PAdES): INTACT" in verified.stdout
    assert "Pagina's: komen overeen" in verified.stdout
    assert verified.returncode == 0, verified.stdout
    # The school can seal the next pupil with the same seal key (kept, encrypted, 0600).
    stored = school_home / "school" / "schoolzegel.json"
    assert oct(stored.stat().st_mode & 0o777) == "0o600"
    assert b"ENCRYPTED PRIVATE KEY" in stored.read_bytes()
    # Sealing twice is refused: nothing written.
    again = handed_in.with_name("twice.pdf")
    refused = _seal(sealed, again, monkeypatch)
    assert refused.returncode == 2 and "heeft al een schoolzegel" in refused.stderr
    assert not again.exists()


def test_a_pdf_changed_after_the_school_seal_is_reported_changed(
    handed_in: Path, school_pub: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sealed = handed_in.with_name("sealed.pdf")
    assert _seal(handed_in, sealed, monkeypatch).returncode == 0
    data = sealed.read_bytes()
    # An update appended after sealing (what an editor's "save" does).
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    writer.root["/PageMode"] = generic.NameObject(
        "/FullScreen"
    )  # the export opens with /UseOutlines
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    appended = sealed.with_name("appended.pdf")
    appended.write_bytes(out.getvalue())
    result = run("verify", str(appended), "--trust", str(school_pub))
    assert result.returncode == 1
    assert (
        f"Schoolzegel van {gen.SCHOOL_NAME}: GEWIJZIGD na het verzegelen door de school"
        in result.stdout
    )
    # A byte changed inside the signed range.
    flipped = bytearray(data)
    spot = data.find(b"stream\n", 2000) + 20
    flipped[spot] ^= 0x01
    edited = sealed.with_name("edited.pdf")
    edited.write_bytes(bytes(flipped))
    result = run("verify", str(edited), "--trust", str(school_pub))
    assert result.returncode != 0
    assert "INTACT, door een vertrouwde school" not in result.stdout


def test_a_seal_by_a_self_made_school_key_is_not_trusted(
    handed_in: Path, school_pub: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A pupil makes a "school" with the same name and seals their own PDF with it.
    pupil_home = tmp_path / "leerling"
    monkeypatch.setenv("STAGEPORTFOLIO_HOME", str(pupil_home))
    monkeypatch.setenv("STAGEPORTFOLIO_PASSPHRASE", "zelfgemaakte sleutel van een slimme leerling")
    assert run("school-init", "--name", gen.SCHOOL_NAME).returncode == 0
    forged = tmp_path / "vervalst.pdf"
    assert run("school-seal", str(handed_in), "--out", str(forged)).returncode == 0
    assert "Signature is Valid" in _pdfsig(forged)[1]  # a valid signature, for pdfsig
    result = run("verify", str(forged), "--trust", str(school_pub), "--json")
    assert result.returncode == 1
    import json

    seal = json.loads(result.stdout)["school_seal"]
    assert seal["state"] == "intact" and seal["trusted"] is False
    text = run("verify", str(forged), "--trust", str(school_pub)).stdout
    assert (
        f"Schoolzegel van {gen.SCHOOL_NAME}: INTACT, maar NIET door een school die je vertrouwt"
        in text
    )
    # A "school seal" made with any certificate, without the school key's statement.
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"Schoolzegel {gen.SCHOOL_NAME}")])
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(7)
        .not_valid_before(datetime(2020, 1, 1, tzinfo=UTC))
        .not_valid_after(datetime(2040, 1, 1, tzinfo=UTC))
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(
        seal_pdf(handed_in.read_bytes(), key=key, certificate=cert, field_name=FIELD_NAME)
    )
    result = run("verify", str(plain), "--trust", str(school_pub))
    assert result.returncode == 1
    assert "INTACT, maar NIET gezet met een schoolsleutel" in result.stdout


def test_only_a_checked_pdf_is_sealed(
    handed_in: Path, school_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.pdf"
    # Wrong passphrase: nothing signed, nothing written.
    monkeypatch.setenv("STAGEPORTFOLIO_PASSPHRASE", "dit is niet de wachtzin van de school")
    result = run("school-seal", str(handed_in), "--out", str(out))
    assert result.returncode == 2 and "Verkeerde wachtzin" in result.stderr
    assert not out.exists()
    # A PDF changed after export (an update appended): refused with the reason.
    writer = IncrementalPdfFileWriter(io.BytesIO(handed_in.read_bytes()))
    writer.root["/PageMode"] = generic.NameObject(
        "/FullScreen"
    )  # the export opens with /UseOutlines
    writer.update_root()
    buffer = io.BytesIO()
    writer.write(buffer)
    changed = tmp_path / "gewijzigd.pdf"
    changed.write_bytes(buffer.getvalue())
    result = _seal(changed, out, monkeypatch)
    assert result.returncode == 2
    assert "gewijzigd.pdf: niet verzegeld, want de PDF is niet in orde" in result.stderr
    assert "documentzegel" in result.stderr
    assert not out.exists()
    # Not a portfolio PDF at all.
    note = tmp_path / "brief.pdf"
    note.write_bytes(b"%PDF-1.4\n% niets\n")
    result = _seal(note, out, monkeypatch)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert not out.exists()


def test_the_student_window_seals_the_handed_in_pdf(
    qtbot, school, exports, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    from stageportfolio.services.school_import import import_files
    from stageportfolio.services.school_overview import open_student, overview
    from stageportfolio.services.school_seal import school_seal_status
    from stageportfolio.ui.school.student_window import StudentWindow

    archive_plan = gen.Plan(name="Arne Jacobs", seed=82)
    import_files(school, [exports(PLAN, kind="pdf"), exports(archive_plan)])
    rows = {r.name: r for r in overview(school)}
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    target = tmp_path / "verzegeld.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), "PDF (*.pdf)"))

    # An archive has no PDF the student made: nothing to seal.
    view = open_student(school, rows["Arne Jacobs"].portfolio_id)
    window = StudentWindow(view, rows["Arne Jacobs"], school.identity)
    qtbot.addWidget(window)
    assert not window.seal_button.isEnabled()
    window.close()

    view = open_student(school, rows[PLAN.name].portfolio_id)
    window = StudentWindow(view, rows[PLAN.name], school.identity)
    qtbot.addWidget(window)
    window.show()
    assert window.seal_button.isEnabled() and window.seal_button.text() == "&Schoolzegel zetten…"
    window.grab().save(str(tmp_path / "student-window.png"))
    # A wrong passphrase: said, nothing written.
    monkeypatch.setattr(QInputDialog, "getText", lambda *a: ("niet de wachtzin", True))
    window.seal_button.click()
    assert said[-1] == "Verkeerde wachtzin; er is niets verzegeld." and not target.exists()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a: (gen.SCHOOL_PASSPHRASE, True))
    window.seal_button.click()
    assert said[-1].startswith(f"Schoolzegel van {gen.SCHOOL_NAME} gezet")
    sealed = target.read_bytes()
    assert sealed.startswith(view.data)
    status = school_seal_status(sealed, school.anchors)
    assert status.ok and status.school == gen.SCHOOL_NAME
    assert seal_status(sealed).state == "intact"
    window.close()
