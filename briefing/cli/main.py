"""The ``briefing`` command line: a thin layer over the core API.

Every command prints plain text for people or, with ``--json``, a stable JSON
contract for scripts. Errors print one line on stderr and exit non-zero.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import textwrap
from pathlib import Path

from briefing import __version__
from briefing.cli import curation as cli_curation
from briefing.cli import documents as cli_documents
from briefing.core.context import Context  # noqa: F401  (re-exported: briefing.cli.Context)
from briefing.core.errors import BriefingError
from briefing.core.library import Library
from briefing.core.library import search as searching
from briefing.core.model import KINDS, STATUSES
from briefing.core.paths import Paths
from briefing.core.quotes import quote_label


def bundled_library_version(paths: Paths) -> str:
    import tomllib

    try:
        with open(paths.bundled_library / "library.toml", "rb") as handle:
            return str(tomllib.load(handle).get("version", "unknown"))
    except (OSError, tomllib.TOMLDecodeError):
        return "missing"


def build_parser(paths: Paths) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Compose briefing notes from a curated library of cited claims. "
        "With no command, opens the desktop app; 'briefing FILE.briefing' opens that file in it.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"briefing {__version__} (bundled library {bundled_library_version(paths)})",
    )
    parser.add_argument("--library", type=Path, metavar="PATH", help="use this library file")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation headless (library, search, export) and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    claims = commands.add_parser("claims", help="search, show, capture and edit claims")
    claims_cmd = claims.add_subparsers(dest="action", metavar="ACTION", required=True)
    found = claims_cmd.add_parser(
        "search", help='search claims: all words must match; "exact phrase", -word, OR')
    found.add_argument("query", nargs="?", default="",
                       help='words to find (all must match); "exact phrase" for words together, '
                            "-word to leave out claims with it, OR between alternatives; "
                            "may be empty")
    found.add_argument("--topic", help="only claims with this topic")
    found.add_argument("--actor", help="only claims naming this actor")
    found.add_argument("--source", help="only claims from this source id")
    found.add_argument("--kind", help=f"one of: {', '.join(KINDS)}")
    found.add_argument("--status", help=f"one of: {', '.join(STATUSES)}")
    found.add_argument("--from", dest="date_from", metavar="DATE", help="event date on or after")
    found.add_argument("--to", dest="date_to", metavar="DATE", help="event date on or before")
    found.add_argument("--retired", action="store_true",
                       help="only claims the curators retired (hidden from search otherwise)")
    found.add_argument("--sort", choices=[*searching.ORDERS, *(f"-{o}" for o in searching.ORDERS)],
                       default="", metavar="COLUMN",
                       help="sort by statement, source, date or status ('-date': newest first); "
                            "default: best match first")
    found.add_argument("--limit", type=_positive, default=20, help="at most N results (20)")
    found.add_argument("--json", action="store_true", help="print JSON")
    shown = claims_cmd.add_parser("show", help="show one claim in full")
    shown.add_argument("id")
    shown.add_argument("--json", action="store_true", help="print JSON")
    listed = claims_cmd.add_parser("list", help="list every claim")
    listed.add_argument("--json", action="store_true", help="print JSON")
    cli_curation.add_claim_parsers(claims_cmd)

    sources = commands.add_parser("sources", help="list and show sources")
    sources_cmd = sources.add_subparsers(dest="action", metavar="ACTION", required=True)
    s_list = sources_cmd.add_parser("list", help="list sources")
    s_list.add_argument("--json", action="store_true", help="print JSON")
    s_show = sources_cmd.add_parser("show", help="show one source")
    s_show.add_argument("id")
    s_show.add_argument("--json", action="store_true", help="print JSON")
    s_show.add_argument("--text", action="store_true", help="include the full source text")
    cli_documents.add_parsers(commands)
    cli_curation.add_parsers(commands)
    return parser


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if not 1 <= number <= 1_000_000:
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number from 1 to 1000000")
    return number


def run(args: argparse.Namespace, context: Context) -> int:
    action = getattr(args, "action", None)
    if (args.command, action) in cli_documents.HANDLERS:
        return cli_documents.HANDLERS[(args.command, action)](args, context)
    if (args.command, action) in cli_curation.HANDLERS:
        return cli_curation.HANDLERS[(args.command, action)](args, context)
    handler = _HANDLERS[(args.command, action)]
    with context.open_library() as library:
        return handler(args, library)


# ---- handlers ------------------------------------------------------------------------------


def _print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _claim_lines(claim, source_title: str = "") -> str:
    flags = [claim.kind, claim.status] + ([claim.event_date] if claim.event_date else [])
    body = textwrap.fill(claim.statement, width=92, initial_indent="    ", subsequent_indent="    ")
    tail = ("\n" + textwrap.fill(source_title, width=92, initial_indent="    — ",
                                  subsequent_indent="      ")) if source_title else ""
    return f"{claim.id}  ({', '.join(flags)})\n{body}{tail}"


def _claims_search(args, library: Library) -> int:
    filters = searching.Filters(
        topic=args.topic,
        actor=args.actor,
        source=args.source,
        kind=args.kind,
        status=args.status,
        date_from=args.date_from,
        date_to=args.date_to,
        retired_only=args.retired,
        order=args.sort,
    )
    hits = searching.search(library, args.query, filters, limit=args.limit)
    if args.json:
        _print_json([{**h.claim.to_json(), "source_title": h.source_title} for h in hits])
        return 0
    total = searching.count(library, args.query, filters)
    shown = f", showing {len(hits)}" if total > len(hits) else ""
    print(f"{total} claim{'s' if total != 1 else ''} found{shown}.")
    for hit in hits:
        print(_claim_lines(hit.claim, hit.source_title))
    return 0


def _claims_show(args, library: Library) -> int:
    claim = library.claim(args.id)
    source = library.source(claim.source_id)
    if args.json:
        _print_json({**claim.to_json(), "source": source.to_json()})
        return 0
    rows = [
        ("Claim", claim.id + ("  (retired)" if claim.retired else "")),
        ("Statement", claim.statement),
        ("Quote", f"“{claim.quote}” [{claim.start}–{claim.end}]"),
        ("Kind", claim.kind),
        ("Speaker", claim.speaker),
        ("Event date", claim.event_date),
        ("Actors", ", ".join(claim.actors)),
        ("Topics", ", ".join(claim.topics)),
        ("Status", claim.status),
        ("Reader note", claim.reader_note),
        ("Curator note", claim.curator_note),
        ("Quote is", quote_label(claim, source) if claim.quote_is_translation else ""),
        ("Source", f"{source.title} ({source.id})"),
    ]
    _print_rows(rows)
    return 0


def _claims_list(args, library: Library) -> int:
    claims = library.claims()
    if args.json:
        _print_json([c.to_json() for c in claims])
        return 0
    for claim in claims:
        print(_claim_lines(claim))
    return 0


def _sources_list(args, library: Library) -> int:
    sources = library.sources()
    if args.json:
        _print_json([s.to_json() for s in sources])
        return 0
    for source in sources:
        by = source.author or source.outlet
        print(f"{source.id}  {_date_label(source)}  {by}\n    {source.title}")
    return 0


def _sources_show(args, library: Library) -> int:
    source = library.source(args.id)
    if args.json:
        _print_json(source.to_json(with_text=args.text))
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
            print(textwrap.fill(value, width=100, initial_indent=f"{label + ':':<19}",
                                subsequent_indent=" " * 19))


_HANDLERS = {
    ("claims", "search"): _claims_search,
    ("claims", "show"): _claims_show,
    ("claims", "list"): _claims_list,
    ("sources", "list"): _sources_list,
    ("sources", "show"): _sources_show,
}


def fail(message: str) -> int:
    print(f"briefing: error: {message}", file=sys.stderr)
    return 1


def main(argv: list[str], paths: Paths) -> int:
    for arg in argv:  # bytes that are not UTF-8 arrive as lone surrogates
        if any(0xD800 <= ord(c) <= 0xDFFF for c in arg):
            return fail(f"The argument {arg.encode('utf-8', 'replace').decode()!r} is not valid "
                        "UTF-8 text; check the terminal's encoding.")
    parser = build_parser(paths)
    args = parser.parse_args(argv)
    try:
        return run(args, Context(paths, args.library))
    except BriefingError as exc:
        return fail(str(exc))
    except sqlite3.DatabaseError as exc:
        where = args.library or paths.library_file
        return fail(f"The library {where} is damaged ({exc}). Move it aside and start again to "
                    "rebuild the bundled library.")
    except BrokenPipeError:
        return 0
