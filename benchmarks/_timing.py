"""Shared by the whole-process benchmarks: time a child process, take turns, report.

A figure is the wall time of a whole process (``subprocess`` start to exit), what a user
waits for, with its peak RSS from ``os.wait4``. The command and its baseline take turns in
every round, so a burst of load on a shared machine hits both; min and median are kept.
"""

from __future__ import annotations

import importlib.util
import os
import platform
import statistics
import subprocess
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Child:
    seconds: float
    peak_kib: int
    returncode: int
    stderr: str


def run_child(
    argv: Sequence[str],
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> Child:
    """Run one process to its end: wall time, peak RSS (KiB), exit code, stderr's tail."""
    begin = time.perf_counter()
    proc = subprocess.Popen(
        list(argv),
        env=dict(env) if env is not None else None,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    assert proc.stderr is not None
    err = proc.stderr.read()  # drained while it runs, so a chatty child never blocks
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - begin
    proc.returncode = os.waitstatus_to_exitcode(status)
    proc.stderr.close()
    return Child(
        seconds, int(usage.ru_maxrss), proc.returncode, err.decode(errors="replace")[-2000:]
    )


@dataclass
class Series:
    """The timings of one side (the command, or its baseline)."""

    seconds: list[float] = field(default_factory=list)
    peak_kib: list[int] = field(default_factory=list)

    def add(self, child: Child) -> None:
        self.seconds.append(child.seconds)
        self.peak_kib.append(child.peak_kib)

    @property
    def best(self) -> float:
        return min(self.seconds)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def peak_mib(self) -> float:
        return max(self.peak_kib) / 1024


def take_turns(
    rounds: int,
    sides: Sequence[tuple[str, Callable[[], Child]]],
) -> dict[str, Series]:
    """Run every side once per round, in turn; a failing run stops the benchmark."""
    series = {name: Series() for name, _ in sides}
    for _ in range(rounds):
        for name, run in sides:
            child = run()
            if child.returncode not in (0, 1):  # 1: check found gaps, still a full run
                raise SystemExit(f"{name} failed (exit {child.returncode}):\n{child.stderr}")
            series[name].add(child)
    return series


def ratios(app: Series, base: Series) -> tuple[float, float]:
    """(min / min, median / median)."""
    return app.best / base.best, app.median / base.median


def verdict(value: float, aim: float, because: str) -> str:
    """ "met", or by how much the aim is missed and why."""
    if value <= aim:
        return "met"
    return f"missed by {round((value / aim - 1) * 100)}%, because {because}"


def bytecode_cached() -> bool:
    """Whether the app's modules have compiled bytecode next to them (a bundle ships it)."""
    for name in (
        "stageportfolio/__init__.py",
        "stageportfolio/cli.py",
        "stageportfolio/core/hourscsv.py",
    ):
        source = ROOT / name
        cached = Path(importlib.util.cache_from_source(str(source)))
        if not cached.exists() or cached.stat().st_mtime < source.stat().st_mtime:
            return False
    return True


def machine_line() -> str:
    load = Path("/proc/loadavg").read_text().split()[:3] if Path("/proc/loadavg").exists() else []
    return (
        f"{platform.system()} {platform.release()}, {os.cpu_count()} CPUs, load {' '.join(load)}, "
        f"Python {platform.python_version()}, bytecode cached: "
        f"{'yes' if bytecode_cached() else 'no'}"
    )


def load_average() -> str:
    path = Path("/proc/loadavg")
    return " ".join(path.read_text().split()[:3]) if path.exists() else "n/a"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"


def child_env(**extra: str) -> dict[str, str]:
    """The environment of a timed child: this one, the app importable from the checkout."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env.setdefault("LANG", "C.UTF-8")
    env.update(extra)
    return env
