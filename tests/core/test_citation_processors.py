"""The citation processors as an app holds them: limits on what a style may use, the results
kept on disk between runs, the objects passed in rather than kept by modules."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time

import pytest

from briefing.core.citations import (
    Citer,
    Limits,
    Processors,
    StyleError,
    StyleInfo,
    Styles,
    bundled_csl_dir,
)
from briefing.core.citations.processor import Processor
from briefing.core.citations.specialise import MAX_EXPANDED_ELEMENTS, expanded_size
from briefing.core.model import Source

SOURCE = Source(id="s", title="Export controls and the chip race", outlet="Caixin",
                published="2025-03-01", author="Wang, Wei")
CHICAGO = "chicago-notes-bibliography-subsequent-ibid-17th-edition"


def fan_out(levels: int, calls: int = 3) -> str:
    """A small style (1.8 KB for 14 levels) whose macros call each other in a fan-out: macro
    n calls macro n+1 `calls` times, so the citation's layout expands to calls**levels
    elements (issue 15: a 1.6 KB style like this ran 121 s and reached 13.7 GB)."""
    macros = "".join(
        f'<macro name="m{i}"><group delimiter=" ">'
        + (f'<text macro="m{i + 1}"/>' * calls if i + 1 < levels else '<text variable="title"/>')
        + "</group></macro>" for i in range(levels))
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">'
            '<info><title>Fan-out</title><id>fan-out</id>'
            '<updated>2026-12-01T00:00:00+00:00</updated></info>'
            f'{macros}<citation><layout><text macro="m0"/></layout></citation></style>\n')


def write_style(tmp_path, name: str, xml: str) -> StyleInfo:
    """The style as the processor gets it. Not through ``StyleInfo.from_file``, which refuses
    the fan-outs and loops itself: these tests check the processor's own line of defence."""
    path = tmp_path / f"{name}.csl"
    path.write_text(xml, encoding="utf-8")
    return StyleInfo(name, name, "note", path, "")


def cite_once(processors: Processors, style: StyleInfo) -> str:
    citer = Citer(style, [SOURCE], processors)
    return citer.cite_all([("s", None)])[0][0].text


@pytest.mark.timeout(120)  # issue 15: a runaway style fails the test, never hangs it
def test_a_fan_out_style_is_stopped_by_the_time_limit_and_named(tmp_path):
    """The fan-out from issue 15 (expanding to 8.8 million elements: under the static check)
    runs into the per-call limit; the error names the file and says why; the processors work
    on for the next style, in a new context."""
    xml = fan_out(14)
    assert len(xml) < 2000 and expanded_size(xml) < MAX_EXPANDED_ELEMENTS
    style = write_style(tmp_path, "fan-out", xml)
    processors = Processors(bundled_csl_dir(), limits=Limits(call_seconds=1.0))
    try:
        with pytest.raises(StyleError) as err:
            cite_once(processors, style)
        message = str(err.value)
        assert str(style.path) in message and "more than 1 s" in message
        assert "macros may call each other" in message and "Error" not in message
        apa = Styles([bundled_csl_dir()]).get("apa")
        assert cite_once(processors, apa) == "(Wang, 2025)"
        assert processors.citations.loads == 2  # the context was loaded again
    finally:
        processors.close()


@pytest.mark.timeout(300)  # issue 15: a runaway style fails the test, never hangs it
def test_a_style_past_the_memory_limit_is_refused_with_its_name(tmp_path):
    style = write_style(tmp_path, "fan-out", fan_out(14))
    processors = Processors(bundled_csl_dir(),
                            limits=Limits(memory=48 * 1024 * 1024, call_seconds=600))
    try:
        with pytest.raises(StyleError) as err:
            cite_once(processors, style)
        assert str(style.path) in str(err.value) and "more than 48 MB of memory" in str(err.value)
        apa = Styles([bundled_csl_dir()]).get("apa")
        assert cite_once(processors, apa) == "(Wang, 2025)"
    finally:
        processors.close()


@pytest.mark.timeout(60)  # issue 15: a runaway style fails the test, never hangs it
def test_a_fan_out_beyond_any_real_style_is_refused_before_building(tmp_path, processors):
    style = write_style(tmp_path, "wide-fan-out", fan_out(16))
    started = time.monotonic()
    with pytest.raises(StyleError) as err:
        Citer(style, [SOURCE], processors)
    assert time.monotonic() - started < 5  # (no processor ran: a parse of 2 KB)
    assert str(style.path) in str(err.value) and "expand to more than" in str(err.value)
    loop = write_style(tmp_path, "loop", fan_out(3).replace('<text variable="title"/>',
                                                            '<text macro="m0"/>'))
    with pytest.raises(StyleError, match="its macro 'm0' calls itself"):
        Citer(loop, [SOURCE], processors)


@pytest.mark.slow
@pytest.mark.timeout(320)  # issue 15: a runaway style fails the test, never hangs it
def test_the_fan_out_in_a_process_of_its_own_ends_in_seconds_and_bounded_memory(tmp_path):
    """As the command line meets it, with the default limits: a clear error, the peak memory of
    the whole process bounded (it reached 13.7 GB before the limits)."""
    style = tmp_path / "fan-out.csl"
    style.write_text(fan_out(14), encoding="utf-8")
    script = textwrap.dedent(f"""
        import json, resource, time
        from briefing.core.citations import CitationError, Citer, Processors, StyleInfo
        from briefing.core.citations import bundled_csl_dir
        from briefing.core.model import Source
        processors = Processors(bundled_csl_dir())
        started, cpu = time.monotonic(), time.process_time()
        try:
            Citer(StyleInfo.from_file({str(style)!r}), [Source(id="s", title="T")],
                  processors).cite_all([("s", None)])
            message = None
        except CitationError as exc:
            message = str(exc)
        print(json.dumps({{"message": message, "cpu": time.process_time() - cpu,
                           "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
    """)
    done = subprocess.run([sys.executable, "-c", script], check=False, capture_output=True, text=True,
                          timeout=300)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["message"] and "fan-out.csl" in result["message"], done.stderr
    assert "more than 5 s" in result["message"]
    assert result["cpu"] < 30  # the limit is 5 s of CPU a call (both processors count)
    assert result["peak_mb"] < 1024


def test_results_kept_on_disk_are_used_by_the_next_process(tmp_path, monkeypatch):
    """A second set of processors (another run of the app) with the same folder gives the same
    citations and bibliography without starting a processor; anything else is worked out."""
    style = Styles([bundled_csl_dir()]).get(CHICAGO)
    other = Source(id="o", title="Chips", outlet="Le Monde", published="2024-05-02")
    cites = [("s", "4"), ("o", None), ("s", None), ("s", "4")]
    first = Processors(bundled_csl_dir(), results_dir=tmp_path / "results")
    try:
        citer = Citer(style, [SOURCE, other], first)
        want = (citer.cite_all(cites), citer.bibliography())
    finally:
        first.close()
    assert len(list((tmp_path / "results").glob("*.json"))) == 3  # facts, citations, entries
    called: list[str] = []
    monkeypatch.setattr(Processor, "call", lambda self, name, *a, **kw: called.append(name))
    second = Processors(bundled_csl_dir(), results_dir=tmp_path / "results")
    try:
        citer = Citer(style, [SOURCE, other], second)
        assert citer.kept(cites)
        assert (citer.cite_all(cites), citer.bibliography()) == want
        assert called == [] and second.started("citations") is None
        assert second.started("bibliography") is None
        assert not citer.kept(cites[:3])  # another document: not kept
    finally:
        second.close()


def test_a_damaged_kept_result_is_worked_out_again(tmp_path, processors):
    style = Styles([bundled_csl_dir()]).get(CHICAGO)
    first = Processors(bundled_csl_dir(), results_dir=tmp_path)
    try:
        want = Citer(style, [SOURCE], first).cite_all([("s", None)])
    finally:
        first.close()
    for path in tmp_path.glob("*.json"):
        path.write_bytes(b'{"torn')
    again = Processors(bundled_csl_dir(), results_dir=tmp_path)
    try:
        assert Citer(style, [SOURCE], again).cite_all([("s", None)]) == want
        assert again.started("citations") is not None
    finally:
        again.close()


def test_no_module_keeps_processors_or_style_headers():
    """Two sets of processors are two pairs of QuickJS contexts; the style headers read are
    kept by each Styles; python-docx is not changed by importing the exporters."""
    from docx.opc.part import PartFactory

    import briefing.export.docx_writer  # noqa: F401
    from briefing.core.citations import processor, styles
    from briefing.export.footnotes_oxml import FOOTNOTE

    assert not hasattr(processor, "_hosts") and not hasattr(styles, "_headers")
    assert FOOTNOTE.content_type not in PartFactory.part_type_for
    one, two = Processors(bundled_csl_dir()), Processors(bundled_csl_dir())
    try:
        assert one.citations is not two.citations and one.citations is one.citations
    finally:
        one.close()
        two.close()
    a, b = Styles([bundled_csl_dir()]), Styles([bundled_csl_dir()])
    a.get("apa")
    assert a._headers and not b._headers
