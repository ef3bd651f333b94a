"""Linux bundle: ICU's data library cut down to what Qt can use in Briefing (32 MB → ~4 MB).

PySide6's Qt links ICU 73, and ICU's data (``libicudata.so.73``, one 32 MB symbol,
``icudt73_dat``) is the largest file in the bundle after Typst. QtCore reads little of it
(ICU's core Unicode properties and case mapping are compiled into libicuuc, not data):
normalisation, locale and time-zone tables and, were it asked (Briefing never asks: no
QCollator, QTextBoundaryFinder or QStringConverter anywhere in the app), collation and code
pages. Measured with Qt itself on the trimmed data (tests/test_bundle.py): German and
Chinese (pinyin) collation, Turkish upper case and German time-zone names answer as with
the whole data; only QStringDecoder's legacy code pages (windows-1252, Shift-JIS) are gone.
Left out here:

- the locale data of every language but English, German and Chinese (the interface's and
  the templates' languages) in every tree (names of languages, regions, currencies, units,
  time zones; collation; break iterators): ICU falls back to the root locale for the others;
- the code page converters (``*.cnv``: UTF-8, UTF-16, Latin-1 and ASCII are built into ICU's
  code, not data), the transliterators and the spelled-out number rules (``rbnf``), the
  word-break dictionaries of Chinese, Japanese, Thai, Lao, Khmer and Burmese (word
  boundaries then fall back to ICU's rules: one ideograph a word).

Kept: every root-level item that is not a locale (normalisation, character names, the
locale and time-zone tables, ``pool.res`` and ``res_index.res``), the break rules, the root
collation (``ucadata.icu``) and the three languages everywhere.

The ICU common data format (``CmnD``): a data header, then a table of contents (a count
and, per item, the offsets of its name and its data, both from the end of the header),
the names, and the items, each aligned to 16 bytes and sorted by name (ICU looks items up
by binary search, so a subset in the same order stays valid). The new data is assembled
into a shared library exporting the same symbol with binutils' ``as`` and ``ld``, which
PyInstaller needs on Linux anyway.

    python packaging/trim_icu.py LIBICUDATA OUT_DIR     # writes OUT_DIR/libicudata.so.NN
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
from pathlib import Path

KEEP_LANGUAGES = ("en", "de", "zh")
_LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*$")
_DROP_TREES = {"translit", "rbnf"}
_DROP_SUFFIXES = (".cnv", ".dict")


def wanted(name: str) -> bool:
    """Whether an item ("icudt73l/coll/de.res") is kept."""
    parts = name.split("/")[1:]
    if not parts:
        return True
    if parts[0] in _DROP_TREES or parts[-1].endswith(_DROP_SUFFIXES):
        return False
    stem, _, suffix = parts[-1].rpartition(".")
    if suffix != "res" or stem in ("root", "pool", "res_index") or not _LOCALE.match(stem):
        return True
    return stem.split("_")[0] in KEEP_LANGUAGES


def items(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The header and the (name, data) items of an ICU common data file."""
    header_size = struct.unpack_from("<H", data, 0)[0]
    if data[2:4] != b"\xda\x27" or data[8] != 0 or data[12:16] != b"CmnD":
        raise ValueError("not ICU common data (little-endian CmnD)")
    (count,) = struct.unpack_from("<I", data, header_size)
    toc = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    out = []
    for i, (name_at, data_at) in enumerate(toc):
        start = header_size + name_at
        name = data[start:data.index(b"\0", start)].decode("ascii")
        end = toc[i + 1][1] if i + 1 < count else len(data) - header_size
        out.append((name, data[header_size + data_at:header_size + end]))
    return data[:header_size], out


def assemble(header: bytes, kept: list[tuple[str, bytes]]) -> bytes:
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in kept)
    toc_size = 4 + 8 * len(kept)
    data_start = toc_size + len(names)
    data_start += -data_start % 16
    toc, blobs, name_at, data_at = [], [], toc_size, data_start
    for name, blob in kept:
        blob += b"\xaa" * (-len(blob) % 16)  # ICU pads with 0xAA
        toc.append(struct.pack("<II", name_at, data_at))
        name_at += len(name) + 1
        data_at += len(blob)
        blobs.append(blob)
    body = struct.pack("<I", len(kept)) + b"".join(toc) + names
    body += b"\xaa" * (data_start - len(body))
    return header + body + b"".join(blobs)


def _symbol(library: Path) -> tuple[str, int, int]:
    """The data symbol's name, file offset and size (readelf)."""
    syms = subprocess.run(["readelf", "--dyn-syms", "-W", str(library)], check=True,
                          capture_output=True, text=True).stdout
    found = re.search(r":\s+([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\w+\s+\d+\s+"
                      r"(icudt\d+_dat)", syms)
    if not found:
        raise ValueError(f"no icudtNN_dat symbol in {library}")
    address, size, name = int(found[1], 16), int(found[2], 0), found[3]
    sections = subprocess.run(["readelf", "-SW", str(library)], check=True,
                              capture_output=True, text=True).stdout
    for line in sections.splitlines():
        cols = line.replace("[ ", "[").split()
        if len(cols) > 5 and cols[1] == ".rodata":
            section_address, section_offset = int(cols[3], 16), int(cols[4], 16)
            return name, address - section_address + section_offset, size
    raise ValueError(f"no .rodata section in {library}")


def trim(library: Path, out_dir: Path) -> Path:
    """Write a cut-down copy of `library` (same file name and soname) into out_dir."""
    name, offset, size = _symbol(library)
    header, everything = items(library.read_bytes()[offset:offset + size])
    data = assemble(header, [item for item in everything if wanted(item[0])])
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "icudata.dat").write_bytes(data)
    (out_dir / "icudata.s").write_text(
        f'.section .rodata\n.globl {name}\n.type {name}, @object\n.balign 16\n'
        f'{name}:\n.incbin "icudata.dat"\n.size {name}, . - {name}\n'
        '.section .note.GNU-stack,"",@progbits\n', encoding="ascii")
    subprocess.run(["as", "-o", "icudata.o", "icudata.s"], cwd=out_dir, check=True)
    target = out_dir / library.name
    subprocess.run(["ld", "-shared", "-soname", library.name, "-o", str(target), "icudata.o"],
                   cwd=out_dir, check=True)
    return target


if __name__ == "__main__":
    made = trim(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{made}: {made.stat().st_size / 1e6:.1f} MB")
