"""The program's cycle collection runs on the GUI thread only."""
from __future__ import annotations

import gc

from ree_desk.gui.collection import GuiThreadCollector
from ree_desk.gui.qt import QObject


class Cycle:
    def __init__(self):
        self.me = self


def test_automatic_collection_is_off_and_the_timer_collects_what_is_due(qapp):
    owner = QObject()
    try:
        collector = GuiThreadCollector(owner, interval_ms=10)
        assert not gc.isenabled()
        gc.collect()
        before = gc.get_count()[0]
        for _ in range(gc.get_threshold()[0] + 50):
            Cycle()
        assert gc.get_count()[0] > before  # nothing collected them behind the timer's back
        collector.collect_due()
        assert gc.get_count()[0] < gc.get_threshold()[0]
    finally:
        owner.deleteLater()
        gc.enable()
