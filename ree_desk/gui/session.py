"""What every screen is given: the open ledger, who is working, and how
they like figures shown. Screens get a Session, not the application."""
from __future__ import annotations

import getpass
from pathlib import Path

from ree_desk.domain.accounts.roles import Actor, Permission
from ree_desk.domain.quantities import format_kg, format_tonnes
from ree_desk.gui.preferences import Preferences
from ree_desk.gui.qt import QObject, Signal
from ree_desk.services.ledger_file import Database
from ree_desk.services.setup import EnterpriseInfo, enterprise


def login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers and services
        return "unknown"


class Session(QObject):
    """The open database and the user's preferences.

    ``ledger_changed`` is emitted after anything is posted, reversed,
    imported or closed, so every screen can refresh what it shows.
    """

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

    @property
    def path(self) -> Path:
        return self.db.path

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
        self.db.close()
