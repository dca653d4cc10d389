"""The README's example is real: the command prints exactly what the README shows."""

from __future__ import annotations

import re
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
