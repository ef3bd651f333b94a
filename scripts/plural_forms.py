"""Keep the plural forms of plural messages through ``pyside6-lupdate``.

PySide6's lupdate for Python (6.11) reads ``translate(context, "%n claim(s)", None, n)`` as an
ordinary message, not a plural one, and turns a plural translation into a single form it marks
unfinished. The app pins PySide6 below 6.12.0 (its undo stack crashes the app: pyproject.toml),
so scripts/update-translations.sh keeps a copy of each .ts before lupdate and this script puts
the plural forms back afterwards:

    python scripts/plural_forms.py AFTER.ts BEFORE.ts [MORE_BEFORE.ts ...] [--only-plural]

A message is plural when the code passes a count: ``translate(context, text, None, n)`` (read
with Python's own parser, as tests/gui/test_translation_sources.py does). It gets the forms the
first BEFORE file that has them gives it (English and German have two: one, other), or two
empty unfinished forms. ``--only-plural`` drops every other message (briefing_en.ts holds only
the English plural forms; English singular texts are their own source).
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

FORMS = 2  # English and German: one, other
ROOT = Path(__file__).resolve().parents[1]


MARKERS = {"translate", "marked", "QT_TRANSLATE_NOOP"}


def marked_strings(folder: Path = ROOT / "briefing") -> list[tuple[str, str, bool, str]]:
    """(context, source, counted, "file:line") of every call in the code that marks a string
    for translation (``translate``, ``marked``, ``QT_TRANSLATE_NOOP``) with literal context
    and text, read with Python's own parser; ``counted``: it passes a count (plural)."""
    found = []
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            args = node.args[:2]
            if name in MARKERS and len(args) == 2 and all(
                    isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args):
                counted = name == "translate" and (
                    len(node.args) >= 4 or any(k.arg == "n" for k in node.keywords))
                where = f"{path.relative_to(folder.parent)}:{node.lineno}"
                found.append((args[0].value, args[1].value, counted, where))
    return found


def plural_messages(folder: Path = ROOT / "briefing") -> set[tuple[str, str]]:
    """(context, source) of every ``translate`` call in the code that passes a count."""
    return {(context, text) for context, text, counted, _ in marked_strings(folder) if counted}


def _key(context, message):
    return context.findtext("name"), message.findtext("source")


def _forms(message) -> list[str] | None:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return None
    forms = [n.text or "" for n in translation.findall("numerusform")]
    return forms if len(forms) == FORMS and all(f.strip() for f in forms) else None


def main(after_path: str, before_paths: list[str], only_plural: bool = False) -> None:
    known: dict = {}
    for before_path in before_paths:
        try:
            before = ET.parse(before_path).getroot()
        except (OSError, ET.ParseError):
            continue
        for c in before.iter("context"):
            for m in c.iter("message"):
                forms = _forms(m)
                if forms is not None:
                    known.setdefault(_key(c, m), forms)
    plural = plural_messages()
    tree = ET.parse(after_path)
    root = tree.getroot()
    for context in list(root.iter("context")):
        for message in list(context.iter("message")):
            if _key(context, message) not in plural:
                if only_plural:
                    context.remove(message)
                continue
            message.set("numerus", "yes")
            old = message.find("translation")
            if old is not None:
                message.remove(old)
            translation = ET.SubElement(message, "translation")
            forms = known.get(_key(context, message))
            if forms is None:
                translation.set("type", "unfinished")
                forms = [""] * FORMS
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        if context.find("message") is None:
            root.remove(context)
    ET.indent(tree, space="    ")
    with open(after_path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")


if __name__ == "__main__":
    paths = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(paths[0], paths[1:], only_plural="--only-plural" in sys.argv)
