"""One check of language codes (core/text/languages.py) for sources and templates alike."""

from __future__ import annotations

import pytest

from briefing.core.importing.base import ImportedDocument
from briefing.core.importing.errors import MetadataError
from briefing.core.importing.sources import build_source
from briefing.core.templates.manifest import ManifestProblem, read_manifest
from briefing.core.text.languages import is_language_code

CODES = ["de", "en-GB", "zh-Hans-CN", "gsw", "es-419"]
# (An import also takes "EN" and "DE-de": it writes the primary language in lower case first.)
NOT_CODES = ["D", "deutsch", "en_GB", "en-", "de-DE-x-a-b-c", "zh-Hans-CN-1996-extra", "e1"]


def test_the_one_check():
    assert all(is_language_code(c) for c in CODES)
    assert not any(is_language_code(c) for c in NOT_CODES)


def _imports(code: str) -> bool:
    document = ImportedDocument(text="Hallo Welt.", format="txt")
    try:
        build_source(document, {"title": "T", "language": code})
    except MetadataError:
        return False
    return True


def _template_takes(tmp_path, code: str) -> bool:
    folder = tmp_path / code.replace("/", "_")
    folder.mkdir()
    (folder / "manifest.toml").write_text(
        f'name = "T"\ndescription = "D"\nversion = "1"\nlanguage = "{code}"\n'
        '[[sections]]\nkey = "a"\nheading = "A"\nguidance = "G"\n',
        encoding="utf-8")
    try:
        read_manifest(folder / "manifest.toml")
    except ManifestProblem:
        return False
    return True


@pytest.mark.parametrize("code", CODES + NOT_CODES)
def test_sources_and_templates_agree(tmp_path, code):
    assert _imports(code) == _template_takes(tmp_path, code) == is_language_code(code)
