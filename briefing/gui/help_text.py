"""Help > Briefing Help: how to work, and a table of the keys, read from the menus themselves
(so the help can never name a key the app does not have)."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtGui import QKeySequence

from briefing.gui.language import translate


def intro() -> str:
    """How to work with Briefing, in the interface's language (one paragraph per part)."""
    parts = (
        translate(
            "Help", "<p><b>Find</b> facts in the library on the left (Ctrl+F; Down moves into "
            "the results). Every word must match; accents, case and ß/ss do not matter. "
            "<code>\"exact phrase\"</code> finds words together, <code>-word</code> leaves out "
            "claims with the word, <code>OR</code> between words finds either. Filter by "
            "topic, actor, source, kind, status (including retired claims) or event date; "
            "click a column heading to sort by it (again to reverse, a third time for best "
            "match).</p>"),
        translate(
            "Help", "<p><b>Add</b> a claim to the target section with Enter, by dragging it "
            "onto the outline, or with the right-click menu. The target section is the one "
            "selected in the outline; choose it with Ctrl+1…Ctrl+9 or Edit &gt; Target "
            "Section. Claims already in the briefing are marked ✓.</p>"),
        translate(
            "Help", "<p><b>Write</b> your own paragraphs with <i>Add Paragraph</i>. Select a "
            "claim to write <i>commentary</i> on it (printed in the briefing after the claim), "
            "and any item to keep a <i>private note</i> on it (kept in the file, never "
            "exported; marked ✎ in the outline). Move items with drag and drop or "
            "Ctrl+Up/Ctrl+Down; Delete removes. The foot of the outline shows the briefing's "
            "length and its pages as the PDF export has them.</p>"),
        translate(
            "Help", "<p><b>Check</b> the selected claim in the Inspector on the right; "
            "<i>Show in Source</i> opens its source with the quote highlighted and centred. "
            "Ctrl+F finds words there; F3 and Shift+F3 go to the next and the previous "
            "match.</p>"),
        translate(
            "Help", "<p>Every edit can be undone and redone, typing included (consecutive "
            "typing is one step). Unsaved work is autosaved to a recovery file every few "
            "seconds; File &gt; Recover Unsaved Work opens it.</p>"),
        translate(
            "Help", "<p><b>Export</b> to Word, PDF, Markdown or HTML: each cited claim gets a "
            "footnote in the chosen citation style. The preflight lists what a reviewer would "
            "flag; click a finding to go to it.</p>"),
        translate(
            "Help", "<p><b>Curators</b> (View &gt; Curator Mode) can import documents, capture "
            "claims from a source, edit claims and retire them (Undo, or Restore, brings them "
            "back).</p>"),
    )
    return "<h3>Briefing</h3>\n" + "\n".join(parts)


def _native(*keys: str) -> str:
    return ", ".join(QKeySequence(key).toString(QKeySequence.NativeText) for key in keys)


def _alt_key(text: str) -> str:
    """The Alt key of a button's mnemonic ("Add &Paragraph": Alt+P), or ""."""
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return _native(f"Alt+{found.group(1).upper()}") if found else ""


def pane_keys(buttons=()) -> list[tuple[str, str, str]]:
    """The keys the panes handle themselves (not in a menu), and the Alt keys of ``buttons``
    (the composer's): rows of place, action, keys."""
    library, outline = translate("Help", "Library"), translate("Help", "Outline")
    rows = [
        (library, translate("Help", "From the search box into the results"), _native("Down")),
        (library, translate("Help", "Add the selected claims to the target section"),
         _native("Enter")),
        (outline, translate("Help", "Move the selected item up, down"),
         _native("Ctrl+Up", "Ctrl+Down")),
        (outline, translate("Help", "Remove the selected item"), _native("Del")),
        (translate("Help", "Source"), translate("Help", "Next match, previous match"),
         _native("F3", "Shift+F3")),
    ]
    rows += [(translate("Help", "Composer"), button.text(), _alt_key(button.text()))
             for button in buttons if _alt_key(button.text())]
    return rows


def keys_table(menus, buttons=()) -> str:
    """Every menu action with a key, then the keys the panes handle themselves (see
    ``pane_keys``), as an HTML table: menu or place, action, keys."""
    rows = []
    for menu in menus:
        for action in menu.actions():
            if action.menu() is not None:
                submenu = action.menu()
                keyed = [a for a in submenu.actions() if a.shortcuts()]
                if keyed:
                    first, last = keyed[0], keyed[-1]
                    keys = (f"{_keys(first)} … {_keys(last)}" if len(keyed) > 1
                            else _keys(first))
                    rows.append((menu.title(), action.text(), keys))
                continue
            if action.shortcuts():  # (Undo and Redo by their name, not the step's)
                rows.append((menu.title(), action.property("help_name") or action.text(),
                             _keys(action)))
    rows += pane_keys(buttons)
    body = "".join(
        f"<tr><td>{escape(_plain(menu))}</td><td>{escape(_plain(text))}</td>"
        f"<td>{escape(keys)}</td></tr>" for menu, text, keys in rows)
    head = "".join(f"<th align='left'>{escape(column)}</th>" for column in (
        translate("Help", "Menu"), translate("Help", "Action"), translate("Help", "Keys")))
    title = escape(translate("Help", "Keys"))
    return (f"<h4>{title}</h4><table cellspacing='4'>"
            f"<tr>{head}</tr>{body}</table>")


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def _keys(action) -> str:
    """The action's keys a person presses: not the dedicated Undo/Redo keys of some keyboards
    (F14, "Undo") that Qt also binds."""
    keys = [key.toString(QKeySequence.NativeText) for key in action.shortcuts()]
    shown = [k for k in keys if "+" in k or re.fullmatch(r"F([1-9]|1[0-2])|Del(ete)?", k)]
    return ", ".join(shown or keys)


def help_html(menus, buttons=()) -> str:
    return intro() + keys_table(menus, buttons)
