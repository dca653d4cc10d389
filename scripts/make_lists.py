# ruff: noqa: RUF005 - rule lists are built by concatenation on purpose
"""Write the shipped list files (activity_lists/lists/*.toml) from the table in this script.

The list files are the product's data and are meant to be read and edited by people; this script
only keeps the fourteen studierichting lists and eight EVC lists consistent with each other when
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
    rule["title"] = title or (
        "stage in elk van de verplichte contexten"
        if at_least is None
        else f"stage in minstens {at_least} van de verplichte contexten"
    )
    return rule


def weeks(n: int, source: str) -> dict:
    return dict(
        id="stagevolume",
        kind="min_weeks",
        severity="warning",
        weeks=n,
        source=source,
        title=f"stage gespreid over minstens {n} weken",
    )


def weekly(so: int, adv: str) -> dict:
    return dict(
        id="duaal-20-uur-per-week",
        kind="min_weekly_hours_avg",
        severity="error",
        hours=20,
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
CHILDREN = ["baby-peuter", "schoolgaand"]
ADULTS = ["residentieel", "ziekenhuis", "thuiszorg", "beperking"]
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
        contexts=["residentieel", "ziekenhuis", "thuiszorg", "beperking", "andere"],
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
        contexts=["residentieel", "ziekenhuis", "thuiszorg", "beperking", "andere"],
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
        contexts=["residentieel", "ziekenhuis", "thuiszorg", "beperking", "andere"],
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
        contexts=[
            "residentieel",
            "ziekenhuis",
            "thuiszorg",
            "beperking",
            "baby-peuter",
            "schoolgaand",
            "andere",
        ],
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
        contexts=[
            "residentieel",
            "ziekenhuis",
            "thuiszorg",
            "beperking",
            "baby-peuter",
            "schoolgaand",
            "andere",
        ],
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
        contexts=["residentieel", "thuiszorg", "ziekenhuis", "beperking", "horeca", "andere"],
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
        contexts=["residentieel", "thuiszorg", "ziekenhuis", "beperking", "horeca", "andere"],
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
        contexts=[*PB_CONTEXTS, "residentieel", "andere"],
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
        contexts=[*PB_CONTEXTS, "residentieel", "andere"],
        rules=[
            required(723, "ADV-1400", PB_CONTEXTS, at_least=1),
            weekly(723, "ADV-1400"),
            signed(),
        ],
    ),
]

EVC_CONTEXTS = {
    ZK: ["residentieel", "ziekenhuis", "thuiszorg", "beperking", "andere"],
    VZ: ["residentieel", "ziekenhuis", "thuiszorg", "beperking", "andere"],
    KBP: ["baby-peuter", "schoolgaand", "andere"],
    KBS: ["schoolgaand", "baby-peuter", "andere"],
    PB: [*PB_CONTEXTS, "residentieel", "andere"],
    LOG: ["ziekenhuis", "residentieel", "thuiszorg", "beperking", "andere"],
    HH: ["thuiszorg", "residentieel", "ziekenhuis", "beperking", "andere"],
    KD: ["residentieel", "ziekenhuis", "horeca", "beperking", "andere"],
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
    (r"^stage gespreid over minstens (\d+) weken$", r"stage spread over at least \1 weeks"),
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
        "min_distinct",
        "mode",
        "count",
        "weeks",
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
            block.append(f"note = {q(PARTIAL_NOTE)}")
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
                "competentie bewijsstukken. Een bewijs van competenties kan al voor een "
                "deel van de competenties."
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
