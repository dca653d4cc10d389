"""The activity-list and BK file format: pydantic models and their validation.

Two kinds of file, both TOML (see docs/activity-lists.md):
- a BK file describes one beroepskwalificatie: its competences (official ``bkc`` ids) and, per
  competence, the observable activities a mentor signs off (each with a stable id);
- a list file describes what one programme (or one EVC target) asks: the BKs it links, fully
  or partly, the contexts a student may log hours in, the rules, and the sign-off scale.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictInt,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError, PydanticKnownError

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
ACTIVITY_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"
BK_CODE_PATTERN = r"^BK-\d{4}-\d+$"

Severity = Literal["error", "warning"]
# What an unmet rule blocks: the federal registration (zorgkundige), the qualification of the
# programme, a rule of the school's own, or nothing (advice). See docs/activity-lists.md.
Basis = Literal["registratie", "kwalificatie", "school", "advies"]
ListKind = Literal["studierichting", "evc"]
SCHOOL_YEAR_PATTERN = r"^\d{4}-\d{4}$"
# One lestijd (teaching period) in adult education is 50 minutes.
LESTIJD_MINUTES = 50


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# Integer fields are strict (``Field(strict=True)``, ``StrictInt``): in lax mode pydantic takes
# TOML ``true`` as 1, ``"8"`` as 8 and ``8.0`` as 8. Hour and month bounds stay lax Decimals,
# so that both ``300`` and ``37.5`` are fine there.


def _int_only(value: object) -> object:
    if isinstance(value, bool) or not isinstance(value, int):
        raise PydanticKnownError("int_type")
    return value


# ``format = 1``: Literal cannot be strict itself, so refuse ``true`` and ``1.0`` before it.
Format = Annotated[Literal[1], BeforeValidator(_int_only)]


def error_at(loc: tuple[str | int, ...], message: str) -> PydanticCustomError:
    """An error about one part of the value being validated, ``loc`` relative to that value.

    Raise it in a field validator that checks the items of a field together (ids used twice):
    ``catalog.problems_from_validation`` appends ``loc`` to the field's location, so the problem
    names the exact key and its line (``rules[1].id``), not the whole field. The message is a
    template: do not put text from the file in it (``{...}`` would be substituted).
    """
    return PydanticCustomError("value_error_at", message, {"loc": loc})


def _second(values: Sequence[Hashable]) -> int | None:
    """The index of the first value that occurred before, or None."""
    seen: set[Hashable] = set()
    for i, value in enumerate(values):
        if value in seen:
            return i
        seen.add(value)
    return None


# --- BK files ---------------------------------------------------------------------------


class Activity(_Strict):
    id: str = Field(pattern=ACTIVITY_ID_PATTERN)
    text: str = Field(min_length=1)
    type: str | None = None
    source: str | None = None


class Competence(_Strict):
    id: str = Field(pattern=ACTIVITY_ID_PATTERN)
    nr: int = Field(strict=True, ge=1)
    title: str = Field(min_length=1)
    type: str | None = None
    knowledge: tuple[str, ...] = ()
    note: str | None = None
    activities: tuple[Activity, ...] = Field(min_length=1)


class Attestation(_Strict):
    """What a BK demands besides its competences (``extra.attesten`` in the official data): a
    certificate or document the student shows, e.g. an uittreksel uit het strafregister."""

    id: str = Field(pattern=ACTIVITY_ID_PATTERN)
    text: str = Field(min_length=1)
    type: str | None = None  # "Wettelijk attest", "Bijkomend attest"
    regulation: str | None = None  # the regulation that asks it


class BKFile(_Strict):
    format: Format
    code: str = Field(pattern=BK_CODE_PATTERN)
    version: int = Field(strict=True, ge=1)
    title: str = Field(min_length=1)
    vks_level: int = Field(strict=True, ge=1, le=8)
    definition: str = ""
    source: str = Field(min_length=1)
    retrieved: date | None = None
    attestations: tuple[Attestation, ...] = ()
    competences: tuple[Competence, ...] = Field(min_length=1)

    @field_validator("version")
    @classmethod
    def _version_fits_code(cls, version: int, info: ValidationInfo) -> int:
        code = info.data.get("code")
        if code is not None and not code.endswith(f"-{version}"):
            raise ValueError(f"version {version} past niet bij code {code!r}")
        return version

    @field_validator("competences")
    @classmethod
    def _unique_ids(cls, competences: tuple[Competence, ...]) -> tuple[Competence, ...]:
        seen: set[str] = set()
        for i, comp in enumerate(competences):
            located: list[tuple[str, tuple[str | int, ...]]] = [(comp.id, (i, "id"))]
            located += [
                (act.id, (i, "activities", j, "id")) for j, act in enumerate(comp.activities)
            ]
            for ident, loc in located:
                if ident in seen:
                    raise error_at(loc, f"id {ident!r} komt twee keer voor")
                seen.add(ident)
        return competences

    @field_validator("attestations")
    @classmethod
    def _unique_attestations(cls, attestations: tuple[Attestation, ...]) -> tuple[Attestation, ...]:
        i = _second([item.id for item in attestations])
        if i is not None:
            raise error_at((i, "id"), f"id {attestations[i].id!r} komt twee keer voor")
        return attestations

    @model_validator(mode="after")
    def _attestation_ids_are_not_competence_ids(self) -> BKFile:
        taken = {comp.id for comp in self.competences}
        taken |= {act.id for comp in self.competences for act in comp.activities}
        for i, item in enumerate(self.attestations):
            if item.id in taken:
                raise error_at(
                    ("attestations", i, "id"),
                    f"id {item.id!r} is al de id van een competentie of activiteit",
                )
        return self


# --- rules --------------------------------------------------------------------------------


class _Rule(_Strict):
    id: str = Field(pattern=ID_PATTERN)
    severity: Severity
    source: str = Field(min_length=1)
    title: str | None = None
    title_en: str | None = None
    # Left out: "advies" for a warning, "kwalificatie" for an error (set before validation).
    basis: Basis
    # Variants only: the id of a rule of the base list this (school) rule is stricter than.
    tightens: str | None = Field(default=None, pattern=ID_PATTERN)
    # Only hours of this school year (1 September to 31 August) count, e.g. "2025-2026".
    school_year: str | None = Field(default=None, pattern=SCHOOL_YEAR_PATTERN)
    # Hour rules only: count just the hours a mentor confirmed with a valid signature (the
    # school decides; docs/activity-lists.md).
    confirmed_only: bool = False

    @model_validator(mode="before")
    @classmethod
    def _default_basis(cls, data: object) -> object:
        if isinstance(data, dict) and "basis" not in data:
            advice = data.get("severity") == "warning"
            return {**data, "basis": "advies" if advice else "kwalificatie"}
        return data

    @model_validator(mode="after")
    def _advice_blocks_nothing(self) -> _Rule:
        if self.basis == "advies" and self.severity == "error":
            raise ValueError(
                'basis "advies" blokkeert niets: zet severity = "warning", of kies een andere '
                "basis (registratie, kwalificatie of school)"
            )
        return self

    @model_validator(mode="after")
    def _confirmed_only_for_hours(self) -> _Rule:
        kind = getattr(self, "kind", "")
        if self.confirmed_only and kind in ("competences_signed", "competences_evidenced"):
            raise ValueError("confirmed_only geldt enkel voor regels over uren")
        return self

    @field_validator("school_year")
    @classmethod
    def _consecutive_years(cls, value: str | None) -> str | None:
        if value is not None:
            first, second = (int(part) for part in value.split("-"))
            if second != first + 1:
                raise ValueError(f"schooljaar {value!r}: het tweede jaar volgt op het eerste")
        return value


class _ContextRule(_Rule):
    """A rule about contexts: hours count for the contexts it names, also through counts_as,
    except in ``exclude_contexts``."""

    exclude_contexts: tuple[str, ...] = ()


def _positive_minutes(value: Decimal) -> Decimal:
    if value <= 0:
        raise ValueError("moet groter dan 0 zijn")
    if (value * 60) != (value * 60).to_integral_value():
        raise ValueError("moet een geheel aantal minuten zijn")
    return value


class _HoursOrLestijden(_ContextRule):
    """A bound in ``hours`` or in ``lestijden`` (teaching periods of 50 minutes): one of both."""

    hours: Decimal | None = None
    lestijden: int | None = Field(default=None, strict=True, ge=1)

    @field_validator("hours")
    @classmethod
    def _check_hours(cls, value: Decimal | None) -> Decimal | None:
        return None if value is None else _positive_minutes(value)

    @model_validator(mode="after")
    def _one_bound(self) -> _HoursOrLestijden:
        if (self.hours is None) == (self.lestijden is None):
            raise ValueError("geef hours of lestijden (één van beide)")
        return self

    @property
    def needed_minutes(self) -> int:
        if self.lestijden is not None:
            return self.lestijden * LESTIJD_MINUTES
        assert self.hours is not None
        return int(self.hours * 60)


class MinTotalHours(_HoursOrLestijden):
    """Counted hours >= ``hours``; hours outside ``contexts`` count up to ``cap_outside``, and
    with ``other_contexts`` only the hours in those settings."""

    kind: Literal["min_total_hours"]
    contexts: tuple[str, ...] = ()
    cap_outside: Decimal | None = None
    other_contexts: tuple[str, ...] = ()

    @field_validator("cap_outside")
    @classmethod
    def _cap_not_negative(cls, cap: Decimal | None) -> Decimal | None:
        if cap is not None and cap < 0:
            raise ValueError("mag niet negatief zijn")
        return cap

    @model_validator(mode="after")
    def _cap_needs_contexts(self) -> MinTotalHours:
        if self.cap_outside is not None and not self.contexts:
            raise ValueError("cap_outside vraagt contexts (de contexten binnen de grens)")
        if self.other_contexts and self.cap_outside is None:
            raise ValueError(
                "other_contexts vraagt cap_outside (hoeveel uur daar hoogstens meetelt)"
            )
        if self.cap_outside is not None and self.lestijden is not None:
            raise ValueError("cap_outside (in uren) kan niet samen met lestijden")
        return self


class MinHoursInContexts(_HoursOrLestijden):
    kind: Literal["min_hours_in_contexts"]
    contexts: tuple[str, ...] = Field(min_length=1)
    min_distinct: int = Field(default=1, strict=True, ge=1)

    @model_validator(mode="after")
    def _distinct_fits(self) -> MinHoursInContexts:
        if self.min_distinct > len(self.contexts):
            raise ValueError("min_distinct is groter dan het aantal contexts")
        return self


class RequiredContexts(_ContextRule):
    kind: Literal["required_contexts"]
    contexts: tuple[str, ...] = Field(min_length=1)
    mode: Literal["exact", "at_least"] = "exact"
    count: int | None = Field(default=None, strict=True, ge=1)

    @model_validator(mode="after")
    def _count_fits(self) -> RequiredContexts:
        if self.mode == "at_least" and self.count is None:
            raise ValueError("mode 'at_least' vraagt count")
        if self.mode == "exact" and self.count is not None:
            raise ValueError("count hoort enkel bij mode 'at_least'")
        if self.count is not None and self.count > len(self.contexts):
            raise ValueError("count is groter dan het aantal contexts")
        return self

    @property
    def needed(self) -> int:
        return len(self.contexts) if self.count is None else self.count


class NotOnlyContexts(_ContextRule):
    kind: Literal["not_only_contexts"]
    contexts: tuple[str, ...] = Field(min_length=1)


class MinWeeks(_ContextRule):
    """A volume of stage: stage days / ``week_days`` >= ``weeks``. A day with at least
    ``day_hours`` counts as a stage day, one with at least half of that as half a day, a
    shorter one as its share of a day (docs/activity-lists.md)."""

    kind: Literal["min_weeks"]
    weeks: int = Field(strict=True, ge=1)
    contexts: tuple[str, ...] = ()
    week_days: int = Field(default=5, strict=True, ge=1, le=7)
    day_hours: Decimal = Decimal(6)

    @field_validator("day_hours")
    @classmethod
    def _day_fits(cls, value: Decimal) -> Decimal:
        _positive_minutes(value)
        if value > 24:
            raise ValueError("een dag telt hoogstens 24 uur")
        if (value * 30) != (value * 30).to_integral_value():
            raise ValueError("de helft ervan moet een geheel aantal minuten zijn")
        return value


class ComponentDuration(_ContextRule):
    kind: Literal["component_duration"]
    contexts: tuple[str, ...] = Field(min_length=1)
    label: str | None = None
    min_months: Decimal | None = Field(default=None, ge=0)
    max_months: Decimal | None = Field(default=None, gt=0)

    @model_validator(mode="after")
    def _bounds(self) -> ComponentDuration:
        if self.min_months is None and self.max_months is None:
            raise ValueError("geef min_months, max_months of allebei")
        if (
            self.min_months is not None
            and self.max_months is not None
            and self.min_months > self.max_months
        ):
            raise ValueError("min_months is groter dan max_months")
        return self


class MinWeeklyHoursAvg(_ContextRule):
    """Hours per week on average over the period: over its school weeks (school days / 5,
    school holidays and free days left out, from the school calendar) or its calendar weeks."""

    kind: Literal["min_weekly_hours_avg"]
    hours: Decimal
    contexts: tuple[str, ...] = ()
    over: Literal["school_weeks", "calendar_weeks"] = "school_weeks"

    _check_hours = field_validator("hours")(_positive_minutes)


class MinHalfDays(_ContextRule):
    """Enough half-days of stage (omzendbrief SO/2015/01: a stage from 9 half-days a school
    year; some programmes ask 18). A day with at least ``half_day_hours`` hours is one half-day,
    a day with at least twice that is two (a day has two halves, never more)."""

    kind: Literal["min_half_days"]
    half_days: int = Field(strict=True, ge=1)
    half_day_hours: Decimal = Decimal(3)
    contexts: tuple[str, ...] = ()

    @field_validator("half_day_hours")
    @classmethod
    def _half_day(cls, value: Decimal) -> Decimal:
        value = _positive_minutes(value)
        if value > 12:
            raise ValueError("een halve dag is hoogstens 12 uur")
        return value


def _hours_only(rule: _Rule) -> None:
    if rule.school_year is not None:
        raise ValueError("school_year kan enkel bij regels over uren")


class CompetencesSigned(_Rule):
    kind: Literal["competences_signed"]
    min_level: int = Field(strict=True, ge=1)
    competences: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _not_scoped(self) -> CompetencesSigned:
        _hours_only(self)
        return self


class CompetencesEvidenced(_Rule):
    """Every competence (or the listed ones) has at least ``min_items`` evidence items (EVC)."""

    kind: Literal["competences_evidenced"]
    min_items: int = Field(default=1, strict=True, ge=1)
    competences: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _not_scoped(self) -> CompetencesEvidenced:
        _hours_only(self)
        return self


Rule = Annotated[
    MinTotalHours
    | MinHoursInContexts
    | RequiredContexts
    | NotOnlyContexts
    | MinWeeks
    | ComponentDuration
    | MinWeeklyHoursAvg
    | MinHalfDays
    | CompetencesSigned
    | CompetencesEvidenced,
    Field(discriminator="kind"),
]
RULE_KINDS = (
    "min_total_hours",
    "min_hours_in_contexts",
    "required_contexts",
    "not_only_contexts",
    "min_weeks",
    "component_duration",
    "min_weekly_hours_avg",
    "min_half_days",
    "competences_signed",
    "competences_evidenced",
)
HOUR_RULE_KINDS = frozenset(RULE_KINDS[:8])


# --- list files ---------------------------------------------------------------------------


class BKLink(_Strict):
    code: str = Field(pattern=BK_CODE_PATTERN)
    scope: Literal["volledig", "gedeeltelijk"]
    competences: tuple[str, ...] = ()
    note: str | None = None

    @model_validator(mode="after")
    def _partial_names_competences(self) -> BKLink:
        if self.scope == "gedeeltelijk" and not self.competences:
            raise ValueError("een gedeeltelijke BK noemt de competenties die de lijst opneemt")
        if self.scope == "volledig" and self.competences:
            raise ValueError("een volledige BK neemt alle competenties op: laat competences weg")
        return self


class Level(_Strict):
    value: int = Field(strict=True, ge=1)
    label: str = Field(min_length=1)
    label_en: str = Field(min_length=1)


DEFAULT_LEVELS: tuple[Level, ...] = (
    Level(value=1, label="geobserveerd", label_en="observed"),
    Level(value=2, label="onder begeleiding uitgevoerd", label_en="done with guidance"),
    Level(value=3, label="zelfstandig uitgevoerd", label_en="done independently"),
)


class Cluster(_Strict):
    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1)
    competences: tuple[str, ...] = Field(min_length=1)


class Target(_Strict):
    """A per-year target: by the end of ``year`` these competences reach ``level``."""

    year: int = Field(strict=True, ge=1)
    level: int = Field(strict=True, ge=1)
    competences: tuple[str, ...] = ()


class ListActivity(_Strict):
    """An activity of this list for one of its competences: an official activity of the BK
    (by its id; ``text`` may repeat the official text) or one of the school's own (with a new
    id and its ``text``). A competence with entries here has exactly these activities in this
    list; the others keep their BK's activities. ``cluster``, ``year`` and ``level`` are data
    only: the chapter of the school's list, and the target "signed at ``level`` by the end of
    ``year``"."""

    competence: str = Field(pattern=ACTIVITY_ID_PATTERN)
    id: str = Field(pattern=ACTIVITY_ID_PATTERN)
    text: str | None = Field(default=None, min_length=1)
    source: str | None = None
    cluster: str | None = Field(default=None, pattern=ID_PATTERN)
    year: int | None = Field(default=None, strict=True, ge=1)
    level: int | None = Field(default=None, strict=True, ge=1)


class DroppedRule(_Strict):
    """A rule of the base list that a variant leaves out, on purpose and with a reason."""

    id: str = Field(pattern=ID_PATTERN)
    reason: str = Field(min_length=1)

    @field_validator("reason")
    @classmethod
    def _says_something(cls, reason: str) -> str:
        if not reason.strip():
            raise ValueError("geef de reden waarom de school deze regel laat vallen")
        return reason.strip()


class ListFile(_Strict):
    format: Format
    id: str = Field(pattern=ID_PATTERN)
    version: int = Field(strict=True, ge=1)
    kind: ListKind
    title: str = Field(min_length=1)
    title_en: str | None = None
    programme: str = Field(min_length=1)
    grade: str | None = None
    track: str | None = None
    structuuronderdelen: tuple[StrictInt, ...] = ()
    school_year: str | None = None
    based_on: str | None = Field(default=None, pattern=ID_PATTERN)
    description: str = ""
    source: str = Field(min_length=1)
    bks: tuple[BKLink, ...] = Field(min_length=1)
    contexts: tuple[str, ...] = Field(min_length=1)
    rules: tuple[Rule, ...] = ()
    levels: tuple[Level, ...] = Field(default=DEFAULT_LEVELS, min_length=1)
    clusters: tuple[Cluster, ...] = ()
    targets: tuple[Target, ...] = ()
    # Variants only: rules of the base list left out, each with its reason.
    drop_rules: tuple[DroppedRule, ...] = ()
    # Context id -> the contexts its hours also count for in this list (replacing the
    # ``counts_as`` of contexts.toml for this list; ``[]``: only for itself). Registration rules
    # (basis "registratie") always count as contexts.toml says.
    counts_as: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    # The list's own activities for some of its competences (a school's list).
    activities: tuple[ListActivity, ...] = ()

    # Checks over the items of one field, each located at the item that breaks it (error_at).

    @field_validator("rules")
    @classmethod
    def _unique_rule_ids(cls, rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
        i = _second([rule.id for rule in rules])
        if i is not None:
            message = f"id {rules[i].id!r} komt al voor: elke regel heeft een eigen id"
            raise error_at((i, "id"), message)
        return rules

    @field_validator("levels")
    @classmethod
    def _rising_levels(cls, levels: tuple[Level, ...]) -> tuple[Level, ...]:
        for i in range(1, len(levels)):
            if levels[i].value <= levels[i - 1].value:
                raise error_at(
                    (i, "value"),
                    f"waarde {levels[i].value} na {levels[i - 1].value}: "
                    "de waarden stijgen en komen elk één keer voor",
                )
        return levels

    @field_validator("bks")
    @classmethod
    def _unique_bks(cls, bks: tuple[BKLink, ...]) -> tuple[BKLink, ...]:
        i = _second([link.code for link in bks])
        if i is not None:
            raise error_at((i, "code"), f"BK {bks[i].code} staat twee keer in bks")
        return bks

    @field_validator("drop_rules")
    @classmethod
    def _unique_drops(cls, drops: tuple[DroppedRule, ...]) -> tuple[DroppedRule, ...]:
        i = _second([drop.id for drop in drops])
        if i is not None:
            raise error_at((i, "id"), "deze regel staat al eerder in drop_rules")
        return drops

    @field_validator("activities")
    @classmethod
    def _unique_activities(cls, items: tuple[ListActivity, ...]) -> tuple[ListActivity, ...]:
        i = _second([item.id for item in items])
        if i is not None:
            raise error_at(
                (i, "id"), f"id {items[i].id!r} komt al voor: elke activiteit heeft een eigen id"
            )
        return items

    @field_validator("contexts")
    @classmethod
    def _unique_contexts(cls, contexts: tuple[str, ...]) -> tuple[str, ...]:
        i = _second(contexts)
        if i is not None:
            raise error_at((i,), "deze context staat al eerder in contexts")
        return contexts
