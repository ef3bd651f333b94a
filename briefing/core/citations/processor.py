"""citeproc-js, the reference CSL processor, run inside QuickJS (no node, no network).

Why not citeproc-py: measured against pandoc's citeproc (3.9) on the library's
two sources and the test items, citeproc-py 0.11.1 got every note and
bibliography entry wrong in some way: "Edition" after every article, the cite's
locator in the bibliography, punctuation left outside quotation marks and
straight inner quotes, "张, 伟" as ". 伟 . 张", the substituted title or outlet
printed twice for items without an author, "J. Smith" for "Jane Smith" in
Chicago notes (initialize="false" ignored), "ibid." in lower case, a wrong
bibliography order and no disambiguation. citeproc-js (npm citeproc 2.4.63)
matched pandoc on all of these; where it did not (punctuation inside quotation
marks within a title, "?,”", mixed person/institution name lists, title-case
stop words, a note's first capital, sorting in QuickJS) `fixes` and the
patches correct it.

The JavaScript lives beside citeproc.js in resources/csl/engine/, under citeproc-js's licence
(CPAL-1.0 or AGPL-3.0) where it patches or copies citeproc-js:

* ``collation.js``: the sort-key comparison (QuickJS has no Intl), generated from Python's
  unicodedata by scripts/make_collation_js.py;
* ``patches.js``: changes to citeproc-js, for speed (each with its measured gain) and for
  results (collation, title-case stop words, an output format that marks runs);
* ``bridge.js``: the functions called from here (build an engine, place and render a
  document's citations in one pass, make a bibliography).

This module is the Python side:

* `Processor`: one QuickJS context with those files loaded, on a worker thread of its own
  (QuickJS contexts are not thread-safe; every call is handed to that thread, and QuickJS lets
  go of Python's GIL while it runs). It keeps the citeproc-js engines built on it (one per
  style text and locale, `MAX_ENGINES`) and finished results (`MAX_RESULTS`). Every call runs
  under a memory limit and a time limit: a style that exceeds them (one whose macros fan out,
  say) ends in `LimitError`, and the context is loaded again for the next call;
* `Processors`: the two processors of an app (one formats citations, the other makes
  bibliographies on the second core meanwhile) and the results kept on disk between runs
  (`results.ResultStore`). Built by whoever builds the app's long-lived objects
  (`briefing.core.context.Context.processors`) and passed to what cites, so engines and
  results are reused by every export in the process;
* `session.Session` (its own module): one document's citations on them.

Everything here is pure data in and out (JSON strings); no Qt.
"""

from __future__ import annotations

import concurrent.futures
import hashlib
import json
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import quickjs

from briefing.core.citations.results import ResultStore

# The files loaded into each context, in order (resources/csl/engine/).
ENGINE_FILES = ("citeproc.js", "collation.js", "patches.js", "bridge.js")

# Engines kept built at once on a processor (specialised to a document's sources, each takes
# tens of MB and 0.1-0.2 s to build).
MAX_ENGINES = 2

# Finished results kept (a document's citations, its bibliography): exporting or
# previewing an unchanged document again does not run citeproc-js (~10 ms a citation).
MAX_RESULTS = 16

# Style texts worked out from a style and a document's sources (Processors.derived): the
# specialised style and its citations-only form, ~5-40 ms each to make.
MAX_DERIVED = 32


@dataclass(frozen=True)
class Limits:
    """What one QuickJS context may use. Times are CPU seconds of the whole process (QuickJS's
    binding measures with clock()), so both processors working at once count double.

    The benchmark's 500 citations in Chicago use about 40 MB a context and at most 1 s a call;
    an engine for the whole of Chicago (no specialising) about 250 MB and 2-5 s to build, and
    two are kept (MAX_ENGINES). A style whose macros call each other in a fan-out (each macro
    calling the next several times) grows without end (1 GB a minute): it is stopped at
    `memory` bytes, or after `build_seconds` (building an engine) or `call_seconds` plus
    `per_citation` for each citation (using one), whichever comes first. (Styles whose macros
    fan out beyond any real style's are refused before that: `specialise.check_expansion`.)"""

    memory: int = 1024 * 1024 * 1024
    build_seconds: float = 30.0
    call_seconds: float = 5.0
    per_citation: float = 0.02


class JsError(RuntimeError):
    """citeproc-js raised (bad style, bad data); the message is citeproc-js's."""


class LimitError(JsError):
    """A call went past a limit of its context (`what`: "memory", "time" or "depth");
    `limit` says it in words ("512 MB", "10 s")."""

    def __init__(self, what: str, limit: str, detail: str) -> None:
        self.what = what
        self.limit = limit
        super().__init__(detail)


_LOCALE_WANTED = re.compile(r"briefing-locale-wanted:([A-Za-z0-9_-]+)")


def engine_key(style_xml: str, lang: str, force: bool) -> str:
    """The key of the engine for this style text and locale."""
    digest = hashlib.sha256(style_xml.encode("utf-8")).hexdigest()[:16]
    return f"{digest}:{lang}:{int(force)}"


class Processor:
    """One QuickJS context with citeproc-js and Briefing's JavaScript loaded; one worker thread.

    `call` runs a function of bridge.js there. `engine` builds (or finds) the engine for a
    style text and locale. `recall`/`remember` keep finished results. `session_lock` is held
    by a `Session` for a whole operation on an engine (reset it, then use it)."""

    def __init__(self, engine_dir: Path, locales_dir: Path, limits: Limits = Limits(),
                 name: str = "citations") -> None:
        self.name = name
        self.limits = limits
        self._engine_dir = engine_dir
        self._locales_dir = locales_dir
        self._locale_cache: dict[str, str] = {}
        old = threading.stack_size()
        try:
            threading.stack_size(8 * 1024 * 1024)  # citeproc-js recurses deeply
            self._pool = concurrent.futures.ThreadPoolExecutor(
                max_workers=1, thread_name_prefix=f"citeproc-js-{name}"
            )
            self._pool.submit(lambda: None).result()
        finally:
            threading.stack_size(old)
        self._lock = threading.Lock()
        self.session_lock = threading.RLock()
        self.built: OrderedDict[str, dict] = OrderedDict()
        self.results: OrderedDict[str, Any] = OrderedDict()
        # Results being worked out by a job started with `background`, by result key.
        self.pending: dict[str, concurrent.futures.Future] = {}
        self.pending_lock = threading.Lock()
        self._jobs: concurrent.futures.ThreadPoolExecutor | None = None
        self._jobs_lock = threading.Lock()  # (not _lock: that one is held during calls)
        self._ctx: quickjs.Context | None = None
        self._locales_given: set[str] = set()
        self.loads = 0  # contexts loaded so far (a second one after a limit was reached)
        # Loaded on the worker thread, before any call (the worker takes tasks in order).
        self._pool.submit(self._context)

    # ---- the context ---------------------------------------------------------------------

    def _context(self) -> quickjs.Context:
        """The loaded context (on the worker thread only)."""
        if self._ctx is None:
            ctx = quickjs.Context()
            ctx.set_max_stack_size(6 * 1024 * 1024)
            ctx.set_memory_limit(self.limits.memory)
            ctx.eval("var module = {exports: {}}; var exports = module.exports;")
            for name in ENGINE_FILES:
                ctx.eval((self._engine_dir / name).read_text(encoding="utf-8"))
            self._ctx = ctx
            self._locales_given = set()
            self.loads += 1
        return self._ctx

    def _discard_context(self) -> None:
        """Drop the context (on the worker thread): the next call loads a new one. After a
        limit was reached, whatever the call had half done stays behind in the old one."""
        self._ctx = None  # freed here, on the worker thread
        self.built.clear()

    def _run(self, fn: Callable[[], Any]) -> Any:
        with self._lock:
            return self._pool.submit(fn).result()

    def call(self, name: str, *args: Any, seconds: float | None = None) -> Any:
        """Call the function `name` of bridge.js with `args`, in at most `seconds` (default:
        the limits' `call_seconds`). JsError if citeproc-js raised, LimitError (after which
        the context is loaded again) if a limit was reached."""
        limit = self.limits.call_seconds if seconds is None else seconds

        def go() -> Any:
            ctx = self._context()
            ctx.set_time_limit(max(1, round(limit)))
            try:
                return ctx.get(name)(*args)
            except quickjs.JSException as exc:
                error = self._error(str(exc), limit)
                if isinstance(error, LimitError):
                    self._discard_context()
                raise error from None
            finally:
                if self._ctx is not None:
                    self._ctx.set_time_limit(-1)

        return self._run(go)

    def _error(self, message: str, seconds: float) -> JsError:
        first = message.strip().splitlines()[0] if message.strip() else message
        # ("null": QuickJS ran out of memory making the error object itself)
        if "out of memory" in first or first == "null":
            return LimitError("memory", f"{self.limits.memory // (1024 * 1024)} MB", first)
        if "interrupted" in first:
            return LimitError("time", f"{max(1, round(seconds))} s", first)
        if "stack size exceeded" in first or "too much recursion" in first:
            return LimitError("depth", "its nesting limit", first)
        return JsError(message)

    def memory(self) -> int:
        """Bytes the context has allocated (0 if it is not loaded)."""
        return self._run(lambda: self._ctx.memory()["malloc_size"] if self._ctx else 0)

    def close(self) -> None:
        """Stop the worker threads (the context goes with them)."""
        self._run(self._discard_context)
        self._pool.shutdown(wait=True)
        with self._jobs_lock:
            if self._jobs is not None:
                self._jobs.shutdown(wait=True)

    def background(self, job: Callable[[], Any]) -> concurrent.futures.Future:
        """Run `job` (which uses this processor) on a thread of its own; its future."""
        with self._jobs_lock:
            if self._jobs is None:
                self._jobs = concurrent.futures.ThreadPoolExecutor(
                    max_workers=1, thread_name_prefix=f"citeproc-js-{self.name}-job"
                )
            return self._jobs.submit(job)

    # ---- engines ---------------------------------------------------------------------------

    def _locale(self, lang: str) -> str:
        """CSL locale XML for citeproc-js; en-US when the locale is not shipped."""
        if lang not in self._locale_cache:
            path = self._locales_dir / f"locales-{lang}.xml"
            if not path.is_file():
                path = self._locales_dir / "locales-en-US.xml"
            self._locale_cache[lang] = path.read_text(encoding="utf-8")
        return self._locale_cache[lang]

    def _give_locale(self, lang: str) -> None:
        if lang not in self._locales_given:
            self.call("setLocale", lang, self._locale(lang))
            self._locales_given.add(lang)

    def engine(self, key: str, style_xml: str, lang: str, force: bool) -> dict:
        """Facts of the engine for this style text and locale, built if need be.

        citeproc-js expands every macro where it is called, so an engine takes tens
        of MB even for a specialised style (the whole of Chicago: ~200 MB): only the
        MAX_ENGINES used last are kept."""
        if key in self.built:
            self.built.move_to_end(key)
            return self.built[key]
        while len(self.built) >= MAX_ENGINES:  # make room first: engines can be large
            old, _ = self.built.popitem(last=False)
            self.call("dropEngine", old)
            self._run(lambda: self._ctx.gc() if self._ctx is not None else None)
        for wanted in ("en-US", lang):  # (others, e.g. de-DE for de-AT, when asked)
            self._give_locale(wanted)
        for _ in range(8):  # citeproc-js asks for the locales it needs while building
            try:
                info = json.loads(self.call("buildEngine", key, style_xml, lang, force,
                                            seconds=self.limits.build_seconds))
                break
            except LimitError:
                raise
            except JsError as exc:
                wanted = _LOCALE_WANTED.search(str(exc))
                if wanted is None or wanted.group(1) in self._locales_given:
                    raise
                self._give_locale(wanted.group(1))
        else:  # pragma: no cover  (a style asks for at most a few locales)
            raise JsError("citeproc-js kept asking for locales")
        self.built[key] = info
        return info

    def recall(self, key: str) -> Any:
        """A result kept by `remember`, or None (callers hold session_lock)."""
        if key not in self.results:
            return None
        self.results.move_to_end(key)
        return self.results[key]

    def remember(self, key: str, value: Any) -> None:
        self.results[key] = value
        while len(self.results) > MAX_RESULTS:
            self.results.popitem(last=False)


class Processors:
    """The citeproc-js processors of an app: `citations` formats a document's citations while
    `bibliography` (a second QuickJS context on a thread of its own, so on the second core)
    makes its bibliography, and `store` keeps finished results on disk between runs (None:
    not kept). Each processor is loaded when first used (~0.05 s, on its own thread).

    Built once by the app (`Context.processors`) and passed to whatever cites (`Exporter`,
    `Citer`), so later exports in the process reuse the engines and results; `close` ends the
    worker threads."""

    def __init__(self, csl_dir: Path, *, limits: Limits = Limits(),
                 results_dir: Path | None = None) -> None:
        self.csl_dir = Path(csl_dir)
        self.engine_dir = self.csl_dir / "engine"
        self.locales_dir = self.csl_dir / "locales"
        self.limits = limits
        self.store = None if results_dir is None else ResultStore(results_dir, self.fingerprint)
        self._lock = threading.Lock()
        self._made: dict[str, Processor] = {}
        self._fingerprint: str | None = None
        self._checked: set[tuple[str, Callable]] = set()
        self._derived: OrderedDict[tuple, Any] = OrderedDict()

    def _get(self, name: str) -> Processor:
        with self._lock:
            if name not in self._made:
                self._made[name] = Processor(self.engine_dir, self.locales_dir, self.limits, name)
            return self._made[name]

    @property
    def citations(self) -> Processor:
        return self._get("citations")

    @property
    def bibliography(self) -> Processor:
        return self._get("bibliography")

    def preload(self) -> None:
        """Start loading both processors on their threads; returns at once."""
        self._get("citations")
        self._get("bibliography")

    def started(self, name: str) -> Processor | None:
        """The processor `name` ("citations", "bibliography") if it was started, else None."""
        with self._lock:
            return self._made.get(name)

    def check_once(self, style_xml: str, check: Callable[[str], None]) -> None:
        """`check(style_xml)` (which raises what it finds), once per style text."""
        key = (hashlib.sha256(style_xml.encode("utf-8")).hexdigest(), check)
        with self._lock:
            if key in self._checked:
                return
        check(style_xml)
        with self._lock:
            self._checked.add(key)

    def derived(self, key: tuple, make: Callable[[], Any]) -> Any:
        """``make()``, kept for the next call with the same ``key`` (the last `MAX_DERIVED`):
        a style specialised to a document's sources, its citations-only text. Kept here, not
        in a module, so each app's (and each test's) processors keep their own."""
        with self._lock:
            if key in self._derived:
                self._derived.move_to_end(key)
                return self._derived[key]
        value = make()
        with self._lock:
            self._derived[key] = value
            while len(self._derived) > MAX_DERIVED:
                self._derived.popitem(last=False)
        return value

    def fingerprint(self) -> str:
        """What, besides a result's key, decides the results: the engine's JavaScript and the
        locale files (kept results from another version are not used)."""
        if self._fingerprint is None:
            digest = hashlib.sha256()
            for name in ENGINE_FILES:
                digest.update((self.engine_dir / name).read_bytes())
            for path in sorted(self.locales_dir.glob("*.xml")):
                stat = path.stat()
                digest.update(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns};".encode())
            self._fingerprint = digest.hexdigest()
        return self._fingerprint

    def close(self) -> None:
        with self._lock:
            made, self._made = list(self._made.values()), {}
        for processor in made:
            processor.close()
