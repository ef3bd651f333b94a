"""Where things live: the bundled resources and templates, and the user's data.

From a checkout, ``resources/`` and ``templates/`` sit beside the package; in an
installed wheel they sit inside it; in a PyInstaller bundle (``sys.frozen``) they
sit in the bundle's data folder (``sys._MEIPASS``) or beside the executable.
Nothing is cached at module level: callers build a :class:`Paths` and pass it on.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "Briefing"
_PACKAGE = Path(__file__).resolve().parent.parent


def _frozen_dirs() -> list[Path]:
    """A PyInstaller bundle's data folder, then the executable's own folder."""
    if not getattr(sys, "frozen", False):
        return []
    folders = [Path(sys.executable).resolve().parent]
    if getattr(sys, "_MEIPASS", None):
        folders.insert(0, Path(sys._MEIPASS))
    return folders


def _bundled(name: str) -> Path:
    for folder in _frozen_dirs():  # PyInstaller bundle layout
        if (folder / name).is_dir():
            return folder / name
    inside = _PACKAGE / name  # wheel layout
    if inside.is_dir():
        return inside
    return _PACKAGE.parent / name  # checkout layout


def resources_dir() -> Path:
    return _bundled("resources")


def templates_dir() -> Path:
    return _bundled("templates")


def _user_dirs() -> tuple[Path, Path, Path]:
    """The user's data, config and cache folders for Briefing, as platformdirs names them.

    On Linux (the XDG base directories: ``$XDG_DATA_HOME`` or ``~/.local/share`` and so on)
    they are worked out here: importing platformdirs takes its tempfile, random and shutil
    with it, 5-10 ms of every ``briefing`` command's start. Anything less plain (Windows,
    macOS, Android, a HOME that is not an absolute path) asks platformdirs.
    tests/test_paths.py checks that both agree."""
    home = os.environ.get("HOME", "")
    if sys.platform == "linux" and "ANDROID_DATA" not in os.environ and os.path.isabs(home):
        def xdg(variable: str, default: str) -> Path:
            value = os.environ.get(variable, "")
            return Path(value if os.path.isabs(value) else os.path.join(home, default), APP_NAME)

        return (xdg("XDG_DATA_HOME", ".local/share"), xdg("XDG_CONFIG_HOME", ".config"),
                xdg("XDG_CACHE_HOME", ".cache"))
    import platformdirs

    return (Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)))


@dataclass(frozen=True)
class Paths:
    """The folders one run of the app uses."""

    data: Path  # the user's library, backups, recovery files
    config: Path  # user templates and citation styles
    resources: Path
    templates: Path
    cache: Path | None = None  # what can be made again (citation results); None: data/cache

    @classmethod
    def default(cls) -> Paths:
        # BRIEFING_HOME puts all user data in one folder (tests, portable installs).
        home = os.environ.get("BRIEFING_HOME")
        if home:
            data = config = Path(home)
            cache = None
        else:
            data, config, cache = _user_dirs()
        return cls(data=data, config=config, resources=resources_dir(), templates=templates_dir(),
                   cache=cache)

    @property
    def cache_dir(self) -> Path:
        return self.cache if self.cache is not None else self.data / "cache"

    @property
    def citation_results(self) -> Path:
        """Finished citation results kept between runs (briefing.core.citations.results)."""
        return self.cache_dir / "citations"

    @property
    def library_file(self) -> Path:
        return self.data / "library.sqlite"

    @property
    def bundled_library(self) -> Path:
        return self.resources / "library"

    @property
    def user_templates(self) -> Path:
        return self.config / "templates"

    @property
    def user_styles(self) -> Path:
        return self.config / "csl"
