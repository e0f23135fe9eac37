"""Where the program keeps things: shipped resources and the user's data."""
from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

import appdirs

APP_NAME = "REE Desk"
APP_AUTHOR = "REE Desk"


def frozen() -> bool:
    """Running from an installer's bundle rather than from Python."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def package_path(*parts: str) -> Path:
    """A data file of the package itself (migrations, the build stamp).

    A bundle keeps the modules compiled in an archive but their data files as
    plain files under its own folder, where ``__file__`` does not reliably
    point; there the folder the bundle unpacked is asked instead."""
    root = Path(sys._MEIPASS) / "ree_desk" if frozen() else Path(__file__).resolve().parent
    return root.joinpath(*parts)


@cache
def _resources_root() -> Path:
    # In a checkout resources/ sits beside the package; a wheel or a bundle
    # carries it inside the package as ree_desk/resources.
    here = package_path()
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
