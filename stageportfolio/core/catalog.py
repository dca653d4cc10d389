"""Loading list and BK files into a catalog, with errors that name file, line and field.

Shipped data lives in ``activity_lists/`` (``contexts.toml``, ``bk/*.toml``, ``lists/*.toml``); a
user folder with the same layout (``bk/`` and ``lists/``) adds BKs and lists, for example a
school's variant that names the list it is ``based_on``. A bad user file never stops the app:
it is left out and its problems are reported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from stageportfolio.core.activitylist import (
    DEFAULT_LEVELS,
    RULE_KINDS,
    BKFile,
    Competence,
    Level,
    ListFile,
)
from stageportfolio.core.contexts import ContextRegistry, ContextsFile
from stageportfolio.core.shipped import shipped_dir
from stageportfolio.core.tomlsource import (
    SourceText,
    TomlSyntaxError,
    UnreadableFileError,
    read_toml,
)

M = TypeVar("M", bound=BaseModel)

SHIPPED_DIR = shipped_dir("activity_lists")
# Keys a variant never inherits from the list it is based on.
_OWN_KEYS = frozenset({"id", "version", "title", "title_en", "based_on", "format"})


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


def _translate(error: Any) -> str:
    kind = error["type"]
    if kind in _PYDANTIC_NL:
        text = _PYDANTIC_NL[kind]
        if kind == "union_tag_invalid":
            tag = (error.get("ctx") or {}).get("tag", error.get("input"))
            text += f" {tag!r}; gekend: " + ", ".join(RULE_KINDS)
        return text
    if kind == "literal_error":
        return f"ongeldige waarde {error.get('input')!r}; toegelaten: {error['ctx']['expected']}"
    if kind == "string_pattern_mismatch":
        return f"ongeldige waarde {error.get('input')!r} (vorm: {error['ctx']['pattern']})"
    if kind in {"greater_than_equal", "greater_than", "less_than_equal", "less_than"}:
        bound = next(iter(error["ctx"].values()))
        sign = {"greater_than_equal": ">=", "greater_than": ">", "less_than_equal": "<="}
        return f"moet {sign.get(kind, '<')} {bound} zijn (is {error.get('input')!r})"
    message = str(error["msg"])
    return message.removeprefix("Value error, ")


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
class ActivityList:
    """A list file with everything it refers to resolved: BK files and contexts."""

    spec: ListFile
    bks: tuple[BKFile, ...]
    contexts: ContextRegistry
    path: Path | None = None

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def version(self) -> int:
        return self.spec.version

    @property
    def levels(self) -> tuple[Level, ...]:
        return self.spec.levels

    # Computed once per list (the rules engine asks for them on every evaluation) and kept
    # immutable, so the cached values can be handed out. cached_property stores the value in
    # the instance __dict__ directly, which a frozen dataclass allows.

    @cached_property
    def _competences(self) -> tuple[tuple[BKFile, Competence], ...]:
        by_code = {bk.code: bk for bk in self.bks}
        out: list[tuple[BKFile, Competence]] = []
        for link in self.spec.bks:
            bk = by_code[link.code]
            wanted = set(link.competences)
            out.extend((bk, comp) for comp in bk.competences if not wanted or comp.id in wanted)
        return tuple(out)

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


@dataclass
class Catalog:
    """Every usable list and BK, plus the problems of the files that were left out."""

    contexts: ContextRegistry
    bks: dict[str, BKFile] = field(default_factory=dict)
    lists: dict[tuple[str, int], ActivityList] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    # The file each BK of ``bks`` was loaded from.
    bk_paths: dict[str, Path] = field(default_factory=dict)

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


def _plain_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


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
    problems: list[Problem] = []

    def problem(loc: Sequence[str | int], message: str) -> None:
        problems.append(Problem(source.path, source.line_of(loc), _field_name(loc), message))

    taken: set[str] = set()
    for i, link in _items(data, "bks"):
        code = link.get("code") if isinstance(link, dict) else None
        if not isinstance(code, str):
            continue
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
            problem(("contexts", j), f"onbekende context {ctx!r}")
    if "levels" in data:
        levels = [level.get("value") if isinstance(level, dict) else None
                  for _, level in _items(data, "levels")]  # fmt: skip
        # With a level that cannot be read, min_level is not checked against the others.
        values = set(levels) if all(_plain_int(v) for v in levels) else None
    else:
        values = {level.value for level in DEFAULT_LEVELS}
    for i, rule in _items(data, "rules"):
        for j, ctx in _texts(rule, "contexts"):
            if ctx not in contexts:
                problem(("rules", i, "contexts", j), f"onbekende context {ctx!r}")
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
    return problems


def _list_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.toml")) if folder.is_dir() else []


def variant_bases(
    lists: Iterable[ActivityList], read: Callable[[Path], SourceText] | None = None
) -> dict[str, SourceText]:
    """What a ``based_on`` id resolves to, for the app and ``validate-list`` alike.

    Per list id, the source of its latest version among the lists that are not variants
    themselves, shipped and user lists together. ``read`` gives the source of a list's file
    (default: read the file again).
    """
    latest: dict[str, ActivityList] = {}
    for alist in lists:
        if alist.spec.based_on is not None or alist.path is None:
            continue
        found = latest.get(alist.id)
        if found is None or alist.version > found.version:
            latest[alist.id] = alist
    read = read or _read
    return {list_id: read(alist.path) for list_id, alist in latest.items() if alist.path}


def load_catalog(user_dir: Path | None = None) -> Catalog:
    """Load the shipped data, then a user folder (list files in it, BK files in its ``bk/``).

    Shipped data must be valid (tests guarantee it); a bad user file is left out and reported
    in ``catalog.problems``. A user BK file only adds a BK: one with the code of a BK that is
    already loaded is left out and reported, so shipped lists always use the shipped BKs.
    Lists that are not variants are resolved first; then each variant against its base (see
    ``variant_bases``).
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
        for path in _list_files(user_dir / "bk"):
            try:
                bk, source = _load_bk(path)
            except ListFileError as exc:
                catalog.problems.extend(exc.problems)
                continue
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
    bases: dict[str, SourceText] = {}
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
            catalog.lists[key] = resolved
    return catalog


def resolve_list(
    source: SourceText,
    bks: Mapping[str, BKFile],
    contexts: ContextRegistry,
    bases: Mapping[str, SourceText],
) -> ActivityList:
    """Validate one list file (merging what it inherits) and resolve its references.

    Every problem comes at once: the field errors and the references that can be read.
    """
    data = dict(source.data)
    base_id = data.get("based_on")
    if isinstance(base_id, str):
        base = bases.get(base_id)
        if base is None:
            line = source.line_of(("based_on",))
            raise ListFileError(
                [Problem(source.path, line, "based_on", f"onbekende basislijst {base_id!r}")]
            )
        inherited = {k: v for k, v in base.data.items() if k not in _OWN_KEYS and k not in data}
        data = {**inherited, **data}
    spec: ListFile | None = None
    problems: list[Problem] = []
    try:
        spec = ListFile.model_validate(data)
    except ValidationError as exc:
        problems = problems_from_validation(source, exc)
    reported = {problem.field for problem in problems}
    problems += [p for p in cross_check(data, source, bks, contexts) if p.field not in reported]
    if problems or spec is None:
        raise ListFileError(problems)
    return ActivityList(
        spec=spec,
        bks=tuple(bks[link.code] for link in spec.bks),
        contexts=contexts,
        path=source.path,
    )


def validate_file(path: Path, catalog: Catalog) -> BKFile | ActivityList:
    """Validate one list or BK file against a catalog; raises ListFileError with every problem.

    As in ``load_catalog``, a BK file may not reuse the code of a shipped BK, a list resolves
    against the catalog's BKs plus the BK files in a ``bk/`` folder next to it (never replacing
    a BK the catalog has), and a variant against ``variant_bases`` of the catalog.
    """
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
