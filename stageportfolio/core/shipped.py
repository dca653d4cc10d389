"""Where the data that ships with the app lives, in a checkout, a wheel and a bundle alike.

``activity_lists/`` and ``resources/`` stay at the top level of the repository; the build maps
them into the package as ``stageportfolio.activity_lists`` and ``stageportfolio.resources``
(pyproject.toml ``package-dir``, setup.py), and an editable install maps them the same way. So
this is the one place that finds them, through the import system (``find_spec``, else
``importlib.resources``): never a path relative to ``__file__``, which only works in a checkout.
"""

from __future__ import annotations

import importlib.util
from functools import cache
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
    package = f"stageportfolio.{name}"
    # The package's folder as the import system found it: no importlib.resources (3 ms of
    # imports before the main window paints) when it is a plain folder, as it is installed.
    try:
        spec = importlib.util.find_spec(package)
    except ModuleNotFoundError:
        spec = None
    locations = list(spec.submodule_search_locations or ()) if spec is not None else []
    if len(locations) == 1 and Path(locations[0]).is_dir():
        return Path(locations[0])
    from importlib import resources

    try:
        root = resources.files(package)
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
