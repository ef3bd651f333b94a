"""One date check everywhere (core/text/dates.py): every place that takes a date agrees on which
strings are dates — 2025-02-31 used to pass four checks and fail the fifth."""

from __future__ import annotations

import dataclasses
import datetime

import pytest

from briefing.core.citations import CitationError, csl_item
from briefing.core.curation.claims import check_fields
from briefing.core.curation.errors import ClaimInputError
from briefing.core.documents import Briefing, CitedClaim, Metadata, Section, files
from briefing.core.documents.preflight import check
from briefing.core.errors import InvalidFilterError
from briefing.core.importing.errors import MetadataError
from briefing.core.importing.sources import check_date
from briefing.core.library import pack_check
from briefing.core.library import search as searching
from briefing.core.model import Claim, Source
from briefing.core.text.dates import date_parts, full_date, is_date

DATES = ["2025", "2025-07", "2025-07-29", "2024-02-29", "1999-12-31"]
NOT_DATES = ["2025-02-31", "2023-02-29", "2025-13", "2025-00", "2025-07-00", "0000",
             "25", "2025-7", "2025-07-29T10:00", "2025/07/29", "July 2025", "２０２５"]


def test_the_one_check():
    assert [date_parts(v) for v in DATES[:3]] == [(2025,), (2025, 7), (2025, 7, 29)]
    assert all(is_date(v) for v in DATES)
    assert not any(is_date(v) for v in NOT_DATES)
    assert full_date("2024-02-29").isoformat() == "2024-02-29"
    assert full_date("2025-07") is None and full_date("2025-02-31") is None


def _source(**fields) -> Source:
    return Source(id="s", title="T", text="x", **fields)


def _checks(library):
    """Each place that takes a date, as value -> accepted?"""
    def citation(value):
        try:
            csl_item(_source(published=value))
        except CitationError:
            return False
        return True

    def search_filter(value):
        try:
            searching.count(library, "", searching.Filters(date_from=value))
        except InvalidFilterError:
            return False
        return True

    def importing(value):
        try:
            check_date(value, "publication date")
        except MetadataError:
            return False
        return True

    def curation(value):
        claim = Claim(id="c", source_id="s", statement="S", quote="x", start=0, end=1,
                      kind="fact", event_date=value)
        try:
            check_fields(claim)
        except ClaimInputError:
            return False
        return True

    def pack(value):
        try:
            pack_check._date(value, "source 's'", "published")
        except pack_check._Bad:  # check_pack turns it into a PackError naming the file
            return False
        return True

    def briefing_file(field):
        def accepts(value):
            claim = Claim(id="c", source_id="s", statement="S", quote="x", start=0, end=1,
                          kind="fact", **({"event_date": value} if field == "event_date" else {}))
            source = _source(**({field: value} if field != "event_date" else {}))
            briefing = Briefing(title="T", template="briefing-note")
            briefing.sections.append(Section("s", "S", [CitedClaim(claim=claim, source=source)]))
            try:  # (as a file edited by hand, or saved by an app that let the date in)
                files.loads(files.dumps(briefing))
            except files.BriefingFileError as exc:
                assert f"{field} '{value}' is not a date like" in str(exc)
                return False
            return True
        return accepts

    return {"citation": citation, "search filter": search_filter, "import": importing,
            "curation": curation, "pack": pack,
            **{f".briefing {field}": briefing_file(field)
               for field in ("event_date", "published", "accessed")}}


def test_every_place_agrees(library):
    for name, accepts in _checks(library).items():
        for value in DATES:
            assert accepts(value), (name, value)
        for value in NOT_DATES:
            assert not accepts(value), (name, value)


def test_a_briefing_date_that_is_not_a_date_is_a_preflight_finding(library, paths):
    from briefing.core.context import Context

    template = Context(paths).templates().get("briefing-note")
    briefing = Briefing(title="T", template=template.id, metadata=Metadata(date="2025-02-31"))
    messages = [f.message for f in check(briefing, template, library) if f.code == "metadata"]
    assert any("'2025-02-31' is not a date like 2025-08-04, 4 August 2025" in m
               for m in messages), messages
    for written in ("2025-02-28", "28 February 2025", "28. Februar 2025", "28.02.2025",
                    "February 28, 2025", "2025-02"):
        fine = dataclasses.replace(briefing, metadata=Metadata(date=written))
        assert not any("is not a date" in f.message for f in check(fine, template, library)), (
            written)
    for wrong in ("31.02.2025", "02/28/2025", "soon"):
        bad = dataclasses.replace(briefing, metadata=Metadata(date=wrong))
        assert any("is not a date" in f.message for f in check(bad, template, library)), wrong


def test_a_typed_date_reads_as_people_write_it():
    from briefing.core.text.dates import as_written, parse_date

    assert parse_date("04.08.2025") == parse_date("4. 8. 2025") == datetime.date(2025, 8, 4)
    assert parse_date("04/08/2025") is None  # April in the US, August in the UK: not guessed
    assert parse_date("31.02.2025") is None
    assert as_written("04.08.2025", "de-DE") == "4. August 2025"
    assert as_written("04.08.2025", "en-GB") == "4 August 2025"


@pytest.mark.parametrize("field", ["published", "event_date"])
def test_the_bundled_library_refuses_an_impossible_date(tmp_path, field):
    import shutil

    from briefing.core.errors import BundleError
    from briefing.core.library.bundle import load_bundle
    from briefing.core.paths import resources_dir

    folder = tmp_path / "library"
    shutil.copytree(resources_dir() / "library", folder)
    path = next(p for p in sorted(folder.glob("*.toml")) if p.name != "library.toml")
    text = path.read_text(encoding="utf-8")
    key = f"{field} = \""
    start = text.index(key) + len(key)
    end = text.index('"', start)
    path.write_text(text[:start] + "2025-02-31" + text[end:], encoding="utf-8")
    with pytest.raises(BundleError, match="'2025-02-31' is not a date like"):
        load_bundle(folder)
