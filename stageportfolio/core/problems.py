"""Many problems, few lines: identical problems grouped, each kind capped, memory bounded.

A file of a million bad rows must not print a million lines (nor keep a million messages in
memory). ``ProblemLog`` collects problems as they are found and keeps at most
``MAX_PROBLEMS_KEPT`` distinct ones; ``summary`` prints identical problems once with their
rows ("regels 2–21: …"), at most ``MAX_PROBLEMS_PER_KIND`` of one kind and at most
``MAX_PROBLEMS_SHOWN`` lines, and says how many more there are ("en nog 4.812 fouten van
dezelfde soort").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from dataclasses import field as dc_field

from stageportfolio.core.limits import (
    MAX_PROBLEMS_KEPT,
    MAX_PROBLEMS_PER_KIND,
    MAX_PROBLEMS_SHOWN,
    count_text,
)

_VALUE = re.compile(r"\"[^\"]*\"|'[^']*'|\d+(?:[.,:/-]\d+)*")


def kind_of(field: str | None, message: str) -> str:
    """What makes two problems "of the same kind": the column and the message without the
    values in it (quoted text and numbers)."""
    return f"{field or ''}\x1f{_VALUE.sub('#', message)}"


def ranges(numbers: Iterable[int]) -> str:
    """``2, 3, 4, 7`` -> ``2–4, 7``."""
    parts: list[str] = []
    run: list[int] = []
    for n in sorted(set(numbers)):
        if run and n == run[-1] + 1:
            run.append(n)
            continue
        if run:
            parts.append(_run(run))
        run = [n]
    if run:
        parts.append(_run(run))
    return ", ".join(parts)


def _run(run: list[int]) -> str:
    if len(run) == 1:
        return str(run[0])
    if len(run) == 2:
        return f"{run[0]}, {run[1]}"
    return f"{run[0]}–{run[-1]}"


@dataclass
class _Group:
    field: str | None
    message: str
    lines: list[int] = dc_field(default_factory=list)
    count: int = 0


_MAX_LINES_PER_GROUP = 1_000  # line numbers kept per group; the rest are counted


@dataclass
class ProblemLog:
    """Problems as (line, field, message), grouped while they come in."""

    total: int = 0
    _groups: dict[tuple[str | None, str], _Group] = dc_field(default_factory=dict)
    _kinds: dict[str, int] = dc_field(default_factory=dict)  # kind -> count, in first-seen order
    _kept: int = 0

    def add(self, line: int | None, field_name: str | None, message: str) -> None:
        self.total += 1
        kind = kind_of(field_name, message)
        self._kinds[kind] = self._kinds.get(kind, 0) + 1
        key = (field_name, message)
        group = self._groups.get(key)
        if group is None:
            if self._kept >= MAX_PROBLEMS_KEPT:
                return  # counted in its kind, not kept
            group = self._groups[key] = _Group(field_name, message)
            self._kept += 1
        group.count += 1
        if line is not None and len(group.lines) < _MAX_LINES_PER_GROUP:
            group.lines.append(line)

    def __bool__(self) -> bool:
        return self.total > 0

    def __len__(self) -> int:
        return self.total

    def groups(self) -> Iterator[_Group]:
        return iter(self._groups.values())

    def summary(
        self,
        *,
        shown: int = MAX_PROBLEMS_SHOWN,
        per_kind: int = MAX_PROBLEMS_PER_KIND,
        line_word: tuple[str, str] = ("regel", "regels"),
        noun: tuple[str, str] = ("fout", "fouten"),
    ) -> list[str]:
        """The problems as printable lines, grouped and capped (see the module doc)."""
        by_kind: dict[str, list[_Group]] = {}
        for group in self._groups.values():
            by_kind.setdefault(kind_of(group.field, group.message), []).append(group)
        out: list[str] = []
        hidden = 0
        for kind, count in self._kinds.items():
            groups = sorted(by_kind.get(kind, []), key=lambda g: g.lines[:1] or [0])
            printed = 0
            for group in groups[:per_kind]:
                if len(out) >= shown:
                    break
                out.append(_line(group, line_word))
                printed += group.count
            rest = count - printed
            if rest and len(out) < shown:
                word = noun[0] if rest == 1 else noun[1]
                out.append(f"  … en nog {count_text(rest)} {word} van dezelfde soort")
            elif rest:
                hidden += rest
        if hidden:
            word = noun[0] if hidden == 1 else noun[1]
            out.append(f"… en nog {count_text(hidden)} andere {word}")
        return out


def _line(group: _Group, line_word: tuple[str, str]) -> str:
    where = []
    if group.lines:
        one, many = line_word
        shown_lines = ranges(group.lines)
        more = group.count - len(group.lines)
        if more > 0:
            shown_lines += f" en nog {count_text(more)}"
        word = one if group.count == 1 else many
        where.append(f"{word} {shown_lines}")
    if group.field:
        where.append(f"kolom {group.field}")
    prefix = ", ".join(where)
    return f"{prefix}: {group.message}" if prefix else group.message
