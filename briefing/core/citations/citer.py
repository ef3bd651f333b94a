"""Citations: CSL styles → notes, in-text citations and bibliography entries.

    styles = Styles([bundled_csl_dir(), user_csl_dir])   # folders may be missing
    info = styles.get("chicago-notes-bibliography-subsequent-ibid-17th-edition")
    citer = Citer(info, sources)                 # sources: briefing.core.model.Source
    citer.cite("merics-ilr", "12")               # -> list[Span], first note
    citer.cite("merics-ilr")                     # -> "Ibid."
    citer.bibliography()                         # -> entries of the sources cited so far
    citer.cite_all([("dn-waic", None), ("merics-ilr", "3")])  # many at once, final forms
    warm(info, sources)                          # build the engines now (wait=False: in the background)

The processor is citeproc-js run in QuickJS (`processor`); `fixes` holds
the corrections made to its output. Styles are CSL 1.0 files: the bundled ones
(resources/csl, see its README) and any the user adds to a folder.

Decisions worth knowing:

* A style's id is its file stem. When two folders hold the same id, the first
  folder wins (the bundled styles cannot be shadowed).
* `Source.author` is one string: names separated by ";"; a name with a comma is
  "Family, Given" (split at the first comma); any other name, or one in braces
  ("{Acme, Inc.}"), is used whole as a literal name (institutions, names that
  must not be split such as 张伟).
* `Source.publisher` (the original publisher of a republished piece) is not given
  to the styles: APA would print it as "(Original work published <publisher>)",
  which is meant for a date. The export prints "First published by …" itself.
  For APA (style id "apa…") group authors read "Name [ABBR]" and an approximate
  modern date has no "ca." (`items.csl_item`).
* The locale: by default the style's default-locale (MHRA: en-GB), else en-US,
  as pandoc and citeproc-js do; passing a locale forces it.
* `cite` returns the citation as it stands when made. Disambiguation can change
  earlier ones (a second "Smith 2025" turns the first into "2025a"):
  `citations()` gives every citation made so far in its final form, so a
  document writer cites everything first and then reads `citations()`.
  `cite_all` does both in one pass of the processor (a document's 500
  citations from 80 sources in Chicago: ~0.8 s) while a second processor makes
  the bibliography, and the result is kept: citing the same sources the same way
  again in the process is free (`csl_engine.Session`).
* The processor is built for a style specialised to the cited sources' types
  and fields (Chicago: ~0.15 s); `warm(style, sources)` builds it ahead of need.
* `bibliography()` lists the sources cited so far (not every source given),
  sorted by the style, as pandoc does without nocite.
* Output is deterministic: same sources and calls, same text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from briefing.core.citations import processor as csl_engine
from briefing.core.citations.fixes import Span, capitalize_note, engine_item, spans
from briefing.core.citations.items import DEFAULT_KIND, LOCATOR_LABELS, _variables, csl_item
from briefing.core.citations.specialise import specialise, without_bibliography
from briefing.core.citations.styles import CitationError, StyleError, StyleInfo, bundled_csl_dir
from briefing.core.model import Source


def _session(style: StyleInfo, sources: Sequence[Source], locale: str | None,
             build: bool = True) -> tuple[dict[str, dict], csl_engine.Session]:
    """The CSL items of `sources` and a processor session for them (see Citer)."""
    locales = bundled_csl_dir() / "locales"
    if locale is not None and not (locales / f"locales-{locale}.xml").is_file():
        shipped = sorted(p.stem.removeprefix("locales-") for p in locales.glob("*.xml"))
        raise CitationError(f"No locale '{locale}'. Available: {', '.join(shipped)}.")
    items: dict[str, dict] = {}
    apa = style.id == "apa" or style.id.startswith("apa-")
    for source in sources:
        if source.id in items:
            raise CitationError(f"Two sources have the id '{source.id}'")
        items[source.id] = csl_item(source, apa=apa)
    try:
        xml = Path(style.path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise StyleError(style.path, f"cannot be read ({exc})") from None
    host, bibliographer = _processors()
    lang = locale or style.default_locale or "en-US"
    engine_items = {i: engine_item(item) for i, item in items.items()}
    # Only the branches this document's items can take (see csl_prune); with no
    # sources yet (warm), the kind a source has by default.
    types = {item["type"] for item in engine_items.values()} or {DEFAULT_KIND}
    xml = specialise(xml, types, _variables(engine_items.values()))
    try:
        session = csl_engine.Session(
            host, xml, lang, locale is not None, engine_items, style.kind == "note",
            citing_xml=without_bibliography(xml), bibliographer=bibliographer, build=build,
        )
    except csl_engine.JsError as exc:
        raise StyleError(style.path, f"the CSL processor rejected it ({exc})") from None
    return items, session


class Citer:
    """Citations of some sources in one style, in document order."""

    def __init__(
        self, style: StyleInfo, sources: Sequence[Source], locale: str | None = None
    ) -> None:
        self.style = style
        self._items, self._session = _session(style, sources, locale)
        self.locale = self._session.facts["lang"]
        self._punct_in_quote = self._session.facts["punctuation_in_quote"]
        self._cited: list[str] = []

    def ready(self) -> None:
        """Wait until the processor for the bibliography is built too (it is built in
        the background)."""
        self._session.ready()

    @property
    def kind(self) -> str:
        return self.style.kind

    def cite(self, source_id: str, locator: str | None = None, label: str = "page") -> list[Span]:
        """The next citation (a footnote's text for note styles), in document order.

        `label` is a CSL locator label (page, paragraph, section, …)."""
        self._check(source_id, label)
        try:
            text = self._session.cite(source_id, (locator or "").strip() or None, label)
        except csl_engine.JsError as exc:
            raise CitationError(f"Could not cite '{source_id}': {exc}") from None
        self._cited.append(source_id)
        return self._runs(text, source_id)

    def cite_all(self, cites: Iterable[tuple]) -> list[list[Span]]:
        """Cite (source id, locator) or (source id, locator, label) in document order,
        in one call to the processor; every citation made so far in its final form."""
        entries = []
        for cite in cites:
            source_id, locator, *rest = cite
            label = rest[0] if rest else "page"
            self._check(source_id, label)
            entries.append((source_id, (locator or "").strip() or None, label))
        try:
            self._session.cite_all(entries)
        except csl_engine.JsError as exc:
            raise CitationError(f"Could not cite: {exc}") from None
        self._cited += [source_id for source_id, _, _ in entries]
        return self.citations()

    def _check(self, source_id: str, label: str) -> None:
        if source_id not in self._items:
            raise CitationError(f"No source '{source_id}' to cite")
        if label not in LOCATOR_LABELS:
            raise CitationError(f"No locator label '{label}' in CSL (page, paragraph, section, …)")

    def citations(self) -> list[list[Span]]:
        """Every citation made so far, as it reads now (after disambiguation)."""
        made: dict[tuple[str, str], list[Span]] = {}  # a document repeats its short notes
        out = []
        for text, source_id in zip(self._session.rendered, self._cited):
            if (text, source_id) not in made:
                made[text, source_id] = self._runs(text, source_id)
            out.append(list(made[text, source_id]))
        return out

    def _runs(self, text: str, source_id: str) -> list[Span]:
        runs = spans(text, self._punct_in_quote)
        if self.kind == "note":
            literals = [n.get("literal", "") for n in self._items[source_id].get("author", [])]
            runs = capitalize_note(runs, literals)
        return runs

    def bibliography(self) -> list[list[Span]]:
        """Entries for the sources cited so far, in the style's order ([] if it has none)."""
        try:
            entries = self._session.bibliography()
        except csl_engine.JsError as exc:
            raise CitationError(f"Could not make the bibliography: {exc}") from None
        return [spans(entry, self._punct_in_quote) for entry in entries]


def warm(style: StyleInfo, sources: Sequence[Source] = (), locale: str | None = None,
         wait: bool = True) -> None:
    """Load the processor now, and build it for `style` and `sources` (the sources a
    document will cite), so the next citations need not wait for it.

    The engine is specialised to the sources' item types and fields, so without sources
    only the processor is loaded (the build is then done with the first citations, 0.2 s
    for Chicago). With `wait` false the engines are built on their hosts' threads and
    this returns at once (build errors are then left for the citations to report).
    Safe from any thread."""
    if sources:
        _, session = _session(style, sources, locale, build=wait)
        if wait:
            session.ready()
    else:
        preload()


def preload() -> None:
    """Start loading the processors (one for citations, one for bibliographies) on
    their own threads, if not loaded yet; returns at once (loading takes ~0.03 s)."""
    _processors()


def _processors() -> tuple[csl_engine._Host, csl_engine._Host]:
    """The process's two citeproc-js hosts: citations, bibliographies."""
    engine_js, locales = bundled_csl_dir() / "engine" / "citeproc.js", bundled_csl_dir() / "locales"
    return (csl_engine.host(engine_js, locales),
            csl_engine.host(engine_js, locales, role="bibliography"))
