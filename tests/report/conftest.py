"""Fixtures of the PDF tests: the demo and an EVC candidate, each exported as the app exports
them (archival, the archive attached), in both variants and both languages; made once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from stageportfolio.core.catalog import load_catalog
from stageportfolio.report.pdf import Variant
from stageportfolio.report.snapshot import PortfolioSnapshot
from stageportfolio.services.demo import build_demo
from stageportfolio.services.pdf_export import portfolio_pdf
from stageportfolio.services.portfolio import Opened, PortfolioService
from stageportfolio.services.snapshot import build_snapshot
from stageportfolio.store.db import DB_NAME, open_database
from tests.report.pdfread import pages_text

TODAY = date(2026, 11, 23)
VARIANTS: tuple[Variant, ...] = ("stage", "evc")
KEYS = [f"{variant}-{lang}" for variant in VARIANTS for lang in ("nl", "en")]


@dataclass(frozen=True)
class Made:
    snapshots: dict[str, PortfolioSnapshot]  # per language
    paths: dict[str, Path]  # "stage-nl", "evc-en", ...
    folder: Path  # the data folder
    progress: list[tuple[int, int]]

    def pages(self, key: str) -> list[str]:
        return pages_text(self.paths[key])

    def text(self, key: str) -> str:
        return "\f".join(self.pages(key))


def _open(folder: Path) -> tuple[Opened, PortfolioService]:
    opened = Opened(engine=open_database(folder / DB_NAME), catalog=load_catalog(folder / "lists"))
    service = PortfolioService.open(opened)
    assert service is not None
    return opened, service


def _make(folder: Path, out: Path) -> Made:
    """Both variants in both languages, as the app exports them (archival, archive attached)."""
    paths: dict[str, Path] = {}
    snapshots: dict[str, PortfolioSnapshot] = {}
    calls: list[tuple[int, int]] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("STAGEPORTFOLIO_HOME", str(folder))
        opened, service = _open(folder)
        try:
            for lang in ("nl", "en"):
                snapshots[lang] = build_snapshot(service, today=TODAY, lang=lang)
                for variant in VARIANTS:
                    key = f"{variant}-{lang}"
                    progress = (lambda d, t: calls.append((d, t))) if key == "stage-nl" else None
                    data = portfolio_pdf(
                        service, variant=variant, today=TODAY, lang=lang, progress=progress
                    )
                    paths[key] = out / f"{key}.pdf"
                    paths[key].write_bytes(data)
        finally:
            opened.engine.dispose()
    return Made(snapshots, paths, folder, calls)


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Made:
    folder = build_demo(tmp_path_factory.mktemp("demo") / "portfolio", today=TODAY)
    return _make(folder, tmp_path_factory.mktemp("pdf"))


# An EVC candidate: no school, no placement, no mentor; evidence for some competences.
CANDIDATE = "Samira El Amrani"
LONG_REFLECTION = (
    "Eerste alinea. " + "Ik heb in de thuiszorg vaak de basiszorg gegeven. " * 12 + "EINDE-EEN\n"
    "\n"
    "Tweede alinea. " + "Elke ochtend overlegde ik met de verpleegkundige. " * 12 + "EINDE-TWEE\n"
    "Derde alinea, op een nieuwe regel getypt. EINDE-DRIE"
)


def _candidate(folder: Path) -> None:
    folder.mkdir(parents=True)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("STAGEPORTFOLIO_HOME", str(folder))
        engine = open_database(folder / DB_NAME)
        try:
            opened = Opened(engine=engine, catalog=load_catalog(folder / "lists"))
            service = PortfolioService.create(
                opened, role="evc", name=CANDIDATE, list_id="evc-zorgkundige",
                organisation="EVC-testcentrum Zorg Gent",
            )  # fmt: skip
            comps = [comp for _, comp in service.alist.competences()]
            for n, comp in enumerate(comps[:3], 1):
                scan = folder / f"getuigschrift {n} – €ë.pdf"
                scan.write_bytes(f"%PDF-1.4 attest {n}\n".encode())
                service.add_evidence(scan, description=f"Attest {n}", links=[comp.id])
            # Many activities with a long reflection on one competence: it goes over a page.
            big = comps[9]
            for act in big.activities:
                service.save_record(
                    activity_id=act.id, competence_id=big.id, proposed_level=2,
                    day=date(2026, 10, 5), reflection=LONG_REFLECTION,
                )  # fmt: skip
        finally:
            engine.dispose()


@pytest.fixture(scope="session")
def candidate(tmp_path_factory: pytest.TempPathFactory) -> Made:
    folder = tmp_path_factory.mktemp("evc") / "portfolio"
    _candidate(folder)
    return _make(folder, tmp_path_factory.mktemp("evcpdf"))
