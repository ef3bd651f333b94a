"""Briefing templates: folders that define a briefing's sections, its fixed parts and its look.

Template folder (users add one by copying a folder; its name is the template id,
letters, digits, ``-`` and ``_``)::

    templates/<id>/manifest.toml   name, description, version, page, citation_style,
                                   required_metadata, language, numbered_paragraphs,
                                   pages, status_marker, [labels] (what it calls
                                   the briefing's fields), marking_colours,
                                   [[sections]] (key, heading,
                                   guidance, required, word_limit, decision,
                                   decision_if); see manifest.py
    templates/<id>/title.j2        title block (the only part that must exist)
    templates/<id>/metadata.j2     metadata block            } each optional;
    templates/<id>/header.j2       page header, one line     } render() gives ""
    templates/<id>/footer.j2       page footer, one line     } when absent
    templates/<id>/closing.j2      closing / decision block  }
    templates/<id>/*.j2            other files the parts may include or import by plain name
    templates/<id>/reference.docx  the look (styles, page, header/footer layout); optional

Parts are Jinja2, rendered in a sandbox (``briefing.core.templates.sandbox``: bounds on
output size, value size, call depth and time). They see three names and no others:
``briefing`` (title, subtitle, author, organisation, contact, date, reference, audience,
action_sought, classification: strings, possibly ""), ``template`` (name, id, version)
and ``sections`` (a list of {key, heading}). Every string in them is escaped for the
markup (``\\`` before ``*`` and ``\\``, and before a leading ``#``, ``-``, ``[``
or ``_``; line breaks become spaces), so a user's text never turns into markup: write
markup as literal template text, e.g. ``**To:** {{ briefing.audience }}``.

Parts output a small line markup (``# title``, ``## subtitle``, ``### heading``,
``- bullet``, ``[ ] checkbox``, ``___ signature line``, ``**bold**``), described in
``briefing.core.templates.markup``; its :func:`parse_markup` reads it
into :class:`Line` s for the exporter. header.j2 and footer.j2 should give one line
of plain text (the exporter adds "Page X of Y" itself).

:class:`Templates` loads every template folder under the given directories (folders
named ``.*`` or ``_*`` are ignored). The first directory is the bundled one; a template
in a later (user) directory whose id is already taken is skipped and reported in
``Templates.problems`` (and logged), never shadowing a bundled template. A broken
folder is reported there too; ``get()`` of its id raises its error. Every failure is a
:class:`TemplateError` naming template, file and line.
"""

from __future__ import annotations

import logging
import os
import re
import stat
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from briefing.core.documents.model import FIELD_LABELS
from briefing.core.errors import BriefingError, marked
from briefing.core.reading import kind_of
from briefing.core.templates.manifest import BRIEFING_FIELDS, ManifestProblem, read_manifest
from briefing.core.templates.markup import escape_markup
from briefing.core.templates.sandbox import Record, RenderFailure, SandboxEnvironment

log = logging.getLogger(__name__)

PARTS = ("title", "metadata", "header", "footer", "closing")
_TEMPLATE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}\Z")


class TemplateError(BriefingError):
    """A template could not be found, loaded or rendered. ``str()`` is the message to show."""

    def __init__(
        self,
        detail: str,
        template_id: str | None = None,
        filename: str | None = None,
        lineno: int | None = None,
        **params,
    ):
        """``detail`` is a template filled with ``params`` (``BriefingError``); the message is
        it, after where it happened ("Template 'x', file y, line 3: ")."""
        self.detail, self.template_id, self.filename, self.lineno = (
            detail.format(**params) if params else detail,
            template_id,
            filename,
            lineno,
        )
        # Where it happened, each part a template and its parameters (for the GUI).
        self.where = [
            part
            for part in (
                (marked("core", "Template {template!r}"), {"template": template_id})
                if template_id else None,
                (marked("core", "file {file}"), {"file": filename}) if filename else None,
                (marked("core", "line {line}"), {"line": lineno}) if lineno else None,
            )
            if part
        ]
        where = ", ".join(text.format(**values) for text, values in self.where)
        super().__init__(detail, **params)
        self.args = (f"{where}: {self.detail}" if where else self.detail,)


@dataclass(frozen=True)
class SectionSpec:
    key: str
    heading: str
    guidance: str = ""
    required: bool = False
    word_limit: int = 0  # 0: no limit
    # A decision block per recommendation in this section: the boxes beside each one.
    decision: tuple[str, ...] = ()
    # ... only when the briefing's "action sought" contains this word ("" : always).
    decision_if: str = ""

    def to_json(self) -> dict:
        data = asdict(self)
        data["decision"] = list(self.decision)
        return data

    def decides(self, action_sought: str) -> bool:
        """Whether this section's items get decision blocks for this action sought."""
        return bool(self.decision) and (
            not self.decision_if or self.decision_if.casefold() in action_sought.casefold()
        )


@dataclass(frozen=True)
class Template:
    id: str
    name: str
    description: str
    version: str
    sections: tuple[SectionSpec, ...]
    required_metadata: tuple[str, ...]
    citation_style: str
    folder: Path
    reference_docx: Path | None = None
    page_size: str = "A4"
    orientation: str = "portrait"
    language: str = ""  # BCP 47 tag of the fixed text and a new briefing's language; "" if not declared
    numbered_paragraphs: bool = False  # number the body's paragraphs 1, 2, 3 ...
    page_budget: int = 0  # the most pages it should fill (0: no limit)
    status_marker: str = "[{status} — see {where}]"
    # (field, label) pairs: what this template calls a briefing field ("title" → "Betreff")
    labels: tuple[tuple[str, str], ...] = ()
    # (marking, hex colour) pairs: markings printed in their own colour (upper case)
    marking_colours: tuple[tuple[str, str], ...] = ()
    generic: bool = False  # a stand-in for a template that is not installed
    _environment: SandboxEnvironment | None = field(default=None, repr=False, compare=False)

    def render(self, part: str, context: Mapping | None = None) -> str:
        """Render a part ("title", "metadata", "header", "footer", "closing") to markup.

        context may hold ``briefing`` (a mapping; missing fields are "", others are
        ignored) and ``sections`` (mappings or objects with key and heading; by default
        this template's sections). Returns "" if the part's file is absent.
        """
        if part not in PARTS:
            raise TemplateError(marked("core", "there is no part {part!r}; parts are {names}."),
                                self.id, part=part, names=", ".join(PARTS))
        filename = f"{part}.j2"
        if not (self.folder / filename).is_file():
            return ""
        environment = self._environment or SandboxEnvironment(self.folder)
        try:
            return environment.render(filename, self._context(context or {}))
        except RenderFailure as failure:
            raise TemplateError(
                failure.template, self.id, failure.filename, failure.lineno, **failure.params
            ) from failure

    def _context(self, context: Mapping) -> dict:
        given = context.get("briefing") or {}
        briefing = {key: escape_markup(_text(given.get(key))) for key in BRIEFING_FIELDS}
        sections = context.get("sections")
        if sections is None:
            sections = self.sections
        return {
            "briefing": Record("briefing", briefing),
            "template": Record(
                "template",
                {
                    "name": escape_markup(self.name),
                    "id": self.id,
                    "version": escape_markup(self.version),
                },
            ),
            "sections": [
                Record(
                    "section",
                    {name: escape_markup(_text(_field(s, name))) for name in ("key", "heading")},
                )
                for s in sections
            ],
        }

    def label(self, name: str) -> str:
        """What this template calls the briefing field ``name``: its own label (``[labels]``
        in the manifest), else the field's usual one ("Title")."""
        return dict(self.labels).get(name) or FIELD_LABELS.get(name, name)

    def marking_colour(self, classification: str) -> str:
        """The colour (hex RGB) the template gives this marking; "" for the header style's."""
        return dict(self.marking_colours).get(" ".join(classification.split()).upper(), "")

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "version": self.version,
            "citation_style": self.citation_style,
            "required_metadata": list(self.required_metadata),
            "page": {"size": self.page_size, "orientation": self.orientation},
            "language": self.language,
            "numbered_paragraphs": self.numbered_paragraphs,
            "pages": self.page_budget,
            "labels": {name: self.label(name) for name in BRIEFING_FIELDS},
            "marking_colours": dict(self.marking_colours),
            "sections": [s.to_json() for s in self.sections],
        }


def _field(item: object, name: str) -> object:
    return item.get(name) if isinstance(item, Mapping) else getattr(item, name, "")


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _only_regular(path: Path, template_id: str) -> None:
    """TemplateError when ``path`` is there but is not a regular file (a named pipe, a
    device, or a link to one): never read, and named rather than taken for missing."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return  # not there (or a dangling link): as if missing
    if not stat.S_ISREG(mode):
        raise TemplateError(marked("core", "{name} is not a regular file ({kind}); use an "
                                           "ordinary file."),
                            template_id, name=path.name, kind=kind_of(mode))


def load_template(folder: Path | str) -> Template:
    """Load and check one template folder: its manifest and every .j2 file in it."""
    folder = Path(folder)
    template_id = folder.name
    if not _TEMPLATE_ID.match(template_id):
        raise TemplateError(marked("core", "the folder {folder} cannot be a template: its name "
                                           "is the template's id and may use only letters, "
                                           "digits, '-' and '_'; rename it."), template_id,
                            folder=folder)
    manifest = folder / "manifest.toml"
    _only_regular(manifest, template_id)
    if not manifest.is_file():
        raise TemplateError(marked("core", "the folder {folder} has no manifest.toml."),
                            template_id, folder=folder)
    try:
        settings = read_manifest(manifest)
    except ManifestProblem as problem:
        detail = problem.detail.rstrip(".") + "."
        raise TemplateError(detail, template_id, "manifest.toml", problem.lineno) from None
    if not (folder / "title.j2").is_file():
        raise TemplateError(marked("core", "the template has no title.j2 (the title block); add "
                                           "one."), template_id)
    environment = SandboxEnvironment(folder.resolve())
    for path in sorted(folder.glob("*.j2")):
        try:
            environment.check(path.name)
        except RenderFailure as failure:
            raise TemplateError(
                failure.template, template_id, failure.filename or path.name, failure.lineno,
                **failure.params
            ) from failure
    reference = folder / "reference.docx"
    _only_regular(reference, template_id)
    return Template(
        id=template_id,
        name=settings["name"],
        description=settings["description"],
        version=settings["version"],
        sections=tuple(SectionSpec(**s) for s in settings["sections"]),
        required_metadata=settings["required_metadata"],
        citation_style=settings["citation_style"],
        folder=folder,
        reference_docx=reference if reference.is_file() else None,
        page_size=settings["page_size"],
        orientation=settings["orientation"],
        language=settings["language"],
        numbered_paragraphs=settings["numbered_paragraphs"],
        page_budget=settings["pages"],
        status_marker=settings["status_marker"],
        labels=settings["labels"],
        marking_colours=settings["marking_colours"],
        _environment=environment,
    )


class Templates:
    """The templates found in the given directories (missing directories are fine)."""

    def __init__(self, directories: Iterable[Path | str | None]):
        self.directories = tuple(Path(d) for d in directories if d is not None)
        self.reload()

    def reload(self) -> None:
        self._templates: dict[str, Template] = {}
        self._broken: dict[str, TemplateError] = {}
        self.problems: list[TemplateError] = []
        where: dict[str, Path] = {}
        for directory in self.directories:
            try:
                folders = sorted(directory.iterdir()) if directory.is_dir() else []
            except OSError as error:  # (is_dir too: a parent the user may not search)
                self._report(TemplateError(marked("core", "cannot read the folder {directory}: "
                                                          "{error}."),
                                           directory=directory,
                                           error=error.strerror or error))  # no "[Errno 13]"
                continue
            for folder in folders:
                try:
                    if not folder.is_dir() or folder.name.startswith((".", "_")):
                        continue
                except OSError as error:
                    self._report(TemplateError(marked("core", "cannot read {folder}: {reason}."),
                                               folder=folder, reason=error.strerror))
                    continue
                if folder.name in where:
                    self._report(
                        TemplateError(marked("core", "{folder} was not loaded: the template in "
                                                     "{where} already has this id; rename the "
                                                     "folder to use both."), folder.name,
                                      folder=folder, where=where[folder.name])
                    )
                    continue
                where[folder.name] = folder
                try:
                    self._templates[folder.name] = load_template(folder)
                except TemplateError as error:
                    self._broken[folder.name] = error
                    self._report(error)
                except OSError as error:  # a folder or file the user may not read
                    error = TemplateError(marked("core", "the folder {folder} cannot be read "
                                                         "({reason}); make it readable."),
                                          folder.name, folder=folder,
                                          reason=error.strerror or error)
                    self._broken[folder.name] = error
                    self._report(error)

    def _report(self, error: TemplateError) -> None:
        self.problems.append(error)
        log.warning("%s", error)

    def list(self) -> list[Template]:
        return sorted(self._templates.values(), key=lambda t: (t.name.casefold(), t.id))

    def for_briefing(self, briefing) -> Template:
        """The briefing's template; when it is not installed here, a generic layout with the
        briefing's own sections (see ``generic``), so the briefing still opens and exports."""
        try:
            return self.get(briefing.template)
        except TemplateError:
            return self.generic(briefing.template, [(s.key, s.heading) for s in briefing.sections])

    def generic(self, template_id: str, sections: list[tuple[str, str]]) -> Template:
        """A stand-in for the missing template ``template_id``: the layout (title block,
        header, footer, look) of the standard briefing note, or of the first template
        installed, and the given sections, with no limits."""
        if not self._templates:
            raise TemplateError(marked("core", "No template {name!r}, and no template is "
                                               "installed to lay the briefing out instead."),
                                name=template_id)
        base = self._templates.get("briefing-note") or self.list()[0]
        return replace(base, id=template_id, name=f"Generic layout (template {template_id!r} "
                       "is not installed)", generic=True, page_budget=0, required_metadata=("title",),
                       sections=tuple(SectionSpec(key, heading) for key, heading in sections))

    def get(self, template_id: str) -> Template:
        if template_id in self._templates:
            return self._templates[template_id]
        if template_id in self._broken:
            error = self._broken[template_id]
            again = TemplateError(error.detail, error.template_id, error.filename, error.lineno)
            again.template, again.params = error.template, error.params
            raise again
        available = ", ".join(sorted(self._templates)) or "none"
        error = TemplateError(marked("core", "No template {name!r}. Available: "
                                             "{available}."),
                              name=template_id, available=available)
        error.template_id = template_id
        raise error
