"""The set-up script behind ./dev and dev.cmd: a broken .venv is found and made again."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def load_dev(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    spec = importlib.util.spec_from_file_location("dev_script", ROOT / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "ROOT", tmp_path)
    monkeypatch.setattr(module, "VENV", tmp_path / ".venv")
    monkeypatch.setattr(module, "STAMP", tmp_path / ".venv" / ".installed")
    (tmp_path / "pyproject.toml").write_text("[project]\n", encoding="utf-8")
    return module


def test_a_venv_without_pip_is_found(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dev = load_dev(tmp_path, monkeypatch)
    # what `python -m venv` leaves on Debian without python3-venv: a venv with no pip
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(tmp_path / ".venv")], check=True
    )
    problem = dev.venv_problem()
    assert problem is not None and "no pip" in problem and "python3-venv" in problem


def test_a_venv_without_python_is_found(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dev = load_dev(tmp_path, monkeypatch)
    (tmp_path / ".venv").mkdir()
    assert "is missing" in dev.venv_problem()


def test_a_broken_venv_is_removed_and_made_again_with_a_message(  # type: ignore[no-untyped-def]
    tmp_path, monkeypatch, capsys
) -> None:
    dev = load_dev(tmp_path, monkeypatch)
    broken = tmp_path / ".venv"
    broken.mkdir()
    (broken / "left-over").write_text("x", encoding="utf-8")
    made: list[bool] = []

    def make_venv() -> None:
        made.append(not broken.exists())  # the broken one is gone first
        python = dev.venv_python()
        python.parent.mkdir(parents=True)
        python.symlink_to(sys.executable)

    steps: list[list[str]] = []
    monkeypatch.setattr(dev, "make_venv", make_venv)
    monkeypatch.setattr(
        dev.subprocess,
        "run",
        lambda args, **kw: steps.append(args) or subprocess.CompletedProcess(args, 0),
    )
    dev.setup()
    err = capsys.readouterr().err
    assert "the .venv folder is broken" in err and "is missing" in err
    assert "first set-up" in err and "MB to download" in err and "MB on disk" in err
    assert made == [True]
    assert [step[2:4] for step in steps] == [["pip", "install"], ["pip", "install"]]
    assert steps[1][-1].endswith("[test]")
    assert dev.STAMP.exists()


def test_a_failed_venv_is_removed_with_the_debian_hint(  # type: ignore[no-untyped-def]
    tmp_path, monkeypatch
) -> None:
    dev = load_dev(tmp_path, monkeypatch)

    def no_pip(args, **kw):  # type: ignore[no-untyped-def]
        (tmp_path / ".venv").mkdir()
        return subprocess.CompletedProcess(args, 1)

    monkeypatch.setattr(dev.subprocess, "run", no_pip)
    monkeypatch.setattr(dev.sys, "platform", "linux")
    with pytest.raises(SystemExit, match="apt install python3-venv"):
        dev.make_venv()
    assert not (tmp_path / ".venv").exists()


def test_an_unknown_command_is_a_usage_message(capsys) -> None:  # type: ignore[no-untyped-def]
    result = subprocess.run(
        [sys.executable, str(ROOT / "dev.py"), "bouw"], capture_output=True, text=True
    )
    assert result.returncode == 2 and "usage: dev run" in result.stderr


@pytest.mark.skipif(os.name == "nt", reason="the POSIX wrapper")
def test_the_sh_wrapper_says_when_python_is_missing() -> None:
    result = subprocess.run(
        ["sh", str(ROOT / "dev"), "test"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHON": "python-does-not-exist"},
    )
    assert result.returncode == 2 and "python-does-not-exist not found" in result.stderr


def test_the_windows_wrapper_is_a_crlf_batch_file_that_runs_dev_py() -> None:
    data = (ROOT / "dev.cmd").read_bytes()
    lines = data.split(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")  # cmd wants CRLF
    assert lines[0] == b"@echo off"
    assert b'"%~dp0dev.py" %*' in data  # the arguments pass through
    assert b"py -3" in data  # the Python launcher that python.org's installer adds
