"""The bundle's entry point (PyInstaller): the same as the ``stageportfolio`` command."""

from stageportfolio.launch import main

raise SystemExit(main())
