"""The catalog of activity lists: shipped files, contexts, problems, user folders, the doc.

- every shipped list and BK file is valid, resolves, and carries the rules of DOMAIN.md;
- what people write for a context is matched to a context id;
- bad list files give every problem with file, line and field (fixtures in tests/data/lists/);
- a user folder adds school variants and BK files, and a bad user file never stops the catalog;
- the line locator maps key paths to lines, also in nested arrays of tables;
- docs/activity-lists.md stays true: its TOML examples validate, its example command output is
  what the CLI prints, it names every field, and its tables of shipped lists and contexts are
  generated from the catalog.

The generated tables in the doc are rewritten with ``python3 tests/core/test_catalog.py``.
"""

from __future__ import annotations

import re
import shlex
import shutil
import sys
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
if __name__ == "__main__":  # run as a script: make the package importable from a checkout
    sys.path.insert(0, str(REPO))

from stageportfolio.core.activitylist import (  # noqa: E402
    DEFAULT_LEVELS,
    RULE_KINDS,
    Activity,
    BKFile,
    BKLink,
    Cluster,
    Competence,
    CompetencesEvidenced,
    CompetencesSigned,
    ComponentDuration,
    Level,
    ListFile,
    MinHoursInContexts,
    MinTotalHours,
    MinWeeklyHoursAvg,
    MinWeeks,
    NotOnlyContexts,
    RequiredContexts,
    Target,
)
from stageportfolio.core.catalog import (  # noqa: E402
    SHIPPED_DIR,
    ActivityList,
    Catalog,
    ListFileError,
    Problem,
    load_bk,
    load_catalog,
    resolve_list,
    validate_file,
    variant_bases,
)
from stageportfolio.core.contexts import (  # noqa: E402
    AliasGroup,
    AmbiguousWord,
    Context,
    ContextRegistry,
    ContextsFile,
)
from stageportfolio.core.schoolcalendar import (  # noqa: E402
    CalendarFile,
    Holiday,
    PublicHoliday,
    SchoolCalendar,
    SchoolYear,
)
from stageportfolio.core.tomlsource import SourceText, index_lines, read_toml  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "data" / "lists"
DOC = REPO / "docs" / "activity-lists.md"
REFERENCE = REPO / "sources" / "bk"
LIST_FILES = sorted((SHIPPED_DIR / "lists").glob("*.toml"))
BK_FILES = sorted((SHIPPED_DIR / "bk").glob("*.toml"))

CORE = ("residentieel", "ziekenhuis", "thuiszorg")
PB_CONTEXTS = (
    "jeugdrechtbank",
    "beperking",
    "ouderenzorg",
    "bijzondere-jeugdzorg",
    "kinder-jeugdpsychiatrie",
    "kinderziekenhuis",
    "school",
    "welzijnswerk",
    "ocmw",
)
ZK, VZ, KBP, KBS = "BK-0243-2", "BK-0489-1", "BK-0269-3", "BK-0270-3"
PB, LOG, HH, KD = "BK-0445-2", "BK-0498-2", "BK-0491-1", "BK-0233-2"
ALL_BKS = (ZK, VZ, KBP, KBS, PB, LOG, HH, KD)
# The other BKs of structuuronderdeel 646 (Aanloop maatschappij en welzijn duaal); no EVC list.
TXT, TV, STR, SCH = "BK-0083-3", "BK-0085-3", "BK-0088-3", "BK-0215-3"


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="module")
def registry(catalog: Catalog) -> ContextRegistry:
    return catalog.contexts


def line_with(path_or_text: Path | str, needle: str, occurrence: int = 1) -> int:
    """The 1-based number of the ``occurrence``-th line that contains ``needle``."""
    text = path_or_text.read_text("utf-8") if isinstance(path_or_text, Path) else path_or_text
    found = [n for n, line in enumerate(text.splitlines(), start=1) if needle in line]
    assert len(found) >= occurrence, f"{needle!r} occurs {len(found)} times"
    return found[occurrence - 1]


def problems_of(path: Path, catalog: Catalog) -> list[Problem]:
    with pytest.raises(ListFileError) as caught:
        validate_file(path, catalog)
    assert str(caught.value) == "\n".join(str(p) for p in caught.value.problems)
    return caught.value.problems


def by_field(problems: list[Problem]) -> dict[str | None, Problem]:
    out: dict[str | None, Problem] = {}
    for problem in problems:
        assert problem.field not in out, f"two problems for {problem.field}: {problems}"
        out[problem.field] = problem
    return out


# --- shipped data -------------------------------------------------------------------------


def test_the_shipped_catalog_loads_without_problems(catalog: Catalog) -> None:
    assert catalog.problems == []
    assert sorted(catalog.bks) == sorted((*ALL_BKS, TXT, TV, STR, SCH))
    assert len(catalog.lists) == len(LIST_FILES) == 22


@pytest.mark.parametrize("path", LIST_FILES, ids=lambda p: p.stem)
def test_every_shipped_list_file_validates(path: Path, catalog: Catalog) -> None:
    result = validate_file(path, catalog)
    assert isinstance(result, ActivityList)
    assert result.id == path.stem  # one file per list, named after its id
    assert catalog.get(result.id).spec == result.spec


@pytest.mark.parametrize("path", BK_FILES, ids=lambda p: p.stem)
def test_every_shipped_bk_file_validates(path: Path, catalog: Catalog) -> None:
    result = validate_file(path, catalog)
    assert isinstance(result, BKFile)
    assert result.code == path.stem
    assert catalog.bks[result.code] == result


def test_the_shipped_contexts_file_validates() -> None:
    source = read_toml(SHIPPED_DIR / "contexts.toml")
    ContextRegistry.from_file(ContextsFile.model_validate(source.data))


@pytest.mark.parametrize("list_id", [p.stem for p in LIST_FILES])
def test_every_reference_of_a_shipped_list_resolves(list_id: str, catalog: Catalog) -> None:
    alist = catalog.get(list_id)
    spec = alist.spec
    assert [bk.code for bk in alist.bks] == [link.code for link in spec.bks]
    competences = alist.competence_ids()
    assert competences and len(competences) == len(set(competences))
    for link, bk in zip(spec.bks, alist.bks, strict=True):
        own = [comp.id for comp in bk.competences]
        if link.scope == "volledig":
            assert set(own) <= set(competences)
        else:
            assert link.competences and set(link.competences) <= set(own)
            assert not (set(own) - set(link.competences)) & set(competences)
    for acts in alist.activities_by_competence().values():
        assert acts
    for ctx in spec.contexts:
        assert ctx in alist.contexts
    for rule in spec.rules:
        for ctx in getattr(rule, "contexts", ()):
            assert ctx in alist.contexts
            # a rule's context is one a student of this list can log hours in
            assert ctx in spec.contexts, (rule.id, ctx)
        if isinstance(rule, CompetencesSigned | CompetencesEvidenced):
            assert set(rule.competences) <= set(competences)
        if isinstance(rule, CompetencesSigned):
            assert rule.min_level in {level.value for level in spec.levels}
    assert spec.levels == DEFAULT_LEVELS


def test_there_is_an_evc_list_for_each_of_the_eight_bks(catalog: Catalog) -> None:
    evc = [al for al in catalog.latest() if al.spec.kind == "evc"]
    assert sorted(link.code for al in evc for link in al.spec.bks) == sorted(ALL_BKS)
    for alist in evc:
        (link,) = alist.spec.bks
        assert link.scope == "volledig"
        assert alist.id.startswith("evc-")
        assert [rule.kind for rule in alist.spec.rules] == ["competences_evidenced"]
        (rule,) = alist.spec.rules
        assert isinstance(rule, CompetencesEvidenced)
        assert rule.min_items == 1 and rule.competences == () and rule.severity == "error"


STUDIERICHTINGEN: dict[str, tuple[list[int], list[tuple[str, str]]]] = {
    # id: (structuuronderdelen, [(BK, scope)]) as in reference/bk/koppeling_zorg.json
    "gezondheidszorg": ([495], [(ZK, "volledig"), (VZ, "volledig")]),
    "verzorgende-zorgkundige": ([754], [(ZK, "volledig"), (VZ, "volledig")]),
    "verzorgende-zorgkundige-duaal": ([755], [(ZK, "volledig"), (VZ, "volledig")]),
    "basiszorg-en-ondersteuning": (
        [543],
        [(HH, "volledig"), (LOG, "volledig")]
        + [(code, "gedeeltelijk") for code in (ZK, VZ, KBP, KBS)],
    ),
    "basiszorg-en-ondersteuning-duaal": (
        [665],
        [(HH, "volledig"), (LOG, "volledig")]
        + [(code, "gedeeltelijk") for code in (ZK, VZ, KBP, KBS)],
    ),
    "assistentie-wonen-zorg-welzijn": (
        [542],
        [(KD, "volledig"), (HH, "volledig"), (LOG, "volledig")],
    ),
    "assistentie-wonen-zorg-welzijn-duaal": (
        [554],
        [(KD, "volledig"), (HH, "volledig"), (LOG, "volledig")],
    ),
    "opvoeding-en-begeleiding": ([496], [(KBP, "volledig"), (KBS, "volledig")]),
    "kinderbegeleider": ([748], [(KBP, "volledig"), (KBS, "volledig")]),
    "kinderbegeleider-duaal": ([749], [(KBP, "volledig"), (KBS, "volledig")]),
    "persoonsbegeleider": ([722], [(PB, "volledig")]),
    "persoonsbegeleider-duaal": ([723], [(PB, "volledig")]),
    "zorg-en-welzijn": ([375], [(code, "gedeeltelijk") for code in (KD, HH, LOG)]),
    "aanloop-maatschappij-en-welzijn-duaal": (
        [646],
        [(code, "gedeeltelijk") for code in (TXT, TV, STR, SCH, KD)],
    ),
}


def test_there_is_a_studierichting_list_for_each_programme(catalog: Catalog) -> None:
    lists = {al.id: al for al in catalog.latest() if al.spec.kind == "studierichting"}
    assert sorted(lists) == sorted(STUDIERICHTINGEN)
    for list_id, (numbers, bks) in STUDIERICHTINGEN.items():
        spec = lists[list_id].spec
        assert list(spec.structuuronderdelen) == numbers, list_id
        assert [(link.code, link.scope) for link in spec.bks] == bks, list_id
        assert spec.school_year == "2025-2026"


def rules_of(alist: ActivityList, kind: str) -> list[Any]:
    return [rule for rule in alist.spec.rules if rule.kind == kind]


def the_rule(alist: ActivityList, kind: str) -> Any:
    (rule,) = rules_of(alist, kind)
    return rule


def assert_registration_rules(alist: ActivityList) -> None:
    total = the_rule(alist, "min_total_hours")
    assert isinstance(total, MinTotalHours)
    assert (total.hours, total.cap_outside, total.contexts) == (300, 100, CORE)
    # the 100 hours count only where the BK's competences can be practised (seed 000)
    assert "beperking" in total.other_contexts and "andere" in total.other_contexts
    assert not {"horeca", "winkel", *CORE} & set(total.other_contexts)
    core = the_rule(alist, "min_hours_in_contexts")
    assert isinstance(core, MinHoursInContexts)
    assert (core.hours, core.min_distinct, core.contexts) == (200, 2, CORE)
    assert total.severity == core.severity == "error"
    assert total.basis == core.basis == "registratie"


def assert_required(alist: ActivityList, contexts: tuple[str, ...], count: int | None) -> None:
    rule = the_rule(alist, "required_contexts")
    assert isinstance(rule, RequiredContexts)
    assert set(rule.contexts) == set(contexts)
    assert len(rule.contexts) == len(contexts)
    assert rule.mode == ("exact" if count is None else "at_least")
    assert rule.count == count
    assert rule.severity == "error"


def assert_weeks(alist: ActivityList, weeks: int | None) -> None:
    found = rules_of(alist, "min_weeks")
    if weeks is None:
        assert found == []
        return
    (rule,) = found
    assert isinstance(rule, MinWeeks)
    assert (rule.weeks, rule.severity, rule.contexts) == (weeks, "warning", ())
    assert (rule.week_days, rule.day_hours, rule.basis) == (5, 6, "advies")


def assert_weekly_20(alist: ActivityList, duaal: bool) -> None:
    found = rules_of(alist, "min_weekly_hours_avg")
    assert bool(found) == duaal
    for rule in found:
        assert isinstance(rule, MinWeeklyHoursAvg)
        assert (rule.hours, rule.contexts, rule.severity) == (20, (), "error")
        assert (rule.over, rule.basis) == ("school_weeks", "kwalificatie")


def components(alist: ActivityList) -> dict[tuple[str, ...], tuple[Decimal | None, ...]]:
    out = {}
    for rule in rules_of(alist, "component_duration"):
        assert isinstance(rule, ComponentDuration)
        assert rule.severity == "error" and rule.label
        out[rule.contexts] = (rule.min_months, rule.max_months)
    return out


def test_gezondheidszorg_rules(catalog: Catalog) -> None:
    alist = catalog.get("gezondheidszorg")
    assert_registration_rules(alist)
    assert_required(alist, ("residentieel", "thuiszorg"), None)
    assert_weeks(alist, 8)
    assert_weekly_20(alist, duaal=False)
    assert components(alist) == {}


@pytest.mark.parametrize("duaal", [False, True])
def test_verzorgende_zorgkundige_rules(catalog: Catalog, duaal: bool) -> None:
    alist = catalog.get("verzorgende-zorgkundige" + ("-duaal" if duaal else ""))
    assert_registration_rules(alist)
    assert_required(alist, ("residentieel", "thuiszorg"), None)
    assert_weeks(alist, None)
    assert_weekly_20(alist, duaal)
    expected = {("residentieel",): (5, 7), ("thuiszorg",): (3, 5)} if duaal else {}
    assert components(alist) == expected


def test_basiszorg_en_ondersteuning_rules(catalog: Catalog) -> None:
    alist = catalog.get("basiszorg-en-ondersteuning")
    assert [r.kind for r in alist.spec.rules] == ["min_weeks", "competences_signed"]
    assert_weeks(alist, 16)
    duaal = catalog.get("basiszorg-en-ondersteuning-duaal")
    required = {rule.id: rule for rule in rules_of(duaal, "required_contexts")}
    children = required["werkplekcomponent-kinderen"]
    adults = required["werkplekcomponent-volwassenen"]
    # seed 000: children 0-12 are opvang and kleuter- and lagere school; adults 18+ with a care
    # need are elderly care, day care, disability care, hospital and home care
    assert (children.contexts, children.mode, children.count) == (
        ("baby-peuter", "schoolgaand", "basisschool"),
        "at_least",
        1,
    )
    assert set(adults.contexts) == {
        "residentieel",
        "ouderenzorg",
        "ziekenhuis",
        "thuiszorg",
        "beperking",
    }
    assert adults.exclude_contexts == ("kinderziekenhuis",)
    assert (adults.mode, adults.count) == ("at_least", 1)
    assert_weekly_20(duaal, duaal=True)


def test_basiszorg_takes_a_documented_partial_selection(catalog: Catalog) -> None:
    for list_id in ("basiszorg-en-ondersteuning", "basiszorg-en-ondersteuning-duaal"):
        for link in catalog.get(list_id).spec.bks:
            if link.scope == "gedeeltelijk":
                assert link.note and "niet in de open data" in link.note
    a = catalog.get("basiszorg-en-ondersteuning").spec.bks
    b = catalog.get("basiszorg-en-ondersteuning-duaal").spec.bks
    assert a == b


@pytest.mark.parametrize("duaal", [False, True])
def test_assistentie_rules(catalog: Catalog, duaal: bool) -> None:
    alist = catalog.get("assistentie-wonen-zorg-welzijn" + ("-duaal" if duaal else ""))
    assert_required(alist, ("residentieel", "thuiszorg"), 1)
    rule = the_rule(alist, "not_only_contexts")
    assert isinstance(rule, NotOnlyContexts)
    assert (rule.contexts, rule.severity) == (("horeca",), "error")
    assert "horeca" in alist.spec.contexts
    assert_weeks(alist, None if duaal else 16)
    assert_weekly_20(alist, duaal)


def test_opvoeding_en_begeleiding_rules(catalog: Catalog) -> None:
    alist = catalog.get("opvoeding-en-begeleiding")
    assert_required(alist, ("baby-peuter", "schoolgaand"), None)
    assert_weeks(alist, 8)
    assert_weekly_20(alist, duaal=False)


@pytest.mark.parametrize("duaal", [False, True])
def test_kinderbegeleider_rules(catalog: Catalog, duaal: bool) -> None:
    alist = catalog.get("kinderbegeleider" + ("-duaal" if duaal else ""))
    assert_required(alist, ("baby-peuter", "schoolgaand"), None)
    assert_weeks(alist, None if duaal else 12)
    assert_weekly_20(alist, duaal)
    expected = {("baby-peuter",): (5, 7), ("schoolgaand",): (3, 5)} if duaal else {}
    assert components(alist) == expected


@pytest.mark.parametrize("duaal", [False, True])
def test_persoonsbegeleider_rules(catalog: Catalog, duaal: bool) -> None:
    alist = catalog.get("persoonsbegeleider" + ("-duaal" if duaal else ""))
    assert_required(alist, PB_CONTEXTS, 1)
    assert_weeks(alist, None)
    assert_weekly_20(alist, duaal)


def test_every_studierichting_asks_signed_competences(catalog: Catalog) -> None:
    for alist in catalog.latest():
        if alist.spec.kind == "studierichting":
            rule = the_rule(alist, "competences_signed")
            assert (rule.min_level, rule.severity, rule.competences) == (3, "warning", ())


@pytest.fixture(scope="module")
def koppeling() -> dict[str, Any]:
    path = REFERENCE / "koppeling_zorg.json"
    import json

    return dict(json.loads(path.read_text("utf-8")))


def current_recognition(koppeling: dict[str, Any], number: int) -> dict[str, Any]:
    (current,) = [e for e in koppeling[str(number)]["erkenningen"] if not e.get("einddatum")]
    return dict(current)


@pytest.mark.parametrize("list_id", sorted(STUDIERICHTINGEN))
def test_studierichting_matches_the_official_link(
    list_id: str, catalog: Catalog, koppeling: dict[str, Any]
) -> None:
    """BKs, required contexts and the 20 h dual-learning rule follow the education API."""
    alist = catalog.get(list_id)
    (number,) = alist.spec.structuuronderdelen
    official = current_recognition(koppeling, number)
    assert official["adv"] in alist.spec.source
    scope = {"Volledig": "volledig", "Gedeeltelijk (enkel competenties)": "gedeeltelijk"}
    want = sorted((b["bk"], scope[b["extra"]["volledigheid"]]) for b in official["bks"])
    assert sorted((link.code, link.scope) for link in alist.spec.bks) == want
    extra = official.get("extra", {})
    from_api = [
        rule
        for rule in rules_of(alist, "required_contexts")
        if "API Structuuronderdelen" in rule.source
    ]
    required = extra.get("verplichte_contexten")
    if required is None:
        assert from_api == []
    else:
        (rule,) = from_api
        names = [alist.contexts.match(item["naam"]) for item in required["contexten"]]
        assert None not in names
        assert sorted(rule.contexts) == sorted(names)
        if required["code"] == "EXACT":
            assert rule.mode == "exact" and len(names) == required["aantal"]
        else:
            assert required["code"] == "MINSTENS"
            assert (rule.mode, rule.count) == ("at_least", required["aantal"])
    dual = "arbeidsovereenkomst" in extra
    # An "aanloop" programme is duaal without the 20-hour workplace component (646 states none).
    assert dual == (list_id.endswith("-duaal") and not list_id.startswith("aanloop-"))
    assert_weekly_20(alist, dual)


# --- contexts -----------------------------------------------------------------------------


def shipped_aliases() -> list[tuple[str, str]]:
    data = tomllib.loads((SHIPPED_DIR / "contexts.toml").read_text("utf-8"))
    return [
        (name, ctx["id"])
        for ctx in data["contexts"]
        for name in (
            ctx["id"],
            ctx["label"],
            ctx["label_en"],
            *(word for group in ctx.get("aliases", []) for word in group["words"]),
        )
    ]


@pytest.mark.parametrize(("alias", "context_id"), shipped_aliases())
def test_every_alias_resolves_to_its_context(
    alias: str, context_id: str, registry: ContextRegistry
) -> None:
    assert registry.match(alias) == context_id
    assert registry.match(f"  {alias.upper()} ") == context_id


@pytest.mark.parametrize(
    ("text", "context_id"),
    [
        ("Baby’s en peuters", "baby-peuter"),
        ("BABYS EN PEUTERS", "baby-peuter"),
        ("baby's en peuters", "baby-peuter"),
        ("residentiele setting", "residentieel"),
        ("Residentiële  Setting", "residentieel"),
        ("WZC", "residentieel"),
        ("wzc", "residentieel"),
        ("Thuisverpleging", "thuiszorg"),
        ("natuurlijk thuismilieu", "thuiszorg"),
        ("setting thuiszorg", "thuiszorg"),
        ("Crèche", "baby-peuter"),
        ("creche", "baby-peuter"),
        ("BKO", "schoolgaand"),
        ("kinder- en jeugdpsychiatrie", "kinder-jeugdpsychiatrie"),
        ("Kinder en jeugdpsychiatrie", "kinder-jeugdpsychiatrie"),
        ("voorzieningen voor personen met een handicap", "beperking"),
        ("eerste lijn algemeen welzijnswerk", "welzijnswerk"),
        ("ocmw", "ocmw"),
        ("Hotel", "horeca"),
        ("Andere", "andere"),
    ],
)
def test_context_matching_ignores_case_accents_and_apostrophes(
    text: str, context_id: str, registry: ContextRegistry
) -> None:
    assert registry.match(text) == context_id


@pytest.mark.parametrize("text", ["", "   ", "maanbasis", "ziekenhuizen", "WZC De Linde", "?"])
def test_unknown_context_text_gives_none(text: str, registry: ContextRegistry) -> None:
    assert registry.match(text) is None


def test_the_required_contexts_exist(registry: ContextRegistry) -> None:
    needed = {*CORE, "beperking", "baby-peuter", "schoolgaand", "horeca", *PB_CONTEXTS, "andere"}
    assert needed <= set(registry.ids())
    for ctx in registry:
        assert ctx.label and ctx.label_en


def test_counts_as_lets_a_narrow_context_count_for_a_broader_one(
    registry: ContextRegistry,
) -> None:
    assert registry.get("residentieel").counts_as == ("ouderenzorg",)
    assert registry.get("kinderziekenhuis").counts_as == ("ziekenhuis",)
    assert registry.counts_for("residentieel", PB_CONTEXTS) == "ouderenzorg"
    assert registry.counts_for("kinderziekenhuis", CORE) == "ziekenhuis"
    # a context counts for itself first
    assert registry.counts_for("kinderziekenhuis", PB_CONTEXTS) == "kinderziekenhuis"
    assert registry.counts_for("kinderziekenhuis", ("ziekenhuis", "kinderziekenhuis")) == (
        "kinderziekenhuis"
    )
    # never the other way round, and never for an unrelated context
    assert registry.counts_for("ziekenhuis", ("kinderziekenhuis",)) is None
    assert registry.counts_for("ouderenzorg", ("residentieel",)) is None
    assert registry.counts_for("onbekend", CORE) is None


def test_a_contexts_file_with_an_alias_for_two_contexts_is_refused() -> None:
    def names(*words: str) -> tuple[AliasGroup, ...]:
        return (AliasGroup(words=words, source="test"),)

    with pytest.raises(ValueError, match="names both"):
        ContextRegistry(
            [
                Context(id="a", label="A", label_en="A", aliases=names("thuis")),
                Context(id="b", label="B", label_en="B", aliases=names("Thuis")),
            ]
        )
    with pytest.raises(ValueError, match="counts_as"):
        ContextRegistry(
            [Context(id="a", label="A", label_en="A", counts_as=("nergens",), counts_as_source="x")]
        )
    with pytest.raises(ValueError, match="counts_as_source"):
        Context(id="a", label="A", label_en="A", counts_as=("b",))
    two = [
        Context(id="a", label="A", label_en="A", aliases=names("opvang")),
        Context(id="b", label="B", label_en="B"),
    ]
    with pytest.raises(ValueError, match="ambiguous"):
        ContextRegistry(two, [AmbiguousWord(words=("opvang",), choices=("a", "b"), source="x")])


# --- bad list files: every problem with file, line and field -------------------------------


def test_a_toml_syntax_error_gives_the_line_from_tomllib(catalog: Catalog) -> None:
    path = DATA / "bad_syntax.toml"
    (problem,) = problems_of(path, catalog)
    assert problem.path == path
    assert problem.line == line_with(path, "kind = studierichting")
    assert problem.field is None
    assert problem.message
    assert f"regel {problem.line}" in str(problem)


def test_undecodable_bytes_give_the_line_of_the_first_bad_byte(
    tmp_path: Path, catalog: Catalog
) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes('format = 1\nid = "x"\ntitle = "café"\n'.encode("latin-1"))
    (problem,) = problems_of(path, catalog)
    assert (problem.path, problem.line, problem.field) == (path, 3, None)
    assert "UTF-8" in problem.message


def test_a_bom_is_fine(tmp_path: Path, catalog: Catalog) -> None:
    path = tmp_path / "bom.toml"
    text = (SHIPPED_DIR / "lists" / "kinderbegeleider.toml").read_text("utf-8")
    path.write_bytes(b"\xef\xbb\xbf" + text.replace('"kinderbegeleider"', '"kb-bom"').encode())
    assert isinstance(validate_file(path, catalog), ActivityList)


def test_every_field_error_in_one_file_is_reported_with_its_line(catalog: Catalog) -> None:
    path = DATA / "bad_fields.toml"
    problems = problems_of(path, catalog)
    found = by_field(problems)
    at = lambda needle, n=1: line_with(path, needle, n)  # noqa: E731
    expected = {
        # partial BK without competences: the line of its [[bks]] table
        "bks[1]": (at("[[bks]]", 2), "competenties"),
        # the typo: the unknown key is named, and the key it should have been is missing
        "rules[0].severty": (at("severty ="), "onbekend veld"),
        "rules[0].severity": (at("[[rules]]", 1), "ontbreekt"),
        # the `hours =` line of the 2nd [[rules]] table
        "rules[1].hours": (at('hours = "veel"'), "getal"),
        # a negative hour bound
        "rules[2].hours": (at("hours = -20"), "groter dan 0"),
        # an unknown rule kind: the line of its `kind =`, with the kinds that exist
        "rules[3].kind": (at('kind = "min_uren"'), "min_uren"),
        # mode = "at_least" without count
        "rules[4]": (at("[[rules]]", 5), "count"),
        "rules[5].severity": (at('severity = "fatal"'), "fatal"),
        "rules[5].min_months": (at("min_months = -1"), "moet minstens 0 zijn (is -1)"),
    }
    assert set(found) == set(expected)
    for field, (line, words) in expected.items():
        problem = found[field]
        assert problem.path == path
        assert (problem.line, words in problem.message) == (line, True), problem
    assert "min_total_hours" in found["rules[3].kind"].message  # the known kinds are listed


def test_every_reference_error_in_one_file_is_reported_with_its_line(catalog: Catalog) -> None:
    path = DATA / "bad_references.toml"
    found = by_field(problems_of(path, catalog))
    at = lambda needle: line_with(path, needle)  # noqa: E731
    expected = {
        "bks[0].code": (at('code = "BK-0999-1"'), "onbekende BK 'BK-0999-1'"),
        "bks[1].competences[1]": (at("competences = [\"bkc0023626\", \"bkc0040080\"]"),
                                  "'bkc0040080' is geen competentie van BK-0243-2"),
        "contexts[1]": (at("contexts = [\"residentieel\", \"maanbasis\"]"), "'maanbasis'"),
        "rules[0].contexts[2]": (at('"ruimtestation"'), "'ruimtestation'"),
        "rules[1].min_level": (at("min_level = 3"), "niveau 3 staat niet in levels"),
        "clusters[0].competences[1]": (at('"bkc0023617"]'), "'bkc0023617' zit niet in"),
    }  # fmt: skip
    assert set(found) == set(expected)
    for field, (line, words) in expected.items():
        assert found[field].line == line, found[field]
        assert words in found[field].message, found[field]
    # the known BKs are named, so a typo is easy to fix
    assert "BK-0243-2" in found["bks[0].code"].message


def test_duplicate_rule_ids_are_refused(catalog: Catalog) -> None:
    path = DATA / "bad_duplicate_rules.toml"
    (problem,) = problems_of(path, catalog)
    assert problem.path == path
    assert "eigen id" in problem.message


def test_duplicate_rule_ids_name_the_line_of_the_second_id(catalog: Catalog) -> None:
    path = DATA / "bad_duplicate_rules.toml"
    (problem,) = problems_of(path, catalog)
    assert problem.line == line_with(path, 'id = "stagevolume"', 2)
    assert problem.field == "rules[1].id"


def test_an_unknown_based_on_names_the_based_on_line(catalog: Catalog) -> None:
    path = DATA / "bad_based_on.toml"
    (problem,) = problems_of(path, catalog)
    assert (problem.line, problem.field) == (line_with(path, "based_on ="), "based_on")
    assert "gezondheidszorg-2019" in problem.message


BAD_HEAD = """\
format = 1
id = "test"
version = 1
kind = "studierichting"
title = "Test"
programme = "Test"
source = "test"
contexts = ["residentieel", "thuiszorg"]

[[bks]]
code = "BK-0243-2"
scope = "volledig"
"""


def bad_list(tmp_path: Path, body: str, head: str = BAD_HEAD) -> Path:
    path = tmp_path / "bad.toml"
    path.write_text(head + body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "field", "bad_line", "words"),
    [
        ('\n[[rules]]\nid = "r"\nkind = "min_weeks"\nseverity = "error"\nweeks = 0\n'
         'source = "s"\n', "rules[0].weeks", "weeks = 0", "moet minstens 1 zijn"),
        ('\n[[rules]]\nid = "r"\nkind = "min_total_hours"\nseverity = "error"\nhours = 7.33\n'
         'source = "s"\n', "rules[0].hours", "hours = 7.33", "minuten"),
        ('\n[[rules]]\nid = "r"\nkind = "min_total_hours"\nseverity = "error"\nhours = 0\n'
         'source = "s"\n', "rules[0].hours", "hours = 0", "groter dan 0"),
        ('\n[[rules]]\nid = "Regel 1"\nkind = "min_weeks"\nseverity = "error"\nweeks = 2\n'
         'source = "s"\n', "rules[0].id", 'id = "Regel 1"', "Regel 1"),
        ('\n[[rules]]\nid = "r"\nkind = "min_weeks"\nseverity = "error"\nweeks = 2\n'
         'source = ""\n', "rules[0].source", 'source = ""', "leeg"),
        ('\n[[rules]]\nid = "r"\nkind = "component_duration"\nseverity = "error"\n'
         'contexts = ["residentieel"]\nmax_months = 0\nsource = "s"\n',
         "rules[0].max_months", "max_months = 0", "moet groter dan 0 zijn"),
        ('\n[[rules]]\nid = "r"\nkind = "required_contexts"\nseverity = "error"\n'
         'contexts = ["residentieel"]\nmode = "minstens"\nsource = "s"\n',
         "rules[0].mode", 'mode = "minstens"', "at_least"),
        ('\n[[rules]]\nid = "r"\nkind = "competences_evidenced"\nseverity = "error"\n'
         'min_items = 0\nsource = "s"\n', "rules[0].min_items", "min_items = 0",
         "moet minstens 1 zijn"),
        ('\n[[targets]]\nyear = 0\nlevel = 1\n', "targets[0].year", "year = 0",
         "moet minstens 1 zijn"),
    ],
)  # fmt: skip
def test_a_bad_value_names_its_line_and_field(
    tmp_path: Path, catalog: Catalog, body: str, field: str, bad_line: str, words: str
) -> None:
    path = bad_list(tmp_path, body)
    (problem,) = problems_of(path, catalog)
    assert (problem.field, problem.line) == (field, line_with(path, bad_line))
    assert words in problem.message


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ('\n[[rules]]\nid = "r"\nkind = "min_total_hours"\nseverity = "error"\nhours = 10\n'
         'cap_outside = 5\nsource = "s"\n', "cap_outside vraagt contexts"),
        ('\n[[rules]]\nid = "r"\nkind = "min_hours_in_contexts"\nseverity = "error"\nhours = 10\n'
         'contexts = ["residentieel"]\nmin_distinct = 2\nsource = "s"\n', "min_distinct"),
        ('\n[[rules]]\nid = "r"\nkind = "required_contexts"\nseverity = "error"\n'
         'contexts = ["residentieel"]\ncount = 1\nsource = "s"\n', "count hoort enkel"),
        ('\n[[rules]]\nid = "r"\nkind = "required_contexts"\nseverity = "error"\n'
         'mode = "at_least"\ncount = 3\ncontexts = ["residentieel", "thuiszorg"]\nsource = "s"\n',
         "count is groter"),
        ('\n[[rules]]\nid = "r"\nkind = "component_duration"\nseverity = "error"\n'
         'contexts = ["residentieel"]\nsource = "s"\n', "min_months, max_months"),
        ('\n[[rules]]\nid = "r"\nkind = "component_duration"\nseverity = "error"\n'
         'contexts = ["residentieel"]\nmin_months = 7\nmax_months = 5\nsource = "s"\n',
         "groter dan max_months"),
        ('\n[[rules]]\nid = "r"\nkind = "min_weeks"\nsource = "s"\nseverity = "error"\nweeks = 1\n'
         '\n[[rules]]\nid = "r2"\nseverity = "error"\nsource = "s"\n', "kind ontbreekt"),
    ],
)  # fmt: skip
def test_a_rule_that_does_not_add_up_names_its_table(
    tmp_path: Path, catalog: Catalog, body: str, words: str
) -> None:
    path = bad_list(tmp_path, body)
    (problem,) = problems_of(path, catalog)
    last = body.count("[[rules]]")
    assert problem.field == f"rules[{last - 1}]"
    assert problem.line == line_with(path, "[[rules]]", last)
    assert words in problem.message


def test_list_level_problems(tmp_path: Path, catalog: Catalog) -> None:
    head = BAD_HEAD.replace("version = 1", "version = 0").replace('kind = "studierichting"', "")
    path = bad_list(
        tmp_path,
        '\n[[levels]]\nvalue = 2\nlabel = "b"\nlabel_en = "b"\n'
        '\n[[levels]]\nvalue = 1\nlabel = "a"\nlabel_en = "a"\n',
        head=head.replace('programme = "Test"\n', "programme = 12\n"),
    )
    found = by_field(problems_of(path, catalog))
    assert found["version"].line == line_with(path, "version = 0")
    assert found["programme"].line == line_with(path, "programme = 12")
    assert found["kind"].message == "ontbreekt" and found["kind"].line is None


def test_a_partial_bk_must_name_competences_and_a_full_one_must_not(
    tmp_path: Path, catalog: Catalog
) -> None:
    head = BAD_HEAD.replace(
        'scope = "volledig"', 'scope = "volledig"\ncompetences = ["bkc0023626"]'
    )
    found = by_field(problems_of(bad_list(tmp_path, "", head=head), catalog))
    assert "laat competences weg" in found["bks[0]"].message
    assert found["bks[0]"].line == BAD_HEAD.splitlines().index("[[bks]]") + 1


def test_an_invalid_only_bk_is_not_also_reported_as_missing(
    tmp_path: Path, catalog: Catalog
) -> None:
    head = BAD_HEAD.replace('scope = "volledig"', 'scope = "gedeeltelijk"')
    (problem,) = problems_of(bad_list(tmp_path, "", head=head), catalog)
    assert problem.field == "bks[0]"


def test_field_errors_and_reference_errors_are_reported_together(
    tmp_path: Path, catalog: Catalog
) -> None:
    path = bad_list(
        tmp_path,
        '\n[[rules]]\nid = "r"\nkind = "min_weeks"\nseverity = "error"\nweeks = "acht"\n'
        'source = "s"\n',
        head=BAD_HEAD.replace('"thuiszorg"]', '"maanbasis"]'),
    )
    fields = {p.field for p in problems_of(path, catalog)}
    assert fields == {"rules[0].weeks", "contexts[1]"}


def test_a_negative_cap_names_the_cap_outside_line(tmp_path: Path, catalog: Catalog) -> None:
    path = bad_list(
        tmp_path,
        '\n[[rules]]\nid = "r"\nkind = "min_total_hours"\nseverity = "error"\nhours = 300\n'
        'contexts = ["residentieel"]\ncap_outside = -100\nsource = "s"\n',
    )
    (problem,) = problems_of(path, catalog)
    assert (problem.field, problem.line) == ("rules[0].cap_outside", line_with(path, "cap_outside"))
    assert "niet negatief" in problem.message


def test_an_unknown_rule_kind_names_the_kind(catalog: Catalog) -> None:
    path = DATA / "bad_fields.toml"
    problem = next(p for p in problems_of(path, catalog) if "min_uren" in p.message)
    assert "onbekend-soort" not in problem.message  # the rule's id is not part of the kind
    assert (problem.field, problem.line) == ("rules[3].kind", line_with(path, 'kind = "min_uren"'))


def test_a_boolean_is_not_a_number_of_weeks(tmp_path: Path, catalog: Catalog) -> None:
    path = bad_list(
        tmp_path,
        '\n[[rules]]\nid = "r"\nkind = "min_weeks"\nseverity = "error"\nweeks = true\n'
        'source = "s"\n',
    )
    problems_of(path, catalog)


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ("format = 1", "format = true", "format"),
        ("version = 1", "version = true", "version"),
        ("version = 1", "version = 1.0", "version"),
        ("version = 1", 'version = "1"', "version"),
        ('source = "test"', 'source = "test"\nstructuuronderdelen = [495, true]',
         "structuuronderdelen[1]"),
    ],
)  # fmt: skip
def test_integer_fields_take_only_integers(
    tmp_path: Path, catalog: Catalog, old: str, new: str, field: str
) -> None:
    path = bad_list(tmp_path, "", head=BAD_HEAD.replace(old, new, 1))
    (problem,) = problems_of(path, catalog)
    assert problem.field == field
    assert "geheel getal" in problem.message


@pytest.mark.parametrize(
    ("body", "field", "words"),
    [
        ('\n[[rules]]\nid = "r"\nkind = "competences_signed"\nseverity = "error"\n'
         'min_level = true\nsource = "s"\n', "rules[0].min_level", "geheel getal"),
        ('\n[[rules]]\nid = "r"\nkind = "required_contexts"\nseverity = "error"\n'
         'contexts = ["residentieel"]\nmode = "at_least"\ncount = true\nsource = "s"\n',
         "rules[0].count", "geheel getal"),
        ('\n[[rules]]\nid = "r"\nkind = "min_hours_in_contexts"\nseverity = "error"\n'
         'hours = 10\ncontexts = ["residentieel"]\nmin_distinct = true\nsource = "s"\n',
         "rules[0].min_distinct", "geheel getal"),
        ('\n[[levels]]\nvalue = true\nlabel = "a"\nlabel_en = "a"\n',
         "levels[0].value", "geheel getal"),
        ('\n[[targets]]\nyear = 1\nlevel = true\n', "targets[0].level", "geheel getal"),
        # a float for hours is fine; true is not a number of hours
        ('\n[[rules]]\nid = "r"\nkind = "min_total_hours"\nseverity = "error"\nhours = true\n'
         'source = "s"\n', "rules[0].hours", "getal"),
    ],
)  # fmt: skip
def test_a_boolean_is_not_a_number(
    tmp_path: Path, catalog: Catalog, body: str, field: str, words: str
) -> None:
    (problem,) = problems_of(bad_list(tmp_path, body), catalog)
    assert problem.field == field
    assert words in problem.message


def test_hours_may_be_whole_or_decimal(tmp_path: Path, catalog: Catalog) -> None:
    for value in ("300", "37.5"):
        path = bad_list(
            tmp_path,
            f'\n[[rules]]\nid = "r"\nkind = "min_total_hours"\nseverity = "error"\n'
            f'hours = {value}\nsource = "s"\n',
        )
        result = validate_file(path, catalog)
        assert isinstance(result, ActivityList)
        assert the_rule(result, "min_total_hours").hours == Decimal(value)


@pytest.mark.parametrize(
    ("head_change", "body", "field", "needle", "occurrence", "words"),
    [
        # levels out of order: the value that breaks the order
        (None, '\n[[levels]]\nvalue = 1\nlabel = "a"\nlabel_en = "a"\n'
         '\n[[levels]]\nvalue = 3\nlabel = "c"\nlabel_en = "c"\n'
         '\n[[levels]]\nvalue = 2\nlabel = "b"\nlabel_en = "b"\n',
         "levels[2].value", "value = 2", 1, "stijgen"),
        # the same value twice
        (None, '\n[[levels]]\nvalue = 1\nlabel = "a"\nlabel_en = "a"\n'
         '\n[[levels]]\nvalue = 1\nlabel = "b"\nlabel_en = "b"\n',
         "levels[1].value", "value = 1", 2, "één keer"),
        # a BK twice: the second code
        (('scope = "volledig"', 'scope = "volledig"\n\n[[bks]]\ncode = "BK-0243-2"\n'
          'scope = "volledig"'), "", "bks[1].code", 'code = "BK-0243-2"', 2, "twee keer"),
        # a context twice: the second one (on the contexts line)
        (('"thuiszorg"]', '"thuiszorg", "residentieel"]'), "", "contexts[2]", "contexts =", 1,
         "staat al"),
    ],
)  # fmt: skip
def test_checks_over_several_items_name_the_item(
    tmp_path: Path,
    catalog: Catalog,
    head_change: tuple[str, str] | None,
    body: str,
    field: str,
    needle: str,
    occurrence: int,
    words: str,
) -> None:
    head = BAD_HEAD.replace(*head_change) if head_change else BAD_HEAD
    path = bad_list(tmp_path, body, head=head)
    (problem,) = problems_of(path, catalog)
    assert (problem.field, problem.line) == (field, line_with(path, needle, occurrence))
    assert words in problem.message


def test_references_are_checked_while_fields_are_wrong(tmp_path: Path, catalog: Catalog) -> None:
    """A reference that can be read is checked even when its own table has a field error."""
    path = bad_list(
        tmp_path,
        '\n[[rules]]\nid = "r"\nkind = "competences_signed"\nseverity = "fatal"\n'
        'min_level = 7\ncompetences = ["bestaat-niet"]\nsource = "s"\n'
        '\n[[rules]]\nid = "r2"\nkind = "min_uren"\ncontexts = ["maanbasis"]\nsource = "s"\n',
        head=BAD_HEAD.replace('code = "BK-0243-2"', 'code = "BK-0999-1"').replace(
            "version = 1", "version = 0"
        ),
    )
    found = by_field(problems_of(path, catalog))
    assert set(found) == {
        "version",
        "rules[0].severity",
        "rules[1].kind",
        "bks[0].code",
        "rules[0].competences[0]",
        "rules[0].min_level",
        "rules[1].contexts[0]",
    }
    assert "onbekende BK" in found["bks[0].code"].message
    assert "maanbasis" in found["rules[1].contexts[0]"].message


def test_a_reference_with_a_wrong_form_is_reported_once(tmp_path: Path, catalog: Catalog) -> None:
    path = bad_list(tmp_path, "", head=BAD_HEAD.replace('code = "BK-0243-2"', 'code = "BK-243"'))
    (problem,) = problems_of(path, catalog)
    assert problem.field == "bks[0].code"
    assert problem.message == "ongeldige waarde 'BK-243': verwacht een BK-code zoals 'BK-0243-2'"


def test_problems_in_a_bk_file_about_several_items_name_the_item(
    tmp_path: Path, catalog: Catalog
) -> None:
    path = tmp_path / "bk" / "BK-0999-1.toml"
    path.parent.mkdir()
    path.write_text(USER_BK.replace('id = "vb-c2-a1"', 'id = "vb-c1-a1"'), encoding="utf-8")
    (problem,) = problems_of(path, catalog)
    assert problem.field == "competences[1].activities[0].id"
    assert problem.line == line_with(path, 'id = "vb-c1-a1"', 2)
    assert "twee keer" in problem.message
    path.write_text(USER_BK.replace("version = 1", "version = 2"), encoding="utf-8")
    (problem,) = problems_of(path, catalog)
    assert (problem.field, problem.line) == ("version", line_with(path, "version = 2"))
    assert "BK-0999-1" in problem.message


# --- user folders: variants, user BKs, broken user files -----------------------------------

VARIANT = """\
# A school's variant: only what differs from the list it is based on.
format = 1
based_on = "gezondheidszorg"
id = "gezondheidszorg-sint-jozef"
version = 1
title = "Gezondheidszorg (Sint-Jozef)"

[[rules]]
id = "stagevolume-10-weken"
kind = "min_weeks"
severity = "warning"
title = "stage gespreid over minstens 10 weken"
weeks = 10
tightens = "stagevolume"
source = "schoolreglement Sint-Jozef 2025"
"""

USER_BK = """\
format = 1
code = "BK-0999-1"
version = 1
title = "Voorbeeldberoep"
vks_level = 3
source = "eigen beschrijving van de school"

[[competences]]
id = "vb-c1"
nr = 1
title = "Werkt veilig"

[[competences.activities]]
id = "vb-c1-a1"
text = "Draagt de juiste beschermingsmiddelen"

[[competences.activities]]
id = "vb-c1-a2"
text = "Meldt een onveilige situatie"

[[competences]]
id = "vb-c2"
nr = 2
title = "Werkt samen"

[[competences.activities]]
id = "vb-c2-a1"
text = "Geeft informatie door aan collega's"
"""

USER_LIST = """\
format = 1
id = "voorbeeld-opleiding"
version = 1
kind = "studierichting"
title = "Voorbeeldopleiding"
programme = "Voorbeeld"
source = "school"
contexts = ["residentieel", "andere"]

[[bks]]
code = "BK-0999-1"
scope = "gedeeltelijk"
competences = ["vb-c2"]

[[bks]]
code = "BK-0243-2"
scope = "volledig"

[[rules]]
id = "afgetekend"
kind = "competences_signed"
severity = "error"
min_level = 2
competences = ["vb-c2", "bkc0023617"]
source = "school"
"""


@pytest.fixture()
def user_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data" / "lists"
    (folder / "bk").mkdir(parents=True)
    return folder


def test_a_school_variant_inherits_what_it_does_not_set(user_dir: Path) -> None:
    (user_dir / "variant.toml").write_text(VARIANT, encoding="utf-8")
    catalog = load_catalog(user_dir)
    assert catalog.problems == []
    base = catalog.get("gezondheidszorg")
    variant = catalog.get("gezondheidszorg-sint-jozef")
    spec, base_spec = variant.spec, base.spec
    assert (spec.id, spec.version, spec.title) == (
        "gezondheidszorg-sint-jozef",
        1,
        "Gezondheidszorg (Sint-Jozef)",
    )
    assert spec.based_on == "gezondheidszorg"
    assert spec.title_en is None  # never inherited
    for key in (
        "kind",
        "programme",
        "grade",
        "track",
        "structuuronderdelen",
        "school_year",
        "source",
        "description",
        "bks",
        "contexts",
        "levels",
        "clusters",
        "targets",
    ):
        assert getattr(spec, key) == getattr(base_spec, key), key
    # every rule of the base, its own right after the rule it tightens, as the school's rule
    base_ids = [rule.id for rule in base_spec.rules]
    at = base_ids.index("stagevolume") + 1
    assert [rule.id for rule in spec.rules] == [
        *base_ids[:at],
        "stagevolume-10-weken",
        *base_ids[at:],
    ]
    assert [rule.weeks for rule in rules_of(variant, "min_weeks")] == [8, 10]
    own = spec.rules[at]
    assert (own.basis, own.tightens) == ("school", "stagevolume")
    assert variant.variant is not None and variant.variant.own_rule_ids == ("stagevolume-10-weken",)
    assert variant.variant.dropped == ()
    assert variant.competence_ids() == base.competence_ids()
    assert variant.path == user_dir / "variant.toml"
    # the variant is validated the same way on its own
    checked = validate_file(user_dir / "variant.toml", catalog)
    assert isinstance(checked, ActivityList) and checked.spec == spec


def test_a_variant_can_change_levels_and_keep_inherited_rules(user_dir: Path) -> None:
    text = VARIANT.split("[[rules]]")[0] + (
        '[[levels]]\nvalue = 1\nlabel = "gezien"\nlabel_en = "seen"\n\n'
        '[[levels]]\nvalue = 2\nlabel = "met hulp"\nlabel_en = "with help"\n\n'
        '[[levels]]\nvalue = 3\nlabel = "alleen"\nlabel_en = "alone"\n\n'
        '[[levels]]\nvalue = 4\nlabel = "kan het uitleggen"\nlabel_en = "can explain it"\n'
    )
    (user_dir / "variant.toml").write_text(text, encoding="utf-8")
    catalog = load_catalog(user_dir)
    assert catalog.problems == []
    variant = catalog.get("gezondheidszorg-sint-jozef")
    assert [level.value for level in variant.levels] == [1, 2, 3, 4]
    assert variant.spec.rules == catalog.get("gezondheidszorg").spec.rules


def test_a_variant_must_still_say_format(user_dir: Path) -> None:
    """``format`` is never inherited: every file says which format it is written in."""
    (user_dir / "variant.toml").write_text(VARIANT.replace("format = 1\n", ""), encoding="utf-8")
    catalog = load_catalog(user_dir)
    (problem,) = catalog.problems
    assert (problem.field, problem.message) == ("format", "ontbreekt")


def test_a_variant_of_a_variant_is_not_supported(user_dir: Path) -> None:
    (user_dir / "a.toml").write_text(VARIANT, encoding="utf-8")
    second = VARIANT.replace(
        'based_on = "gezondheidszorg"', 'based_on = "gezondheidszorg-sint-jozef"'
    )
    (user_dir / "b.toml").write_text(second.replace('sint-jozef"\nversion', 'b"\nversion'))
    catalog = load_catalog(user_dir)
    (problem,) = catalog.problems
    assert problem.path == user_dir / "b.toml" and problem.field == "based_on"


def test_a_broken_user_file_is_left_out_and_reported(user_dir: Path) -> None:
    shutil.copy(DATA / "bad_fields.toml", user_dir / "kapot.toml")
    shutil.copy(DATA / "bad_syntax.toml", user_dir / "syntax.toml")
    (user_dir / "variant.toml").write_text(VARIANT, encoding="utf-8")
    (user_dir / "bk" / "BK-0998-1.toml").write_text('format = 1\ncode = "BK-0998-1"\n')
    catalog = load_catalog(user_dir)
    shipped = {p.stem for p in LIST_FILES}
    assert set(catalog.ids()) == shipped | {"gezondheidszorg-sint-jozef"}
    paths = {problem.path.name for problem in catalog.problems}
    assert paths == {"kapot.toml", "syntax.toml", "BK-0998-1.toml"}
    assert len([p for p in catalog.problems if p.path.name == "kapot.toml"]) == 9


def test_a_user_list_with_a_taken_id_and_version_is_reported(user_dir: Path) -> None:
    shutil.copy(SHIPPED_DIR / "lists" / "kinderbegeleider.toml", user_dir / "kopie.toml")
    catalog = load_catalog(user_dir)
    (problem,) = catalog.problems
    assert problem.path == user_dir / "kopie.toml" and problem.field == "id"
    assert problem.line == line_with(user_dir / "kopie.toml", 'id = "kinderbegeleider"')
    assert catalog.get("kinderbegeleider").path == SHIPPED_DIR / "lists" / "kinderbegeleider.toml"


def test_a_user_list_with_a_higher_version_becomes_the_latest(user_dir: Path) -> None:
    text = (SHIPPED_DIR / "lists" / "kinderbegeleider.toml").read_text("utf-8")
    (user_dir / "kb2.toml").write_text(text.replace("version = 1", "version = 2"))
    catalog = load_catalog(user_dir)
    assert catalog.problems == []
    assert catalog.get("kinderbegeleider").version == 2
    assert (
        catalog.get("kinderbegeleider", 1).path == SHIPPED_DIR / "lists" / "kinderbegeleider.toml"
    )


def test_a_user_bk_file_can_be_referenced_by_a_user_list(user_dir: Path) -> None:
    (user_dir / "bk" / "BK-0999-1.toml").write_text(USER_BK, encoding="utf-8")
    (user_dir / "voorbeeld.toml").write_text(USER_LIST, encoding="utf-8")
    catalog = load_catalog(user_dir)
    assert catalog.problems == []
    alist = catalog.get("voorbeeld-opleiding")
    assert [bk.code for bk in alist.bks] == ["BK-0999-1", "BK-0243-2"]
    assert alist.competence_ids()[0] == "vb-c2"
    assert "vb-c1" not in alist.competence_ids()
    assert alist.activities_by_competence()["vb-c2"] == ("vb-c2-a1",)
    # validate-list finds the BK next to the list, in bk/
    assert isinstance(validate_file(user_dir / "voorbeeld.toml", load_catalog()), ActivityList)
    # without the BK file, the list is left out and the shipped lists still load
    (user_dir / "bk" / "BK-0999-1.toml").unlink()
    catalog = load_catalog(user_dir)
    assert [p.field for p in catalog.problems] == ["bks[0].code", "rules[0].competences[0]"]
    assert len(catalog.ids()) == len(LIST_FILES)


def test_a_user_bk_with_a_shipped_code_cannot_break_the_shipped_lists(user_dir: Path) -> None:
    (user_dir / "bk" / "BK-0243-2.toml").write_text(
        USER_BK.replace("BK-0999-1", "BK-0243-2").replace("version = 1", "version = 2")
    )
    catalog = load_catalog(user_dir)
    assert len(catalog.ids()) == len(LIST_FILES)
    assert (
        catalog.get("gezondheidszorg").competence_ids()
        == load_catalog().get("gezondheidszorg").competence_ids()
    )
    assert catalog.problems  # the conflict is reported


def test_a_user_bk_with_a_shipped_code_is_left_out_and_reported(user_dir: Path) -> None:
    path = user_dir / "bk" / "BK-0243-2.toml"
    path.write_text(USER_BK.replace("BK-0999-1", "BK-0243-2").replace("version = 1", "version = 2"))
    # a user list that links the BK: it gets the shipped one
    (user_dir / "voorbeeld.toml").write_text(
        USER_LIST.replace('[[bks]]\ncode = "BK-0999-1"\nscope = "gedeeltelijk"\n'
                          'competences = ["vb-c2"]\n\n', "").replace('"vb-c2", ', ""),
        encoding="utf-8",
    )  # fmt: skip
    catalog = load_catalog(user_dir)
    (problem,) = catalog.problems
    assert (problem.path, problem.field) == (path, "code")
    assert problem.line == line_with(path, 'code = "BK-0243-2"')
    assert "meegeleverd" in problem.message and '"BK-0243-3"' in problem.message
    # every list, the user's too, uses the shipped BK
    assert catalog.bks["BK-0243-2"] == load_catalog().bks["BK-0243-2"]
    assert catalog.bk_paths["BK-0243-2"] == SHIPPED_DIR / "bk" / "BK-0243-2.toml"
    assert catalog.get("voorbeeld-opleiding").bks == (catalog.bks["BK-0243-2"],)
    # validate-list says the same of the BK file, and resolves the list against the shipped BK
    assert problems_of(path, catalog) == [problem]
    checked = validate_file(user_dir / "voorbeeld.toml", catalog)
    assert isinstance(checked, ActivityList)
    assert checked.bks == (catalog.bks["BK-0243-2"],)


def test_two_user_bk_files_with_one_code_keep_the_first(user_dir: Path) -> None:
    (user_dir / "bk" / "a.toml").write_text(USER_BK, encoding="utf-8")
    (user_dir / "bk" / "b.toml").write_text(USER_BK.replace("Werkt samen", "Anders"))
    catalog = load_catalog(user_dir)
    (problem,) = catalog.problems
    assert (problem.path.name, problem.field) == ("b.toml", "code")
    assert str(user_dir / "bk" / "a.toml") in problem.message
    assert catalog.bk_paths["BK-0999-1"] == user_dir / "bk" / "a.toml"


def test_a_variant_resolves_the_same_in_the_catalog_and_in_validate_list(user_dir: Path) -> None:
    text = (SHIPPED_DIR / "lists" / "gezondheidszorg.toml").read_text("utf-8")
    text = text.replace("version = 1", "version = 2").replace(', "beperking"', "")
    (user_dir / "gezondheidszorg-2.toml").write_text(text, encoding="utf-8")
    (user_dir / "variant.toml").write_text(VARIANT, encoding="utf-8")
    catalog = load_catalog(user_dir)
    assert catalog.problems == []
    checked = validate_file(user_dir / "variant.toml", catalog)
    assert isinstance(checked, ActivityList)
    assert catalog.get("gezondheidszorg-sint-jozef").spec.contexts == checked.spec.contexts
    assert "beperking" not in checked.spec.contexts  # the user's version 2 is the base


def test_a_variant_takes_the_latest_version_that_is_not_a_variant(user_dir: Path) -> None:
    """Version 2 of the base id is itself a variant: the base stays the shipped version 1."""
    (user_dir / "v2.toml").write_text(
        VARIANT.replace('id = "gezondheidszorg-sint-jozef"', 'id = "gezondheidszorg"')
        .replace("version = 1", "version = 2")
        .replace('based_on = "gezondheidszorg"', 'based_on = "kinderbegeleider"')
        .replace("weeks = 10", "weeks = 14"),  # kinderbegeleider asks 12
        encoding="utf-8",
    )
    (user_dir / "variant.toml").write_text(VARIANT, encoding="utf-8")
    catalog = load_catalog(user_dir)
    assert catalog.problems == []
    assert catalog.get("gezondheidszorg").spec.based_on == "kinderbegeleider"
    variant = catalog.get("gezondheidszorg-sint-jozef")
    shipped = catalog.get("gezondheidszorg", 1)
    assert variant.spec.bks == shipped.spec.bks
    checked = validate_file(user_dir / "variant.toml", catalog)
    assert isinstance(checked, ActivityList) and checked.spec == variant.spec


def test_shipped_lists_do_not_depend_on_the_user_folder(tmp_path: Path) -> None:
    assert load_catalog(tmp_path / "bestaat-niet").ids() == load_catalog().ids()


# --- the line locator ----------------------------------------------------------------------

NESTED = """\
# comment
format = 1
code = "BK-0243-2"

[[competences]]
id = "c1"
knowledge = [
    "a",
    "b",
]

[[competences.activities]]
id = "c1-a1"

[[competences.activities]]  # a comment after a header
id = "c1-a2"
text = "x"

[[competences]]
id = "c2"

[[ competences.activities ]]
id = "c2-a1"
meta.kind = "dotted"
"quoted" = 1
"""


def test_index_lines_on_nested_arrays_of_tables() -> None:
    lines = index_lines(NESTED)
    assert lines == {
        ("format",): 2,
        ("code",): 3,
        ("competences", 0): 5,
        ("competences", 0, "id"): 6,
        ("competences", 0, "knowledge"): 7,
        ("competences", 0, "activities", 0): 12,
        ("competences", 0, "activities", 0, "id"): 13,
        ("competences", 0, "activities", 1): 15,
        ("competences", 0, "activities", 1, "id"): 16,
        ("competences", 0, "activities", 1, "text"): 17,
        ("competences", 1): 19,
        ("competences", 1, "id"): 20,
        ("competences", 1, "activities", 0): 22,
        ("competences", 1, "activities", 0, "id"): 23,
        ("competences", 1, "activities", 0, "meta", "kind"): 24,
        ("competences", 1, "activities", 0, "quoted"): 25,
    }
    tomllib.loads(NESTED)  # the sample is valid TOML


def test_line_of_falls_back_to_the_deepest_known_key() -> None:
    source = SourceText(Path("x.toml"), NESTED, tomllib.loads(NESTED))
    assert source.line_of(("competences", 0, "knowledge", 1)) == 7
    assert source.line_of(("competences", 1, "activities", 0, "text")) == 22
    assert source.line_of(("competences", 5, "id")) is None
    assert source.line_of(()) is None


@pytest.mark.parametrize("path", BK_FILES, ids=lambda p: p.stem)
def test_index_lines_finds_every_activity_of_a_real_bk_file(path: Path) -> None:
    source = read_toml(path)
    bk = load_bk(path)
    text_lines = source.text.splitlines()
    for i, comp in enumerate(bk.competences):
        assert text_lines[source.lines[("competences", i, "id")] - 1] == f'id = "{comp.id}"'
        for j, act in enumerate(comp.activities):
            line = source.lines[("competences", i, "activities", j, "id")]
            assert text_lines[line - 1] == f'id = "{act.id}"'
            assert text_lines[source.lines[("competences", i, "activities", j)] - 1] == (
                "[[competences.activities]]"
            )


def test_problems_in_a_bk_file_point_into_nested_tables(tmp_path: Path, catalog: Catalog) -> None:
    text = USER_BK.replace('text = "Meldt een onveilige situatie"', 'text = ""').replace(
        "nr = 2", "nr = 0"
    )
    path = tmp_path / "bk" / "BK-0999-1.toml"
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    found = by_field(problems_of(path, catalog))
    assert found["competences[0].activities[1].text"].line == line_with(path, 'text = ""')
    assert found["competences[1].nr"].line == line_with(path, "nr = 0")


def test_index_lines_skips_multiline_strings() -> None:
    text = 'description = """\nZie ook:\n[[rules]]\nhours = 1\n"""\n\n[[rules]]\nhours = 300\n'
    assert tomllib.loads(text)["rules"] == [{"hours": 300}]
    assert index_lines(text)[("rules", 0, "hours")] == 8


# A TOML sample with ''' and """ strings (an escaped quote, quotes before the end), a
# multi-line array with an inline table, and brackets and quotes in comments and strings.
MULTILINE = "\n".join(
    [
        "title = '''",
        "[x]",
        "a = 1",
        "'''",
        'note = """een \\""" aanhalingsteken',
        "[[rules]]",
        '""""',
        "names = [",
        '  "b = 2",  # a comment with ] and """',
        "  { c = 3 },",
        "]",
        "d = 4 # ''' in a comment",
        "e = 'f = [' # a bracket in a string",
        "g = 5",
        "",
    ]
)


def test_index_lines_skips_every_kind_of_multiline_value() -> None:
    data = tomllib.loads(MULTILINE)
    assert data["note"] == 'een """ aanhalingsteken\n[[rules]]\n"'
    assert index_lines(MULTILINE) == {
        ("title",): 1,
        ("note",): 5,
        ("names",): 8,
        ("d",): 12,
        ("e",): 13,
        ("g",): 14,
    }


# --- docs/activity-lists.md ----------------------------------------------------------------

CHECK = re.compile(r"<!-- check: (\w[\w-]*)(?: ([\w.-]+))? -->\n+```(\w+)\n(.*?)```", re.S)
FENCE = re.compile(r"^```(\w+)?\n(.*?)^```", re.S | re.M)


@dataclass(frozen=True)
class Example:
    kind: str
    name: str | None
    lang: str
    text: str
    line: int


def doc_examples() -> list[Example]:
    if not DOC.is_file():
        return []
    text = DOC.read_text("utf-8")
    return [
        Example(m.group(1), m.group(2), m.group(3), m.group(4), text[: m.start()].count("\n") + 1)
        for m in CHECK.finditer(text)
    ]


FRAGMENT_BASE = {
    "format": 1,
    "id": "voorbeeld",
    "version": 1,
    "kind": "studierichting",
    "title": "Voorbeeld",
    "programme": "Voorbeeld",
    "source": "voorbeeld",
    "bks": [{"code": "BK-0243-2", "scope": "volledig"}],
}


def check_fragment(example: Example, folder: Path, catalog: Catalog) -> None:
    """A piece of a list file: it must validate inside a minimal list (shipped BK-0243-2)."""
    path = folder / "fragment.toml"
    path.write_text(example.text, encoding="utf-8")
    source = read_toml(path)
    data = {**FRAGMENT_BASE, "contexts": catalog.contexts.ids(), **source.data}
    merged = SourceText(path, source.text, data)
    resolve_list(merged, catalog.bks, catalog.contexts, {})


VARIANT_HEAD = {
    "format": 1,
    "based_on": "gezondheidszorg",
    "id": "voorbeeld-variant",
    "version": 1,
    "title": "Voorbeeld",
}


def check_variant_fragment(example: Example, folder: Path, catalog: Catalog) -> ActivityList:
    """A piece of a variant: it must validate in a variant of the shipped gezondheidszorg."""
    path = folder / "fragment.toml"
    path.write_text(example.text, encoding="utf-8")
    source = read_toml(path)
    merged = SourceText(path, source.text, {**VARIANT_HEAD, **source.data})
    return resolve_list(
        merged, catalog.bks, catalog.contexts, variant_bases(catalog.lists.values())
    )


def check_contexts(example: Example, folder: Path, catalog: Catalog) -> None:
    data = tomllib.loads(example.text)
    added = [Context.model_validate(item) for item in data.pop("contexts")]
    assert data == {}, "a contexts example holds only [[contexts]] tables"
    ContextRegistry([*catalog.contexts, *added])


def example_folder(tmp_path: Path) -> Path:
    """The examples as files: BK examples in bk/, the rest by name, like a user folder."""
    folder = tmp_path / "voorbeelden"
    (folder / "bk").mkdir(parents=True, exist_ok=True)
    for example in doc_examples():
        if example.kind == "bk":
            code = tomllib.loads(example.text)["code"]
            (folder / "bk" / f"{code}.toml").write_text(example.text, encoding="utf-8")
        elif example.name:
            (folder / example.name).write_text(example.text, encoding="utf-8")
    return folder


def test_the_doc_exists_and_has_examples() -> None:
    assert DOC.is_file()
    kinds = {example.kind for example in doc_examples()}
    assert {"bk", "list", "variant", "fragment", "contexts", "invalid", "run", "calendar"} <= kinds
    assert {"variant-fragment", "file"} <= kinds


def test_every_toml_block_in_the_doc_is_checked() -> None:
    text = DOC.read_text("utf-8")
    checked = {example.line for example in doc_examples()}
    for match in FENCE.finditer(text):
        if match.group(1) in {"toml", "console"}:
            start = text[: match.start()].count("\n") + 1
            before = text[: match.start()].rstrip("\n").rsplit("\n", 1)[-1]
            assert before.startswith("<!-- check: "), f"line {start}: unchecked {match.group(1)}"
            assert any(line < start for line in checked)


@pytest.mark.parametrize(
    "example",
    [e for e in doc_examples() if e.lang == "toml"],
    ids=lambda e: f"line{e.line}-{e.kind}",
)
def test_every_toml_example_in_the_doc_validates(
    example: Example, tmp_path: Path, catalog: Catalog
) -> None:
    folder = example_folder(tmp_path)
    if example.kind == "bk":
        code = tomllib.loads(example.text)["code"]
        assert isinstance(validate_file(folder / "bk" / f"{code}.toml", catalog), BKFile)
    elif example.kind in {"list", "variant"}:
        assert example.name, "a complete example has a file name"
        result = validate_file(folder / example.name, catalog)
        assert isinstance(result, ActivityList)
        assert (result.spec.based_on is not None) == (example.kind == "variant")
        # and it loads in a user folder like the app's
        user = load_catalog(folder)
        broken = {e.name for e in doc_examples() if e.kind == "invalid"}
        problems = [p for p in user.problems if p.path.name not in broken]
        assert problems == [], problems
        assert user.get(result.id).spec == result.spec
    elif example.kind == "fragment":
        check_fragment(example, tmp_path, catalog)
    elif example.kind == "variant-fragment":
        check_variant_fragment(example, tmp_path, catalog)
    elif example.kind == "contexts":
        check_contexts(example, tmp_path, catalog)
    elif example.kind == "calendar":
        assert example.name
        assert isinstance(validate_file(folder / example.name, catalog), SchoolCalendar)
    elif example.kind == "invalid":
        assert example.name
        with pytest.raises(ListFileError):
            validate_file(folder / example.name, catalog)
    else:
        pytest.fail(f"unknown example kind {example.kind!r}")


@pytest.mark.parametrize(
    "example",
    [e for e in doc_examples() if e.kind == "run"],
    ids=lambda e: f"line{e.line}",
)
def test_every_command_in_the_doc_prints_what_the_doc_says(
    example: Example,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from stageportfolio.cli import main

    folder = example_folder(tmp_path)
    monkeypatch.chdir(folder)
    # The valid lists of the doc are added, as a coordinator does (Bestand > Lijst toevoegen…).
    installed = tmp_path / "home" / "lists"
    (installed / "bk").mkdir(parents=True)
    monkeypatch.setenv("STAGEPORTFOLIO_HOME", str(installed.parent))
    for other in doc_examples():
        if other.kind in {"list", "variant"} and other.name:
            shutil.copy(folder / other.name, installed / other.name)
    for bk_file in (folder / "bk").glob("*.toml"):
        shutil.copy(bk_file, installed / "bk" / bk_file.name)
    for command, expected, code in parse_session(example.text):
        args = shlex.split(command)
        assert args[0] == "stageportfolio"
        got_code = main(args[1:])
        captured = capsys.readouterr()
        assert (captured.out + captured.err).rstrip("\n") == expected.rstrip("\n"), command
        if code is not None:
            assert got_code == code, command


def parse_session(text: str) -> Iterator[tuple[str, str, int | None]]:
    """``$ command`` / output / optional ``$ echo $?`` and the exit code."""
    blocks: list[list[str]] = []
    for line in text.splitlines():
        if line.startswith("$ "):
            blocks.append([line[2:]])
        else:
            assert blocks, "a session starts with a command"
            blocks[-1].append(line)
    i = 0
    while i < len(blocks):
        command, *output = blocks[i]
        code = None
        if i + 1 < len(blocks) and blocks[i + 1][0] == "echo $?":
            code = int(blocks[i + 1][1])
            i += 1
        yield command, "\n".join(output), code
        i += 1


MODELS: list[type[Any]] = [
    BKFile, Competence, Activity, ListFile, BKLink, Level, Cluster, Target, MinTotalHours,
    MinHoursInContexts, RequiredContexts, NotOnlyContexts, MinWeeks, ComponentDuration,
    MinWeeklyHoursAvg, CompetencesSigned, CompetencesEvidenced, ContextsFile, Context,
    AliasGroup, AmbiguousWord, CalendarFile, SchoolYear, Holiday, PublicHoliday,
]  # fmt: skip


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_the_doc_names_every_field(model: type[Any]) -> None:
    text = DOC.read_text("utf-8")
    for name in model.model_fields:
        assert f"`{name}`" in text, f"{model.__name__}.{name} is not in the doc"


def test_the_doc_explains_every_rule_kind_and_the_default_levels() -> None:
    text = DOC.read_text("utf-8")
    for kind in RULE_KINDS:
        assert f"### `{kind}`" in text
    for level in DEFAULT_LEVELS:
        assert f"| {level.value} | {level.label} | {level.label_en} |" in text


def doc_hours(**per_context: int) -> list[Any]:
    """Whole hours per context as 8-hour days, each context on its own days."""
    from datetime import date, timedelta

    from stageportfolio.core.hours import HourEntry

    entries, day = [], date(2025, 9, 1)
    for context, amount in per_context.items():
        left = amount * 60
        while left:
            chunk = min(480, left)
            entries.append(HourEntry(day, context, chunk))
            left -= chunk
            day += timedelta(days=1)
    return entries


@pytest.mark.parametrize(
    ("logged", "counted", "core"),
    [
        ({"residentieel": 150, "ziekenhuis": 50, "beperking": 150}, ("300", "0"), ("200", "0")),
        ({"residentieel": 120, "thuiszorg": 60, "beperking": 130}, ("280", "20"), ("180", "20")),
        # the variant of the worked example: a children's ward counts as a hospital
        ({"residentieel": 150, "kinderziekenhuis": 50, "andere": 100}, ("300", "0"), ("200", "0")),
    ],
)
def test_the_numbers_in_the_doc_are_what_the_rules_engine_says(
    tmp_path: Path,
    catalog: Catalog,
    logged: dict[str, int],
    counted: tuple[str, str],
    core: tuple[str, str],
) -> None:
    from stageportfolio.core.rules import evaluate

    folder = example_folder(tmp_path)
    variant = validate_file(folder / "gezondheidszorg-sint-jozef.toml", catalog)
    assert isinstance(variant, ActivityList)
    results = {r.rule.id: r for r in evaluate(variant, entries=doc_hours(**logged)).results}
    total, kern = results["registratie-300-uur"], results["registratie-200-uur-kerncontexten"]
    assert (total.have, total.missing) == (Decimal(counted[0]), Decimal(counted[1]))
    assert (kern.have, kern.missing) == (Decimal(core[0]), Decimal(core[1]))
    assert "Bron: federale registratievoorwaarden zorgkundige" in total.message()


# --- the generated tables in the doc -------------------------------------------------------


def _num(value: Decimal | int) -> str:
    text = f"{Decimal(value):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def rule_origin(source: str) -> str:
    if "API Structuuronderdelen" in source or source.startswith("structuuronderdeel "):
        return "API"
    if "webinar" in source.lower():
        return "webinar"
    return "app"


def rule_summary(rule: Any) -> str:
    ctx = ", ".join(getattr(rule, "contexts", ()))
    kind = rule.kind
    if isinstance(rule, MinTotalHours):
        text = f"{_num(rule.hours)} h"
        if rule.contexts:
            cap = _num(rule.cap_outside) if rule.cap_outside is not None else "0"
            text += f", at most {cap} h outside {ctx}"
    elif isinstance(rule, MinHoursInContexts):
        text = f"{_num(rule.hours)} h in ≥ {rule.min_distinct} of {ctx}"
    elif isinstance(rule, RequiredContexts):
        text = f"all of {ctx}" if rule.mode == "exact" else f"≥ {rule.count} of {ctx}"
    elif isinstance(rule, NotOnlyContexts):
        text = f"not only {ctx}"
    elif isinstance(rule, MinWeeks):
        text = f"{rule.weeks} weeks" + (f" in {ctx}" if ctx else "")
    elif isinstance(rule, ComponentDuration):
        low = _num(rule.min_months) if rule.min_months is not None else "0"
        high = _num(rule.max_months) if rule.max_months is not None else "…"
        text = f"{ctx}: {low}–{high} months"
    elif isinstance(rule, MinWeeklyHoursAvg):
        text = f"{_num(rule.hours)} h/week" + (f" in {ctx}" if ctx else "")
    elif isinstance(rule, CompetencesSigned):
        text = f"level ≥ {rule.min_level}"
    else:
        text = f"≥ {rule.min_items} evidence item{'s' if rule.min_items > 1 else ''}"
    severity = "" if rule.severity == "error" else ", warning"
    return f"`{kind}` {text} ({rule_origin(rule.source)}{severity})"


def shipped_lists_table(catalog: Catalog, kind: str) -> str:
    """The shipped lists of one kind as a Markdown table, from the catalog."""
    if kind == "evc":
        rows = ["| id | BK | rules |", "|---|---|---|"]
    else:
        rows = [
            "| id | programme | structuuronderdeel | BKs (* gedeeltelijk: number of competences) "
            "| rules (origin) |",
            "|---|---|---|---|---|",
        ]
    for alist in catalog.latest():
        spec = alist.spec
        if spec.kind != kind or alist.path is None or not alist.path.is_relative_to(SHIPPED_DIR):
            continue
        titles = {bk.code: bk.title for bk in alist.bks}
        bks = "<br>".join(
            f"{link.code} {titles[link.code]}"
            + (f" *{len(link.competences)}" if link.scope == "gedeeltelijk" else "")
            for link in spec.bks
        )
        rules = "<br>".join(rule_summary(rule) for rule in spec.rules)
        name = f"`{alist.id}` v{spec.version}"
        if kind == "evc":
            rows.append(f"| {name} | {bks} | {rules} |")
            continue
        programme = spec.programme
        if spec.grade or spec.track:
            programme += f" ({', '.join(x for x in (spec.grade, spec.track) if x)})"
        numbers = ", ".join(str(n) for n in spec.structuuronderdelen) or "–"
        rows.append(f"| {name} | {programme} | {numbers} | {bks} | {rules} |")
    return "\n".join(rows)


def contexts_table(registry: ContextRegistry) -> str:
    rows = ["| id | label | label_en | counts_as | aliases |", "|---|---|---|---|---|"]
    for ctx in registry:
        counts = ", ".join(f"`{c}`" for c in ctx.counts_as) or "–"
        aliases = ", ".join(ctx.words) or "–"
        rows.append(f"| `{ctx.id}` | {ctx.label} | {ctx.label_en} | {counts} | {aliases} |")
    return "\n".join(rows)


GENERATED: dict[str, Callable[[Catalog], str]] = {
    "shipped-lists": lambda catalog: shipped_lists_table(catalog, "studierichting"),
    "evc-lists": lambda catalog: shipped_lists_table(catalog, "evc"),
    "contexts": lambda catalog: contexts_table(catalog.contexts),
}


def generated_block(name: str) -> re.Pattern[str]:
    return re.compile(
        rf"(<!-- BEGIN generated {name} [^\n]*-->\n)(.*?)(<!-- END generated {name} -->)", re.S
    )


def rewrite_doc(text: str, catalog: Catalog) -> str:
    for name, make in GENERATED.items():
        pattern = generated_block(name)
        assert pattern.search(text), f"no generated block {name!r} in the doc"
        text = pattern.sub(lambda m: m.group(1) + make(catalog) + "\n" + m.group(3), text)  # noqa: B023
    return text


def test_the_generated_tables_in_the_doc_are_up_to_date(catalog: Catalog) -> None:
    text = DOC.read_text("utf-8")
    assert rewrite_doc(text, catalog) == text, (
        "docs/activity-lists.md is out of date: run python3 tests/core/test_catalog.py"
    )


def test_the_shipped_lists_table_has_every_list(catalog: Catalog) -> None:
    table = shipped_lists_table(catalog, "studierichting") + shipped_lists_table(catalog, "evc")
    for alist in catalog.latest():
        assert f"| `{alist.id}` v{alist.version} |" in table
    assert "(webinar" in table and "(API" in table and "(app" in table


if __name__ == "__main__":
    current = DOC.read_text("utf-8")
    updated = rewrite_doc(current, load_catalog())
    if updated != current:
        DOC.write_text(updated, encoding="utf-8")
        print(f"rewrote the generated tables in {DOC}")
    else:
        print(f"{DOC} is up to date")
