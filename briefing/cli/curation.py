"""Command-line commands for curators: import documents, capture and edit claims, packs.

A thin layer: each handler parses nothing itself and calls one core function
(``briefing.core.importing``, ``briefing.core.curation``, ``briefing.core.library.packs``).
Those are imported by the handlers that use them, not here: every command builds the whole
parser, and the readers (pypdf, lxml) would slow down the start of ``briefing claims search``.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from briefing.cli.output import fail, note, plural, print_json
from briefing.core.errors import BriefingError
from briefing.core.model import KINDS, STATUSES

_SOURCE_OPTIONS = ("title", "title_short", "author", "outlet", "publisher", "date", "url",
                   "language", "accessed", "title_translated")


def add_parsers(commands) -> None:
    imp = commands.add_parser("import", help="import documents as new sources")
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE",
                     help="text, Markdown, HTML, Word (.docx) or PDF")
    for name in _SOURCE_OPTIONS:
        imp.add_argument(f"--{name.replace('_', '-')}", dest=name, help=_SOURCE_HELP.get(name))
    imp.add_argument("--json", action="store_true", help="print JSON")

    pack = commands.add_parser("pack", help="export or import a library pack")
    pack_cmd = pack.add_subparsers(dest="action", metavar="ACTION", required=True)
    out = pack_cmd.add_parser("export", help="write sources and claims to one file")
    out.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    out.add_argument("--source", action="append", default=[], metavar="ID",
                     help="only this source (repeatable)")
    out.add_argument("--topic", metavar="T", help="only claims with this topic")
    into = pack_cmd.add_parser("import", help="merge a pack into the library")
    into.add_argument("file", type=Path, metavar="FILE")
    into.add_argument("--json", action="store_true", help="print JSON")


_SOURCE_HELP = {
    "title_short": "a few words of the title for subsequent notes (note styles)",
    "date": "publication date: 2025-07-29, 2025-07, 2025, 'c. 2025' or 'unknown'",
    "language": "language code (default: detected)",
    "accessed": "date you read it online",
    "title_translated": "the title in English, when the source's is in another language",
}


def add_claim_parsers(claims_cmd) -> None:
    """The curator's actions in the existing ``claims`` group."""
    add = claims_cmd.add_parser("add", help="capture a claim from a source")
    add.add_argument("--source", required=True, metavar="ID")
    add.add_argument("--quote", help="the exact words from the source text")
    add.add_argument("--statement", required=True, help="what the quote shows, in English")
    add.add_argument("--statement-de", metavar="TEXT",
                     help="the statement in German (a German briefing uses it)")
    add.add_argument("--kind", default="fact", help=f"one of: {', '.join(KINDS)}")
    _claim_options(add)
    add.add_argument("--status", default="as reported", help=f"one of: {', '.join(STATUSES)}")
    add.add_argument("--json", action="store_true", help="print JSON")

    edit = claims_cmd.add_parser("edit", help="change a claim (its id stays)")
    edit.add_argument("id")
    edit.add_argument("--quote", help="new quote (found in the source like for add)")
    edit.add_argument("--statement", help="the statement in English")
    edit.add_argument("--statement-de", metavar="TEXT",
                      help="the statement in German ('' removes it)")
    edit.add_argument("--kind", help=f"one of: {', '.join(KINDS)}")
    _claim_options(edit)
    edit.add_argument("--status", help=f"one of: {', '.join(STATUSES)}")
    edit.add_argument("--json", action="store_true", help="print JSON")

    retire = claims_cmd.add_parser("retire", help="retire a claim (briefings keep resolving it)")
    retire.add_argument("id")
    suggest = claims_cmd.add_parser("suggest", help="sentences of a source likely to be claims")
    suggest.add_argument("--source", required=True, metavar="ID")
    suggest.add_argument("--json", action="store_true", help="print JSON")
    similar = claims_cmd.add_parser("similar", help="near-duplicates from other sources")
    similar.add_argument("id")
    similar.add_argument("--json", action="store_true", help="print JSON")
    link = claims_cmd.add_parser("link", help="link two claims that corroborate each other")
    link.add_argument("ids", nargs=2, metavar="ID")
    link.add_argument("--keep-status", action="store_true",
                      help="do not mark them corroborated")


def _claim_options(parser) -> None:
    parser.add_argument("--speaker")
    parser.add_argument("--date", help="event date: 2025-07-29, 2025-07 or 2025")
    parser.add_argument("--actor", action="append", metavar="A", help="repeatable; '' clears")
    parser.add_argument("--topic", action="append", metavar="T", help="repeatable; '' clears")
    parser.add_argument("--reader-note", metavar="TEXT",
                        help="for the briefing's reader: printed in the footnote unless the "
                        "status is 'as reported'")
    parser.add_argument("--reader-note-de", metavar="TEXT",
                        help="the reader's note in German (a German briefing prints it; '' "
                        "removes it)")
    parser.add_argument("--curator-note", metavar="TEXT",
                        help="for curators (sources checked, doubts): never exported")
    parser.add_argument("--note", metavar="TEXT",
                        help="deprecated: the same as --reader-note")
    parser.add_argument("--translation", dest="translation", action="store_const", const=True,
                        help="the quote is a translation (the footnote says so)")
    parser.add_argument("--not-translation", dest="translation", action="store_const",
                        const=False, help="the quote is in its original words")
    parser.add_argument("--translated-from", metavar="TEXT",
                        help="what the quote translates, e.g. \"CNN's English report of the "
                        "speech\" (implies --translation)")
    parser.add_argument("--translated-from-de", metavar="TEXT",
                        help="what the quote translates, in German and in the dative (\"dem "
                        "englischen Bericht von CNN über die Rede\"): a German briefing's "
                        "footnote prints it; '' removes it")
    parser.add_argument("--translator", metavar="TEXT",
                        help="who translated the quote, when known (implies --translation)")
    parser.add_argument("--start", type=int, metavar="N", help="offset of the quote in the text")
    parser.add_argument("--end", type=int, metavar="N",
                        help="with --start and no --quote: quote the text from N to here")


# ---- import ----------------------------------------------------------------------------------


def import_files(args, ctx) -> int:
    from briefing.core.importing import build_source, read_document
    from briefing.core.importing.sources import add_source

    overrides = {name: getattr(args, name) for name in _SOURCE_OPTIONS
                 if getattr(args, name) is not None}
    single = [f"--{n.replace('_', '-')}" for n in ("title", "title_short", "url", "date")
              if n in overrides]
    if len(args.files) > 1 and single:
        raise BriefingError(f"{', '.join(single)} describe one file; import the files one at a "
                            "time to give them.")
    failed, done = 0, []
    with ctx.open_library() as library:
        for path in args.files:
            try:
                document = read_document(path)
                source = add_source(library, build_source(document, overrides, path.name))
            except BriefingError as exc:
                failed += fail(str(exc))
                continue
            for warning in document.warnings:
                note(f"warning: {warning}")
            done.append({**source.to_json(), "format": document.format,
                         "characters": len(source.text), "warnings": document.warnings})
            if not args.json:
                _report_import(path, source, document)
    if args.json:
        print_json(done)
    return 1 if failed else 0


def _report_import(path, source, document) -> None:
    print(f"Imported {path.name} as source '{source.id}' ({document.format}, "
          f"{len(source.text):,} characters).")
    for label, value in (("Title", source.title), ("Short", source.title_short),
                         ("Author", source.author),
                         ("Outlet", source.outlet), ("Published", source.published),
                         ("Language", source.language), ("URL", source.url)):
        if value:
            print(f"    {label + ':':<11}{value}")
    for r in source.repeats:
        print(f"    Repeated:  {r.start}–{r.end} again at {r.repeat_start}–{r.repeat_end}"
              + ("" if r.verbatim else " (with small differences)"))


# ---- claims ----------------------------------------------------------------------------------


def _fields(args) -> dict:
    if args.note is not None:
        if args.reader_note is not None:
            raise BriefingError("Give the reader's note once: --note is the old name of "
                                "--reader-note.")
        note("note: --note is deprecated; it sets the reader's note (--reader-note).")
    translation = args.translation
    if translation is None and (args.translated_from or args.translator):
        translation = True
    fields = {"speaker": args.speaker, "event_date": args.date, "actors": args.actor,
              "topics": args.topic, "status": args.status,
              "reader_note": args.reader_note if args.note is None else args.note,
              "curator_note": args.curator_note, "quote_is_translation": translation,
              "quote_translated_from": args.translated_from, "quote_translator": args.translator,
              "statements": None if args.statement_de is None else {"de": args.statement_de},
              "reader_notes": None if args.reader_note_de is None else {
                  "de": args.reader_note_de},
              "quote_translated_from_by_language": None if args.translated_from_de is None
              else {"de": args.translated_from_de}}
    return {k: v for k, v in fields.items() if v is not None}


def claims_add(args, ctx) -> int:
    from briefing.core.curation import claims as curation
    from briefing.core.curation.links import similar_claims

    with ctx.open_library() as library:
        if args.quote is not None:
            claim = curation.add_claim(library, args.source, args.quote, args.statement,
                                       args.kind, start=args.start, **_fields(args))
        elif args.start is not None and args.end is not None:
            claim = curation.add_claim_at(library, args.source, args.start, args.end,
                                          args.statement, args.kind, **_fields(args))
        else:
            raise BriefingError("Give the claim's quote with --quote (or its offsets with "
                                "--start and --end).")
        similar = similar_claims(library, claim)
    return _claim_result(args, claim, similar, "Added")


def claims_edit(args, ctx) -> int:
    from briefing.core.curation import claims as curation
    from briefing.core.curation.links import similar_claims

    changes = {**_fields(args), "statement": args.statement, "kind": args.kind,
               "quote": args.quote, "start": args.start, "end": args.end}
    with ctx.open_library() as library:
        claim = curation.edit_claim(library, args.id, **changes)
        similar = similar_claims(library, claim)
    return _claim_result(args, claim, similar, "Saved")


def _claim_result(args, claim, similar, verb: str) -> int:
    if args.json:
        print_json({**claim.to_json(), "similar": [
            {"id": s.claim.id, "source_id": s.claim.source_id, "score": s.score}
            for s in similar]})
        return 0
    print(f"{verb} claim '{claim.id}': quote at {claim.start}–{claim.end} in "
          f"'{claim.source_id}'.")
    if claim.reader_note and claim.status == "as reported":
        note("note: the reader's note is printed only when the status is not 'as reported'.")
    for found in similar:
        note(f"note: claim '{found.claim.id}' (source '{found.claim.source_id}') looks alike "
              f"({found.score:.2f}); if they report the same fact: briefing claims link "
              f"{claim.id} {found.claim.id}")
    return 0


def claims_retire(args, ctx) -> int:
    from briefing.core.curation import claims as curation

    with ctx.open_library() as library:
        claim = curation.retire_claim(library, args.id)
    print(f"Retired claim '{claim.id}': search no longer shows it; briefings that cite it "
          "still resolve it.")
    return 0


def claims_suggest(args, ctx) -> int:
    from briefing.core.curation.suggest import suggest_claims

    with ctx.open_library() as library:
        source = library.source(args.source)
        actors = [name for name, _ in library.vocabulary("actor")]
    found = suggest_claims(source.text, actors)
    if args.json:
        print_json([{"start": s.start, "end": s.end, "text": source.text[s.start:s.end],
                      "reasons": list(s.reasons), "actors": list(s.actors)} for s in found])
        return 0
    print(f"{plural(len(found), 'sentence')} in '{source.id}' may carry claims.")
    for s in found:
        why = ", ".join(s.reasons) + (f" ({', '.join(s.actors)})" if s.actors else "")
        print(f"{s.start}–{s.end}  {why}")
        print(textwrap.fill(" ".join(source.text[s.start:s.end].split()), width=96,
                            initial_indent="    ", subsequent_indent="    "))
    return 0


def claims_similar(args, ctx) -> int:
    from briefing.core.curation.links import similar_claims

    with ctx.open_library() as library:
        found = similar_claims(library, library.claim(args.id))
    if args.json:
        print_json([{**s.claim.to_json(), "score": s.score} for s in found])
        return 0
    print(f"{plural(len(found), 'near-duplicate')} of '{args.id}' in other sources.")
    for s in found:
        print(f"{s.claim.id}  ({s.score:.2f})\n    {s.claim.statement}")
    return 0


def claims_link(args, ctx) -> int:
    from briefing.core.curation.links import link_claims

    first, second = args.ids
    with ctx.open_library() as library:
        changed = link_claims(library, first, second, corroborated=not args.keep_status)
    print(f"Linked '{first}' and '{second}' as corroborating each other"
          + (f"; marked {', '.join(changed)} corroborated." if changed else "."))
    return 0


# ---- packs -----------------------------------------------------------------------------------


def pack_export(args, ctx) -> int:
    from briefing.core.library import packs

    with ctx.open_library() as library:
        counts = packs.export_pack(library, args.output, args.source, args.topic)
    print(f"Exported {plural(counts['sources'], 'source')} and "
          f"{plural(counts['claims'], 'claim')} to {args.output} ({counts['bytes']:,} bytes).")
    return 0


def pack_import(args, ctx) -> int:
    def progress(done: int, total: int) -> None:
        if total >= 10_000 and done % 10_000 == 0:  # a big pack: say how far it got
            note(f"Importing claims: {done:,} of {total:,}…")
    from briefing.core.library import packs

    with ctx.open_library() as library:
        report = packs.import_pack(library, args.file, progress)
    if args.json:
        print_json(report.to_json())
        return 0
    print(f"{len(report.added)} added, {len(report.updated)} updated, {len(report.skipped)} "
          f"unchanged, {len(report.conflicts)} in conflict"
          + (f", {report.links_added} links added." if report.links_added else "."))
    for conflict in report.conflicts:
        print(f"conflict: {conflict.kind} '{conflict.id}': {conflict.reason}.")
    return 0


HANDLERS = {
    ("import", None): import_files,
    ("claims", "add"): claims_add,
    ("claims", "edit"): claims_edit,
    ("claims", "retire"): claims_retire,
    ("claims", "suggest"): claims_suggest,
    ("claims", "similar"): claims_similar,
    ("claims", "link"): claims_link,
    ("pack", "export"): pack_export,
    ("pack", "import"): pack_import,
}
