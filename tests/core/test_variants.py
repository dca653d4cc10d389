"""School variants that cannot lose the law, and what schools add to the rules.

From the sources: the federal registration rule (300 hours, at least 200 of them in two of the
three core contexts; seed 000) stays in every variant of a list that has it; a school's stricter
rule (320 hours) is checked and reported as the school's, next to it; a school leaves a rule out
only explicitly, with a reason, and never a registration rule. A variant can read contexts its
own way (``counts_as``), count in lestijden of 50 minutes (a CVO stage module of 80 or 160
lestijden, seed 002), scope a rule to a school year, and count half-days (a leerlingenstage is
worth organising from 9 half-days a school year, some programmes ask 18: omzendbrief
SO/2015/01).
"""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from stageportfolio.core.catalog import (
    SHIPPED_DIR,
    ActivityList,
    Catalog,
    ListFileError,
    Problem,
    load_catalog,
    validate_file,
)
from stageportfolio.core.hours import HourEntry
from stageportfolio.core.rules import evaluate
from stageportfolio.core.variants import list_notes, result_line, rule_tag
from tests.core.builders import by_id, entries_for, hours, result_of

HEAD = """\
format = 1
based_on = "gezondheidszorg"
id = "gezondheidszorg-school"
version = 1
title = "Gezondheidszorg (school)"
"""

SCHOOL_320 = """
[[rules]]
id = "school-320-uur"
kind = "min_total_hours"
severity = "error"
title = "320 uur stage"
hours = 320
contexts = ["residentieel", "ziekenhuis", "thuiszorg"]
cap_outside = 100
tightens = "registratie-300-uur"
source = "stagereglement van de school"
"""


@pytest.fixture()
def lists_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "lists"
    (folder / "bk").mkdir(parents=True)
    return folder


def variant(folder: Path, body: str, head: str = HEAD) -> Path:
    path = folder / "school.toml"
    path.write_text(head + body, encoding="utf-8")
    return path


def load(folder: Path) -> tuple[Catalog, ActivityList]:
    catalog = load_catalog(folder)
    assert catalog.problems == []
    return catalog, catalog.get("gezondheidszorg-school")


def problems(path: Path) -> list[Problem]:
    with pytest.raises(ListFileError) as caught:
        validate_file(path, load_catalog())
    return caught.value.problems


def line_of(path: Path, needle: str) -> int:
    lines = path.read_text("utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


def pupil(**per_context: int) -> list[HourEntry]:
    return hours(**per_context)


# --- inherit, add, tighten ----------------------------------------------------------------


def test_a_variant_keeps_every_base_rule_and_adds_the_school_rule(lists_dir: Path) -> None:
    variant(lists_dir, SCHOOL_320)
    catalog, school = load(lists_dir)
    base = catalog.get("gezondheidszorg")
    ids = [rule.id for rule in school.spec.rules]
    assert (
        ids
        == [
            "registratie-300-uur",
            "school-320-uur",  # right after the rule it tightens
            *[rule.id for rule in base.spec.rules[1:]],
        ]
    )
    rules = {rule.id: rule for rule in school.spec.rules}
    assert rules["registratie-300-uur"] == base.spec.rules[0]  # untouched, basis registratie
    assert rules["registratie-300-uur"].basis == "registratie"
    assert rules["school-320-uur"].basis == "school"  # set for the school, never written
    assert rule_tag(school, rules["school-320-uur"]) == (
        "regel van de school, strenger dan: 300 uur stage, waarvan hoogstens 100 uur in een "
        "andere setting"
    )
    assert rule_tag(school, rules["registratie-300-uur"], "en") == "federal registration condition"


@pytest.mark.parametrize(
    ("logged", "federal", "school", "line"),
    [
        # 310 h: the federal rule is met, the school's is not, and the school's is what blocks
        (
            {"residentieel": 150, "thuiszorg": 60, "ziekenhuis": 60, "beperking": 40},
            ("met", "0"),
            ("unmet", "10"),
            "Resultaat: nog 1 tekort op een eigen regel van de school; de federale "
            "registratievoorwaarden en de officiële regels van de kwalificatie zijn voldaan.",
        ),
        (
            {"residentieel": 160, "thuiszorg": 70, "ziekenhuis": 60, "beperking": 40},
            ("met", "0"),
            ("met", "0"),
            "Resultaat: geen blokkerende tekorten.",
        ),
        # 290 h, of which 100 outside and 190 in the core: all three short
        (
            {"residentieel": 130, "thuiszorg": 60, "beperking": 100},
            ("unmet", "10"),
            ("unmet", "30"),
            "Resultaat: nog 3 tekorten: 2 die de registratie als zorgkundige blokkeren en 1 op "
            "een eigen regel van de school; de officiële regels van de kwalificatie zijn voldaan.",
        ),
    ],
)
def test_both_rules_are_evaluated_and_the_result_line_names_what_blocks(
    lists_dir: Path,
    logged: dict[str, int],
    federal: tuple[str, str],
    school: tuple[str, str],
    line: str,
) -> None:
    variant(lists_dir, SCHOOL_320)
    _, alist = load(lists_dir)
    evaluation = evaluate(alist, entries=pupil(**logged))
    results = by_id(evaluation)
    fed, own = results["registratie-300-uur"], results["school-320-uur"]
    assert (fed.status, fed.missing) == (federal[0], Decimal(federal[1]))
    assert (own.status, own.missing) == (school[0], Decimal(school[1]))
    assert result_line(evaluation) == line
    assert "Bron: stagereglement van de school." in own.message()
    assert own.as_dict()["basis"] == "school"
    assert own.as_dict()["tightens"] == "registratie-300-uur"


def test_the_english_result_line() -> None:
    catalog = load_catalog()
    evaluation = evaluate(
        catalog.get("gezondheidszorg"),
        entries=pupil(residentieel=150, thuiszorg=30, beperking=100),
    )
    assert result_line(evaluation, "en") == (
        "Result: 2 gaps block registration as a care assistant (zorgkundige)."
    )


def test_a_tightening_rule_must_be_stricter(lists_dir: Path) -> None:
    path = variant(lists_dir, SCHOOL_320.replace("hours = 320", "hours = 280"))
    (problem,) = problems(path)
    assert problem.field == "rules[0].tightens"
    assert problem.line == line_of(path, "tightens =")
    assert "niet strenger" in problem.message


def test_tightens_names_a_rule_of_the_base(lists_dir: Path) -> None:
    path = variant(lists_dir, SCHOOL_320.replace('"registratie-300-uur"', '"registratie-320"'))
    (problem,) = problems(path)
    assert problem.field == "rules[0].tightens"
    assert "staat niet in de basislijst gezondheidszorg" in problem.message


def test_a_variant_cannot_replace_a_base_rule_by_its_id(lists_dir: Path) -> None:
    """Writing the federal rule again with 200 hours would silently lose the law."""
    looser = SCHOOL_320.replace('id = "school-320-uur"', 'id = "registratie-300-uur"')
    path = variant(lists_dir, looser.replace("hours = 320", "hours = 200"))
    (problem,) = problems(path)
    assert (problem.field, problem.line) == ("rules[0].id", line_of(path, 'id = "registratie'))
    assert "kan ze niet vervangen" in problem.message and "drop_rules" in problem.message
    catalog = load_catalog(lists_dir)  # the app leaves the file out and says why
    assert "gezondheidszorg-school" not in catalog.ids()
    assert [p.field for p in catalog.problems] == ["rules[0].id"]


def test_an_unchanged_copy_of_a_base_rule_is_the_base_rule(lists_dir: Path) -> None:
    """Variants written when a variant's rules replaced the base's copied the rules they kept."""
    text = (SHIPPED_DIR / "lists" / "gezondheidszorg.toml").read_text("utf-8")
    first = text.index("[[rules]]")
    copied = text[first : text.index("[[rules]]", first + 1)]
    copied = copied.replace('basis = "registratie"\n', "").replace("title_en", "# title_en")
    variant(lists_dir, "\n" + copied + SCHOOL_320)
    catalog, school = load(lists_dir)
    rules = [rule.id for rule in school.spec.rules]
    assert rules.count("registratie-300-uur") == 1
    assert school.spec.rules[0] == catalog.get("gezondheidszorg").spec.rules[0]
    assert school.variant is not None and school.variant.own_rule_ids == ("school-320-uur",)


def test_a_variant_rule_is_always_the_schools(lists_dir: Path) -> None:
    path = variant(
        lists_dir,
        SCHOOL_320.replace('severity = "error"', 'severity = "error"\nbasis = "registratie"'),
    )
    (problem,) = problems(path)
    assert problem.field == "rules[0].basis"
    assert 'basis is hier altijd "school"' in problem.message


# --- leaving a rule out --------------------------------------------------------------------

DROP_VOLUME = """
[[drop_rules]]
id = "stagevolume"
reason = "Onze stage loopt in blokken; het volume staat in het stagereglement."
"""


def test_a_rule_is_left_out_only_explicitly_and_shows_with_its_reason(lists_dir: Path) -> None:
    variant(lists_dir, DROP_VOLUME)
    _, school = load(lists_dir)
    assert "stagevolume" not in [rule.id for rule in school.spec.rules]
    assert school.variant is not None
    (dropped,) = school.variant.dropped
    assert (dropped.rule.id, dropped.rule.kind) == ("stagevolume", "min_weeks")
    assert dropped.reason == "Onze stage loopt in blokken; het volume staat in het stagereglement."
    notes = list_notes(school)
    assert notes[1] == (
        "VERVALLEN door de school: de regel 'minstens 8 weken stage' (stagevolume) "
        "van Gezondheidszorg geldt niet in deze variant. Reden van de school: Onze stage loopt in "
        "blokken; het volume staat in het stagereglement."
    )
    english = list_notes(school, "en")[1]
    assert english.startswith("LEFT OUT by the school: the rule 'at least 8 weeks")
    # and the rule is not evaluated: two weeks of stage give no volume advice
    results = by_id(evaluate(school, entries=entries_for("residentieel", 10 * 8 * 60)))
    assert "stagevolume" not in results


def test_a_federal_registration_rule_can_never_be_left_out(lists_dir: Path) -> None:
    path = variant(
        lists_dir,
        '\n[[drop_rules]]\nid = "registratie-200-uur-kerncontexten"\nreason = "te streng"\n',
    )
    (problem,) = problems(path)
    assert (problem.field, problem.line) == ("drop_rules[0].id", line_of(path, 'id = "registratie'))
    assert "federale registratievoorwaarde" in problem.message
    assert "een school kan ze niet laten vallen" in problem.message
    assert "gezondheidszorg-school" not in load_catalog(lists_dir).ids()


@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        ('\n[[drop_rules]]\nid = "stagevolume"\n', "drop_rules[0].reason", "ontbreekt"),
        (
            '\n[[drop_rules]]\nid = "stagevolume"\nreason = "  "\n',
            "drop_rules[0].reason",
            "geef de reden",
        ),
        (
            '\n[[drop_rules]]\nid = "stage-volume"\nreason = "x"\n',
            "drop_rules[0].id",
            "staat niet in de basislijst gezondheidszorg; die heeft: registratie-300-uur",
        ),
        (DROP_VOLUME + DROP_VOLUME, "drop_rules[1].id", "staat al eerder in drop_rules"),
    ],
)
def test_a_bad_drop_names_its_line_and_field(
    lists_dir: Path, body: str, field: str, message: str
) -> None:
    path = variant(lists_dir, body)
    found = {p.field: p for p in problems(path)}
    assert field in found
    assert message in found[field].message
    assert found[field].line is not None


def test_drop_rules_and_tightens_belong_to_a_variant(tmp_path: Path) -> None:
    text = (SHIPPED_DIR / "lists" / "kinderbegeleider.toml").read_text("utf-8")
    text = text.replace('id = "kinderbegeleider"', 'id = "eigen-lijst"')
    text = text.replace('severity = "warning"', 'severity = "warning"\ntightens = "x"', 1)
    path = tmp_path / "eigen.toml"
    path.write_text(text + DROP_VOLUME, encoding="utf-8")
    found = {p.field: p.message for p in problems(path)}
    assert "hoort enkel bij een variant" in found["drop_rules"]
    assert any(f and f.endswith(".tightens") for f in found)


def test_every_problem_of_a_variant_comes_at_once(lists_dir: Path) -> None:
    body = SCHOOL_320.replace("hours = 320", 'hours = "veel"') + (
        '\n[[drop_rules]]\nid = "registratie-300-uur"\nreason = "wij vragen 320"\n'
    )
    path = variant(lists_dir, body)
    fields = [p.field for p in problems(path)]
    assert "rules[0].hours" in fields and "drop_rules[0].id" in fields


# --- counts_as ------------------------------------------------------------------------------

OUDERENZORG_ALS_RESIDENTIEEL = """
[counts_as]
ouderenzorg = ["residentieel"]
kinderziekenhuis = []
""" + SCHOOL_320.replace("320", "250").replace('tightens = "registratie-300-uur"\n', "").replace(
    "cap_outside = 100\n", ""
)


def test_a_variants_counts_as_applies_to_its_rules_but_never_to_registration(
    lists_dir: Path,
) -> None:
    variant(lists_dir, OUDERENZORG_ALS_RESIDENTIEEL)
    _, school = load(lists_dir)
    assert school.spec.counts_as == {"ouderenzorg": ("residentieel",), "kinderziekenhuis": ()}
    # 150 h day care for the elderly, 50 h on a children's ward, 60 h home care
    entries = pupil(ouderenzorg=150, kinderziekenhuis=50, thuiszorg=60)
    results = by_id(evaluate(school, entries=entries))
    # the school's rule: day care counts as residential, the children's ward not as a hospital
    assert results["school-250-uur"].facts["inside_minutes"] == (150 + 60) * 60
    assert results["verplichte-contexten"].met  # residentieel and thuiszorg, the school's reading
    # the registration rules count as contexts.toml says: a children's ward is a hospital,
    # day care is no residential care there
    federal = results["registratie-200-uur-kerncontexten"]
    assert federal.facts["per_context_minutes"] == {"ziekenhuis": 50 * 60, "thuiszorg": 60 * 60}
    notes = list_notes(school)
    assert (
        "Keuze van deze lijst: uren in ouderenzorg tellen ook als residentiële ouderenzorg "
        "(niet voor de federale registratievoorwaarden)." in notes
    )
    assert (
        "Keuze van deze lijst: uren in kinderziekenhuis tellen enkel voor kinderziekenhuis, niet "
        "als ziekenhuis (niet voor de federale registratievoorwaarden)." in notes
    )


def test_counts_as_names_known_contexts(lists_dir: Path) -> None:
    path = variant(lists_dir, '\n[counts_as]\ndagzorg = ["residentieel"]\nthuiszorg = ["thuis"]\n')
    found = {p.field: p for p in problems(path)}
    assert found["counts_as.dagzorg"].message == "onbekende context 'dagzorg'"
    assert found["counts_as.thuiszorg[0]"].message == "onbekende context 'thuis'"
    assert found["counts_as.thuiszorg[0]"].line == line_of(path, "thuiszorg = [")


# --- lestijden ------------------------------------------------------------------------------

LESTIJDEN = {"kind": "min_total_hours", "lestijden": 160}


@pytest.mark.parametrize(
    ("minutes", "status", "have", "missing"),
    [
        (160 * 50, "met", "160", "0"),  # 133 h 20 min, exactly
        (160 * 50 - 10, "unmet", "159.8", "0.2"),
        (148 * 50, "unmet", "148", "12"),
        (148 * 50 + 1, "unmet", "148.02", "11.98"),  # what is there rounds down, what is missing up
    ],
)
def test_lestijden_are_fifty_minutes_exactly(
    minutes: int, status: str, have: str, missing: str
) -> None:
    r = result_of("min_total_hours", entries_for("baby-peuter", minutes), lestijden=160)
    assert (r.status, r.unit) == (status, "lestijden")
    assert (r.needed, r.have, r.missing) == (Decimal(160), Decimal(have), Decimal(missing))


def test_lestijden_messages() -> None:
    r = result_of(
        "min_total_hours",
        entries_for("baby-peuter", 148 * 50),
        lestijden=160,
        contexts=["baby-peuter", "schoolgaand"],
    )
    assert r.message().startswith(
        "Loop nog 12 lestijden stage in de opvang van baby's en peuters of in de opvang van "
        "schoolgaande kinderen. Je hebt nu 148 van 160 lestijden; enkel uren in opvang baby's en "
        "peuters of opvang schoolgaande kinderen tellen mee; 1 lestijd = 50 minuten. Bron:"
    )
    met = result_of("min_total_hours", entries_for("baby-peuter", 80 * 50), lestijden=80)
    assert met.message().startswith(
        "Voldaan: 80 lestijden stage (80 nodig; 1 lestijd = 50 minuten)."
    )
    assert met.message("en").startswith("Met: 80 lestijden of stage (80 needed; 1 lestijd")
    spread = result_of(
        "min_hours_in_contexts",
        entries_for("baby-peuter", 100 * 50),
        lestijden=80,
        contexts=["baby-peuter", "schoolgaand"],
        min_distinct=2,
    )
    assert spread.status == "unmet" and spread.missing == 0
    assert "de uren moeten in minstens 2 van de 2 contexten liggen" in spread.message()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({}, "geef hours of lestijden"),
        ({"hours": 100, "lestijden": 120}, "geef hours of lestijden"),
        (
            {"lestijden": 120, "contexts": ["baby-peuter"], "cap_outside": 10},
            "kan niet samen met lestijden",
        ),
        ({"lestijden": 12.5}, "valid integer"),
    ],
)
def test_a_bound_is_hours_or_lestijden(
    tmp_path: Path, fields: dict[str, object], message: str
) -> None:
    from tests.core.builders import make_list, rule

    with pytest.raises(Exception, match=message):
        make_list([rule("min_total_hours", **fields)])


# --- a school year --------------------------------------------------------------------------


def test_a_rule_scoped_to_a_school_year_counts_only_that_year() -> None:
    spring = entries_for("residentieel", 40 * 60, start=date(2026, 3, 2))  # 2025-2026
    autumn = entries_for("residentieel", 80 * 60, start=date(2026, 9, 7))  # 2026-2027
    edge = [
        HourEntry(date(2025, 8, 31), "residentieel", 8 * 60),  # 2024-2025
        HourEntry(date(2025, 9, 1), "residentieel", 8 * 60),  # the first day of 2025-2026
        HourEntry(date(2026, 8, 31), "residentieel", 8 * 60),  # the last day of 2025-2026
    ]
    r = result_of("min_total_hours", spring + autumn + edge, hours=100, school_year="2025-2026")
    assert r.have == Decimal(56)
    assert r.message().startswith("Loop nog 44 uur stage. Schooljaar 2025-2026: Je hebt nu 56")
    assert r.message("en").startswith("Do 44 more hours of stage. School year 2025-2026:")
    unscoped = result_of("min_total_hours", spring + autumn + edge, hours=100)
    assert unscoped.have == Decimal(144)


@pytest.mark.parametrize(
    ("kind", "fields", "message"),
    [
        ("min_total_hours", {"hours": 10, "school_year": "2025-2027"}, "tweede jaar volgt"),
        ("min_total_hours", {"hours": 10, "school_year": "2025"}, "ongeldige waarde|pattern"),
        ("competences_signed", {"min_level": 3, "school_year": "2025-2026"}, "enkel bij regels"),
    ],
)
def test_a_school_year_is_checked(kind: str, fields: dict[str, object], message: str) -> None:
    from tests.core.builders import make_list, rule

    with pytest.raises(Exception, match=message):
        make_list([rule(kind, **fields)])


# --- half-days ------------------------------------------------------------------------------


def day(d: date, context: str, minutes: int) -> HourEntry:
    return HourEntry(d, context, minutes)


MON = date(2025, 10, 6)


@pytest.mark.parametrize(
    ("entries", "counted", "short"),
    [
        ([day(MON, "residentieel", 210)], 1, 0),  # a morning of 3 h 30
        ([day(MON, "residentieel", 180)], 1, 0),  # exactly 3 h
        ([day(MON, "residentieel", 179)], 0, 1),  # one minute short
        ([day(MON, "residentieel", 420)], 2, 0),  # a day of 7 h
        ([day(MON, "residentieel", 600)], 2, 0),  # never more than two a day
        ([day(MON, "residentieel", 120)], 0, 1),  # an afternoon of 2 h
        # two contexts on one day add up: 2 h + 2 h is a half-day
        ([day(MON, "residentieel", 120), day(MON, "thuiszorg", 120)], 1, 0),
        # twelve Wednesday afternoons of 2 h 30: no half-day at all
        ([day(MON + timedelta(weeks=w, days=2), "residentieel", 150) for w in range(12)], 0, 12),
    ],
)
def test_what_a_half_day_is(entries: list[HourEntry], counted: int, short: int) -> None:
    r = result_of("min_half_days", entries, half_days=9)
    assert (r.unit, r.have) == ("half_days", Decimal(counted))
    assert r.facts["short_days"] == short


def test_nine_half_days_a_school_year_and_eighteen_for_some_programmes() -> None:
    """Four days of 7 h and one morning: 9 half-days in 2025-2026; the next year's days do not
    count for that year."""
    this_year = [day(MON + timedelta(days=i), "residentieel", 420) for i in range(4)]
    this_year.append(day(MON + timedelta(days=4), "residentieel", 200))
    next_year = [day(date(2026, 10, 5) + timedelta(days=i), "residentieel", 420) for i in range(5)]
    worth = result_of(
        "min_half_days", this_year + next_year, half_days=9, school_year="2025-2026",
        severity="warning",
    )  # fmt: skip
    assert worth.met and worth.have == 9
    asked = result_of("min_half_days", this_year + next_year, half_days=18, school_year="2025-2026")
    assert (asked.status, asked.missing) == ("unmet", Decimal(9))
    assert asked.message().startswith(
        "Plan nog 9 halve dagen stage. Schooljaar 2025-2026: Je hebt nu 9 van 18 halve dagen "
        "stage "
        "(een halve dag is een dag met minstens 3 uur stage; een dag met minstens 6 uur telt "
        "voor twee)."
    )


def test_half_days_in_some_contexts_and_a_longer_half_day() -> None:
    entries = [day(MON, "residentieel", 240), day(MON + timedelta(days=1), "horeca", 480)]
    r = result_of(
        "min_half_days", entries, half_days=2, half_day_hours="3.5", contexts=["residentieel"]
    )
    assert (r.have, r.missing) == (Decimal(1), Decimal(1))
    assert "in residentiële ouderenzorg" in r.message()
    assert "minstens 3,5 uur" in r.message() and "minstens 7 uur telt voor twee" in r.message()


# --- lists that came with an imported portfolio ---------------------------------------------


def archive_folder(tmp_path: Path, *files: tuple[str, str]) -> Path:
    folder = tmp_path / "archive-lists"
    (folder / "bk").mkdir(parents=True)
    for name, text in files:
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_an_archive_list_is_used_when_nothing_installed_has_its_id(tmp_path: Path) -> None:
    carried = archive_folder(tmp_path, ("school.toml", HEAD + SCHOOL_320))
    catalog = load_catalog(tmp_path / "lists", carried)
    school = catalog.get("gezondheidszorg-school", 1)
    assert school.origin == "archive"
    assert catalog.problems == [] and catalog.conflicts == []
    assert list_notes(school)[-1].startswith("Deze lijst kwam mee met een geïmporteerd portfolio")


def test_an_installed_list_wins_over_a_different_archive_copy(
    tmp_path: Path, lists_dir: Path
) -> None:
    variant(lists_dir, SCHOOL_320)
    tampered = HEAD + SCHOOL_320.replace("hours = 320", "hours = 330")
    carried = archive_folder(tmp_path, ("school.toml", tampered))
    catalog = load_catalog(lists_dir, carried)
    school = catalog.get("gezondheidszorg-school", 1)
    assert school.origin == "user"
    assert by_id_rules(school)["school-320-uur"].hours == 320
    (conflict,) = catalog.conflicts
    assert "verschilt van de geïnstalleerde lijst" in conflict.message
    assert catalog.problems == []


def test_an_identical_archive_copy_is_silent(tmp_path: Path, lists_dir: Path) -> None:
    variant(lists_dir, SCHOOL_320)
    base = (SHIPPED_DIR / "lists" / "gezondheidszorg.toml").read_text("utf-8")
    carried = archive_folder(
        tmp_path, ("school.toml", HEAD + SCHOOL_320), ("gezondheidszorg-v1.toml", base)
    )
    catalog = load_catalog(lists_dir, carried)
    assert catalog.conflicts == [] and catalog.problems == []
    assert catalog.get("gezondheidszorg", 1).origin == "shipped"


def test_a_carried_variant_keeps_the_base_version_it_was_exported_with(tmp_path: Path) -> None:
    """The receiver has a version 2 of the base with other rules; the carried variant is still
    read against version 1, which travelled with it, so its verdict is the sender's."""
    lists_dir = tmp_path / "lists"
    lists_dir.mkdir()
    shipped = (SHIPPED_DIR / "lists" / "gezondheidszorg.toml").read_text("utf-8")
    (lists_dir / "gezondheidszorg-v2.toml").write_text(
        shipped.replace("version = 1", "version = 2").replace("weeks = 8", "weeks = 12")
    )
    carried = archive_folder(
        tmp_path, ("school.toml", HEAD + SCHOOL_320), ("gezondheidszorg-v1.toml", shipped)
    )
    catalog = load_catalog(lists_dir, carried)
    school = catalog.get("gezondheidszorg-school", 1)
    assert school.variant is not None and school.variant.base_version == 1
    assert by_id_rules(school)["stagevolume"].weeks == 8
    # installed without the archive, a variant follows the newest base
    shutil.copy(carried / "school.toml", lists_dir / "school.toml")
    assert load_catalog(lists_dir).get("gezondheidszorg-school").variant.base_version == 2  # type: ignore[union-attr]


def by_id_rules(alist: ActivityList) -> dict[str, object]:
    return {rule.id: rule for rule in alist.spec.rules}
