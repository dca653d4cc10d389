"""Where the data that ships with the app lives, in a checkout, a wheel and a bundle alike.

``activity_lists/`` and ``resources/`` stay at the top level of the repository; the build maps
them into the package as ``stageportfolio.activity_lists`` and ``stageportfolio.resources``
(pyproject.toml ``package-dir``, setup.py), and an editable install maps them the same way. So
this is the one place that finds them, with ``importlib.resources``: never a path relative to
``__file__``, which only works in a checkout.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import Literal

Shipped = Literal["activity_lists", "resources"]


class ShippedDataMissingError(RuntimeError):
    """The installation is incomplete: a shipped folder is not there as real files."""


@cache
def shipped_dir(name: Shipped) -> Path:
    """The folder of shipped data ``name``, as a real folder on disk.

    The lists are globbed and the fonts and translations are opened by path (ReportLab, Qt),
    so the data must be real files: a wheel, an editable install and a PyInstaller bundle all
    give that; a zipped install does not, and says so.
    """
    try:
        root = resources.files(f"stageportfolio.{name}")
    except ModuleNotFoundError as exc:
        raise ShippedDataMissingError(
            f"de meegeleverde map {name} ontbreekt in deze installatie van stageportfolio; "
            "installeer de app opnieuw"
        ) from exc
    path = Path(str(root))
    if not isinstance(root, Path) or not path.is_dir():
        raise ShippedDataMissingError(
            f"de meegeleverde map {name} is geen gewone map ({root}); installeer de app "
            "opnieuw als gewone bestanden (geen zip)"
        )
    return path


def shipped_file(name: Shipped, *parts: str) -> Path:
    """A file (or folder) inside shipped data, e.g. ``shipped_file("resources", "fonts")``."""
    return shipped_dir(name).joinpath(*parts)
