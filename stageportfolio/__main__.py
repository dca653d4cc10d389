from stageportfolio.launch import main

raise SystemExit(main())
