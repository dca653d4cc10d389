"""The two programmes of the official links that had no list: Zorg en welzijn (2de graad, 375)
and Aanloop maatschappij en welzijn duaal (646), checked against ``sources/bk``."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from stageportfolio.core.catalog import Catalog, load_catalog

REPO = Path(__file__).resolve().parents[2]
SOURCES = REPO / "sources" / "bk"
KOPPELING = json.loads((SOURCES / "koppeling_zorg.json").read_text("utf-8"))
LISTS = {375: "zorg-en-welzijn", 646: "aanloop-maatschappij-en-welzijn-duaal"}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def current(number: int) -> dict[str, Any]:
    (entry,) = [e for e in KOPPELING[str(number)]["erkenningen"] if not e.get("einddatum")]
    return dict(entry)


def test_every_programme_of_the_official_links_has_a_list(catalog: Catalog) -> None:
    shipped = {n for alist in catalog.latest() for n in alist.spec.structuuronderdelen}
    assert sorted(int(n) for n in KOPPELING) == sorted(shipped)
    assert {375, 646} <= shipped


def test_entry_646_is_the_one_of_the_public_cache() -> None:
    entry = KOPPELING["646"]
    assert entry["onderdeel"] == 646 and entry["groep"] == "G-0420"
    (recognition,) = entry["erkenningen"]
    assert (recognition["adv"], recognition["versie"], recognition["begindatum"]) == (
        "ADV-1126",
        "S-646-V1",
        "2023-09-01",
    )
    assert [b["bk"] for b in recognition["bks"]] == [
        "BK-0083-3", "BK-0085-3", "BK-0088-3", "BK-0215-3", "BK-0233-2",
    ]  # fmt: skip
    assert {b["extra"]["volledigheid"] for b in recognition["bks"]} == {
        "Gedeeltelijk (enkel competenties)"
    }


@pytest.mark.parametrize("number", sorted(LISTS))
def test_the_list_takes_the_official_bks_partly_with_a_documented_choice(
    number: int, catalog: Catalog
) -> None:
    alist = catalog.get(LISTS[number])
    official = current(number)
    assert list(alist.spec.structuuronderdelen) == [number]
    assert official["adv"] in alist.spec.source
    assert [link.code for link in alist.spec.bks] == [b["bk"] for b in official["bks"]]
    for link in alist.spec.bks:
        assert link.scope == "gedeeltelijk"
        # The choice is a school's: every partial BK says so.
        assert link.note is not None and "keuze" in link.note and "eigen variant" in link.note
        own = [
            comp.id for comp in alist.bks[[b.code for b in alist.bks].index(link.code)].competences
        ]
        assert set(link.competences) <= set(own) and link.competences
    assert "keuze" in alist.spec.description


@pytest.mark.parametrize("number", sorted(LISTS))
def test_no_rule_without_a_source(number: int, catalog: Catalog) -> None:
    """The entries state no required contexts, no workplace component and no volume."""
    extra = current(number).get("extra") or {}
    assert "verplichte_contexten" not in extra and "arbeidsovereenkomst" not in extra
    alist = catalog.get(LISTS[number])
    assert [rule.kind for rule in alist.spec.rules] == ["competences_signed"]
    assert alist.attestations() == ()  # partial BKs ask none


def test_every_source_file_has_its_provenance() -> None:
    text = (SOURCES / "SOURCES.txt").read_text("utf-8")
    for path in sorted(SOURCES.glob("*.json")):
        row = next((line for line in text.splitlines() if line.startswith(path.name)), None)
        assert row is not None, f"{path.name} is not in SOURCES.txt"
        assert re.search(r"\b[0-9a-f]{40}\b", row), row
    assert "646" in text and "Aanloop maatschappij en welzijn duaal" in text


@pytest.mark.parametrize("code", ["BK-0083-3", "BK-0085-3", "BK-0088-3", "BK-0215-3"])
def test_the_new_bk_sources_are_whole(code: str) -> None:
    raw = json.loads((SOURCES / f"{code}.json").read_text("utf-8"))
    assert raw["bk"] == code and raw["status"] == "ERKEND"
    assert len(raw["competenties"]) == raw["aantal"]
    assert [c["nr"] for c in raw["competenties"]] == list(range(1, raw["aantal"] + 1))
    # The cache repeats each competence in extra.verantwoordelijkheid: the copy agrees with it.
    titles = [c["tekst"] for c in raw["competenties"]]
    assert sorted(titles) == sorted(v["waarde"] for v in raw["extra"]["verantwoordelijkheid"])
