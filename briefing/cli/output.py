"""What every command prints with: the JSON contract, notes and errors on stderr, user text
made safe for a terminal. One place, so ``--json`` looks the same from every command."""

from __future__ import annotations

import json
import sys


def print_json(data) -> None:
    """``--json`` output: UTF-8 as is (not \\u escapes), indented, one trailing newline."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def note(message: str) -> None:
    """A warning or a hint for the person at the terminal: stderr, so --json stays clean."""
    print(message, file=sys.stderr)


def fail(message: str) -> int:
    """One line on stderr for an error a person can act on; the exit status to return."""
    print(f"briefing: error: {message}", file=sys.stderr)
    return 1


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count != 1 else ''}"


def printable(text: str) -> str:
    """User text for a terminal: control characters (escape sequences) shown, not obeyed."""
    return "".join(c if c in "\t" or ord(c) >= 32 and ord(c) != 127 else "\ufffd"
                   for c in text.replace("\n", " ¶ "))
