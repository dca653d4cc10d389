"""The ``stageportfolio`` command, as the menu icon, a double-click and the bundle start it.

Started without arguments, it opens the app straight away. The command-line parser in
``cli.py`` imports what its commands need (the list catalog, pydantic, the CSV reader: about
0.25 s) and a window needs none of that before its first paint. Anything on the command line
goes through that parser, so there is still one place that reads arguments; a test holds
this start equal to the parser's for an empty command line.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        from stageportfolio.app import run_app

        return run_app(
            demo=False, lang=None, mentor=False, school=False, open_path=None, screenshot=None
        )
    from stageportfolio.cli import main as cli_main

    return cli_main(args)
