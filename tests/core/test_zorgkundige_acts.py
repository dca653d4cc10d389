"""The zorgkundige's delegated nursing acts (competence 11 of BK-0243-2) and the converter that
reads them from ``sources/zorgkundige-handelingen.txt``.

The expectations are read from the sources themselves: the 2006 list (acts 1-18, act 19 cut short
with ``[...]``), the addendum with the five acts of the KB of 27 February 2019 (items A-E), the
note about two typos, and the medication routes in the BK's own ``extra_info``.
"""

from __future__ import annotations

import json
import re
import shutil
import tomllib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from stageportfolio.core.activitylist import Activity
from stageportfolio.core.catalog import load_bk
from tests.core import test_bk_files

REPO = Path(__file__).parents[2]
SOURCES = REPO / "sources"
ACTS_FILE = SOURCES / "zorgkundige-handelingen.txt"
BK_DIR = REPO / "activity_lists" / "bk"
RELEASED = REPO / "tests" / "data" / "bk" / "released-ids-2026-12.json"
ZK = "BK-0243-2"
DELEGATED = "bkc0023627"

converter = test_bk_files.converter  # the fixture that loads scripts/convert_bk.py


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def source_items() -> tuple[dict[int, str], dict[str, str]]:
    """The numbered and the lettered items of the source file, read here independently."""
    numbered: dict[int, str] = {}
    lettered: dict[str, str] = {}
    current: list[str] | None = None
    for line in ACTS_FILE.read_text("utf-8").splitlines():
        number = re.match(r"^\s*(\d+)\.\s+(.*)$", line)
        letter = re.match(r"^\s*([A-E])\.\s+(.*)$", line)
        if number:
            numbered[int(number.group(1))] = number.group(2)
            current = None
        elif letter:
            current = [letter.group(2)]
            lettered[letter.group(1)] = ""
        elif current is not None and line.startswith("    "):
            current.append(line)
        else:
            current = None
        if current is not None:
            lettered[list(lettered)[-1]] = collapse(" ".join(current))
    return numbered, lettered


def delegated_acts() -> tuple[Activity, ...]:
    bk = load_bk(BK_DIR / f"{ZK}.toml")
    comp = next(c for c in bk.competences if c.id == DELEGATED)
    return tuple(act for act in comp.activities if act.source is not None)


# --- the shipped acts -----------------------------------------------------------------------


def test_competence_11_has_all_23_acts_in_order_after_the_official_skills() -> None:
    bk = load_bk(BK_DIR / f"{ZK}.toml")
    comp = next(c for c in bk.competences if c.id == DELEGATED)
    assert comp.nr == 11
    assert comp.title.startswith("Voert gedelegeerde verpleegkundige handelingen")
    acts = delegated_acts()
    assert len(acts) == 23
    assert [act.id for act in acts] == [f"{DELEGATED}-kb{n:02d}" for n in range(1, 24)]
    assert comp.activities[-23:] == acts  # the official skills come first
    for n, act in enumerate(acts, start=1):
        assert act.type == "Gedelegeerde verpleegkundige handeling"
        assert (
            act.source == f"KB 12 januari 2006 (gewijzigd bij KB 27 februari 2019), handeling {n}"
        )
        assert "[...]" not in act.text and "…" not in act.text


def test_acts_1_to_18_are_the_2006_list_and_19_to_23_the_acts_of_2019() -> None:
    numbered, lettered = source_items()
    assert sorted(numbered) == list(range(1, 20)) and sorted(lettered) == list("ABCDE")
    texts = [act.text for act in delegated_acts()]
    typos = {12, 16}
    for n in range(1, 19):
        if n not in typos:
            assert texts[n - 1] == collapse(numbered[n]), n
    assert texts[18:] == [lettered[letter] for letter in "ABCDE"]


def test_act_19_is_whole() -> None:
    numbered, lettered = source_items()
    act19 = delegated_acts()[18]
    assert act19.id == f"{DELEGATED}-kb19"  # the id the cut-short act had: sign-offs stay valid
    assert act19.text == (
        "Meting van de parameters behorende tot de verschillende biologische functiestelsels, "
        "met inbegrip van de glycemiemeting door capillaire bloedafname en de bloeddrukmeting"
    )
    cut = collapse(numbered[19].removesuffix("[...]"))
    assert act19.text.startswith(cut) and len(act19.text) > len(cut)
    assert act19.text == lettered["A"]


def test_the_medication_act_names_every_route_the_bk_allows() -> None:
    raw = json.loads((SOURCES / "bk" / f"{ZK}.json").read_text("utf-8"))
    info = raw["extra"]["extra_info"]
    tail = info[info.index("De toedieningswegen") :]
    routes = [
        line.strip().rstrip(";.").casefold() for line in tail.splitlines()[1:] if line.strip()
    ]
    assert routes[:5] == ["oraal (inbegrepen inhalatie)", "rectaal", "oogindruppeling",
                          "oorindruppeling", "percutaan"]  # fmt: skip
    assert routes[5].startswith("subcutaan") and "gefractioneerde heparine" in routes[5]

    medication = delegated_acts()[20]
    assert medication.id == f"{DELEGATED}-kb21"
    text = medication.text.casefold()
    assert text.startswith("toedienen van medicatie")
    assert "met uitsluiting van verdovende middelen en orale chemotherapie" in text
    for word in ("oraal (inbegrepen inhalatie)", "rectaal", "percutaan"):
        assert word in text
    assert "oog- en oorindruppeling" in text  # oogindruppeling and oorindruppeling
    assert "subcutaan: enkel de subcutane toediening van gefractioneerde heparine" in text


def test_the_other_acts_of_2019() -> None:
    texts = [act.text for act in delegated_acts()]
    assert texts[19] == "Manuele verwijdering van faecalomen"
    assert texts[21].startswith("Het verwijderen en het heraanbrengen van verbanden")
    assert texts[22] == "Voeding en vochttoediening langs orale weg (geen sondevoeding)"


def test_the_two_typos_of_the_web_page_are_fixed() -> None:
    numbered, _ = source_items()
    note = collapse(ACTS_FILE.read_text("utf-8").split("Typos in items", 1)[1])
    assert '"patiënt/resident"' in note and '"Maatregelen toepassen"' in note
    assert "patiënt: resident" in numbered[12] and "toepassing om" in numbered[16]
    texts = [act.text for act in delegated_acts()]
    assert texts[11] == (
        "Hygiënische verzorging van patiënt/resident met een disfunctie van de ADL, "
        "conform het zorgplan"
    )
    assert (
        texts[15] == "Maatregelen toepassen om decubitusletsels te voorkomen, conform het zorgplan"
    )


# --- ids that were released stay ---------------------------------------------------------------


def test_every_released_activity_id_is_still_there_under_its_competence() -> None:
    released = json.loads(RELEASED.read_text("utf-8"))["bks"]
    assert sum(len(ids) for comps in released.values() for ids in comps.values()) == 785
    for code, comps in released.items():
        bk = load_bk(BK_DIR / f"{code}.toml")
        now = {comp.id: [act.id for act in comp.activities] for comp in bk.competences}
        for comp_id, ids in comps.items():
            assert comp_id in now, f"{code}: competence {comp_id} is gone"
            missing = [i for i in ids if i not in now[comp_id]]
            assert missing == [], f"{code} {comp_id}: released ids gone: {missing}"
            # Released ids keep their order; new activities only come after them.
            assert now[comp_id][: len(ids)] == ids


def test_a_run_over_the_files_of_the_last_release_keeps_their_ids(
    converter: ModuleType, tmp_path: Path
) -> None:
    """From the 19-act file of the last release to 23 acts, every id stays where it was."""
    for path in sorted(BK_DIR.glob("*.toml")):
        shutil.copy2(path, tmp_path / path.name)
    # The last release: act 19 cut short, no acts 20-23, no attestations.
    old = (tmp_path / f"{ZK}.toml").read_text("utf-8")
    old = old.replace(
        "glycemiemeting door capillaire bloedafname en de bloeddrukmeting", "glycemiemeting"
    )
    old = re.sub(
        r"\n\[\[competences\.activities\]\]\nid = \"bkc0023627-kb2[0-3]\"\n[^\[]*", "\n", old
    )
    old = re.sub(r"\[\[attestations\]\]\n[^\[]*", "", old)
    (tmp_path / f"{ZK}.toml").write_text(old, "utf-8")
    assert "kb20" not in old and "attest-" not in old

    converter.convert(SOURCES, tmp_path)
    new = tomllib.loads((tmp_path / f"{ZK}.toml").read_text("utf-8"))
    shipped = tomllib.loads((BK_DIR / f"{ZK}.toml").read_text("utf-8"))
    assert new == shipped


# --- the converter fails loudly on an incomplete source ---------------------------------------


def sources_with(tmp_path: Path, acts_text: str) -> Path:
    folder = tmp_path / "sources"
    shutil.copytree(SOURCES, folder)
    (folder / "zorgkundige-handelingen.txt").write_text(acts_text, "utf-8")
    return folder


ACTS = ACTS_FILE.read_text("utf-8")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        # The file as it was before the addendum: act 19 cut short and nothing completes it.
        (lambda t: t.split("\nAddendum", 1)[0] + "\n", "act 19 is cut short"),
        # Act 7 left out: a gap in the numbering.
        (lambda t: re.sub(r"(?m)^ 7\..*\n", "", t), "act 8 is out of order"),
        # Item E left out: 22 acts where the file says 23.
        (
            lambda t: re.sub(r"(?m)^ E\..*\n", "", t),
            "found 22 acts, but the file says there are 23",
        ),
        # Item A no longer completes act 19.
        (
            lambda t: t.replace(" A. Meting van de parameters", " A. Meting van parameters"),
            "item A does not complete it",
        ),
        # Item B before item A.
        (lambda t: t.replace(" A. Meting", " X. Meting"), "item X is out of order"),
        # The note names a typo the converter cannot fix.
        (lambda t: t + 'Also item 3 reads "bijstaan" in the KB.\n', "typo in act 3"),
        # The typo the converter fixes is no longer in act 16 and not fixed either.
        (
            lambda t: t.replace("Maatregelen toepassing om decubitus", "Maatregel om decubitus"),
            "act 16 has neither",
        ),
    ],
)
def test_an_incomplete_act_list_stops_the_conversion(
    converter: ModuleType,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    change: object,
    message: str,
) -> None:
    changed = change(ACTS)  # type: ignore[operator]
    assert changed != ACTS
    folder = sources_with(tmp_path, changed)
    out = tmp_path / "out"
    for path in sorted(BK_DIR.glob("*.toml")):
        out.mkdir(exist_ok=True)
        shutil.copy2(path, out / path.name)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    assert converter.main(["--reference", str(folder), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("convert_bk: ") and message in err, err
    assert "Traceback" not in err
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # nothing written


def refused_bk(
    converter: ModuleType, tmp_path: Path, code: str, change: Callable[[dict], None]
) -> None:
    """Convert sources where ``change`` damaged the JSON of ``code``: refused, nothing written."""
    folder = sources_with(tmp_path, ACTS)
    path = folder / "bk" / f"{code}.json"
    raw = json.loads(path.read_text("utf-8"))
    change(raw)
    path.write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
    assert converter.main(["--reference", str(folder), "--out", str(tmp_path / "out")]) == 1
    assert not (tmp_path / "out").exists()


def test_a_bk_with_fewer_competences_than_it_states_stops_the_conversion(
    converter: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    refused_bk(converter, tmp_path, "BK-0491-1", lambda raw: raw["competenties"].pop())
    err = capsys.readouterr().err
    assert "12 competences, but the source says 13; the file is incomplete" in err


def test_a_skill_without_text_stops_the_conversion(
    converter: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def blank(raw: dict) -> None:
        raw["competenties"][2]["vaardigheden"][1]["tekst"] = "  "

    refused_bk(converter, tmp_path, "BK-0445-2", blank)
    err = capsys.readouterr().err
    assert "vaardigheid 2 has no text; the source is incomplete" in err


def test_an_attestation_without_text_stops_the_conversion(
    converter: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def blank(raw: dict) -> None:
        raw["extra"]["attesten"][1]["omschrijving"] = ""

    refused_bk(converter, tmp_path, "BK-0269-3", blank)
    assert "BK-0269-3: attest 2 has no omschrijving" in capsys.readouterr().err


def test_the_converter_reads_sources_in_the_repository_by_default(converter: ModuleType) -> None:
    assert converter.DEFAULT_REFERENCE == REPO / "sources"
    assert (converter.DEFAULT_REFERENCE / "zorgkundige-handelingen.txt").is_file()
