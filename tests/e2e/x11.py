"""A real X session for end-to-end tests and screenshots: Xvfb, the openbox window manager,
and xdotool for keys typed as a person types them.

The display number is the first free one of ``BRIEFING_TEST_DISPLAYS`` (a range such as
"40-49", the default), so runs side by side do not meet.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

TOOLS = ("Xvfb", "openbox", "xdotool")


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def _displays() -> range:
    low, _, high = os.environ.get("BRIEFING_TEST_DISPLAYS", "40-49").partition("-")
    return range(int(low), int(high or low) + 1)


class XSession:
    """``with XSession() as x:`` an X server with a window manager; ``x.env`` for programs."""

    def __init__(self, size: str = "1366x768"):
        self.size = size
        self.display: str | None = None
        self._processes: list[subprocess.Popen] = []

    def __enter__(self) -> XSession:
        for number in _displays():
            if Path(f"/tmp/.X{number}-lock").exists() or Path(f"/tmp/.X11-unix/X{number}").exists():
                continue
            server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", f"{self.size}x24",
                                       "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL)
            if self._wait_for_server(number, server):
                self.display = f":{number}"
                self._processes.append(server)
                break
            server.kill()
            server.wait()
        if self.display is None:
            raise RuntimeError(f"no free X display in {_displays()}")
        manager = subprocess.Popen(["openbox", "--sm-disable"], env=self.env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self._processes.append(manager)
        time.sleep(0.5)  # the window manager takes over the screen
        return self

    def _wait_for_server(self, number: int, server: subprocess.Popen) -> bool:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if server.poll() is not None:
                return False  # the number was taken after all
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                done = subprocess.run(["xdotool", "getdisplaygeometry"], capture_output=True,
                                      env=dict(os.environ, DISPLAY=f":{number}"), check=False)
                if done.returncode == 0:
                    return True
            time.sleep(0.1)
        return False

    @property
    def env(self) -> dict[str, str]:
        env = dict(os.environ, DISPLAY=self.display or "", QT_QPA_PLATFORM="xcb")
        env.pop("WAYLAND_DISPLAY", None)
        return env

    def __exit__(self, *exc) -> None:
        for process in reversed(self._processes):
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    # ---- xdotool ------------------------------------------------------------------------------

    def xdotool(self, *args: str, timeout: float = 30) -> str:
        done = subprocess.run(["xdotool", *args], capture_output=True, text=True, env=self.env,
                              timeout=timeout, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"xdotool {' '.join(args)} failed: {done.stderr.strip()}")
        return done.stdout.strip()

    def wait_window(self, name: str, timeout: float = 60) -> str:
        """The id of a visible window whose title contains ``name`` (waits for it)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            done = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", name],
                                  capture_output=True, text=True, env=self.env, check=False)
            ids = done.stdout.split()
            if ids:
                return ids[-1]
            time.sleep(0.2)
        raise TimeoutError(f"no window named {name!r} within {timeout} s")

    def activate(self, window: str) -> None:
        self.xdotool("windowactivate", "--sync", window)
        self.xdotool("windowfocus", "--sync", window)

    def type(self, text: str, delay_ms: int = 120) -> None:
        """Type ``text`` with ``delay_ms`` between keys, as a person would."""
        self.xdotool("type", "--delay", str(delay_ms), "--", text,
                     timeout=30 + len(text) * delay_ms / 1000 * 2)

    def key(self, *keys: str, delay_ms: int = 150) -> None:
        self.xdotool("key", "--delay", str(delay_ms), *keys)

    def screenshot(self, target: Path) -> Path:
        """The whole screen as a PNG (ImageMagick's import)."""
        subprocess.run(["import", "-window", "root", str(target)], env=self.env, check=True,
                       timeout=30)
        return target
