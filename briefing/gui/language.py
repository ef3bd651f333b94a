"""The interface's language: English or German, chosen in View → Language or by the system.

Every visible string of the GUI goes through ``translate(context, text)`` (Qt's
``QCoreApplication.translate``) with a literal context and English source text, so that
``pyside6-lupdate`` finds it (``scripts/update-translations.sh``). The German texts live in
``resources/translations/briefing_de.ts``; ``briefing_en.ts`` holds only the English plural
forms (``%n``). Both are compiled to ``.qm`` by ``pyside6-lrelease`` and committed, so a fresh
clone and the bundle have them. Qt's own German (``qtbase_de.qm``: the standard buttons,
the file dialog) comes with PySide6.

Anything not translated falls back to its English source text (Qt's rule): a missing
translation never shows an empty label. The language is read at start-up; a change in the
menu takes effect at the next start (the menu says so).

Placeholders are Python's ``{name}`` fields, filled after translation (``.format``): a
translation keeps the same names (tests/gui/test_translations.py checks).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

SETTING = "view/language"
LANGUAGES = ("en", "de")
NAMES = {"en": "English", "de": "Deutsch"}  # each in its own language, as menus show them
# What a change in View → Language says, in the language chosen (the reader chose it).
NEXT_START = {"en": "Briefing will be in English from its next start.",
              "de": "Briefing ist ab dem nächsten Start auf Deutsch."}


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface's language (English when not translated)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate reads)
    """Marks ``text`` for translation where it is defined (a module constant); it is
    translated where it is shown, with ``translate(context, text)``."""
    return text


def system_language() -> str:
    """"de" when the system's locale is German, else "en"."""
    return "de" if QLocale.system().language() == QLocale.German else "en"


def interface_language() -> str:
    """The installed interface's language as a briefing language ("de-DE"), "" for English."""
    return "de-DE" if QLocale().language() == QLocale.German else ""


def stored(settings) -> str:
    """The language chosen in View → Language ("" for the system's)."""
    value = str(settings.value(SETTING, "") or "")
    return value if value in LANGUAGES else ""


def chosen(settings) -> str:
    """The interface's language: the one chosen in the menu, else the system's."""
    return stored(settings) or system_language()


def qt_translations() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.TranslationsPath))


class Language:
    """Installs the translators of one language in the application (and removes them)."""

    def __init__(self, resources: Path):
        self.folder = Path(resources) / "translations"
        self.code = "en"
        self._installed: list[QTranslator] = []
        self._locale_before: QLocale | None = None

    def install(self, code: str) -> str:
        """Use ``code`` ("en" or "de") from now on; the language actually installed ("en"
        when the German files are missing)."""
        app = QCoreApplication.instance()
        self.remove()
        code = code if code in LANGUAGES else "en"
        wanted = [(self.folder, f"briefing_{code}")]
        if code != "en":
            wanted.append((qt_translations(), f"qtbase_{code}"))
        for folder, name in wanted:
            translator = QTranslator(app)
            if translator.load(name, str(folder)):
                app.installTranslator(translator)
                self._installed.append(translator)
            elif name.startswith("briefing_") and code != "en":
                self.remove()
                return self.install("en")
        self.code = code
        if self._locale_before is None:
            self._locale_before = QLocale()  # what remove() puts back
        system = QLocale.system()
        QLocale.setDefault(QLocale(QLocale.German, QLocale.Germany) if code == "de" else
                           system if system.language() == QLocale.English else
                           QLocale(QLocale.English, QLocale.UnitedKingdom))
        return code

    def remove(self) -> None:
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        self.code = "en"
        if self._locale_before is not None:  # numbers and dates as before install()
            QLocale.setDefault(self._locale_before)
            self._locale_before = None


# Words of the library and the briefing that the interface shows as they are stored (the
# core keeps them in English): translated where shown, with ``value_label`` and
# ``field_label``. tests/gui/test_translations.py checks that every kind, status and field
# of the core is here.
VALUES = (
    QT_TRANSLATE_NOOP("Values", "fact"), QT_TRANSLATE_NOOP("Values", "figure"),
    QT_TRANSLATE_NOOP("Values", "event"), QT_TRANSLATE_NOOP("Values", "quote"),
    QT_TRANSLATE_NOOP("Values", "assessment"), QT_TRANSLATE_NOOP("Values", "as reported"),
    QT_TRANSLATE_NOOP("Values", "corroborated"), QT_TRANSLATE_NOOP("Values", "disputed"),
    QT_TRANSLATE_NOOP("Values", "corrected"),
)
FIELDS = (
    QT_TRANSLATE_NOOP("Fields", "Title"), QT_TRANSLATE_NOOP("Fields", "Subtitle"),
    QT_TRANSLATE_NOOP("Fields", "Author"), QT_TRANSLATE_NOOP("Fields", "Organisation"),
    QT_TRANSLATE_NOOP("Fields", "Contact Officer"), QT_TRANSLATE_NOOP("Fields", "Date"),
    QT_TRANSLATE_NOOP("Fields", "Reference Number"), QT_TRANSLATE_NOOP("Fields", "Addressee"),
    QT_TRANSLATE_NOOP("Fields", "Action Sought"),
    QT_TRANSLATE_NOOP("Fields", "Classification"), QT_TRANSLATE_NOOP("Fields", "Language"),
)


# Words the core's messages put into a sentence as parameters (what a file was meant to be,
# what a file is instead, a field, a language): translated where shown
# (``briefing.gui.messages``), in context "CoreWords". A word not listed stays English.
CORE_WORDS = (
    # reading.read_regular: what a file was meant to be
    QT_TRANSLATE_NOOP("CoreWords", "file"), QT_TRANSLATE_NOOP("CoreWords", "briefing file"),
    QT_TRANSLATE_NOOP("CoreWords", "citation style file"),
    QT_TRANSLATE_NOOP("CoreWords", "pack file"),
    QT_TRANSLATE_NOOP("CoreWords", "reference document"),
    QT_TRANSLATE_NOOP("CoreWords", "template part"), QT_TRANSLATE_NOOP("CoreWords", "manifest"),
    # reading.kind_of: what it is instead
    QT_TRANSLATE_NOOP("CoreWords", "a folder"), QT_TRANSLATE_NOOP("CoreWords", "a named pipe"),
    QT_TRANSLATE_NOOP("CoreWords", "a device"), QT_TRANSLATE_NOOP("CoreWords", "a socket"),
    QT_TRANSLATE_NOOP("CoreWords", "not a regular file"),
    # importing: what a file is instead of a document Briefing reads
    QT_TRANSLATE_NOOP("CoreWords", "a Rich Text (RTF) file"),
    QT_TRANSLATE_NOOP("CoreWords", "a PNG image"), QT_TRANSLATE_NOOP("CoreWords", "a JPEG image"),
    QT_TRANSLATE_NOOP("CoreWords", "a GIF image"), QT_TRANSLATE_NOOP("CoreWords", "a TIFF image"),
    QT_TRANSLATE_NOOP("CoreWords", "a program"), QT_TRANSLATE_NOOP("CoreWords", "a gzip archive"),
    QT_TRANSLATE_NOOP("CoreWords", "a 7-Zip archive"),
    QT_TRANSLATE_NOOP("CoreWords", "a RAR archive"),
    QT_TRANSLATE_NOOP("CoreWords", "an SQLite database"),
    QT_TRANSLATE_NOOP("CoreWords", "an Excel workbook"),
    QT_TRANSLATE_NOOP("CoreWords", "a PowerPoint presentation"),
    QT_TRANSLATE_NOOP("CoreWords", "an OpenDocument file"),
    QT_TRANSLATE_NOOP("CoreWords", "a zip archive"),
    QT_TRANSLATE_NOOP("CoreWords", "PDF"), QT_TRANSLATE_NOOP("CoreWords", "Word document"),
    QT_TRANSLATE_NOOP("CoreWords", "publication date"),
    QT_TRANSLATE_NOOP("CoreWords", "access date"), QT_TRANSLATE_NOOP("CoreWords", "date"),
    # search: the ends of a date range; files: a briefing not yet named
    QT_TRANSLATE_NOOP("CoreWords", "from"), QT_TRANSLATE_NOOP("CoreWords", "to"),
    QT_TRANSLATE_NOOP("CoreWords", "the briefing"),
    # a claim's translated fields (curation, preflight's language finding)
    QT_TRANSLATE_NOOP("CoreWords", "statement"),
    QT_TRANSLATE_NOOP("CoreWords", "reader's note"),
    QT_TRANSLATE_NOOP("CoreWords", "note on what the quote translates"),
    # core.text.languages.NAMES: the languages the core names (preflight, quotes; the inspector)
    QT_TRANSLATE_NOOP("CoreWords", "English"), QT_TRANSLATE_NOOP("CoreWords", "German"),
    QT_TRANSLATE_NOOP("CoreWords", "French"), QT_TRANSLATE_NOOP("CoreWords", "Spanish"),
    QT_TRANSLATE_NOOP("CoreWords", "Italian"), QT_TRANSLATE_NOOP("CoreWords", "Chinese"),
    QT_TRANSLATE_NOOP("CoreWords", "Russian"), QT_TRANSLATE_NOOP("CoreWords", "Japanese"),
    QT_TRANSLATE_NOOP("CoreWords", "Korean"), QT_TRANSLATE_NOOP("CoreWords", "Arabic"),
    QT_TRANSLATE_NOOP("CoreWords", "Portuguese"), QT_TRANSLATE_NOOP("CoreWords", "Dutch"),
    QT_TRANSLATE_NOOP("CoreWords", "Polish"), QT_TRANSLATE_NOOP("CoreWords", "Hebrew"),
    QT_TRANSLATE_NOOP("CoreWords", "Ukrainian"),
)


def core_word(word: str) -> str:
    """A word the core put into a message ("a folder", "German"), in the interface's
    language."""
    return translate("CoreWords", word)


def value_label(value: str) -> str:
    """A kind or status of a claim ("disputed") as the interface shows it."""
    return translate("Values", value)


def field_label(name: str) -> str:
    """A briefing field ("title") by its label ("Title") in the interface's language."""
    from briefing.core.documents import FIELD_LABELS

    return translate("Fields", FIELD_LABELS.get(name, name))
