"""Reading and checking a template folder's manifest.toml (see ``briefing.core.templates``).

:func:`read_manifest` returns the settings with defaults filled in, or raises
:class:`ManifestProblem` with a message a person can act on and, where it can be
found, the line of manifest.toml concerned. Unknown settings are errors, so that a
misspelt one is not silently ignored.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

# BRIEFING_FIELDS: the `briefing` mapping parts see, and the only names `required_metadata`
# may list (defined with the briefing's model).
from briefing.core.documents.model import BRIEFING_FIELDS
from briefing.core.errors import BriefingError
from briefing.core.reading import read_regular
from briefing.core.text.languages import is_language_code

__all__ = ["BRIEFING_FIELDS", "DEFAULT_CITATION_STYLE", "ORIENTATIONS", "PAGE_SIZES",
           "ManifestProblem", "read_manifest"]

PAGE_SIZES = ("A4", "A5", "A3", "Letter", "Legal")
ORIENTATIONS = ("portrait", "landscape")
DEFAULT_CITATION_STYLE = "chicago-notes-bibliography-subsequent-ibid-17th-edition"

_TOP_KEYS = (
    "name",
    "description",
    "version",
    "page",
    "citation_style",
    "language",
    "required_metadata",
    "numbered_paragraphs",
    "pages",
    "status_marker",
    "labels",
    "marking_colours",
    "sections",
)
_SECTION_KEYS = ("key", "heading", "guidance", "required", "word_limit", "decision", "decision_if")
# What the body prints after a claim that is not as reported: {status} and {where} ("note",
# or "annex" when the notes do not carry it) are filled in.
DEFAULT_STATUS_MARKER = "[{status} — see {where}]"
_SECTION_KEY = re.compile(r"[a-z][a-z0-9_]{0,39}\Z")
_COLOUR = re.compile(r"#?[0-9A-Fa-f]{6}\Z")
MAX_LABEL = 60  # characters of a field's label
_STYLE_NAME = re.compile(r"[a-z0-9][a-z0-9-]{0,99}\Z")
MAX_MANIFEST = 200_000  # characters


class ManifestProblem(Exception):
    def __init__(self, detail: str, lineno: int | None = None):
        super().__init__(detail)
        self.detail, self.lineno = detail, lineno


def _line_of(text: str, key: str | None, section: int | None = None) -> int | None:
    """The line of `key = ...` at the top level or in the n-th [[sections]] table."""
    lines = text.splitlines()
    tables = [i for i, line in enumerate(lines) if line.lstrip().startswith("[")]
    if section is None:
        start, end = 0, tables[0] if tables else len(lines)
    else:
        heads = [i for i in tables if re.match(r"\s*\[\[\s*sections\s*\]\]", lines[i])]
        if section >= len(heads):
            return None
        start = heads[section]
        end = next((i for i in tables if i > start), len(lines))
    if key is not None:
        pattern = re.compile(rf"\s*[\"']?{re.escape(key)}[\"']?\s*=")
        for i in range(start, end):
            if pattern.match(lines[i]):
                return i + 1
    return start + 1 if section is not None else None


def _describe(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _paragraphs(text: str) -> str:
    """Whitespace folded within paragraphs; paragraphs kept apart by a blank line."""
    paragraphs = (" ".join(p.split()) for p in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in paragraphs if p)


def read_manifest(path: Path) -> dict:
    try:  # only a regular file, never more than a few times the longest manifest
        raw = read_regular(path, 4 * MAX_MANIFEST, "manifest", BriefingError)
    except BriefingError as exc:
        raise ManifestProblem(f"the file cannot be read ({str(exc).rstrip('.')})") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ManifestProblem("the file is not UTF-8 text; save it as UTF-8") from None
    if len(text) > MAX_MANIFEST:
        raise ManifestProblem(f"the file is longer than {MAX_MANIFEST:,} characters")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        found = re.search(r"\s*\(at line (\d+), column \d+\)", message)
        lineno = int(found.group(1)) if found else None
        if found:
            message = message[: found.start()] + message[found.end() :]
        raise ManifestProblem(f"the file is not valid TOML: {message}", lineno) from None

    def fail(detail: str, key: str | None = None, section: int | None = None):
        raise ManifestProblem(detail, _line_of(text, key, section))

    unknown = [key for key in data if key not in _TOP_KEYS]
    if unknown:
        fail(
            f"unknown setting {unknown[0]!r} (the settings are: {', '.join(_TOP_KEYS)})", unknown[0]
        )

    def text_setting(key: str, example: str, default: str | None = None) -> str:
        if key not in data:
            if default is not None:
                return default
            fail(f"{key!r} is missing; add a line such as {key} = {example}")
        value = data[key]
        if not isinstance(value, str) or not value.strip():
            fail(
                f"{key!r} must be text in quotes, such as {key} = {example}; "
                f"it is {_describe(value)}",
                key,
            )
        return value.strip()

    result = {
        "name": text_setting("name", '"Briefing note"'),
        "description": text_setting("description", '"A standard briefing note."'),
        "version": text_setting("version", '"1.0"'),
        "citation_style": text_setting(
            "citation_style", f'"{DEFAULT_CITATION_STYLE}"', DEFAULT_CITATION_STYLE
        ),
    }
    if not _STYLE_NAME.match(result["citation_style"]):
        fail("'citation_style' must be a style name such as \"apa\"", "citation_style")
    # The language the template's fixed text and guidance are written in; "" when the
    # manifest does not say (the exporter then keeps its own default).
    result["language"] = data.get("language", "")
    if "language" in data and (
        not isinstance(result["language"], str) or not is_language_code(result["language"])
    ):
        fail("'language' must be a language tag in quotes, such as language = \"de-DE\"",
             "language")

    numbered = data.get("numbered_paragraphs", False)
    if not isinstance(numbered, bool):
        fail("'numbered_paragraphs' must be true or false", "numbered_paragraphs")
    result["numbered_paragraphs"] = numbered
    pages = data.get("pages", 0)
    if isinstance(pages, bool) or not isinstance(pages, int) or not 0 <= pages <= 1000:
        fail("'pages' must be the most pages the briefing should fill (0 for no limit)", "pages")
    result["pages"] = pages
    marker = text_setting("status_marker", '"[{status} — see {where}]"', DEFAULT_STATUS_MARKER)
    try:
        marker.format(status="disputed", where="note")
    except (KeyError, IndexError, ValueError):
        fail("'status_marker' may use only {status} and {where}, such as "
             '"[{status} — see {where}]"', "status_marker")
    result["status_marker"] = marker

    page = data.get("page", {})
    if not isinstance(page, dict) or any(k not in ("size", "orientation") for k in page):
        fail('\'page\' must look like page = { size = "A4", orientation = "portrait" }', "page")
    result["page_size"] = page.get("size", "A4")
    result["orientation"] = page.get("orientation", "portrait")
    if result["page_size"] not in PAGE_SIZES:
        fail(
            f"page size {_describe(result['page_size'])} is not one of {', '.join(PAGE_SIZES)}",
            "page",
        )
    if result["orientation"] not in ORIENTATIONS:
        fail(
            f"page orientation {_describe(result['orientation'])} must be "
            '"portrait" or "landscape"',
            "page",
        )

    required = data.get("required_metadata", ["title"])
    if not isinstance(required, list) or not all(isinstance(k, str) for k in required):
        fail(
            '\'required_metadata\' must be a list of names, such as ["title", "date"]',
            "required_metadata",
        )
    for name in required:
        if name not in BRIEFING_FIELDS:
            fail(
                f"'required_metadata' names {name!r}, which is not a briefing field "
                f"(the fields are: {', '.join(BRIEFING_FIELDS)})",
                "required_metadata",
            )
    if len(set(required)) != len(required):
        fail("'required_metadata' lists a field twice", "required_metadata")
    result["required_metadata"] = tuple(required)

    # What the template calls the briefing's fields (a Leitungsvorlage's title is its
    # "Betreff"): the Details form and the preflight use these labels.
    labels = data.get("labels", {})
    if not isinstance(labels, dict):
        fail('\'labels\' must be a table such as [labels] with title = "Betreff"', "labels")
    for name, label in labels.items():
        if name not in BRIEFING_FIELDS:
            fail(f"'labels' names {name!r}, which is not a briefing field (the fields are: "
                 f"{', '.join(BRIEFING_FIELDS)})", "labels")
        if not isinstance(label, str) or not label.strip() or len(label) > MAX_LABEL:
            fail(f"the label of {name!r} must be text in quotes of at most {MAX_LABEL} "
                 f"characters, such as {name} = \"Betreff\"", "labels")
    result["labels"] = tuple((name, " ".join(label.split())) for name, label in labels.items())

    # Markings printed in their own colour rather than the header style's (VSA: GEHEIM and
    # STRENG GEHEIM in red), keyed by the marking as the classification field holds it.
    colours = data.get("marking_colours", {})
    if not isinstance(colours, dict) or not all(
        isinstance(k, str) and k.strip() and isinstance(v, str) and _COLOUR.match(v)
        for k, v in colours.items()
    ):
        fail('\'marking_colours\' must be a table of markings and colours, such as '
             'marking_colours = { "GEHEIM" = "C00000" }', "marking_colours")
    result["marking_colours"] = tuple((" ".join(k.split()).upper(), v.lstrip("#").upper())
                                      for k, v in colours.items())

    sections = data.get("sections")
    if sections is None:
        fail(
            "there are no sections; add at least one [[sections]] table with key, heading "
            "and guidance"
        )
    if not isinstance(sections, list) or not all(isinstance(s, dict) for s in sections):
        fail("'sections' must be written as [[sections]] tables", "sections")
    if not sections:
        fail("there are no sections; add at least one [[sections]] table", "sections")
    result["sections"], seen = [], {}
    for index, section in enumerate(sections):
        label = f"section {index + 1}" + (
            f" ({section['key']!r})" if isinstance(section.get("key"), str) else ""
        )
        for key in section:
            if key not in _SECTION_KEYS:
                fail(
                    f"{label}: unknown setting {key!r} (a section has: {', '.join(_SECTION_KEYS)})",
                    key,
                    index,
                )
        for key in ("key", "heading", "guidance"):
            value = section.get(key)
            if value is None:
                fail(f"{label}: {key!r} is missing", None, index)
            if not isinstance(value, str) or not value.strip():
                fail(f"{label}: {key!r} must be text in quotes, not {_describe(value)}", key, index)
        key = section["key"]
        if not _SECTION_KEY.match(key):
            fail(
                f"{label}: the key must be lower-case letters, digits and _ "
                f'(starting with a letter), such as "key_considerations"',
                "key",
                index,
            )
        if key in seen:
            fail(
                f"{label}: the key {key!r} is already used by section {seen[key] + 1}; "
                "section keys must be unique",
                "key",
                index,
            )
        seen[key] = index
        is_required = section.get("required", False)
        if not isinstance(is_required, bool):
            fail(
                f"{label}: 'required' must be true or false, not {_describe(is_required)}",
                "required",
                index,
            )
        limit = section.get("word_limit", 0)
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
            fail(
                f"{label}: 'word_limit' must be a whole number of words (0 for no limit), "
                f"not {_describe(limit)}",
                "word_limit",
                index,
            )
        decision = section.get("decision", [])
        if not isinstance(decision, list) or not all(
            isinstance(c, str) and c.strip() for c in decision
        ):
            fail(
                f"{label}: 'decision' must be a list of choices, such as "
                '["Agreed", "Not agreed", "Noted", "Please discuss"]',
                "decision",
                index,
            )
        decision_if = section.get("decision_if", "")
        if not isinstance(decision_if, str):
            fail(f"{label}: 'decision_if' must be text in quotes", "decision_if", index)
        result["sections"].append(
            {
                "key": key,
                "heading": section["heading"].strip(),
                "guidance": _paragraphs(section["guidance"]),
                "required": is_required,
                "word_limit": limit,
                "decision": tuple(c.strip() for c in decision),
                "decision_if": decision_if.strip(),
            }
        )
    return result
