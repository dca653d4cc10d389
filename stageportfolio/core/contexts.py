"""Care contexts (settings) and the reading of what people write into a context id.

A context is a kind of setting where stage hours are made. What a pupil writes ("WZC",
"dagverzorgingscentrum", "Hotel Zeezicht") is read into a context id by its id, label or one of
its aliases; a word that can mean more than one context ("kinderopvang") is never guessed: the
reading says which contexts it can be, and the caller asks. Which rule context a setting counts
for (a dagverzorgingscentrum is residential elderly care for the zorgkundige) is ``counts_as``,
each mapping with its source in the BK's own Zorgcontext.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

_ID = r"^[a-z][a-z0-9-]*$"


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AliasGroup(_Frozen):
    """Other names for a context, with where they come from (a BK, a webinar, common usage)."""

    words: tuple[str, ...] = Field(min_length=1)
    source: str = Field(min_length=1)


class Context(_Frozen):
    id: str = Field(pattern=_ID)
    label: str = Field(min_length=1)
    label_en: str = Field(min_length=1)
    # The label with its preposition and article, for messages: "in de thuiszorg".
    where: str | None = None
    where_en: str | None = None
    source: str = ""
    aliases: tuple[AliasGroup, ...] = ()
    counts_as: tuple[str, ...] = ()
    counts_as_source: str | None = None

    @model_validator(mode="after")
    def _counts_as_has_a_source(self) -> Context:
        if self.counts_as and not self.counts_as_source:
            raise ValueError("counts_as vraagt counts_as_source: waar staat dat?")
        return self

    @property
    def words(self) -> tuple[str, ...]:
        """Every alias, in file order."""
        return tuple(word for group in self.aliases for word in group.words)


class AmbiguousWord(_Frozen):
    """Words that can mean more than one context: never guessed, the user chooses."""

    words: tuple[str, ...] = Field(min_length=1)
    choices: tuple[str, ...] = Field(min_length=2)
    source: str = Field(min_length=1)


class ContextsFile(_Frozen):
    format: int = Field(ge=2, le=2)
    contexts: tuple[Context, ...] = Field(min_length=1)
    ambiguous: tuple[AmbiguousWord, ...] = ()

    @field_validator("contexts")
    @classmethod
    def _unique(cls, contexts: tuple[Context, ...]) -> tuple[Context, ...]:
        seen: set[str] = set()
        for ctx in contexts:
            if ctx.id in seen:
                raise ValueError(f"context id {ctx.id!r} appears twice")
            seen.add(ctx.id)
        return contexts


def normalise(text: str) -> str:
    """Fold case, accents, quotes and punctuation: ``Baby’s en Peuters`` -> ``babys en peuters``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    no_marks = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    no_quotes = re.sub(r"['’‘`´]", "", no_marks)
    return " ".join(re.sub(r"[^0-9a-z]+", " ", no_quotes).split())


@dataclass(frozen=True)
class ContextMatch:
    """How one written setting reads.

    ``context`` is the id it means, or None; ``choices`` lists the contexts an ambiguous word
    can mean (then ``context`` is None). ``name`` is the known name that matched, and
    ``partial`` says it matched only the first word(s): "Hotel Zeezicht" reads as "hotel".
    """

    text: str
    context: str | None
    choices: tuple[str, ...] = ()
    name: str = ""
    partial: bool = False

    @property
    def known(self) -> bool:
        return self.context is not None

    @property
    def ambiguous(self) -> bool:
        return bool(self.choices)


class ContextRegistry:
    """All known contexts, with alias lookup."""

    def __init__(
        self, contexts: Iterable[Context], ambiguous: Iterable[AmbiguousWord] = ()
    ) -> None:
        self.contexts: tuple[Context, ...] = tuple(contexts)
        self.ambiguous: tuple[AmbiguousWord, ...] = tuple(ambiguous)
        self._by_id: dict[str, Context] = {ctx.id: ctx for ctx in self.contexts}
        self._by_key: dict[str, str] = {}
        self._names: dict[str, str] = {}  # key -> the name as written in the file
        for ctx in self.contexts:
            for name in (ctx.id, ctx.label, ctx.label_en, *ctx.words):
                key = normalise(name)
                other = self._by_key.get(key)
                if other is not None and other != ctx.id:
                    raise ValueError(f"alias {name!r} names both {other!r} and {ctx.id!r}")
                self._by_key[key] = ctx.id
                self._names.setdefault(key, name)
        self._choices: dict[str, tuple[str, ...]] = {}
        for word in self.ambiguous:
            unknown = [c for c in word.choices if c not in self._by_id]
            if unknown:
                raise ValueError(f"ambiguous word names unknown contexts: {unknown}")
            for name in word.words:
                key = normalise(name)
                if key in self._by_key:
                    raise ValueError(
                        f"{name!r} is both a name of {self._by_key[key]!r} and ambiguous"
                    )
                self._choices[key] = word.choices
                self._names.setdefault(key, name)
        unknown_targets = {
            t for ctx in self.contexts for t in ctx.counts_as if t not in self._by_id
        }
        if unknown_targets:
            raise ValueError(f"counts_as names unknown contexts: {sorted(unknown_targets)}")

    @classmethod
    def from_file(cls, data: ContextsFile) -> ContextRegistry:
        return cls(data.contexts, data.ambiguous)

    def __iter__(self) -> Iterator[Context]:
        return iter(self.contexts)

    def __contains__(self, context_id: object) -> bool:
        return context_id in self._by_id

    def get(self, context_id: str) -> Context:
        return self._by_id[context_id]

    def ids(self) -> list[str]:
        return [ctx.id for ctx in self.contexts]

    def match(self, text: str) -> str | None:
        """The context id for exactly a name, label or alias; None otherwise (also when the
        name is ambiguous)."""
        return self._by_key.get(normalise(text))

    def resolve(self, text: str) -> ContextMatch:
        """Read a written setting: a known name, or failing that its first word(s).

        "WZC De Linde" and "Hotel Zeezicht" read by their first word(s), the longest known name
        first; an ambiguous word gives its choices and no context.
        """
        key = normalise(text)
        words = key.split()
        for n in range(len(words), 0, -1):
            head = " ".join(words[:n])
            partial = n < len(words)
            found = self._by_key.get(head)
            if found is not None:
                return ContextMatch(text, found, name=self._names[head], partial=partial)
            choices = self._choices.get(head)
            if choices is not None:
                return ContextMatch(text, None, choices, self._names[head], partial)
        return ContextMatch(text, None)

    def known_names(self) -> dict[str, str]:
        """Every normalised name (ids, labels, aliases) with the context it means."""
        return dict(self._by_key)

    def label(self, context_id: str, lang: str = "nl") -> str:
        ctx = self._by_id.get(context_id)
        if ctx is None:
            return context_id
        return ctx.label_en if lang.startswith("en") else ctx.label

    def labels(self, context_ids: Sequence[str], lang: str = "nl") -> list[str]:
        return [self.label(ctx, lang) for ctx in context_ids]

    def where(self, context_id: str, lang: str = "nl") -> str:
        """The context as a place in a sentence: "in de thuiszorg", "in a hospital"."""
        ctx = self._by_id.get(context_id)
        en = lang.startswith("en")
        if ctx is None:
            return f"in {context_id}"
        phrase = ctx.where_en if en else ctx.where
        return phrase or f"in {ctx.label_en if en else ctx.label}"

    def with_counts_as(self, overrides: Mapping[str, Sequence[str]]) -> ContextRegistry:
        """The same contexts, with ``counts_as`` replaced for the contexts in ``overrides``
        (a list's own choice, e.g. a school that counts day care as residential care)."""
        if not overrides:
            return self
        return ContextRegistry(
            (
                ctx.model_copy(
                    update={
                        "counts_as": tuple(overrides[ctx.id]),
                        "counts_as_source": "counts_as van de lijst (keuze van de school)",
                    }
                )
                if ctx.id in overrides
                else ctx
                for ctx in self.contexts
            ),
            self.ambiguous,
        )

    def counts_for(self, context_id: str, wanted: Iterable[str]) -> str | None:
        """The context of ``wanted`` that hours in ``context_id`` count for, if any.

        A context counts for itself first, then for what its ``counts_as`` names.
        """
        wanted_set = set(wanted)
        if context_id in wanted_set:
            return context_id
        ctx = self._by_id.get(context_id)
        if ctx is None:
            return None
        return next((broader for broader in ctx.counts_as if broader in wanted_set), None)
