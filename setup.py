"""The package list, which pyproject.toml cannot compute: every ``stageportfolio*`` package,
plus the shipped data folders ``activity_lists/`` and ``resources/`` (and every folder in
them), which pyproject.toml maps into the package with ``package-dir``. Every file in them
ships, including files and folders added later. Everything else is in pyproject.toml."""

from pathlib import Path

from setuptools import find_packages, setup

DATA = {"activity_lists": "stageportfolio.activity_lists", "resources": "stageportfolio.resources"}


def data_packages() -> dict[str, list[str]]:
    packages = {}
    for folder, package in DATA.items():
        for sub in sorted(p for p in [Path(folder), *Path(folder).rglob("*")] if p.is_dir()):
            if sub.name == "__pycache__":
                continue
            parts = sub.relative_to(folder).parts
            packages[".".join([package, *parts])] = ["*"]
    return packages


shipped = data_packages()
setup(
    packages=[*find_packages(include=["stageportfolio", "stageportfolio.*"]), *shipped],
    package_data={
        "stageportfolio.store.migrations": ["*.mako"],
        "stageportfolio.store.school_migrations": ["*.mako"],
        **shipped,
    },
)
