"""The house rules of DESIGN.md, checked on the source: the core has no Qt and no SQL, only
store writes SQL, only ui (and the app wiring) imports PySide6."""

from __future__ import annotations

import ast
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
            ("stageportfolio.store", "stageportfolio.ui", "stageportfolio.report")
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
