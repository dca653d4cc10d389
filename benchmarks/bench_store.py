"""Benchmark of the portfolio database (see benchmarks/README.md, section bench_store.py).

(a) ``queries.import_hours`` of --rows ImportRows into a fresh database in one transaction,
    against a bare SQLAlchemy Core ``insert(HourEntry)`` of the same rows as dicts into another
    fresh database; prints both times and the ratio (aim: at most 2x).
(b) A database of --entries hour entries spread over --portfolios portfolios (generated with Core
    inserts in batches), then ``totals_per_context`` and ``list_hours(month=(2025, 10))`` for one
    portfolio, best of --repeat, with the EXPLAIN QUERY PLAN of the SQL they run (aim: < 50 ms).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import io
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(Path(__file__).resolve().parent))

from _timing import load_average, machine_line  # noqa: E402
from _timing import verdict as aim_verdict  # noqa: E402
from sqlalchemy import event, insert, text  # noqa: E402

from stageportfolio.store import queries  # noqa: E402
from stageportfolio.store.db import open_database, session_scope  # noqa: E402
from stageportfolio.store.models import HourEntry, Portfolio, new_id  # noqa: E402

CONTEXTS = ["residentieel", "ziekenhuis", "thuiszorg", "beperking", "andere"]
WEIGHTS = [40, 20, 20, 10, 10]
FIRST_DAY = date(2025, 9, 1)
SPAN_DAYS = 303  # 2025-09-01 .. 2026-06-30


def import_rows(rng: random.Random, count: int) -> list[queries.ImportRow]:
    return [
        queries.ImportRow(
            day=FIRST_DAY + timedelta(days=rng.randrange(SPAN_DAYS)),
            context=rng.choices(CONTEXTS, WEIGHTS)[0],
            minutes=rng.randrange(2, 33) * 15,
            placement=None,
            note=f"regel {i}",
        )
        for i in range(count)
    ]


def timed(action: Callable[[], Any]) -> float:
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        action()
        return time.perf_counter() - start
    finally:
        gc.enable()


def new_portfolio(engine: Any, name: str = "Bench") -> str:
    with session_scope(engine) as session:
        return queries.create_portfolio(
            session, role="student", name=name, list_id="gezondheidszorg", list_version=1
        ).id


def bench_import(folder: Path, rows: int, seed: int) -> tuple[float, float]:
    data = import_rows(random.Random(seed), rows)
    print(f"(a) import of {rows:,} rows (seed {seed}), one transaction, fresh database each")

    service_engine = open_database(folder / "service.sqlite3")
    core_engine = open_database(folder / "core.sqlite3")
    try:
        service_pid = new_portfolio(service_engine)
        core_pid = new_portfolio(core_engine)
        now = datetime.now(UTC)
        dicts = [
            {
                "id": new_id(),
                "portfolio_id": core_pid,
                "placement_id": None,
                "day": r.day,
                "minutes": r.minutes,
                "context": r.context,
                "note": r.note or "",
                "import_key": None,
                "created_at": now,
            }
            for r in data
        ]

        def via_service() -> None:
            with session_scope(service_engine) as session:
                result = queries.import_hours(session, portfolio_id=service_pid, rows=data)
            assert result.added == rows, result

        def via_core() -> None:
            with core_engine.begin() as connection:
                connection.execute(insert(HourEntry), dicts)

        core = timed(via_core)
        service = timed(via_service)
        with session_scope(service_engine) as session:
            assert queries.count_hours(session) == rows
    finally:
        service_engine.dispose()
        core_engine.dispose()
    ratio = service / core
    verdict = "within aim" if ratio <= 2 else "ABOVE AIM"
    print(f"bare Core insert(HourEntry):      {core * 1000:10.1f} ms")
    print(f"queries.import_hours:            {service * 1000:10.1f} ms")
    print(f"ratio import_hours/core: {ratio:.2f}x (aim: at most 2x; {verdict})")
    return core, service


def generate(engine: Any, portfolios: int, entries: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    ids = [new_id() for _ in range(portfolios)]
    now = datetime.now(UTC)
    with engine.begin() as connection:
        connection.execute(
            insert(Portfolio),
            [
                {
                    "id": pid,
                    "role": "student",
                    "name": f"Student {i}",
                    "organisation": "",
                    "programme": "Gezondheidszorg",
                    "list_id": "gezondheidszorg",
                    "list_version": 1,
                    "school_year": "2025-2026",
                    "created_at": now,
                    "updated_at": now,
                }
                for i, pid in enumerate(ids)
            ],
        )
    batch = 50_000
    done = 0
    while done < entries:
        size = min(batch, entries - done)
        rows = [
            {
                "id": new_id(),
                "portfolio_id": ids[(done + i) % portfolios],
                "placement_id": None,
                "day": FIRST_DAY + timedelta(days=rng.randrange(SPAN_DAYS)),
                "minutes": rng.randrange(2, 33) * 15,
                "context": rng.choices(CONTEXTS, WEIGHTS)[0],
                "note": "",
                "import_key": None,
                "created_at": now,
            }
            for i in range(size)
        ]
        with engine.begin() as connection:
            connection.execute(insert(HourEntry), rows)
        done += size
    with engine.begin() as connection:
        connection.execute(text("ANALYZE"))
    return ids


def bench_queries(
    folder: Path, portfolios: int, entries: int, repeat: int, seed: int
) -> dict[str, float]:
    print(f"(b) {entries:,} hour entries of {portfolios:,} portfolios (seed {seed})")
    engine = open_database(folder / "big.sqlite3")
    try:
        started = time.perf_counter()
        ids = generate(engine, portfolios, entries, seed)
        print(
            f"generation (Core inserts, batches of 50,000): {time.perf_counter() - started:.1f} s"
        )
        pid = ids[len(ids) // 2]

        statements: list[tuple[str, Any]] = []

        def capture(_conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
            statements.append((statement, params))

        results: dict[str, Any] = {}
        bests: dict[str, float] = {}

        def totals() -> None:
            with session_scope(engine) as session:
                results["totals"] = queries.totals_per_context(session, portfolio_id=pid)

        def month() -> None:
            with session_scope(engine) as session:
                results["month"] = queries.list_hours(session, portfolio_id=pid, month=(2025, 10))

        for label, action in [("totals_per_context", totals), ("list_hours(2025-10)", month)]:
            action()  # warm the cache and the connection pool
            best = bests[label] = min(timed(action) for _ in range(repeat))
            verdict = "within aim" if best * 1000 < 50 else "ABOVE AIM"
            print(
                f"{label + ':':24}{best * 1000:8.2f} ms best of {repeat} (aim < 50 ms; {verdict})"
            )
            event.listen(engine, "before_cursor_execute", capture)
            statements.clear()
            action()
            event.remove(engine, "before_cursor_execute", capture)
            with engine.connect() as connection:
                for statement, params in statements:
                    if not statement.lstrip().upper().startswith("SELECT"):
                        continue
                    plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", params)
                    for row in plan:
                        print(f"  plan: {row[-1]}")
        print(
            f"portfolio {pid[:8]}: {sum(results['totals'].values()) / 60:.0f} h in "
            f"{len(results['totals'])} contexts, {len(results['month'])} entries in 2025-10"
        )
    finally:
        engine.dispose()
    return bests


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000, help="rows to import in (a)")
    parser.add_argument("--portfolios", type=int, default=1_000, help="portfolios in (b)")
    parser.add_argument("--entries", type=int, default=1_000_000, help="hour entries in (b)")
    parser.add_argument("--repeat", type=int, default=5, help="best of N for the queries")
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--markdown", action="store_true", help="print only a Markdown section")
    parser.add_argument("--quick", action="store_true", help="tiny sizes, one run (tests)")
    args = parser.parse_args(argv)
    if args.quick:
        args.rows, args.portfolios, args.entries, args.repeat = 2000, 10, 20_000, 1
    quiet = contextlib.redirect_stdout(io.StringIO()) if args.markdown else contextlib.nullcontext()
    with quiet:
        print(f"Python {sys.version.split()[0]}, SQLite {sqlite_version()}")
        with tempfile.TemporaryDirectory(prefix="bench_store-") as folder:
            core, service = bench_import(Path(folder), args.rows, args.seed)
            bests = bench_queries(
                Path(folder), args.portfolios, args.entries, args.repeat, args.seed
            )
    if args.markdown:
        print("## The portfolio database (in one process)\n")
        print(
            "Method: `python benchmarks/bench_store.py --markdown`; (a) `queries.import_hours` "
            f"of {args.rows:,} rows against a bare Core insert of the same rows, fresh databases; "
            f"(b) the Hours queries on {args.entries:,} entries of {args.portfolios:,} "
            f"portfolios, best of {args.repeat}. SQLite {sqlite_version()}. {machine_line()}.\n"
        )
        load = load_average()
        ratio = service / core
        print("| what | figure | load | aim |\n|---|---:|---|---|")
        print(
            f"| (a) import_hours / Core insert, {args.rows:,} rows | {service * 1000:,.0f} / "
            f"{core * 1000:,.0f} ms = {ratio:.2f}x | {load} | 2x: "
            f"{aim_verdict(ratio, 2.0, 'import keys are hashed and looked up')} |"
        )
        for label, best in bests.items():
            print(
                f"| (b) {label} | {best * 1000:.2f} ms | {load} | < 50 ms: "
                f"{aim_verdict(best * 1000, 50.0, 'of the query plan')} |"
            )
        print()
    return 0


def sqlite_version() -> str:
    import sqlite3

    return sqlite3.sqlite_version


if __name__ == "__main__":
    raise SystemExit(main())
