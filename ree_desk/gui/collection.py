"""Reference cycles are collected on the GUI thread only.

A Qt object freed by Python's cycle collector runs Qt code as it goes (its
connections are cut under Qt's own locks). Should a collection start in a
background thread, that thread may hold a Qt lock while it waits for the
interpreter, and the GUI thread hold the interpreter while it waits for
that lock: both wait for ever. So once the program runs, automatic
collection is off and a timer on the GUI thread collects as often as the
collector itself would have.
"""
from __future__ import annotations

import gc

from ree_desk.gui.qt import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        gc.disable()
        self._thresholds = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start()

    def collect_due(self) -> None:
        """Collect the oldest generation whose count passed its threshold,
        as the automatic collector would."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return
