"""Queries on the school database (``store.school_models``): keyword-only functions that take a
session and return plain objects (``core.schoolview``). The only place the school's SQL lives.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Select, and_, case, delete, exists, func, insert, select, update
from sqlalchemy.orm import Session

from stageportfolio.core.schoolview import (
    ClassMember,
    OverviewFilter,
    OverviewRow,
    StudentSummary,
    TrustCounts,
    name_key,
)
from stageportfolio.core.signoff_formats import VouchedCard
from stageportfolio.store.school_models import (
    SchoolClassMember,
    SchoolExport,
    SchoolMentorDay,
    SchoolPlacement,
    SchoolSigner,
    SchoolStudent,
    SchoolVouchedCard,
)

TRUST_FIELDS = tuple(TrustCounts.__dataclass_fields__)


def _utc(value: datetime) -> datetime:
    """SQLite gives timestamps back without a zone: they were stored as UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@dataclass(frozen=True)
class StoredExport:
    """What the school holds of a student, to decide whether a new export replaces it."""

    portfolio_id: str
    name: str
    exported_at: datetime
    content_sha256: str
    content_changed_at: datetime
    file_name: str


def stored_export(session: Session, *, portfolio_id: str) -> StoredExport | None:
    row = session.execute(
        select(
            SchoolStudent.portfolio_id,
            SchoolStudent.name,
            SchoolStudent.exported_at,
            SchoolStudent.content_sha256,
            SchoolStudent.content_changed_at,
            SchoolStudent.file_name,
        ).where(SchoolStudent.portfolio_id == portfolio_id)
    ).first()
    if row is None:
        return None
    return StoredExport(row[0], row[1], _utc(row[2]), row[3], _utc(row[4]), row[5])


def _student_values(summary: StudentSummary, imported_at: datetime) -> dict[str, Any]:
    values: dict[str, Any] = {
        "portfolio_id": summary.portfolio_id,
        "name": summary.name,
        "name_key": name_key(summary.name),
        "organisation": summary.organisation,
        "programme": summary.programme,
        "school_year": summary.school_year,
        "list_id": summary.list_id,
        "list_version": summary.list_version,
        "list_title": summary.list_title,
        "variant_of": summary.variant_of,
        "list_source": summary.list_source,
        "file_name": summary.file_name,
        "file_kind": summary.file_kind,
        "exported_at": summary.exported_at,
        "content_sha256": summary.content_sha256,
        "content_changed_at": summary.content_changed_at,
        "imported_at": imported_at,
        "pages_match": summary.pages_match,
        "required_minutes": summary.required_minutes,
        "counted_minutes": summary.counted_minutes,
        "context_minutes": json.dumps(summary.context_minutes, sort_keys=True),
        "unmet_rules": summary.unmet_rules,
        "blocking_rules": summary.blocking_rules,
        "first_unmet": summary.first_unmet,
        "first_unmet_en": summary.first_unmet_en,
        "forecast": summary.forecast,
        "pace_minutes_per_day": summary.pace_minutes_per_day,
        "behind": summary.behind,
        "placements": "; ".join(sorted({p.label for p in summary.placements})),
        "mentors": "; ".join(
            sorted(
                {p.mentor for p in summary.placements if p.mentor}
                | {s.name for s in summary.signers}
            )
        ),
        "notes": json.dumps(list(summary.notes), ensure_ascii=False),
    }
    values["placements_key"] = values["placements"].casefold()
    values["mentors_key"] = values["mentors"].casefold()
    for name in TRUST_FIELDS:
        values[name] = getattr(summary.trust, name)
    return values


def remove_student(session: Session, *, portfolio_id: str) -> None:
    """Every row of one student (children first: no reliance on ON DELETE CASCADE)."""
    for model in (SchoolExport, SchoolMentorDay, SchoolSigner, SchoolPlacement):
        session.execute(delete(model).where(model.portfolio_id == portfolio_id))
    session.execute(delete(SchoolStudent).where(SchoolStudent.portfolio_id == portfolio_id))


def put_student(
    session: Session,
    *,
    summary: StudentSummary,
    data: bytes,
    sha256: str,
    imported_at: datetime,
) -> None:
    """Replace everything the school holds of this student with ``summary`` and its file,
    inside the caller's transaction."""
    pid = summary.portfolio_id
    remove_student(session, portfolio_id=pid)
    session.execute(insert(SchoolStudent), [_student_values(summary, imported_at)])
    placements = [
        {
            "portfolio_id": pid,
            "label": p.label,
            "label_key": p.label.casefold(),
            "context": p.context,
            "mentor": p.mentor,
            "mentor_key": p.mentor.casefold(),
            "start_date": p.start_date,
            "end_date": p.end_date,
        }
        for p in summary.placements
    ]
    if placements:
        session.execute(insert(SchoolPlacement), placements)
    signers = [
        {
            "portfolio_id": pid,
            "public_key": s.public_key,
            "fingerprint": s.fingerprint,
            "name": s.name,
            "name_key": s.name.casefold(),
            "organisation": s.organisation,
            "sector": s.sector,
            "trusted": s.trusted,
        }
        for s in summary.signers
    ]
    if signers:
        session.execute(insert(SchoolSigner), signers)
    days = {(s.public_key, day) for s in summary.signers for day in s.days}
    if days:
        session.execute(
            insert(SchoolMentorDay),
            [{"portfolio_id": pid, "public_key": key, "day": day} for key, day in sorted(days)],
        )
    session.execute(
        insert(SchoolExport),
        [
            {
                "portfolio_id": pid,
                "file_name": summary.file_name,
                "kind": summary.file_kind,
                "sha256": sha256,
                "size": len(data),
                "data": data,
            }
        ],
    )


def touch_export(
    session: Session,
    *,
    portfolio_id: str,
    exported_at: datetime,
    file_name: str,
    kind: str,
    data: bytes,
    sha256: str,
) -> None:
    """The same content handed in again, in a newer export: keep the newer file and date."""
    session.execute(
        update(SchoolStudent)
        .where(SchoolStudent.portfolio_id == portfolio_id)
        .values(exported_at=exported_at, file_name=file_name, file_kind=kind)
    )
    session.execute(
        update(SchoolExport)
        .where(SchoolExport.portfolio_id == portfolio_id)
        .values(file_name=file_name, kind=kind, sha256=sha256, size=len(data), data=data)
    )


# --- the overview ------------------------------------------------------------------------------


def _class_of() -> Any:
    """The class of a student: the class list's row with the same name key (the first one)."""
    return (
        select(func.min(SchoolClassMember.class_name))
        .where(SchoolClassMember.name_key == SchoolStudent.name_key)
        .correlate(SchoolStudent)
        .scalar_subquery()
    )


_OVERVIEW_COLUMNS = (
    "portfolio_id", "name", "programme", "list_title", "list_id", "list_version", "variant_of",
    "list_source", "required_minutes", "counted_minutes", "context_minutes", "unmet_rules",
    "blocking_rules", "first_unmet", "first_unmet_en", "forecast", "behind", "exported_at",
    "file_kind", "pages_match", "placements", "mentors", "notes",
)  # fmt: skip


def _filtered(query: Select[Any], filters: OverviewFilter, class_col: Any) -> Select[Any]:
    conditions: list[Any] = []
    if filters.class_name:
        conditions.append(class_col == filters.class_name)
    if filters.programme:
        conditions.append(SchoolStudent.programme == filters.programme)
    if filters.behind:
        conditions.append(SchoolStudent.behind.is_(True))
    if filters.invalid_signature:
        conditions.append(SchoolStudent.invalid_signatures > 0)
    if filters.search:
        conditions.append(SchoolStudent.name.ilike(_like(filters.search), escape="\\"))
    if filters.placement:
        wanted = _like(filters.placement.casefold())
        conditions.append(SchoolStudent.placements_key.like(wanted, escape="\\"))
    if filters.mentor:
        wanted = _like(filters.mentor.casefold())
        conditions.append(SchoolStudent.mentors_key.like(wanted, escape="\\"))
    return query.where(and_(*conditions)) if conditions else query


def _row(values: Sequence[Any], class_name: str | None) -> OverviewRow:
    data = dict(zip(_OVERVIEW_COLUMNS + TRUST_FIELDS, values, strict=True))
    trust = TrustCounts(**{name: int(data.pop(name) or 0) for name in TRUST_FIELDS})
    return OverviewRow(
        portfolio_id=data["portfolio_id"],
        name=data["name"],
        class_name=class_name or "",
        programme=data["programme"],
        list_title=data["list_title"],
        list_id=data["list_id"],
        list_version=int(data["list_version"]),
        variant_of=data["variant_of"],
        list_source=data["list_source"],
        required_minutes=data["required_minutes"],
        counted_minutes=int(data["counted_minutes"]),
        context_minutes={k: int(v) for k, v in json.loads(data["context_minutes"]).items()},
        unmet_rules=int(data["unmet_rules"]),
        blocking_rules=int(data["blocking_rules"]),
        first_unmet=data["first_unmet"],
        first_unmet_en=data["first_unmet_en"] or "",
        forecast=data["forecast"],
        behind=bool(data["behind"]),
        trust=trust,
        exported_at=_utc(data["exported_at"]),
        file_kind=data["file_kind"],
        pages_match=data["pages_match"],
        placements=data["placements"],
        mentors=data["mentors"],
        notes=tuple(json.loads(data["notes"] or "[]")),
    )


_SORTS: dict[str, Any] = {
    "name": func.lower(SchoolStudent.name),
    "programme": SchoolStudent.programme,
    "counted": SchoolStudent.counted_minutes,
    "confirmed": SchoolStudent.confirmed_minutes,
    "unmet": SchoolStudent.unmet_rules,
    "forecast": SchoolStudent.forecast,
    "exported": SchoolStudent.exported_at,
}


def overview(
    session: Session,
    *,
    filters: OverviewFilter | None = None,
    sort: str = "name",
    descending: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[OverviewRow]:
    """One row per student, filtered and sorted in the database; ``limit`` and ``offset`` give
    one page of it (what a screen shows)."""
    filters = filters or OverviewFilter()
    class_col = _class_of().label("class_name")
    columns = [getattr(SchoolStudent, name) for name in _OVERVIEW_COLUMNS + TRUST_FIELDS]
    query = _filtered(select(*columns, class_col), filters, _class_of())
    key = class_col if sort == "class" else _SORTS.get(sort, _SORTS["name"])
    order = key.desc() if descending else key.asc()
    query = query.order_by(order, func.lower(SchoolStudent.name), SchoolStudent.portfolio_id)
    if limit is not None:
        query = query.limit(limit).offset(offset)
    return [_row(tuple(found)[:-1], found[-1]) for found in session.execute(query)]


def count_overview(session: Session, *, filters: OverviewFilter | None = None) -> int:
    """How many students the filters leave (for paging)."""
    query = _filtered(
        select(func.count()).select_from(SchoolStudent), filters or OverviewFilter(), _class_of()
    )
    return int(session.scalar(query) or 0)


def filter_choices(session: Session) -> dict[str, list[str]]:
    """The classes and programmes there are, for the filter combo boxes."""
    classes = session.scalars(select(SchoolClassMember.class_name).distinct()).all()
    programmes = session.scalars(select(SchoolStudent.programme).distinct()).all()
    return {
        "classes": sorted(c for c in classes if c),
        "programmes": sorted(p for p in programmes if p),
    }


def count_students(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(SchoolStudent)) or 0)


def export_file(session: Session, *, portfolio_id: str) -> tuple[str, str, bytes] | None:
    """(file name, kind, bytes) of the file a student handed in."""
    row = session.execute(
        select(SchoolExport.file_name, SchoolExport.kind, SchoolExport.data).where(
            SchoolExport.portfolio_id == portfolio_id
        )
    ).first()
    return None if row is None else (row[0], row[1], bytes(row[2]))


# --- the class list ----------------------------------------------------------------------------


def replace_class_list(session: Session, *, members: Iterable[ClassMember]) -> int:
    session.execute(delete(SchoolClassMember))
    rows = [
        {
            "first_name": m.first_name,
            "last_name": m.last_name,
            "name_key": name_key(m.full_name),
            "class_name": m.class_name,
            "username": m.username,
            "number": m.number,
        }
        for m in members
    ]
    if rows:
        session.execute(insert(SchoolClassMember), rows)
    return len(rows)


def unmatched_students(session: Session) -> list[str]:
    """Students whose name is on no row of the class list."""
    query = select(SchoolStudent.name).where(
        ~exists().where(SchoolClassMember.name_key == SchoolStudent.name_key)
    )
    return sorted(session.scalars(query).all())


# --- mentors across the school -----------------------------------------------------------------


@dataclass(frozen=True)
class MentorDayRow:
    public_key: str
    day: date
    portfolio_id: str
    student: str


def mentor_days(session: Session) -> list[MentorDayRow]:
    query = (
        select(
            SchoolMentorDay.public_key,
            SchoolMentorDay.day,
            SchoolMentorDay.portfolio_id,
            SchoolStudent.name,
        )
        .join(SchoolStudent, SchoolStudent.portfolio_id == SchoolMentorDay.portfolio_id)
        .order_by(SchoolMentorDay.public_key, SchoolMentorDay.day, SchoolStudent.name_key)
    )
    return [MentorDayRow(r[0], r[1], r[2], r[3]) for r in session.execute(query)]


@dataclass(frozen=True)
class SignerRow:
    public_key: str
    fingerprint: str
    name: str
    organisation: str
    sector: str
    trusted: bool
    students: int


def signers(session: Session) -> list[SignerRow]:
    """Every key that signed in some student's portfolio, with how it was judged."""
    query = (
        select(
            SchoolSigner.public_key,
            func.min(SchoolSigner.fingerprint),
            func.min(SchoolSigner.name),
            func.min(SchoolSigner.organisation),
            func.min(SchoolSigner.sector),
            func.max(case((SchoolSigner.trusted.is_(True), 1), else_=0)),
            func.count(SchoolSigner.portfolio_id.distinct()),
        )
        .group_by(SchoolSigner.public_key)
        .order_by(func.min(SchoolSigner.name_key))
    )
    return [
        SignerRow(r[0], r[1], r[2], r[3], r[4], bool(r[5]), int(r[6]))
        for r in session.execute(query)
    ]


# --- the school's register of vouched cards ----------------------------------------------------


def add_vouched_card(session: Session, *, vouched: VouchedCard, document: str) -> None:
    """Keep a card this school vouched for (``document``: its JSON as written)."""
    card = vouched.card
    session.execute(
        insert(SchoolVouchedCard),
        [
            {
                "public_key": card.public_key,
                "fingerprint": card.fingerprint,
                "name": card.name,
                "organisation": card.organisation,
                "sector": card.sector,
                "valid_from": vouched.valid_from,
                "valid_until": vouched.valid_until,
                "vouched_at": _utc(vouched.vouched_at),
                "document": document,
            }
        ],
    )


def vouched_documents(session: Session) -> list[str]:
    return list(session.scalars(select(SchoolVouchedCard.document).order_by(SchoolVouchedCard.id)))


@dataclass(frozen=True)
class VouchedRow:
    fingerprint: str
    name: str
    organisation: str
    sector: str
    valid_from: date
    valid_until: date
    vouched_at: datetime


def vouched_cards(session: Session) -> list[VouchedRow]:
    query = select(
        SchoolVouchedCard.fingerprint,
        SchoolVouchedCard.name,
        SchoolVouchedCard.organisation,
        SchoolVouchedCard.sector,
        SchoolVouchedCard.valid_from,
        SchoolVouchedCard.valid_until,
        SchoolVouchedCard.vouched_at,
    ).order_by(SchoolVouchedCard.name, SchoolVouchedCard.vouched_at)
    return [
        VouchedRow(r[0], r[1], r[2], r[3], r[4], r[5], _utc(r[6])) for r in session.execute(query)
    ]
