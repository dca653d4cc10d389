"""Run every benchmark and write benchmarks/RESULTS.md.

    python benchmarks/run_all.py                   # every benchmarks/bench_*.py --markdown
    python benchmarks/run_all.py --only headless,pdf
    python benchmarks/run_all.py --quick --out /tmp/RESULTS.md     # tiny sizes (the test)

First compiles the app's bytecode (a bundle ships it; ``--no-compile`` leaves it as it is),
then runs each ``benchmarks/bench_*.py --markdown`` in a process of its own, one after the
other, and writes their Markdown sections under a header that says when and on what machine
they ran (date from the wall clock, CPUs, load average before and after, Python, whether the
bytecode was compiled). A benchmark that fails, or does not know ``--markdown``, gets a line
saying so instead of its section; the others still run.
"""

from __future__ import annotations

import argparse
import compileall
import os
import platform
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from _timing import bytecode_cached, child_env, load_average  # noqa: E402


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def benches(only: set[str], skip: set[str]) -> list[Path]:
    found = sorted(HERE.glob("bench_*.py"))
    short = {path: path.stem.removeprefix("bench_") for path in found}
    return [p for p in found if (not only or short[p] in only) and short[p] not in skip]


def run_one(path: Path, quick: bool) -> tuple[str, float]:
    """The bench's Markdown section, or a line saying why there is none; and its seconds."""
    argv = [sys.executable, str(path), "--markdown", *(["--quick"] if quick else [])]
    started = time.perf_counter()
    proc = subprocess.run(
        argv,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=child_env(QT_QPA_PLATFORM="offscreen"),
    )
    seconds = time.perf_counter() - started
    if proc.returncode == 0 and proc.stdout.lstrip().startswith("## "):
        return proc.stdout.strip() + "\n", seconds
    reason = (proc.stderr.strip().splitlines() or ["no output"])[-1][:300]
    if "--markdown" in proc.stderr and "unrecognized arguments" in proc.stderr:
        reason = "it does not know --markdown on this branch"
    return (
        f"## {path.name}\n\nNot measured: `python benchmarks/{path.name} --markdown` "
        f"ended with exit code {proc.returncode} ({reason}).\n",
        seconds,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE / "RESULTS.md")
    parser.add_argument("--quick", action="store_true", help="pass --quick to every bench")
    parser.add_argument("--only", default="", help="e.g. headless,pdf (bench_NAME.py)")
    parser.add_argument("--skip", default="", help="benches to leave out")
    parser.add_argument("--no-compile", action="store_true", help="leave the bytecode as is")
    args = parser.parse_args(argv)
    if not args.no_compile:
        compileall.compile_dir(ROOT / "stageportfolio", quiet=1)
    split = lambda text: {name.strip() for name in text.split(",") if name.strip()}  # noqa: E731
    chosen = benches(split(args.only), split(args.skip))
    load_before = load_average()
    began = datetime.now(UTC)
    sections = []
    for path in chosen:
        print(f"running {path.name} ...", file=sys.stderr, flush=True)
        section, seconds = run_one(path, args.quick)
        sections.append(section)
        print(f"  {seconds:.0f} s", file=sys.stderr, flush=True)
    took = (datetime.now(UTC) - began).total_seconds()
    header = [
        "# Benchmark results",
        "",
        f"Written by `python benchmarks/run_all.py{' --quick' if args.quick else ''}` on "
        f"{began:%Y-%m-%d %H:%M} UTC in {took / 60:.1f} min.",
        "",
        f"- Machine: {platform.system()} {platform.release()}, {cpu_model()}, "
        f"{os.cpu_count()} CPUs (shared with other work)",
        f"- Load average (1, 5, 15 min) before: {load_before}; after: {load_average()}",
        f"- Python {platform.python_version()} ({platform.python_implementation()})",
        f"- Bytecode of the app compiled beforehand: {'yes' if bytecode_cached() else 'no'} "
        f"(PYTHONDONTWRITEBYTECODE={os.environ.get('PYTHONDONTWRITEBYTECODE', 'unset')})",
        "- Figures are wall times; whole processes unless a section says otherwise. Ratios are "
        "min/min and median/median of the command and its baseline taking turns.",
        "",
    ]
    text = "\n".join(header) + "\n" + "\n".join(sections)
    temp = args.out.with_name(args.out.name + ".tmp")
    temp.write_text(text, encoding="utf-8")
    temp.replace(args.out)
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
