"""The interface's language: the system's German gives German when nothing is chosen; View →
Language's choice wins over the system and is remembered (settings in a temporary file)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from briefing.gui.language import SETTING, chosen, stored

REPO = Path(__file__).resolve().parents[2]

# A start-up as the app does it, under the locale of the environment: which language is
# chosen, which is installed, and how a Qt button and the File menu read.
PROBE = """
import json, sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from briefing.core.paths import resources_dir
from briefing.gui.language import Language, chosen, translate
app = QApplication([])
settings = QSettings(sys.argv[1], QSettings.IniFormat)
code = chosen(settings)
installed = Language(resources_dir()).install(code)
print(json.dumps({"chosen": code, "installed": installed,
                  "cancel": translate("QPlatformTheme", "Cancel"),
                  "file": translate("MainWindow", "&File")}))
"""


def _start(tmp_path: Path, lang: str, stored_language: str | None = None) -> dict:
    ini = tmp_path / f"settings-{lang}-{stored_language}.ini"
    if stored_language is not None:
        settings = QSettings(str(ini), QSettings.IniFormat)
        settings.setValue(SETTING, stored_language)
        settings.sync()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANG=lang, LC_ALL=lang, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", PROBE, str(ini)], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_german_system_gives_german_when_nothing_is_chosen(tmp_path):
    german = _start(tmp_path, "de_DE.UTF-8")
    assert german["chosen"] == german["installed"] == "de"
    assert german["cancel"] == "Abbrechen"  # Qt's own German is installed too
    english = _start(tmp_path, "en_GB.UTF-8")
    assert english["chosen"] == english["installed"] == "en"
    assert english["cancel"] == "Cancel" and english["file"] == "&File"
    assert german["file"] != "&File", "the File menu has no German yet"


def test_the_menu_choice_wins_over_the_system(tmp_path):
    assert _start(tmp_path, "de_DE.UTF-8", "en")["installed"] == "en"
    assert _start(tmp_path, "en_US.UTF-8", "de")["installed"] == "de"
    assert _start(tmp_path, "de_AT.UTF-8", "")["installed"] == "de"  # "" follows the system


def test_view_language_remembers_the_choice(qtbot, make_window, prompter, library, tmp_path):
    window = make_window(prompter, library)
    settings_file = tmp_path / "settings.ini"  # the one make_window's windows share
    assert window.language_actions[""].isChecked()  # the system's, at first
    window.language_actions["de"].trigger()
    assert prompter.asked[-1] == ("info", "Deutsch",
                                  "Briefing ist ab dem nächsten Start auf Deutsch.")
    assert stored(QSettings(str(settings_file), QSettings.IniFormat)) == "de"
    window.language_actions["en"].trigger()
    assert prompter.asked[-1][1:] == ("English", "Briefing will be in English from its next "
                                      "start.")
    again = make_window(prompter, library)  # the next start
    assert again.language_actions["en"].isChecked()
    assert not again.language_actions["de"].isChecked()
    assert chosen(QSettings(str(settings_file), QSettings.IniFormat)) == "en"
    again.language_actions[""].trigger()
    assert stored(QSettings(str(settings_file), QSettings.IniFormat)) == ""
