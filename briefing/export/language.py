"""Languages and typography: tags for each format, quotation marks, curly quotes.

A briefing has a language (BCP 47, "en-GB" by default; its template declares one). A
span in another language carries its own tag: the original-language quotes of German
sources are "de", of Chinese sources "zh-Hans". Each writer spells the tag its format's
way (Word wants a region: "de-DE", Chinese in the East Asian slot "zh-CN"; Typst takes
a language and an optional region).
"""

from __future__ import annotations

import re

from briefing.core.text.languages import NAMES  # the languages' English names
from briefing.core.text.languages import primary_language as primary  # "de-AT" → "de"

# Word needs a region for a spelling language; the usual one for each language.
_WORD_REGION = {"de": "de-DE", "en": "en-GB", "fr": "fr-FR", "es": "es-ES", "it": "it-IT",
                "pt": "pt-PT", "ru": "ru-RU", "nl": "nl-NL", "pl": "pl-PL", "uk": "uk-UA",
                "ja": "ja-JP", "ko": "ko-KR", "ar": "ar-SA", "he": "he-IL"}
# Quotation marks: (open, close, inner open, inner close).
_MARKS = {
    "en": ("“", "”", "‘", "’"),
    "de": ("„", "“", "‚", "‘"),
    "fr": ("« ", " »", "“", "”"),
    "zh": ("“", "”", "‘", "’"),  # Simplified Chinese: not the corner brackets 「」
    "ja": ("「", "」", "『", "』"),
    "ru": ("«", "»", "„", "“"),
    "pl": ("„", "”", "«", "»"),
    "nl": ("“", "”", "‘", "’"),
}
_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")


def is_tag(tag: str) -> bool:
    return bool(_TAG.match(tag or ""))


def normalise(tag: str) -> str:
    """A source's or briefing's language as a BCP 47 tag: Chinese gets its script
    ("zh", "zh-CN" → "zh-Hans"; "zh-TW", "zh-HK" → "zh-Hant"); case as BCP 47 writes it."""
    tag = (tag or "").strip().replace("_", "-")
    if not is_tag(tag):
        return ""
    parts = tag.split("-")
    lang = parts[0].lower()
    rest = parts[1:]
    if lang == "zh":
        if any(p.lower() in ("hant", "tw", "hk", "mo") for p in rest):
            return "zh-Hant"
        return "zh-Hans"
    out = [lang]
    for part in rest:
        out.append(part.upper() if len(part) == 2 else part.title() if len(part) == 4 else part)
    return "-".join(out)


def word_language(tag: str) -> str:
    """The tag Word's w:lang takes: a region always ("de" → "de-DE", "zh-Hans" → "zh-CN")."""
    tag = normalise(tag)
    if tag == "zh-Hans":
        return "zh-CN"
    if tag == "zh-Hant":
        return "zh-TW"
    if "-" in tag and len(tag.split("-")[1]) == 2:
        return tag
    return _WORD_REGION.get(primary(tag), tag or "en-GB")


def typst_language(tag: str) -> tuple[str, str | None]:
    """(language, region) for Typst's text(lang:, region:): "zh-Hans" → ("zh", "CN")."""
    tag = normalise(tag)
    if tag == "zh-Hans":
        return "zh", "CN"
    if tag == "zh-Hant":
        return "zh", "TW"
    parts = tag.split("-")
    region = next((p for p in parts[1:] if len(p) == 2), None)
    return (parts[0] or "en"), region


def marks(tag: str) -> tuple[str, str, str, str]:
    return _MARKS.get(primary(tag), _MARKS["en"])


_OPENERS = "„“”\"«‚‘'「『"
_CLOSERS = "“”\"»‘’'」』"


def quoted(text: str, tag: str) -> str:
    """text inside the language's quotation marks, once: a quote that already opens and
    closes with quotation marks keeps its own; marks inside become the inner ones."""
    text = text.strip()
    outer_open, outer_close, _inner_open, _inner_close = marks(tag)
    if len(text) >= 2 and text[0] in _OPENERS and text[-1] in _CLOSERS:
        inner = text[1:-1]
        return outer_open + _nest(inner, tag) + outer_close
    return outer_open + _nest(text, tag) + outer_close


def _nest(text: str, tag: str) -> str:
    """Quotation marks inside a quote turned into the inner pair of the language."""
    if primary(tag) == "de":
        text = re.sub(r'"([^"]*)"', lambda m: f"‚{m[1]}‘", text)
        return re.sub(r"„([^„“”]*)[“”]", lambda m: f"‚{m[1]}‘", text)
    if primary(tag) in ("en", "zh", "nl", ""):
        text = re.sub(r'"([^"]*)"', lambda m: f"‘{m[1]}’", text)
        return re.sub(r"“([^“”]*)”", lambda m: f"‘{m[1]}’", text)
    return text


_DOUBLE = re.compile(r'"')
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_OPEN_SINGLE = re.compile(r"(^|[\s(\[{—–-])'")
_OPEN_DOUBLE = re.compile(r'(^|[\s(\[{—–/-])"')


def curly(text: str, tag: str = "en-GB") -> str:
    """Straight quotes and apostrophes made typographic for the language: "a" → “a” (en),
    „a“ (de); it's → it’s. Text with no straight quote is returned as it is."""
    if '"' not in text and "'" not in text:
        return text
    outer_open, outer_close, inner_open, inner_close = marks(tag)
    if primary(tag) == "fr":
        outer_open, outer_close = "«\u00a0", "\u00a0»"
    text = _APOSTROPHE.sub("’", text)
    text = _OPEN_DOUBLE.sub(lambda m: m[1] + outer_open, text)
    text = _DOUBLE.sub(outer_close, text)
    text = _OPEN_SINGLE.sub(lambda m: m[1] + inner_open, text)
    return text.replace("'", inner_close)


# The words the export writes itself, per briefing language (English for any other).
WORDS = {
    "en": {
        "notes": "Notes", "sources": "Sources", "references": "References",
        "original": "{language} original: ", "translation": "{language} translation: ",
        "translation_of": "{language} translation of {original}: ",
        "translation_by": "{language} translation by {translator}: ",
        "translation_by_of": "{language} translation by {translator} of {original}: ",
        "original_same": "Original: ",
        "first_published": "First published by {publisher}.",
        "status": "Status: {status}.", "note": "note", "annex": "annex",
        "annex_heading": "Annex: original-language quotes and verification notes",
        "note_label": "Note {number}", "paragraph_label": "Paragraph {number}",
        "page": "Page {page} of {pages}",
        "disputed": "disputed", "corrected": "corrected", "corroborated": "corroborated",
    },
    "de": {
        "notes": "Anmerkungen", "sources": "Quellen", "references": "Literatur",
        "original": "Im Original ({language}): ", "translation": "Übersetzung ({language}): ",
        # {original}: what the quote translates, in the dative ("dem englischen Bericht von
        # CNN über die Rede"; resources/library/translations/README.md)
        "translation_of": "Übersetzung ({language}) aus {original}: ",
        "translation_by": "Übersetzung ({language}) von {translator}: ",
        "translation_by_of": "Übersetzung ({language}) von {translator} aus {original}: ",
        "original_same": "Wortlaut im Original: ",
        "first_published": "Zuerst veröffentlicht von {publisher}.",
        "status": "Status: {status}.", "note": "Anmerkung", "annex": "Anlage",
        "annex_heading": "Anlage: Zitate in der Originalsprache und Prüfvermerke",
        "note_label": "Anmerkung {number}", "paragraph_label": "Randnummer {number}",
        "page": "Seite {page} von {pages}",
        "disputed": "umstritten", "corrected": "berichtigt", "corroborated": "bestätigt",
    },
}
# Language names as each export language writes them.
NAMES_IN = {"de": {"de": "Deutsch", "zh": "Chinesisch", "en": "Englisch", "fr": "Französisch",
                   "es": "Spanisch", "ru": "Russisch", "ja": "Japanisch", "ko": "Koreanisch",
                   "ar": "Arabisch", "it": "Italienisch", "pt": "Portugiesisch"}}


def words(tag: str) -> dict[str, str]:
    """The export's own words in the briefing's language (English when there are none)."""
    return WORDS.get(primary(tag), WORDS["en"])


def language_name(code: str, tag: str) -> str:
    """The name of language `code` in the briefing's language `tag`."""
    return NAMES_IN.get(primary(tag), NAMES).get(code, NAMES.get(code, "Original"))
