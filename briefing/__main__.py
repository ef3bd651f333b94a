import sys

if sys.argv[1:2] == ["--typeset"] and getattr(sys, "frozen", False):
    # The bundle started again as the PDF typesetter's worker (briefing.export.typesetter).
    from briefing.export.typesetter import serve

    serve()
    raise SystemExit(0)

from briefing.app import main

raise SystemExit(main())
