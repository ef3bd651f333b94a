"""How the main window fits the screen, and the order the Tab key walks its controls.

A mixin for MainWindow (it uses the window's panes and splitter), kept apart so each file
stays small.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QByteArray, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

# Below this available size the window opens maximised: a 1366×768 laptop has no room to
# spare for a window frame and a desktop around it.
SMALL_SCREEN = (1600, 900)
LARGE_WINDOW = (1800, 1100)  # on big screens: up to this, centred (not one huge window)
FRAME = (16, 48)  # room a window manager's frame may take: borders, a title bar
SPLIT = (0.42, 0.34, 0.24)  # library, composer, inspector/preview: shares of the width


def fitted(available: QRect, wanted: tuple[int, int] = LARGE_WINDOW) -> tuple[bool, QRect]:
    """(maximise?, geometry) for a first start on a screen with ``available`` room (taskbars
    and panels excluded): maximised on small screens, else a large window centred."""
    if available.width() < SMALL_SCREEN[0] or available.height() < SMALL_SCREEN[1]:
        return True, QRect(available)
    width = min(wanted[0], int(available.width() * 0.92))
    height = min(wanted[1], int(available.height() * 0.92))
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return False, rect


class WindowLayout:
    """Needs ``self.settings``, ``self.splitter`` and the panes."""

    start_maximised = False

    def _available(self) -> QRect:
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry()

    def _restore_geometry(self) -> None:
        """The saved size and place, kept inside the screen's available room; on a first
        start, fitted to the screen."""
        available = self._available()
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            frame, least = self.frameGeometry(), self.minimumSizeHint()
            # Before the window is shown its frame is not known yet (Qt clamps a restored
            # geometry to the screen without it): a window within FRAME of the screen's room
            # would not fit once framed.
            room = available.adjusted(0, 0, -FRAME[0], -FRAME[1])
            if least.width() > room.width() or least.height() > room.height() \
                    or frame.width() > room.width() or frame.height() > room.height():
                self.start_maximised = True  # saved on a bigger screen: fill this one
                self.setGeometry(available)
            elif not available.contains(frame):  # half off the screen: moved back onto it
                left = max(available.left(), min(frame.left(), available.right() - frame.width()))
                top = max(available.top(), min(frame.top(), available.bottom() - frame.height()))
                self.move(left, top)
            return
        self.start_maximised, rect = fitted(available)
        self.setGeometry(rect)
        width = rect.width()
        self.splitter.setSizes([int(width * share) for share in SPLIT])

    def show_fitted(self) -> None:
        """Show the window as it should open (maximised on a small screen)."""
        if self.start_maximised:
            self.showMaximized()
        else:
            self.show()

    def _tab_order(self) -> None:
        """Tab walks the screen left to right: the library (search, filters, list), the
        composer (outline, its text boxes, then its buttons), then the inspector; from the
        inspector's last control it wraps round to the search box (see
        ``focusNextPrevChild``)."""
        lib, composer, inspector = self.library_pane, self.composer, self.inspector
        chain: list[QWidget] = [lib.search_box, *lib.filters.values(), lib.date_from,
                                lib.date_to, lib.view, self.centre.tabBar(), composer.view,
                                composer.editor, composer.note_editor,
                                composer.add_text_button, composer.up_button,
                                composer.down_button, composer.remove_button,
                                self.side.tabBar(), inspector.browser,
                                inspector.source_button, inspector.edit_button,
                                inspector.retire_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _tab_stop(self, widget: QWidget, forward: bool) -> QWidget | None:
        """The next control on the focus chain that takes Tab (``forward``) or Shift+Tab."""
        step = widget
        for _ in range(2000):
            step = step.nextInFocusChain() if forward else step.previousInFocusChain()
            if step is None or step is widget:
                return None
            if step.window() is self and step.isVisible() and step.isEnabled() \
                    and (step.focusPolicy().value & Qt.TabFocus.value) \
                    and step.focusProxy() is None \
                    and not (step.parent() is not None and step.parent().inherits("QTabBar")):
                return step
        return None

    def wrap_focus(self, forward: bool, focus_next_prev) -> bool:
        """Tab from the right-hand pane's last control wraps to the search box, Shift+Tab
        from the search box to the right-hand pane's last control: the controls Qt's chain
        would visit in between (menus, hidden panes) are not on the screen's left-to-right
        path. ``focus_next_prev``: Qt's own step, tried first."""
        before = QApplication.focusWidget()
        search = self.library_pane.search_box
        if not forward and before is search:
            last = self._last_on_side()
            if last is not None:
                last.setFocus(Qt.BacktabFocusReason)
                return True
        moved = focus_next_prev(forward)
        after = QApplication.focusWidget()
        if forward and before is not None and self.side.isAncestorOf(before) \
                and (after is None or not self.side.isAncestorOf(after)):
            search.setFocus(Qt.TabFocusReason)
            return True
        return moved

    def _last_on_side(self) -> QWidget | None:
        """The right-hand pane's last control on Tab's path (of the tab shown)."""
        start = self.side.tabBar()
        last, step = start, start
        for _ in range(2000):
            step = self._tab_stop(step, True)
            if step is None or not self.side.isAncestorOf(step) or step is start:
                return last
            last = step
        return last
