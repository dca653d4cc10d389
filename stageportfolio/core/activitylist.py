"""The activity-list and BK file format: pydantic models and their validation.

Two kinds of file, both TOML (see docs/activity-lists.md):
- a BK file describes one beroepskwalificatie: its competences (official ``bkc`` ids) and, per
  competence, the observable activities a mentor signs off (each with a stable id);
- a list file describes what one programme (or one EVC target) asks: the BKs it links, fully
  or partly, the contexts a student may log hours in, the rules, and the sign-off scale.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
ACTIVITY_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"
BK_CODE_PATTERN = r"^BK-\d{4}-\d+$"

Severity = Literal["error", "warning"]
ListKind = Literal["studierichting", "evc"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --- BK files ---------------------------------------------------------------------------


class Activity(_Strict):
    id: str = Field(pattern=ACTIVITY_ID_PATTERN)
    text: str = Field(min_length=1)
    type: str | None = None
    source: str | None = None


class Competence(_Strict):
    id: str = Field(pattern=ACTIVITY_ID_PATTERN)
    nr: int = Field(ge=1)
    title: str = Field(min_length=1)
    type: str | None = None
    knowledge: tuple[str, ...] = ()
    note: str | None = None
    activities: tuple[Activity, ...] = Field(min_length=1)


class BKFile(_Strict):
    format: Literal[1]
    code: str = Field(pattern=BK_CODE_PATTERN)
    version: int = Field(ge=1)
    title: str = Field(min_length=1)
    vks_level: int = Field(ge=1, le=8)
    definition: str = ""
    source: str = Field(min_length=1)
    retrieved: date | None = None
    competences: tuple[Competence, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> BKFile:
        seen: set[str] = set()
        for comp in self.competences:
            for ident in (comp.id, *(act.id for act in comp.activities)):
                if ident in seen:
                    raise ValueError(f"id {ident!r} komt twee keer voor")
                seen.add(ident)
        if not self.code.endswith(f"-{self.version}"):
            raise ValueError(f"code {self.code!r} past niet bij version {self.version}")
        return self


# --- rules --------------------------------------------------------------------------------


class _Rule(_Strict):
    id: str = Field(pattern=ID_PATTERN)
    severity: Severity
    source: str = Field(min_length=1)
    title: str | None = None


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

    @model_validator(mode="after")
    def _cap_needs_contexts(self) -> MinTotalHours:
        if self.cap_outside is not None:
            if not self.contexts:
                raise ValueError("cap_outside vraagt contexts (de contexten binnen de grens)")
            if self.cap_outside < 0:
                raise ValueError("cap_outside mag niet negatief zijn")
        return self


class MinHoursInContexts(_Rule):
    kind: Literal["min_hours_in_contexts"]
    hours: Decimal
    contexts: tuple[str, ...] = Field(min_length=1)
    min_distinct: int = Field(default=1, ge=1)

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
    count: int | None = Field(default=None, ge=1)

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
    weeks: int = Field(ge=1)
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
    min_level: int = Field(ge=1)
    competences: tuple[str, ...] = ()


class CompetencesEvidenced(_Rule):
    """Every competence (or the listed ones) has at least ``min_items`` evidence items (EVC)."""

    kind: Literal["competences_evidenced"]
    min_items: int = Field(default=1, ge=1)
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
    value: int = Field(ge=1)
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

    year: int = Field(ge=1)
    level: int = Field(ge=1)
    competences: tuple[str, ...] = ()


class ListFile(_Strict):
    format: Literal[1]
    id: str = Field(pattern=ID_PATTERN)
    version: int = Field(ge=1)
    kind: ListKind
    title: str = Field(min_length=1)
    title_en: str | None = None
    programme: str = Field(min_length=1)
    grade: str | None = None
    track: str | None = None
    structuuronderdelen: tuple[int, ...] = ()
    school_year: str | None = None
    based_on: str | None = Field(default=None, pattern=ID_PATTERN)
    description: str = ""
    source: str = Field(min_length=1)
    bks: tuple[BKLink, ...] = Field(min_length=1)
    contexts: tuple[str, ...] = Field(min_length=1)
    rules: tuple[Rule, ...] = ()
    levels: tuple[Level, ...] = DEFAULT_LEVELS
    clusters: tuple[Cluster, ...] = ()
    targets: tuple[Target, ...] = ()

    @model_validator(mode="after")
    def _consistent(self) -> ListFile:
        rule_ids = [rule.id for rule in self.rules]
        if len(rule_ids) != len(set(rule_ids)):
            raise ValueError("elke regel heeft een eigen id")
        values = [level.value for level in self.levels]
        if not values or values != sorted(set(values)):
            raise ValueError("levels: waarden stijgend en elk één keer")
        codes = [link.code for link in self.bks]
        if len(codes) != len(set(codes)):
            raise ValueError("een BK staat twee keer in bks")
        if len(self.contexts) != len(set(self.contexts)):
            raise ValueError("een context staat twee keer in contexts")
        return self
