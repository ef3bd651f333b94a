"""Citations in German (locale de-DE) against pandoc's citeproc.

The fixtures in tests/reference/citations/de-DE/ were recorded by
scripts/make_citation_fixtures.py (pandoc 3.9 with `lang=de-DE`) for the two Chicago
note styles and the German humanities note style (Heilmann); here briefing's Citer,
forced to de-DE as a German briefing will force it, must give the same text and
formatting, apart from the differences listed in DELIBERATE with their reasons.
These tests do not need pandoc.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from briefing.core.citations import Citer, Span, Styles, bundled_csl_dir, csl_item
from briefing.core.citations import processor as processing
from briefing.core.model import Source
from tests.core.test_citations import by_batch, forget_results

ROOT = Path(__file__).resolve().parents[2]
REF = ROOT / "tests" / "reference" / "citations"
LOCALE = "de-DE"

CHICAGO = "chicago-notes-bibliography-subsequent-ibid-17th-edition"
CHICAGO_SHORT = "chicago-notes-bibliography-17th-edition"
HEILMANN = "geistes-und-kulturwissenschaften-heilmann"
GERMAN_RUNS = [CHICAGO, CHICAGO_SHORT, HEILMANN]


def load_sources() -> dict[str, Source]:
    """The library's real sources and the extra test items (as the fixture script reads them)."""
    import tomllib

    fields = set(Source.__dataclass_fields__) - {"text", "repeats", "origin"}
    sources = {}
    for path in sorted((ROOT / "resources" / "library").glob("*.toml")):
        table = tomllib.loads(path.read_text(encoding="utf-8")).get("source")
        if table:
            sources[table["id"]] = Source(**{k: v for k, v in table.items() if k in fields})
    extra = json.loads((REF / "sources.json").read_text(encoding="utf-8"))["sources"]
    sources.update({s["id"]: Source(**s) for s in extra})
    return sources


SOURCES = load_sources()
FIXTURES = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in (REF / LOCALE).glob("*.json")}

_CJK_AUTHOR = (
    "pandoc adds a period after a CJK family+given name (张, 伟); CJK names are not "
    "initialised: 张伟 (as in the English fixtures)"
)
_GERMAN_QUOTES_IN_TITLE = (
    "a title quoting with German marks („nächste Schritte“) inside the quotation marks a "
    "style adds: citeproc-js turns the inner pair into ‚…‘, as German typography wants; "
    "pandoc leaves „…„…““"
)
_EMPTY_KEY_LAST = (
    "CSL 1.0.2 (Sorting): items with an empty sort key go to the end, as in citeproc-js; "
    "pandoc puts them first (Heilmann sorts by author alone, the report has none)"
)
_REPORT = "Bundesministerium des Innern und für Heimat: „Künstliche Intelligenz in der " \
    "Bundesverwaltung: Sachstand und {}“"
_REPORT_TAIL = ", 04.08.2025{}, https://example.org/ki-bundesverwaltung (zugegriffen am 05.08.2025)."
_ANONYMOUS = "„China schlägt globale KI-Governance vor, während die USA isoliert handeln“, " \
    "die-nachrichten.at, ca. 07.2025."
_MERICS = (
    "MERICS (Mercator Institute for China Studies): „Wandel der Wettbewerbssituation im "
    "Bereich KI zwischen China und den USA: Die USA beschleunigen den ‚Full-Stack-Export‘, "
    "China setzt auf ‚Gesetze + Allianzen‘ zur Abwehr des Umzingelungsmanövers.“, "
    "36Kr (German edition) (ca. 29.07.2025)."
)
# (style, scenario, "cite" | "bib", index) -> (pandoc's text, ours, why)
DELIBERATE: dict[tuple[str, str, str, int], tuple[str, str, str]] = {}
for _style in (CHICAGO, CHICAGO_SHORT):
    DELIBERATE[(_style, "cjk-person", "cite", 0)] = (
        "张伟., „人工智能治理的新阶段“, 人民日报, 1. März 2025.",
        "张伟, „人工智能治理的新阶段“, 人民日报, 1. März 2025.",
        _CJK_AUTHOR,
    )
for _n, _tail in ((0, _REPORT_TAIL.format(", S. 4")), (3, ".")):
    DELIBERATE[(HEILMANN, "german-report", "cite", _n)] = (
        _REPORT.format("„nächste Schritte“") + _tail,
        _REPORT.format("‚nächste Schritte‘") + _tail,
        _GERMAN_QUOTES_IN_TITLE,
    )
DELIBERATE[(HEILMANN, "german-report", "bib", 0)] = (
    _REPORT.format("„nächste Schritte“") + _REPORT_TAIL.format(""),
    _REPORT.format("‚nächste Schritte‘") + _REPORT_TAIL.format(""),
    _GERMAN_QUOTES_IN_TITLE,
)
for _scenario in ("library", "library-reversed"):
    DELIBERATE[(HEILMANN, _scenario, "bib", 0)] = (_ANONYMOUS, _MERICS, _EMPTY_KEY_LAST)
    DELIBERATE[(HEILMANN, _scenario, "bib", 1)] = (_MERICS, _ANONYMOUS, _EMPTY_KEY_LAST)


def norm(text: str) -> str:
    return " ".join(text.split())


def plain(runs: list[Span]) -> str:
    return "".join(r.text for r in runs)


def markup(runs: list[Span]) -> str:
    out = ""
    for r in runs:
        t = f"<b>{r.text}</b>" if r.bold else r.text
        out += f"<i>{t}</i>" if r.italic else t
    return norm(out)


def without_cjk_italics(markup_text: str) -> str:
    """citeproc-js sets no italics on text without Latin letters (人民日报); pandoc does."""
    return re.sub(r"<i>([^<A-Za-z0-9\u00c0-\u024f\u0370-\u052f]*)</i>", r"\1", markup_text)


@pytest.fixture(autouse=True, scope="module")
def _keep_engines_built():
    kept = processing.MAX_ENGINES
    processing.MAX_ENGINES = 5
    yield
    processing.MAX_ENGINES = kept


def german(processors, style_id: str, ids: list[str]) -> Citer:
    return Citer(Styles([bundled_csl_dir()]).get(style_id), [SOURCES[i] for i in ids],
                 processors, locale=LOCALE)


def cite(processors, style_id: str, ids: list[str], cites: list[tuple[str, str | None]]):
    citer = german(processors, style_id, ids)
    citer.cite_all(cites)
    return citer, [plain(c) for c in citer.citations()]


# --- the reference ---------------------------------------------------------


def test_german_fixtures_are_current():
    assert sorted(FIXTURES) == sorted(GERMAN_RUNS)
    for style_id, fixture in FIXTURES.items():
        assert fixture["locale"] == LOCALE
        path = bundled_csl_dir() / f"{style_id}.csl"
        assert fixture["style_sha256"] == hashlib.sha256(path.read_bytes()).hexdigest(), (
            f"{path.name} changed: re-run scripts/make_citation_fixtures.py"
        )


CASES = [(s, sc["name"]) for s in GERMAN_RUNS for sc in FIXTURES[s]["scenarios"]]


# citeproc-js's own batch is the reference for the one pass the app uses: the whole suite
# compares both with pandoc, the fast loop (-m "not slow") the one pass only.
@pytest.mark.parametrize("how", ["one pass", pytest.param("batch", marks=pytest.mark.slow)])
@pytest.mark.parametrize(("style_id", "scenario"), CASES, ids=[f"{s}:{n}" for s, n in CASES])
def test_matches_pandoc_in_german(processors, style_id, scenario, how):
    sc = next(x for x in FIXTURES[style_id]["scenarios"] if x["name"] == scenario)
    assert [csl_item(SOURCES[i], language=LOCALE) for i in sc["sources"]] == sc["csl"]
    cites = [(c["id"], c["locator"]) for c in sc["cites"]]
    if how == "one pass":  # nothing kept from an earlier test
        forget_results(processors)
        citer = german(processors, style_id, sc["sources"])
        citer.cite_all(cites)
        got = {"cite": citer.citations(), "bib": citer.bibliography()}
    else:  # citeproc-js's own batch
        with by_batch(processors):
            citer = german(processors, style_id, sc["sources"])
            citer.cite_all(cites)
            got = {"cite": citer.citations(), "bib": citer.bibliography()}
    assert citer.locale == LOCALE
    want = {"cite": sc["cites"], "bib": sc["bibliography"]}
    for part in ("cite", "bib"):
        assert len(got[part]) == len(want[part]), part
        for n, (ours, ref) in enumerate(zip(got[part], want[part])):
            expected = norm(ref["text"])
            exception = DELIBERATE.get((style_id, scenario, part, n))
            if exception:
                pandoc_text, our_text, _why = exception
                assert expected == pandoc_text, "pandoc's text changed: revisit DELIBERATE"
                expected = our_text
            assert norm(plain(ours)) == expected, f"{part} {n + 1}"
            if not exception:
                allowed = {ref["markup"], without_cjk_italics(ref["markup"])}
                assert markup(ours) in allowed, f"{part} {n + 1} (formatting)"


def test_every_deliberate_difference_is_used():
    for style_id, scenario, part, n in DELIBERATE:
        sc = next(x for x in FIXTURES[style_id]["scenarios"] if x["name"] == scenario)
        assert n < len(sc["cites"] if part == "cite" else sc["bibliography"])


# --- what a German reader must see, spelled out ------------------------------

LIBRARY = [("merics-ilr", "12"), ("dn-waic", None), ("merics-ilr", None), ("merics-ilr", None),
           ("merics-ilr", "15")]


def test_chicago_with_ibid_in_german(processors):
    citer, notes = cite(processors, CHICAGO, ["merics-ilr", "dn-waic"], LIBRARY)
    # day. Month year; the dateline's date, marked approximate (library 2026.12)
    assert notes[0].endswith("36Kr (German edition), [29. Juli 2025?], 12.")
    assert notes[0].count("„") == 1 and "‚Full-Stack-Export‘" in notes[0]  # „…‚…‘…“
    assert "Umzingelungsmanövers.“, 36Kr" in notes[0]  # de-DE: punctuation stays outside
    assert notes[1].endswith("die-nachrichten.at, [Juli 2025?].")  # approximate date
    assert notes[3] == "Ebd."
    assert notes[4] == "Ebd., 15."
    bibliography = [plain(b) for b in citer.bibliography()]
    assert bibliography[1].endswith("36Kr (German edition), [29. Juli 2025?].")
    _, undated = cite(processors, CHICAGO, ["no-date"], [("no-date", None), ("no-date", "4")])
    first = "Jane Smith, „An Undated Report on Model Exports“, The Example Times, o.\u00a0J."
    assert undated == [first, "Ebd., 4."]  # the locale's no-break space in o. J.
    _, names = cite(processors, CHICAGO, ["quotes-url"], [("quotes-url", None)])
    assert names[0].startswith("Mary Roe und Example Policy Lab, „Why the ‚Full Stack‘")


def test_chicago_without_ibid_in_german_repeats_the_short_note(processors):
    _, notes = cite(processors, CHICAGO_SHORT, ["merics-ilr", "dn-waic"], LIBRARY)
    assert "29. Juli 2025" in notes[0]
    assert "Ebd." not in " ".join(notes)
    assert notes[3] == "MERICS (Mercator Institute for China Studies)."
    _, undated = cite(processors, CHICAGO_SHORT, ["no-date"], [("no-date", None), ("no-date", "4")])
    assert undated[0].endswith("o.\u00a0J.") and undated[1] == "Smith, 4."


def test_heilmann_is_german_by_itself(processors):
    """The German humanities style: German without being asked (its default-locale),
    full first note, short note after, "Ebd." and "S." for pages, numeric dates."""
    citer = Citer(Styles([bundled_csl_dir()]).get(HEILMANN), [SOURCES["merics-ilr"]], processors)
    assert citer.locale == "de-DE"
    citer.cite_all(LIBRARY[:1] + LIBRARY[2:])
    notes = [plain(c) for c in citer.citations()]
    assert notes[0].startswith("MERICS (Mercator Institute for China Studies): „Wandel")
    # "ca.": the date is approximate (date_approximate); "ca." and "S." take a no-break space
    assert notes[0].endswith("36Kr (German edition) (ca.\u00a029.07.2025), S.\u00a012.")
    # short: author and the short title (library 2026.12)
    assert notes[1] == ("MERICS (Mercator Institute for China Studies): "
                        "„Wandel der Wettbewerbssituation“.")
    assert notes[2:] == ["Ebd.", "Ebd., S.\u00a015."]


def test_heilmann_url_access_date_and_no_date(processors):
    _, notes = cite(processors, HEILMANN, ["quotes-url", "no-date"],
                    [("quotes-url", None), ("no-date", None), ("no-date", "4")])
    assert notes[0].endswith("https://example.org/full-stack (zugegriffen am 01.08.2025).")
    assert notes[1].endswith("The Example Times, ohne Datum.")
    assert notes[2] == "Ebd., S.\u00a04."
    citer, _ = cite(processors, HEILMANN, ["same-a", "same-b"], [("same-a", None), ("same-b", None)])
    bibliography = [plain(b) for b in citer.bibliography()]
    assert bibliography[1].startswith("---: „Chip Export Rules Tighten“")  # same author again


def test_german_output_has_no_english_terms(processors):
    for style_id in GERMAN_RUNS:
        citer, notes = cite(processors, style_id, list(SOURCES), [(i, "3") for i in SOURCES] +
                            [(i, None) for i in SOURCES])
        text = " ".join(notes + [plain(b) for b in citer.bibliography()])
        for english in ("Ibid", "n.d.", "accessed", "July", "March", " pp.", " p. "):
            assert english not in text, (style_id, english)
        assert "und" in text
        assert ("Juli" in text) == (style_id != HEILMANN)  # Heilmann: 29.07.2025


def test_approximate_dates_are_marked_in_german(processors):
    """merics-ilr (29.07.2025) and dn-waic (07.2025) have approximate dates (date_approximate):
    every style marks them in a German briefing too. Heilmann (bundled, modified for this)
    puts the locale's "ca." and a no-break space before its numeric date; Chicago and MHRA
    write "[29. Juli 2025?]".
    An exact date (de-bericht, 04.08.2025) stays unmarked."""
    expected = {
        HEILMANN: ("(ca.\u00a029.07.2025)", "ca.\u00a007.2025"),
        CHICAGO: ("[29. Juli 2025?]", "[Juli 2025?]"),
        CHICAGO_SHORT: ("[29. Juli 2025?]", "[Juli 2025?]"),
        "mhra-notes": ("[29. Juli 2025?]", "[Juli 2025?]"),
    }
    ids = ["merics-ilr", "dn-waic", "de-bericht"]
    for style_id, (merics, waic) in expected.items():
        citer, notes = cite(processors, style_id, ids, [(i, None) for i in ids])
        bibliography = [plain(b) for b in citer.bibliography()]
        entry = {i: next(b for b in bibliography if key in b)
                 for i, key in (("merics-ilr", "MERICS"), ("dn-waic", "KI-Governance"),
                                ("de-bericht", "Bundesverwaltung"))}
        for text in (notes[0], entry["merics-ilr"]):
            assert merics in text, (style_id, text)
        for text in (notes[1], entry["dn-waic"]):
            assert waic in text, (style_id, text)
        for text in (notes[2], entry["de-bericht"]):
            assert "ca." not in text and "?]" not in text, (style_id, text)
