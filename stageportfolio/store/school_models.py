"""The school's own database (school mode): what a coordinator imported from the students'
exports, the verdict computed with the school's trust, the class list and the mentor cards the
school vouched for.

One set of SQLAlchemy models for SQLite (one file, the default) and PostgreSQL (several
coordinators sharing one overview), migrated by the same Alembic scripts
(``store/school_migrations``, version table ``school_alembic_version``). It never holds a
student's own database: students hand in exports, and each import replaces one student's rows
in one transaction.

Per student, the overview's numbers are computed once at import (``school_student``), so the
overview is one indexed query however many students there are. A student's export file itself
is kept (``school_export``) for the read-only drill-down and the PDF.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Its own metadata: the school tables never mix with a pupil's portfolio tables.
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

UTC_TIME = DateTime(timezone=True)


class SchoolBase(DeclarativeBase):
    metadata = metadata


class SchoolStudent(SchoolBase):
    """One student: the latest export the school accepted, and its verdict."""

    __tablename__ = "school_student"
    # Index what the overview filters and sorts by: with a page of 200 rows, the database reads
    # only those (docs/school.md, benchmarks/bench_school.py).
    __table_args__ = (
        Index("ix_school_student_name_key", "name_key"),
        Index("ix_school_student_name_lower", func.lower(text("name"))),
        Index("ix_school_student_programme", "programme"),
        Index("ix_school_student_behind", "behind"),
        Index("ix_school_student_invalid", "invalid_signatures"),
        Index("ix_school_student_counted", "counted_minutes"),
        Index("ix_school_student_confirmed", "confirmed_minutes"),
        Index("ix_school_student_unmet", "unmet_rules"),
        Index("ix_school_student_forecast", "forecast"),
        Index("ix_school_student_exported", "exported_at"),
    )

    portfolio_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    name_key: Mapped[str] = mapped_column(String(400))  # for the class list: see core.schoolview
    organisation: Mapped[str] = mapped_column(Text, default="")
    programme: Mapped[str] = mapped_column(Text, default="")
    school_year: Mapped[str] = mapped_column(String(20), default="")
    list_id: Mapped[str] = mapped_column(String(200))
    list_version: Mapped[int] = mapped_column(Integer)
    list_title: Mapped[str] = mapped_column(Text, default="")
    variant_of: Mapped[str | None] = mapped_column(Text, nullable=True)  # the base list's title
    # "installed": the school's own copy of the list; "file": only the pupil's carried copy.
    list_source: Mapped[str] = mapped_column(String(20), default="installed")
    # The export as received.
    file_name: Mapped[str] = mapped_column(Text)
    file_kind: Mapped[str] = mapped_column(String(10))  # "pdf" or "archive"
    exported_at: Mapped[datetime] = mapped_column(UTC_TIME)
    content_sha256: Mapped[str] = mapped_column(String(64))
    content_changed_at: Mapped[datetime] = mapped_column(UTC_TIME)
    imported_at: Mapped[datetime] = mapped_column(UTC_TIME)
    pages_match: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    # The verdict, with only what the school trusts counting.
    required_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    counted_minutes: Mapped[int] = mapped_column(Integer, default=0)
    context_minutes: Mapped[str] = mapped_column(Text, default="{}")  # JSON: context -> minutes
    unmet_rules: Mapped[int] = mapped_column(Integer, default=0)
    blocking_rules: Mapped[int] = mapped_column(Integer, default=0)
    first_unmet: Mapped[str] = mapped_column(Text, default="")
    first_unmet_en: Mapped[str] = mapped_column(Text, default="", server_default="")
    forecast: Mapped[date | None] = mapped_column(Date, nullable=True)
    pace_minutes_per_day: Mapped[float] = mapped_column(Float, default=0.0)
    behind: Mapped[bool] = mapped_column(Boolean, default=False)
    # Hours (minutes) and activities by what the school's trust says of their sign-off.
    logged_minutes: Mapped[int] = mapped_column(Integer, default=0)
    confirmed_minutes: Mapped[int] = mapped_column(Integer, default=0)
    changed_minutes: Mapped[int] = mapped_column(Integer, default=0)
    untrusted_minutes: Mapped[int] = mapped_column(Integer, default=0)
    invalid_minutes: Mapped[int] = mapped_column(Integer, default=0)
    unsigned_minutes: Mapped[int] = mapped_column(Integer, default=0)
    activities: Mapped[int] = mapped_column(Integer, default=0)
    activities_confirmed: Mapped[int] = mapped_column(Integer, default=0)
    activities_changed: Mapped[int] = mapped_column(Integer, default=0)
    activities_untrusted: Mapped[int] = mapped_column(Integer, default=0)
    activities_invalid: Mapped[int] = mapped_column(Integer, default=0)
    activities_unsigned: Mapped[int] = mapped_column(Integer, default=0)
    invalid_signatures: Mapped[int] = mapped_column(Integer, default=0)
    changed_signatures: Mapped[int] = mapped_column(Integer, default=0)
    untrusted_signatures: Mapped[int] = mapped_column(Integer, default=0)
    placements: Mapped[str] = mapped_column(Text, default="")  # for showing: "A; B"
    mentors: Mapped[str] = mapped_column(Text, default="")
    # The same, case-folded, for the filters (one table to search, however many students).
    placements_key: Mapped[str] = mapped_column(Text, default="")
    mentors_key: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of Dutch remarks


class SchoolPlacement(SchoolBase):
    """A student's placements (the pupil's claim), for the filters by placement and mentor."""

    __tablename__ = "school_placement"
    __table_args__ = (
        Index("ix_school_placement_label", "label_key"),
        Index("ix_school_placement_mentor", "mentor_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    portfolio_id: Mapped[str] = mapped_column(
        String(200), ForeignKey("school_student.portfolio_id", ondelete="CASCADE"), index=True
    )
    label: Mapped[str] = mapped_column(Text)
    label_key: Mapped[str] = mapped_column(String(400))
    context: Mapped[str] = mapped_column(String(200), default="")
    mentor: Mapped[str] = mapped_column(Text, default="")
    mentor_key: Mapped[str] = mapped_column(String(400), default="")
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)


class SchoolSigner(SchoolBase):
    """A key that signed something in a student's portfolio, as the school's trust sees it."""

    __tablename__ = "school_signer"
    __table_args__ = (Index("ix_school_signer_key", "public_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    portfolio_id: Mapped[str] = mapped_column(
        String(200), ForeignKey("school_student.portfolio_id", ondelete="CASCADE"), index=True
    )
    public_key: Mapped[str] = mapped_column(String(200))
    fingerprint: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(Text)
    name_key: Mapped[str] = mapped_column(String(400))
    organisation: Mapped[str] = mapped_column(Text, default="")
    sector: Mapped[str] = mapped_column(String(40), default="social_profit")
    trusted: Mapped[bool] = mapped_column(Boolean, default=False)


class SchoolMentorDay(SchoolBase):
    """A day on which a key signed a student's hours: the mentor guided that student then."""

    __tablename__ = "school_mentor_day"

    portfolio_id: Mapped[str] = mapped_column(
        String(200),
        ForeignKey("school_student.portfolio_id", ondelete="CASCADE"),
        primary_key=True,
    )
    public_key: Mapped[str] = mapped_column(String(200), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)


class SchoolExport(SchoolBase):
    """The file the student handed in (archive or PDF), kept as received."""

    __tablename__ = "school_export"

    portfolio_id: Mapped[str] = mapped_column(
        String(200),
        ForeignKey("school_student.portfolio_id", ondelete="CASCADE"),
        primary_key=True,
    )
    file_name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(10))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class SchoolClassMember(SchoolBase):
    """A row of the class list (a Smartschool export): who is in which class."""

    __tablename__ = "school_class_member"
    __table_args__ = (Index("ix_school_class_member_name_key", "name_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    first_name: Mapped[str] = mapped_column(Text, default="")
    last_name: Mapped[str] = mapped_column(Text, default="")
    name_key: Mapped[str] = mapped_column(String(400))
    class_name: Mapped[str] = mapped_column(String(100))
    username: Mapped[str] = mapped_column(Text, default="")
    number: Mapped[str] = mapped_column(Text, default="")  # intern nummer / stamboeknummer


class SchoolVouchedCard(SchoolBase):
    """A mentor card this school vouched for (made in school mode): the school's own register."""

    __tablename__ = "school_vouched_card"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    public_key: Mapped[str] = mapped_column(String(200), index=True)
    fingerprint: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(Text)
    organisation: Mapped[str] = mapped_column(Text, default="")
    sector: Mapped[str] = mapped_column(String(40), default="social_profit")
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date)
    vouched_at: Mapped[datetime] = mapped_column(UTC_TIME)
    document: Mapped[str] = mapped_column(Text)
