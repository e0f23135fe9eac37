"""The user's own preferences (not the enterprise's): language, unit, the
last database opened. Kept in QSettings; tests point it at a temp folder."""
from __future__ import annotations

from pathlib import Path

from ree_desk.gui.qt import QSettings

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
    def last_database(self) -> Path | None:
        value = self._get("files/last_database", "")
        return Path(value) if value else None

    @last_database.setter
    def last_database(self, path: Path | None) -> None:
        self.settings.setValue("files/last_database", str(path) if path else "")

    def sync(self) -> None:
        self.settings.sync()
