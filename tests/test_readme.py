"""The README documents every command the command line has."""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing.cli import build_parser
from briefing.core.paths import Paths

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _commands(parser: argparse.ArgumentParser, prefix=()):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _commands(sub, prefix + (name,))
            return
    yield prefix, [a.option_strings for a in parser._actions if a.option_strings]


def test_every_command_and_option_is_in_the_readme():
    for words, options in _commands(build_parser(Paths.default())):
        line = "briefing " + " ".join(words)
        rows = README.splitlines()
        starts = [i for i, row in enumerate(rows) if row.startswith("briefing ")
                  and f" {' '.join(words)} " in row + " "]
        assert starts, f"README does not document '{line}'"
        documented = ""
        for i in starts:  # the usage line and its indented continuation lines
            documented += rows[i] + " "
            while i + 1 < len(rows) and rows[i + 1].startswith(" "):
                i += 1
                documented += rows[i] + " "
        for spellings in options:
            if "--help" in spellings or "--version" in spellings:
                continue
            assert any(f"{o} " in documented or f"{o}]" in documented for o in spellings), \
                f"{line} {'/'.join(spellings)} is undocumented"


def test_quick_start_has_exactly_two_commands():
    start = README.split("## Quick start", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in start.strip().splitlines()]
    assert commands == ["./run-app", "./run-tests"]
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text()
    assert "./run-tests" in ci
