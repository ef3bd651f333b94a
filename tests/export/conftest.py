from __future__ import annotations

import pytest

from briefing.cli import Context
from briefing.core.documents import Briefing, Metadata, Paragraph, Section, cite
from briefing.export.pipeline import Exporter

CLAIMS = ["merics-ilr-15", "merics-ilr-16", "dn-waic-06", "merics-ilr-04"]


@pytest.fixture
def context(paths, processors):
    return Context(paths, citation_processors=processors)


@pytest.fixture
def exporter(context, library):
    return Exporter(context.templates(), context.styles(), library,
                    processors=context.processors())


@pytest.fixture
def briefing(context, library):
    template = context.templates().get("briefing-note")
    doc = Briefing(
        title="KI-Wettlauf zwischen USA und China", subtitle="Lage nach WAIC 2025",
        template=template.id,
        metadata=Metadata(author="A. Officer", organisation="Policy Unit", contact="B. Contact",
                          date="2025-08-01", reference="REF-2025-17", audience="The Minister",
                          action_sought="For information", classification="Official: Sensitive"),
        sections=[Section(s.key, s.heading) for s in template.sections],
    )
    doc.insert("summary", Paragraph("Kurzfassung: 人工智能 und Ärger; Treffen mit שלום (2025); emoji 🙂."))
    for claim_id in CLAIMS:
        claim = library.claim(claim_id)
        doc.insert("background", cite(claim, library.source(claim.source_id)))
    doc.insert("issue", Paragraph("Control \x00\x07\x1b characters\ud800 are pasted here."))
    return doc
