"""File names from titles are valid on Windows, macOS and Linux."""

from __future__ import annotations

import pytest

from briefing.core.text.filenames import file_name


@pytest.mark.parametrize("title, name", [
    ("AI race", "AI race.briefing"),
    ('AI: US/China? "race" <2025> | *draft* \\ v2', "AI US China race 2025 draft v2.briefing"),
    ("Ends with dots...", "Ends with dots.briefing"),
    ("  \t\n  ", "briefing.briefing"),
    ("CON", "briefing CON.briefing"),
    ("nul.txt", "briefing nul.txt.briefing"),
    ("Exportkontrollen für Chips", "Exportkontrollen für Chips.briefing"),
    ("a\x00b\x1bc", "a b c.briefing"),
    ("../../etc/passwd", "etc passwd.briefing"),  # never a path, never a hidden file
    (".hidden", "hidden.briefing"),
])
def test_file_name(title, name):
    assert file_name(title, ".briefing") == name


def test_long_titles_are_cut():
    assert len(file_name("x" * 500, ".briefing")) == 120 + len(".briefing")
