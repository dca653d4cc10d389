"""The ``stageportfolio`` command (stageportfolio.launch): without arguments it opens the app
exactly as the command-line parser would, without importing the parser and what its commands
need; with arguments it is the parser's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from stageportfolio import app, cli, launch

ROOT = Path(__file__).resolve().parents[1]


def _record_starts(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = []

    def run_app(**kwargs: Any) -> int:
        calls.append(kwargs)
        return 0

    monkeypatch.setattr(app, "run_app", run_app)
    return calls


def test_an_empty_command_line_opens_the_app_as_the_parser_would(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = _record_starts(monkeypatch)
    assert launch.main([]) == 0
    assert cli.main([]) == 0
    assert len(calls) == 2 and calls[0] == calls[1], calls


def test_arguments_go_to_the_parser(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    calls = _record_starts(monkeypatch)
    assert launch.main(["--demo", "--lang", "en"]) == 0
    assert calls == [dict(calls[0], demo=True, lang="en")] and calls[0]["demo"] is True
    assert launch.main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("stageportfolio ")
    assert launch.main(["geen-commando"]) == cli.EXIT_BAD_INPUT  # the parser's own message
    assert "geen-commando" in capsys.readouterr().err


def test_the_command_without_arguments_does_not_load_the_parser(tmp_path: Path) -> None:
    """``python -m stageportfolio`` as a user starts it (offscreen, quit at once): the parser
    module and the catalog it imports are not loaded before the app runs."""
    probe = (
        "import sys\n"
        "import stageportfolio.app as app\n"
        "seen = {}\n"
        "def run_app(**kwargs):\n"
        "    seen.update(kwargs)\n"
        "    print(sorted(m for m in sys.modules if m in ('stageportfolio.cli', "
        "'stageportfolio.core.catalog', 'pydantic')))\n"
        "    return 0\n"
        "app.run_app = run_app\n"
        "import runpy\n"
        "sys.argv = ['stageportfolio']\n"
        "runpy.run_module('stageportfolio', run_name='__main__')\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", STAGEPORTFOLIO_HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, env=env,
        timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]", done.stdout
