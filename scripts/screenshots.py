#!/usr/bin/env python3
"""Take screenshots of the app's main states into docs/images/, at 1366×768 (a laptop) and
1920×1080, in a real X session (Xvfb and the openbox window manager, as tests/e2e uses), in
English and in German:

    .venv/bin/python scripts/screenshots.py

The window opens as it does on a first start on that screen (maximised on the laptop's), on
the bundled library in a throwaway data folder. Names end in -1366.png and -1920.png; the
1366 ones are also written without the suffix (the README shows those). The German shots
(the German interface, a German Leitungsvorlage open) are named main-window-de-1366.png etc.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "docs" / "images"
SIZES = {"1366": "1366x768", "1920": "1920x1080"}


class Quiet:
    """Answers every question with the default, so the script never blocks on a dialog."""

    parent = None

    def __getattr__(self, name):
        return lambda *a, **k: None if name not in ("ask_save_changes",) else "discard"


def settle(app, seconds=0.3):
    end = time.time() + seconds
    while time.time() < end:
        app.processEvents()
        time.sleep(0.02)


def english_scene(c) -> str:
    """A briefing note on US–China AI competition; the uid of the claim with commentary."""
    c.set_field("title", "US–China competition in AI after WAIC 2025")
    c.set_field("classification", "Official")
    paragraph = c.add_paragraph(
        "summary", "Both governments released AI action plans within days of each other; the "
        "contest is shifting from chips to rules and alliances, and Beijing now courts the "
        "Global South with an offer of a new international body for AI governance.")
    c.set_text(paragraph, "Check the dates against the WAIC programme.", "private_note")
    c.add_claims(["merics-ilr-04", "merics-ilr-03"], "issue")
    c.add_claims(["merics-ilr-11", "merics-ilr-15", "dn-waic-06"], "background")
    commented = c.document.section("issue").items[0].uid
    c.set_text(commented, "This is the core of Beijing's pitch to the Global South.")
    return commented


def german_scene(c) -> str:
    """A Leitungsvorlage as a Referat writes it (as scripts/render_sample.py's)."""
    c.new_document("leitungsvorlage", "Wettbewerb zwischen den USA und China um Künstliche "
                   "Intelligenz nach der WAIC 2025")
    for name, value in (("subtitle", "Ihre Bitte vom 30. Juli 2025 um eine Einschätzung"),
                        ("organisation", "Referat 512 – Technologiepolitik"),
                        ("reference", "512-05100/3#7"),
                        ("classification", "VS-Nur für den Dienstgebrauch")):
        c.set_field(name, value)
    c.add_paragraph("votum", "Billigung des unter IV. vorgeschlagenen Vorgehens.")
    c.add_claims(["dn-waic-03", "merics-ilr-04", "merics-ilr-11", "dn-waic-06"],
                 "sachverhalt")
    c.add_claims(["merics-ilr-10", "merics-ilr-12"], "bewertung")
    commented = c.document.section("bewertung").items[0].uid
    c.set_text(commented, "Das Referat teilt diese Einschätzung nur zum Teil.")
    paragraph = c.add_paragraph(
        "vorschlag", "Es wird vorgeschlagen, die Ressortabstimmung zur KI-Governance bis Ende "
        "September 2025 abzuschließen.")
    c.set_text(paragraph, "Termin mit Referat 511 abstimmen.", "private_note")
    return commented


def shoot(label: str, language: str = "en") -> list[Path]:
    """In this process (DISPLAY set to a running X server): the shots for one screen size,
    in one interface language ("en" or "de")."""
    home = Path(tempfile.mkdtemp(prefix="briefing-shots-"))
    os.environ["BRIEFING_HOME"] = str(home)
    sys.path.insert(0, str(REPO))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from briefing.cli import Context
    from briefing.core.paths import Paths
    from briefing.gui.language import Language
    from briefing.gui.launch import build_window
    from briefing.gui.widgets.export_dialog import ExportDialog

    app = QApplication(["briefing"])
    paths = Paths.default()
    Language(paths.resources).install(language)  # as the app does at start, before the window
    library = Context(paths).open_library()
    window = build_window(paths, library, QSettings(str(home / "s.ini"), QSettings.IniFormat),
                          Quiet())
    window.show_fitted()
    window.start()
    c = window.controller
    commented = german_scene(c) if language == "de" else english_scene(c)
    search = '"Aktionsplan" OR Ascend' if language == "de" else '"action plan" OR Ascend'
    window.library_pane.search_box.setText(search)
    window.library_pane.run_search()
    settle(app, 1.0)  # the search runs off the GUI thread
    window.composer.select_uid(commented)
    window.library_pane.view.selectRow(0)
    settle(app)
    deadline = time.time() + 60  # the composer's page count (a PDF typeset off the GUI thread)
    while c.page_counter.pages() is None and time.time() < deadline:
        settle(app, 0.2)
    OUT.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []

    def shot(name, widget):
        settle(app, 0.5)
        name = f"{name}-de" if language == "de" else name
        target = OUT / f"{name}-{label}.png"
        widget.grab().save(str(target))
        shots.append(target)
        if label == "1366":
            widget.grab().save(str(OUT / f"{name}.png"))

    window.inspect_item(window.composer.current_item())
    shot("main-window", window)
    window.side.setCurrentIndex(1)
    window.preview.refresh()
    c.tasks.wait(60000)
    settle(app, 1.0)
    shot("preview", window)
    window.side.setCurrentIndex(0)
    window.inspect_library_claim("merics-ilr-16")
    settle(app, 0.5)
    window.show_in_source("merics-ilr-16")
    viewer = window.source_viewer
    viewer.resize(min(1000, window.width() - 80), min(680, window.height() - 60))
    settle(app, 0.5)
    shot("source-viewer", viewer)
    viewer.close()
    dialog = ExportDialog(c, Quiet(), str(home), window)
    dialog.show()
    shot("export-dialog", dialog)
    dialog.close()
    c.undo_stack.setClean()
    c.tasks.wait(20000)
    library.close()
    return shots


def main() -> int:
    if len(sys.argv) > 3 and sys.argv[1] == "--inside":
        for target in shoot(sys.argv[2], sys.argv[3]):
            print(f"wrote {target.relative_to(REPO)}")
        return 0
    sys.path.insert(0, str(REPO))
    from tests.e2e.x11 import XSession, missing_tools

    if missing_tools():
        sys.exit(f"needs {', '.join(missing_tools())} (scripts/debian-packages.txt)")
    for label, size in SIZES.items():
        with XSession(size) as x:
            env = dict(x.env)
            env.pop("PYTHONPATH", None)
            for language in ("en", "de"):
                subprocess.run([sys.executable, __file__, "--inside", label, language],
                               env=env, check=True, cwd=REPO, timeout=600)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
