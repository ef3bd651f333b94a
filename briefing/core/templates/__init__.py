"""Briefing templates: folders holding a manifest (``manifest``), Jinja2 parts rendered in a
sandbox (``sandbox``, bounded by ``limits``), a small markup for their output (``markup``) and a
reference.docx; ``catalogue`` loads them (``Templates``, ``Template``).
"""

from briefing.core.templates.catalogue import (
    PARTS,
    SectionSpec,
    Template,
    TemplateError,
    Templates,
    load_template,
)
from briefing.core.templates.manifest import BRIEFING_FIELDS
from briefing.core.templates.markup import Line, escape_markup, parse_markup

__all__ = [
    "BRIEFING_FIELDS",
    "PARTS",
    "Line",
    "SectionSpec",
    "Template",
    "TemplateError",
    "Templates",
    "escape_markup",
    "load_template",
    "parse_markup",
]
