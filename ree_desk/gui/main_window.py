"""The main window: screens on the left, the chosen one on the right."""
from __future__ import annotations

import importlib

from ree_desk.gui.ledger_check import LedgerCheck
from ree_desk.gui.qt import (
    QAction,
    QEvent,
    QHBoxLayout,
    QIcon,
    QKeySequence,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSize,
    QStackedWidget,
    Qt,
    QWidget,
    Signal,
)
from ree_desk.gui.role_names import who
from ree_desk.gui.screens import PAGES
from ree_desk.gui.screens.base import Screen
from ree_desk.gui.session import Session
from ree_desk.paths import resource_path

# Ctrl+1 … Ctrl+9 reach the screens in the order of PAGES, and Ctrl+0 the tenth.
SHORTCUT_KEYS = "1234567890"


def icon(name: str) -> QIcon:
    path = resource_path("icons", name)
    return QIcon(str(path)) if path.exists() else QIcon()


class MainWindow(QMainWindow):
    """Imports and builds each screen the first time it is shown, so start-up
    only pays for the dashboard."""

    # A screen (settings, first run) asked to work on another database file.
    database_switch_requested = Signal(object)

    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self.setWindowIcon(icon("app.svg"))
        self.resize(1280, 800)
        self.keys = [page.key for page in PAGES]
        self.screens: dict[str, Screen] = {}

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(176)
        self.nav.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.stack = QStackedWidget()
        for page in PAGES:
            item = QListWidgetItem(icon(page.icon), page.key)
            item.setData(Qt.ItemDataRole.UserRole, page.key)
            item.setSizeHint(QSize(160, 38))
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # replaced by the screen when first shown
        self.nav.currentRowChanged.connect(self._show_row)

        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)

        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self.read_only_notice = None
        if session.read_only:
            from ree_desk.gui.widgets.read_only_notice import ReadOnlyNotice

            self.read_only_notice = ReadOnlyNotice(session)
            self.read_only_notice.write_requested.connect(lambda: self.database_switch_requested.emit(session.path))
            self.statusBar().addPermanentWidget(self.read_only_notice)
        self.ledger_check = LedgerCheck(self, session, show_audit=lambda: self.show_screen("audit"),
                                        show_movement=self._show_movement)
        session.actor_changed.connect(self.retranslate)
        self._shortcuts()
        self.retranslate()
        self.nav.setCurrentRow(0)

    def _shortcuts(self) -> None:
        for row in range(min(len(PAGES), len(SHORTCUT_KEYS))):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{SHORTCUT_KEYS[row]}"))
            action.triggered.connect(lambda _checked=False, r=row: self.nav.setCurrentRow(r))
            self.addAction(action)

    def screen(self, key: str) -> Screen:
        """The screen of ``key``, built if needed."""
        row = self.keys.index(key)
        if key not in self.screens:
            page = PAGES[row]
            screen = getattr(importlib.import_module(page.module), page.cls)(self.session)
            old = self.stack.widget(row)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.stack.insertWidget(row, screen)
            self.screens[key] = screen
            chosen = getattr(screen, "database_chosen", None)
            if chosen is not None:
                chosen.connect(self.database_switch_requested.emit)
            edited = getattr(screen, "enterprise_changed", None)
            if edited is not None:
                edited.connect(self._enterprise_edited)
            self.nav.item(row).setText(screen.title())
        return self.screens[key]

    def show_screen(self, key: str) -> Screen:
        self.nav.setCurrentRow(self.keys.index(key))
        return self.screens[key]

    def check_ledger(self) -> None:
        """Verify the ledger in the background; a failure stays in the status bar."""
        self.ledger_check.start()

    def _show_movement(self, movement_id: int) -> None:
        self.show_screen("ledger").go_to_movement(movement_id)

    def _enterprise_edited(self, _info=None) -> None:
        self.session.refresh_enterprise()
        self.retranslate()

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        screen = self.screen(self.keys[row])
        self.stack.setCurrentIndex(row)
        screen.activate()

    def retranslate(self) -> None:
        info = self.session.enterprise
        title = self.tr("REE Desk — {name}").format(name=info.name)
        self.setWindowTitle(self.read_only_notice.window_title(title) if self.read_only_notice else title)
        actor = self.session.actor
        user = who(actor) if actor is not None else self.session.user
        self.status_label.setText(self.tr("{user} · {path}").format(user=user, path=self.session.location))
        for row, page in enumerate(PAGES):
            screen = self.screens.get(page.key)
            self.nav.item(row).setText(screen.title() if screen else page.nav_title())
        self.ledger_check.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
