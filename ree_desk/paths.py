"""Where the program keeps things: shipped resources and the user's data."""
from __future__ import annotations

from functools import cache
from pathlib import Path

import appdirs

APP_NAME = "REE Desk"
APP_AUTHOR = "REE Desk"


@cache
def _resources_root() -> Path:
    # In a checkout resources/ sits beside the package; a wheel or a bundle
    # carries it inside the package as ree_desk/resources.
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "resources", here / "resources"):
        if (candidate / "countries.csv").is_file():
            return candidate
    raise FileNotFoundError(f"REE Desk resources not found beside {here}")


def resource_path(*parts: str) -> Path:
    """A file shipped with the program (``resources/`` in the checkout)."""
    return _resources_root().joinpath(*parts)


def user_data_dir() -> Path:
    return Path(appdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_db_path() -> Path:
    return user_data_dir() / "ree-desk.sqlite3"


def default_demo_db_path() -> Path:
    return user_data_dir() / "ree-desk-demo.sqlite3"
