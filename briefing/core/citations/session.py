"""One document's citations on an app's processors (`processor.Processors`).

`Session.cite_all` gives every citation of a document in its final form (positions: first,
subsequent, ibid; disambiguation) in one pass of citeproc-js; `bibliography` the entries of
the items cited. Results are kept by the processors, keyed by everything that decides them
(the engine's style text and locale, the items, the citations in order), in memory for the
process and on disk (`results.ResultStore`) between runs, so an unchanged document is
formatted once.

Citations may be formatted with `citing_xml`, the style without what only the bibliography
needs (`specialise.without_bibliography`: faster to build and to register items with), and the
bibliography is made on the second processor: `cite_all` starts it there before formatting
the citations, so both take about 1.2 s of CPU side by side for 500 citations.
"""

from __future__ import annotations

import concurrent.futures
import hashlib
import json
from typing import Any

from briefing.core.citations.processor import Processor, Processors, engine_key


class Session:
    """One document's citations in one style and locale, on `processors`."""

    def __init__(
        self, processors: Processors, style_xml: str, lang: str, force: bool,
        items: dict[str, dict], note: bool, citing_xml: str | None = None,
    ) -> None:
        self._processors = processors
        self._citing_spec = (citing_xml or style_xml, lang, force)
        self._citing_key = engine_key(*self._citing_spec)
        self._bib_spec = (style_xml, lang, force)
        self._bib_key = engine_key(*self._bib_spec)
        self._items_json = json.dumps(items, ensure_ascii=False, sort_keys=True)
        self._note = note
        self._citations: list[dict] = []
        self._facts: dict | None = None
        self.rendered: list[str] = []

    # ---- the engines ---------------------------------------------------------------------

    @property
    def _citing(self) -> Processor:
        return self._processors.citations

    @property
    def _bibliographer(self) -> Processor:
        return self._processors.bibliography

    @staticmethod
    def _build(processor: Processor, key: str, spec: tuple) -> dict:
        with processor.session_lock:
            return processor.engine(key, *spec)

    @property
    def facts(self) -> dict:
        """The citing engine's facts (lang, punctuation_in_quote, has_bibliography): kept on
        disk, or from the engine, built if need be (StyleError-worthy JsError if it cannot)."""
        if self._facts is None:
            store = self._processors.store
            stored = store.get(f"facts\0{self._citing_key}") if store is not None else None
            if isinstance(stored, dict):
                self._facts = stored
            else:
                self._facts = self._build(self._citing, self._citing_key, self._citing_spec)
                if store is not None:
                    store.put(f"facts\0{self._citing_key}", self._facts)
        return self._facts

    def start(self) -> None:
        """Start building both engines on their processors' threads; returns at once (build
        errors are left for the citations to report)."""
        self._citing.background(lambda: self._build(self._citing, self._citing_key,
                                                     self._citing_spec))
        self._bibliographer.background(lambda: self._build(self._bibliographer, self._bib_key,
                                                           self._bib_spec))

    def build(self) -> None:
        """Build both engines now, side by side."""
        bibliography = self._bibliographer.background(
            lambda: self._build(self._bibliographer, self._bib_key, self._bib_spec))
        self.facts  # noqa: B018  (the citing engine, here)
        bibliography.result()

    # ---- results ---------------------------------------------------------------------------

    def _citation(self, n: int, item_id: str, locator: str | None, label: str) -> dict:
        """The n-th citation (1-based) of the document: one item, its own note."""
        entry: dict[str, Any] = {"id": item_id}
        if locator:
            entry["locator"] = locator
            entry["label"] = label
        return {
            "citationID": f"c{n}",
            "citationItems": [entry],
            "properties": {"noteIndex": n if self._note else 0},
        }

    def _with(self, cites: list[tuple[str, str | None, str]]) -> list[dict]:
        citations = list(self._citations)
        for item_id, locator, label in cites:
            citations.append(self._citation(len(citations) + 1, item_id, locator, label))
        return citations

    def _result_key(self, kind: str, engine: str, citations: list[dict]) -> str:
        text = json.dumps(
            [kind, engine, self._items_json, citations], ensure_ascii=False, sort_keys=True
        )
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def _recalled(self, key: str) -> list[str] | None:
        """The citations kept under `key` by the citing processor, if it was started, else
        on disk (without starting it)."""
        citing = self._processors.started("citations")
        if citing is not None:
            with citing.session_lock:
                texts = citing.recall(key)
            if texts is not None:
                return texts
        return self._stored(key)

    def _stored(self, key: str) -> list[str] | None:
        store = self._processors.store
        value = store.get(key) if store is not None else None
        return value if isinstance(value, list) else None

    def _keep(self, key: str, value: list[str]) -> None:
        if self._processors.store is not None:
            self._processors.store.put(key, value)

    def kept(self, cites: list[tuple[str, str | None, str]]) -> bool:
        """Whether the citations and the bibliography of these cites (added to the ones made
        so far) and the engine's facts are all kept on disk: then nothing needs a processor."""
        store = self._processors.store
        if store is None:
            return False
        citations = self._with(cites)
        return (isinstance(store.get(f"facts\0{self._citing_key}"), dict)
                and self._stored(self._result_key("citations", self._citing_key, citations))
                is not None
                and self._stored(self._result_key("bibliography", self._bib_key, citations))
                is not None)

    def cite_all(self, cites: list[tuple[str, str | None, str]]) -> list[str]:
        """Add (item id, locator, label) citations; every citation's final text."""
        citations = self._with(cites)
        key = self._result_key("citations", self._citing_key, citations)
        texts = self._recalled(key)
        if texts is None:
            citing = self._citing
            with citing.session_lock:
                texts = citing.recall(key)
                if texts is None:
                    self._bibliography_job(citations)  # on the other processor, meanwhile
                    citing.engine(self._citing_key, *self._citing_spec)
                    texts = self._format(citations)
                    citing.remember(key, texts)
            self._keep(key, texts)
        self._citations, self.rendered = citations, list(texts)
        return list(texts)

    def _format(self, citations: list[dict]) -> list[str]:
        """Reset the citing engine to exactly `citations`; their texts: in one pass, or by
        citeproc-js's own batch where the one-pass way does not cover them."""
        citing = self._citing
        args = (self._citing_key, self._items_json, json.dumps(citations, ensure_ascii=False))
        seconds = self._seconds(citations)
        if citing.call("placeCitations", *args, seconds=seconds):
            return json.loads(citing.call("renderPlacedCitations", self._citing_key,
                                          seconds=seconds))
        return json.loads(citing.call("citeAllByBatch", *args, seconds=seconds))

    def _seconds(self, citations: list[dict]) -> float:
        limits = self._processors.limits
        return limits.call_seconds + limits.per_citation * len(citations)

    def _bibliography_job(self, citations: list[dict]) -> concurrent.futures.Future | None:
        """Start working out the bibliography of `citations` on the bibliography's processor,
        unless it is known or under way; its future (None when known)."""
        key = self._result_key("bibliography", self._bib_key, citations)
        if self._stored(key) is not None:
            return None
        b = self._bibliographer
        with b.pending_lock:  # (not session_lock: the bibliographer may be busy for a while)
            if key in b.results:
                return None
            if key not in b.pending:
                b.pending[key] = b.background(lambda: self._make_bibliography(citations, key))
            return b.pending[key]

    def _make_bibliography(self, citations: list[dict], key: str) -> list[str]:
        """The bibliography of `citations` (the items registered as the citations leave them)."""
        b = self._bibliographer
        with b.session_lock:
            try:
                entries = b.recall(key)
                if entries is None:
                    b.engine(self._bib_key, *self._bib_spec)
                    args = (self._bib_key, self._items_json,
                            json.dumps(citations, ensure_ascii=False))
                    seconds = self._seconds(citations)
                    if not b.call("registerCitations", *args, seconds=seconds):
                        b.call("citeAllByBatch", *args, seconds=seconds)
                    out = json.loads(b.call("makeBibliography", self._bib_key, seconds=seconds))
                    entries = [] if out is None else list(out["entries"])
                    b.remember(key, entries)
                    self._keep(key, entries)
                return entries
            finally:
                with b.pending_lock:
                    b.pending.pop(key, None)

    def bibliography(self) -> list[str]:
        """The entries of the items cited so far, in the style's order."""
        key = self._result_key("bibliography", self._bib_key, self._citations)
        entries = self._stored(key)
        if entries is not None:
            return list(entries)
        future = self._bibliography_job(self._citations)
        entries = future.result() if future is not None else None
        if entries is None:
            with self._bibliographer.session_lock:
                entries = self._bibliographer.recall(key)
        if entries is None:  # (dropped from the kept results in between: work it out here)
            entries = self._make_bibliography(self._citations, key)
        return list(entries)
