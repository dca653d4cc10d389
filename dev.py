"""One entry point for a fresh checkout, the same on Linux, macOS and Windows.

    ./dev run [ARGS...]     (Windows: .\\dev run [ARGS...], in PowerShell or cmd)
        set up .venv (the first time, and again when pyproject.toml or setup.py change), then
        start the app; ARGS go to ``stageportfolio``, e.g. ``--demo`` or ``lists``
    ./dev test [PYTEST ARGS...]
        set up .venv, then run every check: ruff, ruff format, mypy, import-linter, pytest

``dev`` (sh) and ``dev.cmd`` (cmd and PowerShell) only find a Python and run this file. It
uses nothing but the standard library, and runs every tool as ``.venv``'s Python with ``-m``,
so it does not care whether the venv keeps its programs in ``bin/`` or ``Scripts\\``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".installed"
WATCHED = ("pyproject.toml", "setup.py")
MIN_PYTHON = (3, 11)
# Measured on Linux (Python 3.11, the wheels of December 2026; docs/packaging.md).
FIRST_SETUP = "about 150 MB to download, about 550 MB on disk"


def say(text: str) -> None:
    print(f"dev: {text}", file=sys.stderr, flush=True)


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def venv_problem() -> str | None:
    """Why the existing .venv cannot be used, or None when it can."""
    python = venv_python()
    if not python.exists():
        return f"{python.relative_to(ROOT)} is missing"
    try:
        result = subprocess.run(
            [str(python), "-c", "import pip, sys; sys.exit(sys.version_info < (3, 11))"],
            capture_output=True,
            text=True,
            timeout=120,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"its Python does not start ({exc})"
    if result.returncode != 0:
        if "No module named" in result.stderr:
            return "it has no pip (it was probably made without the python3-venv package)"
        return "its Python is older than 3.11 or does not start"
    return None


def stale() -> bool:
    if not STAMP.exists():
        return True
    made = STAMP.stat().st_mtime
    return any((ROOT / name).stat().st_mtime > made for name in WATCHED if (ROOT / name).exists())


def make_venv() -> None:
    say(f"creating .venv with {sys.executable} (Python {sys.version.split()[0]})")
    result = subprocess.run([sys.executable, "-m", "venv", str(VENV)])
    if result.returncode != 0 or venv_problem() is not None:
        shutil.rmtree(VENV, ignore_errors=True)
        hint = ""
        if sys.platform.startswith("linux"):
            minor = f"{sys.version_info.major}.{sys.version_info.minor}"
            hint = (
                " On Debian or Ubuntu, install the venv module first: "
                f"sudo apt install python3-venv (or python{minor}-venv), then run this again."
            )
        raise SystemExit(
            f"dev: Python could not make a working .venv (a venv with pip).{hint} "
            "The half-made .venv was removed."
        )


def setup() -> Path:
    """Make .venv usable and up to date; return its Python."""
    first = not VENV.exists()
    if not first:
        problem = venv_problem()
        if problem is not None:
            say(f"the .venv folder is broken: {problem}. Removing it and making it again.")
            shutil.rmtree(VENV)
            first = True
    if first:
        say(
            "first set-up: a private Python environment in .venv with the app, Qt (PySide6) "
            f"and the test tools; {FIRST_SETUP}. This takes a few minutes on a slow "
            "connection; later runs start at once."
        )
        make_venv()
    if first or stale():
        python = str(venv_python())
        started = time.monotonic()
        quiet = [] if first else ["--quiet"]
        if not first:
            say("pyproject.toml or setup.py changed: updating .venv")
        steps = (
            [python, "-m", "pip", "install", *quiet, "--upgrade", "pip"],
            [python, "-m", "pip", "install", *quiet, "-e", f"{ROOT}[test]"],
        )
        for step in steps:
            if subprocess.run(step, cwd=ROOT).returncode != 0:
                raise SystemExit(
                    "dev: installing into .venv failed (see pip's message above). Check the "
                    "network connection and run the same command again; it goes on where it "
                    "stopped."
                )
        STAMP.touch()
        if first:
            say(f".venv is ready ({time.monotonic() - started:.0f} s).")
    return venv_python()


def run(python: Path, args: list[str]) -> int:
    return subprocess.call([str(python), "-m", "stageportfolio", *args])


def test(python: Path, args: list[str]) -> int:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("LANG", "C.UTF-8")
    env.setdefault("PYTHONUTF8", "1")  # Windows consoles: the Dutch messages have accents
    py = str(python)
    checks = (
        [py, "-m", "ruff", "check", "."],
        [py, "-m", "ruff", "format", "--check", "."],
        [py, "-m", "mypy"],
        [
            py,
            "-c",
            "import sys; from importlinter.cli import lint_imports_command as c; sys.exit(c())",
        ],
    )
    for check in checks:
        rc = subprocess.call(check, cwd=ROOT, env=env)
        if rc != 0:
            return rc
    rc = subprocess.call([py, "-m", "pytest", *args], cwd=ROOT, env=env)
    if rc == 5:
        say("pytest collected no test: that is a failure here.")
        return 1
    return rc


def main(argv: list[str]) -> int:
    if sys.version_info < MIN_PYTHON:
        say(
            f"stageportfolio needs Python {'.'.join(map(str, MIN_PYTHON))} or newer; "
            f"{sys.executable} is {sys.version.split()[0]}. Set PYTHON to a newer one."
        )
        return 2
    command, args = (argv[0], argv[1:]) if argv else ("run", [])
    if command not in {"run", "test"}:
        say("usage: dev run [ARGS...] | dev test [PYTEST ARGS...]")
        return 2
    python = setup()
    return run(python, args) if command == "run" else test(python, args)


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except KeyboardInterrupt:
        sys.exit(130)
