#!/usr/bin/env python3
"""Make the README's export pictures: page 1 of a sample briefing exported to Word and
rendered by LibreOffice (as a reader would see it), and page 1 of the same briefing
exported to PDF, both rasterised by poppler:

    docs/images/export-page-1.png      the Word export (LibreOffice)
    docs/images/export-pdf-page-1.png  the PDF export

    .venv/bin/python scripts/render_sample.py

Needs soffice and pdftoppm (scripts/debian-packages.txt). Uses a throwaway library.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "docs" / "images" / "export-page-1.png"
OUT_PDF = REPO / "docs" / "images" / "export-pdf-page-1.png"


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env = {**os.environ, "BRIEFING_HOME": str(work / "home"), "HOME": str(work)}

        def cli(*args):
            subprocess.run([sys.executable, "-m", "briefing", *args], check=True, env=env,
                           cwd=REPO, stdout=subprocess.DEVNULL)

        doc = work / "sample.briefing"
        cli("new", "-o", str(doc), "--template", "briefing-note",
            "--title", "US–China competition in AI after WAIC 2025",
            "--subtitle", "Export controls, governance and alliances",
            "--author", "A. Officer", "--organisation", "Technology Policy Unit",
            "--contact", "A. Officer, ext. 1234", "--date", "2025-08-01",
            "--reference", "TPU-2025-017", "--audience", "The Minister",
            "--action-sought", "For information", "--classification", "Official")
        cli("add-text", str(doc), "--section", "summary",
            "Both governments released AI action plans within days of each other; the "
            "contest is shifting from chips to rules and alliances.")
        cli("add", str(doc), "--section", "issue", "merics-ilr-04", "merics-ilr-03")
        cli("add", str(doc), "--section", "background", "merics-ilr-11", "merics-ilr-15",
            "merics-ilr-16", "dn-waic-06", "dn-waic-19",
            "--comment", "Figures are as reported by the outlet; see note 6.")
        docx = work / "sample.docx"
        cli("export", str(doc), "-o", str(docx))
        cli("export", str(doc), "-o", str(work / "typeset.pdf"))
        office = shutil.which("soffice") or shutil.which("libreoffice")
        subprocess.run([office, f"-env:UserInstallation=file://{work}/lo", "--headless",
                        "--convert-to", "pdf", "--outdir", str(work), str(docx)], check=True,
                       env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        OUT.parent.mkdir(parents=True, exist_ok=True)
        for pdf, target in (("sample.pdf", OUT), ("typeset.pdf", OUT_PDF)):
            subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", "-singlefile",
                            str(work / pdf), str(work / "page")], check=True)
            shutil.copy(work / "page.png", target)
            print(f"wrote {target.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
