"""A small language guess for a source: Chinese by its script, else by common words.

Good enough to pre-fill the language field (which the curator can change) for the
languages the library holds: German, English, French, Spanish and Chinese.
"""

from __future__ import annotations

import re

from briefing.core.text.fold import is_cjk

_STOPWORDS = {
    "de": "der die das und ist nicht mit auch sich auf für den dem des ein eine einer im zu "
          "von wird werden wurde sind bei nach oder aber wie über noch nur",
    "en": "the and of to is that for with as was are by this from be has have were which "
          "it its not or but their an will would been",
    "fr": "le la les et est des une un du dans que qui pour pas sur par au aux avec ce "
          "sont mais ou été sont leur cette il elle",
    "es": "el la los las y es que del en un una por con para se no al lo como más pero "
          "sus su fue son está ha ser",
}
_SETS = {lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()}
_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str, sample: int = 20000) -> str:
    """"de", "en", "fr", "es" or "zh"; "" when the text gives too little to tell."""
    text = text[:sample]
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return ""
    if sum(map(is_cjk, letters)) / len(letters) > 0.3:
        return "zh"
    words = [w.lower() for w in _WORD.findall(text)]
    scores = {lang: sum(w in stop for w in words) for lang, stop in _SETS.items()}
    best = max(scores, key=scores.get)
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] < 3 or ranked[0] < 1.3 * ranked[1]:
        return ""
    return best
