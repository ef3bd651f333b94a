"""Two app windows in two processes on one data folder (issue 15: "a second app instance
either shares the library safely or says it is open elsewhere"). The library is shared through
WAL (tests/reliability/test_library_faults.py); here, the autosave: each running app has a
recovery slot of its own, so a second one neither offers the first one's unsaved work as
"closed without saving" nor overwrites it, and after a crash the next start finds it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from briefing.core.documents import Briefing, Paragraph, Section
from briefing.core.documents.recovery import Recovery
from tests.reliability.hostile import REPO

pytestmark = [pytest.mark.timeout(60),
              pytest.mark.skipif(sys.platform == "win32", reason="slots are locked with fcntl")]

APP = """
import sys
from pathlib import Path
from briefing.core.documents import Briefing, Paragraph, Section
from briefing.core.documents.recovery import Recovery
recovery = Recovery.claim(Path(sys.argv[1]))
found = recovery.find()
print(recovery.folder.name, found.briefing.title if found else "-", flush=True)
recovery.save(Briefing(title=sys.argv[2], template="briefing-note",
                       sections=[Section("summary", "Summary", [Paragraph(sys.argv[2])])]), None)
print("saved", flush=True)
sys.stdin.read()  # stays open, holding its slot, until told to go
"""


def _app(folder: Path, title: str) -> tuple[subprocess.Popen, str]:
    app = subprocess.Popen([sys.executable, "-c", APP, str(folder), title], cwd=REPO,
                           stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    started = app.stdout.readline().split()
    assert app.stdout.readline().strip() == "saved"
    return app, started


def _titles(recovery: Recovery) -> list[str]:
    return sorted(found.briefing.title for found in recovery.files())


def test_a_second_app_has_its_own_autosave_and_a_crash_of_either_loses_nothing(tmp_path):
    folder = tmp_path / "recovery"
    first, (slot, offered) = _app(folder, "First")
    assert (slot, offered) == ("recovery", "-")
    second, (slot, offered) = _app(folder, "Second")
    # before: the second app said the first one's briefing "was closed without saving" and
    # offered it, and its autosave replaced the first one's
    assert slot != "recovery" and offered == "-"
    for app in (first, second):  # both crash
        app.kill()
        app.communicate()
    third, (slot, offered) = _app(folder, "Third")
    assert (slot, offered) == ("recovery", "First")
    third.communicate("")
    fourth = Recovery.claim(folder)  # the second's slot: found at a start, or File > Recover
    assert fourth.find().briefing.title == "Second" or "Second" in _titles(fourth)


def test_one_process_keeps_one_slot(tmp_path):
    """A window opened again in the same process (as the GUI tests do) shares the slot."""
    one, two = Recovery.claim(tmp_path), Recovery.claim(tmp_path)
    assert one.folder == two.folder == tmp_path
    one.save(Briefing(title="T", template="briefing-note",
                      sections=[Section("summary", "Summary", [Paragraph("x")])]), None)
    assert two.find().briefing.title == "T"
