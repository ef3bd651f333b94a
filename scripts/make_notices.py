"""Write resources/licenses/NOTICES.txt: Briefing's licence and a notice for everything it ships.

    .venv/bin/python scripts/make_notices.py           # rewrite NOTICES.txt
    .venv/bin/python scripts/make_notices.py --check   # exit 1 when NOTICES.txt is out of date

Three sources, in this order in the file:
1. ``resources/licenses/components.toml``: the parts that are not Python distributions
   (citeproc-js, the CSL styles and locales, QuickJS, Qt, Python itself);
2. licence files found beside any shipped resource (``LICENSE*``, ``COPYING*``, ``OFL*``,
   ``NOTICE*`` under resources/ and templates/, e.g. a font's OFL.txt), whole;
3. the Python distributions the app needs at run time, found from the installed ``briefing``
   distribution's requirements (not its test or build extras), each with its licence
   expression and the full text of the licence files it ships.

Run it from the environment the lock file installs (``scripts/bootstrap.sh``), after any change
of dependencies (``scripts/update-lock.sh`` does). It also refreshes PSF-2.0-Python.txt from the
interpreter running it, which is the one the desktop bundle is built with.
"""

from __future__ import annotations

import argparse
import importlib.metadata as metadata
import re
import sys
import tomllib
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from briefing.core import notices  # noqa: E402  (after the path: run as a script)

sys.path.insert(0, str(REPO / "scripts"))
import typst_crates  # noqa: E402

LICENSES = REPO / "resources" / "licenses"
LICENCE_FILE = re.compile(r"^(licen[cs]e|copying|notice|ofl)([-_.].*)?$", re.IGNORECASE)
RULE = "=" * 78


def runtime_distributions(root: str = "briefing") -> list[metadata.Distribution]:
    """``root``'s run-time requirements, recursively, as installed here (extras left out)."""
    environment = default_environment()
    found: dict[str, metadata.Distribution] = {}
    todo = [(root, frozenset())]
    while todo:
        name, extras = todo.pop()
        dist = metadata.distribution(name)
        key = _key(dist.metadata["Name"])
        if key in found and not extras:
            continue
        found[key] = dist
        for line in dist.requires or []:
            req = Requirement(line)
            if req.marker and not any(req.marker.evaluate({**environment, "extra": extra})
                                      for extra in (extras or {""})):
                continue
            todo.append((req.name, frozenset(req.extras)))
    found.pop(_key(root))
    return sorted(found.values(), key=lambda d: _key(d.metadata["Name"]))


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    if meta.get("License-Expression"):
        return meta["License-Expression"]
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) < 100:
        return text
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    return "; ".join(classifiers) or "see the licence files below"


def licence_files(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """(name, text) of the licence files the distribution ships in its metadata folder."""
    named = set(dist.metadata.get_all("License-File") or [])
    out = []
    for file in dist.files or []:
        parts = file.parts
        in_metadata = parts and parts[0].endswith((".dist-info", ".egg-info"))
        if not in_metadata:
            continue
        inner = "/".join(parts[1:])
        if inner in named or (len(parts) > 2 and parts[1] == "licenses") \
                or LICENCE_FILE.match(parts[-1]):
            path = Path(dist.locate_file(file))
            if path.is_file():
                out.append((inner, path.read_text(encoding="utf-8", errors="replace")))
    return sorted(out)


def found_beside_resources() -> list[Path]:
    found = []
    for top in ("resources", "templates"):
        for path in sorted((REPO / top).rglob("*")):
            if path.is_file() and LICENCE_FILE.match(path.name) and LICENSES not in path.parents:
                found.append(path)
    return found


# SPDX id (as Qt's attribution files give them) → the full text(s) in resources/licenses/.
QT_TEXTS = {"MIT": ["MIT.txt"], "BSD-2-Clause": ["BSD-2-Clause.txt"],
            "BSD-3-Clause": ["BSD-3-Clause.txt"], "CC0-1.0": ["CC0-1.0.txt"],
            "Apache-2.0": ["Apache-2.0.txt"], "Zlib": ["Zlib.txt"], "IJG": ["IJG.txt"],
            "Libpng": ["Libpng.txt"], "libpng-2.0": ["libpng-2.0.txt"], "HPND": ["HPND.txt"],
            "HPND-sell-variant": ["HPND-sell-variant.txt"],
            "LGPL-2.0-or-later": ["LGPL-2.0-or-later.txt"],
            "LicenseRef-BSD-3-Clause-with-PCRE2-Binary-Like-Packages-Exception":
                ["PCRE2-LICENCE.txt"],
            "LicenseRef-ICC-License": []}  # not obtainable here: docs/packaging.md


def qt_licence_ids(expression: str) -> list[str]:
    return [term for term in re.split(r"\s+(?:AND|OR)\s+", expression.strip("() "))]


def qt_third_party() -> list[dict]:
    return tomllib.loads((LICENSES / "qt-third-party.toml").read_text(encoding="utf-8"))[
        "component"]


def _qt_block() -> str:
    parts = qt_third_party()
    lines = [f"{len(parts)} components compiled into the Qt libraries and plugins shipped (Qt "
             "6.11.3 from PySide6-Essentials), as Qt's own qt_attribution.json files name them "
             "(resources/licenses/qt-third-party.toml says which file and commit was read). The "
             "full text of each licence is the file named, in this folder.", ""]
    for part in parts:
        texts = [t for spdx in qt_licence_ids(part["licence"]) for t in QT_TEXTS[spdx]]
        lines += [f"{part['name']}" + (f" {part['version']}" if part["version"] else ""),
                  f"    Licence: {part['licence']}"
                  + (f" (full text: {', '.join(texts)})" if texts else ""),
                  f"    Used in: {part['used_in']}"]
        lines += [f"    {line}" for line in part["copyright"]]
        if part.get("note"):
            lines.append(f"    {part['note']}")
        lines.append(f"    From: {part['source']}")
        lines.append("")
    return _block("Third-party code inside Qt", "\n".join(lines))


def _block(title: str, body: str) -> str:
    return f"{RULE}\n{title}\n{RULE}\n\n{body.strip()}\n"


def render() -> str:
    components = tomllib.loads((LICENSES / "components.toml").read_text(encoding="utf-8"))
    dists = runtime_distributions()
    beside = found_beside_resources()
    briefing = metadata.distribution("briefing")
    out = [
        f"Briefing {briefing.version}: licences and notices\n\n"
        "Briefing is free software under the MIT licence (below). It ships the parts listed\n"
        "here, each under its own licence. The full text of every licence named here is in\n"
        "the same folder as this file (resources/licenses/, in the app: briefing --licenses).\n"
        "Made by scripts/make_notices.py; do not edit by hand.\n",
        _block("Attribution (citeproc-js, CPAL-1.0 section 14 and Exhibit B)",
               f"Attribution Copyright Notice: {notices.ATTRIBUTION_COPYRIGHT}\n"
               f"Attribution Phrase: {notices.ATTRIBUTION_PHRASE}\n"
               f"Attribution URL: {notices.ATTRIBUTION_URL}"),
        _block("Briefing (MIT)", (REPO / "LICENSE").read_text(encoding="utf-8")),
    ]
    summary = [f"{'Part':<32} {'Version':<14} Licence"]
    for part in components["component"]:
        summary.append(f"{part['name']:<32} {'(below)':<14} {part['licence'].split(' (')[0]}")
    for dist in dists:
        summary.append(f"{dist.metadata['Name']:<32} {dist.version:<14} {licence_of(dist)}")
    for path in beside:
        summary.append(f"{path.parent.relative_to(REPO).as_posix() + '/':<32} {'':<14} "
                       f"{path.name}")
    out.append(_block("What Briefing ships", "\n".join(summary)))
    for part in components["component"]:
        lines = [f"Version: {part['version']}", f"Where: {part['where']}",
                 f"Copyright: {part['copyright']}", f"Licence: {part['licence']}",
                 f"Full texts: {', '.join(part['texts'])}", f"Home: {part['url']}"]
        body = "\n".join(lines) + "\n\n" + part["about"]
        if part.get("notice"):
            notice = (REPO / part["notice"]).read_text(encoding="utf-8")
            body += f"\n\nIts notice ({part['notice']}):\n\n{notice}"
        out.append(_block(part["name"], body))
    out.append(_qt_block())
    out.append(typst_crates.render().strip("\n").removeprefix(RULE + "\n"))
    for path in beside:
        where = path.relative_to(REPO).as_posix()
        out.append(_block(f"Licence found beside shipped files: {where}",
                          path.read_text(encoding="utf-8", errors="replace")))
    for dist in dists:
        name, version = dist.metadata["Name"], dist.version
        home = dist.metadata.get("Home-page") or next(
            (u.split(",", 1)[1].strip() for u in dist.metadata.get_all("Project-URL") or []
             if u.lower().startswith(("source", "homepage", "repository"))), "")
        body = f"Licence: {licence_of(dist)}\nHome: {home or 'n/a'}\n"
        files = licence_files(dist)
        for file_name, text in files:
            body += f"\n--- {file_name} ---\n\n{text.strip()}\n"
        if not files:
            body += "\n(The distribution ships no licence file; its licence is named above.)\n"
        out.append(_block(f"Python package {name} {version}", body))
    return "\n\n".join(out)


def missing_texts() -> list[str]:
    components = tomllib.loads((LICENSES / "components.toml").read_text(encoding="utf-8"))
    names = [name for part in components["component"] for name in part["texts"]]
    names += [t for part in qt_third_party() for spdx in qt_licence_ids(part["licence"])
              for t in QT_TEXTS[spdx]]
    names += [t for crate in typst_crates.crates()
              for t in typst_crates.texts_of(typst_crates.choose(typst_crates.expression(crate)))]
    return sorted({name for name in names if not (LICENSES / name).is_file()})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 when NOTICES.txt differs from what would be written")
    args = parser.parse_args(argv)
    if typst_crates.missing():
        print("Rust crates in Typst with no copyright line in typst-crates.toml: "
              + ", ".join(typst_crates.missing()) + " (run scripts/typst_crates.py --collect)",
              file=sys.stderr)
        return 1
    if missing_texts():
        print(f"missing licence texts in {LICENSES}: {', '.join(missing_texts())}",
              file=sys.stderr)
        return 1
    text = render()
    target = LICENSES / notices.NOTICES
    if args.check:
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current != text:
            print(f"{target.relative_to(REPO)} is out of date: run "
                  ".venv/bin/python scripts/make_notices.py", file=sys.stderr)
            return 1
        return 0
    python_licence = Path(sys.base_prefix) / "lib" / f"python{sys.version_info.major}." \
        f"{sys.version_info.minor}" / "LICENSE.txt"
    if python_licence.is_file():
        (LICENSES / "PSF-2.0-Python.txt").write_bytes(python_licence.read_bytes())
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target.relative_to(REPO)} ({len(text):,} characters)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
