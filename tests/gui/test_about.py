"""Help → About shows the version, Briefing's licence, citeproc-js's attribution (CPAL-1.0 §14)
and every licence the app ships."""

from __future__ import annotations

from briefing import __version__
from briefing.gui.widgets.about_dialog import AboutDialog


def test_the_attribution_is_shown_while_the_app_runs(window, qtbot):
    # CPAL-1.0 §14: citeproc-js's attribution, on screen from the start, never covered.
    label = window.attribution
    window.show()
    qtbot.waitExposed(window)
    window.statusBar().showMessage("Opening the library…")
    assert label.isVisible() and label.text() == (
        "citeproc-js implements the Citation Style Language · (c) Frank Bennett · "
        "https://citationstyles.org/")


def test_about_shows_the_attribution_and_every_licence(window, prompter, qtbot):
    window.show_about()
    kind, summary, licences = prompter.asked[-1]
    assert kind == "about" and summary["version"] == __version__
    assert summary["attribution"] == {
        "phrase": "citeproc-js implements the Citation Style Language",
        "copyright": "(c) Frank Bennett", "url": "https://citationstyles.org/"}
    for text in ("MIT License", "Common Public Attribution License Version 1.0",
                 "EXHIBIT B. Attribution Information", "GNU LESSER GENERAL PUBLIC LICENSE",
                 "Attribution-ShareAlike 3.0 Unported", "Python package python-docx",
                 "Python package PySide6", "Third-party code inside Qt", "HarfBuzz-NG",
                 "Full text: PCRE2-LICENCE.txt", "Rust crates in Typst under MIT",
                 "Full text: MIT.txt"):
        assert text in licences, text

    dialog = AboutDialog(summary, licences)
    qtbot.addWidget(dialog)
    shown = dialog.about.text()
    assert f"Briefing {__version__}" in shown and "MIT licence" in shown
    assert "citeproc-js implements the Citation Style Language" in shown
    assert "(c) Frank Bennett" in shown and "https://citationstyles.org/" in shown
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["&About", "&Licences"]
    assert dialog.licences.isReadOnly() and dialog.licences.toPlainText() == licences


def test_a_long_status_message_is_not_cut_off_by_the_attribution(qtbot, window):
    """German status tips ran under the licence's attribution and were cut off."""
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert window.attribution.isVisible()
    window.statusBar().showMessage("Kurz.")
    assert window.attribution.isVisible()
    window.statusBar().showMessage("Öffnet die Quelle mit markiertem Zitat " * 4)
    assert not window.attribution.isVisible()
    window.statusBar().clearMessage()
    assert window.attribution.isVisible()  # back as soon as the message is gone
