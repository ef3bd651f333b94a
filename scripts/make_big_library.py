#!/usr/bin/env python3
"""Write a large synthetic library for trying the app at scale.

    .venv/bin/python scripts/make_big_library.py 100000 /tmp/big.sqlite
    .venv/bin/briefing --library /tmp/big.sqlite          # the app on it
    .venv/bin/briefing --library /tmp/big.sqlite claims search Ascend

Claims are recombined from the bundled library's statements and quotes (German and
English text of the real length distribution), spread over many synthetic sources,
topics and actors. The bundled library is included too.
"""

from __future__ import annotations

import random
import sys
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from briefing.core.library import Library  # noqa: E402
from briefing.core.library.bundle import load_bundle  # noqa: E402
from briefing.core.paths import resources_dir  # noqa: E402

OUTLETS = ["Der Standard", "Handelsblatt", "Caixin Global", "Nikkei Asia", "Reuters",
           "Süddeutsche Zeitung", "South China Morning Post", "Politico Europe", "Le Monde"]


def main(count: int, target: Path) -> int:
    if target.exists():
        sys.exit(f"{target} exists; choose a new file.")
    bundle = load_bundle(resources_dir() / "library")
    rng = random.Random(20251122)
    started = time.perf_counter()
    with Library.open(target, bundle) as library:
        seeds = list(bundle.claims)
        per_source = 200
        with library.db.atomic():  # one transaction: far faster than a commit per row
            for n in range(count):
                if n % per_source == 0:
                    base = rng.choice(bundle.sources)
                    source = replace(base, id=f"synthetic-{n // per_source:05d}", origin="user",
                                     outlet=rng.choice(OUTLETS),
                                     title=f"{base.title[:60]} ({n // per_source})",
                                     published=f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}")
                    library.put_source(source)
                seed = rng.choice(seeds)
                other = rng.choice(seeds)
                claim = replace(
                    seed, id=f"synthetic-{n:07d}", source_id=source.id, origin="user",
                    statement=f"{seed.statement} {other.statement.split(',')[0]}.",
                    quote=seed.quote, start=seed.start, end=seed.end,
                    actors=tuple(rng.sample(list({*seed.actors, *other.actors}), 1)),
                    topics=tuple({*seed.topics[:1], *other.topics[:1]}),
                    event_date=f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-"
                               f"{rng.randint(1, 28):02d}" if rng.random() < 0.4 else "")
                library.put_claim(claim, source)
                if n and n % 10000 == 0:
                    print(f"{n:,} claims…", flush=True)
        total = library.count_claims()
    print(f"wrote {target}: {total:,} claims in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    raise SystemExit(main(int(sys.argv[1]), Path(sys.argv[2])))
