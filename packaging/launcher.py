"""The bundle's entry point (PyInstaller): the same as the ``stageportfolio`` command."""

from stageportfolio.cli import main

raise SystemExit(main())
