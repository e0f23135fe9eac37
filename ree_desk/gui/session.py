"""What every screen is given: the open ledger, who is working, and how
they like figures shown. Screens get a Session, not the application."""
from __future__ import annotations

import getpass
from pathlib import Path

from ree_desk.domain.accounts.roles import Actor, Permission
from ree_desk.domain.quantities import format_kg, format_tonnes
from ree_desk.gui.preferences import Preferences
from ree_desk.gui.qt import QObject, QTimer, Signal
from ree_desk.services.backups import copies_key
from ree_desk.services.ledger_file import Database, StoreError
from ree_desk.services.setup import EnterpriseInfo, enterprise


def login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers and services
        return "unknown"


class Session(QObject):
    """The open database and the user's preferences.

    ``ledger_changed`` is emitted after anything is posted, reversed,
    imported or closed, so every screen can refresh what it shows. On a
    ledger shared on the plant's server it is also emitted when another
    workstation has changed it, looked for every ``WATCH_MS``.
    """

    WATCH_MS = 5000

    ledger_changed = Signal()
    # The database file is about to be replaced (restored from a copy): work
    # reading it in the background stops.
    releasing = Signal()
    unit_changed = Signal(str)
    actor_changed = Signal()

    def __init__(self, db: Database, preferences: Preferences, user: str | None = None):
        super().__init__()
        self.db = db
        self.preferences = preferences
        self.user = user or login_name()
        self._enterprise: EnterpriseInfo | None = None
        self._mark = None
        self._watch = None
        if db.on_server:
            self._watch = QTimer(self)
            self._watch.setInterval(self.WATCH_MS)
            self._watch.timeout.connect(self._look_for_others)
            self.ledger_changed.connect(self._remember_mark)
            self._remember_mark()
            self._watch.start()

    @property
    def path(self) -> Path:
        """The database file; for a server's database, the file its copies
        are named after on this workstation."""
        return copies_key(self.db)

    @property
    def location(self) -> str:
        """The file's path, or the server database's URL (no password)."""
        return self.db.location

    @property
    def on_server(self) -> bool:
        return self.db.on_server

    def _read_mark(self):
        """The ledger's mark, or None while the server is out of reach (the next look tries again)."""
        from ree_desk.services.ledger_watch import ledger_mark

        try:
            return ledger_mark(self.db)
        except StoreError:
            return None

    def _remember_mark(self) -> None:
        self._mark = self._read_mark()

    def _look_for_others(self) -> None:
        mark = self._read_mark()
        if mark is not None and self._mark is not None and mark != self._mark:
            self.ledger_changed.emit()  # which remembers the new mark
        self._mark = mark if mark is not None else self._mark

    @property
    def read_only(self) -> bool:
        """Another program was writing the database when it was opened: the
        screens offer nothing that writes (and the store would refuse it)."""
        return self.db.read_only

    @property
    def actor(self) -> Actor | None:
        """Who signed in; None where the database has no accounts."""
        return self.db.actor

    def signed_in(self, actor: Actor) -> None:
        self.user = actor.name
        self.actor_changed.emit()

    def may(self, permission: Permission) -> bool:
        """Whether the screens offer what ``permission`` covers (the services
        check it again, against the role the database holds now)."""
        return self.actor is None or self.actor.may(permission)

    @property
    def enterprise(self) -> EnterpriseInfo:
        if self._enterprise is None:
            self._enterprise = enterprise(self.db)
        return self._enterprise

    def refresh_enterprise(self) -> None:
        """Forget the cached profile after it was edited."""
        self._enterprise = None

    @property
    def unit(self) -> str:
        return self.preferences.unit

    def set_unit(self, unit: str) -> None:
        self.preferences.unit = unit
        self.unit_changed.emit(unit)

    def mass(self, grams: int) -> str:
        """A mass in the user's unit, with thousands grouped (kg or t, 3 decimals)."""
        if self.unit == "t":
            return format_tonnes(grams, grouping=True)
        return format_kg(grams, grouping=True)

    def unit_label(self) -> str:
        return "t" if self.unit == "t" else "kg"

    def notify_changed(self) -> None:
        self.ledger_changed.emit()

    def close(self) -> None:
        if self._watch is not None:
            self._watch.stop()
        self.db.close()
