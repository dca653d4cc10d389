"""The portfolio PDF: readable Dutch text, valid structure, only embedded fonts, both variants."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from stageportfolio.core.catalog import load_catalog
from stageportfolio.report.pdf import Variant, render_pdf, truncate
from stageportfolio.report.snapshot import PortfolioSnapshot, as_json
from stageportfolio.services.demo import build_demo
from stageportfolio.services.portfolio import Opened, PortfolioService
from stageportfolio.services.snapshot import build_snapshot
from stageportfolio.store.db import DB_NAME, open_database

TODAY = date(2026, 11, 23)


@dataclass(frozen=True)
class Rendered:
    snapshot: PortfolioSnapshot
    paths: dict[str, Path]
    progress: dict[str, list[tuple[int, int]]]

    def text(self, variant: str) -> str:
        return pdftotext(self.paths[variant])


def pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _open(folder: Path) -> tuple[Opened, PortfolioService]:
    opened = Opened(engine=open_database(folder / DB_NAME), catalog=load_catalog(folder / "lists"))
    service = PortfolioService.open(opened)
    assert service is not None
    return opened, service


def _render_both(snapshot: PortfolioSnapshot, folder: Path) -> Rendered:
    paths: dict[str, Path] = {}
    progress: dict[str, list[tuple[int, int]]] = {}
    variants: tuple[Variant, ...] = ("stage", "evc")
    for variant in variants:
        calls: list[tuple[int, int]] = []

        def report(done: int, total: int, calls: list[tuple[int, int]] = calls) -> None:
            calls.append((done, total))

        data = render_pdf(snapshot, variant=variant, progress=report)
        paths[variant] = folder / f"{variant}.pdf"
        paths[variant].write_bytes(data)
        progress[variant] = calls
    return Rendered(snapshot, paths, progress)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Rendered]:
    folder = build_demo(tmp_path_factory.mktemp("demo") / "portfolio", today=TODAY)
    opened, service = _open(folder)
    try:
        snapshot = build_snapshot(service, today=TODAY)
    finally:
        opened.engine.dispose()
    yield _render_both(snapshot, tmp_path_factory.mktemp("pdf"))


@pytest.fixture(scope="module")
def empty(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Rendered]:
    folder = tmp_path_factory.mktemp("empty")
    engine = open_database(folder / DB_NAME)
    try:
        opened = Opened(engine=engine, catalog=load_catalog(folder / "lists"))
        service = PortfolioService.create(
            opened, role="evc", name="Samira El Amrani", list_id="evc-zorgkundige"
        )
        snapshot = build_snapshot(service, today=TODAY)
    finally:
        engine.dispose()
    yield _render_both(snapshot, folder)


VARIANTS = ["stage", "evc"]


@pytest.mark.parametrize("variant", VARIANTS)
def test_text_is_dutch_and_complete(demo: Rendered, variant: str) -> None:
    text = demo.text(variant)
    assert "Lotte Vermeulen" in text
    assert "pagina 1 van" in text
    assert "residentiële ouderenzorg" in text
    assert "230" in text
    assert "Loop nog 70 uur stage" in text  # the open rule's message
    assert "Sint-Jozefsinstituut Brugge" in text
    assert "Leerling" in text
    assert "✓ voldaan" in text and "✗ nog niet" in text
    assert "An Peeters" in text  # a mentor's sign-off
    assert "Attest EHBO – Rode Kruis Vlaanderen.pdf" in text
    assert demo.snapshot.evidence[0].sha256 in text.replace(" ", "")
    last = max(int(n) for n in re.findall(r"pagina \d+ van (\d+)", text))
    assert f"pagina {last} van {last}" in text


def test_stage_variant_puts_hours_first(demo: Rendered) -> None:
    text = demo.text("stage").split("\f", 1)[1]  # after the cover and its contents
    assert text.index("Uren per context") < text.index("Competenties en activiteiten")
    assert text.index("Competenties en activiteiten") < text.index("Urenlog per stageplaats")
    assert "WZC Ter Duinen – Afdeling Zeezicht" in text
    assert "mentor: An Peeters" in text


def test_evc_variant_says_what_is_covered(demo: Rendered) -> None:
    text = demo.text("evc").split("\f", 1)[1]
    comps = demo.snapshot.competences
    covered = sum(c.covered for c in comps)
    assert 0 < covered < len(comps)
    assert f"Gedekt: {covered} van {len(comps)} competenties." in text
    assert "Niet gedekt" in text
    assert "bewijs van competenties" in " ".join(text.split())
    assert text.index("Dekking van de competenties") < text.index("Urenlog per stageplaats")
    assert text.index("Overzicht van de bewijsstukken") < text.index("Urenlog per stageplaats")


@pytest.mark.parametrize("variant", VARIANTS)
def test_qpdf_check_is_clean(demo: Rendered, variant: str) -> None:
    proc = subprocess.run(
        ["qpdf", "--check", str(demo.paths[variant])], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "WARNING" not in (proc.stdout + proc.stderr).upper()


@pytest.mark.parametrize("which", ["demo", "empty"])
@pytest.mark.parametrize("variant", VARIANTS)
def test_only_embedded_dejavu_fonts(
    request: pytest.FixtureRequest, which: str, variant: str
) -> None:
    rendered: Rendered = request.getfixturevalue(which)
    out = subprocess.run(
        ["pdffonts", str(rendered.paths[variant])], capture_output=True, text=True, check=True
    ).stdout
    lines = out.splitlines()[2:]
    assert lines, out
    assert "Helvetica" not in out
    for line in lines:
        name, *_rest = line.split()
        assert "DejaVuSans" in name, line
        assert line.split()[-5] == "yes", line  # the emb column


def test_metadata_and_language(demo: Rendered) -> None:
    info = subprocess.run(
        ["pdfinfo", str(demo.paths["stage"])], capture_output=True, text=True, check=True
    ).stdout
    assert "Title:           Stageportfolio Lotte Vermeulen" in info
    assert "Author:          Lotte Vermeulen" in info
    assert "Subject:" in info
    assert b"/Lang (nl-BE)" in demo.paths["stage"].read_bytes()


def test_page_one_renders_to_png(demo: Rendered, tmp_path: Path) -> None:
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "40",
            "-png",
            "-f",
            "1",
            "-l",
            "1",
            str(demo.paths["stage"]),
            str(tmp_path / "page"),
        ],
        check=True,
    )
    pngs = list(tmp_path.glob("page*.png"))
    assert len(pngs) == 1
    assert pngs[0].stat().st_size > 5_000


@pytest.mark.parametrize("variant", VARIANTS)
def test_progress_is_reported_up_to_the_end(demo: Rendered, variant: str) -> None:
    calls = demo.progress[variant]
    assert len(calls) >= 5
    dones = [done for done, _ in calls]
    assert dones == sorted(dones)
    total = calls[-1][1]
    assert {t for _, t in calls} == {total}
    assert calls[-1] == (total, total)


@pytest.mark.parametrize("variant", VARIANTS)
def test_empty_portfolio_renders(empty: Rendered, variant: str) -> None:
    text = empty.text(variant)
    assert "Samira El Amrani" in text
    assert "EVC-kandidaat" in text
    assert "Nog geen bewijsstukken toegevoegd." in text or "Gedekt: 0 van" in text
    assert "pagina 1 van" in text
    if variant == "evc":
        assert "Gedekt: 0 van 16 competenties." in text


def test_snapshot_is_json_friendly(demo: Rendered) -> None:
    data = as_json(demo.snapshot)
    again = json.loads(json.dumps(data))
    assert again["owner"]["name"] == "Lotte Vermeulen"
    assert again["counted_minutes"] == 230 * 60
    assert again["period"]["first"] <= again["period"]["last"]
    labels = {c for e in again["evidence"] for c in e["competences"]}
    assert "C11 Verzorgende" in labels or any(label.startswith("C") for label in labels)


def test_snapshot_links_signoffs_and_evidence(demo: Rendered) -> None:
    s = demo.snapshot
    assert [t.label for t in s.totals] == ["residentiële ouderenzorg", "thuiszorg"]
    assert s.counted_minutes == s.total_minutes == 230 * 60
    signed = [a for c in s.competences for a in c.activities if a.signoff is not None]
    assert signed and all(a.signoff and a.signoff.mentor_name for a in signed)
    assert sum(c.signoff is not None for c in s.competences) == 7
    with_evidence = [c for c in s.competences if c.evidence]
    assert len(with_evidence) == 4
    assert [p.mentor_name for p in s.placements] == ["An Peeters", "Tom Claes"]
    assert sum(p.minutes for p in s.placements) == 230 * 60


def test_truncate_cuts_at_a_word() -> None:
    assert truncate("kort") == "kort"
    long = "woord " * 200
    cut = truncate(long, 50)
    assert cut.endswith(" […]") and len(cut) <= 55 and "woo […]" not in cut


def test_unknown_variant_is_refused(demo: Rendered) -> None:
    with pytest.raises(ValueError):
        render_pdf(demo.snapshot, variant="brochure")  # type: ignore[arg-type]
