"""Benchmark of school mode (see benchmarks/README.md, section bench_school.py).

(a) Import against reading and verifying: ``--students`` one-year exports made with the app
    (``school_students.py``, cached in ``--data``) are read and verified against the school key
    in one process (``verify_file`` for each, what ``stageportfolio verify FILE --trust
    SCHOOL.pub`` does), and imported with ``stageportfolio school-import FOLDER`` in another;
    both whole processes, wall time. Aim: import at most 2x the baseline.
(b) Memory while importing: peak RSS of the import process at ``--small`` files and at
    ``--students`` files (flat: the files are read one at a time).
(c) The overview query (``store.school_store.overview``) at the imported students and at
    ``--scale`` students (the imported ones copied under new ids), plain and filtered, best of
    ``--repeat``. Aim: under 50 ms.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(Path(__file__).resolve().parent))

from _timing import load_average, machine_line  # noqa: E402
from _timing import verdict as aim_verdict  # noqa: E402

PAGE = 200  # services.school_overview.PAGE

RUNNER = """
import resource, sys, time
start = time.perf_counter()
from stageportfolio.cli import main
code = main(sys.argv[1:])
print(json.dumps({"rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "seconds": time.perf_counter() - start}), file=sys.stderr)
sys.exit(code)
""".replace("import resource", "import json, resource")

# The baseline: read every file as received (archive checks; for a PDF every page) and check
# every signature against the school key, nothing else ("minimal"); or run the verify
# command's whole report for each file ("verify_file", which also labels every item).
VERIFY = """
import json, resource, sys, time
from pathlib import Path
from stageportfolio.core.trust import TrustAnchor
from stageportfolio.core import signing
from stageportfolio.services import checks
from stageportfolio.services.verify_file import VerifyError, read_received, verify_file
from stageportfolio.services.school import load_school
identity = load_school()
anchor = TrustAnchor("school", signing.full_fingerprint(identity.public_key), identity.public_key)
ok = 0
for path in sorted(Path(sys.argv[1]).iterdir()):
    try:
        if sys.argv[2] == "minimal":
            checks.load_payload(read_received(path).contents.payload).check([anchor])
        else:
            verify_file(path, [anchor])
    except VerifyError:
        continue
    ok += 1
print(json.dumps({"verified": ok, "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}),
      file=sys.stderr)
"""


def whole_process(code: str, args: list[str], env: dict[str, str]) -> tuple[float, dict[str, Any]]:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=ROOT
    )
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"failed ({done.returncode}): {done.stderr[-2000:]}")
    last = done.stderr.strip().splitlines()[-1]
    return seconds, json.loads(last)


def ensure_exports(data: Path, count: int, seed: int) -> Path:
    from benchmarks import school_students as gen

    exports = data / "exports"
    marker = data / f"made-{count}-{seed}"
    if not marker.exists():
        shutil.rmtree(data, ignore_errors=True)
        data.mkdir(parents=True)
        started = time.perf_counter()
        gen.generate(data, count, seed=seed)
        marker.write_text(f"{time.perf_counter() - started:.1f} s\n", encoding="utf-8")
    return exports


def school_env(data: Path, home: Path) -> dict[str, str]:
    """A fresh data folder holding a copy of the school key, and a fresh database."""
    shutil.rmtree(home, ignore_errors=True)
    (home / "school").mkdir(parents=True)
    shutil.copyfile(
        data / "school-home" / "school" / "identity.json", home / "school" / "identity.json"
    )
    env = dict(os.environ, STAGEPORTFOLIO_HOME=str(home), PYTHONPATH=str(ROOT))
    env.pop("STAGEPORTFOLIO_SCHOOL_DB", None)
    return env


def best_ms(action: Any, repeat: int) -> float:
    import gc

    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            action()
            best = min(best, time.perf_counter() - start)
        finally:
            gc.enable()
    return best * 1000


def scale_up(database: Path, target: int) -> int:
    """Copy the imported students under new ids until there are ``target`` of them."""
    import uuid

    from sqlalchemy import insert, select

    from stageportfolio.store.school_db import open_school_database, school_session, target_for
    from stageportfolio.store.school_models import (
        SchoolMentorDay,
        SchoolPlacement,
        SchoolSigner,
        SchoolStudent,
    )

    engine = open_school_database(target_for(database))
    with school_session(engine) as session:
        students = [dict(r._mapping) for r in session.execute(select(SchoolStudent.__table__))]
        places = [dict(r._mapping) for r in session.execute(select(SchoolPlacement.__table__))]
        signers = [dict(r._mapping) for r in session.execute(select(SchoolSigner.__table__))]
        days = [dict(r._mapping) for r in session.execute(select(SchoolMentorDay.__table__))]
    have = len(students)
    copy = 0
    while have < target:
        copy += 1
        batch_students, batch_places, batch_signers, batch_days = [], [], [], []
        for student in students:
            if have >= target:
                break
            pid = str(uuid.uuid4())
            old = student["portfolio_id"]
            batch_students.append(dict(student, portfolio_id=pid, name=f"{student['name']} {copy}",
                                       name_key=f"{student['name_key']} {copy}"))  # fmt: skip
            batch_places += [
                dict(p, id=None, portfolio_id=pid) for p in places if p["portfolio_id"] == old
            ]
            batch_signers += [
                dict(s, id=None, portfolio_id=pid) for s in signers if s["portfolio_id"] == old
            ]
            batch_days += [dict(d, portfolio_id=pid) for d in days if d["portfolio_id"] == old]
            have += 1
        for rows in (batch_places, batch_signers):
            for row in rows:
                row.pop("id")
        with school_session(engine) as session:
            session.execute(insert(SchoolStudent), batch_students)
            session.execute(insert(SchoolPlacement), batch_places)
            session.execute(insert(SchoolSigner), batch_signers)
            if batch_days:
                session.execute(insert(SchoolMentorDay), batch_days)
    engine.dispose()
    return have


def overview_timings(database: Path, repeat: int) -> list[tuple[str, int, float, float]]:
    from stageportfolio.core.schoolview import OverviewFilter
    from stageportfolio.store import school_store
    from stageportfolio.store.school_db import open_school_database, school_session, target_for

    engine = open_school_database(target_for(database))
    out = []
    try:
        with school_session(engine) as session:
            names = [r.name for r in school_store.overview(session)][:1]
        mentor = ""
        with school_session(engine) as session:
            mentors = school_store.signers(session)
            mentor = mentors[0].name.split()[0] if mentors else ""
        cases = [
            ("all, by name", OverviewFilter(), "name"),
            ("all, by counted hours", OverviewFilter(), "counted"),
            ("behind schedule", OverviewFilter(behind=True), "name"),
            ("mentor filter", OverviewFilter(mentor=mentor), "name"),
            ("name search", OverviewFilter(search=names[0][:4] if names else "a"), "name"),
        ]
        for label, filters, sort in cases:
            rows: list[Any] = []
            total = [0]

            def page(filters: OverviewFilter = filters, sort: str = sort, rows: list[Any] = rows,
                     total: list[int] = total) -> None:  # fmt: skip
                with school_session(engine) as session:
                    rows[:] = school_store.overview(session, filters=filters, sort=sort, limit=PAGE)
                    total[0] = school_store.count_overview(session, filters=filters)

            def everything(filters: OverviewFilter = filters, sort: str = sort) -> None:
                with school_session(engine) as session:
                    school_store.overview(session, filters=filters, sort=sort)

            out.append((label, total[0] if best_ms(page, 1) >= 0 else 0, best_ms(page, repeat),
                        best_ms(everything, repeat)))  # fmt: skip
    finally:
        engine.dispose()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--students", type=int, default=400)
    parser.add_argument("--small", type=int, default=40)
    parser.add_argument("--scale", type=int, default=4000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--data", type=Path, default=None, help="where the exports are kept (reused)"
    )
    parser.add_argument("--markdown", action="store_true", help="print only a Markdown section")
    parser.add_argument("--quick", action="store_true", help="8 students, one round (tests)")
    args = parser.parse_args(argv)
    if args.quick:
        args.students, args.small, args.scale, args.repeat = 8, 3, 80, 1
    if args.markdown:  # the plain report is not printed; the section comes at the end
        with contextlib.redirect_stdout(io.StringIO()):
            figures = run(args)
        print_markdown(args, figures)
        return 0
    run(args)
    return 0


def print_markdown(args: argparse.Namespace, f: dict[str, Any]) -> None:
    print("## School mode (whole processes and the overview query)\n")
    print(
        f"Method: `python benchmarks/bench_school.py --markdown`; {f['files']} one-year "
        "exports made with the app; `school-import` of all of them in one process against a "
        "process that reads every file and checks every signature; peak RSS at "
        f"{args.small} and at {f['files']} files; the overview query best of {args.repeat}. "
        f"{machine_line()}.\n"
    )
    ratio = f["import_s"] / f["verify_s"]
    worst = max(page for _, _, _, page, _ in f["overview"])
    print("| what | figure | load | aim |\n|---|---:|---|---|")
    print(
        f"| school-import {f['files']} files vs reading and checking them | "
        f"{f['import_s']:.2f} s / {f['verify_s']:.2f} s = {ratio:.2f}x | {f['load']} | "
        f"2x: {aim_verdict(ratio, 2.0, 'the import writes every student')} |"
    )
    print(
        f"| peak RSS of school-import at {args.small} / {f['files']} files | "
        f"{f['small_rss'] / 1024:.0f} / {f['rss'] / 1024:.0f} MB | {f['load']} | flat |"
    )
    for students, label, count, page, every in f["overview"]:
        print(
            f"| overview, {students} students, {label} ({count} rows) | page {page:.2f} ms, "
            f"all rows {every:.2f} ms | {f['load']} | page < 50 ms: "
            f"{aim_verdict(page, 50.0, 'the query sorts in SQLite')} |"
        )
    print(f"\nSlowest page query: {worst:.2f} ms.\n")


def run(args: argparse.Namespace) -> dict[str, Any]:
    figures: dict[str, Any] = {"overview": []}
    data = args.data or Path(tempfile.gettempdir()) / f"stageportfolio-bench-school-{args.students}"
    exports = ensure_exports(data, args.students, args.seed)
    files = sorted(exports.iterdir())
    size = sum(f.stat().st_size for f in files)
    print(
        f"exports: {len(files)} one-year archives made with the app ({size / 1e6:.1f} MB), "
        f"in {data}"
    )
    print(f"bytecode cached: {'no' if os.environ.get('PYTHONDONTWRITEBYTECODE') else 'yes'}")
    work = Path(tempfile.mkdtemp(prefix="stageportfolio-bench-school-"))
    try:
        env = school_env(data, work / "verify-home")
        verify_s, verify = whole_process(VERIFY, [str(exports), "minimal"], env)
        full_s, _ = whole_process(VERIFY, [str(exports), "verify_file"], env)
        env = school_env(data, work / "import-home")
        import_s, imported = whole_process(RUNNER, ["school-import", str(exports)], env)
        print(f"(a) read and check every signature, {verify['verified']} files (one process): "
              f"{verify_s:.2f} s")  # fmt: skip
        print(f"    the same with verify's whole report (verify_file):          {full_s:.2f} s")
        print(f"    school-import {len(files)} files (one process):                     "
              f"{import_s:.2f} s")  # fmt: skip
        figures.update(files=len(files), import_s=import_s, verify_s=verify_s)
        ratio = import_s / verify_s
        verdict = "within aim" if ratio <= 2 else "OVER AIM"
        print(f"ratio import/verify: {ratio:.2f}x (aim: at most 2x; {verdict}); "
              f"against verify_file: {import_s / full_s:.2f}x")  # fmt: skip
        small = sorted(files)[: args.small]
        small_dir = work / "small"
        small_dir.mkdir()
        for f in small:
            shutil.copyfile(f, small_dir / f.name)
        env = school_env(data, work / "small-home")
        _, small_run = whole_process(RUNNER, ["school-import", str(small_dir)], env)
        print(
            f"(b) peak RSS of school-import: {small_run['rss_kb'] / 1024:.0f} MB at "
            f"{len(small)} files, "
            f"{imported['rss_kb'] / 1024:.0f} MB at {len(files)} files "
            f"(verify alone: {verify['rss_kb'] / 1024:.0f} MB)"
        )
        figures.update(small_rss=small_run["rss_kb"], rss=imported["rss_kb"])
        database = work / "import-home" / "school" / "school.sqlite3"
        print(
            f"(c) overview query, best of {args.repeat} (aim: under 50 ms): the window's query "
            f"(first {PAGE} rows, sorted and filtered in the database, and the count), and every "
            "row at once (the exports)"
        )
        for step in range(2):
            students = len(files) if step == 0 else scale_up(database, args.scale)
            for label, count, ms, all_ms in overview_timings(database, args.repeat):
                figures["overview"].append((students, label.strip(), count, ms, all_ms))
                print(
                    f"    {students:>5} students, {label:<22} {count:>5} rows: page {ms:6.2f} ms, "
                    f"all rows {all_ms:7.2f} ms"
                )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    figures["load"] = load_average()
    return figures


if __name__ == "__main__":
    raise SystemExit(main())
