"""Realistic synthetic libraries, written fast (one transaction, bulk insert).

Text comes from the seed corpus (resources/library): English statements and notes are
drawn from a bigram chain over the curated English statements, German statements from one
over the curated German statements (every claim has one, as every bundled claim does),
German quotes from a bigram chain over the German source texts, with sentence lengths sampled
from the seed's own.
Topics, actors, outlets and authors are the seed's plus realistic extras. Each synthetic
source's text is the concatenation of its claims' quotes, so every quote's offsets are exact.

The search index is filled with FTS5 'rebuild' after the bulk insert (the per-row triggers
are dropped for the load and restored), inside the same transaction.

Libraries are cached: ``library_path(n)`` returns ~/.cache/briefing-bench/library-<n>.sqlite,
building it on first use (BRIEFING_BENCH_CACHE overrides the folder).
"""

from __future__ import annotations

import json
import os
import random
import re
import sqlite3
import time
from pathlib import Path

from briefing.core.library import Library
from briefing.core.library.bundle import load_bundle
from briefing.core.paths import resources_dir
from briefing.core.text.fold import fold

GENERATOR_VERSION = "3"  # 2: library 2026.12 (two notes per claim); 3: German statements
SEED = 20261122

TOPICS_EXTRA = [
    "export controls", "semiconductors", "data governance", "AI safety", "standards",
    "trade policy", "investment screening", "cloud computing", "open source models",
    "talent", "energy", "critical minerals", "cybersecurity", "sanctions", "R&D funding",
    "digital sovereignty", "platform regulation", "military AI", "supply chains", "privacy",
]
ACTORS_EXTRA = [
    "European Commission", "Federal Ministry for Digital Affairs", "Bundestag", "Nvidia",
    "TSMC", "Huawei", "Alibaba", "Baidu", "OpenAI", "Google DeepMind", "Microsoft", "ASML",
    "Ministry of Industry and Information Technology", "Cyberspace Administration of China",
    "US Department of Commerce", "Bureau of Industry and Security", "OECD", "United Nations",
    "G7", "Japan", "South Korea", "Netherlands", "India", "Anthropic", "SMIC", "Tencent",
]
OUTLETS = ["Der Standard", "Handelsblatt", "Caixin Global", "Nikkei Asia", "Reuters",
           "Süddeutsche Zeitung", "South China Morning Post", "Politico Europe", "Le Monde",
           "Frankfurter Allgemeine Zeitung", "Die Zeit", "Financial Times", "Table.Media"]
AUTHORS = ["MERICS (Mercator Institute for China Studies)", "Katrin Büchenbacher", "Li Wei",
           "Anna Schmidt", "Thomas Müller", "Zhang Min", "Sarah Klein", "Jörg Weißmann",
           "Emily Carter", "Paul Hoffmann", "Chen Jing", ""]
KINDS = ["fact", "figure", "event", "quote", "assessment"]
KIND_WEIGHTS = [40, 20, 15, 10, 15]
STATUSES = ["as reported", "corroborated", "disputed", "corrected"]
STATUS_WEIGHTS = [80, 14, 4, 2]
SPEAKERS = ["", "", "", "", "Ursula von der Leyen", "Li Qiang", "Gina Raimondo", "Olaf Scholz",
            "Jensen Huang", "Wang Wentao"]

_TOKEN = re.compile(r"\S+")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def cache_dir() -> Path:
    folder = Path(os.environ.get("BRIEFING_BENCH_CACHE", Path.home() / ".cache" / "briefing-bench"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class Chain:
    """A bigram chain over sentences with their length distribution; texts come with their fold."""

    def __init__(self, sentences: list[str], rng: random.Random):
        self.rng = rng
        self.lengths = [len(_TOKEN.findall(s)) for s in sentences if s.strip()]
        self.starts: list[str] = []
        nxt: dict[str, list[str]] = {}
        for s in sentences:
            words = _TOKEN.findall(s)
            if len(words) < 3:
                continue
            self.starts.append(words[0])
            for a, b in zip(words, words[1:]):
                nxt.setdefault(a, []).append(b)
        self.next = nxt
        self.words = [w for s in sentences for w in _TOKEN.findall(s)]
        self.folded = {w: fold(w) for w in self.words}

    def sentence(self) -> str:
        rng = self.rng
        n = max(4, rng.choice(self.lengths))
        word = rng.choice(self.starts)
        out = [word]
        while len(out) < n:
            options = self.next.get(word)
            word = rng.choice(options) if options and rng.random() < 0.9 else rng.choice(self.words)
            out.append(word)
        text = " ".join(out).rstrip(",;:")
        if text[-1] not in ".!?\"“”":
            text += "."
        return text

    def fold(self, text: str) -> str:
        # fold() works per character, so folding word by word equals folding the whole.
        return " ".join(self.folded.get(w) or fold(w) for w in text.split(" "))


def _seed_text():
    bundle = load_bundle(resources_dir() / "library")
    english = [c.statement for c in bundle.claims] + [
        note for c in bundle.claims for note in (c.reader_note, c.curator_note) if note]
    german_statements = [c.statement_in("de") for c in bundle.claims if c.statement_in("de")]
    german = []
    for source in bundle.sources:
        for para in source.text.splitlines():
            german += [s for s in _SENTENCE.split(para) if len(s.split()) >= 4]
    german += [c.quote for c in bundle.claims]
    return bundle, english, german, german_statements


def build(count: int, target: Path, *, quiet: bool = False) -> Path:
    """Write a library of ``count`` synthetic claims (plus the bundled ones) to ``target``."""
    started = time.perf_counter()
    tmp = target.with_suffix(".partial")
    for p in (tmp, Path(str(tmp) + "-journal")):
        p.unlink(missing_ok=True)
    bundle, english, german, german_statements = _seed_text()
    rng = random.Random(SEED + count)
    en, de = Chain(english, rng), Chain(german, rng)
    en_de = Chain(german_statements, rng)
    topics = sorted({t for c in bundle.claims for t in c.topics} | set(TOPICS_EXTRA))
    actors = sorted({a for c in bundle.claims for a in c.actors} | set(ACTORS_EXTRA))
    with Library.open(tmp, bundle) as library:  # the schema and the bundled layer
        conn: sqlite3.Connection = library.db.conn
        conn.commit()
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -200000")
        triggers = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'claims_ai'").fetchall()
        conn.execute("BEGIN")
        conn.execute("DROP TRIGGER claims_ai")
        n_claim = 0
        src_no = 0
        claim_rows, actor_rows, topic_rows, source_rows = [], [], [], []
        base_n = conn.execute("SELECT coalesce(max(n), 0) FROM claims").fetchone()[0]
        while n_claim < count:
            per = min(count - n_claim, rng.randint(20, 250))
            sid = f"synthetic-{src_no:06d}"
            year = rng.randint(2019, 2026)
            title_de = de.sentence()[:110].rstrip(" .,")
            outlet, author = rng.choice(OUTLETS), rng.choice(AUTHORS)
            published = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            names_fold = fold("\n".join(p for p in (title_de, author, outlet) if p))
            src_topics = rng.sample(topics, 4)
            src_actors = rng.sample(actors, 5)
            text_parts, offset = [], 0
            for _ in range(per):
                n_claim += 1
                statement = en.sentence()
                statement_de = en_de.sentence()
                if rng.random() < 0.35:
                    statement += " " + en.sentence()
                    statement_de += " " + en_de.sentence()
                quote = de.sentence()
                if rng.random() < 0.3:
                    quote += " " + de.sentence()
                note = en.sentence() if rng.random() < 0.25 else ""
                speaker = rng.choice(SPEAKERS)
                c_actors = rng.sample(src_actors, rng.randint(1, 3))
                c_topics = rng.sample(src_topics, rng.randint(1, 2))
                start = offset
                end = start + len(quote)
                text_parts.append(quote)
                offset = end + 1
                search = "\n".join(p for p in (
                    en.fold(statement), de.fold(quote), en.fold(note) if note else "",
                    fold(speaker) if speaker else "", *(fold(a) for a in c_actors),
                    *(fold(t) for t in c_topics), names_fold, en_de.fold(statement_de)) if p)
                date = (f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                        if rng.random() < 0.4 else "")
                n = base_n + n_claim
                claim_rows.append((
                    n, f"{sid}-{n_claim:07d}", "user", sid, statement, quote, start, end,
                    rng.choices(KINDS, KIND_WEIGHTS)[0], speaker, date,
                    json.dumps(c_actors, ensure_ascii=False), json.dumps(c_topics, ensure_ascii=False),
                    rng.choices(STATUSES, STATUS_WEIGHTS)[0], note,
                    json.dumps({"de": statement_de}, ensure_ascii=False), search))
                actor_rows += [(a, n) for a in c_actors]
                topic_rows += [(t, n) for t in c_topics]
            source_rows.append((sid, "user", title_de, author, outlet, published, "de",
                                "article-newspaper", " ".join(text_parts)))
            src_no += 1
            if len(claim_rows) >= 50000 or n_claim >= count:
                conn.executemany(
                    "INSERT INTO sources (id, origin, title, author, outlet, published, language, "
                    "kind, text) VALUES (?,?,?,?,?,?,?,?,?)", source_rows)
                conn.executemany(
                    'INSERT INTO claims (n, id, origin, source_id, statement, quote, start, "end", '
                    "kind, speaker, event_date, actors, topics, status, curator_note, "
                    "statement_translations, search_text) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", claim_rows)
                conn.executemany("INSERT OR IGNORE INTO claim_actors VALUES (?, ?)", actor_rows)
                conn.executemany("INSERT OR IGNORE INTO claim_topics VALUES (?, ?)", topic_rows)
                claim_rows, actor_rows, topic_rows, source_rows = [], [], [], []
                if not quiet:
                    print(f"  {n_claim:,} claims generated ({time.perf_counter() - started:.0f} s)",
                          flush=True)
        conn.execute("INSERT INTO claims_words(claims_words) VALUES ('rebuild')")
        conn.execute("INSERT INTO claims_tri(claims_tri) VALUES ('rebuild')")
        for (sql,) in triggers:
            conn.execute(sql)
        conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('bench_generator', ?)",
                     [f"{GENERATOR_VERSION}:{count}"])
        conn.commit()
        conn.execute("PRAGMA optimize")
    tmp.replace(target)
    if not quiet:
        print(f"wrote {target}: {count:,} synthetic claims in {time.perf_counter() - started:.0f} s",
              flush=True)
    return target


def library_path(count: int, *, folder: Path | None = None, quiet: bool = False) -> Path:
    """The cached library of ``count`` claims, built when missing or stale."""
    target = (folder or cache_dir()) / f"library-{count}-v{GENERATOR_VERSION}.sqlite"
    if not target.exists():
        build(count, target, quiet=quiet)
    return target


if __name__ == "__main__":
    import sys

    for arg in sys.argv[1:]:
        print(library_path(int(arg)))
