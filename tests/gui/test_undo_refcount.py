"""Canary for PySide6's undo stack: typing pushes one command per key, and a binding that
drops a reference on each redo/undo makes Python abort after about a thousand keys
("Fatal Python error: none_dealloc", seen with PySide6 6.12.0 on Python 3.11, where None is
not immortal). The composer's own path is measured, not a toy command."""

import sys

import pytest

from briefing.core.documents import Paragraph

pytestmark = pytest.mark.skipif(sys.version_info >= (3, 12),
                                reason="None is immortal from Python 3.12: nothing to drop")


@pytest.mark.slow
def test_typing_a_thousand_keys_keeps_pythons_none_alive(window):
    controller = window.controller
    key = controller.document.sections[0].key
    uid = controller.add_paragraph(key)
    assert isinstance(controller.document.find(uid)[0].items[0], Paragraph)
    text = ""
    before = sys.getrefcount(None)
    for n in range(1000):  # one key at a time, as the composer's box reports them
        text += "ab "[n % 3]
        controller.type_text(uid, "text", text, n, 0, 1)
    for _ in range(200):
        controller.undo_stack.undo()
        controller.undo_stack.redo()
    assert sys.getrefcount(None) - before > -100, "the undo stack is dropping references to None"
