"""Compare PDF engines on the same briefings: Typst (the app's), LibreOffice converting the
app's Word file, and — given an old checkout — the Qt path the app used before issue 17.

    .venv/bin/python -m benchmarks.pdf_engines [--qt-checkout DIR] [--citations 500]

`--qt-checkout` is a tree of the last commit with the Qt writer (briefing/gui/pdf_writer.py),
e.g. ``mkdir /tmp/qt && git archive 70f52e3 | tar -x -C /tmp/qt``. Each engine runs in
processes of its own; times are wall clock, first export in a fresh process and the same
briefing again in it; sizes in bytes; accessibility read back with pdfinfo and pypdf.
Prints a Markdown table (docs/pdf.md quotes it).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

_SCRIPT = r"""
import json, os, resource, sys, time
sys.path.insert(0, sys.argv[1])
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from benchmarks.worker import make_briefing
from briefing.cli import Context
from briefing.core.paths import Paths
from briefing.export.pipeline import Exporter, ExportSettings
library, citations, fmt, out = sys.argv[2], int(sys.argv[3]), sys.argv[4], Path(sys.argv[5])
if fmt == "pdf" and "qt" in sys.argv[6:]:
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication(["bench"])
lib, briefing = make_briefing(library, citations=citations)
context = Context(Paths.default())
exporter = Exporter(context.templates(), context.styles(), lib,
                    **({"processors": context.processors()} if hasattr(context, "processors") else {}))
times = []
for _ in range(2):
    t = time.perf_counter()
    exporter.export(briefing, out, ExportSettings(format=fmt))
    times.append(time.perf_counter() - t)
child = getattr(getattr(getattr(exporter, "_pdf", None), "typesetter", None), "last_rss_mb", 0)
print(json.dumps({"first": times[0], "again": times[1], "bytes": out.stat().st_size,
                  "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "child_rss": child}))
"""


def _run(checkout: Path, library: str, citations: int, fmt: str, out: Path, *flags) -> dict:
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    result = subprocess.run([sys.executable, "-c", _SCRIPT, str(checkout), library,
                             str(citations), fmt, str(out), *flags],
                            capture_output=True, text=True, timeout=1800, env=env,
                            cwd=checkout, check=False)
    if result.returncode:
        raise RuntimeError(result.stderr[-2000:])
    return json.loads(result.stdout.strip().splitlines()[-1])


def _facts(pdf: Path) -> dict:
    from pypdf import PdfReader

    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout
    rows = fonts.splitlines()[2:]
    reader = PdfReader(pdf)
    root = reader.trailer["/Root"]
    content = b"".join(p.get_contents().get_data() for p in reader.pages[:3] if p.get_contents())
    return {
        "pages": int(re.search(r"Pages:\s+(\d+)", info)[1]),
        "tagged": "Tagged:          yes" in info,
        "lang": str(root.get("/Lang", "—")),
        "span_lang": bool(re.search(rb"/Lang\s*\((de|zh)", content)),
        "bookmarks": len(reader.outline) > 0,
        "fonts": len(rows),
        "embedded": all(r.split()[-5] == "yes" for r in rows) if rows else False,
        "families": sorted({r.split()[0].split("+")[-1].split("-")[0] for r in rows}),
    }


def _schema_3(path: str) -> None:
    """Take a library copy back to schema 3 (before title_translated) for an old checkout."""
    import sqlite3

    connection = sqlite3.connect(path)
    with connection:
        if connection.execute("PRAGMA user_version").fetchone()[0] == 4:
            connection.execute("ALTER TABLE sources DROP COLUMN title_translated")
            connection.execute("PRAGMA user_version = 3")
    connection.close()


def _office(docx: Path, folder: Path, tagged: bool) -> tuple[Path, float]:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    target = "pdf"
    if tagged:
        target = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"},' \
                 '"PDFUACompliance":{"type":"boolean","value":"true"}}'
    t = time.perf_counter()
    subprocess.run([office, f"-env:UserInstallation=file://{folder}/lo", "--headless",
                    "--convert-to", target, "--outdir", str(folder), str(docx)],
                   check=True, capture_output=True, timeout=1800)
    return docx.with_suffix(".pdf"), time.perf_counter() - t


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--qt-checkout", type=Path)
    parser.add_argument("--citations", type=int, default=500)
    args = parser.parse_args(argv)
    from benchmarks import generate

    folder = Path(tempfile.mkdtemp(prefix="pdf-engines-"))
    # Each side gets its own copy: opening migrates a library to the app's schema, which an
    # older checkout would then refuse to read.
    cached = generate.library_path(10000, quiet=True)
    library, old_library = str(folder / "library.sqlite"), str(folder / "old-library.sqlite")
    shutil.copy(cached, library)
    shutil.copy(cached, old_library)
    _schema_3(old_library)
    rows = []
    typst = _run(REPO, library, args.citations, "pdf", folder / "typst.pdf")
    rows.append(("Typst (the app)", typst["first"], typst["again"], typst["bytes"],
                 max(typst["rss"], typst["child_rss"]), _facts(folder / "typst.pdf")))
    word = _run(REPO, library, args.citations, "docx", folder / "word.docx")
    if shutil.which("soffice") or shutil.which("libreoffice"):
        for tagged in (False, True):
            sub = folder / ("lo-tagged" if tagged else "lo")
            sub.mkdir()
            docx = sub / "word.docx"
            shutil.copy(folder / "word.docx", docx)
            pdf, seconds = _office(docx, sub, tagged)
            label = "LibreOffice 7.4, tagged PDF/UA" if tagged else "LibreOffice 7.4, default"
            rows.append((label, word["first"] + seconds, None, pdf.stat().st_size, None,
                         _facts(pdf)))
    if args.qt_checkout:
        qt = _run(args.qt_checkout, old_library, args.citations, "pdf", folder / "qt.pdf", "qt")
        rows.append(("Qt (before issue 17)", qt["first"], qt["again"], qt["bytes"], qt["rss"],
                     _facts(folder / "qt.pdf")))
    print(f"{args.citations} citations; Word export for reference: first {word['first']:.2f} s, "
          f"again {word['again']:.2f} s, {word['bytes']:,} bytes\n")
    print("| engine | first export (s) | same again (s) | bytes | pages | peak RSS (MB) | "
          "tagged | /Lang | span languages | bookmarks | fonts embedded |")
    print("|---|---:|---:|---:|---:|---:|---|---|---|---|---|")
    for name, first, again, size, rss, facts in rows:
        print(f"| {name} | {first:.2f} | {'—' if again is None else f'{again:.2f}'} | "
              f"{size:,} | {facts['pages']} | {'—' if rss is None else f'{rss:.0f}'} | "
              f"{'yes' if facts['tagged'] else 'no'} | {facts['lang']} | "
              f"{'yes' if facts['span_lang'] else 'no'} | {'yes' if facts['bookmarks'] else 'no'} "
              f"| {'all' if facts['embedded'] else 'not all'} ({', '.join(facts['families'])}) |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
