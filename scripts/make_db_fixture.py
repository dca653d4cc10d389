"""Write the fixture database of the current schema to ``tests/data/db/schema-<rev>.sqlite3``.

Run once per released schema revision (the fixture of an older revision is never rewritten):

    python scripts/make_db_fixture.py            # tests/data/db/schema-<head>.sqlite3
    python scripts/make_db_fixture.py --out x.sqlite3 --force

The database is made with ``open_database`` (so by the Alembic migrations), filled with a
realistic portfolio from a fixed seed (owner, mentor, two placements, ~40 hour entries, a few
activity records and sign-offs), then the WAL is checkpointed into the main file and the journal
mode is set back to DELETE, so the fixture is one self-contained file.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import uuid
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from stageportfolio.store import queries  # noqa: E402
from stageportfolio.store.db import head_revision, open_database, session_scope  # noqa: E402
from stageportfolio.store.models import ActivityRecord, SignOff  # noqa: E402

SEED = 20251123


def _weekdays(start: date, end: date) -> list[date]:
    days, day = [], start
    while day <= end:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def fill(path: Path, seed: int = SEED) -> dict[str, int]:
    """Create the fixture portfolio in a fresh database at ``path``; return what was added."""
    rng = random.Random(seed)

    def rid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    stamp = datetime(2025, 9, 1, 8, 30, tzinfo=UTC)
    engine = open_database(path)
    try:
        with session_scope(engine) as session:
            info = queries.create_portfolio(
                session,
                role="student",
                name="Lotte Janssens",
                list_id="gezondheidszorg",
                list_version=1,
                organisation="Sint-Jozefsinstituut Leuven",
                programme="Gezondheidszorg",
                school_year="2025-2026",
            )
            mentor_id = queries.add_mentor(
                session,
                portfolio_id=info.id,
                name="Marleen Peeters",
                organisation="Woonzorgcentrum De Linde",
                email="marleen.peeters@example.org",
            )
            linde = queries.add_placement(
                session,
                portfolio_id=info.id,
                organisation="Woonzorgcentrum De Linde",
                unit="Afdeling Eik",
                context="residentieel",
                start_date=date(2025, 9, 15),
                end_date=date(2025, 10, 31),
                mentor_id=mentor_id,
            )
            thuis = queries.add_placement(
                session,
                portfolio_id=info.id,
                organisation="Thuiszorg Vlaanderen",
                context="thuiszorg",
                start_date=date(2025, 11, 3),
                end_date=date(2025, 12, 12),
            )
            rows: list[queries.ImportRow] = []
            for day in _weekdays(date(2025, 9, 15), date(2025, 10, 31))[:24]:
                minutes = rng.choice([390, 420, 450, 465, 480])
                note = rng.choice(["", "", "ochtendzorg", "maaltijdbegeleiding", "overdracht"])
                rows.append(
                    queries.ImportRow(day, "residentieel", minutes, "Woonzorgcentrum De Linde",
                                       note, "Marleen Peeters")
                )  # fmt: skip
            for day in _weekdays(date(2025, 11, 3), date(2025, 12, 12))[:12]:
                minutes = rng.choice([240, 270, 300, 360])
                rows.append(
                    queries.ImportRow(day, "thuiszorg", minutes, "Thuiszorg Vlaanderen", "")
                )
            # Two equal shifts on one day: the import key's occurrence counter tells them apart.
            rows.append(queries.ImportRow(date(2025, 11, 4), "thuiszorg", 120, None, "avondronde"))
            rows.append(queries.ImportRow(date(2025, 11, 4), "thuiszorg", 120, None, "avondronde"))
            result = queries.import_hours(
                session,
                portfolio_id=info.id,
                rows=rows,
                placements_by_name=queries.placements_by_name(session, portfolio_id=info.id),
            )
            hand_entries = [
                queries.add_hour_entry(
                    session, portfolio_id=info.id, day=date(2025, 12, 15), minutes=180,
                    context="ziekenhuis", note="meeloopdag spoed",
                ),
                queries.add_hour_entry(
                    session, portfolio_id=info.id, day=date(2025, 10, 6), minutes=60,
                    context="residentieel", placement_id=linde, note="teamoverleg",
                ),
            ]  # fmt: skip
            records = []
            for activity, competence, level, day in [
                ("bkc0023617-38ee20", "bkc0023617", 2, date(2025, 9, 26)),
                ("bkc0023617-9fe293", "bkc0023617", 1, date(2025, 10, 3)),
                ("bkc0023618-006763", "bkc0023618", 2, date(2025, 10, 17)),
                ("bkc0023618-eb00d2", "bkc0023618", 3, date(2025, 11, 21)),
            ]:
                record = ActivityRecord(
                    id=rid(), portfolio_id=info.id, activity_id=activity, competence_id=competence,
                    proposed_level=level, day=day, created_at=stamp,
                    reflection=f"Ik heb dit zelfstandig gedaan op {day:%d/%m}; volgende keer "
                    "vraag ik eerder feedback.",
                )  # fmt: skip
                session.add(record)
                records.append(record)
            session.flush()
            signoffs = [
                SignOff(id=rid(), portfolio_id=info.id, target_kind="activity_record",
                        target_id=records[0].id, level=2, mentor_id=mentor_id,
                        mentor_name="Marleen Peeters", comment="Goed opgevolgd.", signed_at=stamp),
                SignOff(id=rid(), portfolio_id=info.id, target_kind="activity_record",
                        target_id=records[2].id, level=2, mentor_id=mentor_id,
                        mentor_name="Marleen Peeters", comment="", signed_at=stamp),
                SignOff(id=rid(), portfolio_id=info.id, target_kind="hour_entry",
                        target_id=hand_entries[1], mentor_id=mentor_id,
                        mentor_name="Marleen Peeters", signed_at=stamp),
                SignOff(id=rid(), portfolio_id=info.id, target_kind="competence",
                        target_id="bkc0023617", level=2, mentor_id=None,
                        mentor_name="Jos Verbeke", comment="Stagebezoek", signed_at=stamp),
            ]  # fmt: skip
            session.add_all(signoffs)
            _ = thuis
        return {
            "hour_entry": result.added + len(hand_entries),
            "activity_record": len(records),
            "signoff": len(signoffs),
        }
    finally:
        engine.dispose()


def self_contained(path: Path) -> None:
    """Move the WAL into the main file and leave journal mode DELETE: one file, no -wal/-shm."""
    with closing(sqlite3.connect(path)) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = con.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        con.execute("VACUUM")
        check = con.execute("PRAGMA integrity_check").fetchone()[0]
    if mode != "delete" or check != "ok":
        raise SystemExit(f"{path}: journal mode {mode}, integrity {check}")
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="default: tests/data/db/schema-<head>.sqlite3")
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    out: Path = args.out or ROOT / "tests" / "data" / "db" / f"schema-{head_revision()}.sqlite3"
    if out.exists():
        if not args.force:
            raise SystemExit(f"{out} exists; a released fixture is never rewritten (--force)")
        out.unlink()
    out.parent.mkdir(parents=True, exist_ok=True)
    added = fill(out, args.seed)
    self_contained(out)
    out.chmod(0o644)
    print(f"{out}: revision {head_revision()}, " + ", ".join(f"{v} {k}" for k, v in added.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
