"""The German interface: every visible string of every window, menu, dialog and message is
German, mnemonics do not clash, and translations keep their placeholders.

German is installed (``Language(resources).install("de")``) before the main window is built and
removed after each test, so no other test sees it. A string that is still English is listed
with where it shows and why: "no German in the .ts" (marked, not yet translated) or "not
marked" (the code never passes it through ``translate``). tests/gui/translations.py has the
rules and the small allow-list of strings that are the same in both languages.
"""

from __future__ import annotations

import ast
import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)

from briefing.gui.language import NEXT_START, Language, translate
from tests.gui import translations as ts
from tests.gui.translations import QT_BUTTONS, QT_TEXTS, fields, messages, mnemonic, plain, problem

REPO = Path(__file__).resolve().parents[2]


# ---- German for one test -----------------------------------------------------------------------

@pytest.fixture
def german(qapp, paths):
    """The German interface for one test (the app's and Qt's translators), removed after it."""
    before = QLocale()
    language = Language(paths.resources)
    assert language.install("de") == "de", "briefing_de.qm is missing"
    yield language
    language.remove()
    QLocale.setDefault(before)


@pytest.fixture
def qt_german(german) -> frozenset[str]:
    """Qt's standard buttons in German (from qtbase_de.qm)."""
    found = set()
    for context in ("QPlatformTheme", "QDialogButtonBox", "QMessageBox"):
        for text in QT_BUTTONS:
            found.add(plain(translate(context, text)))  # "OK" is "OK" in German too
    for context, text in QT_TEXTS:
        found.add(plain(translate(context, text)))
    assert {"Abbrechen", "Speichern"} <= found, "qtbase_de.qm is not installed"
    return frozenset(found)


@pytest.fixture
def german_window(german, make_window, prompter, library, qtbot):
    window = make_window(prompter, library)
    # A German start opens a German template; the walk uses the briefing note, whose
    # sections the checks below name (template data is not the interface's to translate).
    qtbot.waitUntil(lambda: window.controller.document is not None)
    window.controller.new_document("briefing-note")
    return window


class Walk:
    """Collects every visible string of widgets, actions and menus, and what is wrong with
    each: English left behind, and clashing mnemonics."""

    def __init__(self, qt_german):
        self.qt_german = qt_german
        self.data: set[str] = set()  # user data and library data shown as they are
        self.untranslated: dict[str, list[str]] = {}  # what is wrong → where it shows
        self.clashes: list[str] = []
        self.mnemonic_groups = 0  # how many menus, windows and tab bars were checked
        self.seen = 0

    def allow(self, *data) -> None:
        self.data.update(d for d in data if d and len(d) > 1)

    def text(self, where: str, text: str) -> None:
        if not text or not text.strip():
            return
        self.seen += 1
        shown = text
        for data in sorted(self.data, key=len, reverse=True):
            shown = shown.replace(data, "\x00")
        if not re.sub(r"[\x00\W\d_]", "", shown):
            return
        wrong = problem(shown, self.qt_german)
        if wrong:
            self.untranslated.setdefault(wrong.replace("\x00", "…"), []).append(where)

    def _common(self, where: str, thing) -> None:
        for name in ("toolTip", "statusTip", "whatsThis", "accessibleName",
                     "accessibleDescription"):
            getter = getattr(thing, name, None)
            if getter is not None:
                self.text(f"{where} {name}", getter())

    def widget(self, root: QWidget, name: str) -> None:
        for widget in [root, *root.findChildren(QWidget)]:
            if isinstance(widget, (QMenu, QMenuBar)):
                continue  # walked from the menu bar
            where = f"{name} › {type(widget).__name__}"
            where += f"({widget.objectName()})" if widget.objectName() else ""
            if widget.isWindow():
                self.text(f"{where} title", widget.windowTitle())
            self._common(where, widget)
            if isinstance(widget, QLabel):
                self.text(f"{where} text", widget.text())
            if isinstance(widget, QAbstractButton):
                self.text(f"{where} text", widget.text())
            if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
                self.text(f"{where} placeholder", widget.placeholderText())
            if isinstance(widget, QGroupBox):
                self.text(f"{where} title", widget.title())
            if isinstance(widget, QTabWidget):
                for i in range(widget.count()):
                    self.text(f"{where} tab", widget.tabText(i))
                    self.text(f"{where} tab tooltip", widget.tabToolTip(i))
            if isinstance(widget, QComboBox):
                for i in range(widget.count()):
                    self.text(f"{where} item", widget.itemText(i))
            if isinstance(widget, QListWidget):
                for i in range(widget.count()):
                    self.text(f"{where} item", widget.item(i).text())
            header = (widget.horizontalHeader() if isinstance(widget, QTableView) else
                      widget.header() if isinstance(widget, QTreeView) else None)
            if header is not None and widget.model() is not None:
                for column in range(header.count()):
                    for role in (Qt.DisplayRole, Qt.ToolTipRole):
                        value = widget.model().headerData(column, Qt.Horizontal, role)
                        if isinstance(value, str):
                            self.text(f"{where} header", value)
            for action in widget.actions():
                self.action(action, where)

    def action(self, action, where: str, data: bool = False) -> None:
        if action.isSeparator():
            return
        where = f"{where} › {plain(action.text()) or 'action'}"
        if not data:
            self.text(f"{where} text", action.text())
            self._common(where, action)
        if action.menu() is not None:
            self.menu(action.menu(), where)

    def menu(self, menu: QMenu, where: str, data_menus=()) -> None:
        self.text(f"{where} title", menu.title())
        self._common(where, menu)
        for action in menu.actions():
            self.action(action, where, data=menu in data_menus)
        self.mnemonics(f"menu {plain(menu.title())}",
                       [a.text() for a in menu.actions() if not a.isSeparator() and a.isVisible()])

    def mnemonics(self, where: str, texts) -> None:
        self.mnemonic_groups += 1
        letters: dict[str, list[str]] = {}
        for text in texts:
            letter = mnemonic(text or "")
            if letter:
                letters.setdefault(letter, []).append(plain(text))
        for letter, names in sorted(letters.items()):
            if len(names) > 1:
                self.clashes.append(f"{where}: Alt+{letter.upper()} in {', '.join(names)}")

    def dialog_mnemonics(self, root: QWidget, where: str) -> None:
        """The mnemonics one window answers to: buttons, labels with a buddy, group boxes, tabs
        (and the menu bar's titles in the main window)."""
        texts = []
        for widget in [root, *root.findChildren(QWidget)]:
            if widget is not root and not widget.isVisibleTo(root):
                continue
            if isinstance(widget, QMenu):
                continue
            if isinstance(widget, QAbstractButton) or (
                    isinstance(widget, QLabel) and widget.buddy() is not None):
                texts.append(widget.text())
            if isinstance(widget, QGroupBox):
                texts.append(widget.title())
            if isinstance(widget, QTabBar):
                tabs = [widget.tabText(i) for i in range(widget.count())]
                texts += tabs
                self.mnemonics(f"{where} tab bar", tabs)
        self.mnemonics(where, texts)

    def report(self) -> str:
        lines = [f"{len(self.untranslated)} strings still in English:"]
        for wrong, where in sorted(self.untranslated.items()):
            more = f" (and {len(where) - 1} more)" if len(where) > 1 else ""
            lines.append(f"{wrong}\n      at {where[0]}{more}")
        return "\n".join(lines)


def _walk_main_window(walk: Walk, window) -> None:
    lib = window.library_pane
    for name in ("topic", "actor", "outlet", "source", "country", "language"):
        combo = lib.filters.get(name)
        if combo is not None:
            walk.allow(*(combo.itemText(i) for i in range(1, combo.count())))
    from briefing.core import notices

    # The CPAL attribution is the licence's notice word for word; section headings are the
    # template's.
    walk.allow(notices.ATTRIBUTION_PHRASE, notices.ATTRIBUTION_COPYRIGHT,
               notices.ATTRIBUTION_URL, *(s.heading for s in window.controller.document.sections))
    walk.widget(window, "main window")
    bar = window.menuBar()
    for action in bar.actions():
        walk.menu(action.menu(), f"menu bar › {plain(action.text())}",
                  data_menus=(window.recent_menu, window.target_menu))
    walk.mnemonics("menu bar", [a.text() for a in bar.actions()])


# ---- the main window, its menus and its dialogs --------------------------------------------------

def test_the_main_window_and_its_menus_are_german(german_window, qt_german):
    window = german_window
    window.set_curator_mode(True)  # its actions show too
    lib = window.library_pane
    lib.view.selectRow(0)  # the inspector shows a claim
    walk = Walk(qt_german)
    _walk_main_window(walk, window)
    window.set_curator_mode(False)
    assert walk.seen > 100, walk.seen
    assert not walk.untranslated, walk.report()


def _fill_dialogs(window, tmp_path):
    """Every dialog the app opens, built as the app builds it (not shown)."""
    from briefing.core.importing import read_document
    from briefing.gui.widgets.about_dialog import AboutDialog
    from briefing.gui.widgets.claim_dialog import ClaimDialog
    from briefing.gui.widgets.export_dialog import ExportDialog
    from briefing.gui.widgets.import_dialog import ImportDialog
    from briefing.gui.widgets.new_dialog import NewBriefingDialog
    from briefing.gui.widgets.source_viewer import SourceViewer

    c = window.controller
    claim = c.claim("dn-waic-06")
    source = c.source(claim.source_id)
    text = tmp_path / "note.txt"
    text.write_text("A short note about export controls.\n\nIt has two paragraphs.\n",
                    encoding="utf-8")
    document = read_document(text)
    window.controller.add_claims(["dn-waic-06"], "summary")
    built = {
        "New Briefing": NewBriefingDialog(c.templates.list(), window),
        "Export": ExportDialog(c, window.prompter, str(tmp_path), window),
        "Import": ImportDialog(document, text.name, lambda overrides: None, window),
        "New Claim": ClaimDialog(source.text[:80], c.vocabulary("actor"),
                                 c.vocabulary("topic"), lambda fields: None, parent=window),
        "Edit Claim": ClaimDialog(claim.quote, c.vocabulary("actor"), c.vocabulary("topic"),
                                  lambda fields: None, claim, window),
        "Source": SourceViewer(source, claim, c.suggestions(source), curating=True,
                               parent=window),
        "About": AboutDialog({"version": "1.0", "library": "2026.12", "attribution": {
            "phrase": "citeproc-js", "copyright": "©", "url": "https://example.org"}},
            "licences", window),
    }
    data = [source.title, source.author, source.outlet, claim.quote, claim.statement,
            claim.id, source.id, text.name, *c.vocabulary("actor"), *c.vocabulary("topic"),
            *(t.name for t in c.templates.list()), *(getattr(t, "description", "") or ""
                                                      for t in c.templates.list()),
            *(s.title for s in c.styles.list()), document.text[:80],
            *(section.heading for t in c.templates.list() for section in t.sections),
            *(" ".join(source.text[s.start:s.end].split())[:160]
              for s in c.suggestions(source)),
            *(str(v) for v in document.metadata.values() if v), document.language,
            *claim.actors, *claim.topics, getattr(claim, "event_date", "") or "",
            source.url or "", getattr(source, "published", "") or "", "licences",
            "citeproc-js", "1.0", "2026.12"]
    return built, [d for d in data if isinstance(d, str)]


def test_every_dialog_is_german(german_window, qt_german, tmp_path):
    dialogs, data = _fill_dialogs(german_window, tmp_path)
    walk = Walk(qt_german)
    walk.allow(*data)
    for name, dialog in dialogs.items():
        walk.widget(dialog, f"{name} dialog")
    assert not walk.untranslated, walk.report()


def test_help_is_german(german_window, prompter, qt_german):
    german_window.show_help()
    (kind, title, html), = [a for a in prompter.asked if a[0] == "text"]
    walk = Walk(qt_german)
    walk.text("Help title", title)
    walk.text("Help text", html)
    assert not walk.untranslated, walk.report()


def _modal_texts(call) -> list[tuple[str, str]]:
    """Run ``call`` (it opens a modal dialog), collect the dialog's strings, close it."""
    seen: list[list[tuple[str, str]]] = []
    tries = [0]

    def grab():
        tries[0] += 1
        box = QApplication.activeModalWidget() or next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)
             and w.isVisible()), None)
        if box is None:
            if tries[0] < 250:  # 5 s
                QTimer.singleShot(20, grab)
            return
        try:  # (an error here must not leave the dialog open: the test would hang)
            texts = [("title", box.windowTitle())]
            if isinstance(box, QFileDialog):  # the filters, as the one string they were given
                texts.append(("filter", ";;".join(box.nameFilters())))
            for widget in box.findChildren(QWidget):
                if isinstance(widget, (QLabel, QAbstractButton)) and widget.isVisibleTo(box):
                    texts.append((type(widget).__name__, widget.text()))
            seen.append(texts)
        finally:
            box.reject()

    QTimer.singleShot(0, grab)
    call()
    assert seen, "no dialog opened"
    return seen[0]


def test_every_message_box_is_german(german_window, qt_german, tmp_path):
    """The real dialogs of the app's questions (briefing/gui/dialogs.py), and what the main
    window asks and reports through them, each with German text."""
    from briefing.gui.dialogs import Prompter

    walk = Walk(qt_german)
    real = Prompter(german_window)
    boxes = {
        "save changes": lambda: real.ask_save_changes("x.briefing"),
        "recover": lambda: real.ask_recover("“x”"),
        "refresh": lambda: real.ask_refresh(["—"]),
        "confirm": lambda: real.confirm("—", "—", "—"),
        "exported": lambda: real.exported(tmp_path / "x.docx"),
        "choose": lambda: real.choose("—", "—", ["a", "b"]),
        "error": lambda: real.error("—", "—"),
        "open": lambda: real.open_path(str(tmp_path)),
        "import": lambda: real.import_path(str(tmp_path)),
        "save as": lambda: real.save_path(str(tmp_path), "x.briefing"),
    }
    walk.allow("x.briefing", "x.docx", "“x”")
    for name, call in boxes.items():
        for kind, text in _modal_texts(call):
            walk.text(f"{name} box {kind}", text)

    # What the window says through them, recorded by the scripted prompter.
    window, prompter = german_window, german_window.prompter
    bad = tmp_path / "bad.briefing"
    bad.write_bytes(b'{"format": "briefing", "version": 1, "title": "cut')
    window.open_briefing(bad)
    window.recover_briefing()
    window.controller.add_claims(["dn-waic-06"], "summary")
    prompter.confirm_answer = False
    window.add_claims(["dn-waic-06"], "summary")
    window.maybe_keep_changes()
    window.choose_language("de")  # said in the language chosen: not translated
    walk.allow(bad.name, str(bad), "dn-waic-06", *(s.heading for s in
                                                  window.controller.document.sections))
    claim = window.controller.claim("dn-waic-06")
    from briefing.core.documents.preflight import claim_name

    walk.allow(claim_name(claim), *NEXT_START.values())
    for asked in prompter.asked:
        for text in asked[1:]:
            if isinstance(text, str) and asked[0] != "save-path":  # a file name
                walk.text(f"prompter.{asked[0]}", text)
    assert {"error", "info", "confirm", "save-changes"} <= set(prompter.kinds())
    assert not walk.untranslated, walk.report()


def test_german_mnemonics_do_not_clash(german_window, qt_german, tmp_path):
    window = german_window
    walk = Walk(qt_german)
    _walk_main_window(walk, window)
    walk.dialog_mnemonics(window, "main window")
    dialogs, _data = _fill_dialogs(window, tmp_path)
    for name, dialog in dialogs.items():
        walk.dialog_mnemonics(dialog, f"{name} dialog")
    assert walk.mnemonic_groups >= 20, walk.mnemonic_groups
    assert not walk.clashes, "\n".join(walk.clashes)


# ---- the translation files ----------------------------------------------------------------------

def test_translations_keep_their_placeholders():
    """A German text with a different {field} or no %n would fail or lie when filled in."""
    wrong = []
    for message in messages():
        if not message.finished:
            continue
        for text in message.translations:
            # the same fields, each at least once: German may say a repeated one once
            # ("{what}s can be up to" needs no second {what})
            (mine, n_mine), (theirs, n_theirs) = fields(text), fields(message.source)
            if set(mine) != set(theirs) or n_mine != n_theirs:
                wrong.append(f"{message.context}: {message.source!r} → {text!r}")
    assert not wrong, "\n".join(wrong)


def test_every_string_in_the_ts_has_german():
    missing: dict[str, list[str]] = {}
    for message in messages():
        if not message.finished:
            missing.setdefault(message.context, []).append(message.source)
    total = sum(len(m) for m in missing.values())
    assert not missing, f"{total} strings without German:\n" + "\n".join(
        f"{context}: {len(sources)} (e.g. {sources[0]!r})" for context, sources in
        sorted(missing.items()))


def test_the_stored_words_of_the_core_are_all_translatable():
    from briefing.core.documents import FIELD_LABELS
    from briefing.core.model import KINDS, STATUSES
    from briefing.gui.language import FIELDS, VALUES

    assert set(KINDS) | set(STATUSES) <= set(VALUES)
    assert set(FIELD_LABELS.values()) <= set(FIELDS)
    sources = {(m.context, m.source) for m in messages()}
    assert {("Values", v) for v in VALUES} | {("Fields", f) for f in FIELDS} <= sources


def test_the_compiled_translations_are_current(tmp_path):
    """The committed .qm files are what pyside6-lrelease makes of the .ts today (a .ts edited
    without scripts/update-translations.sh would otherwise ship stale German)."""
    folder = REPO / "resources" / "translations"
    lrelease = Path(__import__("sys").executable).parent / "pyside6-lrelease"
    for source in sorted(folder.glob("briefing_*.ts")):
        out = tmp_path / source.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(out)], check=True,
                       timeout=60)
        assert out.read_bytes() == source.with_suffix(".qm").read_bytes(), (
            f"{source.name}: run scripts/update-translations.sh --qm")


def test_core_messages_are_marked_for_translation():
    """Every error the core and the export raise with a literal message passes it through
    ``marked`` (so the GUI can show it in German); str(error) stays English for the CLI."""
    from briefing.core import errors

    error_names = {name for name, value in vars(errors).items()
                   if isinstance(value, type) and issubclass(value, errors.BriefingError)}
    unmarked = []
    # The bundled library's own checks: they stop a release build (scripts, the wheel's
    # tests) when the curated TOML is wrong, before any user runs it; English like the CLI.
    developers_only = {REPO / "briefing" / "core" / "library" / "bundle.py"}
    for path in sorted([*(REPO / "briefing" / "core").rglob("*.py"),
                        *(REPO / "briefing" / "export").rglob("*.py")]):
        if path in developers_only:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        local = set(error_names)
        for node in ast.walk(tree):  # the modules' own subclasses
            if isinstance(node, ast.ClassDef) and any(
                    getattr(b, "id", getattr(b, "attr", None)) in local for b in node.bases):
                local.add(node.name)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            name = getattr(node.exc.func, "id", getattr(node.exc.func, "attr", None))
            if name not in local or not node.exc.args:
                continue
            first = node.exc.args[0]
            if isinstance(first, (ast.JoinedStr, ast.Constant, ast.BinOp)):
                where = path.relative_to(REPO).as_posix()
                unmarked.append(f"{where}:{node.lineno} {name}")
    assert not unmarked, f"{len(unmarked)} messages not marked:\n" + "\n".join(unmarked)


def test_the_allow_list_is_small_and_explained():
    assert len(ts.SAME_IN_BOTH) <= 10 and all(ts.SAME_IN_BOTH.values())


def test_the_clash_check_finds_clashes(qapp):
    """The mnemonic check itself: two items on Alt+D clash, "&&" is no mnemonic."""
    walk = Walk(frozenset())
    walk.mnemonics("menu", ["&Datei", "&Drucken", "Ansicht && &Fenster", "&Format"])
    assert walk.clashes == ["menu: Alt+D in Datei, Drucken", "menu: Alt+F in Ansicht & Fenster, Format"]


def test_the_german_window_fits_half_a_laptop_screen(german_window):
    """German words are longer (Absatz hinzufügen): the window still narrows to 683 px."""
    assert german_window.minimumSizeHint().width() <= 683
