"""One measured thing per process: ``python -m benchmarks.worker TASK JSON-ARGS``.

Prints one JSON object on its last stdout line: the task's figures plus ``peak_rss_mb``
(ru_maxrss of this process; for pandoc, of the pandoc child). The runner
(benchmarks/__main__.py) starts one process per task, so each peak RSS belongs to one thing.
"""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

QUERIES = {
    # class: what people type; each is run ``repeat`` times, app and floor alternating
    "selective": ["Ascend 910", "Saudi-Arabien", "Umzingelungsmanövers"],
    "typical": ["Exportkontrollen", "KI Regulierung", "chip export"],
    "broad": ["die", "analysis", "China USA"],
    "prefix 1 letter": ["a", "k", "e"],
    "prefix 2 letters": ["ex", "ch", "ki"],
}


def rss_mb(who=resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def floor_sql(query: str, columns: str = "rowid") -> tuple[str, list]:
    """A plain FTS5 search straight through sqlite3: the same match, top 50 by bm25 rank.

    What the app issued before it ranked in windows; kept as a peer (what ranking every
    match costs)."""
    from briefing.core.text.fold import query_terms

    terms = query_terms(query)
    long_terms = [t for t in terms if len(t) >= 3]
    short = [t for t in terms if len(t) < 3]

    def q(t):
        return '"' + t.replace('"', '""') + '"'

    if long_terms:
        table, params = "claims_tri", [" AND ".join(q(t) for t in long_terms)]
        extra = ""
        if short:
            extra = " AND +claims_tri.rowid IN (SELECT rowid FROM claims_words WHERE claims_words MATCH ?)"
            params.append(" AND ".join(q(t) + "*" for t in short))
    else:
        table, params, extra = "claims_words", [" AND ".join(q(t) + "*" for t in short)], ""
    join = "" if columns == "rowid" else f" JOIN claims c ON c.n = {table}.rowid"
    sql = f"SELECT {columns} FROM {table}{join} WHERE {table} MATCH ?{extra} ORDER BY rank LIMIT 50"
    return sql, params


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


# ---- search --------------------------------------------------------------------------------

def window_sql(query: str) -> tuple[str, list]:
    """The statement the app issues for the first page of a search: its first window of
    matches, ranked, top 50."""
    from briefing.core.library import search as searching
    from briefing.core.text.fold import query_terms

    sql, params = searching.ranked_sql(searching.Filters(), query_terms(query))
    return sql, [*params, searching.WINDOW, 0, 50, 0]


def task_search(library: str, repeat: int = 20) -> dict:
    from briefing.core.library import Library
    from briefing.core.library import search as searching

    lib = Library.open(Path(library), create=False)
    raw = sqlite3.connect(library)
    results = {}
    for cls, queries in QUERIES.items():
        app, floor, bm25, hits = [], [], [], 0
        for query in queries:
            sql, params = window_sql(query)
            ranked_sql, ranked_params = floor_sql(query)
            searching.search(lib, query, limit=50)  # warm all three
            raw.execute(sql, params).fetchall()
            raw.execute(ranked_sql, ranked_params).fetchall()
            for _ in range(repeat):
                t = time.perf_counter()
                searching.search(lib, query, limit=50)
                app.append(_ms(t))
                t = time.perf_counter()
                raw.execute(sql, params).fetchall()
                floor.append(_ms(t))
                t = time.perf_counter()
                raw.execute(ranked_sql, ranked_params).fetchall()
                bm25.append(_ms(t))
            hits += len(searching.search(lib, query, limit=50))
        results[cls] = {"app": app, "floor": floor, "bm25": bm25, "hits": hits}
    return {"classes": results, "peak_rss_mb": rss_mb()}


# ---- command-line start ------------------------------------------------------------------

CLI_FLOOR = """import sqlite3, sys, json
conn = sqlite3.connect(sys.argv[1])
for sql, params in json.loads(sys.argv[2]):
    print(len(conn.execute(sql, params).fetchall()))
"""


def task_cli_start(library: str, query: str = "Exportkontrollen", repeat: int = 10,
                   code: str | None = None, extra_path: str = "") -> dict:
    """``briefing claims search`` as a whole process (start, imports, open, count, search,
    print, exit) against a bare Python process that runs the two FTS5 statements the command
    runs (the count of matches and the first page) through sqlite3 and prints the row counts.
    ``code``: the checkout whose briefing runs (default this one), to measure an older version
    the same way (``extra_path``: more folders for its imports, e.g. a dependency it had)."""
    import subprocess

    from briefing.core.library import search as searching
    from briefing.core.text.fold import query_terms

    root = Path(code) if code else Path(__file__).resolve().parent.parent
    body, _key, count_params = searching._build(searching.Filters(), query_terms(query))
    statements = [(f"SELECT count(*) {body}", count_params), window_sql(query)]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (str(root), extra_path) if p),
               BRIEFING_HOME=tempfile.mkdtemp())
    # The warm-up run writes the .pyc files, as installing a wheel or building the bundle does
    # (a machine with PYTHONDONTWRITEBYTECODE set would otherwise compile every run's modules).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    app_cmd = [sys.executable, "-m", "briefing", "--library", library, "claims", "search", query,
               "--limit", "20"]
    floor_cmd = [sys.executable, "-c", CLI_FLOOR, library, json.dumps(statements)]
    for cmd in (app_cmd, floor_cmd):  # warm the page cache and the .pyc files
        subprocess.run(cmd, cwd=root, env=env, capture_output=True, check=True, timeout=120)
    app, floor, app_cpu, floor_cpu = [], [], [], []
    for _ in range(repeat):
        for cmd, out, cpu in ((app_cmd, app, app_cpu), (floor_cmd, floor, floor_cpu)):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t = time.perf_counter()
            subprocess.run(cmd, cwd=root, env=env, capture_output=True, check=True, timeout=120)
            out.append(_ms(t))
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
    # CPU time (user + system) as well: on a shared machine the wall time mostly measures the
    # other processes; the CPU time is the process's own work.
    return {"app": app, "floor": floor, "app_cpu": app_cpu, "floor_cpu": floor_cpu,
            "peak_rss_mb": rss_mb(resource.RUSAGE_CHILDREN)}


# ---- GUI typing ----------------------------------------------------------------------------

def _qt_app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["briefing-bench"])


def _type_and_measure(app, line_edit, viewport, ready_signal, text: str, pace_ms: int) -> dict:
    """Type ``text`` key by key; per key the time to the next paint after results arrived,
    and the longest gap of a 5 ms heartbeat timer (a GUI-thread stall)."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtTest import QTest

    state = {"ready": None, "painted": [], "last_beat": time.perf_counter(), "gaps": []}

    class PaintSpy(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Paint and state["ready"] is not None:
                state["painted"].append(time.perf_counter())
            return False

    spy = PaintSpy()
    viewport.installEventFilter(spy)
    ready_signal.connect(lambda *a: state.__setitem__("ready", time.perf_counter()))

    def beat():
        now = time.perf_counter()
        state["gaps"].append((now - state["last_beat"]) * 1000)
        state["last_beat"] = now

    heart = QTimer(interval=5)
    heart.timeout.connect(beat)

    def wait(ms):
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    line_edit.setFocus()
    wait(300)
    state["gaps"].clear()
    state["last_beat"] = time.perf_counter()
    heart.start()
    latencies = []
    for char in text:
        state["ready"], state["painted"] = None, []
        t_key = time.perf_counter()
        QTest.keyClick(line_edit, char)
        waited = 0
        while waited < 3000 and not state["painted"]:
            wait(pace_ms if not waited else 10)
            waited += pace_ms if not waited else 10
        if state["painted"]:
            latencies.append((state["painted"][0] - t_key) * 1000)
    heart.stop()
    viewport.removeEventFilter(spy)
    stalls = [max(0.0, g - 5) for g in state["gaps"]]
    return {"latency": latencies, "max_stall": max(stalls) if stalls else 0.0,
            "stalls": sorted(stalls)[-5:]}


def task_typing(library: str, mode: str = "app", text: str = "exportkontrollen china",
                pace_ms: int = 150) -> dict:
    app = _qt_app()
    if mode == "app":
        from PySide6.QtCore import QSettings

        from briefing.core.library import Library
        from briefing.core.paths import Paths
        from briefing.gui.launch import build_window

        home = Path(tempfile.mkdtemp(prefix="briefing-bench-"))
        paths = Paths.default()
        paths = type(paths)(data=home, config=home, resources=paths.resources,
                            templates=paths.templates)
        lib = Library.open(Path(library), create=False)
        window = build_window(paths, lib, QSettings(str(home / "s.ini"), QSettings.IniFormat))
        window.resize(1400, 900)
        window.show()
        pane = window.library_pane
        box, viewport = pane.search_box, pane.view.viewport()
        ready = pane.model.modelReset
    else:  # the floor: a bare line edit and table, the same debounce, the app's page query
        from PySide6.QtCore import QTimer
        from PySide6.QtGui import QStandardItem, QStandardItemModel
        from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout, QWidget

        raw = sqlite3.connect(library)
        window = QWidget()
        box, view, model = QLineEdit(), QTableView(), QStandardItemModel()
        view.setModel(model)
        layout = QVBoxLayout(window)
        layout.addWidget(box)
        layout.addWidget(view)
        timer = QTimer(singleShot=True, interval=120)

        def run():
            model.clear()
            if not box.text().strip():
                return
            sql, params = window_sql(box.text())  # the app's statement for a page
            page = [n for n, _ in raw.execute(sql, params).fetchall()]
            marks = ",".join("?" * len(page))
            for row in raw.execute(f"SELECT statement, source_id, kind FROM claims "
                                   f"WHERE n IN ({marks})", page).fetchall():
                model.appendRow([QStandardItem(str(v)) for v in row])

        timer.timeout.connect(run)
        box.textChanged.connect(timer.start)
        window.resize(1400, 900)
        window.show()
        viewport = view.viewport()
        ready = model.modelReset
    result = _type_and_measure(app, box, viewport, ready, text, pace_ms)
    result["peak_rss_mb"] = rss_mb()
    return result


# ---- typing in the composer's paragraph box -------------------------------------------------

EDITOR_TEXT = (
    "Beijing wants rules, not only chips: its action plan of July 2025 offers a new "
    "global body for AI governance, open to the Global South, while Washington's plan "
    "tightens export controls on advanced accelerators. Officials expect the contest to "
    "move to standards bodies and development finance by 2026; we advise early talks."
)[:300]


def _bench_window(library: str):
    """The real main window on ``library``, with a data folder of its own (autosave on)."""
    from PySide6.QtCore import QSettings

    from briefing.core.library import Library
    from briefing.core.paths import Paths
    from briefing.gui.launch import build_window

    home = Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    paths = Paths.default()
    paths = type(paths)(data=home, config=home, resources=paths.resources,
                        templates=paths.templates)
    lib = Library.open(Path(library), create=False)
    window = build_window(paths, lib, QSettings(str(home / "s.ini"), QSettings.IniFormat))
    return window, home


def _typed_paints(app, box, text: str, pace_ms: int) -> dict:
    """Type ``text`` into ``box`` one key every ``pace_ms``; per key, the time from the key
    press to the box's next paint; and the GUI thread's stalls (gaps of a 5 ms heartbeat)."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtTest import QTest

    state = {"key": None, "painted": None, "last_beat": time.perf_counter(), "gaps": []}

    class PaintSpy(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Paint and state["key"] is not None \
                    and state["painted"] is None:
                state["painted"] = time.perf_counter()
            return False

    spy = PaintSpy()
    box.viewport().installEventFilter(spy)

    def beat():
        now = time.perf_counter()
        state["gaps"].append((now - state["last_beat"]) * 1000)
        state["last_beat"] = now

    heart = QTimer(interval=5)
    heart.timeout.connect(beat)

    def wait_until(deadline):
        loop = QEventLoop()
        QTimer.singleShot(max(0, int((deadline - time.perf_counter()) * 1000)), loop.quit)
        loop.exec()

    box.setFocus()
    wait_until(time.perf_counter() + 0.5)
    state["gaps"].clear()
    state["last_beat"] = time.perf_counter()
    heart.start()
    latencies = []
    start = time.perf_counter()
    for number, char in enumerate(text):
        state["key"], state["painted"] = time.perf_counter(), None
        QTest.keyClick(box, char)
        wait_until(start + (number + 1) * pace_ms / 1000)
        if state["painted"] is not None:
            latencies.append((state["painted"] - state["key"]) * 1000)
    wait_until(time.perf_counter() + 0.3)
    heart.stop()
    box.viewport().removeEventFilter(spy)
    stalls = [max(0.0, g - 5) for g in state["gaps"]]
    return {"latency": latencies, "max_stall": max(stalls) if stalls else 0.0,
            "stalls": sorted(stalls)[-5:], "keys": len(text), "painted": len(latencies)}


def task_editor_typing(library: str, mode: str = "app", text: str = EDITOR_TEXT,
                       pace_ms: int = 100, citations: int = 20) -> dict:
    """Typing into the composer's paragraph box: the real window on the library, a briefing
    of ``citations`` cited claims, autosave on (its default interval), the live preview shown
    (it re-renders as the text changes) and the inspector following the paragraph. The floor:
    a bare QPlainTextEdit in a window of the same size."""
    app = _qt_app()
    if mode == "app":
        from briefing.core.documents import cite

        window, home = _bench_window(library)
        c = window.controller
        window.resize(1366, 768)
        window.show()
        window.start()  # a new briefing from the first template
        lib = c.library
        ids = [row[0] for row in lib.db.execute(
            "SELECT id FROM claims WHERE retired = 0 ORDER BY n DESC LIMIT ?", [citations])]
        doc = c.document
        keys = [s.key for s in doc.sections]
        for index, claim_id in enumerate(ids):
            claim = lib.claim(claim_id)
            doc.insert(keys[index % len(keys)], cite(claim, lib.source(claim.source_id)))
        c.changed(structure=True)
        window.side.setCurrentWidget(window.preview)  # the live preview, shown
        renders, saves = [], []
        c.autosaved.connect(lambda: saves.append(time.perf_counter()))
        original = window.preview._show

        def shown(html):
            renders.append(time.perf_counter())
            original(html)

        window.preview._show = shown
        window.preview.refresh()
        c.tasks.wait(120000)  # the first render builds the citation engine: before typing
        app.processEvents()
        window.composer.select_section(keys[0])
        window.composer.add_paragraph()
        box, paragraph = window.composer.editor, window.composer.bound_item()
        renders.clear()
        result = _typed_paints(app, box, text, pace_ms)
        c.tasks.wait(60000)
        typed = paragraph.text
        result.update(exact=typed == text, previews=len(renders), autosaves=len(saves))
        c.undo_stack.setClean()
    else:
        from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

        window = QWidget()
        box = QPlainTextEdit()
        QVBoxLayout(window).addWidget(box)
        window.resize(1366, 768)
        window.show()
        result = _typed_paints(app, box, text, pace_ms)
        result.update(exact=box.toPlainText() == text, previews=0, autosaves=0)
    result["peak_rss_mb"] = rss_mb()
    return result


# ---- start-up ------------------------------------------------------------------------------

def task_startup(library: str, mode: str = "app") -> dict:
    """Process start (the runner's spawn time) to the main window painted, then to the library's
    first results shown. The runner passes its wall-clock spawn time in BENCH_SPAWN."""
    spawn = float(os.environ["BENCH_SPAWN"])
    app = _qt_app()
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QMainWindow

    marks: dict[str, float] = {}

    def finish():
        app.quit()

    class Spy(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if (event.type() == QEvent.Paint and "shown" not in marks
                    and isinstance(obj, QMainWindow)):
                marks["shown"] = time.time()
                QTimer.singleShot(0, poll)
            return False

    def poll():
        window = next((w for w in app.topLevelWidgets() if isinstance(w, QMainWindow)), None)
        pane = getattr(window, "library_pane", None)
        if mode == "bare" or (pane is not None and pane.model.rowCount() > 0):
            app.processEvents()
            marks["ready"] = time.time()
            QTimer.singleShot(0, finish)
        else:
            QTimer.singleShot(5, poll)

    spy = Spy()
    app.installEventFilter(spy)
    if mode == "bare":
        window = QMainWindow()
        window.resize(1400, 900)
        window.show()
        app.exec()
    else:
        from briefing.core.paths import Paths
        from briefing.gui.launch import launch

        home = Path(tempfile.mkdtemp(prefix="briefing-bench-"))
        paths = Paths.default()
        paths = type(paths)(data=home, config=home, resources=paths.resources,
                            templates=paths.templates)
        launch(paths, Path(library))
    return {"shown": (marks["shown"] - spawn) * 1000,
            "ready": (marks.get("ready", marks["shown"]) - spawn) * 1000,
            "peak_rss_mb": rss_mb()}


# ---- export --------------------------------------------------------------------------------

def make_briefing(library: str, citations: int = 500, sections: int = 50):
    """A briefing of ``sections`` sections holding ``citations`` cited claims from ~100 sources,
    with a paragraph of prose per section."""
    from briefing.core.documents import Briefing, Metadata, Paragraph, Section, cite
    from briefing.core.library import Library

    lib = Library.open(Path(library), create=False)
    rows = lib.db.execute(
        "SELECT id, source_id FROM claims WHERE retired = 0 AND origin = 'user' ORDER BY n").fetchall()
    by_source: dict[str, list[str]] = {}
    for cid, sid in rows:
        by_source.setdefault(sid, []).append(cid)
    chosen: list[str] = []
    pools = list(by_source.values())[:100]
    while len(chosen) < citations:
        for pool in pools:
            if pool and len(chosen) < citations:
                chosen.append(pool.pop(0))
    sources = {}
    briefing = Briefing(title="Benchmark briefing: US–China AI competition", template="briefing-note",
                        metadata=Metadata(author="Benchmark", classification="Official",
                                          date="2026-11-22"),
                        sections=[Section(f"s{i:02d}", f"Section {i + 1}") for i in range(sections)])
    sections = min(sections, citations)
    briefing.sections = briefing.sections[:sections]
    per = citations // sections
    for index, cid in enumerate(chosen):
        claim = lib.claim(cid)
        if claim.source_id not in sources:
            sources[claim.source_id] = lib.source(claim.source_id)
        key = f"s{index // per:02d}"
        if index % per == 0:
            note = claim.reader_note or claim.curator_note  # the one note before 2026.12
            briefing.insert(key, Paragraph(f"Context for section {index // per + 1}: " + note
                                           or "Our own assessment follows the sources below."))
        briefing.insert(key, cite(claim, sources[claim.source_id],
                                  comment="Check with the desk." if index % 7 == 0 else ""))
    return lib, briefing


def _context(results: str | None = None):
    """Templates, styles and citation processors as the app builds them; the processors keep
    finished results in the folder `results` (None: not on disk)."""
    from briefing.cli import Context
    from briefing.core.citations import Processors
    from briefing.core.paths import Paths

    context = Context(Paths.default())
    context.citation_processors = Processors(context.paths.resources / "csl",
                                             results_dir=Path(results) if results else None)
    return context.templates(), context.styles(), context.processors()


def task_export(library: str, fmt: str = "docx", repeat: int = 3, citations: int = 500,
                results: str | None = None) -> dict:
    """The app's export, in one process: the first run (cold: citation engines built, unless
    the citation results are kept in the folder `results` by an earlier process) and the
    rest (warm). For PDF the peak RSS counts the typesetter's worker process too."""
    from briefing.export.pipeline import Exporter, ExportSettings

    lib, briefing = make_briefing(library, citations=citations)
    templates, styles, processors = _context(results)
    out = Path(tempfile.mkdtemp(prefix="briefing-bench-")) / f"bench.{fmt}"
    times = []
    exporter = Exporter(templates, styles, lib, processors=processors)  # kept, as the app does
    child = 0.0
    for _ in range(repeat):
        t = time.perf_counter()
        exporter.export(briefing, out, ExportSettings(format=fmt))
        times.append(_ms(t))
        if fmt == "pdf":
            child = max(child, exporter.pdf.typesetter.last_rss_mb)
    return {"cold": times[0], "warm": times[1:], "bytes": out.stat().st_size,
            "peak_rss_mb": rss_mb() + child, "child_rss_mb": child}


def _rendered_text(library: str, citations: int = 500):
    from briefing.export.blocks import Span
    from briefing.export.pipeline import Exporter

    lib, briefing = make_briefing(library, citations=citations)
    templates, styles, processors = _context()
    rendered = Exporter(templates, styles, lib, processors=processors).render(briefing)

    def flat(content):
        return "".join(i.text if isinstance(i, Span) else f"[{i.number}]" for i in content)

    blocks = [(b.kind, b.level, flat(b.content)) for b in rendered.blocks]
    notes = [[flat(n.content)] + [flat(p) for p in n.paragraphs] for n in rendered.notes]
    return lib, briefing, blocks, notes


def task_docx_floor(library: str, repeat: int = 3, citations: int = 500) -> dict:
    """Raw python-docx writing the same paragraphs and note texts (notes as paragraphs at the
    end: python-docx has no footnote API, so this is a lower bound)."""
    import docx

    _, _, blocks, notes = _rendered_text(library, citations)
    out = Path(tempfile.mkdtemp(prefix="briefing-bench-")) / "floor.docx"
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        document = docx.Document()
        for kind, level, text in blocks:
            if kind in ("heading", "title"):
                document.add_heading(text, level=min(level, 9) if kind == "heading" else 0)
            else:
                document.add_paragraph(text)
        for number, paragraphs in enumerate(notes, 1):
            for i, text in enumerate(paragraphs):
                document.add_paragraph(f"{number}. {text}" if i == 0 else text)
        document.save(out)
        times.append(_ms(t))
    return {"cold": times[0], "warm": times[1:], "bytes": out.stat().st_size,
            "peak_rss_mb": rss_mb()}


def task_pandoc(library: str, fmt: str = "docx", repeat: int = 3, citations: int = 500) -> dict:
    """pandoc (pypandoc-binary) with --citeproc and the same CSL style: the same text with
    [@key] citations and a CSL-JSON bibliography of the cited sources."""
    import subprocess

    try:
        import pypandoc
        exe = pypandoc.get_pandoc_path()
    except Exception as exc:  # not installed: no peer
        return {"missing": f"pypandoc-binary not installed ({exc.__class__.__name__})"}
    from briefing.core.paths import resources_dir

    lib, briefing = make_briefing(library, citations=citations)
    folder = Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    items, lines = {}, [f"# {briefing.title}", ""]
    for section in briefing.sections:
        lines += [f"## {section.heading}", ""]
        for item in section.items:
            if hasattr(item, "claim"):
                s = item.source
                year, month, day = (s.published.split("-") + ["1", "1"])[:3]
                items[s.id] = {"id": s.id, "type": s.kind, "title": s.title,
                               "author": [{"literal": s.author}] if s.author else [],
                               "container-title": s.outlet,
                               "issued": {"date-parts": [[int(year), int(month), int(day)]]}}
                quote = item.claim.quote.replace("[", "\\[").replace("]", "\\]")
                lines += [f"{item.claim.statement} [@{s.id}, {quote}]", ""]
                if item.comment:
                    lines += [item.comment, ""]
            else:
                lines += [item.text, ""]
    (folder / "in.md").write_text("\n".join(lines), encoding="utf-8")
    (folder / "refs.json").write_text(json.dumps(list(items.values()), ensure_ascii=False))
    csl = resources_dir() / "csl" / "chicago-notes-bibliography-17th-edition.csl"
    target = {"docx": "docx", "md": "markdown", "html": "html", "pdf": "typst"}[fmt]
    out = folder / f"out.{fmt}"
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        typ = folder / "out.typ"
        subprocess.run([exe, str(folder / "in.md"), "--citeproc", "--bibliography",
                        str(folder / "refs.json"), "--csl", str(csl), "-t", target, "-s",
                        "-o", str(typ if fmt == "pdf" else out)], check=True, capture_output=True)
        if fmt == "pdf":  # pandoc's PDF through Typst (no LaTeX here): pandoc -t typst, then
            # Typst in a fresh process with the system's fonts
            subprocess.run([sys.executable, "-c", "import sys, typst; typst.compile(sys.argv[1], "
                            "output=sys.argv[2])", str(typ), str(out)], check=True,
                           capture_output=True)
        times.append(_ms(t))
    return {"cold": times[0], "warm": times[1:], "bytes": out.stat().st_size,
            "peak_rss_mb": rss_mb(resource.RUSAGE_CHILDREN)}


def main(argv: list[str]) -> int:
    task, args = argv[0], json.loads(argv[1]) if len(argv) > 1 else {}
    result = globals()[f"task_{task}"](**args)
    sys.stdout.flush()
    print("\n" + json.dumps(result), flush=True)
    sys.stderr.flush()
    # Skip interpreter teardown: PySide6 can crash while finalizing ("none_dealloc") after the
    # figures are out, which would fail a run that measured everything.
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
