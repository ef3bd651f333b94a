"""Start-up routing: a plain start of the desktop app skips the command line's modules."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from briefing.app import _desktop_only, desktop_start


def test_only_a_plain_start_goes_straight_to_the_window():
    assert _desktop_only([]) is None
    assert _desktop_only(["--library", "lib.sqlite"]) == Path("lib.sqlite")
    assert _desktop_only(["--library=lib.sqlite"]) == Path("lib.sqlite")
    for argv in (["--version"], ["--help"], ["--self-test"], ["claims", "list"],
                 ["--library"], ["--library", "x", "claims", "list"], ["--library", "-h"],
                 ["--lib", "x"], ["--library="]):
        assert _desktop_only(argv) is False, argv


def test_a_briefing_file_opens_in_the_desktop_app():
    assert desktop_start(["notes.briefing"]) == (None, Path("notes.briefing"))
    assert desktop_start(["/home/a/My Notes.BRIEFING"]) == (None, Path("/home/a/My Notes.BRIEFING"))
    assert desktop_start(["--library", "l.sqlite", "x/n.briefing"]) == (Path("l.sqlite"),
                                                                         Path("x/n.briefing"))
    assert desktop_start(["n.briefing", "--library=l.sqlite"]) == (Path("l.sqlite"),
                                                                   Path("n.briefing"))
    for argv in (["show", "n.briefing"], ["a.briefing", "b.briefing"], ["claims"],
                 ["-x.briefing"], ["export", "n.briefing", "-o", "n.docx"]):
        assert desktop_start(argv) is None, argv


def test_the_desktop_start_does_not_import_the_command_line():
    code = ("import sys, briefing.gui.launch as launch\n"
            "launch.launch = lambda paths, library=None, file=None: print(library, file) or 0\n"
            "from briefing.app import main\n"
            "assert main(['--library', 'x.sqlite', 'n.briefing']) == 0\n"
            "heavy = [m for m in ('briefing.cli', 'briefing.cli.curation', 'jinja2', 'pypdf',"
            " 'quickjs', 'docx') if m in sys.modules]\n"
            "print(heavy)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["x.sqlite", "n.briefing", "[]"]
