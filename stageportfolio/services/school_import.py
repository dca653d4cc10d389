"""Collecting the students' exports: ``stageportfolio school-import FOLDER…`` and the school
window's drag and drop.

Each file is read and checked like ``verify`` does (archive manifest and hashes, for a PDF every
page against the embedded data), then judged with the school's own trust: only signatures whose
key this school vouched for count, for the rules and for the confirmed hours. The verdict is
computed once and stored with the file (``store.school_store``), in one transaction per file: a
kill leaves the school database as it was before that file or after it, never in between.

A student is their portfolio id. A newer export of the same portfolio replaces the older one; an
older export never overwrites a newer one (the export's creation time, then its content: an
export made later that holds older data is refused too). Files that are not portfolios,
damaged, tampered with or otherwise unusable are listed with the reason and skipped.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any, Literal

from stageportfolio import paths
from stageportfolio.core import clock, signing
from stageportfolio.core.catalog import ActivityList, Catalog, UnknownListError, load_catalog
from stageportfolio.core.forecast import expected_date, pace_minutes_per_day
from stageportfolio.core.hours import HourEntry, Period
from stageportfolio.core.rules import Evaluation, evaluate
from stageportfolio.core.schoolview import (
    PlacementFact,
    SignerFact,
    StudentSummary,
    TrustCounts,
    note_text,
)
from stageportfolio.core.trust import Cards, Check, confirmed_targets
from stageportfolio.services import checks as checking
from stageportfolio.services.school_mode import School
from stageportfolio.services.verify_file import Received, VerifyError, read_received
from stageportfolio.store import school_store
from stageportfolio.store.school_db import school_session

Status = Literal["new", "replaced", "same", "older", "refused"]
SUFFIXES = (".zip", ".pdf")

__all__ = ["FileOutcome", "NoListError", "import_files", "summarise", "walk"]


class NoListError(ValueError):
    """Neither the school nor the file has the portfolio's list (Dutch message; ``en``: the
    English one)."""

    def __init__(self, message: str, en: str) -> None:
        super().__init__(message)
        self.en = en


@dataclass(frozen=True)
class FileOutcome:
    path: Path
    status: Status
    message: str  # Dutch, one line
    learner: str = ""
    portfolio_id: str = ""
    message_en: str = ""  # English, where the school import words it itself

    def text(self, lang: str = "nl") -> str:
        """The message in ``lang`` ("en" or "nl"); Dutch where there is no English form."""
        return self.message_en if lang.startswith("en") and self.message_en else self.message

    @property
    def imported(self) -> bool:
        return self.status in ("new", "replaced")


def walk(sources: Iterable[Path]) -> Iterator[Path]:
    """Every file under the given files and folders (a Smartschool download, a USB stick), in a
    stable order. Hidden files and folders are left out."""
    for source in sources:
        if source.is_dir():
            for found in sorted(source.rglob("*")):
                relative = found.relative_to(source).parts
                if found.is_file() and not any(part.startswith(".") for part in relative):
                    yield found
        else:
            yield source


# --- the verdict of one received file ---------------------------------------------------------


class ListSource:
    """The lists to judge portfolios by: the school's own, else (once per set of files) the
    copy the pupil's file carries, marked as such."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._carried: dict[str, Catalog | None] = {}

    def find(self, contents: Any) -> tuple[ActivityList, Catalog, str] | None:
        portfolio = contents.payload.portfolio
        key = (portfolio.list_id, portfolio.list_version)
        if key in self.catalog.lists:
            return self.catalog.lists[key], self.catalog, "installed"
        if not contents.lists:
            return None
        digest = hashlib.sha256()
        for member, data in sorted(contents.lists.items()):
            digest.update(member.encode() + b"\0" + hashlib.sha256(data).digest())
        cache_key = digest.hexdigest()
        if cache_key not in self._carried:
            folder = Path(tempfile.mkdtemp(prefix="stageportfolio-school-lists-"))
            try:
                (folder / "bk").mkdir()
                for member, data in contents.lists.items():
                    (folder / member.removeprefix("lists/")).write_bytes(data)
                self._carried[cache_key] = load_catalog(paths.user_lists_dir(), folder)
            finally:
                shutil.rmtree(folder, ignore_errors=True)
        catalog = self._carried[cache_key]
        if catalog is None or key not in catalog.lists:
            return None
        return catalog.lists[key], catalog, "file"


def _latest_change(payload: Any) -> datetime:
    moments = [payload.portfolio.updated_at, payload.portfolio.created_at]
    moments += [e.created_at for e in payload.hour_entries]
    moments += [r.created_at for r in payload.activity_records]
    moments += [s.signed_at for s in payload.signoffs]
    moments += [c.imported_at for c in payload.vouched_cards]
    return max(m.astimezone(UTC) for m in moments)


def school_year_end(school_year: str, today: date) -> date:
    """The last day pupils are at school: 30 June of the school year's second calendar year
    (``2026-2027`` -> 30/6/2027); without a school year, the next 30 June."""
    start, _, end = school_year.partition("-")
    if start.isdigit() and end.isdigit() and len(end) == 4:
        return date(int(end), 6, 30)
    year = today.year if today <= date(today.year, 6, 30) else today.year + 1
    return date(year, 6, 30)


def _item_groups(
    checks: Sequence[Check], hours: dict[str, Any], records: dict[str, Any]
) -> TrustCounts:
    by_item: dict[tuple[str, str], list[Check]] = {}
    for check in checks:
        by_item.setdefault((check.record.target_kind, check.record.target_id), []).append(check)
    confirmed = confirmed_targets(checks)

    def group(kind: str, target: str) -> str:
        if (kind, target) in confirmed:
            return "confirmed"
        found = by_item.get((kind, target), [])
        statuses = {c.status for c in found}
        if "invalid" in statuses:
            return "invalid"
        if "changed" in statuses:
            return "changed"
        if any(c.status == "valid" and c.record.decision == "approve" for c in found):
            return "untrusted"
        return "unsigned"

    minutes = dict.fromkeys(("confirmed", "changed", "untrusted", "invalid", "unsigned"), 0)
    for entry in hours.values():
        minutes[group("hour_entry", entry.id)] += entry.minutes
    activities = dict.fromkeys(minutes, 0)
    for record in records.values():
        activities[group("activity_record", record.id)] += 1
    return TrustCounts(
        logged_minutes=sum(h.minutes for h in hours.values()),
        confirmed_minutes=minutes["confirmed"],
        changed_minutes=minutes["changed"],
        untrusted_minutes=minutes["untrusted"],
        invalid_minutes=minutes["invalid"],
        unsigned_minutes=minutes["unsigned"],
        activities=len(records),
        activities_confirmed=activities["confirmed"],
        activities_changed=activities["changed"],
        activities_untrusted=activities["untrusted"],
        activities_invalid=activities["invalid"],
        activities_unsigned=activities["unsigned"],
        invalid_signatures=sum(1 for c in checks if c.status == "invalid"),
        changed_signatures=sum(1 for c in checks if c.status == "changed"),
        untrusted_signatures=sum(1 for c in checks if c.status == "valid" and c.trusted is False),
    )


def _signers(
    checks: Sequence[Check], cards: Cards, hours: dict[str, Any], payload: Any
) -> list[SignerFact]:
    sectors = {m.public_key: m.sector for m in payload.mentors if m.public_key}
    out: dict[str, dict[str, Any]] = {}
    for check in checks:
        record = check.record
        if record.public_key is None or check.status not in ("valid", "changed", "history"):
            continue
        found = out.setdefault(
            record.public_key,
            {"name": check.name, "organisation": "", "sector": "", "trusted": False, "days": set()},
        )
        if check.card is not None and check.trusted:
            found["name"] = check.card.name
            found["organisation"] = check.card.organisation
            vouched = cards.by_key.get(record.public_key, ())
            if vouched:
                found["sector"] = vouched[0].card.sector
        found["trusted"] = found["trusted"] or bool(check.trusted)
        if (
            record.target_kind == "hour_entry"
            and check.status == "valid"
            and record.decision == "approve"
            and record.target_id in hours
        ):
            found["days"].add(hours[record.target_id].day)
    facts = []
    for key, found in out.items():
        try:
            fingerprint = signing.fingerprint(key)
        except ValueError:
            continue
        facts.append(
            SignerFact(
                public_key=key,
                fingerprint=fingerprint,
                name=found["name"],
                organisation=found["organisation"],
                sector=found["sector"] or sectors.get(key, "social_profit"),
                trusted=found["trusted"],
                days=tuple(sorted(found["days"])),
            )
        )
    return facts


def _forecast(
    evaluation: Evaluation, entries: list[HourEntry], today: date, end: date
) -> tuple[date | None, float, bool]:
    pace = pace_minutes_per_day(entries, today=today)
    latest: date | None = None
    behind = False
    for result in evaluation.results:
        if result.unit != "hours" or result.status != "unmet":
            continue
        expected = expected_date(int(result.missing * 60), pace, today=today)
        if expected is None or expected > end:
            behind = True
        if expected is not None and (latest is None or expected > latest):
            latest = expected
    if behind and latest is not None and pace <= 0:
        latest = None
    return latest, pace, behind


def summarise(
    received: Received,
    lists: ListSource | Catalog,
    anchors: Sequence[Any],
    register: Sequence[str] = (),
    *,
    today: date | None = None,
) -> StudentSummary:
    """The school's verdict on one received file (raises NoListError when neither the school
    nor the file has the portfolio's list)."""
    source = lists if isinstance(lists, ListSource) else ListSource(lists)
    today = today or clock.today()
    contents = received.contents
    payload = contents.payload
    portfolio = payload.portfolio
    found = source.find(contents)
    if found is None:
        shown = f"{portfolio.list_id} versie {portfolio.list_version}"
        raise NoListError(
            f"de lijst van dit portfolio ({shown}) is niet bij de school geïnstalleerd en het "
            "bestand draagt haar niet mee",
            f"this portfolio's list ({portfolio.list_id} version {portfolio.list_version}) is "
            "not installed at the school and the file does not carry it",
        )
    alist, catalog, list_source = found
    loaded = checking.load_payload(payload)
    cards = Cards.from_documents([*(c.document for c in payload.vouched_cards), *register])
    loaded = replace(loaded, cards=cards)
    checks = loaded.check(list(anchors))
    entries = [HourEntry(e.day, e.context, e.minutes) for e in payload.hour_entries]
    evidence: dict[str, int] = {}
    for link in payload.evidence_links:
        evidence[link.target_id] = evidence.get(link.target_id, 0) + 1
    evaluation = evaluate(
        alist,
        entries=entries,
        confirmed=checking.confirmed_entries(checks, loaded.hours),
        periods=[Period(p.context, p.start_date, p.end_date) for p in payload.placements],
        signoffs=checking.counting_levels(checks, loaded.records),
        evidence=evidence,
        calendar=catalog.calendar,
    )
    gaps = evaluation.gaps
    blocking = [r for r in gaps if r.blocks]
    first = (blocking or gaps)[0].message() if gaps else ""
    first_en = (blocking or gaps)[0].message("en") if gaps else ""
    required = next(
        (
            int(r.needed * 60)
            for r in evaluation.results
            if r.rule.kind == "min_total_hours"
            and r.rule.school_year is None
            and not r.rule.confirmed_only
        ),
        None,
    )
    forecast, pace, behind = _forecast(
        evaluation, entries, today, school_year_end(portfolio.school_year, today)
    )
    mentors = {m.id: m.name for m in payload.mentors}
    placements = tuple(
        PlacementFact(
            label=f"{p.organisation} – {p.unit}" if p.unit else p.organisation,
            context=p.context,
            mentor=mentors.get(p.mentor_id, "") if p.mentor_id else "",
            start_date=p.start_date,
            end_date=p.end_date,
        )
        for p in payload.placements
    )
    notes = list(received.problems)
    if list_source == "file":
        notes.append(
            f"de lijst {alist.spec.title} ({alist.id} versie {alist.version}) komt uit het bestand "
            "van de leerling: ze is niet bij de school geïnstalleerd"
        )
    notes += [f"mentorkaart niet bruikbaar: {text}" for text in cards.unusable]
    variant_of = None
    if alist.variant is not None:
        try:
            variant_of = catalog.get(alist.variant.base_id, alist.variant.base_version).spec.title
        except UnknownListError:
            variant_of = alist.variant.base_id
    return StudentSummary(
        portfolio_id=portfolio.id,
        name=portfolio.name,
        organisation=portfolio.organisation,
        programme=portfolio.programme or alist.spec.programme,
        school_year=portfolio.school_year,
        list_id=alist.id,
        list_version=alist.version,
        list_title=alist.spec.title,
        variant_of=variant_of,
        list_source=list_source,
        file_name=received.path.name,
        file_kind=received.kind,
        exported_at=contents.manifest.created_at.astimezone(UTC),
        content_sha256=_content_sha256(contents),
        content_changed_at=_latest_change(payload),
        pages_match=received.pages_match,
        required_minutes=required,
        counted_minutes=evaluation.counted_minutes,
        context_minutes=dict(sorted(evaluation.totals.items())),
        unmet_rules=len(gaps),
        blocking_rules=len(blocking),
        first_unmet=first,
        first_unmet_en=first_en,
        forecast=forecast,
        pace_minutes_per_day=round(pace, 2),
        behind=behind,
        trust=_item_groups(checks, dict(loaded.hours), dict(loaded.records)),
        placements=placements,
        signers=tuple(_signers(checks, cards, dict(loaded.hours), payload)),
        notes=tuple(notes),
    )


def _content_sha256(contents: Any) -> str:
    """The portfolio's data, whatever the container: the same data handed in as an archive
    and as a PDF has the same content hash."""
    files = contents.manifest.files
    digest = hashlib.sha256()
    for member in sorted(files):
        digest.update(f"{member}\0{files[member]}\n".encode())
    return digest.hexdigest()


# --- importing ---------------------------------------------------------------------------------


def _day(moment: datetime) -> str:
    local = moment.astimezone()
    return f"{local:%d/%m/%Y %H:%M}"


def _decide(
    stored: school_store.StoredExport | None, summary: StudentSummary
) -> tuple[Status, str, str]:
    """What to do with an export against the one the school has: (status, Dutch, English)."""
    if stored is None:
        return "new", "nieuw", "new"
    if stored.name != summary.name:
        return "refused", (
            f"zelfde portfolio als {stored.name} (al geïmporteerd uit {stored.file_name}), maar "
            f"op naam van {summary.name}; niet geïmporteerd. Is dit een kopie van het portfolio "
            "van een andere leerling?"
        ), (
            f"the same portfolio as {stored.name} (already imported from {stored.file_name}), "
            f"but in the name of {summary.name}; not imported. Is this a copy of another "
            "student's portfolio?"
        )  # fmt: skip
    if summary.content_sha256 == stored.content_sha256:
        day = _day(stored.exported_at)
        return (
            "same",
            f"ongewijzigd: dezelfde gegevens als de export van {day}",
            f"unchanged: the same data as the export of {day}",
        )
    if summary.exported_at > stored.exported_at and (
        summary.content_changed_at < stored.content_changed_at
    ):
        changed, kept = _day(summary.content_changed_at), _day(stored.content_changed_at)
        return "refused", (
            f"later gemaakt maar met oudere gegevens (laatste wijziging {changed}; de "
            f"geïmporteerde export heeft {kept}); niet geïmporteerd"
        ), (
            f"made later but with older data (last change {changed}; the imported export has "
            f"{kept}); not imported"
        )  # fmt: skip
    new_key = (summary.exported_at, summary.content_changed_at)
    old_key = (stored.exported_at, stored.content_changed_at)
    if new_key < old_key:
        day = _day(stored.exported_at)
        return (
            "older",
            f"ouder dan de geïmporteerde export van {day} ({stored.file_name}); niet geïmporteerd",
            f"older than the imported export of {day} ({stored.file_name}); not imported",
        )
    if new_key == old_key:
        return "refused", (
            f"dezelfde aanmaaktijd als {stored.file_name} maar andere gegevens; niet geïmporteerd "
            "(gewijzigd na het exporteren?)"
        ), (
            f"made at the same time as {stored.file_name} but with other data; not imported "
            "(changed after the export?)"
        )  # fmt: skip
    day = _day(stored.exported_at)
    return "replaced", f"vervangt de export van {day}", f"replaces the export of {day}"


def import_file(
    school: School,
    path: Path,
    *,
    lists: ListSource | None = None,
    register: Sequence[str] | None = None,
    today: date | None = None,
) -> FileOutcome:
    """Read, check and judge one file, and store it in its own transaction."""
    if path.suffix.lower() not in SUFFIXES:
        return FileOutcome(
            path, "refused", "geen portfolio-archief (.zip) of portfolio-PDF (.pdf); overgeslagen",
            message_en="not a portfolio archive (.zip) or portfolio PDF (.pdf); skipped",
        )  # fmt: skip
    try:
        received = read_received(path)
    except VerifyError as exc:
        return FileOutcome(
            path, "refused", _without_name(str(exc), path),
            message_en=_without_name(exc.en or _UNREADABLE_EN, path),
        )  # fmt: skip
    if received.pages_match is False:
        return FileOutcome(
            path, "refused",
            "de pagina's zijn gewijzigd na het maken: " + "; ".join(received.problems),
            received.contents.payload.portfolio.name, received.contents.payload.portfolio.id,
            "the pages were changed after the PDF was made: "
            + "; ".join(note_text(p, "en") for p in received.problems),
        )  # fmt: skip
    portfolio = received.contents.payload.portfolio
    source = lists or ListSource(school.catalog)
    try:
        summary = summarise(
            received,
            source,
            school.anchors,
            register if register is not None else school.register_documents(),
            today=today,
        )
    except NoListError as exc:
        return FileOutcome(path, "refused", str(exc), portfolio.name, portfolio.id, exc.en)
    except UnknownListError as exc:
        known = ", ".join(exc.known)
        english = f"unknown list {exc.list_id!r}; known: {known}"
        return FileOutcome(path, "refused", str(exc), portfolio.name, portfolio.id, english)
    gate = _gate(received, source, today)
    if gate:
        return FileOutcome(path, "refused", gate[0], portfolio.name, portfolio.id, gate[1])
    digest = hashlib.sha256(received.data).hexdigest()
    with school_session(school.engine) as session:
        stored = school_store.stored_export(session, portfolio_id=summary.portfolio_id)
        status, message, message_en = _decide(stored, summary)
        if status in ("new", "replaced"):
            school_store.put_student(
                session, summary=summary, data=received.data, sha256=digest, imported_at=clock.now()
            )
        elif status == "same" and stored is not None and summary.exported_at > stored.exported_at:
            school_store.touch_export(
                session,
                portfolio_id=summary.portfolio_id,
                exported_at=summary.exported_at,
                file_name=summary.file_name,
                kind=summary.file_kind,
                data=received.data,
                sha256=digest,
            )
    return FileOutcome(path, status, message, summary.name, summary.portfolio_id, message_en)


def _gate(received: Received, source: ListSource, today: date | None) -> tuple[str, str] | None:
    """The rules every way into a portfolio passes (``core.gate``: sane years, nothing in the
    future, at most 24 hours a day, known contexts and levels), as ``import`` applies them; the
    refusal without the file's name (Dutch, English), or None."""
    from stageportfolio.services.portfolio_file import content_findings, refusal, refusal_en

    found = source.find(received.contents)
    if found is None:  # summarise refused it already
        return None
    alist, catalog, _ = found
    day = today or clock.today()
    now = None if today is None else datetime.combine(day, time.max, tzinfo=UTC)
    findings = content_findings(received.contents, catalog, today=day, now=now, alist=alist)
    if not findings:
        return None
    name, path = received.path.name, received.path
    return (
        _without_name(refusal(name, findings), path),
        _without_name(refusal_en(name, findings), path),
    )


# A file the checks could not read, where the reader gives no English form of its reason.
_UNREADABLE_EN = (
    "cannot be read as a portfolio: it is damaged, was changed after the export, or was not "
    "made by stageportfolio; not imported"
)


def _without_name(message: str, path: Path) -> str:
    for prefix in (f"{path}: ", f"{path.name}: "):
        if message.startswith(prefix):
            return message[len(prefix) :]
    return message


def import_files(
    school: School,
    sources: Sequence[Path],
    *,
    progress: Callable[[int, Path], None] | None = None,
    today: date | None = None,
) -> list[FileOutcome]:
    """Import every file under ``sources``, one at a time (memory stays flat), each in its own
    transaction. Returns one outcome per file, in the order they were read."""
    lists = ListSource(school.catalog)
    register = school.register_documents()
    outcomes = []
    for number, path in enumerate(walk(sources), start=1):
        if progress is not None:
            progress(number, path)
        outcomes.append(import_file(school, path, lists=lists, register=register, today=today))
    return outcomes


def outcome_json(outcome: FileOutcome) -> dict[str, Any]:
    return {
        "file": str(outcome.path),
        "status": outcome.status,
        "message": outcome.message,
        "learner": outcome.learner,
        "portfolio_id": outcome.portfolio_id,
    }


def dumps(outcomes: Sequence[FileOutcome]) -> str:
    return json.dumps([outcome_json(o) for o in outcomes], ensure_ascii=False, indent=2)
