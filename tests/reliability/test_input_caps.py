"""What the library and a briefing take in, they can give back: a claim or a source too long
for a pack is refused when it is made, and a briefing that would not open again is never
written (the loaders' caps, issue 15, applied at the door instead of after the fact)."""

from __future__ import annotations

import pytest

from briefing.core.curation import claims as curation
from briefing.core.curation.errors import ClaimInputError
from briefing.core.documents import Briefing, Paragraph, Section
from briefing.core.documents import files as documents
from briefing.core.documents.files import MAX_TEXT, BriefingFileError
from briefing.core.importing import build_source
from briefing.core.importing.base import ImportedDocument
from briefing.core.importing.errors import MetadataError
from briefing.core.library.packs import export_pack, import_pack
from briefing.core.typed import MAX_LIBRARY_FIELD

pytestmark = pytest.mark.timeout(60)


def _quote(library):
    claim = library.claims()[0]
    return claim.source_id, claim.quote


def test_a_statement_too_long_for_a_pack_is_refused_when_the_claim_is_made(library):
    source_id, quote = _quote(library)
    with pytest.raises(ClaimInputError, match="statement: longer than 20,000 characters"):
        curation.add_claim(library, source_id, quote, "x" * (MAX_LIBRARY_FIELD + 1))
    kept = curation.add_claim(library, source_id, quote, "y" * MAX_LIBRARY_FIELD)
    with pytest.raises(ClaimInputError, match="curator note: longer than"):
        curation.edit_claim(library, kept.id, curator_note="z" * (MAX_LIBRARY_FIELD + 1))
    assert library.claim(kept.id).curator_note == ""


def test_whatever_the_library_holds_packs_and_imports_again(library, tmp_path, bundle):
    """The longest claim curation accepts travels in a pack (before, a 20,001-character
    statement was kept, packed, and then refused by the import at the other end)."""
    source_id, quote = _quote(library)
    kept = curation.add_claim(library, source_id, quote, "y" * MAX_LIBRARY_FIELD,
                              reader_note="r" * MAX_LIBRARY_FIELD)
    pack = tmp_path / "out.pack"
    export_pack(library, pack, source_ids=[source_id])
    from briefing.core.library import Library

    with Library.open(tmp_path / "other.sqlite", bundle=bundle) as other:
        import_pack(other, pack)
        assert other.claim(kept.id).statement == "y" * MAX_LIBRARY_FIELD


def test_an_overlong_source_title_is_refused_at_import():
    document = ImportedDocument(text="Ein Text.", metadata={}, language="de")
    with pytest.raises(MetadataError, match="title: longer than 20,000 characters"):
        build_source(document, {"title": "T" * (MAX_LIBRARY_FIELD + 1)})


def test_a_briefing_that_would_not_open_again_is_not_written(tmp_path):
    path = tmp_path / "note.briefing"
    briefing = Briefing(title="Chips", template="briefing-note",
                        sections=[Section("summary", "Summary", [Paragraph("short")])])
    documents.save(briefing, path)
    before = path.read_bytes()
    briefing.sections[0].items.append(Paragraph("w" * (MAX_TEXT + 1)))
    with pytest.raises(BriefingFileError, match="would not open again.*Nothing was written"):
        documents.save(briefing, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["note.briefing"]  # no temporary left
