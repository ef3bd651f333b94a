"""Citations: CSL styles → notes, in-text citations and bibliography entries.

The parts, each a module of its own:

* ``styles``: the style files in the bundled and the user's folders (``Styles``, ``StyleInfo``);
* ``items``: a ``Source`` as the CSL-JSON item a style sees (``csl_item``; the item types,
  ``CSL_TYPES``, are defined with ``Source`` in ``core.model``);
* ``citer``: a document's citations and bibliography (``Citer``, ``warm``);
* ``processor``: citeproc-js, the reference CSL processor, run in QuickJS (``Processors``: one
  pair per app, built by ``Context.processors`` and passed in), with its JavaScript in
  resources/csl/engine/ (patches.js, bridge.js: citeproc-js's licence); ``session``: one
  document's citations on them; ``results``: results kept on disk between runs; ``fixes``
  corrects the processor's output; ``specialise`` trims a style to the items cited.
"""

from briefing.core.citations.citer import Citer, check_style, warm
from briefing.core.citations.items import CSL_TYPES, DEFAULT_KIND, LOCATOR_LABELS, csl_item
from briefing.core.citations.processor import Limits, Processors
from briefing.core.citations.styles import (
    CitationError,
    StyleError,
    StyleInfo,
    Styles,
    bundled_csl_dir,
)
from briefing.core.text.span import Span

__all__ = [
    "CSL_TYPES",
    "DEFAULT_KIND",
    "LOCATOR_LABELS",
    "CitationError",
    "Citer",
    "Limits",
    "Processors",
    "Span",
    "StyleError",
    "StyleInfo",
    "Styles",
    "bundled_csl_dir",
    "check_style",
    "csl_item",
    "warm",
]
