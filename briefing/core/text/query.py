"""A search box's text as a query: words that must all match, "exact phrases", -excluded words
and OR between alternatives, the syntax web searches and Zotero taught people.

    Huawei Ascend          both words (anywhere in a claim, in any order)
    "export controls"      the words together, in this order
    -Nvidia                no claim that has the word
    Huawei OR SMIC         either word ("OR" in capitals; "or" is a word)
    chips -"United States" OR Japan

Parsing never fails: an unclosed quote runs to the end, an OR with nothing before it is the
word "or", one with nothing after it and a lone "-" are ignored, and every other character
only separates words, so no user text reaches the index as syntax (the search quotes every
term). Words are folded as the index is (see ``fold``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from briefing.core.text.fold import fold, query_terms

_TOKEN = re.compile(r'(-*)"([^"]*)("?)|(\S+)')


@dataclass(frozen=True)
class Term:
    """One folded word, or a folded phrase (words separated by single spaces)."""

    text: str
    phrase: bool = False


@dataclass(frozen=True)
class Query:
    """All ``groups`` must match; a group matches when any of its alternatives does; an
    alternative matches when all its terms do. No claim matching an ``excluded`` alternative
    is found."""

    groups: tuple[tuple[tuple[Term, ...], ...], ...] = ()
    excluded: tuple[tuple[Term, ...], ...] = ()

    @property
    def terms(self) -> list[Term]:
        """Every term a match may hold (for ranking and highlighting), each once."""
        seen: dict[Term, None] = {}
        for group in self.groups:
            for alternative in group:
                for term in alternative:
                    seen.setdefault(term)
        return list(seen)

    @property
    def plain(self) -> bool:
        """Only words that must all match (the common case, searched the fastest way)."""
        return not self.excluded and all(
            len(group) == 1 and len(group[0]) == 1 and not group[0][0].phrase
            for group in self.groups)

    @property
    def empty(self) -> bool:
        return not self.groups and not self.excluded


def plain_query(terms: list[str]) -> Query:
    """The query of words that must all match."""
    return Query(tuple(((Term(t),),) for t in terms))


def _phrase(text: str) -> tuple[Term, ...]:
    """A quoted phrase: one term of its folded words (a single word is just that word)."""
    words = query_terms(text)
    if not words:
        return ()
    if len(words) == 1:
        return (Term(words[0]),)
    folded = "".join(c for c in fold(text) if unicodedata.category(c)[0] != "C" or c.isspace())
    return (Term(" ".join(folded.split()), phrase=True),)


def parse(text: str) -> Query:
    groups: list[list[tuple[Term, ...]]] = []
    excluded: list[tuple[Term, ...]] = []
    join_next = False  # the token before was OR
    for match in _TOKEN.finditer(text):
        dashes, quoted, _closing, word = match.groups()
        if word == "OR" and groups and not join_next:
            join_next = True
            continue
        negative = bool(dashes)
        if word is not None:
            negative = word.startswith("-")
            terms = tuple(Term(t) for t in query_terms(word.lstrip("-")))
        else:
            terms = _phrase(quoted)
        if not terms:
            continue  # only symbols: nothing to search for (an OR before it still waits)
        if negative:
            excluded.append(terms)
            join_next = False
        elif join_next:
            groups[-1].append(terms)
            join_next = False
        else:
            groups.append([terms])
    # A plain token of several words ("die-nachrichten", "Huawei华为") on its own needs all its
    # words, like any other words: one group each. In an OR it is one alternative.
    flat: list[tuple[tuple[Term, ...], ...]] = []
    for group in groups:
        if len(group) == 1 and len(group[0]) > 1:
            flat += [((term,),) for term in group[0]]
        else:
            flat.append(tuple(group))
    return Query(tuple(flat), tuple(excluded))
