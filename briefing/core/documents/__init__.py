"""Briefing documents: the briefing in memory (``model``), its ``.briefing`` file (``files``),
what changed in the library since a claim was cited (``reconcile``), the autosaved recovery
file (``recovery``) and the checks before export (``preflight``).

The model and the file functions are re-exported here: ``documents.load(path)``,
``documents.Briefing``.
"""

from briefing.core.documents.files import (
    FORMAT,
    SUFFIX,
    VERSION,
    BriefingFileError,
    BriefingVersionError,
    dumps,
    load,
    loads,
    save,
    to_json,
)
from briefing.core.documents.model import (
    BRIEFING_FIELDS,
    DEFAULT_LANGUAGE,
    FIELD_LABELS,
    METADATA_FIELDS,
    Briefing,
    CitedClaim,
    Item,
    Metadata,
    Paragraph,
    Section,
    UnknownItemError,
    UnknownSectionError,
    briefing_language,
    cite,
    clean_fields,
    clean_item,
)

__all__ = [
    "BRIEFING_FIELDS",
    "DEFAULT_LANGUAGE",
    "FIELD_LABELS",
    "FORMAT",
    "METADATA_FIELDS",
    "SUFFIX",
    "VERSION",
    "Briefing",
    "BriefingFileError",
    "BriefingVersionError",
    "CitedClaim",
    "Item",
    "Metadata",
    "Paragraph",
    "Section",
    "UnknownItemError",
    "UnknownSectionError",
    "briefing_language",
    "cite",
    "clean_fields",
    "clean_item",
    "dumps",
    "load",
    "loads",
    "save",
    "to_json",
]
