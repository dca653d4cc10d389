"""Loading list and BK files into a catalog, with errors that name file, line and field.

Shipped data lives in ``activity_lists/`` (``contexts.toml``, ``bk/*.toml``, ``lists/*.toml``); a
user folder with the same layout (``bk/`` and ``lists/``) adds BKs and lists, for example a
school's variant that names the list it is ``based_on``. A bad user file never stops the app:
it is left out and its problems are reported.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from stageportfolio.core.activitylist import (
    ACTIVITY_ID_PATTERN,
    BK_CODE_PATTERN,
    DEFAULT_LEVELS,
    ID_PATTERN,
    RULE_KINDS,
    Activity,
    Attestation,
    BKFile,
    Competence,
    Level,
    ListFile,
    Rule,
)
from stageportfolio.core.contexts import ContextRegistry, ContextsFile, normalise
from stageportfolio.core.schoolcalendar import CALENDAR_FILE, CalendarFile, SchoolCalendar
from stageportfolio.core.shipped import shipped_dir
from stageportfolio.core.tomlsource import (
    SourceText,
    TomlSyntaxError,
    UnreadableFileError,
    read_toml,
)

M = TypeVar("M", bound=BaseModel)

SHIPPED_DIR = shipped_dir("activity_lists")
# Keys a variant never inherits from the list it is based on. Its rules are merged with the
# base's rules (``_merge_rules``), its ``counts_as`` with the base's, context by context.
_OWN_KEYS = frozenset(
    {"id", "version", "title", "title_en", "based_on", "format", "rules", "drop_rules"}
)
# Where a list comes from: shipped with the app, the user's lists folder, or carried inside a
# portfolio archive or PDF that was imported (the pupil's claim, used only when nothing installed
# has that id and version).
Origin = Literal["shipped", "user", "archive"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one file, located as precisely as we can."""

    path: Path
    line: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = str(self.path)
        if self.line is not None:
            where += f", regel {self.line}"
        if self.field:
            where += f", veld {self.field}"
        return f"{where}: {self.message}"


class ListFileError(ValueError):
    """A list, BK or contexts file that cannot be used; ``problems`` lists every reason."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = list(problems)


class UnknownListError(KeyError):
    def __init__(self, list_id: str, known: Sequence[str]) -> None:
        super().__init__(list_id)
        self.list_id = list_id
        self.known = list(known)

    def __str__(self) -> str:
        return f"onbekende lijst {self.list_id!r}; gekend: {', '.join(self.known)}"


_PYDANTIC_NL = {
    "missing": "ontbreekt",
    "extra_forbidden": "onbekend veld (typfout?)",
    "int_parsing": "moet een geheel getal zijn",
    "int_type": "moet een geheel getal zijn",
    "int_from_float": "moet een geheel getal zijn",
    "decimal_parsing": "moet een getal zijn",
    "decimal_type": "moet een getal zijn",
    "string_type": "moet tekst zijn",
    "string_too_short": "mag niet leeg zijn",
    "too_short": "mag niet leeg zijn",
    "tuple_type": "moet een lijst zijn",
    "date_from_datetime_parsing": "moet een datum zijn (jjjj-mm-dd)",
    "date_type": "moet een datum zijn (jjjj-mm-dd)",
    "date_parsing": "moet een datum zijn (jjjj-mm-dd)",
    "union_tag_invalid": "onbekend soort regel",
    "union_tag_not_found": "kind ontbreekt",
}


def _field_name(loc: Sequence[str | int]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


class _Problems(list[Problem]):
    """The problems found in one file, each located at a key path of it."""

    def __init__(self, source: SourceText) -> None:
        super().__init__()
        self.source = source

    def at(self, loc: Sequence[str | int], message: str) -> None:
        self.append(Problem(self.source.path, self.source.line_of(loc), _field_name(loc), message))


def _error_loc(error: Any) -> list[str | int]:
    """Where in the file an error is: its location as keys of the file.

    Pydantic puts the union tag (the rule kind) in the location; it is not a key in the file.
    An error raised with ``activitylist.error_at`` carries the part of the field it is about;
    an unknown tag is about the tag's key (``kind``).
    """
    loc = [part for part in error["loc"] if part not in RULE_KINDS]
    ctx = error.get("ctx") or {}
    loc.extend(ctx.get("loc", ()))
    if error["type"] == "union_tag_invalid" and isinstance(ctx.get("discriminator"), str):
        loc.append(ctx["discriminator"].strip("'\""))
    return loc


# What a value must look like, per pattern of the file formats: never the pattern itself.
_PATTERN_NL = {
    ID_PATTERN: "een id van kleine letters, cijfers en koppeltekens, zonder spaties",
    ACTIVITY_ID_PATTERN: "een id van letters, cijfers, punten, _ en koppeltekens, zonder spaties",
    BK_CODE_PATTERN: "een BK-code zoals 'BK-0243-2'",
    r"^[a-z][a-z0-9-]*$": "een id van kleine letters, cijfers en koppeltekens",
    r"^\d{4}-\d{4}$": "een schooljaar zoals '2025-2026'",
}
_BOUND_NL = {
    "greater_than_equal": "moet minstens {0} zijn",
    "greater_than": "moet groter dan {0} zijn",
    "less_than_equal": "moet hoogstens {0} zijn",
    "less_than": "moet kleiner dan {0} zijn",
}


def _slug(text: str) -> str:
    return normalise(text).replace(" ", "-")


def _translate(error: Any) -> str:
    """A pydantic error in Dutch a coordinator understands: no parser English, no regular
    expressions, a hint where one helps (a decimal comma, an id with spaces)."""
    kind = error["type"]
    value = error.get("input")
    ctx = error.get("ctx") or {}
    if kind in _PYDANTIC_NL:
        text = _PYDANTIC_NL[kind]
        if kind == "union_tag_invalid":
            tag = ctx.get("tag", value)
            text += f" {tag!r}; gekend: " + ", ".join(RULE_KINDS)
        if kind in ("decimal_parsing", "decimal_type") and isinstance(value, str):
            number = value.strip().replace(" ", "")
            if number.replace(",", "", 1).isdigit():
                dotted = number.replace(",", ".")
                text += f": schrijf {dotted} zonder aanhalingstekens, met een punt"
        return text
    if kind == "literal_error":
        allowed = str(ctx.get("expected", "")).replace(" or ", " of ")
        return f"ongeldige waarde {value!r}; toegelaten: {allowed}"
    if kind == "string_pattern_mismatch":
        what = _PATTERN_NL.get(str(ctx.get("pattern")), "een andere vorm")
        text = f"ongeldige waarde {value!r}: verwacht {what}"
        if isinstance(value, str) and what.startswith("een id") and _slug(value):
            text += f" (bv. {_slug(value)!r})"
        return text
    if kind in _BOUND_NL:
        bound = next(iter(ctx.values()))
        return _BOUND_NL[kind].format(bound) + f" (is {value!r})"
    if kind in ("value_error", "assertion_error", "value_error_at"):
        return str(error["msg"]).removeprefix("Value error, ").removeprefix("Assertion failed, ")
    if kind in ("bool_type", "bool_parsing"):
        return "moet true of false zijn"
    if kind in ("float_type", "float_parsing", "finite_number"):
        return "moet een getal zijn"
    if kind in ("list_type", "set_type", "frozen_set_type"):
        return 'moet een lijst zijn, bv. ["a", "b"]'
    if kind in ("dict_type", "model_type", "model_attributes_type", "dataclass_type"):
        return "moet een tabel zijn ([[…]] met sleutels eronder)"
    if kind in ("string_too_long", "too_long"):
        return "is te lang"
    if kind.startswith("date") or kind.startswith("datetime"):
        return "moet een datum zijn (jjjj-mm-dd)"
    return f"ongeldige waarde {value!r}"


def problems_from_validation(source: SourceText, exc: ValidationError) -> list[Problem]:
    errors = exc.errors()
    locs = [_error_loc(error) for error in errors]
    problems = []
    for error, loc in zip(errors, locs, strict=True):
        # Pydantic counts only the valid items for a minimum length: a list whose items are
        # reported as invalid is not also reported as empty.
        if error["type"] == "too_short" and any(
            len(other) > len(loc) and other[: len(loc)] == loc for other in locs
        ):
            continue
        problems.append(
            Problem(source.path, source.line_of(loc), _field_name(loc) or None, _translate(error))
        )
    return problems


def _validate(model: type[M], source: SourceText, data: dict[str, Any]) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ListFileError(problems_from_validation(source, exc)) from exc


def _read(path: Path) -> SourceText:
    try:
        return read_toml(path)
    except TomlSyntaxError as exc:
        raise ListFileError([Problem(path, exc.line, None, exc.message)]) from exc
    except UnreadableFileError as exc:
        problem = Problem(path, None, None, f"kan niet gelezen worden: {exc.message}")
        raise ListFileError([problem]) from exc


def load_contexts(path: Path) -> ContextRegistry:
    source = _read(path)
    data = _validate(ContextsFile, source, source.data)
    try:
        return ContextRegistry.from_file(data)
    except ValueError as exc:
        raise ListFileError([Problem(path, None, "contexts", str(exc))]) from exc


def load_calendar(path: Path) -> SchoolCalendar:
    """A school calendar file (the shipped one, or a school's own ``schoolkalender.toml``)."""
    source = _read(path)
    return SchoolCalendar.from_file(_validate(CalendarFile, source, source.data))


@cache
def shipped_calendar() -> SchoolCalendar:
    return load_calendar(SHIPPED_DIR / CALENDAR_FILE)


def is_calendar_file(path: Path) -> bool:
    """Whether a TOML file is a school calendar (by its name or its ``school_years``)."""
    if path.name == CALENDAR_FILE:
        return True
    try:
        data = read_toml(path).data
    except (TomlSyntaxError, UnreadableFileError):
        return False
    return "school_years" in data or "public_holidays" in data


def load_bk(path: Path) -> BKFile:
    return _load_bk(path)[0]


def _load_bk(path: Path) -> tuple[BKFile, SourceText]:
    source = _read(path)
    return _validate(BKFile, source, source.data), source


def _is_shipped(path: Path) -> bool:
    return path.resolve().is_relative_to(SHIPPED_DIR)


def _bk_taken(source: SourceText, code: str, where: Path, known: Iterable[str]) -> Problem:
    """A user BK file that reuses the code of a BK already loaded (shipped or another file)."""
    line = source.line_of(("code",))
    if not _is_shipped(where):
        return Problem(source.path, line, "code", f"{code} staat al in {where}")
    number = code.rsplit("-", 1)[0]
    versions = [int(c.rsplit("-", 1)[1]) for c in known if c.rsplit("-", 1)[0] == number]
    new = max(versions, default=0) + 1
    return Problem(
        source.path,
        line,
        "code",
        f"{code} is een BK die met de app wordt meegeleverd; een eigen bestand kan die niet "
        f"vervangen. Wil je de BK aanpassen, maak dan een nieuwe versie met een nieuwe code "
        f'(bv. code = "{number}-{new}" en version = {new}) en verwijs in je lijst naar die code',
    )


def is_bk_file(path: Path) -> bool:
    """Whether a TOML file is a BK file (it has a BK ``code`` and competences) or a list."""
    try:
        data = read_toml(path).data
    except (TomlSyntaxError, UnreadableFileError):
        return path.parent.name == "bk"
    return "competences" in data and "code" in data


@dataclass(frozen=True)
class ListAttestation:
    """An attestation a list asks (what its BKs demand besides competences), listed once even
    when several BKs ask it: the same text has the same id in every BK file."""

    attestation: Attestation
    bks: tuple[BKFile, ...]  # the list's BKs that ask it, in the list's order

    @property
    def id(self) -> str:
        return self.attestation.id

    @property
    def text(self) -> str:
        return self.attestation.text

    @property
    def type(self) -> str | None:
        return self.attestation.type

    @property
    def regulation(self) -> str | None:
        return self.attestation.regulation


@dataclass(frozen=True)
class DroppedRuleInfo:
    """A rule of the base list a variant leaves out, with the school's reason."""

    rule: Rule
    reason: str


@dataclass(frozen=True)
class VariantInfo:
    """How a variant relates to its base list: what it adds and what it leaves out."""

    base_id: str
    base_version: int
    base_title: str
    base_title_en: str | None
    own_rule_ids: tuple[str, ...]  # the rules the variant adds (basis "school")
    dropped: tuple[DroppedRuleInfo, ...]


@dataclass(frozen=True)
class ActivityList:
    """A list file with everything it refers to resolved: BK files and contexts."""

    spec: ListFile
    bks: tuple[BKFile, ...]
    contexts: ContextRegistry
    path: Path | None = None
    origin: Origin = "user"
    variant: VariantInfo | None = None

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def version(self) -> int:
        return self.spec.version

    @property
    def levels(self) -> tuple[Level, ...]:
        return self.spec.levels

    @cached_property
    def _counted_contexts(self) -> ContextRegistry:
        return self.contexts.with_counts_as(self.spec.counts_as)

    def registry_for(self, rule: Rule) -> ContextRegistry:
        """The contexts a rule counts hours with: the list's own ``counts_as`` choices, except
        for the federal registration rules, which always count as contexts.toml says."""
        if rule.basis == "registratie":
            return self.contexts
        return self._counted_contexts

    def same_content(self, other: ActivityList) -> bool:
        """The same rules, contexts, levels and BKs: the same verdict on the same portfolio."""
        return self.spec == other.spec and self.bks == other.bks

    # Computed once per list (the rules engine asks for them on every evaluation) and kept
    # immutable, so the cached values can be handed out. cached_property stores the value in
    # the instance __dict__ directly, which a frozen dataclass allows.

    @cached_property
    def _competences(self) -> tuple[tuple[BKFile, Competence], ...]:
        by_code = {bk.code: bk for bk in self.bks}
        own = self._own_activities()
        out: list[tuple[BKFile, Competence]] = []
        for link in self.spec.bks:
            bk = by_code[link.code]
            wanted = set(link.competences)
            for comp in bk.competences:
                if wanted and comp.id not in wanted:
                    continue
                if comp.id in own:  # the list's own activities for this competence
                    comp = comp.model_copy(update={"activities": tuple(own[comp.id])})
                out.append((bk, comp))
        return tuple(out)

    def _own_activities(self) -> dict[str, list[Activity]]:
        """Competence id -> the activities the list file gives it (``[[activities]]``): an
        official one as the BK has it, a school's own with the list's source unless it has one."""
        official = {
            act.id: act for bk in self.bks for comp in bk.competences for act in comp.activities
        }
        own: dict[str, list[Activity]] = {}
        for item in self.spec.activities:
            found = official.get(item.id)
            if found is None:
                found = Activity(
                    id=item.id, text=item.text or item.id, source=item.source or self.spec.source
                )
            own.setdefault(item.competence, []).append(found)
        return own

    @cached_property
    def _competence_ids(self) -> tuple[str, ...]:
        return tuple(comp.id for _, comp in self._competences)

    @cached_property
    def _activities_by_competence(self) -> Mapping[str, tuple[str, ...]]:
        return MappingProxyType(
            {comp.id: tuple(act.id for act in comp.activities) for _, comp in self._competences}
        )

    def competences(self) -> tuple[tuple[BKFile, Competence], ...]:
        """The competences this list takes, in BK order (all of a full BK, some of a partial)."""
        return self._competences

    def competence_ids(self) -> tuple[str, ...]:
        return self._competence_ids

    def activities_by_competence(self) -> Mapping[str, tuple[str, ...]]:
        """Competence id -> the ids of its activities (read-only)."""
        return self._activities_by_competence

    @cached_property
    def _attestations(self) -> tuple[ListAttestation, ...]:
        by_code = {bk.code: bk for bk in self.bks}
        found: dict[str, tuple[Attestation, list[BKFile]]] = {}
        for link in self.spec.bks:
            # A BK taken only in part ("enkel competenties") does not lead to that BK, so what
            # the BK demands for the profession is not asked.
            if link.scope != "volledig":
                continue
            bk = by_code[link.code]
            for item in bk.attestations:
                found.setdefault(item.id, (item, []))[1].append(bk)
        return tuple(ListAttestation(item, tuple(bks)) for item, bks in found.values())

    def attestations(self) -> tuple[ListAttestation, ...]:
        """The attestations of the BKs this list takes in full, each once, in BK order."""
        return self._attestations


@dataclass
class Catalog:
    """Every usable list and BK, plus the problems of the files that were left out."""

    contexts: ContextRegistry
    bks: dict[str, BKFile] = field(default_factory=dict)
    lists: dict[tuple[str, int], ActivityList] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    # The file each BK of ``bks`` was loaded from.
    bk_paths: dict[str, Path] = field(default_factory=dict)
    # The shipped school calendar, with the school years of a user's schoolkalender.toml.
    calendar: SchoolCalendar = field(default_factory=lambda: shipped_calendar())
    # Files that came with an imported portfolio and differ from the installed list (or BK) with
    # the same id and version (code): not used, the installed one is.
    conflicts: list[Problem] = field(default_factory=list)

    def ids(self) -> list[str]:
        return sorted({list_id for list_id, _ in self.lists})

    def latest(self) -> list[ActivityList]:
        return [self.get(list_id) for list_id in self.ids()]

    def get(self, list_id: str, version: int | None = None) -> ActivityList:
        if version is not None:
            found = self.lists.get((list_id, version))
            if found is None:
                raise UnknownListError(f"{list_id} versie {version}", self.ids())
            return found
        versions = [v for (i, v) in self.lists if i == list_id]
        if not versions:
            raise UnknownListError(list_id, self.ids())
        return self.lists[(list_id, max(versions))]


def _items(data: Any, key: str) -> list[tuple[int, Any]]:
    """The items of the list ``data[key]`` with their index; none when it is not a list."""
    value = data.get(key) if isinstance(data, dict) else None
    return list(enumerate(value)) if isinstance(value, list) else []


def _texts(data: Any, key: str) -> list[tuple[int, str]]:
    return [(i, item) for i, item in _items(data, key) if isinstance(item, str)]


def _text_fields(data: Any, key: str, name: str) -> list[tuple[int, str]]:
    """``data[key][i][name]`` with ``i``, for the tables of ``key`` where that field is text."""
    return [
        (i, item[name])
        for i, item in _items(data, key)
        if isinstance(item, dict) and isinstance(item.get(name), str)
    ]


def _plain_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def unknown_context(text: str, contexts: ContextRegistry) -> str:
    """Why ``text`` is no context id, in words a coordinator can act on.

    An alias where an id belongs gets its id; a word with several meanings its choices; a typo
    the nearest id.
    """
    reading = contexts.resolve(text)
    if reading.context is not None and not reading.partial:
        return (
            f"{text!r} is een andere naam voor {reading.context!r} "
            f"({contexts.label(reading.context)}): gebruik de id {reading.context!r}"
        )
    if reading.ambiguous and not reading.partial:
        choices = " of ".join(repr(c) for c in reading.choices)
        return f"{text!r} kan meer dan één context zijn: kies de id {choices}"
    close = difflib.get_close_matches(text, contexts.ids(), n=1, cutoff=0.75)
    if close:
        return f"onbekende context {text!r} (bedoel je {close[0]!r}?)"
    return f"onbekende context {text!r}; gekende contexten: {', '.join(contexts.ids())}"


def cross_check(
    data: Mapping[str, Any],
    source: SourceText,
    bks: Mapping[str, BKFile],
    contexts: ContextRegistry,
) -> list[Problem]:
    """References from a list to BKs, competences and contexts that do not exist.

    Works on the file's data as read (inherited keys merged in), not on the validated model, so
    that the references are checked even when some fields have the wrong form: whatever has
    the form of a reference is checked, the rest is left to the field errors.
    """
    problems = _Problems(source)
    problem = problems.at
    taken: set[str] = set()
    links = dict(_items(data, "bks"))
    for i, code in _text_fields(data, "bks", "code"):
        link = links[i]
        bk = bks.get(code)
        if bk is None:
            problem(("bks", i, "code"), f"onbekende BK {code!r}; gekend: {', '.join(bks)}")
            continue
        own = {comp.id for comp in bk.competences}
        named = _texts(link, "competences")
        for j, comp_id in named:
            if comp_id not in own:
                problem(("bks", i, "competences", j), f"{comp_id!r} is geen competentie van {code}")
        taken |= {comp_id for _, comp_id in named} or own
    for j, ctx in _texts(data, "contexts"):
        if ctx not in contexts:
            problem(("contexts", j), unknown_context(ctx, contexts))
    counts_as = data.get("counts_as")
    for ctx in counts_as if isinstance(counts_as, dict) else ():
        if ctx not in contexts:
            problem(("counts_as", ctx), f"onbekende context {ctx!r}")
        for j, other in _texts(counts_as, ctx):
            if other not in contexts:
                problem(("counts_as", ctx, j), f"onbekende context {other!r}")
            elif other == ctx:
                problem(("counts_as", ctx, j), "een context telt altijd al voor zichzelf")
    if "levels" in data:
        levels = [level.get("value") if isinstance(level, dict) else None
                  for _, level in _items(data, "levels")]  # fmt: skip
        # With a level that cannot be read, min_level is not checked against the others.
        values = set(levels) if all(_plain_int(v) for v in levels) else None
    else:
        values = {level.value for level in DEFAULT_LEVELS}
    for i, rule in _items(data, "rules"):
        for key in ("contexts", "other_contexts", "exclude_contexts"):
            for j, ctx in _texts(rule, key):
                if ctx not in contexts:
                    problem(("rules", i, key, j), unknown_context(ctx, contexts))
        kind = rule.get("kind") if isinstance(rule, dict) else None
        if kind in {"competences_signed", "competences_evidenced"}:
            for j, comp_id in _texts(rule, "competences"):
                if comp_id not in taken:
                    problem(("rules", i, "competences", j), f"{comp_id!r} zit niet in deze lijst")
            level = rule.get("min_level")
            if (
                kind == "competences_signed"
                and _plain_int(level)
                and values is not None
                and level not in values
            ):
                problem(("rules", i, "min_level"), f"niveau {level} staat niet in levels")
    for key in ("clusters", "targets"):
        for i, item in _items(data, key):
            for j, comp_id in _texts(item, "competences"):
                if comp_id not in taken:
                    problem((key, i, "competences", j), f"{comp_id!r} zit niet in deze lijst")
    _check_activities(data, problems, bks, taken, values)
    return problems


def same_text(one: str, other: str) -> bool:
    """Two activity texts that are the same text: case and runs of whitespace aside."""
    return " ".join(one.split()).casefold() == " ".join(other.split()).casefold()


def _check_activities(
    data: Mapping[str, Any],
    problems: _Problems,
    bks: Mapping[str, BKFile],
    taken: set[str],
    levels: set[Any] | None,
) -> None:
    """The list's own ``[[activities]]``: each for a competence of the list; an official id
    with its own competence and text; a new id with a text, starting with its competence's id;
    a cluster of the list and a level of its scale."""
    official: dict[str, tuple[str, str]] = {}
    competence_ids: set[str] = set()
    for _, code in _text_fields(data, "bks", "code"):
        for comp in bks[code].competences if code in bks else ():
            competence_ids.add(comp.id)
            official.update({act.id: (comp.id, act.text) for act in comp.activities})
    clusters = {ident for _, ident in _text_fields(data, "clusters", "id")}
    for i, item in _items(data, "activities"):
        if not isinstance(item, dict):
            continue
        comp_ref, ident, text = item.get("competence"), item.get("id"), item.get("text")
        here = ("activities", i)
        if isinstance(comp_ref, str) and comp_ref not in taken:
            problems.at((*here, "competence"), f"{comp_ref!r} is geen competentie van deze lijst")
        if isinstance(ident, str):
            found = official.get(ident)
            if found is not None:
                if isinstance(comp_ref, str) and found[0] != comp_ref:
                    problems.at(
                        (*here, "id"),
                        f"{ident!r} is een activiteit van competentie {found[0]}, niet van "
                        f"{comp_ref}",
                    )
                elif isinstance(text, str) and not same_text(text, found[1]):
                    problems.at(
                        (*here, "text"),
                        f"verschilt van de officiële tekst van {ident} ({found[1]!r}): een "
                        "officiële id hoort bij zijn eigen tekst; geef een eigen activiteit een "
                        "eigen id",
                    )
            elif ident in competence_ids:
                problems.at((*here, "id"), f"{ident!r} is de id van een competentie")
            elif "text" not in item:
                problems.at(
                    (*here, "text"),
                    f"ontbreekt: {ident!r} is geen officiële activiteit, dus de lijst geeft haar "
                    "tekst",
                )
            elif isinstance(comp_ref, str) and not ident.startswith(f"{comp_ref}-"):
                problems.at(
                    (*here, "id"),
                    f"een eigen activiteit krijgt een id die met de id van haar competentie "
                    f"begint, bv. {comp_ref + '-' + ident.lower()!r}",
                )
        cluster = item.get("cluster")
        if isinstance(cluster, str) and cluster not in clusters:
            problems.at((*here, "cluster"), f"cluster {cluster!r} staat niet in [[clusters]]")
        level = item.get("level")
        if _plain_int(level) and levels is not None and level not in levels:
            problems.at((*here, "level"), f"niveau {level} staat niet in levels")


def _list_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.glob("*.toml") if path.name != CALENDAR_FILE)


def _bk_files(folder: Path, problems: list[Problem]) -> Iterator[tuple[Path, BKFile, SourceText]]:
    """The BK files of a user folder that can be read; the problems of the others are added."""
    for path in _list_files(folder):
        try:
            bk, source = _load_bk(path)
        except ListFileError as exc:
            problems.extend(exc.problems)
            continue
        yield path, bk, source


@dataclass(frozen=True)
class Base:
    """A list a variant can be based on: its file as read (for the keys a variant inherits)
    and the resolved list (for its rules)."""

    source: SourceText
    alist: ActivityList


def variant_bases(
    lists: Iterable[ActivityList], read: Callable[[Path], SourceText] | None = None
) -> dict[str, Base]:
    """What a ``based_on`` id resolves to, for the app and ``validate-list`` alike.

    Per list id, its latest version among the lists that are not variants themselves, shipped,
    user and archive lists together. ``read`` gives the source of a list's file (default: read
    the file again).
    """
    latest: dict[str, ActivityList] = {}
    for alist in lists:
        if alist.spec.based_on is not None or alist.path is None:
            continue
        found = latest.get(alist.id)
        if found is None or alist.version > found.version:
            latest[alist.id] = alist
    read = read or _read
    return {
        list_id: Base(read(alist.path), alist) for list_id, alist in latest.items() if alist.path
    }


def load_catalog(user_dir: Path | None = None, archive_dir: Path | None = None) -> Catalog:
    """Load the shipped data, then a user folder (list files in it, BK files in its ``bk/``),
    then the lists that came with an imported portfolio (``archive_dir``, same layout).

    Shipped data must be valid (tests guarantee it); a bad user file is left out and reported
    in ``catalog.problems``. A user BK file only adds a BK: one with the code of a BK that is
    already loaded is left out and reported, so shipped lists always use the shipped BKs.
    Lists that are not variants are resolved first; then each variant against its base (see
    ``variant_bases``). Archive lists only fill in what is not installed: see
    ``_load_archive_lists``.
    """
    contexts = load_contexts(SHIPPED_DIR / "contexts.toml")
    catalog = Catalog(contexts=contexts)
    for path in _list_files(SHIPPED_DIR / "bk"):
        bk, _ = _load_bk(path)
        catalog.bks[bk.code] = bk
        catalog.bk_paths[bk.code] = path
    shipped_bks = dict(catalog.bks)
    raw_lists = [_read(path) for path in _list_files(SHIPPED_DIR / "lists")]
    if user_dir is not None:
        own_calendar = user_dir / CALENDAR_FILE
        if own_calendar.is_file():
            try:
                catalog.calendar = catalog.calendar.overridden_by(load_calendar(own_calendar))
            except ListFileError as exc:
                catalog.problems.extend(exc.problems)
        for path, bk, source in _bk_files(user_dir / "bk", catalog.problems):
            if bk.code in catalog.bks:
                where = catalog.bk_paths[bk.code]
                catalog.problems.append(_bk_taken(source, bk.code, where, catalog.bks))
                continue
            catalog.bks[bk.code] = bk
            catalog.bk_paths[bk.code] = path
        for path in _list_files(user_dir):
            try:
                raw_lists.append(_read(path))
            except ListFileError as exc:
                catalog.problems.extend(exc.problems)
    variants = [source for source in raw_lists if "based_on" in source.data]
    plain = [source for source in raw_lists if "based_on" not in source.data]
    bases: dict[str, Base] = {}
    for group in (plain, variants):
        if group is variants:
            read = {source.path: source for source in raw_lists}
            bases = variant_bases(catalog.lists.values(), read.__getitem__)
        for source in group:
            shipped = _is_shipped(source.path)
            try:
                resolved = resolve_list(
                    source, shipped_bks if shipped else catalog.bks, contexts, bases
                )
            except ListFileError as exc:
                if shipped:
                    raise
                catalog.problems.extend(exc.problems)
                continue
            key = (resolved.id, resolved.version)
            if key in catalog.lists:
                other = catalog.lists[key].path
                catalog.problems.append(
                    Problem(
                        source.path,
                        source.line_of(("id",)),
                        "id",
                        f"{resolved.id} versie {resolved.version} bestaat al ({other})",
                    )
                )
                continue
            catalog.lists[key] = replace(resolved, origin="shipped" if shipped else "user")
    if archive_dir is not None:
        _load_archive_lists(catalog, archive_dir)
    return catalog


def _load_archive_lists(catalog: Catalog, folder: Path) -> None:
    """The list files that came with an imported portfolio: the portfolio's list, its base and
    the BK files of the user that it links.

    They are the pupil's claim, so they never replace anything installed: a list (or BK) with
    the id and version (code) of an installed one is not used, and when its content differs,
    that is reported. A variant in this folder is resolved against the base in this folder (the
    version it was exported with) or, when that id and version is installed, the installed one.
    """
    bks = dict(catalog.bks)
    bk_paths: dict[str, Path] = {}
    for path, bk, source in _bk_files(folder / "bk", catalog.problems):
        installed_bk = catalog.bks.get(bk.code)
        if installed_bk is None:
            bks[bk.code] = bk
            bk_paths[bk.code] = path
        elif installed_bk != bk:
            catalog.conflicts.append(
                Problem(
                    path,
                    source.line_of(("code",)),
                    "code",
                    f"{bk.code} uit het portfolio-archief verschilt van de geïnstalleerde BK "
                    f"({catalog.bk_paths[bk.code]}); de geïnstalleerde geldt",
                )
            )
    sources: list[SourceText] = []
    for path in _list_files(folder):
        try:
            sources.append(_read(path))
        except ListFileError as exc:
            catalog.problems.extend(exc.problems)
    if not sources:
        return
    pinned: dict[str, ActivityList] = {}
    plain = [source for source in sources if "based_on" not in source.data]
    variants = [source for source in sources if "based_on" in source.data]
    for group in (plain, variants):
        bases = variant_bases(catalog.lists.values())
        bases.update({i: Base(_read(a.path), a) for i, a in pinned.items() if a.path})
        for source in group:
            try:
                resolved = resolve_list(source, bks, catalog.contexts, bases)
            except ListFileError as exc:
                catalog.problems.extend(exc.problems)
                continue
            installed = catalog.lists.get((resolved.id, resolved.version))
            if installed is None:
                installed = replace(resolved, origin="archive")
                catalog.lists[(resolved.id, resolved.version)] = installed
                for link in resolved.spec.bks:
                    if link.code in bk_paths:
                        catalog.bks.setdefault(link.code, bks[link.code])
                        catalog.bk_paths.setdefault(link.code, bk_paths[link.code])
            elif not installed.same_content(resolved):
                catalog.conflicts.append(
                    Problem(
                        source.path,
                        source.line_of(("id",)),
                        "id",
                        f"{resolved.id} versie {resolved.version} uit het portfolio-archief "
                        f"verschilt van de geïnstalleerde lijst ({installed.path}); de "
                        "geïnstalleerde lijst geldt",
                    )
                )
            if group is plain:
                pinned[resolved.id] = installed


def resolve_list(
    source: SourceText,
    bks: Mapping[str, BKFile],
    contexts: ContextRegistry,
    bases: Mapping[str, Base],
) -> ActivityList:
    """Validate one list file (merging what it inherits) and resolve its references.

    Every problem comes at once: the field errors and the references that can be read.
    """
    data = dict(source.data)
    base_id = data.get("based_on")
    base: Base | None = None
    problems: list[Problem] = []
    if isinstance(base_id, str):
        base = bases.get(base_id)
        if base is None:
            line = source.line_of(("based_on",))
            raise ListFileError(
                [Problem(source.path, line, "based_on", f"onbekende basislijst {base_id!r}")]
            )
        inherited = {
            k: v for k, v in base.source.data.items() if k not in _OWN_KEYS and k not in data
        }
        base_counts = base.source.data.get("counts_as")
        own_counts = data.get("counts_as")
        if isinstance(base_counts, dict) and isinstance(own_counts, dict):
            data["counts_as"] = {**base_counts, **own_counts}
        data = {**inherited, **data}
    else:
        problems += _variant_keys_in_plain_list(data, source)
    spec: ListFile | None = None
    try:
        spec = ListFile.model_validate(data)
    except ValidationError as exc:
        problems += problems_from_validation(source, exc)
    reported = {problem.field for problem in problems}
    problems += [p for p in cross_check(data, source, bks, contexts) if p.field not in reported]
    variant: VariantInfo | None = None
    if base is not None:
        problems += _variant_problems(data, base.alist, source)
        if spec is not None and not problems:
            spec, variant = _merge_rules(spec, base.alist)
            problems += _check_inherited_rules(data, spec, variant, base, source, bks, contexts)
    if problems or spec is None:
        raise ListFileError(problems)
    return ActivityList(
        spec=spec,
        bks=tuple(bks[link.code] for link in spec.bks),
        contexts=contexts,
        path=source.path,
        variant=variant,
    )


def _variant_keys_in_plain_list(data: Mapping[str, Any], source: SourceText) -> list[Problem]:
    """``drop_rules`` and ``tightens`` speak of a base list: only a variant has one."""
    problems = _Problems(source)
    only = "hoort enkel bij een variant (een lijst met based_on)"
    if "drop_rules" in data:
        problems.at(("drop_rules",), f"drop_rules {only}")
    for i, rule in _items(data, "rules"):
        if isinstance(rule, dict) and "tightens" in rule:
            problems.at(("rules", i, "tightens"), f"tightens {only}")
    return problems


_RULE: TypeAdapter[Rule] = TypeAdapter(Rule)
_PRESENTATION = {"title", "title_en", "source", "basis"}
# Per rule kind, the fields whose higher value asks more (for ``tightens``).
_STRICTER_WHEN_HIGHER = ("weeks", "min_level", "min_items", "half_days", "min_distinct")


def _same_rule(own: Rule, base: Rule) -> bool:
    """An unchanged copy of a base rule (titles, source and basis aside)."""
    return own.model_dump(exclude=_PRESENTATION) == base.model_dump(exclude=_PRESENTATION)


def _looser(own: Rule, base: Rule) -> str | None:
    """Why a rule that says it ``tightens`` a base rule asks less than it; None when it does not."""
    if own.kind != base.kind:
        return None
    mine, theirs = getattr(own, "needed_minutes", None), getattr(base, "needed_minutes", None)
    if isinstance(mine, int) and isinstance(theirs, int) and mine < theirs:
        return (
            f"is niet strenger dan {base.id!r}: vraagt {mine} minuten, de basislijst {theirs} "
            "minuten"
        )
    for name in _STRICTER_WHEN_HIGHER:
        mine, theirs = getattr(own, name, None), getattr(base, name, None)
        if isinstance(mine, int) and isinstance(theirs, int) and mine < theirs:
            return f"is niet strenger dan {base.id!r}: {name} {mine} is minder dan {theirs}"
    return None


def _as_rule(raw: Any) -> Rule | None:
    """One rule table of a file as a rule, or None when it has problems of its own."""
    try:
        return _RULE.validate_python(raw)
    except ValidationError:
        return None


def _variant_problems(
    data: Mapping[str, Any], base: ActivityList, source: SourceText
) -> list[Problem]:
    """What a variant may not do to its base: leave out a rule the base does not have or a
    federal registration rule, give its own rule a base rule's id or another basis than
    "school", or say it ``tightens`` a rule it does not tighten.

    Works on the file's data as read, so these problems come together with the field errors.
    """
    problems = _Problems(source)
    problem = problems.at
    base_rules = {rule.id: rule for rule in base.spec.rules}
    known = ", ".join(base_rules) or "geen regels"
    dropped: set[str] = set()
    for i, rule_id in _text_fields(data, "drop_rules", "id"):
        target = base_rules.get(rule_id)
        if target is None:
            problem(
                ("drop_rules", i, "id"),
                f"regel {rule_id!r} staat niet in de basislijst {base.id}; die heeft: {known}",
            )
        elif target.basis == "registratie":
            problem(
                ("drop_rules", i, "id"),
                f"regel {rule_id!r} is een federale registratievoorwaarde (basis "
                '"registratie"): een school kan ze niet laten vallen, want zonder die regel kan '
                "een leerling zich niet registreren. Een strengere regel van de school mag wel, "
                "naast deze regel",
            )
        else:
            dropped.add(rule_id)
    for j, raw in _items(data, "rules"):
        if not isinstance(raw, dict):
            continue
        own = _as_rule(raw)
        if raw.get("basis") in ("registratie", "kwalificatie"):
            problem(
                ("rules", j, "basis"),
                f'een variant schrijft regels van de school: basis is hier altijd "school" '
                f"(laat basis weg); de regels van {base.id} blijven gelden zoals ze zijn",
            )
        own_id = raw.get("id")
        same = base_rules.get(own_id) if isinstance(own_id, str) else None
        if same is not None:
            if not (own_id not in dropped and own is not None and _same_rule(own, same)):
                problem(
                    ("rules", j, "id"),
                    f"regel {own_id!r} staat al in de basislijst {base.id}: een variant erft die "
                    "regel en kan ze niet vervangen. Geef je eigen regel een eigen id (de regel "
                    f"van {base.id} blijft gelden; zeg met tightens = {own_id!r} dat jouw regel "
                    "strenger is); wil je de regel van de basislijst echt niet, zet ze in "
                    "[[drop_rules]] met een reden",
                )
            continue
        tightens = raw.get("tightens")
        if isinstance(tightens, str):
            target = base_rules.get(tightens)
            loc = ("rules", j, "tightens")
            if target is None:
                problem(loc, f"regel {tightens!r} staat niet in de basislijst {base.id}")
            elif tightens in dropped:
                problem(loc, f"regel {tightens!r} laat deze variant vallen (drop_rules)")
            elif own is not None and (why := _looser(own, target)) is not None:
                problem(loc, why)
    return problems


def _merge_rules(spec: ListFile, base: ActivityList) -> tuple[ListFile, VariantInfo]:
    """A variant's rules (checked by ``_variant_problems``): every rule of its base, except those
    it drops, then its own rules, which are the school's (basis "school"). An unchanged copy of a
    base rule is the base rule. A rule that tightens a base rule comes right after it.
    """
    base_rules = {rule.id: rule for rule in base.spec.rules}
    dropped = {drop.id: drop.reason for drop in spec.drop_rules}
    own = [
        rule.model_copy(update={"basis": "school"})
        for rule in spec.rules
        if rule.id not in base_rules  # an unchanged copy (as variants once had to write)
    ]
    after: dict[str | None, list[Rule]] = {}
    for rule in own:
        after.setdefault(rule.tightens, []).append(rule)
    merged: list[Rule] = []
    for rule in base.spec.rules:
        if rule.id not in dropped:
            merged.append(rule)
        merged.extend(after.pop(rule.id, []))
    merged.extend(rule for rules in after.values() for rule in rules)
    variant = VariantInfo(
        base_id=base.id,
        base_version=base.version,
        base_title=base.spec.title,
        base_title_en=base.spec.title_en,
        own_rule_ids=tuple(rule.id for rule in own),
        dropped=tuple(DroppedRuleInfo(base_rules[i], reason) for i, reason in dropped.items()),
    )
    return spec.model_copy(update={"rules": tuple(merged)}), variant


def _check_inherited_rules(
    data: Mapping[str, Any],
    spec: ListFile,
    variant: VariantInfo,
    base: Base,
    source: SourceText,
    bks: Mapping[str, BKFile],
    contexts: ContextRegistry,
) -> list[Problem]:
    """The base's rules checked against what the variant changes (its levels, its BKs)."""
    kept = [rule.id for rule in spec.rules if rule.id not in variant.own_rule_ids]
    raw = {rule.get("id"): rule for _, rule in _items(base.source.data, "rules")
           if isinstance(rule, dict)}  # fmt: skip
    kept = [rule_id for rule_id in kept if rule_id in raw]
    inherited = {**data, "rules": [raw[rule_id] for rule_id in kept]}
    nowhere = SourceText(source.path, "", {})
    out = []
    for found in cross_check(inherited, nowhere, bks, contexts):
        if not (found.field or "").startswith("rules["):
            continue  # reported for the variant's own keys already
        index = int((found.field or "")[len("rules[") :].split("]", 1)[0])
        out.append(
            replace(
                found,
                line=source.line_of(("based_on",)),
                field="based_on",
                message=f"geërfde regel {kept[index]!r} van {base.alist.id}: {found.message}",
            )
        )
    return out


def validate_file(path: Path, catalog: Catalog) -> BKFile | ActivityList | SchoolCalendar:
    """Validate one list, BK or school calendar file against a catalog; raises ListFileError
    with every problem.

    As in ``load_catalog``, a BK file may not reuse the code of a shipped BK, a list resolves
    against the catalog's BKs plus the BK files in a ``bk/`` folder next to it (never replacing
    a BK the catalog has), and a variant against ``variant_bases`` of the catalog.
    """
    if is_calendar_file(path):
        return load_calendar(path)
    if is_bk_file(path):
        bk, source = _load_bk(path)
        where = catalog.bk_paths.get(bk.code)
        if where is not None and _is_shipped(where) and where.resolve() != path.resolve():
            raise ListFileError([_bk_taken(source, bk.code, where, catalog.bks)])
        return bk
    bks = dict(catalog.bks)
    for bk_path in _list_files(path.parent / "bk"):
        bk = load_bk(bk_path)
        bks.setdefault(bk.code, bk)
    source = _read(path)
    return resolve_list(source, bks, catalog.contexts, variant_bases(catalog.lists.values()))
