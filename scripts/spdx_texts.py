"""Copy full licence texts from the SPDX licence list into resources/licenses/<id>.txt.

    npm pack spdx-license-list && tar xzf spdx-license-list-*.tgz
    .venv/bin/python scripts/spdx_texts.py package/spdx-full.json MIT BSD-3-Clause ...

The texts are the SPDX licence list's (the npm package ``spdx-license-list``, which carries the
list's ``licenseText`` for each id; its version is read from its package.json beside the file).
Each copy is recorded in resources/licenses/texts-sources.toml, so nobody types a licence from
memory. An existing file is left alone (the ones there before came from the projects' own
copies, see that file).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LICENSES = REPO / "resources" / "licenses"
SOURCES = LICENSES / "texts-sources.toml"


def main(argv: list[str]) -> int:
    full = Path(argv[0])
    version = json.loads((full.parent / "package.json").read_text())["version"]
    data = json.loads(full.read_text(encoding="utf-8"))
    record = SOURCES.read_text(encoding="utf-8") if SOURCES.exists() else ""
    for spdx_id in argv[1:]:
        target = LICENSES / f"{spdx_id}.txt"
        if target.exists():
            print(f"{target.name}: there already, left alone")
            continue
        target.write_text(data[spdx_id]["licenseText"].strip() + "\n", encoding="utf-8")
        record += (f'\n["{target.name}"]\nsource = "SPDX licence list, licenseText of '
                   f'{spdx_id} (npm package spdx-license-list {version})"\n'
                   f'url = "{data[spdx_id]["url"]}"\n')
        print(f"wrote {target.name}")
    SOURCES.write_text(record, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
