"""The line saying which program this is: its version, and the day its
bundle was built or that it runs from source."""
from __future__ import annotations

from ree_desk.build_info import BuildInfo, build_info
from ree_desk.gui.qt import QCoreApplication


def version_text(info: BuildInfo | None = None) -> str:
    info = info or build_info()
    if info.development:
        return QCoreApplication.translate("About", "REE Desk {version} (development, run from source)").format(
            version=info.version)
    return QCoreApplication.translate("About", "REE Desk {version}, built {date}").format(
        version=info.version, date=info.built)
