"""Whole-process timings of `check` and `import-hours` against plain-Python baselines.

For each size (hour rows in one CSV file, generated from a fixed seed) the command and a
baseline script doing the same work with the standard library take turns, one process each,
``--rounds`` rounds (fewer at 1,000,000 rows):

- ``stageportfolio check --list gezondheidszorg FILE`` against a script that reads the file
  with the ``csv`` module and sums the hours per context. Aim: at most 3x at 100,000 rows.
- ``stageportfolio import-hours FILE --nieuwe-stageplaatsen aanmaken`` into a fresh portfolio
  against a script that reads the file with the ``csv`` module and inserts the same rows
  (same import keys) with ``sqlite3.executemany`` into a fresh copy of the same database
  (same schema, indexes and pragmas) in one transaction. Aim: at most 2x at 100,000 rows,
  and a peak RSS under 500 MiB at 1,000,000 rows.

Prints min and median of each side and the ratios (min/min, median/median); ``--markdown``
prints only a Markdown section for benchmarks/RESULTS.md; ``--quick`` runs tiny sizes once.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _timing import (
    Series,
    child_env,
    load_average,
    machine_line,
    ms,
    ratios,
    run_child,
    take_turns,
    verdict,
)

LIST_ID = "gezondheidszorg"
CHECK_AIM = 3.0
IMPORT_AIM = 2.0
MEMORY_AIM_MIB = 500
AIM_ROWS = 100_000
MEMORY_ROWS = 1_000_000
CONTEXTS = {"residentieel": 40, "ziekenhuis": 20, "Thuiszorg": 20, "dagverzorging": 10, "pvt": 10}
AMOUNTS = ("0,25", "0:20", "0,5", "0:25")
ROWS_PER_DAY = 22  # at most 22 x 30 min = 11 h a day: no day over 24 h
LAST_DAY = date(2025, 6, 30)

# Why an aim is missed, from the profiles (cProfile of the command at 100,000 rows).
CHECK_WHY = (
    "every row still goes through the checks a pupil's file needs (cell count, quotes, "
    "year, future date, 24 h per day, duplicates) in Python, about 5 µs a row, and the "
    "process starts the app and its list catalog (about 0.25 s) where the baseline starts bare "
    "Python"
)
IMPORT_WHY = (
    "every row goes through the checks `check` makes (about 0.5 s per 100,000 rows), is staged "
    "in a temporary table and read back a page of whole days at a time (flat memory, at the "
    "cost of one more insert and select per row), and each page looks up what is there "
    "already and checks its days; the final inserts are one executemany per page, as in the "
    "baseline"
)

BASELINE_CHECK = r"""
import csv, sys
totals = {}
with open(sys.argv[1], encoding="utf-8", newline="") as f:
    rows = csv.reader(f, delimiter=";")
    next(rows)
    for row in rows:
        text = row[2]
        if ":" in text:
            h, m = text.split(":")
            minutes = int(h) * 60 + int(m)
        else:
            minutes = round(float(text.replace(",", ".")) * 60)
        totals[row[1]] = totals.get(row[1], 0) + minutes
for context, minutes in sorted(totals.items()):
    print(context, minutes / 60)
"""

BASELINE_IMPORT = r"""
import csv, hashlib, sqlite3, sys, uuid
from collections import Counter
from datetime import date, datetime, timezone

con = sqlite3.connect(sys.argv[2], isolation_level=None)
con.execute("PRAGMA journal_mode=WAL")
con.execute("PRAGMA synchronous=NORMAL")
con.execute("PRAGMA foreign_keys=ON")
(portfolio,) = con.execute("SELECT id FROM portfolio").fetchone()
now = datetime.now(timezone.utc).isoformat(sep=" ")
placements = {}
seen = Counter()

def rows():
    with open(sys.argv[1], encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter=";")
        next(reader)
        for day_text, context, hours, place, note in reader:
            d, m, y = day_text.split("/")
            day = date(int(y), int(m), int(d)).isoformat()
            if ":" in hours:
                h, mm = hours.split(":")
                minutes = int(h) * 60 + int(mm)
            else:
                minutes = round(float(hours.replace(",", ".")) * 60)
            context = context.lower()
            if place not in placements:
                placements[place] = uuid.uuid4().hex
                con.execute(
                    "INSERT INTO placement (id, portfolio_id, organisation, unit, context, "
                    "start_date, end_date) VALUES (?, ?, ?, '', ?, '2000-01-01', '2025-12-31')",
                    (placements[place], portfolio, place, context),
                )
            identity = (day, context, minutes, place.casefold(), note)
            seen[identity] += 1
            parts = [day, context, str(minutes), place.casefold(), note, str(seen[identity])]
            key = "\x1f".join(parts)
            yield (
                uuid.uuid4().hex, portfolio, placements[place], day, minutes, context, note,
                hashlib.sha256(key.encode()).hexdigest()[:32], now,
            )

con.execute("BEGIN")
con.executemany(
    "INSERT INTO hour_entry (id, portfolio_id, placement_id, day, minutes, context, note, "
    "import_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    rows(),
)
con.execute("COMMIT")
print(sum(seen.values()), "rows")
"""


def write_csv(path: Path, rows: int, seed: int = 2025) -> None:
    """``rows`` hour rows, ROWS_PER_DAY a day back from LAST_DAY, every note different."""
    rng = random.Random(seed)
    names, weights = list(CONTEXTS), list(CONTEXTS.values())
    first = LAST_DAY - timedelta(days=(rows + ROWS_PER_DAY - 1) // ROWS_PER_DAY - 1)
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("Datum;Context;Uren;Stageplaats;Opmerking\n")
        contexts = rng.choices(names, weights, k=rows)
        for i in range(rows):
            day = first + timedelta(days=i // ROWS_PER_DAY)
            context = contexts[i]
            place = "WZC Bench" if context == "residentieel" else f"{context.title()} Bench"
            out.write(
                f"{day.day:02d}/{day.month:02d}/{day.year};{context};{rng.choice(AMOUNTS)};"
                f"{place};taak {i}\n"
            )


def app(*args: str) -> list[str]:
    return [sys.executable, "-m", "stageportfolio", *args]


def make_template(work: Path) -> Path:
    """A data folder with an empty portfolio, copied fresh for every import run."""
    home = work / "template"
    env = child_env(STAGEPORTFOLIO_HOME=str(home))
    subprocess.run(
        app("init", "--name", "Bench", "--list", LIST_ID),
        env=env,
        check=True,
        capture_output=True,
    )
    return home


def fresh_copy(template: Path, target: Path) -> Path:
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(template, target)
    return target


def measure(sizes: list[int], rounds: int, big_rounds: int, work: Path) -> list[dict[str, object]]:
    template = make_template(work)
    check_script = work / "baseline_check.py"
    check_script.write_text(BASELINE_CHECK, encoding="utf-8")
    import_script = work / "baseline_import.py"
    import_script.write_text(BASELINE_IMPORT, encoding="utf-8")
    env = child_env(STAGEPORTFOLIO_HOME=str(template))
    results: list[dict[str, object]] = []
    for size in sizes:
        csv_path = work / f"hours-{size}.csv"
        write_csv(csv_path, size)
        n = big_rounds if size >= MEMORY_ROWS else rounds
        check = take_turns(
            n,
            [
                (
                    "baseline",
                    lambda p=csv_path: run_child([sys.executable, str(check_script), str(p)]),
                ),
                ("app", lambda p=csv_path: run_child(app("check", "--list", LIST_ID, str(p)), env)),
            ],
        )

        def run_import(p: Path = csv_path) -> object:
            home = fresh_copy(template, work / "import-home")
            return run_child(
                app("import-hours", str(p), "--nieuwe-stageplaatsen", "aanmaken"),
                child_env(STAGEPORTFOLIO_HOME=str(home)),
            )

        def run_baseline(p: Path = csv_path) -> object:
            home = fresh_copy(template, work / "baseline-home")
            return run_child(
                [sys.executable, str(import_script), str(p), str(home / "portfolio.sqlite3")]
            )

        imported = take_turns(n, [("baseline", run_baseline), ("app", run_import)])  # type: ignore[list-item]
        results.append(
            {"size": size, "rounds": n, "load": load_average(), "check": check, "import": imported}
        )
    return results


def _sides(series: dict[str, Series]) -> tuple[Series, Series]:
    return series["app"], series["baseline"]


def print_plain(results: list[dict[str, object]]) -> None:
    print(machine_line())
    for result in results:
        size = result["size"]
        for what, aim in (("check", CHECK_AIM), ("import", IMPORT_AIM)):
            app_s, base_s = _sides(result[what])  # type: ignore[arg-type]
            low, mid = ratios(app_s, base_s)
            print(
                f"{what:6} {size:>9,} rows: baseline {ms(base_s.best)} / {ms(base_s.median)}, "
                f"app {ms(app_s.best)} / {ms(app_s.median)}, ratio {low:.2f}x / {mid:.2f}x "
                f"(aim {aim:g}x), peak RSS app {app_s.peak_mib:.0f} MiB, baseline "
                f"{base_s.peak_mib:.0f} MiB, load {result['load']}"
            )


def print_markdown(results: list[dict[str, object]]) -> None:
    print("## check and import-hours (whole processes)\n")
    print(
        "Method: `python benchmarks/bench_headless.py`; one process per run, the command and "
        "its baseline (csv module summing per context; csv module + `sqlite3.executemany` into "
        "a copy of the same database) taking turns; min / median wall time, peak RSS from "
        f"`wait4`. {machine_line()}.\n"
    )
    print(
        "| command | rows | rounds | baseline min / median | command min / median "
        "| ratio min / median | peak RSS command / baseline | load | aim |\n"
        "|---|---:|---:|---:|---:|---:|---:|---|---|"
    )
    for what, label, aim, why in (
        ("check", "`check`", CHECK_AIM, CHECK_WHY),
        ("import", "`import-hours`", IMPORT_AIM, IMPORT_WHY),
    ):
        for result in results:
            size = int(result["size"])  # type: ignore[call-overload]
            app_s, base_s = _sides(result[what])  # type: ignore[arg-type]
            low, mid = ratios(app_s, base_s)
            aims = []
            if size == AIM_ROWS:
                aims.append(f"{aim:g}x: {verdict(low, aim, why)}")
            if what == "import" and size >= MEMORY_ROWS:
                aims.append(
                    f"< {MEMORY_AIM_MIB} MiB: "
                    + verdict(app_s.peak_mib, MEMORY_AIM_MIB, "the import holds rows")
                )
            print(
                f"| {label} | {size:,} | {result['rounds']} | {ms(base_s.best)} / "
                f"{ms(base_s.median)} | {ms(app_s.best)} / {ms(app_s.median)} | "
                f"{low:.2f}x / {mid:.2f}x | {app_s.peak_mib:.0f} / {base_s.peak_mib:.0f} MiB | "
                f"{result['load']} | {'; '.join(aims) or 'growth'} |"
            )
    print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", default="1000,10000,100000,1000000", help="rows, comma-separated"
    )
    parser.add_argument("--rounds", type=int, default=5, help="rounds per size (default 5)")
    parser.add_argument("--big-rounds", type=int, default=2, help="rounds at 1,000,000 rows")
    parser.add_argument("--markdown", action="store_true", help="print only a Markdown section")
    parser.add_argument("--quick", action="store_true", help="tiny sizes, one round (for tests)")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    rounds, big = max(1, args.rounds), max(1, args.big_rounds)
    if args.quick:
        sizes, rounds, big = [200, 1000], 1, 1
    with tempfile.TemporaryDirectory(prefix="bench-headless-") as folder:
        results = measure(sizes, rounds, big, Path(folder))
    if args.markdown:
        print_markdown(results)
    else:
        print_plain(results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
