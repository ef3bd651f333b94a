"""Shared test set-up: headless Qt, a private data folder, the real bundled library."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

# Qt must never look for a screen in tests; set before anything imports Qt.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

# No network, in this process and in every process the tests start: tests/nonet holds a
# sitecustomize that refuses network sockets.
NONET = Path(__file__).resolve().parent / "nonet"
os.environ["PYTHONPATH"] = os.pathsep.join(
    [str(NONET)] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p])
sys.path.insert(0, str(NONET))
import pytest  # noqa: E402
import sitecustomize  # noqa: E402,F401  (the test process itself)

from briefing.core.library import Library  # noqa: E402
from briefing.core.library.bundle import load_bundle  # noqa: E402
from briefing.core.paths import Paths, resources_dir, templates_dir  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory, monkeypatch):
    """Every test gets its own empty user-data folder: nothing touches the real one."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("BRIEFING_HOME", str(home))
    return home


@pytest.fixture
def paths(private_home) -> Paths:
    return Paths(data=private_home, config=private_home, resources=resources_dir(),
                 templates=templates_dir())


@pytest.fixture(scope="session")
def processors():
    """The citation processors, shared by the whole run as the app shares them between its
    exports (engines and results kept; nothing on disk)."""
    from briefing.core.citations import Processors

    made = Processors(resources_dir() / "csl")
    yield made
    made.close()


@pytest.fixture(scope="session")
def bundle():
    return load_bundle(resources_dir() / "library")


@pytest.fixture(scope="session")
def built_library(tmp_path_factory, bundle) -> Path:
    """The bundled library built once for the run (65 ms a build); tests get copies."""
    path = tmp_path_factory.mktemp("built") / "library.sqlite"
    Library.open(path, bundle).close()  # (closing checkpoints the WAL: the file is whole)
    return path


@pytest.fixture
def library(tmp_path, bundle, built_library):
    """A library of the test's own, as Library.open builds it from the bundle (a copy of the
    one built for the run: ~2 ms instead of ~65 ms)."""
    path = tmp_path / "library.sqlite"
    shutil.copyfile(built_library, path)
    lib = Library.open(path, bundle)
    yield lib
    lib.close()
