"""Run every benchmark and write docs/performance.md.

    .venv/bin/python -m benchmarks run            # full: 10k/100k/1M libraries (~15 min the
                                                  # first time: the 1M library is built and cached)
    .venv/bin/python -m benchmarks run --quick    # a small library, one or few runs (the smoke test)

Options: --sizes 10000,100000 (the libraries), --out FILE (default docs/performance.md),
--cache DIR (generated libraries; default ~/.cache/briefing-bench or $BRIEFING_BENCH_CACHE).
Each measured thing runs in its own process (benchmarks/worker.py), so its peak RSS is its own.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import generate

REPO = Path(__file__).resolve().parent.parent


class TooSlow(Exception):
    """A measured thing did not finish within its time budget (recorded as such)."""


def worker(task: str, timeout: float = 1800, **args) -> dict:
    # Its own temporary folder, removed afterwards (workers end with os._exit: no clean-up).
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as scratch:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BENCH_SPAWN=repr(time.time()),
                   TMPDIR=scratch)
        try:
            done = subprocess.run(
                [sys.executable, "-m", "benchmarks.worker", task, json.dumps(args)],
                cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            raise TooSlow(f"did not finish within {timeout:.0f} s") from None
    last = (done.stdout.strip().splitlines() or [""])[-1]
    if done.returncode != 0 and not last.startswith("{"):
        raise RuntimeError(f"benchmark {task} {args} failed:\n{done.stderr[-3000:]}")
    return json.loads(last)


def _ms_list(values) -> str:
    return ", ".join(f"{v:.0f}" for v in values) + " ms"


def stats(values: list[float]) -> dict:
    values = sorted(values)
    p95 = values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]
    return {"median": statistics.median(values), "min": values[0], "max": values[-1], "p95": p95,
            "n": len(values)}


def fmt_ms(s: dict | None) -> str:
    if not s:
        return "—"
    return f"{s['median']:.1f} ms ({s['min']:.1f}–{s['max']:.1f})"


def ratio(a: dict | None, b: dict | None) -> str:
    if not a or not b or not b["median"]:
        return "—"
    return f"{a['median'] / b['median']:.2f}×"


def machine() -> list[str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "?"
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        ram = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    try:
        import PySide6
        pyside = PySide6.__version__
    except ImportError:
        pyside = "not installed"
    osname = platform.platform()
    try:
        info = dict(line.split("=", 1) for line in Path("/etc/os-release").read_text().splitlines()
                    if "=" in line)
        osname = f"{info.get('PRETTY_NAME', '').strip(chr(34))} ({platform.release()})"
    except OSError:
        pass
    return [f"- CPU: {cpu}, {os.cpu_count()} cores", f"- RAM: {ram}", f"- OS: {osname}",
            f"- Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
            f"PySide6 {pyside}"]


PARTS = ("search", "cli", "export", "gui", "editor", "startup")


def run(quick: bool, sizes: list[int], out: Path, log=print, only: set[str] | None = None,
        merge: list[dict] | None = None, code: dict | None = None) -> list[dict]:
    """Measure every part (or ``only`` some, keeping the rows of ``merge`` for the others);
    ``code``: another checkout for the command-line row (``code``, ``extra_path``)."""
    # area, what, size, app, floor (stats), floor_name, ratio, rss, note
    rows: list[dict] = [dict(r) for r in merge or []]
    # benchmarks/last-run.json keeps a whole run: of this checkout, every part (or merged)
    save_last = code is None and (only is None or merge is not None)

    def want(part: str) -> bool:
        return only is None or part in only

    def add(area, what, size, app, floor=None, floor_name="", rss=None, note=""):
        row = {"area": area, "what": what, "size": size, "app": app, "floor": floor,
               "floor_name": floor_name, "rss": rss, "note": note}
        same = [i for i, r in enumerate(rows) if (r["area"], r["what"], r["size"]) ==
                (area, what, size)]
        if same:
            rows[same[0]] = row
        else:
            rows.append(row)
        # as it goes: a long run's figures so far are never lost
        write_report(rows, out, quick, save_last=save_last)

    repeat = 3 if quick else 10
    runs = 1 if quick else 3
    libs = {n: generate.library_path(n, quiet=quick) for n in sizes}
    search_sizes = sizes if quick else [n for n in sizes if n >= 100000] or sizes
    for n in search_sizes if want("search") else []:
        log(f"search at {n:,} claims")
        result = worker("search", library=str(libs[n]), repeat=repeat if n < 1000000 else 4)
        for cls, r in result["classes"].items():
            add("search", cls, n, stats(r["app"]), stats(r["floor"]),
                "the app's FTS5 query via sqlite3", result["peak_rss_mb"],
                f"{r['hits']} hits over the class's queries")
            add("search vs bm25", cls, n, stats(r["app"]), stats(r["bm25"]),
                "FTS5 ranking every match by bm25", result["peak_rss_mb"],
                "peer: plain FTS5 `ORDER BY rank LIMIT 50`")
    if want("cli"):
        cli_size = 100000 if 100000 in sizes else min(sizes)
        log(f"command-line start at {cli_size:,} claims")
        r = worker("cli_start", library=str(libs[cli_size]), repeat=3 if quick else 15,
                   **(code or {}))
        add("start-up", "`briefing claims search` process, start to exit", cli_size, stats(r["app"]),
            stats(r["floor"]), "bare Python process: the same 2 FTS5 statements via sqlite3",
            r["peak_rss_mb"], "query 'Exportkontrollen', --limit 20; processes alternate")
        add("start-up", "`briefing claims search` process, CPU time", cli_size,
            stats(r["app_cpu"]), stats(r["floor_cpu"]),
            "bare Python process: the same 2 FTS5 statements via sqlite3", r["peak_rss_mb"],
            "user + system time of the process: what it does itself, whatever else runs")
    if want("export"):
        export_lib = str(libs[min(sizes, key=lambda s: abs(s - 10000))])
        citations = 20 if quick else 500
        label = f"{citations} citations, {min(50, citations)} sections"
        log("export")
        floor = worker("docx_floor", library=export_lib, repeat=3 if quick else 5,
                       citations=citations)
        floor_stats = stats(floor["warm"] or [floor["cold"]])
        add("export", f"python-docx floor ({label})", None, floor_stats, rss=floor["peak_rss_mb"],
            note="same paragraphs and note texts; notes as end paragraphs (no footnote API); "
                 "its RSS includes rendering the texts with the app first")
        word = (None, None)  # the docx export's (warm, first) figures, for the PDF's rows
        for fmt in ("docx", "pdf", "md", "html"):
            r = worker("export", library=export_lib, fmt=fmt, repeat=2 if quick else 4,
                       citations=citations)
            colds = [r["cold"]]  # the first export is one figure a process: more processes
            for _ in range(0 if quick else (4 if fmt == "docx" else 2)):
                colds.append(worker("export", library=export_lib, fmt=fmt, repeat=1,
                                    citations=citations)["cold"])
            peer = worker("pandoc", library=export_lib, fmt=fmt,
                          repeat=1 if quick else (6 if fmt == "docx" else 3),
                          citations=citations)
            peer_stats = None if "missing" in peer else stats(peer["warm"] or [peer["cold"]])
            warm = stats(r["warm"] or [r["cold"]])
            cold = stats(colds)
            peer_note = peer.get("missing", f"pandoc --citeproc peak RSS {peer.get('peak_rss_mb', 0):.0f} MB")
            peer_name = "pandoc --citeproc" + (" -t typst, then Typst" if fmt == "pdf" else "")
            add("export", f"{fmt} ({label}), warm", None, warm,
                floor_stats if fmt == "docx" else peer_stats,
                "python-docx floor" if fmt == "docx" else peer_name, r["peak_rss_mb"],
                f"{r['bytes']:,} bytes" + (f"; RSS includes the typesetter process "
                                           f"({r['child_rss_mb']:.0f} MB)" if fmt == "pdf" else ""))
            add("export", f"{fmt} ({label}), first in process", None, cold,
                floor_stats if fmt == "docx" else peer_stats,
                "python-docx floor" if fmt == "docx" else peer_name, r["peak_rss_mb"],
                "includes building the citation engine"
                + (" and starting the typesetter" if fmt == "pdf" else ""))
            if fmt == "pdf":
                add("export", f"pdf ({label}) vs the Word export, warm", None, warm, word[0],
                    "the docx export, warm", r["peak_rss_mb"],
                    "the same briefing again: the typesetter remembers its layout")
                add("export", f"pdf ({label}) vs the Word export, first in process", None, cold,
                    word[1], "the docx export, first in process", r["peak_rss_mb"], "")
            if fmt == "docx":
                word = (warm, cold)
                # The same first export in processes that find the document's citations kept
                # on disk by an earlier run (the command line exporting it again, unchanged).
                with tempfile.TemporaryDirectory(prefix="briefing-bench-results-") as kept:
                    worker("export", library=export_lib, fmt=fmt, repeat=1, citations=citations,
                           results=kept)  # (keeps them)
                    kept_colds = [worker("export", library=export_lib, fmt=fmt, repeat=1,
                                         citations=citations, results=kept)["cold"]
                                  for _ in range(1 if quick else 5)]
                add("export", f"docx ({label}), first in process, citations kept on disk", None,
                    stats(kept_colds), floor_stats, "python-docx floor", r["peak_rss_mb"],
                    "an earlier process exported the same briefing: no citation processor starts")
                add("export", f"docx ({label}) vs peer", None, warm, peer_stats,
                    "pandoc --citeproc (warm app vs pandoc)", r["peak_rss_mb"], peer_note)
                add("export", f"docx ({label}) first in process vs peer", None, cold, peer_stats,
                    "pandoc --citeproc", r["peak_rss_mb"], peer_note)
    # 100k only: at 1M building the window alone takes minutes (see the start-up rows)
    gui_sizes = sizes if quick else [n for n in sizes if n == 100000] or sizes
    for n in gui_sizes if want("gui") else []:
        log(f"GUI typing at {n:,} claims")
        text = "export" if quick else "exportkontrollen china"
        sessions = 1 if quick else 3  # a stall is one figure a session: several sessions
        bare = [worker("typing", library=str(libs[n]), mode="floor", text=text)
                for _ in range(sessions)]
        try:
            app = [worker("typing", library=str(libs[n]), mode="app", text=text,
                          timeout=120 if quick else 300) for _ in range(sessions)]
        except TooSlow as exc:
            add("GUI", "keystroke → results painted", n, None,
                stats([x for b in bare for x in b["latency"]]),
                "QLineEdit + QTableView, same 120 ms debounce, the app's page query", None, f"app {exc}")
            add("GUI", "longest GUI-thread stall while typing", n, None, None, "", None,
                f"app {exc}")
            continue
        latency = [x for a in app for x in a["latency"]]
        bare_latency = [x for b in bare for x in b["latency"]]
        rss = max(a["peak_rss_mb"] for a in app)
        add("GUI", "keystroke → results painted", n, stats(latency) if latency else None,
            stats(bare_latency) if bare_latency else None,
            "QLineEdit + QTableView, same 120 ms debounce, the app's page query", rss,
            "includes the 120 ms typing debounce")
        add("GUI", "longest GUI-thread stall while typing", n,
            stats([a["max_stall"] for a in app]), stats([b["max_stall"] for b in bare]),
            "same floor window", rss,
            f"the longest stall of each of {sessions} typing sessions (5 ms heartbeat timer): "
            f"app {_ms_list(a['max_stall'] for a in app)}, "
            f"floor {_ms_list(b['max_stall'] for b in bare)}")
    for n in gui_sizes if want("editor") else []:
        _editor_rows(add, libs[n], n, quick, log)
    for n in sizes if want("startup") else []:
        log(f"start-up at {n:,} claims")
        shown, ready, bare, rss = [], [], [], 0.0
        for _ in range(runs if n < 1000000 else 1):  # one run at 1M: minutes each
            try:
                a = worker("startup", library=str(libs[n]), mode="app", timeout=600)
            except TooSlow as exc:
                add("start-up", "process start → main window shown", n, None, None, "", None,
                    f"app {exc}")
                break
            b = worker("startup", library=str(libs[n]), mode="bare")
            shown.append(a["shown"])
            ready.append(a["ready"])
            bare.append(b["shown"])
            rss = max(rss, a["peak_rss_mb"])
        if not shown:
            continue
        add("start-up", "process start → main window shown", n, stats(shown), stats(bare),
            "bare QMainWindow process", rss)
        add("start-up", "process start → library results shown", n, stats(ready), stats(bare),
            "bare QMainWindow process", rss)
    write_report(rows, out, quick, save_last=save_last)
    return rows


def _editor_rows(add, library: Path, n: int, quick: bool, log) -> None:
    """Typing 300 characters at 100 ms a key into the composer's paragraph box, with the
    library open, autosave on and the live preview shown (issue 14)."""
    log(f"typing in the paragraph box at {n:,} claims")
    extra = {"text": "Beijing wants rules."} if quick else {}
    sessions = 1 if quick else 3  # a stall is one figure a session: several sessions
    bare = [worker("editor_typing", library=str(library), mode="floor", **extra)
            for _ in range(sessions)]
    app = [worker("editor_typing", library=str(library), mode="app",
                  timeout=180 if quick else 600, **extra) for _ in range(sessions)]
    latency = [x for a in app for x in a["latency"]]
    bare_latency = [x for b in bare for x in b["latency"]]
    rss = max(a["peak_rss_mb"] for a in app)
    exact = all(a["exact"] for a in app)
    keys = sum(a["keys"] for a in app)
    add("editor", "paragraph box: keystroke → painted", n, stats(latency),
        stats(bare_latency), "a bare QPlainTextEdit, same keys", rss,
        f"{keys} keys at 100 ms over {sessions} sessions; autosave on "
        f"({sum(a['autosaves'] for a in app)} autosaves), live preview shown "
        f"({sum(a['previews'] for a in app)} renders); saved text exact: "
        f"{'yes' if exact else '**no**'}")
    add("editor", "paragraph box: longest GUI-thread stall", n,
        stats([a["max_stall"] for a in app]), stats([b["max_stall"] for b in bare]),
        "the bare QPlainTextEdit window", rss,
        f"the longest stall of each of {sessions} sessions (5 ms heartbeat timer): "
        f"app {_ms_list(a['max_stall'] for a in app)}, "
        f"floor {_ms_list(b['max_stall'] for b in bare)}")


def targets(rows: list[dict]) -> list[str]:
    """The issue's targets, each judged on this run's figures."""
    def find(area, what, size=None):
        return [r for r in rows if r["area"] == area and r["what"].startswith(what)
                and (size is None or r["size"] == size) and r["app"]]

    out = ["## Targets", "", "| Target | Figure | Met? |", "|---|---|---|"]

    def judge(name, figure, ok):
        out.append(f"| {name} | {figure} | {'met' if ok else '**missed**'} |")

    for r in [r for r in rows if r["area"] == "search" and r["size"] == 100000]:
        ratio_ = r["app"]["median"] / r["floor"]["median"]
        judge(f"search '{r['what']}' at 100k: median ≤1.5× floor, p95 ≤30 ms",
              f"{ratio_:.2f}×, p95 {r['app']['p95']:.1f} ms", ratio_ <= 1.5 and r["app"]["p95"] <= 30)
    for r in [r for r in rows if r["area"] == "search" and r["size"] == 1000000]:
        judge(f"search '{r['what']}' at 1M: p95 ≤150 ms", f"p95 {r['app']['p95']:.1f} ms",
              r["app"]["p95"] <= 150)
    for r in find("GUI", "longest GUI-thread stall"):
        judge(f"typing never blocks the GUI thread >50 ms ({r['size']:,} claims)",
              f"longest stall {r['app']['max']:.0f} ms (the worst of {r['app']['n']} sessions; "
              f"median {r['app']['median']:.0f} ms, floor window {r['floor']['median']:.0f} ms)",
              r["app"]["max"] <= 50)
    for r in find("editor", "paragraph box: keystroke → painted"):
        judge(f"paragraph box: keystroke → painted, median ≤16 ms ({r['size']:,} claims, "
              "autosave and live preview on)", f"median {r['app']['median']:.1f} ms "
              f"(p95 {r['app']['p95']:.1f} ms; bare box {r['floor']['median']:.1f} ms)",
              r["app"]["median"] <= 16)
    for r in find("editor", "paragraph box: longest GUI-thread stall"):
        judge(f"paragraph box: longest GUI-thread stall ≤50 ms ({r['size']:,} claims)",
              f"{r['app']['max']:.0f} ms, the worst of {r['app']['n']} sessions (median "
              f"{r['app']['median']:.0f} ms; bare box {r['floor']['max']:.0f} ms)",
              r["app"]["max"] <= 50)
    for what in ("main window shown", "library results shown"):
        for r in find("start-up", f"process start → {what}", 100000):
            judge(f"start-up ≤ floor + 0.5 s at 100k ({what})",
                  f"{r['app']['median']:.0f} ms vs floor {r['floor']['median']:.0f} ms",
                  r["app"]["median"] <= r["floor"]["median"] + 500)
    for r in find("start-up", "`briefing claims search` process, start", 100000):
        judge("`briefing claims search` process ≤2× a bare Python process's FTS5 query (100k)",
              f"{r['app']['median']:.0f} ms vs {r['floor']['median']:.0f} ms "
              f"({r['app']['median'] / r['floor']['median']:.2f}×)",
              r["app"]["median"] <= 2 * r["floor"]["median"])
    for r in find("export", "docx (500 citations, 50 sections), warm"):
        judge("export 500 citations ≤2× python-docx floor (warm)",
              f"{r['app']['median'] / r['floor']['median']:.1f}×",
              r["app"]["median"] <= 2 * r["floor"]["median"])
    for r in find("export", "docx (500 citations, 50 sections), first in process"):
        kept = "kept on disk" in r["what"]
        judge("first export in a process ≤3× python-docx floor"
              + (" (citations kept on disk by an earlier run)" if kept else " (nothing kept)"),
              f"{r['app']['median'] / r['floor']['median']:.1f}× ({r['app']['median']:.0f} ms "
              f"vs {r['floor']['median']:.0f} ms)", r["app"]["median"] <= 3 * r["floor"]["median"])
    for r in find("export", "docx (500 citations, 50 sections) vs peer"):
        if r["floor"]:
            judge("export 500 citations faster than pandoc (warm)",
                  f"{r['app']['median']:.0f} ms vs pandoc {r['floor']['median']:.0f} ms",
                  r["app"]["median"] < r["floor"]["median"])
    for r in find("export", "docx (500 citations, 50 sections) first in process vs peer"):
        if r["floor"]:
            judge("export 500 citations faster than pandoc (first export in a process)",
                  f"{r['app']['median']:.0f} ms vs pandoc {r['floor']['median']:.0f} ms",
                  r["app"]["median"] < r["floor"]["median"])
    peak = [r for r in rows if r["size"] == 100000 and r["rss"]]
    if peak:
        worst = max(peak, key=lambda r: r["rss"])
        judge("peak RSS ≤300 MB at 100k", f"{worst['rss']:.0f} MB ({worst['area']}: "
              f"{worst['what']})", worst["rss"] <= 300)
    exports = [r for r in rows if r["area"] == "export" and r["rss"]
               and not r["what"].startswith("python-docx floor")]
    if exports:
        worst = max(exports, key=lambda r: r["rss"])
        judge("peak RSS ≤300 MB, export", f"{worst['rss']:.0f} MB ({worst['what']})",
              worst["rss"] <= 300)
    return out + [""]


def before_after(before: list[dict], rows: list[dict]) -> list[str]:
    key = lambda r: (r["area"], r["what"], r["size"])  # noqa: E731
    old = {key(r): r for r in before}
    out = ["## Before → after the fixes", "",
           "The figures of an earlier run of the same benchmarks on this machine, on the code "
           "before the fixes (`python -m benchmarks report FIGURES --before EARLIER`). Ratios are "
           "each run's own: before, the search floor was the bm25 query the app then issued.", "",
           "| Area | What | Claims | Before: app (ratio) | After: app (ratio) | Peak RSS before → after |",
           "|---|---|---:|---:|---:|---:|"]
    for r in rows:
        b = old.get(key(r))
        if not b or not b["app"] or not r["app"]:
            continue
        size = f"{r['size']:,}" if r["size"] else ""
        out.append(f"| {r['area']} | {r['what']} | {size} | {fmt_ms(b['app'])} "
                   f"({ratio(b['app'], b['floor'])}) | {fmt_ms(r['app'])} "
                   f"({ratio(r['app'], r['floor'])}) | {b['rss'] or 0:.0f} → {r['rss'] or 0:.0f} MB |")
    return out + [""]


def write_report(rows: list[dict], out: Path, quick: bool, before: list[dict] | None = None,
                 save_last: bool = True) -> None:
    lines = ["# Performance", "",
             "Written by `.venv/bin/python -m benchmarks run" + (" --quick" if quick else "") +
             "` on " + time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()) +
             ". Every figure is the median with min–max over the runs, next to its floor or peer "
             "measured in the same run; the ratio is app median ÷ floor median. Peak RSS is the "
             "measuring process's ru_maxrss (one process per measured thing).", "",
             "## Machine", "", *machine(), "",
             "## Figures", "",
             "| Area | What | Claims | App: median (min–max) | p95 | Floor / peer: median (min–max) "
             "| Floor / peer | Ratio | Peak RSS | Note |",
             "|---|---|---:|---:|---:|---:|---|---:|---:|---|"]
    for r in rows:
        size = f"{r['size']:,}" if r["size"] else ""
        p95 = f"{r['app']['p95']:.1f} ms" if r["app"] else "—"
        rss = f"{r['rss']:.0f} MB" if r["rss"] else "—"
        lines.append(f"| {r['area']} | {r['what']} | {size} | {fmt_ms(r['app'])} | {p95} | "
                     f"{fmt_ms(r['floor'])} | {r['floor_name']} | {ratio(r['app'], r['floor'])} | "
                     f"{rss} | {r['note']} |")
    lines.append("")
    lines += targets(rows)
    if before:
        lines += before_after(before, rows)
    extra = REPO / "benchmarks" / "notes.md"
    if extra.exists() and out.resolve() == (REPO / "docs" / "performance.md").resolve():
        lines += [extra.read_text(encoding="utf-8")]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines), encoding="utf-8")
    if not quick and save_last:
        (REPO / "benchmarks" / "last-run.json").write_text(json.dumps(rows, indent=1))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    cmd = sub.add_parser("run", help="run every benchmark and write the report")
    cmd.add_argument("--quick", action="store_true")
    cmd.add_argument("--sizes", default=None)
    cmd.add_argument("--out", type=Path, default=REPO / "docs" / "performance.md")
    cmd.add_argument("--cache", type=Path, default=None)
    cmd.add_argument("--only", default=None,
                     help=f"measure only these parts, comma-separated: {', '.join(PARTS)}")
    cmd.add_argument("--merge", type=Path, default=None,
                     help="keep the other rows from these saved figures (.json)")
    cmd.add_argument("--code", type=Path, default=None,
                     help="the command-line row: run this checkout's briefing instead")
    cmd.add_argument("--extra-path", default="", help="with --code: more folders to import from")
    cmd.add_argument("--figures", type=Path, default=None, help="also save the rows here (.json)")
    rep = sub.add_parser("report", help="rewrite the report from a run's saved figures (.json)")
    rep.add_argument("figures", type=Path)
    rep.add_argument("--out", type=Path, default=REPO / "docs" / "performance.md")
    rep.add_argument("--before", type=Path, default=None,
                     help="figures of a run before a fix: adds a before → after table")
    args = parser.parse_args(argv)
    if args.command == "report":
        before = json.loads(args.before.read_text()) if args.before else None
        write_report(json.loads(args.figures.read_text()), args.out, quick=False, before=before)
        print(f"wrote {args.out}")
        return 0
    if args.cache:
        os.environ["BRIEFING_BENCH_CACHE"] = str(args.cache)
    default = "2000" if args.quick else "10000,100000,1000000"
    sizes = [int(s) for s in (args.sizes or default).split(",")]
    only = set(args.only.split(",")) if args.only else None
    if only and not only <= set(PARTS):
        parser.error(f"--only takes {', '.join(PARTS)}")
    merge = json.loads(args.merge.read_text()) if args.merge else None
    code = {"code": str(args.code), "extra_path": args.extra_path} if args.code else None
    rows = run(args.quick, sizes, args.out, only=only, merge=merge, code=code)
    if args.figures:
        args.figures.write_text(json.dumps(rows, indent=1))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
