from stageportfolio.cli import main

raise SystemExit(main())
