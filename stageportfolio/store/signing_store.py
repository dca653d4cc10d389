"""The database side of mentor signatures: mentor keys, signed sign-offs and mentor cards.

Keyword-only functions on a session, returning plain objects, like ``services``. The
cryptography lives in ``core.signing``; deciding what is valid lives in ``signoffs``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlmodel import Session, col

from stageportfolio.store.models import Mentor, Portfolio, SignOff, VouchedCard, utcnow


def as_utc(value: datetime) -> datetime:
    """SQLite gives timestamps back without a zone; they are stored as UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


@dataclass(frozen=True)
class MentorKeys:
    id: str
    name: str
    organisation: str
    sector: str
    public_key: str | None
    sealed_key: str | None


@dataclass(frozen=True)
class StoredSignOff:
    id: str
    target_kind: str
    target_id: str
    level: int | None
    mentor_id: str | None
    mentor_name: str
    comment: str
    signed_at: datetime
    payload: str | None
    signature: str | None
    key_fingerprint: str | None
    public_key: str | None
    method: str | None = None
    decision: str = "approve"
    method_data: str | None = None


@dataclass(frozen=True)
class NewSignOff:
    target_kind: str
    target_id: str
    level: int | None
    mentor_id: str | None
    mentor_name: str
    comment: str
    signed_at: datetime
    payload: str
    signature: str
    key_fingerprint: str
    public_key: str
    method: str = "key"
    decision: str = "approve"
    method_data: str | None = None


def _keys(row: Mentor) -> MentorKeys:
    return MentorKeys(
        row.id, row.name, row.organisation, row.sector, row.public_key, row.sealed_key
    )


def mentor_keys(session: Session, *, mentor_id: str) -> MentorKeys | None:
    row = session.get(Mentor, mentor_id)
    return None if row is None else _keys(row)


def all_mentor_keys(session: Session, *, portfolio_id: str) -> list[MentorKeys]:
    rows = session.execute(
        select(Mentor).where(col(Mentor.portfolio_id) == portfolio_id).order_by(col(Mentor.name))
    ).scalars()
    return [_keys(row) for row in rows]


def set_mentor_key(session: Session, *, mentor_id: str, public_key: str, sealed_key: str) -> None:
    row = session.get(Mentor, mentor_id)
    if row is None:
        raise LookupError(mentor_id)
    row.public_key, row.sealed_key = public_key, sealed_key
    session.add(row)
    session.flush()


def find_or_add_mentor(
    session: Session,
    *,
    portfolio_id: str,
    name: str,
    organisation: str,
    sector: str,
    public_key: str,
) -> tuple[str, str]:
    """The mentor with this name and organisation (case-insensitive), added when unknown.

    Returns (id, name as stored). A mentor without any key gets ``public_key`` for display;
    verification never reads it.
    """
    wanted = (name.strip().casefold(), organisation.strip().casefold())
    for row in session.execute(
        select(Mentor).where(col(Mentor.portfolio_id) == portfolio_id)
    ).scalars():
        if (row.name.strip().casefold(), row.organisation.strip().casefold()) == wanted:
            if row.public_key is None and row.sealed_key is None:
                row.public_key = public_key
                session.add(row)
                session.flush()
            return row.id, row.name
    row = Mentor(
        portfolio_id=portfolio_id,
        name=name.strip(),
        organisation=organisation.strip(),
        sector=sector,
        public_key=public_key,
    )
    session.add(row)
    session.flush()
    return row.id, row.name


def add_signoffs(session: Session, *, portfolio_id: str, rows: Sequence[NewSignOff]) -> None:
    for new in rows:
        session.add(
            SignOff(
                portfolio_id=portfolio_id,
                target_kind=new.target_kind,
                target_id=new.target_id,
                level=new.level,
                mentor_id=new.mentor_id,
                mentor_name=new.mentor_name,
                comment=new.comment,
                signed_at=new.signed_at,
                payload=new.payload,
                signature=new.signature,
                key_fingerprint=new.key_fingerprint,
                public_key=new.public_key,
                method=new.method,
                decision=new.decision,
                method_data=new.method_data,
            )
        )
    session.flush()


def set_sealed_key(session: Session, *, mentor_id: str, sealed_key: str) -> None:
    """Store a mentor's key sealed again (at today's cost); the public key stays."""
    row = session.get(Mentor, mentor_id)
    if row is None:
        raise LookupError(mentor_id)
    row.sealed_key = sealed_key
    session.add(row)
    session.flush()


def delete_signoffs(
    session: Session, *, portfolio_id: str, target_kind: str, target_ids: Sequence[str]
) -> int:
    """Remove the sign-offs of items that are deleted with them; returns how many."""
    result = session.execute(
        delete(SignOff).where(
            col(SignOff.portfolio_id) == portfolio_id,
            col(SignOff.target_kind) == target_kind,
            col(SignOff.target_id).in_(list(target_ids)),
        )
    )
    return int(getattr(result, "rowcount", 0) or 0)


def signoffs_of(
    session: Session, *, portfolio_id: str, target_kind: str, target_ids: Sequence[str]
) -> list[StoredSignOff]:
    return [
        row
        for row in list_stored_signoffs(session, portfolio_id=portfolio_id)
        if row.target_kind == target_kind and row.target_id in set(target_ids)
    ]


def learner_name(session: Session, *, portfolio_id: str) -> str:
    row = session.get(Portfolio, portfolio_id)
    return "" if row is None else row.name


def list_stored_signoffs(session: Session, *, portfolio_id: str) -> list[StoredSignOff]:
    rows = session.execute(
        select(SignOff)
        .where(col(SignOff.portfolio_id) == portfolio_id)
        .order_by(col(SignOff.signed_at), col(SignOff.id))
    ).scalars()
    return [
        StoredSignOff(
            s.id,
            s.target_kind,
            s.target_id,
            s.level,
            s.mentor_id,
            s.mentor_name,
            s.comment,
            as_utc(s.signed_at),
            s.payload,
            s.signature,
            s.key_fingerprint,
            s.public_key,
            s.method,
            s.decision,
            s.method_data,
        )
        for s in rows
    ]


def stored_signatures(session: Session, *, portfolio_id: str) -> set[str]:
    rows = session.execute(
        select(col(SignOff.signature)).where(
            col(SignOff.portfolio_id) == portfolio_id, col(SignOff.signature).is_not(None)
        )
    ).scalars()
    return {str(s) for s in rows}


# --- school-vouched mentor cards -------------------------------------------------------------


def add_vouched_card(
    session: Session, *, portfolio_id: str, public_key: str, document: str
) -> bool:
    """Keep a vouched card as received; False when this very document is already there."""
    digest = hashlib.sha256(document.encode("utf-8")).hexdigest()
    found = session.execute(
        select(VouchedCard).where(
            col(VouchedCard.portfolio_id) == portfolio_id,
            col(VouchedCard.document_sha256) == digest,
        )
    ).scalar_one_or_none()
    if found is not None:
        return False
    session.add(
        VouchedCard(
            portfolio_id=portfolio_id,
            public_key=public_key,
            document=document,
            document_sha256=digest,
            imported_at=utcnow(),
        )
    )
    session.flush()
    return True


def vouched_documents(session: Session, *, portfolio_id: str) -> list[str]:
    rows = session.execute(
        select(col(VouchedCard.document))
        .where(col(VouchedCard.portfolio_id) == portfolio_id)
        .order_by(col(VouchedCard.imported_at), col(VouchedCard.id))
    ).scalars()
    return [str(row) for row in rows]
