"""The notices of the Rust crates compiled into Typst, from the typst wheel's CycloneDX SBOM.

    .venv/bin/python scripts/typst_crates.py --collect   # refresh typst-crates.toml (see below)

``render()`` (used by scripts/make_notices.py) lists every crate of the installed SBOM with the
licence Briefing uses it under and, for the licences that ask for it (MIT, BSD, ISC, Zlib,
Unicode-3.0, MPL-2.0...), the crate's copyright lines from resources/licenses/typst-crates.toml.
The licence texts themselves are the files in resources/licenses/ (``TEXTS``).

Choice: a crate offered under several licences is used under Apache-2.0 where it is offered
(one full text for all of them), else MIT, else CC0-1.0, else the first offered.

``--collect`` fills typst-crates.toml for crates whose licence asks for a copyright line and
that have none yet: from the crate's own LICENSE files in Debian's ``librust-<crate>-dev``
package (``apt-get download`` + ``dpkg-deb -x``; the Debian version may differ from the SBOM's,
it is recorded), else from the SBOM's ``author`` field, marked so. crates.io cannot be reached
from the machine this was written on; ``cargo about`` over typst-py's lock would do better.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import tomllib
from importlib import metadata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LICENSES = REPO / "resources" / "licenses"
DATA = LICENSES / "typst-crates.toml"
PREFERENCE = ("Apache-2.0", "MIT", "CC0-1.0")
TEXTS = {"Apache-2.0": "Apache-2.0.txt", "MIT": "MIT.txt", "BSD-2-Clause": "BSD-2-Clause.txt",
         "BSD-3-Clause": "BSD-3-Clause.txt", "ISC": "ISC.txt", "Zlib": "Zlib.txt",
         "Unicode-3.0": "Unicode-3.0.txt", "MPL-2.0": "MPL-2.0.txt", "CC0-1.0": "CC0-1.0.txt",
         "Unlicense": "Unlicense.txt", "LLVM-exception": "LLVM-exception.txt"}
# Licences that let the work be passed on without naming its authors.
NO_NOTICE = {"Apache-2.0", "CC0-1.0", "Unlicense", "Apache-2.0 WITH LLVM-exception"}
RULE = "=" * 78


def sbom_path() -> Path:
    dist = metadata.distribution("typst")
    (found,) = [f for f in dist.files if f.name.endswith(".cyclonedx.json")]
    return Path(dist.locate_file(found))


def crates() -> list[dict]:
    sbom = json.loads(sbom_path().read_text(encoding="utf-8"))
    return sorted(sbom["components"], key=lambda c: (c["name"], c["version"]))


def expression(crate: dict) -> str:
    return " ".join(crate["licenses"][0]["expression"].split())


def choose(expr: str) -> list[str]:
    """The licence(s) used, as SPDX terms ANDed together: ``["Apache-2.0", "Unicode-3.0"]``."""
    out = []
    for term in re.split(r"\s+AND\s+", expr):
        options = [o.strip() for o in term.strip("() ").split(" OR ")]
        out.append(next((p for p in PREFERENCE if p in options), options[0]))
    return out


def texts_of(chosen: list[str]) -> list[str]:
    names = []
    for term in chosen:
        for part in term.split(" WITH "):
            names.append(TEXTS[part])
    return names


def needs_notice(chosen: list[str]) -> bool:
    return any(term not in NO_NOTICE for term in chosen)


def load_data() -> dict:
    return tomllib.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}


def missing(data: dict | None = None) -> list[str]:
    """Crates of the installed SBOM that need a copyright line and have no entry."""
    data = load_data() if data is None else data
    return [f"{c['name']} {c['version']}" for c in crates()
            if needs_notice(choose(expression(c))) and not data.get(c["name"], {}).get("copyright")]


def render() -> str:
    data = load_data()
    rows, by_licence = [], {}
    for crate in crates():
        chosen = choose(expression(crate))
        used = " AND ".join(chosen)
        rows.append(f"{crate['name']} {crate['version']}: {expression(crate)}"
                    + (f" (used under {used})" if used != expression(crate) else ""))
        if needs_notice(chosen):
            for term in chosen:
                if term not in NO_NOTICE:
                    by_licence.setdefault(term, []).append(crate)
    body = [
        f"The typst package is built from the {len(rows)} Rust crates its CycloneDX SBOM lists "
        "(typst-py.cyclonedx.json, shipped with it). Each is named here with its licence. A crate "
        "offered under several licences is used under Apache-2.0 where that is offered (its full "
        "text, Apache-2.0.txt, once for all of them), else under MIT. For every licence that asks "
        "for the copyright notice to be kept, the crates under it follow with their copyright "
        "lines, then that licence's full text is the file named. Copyright lines come from each "
        "crate's own licence file (Debian's librust-*-dev package, version noted) or, where none "
        "could be had, from the crate's author field in the SBOM (marked \"SBOM author\").",
        "", *rows]
    out = [f"{RULE}\nRust crates compiled into Typst: each crate and its licence\n{RULE}\n\n" + "\n".join(body)]
    for licence, group in sorted(by_licence.items()):
        lines = [f"Full text: {', '.join(texts_of([licence]))} (in this folder; printed below by "
                 "briefing --licenses)", ""]
        for crate in group:
            entry = data.get(crate["name"], {})
            lines.append(f"{crate['name']} {crate['version']} ({entry.get('source', 'n/a')}):")
            lines += [f"    {line}" for line in entry.get("copyright", [])]
        out.append(f"{RULE}\nRust crates in Typst under {licence}: copyright notices\n{RULE}\n\n"
                   + "\n".join(lines))
    return "\n\n\n".join(out) + "\n"


COPYRIGHT = re.compile(r"^\s*(copyright\s*(\(c\)|©|\d)|\(c\)\s*\d|©).*", re.IGNORECASE)


def _from_debian(name: str) -> tuple[list[str], str] | None:
    package = f"librust-{name.replace('_', '-').lower()}-dev"
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(["apt-get", "download", package], cwd=tmp, capture_output=True,
                              text=True, timeout=120)
        debs = list(Path(tmp).glob("*.deb"))
        if done.returncode or not debs:
            return None
        version = debs[0].name.split("_")[1]
        subprocess.run(["dpkg-deb", "-x", str(debs[0]), str(Path(tmp) / "x")], check=True)
        lines = []
        for path in sorted((Path(tmp) / "x").rglob("*")):
            if path.is_file() and re.match(r"(?i)^(licen[cs]e|copying|copyright)", path.name) \
                    and "/usr/share/doc/" not in path.as_posix():
                for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                    if COPYRIGHT.match(line) and "copyright notice" not in line.lower() \
                            and "copyright holder" not in line.lower() \
                            and "[yyyy]" not in line.lower() and "<year>" not in line.lower() \
                            and line.strip() not in lines:
                        lines.append(line.strip())
        if not lines:
            return None
        return lines, f"Debian {package} {version}, its licence files"


def collect() -> int:
    data = load_data()
    for crate in crates():
        name = crate["name"]
        if not needs_notice(choose(expression(crate))) or data.get(name, {}).get("copyright"):
            continue
        found = _from_debian(name)
        if found is None and crate.get("author"):
            found = ([f"Copyright (c) the {name} authors: {crate['author']}"],
                     "SBOM author (no licence file could be read)")
        if found is None:
            found = ([f"Copyright (c) the {name} authors"],
                     "neither a licence file nor an SBOM author: the crate's name only")
        data[name] = {"copyright": found[0], "source": found[1]}
        print(f"{name}: {found[1]}")
    lines = ["# Copyright lines of the Rust crates in Typst whose licence asks for them to be kept",
             "# (MIT, BSD, ISC, Zlib, Unicode-3.0, MPL-2.0). Made by scripts/typst_crates.py",
             "# --collect; a hand correction stays (the script only adds crates it lacks).", ""]
    for name in sorted(data):
        lines.append(f"[{json.dumps(name)}]")
        lines.append(f"copyright = {json.dumps(data[name]['copyright'], ensure_ascii=False)}")
        lines.append(f"source = {json.dumps(data[name]['source'], ensure_ascii=False)}")
        lines.append("")
    DATA.write_text("\n".join(lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    if sys.argv[1:] == ["--collect"]:
        raise SystemExit(collect())
    print(render())
