"""Passages a source prints twice: whole paragraphs, or runs of sentences.

1. Paragraphs (blocks between blank lines) of at least :data:`MIN_CHARS`
   characters are compared. Identical ones are verbatim repeats. Candidates for
   near-verbatim repeats are pairs that share word trigrams (an inverted index,
   so a long text is not compared pair by pair); a pair is a repeat when
   ``difflib`` finds their word sequences at least :data:`NEAR_RATIO` alike (a
   translation that swaps a few words stays above it; two paragraphs on the same
   subject fall far below). difflib's time grows with the square of the length, so
   paragraphs over :data:`MAX_DIFF_WORDS` words are judged by the share of word
   trigrams they have in common instead (linear: two 20,000-word paragraphs took 17 s).
2. Outside those paragraphs, runs of identical sentences at least
   :data:`MIN_CHARS` long that occur twice are verbatim repeats too (texts
   without blank lines, such as PDF text, have no paragraphs to compare).

Each repeat is reported once, first occurrence first, as a ``Repeat``.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections import Counter, defaultdict

from briefing.core.model import Repeat
from briefing.core.text.sentences import sentences

MIN_CHARS = 80
NEAR_RATIO = 0.8
MAX_DIFF_WORDS = 2000
_MAX_SHARED = 8  # a trigram in more paragraphs than this is too common to pair by
_PARAGRAPH = re.compile(r"\S(?:.*?\S)?(?=\s*\n[ \t]*\n|\s*\Z)", re.S)
_WORD = re.compile(r"\w+")


def find_repeats(text: str) -> tuple[Repeat, ...]:
    blocks = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    blocks = [b for b in blocks if b[1] - b[0] >= MIN_CHARS]
    found = _paragraph_repeats(text, blocks)
    covered = [(r.start, r.end) for r in found] + [(r.repeat_start, r.repeat_end) for r in found]
    found += _sentence_runs(text, covered)
    return tuple(sorted(found, key=lambda r: (r.start, r.repeat_start)))


def _paragraph_repeats(text: str, blocks: list[tuple[int, int]]) -> list[Repeat]:
    found, used, first_seen = [], set(), {}
    for number, (a, b) in enumerate(blocks):
        if text[a:b] in first_seen:
            c, d = blocks[first_seen[text[a:b]]]
            found.append(Repeat(c, d, a, b, verbatim=True))
            used.add(number)
        else:
            first_seen[text[a:b]] = number
    words = [_WORD.findall(text[a:b].casefold()) for a, b in blocks]
    index: dict[tuple, set[int]] = defaultdict(set)
    for number, sequence in enumerate(words):
        if number in used:
            continue
        for gram in zip(sequence, sequence[1:], sequence[2:]):
            index[gram].add(number)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for holders in index.values():
        if 1 < len(holders) <= _MAX_SHARED:
            ordered = sorted(holders)
            for x, first in enumerate(ordered):
                for second in ordered[x + 1:]:
                    shared[first, second] += 1
    for (first, second), count in sorted(shared.items()):
        if first in used or second in used:
            continue
        smaller = min(len(words[first]), len(words[second]))
        if count < 0.3 * max(smaller - 2, 1):
            continue
        if _likeness(words[first], words[second]) < NEAR_RATIO:
            continue
        a, b = blocks[first], blocks[second]
        found.append(Repeat(a[0], a[1], b[0], b[1], verbatim=False))
        used.add(second)
    return found


def _likeness(a: list[str], b: list[str]) -> float:
    """How alike two word sequences are, from 0 to 1 (difflib's ratio for short ones)."""
    if max(len(a), len(b)) <= MAX_DIFF_WORDS:
        return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
    grams_a = Counter(zip(a, a[1:], a[2:]))
    grams_b = Counter(zip(b, b[1:], b[2:]))
    common = sum((grams_a & grams_b).values())
    return 2 * common / max(sum(grams_a.values()) + sum(grams_b.values()), 1)


def _sentence_runs(text: str, covered: list[tuple[int, int]]) -> list[Repeat]:
    covered.sort()
    starts = [a for a, _ in covered]

    def inside(position: int) -> bool:
        k = bisect.bisect_right(starts, position) - 1
        return k >= 0 and position < covered[k][1]

    spans = [s for s in sentences(text) if not inside(s[0])]
    first_seen: dict[str, int] = {}
    pairs: list[tuple[int, int]] = []  # (index of first occurrence, index of repeat)
    for number, (a, b) in enumerate(spans):
        key = text[a:b]
        if len(key) < 20:
            continue
        if key in first_seen:
            pairs.append((first_seen[key], number))
        else:
            first_seen[key] = number
    found: list[Repeat] = []
    run: list[tuple[int, int]] = []
    for pair in pairs + [(-9, -9)]:
        if run and pair == (run[-1][0] + 1, run[-1][1] + 1):
            run.append(pair)
            continue
        if run:
            start, end = spans[run[0][0]][0], spans[run[-1][0]][1]
            again_start, again_end = spans[run[0][1]][0], spans[run[-1][1]][1]
            if end - start >= MIN_CHARS and end <= again_start:
                found.append(Repeat(start, end, again_start, again_end, verbatim=True))
        run = [pair]
    return found
