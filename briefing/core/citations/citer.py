"""Citations: CSL styles → notes, in-text citations and bibliography entries.

    styles = Styles([bundled_csl_dir(), user_csl_dir])   # folders may be missing
    processors = Processors(bundled_csl_dir())   # one per app: Context.processors()
    info = styles.get("chicago-notes-bibliography-subsequent-ibid-17th-edition")
    citer = Citer(info, sources, processors)     # sources: briefing.core.model.Source
    citer.cite_all([("merics-ilr", "12"), ("merics-ilr", None)])  # -> [first note, "Ibid."]
    citer.bibliography()                         # -> entries of the sources cited so far
    warm(processors, info, sources)              # build the engines now (wait=False: in the background)

The processor is citeproc-js run in QuickJS (`processor`, `session`); `fixes` holds
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
* `cite_all` gives every citation made so far in its final form: disambiguation can
  change earlier ones (a second "Smith 2025" turns the first into "2025a"), so a
  document's citations are made at once, in one pass of the processor (a document's 500
  citations from 100 sources in Chicago: ~0.8 s) while a second processor makes
  the bibliography, and the result is kept: citing the same sources the same way
  again is free, in the process and, when the processors keep results on disk, in the
  next one (`session.Session`).
* A style the processor cannot use, or one that goes past its memory or time limits
  (`processor.Limits`: a style whose macros fan out), is a `StyleError` naming the file.
* The processor is built for a style specialised to the cited sources' types
  and fields (Chicago: ~0.15 s); `warm(processors, style, sources)` builds it ahead of need.
* `bibliography()` lists the sources cited so far (not every source given),
  sorted by the style, as pandoc does without nocite.
* Output is deterministic: same sources and calls, same text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from briefing.core.citations.fixes import Span, capitalize_note, engine_item, spans
from briefing.core.citations.items import DEFAULT_KIND, LOCATOR_LABELS, _variables, csl_item
from briefing.core.citations.processor import JsError, LimitError, Processors
from briefing.core.citations.session import Session
from briefing.core.citations.specialise import (
    ExpansionError,
    check_expansion,
    specialise,
    without_bibliography,
)
from briefing.core.citations.styles import CitationError, StyleError, StyleInfo
from briefing.core.errors import marked
from briefing.core.model import Source


def _session(processors: Processors, style: StyleInfo, sources: Sequence[Source],
             locale: str | None) -> tuple[dict[str, dict], Session]:
    """The CSL items of `sources` and a processor session for them (see Citer)."""
    locales = processors.locales_dir
    if locale is not None and not (locales / f"locales-{locale}.xml").is_file():
        shipped = sorted(p.stem.removeprefix("locales-") for p in locales.glob("*.xml"))
        raise CitationError(marked("core", "No locale '{locale}'. Available: {names}."),
                            locale=locale, names=', '.join(shipped))
    items: dict[str, dict] = {}
    apa = style.id == "apa" or style.id.startswith("apa-")
    lang = locale or style.default_locale or "en-US"
    for source in sources:
        if source.id in items:
            raise CitationError(marked("core", "Two sources have the id '{id}'"),
                                id=source.id)
        items[source.id] = csl_item(source, apa=apa, language=lang)
    try:
        xml = Path(style.path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise StyleError(style.path, f"cannot be read ({exc})") from None
    engine_items = {i: engine_item(item) for i, item in items.items()}
    # Only the branches this document's items can take (see specialise); with no
    # sources yet (warm), the kind a source has by default.
    types = {item["type"] for item in engine_items.values()} or {DEFAULT_KIND}
    variables = _variables(engine_items.values())
    variables = None if variables is None else frozenset(variables)
    xml = processors.derived(("specialise", xml, frozenset(types), variables),
                             lambda: specialise(xml, types, variables))
    try:
        processors.check_once(xml, check_expansion)
    except ExpansionError as exc:
        raise StyleError(style.path, str(exc)) from None
    session = Session(processors, xml, lang, locale is not None, engine_items,
                      style.kind == "note",
                      citing_xml=processors.derived(("citing", xml),
                                                    lambda: without_bibliography(xml)))
    return items, session


def style_error(style: StyleInfo, exc: JsError) -> StyleError:
    """What to tell the user when the processor cannot use `style`."""
    if isinstance(exc, LimitError):
        what = {"memory": f"more than {exc.limit} of memory",
                "time": f"more than {exc.limit}",
                "depth": "macros nested deeper than the processor allows"}[exc.what]
        return StyleError(style.path, f"formatting citations with it took {what}, so it was "
                          "stopped; its macros may call each other too many times. Use another "
                          "style, or simplify this one")
    return StyleError(style.path, f"the CSL processor rejected it ({exc})")


class Citer:
    """Citations of some sources in one style, in document order, on `processors`."""

    def __init__(self, style: StyleInfo, sources: Sequence[Source], processors: Processors,
                 locale: str | None = None) -> None:
        self.style = style
        self._items, self._session = _session(processors, style, sources, locale)
        facts = self._facts()
        self.locale = facts["lang"]
        self._punct_in_quote = facts["punctuation_in_quote"]
        self._cited: list[str] = []

    def _facts(self) -> dict:
        try:
            return self._session.facts
        except JsError as exc:
            raise style_error(self.style, exc) from None

    @property
    def kind(self) -> str:
        return self.style.kind

    def _entries(self, cites: Iterable[tuple]) -> list[tuple[str, str | None, str]]:
        entries = _entries(cites)
        for source_id, _, label in entries:
            self._check(source_id, label)
        return entries

    def kept(self, cites: Iterable[tuple]) -> bool:
        """Whether `cite_all(cites)` and `bibliography()` would take results kept on disk
        (then no processor is needed)."""
        return self._session.kept(self._entries(cites))

    def cite_all(self, cites: Iterable[tuple]) -> list[list[Span]]:
        """Cite (source id, locator) or (source id, locator, label) in document order,
        in one call to the processor; every citation made so far in its final form.

        `label` is a CSL locator label (page, paragraph, section, …)."""
        entries = self._entries(cites)
        try:
            self._session.cite_all(entries)
        except LimitError as exc:
            raise style_error(self.style, exc) from None
        except JsError as exc:
            raise CitationError(marked("core", "Could not cite: {detail}"), detail=exc) from None
        self._cited += [source_id for source_id, _, _ in entries]
        return self.citations()

    def _check(self, source_id: str, label: str) -> None:
        if source_id not in self._items:
            raise CitationError(marked("core", "No source '{source_id}' to cite"),
                                source_id=source_id)
        if label not in LOCATOR_LABELS:
            raise CitationError(marked("core", "No locator label '{label}' in CSL (page, "
                                               "paragraph, section, …)"), label=label)

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
        except LimitError as exc:
            raise style_error(self.style, exc) from None
        except JsError as exc:
            raise CitationError(marked("core", "Could not make the bibliography: {detail}"),
                                detail=exc) from None
        return [spans(entry, self._punct_in_quote) for entry in entries]


def warm(processors: Processors, style: StyleInfo, sources: Sequence[Source] = (),
         locale: str | None = None, wait: bool = True,
         cites: Iterable[tuple] | None = None) -> None:
    """Load the processors now, and build them for `style` and `sources` (the sources a
    document will cite), so the next citations need not wait for them.

    The engines are specialised to the sources' item types and fields, so without sources
    only the processors are loaded (the build is then done with the first citations, 0.2 s
    for Chicago). With `wait` false the engines are built on the processors' threads and
    this returns at once (build errors are then left for the citations to report). With
    `cites` (the document's, as `Citer.cite_all` takes them) whose results are kept on disk,
    nothing is started. Safe from any thread."""
    if not sources:
        processors.preload()
        return
    _, session = _session(processors, style, sources, locale)
    if cites is not None and session.kept(_entries(cites)):
        return
    if wait:
        try:
            session.build()
        except JsError as exc:
            raise style_error(style, exc) from None
    else:
        session.start()


def _entries(cites: Iterable[tuple]) -> list[tuple[str, str | None, str]]:
    """(source id, locator or None, label) of each (source id, locator[, label])."""
    entries = []
    for source_id, locator, *rest in cites:
        entries.append((source_id, (locator or "").strip() or None, rest[0] if rest else "page"))
    return entries


# Sources of the kinds a briefing cites, with the fields a style branches on, for trying a
# style out before it is added (`check_style`).
_TRIAL_SOURCES = (
    Source(id="trial-article", title="Export controls and the chip race", outlet="Caixin",
           author="Wang, Wei; Roe, Mary", published="2025-03-01", language="en",
           url="https://example.org/a", accessed="2025-03-02"),
    Source(id="trial-report", title="The state of AI governance", kind="report",
           author="{Example Policy Lab}", published="2024", publisher="Example Press"),
    Source(id="trial-web", title="Ein Überblick", kind="webpage", outlet="die-nachrichten.at",
           published="2025-07", language="de"),
)


def check_style(processors: Processors, style: StyleInfo) -> None:
    """Try `style` out as an export would (citations, repeated citations, a bibliography) on
    sample sources, within the processors' limits: StyleError naming the file and saying why
    if it cannot be used. For a style the user adds."""
    citer = Citer(style, _TRIAL_SOURCES, processors)
    ids = [source.id for source in _TRIAL_SOURCES]
    citer.cite_all([(i, "12") for i in ids] + [(i, None) for i in ids] + [(ids[0], "3")])
    citer.bibliography()
