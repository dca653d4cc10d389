"""No input in the test suite ends in "Onverwachte fout" (exit 70).

Every file under ``tests/data`` (the CSV, list, database fixtures and the adversarial files of
``tests/data/adversarial``) goes through every command that reads a file a user hands it:
``check``, ``import-hours``, ``validate-list``, a list file in ``lists/`` with ``lists``,
``import``, ``signoff-import``, ``mentor-cards-import``, ``mentor-sign``, and a file put in place
of the portfolio database with ``status``. A refusal (exit 2) is fine, as are exits 0 and 1;
exit 70, a traceback or "Onverwachte fout" is not.

All runs happen in one child process that calls ``cli.main`` for each (one interpreter start
instead of hundreds), each with a data folder of its own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

_RUNNER = r"""
import contextlib, io, json, os, shutil, sys
from pathlib import Path

from stageportfolio import cli

files = [Path(p) for p in json.loads(sys.argv[1])]
work = Path(sys.argv[2])
os.environ["STAGEPORTFOLIO_PASSPHRASE"] = "een lange wachtzin van de mentor"
failures = []
runs = 0
counter = 0


def home(template=None):
    global counter
    counter += 1
    folder = work / f"home{counter}"
    if template is not None:
        shutil.copytree(template, folder)
    return folder


def call(folder, *argv):
    global runs
    runs += 1
    os.environ["STAGEPORTFOLIO_HOME"] = str(folder)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main([str(a) for a in argv])
        except SystemExit as exc:
            code = exc.code
    text = err.getvalue()
    if code == 70 or "Traceback" in text or "Onverwachte fout" in text:
        failures.append({"argv": [str(a) for a in argv], "code": code, "stderr": text[-500:]})


student = work / "student"
call(student, "init", "--name", "Zoë", "--list", "gezondheidszorg")
mentor = work / "mentor"
call(mentor, "mentor-init", "--name", "An Peeters", "--sector", "social_profit")
for path in files:
    call(home(student), "check", "--list", "gezondheidszorg", path)
    call(home(student), "import-hours", path)
    call(home(student), "validate-list", path)
    listed = home(student)
    (listed / "lists").mkdir()
    shutil.copyfile(path, listed / "lists" / (path.stem + ".toml"))
    call(listed, "lists")
    call(listed, "status")
    call(home(), "import", path)
    call(home(student), "signoff-import", path)
    call(home(student), "mentor-cards-import", path)
    call(home(mentor), "mentor-sign", path, "--out", work / "antwoord.json", "--approve-all")
    replaced = home()
    replaced.mkdir()
    shutil.copyfile(path, replaced / "portfolio.sqlite3")
    call(replaced, "status")
print(json.dumps({"runs": runs, "failures": failures}))
"""


def input_files() -> list[Path]:
    return sorted(p for p in DATA.rglob("*") if p.is_file() and p.suffix != ".py")


def test_every_input_in_the_suite_is_handled_without_exit_70(tmp_path: Path) -> None:
    files = input_files()
    assert len(files) > 40
    assert any("adversarial" in p.parts for p in files)
    result = subprocess.run(
        [sys.executable, "-c", _RUNNER, json.dumps([str(p) for p in files]), str(tmp_path)],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["runs"] == 10 * len(files) + 2
    assert report["failures"] == [], json.dumps(report["failures"], indent=1, ensure_ascii=False)
