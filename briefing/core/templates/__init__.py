"""Briefing templates: folders holding a manifest (``manifest``), Jinja2 parts rendered in a
sandbox (``sandbox``, bounded by ``limits``), a small markup for their output (``markup``) and a
reference.docx; ``catalogue`` loads them (``Templates``, ``Template``).
"""

from briefing.core.templates.catalogue import (
    BRIEFING_FIELDS,
    PARTS,
    Line,
    SectionSpec,
    Template,
    TemplateError,
    Templates,
    escape_markup,
    load_template,
    parse_markup,
)

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
