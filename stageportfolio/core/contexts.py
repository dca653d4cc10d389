"""Care contexts (settings) and the matching of what people write to a context id."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence

from pydantic import BaseModel, ConfigDict, Field, field_validator

_ID = r"^[a-z][a-z0-9-]*$"


class Context(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=_ID)
    label: str = Field(min_length=1)
    label_en: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    counts_as: tuple[str, ...] = ()


class ContextsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: int = Field(ge=1, le=1)
    contexts: list[Context] = Field(min_length=1)

    @field_validator("contexts")
    @classmethod
    def _unique(cls, contexts: list[Context]) -> list[Context]:
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


class ContextRegistry:
    """All known contexts, with alias lookup."""

    def __init__(self, contexts: Iterable[Context]) -> None:
        self.contexts: tuple[Context, ...] = tuple(contexts)
        self._by_id: dict[str, Context] = {ctx.id: ctx for ctx in self.contexts}
        self._by_key: dict[str, str] = {}
        for ctx in self.contexts:
            for name in (ctx.id, ctx.label, ctx.label_en, *ctx.aliases):
                key = normalise(name)
                other = self._by_key.get(key)
                if other is not None and other != ctx.id:
                    raise ValueError(f"alias {name!r} names both {other!r} and {ctx.id!r}")
                self._by_key[key] = ctx.id
        unknown = {t for ctx in self.contexts for t in ctx.counts_as if t not in self._by_id}
        if unknown:
            raise ValueError(f"counts_as names unknown contexts: {sorted(unknown)}")

    @classmethod
    def from_file(cls, data: ContextsFile) -> ContextRegistry:
        return cls(data.contexts)

    def __iter__(self) -> Iterator[Context]:
        return iter(self.contexts)

    def __contains__(self, context_id: object) -> bool:
        return context_id in self._by_id

    def get(self, context_id: str) -> Context:
        return self._by_id[context_id]

    def ids(self) -> list[str]:
        return [ctx.id for ctx in self.contexts]

    def match(self, text: str) -> str | None:
        """The context id for a name, label or alias, or None."""
        return self._by_key.get(normalise(text))

    def label(self, context_id: str, lang: str = "nl") -> str:
        ctx = self._by_id.get(context_id)
        if ctx is None:
            return context_id
        return ctx.label_en if lang == "en" else ctx.label

    def labels(self, context_ids: Sequence[str], lang: str = "nl") -> list[str]:
        return [self.label(ctx, lang) for ctx in context_ids]

    def with_counts_as(self, overrides: Mapping[str, Sequence[str]]) -> ContextRegistry:
        """The same contexts, with ``counts_as`` replaced for the contexts in ``overrides``
        (a list's own choice, e.g. a school that counts day care as residential care)."""
        if not overrides:
            return self
        return ContextRegistry(
            ctx.model_copy(update={"counts_as": tuple(overrides[ctx.id])})
            if ctx.id in overrides
            else ctx
            for ctx in self.contexts
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
