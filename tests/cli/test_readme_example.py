"""The README's example is real: the command prints exactly what the README shows."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from tests.cli.test_cli import run

ROOT = Path(__file__).resolve().parents[2]


def test_readme_check_example_matches_the_real_output() -> None:
    readme = ROOT / "README.md"
    block = re.search(
        r"```\n\$ \./dev run (check [^\n]+)\n(.*?)```", readme.read_text("utf-8"), re.S
    )
    assert block is not None, "README lost its check example"
    args = block.group(1).split()
    result = run(*args, cwd=ROOT)
    assert result.returncode == 1
    assert result.stdout == block.group(2)


def test_readme_import_example_imports_into_a_fresh_portfolio() -> None:
    """The documented commands, in a fresh data folder (the test's own home)."""
    readme = (ROOT / "README.md").read_text("utf-8")
    block = re.search(r"```\n(\$ \./dev run init [^\n]+\n.*?)```", readme, re.S)
    assert block is not None, "README lost its import example"
    steps = re.findall(r"^\$ \./dev run ([^\n]+)\n((?:[^$][^\n]*\n)*)", block.group(1), re.M)
    assert [shlex.split(command)[0] for command, _ in steps] == [
        "init",
        "import-hours",
        "import-hours",
    ]
    for command, expected in steps:
        result = run(*shlex.split(command), cwd=ROOT)
        assert result.returncode == 0, result.stderr
        assert result.stdout == expected
