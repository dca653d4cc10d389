"""Loading list and BK files into a catalog, with errors that name file, line and field.

Shipped data lives in ``activity_lists/`` (``contexts.toml``, ``bk/*.toml``, ``lists/*.toml``); a
user folder with the same layout (``bk/`` and ``lists/``) adds BKs and lists, for example a
school's variant that names the list it is ``based_on``. A bad user file never stops the app:
it is left out and its problems are reported.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from stageportfolio.core.activitylist import (
    BKFile,
    Competence,
    CompetencesEvidenced,
    CompetencesSigned,
    Level,
    ListFile,
)
from stageportfolio.core.contexts import ContextRegistry, ContextsFile
from stageportfolio.core.tomlsource import (
    SourceText,
    TomlSyntaxError,
    UnreadableFileError,
    read_toml,
)

M = TypeVar("M", bound=BaseModel)

SHIPPED_DIR = Path(__file__).resolve().parents[2] / "activity_lists"
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


def _clean_loc(loc: Sequence[str | int]) -> list[str | int]:
    # Pydantic puts the union tag (the rule kind) in the location; it is not a key in the file.
    from stageportfolio.core.activitylist import RULE_KINDS

    return [part for part in loc if part not in RULE_KINDS]


def _translate(error: Any) -> str:
    kind = error["type"]
    if kind in _PYDANTIC_NL:
        text = _PYDANTIC_NL[kind]
        if kind == "union_tag_invalid":
            text += f" {error.get('input')!r}; gekend: " + ", ".join(_rule_kinds())
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


def _rule_kinds() -> list[str]:
    from stageportfolio.core.activitylist import RULE_KINDS

    return list(RULE_KINDS)


def problems_from_validation(source: SourceText, exc: ValidationError) -> list[Problem]:
    problems = []
    for error in exc.errors():
        loc = _clean_loc(error["loc"])
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
    source = _read(path)
    return _validate(BKFile, source, source.data)


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

    def competences(self) -> list[tuple[BKFile, Competence]]:
        """The competences this list takes, in BK order (all of a full BK, some of a partial)."""
        by_code = {bk.code: bk for bk in self.bks}
        out: list[tuple[BKFile, Competence]] = []
        for link in self.spec.bks:
            bk = by_code[link.code]
            wanted = set(link.competences)
            out.extend((bk, comp) for comp in bk.competences if not wanted or comp.id in wanted)
        return out

    def competence_ids(self) -> list[str]:
        return [comp.id for _, comp in self.competences()]

    def activities_by_competence(self) -> dict[str, list[str]]:
        return {comp.id: [act.id for act in comp.activities] for _, comp in self.competences()}


@dataclass
class Catalog:
    """Every usable list and BK, plus the problems of the files that were left out."""

    contexts: ContextRegistry
    bks: dict[str, BKFile] = field(default_factory=dict)
    lists: dict[tuple[str, int], ActivityList] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

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


def cross_check(
    spec: ListFile, source: SourceText, bks: dict[str, BKFile], contexts: ContextRegistry
) -> list[Problem]:
    """References from a list to BKs, competences and contexts that do not exist."""
    problems: list[Problem] = []

    def problem(loc: Sequence[str | int], message: str) -> None:
        problems.append(Problem(source.path, source.line_of(loc), _field_name(loc), message))

    taken: set[str] = set()
    for i, link in enumerate(spec.bks):
        bk = bks.get(link.code)
        if bk is None:
            problem(("bks", i, "code"), f"onbekende BK {link.code!r}; gekend: {', '.join(bks)}")
            continue
        own = {comp.id for comp in bk.competences}
        for j, comp_id in enumerate(link.competences):
            if comp_id not in own:
                problem(
                    ("bks", i, "competences", j), f"{comp_id!r} is geen competentie van {bk.code}"
                )
        taken |= set(link.competences) or own
    for j, ctx in enumerate(spec.contexts):
        if ctx not in contexts:
            problem(("contexts", j), f"onbekende context {ctx!r}")
    for i, rule in enumerate(spec.rules):
        for j, ctx in enumerate(getattr(rule, "contexts", ())):
            if ctx not in contexts:
                problem(("rules", i, "contexts", j), f"onbekende context {ctx!r}")
        if isinstance(rule, CompetencesSigned | CompetencesEvidenced):
            for j, comp_id in enumerate(rule.competences):
                if comp_id not in taken:
                    problem(("rules", i, "competences", j), f"{comp_id!r} zit niet in deze lijst")
            if isinstance(rule, CompetencesSigned) and rule.min_level not in {
                level.value for level in spec.levels
            }:
                problem(("rules", i, "min_level"), f"niveau {rule.min_level} staat niet in levels")
    for i, cluster in enumerate(spec.clusters):
        for j, comp_id in enumerate(cluster.competences):
            if comp_id not in taken:
                problem(("clusters", i, "competences", j), f"{comp_id!r} zit niet in deze lijst")
    for i, target in enumerate(spec.targets):
        for j, comp_id in enumerate(target.competences):
            if comp_id not in taken:
                problem(("targets", i, "competences", j), f"{comp_id!r} zit niet in deze lijst")
    return problems


def _list_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.toml")) if folder.is_dir() else []


def load_catalog(user_dir: Path | None = None) -> Catalog:
    """Load the shipped data, then a user folder (list files in it, BK files in its ``bk/``).

    Shipped data must be valid (tests guarantee it); a bad user file is left out and reported
    in ``catalog.problems``.
    """
    contexts = load_contexts(SHIPPED_DIR / "contexts.toml")
    catalog = Catalog(contexts=contexts)
    folders = [(SHIPPED_DIR / "bk", SHIPPED_DIR / "lists", True)]
    if user_dir is not None:
        folders.append((user_dir / "bk", user_dir, False))
    raw_lists: list[SourceText] = []
    for bk_dir, list_dir, shipped in folders:
        for path in _list_files(bk_dir):
            try:
                bk = load_bk(path)
            except ListFileError as exc:
                if shipped:
                    raise
                catalog.problems.extend(exc.problems)
                continue
            catalog.bks[bk.code] = bk
        for path in _list_files(list_dir):
            try:
                raw_lists.append(_read(path))
            except ListFileError as exc:
                if shipped:
                    raise
                catalog.problems.extend(exc.problems)
    by_id: dict[str, SourceText] = {}
    for source in raw_lists:
        list_id = source.data.get("id")
        if isinstance(list_id, str) and "based_on" not in source.data:
            by_id.setdefault(list_id, source)
    for source in raw_lists:
        try:
            resolved = resolve_list(source, catalog.bks, contexts, by_id)
        except ListFileError as exc:
            if source.path.is_relative_to(SHIPPED_DIR):
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
    bks: dict[str, BKFile],
    contexts: ContextRegistry,
    bases: dict[str, SourceText],
) -> ActivityList:
    """Validate one list file (merging what it inherits) and resolve its references."""
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
    spec = _validate(ListFile, source, data)
    problems = cross_check(spec, source, bks, contexts)
    if problems:
        raise ListFileError(problems)
    return ActivityList(
        spec=spec,
        bks=tuple(bks[link.code] for link in spec.bks),
        contexts=contexts,
        path=source.path,
    )


def validate_file(path: Path, catalog: Catalog) -> BKFile | ActivityList:
    """Validate one list or BK file against a catalog; raises ListFileError with every problem."""
    if is_bk_file(path):
        return load_bk(path)
    bks = dict(catalog.bks)
    for bk_path in _list_files(path.parent / "bk"):
        bk = load_bk(bk_path)
        bks[bk.code] = bk
    source = _read(path)
    bases = {al.id: _read(al.path) for al in catalog.latest() if al.path and not al.spec.based_on}
    return resolve_list(source, bks, catalog.contexts, bases)
