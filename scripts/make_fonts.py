#!/usr/bin/env python3
"""Make resources/fonts/: the fonts the PDF export embeds, with their licences.

    .venv/bin/python scripts/make_fonts.py            # fetch the Debian packages, write the fonts
    .venv/bin/python scripts/make_fonts.py --from DIR # use packages already unpacked under DIR

The bundled templates name Microsoft's fonts in their reference.docx (Word users have them);
a PDF cannot rely on the reader's machine, so it embeds free fonts with the same metrics
where such exist, so that lines, pages and the one-page budget come out as in Word:

    Arial   -> Liberation Sans 2 (OFL-1.1)      briefing-note, and the default look
    Calibri -> Carlito (OFL-1.1)                meeting-brief
    Cambria -> Caladea (OFL-1.1)                decision-memo body
    Georgia -> Noto Serif (OFL-1.1)             decision-memo headings (no metric twin)
    Verdana -> DejaVu Sans (Bitstream Vera)     key-messages (Vera was drawn to Verdana's widths)
    Chinese -> Noto Sans CJK SC (OFL-1.1)       every template, after the Latin face (3 parts)
    other   -> DejaVu Sans                      symbols (☐), Greek, Cyrillic, Hebrew, Arabic

Each is taken unchanged from Debian 12's package (the same files Debian users have: their
licences reserve the fonts' names for unmodified copies), except Chinese, cut down to what a
Chinese briefing uses (Noto's licence reserves no name that the cut-down face carries): the
Simplified Chinese face of the Noto Sans CJK collection (not the Japanese, Korean and
Traditional ones), the CJK ideographs of Unicode's main block and extension A, CJK punctuation
and full-width forms, kana and bopomofo; Hangul and the rare ideograph extensions B–F are left
out. The bold Chinese face holds GB 2312
(6,763 ideographs: headings and bold text; any other ideograph falls back to the regular face).
The regular face is written as three files under 5 MB each, each renamed to a family of its own
(CJK_PARTS: everyday text, then the rarer ideographs in two parts), as Typst takes one face per
family. `--from / --cjk-only` remakes only those from the installed fonts-noto-cjk.

Writes the font files, LICENSE-<font>.txt (each licence's full text; scripts/make_notices.py
collects them into NOTICES.txt) and coverage.txt (the code points
each family covers, as ranges: the PDF writer replaces what no font can show rather than let
the compiler refuse the document). Deterministic for the same packages and fontTools.
"""

from __future__ import annotations

import argparse
import gzip
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "fonts"
PACKAGES = ("fonts-liberation2", "fonts-crosextra-carlito", "fonts-crosextra-caladea",
            "fonts-dejavu-core", "fonts-dejavu-extra", "fonts-noto-core", "fonts-noto-cjk")
TT = "usr/share/fonts/truetype"
# (file in the package, file written, licence file)
LATIN = [
    *((f"{TT}/liberation2/LiberationSans-{s}.ttf", f"LiberationSans-{s}.ttf",
       "LICENSE-LiberationSans.txt")
      for s in ("Regular", "Bold", "Italic", "BoldItalic")),
    *((f"{TT}/crosextra/Carlito-{s}.ttf", f"Carlito-{s}.ttf", "LICENSE-Carlito.txt")
      for s in ("Regular", "Bold", "Italic", "BoldItalic")),
    *((f"{TT}/crosextra/Caladea-{s}.ttf", f"Caladea-{s}.ttf", "LICENSE-Caladea.txt")
      for s in ("Regular", "Bold", "Italic", "BoldItalic")),
    # Georgia is only the decision memo's headings, title and subtitle: never italic.
    *((f"{TT}/noto/NotoSerif-{s}.ttf", f"NotoSerif-{s}.ttf", "LICENSE-NotoSerif.txt")
      for s in ("Regular", "Bold")),
    *((f"{TT}/dejavu/DejaVuSans{s}.ttf", f"DejaVuSans{s}.ttf", "LICENSE-DejaVuSans.txt")
      for s in ("", "-Bold", "-Oblique", "-BoldOblique")),
]
CJK = "usr/share/fonts/opentype/noto/NotoSansCJK-{weight}.ttc"
CJK_FAMILY = "Noto Sans CJK SC"
CJK_RANGES = [(0x3000, 0x303F), (0x3040, 0x30FF), (0x3100, 0x312F), (0x31A0, 0x31BF),
              (0x31C0, 0x31EF), (0x2E80, 0x2FDF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
              (0xF900, 0xFAFF), (0xFE10, 0xFE1F), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF),
              (0x3200, 0x33FF)]


def gb2312() -> list[int]:
    """GB 2312's 6,763 ideographs: the characters of everyday Simplified Chinese text."""
    found = []
    for code in range(0x4E00, 0xA000):
        try:
            chr(code).encode("gb2312")
        except UnicodeEncodeError:
            continue
        found.append(code)
    return found


_IDEOGRAPHS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
_COMMON = sorted(set(gb2312()) | {c for a, b in CJK_RANGES for c in range(a, b + 1)
                                  if not any(lo <= c <= hi for lo, hi in _IDEOGRAPHS)})
_REST = sorted({c for a, b in _IDEOGRAPHS for c in range(a, b + 1)} - set(_COMMON))
# The regular Chinese face in three files of under 5 MB each, each a family of its own
# (briefing/export/fonts.py lists them in this order): everyday text (GB 2312's ideographs,
# punctuation, full-width forms, kana, bopomofo) keeps the face's own name; the other
# ideographs of the main block, extension A and the compatibility block follow in two parts.
_HALF = len(_REST) * 3 // 5  # the later ideographs take more bytes each: two parts of ~4 MB
CJK_PARTS = [
    ("NotoSansCJKsc-Regular", CJK_FAMILY, None, _COMMON),
    ("NotoSansCJKsc-Rare1", f"{CJK_FAMILY} Rare 1", "NotoSansCJKscRare1-Regular", _REST[:_HALF]),
    ("NotoSansCJKsc-Rare2", f"{CJK_FAMILY} Rare 2", "NotoSansCJKscRare2-Regular", _REST[_HALF:]),
]


def cjk_bold() -> list[int]:
    """The bold face: GB 2312's ideographs and CJK punctuation and full-width forms."""
    return gb2312() + list(range(0x3000, 0x3040)) + list(range(0xFF00, 0xFFF0))


# The licence file written for each package (its Debian copyright file, which holds the
# upstream copyright notices and the licences' full texts).
LICENCE_FILES = {
    "fonts-liberation2": "LICENSE-LiberationSans.txt",
    "fonts-crosextra-carlito": "LICENSE-Carlito.txt",
    "fonts-crosextra-caladea": "LICENSE-Caladea.txt",
    "fonts-noto-core": "LICENSE-NotoSerif.txt",
    "fonts-dejavu-core": "LICENSE-DejaVuSans.txt",
    "fonts-noto-cjk": "LICENSE-NotoSansCJK.txt",
}


def fetch(folder: Path) -> Path:
    """Download the Debian packages (apt-get download) and unpack them under folder/root."""
    subprocess.run(["apt-get", "download", *PACKAGES], cwd=folder, check=True)
    root = folder / "root"
    for deb in sorted(folder.glob("*.deb")):
        subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    return root


def _options() -> subset.Options:
    options = subset.Options()
    options.hinting = False
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    options.recalc_timestamp = False
    return options


def _save(font: TTFont, unicodes, target: Path) -> None:
    subsetter = subset.Subsetter(_options())
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    font.save(target)


def _ranges(codes: list[int]) -> str:
    codes = sorted(set(codes))
    out, start = [], None
    for i, code in enumerate(codes):
        if start is None:
            start = code
        if i + 1 == len(codes) or codes[i + 1] != code + 1:
            out.append(f"{start:X}" if start == code else f"{start:X}-{code:X}")
            start = None
    return " ".join(out)


def _renamed(font: TTFont, family: str, postscript: str) -> None:
    """Give a cut-down part of the Chinese face a family of its own (Typst takes one face
    per family and weight, so each part must be a family for the fallback list to reach
    it). The OFL reserves no name here; the copyright and licence records stay."""
    full = f"{family} Regular"
    for record in font["name"].names:
        if record.nameID in (1, 16):
            record.string = family
        elif record.nameID == 4:
            record.string = full
        elif record.nameID == 6:
            record.string = postscript
        elif record.nameID == 3:
            record.string = f"{postscript};{font['head'].fontRevision:.3f}"
    cff = font["CFF "].cff
    cff.fontNames = [postscript]
    top = cff.topDictIndex[0]
    top.FamilyName, top.FullName = family, full


def _cjk(root: Path, out: Path) -> dict[str, set[int]]:
    """The Chinese parts (CJK_PARTS) and the bold face; their coverage by family."""
    coverage: dict[str, set[int]] = {}
    jobs = [("Regular", stem, family, postscript, codes)
            for stem, family, postscript, codes in CJK_PARTS]
    jobs.append(("Bold", "NotoSansCJKsc-Bold", CJK_FAMILY, None, cjk_bold()))
    for weight, stem, family, postscript, codes in jobs:
        collection = TTCollection(str(root / CJK.format(weight=weight)), recalcTimestamp=False)
        face = next(f for f in collection.fonts if f["name"].getDebugName(1) == CJK_FAMILY)
        with tempfile.TemporaryDirectory() as tmp:
            whole = Path(tmp) / "face.otf"
            face.save(whole)
            font = TTFont(whole, recalcTimestamp=False)
            if postscript:
                _renamed(font, family, postscript)
            _save(font, codes, out / f"{stem}.otf")
        if weight == "Regular":
            coverage[family] = set(TTFont(out / f"{stem}.otf").getBestCmap())
    return coverage


def build(root: Path, out: Path, latin: bool = True) -> None:
    out.mkdir(parents=True, exist_ok=True)
    coverage: dict[str, set[int]] = {}
    for source, name, _licence in LATIN:
        if latin:
            shutil.copyfile(root / source, out / name)
        family = TTFont(out / name)["name"].getDebugName(1)
        coverage.setdefault(family, set()).update(TTFont(out / name).getBestCmap())
    coverage.update(_cjk(root, out))
    lines = [("# Code points each bundled font family covers (hex ranges); made by "
              "scripts/make_fonts.py.")]
    lines += [f"{family}: {_ranges(sorted(codes))}" for family, codes in sorted(coverage.items())]
    (out / "coverage.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    if latin:
        _licences(root, out)


def _read_doc(root: Path, package: str, name: str) -> str:
    path = root / "usr/share/doc" / package / name
    if path.is_file():
        return path.read_text(encoding="utf-8", errors="replace")
    gz = path.with_name(name + ".gz")
    return gzip.decompress(gz.read_bytes()).decode("utf-8", errors="replace")


def _licences(root: Path, folder: Path) -> None:
    """Each package's copyright file: the fonts' copyright notices and full licence texts."""
    for package, name in LICENCE_FILES.items():
        (folder / name).write_text(_read_doc(root, package, "copyright"), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--from", dest="root", type=Path,
                        help="a folder the Debian packages are unpacked into")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--cjk-only", action="store_true",
                        help="remake only the Chinese faces (the Latin ones in --out stay)")
    args = parser.parse_args(argv)
    if args.root:
        build(args.root, args.out, latin=not args.cjk_only)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            build(fetch(Path(tmp)), args.out, latin=not args.cjk_only)
    for path in sorted(args.out.glob("*.[ot]tf")):
        print(f"{path.stat().st_size / 1e6:6.2f} MB  {path.name}")
    return 0


if __name__ == "__main__":
    shutil.which("dpkg-deb") or sys.exit("needs dpkg-deb and apt-get (Debian or Ubuntu)")
    sys.exit(main())
