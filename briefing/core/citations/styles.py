"""Citation styles: the CSL files in the bundled and the user's folders, and their headers.

A style's id is its file stem; when two folders hold the same id the first folder wins (the
bundled styles cannot be shadowed). Files that are not usable CSL styles are listed by
``Styles.problems`` with the reason, never raised while listing.

A style is checked when it is first listed or used, before the engine sees it: only a
regular file (a named pipe in the user's csl/ folder hung even ``styles list``) of at most
:data:`MAX_STYLE_BYTES`, no DOCTYPE, no text or attribute longer than :data:`MAX_VALUE`
characters (a 4 MB ``<text value>`` ran past 300 s), no macro that calls itself, and
macros that do not fan out: the citation and bibliography layouts, with every macro call
written out, may hold at most ``specialise.MAX_EXPANDED_ELEMENTS`` elements (the whole of
Chicago: 2.4 million; a 1.6 KB style whose macros call each other ten times a level held
10^10, ran 121 s and reached 13.7 GB). The engine's own memory and time limits are the last
line.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from briefing.core.citations.specialise import ExpansionError, check_expansion_of
from briefing.core.errors import BriefingError, marked
from briefing.core.paths import resources_dir
from briefing.core.reading import read_regular

CSL_NS = "{http://purl.org/net/xbiblio/csl}"
MAX_STYLE_BYTES = 1024 * 1024  # the largest bundled style is 245 KB
MAX_VALUE = 10_000  # characters of one text or attribute (the bundled styles: 208)


class CitationError(BriefingError):
    """Something the user can fix: unknown style or source, bad metadata, bad style file."""


class StyleError(CitationError):
    """A .csl file that cannot be used; `path` names it."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(marked("core", "Citation style file '{path}' cannot be used: {reason}"),
                         path=self.path, reason=reason)


def bundled_csl_dir() -> Path:
    """The shipped styles (inside the package when installed, else the checkout)."""
    return resources_dir() / "csl"


@dataclass(frozen=True)
class StyleInfo:
    id: str
    title: str
    kind: str  # "note" | "in-text"
    path: Path
    default_locale: str = ""

    @classmethod
    def from_file(cls, path: Path) -> StyleInfo:
        """Read a style's header; StyleError if the file is not a usable CSL style."""
        path = Path(path)
        try:
            data = read_regular(path, MAX_STYLE_BYTES, "citation style file")
        except BriefingError as exc:
            raise StyleError(path, _reason(str(exc), path)) from None
        if b"<!DOCTYPE" in data[:4096].upper():
            raise StyleError(path, "it has a DOCTYPE, which CSL styles never have")
        try:
            root = ET.fromstring(data)
        except ET.ParseError as exc:
            raise StyleError(path, f"not well-formed XML ({exc})") from None
        if root.tag != f"{CSL_NS}style":
            raise StyleError(path, "its root element is not a CSL <style>")
        info = root.find(f"{CSL_NS}info")
        title = info.findtext(f"{CSL_NS}title", "").strip() if info is not None else ""
        if not title:
            raise StyleError(path, "it has no <info><title>")
        if root.find(f"{CSL_NS}citation") is None:
            parent = ""
            if info is not None:
                for link in info.findall(f"{CSL_NS}link"):
                    if link.get("rel") == "independent-parent":
                        parent = link.get("href", "").rstrip("/").rsplit("/", 1)[-1]
            if parent:
                raise StyleError(
                    path,
                    f"it is a dependent style that only points to '{parent}'; "
                    f"add '{parent}.csl' itself instead",
                )
            raise StyleError(path, "it has no <citation> layout")
        if root.find(f"{CSL_NS}citation/{CSL_NS}layout") is None:
            raise StyleError(path, "its <citation> has no <layout>")
        # citeproc-js quietly prints "[CSL STYLE ERROR …]" for these; say so up front.
        defined = {m.get("name") for m in root.iter(f"{CSL_NS}macro")}
        for node in root.iter():
            name = node.get("macro")
            if name is not None and name not in defined:
                raise StyleError(path, f"it calls the macro '{name}', which it does not define")
        _check_size(root, path)
        kind = root.get("class", "")
        if kind not in ("note", "in-text"):
            raise StyleError(path, f"its class is {kind!r}, not 'note' or 'in-text'")
        return cls(path.stem, title, kind, path, root.get("default-locale", ""))


def _reason(message: str, path: Path) -> str:
    """read_regular's sentence as the reason part of a StyleError."""
    message = message.rstrip(".")
    if "not a regular file" in message:
        return "it is not a regular file" + message.split("not a regular file", 1)[1]
    if "can be up to" in message:
        return f"it is over the {MAX_STYLE_BYTES // 1024:,} KB a style may have"
    if "cannot be read: " in message:  # "The citation style file … cannot be read: <reason>"
        return f"it cannot be read ({message.split('cannot be read: ', 1)[1]})"
    return "cannot be read (" + message.replace(str(path), "it").replace(path.name, "it") + ")"


def _check_size(root: ET.Element, path: Path) -> None:
    """StyleError for an overlong value, a macro that calls itself, or macros that fan out
    (``specialise.check_expansion``: the same check runs before the processor builds a style)."""
    for node in root.iter():
        if len(node.text or "") > MAX_VALUE or any(len(v) > MAX_VALUE
                                                     for v in node.attrib.values()):
            raise StyleError(path, f"it holds a text or attribute of more than {MAX_VALUE:,} "
                                   "characters")
    try:
        check_expansion_of(root)
    except ExpansionError as exc:
        raise StyleError(path, str(exc)) from None


class Styles:
    """The styles in some folders, in folder order (bundled first, then the user's).

    Keeps the headers it has read (every export lists the styles; parsing the bundled 700 KB
    of them each time took ~30 ms) and reads a file again only when it changed: the app keeps
    one Styles (`Context.styles`)."""

    def __init__(self, folders: Iterable[Path | str | None]) -> None:
        self.folders = [Path(f) for f in folders if f is not None]
        # path -> (mtime_ns, size, StyleInfo, or why it is unusable)
        self._headers: dict[Path, tuple[int, int, StyleInfo | str]] = {}

    def _header(self, path: Path) -> StyleInfo:
        """`StyleInfo.from_file`, read again only when the file changed."""
        try:
            stat = path.stat()
        except OSError:
            return StyleInfo.from_file(path)  # raises the StyleError that says why
        kept = self._headers.get(path)
        if kept is None or kept[:2] != (stat.st_mtime_ns, stat.st_size):
            try:
                result: StyleInfo | str = StyleInfo.from_file(path)
            except StyleError as exc:
                result = exc.reason
            kept = (stat.st_mtime_ns, stat.st_size, result)
            self._headers[path] = kept
        if isinstance(kept[2], str):
            raise StyleError(path, kept[2])
        return kept[2]

    def _scan(self) -> tuple[list[StyleInfo], dict[str, StyleError]]:
        good: dict[str, StyleInfo] = {}
        bad: dict[str, StyleError] = {}
        for folder in self.folders:
            if not folder.is_dir():
                continue
            for path in sorted(folder.glob("*.csl")):
                if path.stem in good or path.stem in bad:
                    continue
                try:
                    good[path.stem] = self._header(path)
                except StyleError as exc:
                    bad[path.stem] = exc
        return list(good.values()), bad

    def list(self) -> list[StyleInfo]:
        """The usable styles; files that are not usable are in `problems()`."""
        return self._scan()[0]

    def problems(self) -> list[StyleError]:
        """One StyleError for each .csl file that cannot be used."""
        return list(self._scan()[1].values())

    def get(self, style_id: str) -> StyleInfo:
        # A style's id is its file name: the first folder that has the file decides
        # (as in _scan), without reading every other style.
        name = f"{style_id}.csl"
        for folder in self.folders:
            try:
                if name not in os.listdir(folder):  # (exact name, on any file system)
                    continue
            except OSError:
                continue
            if (folder / name).is_file():
                return self._header(folder / name)
        good, bad = self._scan()
        for info in good:
            if info.id == style_id:
                return info
        if style_id in bad:
            raise bad[style_id]
        names = ", ".join(info.id for info in good) or "none"
        raise CitationError(marked("core", "No citation style '{style_id}'. Available: {names}."),
                            style_id=style_id, names=names)
