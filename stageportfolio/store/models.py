"""The portfolio database tables (SQLModel).

Every row that can leave the machine (in an export, a sign-off request, a PDF attachment) has a
UUID as its key, so that it keeps its identity wherever it goes. Hours are whole minutes.
Changing a table means a new Alembic revision in ``migrations/versions`` and a fixture database
in ``tests/data/db`` once that schema is released.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from stageportfolio.core import clock


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """Default for the timestamp columns: the app's one clock."""
    return clock.now()


class Portfolio(SQLModel, table=True):
    """The owner and the chosen list, pinned by id and version."""

    __tablename__ = "portfolio"
    __table_args__ = (CheckConstraint("role IN ('student', 'evc')", name="ck_portfolio_role"),)

    id: str = Field(default_factory=new_id, primary_key=True)
    role: str
    name: str
    organisation: str = ""  # school (student) or EVC test centre (candidate)
    programme: str = ""
    list_id: str
    list_version: int
    school_year: str = ""
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Mentor(SQLModel, table=True):
    __tablename__ = "mentor"
    __table_args__ = (
        CheckConstraint("sector IN ('social_profit', 'local_government')", name="ck_mentor_sector"),
    )

    id: str = Field(default_factory=new_id, primary_key=True)
    portfolio_id: str = Field(foreign_key="portfolio.id", index=True, ondelete="CASCADE")
    name: str
    organisation: str = ""
    sector: str = "social_profit"
    email: str = ""
    public_key: str | None = None  # room for issue 6: the mentor's Ed25519 key
    # SealedKey.to_json() when the mentor keeps a key on this laptop (useless without the
    # mentor's passphrase).
    sealed_key: str | None = None


class Placement(SQLModel, table=True):
    """``usual_weekdays`` and ``usual_minutes`` (schema 0004) are the usual schedule: ISO
    weekday digits ("1245") and the minutes of a usual day; "" and 0 when not given."""

    __tablename__ = "placement"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="ck_placement_period"),
        CheckConstraint(
            "usual_minutes >= 0 AND usual_minutes <= 1440", name="ck_placement_usual_minutes"
        ),
    )

    id: str = Field(default_factory=new_id, primary_key=True)
    portfolio_id: str = Field(foreign_key="portfolio.id", index=True, ondelete="CASCADE")
    organisation: str
    unit: str = ""
    context: str
    mentor_id: str | None = Field(default=None, foreign_key="mentor.id", ondelete="SET NULL")
    start_date: date
    end_date: date
    usual_weekdays: str = Field(default="", sa_column_kwargs={"server_default": ""})
    usual_minutes: int = Field(default=0, sa_column_kwargs={"server_default": "0"})


class HourEntry(SQLModel, table=True):
    """One amount of stage time on one day. ``import_key`` makes CSV imports idempotent."""

    __tablename__ = "hour_entry"
    __table_args__ = (
        CheckConstraint("minutes > 0 AND minutes <= 1440", name="ck_hour_entry_minutes"),
        UniqueConstraint("portfolio_id", "import_key", name="uq_hour_entry_import_key"),
        Index("ix_hour_entry_portfolio_day", "portfolio_id", "day"),
        Index("ix_hour_entry_portfolio_context", "portfolio_id", "context", "minutes"),
    )

    id: str = Field(default_factory=new_id, primary_key=True)
    portfolio_id: str = Field(foreign_key="portfolio.id", ondelete="CASCADE")
    placement_id: str | None = Field(
        default=None, foreign_key="placement.id", index=True, ondelete="SET NULL"
    )
    day: date
    minutes: int
    context: str
    note: str = ""
    import_key: str | None = None
    created_at: datetime = Field(default_factory=utcnow)


class ActivityRecord(SQLModel, table=True):
    """A student's claim: practised this activity, at this proposed level, with a reflection."""

    __tablename__ = "activity_record"
    __table_args__ = (
        Index("ix_activity_record_portfolio_activity", "portfolio_id", "activity_id"),
    )

    id: str = Field(default_factory=new_id, primary_key=True)
    portfolio_id: str = Field(foreign_key="portfolio.id", ondelete="CASCADE")
    activity_id: str
    competence_id: str
    proposed_level: int = Field(ge=1)
    day: date
    reflection: str = ""
    created_at: datetime = Field(default_factory=utcnow)


class Evidence(SQLModel, table=True):
    """A file kept in the managed evidence folder, identified by its SHA-256."""

    __tablename__ = "evidence"

    id: str = Field(default_factory=new_id, primary_key=True)
    portfolio_id: str = Field(foreign_key="portfolio.id", index=True, ondelete="CASCADE")
    stored_name: str  # file name inside <data>/evidence/
    original_name: str
    media_type: str = "application/octet-stream"
    day: date
    sha256: str
    size: int
    description: str = ""


class EvidenceLink(SQLModel, table=True):
    """Evidence supports a competence (``bkc…``) or an activity."""

    __tablename__ = "evidence_link"

    evidence_id: str = Field(foreign_key="evidence.id", primary_key=True, ondelete="CASCADE")
    target_id: str = Field(primary_key=True, index=True)


class SignOff(SQLModel, table=True):
    """A mentor's decision on an hour entry, an activity record or a competence.

    ``decision`` is ``approve`` or ``refuse`` (niet akkoord; ``comment`` holds the reason).
    The signing fields (payload, signature, key fingerprint, public key) carry the mentor's
    signature made with ``method`` (``key``: an Ed25519 key; later ``eid`` or ``paper``, whose
    evidence goes in ``method_data``). A row without a signature is an unsigned confirmation
    from before signing existed: it never counts.
    """

    __tablename__ = "signoff"
    __table_args__ = (
        CheckConstraint(
            "target_kind IN ('hour_entry', 'activity_record', 'competence')",
            name="ck_signoff_target_kind",
        ),
        CheckConstraint("decision IN ('approve', 'refuse')", name="ck_signoff_decision"),
        Index("ix_signoff_portfolio_target", "portfolio_id", "target_kind", "target_id"),
    )

    id: str = Field(default_factory=new_id, primary_key=True)
    portfolio_id: str = Field(foreign_key="portfolio.id", ondelete="CASCADE")
    target_kind: str
    target_id: str
    level: int | None = None
    mentor_id: str | None = Field(default=None, foreign_key="mentor.id", ondelete="SET NULL")
    mentor_name: str = ""
    comment: str = ""
    signed_at: datetime = Field(default_factory=utcnow)
    payload: str | None = None
    signature: str | None = None
    key_fingerprint: str | None = None
    # The signer's public key travels with the signature: verification never trusts the
    # mentor table, which the student controls.
    public_key: str | None = None
    method: str | None = None  # "key" for a signature; None for an unsigned row
    decision: str = "approve"
    method_data: str | None = None


class VouchedCard(SQLModel, table=True):
    """A mentor card signed by a school key (``*.mentorkaart.json`` after ``school-vouch``),
    kept as received and checked again every time; it travels in the archive and the PDF."""

    __tablename__ = "vouched_card"
    __table_args__ = (
        UniqueConstraint("portfolio_id", "document_sha256", name="uq_vouched_card_document"),
    )

    id: str = Field(default_factory=new_id, primary_key=True)
    portfolio_id: str = Field(foreign_key="portfolio.id", index=True, ondelete="CASCADE")
    public_key: str  # the mentor's key the card is about
    document: str  # the vouched card's JSON, exactly as imported
    document_sha256: str
    imported_at: datetime = Field(default_factory=utcnow)


class MentorCard(SQLModel, table=True):
    """Schema 0002: unsigned mentor cards imported on the pupil's laptop. Read by nothing since
    schema 0003 (a card the pupil imports proves nothing; see ``VouchedCard``)."""

    __tablename__ = "mentor_card"
    __table_args__ = (
        CheckConstraint(
            "sector IN ('social_profit', 'local_government')", name="ck_mentor_card_sector"
        ),
        UniqueConstraint("public_key", name="uq_mentor_card_public_key"),
    )

    id: str = Field(default_factory=new_id, primary_key=True)
    name: str
    organisation: str = ""
    sector: str = "social_profit"
    public_key: str
    fingerprint: str
    imported_at: datetime = Field(default_factory=utcnow)
