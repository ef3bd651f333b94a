"""What the German interface should show, read from ``briefing_de.ts``: used by
tests/gui/test_translations.py to tell a German string from an English one left behind.

A visible string passes when it is a German translation from the ``.ts`` (its ``{name}``
fields and ``%n`` filled in with anything), Qt's own German (standard buttons), or on the
small allow-list of things that are the same in every language (the product's name, the
languages' own names, the CPAL attribution, file names, numbers). Anything else is English
left behind: either a source in the ``.ts`` still without its German ("no German in the
.ts") or a string the code never marked for translation ("not marked").
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "resources" / "translations" / "briefing_de.ts"

# Shown as they are in both languages, each with its reason.
SAME_IN_BOTH = {
    "Briefing": "the product's name",
    "English": "a language's name in its own language (View → Language)",
    "Deutsch": "a language's name in its own language (View → Language)",
}
# A key as Qt names it in English or German ("Ctrl+Shift+Z", "Strg+Umschalt+Z", "F1").
KEY = (r"(?:(?:Ctrl|Strg|Alt|Shift|Umschalt|Meta)\+)*(?:F\d{1,2}|Backspace|Rücktaste|Del|Entf"
       r"|Ins|Einfg|Enter|Return|Esc|Tab|Up|Down|Left|Right|Home|Pos1|End|Ende|PgUp|PgDown"
       r"|Bild auf|Bild ab|Space|Leertaste|\S)")
# Whole strings that are data, not interface: numbers, dates, paths, shortcuts, ids.
DATA = re.compile(
    r"[\W\d_]*"                                   # no letters at all
    r"|(?:[A-Za-z]:)?[/\\][^\s]*"                  # a file path
    r"|\S+\.(?:briefing|docx|pdf|md|html|txt)"     # a file name
    r"|https?://\S+"                              # a URL
    rf"|{KEY}(?:(?:, | … | or | oder ){KEY})*"       # keys
    r"|\d{4}(?:-\d\d){0,2}(?: \d\d:\d\d)?",        # a date
    re.S)

# Qt's own standard buttons: German when qtbase_de.qm is installed.
QT_BUTTONS = ("OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No", "N&o to All",
              "Abort", "Retry", "Ignore", "Close", "Cancel", "Discard", "Help", "Apply", "Reset",
              "Restore Defaults", "&OK", "&Cancel", "&Close", "&Save", "Don't Save",
              "Close without Saving")

# Qt's own widgets' texts (the tab bar's scroll buttons...), German from qtbase_de.qm.
QT_TEXTS = (("QTabBar", "Scroll Left"), ("QTabBar", "Scroll Right"),
            ("QLineEdit", "Clear text"), ("QAbstractButton", "Clear text"),
            ("QFileDialog", "File &name:"), ("QFileDialog", "&Look in:"),
            ("QFileDialog", "Files of &type:"), ("QFileDialog", "&Open"),
            ("QFileDialog", "&Save"), ("QFileDialog", "&Choose"))


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]  # one, or the plural forms of a %n message
    finished: bool


@cache
def messages(path: Path = TS) -> tuple[Message, ...]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""]
            unfinished = translation.get("type") in ("unfinished", "vanished", "obsolete")
            found.append(Message(name, message.findtext("source") or "", tuple(forms),
                                 not unfinished and all(forms)))
    return tuple(found)


# Tags inside a sentence (rich text): dropped before comparing, in the .ts and on screen.
INLINE_TAGS = r"</?(?:b|i|em|strong|a|span|code|kbd|tt|u|small|big|sup|sub|nobr)(?:\s[^>]*)?/?>"
# Tags between sentences: a composed text is checked piece by piece between them.
BLOCK_TAGS = r"<[^>]+>"


def plain(text: str) -> str:
    """A string as compared: no mnemonic "&" ("&&" is "&"), no "[*]" (the modified mark),
    no trailing ellipsis, colon, "*" or spaces (a tooltip made from a menu item's text, a form
    label), typographic apostrophes as straight ones."""
    text = re.sub(INLINE_TAGS, "", text)
    text = re.sub(r"&(.)", r"\1", text).replace("[*]", "").replace("’", "'")
    return text.strip().rstrip("…:*. ").strip()


def _pattern(text: str) -> str:
    parts = re.split(r"(\{\w*\}|%n)", plain(text))
    return "".join(".+?" if re.fullmatch(r"\{\w*\}|%n", p) else re.escape(p) for p in parts)


def _letters(template: str) -> int:
    """How many letters a template has outside its fields."""
    return len(re.sub(r"[\W\d_]", "", re.sub(r"\{\w*\}|%n", "", plain(template))))


@cache
def _compiled(german: bool) -> tuple[dict[str, Message], tuple[re.Pattern, ...]]:
    """Exact strings, and patterns of the strings with fields, German or English. A template
    with fewer than three letters of its own ("{claim} ({section})") matches too much to tell
    anything: it is left out (its parts are checked one by one)."""
    exact: dict[str, Message] = {}
    fielded: list[re.Pattern] = []
    for message in messages():
        texts = [t for t in message.translations if t] if german else [message.source]
        if german and not message.finished:
            continue
        for whole in texts:
            # the whole, and its parts as a screen shows them (rich text between tags...)
            for text in dict.fromkeys([whole, *pieces(whole)]):
                if not re.search(r"\{\w*\}|%n", text):
                    exact.setdefault(plain(text), message)
                elif _letters(text) >= 3:
                    fielded.append(re.compile(_pattern(text), re.S))
    return exact, tuple(fielded)


def is_german(text: str, qt_german: frozenset[str] = frozenset()) -> bool:
    """Whether ``text`` reads as German. "\x00" stands for data shown inside it (a title, a
    version): a label put beside data ("{title} ({kind})") is German when its words are."""
    exact, fielded = _compiled(True)
    key = plain(text)
    if (key in exact or key in qt_german or key in SAME_IN_BOTH or bool(DATA.fullmatch(key))
            or any(p.fullmatch(key) for p in fielded)):
        return True
    if "\x00" in key:
        rest = [r.strip(" ()[]—–-:;·“”„\"'") for r in re.split(r"\x00|, ", key)]
        return all(is_german(r, qt_german) for r in rest if r)
    return False


def english_source(text: str) -> Message | None:
    """The ``.ts`` message whose English source ``text`` is, if any."""
    exact, _ = _compiled(False)
    key = plain(text)
    if key in exact:
        return exact[key]
    for message in messages():
        literal = len(re.sub(r"\{\w*\}|%n", "", plain(message.source)))
        if (re.search(r"\{\w*\}|%n", message.source) and _letters(message.source) >= 3
                and literal * 2 >= len(key)
                and re.fullmatch(_pattern(message.source), key, re.S)):
            return message  # (mostly its own words: "{a}: {b}" does not count)
    return None


def pieces(text: str) -> list[str]:
    """The parts of a composed string, tried one by one when the whole is not one translation:
    the text of rich text between tags, lines, and parts joined by " — ", " · " or ": "."""
    if "<" in text and re.search(r"</?\w+[^>]*>", text):
        text = re.sub(r"<(style|head)[^>]*>.*?</\1>", " ", text, flags=re.S | re.I)
        text = re.sub(INLINE_TAGS, "", text)
        parts = [re.sub(r"\s+", " ", html.unescape(p)) for p in re.split(BLOCK_TAGS, text)]
    else:
        parts = [text]
    found = []
    for part in parts:
        for line in part.split("\n"):
            found.extend(p for p in re.split(r" — | · |: |\t", line) if p.strip())
    return found


def _why(text: str) -> str:
    shown = plain(text).replace("\x00", "…")
    message = english_source(text)
    if message is None:
        return f"not marked: {shown!r}"
    if message.finished:
        return (f"shown in English, though the .ts has German for it in {message.context} "
                f"(not translated here, or in another context): {shown!r}")
    return f"no German in the .ts ({message.context}): {shown!r}"


def problem(text: str, qt_german: frozenset[str] = frozenset()) -> str | None:
    """None when ``text`` shows as German (or is allowed), else why not."""
    if not text or is_german(html.unescape(text), qt_german):
        return None
    rich = bool(re.search(r"</?\w+[^>]*>", text))
    if not rich and english_source(text) is not None:
        return _why(text)
    bad = [p for p in pieces(text) if not is_german(p, qt_german)]
    if not bad or all(len(plain(p)) <= 1 for p in bad):
        return None
    return "; ".join(_why(part) for part in bad)


def mnemonic(text: str) -> str | None:
    """The mnemonic letter of ``text`` ("&Datei" → "d"), if any."""
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def fields(text: str) -> tuple[list[str], int]:
    """The ``{name}`` fields (sorted, with repeats) and the count of ``%n`` in ``text``."""
    return sorted(re.findall(r"\{(\w*)(?:[!:][^}]*)?\}", text)), text.count("%n")
