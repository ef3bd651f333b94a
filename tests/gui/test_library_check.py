"""The library's daily check and backup in the background (issue 15): only damage is called
damage. A backup that cannot be written (a read-only or full backups folder) or a check that
cannot run is a warning, and the status bar never says "The library file is damaged" for it
(it did, for a read-only backups folder)."""

from __future__ import annotations

import pytest

from briefing.core.atomic import WriteError
from briefing.core.context import Context

pytestmark = pytest.mark.timeout(120)


def _check(qtbot, window, context):
    failed, warned, done = [], [], []
    window.controller.check_library(context, lambda _m: None, lambda: done.append(True),
                                    failed.append, warned.append)
    qtbot.waitUntil(lambda: bool(done or failed), timeout=20000)
    return failed, warned


def test_a_backup_that_cannot_be_written_is_a_warning_not_damage(qtbot, make_window, prompter,
                                                                 paths, monkeypatch):
    context = Context(paths)
    library = context.open_library(later=True)
    try:
        window = make_window(prompter, library)

        def read_only(_library):
            raise WriteError("Cannot save to a backup in {folder}: Read-only file system.",
                             folder=context.guard.backups)

        monkeypatch.setattr(context.guard, "backup", read_only)
        failed, warned = _check(qtbot, window, context)
        assert not failed
        assert len(warned) == 1 and "could not be backed up" in warned[0]
        assert "Read-only file system" in warned[0] and "damaged" not in warned[0]
        assert "damaged" not in window.statusBar().currentMessage()
        assert not context.guard.check_due(library)  # the check itself ran and is noted
    finally:
        window.controller.tasks.wait(20000)
        library.close()


def test_damage_found_in_the_background_is_still_damage(qtbot, make_window, prompter, paths,
                                                        monkeypatch):
    import briefing.core.library.safety as safety

    context = Context(paths)
    library = context.open_library(later=True)
    try:
        window = make_window(prompter, library)
        library.db.execute("DELETE FROM meta WHERE key = 'integrity_checked'")
        monkeypatch.setattr(safety, "_integrity_problem", lambda _lib: "row 3 missing")
        failed, warned = _check(qtbot, window, context)
        assert len(failed) == 1 and "damaged" in failed[0] and not warned
    finally:
        window.controller.tasks.wait(20000)
        library.close()
