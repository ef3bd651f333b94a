"""Command-line commands for briefing files, templates, styles and export.

Each command loads the file, applies one core operation and saves atomically;
the GUI calls the same core functions. The checks, the reconciling and the export are imported
by the commands that use them: every command builds this module's parsers.
"""

from __future__ import annotations

from pathlib import Path

from briefing.cli.output import note, plural, print_json, printable
from briefing.core.documents import (
    FIELD_LABELS,
    METADATA_FIELDS,
    Briefing,
    Metadata,
    Paragraph,
    Section,
    briefing_language,
    cite,
    clean_fields,
    clean_item,
)
from briefing.core.documents import files as documents
from briefing.core.errors import BriefingError
from briefing.export import EXTENSIONS, FORMATS, with_extension


def add_parsers(commands) -> None:
    templates = commands.add_parser("templates", help="briefing templates")
    templates_cmd = templates.add_subparsers(dest="action", metavar="ACTION", required=True)
    templates_cmd.add_parser("list", help="list templates").add_argument(
        "--json", action="store_true")
    styles = commands.add_parser("styles", help="citation styles")
    styles_cmd = styles.add_subparsers(dest="action", metavar="ACTION", required=True)
    styles_cmd.add_parser("list", help="list citation styles").add_argument(
        "--json", action="store_true")
    styles_add = styles_cmd.add_parser("add", help="check a CSL style file and add it to your styles")
    styles_add.add_argument("file", type=Path, metavar="FILE")
    styles_add.add_argument("--force", action="store_true", help="replace your style of that name")

    new = commands.add_parser("new", help="create a briefing file from a template")
    new.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    new.add_argument("--template", required=True, metavar="NAME")
    new.add_argument("--title", required=True)
    new.add_argument("--subtitle", default="")
    for name in METADATA_FIELDS:
        new.add_argument(f"--{name.replace('_', '-')}", dest=name, default="")
    new.add_argument("--force", action="store_true", help="replace an existing file")

    add = commands.add_parser("add", help="cite library claims in a section")
    add.add_argument("file", type=Path)
    add.add_argument("--section", required=True, metavar="KEY")
    add.add_argument("claim_ids", nargs="+", metavar="CLAIM_ID")
    add.add_argument("--comment", default="",
                     help="commentary on the (last) claim: printed after it in the briefing")
    add.add_argument("--note", default="",
                     help="a private note on the (last) claim: kept in the file, never exported")
    text = commands.add_parser("add-text", help="add your own paragraph to a section")
    text.add_argument("file", type=Path)
    text.add_argument("--section", required=True, metavar="KEY")
    text.add_argument("text")
    text.add_argument("--note", default="",
                      help="a private note on the paragraph: kept in the file, never exported")
    edit = commands.add_parser(
        "edit-item", help="change a paragraph's text, a claim's commentary or an item's private "
                          "note (ITEM: the item's id, as 'show' prints it)")
    edit.add_argument("file", type=Path)
    edit.add_argument("item", metavar="ITEM")
    edit.add_argument("--text", help="a paragraph's new text")
    edit.add_argument("--comment", help="a claim's commentary (printed after it); '' removes it")
    edit.add_argument("--note", help="the item's private note (never exported); '' removes it")

    show = commands.add_parser("show", help="show a briefing and what changed in the library")
    show.add_argument("file", type=Path)
    show.add_argument("--json", action="store_true")
    refresh = commands.add_parser("refresh", help="take the library's current text of claims")
    refresh.add_argument("file", type=Path)
    refresh.add_argument("claim_ids", nargs="*", metavar="CLAIM_ID", help="default: all changed")

    checks = commands.add_parser("check", help="run the preflight checks")
    checks.add_argument("file", type=Path)
    checks.add_argument("--strict", action="store_true", help="exit 1 when there is any finding")
    checks.add_argument("--json", action="store_true")

    export_parser = commands.add_parser("export", help="export to Word, PDF, Markdown or HTML")
    export_parser.add_argument("file", type=Path)
    export_parser.add_argument("-o", "--output", required=True, type=Path, metavar="OUT")
    export_parser.add_argument("--format", choices=FORMATS,
                               help="default: from OUT's extension; an OUT without one gets "
                                    "the format's (OUT.docx)")
    export_parser.add_argument("--style", metavar="ID", help="citation style (default: the template's)")
    export_parser.add_argument("--strict", action="store_true", help="fail on any preflight finding")
    export_parser.add_argument("--no-quotes", action="store_true", help="leave original quotes out of notes")
    export_parser.add_argument("--endnotes", action="store_true", help="endnotes instead of footnotes")
    export_parser.add_argument("--annex", action="store_true",
                               help="original quotes and verification notes in an annex, "
                                    "not the notes")
    numbers = export_parser.add_mutually_exclusive_group()
    numbers.add_argument("--numbered", dest="numbered", action="store_true", default=None,
                         help="number the paragraphs (default: as the template says)")
    numbers.add_argument("--no-numbers", dest="numbered", action="store_false",
                         help="do not number the paragraphs")
    export_parser.add_argument("--locale", metavar="LOCALE",
                               help="the citations' locale, e.g. en-GB (default: the style's)")


def _warn_problems(ctx) -> None:
    for problem in ctx.styles().problems():
        note(f"warning: {problem}")


def templates_list(args, ctx) -> int:
    templates = ctx.templates().list()
    if args.json:
        print_json([t.to_json() for t in templates])
        return 0
    for t in templates:
        print(f"{t.id}  {t.name}\n    {t.description}")
        print("    sections: " + ", ".join(
            s.key + ("*" if s.required else "") for s in t.sections))
    return 0


def styles_list(args, ctx) -> int:
    _warn_problems(ctx)
    styles = ctx.styles().list()
    if args.json:
        print_json([{"id": s.id, "title": s.title, "kind": s.kind} for s in styles])
        return 0
    for style in styles:
        print(f"{style.id}  ({style.kind})  {style.title}")
    return 0


def styles_add(args, ctx) -> int:
    """Check a style (its file, then a trial with the citation processor within its memory
    and time limits) and copy it into the user's style folder."""
    from briefing.core.atomic import write_atomic
    from briefing.core.citations import StyleInfo, check_style

    style = StyleInfo.from_file(args.file)
    target = ctx.paths.user_styles / f"{style.id}.csl"
    if (ctx.paths.resources / "csl" / target.name).exists():
        raise BriefingError(f"A bundled style is called '{style.id}'; rename {args.file.name} "
                            "to add yours beside it.")
    if target.exists() and not args.force:
        raise BriefingError(f"You already have a style '{style.id}'; use --force to replace it.")
    check_style(ctx.processors(), style)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, args.file.read_bytes())
    print(f"Added '{style.title}' as {style.id} ({style.kind}).")
    return 0


def new(args, ctx) -> int:
    template = ctx.templates().get(args.template)
    if args.output.exists() and not args.force:
        raise BriefingError(f"{args.output} already exists; use --force to replace it.")
    briefing = Briefing(
        title=args.title, subtitle=args.subtitle, template=template.id,
        metadata=Metadata(**{name: getattr(args, name) for name in METADATA_FIELDS}),
        sections=[Section(s.key, s.heading) for s in template.sections],
    )
    clean_fields(briefing)  # no control characters from the shell (strip_controls)
    briefing.metadata.language = briefing.metadata.language or template.language
    documents.save(briefing, args.output)
    print(f"Created {args.output} from '{template.name}'.")
    return 0


def add(args, ctx) -> int:
    briefing = documents.load(args.file)
    briefing.section(args.section)
    with ctx.open_library() as library:
        claims = [library.claim(claim_id) for claim_id in args.claim_ids]  # all or nothing
        for number, claim in enumerate(claims, 1):
            last = number == len(claims)
            briefing.insert(args.section, cite(claim, library.source(claim.source_id),
                                               args.comment if last else "",
                                               args.note if last else ""))
    documents.save(briefing, args.file)
    print(f"Added {plural(len(claims), 'claim')} to '{args.section}'.")
    return 0


def add_text(args, ctx) -> int:
    briefing = documents.load(args.file)
    briefing.insert(args.section, Paragraph(args.text, private_note=args.note))
    documents.save(briefing, args.file)
    print(f"Added a paragraph to '{args.section}'.")
    return 0


def edit_item(args, ctx) -> int:
    briefing = documents.load(args.file)
    section, index = briefing.find(args.item)
    item = section.items[index]
    if args.text is None and args.comment is None and args.note is None:
        raise BriefingError("Say what to change: --text, --comment or --note.")
    if args.text is not None:
        if not isinstance(item, Paragraph):
            raise BriefingError(f"Item {args.item} is a cited claim: its statement comes from "
                                "the library; use --comment for your words after it.")
        item.text = args.text
    if args.comment is not None:
        if isinstance(item, Paragraph):
            raise BriefingError(f"Item {args.item} is a paragraph: use --text to change it.")
        item.comment = args.comment
    if args.note is not None:
        item.private_note = args.note
    clean_item(item)  # no control characters from the shell (strip_controls)
    documents.save(briefing, args.file)
    print(f"Changed item {args.item} in '{section.key}'.")
    return 0


def _language(briefing, ctx) -> str:
    """The briefing's language: its own, else its template's (none for a template that is
    not installed here: then its own or English)."""
    return briefing_language(briefing, ctx.templates().for_briefing(briefing).language)


def show(args, ctx) -> int:
    from briefing.core.documents import reconcile
    from briefing.core.documents.preflight import section_words

    briefing = documents.load(args.file)
    language = _language(briefing, ctx)
    with ctx.open_library() as library:
        changes = reconcile.drift(briefing, library, language)
    if args.json:
        print_json({**documents.to_json(briefing),
                     "library_changes": [{"claim_id": d.claim_id, "kind": d.kind,
                                          "fields": list(d.fields), "message": d.message()}
                                         for d in changes]})
        return 0
    print(printable(briefing.title + (f" — {briefing.subtitle}" if briefing.subtitle else "")))
    print(f"Template: {briefing.template}")
    for name in METADATA_FIELDS:
        if getattr(briefing.metadata, name):
            print(printable(f"{FIELD_LABELS[name]}: {getattr(briefing.metadata, name)}"))
    for section in briefing.sections:
        words = section_words(section.items, language)
        print(f"\n[{section.key}] {section.heading} ({words} words)")
        for item in section.items:
            if isinstance(item, Paragraph):
                print(printable(f"  ¶ {item.text}") + f"  (item {item.uid})")
            else:
                statement = item.claim.statement_for(language)
                print(printable(f"  • {statement} [{item.claim_id}]") + f"  (item {item.uid})")
                if item.comment:
                    print(printable(f"    commentary: {item.comment}"))
            if item.private_note:
                print(printable(f"    private note (not exported): {item.private_note}"))
    for change in changes:
        note(f"note: {change.message()}")
    if any(change.kind == "changed" for change in changes):
        note(f"note: run 'briefing refresh {args.file}' to take the library's current text.")
    return 0


def refresh(args, ctx) -> int:
    from briefing.core.documents import reconcile

    briefing = documents.load(args.file)
    cited = {item.claim_id for item in briefing.cited()}
    unknown = sorted(set(args.claim_ids) - cited)
    if unknown:
        raise BriefingError(f"This briefing does not cite {', '.join(unknown)}.")
    with ctx.open_library() as library:
        done = reconcile.refresh(briefing, library, set(args.claim_ids) or None,
                                 _language(briefing, ctx))
    if done:
        documents.save(briefing, args.file)
    print(f"Refreshed {plural(len(done), 'claim')}"
          + (f": {', '.join(done)}." if done else "."))
    return 0


def check_command(args, ctx) -> int:
    # The exporter's preflight: also counts a one-page template's pages on the typeset PDF.
    from briefing.export.pipeline import Exporter

    briefing = documents.load(args.file)
    with ctx.open_library() as library:
        findings = Exporter(ctx.templates(), ctx.styles(), library,
                            processors=ctx.processors()).preflight(briefing)
    if args.json:
        print_json([f.to_json() for f in findings])
    else:
        for finding in findings:
            print(f"warning: {finding.message}")
        print(f"{plural(len(findings), 'finding')}.")
    return 1 if (args.strict and findings) else 0


def export(args, ctx) -> int:
    from briefing.export.pipeline import Exporter, ExportSettings  # the heavy part: here only

    # The format: --format, else the extension of -o. A name without a format's extension
    # gets the format's ("-o paste-test --format docx" writes paste-test.docx), as the
    # GUI's export does; a name with one is kept as given.
    suffix = args.output.suffix.lstrip(".").lower()
    fmt = args.format or next((f for f, exts in EXTENSIONS.items() if suffix in exts), "")
    if fmt not in FORMATS:
        raise BriefingError(f"Cannot tell the format from '{args.output.name}'; pass --format "
                            f"({', '.join(FORMATS)}).")
    args.output = with_extension(args.output, fmt)
    briefing = documents.load(args.file)
    settings = ExportSettings(format=fmt, style=args.style, include_quotes=not args.no_quotes,
                              notes="endnote" if args.endnotes else "footnote", strict=args.strict,
                              annex=args.annex, numbered=args.numbered, locale=args.locale)
    with ctx.open_library() as library:
        result = Exporter(ctx.templates(), ctx.styles(), library,
                          processors=ctx.processors()).export(
            briefing, args.output, settings, source_path=args.file)
    for finding in result.findings:
        note(f"warning: {finding.message}")
    print(f"Exported {result.path} ({result.size:,} bytes).")
    return 0


HANDLERS = {
    ("templates", "list"): templates_list,
    ("styles", "list"): styles_list,
    ("styles", "add"): styles_add,
    ("new", None): new,
    ("add", None): add,
    ("add-text", None): add_text,
    ("edit-item", None): edit_item,
    ("show", None): show,
    ("refresh", None): refresh,
    ("check", None): check_command,
    ("export", None): export,
}
