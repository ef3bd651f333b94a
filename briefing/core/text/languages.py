"""Language codes as Briefing takes them (a source's language, a template's): a BCP 47 tag's
usual shape, a primary language of 2–3 lower-case letters and up to three subtags (``de``,
``en-GB``, ``zh-Hans-CN``). The one check for both."""

from __future__ import annotations

import re

_CODE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}")
LANGUAGE_FORMS = "de, en-GB or zh-CN"  # for messages


def is_language_code(value: str) -> bool:
    return _CODE.fullmatch(value) is not None


# The English names of the languages Briefing names (quotes' languages, the preflight's
# statement languages, the export's notes): the one table. The export has the names in
# other languages (export.language.NAMES_IN); the interface translates these (gui CoreWords).
NAMES = {"de": "German", "zh": "Chinese", "fr": "French", "es": "Spanish", "ru": "Russian",
         "ja": "Japanese", "ko": "Korean", "ar": "Arabic", "it": "Italian", "pt": "Portuguese",
         "nl": "Dutch", "pl": "Polish", "he": "Hebrew", "uk": "Ukrainian", "en": "English"}


def language_name(code: str) -> str:
    """"German" for "de" or "de-AT"; "" for a language the table does not name."""
    return NAMES.get(primary_language(code), "")


def primary_language(code: str) -> str:
    """The primary language of a code, lower case: "de-AT" → "de", "EN" → "en"; "" for none."""
    return code.strip().replace("_", "-").split("-")[0].lower() if code else ""
