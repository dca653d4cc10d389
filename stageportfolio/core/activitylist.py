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
ListKind = Literal["studierichting", "evc"]


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


class BKFile(_Strict):
    format: Format
    code: str = Field(pattern=BK_CODE_PATTERN)
    version: int = Field(strict=True, ge=1)
    title: str = Field(min_length=1)
    vks_level: int = Field(strict=True, ge=1, le=8)
    definition: str = ""
    source: str = Field(min_length=1)
    retrieved: date | None = None
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


# --- rules --------------------------------------------------------------------------------


class _Rule(_Strict):
    id: str = Field(pattern=ID_PATTERN)
    severity: Severity
    source: str = Field(min_length=1)
    title: str | None = None
    title_en: str | None = None
    # Hour rules only: count just the hours a mentor confirmed with a valid signature (the
    # school decides; docs/activity-lists.md).
    confirmed_only: bool = False

    @model_validator(mode="after")
    def _confirmed_only_for_hours(self) -> _Rule:
        kind = getattr(self, "kind", "")
        if self.confirmed_only and kind in ("competences_signed", "competences_evidenced"):
            raise ValueError("confirmed_only geldt enkel voor regels over uren")
        return self


def _positive_minutes(value: Decimal) -> Decimal:
    if value <= 0:
        raise ValueError("moet groter dan 0 zijn")
    if (value * 60) != (value * 60).to_integral_value():
        raise ValueError("moet een geheel aantal minuten zijn")
    return value


class MinTotalHours(_Rule):
    """Counted hours >= ``hours``; hours outside ``contexts`` count up to ``cap_outside``."""

    kind: Literal["min_total_hours"]
    hours: Decimal
    contexts: tuple[str, ...] = ()
    cap_outside: Decimal | None = None

    _check_hours = field_validator("hours")(_positive_minutes)

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
        return self


class MinHoursInContexts(_Rule):
    kind: Literal["min_hours_in_contexts"]
    hours: Decimal
    contexts: tuple[str, ...] = Field(min_length=1)
    min_distinct: int = Field(default=1, strict=True, ge=1)

    _check_hours = field_validator("hours")(_positive_minutes)

    @model_validator(mode="after")
    def _distinct_fits(self) -> MinHoursInContexts:
        if self.min_distinct > len(self.contexts):
            raise ValueError("min_distinct is groter dan het aantal contexts")
        return self


class RequiredContexts(_Rule):
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


class NotOnlyContexts(_Rule):
    kind: Literal["not_only_contexts"]
    contexts: tuple[str, ...] = Field(min_length=1)


class MinWeeks(_Rule):
    kind: Literal["min_weeks"]
    weeks: int = Field(strict=True, ge=1)
    contexts: tuple[str, ...] = ()


class ComponentDuration(_Rule):
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


class MinWeeklyHoursAvg(_Rule):
    kind: Literal["min_weekly_hours_avg"]
    hours: Decimal
    contexts: tuple[str, ...] = ()

    _check_hours = field_validator("hours")(_positive_minutes)


class CompetencesSigned(_Rule):
    kind: Literal["competences_signed"]
    min_level: int = Field(strict=True, ge=1)
    competences: tuple[str, ...] = ()


class CompetencesEvidenced(_Rule):
    """Every competence (or the listed ones) has at least ``min_items`` evidence items (EVC)."""

    kind: Literal["competences_evidenced"]
    min_items: int = Field(default=1, strict=True, ge=1)
    competences: tuple[str, ...] = ()


Rule = Annotated[
    MinTotalHours
    | MinHoursInContexts
    | RequiredContexts
    | NotOnlyContexts
    | MinWeeks
    | ComponentDuration
    | MinWeeklyHoursAvg
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
    "competences_signed",
    "competences_evidenced",
)
HOUR_RULE_KINDS = frozenset(RULE_KINDS[:7])


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

    @field_validator("contexts")
    @classmethod
    def _unique_contexts(cls, contexts: tuple[str, ...]) -> tuple[str, ...]:
        i = _second(contexts)
        if i is not None:
            raise error_at((i,), "deze context staat al eerder in contexts")
        return contexts
