"""Attestations: what a BK demands besides its competences (``extra.attesten`` in the official
data), as data in the BK files, validated like the rest, and as each list's checklist."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from stageportfolio.core.activitylist import Attestation
from stageportfolio.core.catalog import (
    SHIPPED_DIR,
    Catalog,
    ListFileError,
    load_bk,
    load_catalog,
    validate_file,
)

REPO = Path(__file__).resolve().parents[2]
SOURCES = REPO / "sources" / "bk"
DOC = REPO / "docs" / "activity-lists.md"
KBP, KBS, ZK, VZ = "BK-0269-3", "BK-0270-3", "BK-0243-2", "BK-0489-1"


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def official(code: str) -> list[dict[str, Any]]:
    raw = json.loads((SOURCES / f"{code}.json").read_text("utf-8"))
    return list((raw.get("extra") or {}).get("attesten") or [])


@pytest.mark.parametrize("path", sorted(SOURCES.glob("BK-*.json")), ids=lambda p: p.stem)
def test_each_bk_file_has_the_attestations_of_the_official_data(path: Path) -> None:
    bk = load_bk(SHIPPED_DIR / "bk" / f"{path.stem}.toml")
    want = [
        (collapse(a["omschrijving"]), a.get("type"), collapse(a.get("regelgeving", "")) or None)
        for a in official(path.stem)
    ]
    assert [(a.text, a.type, a.regulation) for a in bk.attestations] == want


def test_the_attestations_the_issue_names_are_there() -> None:
    texts = {
        a.text
        for code in (KBP, KBS)
        for a in load_bk(SHIPPED_DIR / "bk" / f"{code}.toml").attestations
    }
    assert "Attest kennis van levensreddend handelen bij kinderen" in texts
    assert "Uittreksel uit het strafregister, model 2" in texts
    assert sum(len(official(p.stem)) for p in SOURCES.glob("BK-*.json")) == 12  # 1 + 3 + 4 + 4


def test_one_attestation_has_one_id_in_every_bk_that_asks_it() -> None:
    kbp = {a.text: a.id for a in load_bk(SHIPPED_DIR / "bk" / f"{KBP}.toml").attestations}
    kbs = {a.text: a.id for a in load_bk(SHIPPED_DIR / "bk" / f"{KBS}.toml").attestations}
    assert kbp == kbs and len(kbp) == 4
    vz = {a.text: a.id for a in load_bk(SHIPPED_DIR / "bk" / f"{VZ}.toml").attestations}
    # "Uittreksel uit het Strafregister model 595" is another document than model 2.
    assert not set(vz.values()) & set(kbp.values())
    for ident in (*kbp.values(), *vz.values()):
        assert re.fullmatch(r"attest-[0-9a-f]{8}", ident)


def test_a_list_asks_the_attestations_of_the_bks_it_takes_in_full(catalog: Catalog) -> None:
    kb = catalog.get("kinderbegeleider").attestations()
    assert [a.text for a in kb] == [
        "Attest kennis van levensreddend handelen bij kinderen",
        "Attest medische geschiktheid",
        "Uittreksel uit het strafregister, model 2",
        "minimum 18 jaar zijn",
    ]
    assert all([bk.code for bk in a.bks] == [KBP, KBS] for a in kb)  # once, for both BKs
    gz = catalog.get("gezondheidszorg").attestations()
    assert [(a.text, [bk.code for bk in a.bks]) for a in gz] == [
        ("Erkenning zorgkundige en visum zorgkundige", [ZK]),
        ("Kwalificatievereisten (aanvraag erkenningsnummer)", [VZ]),
        ("Uittreksel uit het Strafregister model 595", [VZ]),
        ("Uittreksel uit het strafregister, model 596-2", [VZ]),
    ]
    assert gz[0].regulation is not None and "10 mei 2015" in gz[0].regulation
    assert gz[2].regulation is None and gz[2].type == "Bijkomend attest"
    # Basiszorg en ondersteuning takes the zorgkundige and kinderbegeleider BKs only in part
    # ("enkel competenties"): it does not lead to those BKs, so it asks none of their attestations.
    assert catalog.get("basiszorg-en-ondersteuning").attestations() == ()
    first = catalog.get("evc-verzorgende").attestations()[0]
    assert first.text.startswith("Kwalificatievereisten")


BK_HEAD = """format = 1
code = "BK-0999-1"
version = 1
title = "Voorbeeldberoep"
vks_level = 3
source = "eigen beschrijving"
"""
BK_TAIL = """
[[competences]]
id = "vb-c1"
nr = 1
title = "Werkt veilig"

[[competences.activities]]
id = "vb-c1-a1"
text = "Draagt de juiste beschermingsmiddelen"
"""


def problems(
    tmp_path: Path, attestations: str, catalog: Catalog
) -> list[tuple[int | None, str | None, str]]:
    path = tmp_path / "bk" / "BK-0999-1.toml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(BK_HEAD + attestations + BK_TAIL, "utf-8")
    with pytest.raises(ListFileError) as caught:
        validate_file(path, catalog)
    return [(p.line, p.field, p.message) for p in caught.value.problems]


def test_a_valid_attestation_validates(tmp_path: Path, catalog: Catalog) -> None:
    path = tmp_path / "bk" / "BK-0999-1.toml"
    path.parent.mkdir()
    path.write_text(
        BK_HEAD + '\n[[attestations]]\nid = "vb-a1"\ntext = "Attest eerste hulp"\n' + BK_TAIL,
        "utf-8",
    )
    bk = validate_file(path, catalog)
    assert bk.attestations == (Attestation(id="vb-a1", text="Attest eerste hulp"),)  # type: ignore[union-attr]


def test_an_attestation_id_used_twice_is_named_with_its_line(
    tmp_path: Path, catalog: Catalog
) -> None:
    found = problems(
        tmp_path,
        '\n[[attestations]]\nid = "vb-a1"\ntext = "Eén"\n'
        '\n[[attestations]]\nid = "vb-a1"\ntext = "Twee"\n',
        catalog,
    )
    assert found == [(13, "attestations[1].id", "id 'vb-a1' komt twee keer voor")]


def test_an_attestation_may_not_take_the_id_of_an_activity(
    tmp_path: Path, catalog: Catalog
) -> None:
    found = problems(tmp_path, '\n[[attestations]]\nid = "vb-c1-a1"\ntext = "Eén"\n', catalog)
    assert found == [
        (9, "attestations[0].id", "id 'vb-c1-a1' is al de id van een competentie of activiteit")
    ]


def test_attestation_field_errors_name_field_and_line(tmp_path: Path, catalog: Catalog) -> None:
    found = problems(
        tmp_path, '\n[[attestations]]\nid = "vb-a1"\ntext = ""\nregelgeving = "BVR"\n', catalog
    )
    assert (10, "attestations[0].text", "mag niet leeg zijn") in found
    assert (11, "attestations[0].regelgeving", "onbekend veld (typfout?)") in found


def test_the_doc_describes_every_attestation_field() -> None:
    text = DOC.read_text("utf-8")
    assert "`attestations`" in text and "[[attestations]]" in text
    for name in Attestation.model_fields:
        assert f"| `{name}` |" in text, name
