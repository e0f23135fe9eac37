"""The one door to Qt: the rest of the program imports Qt from here, so the
binding in use (and what of it we rely on) stays visible in one place."""
# ruff: noqa: F401, F403
from PySide6.QtCore import *
from PySide6.QtGui import *
from PySide6.QtWidgets import *

from shiboken6 import isValid

QT_BINDING = "PySide6"
