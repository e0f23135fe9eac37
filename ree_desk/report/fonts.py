"""The CJK font the PDF summary is written in.

reportlab's built-in CJK fonts (``STSong-Light``) are never embedded: on a
machine without an Adobe language pack the Chinese text vanishes. The program
therefore ships WenQuanYi Micro Hei (``resources/fonts/wqy-microhei.ttc``,
TrueType outlines, Apache-2.0 or GPL-3+ with font exception) and registers it
with reportlab, which embeds a subset of the glyphs a document uses.

The one face serves as regular, bold and italic too, so that markup such as
``<b>`` in a Paragraph never falls back to a standard (unembedded) font.
"""
from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ree_desk.paths import resource_path

__all__ = ["FONT_FILE", "FONT_NAME", "font_path", "register_fonts"]

FONT_NAME = "WenQuanYiMicroHei"
FONT_FILE = "wqy-microhei.ttc"
# The collection holds the proportional face (0) and a monospaced one (1).
_SUBFONT_INDEX = 0

_lock = threading.Lock()
_registered = False


def font_path():
    """The shipped font file."""
    return resource_path("fonts", FONT_FILE)


def register_fonts() -> str:
    """Register the shipped CJK font with reportlab (once) and return its name."""
    global _registered
    if _registered:
        return FONT_NAME
    with _lock:
        if not _registered:
            path = font_path()
            if not path.is_file():
                raise FileNotFoundError(f"the report font {FONT_FILE} is missing: expected it at {path}")
            if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), subfontIndex=_SUBFONT_INDEX))
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FONT_NAME, bold, italic, FONT_NAME)
            _registered = True
    return FONT_NAME
