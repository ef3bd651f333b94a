"""``briefing --self-test``: prove an installation works, headless, without touching user data.

It opens the bundled library in a temporary data folder, searches it, builds a briefing from a
template, exports it to Word, PDF and Markdown in a temporary folder and reads each file back,
then builds the main window offscreen (so a bundle missing a Qt piece fails here, not on a
laptop).
One line per step ("ok   library: 69 claims" / "FAIL export pdf: <reason>") and a verdict;
the exit status is 0 only when every step passed. Used on a freshly built bundle (tests and
packaging/build.sh) and by support staff on a laptop.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

from briefing import __version__
from briefing.core.paths import Paths, resources_dir, templates_dir

QUERY = "Ascend"
TEMPLATE = "briefing-note"
TITLE = "Self-test briefing"


def _headless() -> None:
    """Qt (the window step) runs offscreen: the self-test never shows a window.

    With no display it is forced, since any other platform would abort the process; with a
    display, a platform the caller chose explicitly is kept."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    else:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class _Run:
    def __init__(self, out) -> None:
        self.out = out
        self.failed: list[str] = []
        self.passed = 0

    def step(self, name: str, action: Callable[[], str]) -> bool:
        started = time.monotonic()
        try:
            detail = action()
        except Exception as exc:  # every failure is a line, never a traceback
            reason = " ".join(str(exc).split()) or exc.__class__.__name__
            self._line("FAIL", name, f"{exc.__class__.__name__}: {reason}"[:300])
            self.failed.append(name)
            return False
        self.passed += 1
        self._line("ok", name, f"{detail} ({time.monotonic() - started:.1f} s)")
        return True

    def skip(self, name: str, reason: str) -> None:
        self._line("FAIL", name, f"not run: {reason}")
        self.failed.append(name)

    def _line(self, status: str, name: str, detail: str) -> None:
        print(f"{status:<5}{name}: {detail}", file=self.out, flush=True)


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise AssertionError(message)


class _SelfTest:
    def __init__(self, home: Path, out_dir: Path) -> None:
        self.paths = Paths(data=home, config=home, resources=resources_dir(),
                           templates=templates_dir())
        self.out_dir = out_dir
        self.library = None
        self.briefing = None

    def resources(self) -> str:
        for folder in (self.paths.resources / "csl", self.paths.bundled_library,
                       self.paths.templates):
            _check(folder.is_dir(), f"{folder} is missing")
        return f"{self.paths.resources.parent}"

    def library_step(self) -> str:
        from briefing.core.library import Library
        from briefing.core.library.bundle import load_bundle

        bundle = load_bundle(self.paths.bundled_library)
        self.library = Library.open(self.paths.library_file, bundle)
        count = len(self.library.claims())
        _check(count > 0, "the bundled library has no claims")
        return f"{count} claims (bundled library {self.library.bundle_version})"

    def search(self) -> str:
        from briefing.core.library import search

        self.hits = search.search(self.library, QUERY, limit=5)
        _check(bool(self.hits), f"'{QUERY}' found no claims")
        return f"'{QUERY}' found {search.count(self.library, QUERY)} claims"

    def compose(self) -> str:
        from briefing.cli import Context
        from briefing.core.documents import Briefing, Metadata, Paragraph, Section, cite

        context = Context(self.paths)
        self.templates, self.styles = context.templates(), context.styles()
        self.processors = context.processors()
        template = self.templates.get(TEMPLATE)
        self.briefing = Briefing(
            title=TITLE, template=template.id,
            metadata=Metadata(author="Briefing self-test", classification="Official"),
            sections=[Section(s.key, s.heading) for s in template.sections])
        keys = [s.key for s in template.sections]
        self.briefing.insert(keys[0], Paragraph("Written by briefing --self-test."))
        target = "background" if "background" in keys else keys[0]
        for hit in self.hits[:3]:
            self.briefing.insert(target, cite(hit.claim, self.library.source(hit.claim.source_id)))
        return f"'{template.name}' with {len(self.hits[:3])} claims"

    def export(self, fmt: str) -> str:
        from briefing.export.pipeline import Exporter, ExportSettings

        out = self.out_dir / f"self-test.{fmt}"
        Exporter(self.templates, self.styles, self.library, processors=self.processors).export(
            self.briefing, out, ExportSettings(format=fmt))
        detail = {"docx": _read_docx, "pdf": _read_pdf, "md": _read_md}[fmt](out)
        return f"{out.stat().st_size:,} bytes, {detail}"

    def window(self) -> str:
        """The desktop app's main window builds (every Qt module and plugin it needs is there)."""
        from briefing.gui.selftest_window import build_main_window  # Qt stays in briefing/gui

        return build_main_window(self.paths, self.library, TEMPLATE)


def _read_docx(path: Path) -> str:
    import docx
    from docx.oxml.ns import qn

    document = docx.Document(str(path))
    _check(any(TITLE in p.text for p in document.paragraphs), "the title is not in the document")
    parts = {str(part.partname): part for part in document.part.package.iter_parts()}
    _check("/word/footnotes.xml" in parts, "no footnotes part")
    from lxml import etree

    notes = etree.fromstring(parts["/word/footnotes.xml"].blob)
    real = [n for n in notes.iter(qn("w:footnote")) if int(n.get(qn("w:id"))) > 0]
    _check(bool(real), "the footnotes part holds no notes")
    return f"{len(real)} footnotes"


def _read_pdf(path: Path) -> str:
    from pypdf import PdfReader

    _check(path.read_bytes()[:5] == b"%PDF-", "the file does not start with %PDF")
    reader = PdfReader(str(path))
    pages = len(reader.pages)
    _check(pages > 0, "no pages")
    text = " ".join(unicodedata.normalize("NFKC", reader.pages[0].extract_text()).split())
    _check(TITLE in text, "the title is not in page 1's text")  # NFKC: the "fi" ligature
    return f"{pages} page{'s' if pages != 1 else ''}"


def _read_md(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    _check(TITLE in text, "the title is missing")
    _check("[^1]" in text and "[^1]:" in text, "no footnote [^1]")
    return f"{text.count(']:')} notes"


def run(out=None) -> int:
    """Run every step, print one line each and a verdict; 0 only when all passed."""
    out = out or sys.stdout
    _headless()
    print(f"Briefing {__version__} self-test ({sys.platform}, "
          f"{'bundle' if getattr(sys, 'frozen', False) else 'Python ' + sys.version.split()[0]})",
          file=out, flush=True)
    run_ = _Run(out)
    with tempfile.TemporaryDirectory(prefix="briefing-self-test-") as folder:
        home, exports = Path(folder) / "home", Path(folder) / "exports"
        home.mkdir()
        exports.mkdir()
        test = _SelfTest(home, exports)
        run_.step("resources", test.resources)
        if run_.step("library", test.library_step):
            try:
                ok = run_.step("search", test.search) and run_.step("briefing", test.compose)
                for fmt in ("docx", "pdf", "md"):
                    if ok:
                        run_.step(f"export {fmt}", lambda fmt=fmt: test.export(fmt))
                    else:
                        run_.skip(f"export {fmt}", "no briefing to export")
                run_.step("window", test.window)
            finally:
                test.library.close()
        else:
            for name in ("search", "briefing", "export docx", "export pdf", "export md",
                         "window"):
                run_.skip(name, "the library did not open")
    total = run_.passed + len(run_.failed)
    if run_.failed:
        print(f"Self-test FAILED: {len(run_.failed)} of {total} steps failed "
              f"({', '.join(run_.failed)}).", file=out, flush=True)
        return 1
    print(f"Self-test passed: all {total} steps ok.", file=out, flush=True)
    return 0
