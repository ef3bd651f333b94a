"""Keep the plural forms of ``%n`` messages through ``pyside6-lupdate``.

PySide6's lupdate for Python (6.11) reads ``translate(context, "%n claim(s)", None, n)`` as an
ordinary message, not a plural one, and turns a plural translation into a single form it marks
unfinished. The app pins PySide6 below 6.12.0 (its undo stack crashes the app: pyproject.toml), so
scripts/update-translations.sh keeps a copy of each .ts before lupdate and this script puts the
plural forms back afterwards:

    python scripts/plural_forms.py BEFORE.ts AFTER.ts [--only-plural]

Every message of AFTER whose source holds ``%n`` becomes plural (``numerus="yes"``) with the
forms BEFORE had for it (both languages we ship have two: one, other), or two empty unfinished
forms for a new one. ``--only-plural`` drops every other message (briefing_en.ts holds only
the English plural forms; English singular texts are their own source).
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET

FORMS = 2  # English and German: one, other


def _key(context, message):
    return context.findtext("name"), message.findtext("source"), message.findtext("comment") or ""


def _forms(message) -> list[str] | None:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return None
    forms = [n.text or "" for n in translation.findall("numerusform")]
    return forms if len(forms) == FORMS and all(f.strip() for f in forms) else None


def main(before_path: str, after_path: str, only_plural: bool = False) -> None:
    try:
        before = ET.parse(before_path).getroot()
    except (OSError, ET.ParseError):
        before = ET.Element("TS")
    known = {_key(c, m): _forms(m) for c in before.iter("context") for m in c.iter("message")}
    tree = ET.parse(after_path)
    root = tree.getroot()
    for context in list(root.iter("context")):
        for message in list(context.iter("message")):
            if "%n" not in (message.findtext("source") or ""):
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
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(*args, only_plural="--only-plural" in sys.argv)
