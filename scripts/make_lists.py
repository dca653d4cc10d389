# ruff: noqa: RUF005 - rule lists are built by concatenation on purpose
"""Write the shipped list files (activity_lists/lists/*.toml) from the table in this script.

The list files are the product's data and are meant to be read and edited by people; this script
only keeps the sixteen studierichting lists and eight EVC lists consistent with each other when
a shared rule changes. Run it, review the diff, commit the TOML files.
"""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "activity_lists" / "lists"
BK_DIR = ROOT / "activity_lists" / "bk"

CORE = ["residentieel", "ziekenhuis", "thuiszorg"]
# The "andere setting" of the registration rule: settings where the zorgkundige's competences
# can be practised (seed 000: "bv. een organisatie voor mensen met een beperking. Het moet wel
# mogelijk zijn om er de competenties van het BK ... in te oefenen"). Not horeca, hotels or
# shops: hours there count for nothing towards the 300.
OTHER_CARE = [
    "beperking",
    "ouderenzorg",
    "kinder-jeugdpsychiatrie",
    "bijzondere-jeugdzorg",
    "welzijnswerk",
    "ocmw",
    "andere",
]
# What a zorgkundige pupil may log: the core contexts and the settings that count for them
# (BK-0243-2, Zorgcontext), the other care settings, and "andere".
ZK_CONTEXTS = [
    "residentieel",
    "ziekenhuis",
    "thuiszorg",
    "dagverzorging",
    "kortverblijf",
    "pvt",
    "psychiatrisch-ziekenhuis",
    "assistentiewoning",
    "beperking",
    "andere",
]
REG = "federale registratievoorwaarden zorgkundige (VIVO-webinar stages 2025)"
SIGN = "standaard van stageportfolio; de school kiest het vereiste niveau"
DUAAL_20 = (
    "structuuronderdeel {so} ({adv}): gemiddeld op jaarbasis minstens 20 opleidingsuren per week "
    "op de werkplek"
)
CTX = "structuuronderdeel {so} ({adv}), verplichte contexten (API Structuuronderdelen)"


def q(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def arr(values: list[str]) -> str:
    return "[" + ", ".join(q(v) for v in values) + "]"


def registration_rules() -> list[dict]:
    return [
        dict(
            id="registratie-300-uur",
            kind="min_total_hours",
            severity="error",
            basis="registratie",
            hours=300,
            contexts=CORE,
            cap_outside=100,
            other_contexts=OTHER_CARE,
            source=REG,
            title="300 uur stage, waarvan hoogstens 100 uur in een andere setting",
        ),
        dict(
            id="registratie-200-uur-kerncontexten",
            kind="min_hours_in_contexts",
            severity="error",
            basis="registratie",
            hours=200,
            contexts=CORE,
            min_distinct=2,
            source=REG,
            title="200 uur in minstens twee van residentiële ouderenzorg, ziekenhuis en thuiszorg",
        ),
    ]


def required(
    so: int,
    adv: str,
    contexts: list[str],
    at_least: int | None = None,
    exclude: list[str] | None = None,
    rule_id="verplichte-contexten",
    title=None,
    source=None,
) -> dict:
    rule = dict(
        id=rule_id,
        kind="required_contexts",
        severity="error",
        contexts=contexts,
        source=source or CTX.format(so=so, adv=adv),
    )
    if at_least is not None:
        rule["mode"] = "at_least"
        rule["count"] = at_least
    if exclude:
        rule["exclude_contexts"] = exclude
    rule["title"] = title or (
        "stage in elk van de verplichte contexten"
        if at_least is None
        else f"stage in minstens {at_least} van de verplichte contexten"
    )
    return rule


def weeks(n: int, source: str) -> dict:
    """The advised stage volume: weeks of stage of five stage days of at least 6 hours."""
    return dict(
        id="stagevolume",
        kind="min_weeks",
        severity="warning",
        weeks=n,
        week_days=5,
        day_hours=6,
        source=source,
        title=f"minstens {n} weken stage",
    )


def weekly(so: int, adv: str) -> dict:
    return dict(
        id="duaal-20-uur-per-week",
        kind="min_weekly_hours_avg",
        severity="error",
        hours=20,
        over="school_weeks",
        source=DUAAL_20.format(so=so, adv=adv),
        title="gemiddeld minstens 20 uur per week op de werkplek",
    )


def component(
    rule_id: str, contexts: list[str], label: str, low: int, high: int, source: str
) -> dict:
    return dict(
        id=rule_id,
        kind="component_duration",
        severity="error",
        contexts=contexts,
        label=label,
        min_months=low,
        max_months=high,
        source=source,
        title=f"{label}: {low} tot {high} maanden",
    )


def signed(level: int = 3) -> dict:
    return dict(
        id="competenties-afgetekend",
        kind="competences_signed",
        severity="warning",
        min_level=level,
        source=SIGN,
        title="elke competentie afgetekend door de mentor",
    )


VOL_DU = "stage-advies: 8 graaduren, 8 weken stage over de graad (VIVO-webinar stages 2025)"
VOL_A = "stage-advies: 16 graaduren, 16 weken stage over de graad (VIVO-webinar stages 2025)"
VZ_DUAAL = "Verzorgende/zorgkundige duaal: twee werkplekcomponenten (VIVO-webinar stages 2025)"
KB_DUAAL = "Kinderbegeleider duaal: twee werkplekcomponenten (VIVO-webinar kinderbegeleider 2025)"
BZO_DUAAL = (
    "Basiszorg en ondersteuning duaal: twee werkplekcomponenten, kinderen (0-12 jaar) "
    "en volwassenen met een zorgbehoefte (18+) (VIVO-webinar stages 2025)"
)
HORECA = "enkel werkervaring in de horeca is niet mogelijk (VIVO-webinar stages 2025)"

ZK = "BK-0243-2"
VZ = "BK-0489-1"
KBP = "BK-0269-3"
KBS = "BK-0270-3"
PB = "BK-0445-2"
LOG = "BK-0498-2"
HH = "BK-0491-1"
KD = "BK-0233-2"

PARTIAL_NOTE = (
    "De officiële selectie van indalende competenties staat niet in de open data; "
    "deze keuze volgt de taken van basiszorg en ondersteuning. Een school past ze "
    "aan in een eigen variant."
)
BZO_PARTIAL = {
    ZK: ["bkc0023626", "bkc0023629", "bkc0023631", "bkc0023632"],
    VZ: ["bkc0040080", "bkc0040083", "bkc0040084", "bkc0040085", "bkc0040086", "bkc0040087"],
    KBP: ["bkc0043420", "bkc0043419", "bkc0043425", "bkc0043426", "bkc0043415"],
    KBS: ["bkc0043432", "bkc0043439", "bkc0043440", "bkc0043438", "bkc0043441"],
}
# Basiszorg en ondersteuning duaal (seed 000): "context in contact met kinderen (0-12 jaar)":
# opvang and kleuter- and lagere school; "context in contact met volwassenen met een
# zorgbehoefte (18+)": elderly care (a dagverzorgingscentrum counts as residential, an
# assistentiewoning as home care), hospital, home care, disability care. A children's hospital
# counts as a hospital for the zorgkundige, but not for the adults' component.
CHILDREN = ["baby-peuter", "schoolgaand", "basisschool"]
ADULTS = ["residentieel", "ouderenzorg", "ziekenhuis", "thuiszorg", "beperking"]
BZO_CONTEXTS = [
    "residentieel",
    "ouderenzorg",
    "dagverzorging",
    "kortverblijf",
    "ziekenhuis",
    "thuiszorg",
    "assistentiewoning",
    "beperking",
    "baby-peuter",
    "schoolgaand",
    "basisschool",
    "andere",
]
PB_CONTEXTS = [
    "jeugdrechtbank",
    "beperking",
    "ouderenzorg",
    "bijzondere-jeugdzorg",
    "kinder-jeugdpsychiatrie",
    "kinderziekenhuis",
    "school",
    "welzijnswerk",
    "ocmw",
]
# Settings that count for one of the nine (residential care and day care as elderly care, a
# nursery or primary school as a school).
PB_SETTINGS = [
    *PB_CONTEXTS,
    "residentieel",
    "dagverzorging",
    "kortverblijf",
    "assistentiewoning",
    "basisschool",
    "andere",
]
AWZW_CONTEXTS = [
    "residentieel",
    "dagverzorging",
    "kortverblijf",
    "thuiszorg",
    "assistentiewoning",
    "ziekenhuis",
    "beperking",
    "horeca",
    "andere",
]

LISTS: list[dict] = [
    dict(
        id="gezondheidszorg",
        title="Gezondheidszorg",
        title_en="Health care",
        programme="Gezondheidszorg",
        grade="3de graad",
        track="dubbele finaliteit",
        so=[495],
        adv="ADV-1806",
        bks=[(ZK, None), (VZ, None)],
        contexts=ZK_CONTEXTS,
        rules=registration_rules()
        + [required(495, "ADV-1806", ["residentieel", "thuiszorg"]), weeks(8, VOL_DU), signed()],
    ),
    dict(
        id="verzorgende-zorgkundige",
        title="Verzorgende/zorgkundige (7de jaar)",
        title_en="Carer/care assistant (7th year)",
        programme="Verzorgende/zorgkundige",
        grade="7de jaar",
        track="arbeidsmarktfinaliteit",
        so=[754],
        adv="ADV-1552",
        bks=[(ZK, None), (VZ, None)],
        contexts=ZK_CONTEXTS,
        rules=registration_rules()
        + [required(754, "ADV-1552", ["residentieel", "thuiszorg"]), signed()],
    ),
    dict(
        id="verzorgende-zorgkundige-duaal",
        title="Verzorgende/zorgkundige duaal (7de jaar)",
        title_en="Carer/care assistant, dual learning (7th year)",
        programme="Verzorgende/zorgkundige duaal",
        grade="7de jaar",
        track="arbeidsmarktfinaliteit, duaal",
        so=[755],
        adv="ADV-1553",
        bks=[(ZK, None), (VZ, None)],
        contexts=ZK_CONTEXTS,
        rules=registration_rules()
        + [
            required(755, "ADV-1553", ["residentieel", "thuiszorg"]),
            component(
                "component-residentieel", ["residentieel"], "residentiële setting", 5, 7, VZ_DUAAL
            ),
            component(
                "component-thuismilieu",
                ["thuiszorg"],
                "natuurlijk milieu van de zorgvrager",
                3,
                5,
                VZ_DUAAL,
            ),
            weekly(755, "ADV-1553"),
            signed(),
        ],
    ),
    dict(
        id="basiszorg-en-ondersteuning",
        title="Basiszorg en ondersteuning",
        title_en="Basic care and support",
        programme="Basiszorg en ondersteuning",
        grade="3de graad",
        track="arbeidsmarktfinaliteit",
        so=[543],
        adv="ADV-1778",
        bks=[
            (HH, None),
            (LOG, None),
            (ZK, BZO_PARTIAL[ZK]),
            (VZ, BZO_PARTIAL[VZ]),
            (KBP, BZO_PARTIAL[KBP]),
            (KBS, BZO_PARTIAL[KBS]),
        ],
        contexts=BZO_CONTEXTS,
        rules=[weeks(16, VOL_A), signed()],
    ),
    dict(
        id="basiszorg-en-ondersteuning-duaal",
        title="Basiszorg en ondersteuning duaal",
        title_en="Basic care and support, dual learning",
        programme="Basiszorg en ondersteuning duaal",
        grade="3de graad",
        track="arbeidsmarktfinaliteit, duaal",
        so=[665],
        adv="ADV-1332",
        bks=[
            (HH, None),
            (LOG, None),
            (ZK, BZO_PARTIAL[ZK]),
            (VZ, BZO_PARTIAL[VZ]),
            (KBP, BZO_PARTIAL[KBP]),
            (KBS, BZO_PARTIAL[KBS]),
        ],
        contexts=BZO_CONTEXTS,
        rules=[
            required(
                665,
                "ADV-1332",
                CHILDREN,
                at_least=1,
                rule_id="werkplekcomponent-kinderen",
                title="een context met kinderen (0-12 jaar)",
                source=BZO_DUAAL,
            ),
            required(
                665,
                "ADV-1332",
                ADULTS,
                at_least=1,
                exclude=["kinderziekenhuis"],
                rule_id="werkplekcomponent-volwassenen",
                title="een context met volwassenen met een zorgbehoefte (18+)",
                source=BZO_DUAAL,
            ),
            weekly(665, "ADV-1332"),
            signed(),
        ],
    ),
    dict(
        id="assistentie-wonen-zorg-welzijn",
        title="Assistentie in wonen, zorg en welzijn",
        title_en="Assistance in housing, care and welfare",
        programme="Assistentie in wonen, zorg en welzijn",
        grade="3de graad",
        track="arbeidsmarktfinaliteit",
        so=[542],
        adv="ADV-1832",
        bks=[(KD, None), (HH, None), (LOG, None)],
        contexts=AWZW_CONTEXTS,
        rules=[
            required(542, "ADV-1832", ["residentieel", "thuiszorg"], at_least=1),
            dict(
                id="niet-enkel-horeca",
                kind="not_only_contexts",
                severity="error",
                contexts=["horeca"],
                source=HORECA,
                title="niet enkel stage in de horeca",
            ),
            weeks(16, VOL_A),
            signed(),
        ],
    ),
    dict(
        id="assistentie-wonen-zorg-welzijn-duaal",
        title="Assistentie in wonen, zorg en welzijn duaal",
        title_en="Assistance in housing, care and welfare, dual learning",
        programme="Assistentie in wonen, zorg en welzijn duaal",
        grade="3de graad",
        track="arbeidsmarktfinaliteit, duaal",
        so=[554],
        adv="ADV-1833",
        bks=[(KD, None), (HH, None), (LOG, None)],
        contexts=AWZW_CONTEXTS,
        rules=[
            required(554, "ADV-1833", ["residentieel", "thuiszorg"], at_least=1),
            dict(
                id="niet-enkel-horeca",
                kind="not_only_contexts",
                severity="error",
                contexts=["horeca"],
                source=HORECA,
                title="niet enkel stage in de horeca",
            ),
            weekly(554, "ADV-1833"),
            signed(),
        ],
    ),
    dict(
        id="opvoeding-en-begeleiding",
        title="Opvoeding en begeleiding",
        title_en="Education and support",
        programme="Opvoeding en begeleiding",
        grade="3de graad",
        track="dubbele finaliteit",
        so=[496],
        adv="ADV-0826",
        bks=[(KBP, None), (KBS, None)],
        contexts=["baby-peuter", "schoolgaand", "andere"],
        rules=[
            required(496, "ADV-0826", ["baby-peuter", "schoolgaand"]),
            weeks(8, VOL_DU),
            signed(),
        ],
    ),
    dict(
        id="kinderbegeleider",
        title="Kinderbegeleider (7de jaar)",
        title_en="Childcare worker (7th year)",
        programme="Kinderbegeleider",
        grade="7de jaar",
        track="arbeidsmarktfinaliteit",
        so=[748],
        adv="ADV-1546",
        bks=[(KBP, None), (KBS, None)],
        contexts=["baby-peuter", "schoolgaand", "andere"],
        rules=[
            required(748, "ADV-1546", ["baby-peuter", "schoolgaand"]),
            weeks(
                12,
                "stage-advies: 12 weken stage in het 7de jaar (VIVO-webinar kinderbegeleider 2025)",
            ),
            signed(),
        ],
    ),
    dict(
        id="kinderbegeleider-duaal",
        title="Kinderbegeleider duaal (7de jaar)",
        title_en="Childcare worker, dual learning (7th year)",
        programme="Kinderbegeleider duaal",
        grade="7de jaar",
        track="arbeidsmarktfinaliteit, duaal",
        so=[749],
        adv="ADV-1547",
        bks=[(KBP, None), (KBS, None)],
        contexts=["baby-peuter", "schoolgaand", "andere"],
        rules=[
            required(749, "ADV-1547", ["baby-peuter", "schoolgaand"]),
            component(
                "component-baby-peuter", ["baby-peuter"], "opvang baby's en peuters", 5, 7, KB_DUAAL
            ),
            component(
                "component-buitenschools",
                ["schoolgaand"],
                "buitenschoolse kinderopvang",
                3,
                5,
                KB_DUAAL,
            ),
            weekly(749, "ADV-1547"),
            signed(),
        ],
    ),
    dict(
        id="persoonsbegeleider",
        title="Persoonsbegeleider (7de jaar)",
        title_en="Personal support worker (7th year)",
        programme="Persoonsbegeleider",
        grade="7de jaar",
        track="arbeidsmarktfinaliteit",
        so=[722],
        adv="ADV-1399",
        bks=[(PB, None)],
        contexts=PB_SETTINGS,
        rules=[required(722, "ADV-1399", PB_CONTEXTS, at_least=1), signed()],
    ),
    dict(
        id="persoonsbegeleider-duaal",
        title="Persoonsbegeleider duaal (7de jaar)",
        title_en="Personal support worker, dual learning (7th year)",
        programme="Persoonsbegeleider duaal",
        grade="7de jaar",
        track="arbeidsmarktfinaliteit, duaal",
        so=[723],
        adv="ADV-1400",
        bks=[(PB, None)],
        contexts=PB_SETTINGS,
        rules=[
            required(723, "ADV-1400", PB_CONTEXTS, at_least=1),
            weekly(723, "ADV-1400"),
            signed(),
        ],
    ),
]

# --- programmes added for issue 9, point 12 -------------------------------------------------
# Two programmes of the official links whose BKs are all "Gedeeltelijk (enkel competenties)":
# the open data does not say which competences, so each list names a documented choice of this
# app (in every partial [[bks]] note and in docs/activity-lists.md) that a school replaces in a
# variant. The official entries state no required contexts, no workplace component and no stage
# volume, so the lists carry only the app's default sign-off rule.

TXT = "BK-0083-3"  # Medewerker productielijn kleding, confectie en meubelstoffering
TV = "BK-0085-3"  # Medewerker textielverzorging
STR = "BK-0088-3"  # Operator strijkafdeling kleding- en confectieartikelen en textielverzorging
SCH = "BK-0215-3"  # Schoonmaker

ZW_NOTE = (
    "De officiële selectie van indalende competenties staat niet in de open data; deze keuze "
    "volgt de basistaken van de 2de graad zorg en welzijn (samenwerken, veilig en hygiënisch "
    "werken, schoonmaak, linnen en maaltijden). Een school past ze aan in een eigen variant."
)
ZW_PARTIAL = {
    KD: ["bkc0021544", "bkc0021545", "bkc0021583", "bkc0021485"],
    HH: ["bkc0042140", "bkc0042142", "bkc0042148", "bkc0042150"],
    LOG: ["bkc0056507", "bkc0056512", "bkc0056508", "bkc0056520"],
}
AMW_NOTE = (
    "De officiële selectie van indalende competenties staat niet in de open data; deze keuze "
    "volgt de basistaken van de aanloopopleiding (veilig werken, textielverzorging en strijken, "
    "schoonmaak en kamerdienst). Een school past ze aan in een eigen variant."
)
AMW_PARTIAL = {
    TXT: ["bkc0044910", "bkc0044921"],
    TV: ["bkc0044942", "bkc0044941", "bkc0044935"],
    STR: ["bkc0045150", "bkc0045154"],
    SCH: ["bkc0013103", "bkc0013104", "bkc0013106", "bkc0013107", "bkc0013112"],
    KD: ["bkc0021485", "bkc0021486", "bkc0021487"],
}
PARTIAL_SOURCE = (
    "Vlaamse overheid, API Structuuronderdelen: structuuronderdeel {so} ({adv}); keuze van "
    "competenties: stageportfolio"
)

MORE_LISTS: list[dict] = [
    dict(
        id="zorg-en-welzijn",
        title="Zorg en welzijn (2de graad)",
        title_en="Care and welfare (2nd grade)",
        programme="Zorg en welzijn",
        grade="2de graad",
        track="arbeidsmarktfinaliteit",
        so=[375],
        adv="ADV-1830",
        bks=[(KD, ZW_PARTIAL[KD]), (HH, ZW_PARTIAL[HH]), (LOG, ZW_PARTIAL[LOG])],
        partial_note=ZW_NOTE,
        description=(
            "Kennismaken met ondersteunende taken in zorg en welzijn. De officiële koppeling "
            "neemt de drie BK's gedeeltelijk op (enkel competenties); welke competenties is een "
            "keuze van de school."
        ),
        contexts=["residentieel", "ziekenhuis", "thuiszorg", "beperking", "horeca", "andere"],
        rules=[signed()],
    ),
    dict(
        id="aanloop-maatschappij-en-welzijn-duaal",
        title="Aanloop maatschappij en welzijn duaal",
        title_en="Pre-programme society and welfare, dual learning",
        programme="Aanloop maatschappij en welzijn duaal",
        track="duaal (aanloopopleiding)",
        so=[646],
        adv="ADV-1126",
        bks=[(code, AMW_PARTIAL[code]) for code in (TXT, TV, STR, SCH, KD)],
        partial_note=AMW_NOTE,
        description=(
            "Aanloopopleiding duaal: basistaken in textielverzorging, schoonmaak en kamerdienst. "
            "De officiële koppeling neemt de vijf BK's gedeeltelijk op (enkel competenties); "
            "welke competenties is een keuze van de school."
        ),
        contexts=["residentieel", "ziekenhuis", "beperking", "horeca", "school", "andere"],
        rules=[signed()],
    ),
]

EVC_CONTEXTS = {
    ZK: ZK_CONTEXTS,
    VZ: ZK_CONTEXTS,
    KBP: ["baby-peuter", "schoolgaand", "basisschool", "andere"],
    KBS: ["schoolgaand", "baby-peuter", "basisschool", "andere"],
    PB: PB_SETTINGS,
    LOG: ["ziekenhuis", "residentieel", "dagverzorging", "thuiszorg", "beperking", "andere"],
    HH: ["thuiszorg", "assistentiewoning", "residentieel", "ziekenhuis", "beperking", "andere"],
    KD: ["horeca", "residentieel", "ziekenhuis", "beperking", "andere"],
}
EVC_SLUG = {
    ZK: "zorgkundige",
    VZ: "verzorgende",
    KBP: "kinderbegeleider-babys-en-peuters",
    KBS: "kinderbegeleider-schoolgaande-kinderen",
    PB: "persoonsbegeleider",
    LOG: "logistiek-assistent-in-de-zorg",
    HH: "huishoudhulp-zorg",
    KD: "medewerker-kamerdienst",
}


def bk_title(code: str) -> str:
    with (BK_DIR / f"{code}.toml").open("rb") as fh:
        return str(tomllib.load(fh)["title"])


# English rule titles, derived from the Dutch ones so the two never drift apart.
TITLE_EN = [
    (
        r"^300 uur stage, waarvan hoogstens 100 uur in een andere setting$",
        "300 hours of stage, at most 100 of them in another setting",
    ),
    (
        r"^200 uur in minstens twee van residentiële ouderenzorg, ziekenhuis en thuiszorg$",
        "200 hours in at least two of residential elderly care, hospital and home care",
    ),
    (r"^stage in elk van de verplichte contexten$", "stage in each of the required contexts"),
    (
        r"^stage in minstens (\d+) van de verplichte contexten$",
        r"stage in at least \1 of the required contexts",
    ),
    (r"^minstens (\d+) weken stage$", r"at least \1 weeks of stage"),
    (
        r"^gemiddeld minstens 20 uur per week op de werkplek$",
        "on average at least 20 hours a week at the workplace",
    ),
    (r"^residentiële setting: (\d+) tot (\d+) maanden$", r"residential setting: \1 to \2 months"),
    (
        r"^natuurlijk milieu van de zorgvrager: (\d+) tot (\d+) maanden$",
        r"the care receiver's own home environment: \1 to \2 months",
    ),
    (
        r"^opvang baby's en peuters: (\d+) tot (\d+) maanden$",
        r"childcare for babies and toddlers: \1 to \2 months",
    ),
    (
        r"^buitenschoolse kinderopvang: (\d+) tot (\d+) maanden$",
        r"out-of-school childcare: \1 to \2 months",
    ),
    (r"^elke competentie afgetekend door de mentor$", "every competence signed off by the mentor"),
    (r"^een context met kinderen \(0-12 jaar\)$", "a context with children (0-12 years)"),
    (
        r"^een context met volwassenen met een zorgbehoefte \(18\+\)$",
        "a context with adults with a care need (18+)",
    ),
    (r"^niet enkel stage in de horeca$", "not only stage in hospitality"),
    (r"^elke competentie heeft een bewijsstuk$", "every competence has evidence"),
]


def title_en(title: str) -> str:
    import re

    for pattern, english in TITLE_EN:
        if re.match(pattern, title):
            return re.sub(pattern, english, title)
    raise SystemExit(f"no English title for rule title {title!r}: add it to TITLE_EN")


def rule_toml(rule: dict) -> str:
    lines = ["[[rules]]"]
    rule = {**rule, "title_en": title_en(rule["title"])}
    order = [
        "id",
        "kind",
        "severity",
        "basis",
        "title",
        "title_en",
        "hours",
        "contexts",
        "cap_outside",
        "other_contexts",
        "exclude_contexts",
        "min_distinct",
        "mode",
        "count",
        "weeks",
        "week_days",
        "day_hours",
        "over",
        "label",
        "min_months",
        "max_months",
        "min_level",
        "min_items",
        "competences",
        "source",
    ]
    for key in order:
        if key in rule:
            value = rule[key]
            lines.append(f"{key} = {arr(value) if isinstance(value, list) else q(value)}")
    return "\n".join(lines)


def list_toml(spec: dict) -> str:
    head = [
        "# Stage-activiteitenlijst: what this programme asks of a student's stage.",
        "# Format: docs/activity-lists.md. Activities come from the linked BK files (bk/).",
        "format = 1",
        f"id = {q(spec['id'])}",
        "version = 1",
        f"kind = {q(spec.get('kind', 'studierichting'))}",
        f"title = {q(spec['title'])}",
        f"title_en = {q(spec['title_en'])}",
        f"programme = {q(spec['programme'])}",
    ]
    if spec.get("grade"):
        head.append(f"grade = {q(spec['grade'])}")
    if spec.get("track"):
        head.append(f"track = {q(spec['track'])}")
    if spec.get("so"):
        head.append(f"structuuronderdelen = [{', '.join(str(n) for n in spec['so'])}]")
    head.append(f"school_year = {q('2025-2026')}")
    head.append(f"source = {q(spec['source'])}")
    if spec.get("description"):
        head.append(f"description = {q(spec['description'])}")
    head.append(f"contexts = {arr(spec['contexts'])}")
    parts = ["\n".join(head)]
    for code, comps in spec["bks"]:
        block = ["[[bks]]", f"code = {q(code)}  # {bk_title(code)}"]
        if comps:
            block.append('scope = "gedeeltelijk"')
            block.append(f"competences = {arr(comps)}")
            block.append(f"note = {q(spec.get('partial_note', PARTIAL_NOTE))}")
        else:
            block.append('scope = "volledig"')
        parts.append("\n".join(block))
    parts.extend(rule_toml(rule) for rule in spec["rules"])
    parts.append(
        "\n".join(
            [
                "# Sign-off scale (DOMAIN default); a school variant may define its own.",
                "[[levels]]",
                "value = 1",
                'label = "geobserveerd"',
                'label_en = "observed"',
                "",
                "[[levels]]",
                "value = 2",
                'label = "onder begeleiding uitgevoerd"',
                'label_en = "done with guidance"',
                "",
                "[[levels]]",
                "value = 3",
                'label = "zelfstandig uitgevoerd"',
                'label_en = "done independently"',
            ]
        )
    )
    return "\n\n".join(parts) + "\n"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    written = []
    for spec in LISTS:
        spec = dict(spec)
        spec["source"] = (
            f"Vlaamse overheid, API Structuuronderdelen: structuuronderdeel "
            f"{spec['so'][0]} ({spec['adv']}); VIVO-webinars stages 2025"
        )
        written.append(spec["id"])
        (OUT / f"{spec['id']}.toml").write_text(list_toml(spec), encoding="utf-8")
    for spec in MORE_LISTS:
        spec = dict(spec, source=PARTIAL_SOURCE.format(so=spec["so"][0], adv=spec["adv"]))
        written.append(spec["id"])
        (OUT / f"{spec['id']}.toml").write_text(list_toml(spec), encoding="utf-8")
    for code, slug in EVC_SLUG.items():
        title = bk_title(code)
        spec = dict(
            id=f"evc-{slug}",
            kind="evc",
            title=f"EVC {title}",
            title_en=f"Recognition of prior learning: {title}",
            programme=f"EVC-traject {title} ({code})",
            bks=[(code, None)],
            contexts=EVC_CONTEXTS[code],
            source=f"Vlaamse overheid, Vlaamse kwalificatiestructuur: {code}",
            description=(
                "Portfolio voor erkenning van verworven competenties: verzamel per "
                "competentie bewijsstukken. Een erkend EVC-testcentrum beoordeelt ze; ook "
                "voor een deel van de competenties kan je al een beoordeling vragen, en na "
                "die beoordeling volgt een bewijs van competenties."
            ),
            rules=[
                dict(
                    id="bewijs-per-competentie",
                    kind="competences_evidenced",
                    severity="error",
                    min_items=1,
                    source=f"EVC-portfolio {code}: bewijs per competentie",
                    title="elke competentie heeft een bewijsstuk",
                )
            ],
        )
        written.append(spec["id"])
        (OUT / f"{spec['id']}.toml").write_text(list_toml(spec), encoding="utf-8")
    print("\n".join(written))
    return 0


if __name__ == "__main__":
    sys.exit(main())
