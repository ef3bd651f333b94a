"""Citation styles: the CSL files in the bundled and the user's folders, and their headers.

A style's id is its file stem; when two folders hold the same id the first folder wins (the
bundled styles cannot be shadowed). Files that are not usable CSL styles are listed by
``Styles.problems`` with the reason, never raised while listing.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from briefing.core.errors import BriefingError
from briefing.core.paths import resources_dir

CSL_NS = "{http://purl.org/net/xbiblio/csl}"


class CitationError(BriefingError):
    """Something the user can fix: unknown style or source, bad metadata, bad style file."""


class StyleError(CitationError):
    """A .csl file that cannot be used; `path` names it."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"Citation style file '{self.path}' cannot be used: {reason}")


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
            root = ET.parse(path).getroot()
        except ET.ParseError as exc:
            raise StyleError(path, f"not well-formed XML ({exc})") from None
        except OSError as exc:
            raise StyleError(path, f"cannot be read ({exc.strerror or exc})") from None
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
        kind = root.get("class", "")
        if kind not in ("note", "in-text"):
            raise StyleError(path, f"its class is {kind!r}, not 'note' or 'in-text'")
        return cls(path.stem, title, kind, path, root.get("default-locale", ""))


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
        raise CitationError(f"No citation style '{style_id}'. Available: {names}.")
