"""Copy the licences of the build machine's shared libraries that PyInstaller put in a bundle.

    python packaging/system_notices.py DIST/briefing     # run by packaging/build.sh on Linux

PyInstaller copies some system libraries into the Linux bundle (X11/xcb helpers, fontconfig,
freetype, glib, dbus, sqlite...). On a Debian or Ubuntu build machine each comes from a package
whose licence is /usr/share/doc/<package>/copyright: this finds the package of each library
(dpkg-query --search) and copies that file into _internal/resources/licenses/system/, with an
index (INDEX.txt: library → package, version). Elsewhere it does nothing and says so.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path


def _bundled_system_libraries(internal: Path) -> list[Path]:
    # Libraries of Python packages (PySide6/, lxml/...) live in their folders and have their
    # licences in NOTICES.txt; the system's land at the top of _internal/.
    return sorted(p for p in internal.iterdir()
                  if p.is_file() and ".so" in p.name and not p.name.startswith(("libpython",
                                                                                 "_", "base_library")))


def _package_of(name: str) -> tuple[str, str] | None:
    done = subprocess.run(["dpkg-query", "--search", f"*/{name}"], capture_output=True, text=True)
    if done.returncode != 0 or not done.stdout.strip():
        return None
    package = done.stdout.split(":", 1)[0].split(",")[0].strip()
    version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], capture_output=True,
                             text=True).stdout.strip()
    return package, version


def main(argv: list[str]) -> int:
    app = Path(argv[0])
    internal = app / "_internal"
    if shutil.which("dpkg-query") is None:
        print("system_notices: no dpkg here; the system libraries' licences are not copied")
        return 0
    target = internal / "resources" / "licenses" / "system"
    target.mkdir(parents=True, exist_ok=True)
    index, unknown = [], []
    for library in _bundled_system_libraries(internal):
        found = _package_of(library.name)
        if found is None:
            unknown.append(library.name)
            continue
        package, version = found
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        if copyright_file.is_file():
            shutil.copyfile(copyright_file, target / f"{package}.copyright")
        index.append(f"{library.name}  {package} {version}")
    lines = ["Shared libraries of the build machine in this bundle, the Debian package each came",
             "from, and that package's licence (<package>.copyright in this folder).", "",
             *index]
    if unknown:
        lines += ["", "Not from a Debian package (see NOTICES.txt): " + ", ".join(unknown)]
    (target / "INDEX.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"system_notices: {len(index)} libraries, "
          f"{len(list(target.glob('*.copyright')))} licences")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
