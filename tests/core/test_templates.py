"""Briefing templates: the bundled ones, the sandbox, manifests, markup, reference.docx."""

from __future__ import annotations

import importlib.util
import io
import os
import sys
import threading
import time
import zipfile
from pathlib import Path

import docx
import pytest

from briefing.core.templates import (
    BRIEFING_FIELDS,
    PARTS,
    Line,
    Template,
    TemplateError,
    Templates,
    escape_markup,
    load_template,
    parse_markup,
)
from briefing.core.templates import sandbox as template_sandbox
from briefing.core.templates.manifest import DEFAULT_CITATION_STYLE

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "templates"
IDS = ("briefing-note", "decision-memo", "key-messages", "meeting-brief")
# The German templates (tests/core/test_templates_de.py checks them in German).
GERMAN_IDS = ("hintergrundinformation", "leitungsvorlage", "sprechzettel")

FULL = {
    "briefing": {
        "title": "Water security plan for the Murray–Darling Basin",
        "subtitle": "Options for the 2025–26 Budget",
        "author": "A. Officer",
        "organisation": "Water Policy Division",
        "contact": "A. Officer, 02 6123 4567",
        "date": "12 March 2025",
        "reference": "MB25-000123",
        "audience": "Minister for Water",
        "action_sought": "Decision by 20 March 2025",
        "classification": "Official: Sensitive",
    }
}
EMPTY = {"briefing": {key: "" for key in BRIEFING_FIELDS}}

MANIFEST = """\
name = "Hostile"
description = "A template written to attack the sandbox."
version = "1.0"

[[sections]]
key = "summary"
heading = "Summary"
guidance = "Say it."
"""


def make_template(base: Path, files: dict[str, str | bytes], name: str = "hostile") -> Path:
    folder = base / name
    folder.mkdir(parents=True)
    files = {"manifest.toml": MANIFEST, "title.j2": "# {{ briefing.title }}\n", **files}
    for filename, content in files.items():
        if isinstance(content, bytes):
            (folder / filename).write_bytes(content)
        else:
            (folder / filename).write_text(content, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def bundled() -> Templates:
    return Templates([BUNDLED])


# ---- the bundled templates -------------------------------------------------------------


def test_bundled_templates_load_without_problems(bundled):
    assert bundled.problems == []
    listed = bundled.list()
    assert {t.id for t in listed} == set(IDS + GERMAN_IDS)
    assert [t.name for t in listed] == sorted(t.name for t in listed)
    for template in listed:
        assert template.description and template.version and template.sections
        if template.id in GERMAN_IDS:  # German templates cite in a German style
            assert template.citation_style == "geistes-und-kulturwissenschaften-heilmann"
        else:
            assert template.citation_style == DEFAULT_CITATION_STYLE
        assert template.page_size == "A4" and template.orientation == "portrait"
        assert set(template.required_metadata) <= set(BRIEFING_FIELDS)
        assert all(s.guidance and s.heading for s in template.sections)
        assert template.reference_docx == BUNDLED / template.id / "reference.docx"


@pytest.mark.parametrize("template_id", IDS)
@pytest.mark.parametrize("context", [FULL, EMPTY, {}], ids=["full", "empty", "nothing"])
def test_every_part_renders(bundled, template_id, context):
    template = bundled.get(template_id)
    for part in PARTS:
        text = template.render(part, context)
        assert isinstance(text, str)
        lines = parse_markup(text)
        if part in ("header", "footer"):
            assert len(lines) <= 1
    title = parse_markup(template.render("title", context))
    assert any(line.kind == "title" and line.text for line in title)


@pytest.mark.parametrize("template_id", IDS)
def test_full_context_shows_the_metadata(bundled, template_id):
    template = bundled.get(template_id)
    title = parse_markup(template.render("title", FULL))
    assert Line("title", ((FULL["briefing"]["title"], False),)) in title
    assert template.render("header", FULL).strip() == "OFFICIAL: SENSITIVE"
    footer = parse_markup(template.render("footer", FULL))
    # The exporter prints the marking at the foot itself: the footer line leaves it out.
    assert len(footer) == 1 and footer[0].text.startswith("MB25-000123")
    assert "OFFICIAL" not in footer[0].text
    metadata = template.render("metadata", FULL)
    assert "12 March 2025" in metadata and "A. Officer" in metadata
    assert template.render("header", EMPTY).strip() == ""


def test_briefing_note_metadata_block(bundled):
    lines = parse_markup(bundled.get("briefing-note").render("metadata", FULL))
    labels = [line.spans[0][0] for line in lines if line.spans and line.spans[0][1]]
    assert labels == [
        "To:",
        "From:",
        "Date:",
        "Reference:",
        "Classification:",
        "Action sought:",
        "Contact officer:",
    ]
    assert lines[0] == Line("paragraph", (("To:", True), (" Minister for Water", False)))


def test_section_plans(bundled):
    keys = {t.id: [s.key for s in t.sections] for t in bundled.list()}
    assert keys["briefing-note"] == [
        "summary",
        "issue",
        "background",
        "key_considerations",
        "options",
        "recommendation",
    ]
    assert keys["decision-memo"] == [
        "purpose",
        "background",
        "analysis",
        "options",
        "recommendation",
    ]
    assert {
        "objectives",
        "key_messages",
        "background",
        "talking_points",
        "likely_questions",
    } <= set(keys["meeting-brief"])
    assert keys["key-messages"][:2] == ["key_messages", "supporting_facts"]
    assert "lines_to_avoid" in keys["key-messages"]
    one_page = bundled.get("key-messages").sections
    assert all(0 < s.word_limit <= 150 for s in one_page)
    assert sum(s.word_limit for s in one_page) <= 450


def test_decision_block(bundled):
    memo = bundled.get("decision-memo")
    # Each recommendation gets its own boxes (the manifest); the closing part is the
    # signature block.
    recommendation = next(s for s in memo.sections if s.key == "recommendation")
    assert recommendation.decision == ("Agreed", "Not agreed", "Noted", "Please discuss")
    assert recommendation.decides("For information")  # a decision memo always decides
    lines = parse_markup(memo.render("closing", FULL))
    assert not [line for line in lines if line.kind == "checkbox"]
    signatures = [line.text for line in lines if line.kind == "signature"]
    assert "Signature" in signatures and "Date" in signatures
    texts = [line.text for line in lines]
    assert "Name: Minister for Water" in texts and "Comments:" in texts


def test_briefing_note_response_follows_the_action_sought(bundled):
    note = bundled.get("briefing-note")
    recommendation = next(s for s in note.sections if s.key == "recommendation")
    assert recommendation.decides("Decision by 20 March 2025")
    assert not recommendation.decides("For information")

    def boxes(action):
        context = {"briefing": {**FULL["briefing"], "action_sought": action}}
        return [line.text for line in parse_markup(note.render("closing", context))
                if line.kind == "checkbox"]

    assert boxes("For information") == ["Noted", "Please discuss"]
    assert boxes("Decision by 20 March 2025") == []  # the recommendations carry the boxes


def test_templates_declare_language_numbering_and_page_budget(bundled):
    assert {t.language for t in bundled.list() if t.id in IDS} == {"en-GB"}
    numbered = {t.id for t in bundled.list() if t.numbered_paragraphs}
    assert numbered == {"briefing-note", "decision-memo"}
    assert bundled.get("key-messages").page_budget == 1
    assert bundled.get("briefing-note").status_marker == "[{status} — see {where}]"


def test_absent_part_renders_empty(bundled):
    assert not (BUNDLED / "key-messages" / "closing.j2").exists()
    assert bundled.get("key-messages").render("closing", FULL) == ""
    with pytest.raises(TemplateError, match="no part 'body'"):
        bundled.get("key-messages").render("body", FULL)


def test_to_json(bundled):
    data = bundled.get("decision-memo").to_json()
    assert data["id"] == "decision-memo" and data["name"] == "Decision memo"
    assert data["description"]
    assert data["sections"][0] == {
        "key": "purpose",
        "heading": "Purpose",
        "guidance": bundled.get("decision-memo").sections[0].guidance,
        "required": True,
        "word_limit": 80,
        "decision": [],
        "decision_if": "",
    }


def test_user_text_never_becomes_markup(bundled):
    hostile = {
        "title": "# Not a heading ** still **",
        "subtitle": "- [ ] ___ \\ *x*",
        "audience": "A\n### B",
        "classification": "secret",
    }
    template = bundled.get("briefing-note")
    title = parse_markup(template.render("title", {"briefing": hostile}))
    assert [line.kind for line in title] == ["paragraph", "title", "subtitle"]
    assert title[1].spans == (("# Not a heading ** still **", False),)
    assert title[2].text == "- [ ] ___ \\ *x*"
    metadata = parse_markup(template.render("metadata", {"briefing": hostile}))
    assert metadata[0].text == "To: A ### B"


def test_sections_given_to_parts(tmp_path):
    folder = make_template(
        tmp_path,
        {
            "title.j2": "# {{ template.name }}\n"
            "{% for s in sections %}- {{ s.key }}: {{ s.heading }}\n"
            "{% endfor %}"
        },
    )
    template = load_template(folder)
    assert template.render("title") == "# Hostile\n- summary: Summary\n"
    given = {"sections": [{"key": "a", "heading": "*A*"}]}
    assert parse_markup(template.render("title", given))[1].text == "a: *A*"


def test_sibling_include_and_import(tmp_path):
    folder = make_template(
        tmp_path,
        {
            "title.j2": "{% import 'macros.j2' as m %}# {{ m.loud(briefing.title) }}\n"
            "{% include 'part_two.j2' %}",
            "macros.j2": "{% macro loud(x) %}{{ x | upper }}{% endmacro %}",
            "part_two.j2": "## second\n",
        },
    )
    assert load_template(folder).render("title", FULL).splitlines() == [
        "# WATER SECURITY PLAN FOR THE MURRAY–DARLING BASIN",
        "## second",
    ]


# ---- the registry ------------------------------------------------------------------------


def test_unknown_template(bundled):
    with pytest.raises(TemplateError) as caught:
        bundled.get("cabinet-submission")
    assert str(caught.value) == (
        "No template 'cabinet-submission'. Available: briefing-note, decision-memo, "
        "hintergrundinformation, key-messages, leitungsvorlage, meeting-brief, sprechzettel."
    )
    assert caught.value.template_id == "cabinet-submission"


def test_user_templates_cannot_shadow_bundled_ones(tmp_path):
    user = tmp_path / "user"
    make_template(user, {}, name="briefing-note")
    make_template(user, {}, name="my-note")
    templates = Templates([BUNDLED, user, tmp_path / "missing", None])
    assert templates.get("briefing-note").folder == BUNDLED / "briefing-note"
    assert templates.get("my-note").name == "Hostile"
    assert len(templates.list()) == len(IDS + GERMAN_IDS) + 1
    [problem] = templates.problems
    assert problem.template_id == "briefing-note"
    assert "already has this id; rename the folder" in str(problem)


def test_broken_user_template_is_reported_not_fatal(tmp_path):
    user = tmp_path / "user"
    make_template(user, {"title.j2": "ok\n{% if %}"}, name="broken")
    (user / ".hidden").mkdir()
    templates = Templates([BUNDLED, user])
    assert {t.id for t in templates.list()} == set(IDS + GERMAN_IDS)
    [problem] = templates.problems
    assert (problem.template_id, problem.filename, problem.lineno) == ("broken", "title.j2", 2)
    with pytest.raises(TemplateError, match=r"^Template 'broken', file title.j2, line 2: "):
        templates.get("broken")


def test_template_error_is_a_plain_exception():
    error = TemplateError("x went wrong.", "decision-memo", "closing.j2", 4)
    assert isinstance(error, Exception)
    assert str(error) == "Template 'decision-memo', file closing.j2, line 4: x went wrong."
    assert (error.template_id, error.filename, error.lineno) == ("decision-memo", "closing.j2", 4)


# ---- the sandbox ---------------------------------------------------------------------------

# (source of title.j2, line the error is reported at, fragment of the message)
HOSTILE = {
    "mro": ("{{ ''.__class__.__mro__ }}", 2, "not allowed: access to attribute '__class__'"),
    "subclasses": ("{{ ().__class__.__base__.__subclasses__() }}", 2, "not allowed"),
    "cycler-globals": ("{{ cycler.__init__.__globals__ }}", 2, "not allowed"),
    "joiner-globals": ("{{ joiner.__init__.__globals__ }}", 2, "not allowed"),
    "format-escape": ("{{ '{0.__class__}'.format(briefing) }}", 2, "not allowed"),
    "format-map-escape": ("{{ '{x.__class__}'.format_map({'x': 1}) }}", 2, "not allowed"),
    "attr-filter": ("{{ briefing | attr('__class__') }}", 2, "not allowed"),
    "map-attribute": ("{{ sections | map(attribute='__class__') | first }}", 2, "not allowed"),
    "template-reference": ("{{ self._TemplateReference__context }}", 2, "not allowed"),
    "item-escape": ("{{ briefing['__class__'] }}", 2, "not allowed"),
    "type-mro": ("{{ dict.mro() }}", 2, "not allowed"),
    "mutate-context": ("{{ briefing.update({'title': 'x'}) }}", 2, "not allowed"),
    "include-traversal": ("{% include '../../etc/passwd' %}", 2, "cannot use '../../etc/passwd'"),
    "import-absolute": ("{% import '/etc/passwd' as x %}", 2, "cannot use '/etc/passwd'"),
    "include-subfolder": ("{% include 'a/b.j2' %}", 2, "cannot use 'a/b.j2'"),
    "include-missing": ("{% include 'nowhere.j2' %}", 2, "there is no file 'nowhere.j2'"),
    "extends-self": ("{% extends 'title.j2' %}", 2, "too deeply nested"),
    "include-self": ("{% include 'title.j2' %}", 2, "too deeply nested"),
    "recursive-macro": (
        "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}",
        2,
        "nested more than 100 deep",
    ),
    "branching-recursion": (
        (
            "{% macro f(n) %}{% if n < 60 %}{{ f(n + 1) }}{{ f(n + 1) }}"
            "{% endif %}{% endmacro %}{{ f(0) }}"
        ),
        2,
        "took longer than 1 s",
    ),
    "string-times-big": ("{{ 'x' * 50000000 }}", 2, "about 100,000,000 characters"),
    "list-times-big": ("{{ ['x' * 100000] * 100000 }}", 2, "the limit is 1,000,000"),
    "huge-output": (
        "{% for i in range(100000) %}{% for j in range(100000) %}{{ i }}{% endfor %}{% endfor %}",
        2,
        "output is longer than 100,000 characters",
    ),
    "busy-loops": (
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
        2,
        "took longer than 1 s",
    ),
    "range-too-big": ("{{ range(10**9) | list }}", 2, "too large"),
    "range-step": ("{{ range(0, 10**6, 1) | list }}", 2, "Range too big"),
    "power": ("{{ 10 ** (10 ** 10) }}", 2, "more than 4096 bits"),
    "center": ("{{ 'x' | center(999999999) }}", 2, "too large"),
    "ljust": ("{{ 'x'.ljust(999999) * 2 }}", 2, "the limit is 1,000,000"),
    "printf-width": ("{{ '%999999999s' | format('x') }}", 2, "the limit is 1,000,000"),
    "percent-width": ("{{ '%999999999s' % 'x' }}", 2, "the limit is 1,000,000"),
    "format-width": ("{{ '{:>999999999}'.format('x') }}", 2, "the limit is 1,000,000"),
    "concat-doubling": (
        (
            "{% macro f(s, n) %}{% if n %}{{ f(s ~ s, n - 1) }}{% else %}"
            "{{ s | length }}{% endif %}{% endmacro %}{{ f('x', 60) }}"
        ),
        2,
        "the limit is 1,000,000",
    ),
    "namespace-doubling": (
        (
            "{% set ns = namespace(s='x') %}{% for i in range(60) %}"
            "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s | length }}"
        ),
        2,
        "the limit is 1,000,000",
    ),
    "replace-amplify": (
        "{% set s = 'x' * 100000 %}{{ s | replace('', s) }}",
        2,
        "the limit is 1,000,000",
    ),
    "str-replace-amplify": (
        "{% set s = 'x' * 100000 %}{{ s.replace('', s) }}",
        2,
        "the limit is 1,000,000",
    ),
    "str-join-amplify": (
        "{% set s = 'x' * 1000 %}{{ s.join([s] * 1000) }}",
        2,
        "the limit is 1,000,000",
    ),
    "join-generator": (
        "{{ range(100000) | map('center', 1000) | join }}",
        2,
        "the limit is 1,000,000",
    ),
    "macro-buffer": (
        (
            "{% macro m() %}{% for i in range(100000) %}{{ 'x' * 100000 }}"
            "{% endfor %}{% endmacro %}{{ m() | length }}"
        ),
        2,
        "the limit is 1,000,000",
    ),
    "set-block": (
        (
            "{% set s %}{% for i in range(100000) %}xxxxxxxxxxxxxxxxxxxx{% endfor %}"
            "{% endset %}{{ s | length }}"
        ),
        2,
        "the limit is 1,000,000",
    ),
    "sum-lists": ("{{ [[1]] * 10000 | sum(start=[]) }}", 2, "adds numbers only"),
    "undefined-name": (
        "{{ config }}",
        2,
        "'config' is not defined (a part can use briefing, template and sections)",
    ),
    "undefined-attribute": ("{{ briefing.nme }}", 2, "'briefing' has no attribute 'nme'"),
    "no-lipsum": ("{{ lipsum(5) }}", 2, "'lipsum' is not defined"),
    "syntax-error": ("ok\n{% if %}\n", 3, "Expected an expression"),
    "unknown-filter": ("{{ briefing.title | shout }}", 2, "No filter named 'shout'"),
    "runtime-error": ("{{ 1 / 0 }}", 2, "line 2: division by zero."),
}


@pytest.mark.parametrize("case", HOSTILE, ids=list(HOSTILE))
def test_hostile_template_fails_cleanly(tmp_path, case):
    source, lineno, fragment = HOSTILE[case]
    folder = make_template(tmp_path, {"title.j2": "Line one\n" + source})
    started = time.monotonic()
    with pytest.raises(TemplateError) as caught:
        load_template(folder).render("title", FULL)
    assert time.monotonic() - started < 3
    error = caught.value
    assert type(error) is TemplateError
    assert (error.template_id, error.filename, error.lineno) == ("hostile", "title.j2", lineno)
    assert str(error).startswith(f"Template 'hostile', file title.j2, line {lineno}: ")
    assert fragment in str(error)
    assert "Traceback" not in str(error)


def test_error_in_an_included_file_names_that_file(tmp_path):
    folder = make_template(
        tmp_path,
        {
            "title.j2": "# x\n{% include 'inner.j2' %}\n",
            "inner.j2": "fine\nfine\n{{ briefing.nope }}\n",
        },
    )
    with pytest.raises(TemplateError) as caught:
        load_template(folder).render("title", FULL)
    assert (caught.value.filename, caught.value.lineno) == ("inner.j2", 3)


def test_syntax_errors_are_found_when_loading(tmp_path):
    folder = make_template(tmp_path, {"closing.j2": "### Decision\n[ ] Agreed\n{% for %}\n"})
    with pytest.raises(TemplateError) as caught:
        load_template(folder)
    assert (caught.value.filename, caught.value.lineno) == ("closing.j2", 3)


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
def test_symlinked_file_is_refused(tmp_path):
    folder = make_template(tmp_path, {})
    (folder / "secret.j2").symlink_to("/etc/passwd")
    with pytest.raises(TemplateError, match="secret.j2 is a symbolic link"):
        load_template(folder)


@pytest.mark.parametrize(
    ("content", "fragment"),
    [(b"\xff\xfe# title", "not UTF-8 text"), ("x" * 70_000, "longer than 64,000 characters")],
)
def test_unreadable_part_files(tmp_path, content, fragment):
    folder = make_template(tmp_path, {"title.j2": content})
    with pytest.raises(TemplateError, match=fragment):
        load_template(folder)


def test_output_just_under_the_cap_is_fine(tmp_path):
    folder = make_template(
        tmp_path,
        {"title.j2": "{{ 'x' * 99000 }}{% for i in range(1000) %}{{ i % 10 }}{% endfor %}"},
    )
    assert len(load_template(folder).render("title", FULL)) == 100_000


def test_rendering_leaves_the_trace_function_alone(tmp_path):
    def tracer(frame, event, arg):
        return None

    folder = make_template(tmp_path, {"title.j2": "{% for i in range(10**5) %}{% endfor %}"})
    template = load_template(folder)
    sys.settrace(tracer)
    try:
        template.render("title", FULL)
        assert sys.gettrace() is tracer
    finally:
        sys.settrace(None)


def test_time_limit_applies_per_thread(tmp_path, monkeypatch):
    monkeypatch.setattr(template_sandbox, "TIME_LIMIT", 0.3)
    folder = make_template(
        tmp_path,
        {
            "title.j2": "{% for i in range(100000) %}"
            "{% for j in range(100000) %}{% endfor %}{% endfor %}"
        },
    )
    template, errors = load_template(folder), []

    def run():
        try:
            template.render("title", FULL)
        except TemplateError as error:
            errors.append(error)

    worker = threading.Thread(target=run)
    worker.start()
    worker.join(10)
    assert not worker.is_alive()
    assert "took longer than 0.3 s" in str(errors[0])


# ---- manifests -----------------------------------------------------------------------------

SECTION = '[[sections]]\nkey = "summary"\nheading = "Summary"\nguidance = "Say it."\n'
HEAD = 'name = "N"\ndescription = "D"\nversion = "1.0"\n'

BAD_MANIFESTS = {
    "bad-toml": (HEAD + "citation_style = \n" + SECTION, 4, "not valid TOML"),
    "missing-name": ('description = "D"\nversion = "1"\n' + SECTION, None, "'name' is missing"),
    "number-version": (
        'name = "N"\ndescription = "D"\nversion = 1\n' + SECTION,
        3,
        "'version' must be text in quotes",
    ),
    "empty-description": (
        'name = "N"\ndescription = ""\nversion = "1"\n' + SECTION,
        2,
        "'description' must be text",
    ),
    "unknown-setting": (HEAD + "sectons = 1\n" + SECTION, 4, "unknown setting 'sectons'"),
    "bad-page-size": (HEAD + 'page = { size = "B5" }\n' + SECTION, 4, "page size 'B5'"),
    "bad-orientation": (
        HEAD + 'page = { orientation = "sideways" }\n' + SECTION,
        4,
        "orientation 'sideways'",
    ),
    "bad-citation-style": (
        HEAD + 'citation_style = "Chicago Style!"\n' + SECTION,
        4,
        "'citation_style' must be a style name",
    ),
    "unknown-metadata": (
        HEAD + 'required_metadata = ["title", "budget"]\n' + SECTION,
        4,
        "'budget', which is not a briefing field",
    ),
    "metadata-not-list": (
        HEAD + 'required_metadata = "title"\n' + SECTION,
        4,
        "must be a list of names",
    ),
    "no-sections": (HEAD, None, "there are no sections"),
    "sections-not-tables": (HEAD + 'sections = ["a"]\n', 4, "[[sections]] tables"),
    "duplicate-keys": (
        HEAD + SECTION + SECTION,
        9,
        "section 2 ('summary'): the key 'summary' is already used by section 1",
    ),
    "missing-guidance": (
        HEAD + '[[sections]]\nkey = "a"\nheading = "A"\n',
        4,
        "section 1 ('a'): 'guidance' is missing",
    ),
    "bad-key": (
        HEAD + SECTION.replace('"summary"', '"Key Points"'),
        5,
        "the key must be lower-case letters",
    ),
    "word-limit-text": (
        HEAD + SECTION + 'word_limit = "200"\n',
        8,
        "'word_limit' must be a whole number of words (0 for no limit), not '200'",
    ),
    "word-limit-negative": (HEAD + SECTION + "word_limit = -5\n", 8, "not -5"),
    "word-limit-bool": (HEAD + SECTION + "word_limit = true\n", 8, "not True"),
    "required-text": (HEAD + SECTION + 'required = "yes"\n', 8, "'required' must be true or false"),
    "unknown-section-setting": (
        HEAD + SECTION + "limit = 3\n",
        8,
        "unknown setting 'limit' (a section has: key, heading,",
    ),
}


@pytest.mark.parametrize("case", BAD_MANIFESTS, ids=list(BAD_MANIFESTS))
def test_bad_manifest(tmp_path, case):
    text, lineno, fragment = BAD_MANIFESTS[case]
    folder = make_template(tmp_path, {"manifest.toml": text})
    with pytest.raises(TemplateError) as caught:
        load_template(folder)
    error = caught.value
    assert (error.template_id, error.filename, error.lineno) == ("hostile", "manifest.toml", lineno)
    assert fragment in str(error)
    assert str(error).endswith(".")


def test_manifest_defaults(tmp_path):
    template = load_template(make_template(tmp_path, {}))
    assert isinstance(template, Template)
    assert (template.page_size, template.orientation) == ("A4", "portrait")
    assert template.citation_style == DEFAULT_CITATION_STYLE
    assert template.required_metadata == ("title",)
    [section] = template.sections
    assert (section.required, section.word_limit) == (False, 0)
    assert template.reference_docx is None


@pytest.mark.parametrize(
    ("files", "name", "fragment"),
    [
        ({"manifest.toml": b'name = "\xff"\n'}, "hostile", "not UTF-8"),
        ({}, "my template", "may use only letters, digits"),
    ],
)
def test_unusable_folders(tmp_path, files, name, fragment):
    folder = make_template(tmp_path, files, name=name)
    with pytest.raises(TemplateError, match=fragment):
        load_template(folder)


def test_missing_manifest_or_title(tmp_path):
    folder = make_template(tmp_path, {})
    (folder / "title.j2").unlink()
    with pytest.raises(TemplateError, match="has no title.j2"):
        load_template(folder)
    (folder / "manifest.toml").unlink()
    with pytest.raises(TemplateError, match="has no manifest.toml"):
        load_template(folder)


# ---- the markup ----------------------------------------------------------------------------


def test_parse_markup_kinds():
    text = (
        "\n\n# Title\n## Sub\n### Heading\n- bullet\n[ ] Agreed\n[ ]\n___\n____ Date\n"
        "plain text\n\n\n\n  indented  \n\n"
    )
    assert parse_markup(text) == [
        Line("title", (("Title", False),)),
        Line("subtitle", (("Sub", False),)),
        Line("heading", (("Heading", False),)),
        Line("bullet", (("bullet", False),)),
        Line("checkbox", (("Agreed", False),)),
        Line("checkbox", ()),
        Line("signature", ()),
        Line("signature", (("Date", False),)),
        Line("paragraph", (("plain text", False),)),
        Line("blank", ()),
        Line("paragraph", (("indented", False),)),
    ]


def test_parse_markup_spans():
    [line] = parse_markup("**Label:** value and **more** text")
    assert line.spans == (
        ("Label:", True),
        (" value and ", False),
        ("more", True),
        (" text", False),
    )
    assert line.text == "Label: value and more text"
    assert parse_markup("a ** b")[0].spans == (("a ** b", False),)
    assert parse_markup("**a** **b")[0].spans == (("a", True), (" **b", False))
    assert parse_markup("## **All bold**")[0] == Line("subtitle", (("All bold", True),))
    assert parse_markup("\\*\\*not bold\\*\\* \\\\ end\\")[0].text == "**not bold** \\ end\\"
    assert parse_markup("#no space")[0].kind == "paragraph"
    assert parse_markup("___x")[0].kind == "paragraph"
    assert parse_markup("") == []


@pytest.mark.parametrize(
    "text", ["# a", "- b", "[ ] c", "___ d", "**e**", "\\f", "x\ny", "  ## g  ", "a * b"]
)
def test_escape_markup_round_trips(text):
    [line] = parse_markup(escape_markup(text))
    assert line.kind == "paragraph"
    assert line.spans == ((" ".join(text.splitlines()).strip(), False),)


# ---- reference.docx ------------------------------------------------------------------------

STYLE_NAMES = (
    "Normal",
    "Title",
    "Subtitle",
    "heading 1",
    "heading 2",
    "heading 3",
    "List Bullet",
    "header",
    "footer",
    "footnote text",
    "footnote reference",
)


def _style_names(document) -> set[str]:
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    return {el.get(f"{w}val") for el in document.styles.element.iter(f"{w}name")}


@pytest.mark.parametrize("template_id", IDS + GERMAN_IDS)
def test_reference_docx(template_id):
    document = docx.Document(str(BUNDLED / template_id / "reference.docx"))
    section = document.sections[0]
    assert abs(section.page_width.mm - 210) < 0.5 and abs(section.page_height.mm - 297) < 0.5
    assert set(STYLE_NAMES) <= _style_names(document)
    assert document.paragraphs == [] or all(not p.text for p in document.paragraphs)
    assert section.header.paragraphs[0].style.name == "Header"
    assert section.footer.paragraphs[0].style.name == "Footer"
    assert document.styles["Title"].font.name and document.styles["Normal"].font.size


def test_reference_docx_looks_differ():
    looks = set()
    for template_id in IDS + GERMAN_IDS:
        styles = docx.Document(str(BUNDLED / template_id / "reference.docx")).styles
        heading = styles["Heading 1"].font
        looks.add((styles["Normal"].font.name, heading.name, str(heading.color.rgb)))
    assert len(looks) == len(IDS + GERMAN_IDS)


@pytest.fixture
def script(monkeypatch):
    """scripts/make_reference_docx.py as a module."""
    path = ROOT / "scripts" / "make_reference_docx.py"
    spec = importlib.util.spec_from_file_location("make_reference_docx", path)
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # dataclasses look their module up
    monkeypatch.setattr(sys, "path", list(sys.path))  # the script adds the checkout to it
    spec.loader.exec_module(module)
    return module


def test_reference_docx_files_are_up_to_date_and_deterministic(script, capsys):
    assert script.main(["--check"]) == 0, capsys.readouterr().err
    look = script.LOOKS["decision-memo"]
    first, second = script.build(look), script.build(look)
    assert first == second
    with zipfile.ZipFile(BUNDLED / "decision-memo" / "reference.docx") as archive:
        assert {i.date_time for i in archive.infolist()} == {script.ZIP_TIME}
    landscape = docx.Document(io.BytesIO(script.build(look, "A4", "landscape")))
    assert landscape.sections[0].page_width > landscape.sections[0].page_height
