"""Where the user's data lives: Briefing's own reading of the XDG folders on Linux (it spares
every command platformdirs' import) names the folders platformdirs names."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from briefing.core import paths
from briefing.core.paths import APP_NAME, Paths

CASES = [
    {},
    {"XDG_DATA_HOME": "/x/data", "XDG_CONFIG_HOME": "/x/config/", "XDG_CACHE_HOME": "/x/cache"},
    {"XDG_DATA_HOME": "relative/data", "XDG_CONFIG_HOME": "", "XDG_CACHE_HOME": "~/cache"},
]


@pytest.mark.skipif(sys.platform != "linux", reason="the XDG folders are Linux's")
@pytest.mark.parametrize("home", ["/home/ana", "/home/ana/", "relative", None])
@pytest.mark.parametrize("xdg", CASES, ids=["none", "absolute", "relative"])
def test_the_user_folders_are_those_platformdirs_names(monkeypatch, home, xdg):
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "BRIEFING_HOME",
                 "ANDROID_DATA"):
        monkeypatch.delenv(name, raising=False)
    if home is None:
        monkeypatch.delenv("HOME", raising=False)
    else:
        monkeypatch.setenv("HOME", home)
    for name, value in xdg.items():
        monkeypatch.setenv(name, value)
    found = Paths.default()
    assert (found.data, found.config, found.cache) == (
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)))


def test_briefing_home_holds_everything(monkeypatch, tmp_path):
    monkeypatch.setenv("BRIEFING_HOME", str(tmp_path))
    found = Paths.default()
    assert found.data == found.config == tmp_path and found.cache_dir == tmp_path / "cache"
    assert found.library_file == tmp_path / "library.sqlite"


def test_a_plain_linux_start_does_not_import_platformdirs():
    import subprocess

    probe = ("import sys, os; os.environ.pop('BRIEFING_HOME', None); "
             "from briefing.core.paths import Paths; Paths.default(); "
             "print('platformdirs' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.strip() == str(sys.platform != "linux"), paths.__file__
