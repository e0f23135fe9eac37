"""What a page of the main window is."""
from __future__ import annotations

from ree_desk.gui.qt import QEvent, QLabel, QWidget
from ree_desk.gui.screens import PAGES
from ree_desk.gui.session import Session


TITLE_SCALE = 1.45


def emphasize_title(label: QLabel) -> None:
    """A screen's title: larger and bold, the same on every screen."""
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
    font.setBold(True)
    label.setFont(font)


class Screen(QWidget):
    """A page of the main window.

    It is given the session and nothing else. It reloads what it shows when
    it becomes visible after the ledger changed (``reload``), and retranslates
    its texts when the language changes (``retranslate``).
    """

    key = ""  # its entry in screens.PAGES, which holds its icon and title

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._stale = True
        session.ledger_changed.connect(self._mark_stale)
        session.unit_changed.connect(lambda _unit: self._mark_stale())

    @classmethod
    def nav_title(cls) -> str:
        (page,) = (page for page in PAGES if page.key == cls.key)
        return page.nav_title()

    def title(self) -> str:
        return self.nav_title()

    def reload(self) -> None:
        """Fetch and show the screen's data (override)."""

    def retranslate(self) -> None:
        """Set every visible text again in the current language (override)."""

    def activate(self) -> None:
        if self._stale:
            self._stale = False
            self.reload()

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.activate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
