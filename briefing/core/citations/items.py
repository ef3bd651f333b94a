"""Sources as CSL-JSON items: what a citation style sees of a ``Source``.

CSL item types and locator labels are CSL 1.0.2's. ``Source.author`` is one string: names
separated by ";"; a name with a comma is "Family, Given" (split at the first comma); any other
name, or one in braces ("{Acme, Inc.}"), is used whole as a literal name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.core.citations.markers import MARKERS
from briefing.core.citations.styles import CitationError
from briefing.core.errors import marked
from briefing.core.model import CSL_TYPES, DEFAULT_KIND, Source
from briefing.core.text.dates import DATE_FORMS, date_parts
from briefing.core.text.languages import primary_language

# CSL 1.0.2's item types (CSL_TYPES) and the default kind live with Source (core.model).
__all__ = ["CSL_TYPES", "DEFAULT_KIND", "LOCATOR_LABELS", "csl_item"]

# fmt: off
# CSL 1.0.2 locator labels.
LOCATOR_LABELS = frozenset({
    "act", "appendix", "article-locator", "book", "canon", "chapter", "column", "elocation",
    "equation", "figure", "folio", "issue", "line", "note", "opus", "page",
    "paragraph", "part", "rule", "scene", "section", "sub-verbo", "supplement", "table",
    "timestamp", "title-locator", "verse", "version", "volume",
})
# fmt: on


def _clean(text: str) -> str:
    """Field text for citeproc-js: no private-use markers (they carry formatting)."""
    return "".join(ch for ch in text if ch not in MARKERS).strip()


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
    parts = date_parts(value)
    if parts is None:
        raise CitationError(marked("core", "Source '{source_id}': {field} {value!r} is not a "
                                           "date like {forms}"),
                            source_id=source_id, field=field, value=value, forms=DATE_FORMS)
    date: dict = {"date-parts": [list(parts)]}
    if circa:
        date["circa"] = True
    return date


_GROUP_WITH_ABBREVIATION = re.compile(r"^([A-Z][A-Za-z0-9&.\-]{1,15})\s+\((.+)\)$")


def _apa_group_name(name: dict) -> dict:
    """APA 7 writes a group author as "Full Name [ABBR]": "MERICS (Mercator Institute for
    China Studies)" becomes "Mercator Institute for China Studies [MERICS]"."""
    found = _GROUP_WITH_ABBREVIATION.match(name.get("literal", ""))
    if not found or found[1].upper() != found[1].replace("&", "").upper() or \
            sum(c.isupper() for c in found[1]) < 2:
        return name
    return {"literal": f"{found[2].strip()} [{found[1]}]"}


def csl_item(source: Source, apa: bool = False, language: str = "") -> dict:
    """The CSL-JSON item for a source (what the style sees).

    ``Source.publisher`` (where a republished piece first appeared) is not given to the
    styles: APA would print it as "(Original work published <publisher>)", which is for a
    date, and the export names the first publisher in the notes itself. A translated title
    follows the title in brackets, unless the citing document's ``language`` is the source's
    own (a German briefing needs no English gloss of a German title). With ``apa``: group
    authors as "Name [ABBR]", and an approximate modern date without "ca." (APA keeps "ca."
    for ancient works)."""
    kind = source.kind or DEFAULT_KIND
    if kind not in CSL_TYPES:
        raise CitationError(marked("core", "Source '{id}': kind {kind!r} is not a CSL item type"),
                            id=source.id, kind=kind)
    title = _clean(source.title)
    translated = _clean(source.title_translated)
    same = bool(language) and primary_language(language) == primary_language(source.language)
    if translated and not same:
        title = f"{title} [{translated}]"
    item: dict = {"id": source.id, "type": kind, "title": title}
    names = _names(source.author)
    if names and apa:
        names = [_apa_group_name(n) for n in names]
    if names:
        item["author"] = names
    for key, value in (
        ("title-short", source.title_short),  # subsequent (short) notes of note styles
        ("container-title", source.outlet),
        ("language", source.language),
        ("URL", source.url),
    ):
        if _clean(value):
            item[key] = _clean(value)
    circa = source.date_approximate
    if apa and circa and source.published[:4].isdigit() and int(source.published[:4]) >= 1900:
        circa = False
    issued = _date(source.published, source.id, "published", circa)
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
