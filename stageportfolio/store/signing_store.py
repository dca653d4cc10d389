"""The database side of mentor signatures: mentor keys, signed sign-offs and mentor cards.

Keyword-only functions on a session, returning plain objects, like ``services``. The
cryptography lives in ``core.signing``; deciding what is valid lives in ``signoffs``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlmodel import Session, col

from stageportfolio.store.models import Mentor, MentorCard, SignOff, utcnow


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


@dataclass(frozen=True)
class CardInfo:
    name: str
    organisation: str
    sector: str
    public_key: str
    fingerprint: str


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
            )
        )
    session.flush()


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


# --- mentor cards -----------------------------------------------------------------------------


def save_mentor_cards(session: Session, *, cards: Sequence[CardInfo]) -> int:
    """Add each card, or refresh the one with the same public key. Returns how many."""
    for card in cards:
        row = session.execute(
            select(MentorCard).where(col(MentorCard.public_key) == card.public_key)
        ).scalar_one_or_none()
        if row is None:
            row = MentorCard(public_key=card.public_key, name=card.name, fingerprint="")
        row.name, row.organisation, row.sector = card.name, card.organisation, card.sector
        row.fingerprint, row.imported_at = card.fingerprint, utcnow()
        session.add(row)
    session.flush()
    return len(cards)


def card_public_keys(session: Session) -> set[str]:
    return set(session.execute(select(col(MentorCard.public_key))).scalars())
