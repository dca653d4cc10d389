"""The house rules of docs/architecture.md, checked on the source: the core has no Qt and no
SQL, only store writes SQL, only ui (and the app wiring) imports PySide6, and ui, cli and app
reach the data only through services. import-linter (pyproject.toml) holds the same rules for
indirect imports too; the last test keeps the two in step."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "stageportfolio"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def sources(sub: str) -> list[Path]:
    return sorted((PACKAGE / sub).rglob("*.py")) if sub else sorted(PACKAGE.glob("*.py"))


def top(name: str) -> str:
    return name.split(".")[0]


@pytest.mark.parametrize("path", sources("core"), ids=lambda p: p.name)
def test_core_imports_no_qt_no_sql_and_no_other_layer(path: Path) -> None:
    for module in imported_modules(path):
        assert top(module) not in {"PySide6", "sqlmodel", "sqlalchemy", "reportlab"}, module
        assert not module.startswith(
            (
                "stageportfolio.store",
                "stageportfolio.ui",
                "stageportfolio.report",
                "stageportfolio.services",
            )
        ), module


@pytest.mark.parametrize(
    "path",
    [p for sub in ("store", "report", "services") for p in sources(sub)] + sources(""),
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_only_ui_and_app_import_qt(path: Path) -> None:
    if path.name == "app.py":
        return
    for module in imported_modules(path):
        assert top(module) != "PySide6", f"{path} imports {module}"
        assert not module.startswith("stageportfolio.ui"), f"{path} imports {module}"


@pytest.mark.parametrize("path", sources("ui"), ids=lambda p: p.name)
def test_ui_writes_no_sql(path: Path) -> None:
    for module in imported_modules(path):
        assert top(module) not in {"sqlmodel", "sqlalchemy", "sqlite3"}, f"{path} imports {module}"


@pytest.mark.parametrize(
    "path",
    [*sources("ui"), PACKAGE / "cli.py", PACKAGE / "app.py", PACKAGE / "launch.py"],
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_ui_cli_and_app_reach_the_data_only_through_services(path: Path) -> None:
    for module in imported_modules(path):
        assert not module.startswith("stageportfolio.store"), f"{path} imports {module}"
        assert top(module) not in {"sqlmodel", "sqlalchemy"}, f"{path} imports {module}"


@pytest.mark.parametrize(
    "path",
    [p for sub in ("store", "report", "services") for p in sources(sub)],
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_lower_layers_never_import_upwards(path: Path) -> None:
    above = {
        "store": (
            "stageportfolio.services",
            "stageportfolio.cli",
            "stageportfolio.app",
            "stageportfolio.launch",
        ),
        "report": (
            "stageportfolio.services",
            "stageportfolio.cli",
            "stageportfolio.app",
            "stageportfolio.launch",
        ),
        "services": ("stageportfolio.cli", "stageportfolio.app", "stageportfolio.launch"),
    }[path.relative_to(PACKAGE).parts[0]]
    for module in imported_modules(path):
        assert not module.startswith(above), f"{path} imports {module}"


def test_import_linter_holds_the_same_layers() -> None:
    config = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    layers = [c["layers"] for c in contracts if c["type"] == "layers"]
    assert layers == [
        [
            "stageportfolio.launch",
            "stageportfolio.cli : stageportfolio.app",
            "stageportfolio.ui",
            "stageportfolio.services",
            "stageportfolio.report | stageportfolio.store",
            "stageportfolio.core",
        ]
    ]
    forbidden = {
        (tuple(c["source_modules"]), tuple(c["forbidden_modules"]))
        for c in contracts
        if c["type"] == "forbidden"
    }
    assert (
        ("stageportfolio.ui", "stageportfolio.cli", "stageportfolio.app", "stageportfolio.launch"),
        ("stageportfolio.store", "sqlmodel", "sqlalchemy"),
    ) in forbidden
