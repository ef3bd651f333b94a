"""Near-duplicate claims across sources, and links between claims that corroborate each other.

Similarity is the Jaccard index of two claims' content words: folded (case,
accents, ß), common phrases unified ("United States" and "U.S." are "us",
"artificial intelligence" is "ai", "Künstliche Intelligenz" is "ki"), stopwords
and one-letter words dropped, English endings -s/-es/-ed/-ing cut from longer
words, numbers without their separators ("5.000" and "5,000" are both "5000").
Statements (English) are compared with statements and quotes with quotes (same
language); the higher score counts. At or above :data:`THRESHOLD` claims from
different sources are flagged as near-duplicates.

Measured on the bundled library: different claims on one topic from one source
score up to 0.47, and no pair across its two sources reaches 0.25, including
the pair that does report the same event in other words (0.24). So the flag
(0.5, above what different claims reach) finds claims worded alike (wire copy,
the same quote in two outlets), not paraphrases: those a curator links by hand.

Linking two claims records that they corroborate each other; with
``corroborated=True`` both are marked "corroborated" unless a curator has
already marked one disputed or corrected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.core.curation.claims import edit_claim
from briefing.core.curation.errors import LinkError
from briefing.core.errors import marked
from briefing.core.library import CLAIM_SELECT, Library, claim_from_row
from briefing.core.model import Claim
from briefing.core.text.fold import fold

THRESHOLD = 0.5
_PHRASES = (("united states", "us"), ("u.s.", "us"), ("u. s.", "us"),
            ("artificial intelligence", "ai"), ("kunstliche intelligenz", "ki"),
            ("kunstlicher intelligenz", "ki"), ("european union", "eu"))
_NUMBER = re.compile(r"\d+(?:[.,'’]\d+)*")
_WORD = re.compile(r"\w+")
_STOPWORDS = frozenset(
    "the a an and or of to in on at by for with from as is are was were be been being has have "
    "had that this these those it its their his her they he she we you not but which who will "
    "would can could also than then there into over under about after before more most said "
    "says der die das und oder von zu im in am an auf mit für ist sind war wird werden wurde "
    "den dem des ein eine einer eines nicht auch als bei nach aus sich dass es sie er wie noch "
    "le la les et de des du un une est sont el los las y del en que por para".split()
)


@dataclass(frozen=True)
class Similar:
    claim: Claim
    score: float  # 0..1


def _stem(word: str) -> str:
    for ending in ("ing", "ed", "es", "s"):
        if len(word) > 4 and word.endswith(ending):
            return word[: -len(ending)]
    return word


def words(text: str) -> frozenset[str]:
    folded = fold(text)
    for phrase, short in _PHRASES:
        folded = folded.replace(phrase, short)
    numbers = [n.replace(".", "").replace(",", "").replace("'", "").replace("’", "")
               for n in _NUMBER.findall(folded)]
    rest = _NUMBER.sub(" ", folded)
    kept = {_stem(w) for w in _WORD.findall(rest) if len(w) > 1 and w not in _STOPWORDS}
    return frozenset(kept | set(numbers))


def jaccard(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def similarity(a: Claim, b: Claim) -> float:
    return max(jaccard(words(a.statement), words(b.statement)),
               jaccard(words(a.quote), words(b.quote)))


EXHAUSTIVE_UP_TO = 5000  # claims; above this, candidates come from the search index
CANDIDATES = 400


def _candidates(library: Library, claim: Claim) -> list[Claim]:
    """Every live claim in a small library; in a large one, the claims the word index ranks
    highest for the claim's rarer words (a pair alike enough to flag shares most words, so
    it ranks high). Comparing against every claim took 9 s at 100,000 claims."""
    if library.count_claims() <= EXHAUSTIVE_UP_TO:
        return library.claims()
    terms = sorted({w for w in _WORD.findall(fold(f"{claim.statement} {claim.quote}"))
                    if len(w) > 2 and w not in _STOPWORDS}, key=lambda w: (-len(w), w))[:24]
    if not terms:
        return []
    match = " OR ".join('"' + t.replace('"', '""') + '"' for t in terms)
    rows = library.db.execute(
        f"SELECT {CLAIM_SELECT} FROM claims_words JOIN claims c ON c.n = claims_words.rowid "
        "WHERE claims_words MATCH ? AND c.retired = 0 ORDER BY claims_words.rank LIMIT ?",
        [match, CANDIDATES]).fetchall()
    return [claim_from_row(row) for row in rows]


def similar_claims(library: Library, claim: Claim, threshold: float = THRESHOLD,
                   limit: int = 10) -> list[Similar]:
    """Live claims from other sources that look like ``claim``, most alike first."""
    statement, quote = words(claim.statement), words(claim.quote)
    found = []
    for other in _candidates(library, claim):
        if other.source_id == claim.source_id or other.id == claim.id:
            continue
        score = max(jaccard(statement, words(other.statement)),
                    jaccard(quote, words(other.quote)))
        if score >= threshold:
            found.append(Similar(other, round(score, 3)))
    found.sort(key=lambda s: (-s.score, s.claim.id))
    return found[:limit]


def linked(library: Library, claim_id: str) -> list[str]:
    rows = library.db.execute(
        "SELECT claim_b FROM claim_links WHERE claim_a = ? UNION "
        "SELECT claim_a FROM claim_links WHERE claim_b = ? ORDER BY 1", [claim_id, claim_id])
    return [row[0] for row in rows.fetchall()]


def link_claims(library: Library, first: str, second: str, *,
                corroborated: bool = True) -> list[str]:
    """Link two claims from different sources; returns the ids whose status became corroborated."""
    a, b = library.claim(first), library.claim(second)
    if a.id == b.id:
        raise LinkError(marked("core", "A claim cannot corroborate itself: name two different "
                                       "claims."))
    if a.source_id == b.source_id:
        raise LinkError(marked("core", "Claims '{id}' and '{other}' come from the same source, so "
                                       "they cannot corroborate each other."), id=a.id, other=b.id)
    changed = []
    with library.db.atomic():
        pair = sorted((a.id, b.id))
        library.db.execute(
            "INSERT OR IGNORE INTO claim_links(claim_a, claim_b, kind) VALUES (?, ?, ?)",
            [*pair, "corroborates"])
        if corroborated:
            for claim in (a, b):
                if claim.status == "as reported":
                    edit_claim(library, claim.id, status="corroborated")
                    changed.append(claim.id)
    return changed


def unlink_claims(library: Library, first: str, second: str) -> bool:
    pair = sorted((first, second))
    with library.db.atomic():
        removed = library.db.execute(
            "DELETE FROM claim_links WHERE claim_a = ? AND claim_b = ?", pair).rowcount
    return removed > 0
