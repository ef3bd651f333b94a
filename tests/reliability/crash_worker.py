"""A stand-in for the app under test: edits a briefing as fast as a person could never type,
autosaving to the recovery file after each edit (as the GUI's timer does), saving the file
and exporting it now and then; it logs each edit once it is autosaved. The test kills it.

    python crash_worker.py DATA_DIR BRIEFING_FILE EXPORT_FILE
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from briefing.core.atomic import write_atomic
from briefing.core.documents import Briefing, Paragraph, Section
from briefing.core.documents import files as documents
from briefing.core.documents.recovery import Recovery
from briefing.export.blocks import Block, Properties, Rendered, Span
from briefing.export.docx_writer import write_docx


def main(data: Path, file: Path, export: Path) -> None:
    recovery = Recovery(data / "recovery")
    doc = Briefing(title="Crash test", template="briefing-note",
                   sections=[Section("summary", "Summary")])
    log = open(data / "log.txt", "a", buffering=1)
    n = 0
    while True:
        n += 1
        doc.insert("summary", Paragraph(f"edit {n} " + "x" * 200))
        recovery.save(doc, file)
        log.write(f"{n} {time.time():.3f}\n")
        if n % 7 == 0:
            documents.save(doc, file)
            log.write(f"saved {n}\n")
        if n % 11 == 0:
            blocks = [Block("paragraph", (Span(p.text),)) for p in doc.sections[0].items]
            rendered = Rendered(Properties(title="Crash"), "", "", "", blocks)
            write_atomic(export, write_docx(rendered))


if __name__ == "__main__":
    main(*(Path(a) for a in sys.argv[1:4]))
