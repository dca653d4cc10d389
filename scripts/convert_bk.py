"""Convert the official BK open data into the app's BK files (``activity_lists/bk/*.toml``).

Usage::

    python3 scripts/convert_bk.py [--reference DIR] [--out DIR]

``--reference`` is the folder holding ``bk/BK-*.json`` (the cached answers of the Flemish
education API) and ``zorgkundige-handelingen.txt``; it defaults to ``<repo>/sources``, the copy of
the official data that ships in the repository. ``--out`` defaults to ``<repo>/activity_lists/bk``.

The converter is re-runnable and deterministic:

- texts keep their wording; only runs of whitespace are collapsed to one space and stripped;
- an activity id is ``<competence id>-<h>``, with ``h`` the first 6 hex digits of the SHA-256 of
  the normalised text (casefolded, whitespace collapsed), lengthened only when two activities of
  one BK would get the same id;
- when an output file already exists, every activity whose text is unchanged keeps the id it
  has there, so ids never change under a re-run, even if the hashing rule would now give another;
- an attestation (``extra.attesten``: what the BK demands besides competences) gets the id
  ``attest-<h>``, ``h`` the first 8 hex digits of the SHA-256 of its normalised text, so the same
  attestation has the same id in every BK that asks it (an evidence item linked to it counts for
  all of them); an existing id is kept when the text is unchanged;
- the TOML is written by hand (no extra dependency), then parsed back with ``tomllib`` and
  validated against :class:`stageportfolio.core.activitylist.BKFile` before it is written.

For the Zorgkundige (BK-0243-2), competence ``bkc0023627`` ("Voert gedelegeerde verpleegkundige
handelingen uit ...") also gets the delegated nursing acts of the KB of 12 January 2006 (amended
by the KB of 27 February 2019) as extra activities ``bkc0023627-kb01`` to ``-kb23``: acts 1-18 of
the 2006 list and the five acts of 2019 (act 19 is the first of these; the source lists it cut
short as item 19 and whole as item A).

No list is silently cut short: a BK whose competences are fewer than its ``aantal``, a skill or
attestation without text, an act list that is not numbered 1, 2, 3..., an act cut short (``[...]``)
that no later item completes, or a total of acts other than the one the source states, stops the
conversion with a message; nothing is written then.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import tempfile
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_REFERENCE = REPO / "sources"
DEFAULT_OUT = REPO / "activity_lists" / "bk"

SOURCE_SUFFIX = " — onderwijs.api.vlaanderen.be"
HASH_LENGTH = 6
ATTEST_HASH_LENGTH = 8

ZORGKUNDIGE_BK = "BK-0243-2"
DELEGATED_COMPETENCE = "bkc0023627"
DELEGATED_FILE = "zorgkundige-handelingen.txt"
DELEGATED_COUNT = 23
DELEGATED_TYPE = "Gedelegeerde verpleegkundige handeling"
DELEGATED_SOURCE = "KB 12 januari 2006 (gewijzigd bij KB 27 februari 2019), handeling {n}"
DELEGATED_ATTRIBUTION = (
    "Delegated nursing acts of competence bkc0023627 (ids -kb01..-kb23): KB 12 januari 2006,"
    " gewijzigd bij KB 27 februari 2019. Acts 1-18 as listed by the Flemish agency Zorg en"
    " Gezondheid (zorg-en-gezondheid.be), acts 19-23 (added by the KB of 2019) as announced by"
    " Wit-Gele Kruis (witgelekruis.be); typos of the web page in acts 12 and 16 corrected after"
    " the KB (sources/zorgkundige-handelingen.txt)."
)
# Typos of the web page the source file names in its closing note, as (wrong, right) per act.
# The note gives the KB's reading; the converter fails when the note names a typo not listed here
# or when a listed fix no longer applies (the source changed: look again).
DELEGATED_CORRECTIONS = {
    12: ("patiënt: resident", "patiënt/resident"),
    16: ("Maatregelen toepassing", "Maatregelen toepassen"),
}

_WS = re.compile(r"\s+")
_NUMBERED = re.compile(r"^\s*(\d+)\.\s+(.*\S)\s*$")
_LETTERED = re.compile(r"^\s*([A-Z])\.\s+(.*\S)\s*$")
_ELLIPSIS_TAIL = re.compile(r"\s*\[\s*(?:\.\.\.|…)\s*\]\s*$")
_STATED_TOTAL = re.compile(r"\bthey make (\d+)\b")
_TYPO_NOTE = re.compile(r"\bitem (\d+)(?: reads)? \"([^\"]+)\"")


class ConversionError(Exception):
    """The reference data or an existing output file cannot be used."""


# --- text helpers -------------------------------------------------------------------------


def clean(text: str) -> str:
    """The text with every run of whitespace collapsed to one space, stripped."""
    return _WS.sub(" ", text).strip()


def hash_key(text: str) -> str:
    return hashlib.sha256(clean(text).casefold().encode("utf-8")).hexdigest()


def toml_str(text: str) -> str:
    """A TOML basic string for ``text``.

    JSON string escapes (``\\"``, ``\\\\``, ``\\n``, ``\\uXXXX``...) are all valid in TOML basic
    strings; JSON leaves U+007F unescaped, which TOML forbids, so that one is escaped here.
    """
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


# --- the data model of one conversion -----------------------------------------------------


@dataclass
class Act:
    text: str
    type: str | None
    source: str | None = None
    id: str | None = None


@dataclass
class Comp:
    id: str
    nr: int
    title: str
    type: str | None
    knowledge: list[str]
    note: str | None
    activities: list[Act] = field(default_factory=list)


@dataclass
class Attest:
    text: str
    type: str | None
    regulation: str | None
    id: str | None = None


@dataclass
class BK:
    code: str
    version: int
    title: str
    vks_level: int
    definition: str
    source: str
    retrieved: str
    competences: list[Comp]
    attestations: list[Attest] = field(default_factory=list)
    attribution: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# --- reading ------------------------------------------------------------------------------


def _texts(items: Iterable[dict[str, Any]], what: str, where: str) -> list[tuple[str, Any]]:
    out = []
    for i, item in enumerate(items, start=1):
        text = clean(str(item.get("tekst") or ""))
        if not text:
            raise ConversionError(f"{where}: {what} {i} has no text; the source is incomplete")
        out.append((text, item.get("type")))
    return out


def _attestations(raw: dict[str, Any]) -> list[Attest]:
    out = []
    for i, item in enumerate((raw.get("extra") or {}).get("attesten") or [], start=1):
        text = clean(str(item.get("omschrijving") or ""))
        if not text:
            raise ConversionError(f"{raw['bk']}: attest {i} has no omschrijving")
        kind = clean(str(item.get("type") or "")) or None
        regulation = clean(str(item.get("regelgeving") or "")) or None
        out.append(Attest(text=text, type=kind, regulation=regulation))
    return out


def read_reference_bk(path: Path) -> BK:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConversionError(f"{path}: cannot be read: {exc}") from exc
    try:
        warnings: list[str] = []
        competences = []
        if len(raw["competenties"]) != int(raw["aantal"]):
            raise ConversionError(
                f"{path}: {len(raw['competenties'])} competences, but the source says "
                f"{raw['aantal']}; the file is incomplete"
            )
        for item in raw["competenties"]:
            where = f"{raw['bk']} {item['id']}"
            note = clean(str((item.get("extra") or {}).get("voetnoot") or "")) or None
            comp = Comp(
                id=item["id"],
                nr=int(item["nr"]),
                title=clean(item["tekst"]),
                type=clean(item["type"]) if item.get("type") else None,
                knowledge=[t for t, _ in _texts(item.get("kennis", []), "kennis", where)],
                note=note,
            )
            for text, kind in _texts(item.get("vaardigheden", []), "vaardigheid", where):
                comp.activities.append(Act(text=text, type=clean(kind) if kind else None))
            if not comp.activities:
                raise ConversionError(f"{where}: no vaardigheden; the source is incomplete")
            competences.append(comp)
        naam = clean(raw["naamsvermelding"])
        return BK(
            code=raw["bk"],
            version=int(raw["versie"]),
            title=clean(raw["titel"]),
            vks_level=int(raw["vks"]),
            definition=clean(raw.get("definitie") or ""),
            source=naam + SOURCE_SUFFIX,
            retrieved=datetime.fromisoformat(raw["opgehaald"]).date().isoformat(),
            competences=competences,
            attestations=_attestations(raw),
            attribution=[naam + SOURCE_SUFFIX],
            warnings=warnings,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ConversionError(f"{path}: unexpected structure: {exc!r}") from exc


def _items(lines: Sequence[str], pattern: re.Pattern[str]) -> list[tuple[str, str]]:
    """(label, text) of each item ``pattern`` starts; an indented line continues the item."""
    items: list[tuple[str, list[str]]] = []
    open_item = False
    for line in lines:
        match = pattern.match(line)
        if match:
            items.append((match.group(1), [match.group(2)]))
            open_item = True
        elif (
            open_item
            and line[:1].isspace()
            and line.strip()
            and not _NUMBERED.match(line)
            and not _LETTERED.match(line)
        ):
            items[-1][1].append(line)
        else:
            open_item = False
    return [(label, clean(" ".join(parts))) for label, parts in items]


def _corrected(path: Path, acts: list[str], note: str) -> list[str]:
    """``acts`` (act 1 first) with the typos the source's closing note names fixed."""
    named = {int(n): right for n, right in _TYPO_NOTE.findall(note)}
    for n, right in named.items():
        fix = DELEGATED_CORRECTIONS.get(n)
        if fix is None or fix[1] != right:
            raise ConversionError(
                f"{path}: the source names a typo in act {n} ({right!r}) that the converter "
                "does not know how to fix; add it to DELEGATED_CORRECTIONS"
            )
    out = list(acts)
    for n, (wrong, right) in DELEGATED_CORRECTIONS.items():
        if n not in named:
            raise ConversionError(f"{path}: no longer names the typo in act {n}; check the fix")
        if n > len(out):
            raise ConversionError(f"{path}: act {n} is missing")
        if wrong in out[n - 1]:
            out[n - 1] = out[n - 1].replace(wrong, right)
        elif right not in out[n - 1]:
            raise ConversionError(
                f"{path}: act {n} has neither {wrong!r} nor {right!r}: check the correction"
            )
    return out


def read_delegated_acts(path: Path) -> list[str]:
    """The delegated nursing acts of ``zorgkundige-handelingen.txt``, act 1 first.

    The file numbers the acts of the web page (1, 2, 3...; the last one may be cut short with
    ``[...]``) and then letters the acts the KB of 2019 added (A, B, C...), each possibly over
    several indented lines. An act cut short must be completed by the lettered act that follows
    it: act 19 ``Meting van de parameters ... glycemiemeting [...]`` is item A whole. The result
    is the numbered acts that are whole, then the lettered ones; its length must be the total the
    file states ("they make 23") and ``DELEGATED_COUNT``. Typos the file's note names are fixed.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConversionError(f"{path}: cannot be read: {exc}") from exc
    numbered = _items(lines, _NUMBERED)
    lettered = _items(lines, _LETTERED)
    for i, (label, text) in enumerate(numbered, start=1):
        if int(label) != i or not _ELLIPSIS_TAIL.sub("", text):
            raise ConversionError(f"{path}: act {label} is out of order or empty")
    for i, (label, text) in enumerate(lettered):
        if label != chr(ord("A") + i) or not text:
            raise ConversionError(f"{path}: item {label} is out of order or empty")
    is_cut = [bool(_ELLIPSIS_TAIL.search(text)) for _, text in numbered]
    first_cut = is_cut.index(True) if True in is_cut else len(numbered)
    if not all(is_cut[first_cut:]):
        raise ConversionError(f"{path}: only the last acts of the numbered list may be cut short")
    whole = [text for _, text in numbered[:first_cut]]
    cut = [(label, _ELLIPSIS_TAIL.sub("", text)) for label, text in numbered[first_cut:]]
    for (label, prefix), (letter, text) in zip(cut, lettered, strict=False):
        if not text.casefold().startswith(prefix.casefold()):
            raise ConversionError(
                f"{path}: act {label} is cut short ([...]) and item {letter} does not complete "
                f"it: {prefix!r} vs {text!r}"
            )
    if len(cut) > len(lettered):
        label = cut[len(lettered)][0]
        raise ConversionError(f"{path}: act {label} is cut short ([...]) and nothing completes it")
    acts = whole + [text for _, text in lettered]
    stated = _STATED_TOTAL.search(" ".join(lines))
    if stated is not None and int(stated.group(1)) != len(acts):
        raise ConversionError(
            f"{path}: found {len(acts)} acts, but the file says there are {stated.group(1)}"
        )
    if len(acts) != DELEGATED_COUNT:
        raise ConversionError(f"{path}: found {len(acts)} acts, expected {DELEGATED_COUNT}")
    note = " ".join(line.strip() for line in lines if not _NUMBERED.match(line))
    return _corrected(path, acts, note)


def add_delegated_acts(bk: BK, acts: Sequence[str]) -> None:
    comp = next((c for c in bk.competences if c.id == DELEGATED_COMPETENCE), None)
    if comp is None:
        raise ConversionError(f"{bk.code}: competence {DELEGATED_COMPETENCE} is missing")
    for n, text in enumerate(acts, start=1):
        comp.activities.append(
            Act(
                text=text,
                type=DELEGATED_TYPE,
                source=DELEGATED_SOURCE.format(n=n),
                id=f"{DELEGATED_COMPETENCE}-kb{n:02d}",
            )
        )
    bk.attribution.append(DELEGATED_ATTRIBUTION)


def read_existing(path: Path) -> dict[str, Any]:
    """The data of an existing output file, or nothing when there is none yet."""
    if not path.exists():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConversionError(
            f"{path}: existing file cannot be read ({exc}); fix or remove it"
        ) from exc


def read_existing_ids(path: Path) -> dict[tuple[str, str], list[str]]:
    """(competence id, text) -> the ids those official activities have in an existing file."""
    data = read_existing(path)
    known: dict[tuple[str, str], list[str]] = {}
    for comp in data.get("competences", []):
        if not isinstance(comp, dict):
            continue
        for act in comp.get("activities", []):
            if not isinstance(act, dict) or "source" in act:
                continue  # the delegated acts have fixed ids
            if isinstance(act.get("id"), str) and isinstance(act.get("text"), str):
                key = (str(comp.get("id")), clean(act["text"]))
                known.setdefault(key, []).append(act["id"])
    return known


def read_existing_attestation_ids(path: Path) -> dict[str, str]:
    """Normalised attestation text -> the id it has in an existing file."""
    data = read_existing(path)
    known: dict[str, str] = {}
    for item in data.get("attestations", []):
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            known.setdefault(clean(str(item.get("text", ""))), item["id"])
    return known


# --- ids ----------------------------------------------------------------------------------


def assign_attestation_ids(bk: BK, existing: dict[str, str]) -> None:
    """``attest-<hash>`` from the text alone, so every BK gives one attestation the same id."""
    seen: set[str] = set()
    for attest in bk.attestations:
        key = attest.text.casefold()
        if key in seen:
            raise ConversionError(f"{bk.code}: attestation {attest.text!r} occurs twice")
        seen.add(key)
        attest.id = existing.get(attest.text) or (
            "attest-" + hash_key(attest.text)[:ATTEST_HASH_LENGTH]
        )


def assign_ids(bk: BK, existing: dict[tuple[str, str], list[str]]) -> None:
    """Give every activity without an id a stable one (see the module docstring)."""
    taken: set[str] = set()
    fresh: list[tuple[Act, str, str]] = []  # activity, competence id, full hash
    for comp in bk.competences:
        for act in comp.activities:
            if act.id is None:
                previous = existing.get((comp.id, act.text))
                if previous:
                    act.id = previous.pop(0)
            if act.id is not None:
                if act.id in taken:
                    raise ConversionError(f"{bk.code}: id {act.id!r} occurs twice")
                taken.add(act.id)
            else:
                fresh.append((act, comp.id, hash_key(act.text)))

    # Identical normalised texts in one competence can never be told apart by a longer hash:
    # the second and later ones get a counter suffix.
    seen: dict[tuple[str, str], int] = {}
    suffix: dict[int, str] = {}
    for act, comp_id, digest in fresh:
        count = seen.get((comp_id, digest), 0) + 1
        seen[(comp_id, digest)] = count
        if count > 1:
            suffix[id(act)] = f"-{count}"
            bk.warnings.append(f"{bk.code} {comp_id}: duplicate skill text: {act.text!r}")

    length = {id(act): HASH_LENGTH for act, _, _ in fresh}

    def candidate(act: Act, comp_id: str, digest: str) -> str:
        return f"{comp_id}-{digest[: length[id(act)]]}{suffix.get(id(act), '')}"

    while True:
        by_id: dict[str, list[tuple[Act, str, str]]] = {}
        for entry in fresh:
            by_id.setdefault(candidate(*entry), []).append(entry)
        clashes = [
            entry
            for ident, entries in by_id.items()
            if len(entries) > 1 or ident in taken
            for entry in entries
        ]
        if not clashes:
            break
        for act, _, digest in clashes:
            if length[id(act)] >= len(digest):
                raise ConversionError(f"{bk.code}: no unique id for {act.text!r}")
            length[id(act)] += 1
    for entry in fresh:
        entry[0].id = candidate(*entry)


# --- writing ------------------------------------------------------------------------------


def _item(header: str, ident: str | None, text: str, **optional: str | None) -> list[str]:
    """The lines of one ``[[header]]`` table with an id and a text, then the optional keys."""
    assert ident is not None
    lines = ["", header, f"id = {toml_str(ident)}", f"text = {toml_str(text)}"]
    return lines + [f"{key} = {toml_str(val)}" for key, val in optional.items() if val is not None]


def render(bk: BK) -> str:
    out = [
        "# Generated by scripts/convert_bk.py from the official open data of the Flemish",
        "# qualification structure (onderwijs.api.vlaanderen.be). Do not edit by hand: change",
        "# the converter or the reference data and run it again. Activity ids are stable.",
        "#",
        *(f"# {line}" for line in bk.attribution),
        "",
        "format = 1",
        f"code = {toml_str(bk.code)}",
        f"version = {bk.version}",
        f"title = {toml_str(bk.title)}",
        f"vks_level = {bk.vks_level}",
        f"definition = {toml_str(bk.definition)}",
        f"source = {toml_str(bk.source)}",
        f"retrieved = {bk.retrieved}",
    ]
    for attest in bk.attestations:
        out += _item(
            "[[attestations]]",
            attest.id,
            attest.text,
            type=attest.type,
            regulation=attest.regulation,
        )
    for comp in bk.competences:
        out += ["", "[[competences]]", f"id = {toml_str(comp.id)}", f"nr = {comp.nr}"]
        out.append(f"title = {toml_str(comp.title)}")
        if comp.type is not None:
            out.append(f"type = {toml_str(comp.type)}")
        if comp.knowledge:
            out.append("knowledge = [")
            out += [f"    {toml_str(text)}," for text in comp.knowledge]
            out.append("]")
        else:
            out.append("knowledge = []")
        if comp.note is not None:
            out.append(f"note = {toml_str(comp.note)}")
        for act in comp.activities:
            out += _item(
                "[[competences.activities]]", act.id, act.text, type=act.type, source=act.source
            )
    return "\n".join(out) + "\n"


def check(bk: BK, text: str) -> None:
    """Parse the rendered text back and validate it; it must say exactly what ``bk`` says."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:  # pragma: no cover - a bug in render()
        raise ConversionError(f"{bk.code}: generated TOML is invalid: {exc}") from exc
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from stageportfolio.core.activitylist import BKFile

    model = BKFile.model_validate(data)
    got = [(a.id, a.text) for c in model.competences for a in c.activities]
    want = [(a.id, a.text) for c in bk.competences for a in c.activities]
    got += [(a.id, a.text) for a in model.attestations]
    want += [(a.id, a.text) for a in bk.attestations]
    if got != want or model.title != bk.title:  # pragma: no cover - a bug in toml_str()
        raise ConversionError(f"{bk.code}: text read back differs from the source")


def write_if_changed(path: Path, text: str) -> bool:
    data = text.encode("utf-8")
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


# --- driver -------------------------------------------------------------------------------


def convert(reference: Path, out: Path) -> list[tuple[Path, BK, bool]]:
    """Convert every ``reference/bk/BK-*.json`` into ``out``; (path, bk, changed) per file."""
    sources = sorted((reference / "bk").glob("BK-*.json"))
    if not sources:
        raise ConversionError(f"no BK-*.json found in {reference / 'bk'}")
    results = []
    for source in sources:
        bk = read_reference_bk(source)
        if bk.code != source.stem:
            raise ConversionError(f"{source}: holds {bk.code}, not {source.stem}")
        if bk.code == ZORGKUNDIGE_BK:
            add_delegated_acts(bk, read_delegated_acts(reference / DELEGATED_FILE))
        target = out / f"{bk.code}.toml"
        assign_ids(bk, read_existing_ids(target))
        assign_attestation_ids(bk, read_existing_attestation_ids(target))
        text = render(bk)
        check(bk, text)
        results.append((target, bk, text))
    # Write only once everything converted, so an error never leaves half an update behind.
    return [(target, bk, write_if_changed(target, text)) for target, bk, text in results]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    try:
        results = convert(args.reference, args.out)
    except ConversionError as exc:
        print(f"convert_bk: {exc}", file=sys.stderr)
        return 1
    for target, bk, changed in results:
        acts = sum(len(c.activities) for c in bk.competences)
        state = "updated" if changed else "unchanged"
        n = len(bk.attestations)
        attests = f", {n} attestation{'' if n == 1 else 's'}" if n else ""
        print(f"{target}: {len(bk.competences)} competences, {acts} activities{attests} ({state})")
        for warning in bk.warnings:
            print(f"  warning: {warning}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
