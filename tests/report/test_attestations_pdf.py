"""The attestations in the portfolio PDF: each one the list's BKs ask, with its status and the
evidence linked to it, read back from real PDFs with pdftotext; and they survive the PDF's
embedded archive."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from stageportfolio.core.catalog import load_catalog
from stageportfolio.report.pdf import Variant
from stageportfolio.report.snapshot import PortfolioSnapshot, as_json
from stageportfolio.services.pdf_export import portfolio_pdf, read_pdf_archive
from stageportfolio.services.portfolio import Opened, PortfolioService
from stageportfolio.services.snapshot import build_snapshot
from stageportfolio.store.archive import discard
from stageportfolio.store.db import DB_NAME, open_database

TODAY = date(2026, 12, 4)
STRAFREGISTER = "Uittreksel uit het strafregister, model 2"
EHBO = "Attest kennis van levensreddend handelen bij kinderen"


@dataclass(frozen=True)
class Made:
    snapshot: PortfolioSnapshot
    pdfs: dict[str, bytes]
    attest_ids: dict[str, str]

    def text(self, variant: str, folder: Path, *, layout: bool = True) -> str:
        path = folder / f"{variant}.pdf"
        path.write_bytes(self.pdfs[variant])
        args = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
        return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def make(folder: Path, list_id: str, *, link: bool) -> Made:
    """A real portfolio in ``folder`` (its own data folder), printed as the app prints it."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("STAGEPORTFOLIO_HOME", str(folder))
        engine = open_database(folder / DB_NAME)
        try:
            opened = Opened(engine=engine, catalog=load_catalog(folder / "lists"))
            service = PortfolioService.create(
                opened,
                role="student",
                name="Noor De Smet",
                list_id=list_id,
                school_year="2026-2027",
            )
            ids = {a.text: a.id for a in service.alist.attestations()}
            if link:
                scan = folder / "uittreksel strafregister.pdf"
                scan.write_bytes(b"%PDF-1.4 uittreksel\n")
                service.add_evidence(scan, description="Model 2, Gent", links=[ids[STRAFREGISTER]])
            snapshot = build_snapshot(service, today=TODAY)
            variants: tuple[Variant, ...] = ("stage", "evc")
            pdfs = {v: portfolio_pdf(service, variant=v, today=TODAY) for v in variants}
        finally:
            engine.dispose()
    return Made(snapshot, pdfs, ids)


@pytest.fixture(scope="module")
def kinderbegeleider(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Made]:
    yield make(tmp_path_factory.mktemp("kb"), "kinderbegeleider", link=True)


def section(text: str) -> str:
    """The Attesten section of a PDF's text: from its heading to the next heading."""
    start = text.index("\nAttesten\n")
    rest = text[start + 1 :]
    end = min(
        (rest.index(h) for h in ("\nCompetenties en activiteiten", "\n2. ") if h in rest),
        default=len(rest),
    )
    return rest[:end]


def row(block: str, label: str) -> str:
    (line,) = [line for line in block.splitlines() if line.strip().startswith(label[:30])]
    return line


@pytest.mark.parametrize("variant", ["stage", "evc"])
def test_each_attestation_with_its_status_and_evidence(
    kinderbegeleider: Made, variant: str, tmp_path: Path
) -> None:
    text = kinderbegeleider.text(variant, tmp_path)
    block = section(text)
    assert "1 van 4 attesten hebben een bewijsstuk." in block
    for label in (EHBO, "Attest medische geschiktheid", STRAFREGISTER, "minimum 18 jaar zijn"):
        assert label[:30] in block, label
    done = row(block, STRAFREGISTER)
    assert "✓ bewijsstuk" in done and "uittreksel strafregister.pdf" in done
    for open_one in (EHBO, "Attest medische geschiktheid", "minimum 18 jaar zijn"):
        line = row(block, open_one)
        assert "✗ nog geen" in line and "strafregister.pdf" not in line
    # Where it comes from, and which BKs ask it (once, though both BKs ask it).
    flat = " ".join(block.split())
    assert "Wettelijk attest · BVR van 23 februari 2001" in flat
    assert flat.count("gevraagd door Kinderbegeleider baby’s en peuters (BK-0269-3)") == 4
    # The evidence index says what the file is linked to.
    raw = kinderbegeleider.text(variant, tmp_path, layout=False)
    index = " ".join(raw[raw.index(". Bewijsstukken") :].split())
    assert "Attest: Uittreksel uit het strafregister, model 2" in index


def test_the_stage_pdf_puts_the_attestations_in_the_overview(
    kinderbegeleider: Made, tmp_path: Path
) -> None:
    text = kinderbegeleider.text("stage", tmp_path)
    assert text.index("Competenties per beroepskwalificatie") < text.index("\nAttesten\n")
    assert text.index("\nAttesten\n") < text.rindex("Competenties en activiteiten")


def test_only_embedded_fonts(kinderbegeleider: Made, tmp_path: Path) -> None:
    path = tmp_path / "stage.pdf"
    path.write_bytes(kinderbegeleider.pdfs["stage"])
    fonts = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts and all(re.search(r"\byes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$", f) for f in fonts)


def test_the_snapshot_carries_the_attestations_as_plain_data(kinderbegeleider: Made) -> None:
    data = as_json(kinderbegeleider.snapshot)
    by_text = {a["text"]: a for a in data["attestations"]}
    assert list(by_text) == [EHBO, "Attest medische geschiktheid", STRAFREGISTER,
                             "minimum 18 jaar zijn"]  # fmt: skip
    assert by_text[STRAFREGISTER]["evidence"] == ["uittreksel strafregister.pdf"]
    assert by_text[EHBO]["evidence"] == []
    assert by_text[STRAFREGISTER]["type"] == "Wettelijk attest"


def test_the_link_travels_in_the_pdf_s_embedded_portfolio(
    kinderbegeleider: Made, tmp_path: Path
) -> None:
    pdf = tmp_path / "portfolio.pdf"
    pdf.write_bytes(kinderbegeleider.pdfs["stage"])
    contents = read_pdf_archive(pdf)  # streamed from the file, as every import reads it
    discard(contents)
    targets = [link.target_id for link in contents.payload.evidence_links]
    assert kinderbegeleider.attest_ids[STRAFREGISTER] in targets


def test_a_list_without_attestations_has_no_such_section(
    tmp_path_factory: pytest.TempPathFactory, tmp_path: Path
) -> None:
    made = make(tmp_path_factory.mktemp("bzo"), "basiszorg-en-ondersteuning", link=False)
    assert made.snapshot.attestations == ()
    for variant in ("stage", "evc"):
        assert "\nAttesten\n" not in made.text(variant, tmp_path)
