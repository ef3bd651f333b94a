"""The real app in a real X server (Xvfb + openbox), driven by xdotool at a person's pace:
`briefing FILE` opens the file, Alt+P (Add Paragraph's mnemonic) adds a paragraph, a sentence
is typed with 120 ms between keys, undone and redone by keys, Ctrl+S saves, and the file holds
the sentence exactly; then Ctrl+E from the search box opens the export dialog.

This is the test that would have caught the scrambled text: typing was committed on a timer
that reloaded the box and threw the cursor to the start.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing.core.documents import Briefing, Metadata, Paragraph, Section
from briefing.core.documents import files as documents
from tests.e2e.x11 import XSession, missing_tools

pytestmark = pytest.mark.slow
SENTENCE = "Beijing wants rules, not only chips."


def _new_briefing(path: Path) -> None:
    from briefing.cli import Context
    from briefing.core.paths import Paths

    template = Context(Paths.default()).templates().get("briefing-note")
    documents.save(Briefing(title="End to end", template=template.id, metadata=Metadata(),
                            sections=[Section(s.key, s.heading) for s in template.sections]),
                   path)


def _wait_for(check, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.2)
    raise TimeoutError(f"{what} within {timeout} s")


def _paragraphs(path: Path) -> list[str]:
    try:
        doc = documents.load(path)
    except Exception:  # noqa: BLE001  (being written: read it again)
        return []
    return [i.text for s in doc.sections for i in s.items if isinstance(i, Paragraph)]


@pytest.mark.skipif(bool(missing_tools()), reason=f"needs {', '.join(missing_tools())} "
                    "(scripts/debian-packages.txt; ./scripts/bootstrap.sh installs them)")
def test_typing_in_the_real_app_is_saved_exactly(tmp_path, private_home):
    path = tmp_path / "e2e.briefing"
    _new_briefing(path)
    before = path.read_bytes()
    log = (tmp_path / "app.log").open("w")
    with XSession() as x:
        env = dict(x.env, BRIEFING_HOME=str(private_home))
        env.pop("PYTHONPATH", None)  # the app's own environment (tests add a no-network shim)
        app = subprocess.Popen([sys.executable, "-m", "briefing", str(path)], env=env,
                               stdout=log, stderr=subprocess.STDOUT,
                               cwd=Path(__file__).resolve().parents[2])
        try:
            window = x.wait_window("e2e.briefing", timeout=120)  # opened once the library is
            time.sleep(1.5)  # the first search and the templates settle
            x.activate(window)
            x.key("alt+p")  # Add &Paragraph
            time.sleep(0.5)
            x.type(SENTENCE, delay_ms=120)
            time.sleep(0.5)
            # Undo and redo the typing by the platform's keys (Ctrl+Shift+Z was bound twice
            # once: "Ambiguous shortcut overload", and nothing happened).
            x.key("ctrl+z")
            x.key("ctrl+shift+z")
            x.key("ctrl+z")
            x.key("ctrl+y")
            time.sleep(0.3)
            x.key("ctrl+s")
            texts = _wait_for(lambda: path.read_bytes() != before and _paragraphs(path),
                              30, "the file was not saved")
            assert texts == [SENTENCE]
            shot = x.screenshot(tmp_path / "after.png")
            assert shot.stat().st_size > 10_000
            # File > Export's Ctrl+E from the search box, where the cursor is at start-up:
            # the one-line field took it for "end of line" on X11, and nothing happened.
            x.key("ctrl+f")
            x.type("chips", delay_ms=80)
            x.key("ctrl+e")
            dialog = x.wait_window("Export Briefing", timeout=30)
            x.activate(dialog)
            x.key("Escape")
            x.key("ctrl+q")
            app.wait(30)
        finally:
            if app.poll() is None:
                app.terminate()
                try:
                    app.wait(10)
                except subprocess.TimeoutExpired:
                    app.kill()
            log.close()
    assert app.returncode == 0, (tmp_path / "app.log").read_text(errors="replace")[-3000:]
    log_text = (tmp_path / "app.log").read_text(errors="replace")
    assert "Traceback" not in log_text and "Ambiguous shortcut" not in log_text, log_text[-3000:]


def test_the_x_session_tools_are_listed_for_the_test_setup():
    wanted = (Path(__file__).resolve().parents[2] / "scripts" / "debian-packages.txt").read_text()
    for package in ("xvfb", "openbox", "xdotool", "imagemagick"):
        assert package in wanted.split(), package
    assert os.environ.get("QT_QPA_PLATFORM") == "offscreen"  # the rest of the suite stays off X
