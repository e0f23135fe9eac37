"""The user's own preferences (not the enterprise's): language, unit, the
last database opened. Kept in QSettings; tests point it at a temp folder."""
from __future__ import annotations

from pathlib import Path

from ree_desk.gui.qt import QSettings
from ree_desk.services.ledger_file import is_server_url, without_password

UNITS = ("kg", "t")
LANGUAGES = ("system", "zh_CN", "en")


class Preferences:
    def __init__(self, settings: QSettings | None = None):
        self.settings = settings or QSettings("REE Desk", "REE Desk")

    def _get(self, key: str, default: str) -> str:
        value = self.settings.value(key, default)
        return str(value) if value is not None else default

    @property
    def unit(self) -> str:
        value = self._get("display/unit", "kg")
        return value if value in UNITS else "kg"

    @unit.setter
    def unit(self, value: str) -> None:
        if value not in UNITS:
            raise ValueError(f"expected a unit in {UNITS}, found {value!r}")
        self.settings.setValue("display/unit", value)

    @property
    def language(self) -> str:
        value = self._get("display/language", "system")
        return value if value in LANGUAGES else "system"

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"expected a language in {LANGUAGES}, found {value!r}")
        self.settings.setValue("display/language", value)

    @property
    def last_database(self) -> Path | str | None:
        """The file last open, or the server database's URL (never its password)."""
        value = self._get("files/last_database", "")
        if not value:
            return None
        return without_password(value) if is_server_url(value) else Path(value)

    @last_database.setter
    def last_database(self, path: Path | str | None) -> None:
        value = without_password(path) if is_server_url(path) else str(path) if path else ""
        self.settings.setValue("files/last_database", value)

    def sync(self) -> None:
        self.settings.sync()
