"""What the ledger says of a batch that repeats it (a file imported before,
rows the ledger already holds), in the form of ``problem_sentences``
(patterns, their translations, named groups)."""
from __future__ import annotations

from ree_desk.gui.qt import QT_TRANSLATE_NOOP

EXPECTED = [
    (r"a movement not in the ledger yet", QT_TRANSLATE_NOOP("Problems", "a movement not in the ledger yet")),
    (r"a file not imported before", QT_TRANSLATE_NOOP("Problems", "a file not imported before")),
]
FOUND = [
    (r"a repeat of movement (\d+) \(posted (\S+ \S+) by (.*) in posting (\d+)\): "
     r"same day, type, material, lot, mass and documents",
     QT_TRANSLATE_NOOP("Problems", "a repeat of movement {0} (posted {1} by {2} in posting {3}): same day, type, "
                                   "material, lot, mass and documents")),
    (r'the same content imported as (".*") on (\S+ \S+) by (.*) \(posting (\d+), ([\d,]+) movements\)',
     QT_TRANSLATE_NOOP("Problems", "the same content imported as {0} on {1} by {2} (posting {3}, {4} movements)")),
]
