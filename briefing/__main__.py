from briefing.app import main

raise SystemExit(main())
