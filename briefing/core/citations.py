"""Citations: CSL styles → notes, in-text citations and bibliography entries.

    styles = Styles([bundled_csl_dir(), user_csl_dir])   # folders may be missing
    info = styles.get("chicago-notes-bibliography-subsequent-ibid-17th-edition")
    citer = Citer(info, sources)                 # sources: briefing.core.model.Source
    citer.cite("merics-ilr", "12")               # -> list[Span], first note
    citer.cite("merics-ilr")                     # -> "Ibid."
    citer.bibliography()                         # -> entries of the sources cited so far
    citer.cite_all([("dn-waic", None), ("merics-ilr", "3")])  # many at once, final forms
    warm(info, sources)                          # build the engines now (wait=False: in the background)

The processor is citeproc-js run in QuickJS (`csl_engine`); `csl_fixes` holds
the corrections made to its output. Styles are CSL 1.0 files: the bundled ones
(resources/csl, see its README) and any the user adds to a folder.

Decisions worth knowing:

* A style's id is its file stem. When two folders hold the same id, the first
  folder wins (the bundled styles cannot be shadowed).
* `Source.author` is one string: names separated by ";"; a name with a comma is
  "Family, Given" (split at the first comma); any other name, or one in braces
  ("{Acme, Inc.}"), is used whole as a literal name (institutions, names that
  must not be split such as 张伟).
* `Source.publisher` (the original publisher of a republished piece) is CSL's
  original-publisher. Of the bundled styles only APA prints it (in the
  bibliography, "(Original work published …)"); notes do not.
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

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefing.core import csl_engine
from briefing.core.csl_fixes import Span, capitalize_note, engine_item, spans
from briefing.core.csl_prune import specialise, without_bibliography
from briefing.core.errors import BriefingError
from briefing.core.model import Source

__all__ = [
    "CitationError",
    "Citer",
    "Span",
    "StyleError",
    "StyleInfo",
    "Styles",
    "bundled_csl_dir",
    "csl_item",
    "warm",
]

CSL_NS = "{http://purl.org/net/xbiblio/csl}"

# fmt: off
# CSL 1.0.2 item types.
CSL_TYPES = frozenset({
    "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book",
    "broadcast", "chapter", "classic", "collection", "dataset", "document",
    "entry", "entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic",
    "hearing", "interview", "legal_case", "legislation", "manuscript", "map",
    "motion_picture", "musical_score", "pamphlet", "paper-conference", "patent", "performance",
    "periodical", "personal_communication", "post", "post-weblog", "regulation", "report",
    "review", "review-book", "software", "song", "speech", "standard",
    "thesis", "treaty", "webpage",
})

DEFAULT_KIND = "article-newspaper"  # a source's CSL type when it names none

# CSL 1.0.2 locator labels.
LOCATOR_LABELS = frozenset({
    "act", "appendix", "article-locator", "book", "canon", "chapter", "column", "elocation",
    "equation", "figure", "folio", "issue", "line", "note", "opus", "page",
    "paragraph", "part", "rule", "scene", "section", "sub-verbo", "supplement", "table",
    "timestamp", "title-locator", "verse", "version", "volume",
})
# fmt: on

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class CitationError(BriefingError):
    """Something the user can fix: unknown style or source, bad metadata, bad style file."""


class StyleError(CitationError):
    """A .csl file that cannot be used; `path` names it."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"Citation style file '{self.path}' cannot be used: {reason}")


def _resources_dir() -> Path:
    here = Path(__file__).resolve()
    for candidate in (here.parents[1] / "resources", here.parents[2] / "resources"):
        if (candidate / "csl").is_dir():
            return candidate
    return here.parents[2] / "resources"


def bundled_csl_dir() -> Path:
    """The shipped styles (inside the package when installed, else the checkout)."""
    return _resources_dir() / "csl"


@dataclass(frozen=True)
class StyleInfo:
    id: str
    title: str
    kind: str  # "note" | "in-text"
    path: Path
    default_locale: str = ""

    @classmethod
    def from_file(cls, path: Path) -> StyleInfo:
        """Read a style's header; StyleError if the file is not a usable CSL style."""
        path = Path(path)
        try:
            root = ET.parse(path).getroot()
        except ET.ParseError as exc:
            raise StyleError(path, f"not well-formed XML ({exc})") from None
        except OSError as exc:
            raise StyleError(path, f"cannot be read ({exc.strerror or exc})") from None
        if root.tag != f"{CSL_NS}style":
            raise StyleError(path, "its root element is not a CSL <style>")
        info = root.find(f"{CSL_NS}info")
        title = info.findtext(f"{CSL_NS}title", "").strip() if info is not None else ""
        if not title:
            raise StyleError(path, "it has no <info><title>")
        if root.find(f"{CSL_NS}citation") is None:
            parent = ""
            if info is not None:
                for link in info.findall(f"{CSL_NS}link"):
                    if link.get("rel") == "independent-parent":
                        parent = link.get("href", "").rstrip("/").rsplit("/", 1)[-1]
            if parent:
                raise StyleError(
                    path,
                    f"it is a dependent style that only points to '{parent}'; "
                    f"add '{parent}.csl' itself instead",
                )
            raise StyleError(path, "it has no <citation> layout")
        if root.find(f"{CSL_NS}citation/{CSL_NS}layout") is None:
            raise StyleError(path, "its <citation> has no <layout>")
        # citeproc-js quietly prints "[CSL STYLE ERROR …]" for these; say so up front.
        defined = {m.get("name") for m in root.iter(f"{CSL_NS}macro")}
        for node in root.iter():
            name = node.get("macro")
            if name is not None and name not in defined:
                raise StyleError(path, f"it calls the macro '{name}', which it does not define")
        kind = root.get("class", "")
        if kind not in ("note", "in-text"):
            raise StyleError(path, f"its class is {kind!r}, not 'note' or 'in-text'")
        return cls(path.stem, title, kind, path, root.get("default-locale", ""))


# Style headers read so far: path -> (mtime_ns, size, StyleInfo, or why it is unusable).
# Every export lists the styles; parsing the bundled 700 KB of them each time took ~30 ms.
_headers: dict[Path, tuple[int, int, StyleInfo | str]] = {}


def _header(path: Path) -> StyleInfo:
    """`StyleInfo.from_file`, read again only when the file changed."""
    try:
        stat = path.stat()
    except OSError:
        return StyleInfo.from_file(path)  # raises the StyleError that says why
    kept = _headers.get(path)
    if kept is None or kept[:2] != (stat.st_mtime_ns, stat.st_size):
        try:
            result: StyleInfo | str = StyleInfo.from_file(path)
        except StyleError as exc:
            result = exc.reason
        kept = (stat.st_mtime_ns, stat.st_size, result)
        _headers[path] = kept
    if isinstance(kept[2], str):
        raise StyleError(path, kept[2])
    return kept[2]


class Styles:
    """The styles in some folders, in folder order (bundled first, then the user's)."""

    def __init__(self, folders: Iterable[Path | str | None]) -> None:
        self.folders = [Path(f) for f in folders if f is not None]

    def _scan(self) -> tuple[list[StyleInfo], dict[str, StyleError]]:
        good: dict[str, StyleInfo] = {}
        bad: dict[str, StyleError] = {}
        for folder in self.folders:
            if not folder.is_dir():
                continue
            for path in sorted(folder.glob("*.csl")):
                if path.stem in good or path.stem in bad:
                    continue
                try:
                    good[path.stem] = _header(path)
                except StyleError as exc:
                    bad[path.stem] = exc
        return list(good.values()), bad

    def list(self) -> list[StyleInfo]:
        """The usable styles; files that are not usable are in `problems()`."""
        return self._scan()[0]

    def problems(self) -> list[StyleError]:
        """One StyleError for each .csl file that cannot be used."""
        return list(self._scan()[1].values())

    def get(self, style_id: str) -> StyleInfo:
        # A style's id is its file name: the first folder that has the file decides
        # (as in _scan), without reading every other style.
        name = f"{style_id}.csl"
        for folder in self.folders:
            try:
                if name not in os.listdir(folder):  # (exact name, on any file system)
                    continue
            except OSError:
                continue
            if (folder / name).is_file():
                return _header(folder / name)
        good, bad = self._scan()
        for info in good:
            if info.id == style_id:
                return info
        if style_id in bad:
            raise bad[style_id]
        names = ", ".join(info.id for info in good) or "none"
        raise CitationError(f"No citation style '{style_id}'. Available: {names}.")


def _clean(text: str) -> str:
    """Field text for citeproc-js: no private-use markers (they carry formatting)."""
    return "".join(ch for ch in text if ch not in csl_engine.MARKERS).strip()


def _names(author: str) -> list[dict]:
    names = []
    for part in author.split(";"):
        part = _clean(part)
        if not part:
            continue
        if part.startswith("{") and part.endswith("}"):
            names.append({"literal": part[1:-1].strip()})
        elif "," in part:
            family, given = (p.strip() for p in part.split(",", 1))
            names.append({"family": family, "given": given} if given else {"family": family})
        else:
            names.append({"literal": part})
    return names


def _date(value: str, source_id: str, field: str, circa: bool = False) -> dict | None:
    value = value.strip()
    if not value:
        return None
    match = _DATE.match(value)
    if not match:
        raise CitationError(
            f"Source '{source_id}': {field} {value!r} is not a date like "
            "2025-07-29, 2025-07 or 2025"
        )
    parts = [int(p) for p in match.groups() if p is not None]
    if len(parts) > 1 and not 1 <= parts[1] <= 12 or len(parts) > 2 and not 1 <= parts[2] <= 31:
        raise CitationError(f"Source '{source_id}': {field} {value!r} is not a real date")
    date: dict = {"date-parts": [parts]}
    if circa:
        date["circa"] = True
    return date


def csl_item(source: Source) -> dict:
    """The CSL-JSON item for a source (what the style sees)."""
    kind = source.kind or DEFAULT_KIND
    if kind not in CSL_TYPES:
        raise CitationError(f"Source '{source.id}': kind {kind!r} is not a CSL item type")
    item: dict = {"id": source.id, "type": kind, "title": _clean(source.title)}
    names = _names(source.author)
    if names:
        item["author"] = names
    for key, value in (
        ("container-title", source.outlet),
        ("original-publisher", source.publisher),
        ("language", source.language),
        ("URL", source.url),
    ):
        if _clean(value):
            item[key] = _clean(value)
    issued = _date(source.published, source.id, "published", source.date_approximate)
    if issued:
        item["issued"] = issued
    accessed = _date(source.accessed, source.id, "accessed")
    if accessed:
        item["accessed"] = accessed
    return item


def _variables(items: Iterable[dict]) -> set[str] | None:
    """The variables some item has (a value citeproc-js counts as there); None when an
    item has a note, from which citeproc-js may read any other field."""
    found: set[str] = set()
    for item in items:
        if item.get("note"):
            return None
        found.update(name for name, value in item.items() if value)
    return found


def _session(style: StyleInfo, sources: Sequence[Source], locale: str | None,
             build: bool = True) -> tuple[dict[str, dict], csl_engine.Session]:
    """The CSL items of `sources` and a processor session for them (see Citer)."""
    locales = bundled_csl_dir() / "locales"
    if locale is not None and not (locales / f"locales-{locale}.xml").is_file():
        shipped = sorted(p.stem.removeprefix("locales-") for p in locales.glob("*.xml"))
        raise CitationError(f"No locale '{locale}'. Available: {', '.join(shipped)}.")
    items: dict[str, dict] = {}
    for source in sources:
        if source.id in items:
            raise CitationError(f"Two sources have the id '{source.id}'")
        items[source.id] = csl_item(source)
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
        load()


def load() -> None:
    """Start loading the processors (one for citations, one for bibliographies) on
    their own threads, if not loaded yet; returns at once (loading takes ~0.03 s)."""
    _processors()


def _processors() -> tuple[csl_engine._Host, csl_engine._Host]:
    """The process's two citeproc-js hosts: citations, bibliographies."""
    engine_js, locales = bundled_csl_dir() / "engine" / "citeproc.js", bundled_csl_dir() / "locales"
    return (csl_engine.host(engine_js, locales),
            csl_engine.host(engine_js, locales, role="bibliography"))
