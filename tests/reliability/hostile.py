"""Builders of hostile and odd files for the reliability tests (no Qt needed)."""

from __future__ import annotations

import os
import subprocess
import sys
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
NOBODY = 65534


def pdf(pages: list[bytes], shared: bytes | None = None) -> bytes:
    """A PDF with one page per content stream in ``pages``, or, with ``shared``, ``len(pages)``
    pages that all use the one content stream ``shared`` (compressed)."""
    objs = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
            3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"}
    number = 4
    shared_ref = None
    if shared is not None:
        data = zlib.compress(shared, 9)
        objs[number] = (b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data
                        + b"\nendstream")
        shared_ref, number = number, number + 1
    kids = []
    for content in pages:
        ref = shared_ref
        if ref is None:
            objs[number] = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
            ref, number = number, number + 1
        objs[number] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                        b"/Resources << /Font << /F1 3 0 R >> >> >>" % ref)
        kids.append(b"%d 0 R" % number)
        number += 1
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % len(kids)
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for n in sorted(objs):
        offsets[n] = len(out)
        out += b"%d 0 obj\n" % n + objs[n] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for n in sorted(objs):
        out += b"%010d 00000 n \n" % offsets[n]
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def text_page(*lines: str) -> bytes:
    ops = [b"BT /F1 12 Tf 72 720 Td 14 TL"]
    for line in lines:
        ops.append(b"(" + line.encode("latin-1").replace(b"(", b"\\(").replace(b")", b"\\)")
                   + b") Tj T*")
    ops.append(b"ET")
    return b"\n".join(ops)


def expensive_pdf(pages: int = 2000, operations: int = 20000) -> bytes:
    """The issue's PDF: ``pages`` pages sharing one content stream of ``operations`` text
    objects that show nothing (about 320 KB; pypdf took 0.85 s a page before the fix)."""
    content = b"".join(b"BT /F1 9 Tf 72 %d Td () Tj ET\n" % (700 - i % 600)
                       for i in range(operations))
    return pdf([b""] * pages, shared=content)


def run_as_nobody(args: list[str], env: dict, timeout: float = 120) -> subprocess.CompletedProcess:
    """``python args`` as an unprivileged user when the tests run as root (root ignores file
    permissions): Debian's own Python 3.11 with this checkout and the venv's packages on its
    path, since the venv's interpreter lives in /root, which nobody else may enter. None when
    that is not possible here (the caller skips)."""
    if os.geteuid() != 0:
        return subprocess.run([sys.executable, *args], cwd=REPO, env=env, capture_output=True, check=False,
                              text=True, timeout=timeout)
    system = Path("/usr/bin/python3.11")
    packages = next(Path(sys.prefix).glob("lib/python3.11/site-packages"), None)
    if not system.exists() or packages is None:
        return None

    def drop():
        os.setgroups([])
        os.setgid(NOBODY)
        os.setuid(NOBODY)

    env = {**env, "PYTHONPATH": f"{REPO}{os.pathsep}{packages}"}
    return subprocess.run([str(system), *args], cwd="/", env=env, capture_output=True, check=False,
                          text=True, timeout=timeout, preexec_fn=drop)


def cli(*args: str, home: Path, timeout: float = 120, **kwargs) -> subprocess.CompletedProcess:
    """The ``briefing`` command line in its own process, with ``home`` as BRIEFING_HOME."""
    env = {**os.environ, "BRIEFING_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "briefing", *args], cwd=REPO, env=env, check=False,
                          capture_output=True, text=True, timeout=timeout, **kwargs)


def big_pack(path: Path, claims: int = 200_000, text_chars: int = 2_000_000) -> int:
    """The issue's pack: one source of ``text_chars`` characters and ``claims`` claims quoting
    it (200,000 make about 61 MB). Written as a stream; returns the file's size."""
    import hashlib
    import json

    words = ("export", "controls", "chips", "ministry", "review", "Huawei", "tariff", "supply")
    sentence = " ".join(words) + ". "
    text = (sentence * (text_chars // len(sentence) + 1))[:text_chars]
    source = {"id": "big-source", "title": "A very long report", "kind": "report",
              "text": text, "text_sha256": hashlib.sha256(text.encode()).hexdigest()}
    with open(path, "w", encoding="utf-8") as out:
        out.write('{"format": "briefing-library-pack", "version": 1, '
                  '"created": "2026-11-01T10:00:00+00:00", "sources": [')
        out.write(json.dumps(source))
        out.write('], "claims": [')
        step = max(1, (text_chars - 200) // claims)
        for n in range(claims):
            start = (n * step) % (text_chars - 200)
            end = start + 40
            claim = {"id": f"big-source-c{n:06d}", "source_id": "big-source",
                     "statement": f"Claim number {n} about export controls on chips.",
                     "quote": text[start:end], "start": start, "end": end, "kind": "fact",
                     "topics": ["export controls"], "actors": ["Huawei"]}
            out.write(("," if n else "") + json.dumps(claim))
        out.write('], "links": []}\n')
    return path.stat().st_size
