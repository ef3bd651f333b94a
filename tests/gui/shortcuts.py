"""Every key a window answers to: its actions' shortcuts, QShortcuts, and the mnemonics (Alt+
letter) of its menus, buttons, labels and tabs, with what each belongs to.

Two things answering the same key in one window make the key ambiguous: Qt then prints
"Ambiguous shortcut overload" and does nothing (actions), or only moves the focus between them
(mnemonics). Widgets on different pages of one tab or stacked widget are never shown together,
so they may share a mnemonic.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QStackedWidget,
    QTabBar,
    QWidget,
)

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return f"Alt+{found.group(1).upper()}" if found else None


def _pages(widget: QWidget) -> tuple:
    """(stack, page) pairs above ``widget``: which page of which tab/stacked widget it is on."""
    path, child, parent = [], widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget):
            path.append((id(parent), parent.indexOf(child)))
        child, parent = parent, parent.parentWidget()
    return tuple(path)


def _exclusive(a: tuple, b: tuple) -> bool:
    """Never shown together: on different pages of one stack."""
    pages_b = dict(b)
    return any(stack in pages_b and pages_b[stack] != page for stack, page in a)


def _name(obj) -> str:
    text = obj.text() if hasattr(obj, "text") and callable(obj.text) else ""
    return f"{obj.__class__.__name__} {text or obj.objectName()!r}"


def _in(window: QWidget, obj) -> bool:
    """``obj`` belongs to ``window`` itself, not to a dialog that is its child."""
    while obj is not None and not isinstance(obj, QWidget):
        obj = obj.parent()
    return obj is not None and obj.window() is window


def keys_of(window: QWidget) -> list[tuple[str, str, tuple]]:
    """(key, owner, pages) for every key ``window`` answers to while no menu is open."""
    found = []
    for action in window.findChildren(QAction):
        if not _in(window, action):
            continue
        if action.isSeparator() or action.menu() is not None and not action.shortcut():
            continue
        if isinstance(action.parent(), QMenu) and action.parent().parent() is None:
            continue  # a context menu's action: only while that menu is open
        for key in action.shortcuts():
            found.append((key.toString(), f"action {action.text()!r}", ()))
    for shortcut in window.findChildren(QShortcut):
        if shortcut.isEnabled() and _in(window, shortcut):
            for key in shortcut.keys():  # noqa: SIM118  (QShortcut.keys(), not a dict)
                found.append((key.toString(), f"shortcut {shortcut.objectName()!r}",
                              _pages(shortcut.parent())))
    for bar in window.findChildren(QMenuBar):
        for action in bar.actions():
            key = mnemonic(action.text())
            if key:
                found.append((key, f"menu {action.text()!r}", ()))
    for widget in window.findChildren(QWidget):
        if widget.window() is not window:
            continue
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                key = mnemonic(widget.tabText(index))
                if key:
                    found.append((key, f"tab {widget.tabText(index)!r}", _pages(widget)))
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        if isinstance(widget, QAbstractButton) and widget.parentWidget() is not None and \
                isinstance(widget.parentWidget(), QTabBar):
            continue
        if isinstance(widget, (QAbstractButton, QLabel, QGroupBox)):
            text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
            key = mnemonic(text)
            if key and not widget.isHidden() or key and widget.isVisibleTo(window):
                found.append((key, _name(widget), _pages(widget)))
    return found


def clashes(window: QWidget) -> list[str]:
    """Each key two owners in ``window`` answer to, in words."""
    keys = keys_of(window)
    problems = []
    for i, (key, owner, pages) in enumerate(keys):
        for other_key, other, other_pages in keys[i + 1:]:
            same = QKeySequence(key).matches(QKeySequence(other_key)) == QKeySequence.ExactMatch
            if same and owner != other and not _exclusive(pages, other_pages):
                problems.append(f"{key}: {owner} and {other}")
            elif same and owner == other:
                problems.append(f"{key} is given twice to {owner}")
    return problems


def menu_clashes(window: QWidget) -> list[str]:
    """Mnemonics repeated inside one open menu."""
    problems = []
    for menu in window.findChildren(QMenu):
        if not _in(window, menu.parent()):
            continue
        seen: dict[str, str] = {}
        for action in menu.actions():
            key = mnemonic(action.text())
            if key and key in seen:
                problems.append(f"{key} in menu {menu.title()!r}: {seen[key]!r} and "
                                f"{action.text()!r}")
            elif key:
                seen[key] = action.text()
    return problems


def all_windows(window) -> list[QWidget]:
    """The main window and every dialog it can open, built (not shown)."""
    from briefing.gui.widgets.claim_dialog import ClaimDialog
    from briefing.gui.widgets.export_dialog import ExportDialog
    from briefing.gui.widgets.import_dialog import ImportDialog
    from briefing.gui.widgets.new_dialog import NewBriefingDialog
    from briefing.gui.widgets.source_viewer import SourceViewer

    c = window.controller
    source = c.source(c.claim("dn-waic-06").source_id)
    built = [window,
             ExportDialog(c, window.prompter, "", window),
             NewBriefingDialog(c.templates.list(), window),
             SourceViewer(source, c.claim("dn-waic-06"), (), curating=True, parent=window),
             SourceViewer(source, None, (), curating=False, parent=window),
             ClaimDialog("quote", [], [], lambda fields: None, None, window)]
    from briefing.core.importing.reader import read_bytes

    document = read_bytes(b"A title\n\nSome text of the document.", "x.txt")
    built.append(ImportDialog(document, "x.txt", lambda overrides: None, window))
    return built
