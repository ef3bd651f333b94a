"""Each citeproc-js speed patch's gain (docs/citeproc-patches.md).

    .venv/bin/python -m benchmarks.patches [ROUNDS] [LIBRARY]

The benchmark's document (500 citations from 100 sources, Chicago notes) is cited and its
bibliography made on new processors (new QuickJS contexts, as in a first export), once with
every patch and once without each speed patch, in ROUNDS rounds (default 5) with the variants
in random order. A variant without a patch loads an engine folder whose patches.js or bridge.js
has that patch cut out ("// @patch NAME" up to the next one); one-pass-citations is turned off
with setOption instead (its functions stay, citeAllByBatch does the work). Prints, per variant,
the median CPU time of all threads and of each processor thread (the slower one is what an
export waits for) and the fastest wall time. Every variant must give the same text.
LIBRARY: a library made by benchmarks.generate (default: the cached 10k one).
"""

from __future__ import annotations

import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

SPEED_PATCHES = {"macro-lookup": "patches.js", "one-pass-citations": "bridge.js"}


def _without(engine: Path, name: str) -> None:
    path = engine / SPEED_PATCHES[name]
    text = path.read_text(encoding="utf-8")
    start = text.index(f"// @patch {name}")
    end = text.find("// @patch", start + 5)
    if name == "one-pass-citations":
        return  # turned off with setOption: the bridge's functions are still called
    path.write_text(text[:start] + (text[end:] if end != -1 else ""), encoding="utf-8")


def main(argv: list[str]) -> int:
    from benchmarks import generate
    from benchmarks.worker import make_briefing
    from briefing.core.citations import Citer, Processors, Styles
    from briefing.core.citations.processor import Processor
    from briefing.core.paths import resources_dir
    from briefing.export.render import cited_sources

    rounds = int(argv[0]) if argv else 5
    library = argv[1] if len(argv) > 1 else str(generate.library_path(10000, quiet=True))
    _, briefing = make_briefing(library)
    sources, cites = cited_sources(briefing)
    style = Styles([resources_dir() / "csl"]).get(
        "chicago-notes-bibliography-subsequent-ibid-17th-edition")
    variants = ["every patch"] + [f"without {name}" for name in SPEED_PATCHES]
    folders = {}
    scratch = Path(tempfile.mkdtemp(prefix="briefing-patches-"))
    for variant in variants:
        folder = scratch / variant.replace(" ", "-") / "csl"
        shutil.copytree(resources_dir() / "csl", folder)
        if variant.startswith("without "):
            _without(folder / "engine", variant.removeprefix("without "))
        folders[variant] = folder

    cpu: dict[str, float] = {}
    run = Processor._run

    def timed(self, fn):  # CPU time of each processor's thread
        def measured():
            started = time.thread_time()
            try:
                return fn()
            finally:
                cpu[self.name] = cpu.get(self.name, 0.0) + time.thread_time() - started
        return run(self, measured)

    Processor._run = timed
    results: dict[str, list[dict]] = {v: [] for v in variants}
    expected = None
    try:
        for round_ in range(rounds):
            order = variants[:]
            random.shuffle(order)
            for variant in order:
                cpu.clear()
                wall, total = time.perf_counter(), time.process_time()
                processors = Processors(folders[variant])
                if variant == "without one-pass-citations":
                    for processor in (processors.citations, processors.bibliography):
                        processor.call("setOption", "onePass", False)
                citer = Citer(style, sources, processors)
                text = json.dumps([[s.text for s in n] for n in citer.cite_all(cites)]
                                  + [[s.text for s in b] for b in citer.bibliography()])
                results[variant].append({"wall": time.perf_counter() - wall,
                                         "cpu": time.process_time() - total,
                                         "citations": cpu.get("citations", 0.0),
                                         "bibliography": cpu.get("bibliography", 0.0)})
                processors.close()
                expected = expected or text
                if text != expected:
                    raise SystemExit(f"{variant} gives other citations: the patch is wrong")
            print(f"round {round_ + 1}: " + ", ".join(
                f"{v} {r[-1]['wall']:.2f} s" for v, r in results.items()), flush=True)
    finally:
        Processor._run = run
        shutil.rmtree(scratch, ignore_errors=True)
    print("| variant | CPU, all threads | citations' thread | bibliography's thread | fastest wall |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for variant, rows in results.items():
        med = {k: statistics.median(r[k] for r in rows) for k in ("cpu", "citations", "bibliography")}
        print(f"| {variant} | {med['cpu']:.2f} s | {med['citations']:.2f} s | "
              f"{med['bibliography']:.2f} s | {min(r['wall'] for r in rows):.2f} s |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
