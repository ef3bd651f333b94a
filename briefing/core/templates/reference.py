"""A template's reference.docx, checked before python-docx reads it.

It is a user's file (any template folder can be copied in), so it gets the importers' zip
checks (``briefing.core.importing.docx``: member count, compression ratio) and caps of its
own on what it unpacks to: each part at most :data:`MAX_PART_BYTES` and all of them
:data:`MAX_TOTAL_BYTES`, told from the zip's directory before anything is unpacked (zipfile
stops a part that lies about its size). A styles.xml that unpacked to 1.5 GB took 3.2 GB of
memory before this check.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from briefing.core.errors import BriefingError, marked
from briefing.core.importing.docx import MAX_MEMBERS, MAX_RATIO
from briefing.core.reading import read_regular

MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_PART_BYTES = 16 * 1024 * 1024  # Word's own styles.xml is about 100 KB
MAX_TOTAL_BYTES = 64 * 1024 * 1024


class ReferenceError(BriefingError):
    """A reference.docx that cannot be used; the message says why."""


def read_reference(path: Path | str) -> bytes:
    """The bytes of the reference document at ``path``, once its package is checked."""
    path = Path(path)
    data = read_regular(path, MAX_FILE_BYTES, "reference document", ReferenceError)
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError):
        raise ReferenceError(marked("core", "The template's reference document {path} is not a "
                                            "usable Word file (it is not a zip package); "
                                            "repair it or remove it to use the default look."),
                             path=path) from None
    if len(members) > MAX_MEMBERS:
        raise ReferenceError(marked("core", "The template's reference document {path} holds "
                                            "{count:,} files inside; a Word document has far "
                                            "fewer, so it is not used."),
                             path=path, count=len(members))
    total = 0
    for info in members:
        total += info.file_size
        ratio_ok = info.file_size <= 1024 * 1024 or \
            info.file_size <= MAX_RATIO * max(info.compress_size, 1)
        if info.file_size > MAX_PART_BYTES or total > MAX_TOTAL_BYTES or not ratio_ok:
            raise ReferenceError(marked("core", "The template's reference document {path} "
                                                "unpacks to {size:,.0f} MB ({filename}); a "
                                                "reference document may unpack to {part_limit} MB "
                                                "a part and {total_limit} MB in all, so it is not "
                                                "used. Repair it or remove it to use the "
                                                "default look."),
                                 path=path, size=max(info.file_size, total) / 1048576,
                                 filename=info.filename, part_limit=MAX_PART_BYTES // 1048576,
                                 total_limit=MAX_TOTAL_BYTES // 1048576)
    return data
