"""What `briefing claims search` does before it searches (docs/performance.md, "The command
line's start"): only the named command's parser is built, the other commands' modules are not
imported, and an unchanged bundled library is not read."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys

import pytest

from briefing.core.paths import Paths

cli = importlib.import_module("briefing.cli.main")  # (briefing.cli.main is also a function)


def _choices(parser) -> list[str]:
    (commands,) = [a for a in parser._actions if a.dest == "command"]
    return list(commands.choices)


def test_each_module_adds_the_commands_it_is_listed_with():
    paths = Paths.default()
    assert _choices(cli.build_parser(paths)) == [
        *cli.LIBRARY_COMMANDS, *cli.DOCUMENT_COMMANDS, *cli.CURATION_COMMANDS]
    for command in (*cli.LIBRARY_COMMANDS, *cli.DOCUMENT_COMMANDS, *cli.CURATION_COMMANDS):
        built = _choices(cli.build_parser(paths, [command]))
        group = next(g for g in (("claims",), ("sources",), cli.DOCUMENT_COMMANDS,
                                 cli.CURATION_COMMANDS) if command in g)
        assert built == list(group), command


@pytest.mark.parametrize(("argv", "named"), [
    (["claims", "search", "x"], "claims"),
    (["--library", "claims", "sources", "list"], "sources"),  # a library file named 'claims'
    (["--lib", "claims", "sources", "list"], "sources"),  # argparse's abbreviation
    (["--library=claims", "show", "n.briefing"], "show"),
    (["--json", "export"], "export"),
    (["clams", "search"], None), (["--help", "claims"], None), ([], None), (["-h"], None),
])
def test_the_command_named(argv, named):
    assert cli.command_named(argv) == named


def test_a_search_imports_only_what_it_needs(tmp_path):
    probe = (
        "import sys\n"
        "from briefing.app import main\n"
        "code = main(['claims', 'search', 'Ascend', '--limit', '2'])\n"
        "loaded = [m for m in ('briefing.cli.documents', 'briefing.core.documents', 'msgspec',"
        " 'platformdirs', 'tomllib', 'hashlib', 'jinja2', 'quickjs', 'docx') if m in sys.modules]\n"
        "print(code, loaded)\n")

    def search() -> str:
        done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                              timeout=120, env={**os.environ, "BRIEFING_HOME": str(tmp_path)})
        assert done.returncode == 0, done.stderr
        return done.stdout.strip().splitlines()[-1]

    # The first search builds the library, reading the bundle (TOML, its digest); the next
    # reads neither the bundle nor the modules of other commands.
    assert "tomllib" in search()
    assert search() == "0 []"
