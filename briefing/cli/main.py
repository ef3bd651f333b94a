"""The ``briefing`` command line: the parser (argv is parsed once, by ``parse``), the
commands that read the library (claims and sources) and the dispatch to every command.

Every command prints plain text for people or, with ``--json``, a stable JSON
contract for scripts (``briefing.cli.output``). Errors print one line on stderr and exit
non-zero.

Start-up time matters here (``briefing claims search`` is run from scripts): only the named
command's parser is built (the whole one for help and for a command that is not one), the
modules of the other commands are not imported, and each command imports what it needs when
it runs.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

from briefing import __version__
from briefing.cli.output import fail, plural, print_json
from briefing.core.context import Context
from briefing.core.errors import BriefingError, LibraryCorruptError
from briefing.core.library.sqlite_errors import classify
from briefing.core.model import KINDS, STATUSES
from briefing.core.paths import Paths
from briefing.core.quotes import quote_label
from briefing.core.text.dates import filter_date

if TYPE_CHECKING:  # pragma: no cover
    from briefing.core.library import Library

# The columns `claims search --sort` takes (briefing.core.library.search.ORDERS, checked by a
# test; not imported here: building the parser stays light).
SORT_COLUMNS = ("statement", "source", "date", "status")

# The commands whose parsers and handlers live in cli/documents.py and cli/curation.py (a test
# checks these against the parsers those modules build): a command of neither does not import
# them. ``claims`` is this module's, with the curators' actions of cli/curation.py added.
LIBRARY_COMMANDS = ("claims", "sources")
DOCUMENT_COMMANDS = ("templates", "styles", "new", "add", "add-text", "edit-item", "show",
                     "refresh", "check", "export")
CURATION_COMMANDS = ("import", "pack")
_VALUE_OPTIONS = ("--library",)  # the global options that take a value


def bundled_library_version(paths: Paths) -> str:
    import tomllib

    try:
        with open(paths.bundled_library / "library.toml", "rb") as handle:
            return str(tomllib.load(handle).get("version", "unknown"))
    except (OSError, tomllib.TOMLDecodeError):
        return "missing"


class _Version(argparse.Action):
    """``--version``: the bundled library's version is read only when it is asked for."""

    def __init__(self, option_strings, paths: Paths, dest=argparse.SUPPRESS,
                 default=argparse.SUPPRESS, help=None):  # noqa: A002 (argparse's name)
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)
        self.paths = paths

    def __call__(self, parser, namespace, values, option_string=None):
        sys.stdout.write(f"briefing {__version__} (bundled library "
                         f"{bundled_library_version(self.paths)})\n")
        parser.exit()


def command_named(argv: list[str]) -> str | None:
    """The command ``argv`` names (its first word that is not an option or an option's value)
    when it is one Briefing has; None otherwise (none, a typo, ``--help``)."""
    rest = iter(argv)
    for arg in rest:
        if arg in ("-h", "--help"):
            return None
        if arg.startswith("-"):
            # --library PATH, or an abbreviation argparse accepts (--lib PATH)
            if "=" not in arg and any(o.startswith(arg) for o in _VALUE_OPTIONS) \
                    and len(arg) > 2:
                next(rest, None)
            continue
        known = (*LIBRARY_COMMANDS, *DOCUMENT_COMMANDS, *CURATION_COMMANDS)
        return arg if arg in known else None
    return None


def build_parser(paths: Paths, argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The command line's parser: with ``argv``, only the parser of the command it names (the
    whole one when it names none Briefing has, so that help and errors list them all)."""
    wanted = command_named(argv) if argv is not None else None

    def want(*names: str) -> bool:
        return wanted is None or wanted in names

    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Compose briefing notes from a curated library of cited claims. "
        "With no command, opens the desktop app; 'briefing FILE.briefing' opens that file in it.",
    )
    parser.add_argument("--version", action=_Version, paths=paths,
                        help="show program's version number and exit")
    parser.add_argument("--library", type=Path, metavar="PATH", help="use this library file")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation headless (library, search, export) and exit")
    parser.add_argument("--licenses", action="store_true",
                        help="print the licences of Briefing and of everything it ships, and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    if want("claims"):
        _add_claims_parsers(commands)
    if want("sources"):
        _add_sources_parsers(commands)
    if want(*DOCUMENT_COMMANDS):
        from briefing.cli import documents as cli_documents

        cli_documents.add_parsers(commands)
    if want(*CURATION_COMMANDS):
        from briefing.cli import curation as cli_curation

        cli_curation.add_parsers(commands)
    return parser


def _add_claims_parsers(commands) -> None:
    from briefing.cli import curation as cli_curation

    claims = commands.add_parser("claims", help="search, show, capture and edit claims")
    claims_cmd = claims.add_subparsers(dest="action", metavar="ACTION", required=True)
    search = claims_cmd.add_parser(
        "search", help='search claims: all words must match; "exact phrase", -word, OR')
    search.add_argument("query", nargs="*", default=[],
                        help='words to find (all must match); "exact phrase" for words '
                             "together, -word to leave out claims with it, OR between "
                             "alternatives; may be empty")
    search.add_argument("--topic", help="only claims with this topic")
    search.add_argument("--actor", help="only claims naming this actor")
    search.add_argument("--source", help="only claims from this source id")
    search.add_argument("--kind", help=f"one of: {', '.join(KINDS)}")
    search.add_argument("--status", help=f"one of: {', '.join(STATUSES)}")
    search.add_argument("--from", dest="date_from", metavar="DATE", help="event date on or after")
    search.add_argument("--to", dest="date_to", metavar="DATE", help="event date on or before")
    search.add_argument("--retired", action="store_true",
                        help="only claims the curators retired (hidden from search otherwise)")
    search.add_argument("--sort", choices=[*SORT_COLUMNS, *(f"-{c}" for c in SORT_COLUMNS)],
                        default="", metavar="COLUMN",
                        help="sort by statement, source, date or status ('-date': newest "
                             "first); default: best match first")
    search.add_argument("--limit", type=_positive, default=20, help="at most N results (20)")
    search.add_argument("--json", action="store_true", help="print JSON")
    show = claims_cmd.add_parser("show", help="show one claim in full")
    show.add_argument("id")
    show.add_argument("--json", action="store_true", help="print JSON")
    every = claims_cmd.add_parser("list", help="list every claim")
    every.add_argument("--json", action="store_true", help="print JSON")
    cli_curation.add_claim_parsers(claims_cmd)


def _add_sources_parsers(commands) -> None:
    sources = commands.add_parser("sources", help="list and show sources")
    sources_cmd = sources.add_subparsers(dest="action", metavar="ACTION", required=True)
    sources_list = sources_cmd.add_parser("list", help="list sources")
    sources_list.add_argument("--json", action="store_true", help="print JSON")
    sources_show = sources_cmd.add_parser("show", help="show one source")
    sources_show.add_argument("id")
    sources_show.add_argument("--json", action="store_true", help="print JSON")
    sources_show.add_argument("--text", action="store_true", help="include the full source text")


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if not 1 <= number <= 1_000_000:
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number from 1 to 1000000")
    return number


# ---- the library's claims and sources -----------------------------------------------------


def _claim_lines(claim, source_title: str = "") -> str:
    flags = [claim.kind, claim.status] + ([claim.event_date] if claim.event_date else [])
    body = textwrap.fill(claim.statement, width=92, initial_indent="    ", subsequent_indent="    ")
    tail = ("\n" + textwrap.fill(source_title, width=92, initial_indent="    — ",
                                  subsequent_indent="      ")) if source_title else ""
    return f"{claim.id}  ({', '.join(flags)})\n{body}{tail}"


def _claims_search(args, library: Library) -> int:
    from briefing.core.library import search as searching

    filters = searching.Filters(
        topic=args.topic,
        actor=args.actor,
        source=args.source,
        kind=args.kind,
        status=args.status,
        date_from=filter_date(args.date_from),
        date_to=filter_date(args.date_to),
        retired_only=args.retired,
        order=args.sort,
    )
    hits = searching.search(library, args.query, filters, limit=args.limit)
    if args.json:
        print_json([{**h.claim.to_json(), "source_title": h.source_title} for h in hits])
        return 0
    total = searching.count(library, args.query, filters)
    shown = f", showing {len(hits)}" if total > len(hits) else ""
    print(f"{plural(total, 'claim')} found{shown}.")
    for hit in hits:
        print(_claim_lines(hit.claim, hit.source_title))
    return 0


def _claims_show(args, library: Library) -> int:
    claim = library.claim(args.id)
    source = library.source(claim.source_id)
    if args.json:
        print_json({**claim.to_json(), "source": source.to_json()})
        return 0
    rows = [
        ("Claim", claim.id + ("  (retired)" if claim.retired else "")),
        ("Statement", claim.statement),
        *((f"Statement ({language})", text) for language, text in claim.statement_translations),
        ("Quote", f"“{claim.quote}” [{claim.start}–{claim.end}]"),
        ("Kind", claim.kind),
        ("Speaker", claim.speaker),
        ("Event date", claim.event_date),
        ("Actors", ", ".join(claim.actors)),
        ("Topics", ", ".join(claim.topics)),
        ("Status", claim.status),
        ("Reader note", claim.reader_note),
        *((f"Reader note ({language})", text) for language, text in
          claim.reader_note_translations),
        ("Curator note", claim.curator_note),
        ("Quote is", quote_label(claim, source) if claim.quote_is_translation else ""),
        *((f"Translated from ({language})", text) for language, text in
          claim.quote_translated_from_translations),
        ("Source", f"{source.title} ({source.id})"),
    ]
    _print_rows(rows)
    return 0


def _claims_list(args, library: Library) -> int:
    claims = library.claims()
    if args.json:
        print_json([c.to_json() for c in claims])
        return 0
    for claim in claims:
        print(_claim_lines(claim))
    return 0


def _sources_list(args, library: Library) -> int:
    sources = library.sources()
    if args.json:
        print_json([s.to_json() for s in sources])
        return 0
    for source in sources:
        by = source.author or source.outlet
        print(f"{source.id}  {_date_label(source)}  {by}\n    {source.title}")
    return 0


def _sources_show(args, library: Library) -> int:
    source = library.source(args.id)
    if args.json:
        print_json(source.to_json(with_text=args.text))
        return 0
    repeats = "; ".join(
        f"{r.start}–{r.end} again at {r.repeat_start}–{r.repeat_end}"
        + ("" if r.verbatim else " (with small differences)")
        for r in source.repeats
    )
    rows = [
        ("Source", source.id),
        ("Title", source.title),
        ("Short title", source.title_short),
        ("Author", source.author),
        ("Outlet", source.outlet),
        ("Publisher", source.publisher),
        ("Published", _date_label(source) + (f" — {source.date_note}" if source.date_note else "")),
        ("Language", source.language),
        ("URL", source.url),
        ("Note", source.note),
        ("Repeated passages", repeats),
        ("Claims", str(len(library.claims(source_id=source.id)))),
    ]
    _print_rows(rows)
    if args.text:
        print()
        print(source.text)
    return 0


def _date_label(source) -> str:
    if not source.published:
        return "n.d."
    return ("c. " if source.date_approximate else "") + source.published


def _print_rows(rows) -> None:
    for label, value in rows:
        if value:
            print(textwrap.fill(value, width=100, initial_indent=f"{label + ':':<18} ",
                                subsequent_indent=" " * 19))


_HANDLERS = {
    ("claims", "search"): _claims_search,
    ("claims", "show"): _claims_show,
    ("claims", "list"): _claims_list,
    ("sources", "list"): _sources_list,
    ("sources", "show"): _sources_show,
}


def print_licences(paths: Paths) -> int:
    """``briefing --licenses``: Briefing's licence, the notices and every full licence text."""
    from briefing.core import notices

    try:
        text = notices.everything(paths.resources)
    except OSError as exc:
        return fail(f"The licence files are missing from {notices.licences_dir(paths.resources)} "
                    f"({exc.strerror}); this installation is incomplete.")
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:  # piped into head or a pager that was closed
        pass
    return 0


def parse(argv: list[str], paths: Paths) -> argparse.Namespace:
    """The command line, parsed once. Usage errors exit with status 2 (argparse), text that is
    not UTF-8 with status 1, each with one line on stderr."""
    for arg in argv:  # bytes that are not UTF-8 arrive as lone surrogates
        if any(0xD800 <= ord(c) <= 0xDFFF for c in arg):
            raise SystemExit(fail(f"The argument {arg.encode('utf-8', 'replace').decode()!r} is "
                                  "not valid UTF-8 text; check the terminal's encoding."))
    argv = search_words(argv)
    args = build_parser(paths, argv).parse_args(argv)
    if isinstance(getattr(args, "query", None), list):
        args.query = " ".join(args.query)
    return args


# `claims search`'s options that take a value (the rest are flags).
SEARCH_VALUE_OPTIONS = ("--topic", "--actor", "--source", "--kind", "--status", "--from",
                        "--to", "--sort", "--limit")


def search_words(argv: list[str]) -> list[str]:
    """``claims search`` as a person types it, for argparse: words to leave out (-Huawei)
    are query words, not options, and so is everything after ``--``; an option's value may
    start with "-" (--sort -date). The words keep their order, after a ``--``."""
    try:
        at = argv.index("claims")
    except ValueError:
        return argv
    if argv[at + 1:at + 2] != ["search"]:
        return argv
    options, words, rest = [], [], iter(argv[at + 2:])
    for arg in rest:
        name = arg.split("=", 1)[0]
        value_option = arg.startswith("--") and any(
            o.startswith(name) for o in SEARCH_VALUE_OPTIONS)  # (argparse takes --lim too)
        if arg == "--":
            words += list(rest)
        elif value_option and "=" not in arg:
            value = next(rest, None)
            options.append(arg if value is None else f"{arg}={value}")
        elif arg.startswith("--") or arg in ("-h",):
            options.append(arg)
        else:
            words.append(arg)  # a word, a "phrase", -word, OR
    return [*argv[:at + 2], *options, "--", *words]


def _handler(args: argparse.Namespace):
    key = (args.command, getattr(args, "action", None))
    if key not in _HANDLERS:
        if args.command in DOCUMENT_COMMANDS:
            from briefing.cli.documents import HANDLERS
        else:
            from briefing.cli.curation import HANDLERS
        return HANDLERS[key]
    library_handler = _HANDLERS[key]

    def with_library(args, context: Context) -> int:
        with context.open_library() as library:
            return library_handler(args, library)
    return with_library


def run(args: argparse.Namespace, paths: Paths) -> int:
    """Run the command ``args`` names (``parse`` made them); errors become one line on stderr."""
    context = Context(paths, args.library)
    try:
        return _handler(args)(args, context)
    except BriefingError as exc:
        return fail(str(exc))
    except sqlite3.Error as exc:  # only real damage is called damage (sqlite_errors)
        error = classify(exc, args.library or paths.library_file)
        if isinstance(error, LibraryCorruptError) and context.guard is not None:
            context.guard.mark_for_repair(str(exc))  # the next command repairs it
        return fail(str(error))
    except BrokenPipeError:
        return 0
    finally:
        context.close()


def main(argv: list[str], paths: Paths) -> int:
    """The command line without the desktop app (``briefing.app.main`` adds it): parse, then
    run the command, the self-test or ``--licenses``; no command prints the help."""
    try:
        args = parse(argv, paths)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.self_test:
        from briefing import selftest

        return selftest.run()
    if args.licenses:
        return print_licences(paths)
    if args.command is None:
        build_parser(paths).print_help()
        return 0
    return run(args, paths)
