"""Messages for rule results: Dutch by default with a decimal comma, English on request, always
with the rule's source; and the number formatting they rely on."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest

from stageportfolio.core.actions import action
from stageportfolio.core.activitylist import RULE_KINDS
from stageportfolio.core.hours import HourEntry, Period, format_clock, format_hours, parse_hours
from stageportfolio.core.messages import join_and, join_or, message_parts, number
from stageportfolio.core.rules import RuleResult, evaluate
from tests.core.builders import (
    CORE,
    MONDAY,
    SOURCE,
    bk_file,
    by_id,
    entries_for,
    hours,
    make_list,
    registration_rules,
    result_of,
)

DOT_DECIMAL = re.compile(r"\d\.\d")
COMMA_DECIMAL = re.compile(r"\d,\d")

# --- numbers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "nl", "en"),
    [
        (Decimal("37.5"), "37,5", "37.5"),
        (Decimal("37.50"), "37,5", "37.5"),
        (Decimal(300), "300", "300"),
        (Decimal("300.00"), "300", "300"),
        (300, "300", "300"),
        (Decimal("7.33"), "7,33", "7.33"),
        (Decimal("0.00"), "0", "0"),
        (Decimal("0.02"), "0,02", "0.02"),
        (Decimal("100"), "100", "100"),  # trailing zeros of an integer stay
        (Decimal("1E+2"), "100", "100"),
        (0.1, "0,1", "0.1"),
        (Decimal("1250.5"), "1250,5", "1250.5"),
    ],
)
def test_number(value: Decimal | int | float, nl: str, en: str) -> None:
    assert number(value) == nl
    assert number(value, "nl") == nl
    assert number(value, "en") == en


@pytest.mark.parametrize(
    ("minutes", "text"),
    [(2250, "37,5"), (18000, "300"), (440, "7,33"), (30, "0,5"), (6, "0,1"), (1, "0,02"), (0, "0")],
)
def test_format_hours(minutes: int, text: str) -> None:
    assert format_hours(minutes) == text
    assert format_hours(minutes, decimal_mark=".") == text.replace(",", ".")


def test_clock_time_to_decimal_hours() -> None:
    assert parse_hours("7:20") == 440
    assert format_hours(parse_hours("7:20")) == "7,33"
    assert format_clock(440) == "7:20"
    assert parse_hours("37,5") == 2250
    assert format_hours(parse_hours("37,5")) == "37,5"


def test_joins() -> None:
    assert join_or(["a"]) == "a"
    assert join_or(["a", "b", "c"]) == "a, b of c"
    assert join_or(["a", "b"], "en") == "a or b"
    assert join_and(["a", "b", "c"]) == "a, b en c"
    assert join_and(["a", "b"], "en") == "a and b"
    assert join_and([]) == ""


# --- the DOMAIN.md example message -------------------------------------------------------


def _thuis_of_ziekenhuis() -> RuleResult:
    return result_of(
        "min_hours_in_contexts",
        hours(thuiszorg="162.5"),
        hours="200",
        contexts=["thuiszorg", "ziekenhuis"],
    )


def test_dutch_by_default_with_a_decimal_comma() -> None:
    text = _thuis_of_ziekenhuis().message()
    # first what to do, in one sentence; then where the pupil stands; then the source
    assert text.startswith(
        "Loop nog 37,5 uur stage in de thuiszorg of in een ziekenhuis. Je hebt nu 162,5 van "
        "200 uur daar."
    )
    assert text.endswith(f"Bron: {SOURCE}.")
    assert text == _thuis_of_ziekenhuis().message("nl")


def test_english() -> None:
    text = _thuis_of_ziekenhuis().message("en")
    assert text.startswith(
        "Do 37.5 more hours of stage in home care or in a hospital. You now have 162.5 of 200 "
        "hours there."
    )
    assert text.endswith(f"Source: {SOURCE}.")
    assert "Bron" not in text


def test_worked_example_messages() -> None:
    ev = evaluate(
        make_list(registration_rules()),
        entries=hours(residentieel=120, thuiszorg=60, beperking=130),
    )
    results = by_id(ev)
    total = results["totaal-300"].message()
    assert total.startswith(
        "Loop nog 20 uur stage in de residentiële ouderenzorg, in een ziekenhuis of in de "
        "thuiszorg. Je hebt nu 280 van 300 getelde uren: de uren in een andere setting tellen "
        "al voor het maximum van 100 uur, 30 uur daarvan telt niet mee."
    )
    total_en = results["totaal-300"].message("en")
    assert total_en.startswith(
        "Do 20 more hours of stage in residential elderly care, in a hospital or in home care."
    )
    assert "so 30 of them do not count" in total_en
    core = results["kern-200"].message()
    assert core.startswith(
        "Loop nog 20 uur stage in de residentiële ouderenzorg, in een ziekenhuis of in de "
        "thuiszorg."
    )
    assert "Je hebt nu 180 van 200 uur daar." in core


def test_total_under_the_cap_names_the_cap() -> None:
    r = result_of(
        "min_total_hours",
        hours(residentieel=250, beperking="40.5"),
        hours="300",
        contexts=list(CORE),
        cap_outside="100",
    )
    text = r.message()
    assert text.startswith(
        "Loop nog 9,5 uur stage, het best in de residentiële ouderenzorg, in een ziekenhuis of "
        "in de thuiszorg. Je hebt nu 290,5 van 300 getelde uren. Uren in een andere setting dan"
        " de residentiële ouderenzorg, een ziekenhuis of de thuiszorg tellen voor hoogstens"
        " 100 uur."
    )
    assert "niet mee" not in text


def test_total_exactly_at_the_cap() -> None:
    r = result_of(
        "min_total_hours",
        hours(residentieel=150, beperking=100),
        hours="300",
        contexts=list(CORE),
        cap_outside="100",
    )
    text = r.message()
    assert text.startswith(
        "Loop nog 50 uur stage in de residentiële ouderenzorg, in een ziekenhuis of in de "
        "thuiszorg. Je hebt nu 250 van 300 getelde uren: de uren in een andere setting tellen "
        "al voor het maximum van 100 uur."
    )
    assert "telt niet mee" not in text


# --- every kind, met and unmet, in both languages ----------------------------------------

PLAIN = Period("residentieel", date(2026, 2, 1), date(2026, 6, 30))
SEPT = [Period("residentieel", date(2025, 9, 1), date(2025, 9, 28))]


def _weekdays_of_sept(minutes_each: int) -> list[HourEntry]:
    days = [date(2025, 9, 1) + timedelta(days=i) for i in range(28)]
    return [HourEntry(d, "residentieel", minutes_each) for d in days if d.weekday() < 5]


# (id, kind, fields, inputs for evaluate, Dutch fragments, English fragments)
CASES: list[tuple[str, str, dict[str, Any], dict[str, Any], list[str], list[str]]] = [
    (
        "total-met", "min_total_hours", {"hours": "300"},
        {"entries": hours(residentieel=300)},
        ["Voldaan: 300 getelde uren (300 nodig)."], ["Met: 300 counted hours (300 needed)."],
    ),
    (
        "total-unmet", "min_total_hours", {"hours": "300"},
        {"entries": hours(residentieel="262.5")},
        ["Loop nog 37,5 uur stage. Je hebt nu 262,5 van 300 getelde uren."],
        ["Do 37.5 more hours of stage. You now have 262.5 of 300 counted hours."],
    ),
    (
        "core-met", "min_hours_in_contexts",
        {"hours": "200", "contexts": list(CORE), "min_distinct": 2},
        {"entries": hours(residentieel=100, thuiszorg=100)},
        ["Voldaan: 200 uur in de residentiële ouderenzorg en in de thuiszorg (200 nodig)."],
        ["Met: 200 hours in residential elderly care and in home care (200 needed)."],
    ),
    (
        "core-spread", "min_hours_in_contexts",
        {"hours": "200", "contexts": list(CORE), "min_distinct": 2},
        {"entries": hours(residentieel=250)},
        ["Loop ook stage in een ziekenhuis of in de thuiszorg.",
         "minstens twee van de drie contexten", "nu liggen ze enkel in de residentiële "
         "ouderenzorg"],
        ["Do stage in a hospital or in home care too.",
         "at least two of the three contexts", "now they are only in residential elderly care"],
    ),
    (
        "core-both", "min_hours_in_contexts",
        {"hours": "200", "contexts": list(CORE), "min_distinct": 2},
        {"entries": hours(residentieel="150.25")},
        ["Loop nog 49,75 uur stage in een ziekenhuis of in de thuiszorg. Je hebt nu 150,25 van "
         "200 uur."],
        ["Do 49.75 more hours of stage in a hospital or in home care. You now have 150.25 of "
         "200 hours."],
    ),
    (
        "required-exact", "required_contexts", {"contexts": ["residentieel", "thuiszorg"]},
        {"entries": hours(residentieel=10)},
        ["Nog geen uren in de thuiszorg: stage in de residentiële ouderenzorg en in de thuiszorg "
         "is verplicht."],
        ["No hours yet in home care: stage in residential elderly care and in home care is "
         "required."],
    ),
    (
        "required-none", "required_contexts",
        {"contexts": ["residentieel", "thuiszorg"], "mode": "at_least", "count": 1},
        {"entries": hours(horeca=10)},
        ["Nog geen uren in de residentiële ouderenzorg of in de thuiszorg: stage in minstens "
         "één van deze twee contexten is verplicht."],
        ["No hours yet in residential elderly care or in home care: stage in at least one of "
         "these two contexts is required."],
    ),
    (
        "required-more", "required_contexts",
        {"contexts": list(CORE), "mode": "at_least", "count": 3},
        {"entries": hours(ziekenhuis=10)},
        ["Nog uren nodig in twee andere contexten: in de residentiële ouderenzorg en in de "
         "thuiszorg (alle drie de contexten; nu in een ziekenhuis)."],
        ["Hours still needed in two more contexts: in residential elderly care and in home care "
         "(all three contexts; now in a hospital)."],
    ),
    (
        "required-met", "required_contexts", {"contexts": ["residentieel", "thuiszorg"]},
        {"entries": hours(residentieel=1, thuiszorg=1)},
        ["Voldaan: uren in de residentiële ouderenzorg en in de thuiszorg."],
        ["Met: hours in residential elderly care and in home care."],
    ),
    (
        "horeca-only", "not_only_contexts", {"contexts": ["horeca"]},
        {"entries": hours(horeca=40)},
        ["Alle uren liggen in de horeca: enkel daar stage lopen volstaat niet. Nog uren nodig in "
         "een andere context dan de horeca (de regel vraagt geen aantal uren)."],
        ["All hours are in hospitality", "a context other than hospitality (the rule asks no "
         "number of hours)."],
    ),
    (
        "horeca-not-only", "not_only_contexts", {"contexts": ["horeca"]},
        {"entries": hours(horeca=40, residentieel=1)},
        ["Voldaan: niet alle uren liggen in de horeca."],
        ["Met: not all hours are in hospitality."],
    ),
    (
        "weeks-unmet", "min_weeks", {"weeks": 8, "severity": "warning"},
        {"entries": [HourEntry(date(2025, 9, 1) + timedelta(days=i), "thuiszorg", 7 * 60)
                     for i in range(35)]},
        ["7 weken stage (35 stagedagen); advies: minstens 8 weken: nog 5 stagedagen (1 week).",
         "Een week stage is vijf stagedagen; een dag met minstens 6 uur is een stagedag, een "
         "dag met minstens 3 uur een halve."],
        ["7 weeks of stage (35 stage days); advice: at least 8 weeks: 5 stage days more "
         "(1 week).", "A week of stage is five stage days"],
    ),
    (
        "weeks-one", "min_weeks", {"weeks": 8, "severity": "warning"},
        {"entries": [HourEntry(date(2025, 12, 29) + timedelta(days=i), "thuiszorg", 6 * 60)
                     for i in range(5)]},
        ["1 week stage (5 stagedagen); advies: minstens 8 weken: nog 35 stagedagen (7 weken)."],
        ["1 week of stage (5 stage days); advice: at least 8 weeks: 35 stage days more "
         "(7 weeks)."],
    ),
    (
        "weeks-met", "min_weeks", {"weeks": 1},
        {"entries": [HourEntry(date(2025, 9, 1) + timedelta(days=i), "thuiszorg", 3 * 60)
                     for i in range(10)]},
        ["Voldaan: 1 week stage (5 stagedagen)."],
        ["Met: 1 week of stage (5 stage days)."],
    ),
    (
        "component-met", "component_duration",
        {"contexts": ["residentieel"], "min_months": "5", "max_months": "7"},
        {"periods": [PLAIN]},
        ["Voldaan: residentiële ouderenzorg 5 maanden (5 tot 7 maanden)."],
        ["Met: residential elderly care 5 months (5 to 7 months)."],
    ),
    (
        "component-label", "component_duration",
        {"contexts": ["thuiszorg"], "label": "natuurlijk thuismilieu", "min_months": "3",
         "max_months": "5"},
        {"periods": [Period("thuiszorg", date(2026, 2, 1), date(2026, 3, 15))]},
        ["Natuurlijk thuismilieu: 1,4 maanden; nog 1,6 maanden nodig, tot en met donderdag 30 "
         "april 2026 (3 tot 5 maanden)."],
        ["Home care: 1.4 months; 1.6 months more needed, until Thursday 30 April 2026 (3 to 5 "
         "months)."],
    ),
    (
        "component-long", "component_duration",
        {"contexts": ["residentieel"], "min_months": "5", "max_months": "7"},
        {"periods": [Period("residentieel", date(2025, 9, 1), date(2026, 6, 30))]},
        ["Residentiële ouderenzorg: 10 maanden, 3 maanden te lang (5 tot 7 maanden: de periode "
         "mag lopen tot en met dinsdag 31 maart 2026)."],
        ["Residential elderly care: 10 months, 3 months too long (5 to 7 months: the period "
         "may run until Tuesday 31 March 2026)."],
    ),
    (
        "component-none", "component_duration",
        {"contexts": ["residentieel"], "min_months": "5"},
        {},
        ["Residentiële ouderenzorg: nog geen periode; minstens 5 maanden nodig."],
        ["Residential elderly care: no period yet; at least 5 months needed."],
    ),
    (
        "component-max", "component_duration",
        {"contexts": ["residentieel"], "max_months": "7"},
        {"periods": [PLAIN]},
        ["Voldaan: residentiële ouderenzorg 5 maanden (hoogstens 7 maanden)."],
        ["Met: residential elderly care 5 months (at most 7 months)."],
    ),
    (
        "weekly-met", "min_weekly_hours_avg", {"hours": "20"},
        {"entries": _weekdays_of_sept(4 * 60), "periods": SEPT},
        ["Voldaan: gemiddeld 20 uur per week over 4 schoolweken (1/9/2025 tot en met 28/9/2025; "
         "schoolvakanties en vrije dagen tellen niet als week)."],
        ["Met: on average 20 hours a week over 4 school weeks (1/9/2025 to 28/9/2025; school "
         "holidays and free days do not count as weeks)."],
    ),
    (
        "weekly-unmet", "min_weekly_hours_avg", {"hours": "20"},
        {"entries": _weekdays_of_sept(3 * 60 + 30), "periods": SEPT},
        ["Gemiddeld 17,5 uur per week over 4 schoolweken", "minstens 20 nodig: nog 10 uur in "
         "deze periode."],
        ["On average 17.5 hours a week over 4 school weeks", "at least 20 needed: 10 more hours "
         "in this period."],
    ),
    (
        "weekly-none", "min_weekly_hours_avg", {"hours": "20"},
        {},
        ["Nog geen uren: gemiddeld minstens 20 uur per week nodig."],
        ["No hours yet: at least 20 hours a week on average needed."],
    ),
    (
        "signed-met", "competences_signed", {"min_level": 2},
        {"signoffs": {"c1": 2, "c2": 3, "c3": 2}},
        ["Voldaan: alle 3 competenties afgetekend op niveau 2 (onder begeleiding uitgevoerd)."],
        ["Met: all 3 competences signed off at level 2 (done with guidance)."],
    ),
    (
        "signed-unmet", "competences_signed", {"min_level": 3},
        {"signoffs": {"c1": 3}},
        ["Vraag je mentor om nog twee competenties af te tekenen op niveau 3. Niveau 3 is "
         "‘zelfstandig uitgevoerd’. 2 van 3 nog open: "
         "Competentie 2; Competentie 3."],
        ["Ask your mentor to sign off two more competences at level 3. Level 3 is ‘done "
         "independently’. 2 of 3 still open: Competentie 2; Competentie 3."],
    ),
    (
        "signed-none", "competences_signed", {"min_level": 3},
        {},
        ["Niet beoordeeld: hier zijn geen aftekeningen van de mentor beschikbaar."],
        ["Not evaluated: no mentor sign-offs are available here."],
    ),
    (
        "evidence-met", "competences_evidenced", {},
        {"evidence": {"c1": 1, "c2.a1": 1, "c3": 2}},
        ["Voldaan: alle 3 competenties hebben een bewijsstuk.", "beoordeling aanvragen bij een "
         "erkend EVC-testcentrum"],
        ["Met: all 3 competences have evidence.", "recognised EVC test centre"],
    ),
    (
        "evidence-partial", "competences_evidenced", {},
        {"evidence": {"c2": 1}},
        ["Voeg een bewijsstuk toe bij nog twee competenties. Nog zonder bewijsstuk: "
         "Competentie 1; Competentie 3. Met 1 "
         "competentie met bewijs kan je al een beoordeling aanvragen bij een erkend "
         "EVC-testcentrum; een bewijs van competenties krijg je pas na die beoordeling."],
        ["Add evidence for two more competences. Without evidence so far: Competentie 1; "
         "Competentie 3. With 1 "
         "competence with evidence you can already ask a recognised EVC test centre",
         "a certificate of competences (bewijs van competenties) comes only after that "
         "assessment."],
    ),
    (
        "evidence-none", "competences_evidenced", {},
        {"signoffs": {}},
        ["Niet beoordeeld: hier zijn geen bewijsstukken beschikbaar."],
        ["Not evaluated: no evidence is available here."],
    ),
    (
        # 4 days of 7 h (2 half-days each) and 2 afternoons of 2 h (too short): 8 of 9
        "half-days-unmet", "min_half_days", {"half_days": 9},
        {"entries": entries_for("residentieel", 4 * 7 * 60, per_day=7 * 60)
         + entries_for("thuiszorg", 4 * 60, per_day=2 * 60, start=date(2025, 10, 1))},
        ["Je hebt nu 8 van 9 halve dagen stage (een halve dag is een dag met minstens 3 uur "
         "stage; een dag met minstens 6 uur telt voor twee).",
         "2 dagen met minder dan 3 uur tellen niet."],
        ["You now have 8 of 9 half-days of stage (a half-day is a day with at least 3 hours "
         "of stage; a day with at least 6 hours counts as two).",
         "2 days with less than 3 hours do not count."],
    ),
    (
        "half-days-met", "min_half_days", {"half_days": 18, "half_day_hours": "3.5"},
        {"entries": entries_for("residentieel", 9 * 8 * 60)},
        ["Voldaan: 18 halve dagen stage (18 nodig; een halve dag is een dag met minstens "
         "3,5 uur stage; een dag met minstens 7 uur telt voor twee)."],
        ["Met: 18 half-days of stage (18 needed; a half-day is a day with at least 3.5 hours"],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "fields", "inputs", "nl", "en"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_message_per_kind(
    kind: str, fields: dict[str, Any], inputs: dict[str, Any], nl: list[str], en: list[str]
) -> None:
    r = result_of(kind, **inputs, **fields)
    dutch, english = r.message(), r.message("en")
    for fragment in nl:
        assert fragment in dutch
    for fragment in en:
        assert fragment in english
    assert dutch.endswith(f" Bron: {SOURCE}.")
    assert english.endswith(f" Source: {SOURCE}.")
    # A decimal comma in Dutch, a decimal point in English (the source has no numbers with one).
    assert not DOT_DECIMAL.search(dutch)
    assert not COMMA_DECIMAL.search(english)
    for text in (dutch, english):
        assert "None" not in text
        assert "{" not in text
        assert ".." not in text
        assert "  " not in text
    # A met result says so; an unmet one does not, and starts with what to do, in one
    # sentence; the explanation follows.
    if r.met:
        assert dutch.startswith("Voldaan")
        assert english.startswith("Met")
    else:
        assert not dutch.startswith("Voldaan")
    if r.status == "unmet":
        for lang, text in (("nl", dutch), ("en", english)):
            todo = action(r, lang)
            assert todo and todo.endswith(".") and todo.count(". ") == 0, todo
            assert text.startswith(todo + " ")
            assert message_parts(r, lang).text() == text
    else:
        assert action(r) == ""


def test_every_kind_has_a_case() -> None:
    assert {case[1] for case in CASES} == set(RULE_KINDS)


def test_many_open_competences_are_shortened() -> None:
    alist = make_list(
        [{"id": "c", "kind": "competences_signed", "severity": "error", "source": SOURCE,
          "min_level": 1}],
        bk=bk_file(n_competences=5),
    )  # fmt: skip
    (r,) = evaluate(alist, signoffs={}).results
    text, english = r.message(), r.message("en")
    assert text.startswith("Vraag je mentor om nog vijf competenties af te tekenen op niveau 1.")
    assert "5 van 5 nog open" in text
    assert "Competentie 1; Competentie 2; Competentie 3 en nog 2." in text
    assert "Competentie 1; Competentie 2; Competentie 3 and 2 more." in english
    assert "Competentie 4" not in text
    assert "Competentie 4" not in english


def test_one_minute_missing_is_shown() -> None:
    r = result_of("min_total_hours", entries_for("residentieel", 300 * 60 - 1), hours="300")
    assert r.message().startswith(
        "Loop nog 0,02 uur stage. Je hebt nu 299,98 van 300 getelde uren."
    )


def test_messages_use_english_context_labels() -> None:
    r = result_of("required_contexts", [], contexts=["baby-peuter", "schoolgaand"])
    assert (
        "in de opvang van baby's en peuters en in de opvang van schoolgaande kinderen"
        in r.message()
    )
    assert "in childcare for babies and toddlers and in out-of-school childcare" in r.message("en")


def test_one_day_short_message_names_a_shortfall() -> None:
    r = result_of(
        "component_duration",
        periods=[Period("residentieel", date(2026, 2, 1), date(2026, 6, 29))],
        contexts=["residentieel"],
        min_months="5",
        max_months="7",
    )
    assert r.status == "unmet"
    assert "nog 0 maanden" not in r.message()


def test_one_minute_short_average_message_is_not_contradictory() -> None:
    days = [date(2025, 9, 1) + timedelta(days=i) for i in range(28)]
    entries = [HourEntry(d, "residentieel", 240) for d in days if d.weekday() < 5]
    entries[0] = HourEntry(entries[0].day, "residentieel", 239)
    r = result_of("min_weekly_hours_avg", entries, periods=SEPT, hours="20")
    assert r.status == "unmet"
    assert not r.message().startswith("Gemiddeld 20 uur per week")


# --- language tags, wording per severity and per missing part ------------------------------


@pytest.mark.parametrize(
    ("lang", "dutch"),
    [("nl", True), ("nl-BE", True), ("NL_be", True), ("en", False), ("en-GB", False),
     ("fr", True), ("", True)],
)  # fmt: skip
def test_a_language_tag_picks_dutch_or_english(lang: str, dutch: bool) -> None:
    r = _thuis_of_ziekenhuis()
    text = r.message(lang)
    assert text == (r.message("nl") if dutch else r.message("en"))
    assert r.as_dict(lang)["message"] == text
    assert number(Decimal("37.5"), lang) == ("37,5" if dutch else "37.5")
    assert join_or(["a", "b"], lang) == ("a of b" if dutch else "a or b")


def _weeks_short(severity: str) -> RuleResult:
    days = [MONDAY + timedelta(days=i) for i in range(35)]
    return result_of(
        "min_weeks", [HourEntry(d, "thuiszorg", 6 * 60) for d in days], weeks=8, severity=severity
    )


def test_min_weeks_says_advice_only_for_a_warning() -> None:
    warning, error = _weeks_short("warning"), _weeks_short("error")
    assert "advies: minstens 8 weken" in warning.message()
    assert "advice: at least 8 weeks" in warning.message("en")
    assert error.message().startswith(
        "Plan nog 5 stagedagen. 7 weken stage (35 stagedagen); minstens 8 weken nodig: nog 5 "
        "stagedagen (1 week)."
    )
    assert error.message("en").startswith(
        "Plan 5 more stage days. 7 weeks of stage (35 stage days); at least 8 weeks needed: 5 "
        "stage days more (1 week)."
    )
    assert "advies" not in error.message()
    assert "advice" not in error.message("en")


def test_total_with_contexts_but_no_cap_says_only_those_hours_count() -> None:
    r = result_of(
        "min_total_hours", hours(residentieel=250, beperking=30), hours="300", contexts=list(CORE)
    )
    assert r.missing == 50
    text, english = r.message(), r.message("en")
    assert "maximaal 0" not in text
    assert "at most 0" not in english
    where = "in de residentiële ouderenzorg, in een ziekenhuis of in de thuiszorg"
    assert text.startswith(
        f"Loop nog 50 uur stage {where}. Je hebt nu 250 van 300 getelde uren; enkel uren daar "
        "tellen mee. 30 uur in een andere setting telt daarom niet mee."
    )
    assert text.count(where) == 1  # said once, in what to do
    assert "only hours there count" in english
    assert "So 30 hours in another setting do not count" in english
    # without hours outside the contexts, there is nothing that does not count
    inside_only = result_of(
        "min_total_hours", hours(residentieel=250), hours="300", contexts=list(CORE)
    )
    assert inside_only.message().startswith(
        f"Loop nog 50 uur stage {where}. Je hebt nu 250 van 300 getelde uren; enkel uren daar "
        "tellen mee. Bron:"
    )


def test_hours_in_contexts_without_any_hours_names_the_contexts_once() -> None:
    r = result_of("min_hours_in_contexts", [], hours="200", contexts=list(CORE), min_distinct=2)
    where = "in de residentiële ouderenzorg, in een ziekenhuis of in de thuiszorg"
    text, english = r.message(), r.message("en")
    assert text.count(where) == 1, text
    assert text.startswith(
        f"Loop nog 200 uur stage {where}. De uren moeten in minstens twee van de drie contexten "
        "liggen; nu zijn er nog geen."
    )
    assert english.count("in residential elderly care, in a hospital or in home care") == 1
    # with hours in some of them, what to do names the others: hours there close both gaps
    some = result_of(
        "min_hours_in_contexts", hours(thuiszorg=20), hours="200", contexts=list(CORE),
        min_distinct=2,
    )  # fmt: skip
    assert some.message().startswith(
        "Loop nog 180 uur stage in de residentiële ouderenzorg of in een ziekenhuis."
    )


@pytest.mark.parametrize("source", ["schoolreglement 2025.", "schoolreglement 2025. "])
def test_a_source_ending_in_a_full_stop_gets_no_second_one(source: str) -> None:
    r = result_of("min_weeks", hours(thuiszorg=1), weeks=1, source=source)
    assert r.message().endswith(" Bron: schoolreglement 2025.")
    assert r.message("en").endswith(" Source: schoolreglement 2025.")
    assert ".." not in r.message()
