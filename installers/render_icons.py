"""Render resources/icons/app.svg into the icons the installers carry.

Run:  .venv/bin/python installers/render_icons.py build/icons   (the build-<system> scripts run it)

Writes hicolor/<N>x<N>/apps/cn.reedesk.ReeDesk.png in the sizes a Linux menu
asks for, hicolor/scalable/apps/cn.reedesk.ReeDesk.svg, and ree-desk.ico
(Windows) and ree-desk.icns (macOS). They are made at build time from the
one drawing, with Qt's own SVG renderer, so they never drift from it and no
binary copies sit in the repository."""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

APP_ID = "cn.reedesk.ReeDesk"
MENU_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
SVG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "app.svg"


def render(out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    written = []
    for size in MENU_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"cannot write {path}")
        written.append(path)
    scalable = out / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)
    written.append(scalable)
    return written


def pack(out: Path) -> list[Path]:
    """The Windows and macOS icon files, from the largest PNG (Pillow, which
    reportlab already brings, writes both on any system)."""
    from PIL import Image

    big = Image.open(out / "hicolor" / "512x512" / "apps" / f"{APP_ID}.png")
    ico, icns = out / "ree-desk.ico", out / "ree-desk.icns"
    big.save(ico, sizes=[(s, s) for s in ICO_SIZES])
    big.save(icns)
    return [ico, icns]


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: render_icons.py OUT_DIR")
    target = Path(sys.argv[1])
    for made in render(target) + pack(target):
        print(made)
