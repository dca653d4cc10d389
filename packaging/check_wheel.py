"""The wheel as a user installs it: build it, install it in a fresh venv, run it from elsewhere.

    .venv/bin/python packaging/check_wheel.py        (CI runs this after ./dev test)

1. ``python -m build --wheel`` from this checkout;
2. a fresh venv, ``pip install`` of that wheel alone (pip's cache is used when it has the
   dependencies), in a folder outside the checkout, with its own STAGEPORTFOLIO_HOME;
3. ``stageportfolio --version``, ``lists``, ``check`` on the README's example (the output must
   be exactly the README's), the demo window (``--demo --screenshot``, offscreen), and
   ``export-pdf`` of the demo portfolio (``qpdf --check`` when qpdf is installed);
4. the shipped data comes from the installed package, not from this checkout, and no test
   tool (pytest, ruff, mypy, ...) and no PySide6-Addons was installed.
Exit 0 when all of it holds; otherwise every failure is listed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "docs" / "examples" / "uren-voorbeeld.csv"
README_COMMAND = "$ ./dev run check --list gezondheidszorg docs/examples/uren-voorbeeld.csv"
NOT_RUNTIME = ("pytest", "ruff", "mypy", "hypothesis", "importlinter", "fontTools", "jsonschema")

failures: list[str] = []


def check(ok: bool, what: str) -> None:
    print(f"  {'ok  ' if ok else 'FAIL'} {what}", flush=True)
    if not ok:
        failures.append(what)


def readme_example() -> str:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    start = lines.index(README_COMMAND) + 1
    end = lines.index("```", start)
    return "\n".join(lines[start:end]) + "\n"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="stageportfolio-wheel-") as tmp_name:
        tmp = Path(tmp_name)
        print("building the wheel", flush=True)
        subprocess.run(
            [sys.executable, "-m", "build", "--wheel", "--outdir", str(tmp / "wheel"), str(ROOT)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        wheel = next((tmp / "wheel").glob("stageportfolio-*.whl"))
        print(f"installing {wheel.name} in a fresh venv", flush=True)
        venv = tmp / "venv"
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        bindir = venv / ("Scripts" if os.name == "nt" else "bin")
        python = bindir / ("python.exe" if os.name == "nt" else "python")
        started = time.monotonic()
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True)
        installed_in = time.monotonic() - started
        program = shutil.which("stageportfolio", path=str(bindir))
        assert program is not None, "the wheel installs no stageportfolio command"
        work = tmp / "elsewhere"  # not the checkout: nothing can come from there
        work.mkdir()
        env = {
            **os.environ,
            "STAGEPORTFOLIO_HOME": str(tmp / "home"),
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8",
            "PYTHONUTF8": "1",
        }
        env.pop("PYTHONPATH", None)

        def run(*args: str, home: Path | None = None) -> subprocess.CompletedProcess[str]:
            run_env = dict(env)
            if home is not None:
                run_env["STAGEPORTFOLIO_HOME"] = str(home)
            return subprocess.run(
                [program, *args], cwd=work, env=run_env, capture_output=True, text=True
            )

        print(f"checks (installed in {installed_in:.0f} s, venv {folder_size(venv) >> 20} MB)")
        result = run("--version")
        check(result.returncode == 0 and "EUPL-1.2" in result.stdout, "stageportfolio --version")
        result = run("lists")
        check(result.returncode == 0 and "gezondheidszorg" in result.stdout, "lists")
        result = run("check", "--list", "gezondheidszorg", str(EXAMPLE))
        check(
            result.returncode == 1 and result.stdout == readme_example(),
            "check on the README's example gives the README's output (exit 1: gaps)",
        )
        if result.stdout != readme_example():
            print(result.stdout, result.stderr, sep="\n")
        school_home = tmp / "school-home"
        result = run("school-database", home=school_home)
        check(
            result.returncode == 0 and (school_home / "school" / "school.sqlite3").is_file(),
            "school mode: the school database is made by the shipped migrations",
        )
        shot = tmp / "demo.png"
        started = time.monotonic()
        result = run("--demo", "--screenshot", str(shot))
        check(
            result.returncode == 0 and shot.is_file() and shot.stat().st_size > 20_000,
            f"the demo window opens ({time.monotonic() - started:.1f} s) and is not empty",
        )
        if result.returncode != 0:
            print(result.stderr)
        demo = tmp / "home" / "demo"
        pdf = tmp / "portfolio.pdf"
        result = run("export-pdf", "--out", str(pdf), home=demo)
        check(
            result.returncode == 0 and pdf.read_bytes().startswith(b"%PDF-"),
            "export-pdf of the demo portfolio",
        )
        if shutil.which("qpdf") and pdf.exists():
            qpdf = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True)
            check(qpdf.returncode == 0, "qpdf --check accepts the PDF")
        probe = subprocess.run(
            [
                str(python),
                "-c",
                "import importlib.util as u, stageportfolio.core.shipped as s;"
                "print(s.shipped_dir('activity_lists'));"
                f"print([m for m in {NOT_RUNTIME!r} if u.find_spec(m)]);"
                "print(u.find_spec('PySide6.QtWebEngineCore') is not None)",
            ],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.splitlines()
        check(
            Path(probe[0]).is_relative_to(venv) and not Path(probe[0]).is_relative_to(ROOT),
            f"the shipped lists come from the installed package ({probe[0]})",
        )
        check(probe[1] == "[]", f"no test tool installed with the app ({probe[1]})")
        check(probe[2] == "False", "no QtWebEngine (PySide6-Addons) installed")
    if failures:
        print(f"{len(failures)} failed: " + "; ".join(failures))
        return 1
    print("wheel check: all passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
