"""Small builders for tests: a curated bundle folder written from plain data."""

from __future__ import annotations

import hashlib
from pathlib import Path

TEXT = "Die Exportkontrollen der USA gelten seit 2025. Huawei baut Ascend-Chips. 互联网法律评论 berichtet."


def _toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    escaped = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def claim_entry(claim_id: str, quote: str, text: str = TEXT, **extra) -> dict:
    start = text.index(quote)
    entry = {
        "id": claim_id,
        "statement": extra.pop("statement", f"Statement of {claim_id}."),
        "quote": quote,
        "start": start,
        "end": start + len(quote),
        "kind": "fact",
        "actors": ["US government"],
        "topics": ["export controls"],
    }
    entry.update(extra)
    return entry


def write_bundle(folder: Path, claims: list[dict], *, version="1", text=TEXT, title="Testquelle"):
    """A one-source bundle ('src') in ``folder``; returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "src.txt").write_text(text, encoding="utf-8")
    lines = [f'version = "{version}"', 'title = "Test"', 'sources = ["src"]']
    (folder / "library.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    out = [
        "[source]", 'id = "src"', 'text_file = "src.txt"', f'text_sha256 = "{digest}"',
        f"title = {_toml_value(title)}", 'outlet = "Testblatt"', 'published = "2025-07-29"',
        'language = "de"',
    ]
    for entry in claims:
        out.append("\n[[claims]]")
        out += [f"{key} = {_toml_value(value)}" for key, value in entry.items()]
    (folder / "src.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    return folder
