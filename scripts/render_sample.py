#!/usr/bin/env python3
"""Make the README's export pictures: page 1 of a sample briefing exported to Word and
rendered by LibreOffice (as a reader would see it), and page 1 of the same briefing
exported to PDF, both rasterised by poppler; the same for a German Leitungsvorlage (its
first page and its last, with the decision box and the Zeichnungsleiste):

    docs/images/export-page-1.png         the Word export (LibreOffice)
    docs/images/export-pdf-page-1.png     the PDF export
    docs/images/export-de-page-1.png      the German Leitungsvorlage in Word (LibreOffice)
    docs/images/export-de-pdf-page-1.png  ... as a PDF
    docs/images/export-de-pdf-last.png    ... its last page, as a PDF

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
OUT_DE = REPO / "docs" / "images" / "export-de-page-1.png"
OUT_DE_PDF = REPO / "docs" / "images" / "export-de-pdf-page-1.png"
OUT_DE_LAST = REPO / "docs" / "images" / "export-de-pdf-last.png"


def german(cli, work: Path) -> Path:
    """A Leitungsvorlage as a Referat would write it, from the bundled claims (their
    German statements and notes), classified VS-NUR FÜR DEN DIENSTGEBRAUCH."""
    doc = work / "vorlage.briefing"
    cli("new", "-o", str(doc), "--template", "leitungsvorlage",
        "--title", "Wettbewerb zwischen den USA und China um Künstliche Intelligenz nach der "
                   "WAIC 2025",
        "--subtitle", "Ihre Bitte vom 30. Juli 2025 um eine Einschätzung",
        "--author", "Dr. A. Beispiel", "--organisation", "Referat 512 – Technologiepolitik",
        "--contact", "Tel. 1234", "--date", "2025-08-04", "--reference", "512-05100/3#7",
        "--audience", "Herrn Minister über Frau Staatssekretärin Dr. Muster, Herrn AL 5",
        "--action-sought", "Zur Billigung bis 8. August 2025",
        "--classification", "VS-Nur für den Dienstgebrauch")
    cli("add-text", str(doc), "--section", "votum",
        "Billigung des unter IV. vorgeschlagenen Vorgehens.")
    cli("add", str(doc), "--section", "sachverhalt", "dn-waic-03", "merics-ilr-04",
        "dn-waic-05", "merics-ilr-11", "merics-ilr-15", "dn-waic-06")
    cli("add", str(doc), "--section", "bewertung", "merics-ilr-10", "merics-ilr-12",
        "--comment", "Das Referat teilt diese Einschätzung nur zum Teil: Die Zahlen zu den "
                     "Exportkontrollen sind die des Berichts und nicht unabhängig bestätigt.")
    cli("add-text", str(doc), "--section", "vorschlag",
        "Es wird vorgeschlagen, die Ressortabstimmung zur KI-Governance bis Ende September "
        "2025 abzuschließen und die Position der Bundesregierung vor der nächsten Sitzung des "
        "Rates der EU abzustimmen.")
    cli("add-text", str(doc), "--section", "beteiligung",
        "Die Referate 511 und 513 haben mitgezeichnet; das BMWK (Referat VI B 2) wurde "
        "beteiligt.")
    return doc


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
        vorlage = german(cli, work)
        cli("export", str(vorlage), "-o", str(work / "vorlage.docx"))
        cli("export", str(vorlage), "-o", str(work / "vorlage-typeset.pdf"))
        office = shutil.which("soffice") or shutil.which("libreoffice")
        for made in (docx, work / "vorlage.docx"):
            subprocess.run([office, f"-env:UserInstallation=file://{work}/lo", "--headless",
                            "--convert-to", "pdf", "--outdir", str(work), str(made)],
                           check=True, env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, timeout=180)
        OUT.parent.mkdir(parents=True, exist_ok=True)
        for pdf, page, target in (("sample.pdf", 1, OUT), ("typeset.pdf", 1, OUT_PDF),
                                  ("vorlage.pdf", 1, OUT_DE),
                                  ("vorlage-typeset.pdf", 1, OUT_DE_PDF),
                                  ("vorlage-typeset.pdf", -1, OUT_DE_LAST)):
            if page == -1:
                info = subprocess.run(["pdfinfo", str(work / pdf)], check=True,
                                      capture_output=True, text=True).stdout
                page = int(next(line.split()[-1] for line in info.splitlines()
                                if line.startswith("Pages:")))
            subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", str(page), "-l", str(page),
                            "-singlefile", str(work / pdf), str(work / "page")], check=True)
            shutil.copy(work / "page.png", target)
            print(f"wrote {target.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
