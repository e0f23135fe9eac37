"""The version and build date of the running program.

An installer's bundle carries ``build-info.json``, written by
``installers/ree-desk.spec`` when the bundle is made; a program run from a
checkout or a pip install has none and is a development build."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from ree_desk import __version__
from ree_desk.paths import package_path

BUILD_INFO_FILE = "build-info.json"


@dataclass(frozen=True)
class BuildInfo:
    version: str
    built: str | None  # ISO date of the bundle; None when run from source

    @property
    def development(self) -> bool:
        return self.built is None


@cache
def build_info() -> BuildInfo:
    try:
        stamp = json.loads(package_path(BUILD_INFO_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return BuildInfo(__version__, None)
    return BuildInfo(str(stamp.get("version") or __version__), str(stamp.get("built") or "") or None)
