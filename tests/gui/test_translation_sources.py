"""Every string the code marks for translation is in the translation sources.

pyside6-lupdate (PySide6 6.11) silently skips a ``translate(...)`` call whose arguments hold a
call or an attribute (``len(items)``, ``size.words``) and a call inside an f-string: such a
string is never translated and no other test would notice. This reads the code with Python's
own parser and compares with resources/translations/briefing_de.ts (and the English plural
forms in briefing_en.ts)."""

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _marked_in_code():
    """scripts/plural_forms.py's reading of the code (the script that keeps plurals plural)."""
    spec = importlib.util.spec_from_file_location("plural_forms",
                                                  ROOT / "scripts" / "plural_forms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.marked_strings(ROOT / "briefing")


def _messages(name):
    root = ET.parse(ROOT / "resources" / "translations" / name).getroot()
    return {(c.findtext("name"), m.findtext("source")): m.get("numerus") == "yes"
            for c in root.iter("context") for m in c.iter("message")}


def test_every_marked_string_is_in_the_translation_sources():
    german = _messages("briefing_de.ts")
    missing = [f"{where}: {context} / {text!r}" for context, text, _, where in _marked_in_code()
               if (context, text) not in german]
    assert not missing, "not in briefing_de.ts (run scripts/update-translations.sh; lupdate " \
        "skips a call whose arguments hold a call or a dot):\n" + "\n".join(missing)


def test_plural_messages_are_plural_in_both_languages():
    german, english = _messages("briefing_de.ts"), _messages("briefing_en.ts")
    wrong = [f"{where}: {text!r}" for context, text, plural, where in _marked_in_code()
             if plural and not (german.get((context, text))
                                                and english.get((context, text)))]
    assert not wrong, "given a count (plural) but not plural in both .ts files:\n" + "\n".join(wrong)
