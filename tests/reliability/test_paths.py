"""Saving and exporting write exactly the chosen file: odd names work, nothing lands elsewhere,
a symlink at the chosen path is replaced rather than followed."""

from __future__ import annotations

import os

import pytest

from briefing.core.atomic import WriteError
from briefing.core.documents import Briefing, Paragraph, Section
from briefing.core.documents import files as documents
from briefing.export.pipeline import ExportSettings

ODD = ["Brief ü 互联网 'x' \"y\".briefing", "-leading dash.briefing", "tab\there.briefing",
       "new\nline.briefing", "emoji 🙂.briefing", ".hidden.briefing", "a" * 200 + ".briefing"]


def _doc():
    return Briefing(title="T", template="briefing-note",
                    sections=[Section("summary", "Summary", [Paragraph("x")])])


@pytest.mark.parametrize("name", ODD)
def test_odd_names_save_and_load(tmp_path, name):
    folder = tmp_path / "out"
    folder.mkdir()
    documents.save(_doc(), folder / name)
    assert os.listdir(folder) == [name]
    assert documents.load(folder / name).title == "T"
    assert sorted(os.listdir(tmp_path)) == ["out"]  # nothing written beside the folder


def test_a_symlink_at_the_chosen_path_is_replaced_not_followed(tmp_path):
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("precious")
    link = tmp_path / "b.briefing"
    link.symlink_to(elsewhere)
    documents.save(_doc(), link)
    assert elsewhere.read_text() == "precious"
    assert not link.is_symlink() and documents.load(link).title == "T"


def test_exports_with_odd_names(tmp_path, exporter, briefing):
    for name in ("Brief ü 互联网 'x'.docx", "-x.pdf", "new\nline.md", "x y.html"):
        exporter.export(briefing, tmp_path / name, ExportSettings(format=name.rsplit(".")[-1]))
        assert (tmp_path / name).stat().st_size > 100
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]


@pytest.mark.parametrize("target", ["missing-folder/x.briefing", "."])
def test_impossible_targets_are_refused(tmp_path, target):
    with pytest.raises(WriteError):
        documents.save(_doc(), tmp_path / target)
