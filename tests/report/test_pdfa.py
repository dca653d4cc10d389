"""The archival PDF: PDF/A-3b that passes our checks, qpdf, pdffonts and (when installed)
pikepdf's own validator; attachments that come back byte for byte; and a checker that notices
what breaks PDF/A."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pikepdf
import pytest
from pikepdf import Dictionary, Name, String
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from stageportfolio.report.pdfa import (
    NotAPdfError,
    check_pdfa,
    make_archival,
    page_count,
    pikepdf_findings,
    read_attachments,
    validator_available,
)

FONT = "PdfaTestDejaVu"
FONT_FILE = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "DejaVuSans.ttf"
CREATED = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
ATTACHMENTS = {
    "stageportfolio/manifest.json": (b'{"format": "stageportfolio-archive"}', "application/json"),
    "stageportfolio/portfolio.json": ('{"naam": "Zoë"}'.encode(), "application/json"),
    "stageportfolio/evidence/a.pdf": (os.urandom(5000), "application/pdf"),
    "stageportfolio/evidence/leeg.txt": (b"", "text/plain"),
    "stageportfolio/evidence/b.docx": (
        bytes(range(256)) * 3,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
}


def rendered(pages: int = 2) -> bytes:
    """A ReportLab PDF as the renderer makes it: embedded TTF, ``initialFontName``."""
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(FONT_FILE)))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, initialFontName=FONT, title="ruw")
    style = ParagraphStyle("tekst", fontName=FONT)
    story: list[object] = []
    for page in range(pages):
        story += [Paragraph(f"Pagina {page + 1}: zorg en welzijn, Zoë, café, ‘€’", style)]
        story.append(PageBreak())
    doc.build(story[:-1])
    return buffer.getvalue()


def helvetica_pdf() -> bytes:
    """A plain ReportLab PDF: Helvetica, which is never embedded."""
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer)
    c.drawString(72, 720, "Hallo")
    c.showPage()
    c.save()
    return buffer.getvalue()


def archival(pdf: bytes | None = None, **overrides: object) -> bytes:
    options: dict[str, object] = {
        "title": "Portfolio Zoë Peeters – Verzorgende/zorgkundige",
        "author": "Zoë Peeters",
        "subject": "Stageportfolio (stage)",
        "attachments": ATTACHMENTS,
        "created": CREATED,
    }
    options.update(overrides)
    return make_archival(rendered() if pdf is None else pdf, **options)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def archived() -> bytes:
    return archival()


def edited(pdf: bytes, change: Callable[[pikepdf.Pdf], None]) -> bytes:
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        change(doc)
        out = io.BytesIO()
        doc.save(out, fix_metadata_version=False, deterministic_id=True)
    return out.getvalue()


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt: qpdf, poppler-utils)")
    return path


# --- a good archival PDF ------------------------------------------------------------------


def test_the_rendered_pdf_alone_is_not_pdfa() -> None:
    problems = check_pdfa(rendered(), full=False)
    assert any("/Metadata" in p for p in problems)
    assert any("OutputIntents" in p for p in problems)
    assert any("/Trans" in p for p in problems)
    assert any("/Lang" in p for p in problems)


def test_archival_pdf_passes_check_pdfa(archived: bytes) -> None:
    assert check_pdfa(archived) == []
    assert page_count(archived) == 2


@pytest.mark.skipif(not validator_available(), reason="pikepdf[pdfa] is not installed")
def test_archival_pdf_passes_pikepdfs_own_validator(archived: bytes) -> None:
    assert pikepdf_findings(archived) == []
    assert pikepdf_findings(rendered())  # and the validator does say no to the plain PDF


def test_qpdf_check_is_clean(archived: bytes, tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    path.write_bytes(archived)
    result = subprocess.run(
        [tool("qpdf"), "--check", str(path)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout
    assert "WARNING" not in result.stdout + result.stderr


def test_pdffonts_lists_every_font_embedded(archived: bytes, tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    path.write_bytes(archived)
    result = subprocess.run(
        [tool("pdffonts"), str(path)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    rows = result.stdout.splitlines()[2:]
    assert rows, result.stdout
    for row in rows:
        # name, type (may contain spaces), encoding, emb, sub, uni, object id
        emb = re.search(r"\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", row)
        assert emb is not None and emb.group(1) == "yes", row


def test_metadata_says_pdfa_3b_and_matches_the_info(archived: bytes) -> None:
    with pikepdf.open(io.BytesIO(archived)) as doc:
        xmp = doc.Root.Metadata.read_bytes().decode("utf-8")
        info = doc.docinfo
        assert str(info.Title) == "Portfolio Zoë Peeters – Verzorgende/zorgkundige"
        assert str(info.Author) == "Zoë Peeters"
        assert str(info.Subject) == "Stageportfolio (stage)"
        assert str(doc.Root.Lang) == "nl-BE"
        assert len(doc.trailer.ID) == 2
        intent = doc.Root.OutputIntents[0]
        assert intent.S == Name.GTS_PDFA1
        assert intent.DestOutputProfile.read_bytes()[36:40] == b"acsp"
        for page in doc.pages:
            assert "/Trans" not in page.obj
    assert re.search(r"<pdfaid:part[^>]*>3</pdfaid:part>", xmp)
    assert re.search(r"<pdfaid:conformance[^>]*>B</pdfaid:conformance>", xmp)
    assert "Zoë Peeters" in xmp
    assert "2026-11-23T09:30:00+00:00" in xmp
    assert "<pdf:Producer" in xmp


def test_attachments_are_associated_files(archived: bytes) -> None:
    with pikepdf.open(io.BytesIO(archived)) as doc:
        af = {spec.objgen for spec in doc.Root.AF}
        assert len(af) == len(ATTACHMENTS)
        for name, spec in doc.attachments.items():
            assert spec.obj.objgen in af
            assert spec.obj.AFRelationship == Name.Source
            stream = spec.obj.EF.F
            assert str(stream.Subtype) == "/" + ATTACHMENTS[name][1]
            assert "/ModDate" in stream.Params
            assert int(stream.Params.Size) == len(ATTACHMENTS[name][0])


def test_attachments_round_trip_byte_identical(archived: bytes) -> None:
    assert read_attachments(archived) == {name: data for name, (data, _) in ATTACHMENTS.items()}


def test_no_attachments_is_still_pdfa() -> None:
    pdf = archival(attachments=None, subject="EVC-portfolio")
    assert check_pdfa(pdf) == []
    assert read_attachments(pdf) == {}


def test_same_input_gives_the_same_bytes() -> None:
    pdf = rendered()
    assert archival(pdf) == archival(pdf)


def test_making_an_archival_pdf_archival_again_replaces_what_was_there(archived: bytes) -> None:
    again = archival(archived, attachments={"x.json": (b"{}", "application/json")})
    assert check_pdfa(again) == []
    assert read_attachments(again) == {"x.json": b"{}"}


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="MIME"):
        archival(attachments={"a": (b"", "geen mime")})
    with pytest.raises(ValueError, match="AFRelationship"):
        archival(relationship="Anders")
    with pytest.raises(NotAPdfError):
        archival(b"PK\x03\x04 geen pdf")


# --- the checker sees what breaks PDF/A -----------------------------------------------------


def test_check_catches_an_unembedded_font() -> None:
    pdf = archival(helvetica_pdf())
    problems = check_pdfa(pdf, full=False)
    assert problems == ["font /Helvetica: not embedded (no /FontDescriptor)"]
    if validator_available():
        assert pikepdf_findings(pdf)


def test_check_catches_a_missing_output_intent(archived: bytes) -> None:
    def drop(doc: pikepdf.Pdf) -> None:
        del doc.Root["/OutputIntents"]

    problems = check_pdfa(edited(archived, drop), full=False)
    assert problems == ["output intent: the catalog has no /OutputIntents"]


def test_check_catches_an_output_intent_without_profile(archived: bytes) -> None:
    def drop(doc: pikepdf.Pdf) -> None:
        del doc.Root.OutputIntents[0]["/DestOutputProfile"]

    assert check_pdfa(edited(archived, drop), full=False) == [
        "output intent: /DestOutputProfile (ICC profile) is missing"
    ]


def test_check_catches_an_attachment_without_afrelationship(archived: bytes) -> None:
    def drop(doc: pikepdf.Pdf) -> None:
        del doc.attachments["stageportfolio/portfolio.json"].obj["/AFRelationship"]

    problems = check_pdfa(edited(archived, drop), full=False)
    assert problems == [
        "embedded file 'stageportfolio/portfolio.json': /AFRelationship is missing or unknown"
    ]


def test_check_catches_an_attachment_not_in_af(archived: bytes) -> None:
    def drop(doc: pikepdf.Pdf) -> None:
        del doc.Root.AF[0]

    problems = check_pdfa(edited(archived, drop), full=False)
    assert len(problems) == 1
    assert "not an associated file" in problems[0]


def test_check_catches_an_attachment_without_mime_type_and_moddate(archived: bytes) -> None:
    def drop(doc: pikepdf.Pdf) -> None:
        stream = doc.attachments["stageportfolio/manifest.json"].obj.EF.F
        del stream["/Subtype"]
        del stream.Params["/ModDate"]

    problems = check_pdfa(edited(archived, drop), full=False)
    assert any("MIME" in p for p in problems)
    assert any("/ModDate" in p for p in problems)


def test_check_catches_metadata_problems(archived: bytes) -> None:
    def part2(doc: pikepdf.Pdf) -> None:
        with doc.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            meta["pdfaid:part"] = "2"

    assert check_pdfa(edited(archived, part2), full=False) == ["XMP: pdfaid:part is '2', not 3"]

    def retitle(doc: pikepdf.Pdf) -> None:
        doc.docinfo.Title = String("Iets anders")

    problems = check_pdfa(edited(archived, retitle), full=False)
    assert len(problems) == 1 and "/Title" in problems[0] and "dc:title" in problems[0]

    def no_xmp(doc: pikepdf.Pdf) -> None:
        del doc.Root["/Metadata"]

    assert check_pdfa(edited(archived, no_xmp), full=False) == [
        "XMP: the catalog has no /Metadata stream"
    ]


def test_check_catches_javascript_trans_and_missing_lang(archived: bytes) -> None:
    def spoil(doc: pikepdf.Pdf) -> None:
        doc.Root.OpenAction = Dictionary(S=Name.JavaScript, JS=String("app.alert(1)"))
        doc.pages[0].obj.Trans = Dictionary()
        del doc.Root["/Lang"]

    problems = check_pdfa(edited(archived, spoil), full=False)
    assert any("JavaScript" in p for p in problems)
    assert "page: empty /Trans dictionary" in problems
    assert "catalog: /Lang is missing" in problems


def test_check_catches_encryption_and_non_pdfs(archived: bytes) -> None:
    with pikepdf.open(io.BytesIO(archived)) as doc:
        out = io.BytesIO()
        doc.save(out, encryption=pikepdf.Encryption(owner="eigenaar", user=""))
    problems = check_pdfa(out.getvalue(), full=False)
    assert any("encrypted" in p for p in problems)
    assert check_pdfa(b"PK\x03\x04 een zip") == ["not a PDF: the %PDF- header is missing"]
    assert check_pdfa(b"%PDF-1.7\nstuk")[0].startswith("not a readable PDF")


def test_read_attachments_refuses_what_is_not_a_pdf() -> None:
    with pytest.raises(NotAPdfError):
        read_attachments(b"geen pdf")
    with pytest.raises(NotAPdfError):
        read_attachments(b"%PDF-1.4\nkapot")


def test_an_unlisted_output_intent_array_entry_is_checked(archived: bytes) -> None:
    def second(doc: pikepdf.Pdf) -> None:
        other = doc.make_stream(b"\0" * 200)
        other.N = 3
        doc.Root.OutputIntents.append(
            Dictionary(
                Type=Name.OutputIntent,
                S=Name.GTS_PDFA1,
                OutputConditionIdentifier=String("x"),
                DestOutputProfile=other,
            )
        )

    problems = check_pdfa(edited(archived, second), full=False)
    assert "output intent: the output intents use different ICC profiles" in problems
    assert "output intent: /DestOutputProfile is not an ICC profile" in problems
