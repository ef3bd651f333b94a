"""Fifty PDF exports of a large briefing in one process: no crash, no growth, the same bytes.

The Qt path this replaced crashed on the 8th export of a 325-page briefing
(``Fatal Python error: none_dealloc``); in-process Typst grew by ~300 MB with every
different large briefing. The typesetter's worker process is recycled instead. Each export
here is of a briefing changed since the last (a paragraph more), so Typst lays out every
one afresh rather than answering from what it remembers.
"""

from __future__ import annotations

import hashlib
import resource

import pytest

from briefing.core.documents import Briefing, Metadata, Paragraph, Section, cite
from briefing.export.pipeline import Exporter, ExportSettings
from briefing.export.typesetter import RECYCLE_MB

EXPORTS = 50

pytestmark = pytest.mark.timeout(600)  # a hang fails instead of never ending


def _rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 1e6


@pytest.fixture
def large(context, library):
    """Every bundled claim three times over (~200 notes, ~40 pages), with prose between."""
    template = context.templates().get("briefing-note")
    doc = Briefing(title="Soak", template=template.id,
                   metadata=Metadata(author="Soak", classification="Official", date="2025-08-01"),
                   sections=[Section(s.key, s.heading) for s in template.sections])
    claims = library.claims()
    keys = [s.key for s in template.sections]
    for round_ in range(3):
        for n, claim in enumerate(claims):
            key = keys[(n + round_) % len(keys)]
            doc.insert(key, cite(claim, library.source(claim.source_id),
                                 comment="Check with the desk." if n % 9 == 0 else ""))
            if n % 7 == 0:
                doc.insert(key, Paragraph(f"Round {round_ + 1}, point {n}: our own reading "
                                          "of the sources, for the minister."))
    return doc


@pytest.mark.slow
def test_fifty_pdf_exports_in_one_process(tmp_path, context, library, large):
    exporter = Exporter(context.templates(), context.styles(), library,
                        processors=context.processors())
    out = tmp_path / "soak.pdf"
    digests, sizes = set(), []
    for number in range(EXPORTS):
        large.insert("summary", Paragraph(f"Export number {number + 1} of the soak test."))
        exporter.export(large, out, ExportSettings(format="pdf"))
        digests.add(hashlib.sha256(out.read_bytes()).hexdigest())
        sizes.append(_rss_mb())
        assert exporter.pdf.typesetter.last_rss_mb < RECYCLE_MB * 2
    assert len(digests) == EXPORTS  # each a new PDF, typeset afresh
    last = out.read_bytes()
    exporter.export(large, out, ExportSettings(format="pdf"))
    assert out.read_bytes() == last  # the same briefing makes the same bytes
    assert out.stat().st_size > 100_000
    growth = sizes[-1] - sizes[4]
    assert growth < 25, f"the process grew by {growth:.0f} MB from export 5 to {EXPORTS}"
    exporter.pdf.close()


def test_a_crashed_typesetter_is_a_clear_error_and_the_next_export_works(
        tmp_path, context, library, large):
    exporter = Exporter(context.templates(), context.styles(), library,
                        processors=context.processors())
    small = Briefing(title="Small", template="briefing-note", metadata=Metadata(),
                     sections=[Section("summary", "Summary", [Paragraph("Short.")])])
    exporter.export(small, tmp_path / "a.pdf", ExportSettings(format="pdf"))
    exporter.pdf.typesetter._process.kill()  # as if it crashed between two exports
    exporter.pdf.typesetter._process.wait()
    exporter.export(small, tmp_path / "b.pdf", ExportSettings(format="pdf"))  # restarted
    assert (tmp_path / "b.pdf").read_bytes() == (tmp_path / "a.pdf").read_bytes()
    from briefing.export import typesetter

    original = typesetter._command
    typesetter_ = exporter.pdf.typesetter
    typesetter_.close()
    try:
        typesetter._command = lambda: original()[:-1] + ["import sys; sys.exit(3)"]
        with pytest.raises(typesetter.PdfError, match="stopped unexpectedly"):
            exporter.export(small, tmp_path / "a.pdf", ExportSettings(format="pdf"))
    finally:
        typesetter._command = original
    assert (tmp_path / "a.pdf").read_bytes()[:5] == b"%PDF-"  # the earlier file is intact
