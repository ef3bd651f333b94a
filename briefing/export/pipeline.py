"""The export: preflight → render → writer → atomic file. The CLI and the GUI both call this."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from briefing.core.atomic import write_atomic
from briefing.core.citations import Styles, preload, warm
from briefing.core.documents import Briefing
from briefing.core.documents.preflight import Finding, check
from briefing.core.errors import BriefingError
from briefing.core.library import Library
from briefing.core.templates import Templates
from briefing.export import FORMATS
from briefing.export.blocks import Rendered
from briefing.export.render import RenderOptions, render

__all__ = ["FORMATS", "ExportError", "ExportResult", "ExportSettings", "Exporter", "PreflightFailed"]


class ExportError(BriefingError):
    pass


class PreflightFailed(ExportError):
    def __init__(self, findings: list[Finding]):
        self.findings = findings
        lines = "; ".join(f.message for f in findings[:3])
        more = f" (and {len(findings) - 3} more)" if len(findings) > 3 else ""
        super().__init__(f"Strict export stopped by {len(findings)} preflight finding"
                         f"{'s' if len(findings) != 1 else ''}: {lines}{more}")


@dataclass(frozen=True)
class ExportSettings:
    format: str = "docx"
    style: str | None = None  # None: the template's default style
    include_quotes: bool = True
    notes: str = "footnote"  # footnote | endnote
    strict: bool = False


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
    if fmt == "pdf":
        from briefing.gui.pdf_writer import write_pdf  # Qt draws the PDF; no office suite
        return write_pdf
    raise ExportError(f"Unknown export format '{fmt}'. Use one of: {', '.join(FORMATS)}.")


class Exporter:
    def __init__(self, templates: Templates, styles: Styles, library: Library | None = None):
        self.templates = templates
        self.styles = styles
        self.library = library

    def preflight(self, briefing: Briefing) -> list[Finding]:
        return check(briefing, self.templates.for_briefing(briefing), self.library)

    def warm(self, template_id: str, style: str | None = None,
             briefing: Briefing | None = None, wait: bool = True) -> None:
        """Load the citation processor and build it for what an export of `briefing` with
        this template (and style) cites, so the first preview or export need not wait
        (`citations.warm`: with `wait` false it returns once the builds have started)."""
        sources = {} if briefing is None else {i.source.id: i.source for i in briefing.cited()}
        template = (self.templates.for_briefing(briefing) if briefing is not None
                    else self.templates.get(template_id))
        warm(self.styles.get(style or template.citation_style),
             list(sources.values()), wait=wait)

    def render(self, briefing: Briefing, settings: ExportSettings = ExportSettings()) -> Rendered:
        template = self.templates.for_briefing(briefing)  # (a generic layout if not installed)
        style = self.styles.get(settings.style or template.citation_style)
        options = RenderOptions(include_quotes=settings.include_quotes, notes=settings.notes)
        return render(briefing, template, style, options)

    def _cite_ahead(self, briefing: Briefing, settings: ExportSettings) -> None:
        """Start building the citation engines `render` will use, on the processors'
        own threads (~0.02 s here, before anything else takes the interpreter).

        Failures are left for `render` to report: it does the same work again."""
        preload()  # first: loading the processors is what the builds wait for
        try:
            self.warm(briefing.template, settings.style, briefing, wait=False)
        except Exception:  # noqa: BLE001  (render raises it, typed, where it belongs)
            pass

    def export(self, briefing: Briefing, out: Path, settings: ExportSettings = ExportSettings(),
               progress=None, source_path: Path | None = None) -> ExportResult:
        """Write the export to ``out`` atomically; any failure leaves an earlier file intact."""
        step = progress or (lambda _text: None)
        if settings.format not in FORMATS:
            _writer(settings.format)  # says which formats there are
        if source_path is not None and Path(out).resolve() == Path(source_path).resolve():
            raise ExportError(f"Exporting to {out} would overwrite the briefing itself; "
                              "choose another file name.")
        self._cite_ahead(briefing, settings)  # the citation engines build while we check
        writer = _writer(settings.format)
        step("Checking the briefing")
        findings = self.preflight(briefing)
        if settings.strict and findings:
            raise PreflightFailed(findings)
        step("Formatting citations")
        rendered = self.render(briefing, settings)
        step(f"Writing {settings.format.upper()}")
        try:
            data = writer(rendered)
        except BriefingError:
            raise
        except Exception as exc:  # a writer bug must not lose work or show a traceback
            detail = " ".join(str(exc).split()) or "an unexpected error"
            raise ExportError(f"The {settings.format.upper()} export failed while writing the "
                              f"file ({detail}); nothing was written to {out}.") from exc
        write_atomic(Path(out), data)
        return ExportResult(Path(out), findings, len(data))
