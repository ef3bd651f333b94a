"""The export: preflight → render → writer → atomic file. The CLI and the GUI both call this."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from briefing.core.atomic import write_atomic
from briefing.core.citations import Processors, Styles, warm
from briefing.core.documents import Briefing
from briefing.core.documents.preflight import Finding, check, finding
from briefing.core.errors import BriefingError, marked
from briefing.core.library import Library
from briefing.core.paths import resources_dir
from briefing.core.templates import Templates
from briefing.core.text.controls import character_name
from briefing.export import FORMATS
from briefing.export.blocks import Rendered
from briefing.export.render import (
    RenderOptions,
    citation_locale,
    cited_sources,
    language_of,
    render,
)

__all__ = ["FORMATS", "ExportError", "ExportResult", "ExportSettings", "Exporter", "PreflightFailed"]


# The progress an export reports (the GUI shows it translated).
WRITING = {"docx": marked("core", "Writing DOCX"), "pdf": marked("core", "Writing PDF"),
           "md": marked("core", "Writing MD"), "html": marked("core", "Writing HTML")}


class ExportError(BriefingError):
    pass


class PreflightFailed(ExportError):
    def __init__(self, findings: list[Finding]):
        self.findings = findings
        lines = "; ".join(f.message for f in findings[:3])
        if len(findings) > 3:
            super().__init__(marked("core", "Strict export stopped by {count} preflight "
                                    "findings: {lines} (and {more} more)"),
                             count=len(findings), lines=lines, more=len(findings) - 3)
        elif len(findings) > 1:
            super().__init__(marked("core", "Strict export stopped by {count} preflight "
                                    "findings: {lines}"), count=len(findings), lines=lines)
        else:
            super().__init__(marked("core", "Strict export stopped by 1 preflight finding: "
                                    "{lines}"), lines=lines)


def page_budget_findings(pages: int, template) -> list[Finding]:
    """The finding for a briefing of ``pages`` PDF pages when its template promises fewer
    (the one-page key messages); none otherwise. The GUI gives it from its own count."""
    limit = template.page_budget
    if not limit or pages <= limit:
        return []
    return [finding("page-budget", marked(
        "core", "The briefing fills {pages} pages; the template '{template}' is meant to "
        "fit on {limit} pages. Shorten it.") if limit != 1 else marked(
        "core", "The briefing fills {pages} pages; the template '{template}' is meant to "
        "fit on 1 page. Shorten it."), pages=pages, template=template.name, limit=limit)]


@dataclass(frozen=True)
class ExportSettings:
    format: str = "docx"
    style: str | None = None  # None: the template's default style
    include_quotes: bool = True
    notes: str = "footnote"  # footnote | endnote
    strict: bool = False
    annex: bool = False  # original quotes and verification notes in an annex, not the notes
    numbered: bool | None = None  # numbered paragraphs; None: as the template says
    locale: str | None = None  # the citations' locale (e.g. "en-GB"); None: the style's


@dataclass
class ExportResult:
    path: Path
    findings: list[Finding] = field(default_factory=list)
    size: int = 0


def _writer(fmt: str):
    if fmt == "docx":
        from briefing.export.docx_writer import write_docx
        return write_docx
    if fmt == "md":
        from briefing.export.markdown import write_markdown
        return write_markdown
    if fmt == "html":
        from briefing.export.html import write_html
        return write_html
    raise ExportError(marked("core", "Unknown export format '{fmt}'. Use one of: {names}."),
                      fmt=fmt, names=', '.join(FORMATS))


class Exporter:
    """Exports briefings with `templates`, `styles` and the app's citation `processors`
    (`Context.processors`: engines and results are reused from one export to the next), and
    keeps its PDF engine (Typst in a worker process) from one PDF to the next."""

    def __init__(self, templates: Templates, styles: Styles, library: Library | None = None, *,
                 processors: Processors, resources: Path | None = None):
        self.templates = templates
        self.styles = styles
        self.library = library
        self.processors = processors
        self.resources = resources or resources_dir()
        self._pdf = None  # the PDF engine, loaded on the first PDF export and kept

    @property
    def pdf(self):
        """The PDF engine (Typst and the bundled fonts), loaded once."""
        if self._pdf is None:
            from briefing.export.pdf import PdfEngine

            self._pdf = PdfEngine(self.resources)
        return self._pdf

    def preflight(self, briefing: Briefing, settings: ExportSettings | None = None
                  ) -> list[Finding]:
        """The preflight checks; for a template with a page budget (the one-page key
        messages) also whether the typeset briefing fits it, counted on the PDF."""
        template = self.templates.for_briefing(briefing)
        findings = check(briefing, template, self.library)
        if template.page_budget:
            findings += self._page_budget(briefing, template, settings or ExportSettings())
        return findings

    def _page_budget(self, briefing: Briefing, template, settings: ExportSettings
                     ) -> list[Finding]:
        try:
            pages = self.pdf.page_count(self.render(briefing, settings))
        except BriefingError:
            return []  # the export itself reports what stops it
        return page_budget_findings(pages, template)

    def warm(self, template_id: str, style: str | None = None,
             briefing: Briefing | None = None, wait: bool = True,
             locale: str | None = None) -> None:
        """Load the citation processor and build it for what an export of `briefing` with
        this template (and style) cites, so the first preview or export need not wait
        (`citations.warm`: with `wait` false it returns once the builds have started)."""
        template = (self.templates.for_briefing(briefing) if briefing is not None
                    else self.templates.get(template_id))  # (a generic layout if not installed)
        info = self.styles.get(style or template.citation_style)
        sources, cites = ([], None) if briefing is None else cited_sources(briefing)
        locale = None if briefing is None else citation_locale(
            info, language_of(briefing, template), locale, self.processors)
        warm(self.processors, info, sources, wait=wait, cites=cites, locale=locale)

    def _glyph_findings(self, rendered: Rendered) -> list[Finding]:
        missing = self.pdf.missing_glyphs(rendered)
        if not missing:
            return []
        shown = ", ".join(character_name(c) for c in missing[:5])
        more = f" and {len(missing) - 5} more" if len(missing) > 5 else ""
        return [finding("font", marked(
            "core", "The PDF shows {shown}{more} as \ufffd: no bundled font has these "
            "characters. The Word export keeps them."), shown=shown, more=more)]

    def render(self, briefing: Briefing, settings: ExportSettings = ExportSettings()) -> Rendered:
        template = self.templates.for_briefing(briefing)
        style = self.styles.get(settings.style or template.citation_style)
        options = RenderOptions(include_quotes=settings.include_quotes, notes=settings.notes,
                                annex=settings.annex, numbered=settings.numbered,
                                locale=settings.locale)
        return render(briefing, template, style, self.processors, options)

    def _cite_ahead(self, briefing: Briefing, settings: ExportSettings) -> None:
        """Start building the citation engines `render` will use, on the processors'
        own threads (~0.02 s here, before anything else takes the interpreter), unless the
        results are kept on disk (then nothing is started).

        Failures are left for `render` to report: it does the same work again."""
        try:
            self.warm(briefing.template, settings.style, briefing, wait=False,
                      locale=settings.locale)
        except Exception:  # noqa: BLE001  (render raises it, typed, where it belongs)
            pass

    def export(self, briefing: Briefing, out: Path, settings: ExportSettings = ExportSettings(),
               progress=None, source_path: Path | None = None) -> ExportResult:
        """Write the export to ``out`` atomically; any failure leaves an earlier file intact."""
        step = progress or (lambda _text: None)
        if settings.format not in FORMATS:
            _writer(settings.format)  # says which formats there are
        if settings.format == "pdf":
            self.pdf  # noqa: B018  (load the engine now: a broken install fails before work)
        if source_path is not None and Path(out).resolve() == Path(source_path).resolve():
            raise ExportError(marked("core", "Exporting to {path} would overwrite the briefing "
                                     "itself; choose another file name."), path=out)
        self._cite_ahead(briefing, settings)  # the citation engines build while we check
        writer = self.pdf.write if settings.format == "pdf" else _writer(settings.format)
        step(marked("core", "Checking the briefing"))
        findings = self.preflight(briefing, settings)
        if settings.strict and findings:
            raise PreflightFailed(findings)
        step(marked("core", "Formatting citations"))
        rendered = self.render(briefing, settings)
        if settings.format == "pdf":
            findings = findings + self._glyph_findings(rendered)
        step(WRITING.get(settings.format, f"Writing {settings.format.upper()}"))
        try:
            data = writer(rendered)
        except BriefingError:
            raise
        except Exception as exc:  # a writer bug must not lose work or show a traceback
            detail = " ".join(str(exc).split()) or "an unexpected error"
            raise ExportError(marked("core", "The {format} export failed while writing the "
                                     "file ({detail}); nothing was written to {path}."),
                              format=settings.format.upper(), detail=detail, path=out) from exc

        write_atomic(Path(out), data)
        return ExportResult(Path(out), findings, len(data))
